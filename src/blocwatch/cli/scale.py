"""Watching news feeds: `blocwatch watch` polls RSS/Atom feeds and ingests each new article once."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from . import Db, _open, app


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs.")],
    interval: Annotated[float, typer.Option(help="Seconds between two polls of the feeds.", min=1)] = 900,
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once, then exit.")] = False,
    min_host_interval: Annotated[float, typer.Option(help="Seconds between two requests to one site.")] = 2.0,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a site's answer.")] = 20.0,
    db: Db = None,
):
    """Poll news feeds and ingest every new article page they list, with its facts.

    Each page is fetched once: the pages fetched and each feed's ETag/Last-Modified are kept in
    the knowledge base, so an unchanged feed costs one conditional request. A page that fails
    (a server error, a timeout) is reported and tried again on a later poll, three times at most.
    Stop with Ctrl-C. Exit code 1 if --once and a feed could not be read.
    """
    from ..ingest.feeds import FeedWatcher, WatchOptions
    from ..ingest.html import read_html_document
    from ..kb.feedstate import FeedState

    out, failed = Console(), []
    with _open(db) as bw:
        def on_page(url: str, html: str) -> str:
            return bw.ingest_document(read_html_document(html, url=url)).document.id

        def report(r) -> None:
            out.print(r.summary(), highlight=False)
            for url, why in r.errors:
                out.print(f"  [yellow]failed[/] {url}: {why}", highlight=False)
            failed.extend([r.feed] if r.status == "error" else [])

        options = WatchOptions(timeout=timeout, min_host_interval=min_host_interval)
        with FeedWatcher(FeedState(bw.kb), on_page, options) as watcher:
            watcher.watch(list(feeds), interval, once=once, report=report)
    if once and failed:
        raise typer.Exit(1)
