"""Shared fixtures: a real SQLite knowledge base built from the shipped reference data, and the
shared sample articles (tests that need them skip when ../shared/samples is absent)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import pg_server

import blocwatch
from blocwatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"
DEVSET = ROOT / "tests" / "devset"
OUTPUT = ROOT / "test-output"


@pytest.fixture(scope="session")
def _built_kb(tmp_path_factory) -> Path:
    """The reference knowledge base, built once per session; tests get their own copy."""
    path = tmp_path_factory.mktemp("kb") / "reference.sqlite"
    with blocwatch.open(str(path)):
        pass
    return path


@pytest.fixture
def kb_path(_built_kb, tmp_path) -> Path:
    dst = tmp_path / "kb.sqlite"
    shutil.copy(_built_kb, dst)
    return dst


@pytest.fixture
def bw(kb_path):
    with blocwatch.open(str(kb_path)) as b:
        yield b


@pytest.fixture(scope="session")
def samples() -> Path:
    if not (SAMPLES / "gold").is_dir():
        pytest.skip("../shared/samples is not present")
    return SAMPLES


@pytest.fixture
def output_dir(request) -> Path:
    """A folder under test-output/ for a test's artefacts (screenshots, reports)."""
    d = OUTPUT / request.node.name
    d.mkdir(parents=True, exist_ok=True)
    return d


def settings_for(path: Path) -> Settings:
    return Settings(db=str(path))


@pytest.fixture(scope="session")
def pg_server_url():
    """A real PostgreSQL server for the session (None, with the reason, when none can be had)."""
    return pg_server.shared_server()


@pytest.fixture(params=["sqlite", "postgresql"])
def kb_url(request, tmp_path, pg_server_url):
    """A fresh, empty knowledge base: a SQLite file path, then a PostgreSQL URL."""
    yield from pg_server.kb_target(request, tmp_path, pg_server_url)
