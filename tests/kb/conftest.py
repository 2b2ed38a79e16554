"""Storage tests run twice: on a SQLite file and on a real PostgreSQL server (see tests/pg_server.py)."""

from __future__ import annotations

import pytest

import pg_server


@pytest.fixture(scope="session")
def pg_server_url():
    return pg_server.shared_server()


@pytest.fixture(params=["sqlite", "postgresql"])
def kb_url(request, tmp_path, pg_server_url):
    """A fresh, empty knowledge base: a SQLite file path, then a PostgreSQL URL."""
    yield from pg_server.kb_target(request, tmp_path, pg_server_url)
