"""The feed watcher against a real HTTP server on 127.0.0.1 serving an RSS feed and article pages."""

from __future__ import annotations

import email.utils
import hashlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from blocwatch.ingest.feeds import FeedWatcher, WatchOptions
from blocwatch.kb.feedstate import FeedState
from blocwatch.kb.store import KnowledgeBase

ARTICLE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="{date}"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer>Copyright Example Wire</footer></body></html>"""

PAGES = {
    "/news/minsk-council.html": ARTICLE.format(title="Security council secretaries meet in Minsk", date="2023-06-02", body="""
<p>Minsk, 2 June 2023. The secretaries of the security councils of the member states of the
Collective Security Treaty Organization gathered in the Belarusian capital on Friday to compare
notes on border security in Central Asia and on the situation in Afghanistan.</p>
<p>Delegations from Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan took part. Armenia,
which has scaled back its participation in the bloc's events this year, sent no delegation,
according to the organization's press office.</p>
<p>The meeting agreed a plan of joint exercises for the autumn and asked the secretariat to
prepare a report on cross-border drug trafficking for the next session of the council.</p>"""),
    "/news/eaeu-summit.html": ARTICLE.format(title="Eurasian Economic Union leaders sign customs deal", date="2023-05-25", body="""
<p>Moscow, 25 May 2023. Heads of state of the Eurasian Economic Union met in the Russian capital on
Thursday and signed an agreement that simplifies customs checks on goods moving between members.</p>
<p>The presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia attended in person, while
observers from Cuba, Moldova and Uzbekistan followed the talks from the visitors' gallery.</p>
<p>Officials said the new rules would take effect at the start of next year once each member had
completed its ratification procedures.</p>"""),
    "/news/broken.html": None,  # answers 500
    "/news/slow.html": "slow",  # answers after the client has given up
}


def rss(paths: list[str]) -> bytes:
    items = "".join(f"<item><title>{p}</title><link>{p}</link><guid>urn:example:{p}</guid></item>" for p in paths)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example Wire</title>'
            f"<link>/</link><description>News</description>{items}</channel></rss>").encode()


class Site:
    """What the test server serves and what it was asked for."""

    def __init__(self):
        self.feed_paths = ["/news/minsk-council.html", "/news/eaeu-summit.html"]
        self.conditional = True  # honour If-None-Match with a 304
        self.requests: list[tuple[str, dict, float]] = []
        self.lock = threading.Lock()

    def feed(self) -> tuple[bytes, str, str]:
        body = rss(self.feed_paths)
        return body, '"' + hashlib.sha1(body).hexdigest()[:12] + '"', email.utils.formatdate(0, usegmt=True)

    def page_requests(self) -> list[str]:
        return [p for p, _, _ in self.requests if p != "/feed.xml"]


@pytest.fixture
def site():
    s = Site()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802 - http.server's name
            with s.lock:
                s.requests.append((self.path, dict(self.headers), time.monotonic()))
            if self.path == "/feed.xml":
                body, etag, modified = s.feed()
                if s.conditional and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                return self._send(200, body, "application/rss+xml", {"ETag": etag, "Last-Modified": modified})
            page = PAGES.get(self.path.split("?")[0], "missing")
            if page is None:
                return self._send(500, b"internal error", "text/plain")
            if page == "slow":
                time.sleep(1.5)
                return self._send(200, b"<html>too late</html>", "text/html")
            if page == "missing":
                return self._send(404, b"not found", "text/plain")
            return self._send(200, page.encode(), "text/html; charset=utf-8")

        def _send(self, code, body, ctype, headers=None):
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    s.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield s
    server.shutdown()
    server.server_close()


@pytest.fixture
def state(tmp_path):
    with KnowledgeBase(tmp_path / "kb.sqlite") as kb:
        yield FeedState(kb)


FAST = WatchOptions(timeout=0.5, min_host_interval=0.0)


class Pages:
    """An on_page callback that keeps what it was given."""

    def __init__(self):
        self.got: dict[str, str] = {}

    def __call__(self, url: str, html: str) -> str:
        self.got[url] = html
        return hashlib.sha256(html.encode()).hexdigest()[:16]


def test_a_first_poll_ingests_every_page_of_the_feed(site, state):
    pages = Pages()
    with FeedWatcher(state, pages, FAST) as w:
        report = w.poll(site.url + "/feed.xml")
    assert report.status == "ok" and report.entries == 2
    assert sorted(report.ingested) == sorted(site.url + p for p in site.feed_paths)
    assert "Minsk, 2 June 2023" in pages.got[site.url + "/news/minsk-council.html"]
    assert {i["url"]: i["status"] for i in state.items()} == {site.url + p: "done" for p in site.feed_paths}
    assert all(h.get("User-Agent", "").startswith("blocwatch/") for _, h, _ in site.requests)


def test_an_unchanged_feed_is_answered_304_and_nothing_is_fetched(site, state):
    with FeedWatcher(state, Pages(), FAST) as w:
        w.poll(site.url + "/feed.xml")
        site.requests.clear()
        report = w.poll(site.url + "/feed.xml")
    assert report.status == "not-modified"
    [(path, headers, _)] = site.requests
    assert path == "/feed.xml" and headers["If-None-Match"].startswith('"')
    assert "If-Modified-Since" in headers


def test_validators_are_remembered_in_the_kb_across_watchers(site, state):
    with FeedWatcher(state, Pages(), FAST) as w:
        w.poll(site.url + "/feed.xml")
    site.requests.clear()
    with FeedWatcher(FeedState(state.kb), Pages(), FAST) as w:  # a new run, same knowledge base
        assert w.poll(site.url + "/feed.xml").status == "not-modified"
    assert site.page_requests() == []


def test_a_page_seen_before_is_never_fetched_again(site, state):
    site.conditional = False  # the server always sends the whole feed
    pages = Pages()
    with FeedWatcher(state, pages, FAST) as w:
        w.poll(site.url + "/feed.xml")
        site.feed_paths.append("/news/minsk-council.html?utm=again")  # a new entry, new URL
        site.requests.clear()
        report = w.poll(site.url + "/feed.xml")
    assert report.already_seen == 2 and len(report.ingested) == 1
    assert site.page_requests() == ["/news/minsk-council.html?utm=again"]


def test_a_server_error_and_a_timeout_are_reported_and_skipped(site, state):
    site.feed_paths = ["/news/broken.html", "/news/slow.html", "/news/eaeu-summit.html"]
    with FeedWatcher(state, Pages(), FAST) as w:
        report = w.poll(site.url + "/feed.xml")
    assert report.ingested == [site.url + "/news/eaeu-summit.html"]
    assert dict(report.errors) == {site.url + "/news/broken.html": "HTTP 500",
                                   site.url + "/news/slow.html": "timed out after 0.5 s"}
    items = {i["url"]: (i["status"], i["attempts"]) for i in state.items()}
    assert items[site.url + "/news/broken.html"] == ("failed", 1)
    assert "2 failed" in report.summary()


def test_failed_pages_are_retried_a_limited_number_of_times(site, state):
    site.feed_paths = ["/news/broken.html"]
    site.conditional = False
    with FeedWatcher(state, Pages(), FAST) as w:
        for _ in range(5):
            w.poll(site.url + "/feed.xml")
    assert site.page_requests().count("/news/broken.html") == state.max_attempts == 3


def test_a_page_without_an_article_is_not_fetched_again(site, state):
    from blocwatch.errors import DocumentError

    def no_article(url, html):
        raise DocumentError("HTML page has no article text")

    site.conditional = False
    with FeedWatcher(state, no_article, FAST) as w:
        first = w.poll(site.url + "/feed.xml")
        second = w.poll(site.url + "/feed.xml")
    assert len(first.not_articles) == 2 and second.already_seen == 2
    assert len(site.page_requests()) == 2


def test_requests_to_one_host_are_spaced_by_the_minimum_interval(site, state):
    with FeedWatcher(state, Pages(), WatchOptions(timeout=2, min_host_interval=0.2)) as w:
        w.poll(site.url + "/feed.xml")
    times = [t for _, _, t in site.requests]
    assert len(times) == 3
    assert all(b - a >= 0.18 for a, b in zip(times, times[1:]))


def test_a_feed_that_fails_is_reported(site, state):
    with FeedWatcher(state, Pages(), FAST) as w:
        missing = w.poll(site.url + "/nope.xml")
        down = w.poll("http://127.0.0.1:9/feed.xml")  # nothing listens on the discard port
    assert missing.status == "error" and missing.errors == [(site.url + "/nope.xml", "HTTP 404")]
    assert down.status == "error" and "request failed" in down.errors[0][1]


def test_watch_once_ingests_the_pages_into_the_knowledge_base(site, kb_path):
    from typer.testing import CliRunner

    import blocwatch
    from blocwatch.cli import app
    from blocwatch.cli import commands  # noqa: F401  (registers the commands)

    args = ["watch", site.url + "/feed.xml", "--once", "--min-host-interval", "0", "--db", str(kb_path)]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "2 new pages ingested" in first.output
    with blocwatch.open(str(kb_path)) as bw:
        docs = {d.url: d for d in bw.kb.documents()}
        assert set(docs) == {site.url + p for p in site.feed_paths}
        minsk = docs[site.url + "/news/minsk-council.html"]
        assert minsk.title == "Security council secretaries meet in Minsk" and str(minsk.published) == "2023-06-02"
        assert bw.kb.find_facts(doc_id=minsk.id)  # facts with evidence in the page
    site.requests.clear()
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0 and "not modified" in second.output
    assert site.page_requests() == []
