"""A real PostgreSQL server for the tests that run the knowledge base on it.

`BLOCWATCH_TEST_PG_URL` names a server to use. When it is unset and the server binaries are
installed (/usr/lib/postgresql/*/bin, from `apt-get install postgresql`), a throwaway cluster is
started once per session with scripts/pg-test-server.sh and stopped at the end. Otherwise the
PostgreSQL variants of the tests skip, saying why.

Each test gets a database of its own, created empty and dropped afterwards.
"""

from __future__ import annotations

import glob
import os
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "pg-test-server.sh"


def _have_binaries() -> bool:
    return bool(glob.glob("/usr/lib/postgresql/*/bin/initdb"))


@contextmanager
def server() -> Iterator[str | None]:
    """The URL of a server for the session, or None (with the reason in `skip_reason`)."""
    url = os.environ.get("BLOCWATCH_TEST_PG_URL")
    if url:
        yield url
        return
    if not _have_binaries():
        yield None
        return
    out = subprocess.run(["bash", str(SCRIPT), "--fast"], capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"scripts/pg-test-server.sh failed:\n{out.stderr}")
    env = dict(line.removeprefix("export ").split("=", 1) for line in out.stdout.splitlines() if "=" in line)
    url, stop = env["BLOCWATCH_TEST_PG_URL"].strip("'"), env["BLOCWATCH_TEST_PG_STOP"].strip("'")
    try:
        yield url
    finally:
        subprocess.run(stop, shell=True, timeout=120)


_shared: list = []


def shared_server() -> str | None:
    """`server()` started once per test process (for every test folder) and stopped at exit."""
    if not _shared:
        import atexit

        cm = server()
        _shared.append(cm.__enter__())
        atexit.register(cm.__exit__, None, None, None)
    return _shared[0]


SKIP_REASON = ("no PostgreSQL: set BLOCWATCH_TEST_PG_URL=postgresql://... or install the server "
               "(bash scripts/install-system-deps.sh) so the tests can start one")


@contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A new empty database on the server, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from blocwatch.kb.store import to_url

    base = make_url(to_url(server_url))
    name = "bw_" + uuid.uuid4().hex[:12]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def kb_target(request, tmp_path: Path, server_url: str | None) -> Iterator[str]:
    """Body of a `kb_url` fixture parametrized over "sqlite" and "postgresql"."""
    if request.param == "sqlite":
        yield str(tmp_path / "kb.sqlite")
        return
    if server_url is None:
        pytest.skip(SKIP_REASON)
    with fresh_database(server_url) as url:
        yield url
