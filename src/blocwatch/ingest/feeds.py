"""Polling RSS/Atom feeds and fetching the new article pages they list: blocwatch's only network I/O.

    watcher = FeedWatcher(state, on_page)      # on_page(url, html) -> document id or None
    report = watcher.poll("https://example.org/rss")

Polite by construction: a User-Agent that names blocwatch, timeouts on every request,
conditional requests (the ETag and Last-Modified of a feed's last answer are sent back, so an
unchanged feed costs a 304), and a minimum interval between two requests to the same host.
A page is fetched once: `state` remembers every page ingested (by URL and by entry id); a page
that failed is retried on later polls up to the state's limit.

The watcher knows nothing of the knowledge base: `state` (kb.feedstate.FeedState) and `on_page`
(read the page, extract, store) are handed in by the caller.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import feedparser
import httpx

from ..errors import DocumentError, StorageError

try:
    from importlib.metadata import version as _version

    _VERSION = _version("blocwatch")
except Exception:  # noqa: BLE001 - running from a source tree without metadata
    _VERSION = "0"

USER_AGENT = f"blocwatch/{_VERSION} (feed watcher; news about CIS, CSTO and EAEU)"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class FeedStateStore(Protocol):
    def validators(self, feed_url: str) -> tuple[str | None, str | None]: ...
    def save_validators(self, feed_url: str, etag: str | None, last_modified: str | None) -> None: ...
    def is_settled(self, url: str, entry_id: str | None = None) -> bool: ...
    def record(self, url: str, feed_url: str, entry_id: str | None, status: str,
               doc_id: str | None = None, error: str | None = None) -> None: ...


@dataclass(frozen=True)
class WatchOptions:
    #: Sent with every request, so site owners can see who fetches and why.
    user_agent: str = USER_AGENT
    #: Seconds to wait for a connection and for each read.
    timeout: float = 20.0
    #: Seconds between two requests to the same host.
    min_host_interval: float = 2.0
    #: Largest page read, in bytes; a larger one is skipped with a reason.
    max_page_bytes: int = 5_000_000


@dataclass
class PollReport:
    feed: str
    status: str = "ok"  # ok | not-modified | error
    entries: int = 0
    ingested: list[str] = field(default_factory=list)
    not_articles: list[tuple[str, str]] = field(default_factory=list)  # fetched, but no article in it
    already_seen: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)

    def summary(self) -> str:
        if self.status == "not-modified":
            return f"{self.feed}: not modified"
        if self.status == "error":
            return f"{self.feed}: {self.errors[0][1] if self.errors else 'failed'}"
        return (f"{self.feed}: {self.entries} entries, {len(self.ingested)} new pages ingested, "
                f"{self.already_seen} already seen, {len(self.not_articles)} without an article, "
                f"{len(self.errors)} failed")


class FetchError(Exception):
    """A request that gave no usable answer; the message says why in one line."""


class FeedWatcher:
    def __init__(self, state: FeedStateStore, on_page: Callable[[str, str], str | None],
                 options: WatchOptions | None = None, client: httpx.Client | None = None,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        self.state, self.on_page = state, on_page
        self.options = options or WatchOptions()
        self._own_client = client is None
        self.client = client or httpx.Client(
            headers={"User-Agent": self.options.user_agent},
            timeout=httpx.Timeout(self.options.timeout), follow_redirects=True)
        self._clock, self._sleep = clock, sleep
        self._last_request: dict[str, float] = {}

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def __enter__(self) -> "FeedWatcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ polling
    def poll(self, feed_url: str) -> PollReport:
        """Fetch one feed (conditionally) and ingest the pages of its entries not seen before."""
        report = PollReport(feed_url)
        etag, modified = self.state.validators(feed_url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        try:
            resp = self._get(feed_url, headers)
        except FetchError as e:
            report.status = "error"
            report.errors.append((feed_url, str(e)))
            return report
        if resp.status_code == 304:
            report.status = "not-modified"
            return report
        if resp.status_code != 200:
            report.status = "error"
            report.errors.append((feed_url, f"HTTP {resp.status_code}"))
            return report
        parsed = feedparser.parse(resp.content, response_headers={"content-location": str(resp.url),
                                                                  "content-type": resp.headers.get("content-type", "")})
        if parsed.bozo and not parsed.entries:
            report.status = "error"
            report.errors.append((feed_url, f"not an RSS or Atom feed ({parsed.get('bozo_exception')})"))
            return report
        self.state.save_validators(feed_url, resp.headers.get("etag"), resp.headers.get("last-modified"))
        report.entries = len(parsed.entries)
        seen_now: set[str] = set()
        for entry in parsed.entries:
            link = entry.get("link")
            if not link:
                continue
            url = urljoin(str(resp.url), link)
            entry_id = entry.get("id") or None
            if url in seen_now or self.state.is_settled(url, entry_id):
                report.already_seen += 1
                continue
            seen_now.add(url)
            self._ingest(feed_url, url, entry_id, report)
        return report

    def poll_all(self, feeds: Iterable[str]) -> list[PollReport]:
        return [self.poll(f) for f in feeds]

    def watch(self, feeds: list[str], interval: float, once: bool = False,
              report: Callable[[PollReport], None] = lambda r: None) -> None:
        """Poll every feed, then again every `interval` seconds (until interrupted), or once."""
        while True:
            started = self._clock()
            for r in self.poll_all(feeds):
                report(r)
            if once:
                return
            self._sleep(max(0.0, interval - (self._clock() - started)))

    # ------------------------------------------------------------------ pages
    def _ingest(self, feed_url: str, url: str, entry_id: str | None, report: PollReport) -> None:
        try:
            resp = self._get(url)
            if resp.status_code != 200:
                raise FetchError(f"HTTP {resp.status_code}")
            ctype = resp.headers.get("content-type", "text/html").split(";")[0].strip().lower()
            if ctype not in PAGE_TYPES:
                raise DocumentError(f"not a web page ({ctype})")
            if len(resp.content) > self.options.max_page_bytes:
                raise DocumentError(f"page too large ({len(resp.content)} bytes)")
            try:
                doc_id = self.on_page(url, resp.text)
            except (DocumentError, StorageError):
                raise
            except Exception as e:  # noqa: BLE001 - a bug on one page must not stop the watcher
                raise FetchError(f"ingest failed: {type(e).__name__}: {e}") from e
        except DocumentError as e:  # fetched, but nothing to ingest in it: do not fetch it again
            self.state.record(url, feed_url, entry_id, "done", None, str(e))
            report.not_articles.append((url, str(e)))
            return
        except FetchError as e:
            self.state.record(url, feed_url, entry_id, "failed", None, str(e))
            report.errors.append((url, str(e)))
            return
        self.state.record(url, feed_url, entry_id, "done", doc_id)
        report.ingested.append(url)

    def _get(self, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
        """One GET, no sooner than `min_host_interval` after the last request to the same host."""
        host = urlsplit(url).netloc
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self.options.min_host_interval - self._clock()
            if wait > 0:
                self._sleep(wait)
        try:
            return self.client.get(url, headers=headers)
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.options.timeout:g} s") from None
        except httpx.HTTPError as e:
            raise FetchError(f"request failed: {type(e).__name__}: {e}") from None
        finally:
            self._last_request[host] = self._clock()
