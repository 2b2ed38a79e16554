"""Headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) against a live server
whose knowledge base holds one hand-written article."""

from __future__ import annotations

import os

import pytest

import blocwatch
from blocwatch.api import create_app
from blocwatch.api.server import serve_in_thread

from api.conftest import write_article  # noqa: E402  (tests/ is on sys.path: rootdir conftest)

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is absent: run scripts/install-system-deps.sh")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def site(kb_path):
    """(base URL, id of the article in the knowledge base)."""
    doc_id = write_article(kb_path)
    with serve_in_thread(create_app(bw_factory=lambda: blocwatch.open(str(kb_path)))) as url:
        yield url, doc_id


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1366, "height": 860})
    pg = ctx.new_page()
    pg.set_default_timeout(15_000)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.js_errors = errors  # type: ignore[attr-defined]
    yield pg
    ctx.close()
