"""Reading articles: extract (print facts) and ingest (store them)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..extract.contract import to_contract
from ..ingest import Skipped
from . import Db, _open, app, err

Paths = Annotated[list[Path], typer.Argument(help="Article files (text, HTML, WARC) or directories of them.")]


def _progress(total_hint: int) -> Progress:
    """A progress bar with docs/s on stderr, shown only when stderr is a terminal."""
    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err,
                    disable=not err.is_terminal, transient=True)


@app.command()
def extract(
    paths: Paths,
    fmt: Annotated[str, typer.Option("--format", "-f", help="summary (default): readable per document; "
                                                            "jsonl: one contract object per fact (ARCHITECTURE §3); json: a list.")] = "summary",
    min_confidence: Annotated[float, typer.Option(help="Leave out facts below this confidence.")] = 0.0,
    db: Db = None,
):
    """Print the facts each article states, with evidence spans, without storing anything.

    Unreadable files (empty, binary, no article text, too large) are reported on stderr with a
    one-line reason, and the run goes on. Exit code 1 if any file failed unexpectedly.
    """
    if fmt not in ("summary", "jsonl", "json"):
        raise typer.BadParameter("use summary, jsonl or json", param_hint="--format")
    out, failed, collected = Console(), 0, []
    with _open(db) as bw, _progress(0) as bar:
        task = bar.add_task("extracting", total=None, rate="")
        t0 = time.perf_counter()
        for n, item in enumerate(bw.extract(paths), 1):
            bar.update(task, advance=1, rate=f"{n / max(time.perf_counter() - t0, 1e-9):.1f} docs/s")
            if isinstance(item, Skipped):
                failed += item.failed
                err.print(f"[yellow]skipped[/] {item.path}: {item.reason}", highlight=False)
                continue
            facts = [f for f in item.facts if max((e.confidence for e in f.evidence), default=0) >= min_confidence]
            rows = [to_contract(f, item.document.id) for f in facts]
            if fmt == "jsonl":
                for r in rows:
                    sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
            elif fmt == "json":
                collected += rows
            else:
                _summary(out, item, rows)
    if fmt == "json":
        sys.stdout.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(1)


def _summary(out: Console, item, rows: list[dict]) -> None:
    doc = item.document
    out.rule(f"[bold]{doc.title or doc.path or doc.id}[/]  [dim]{doc.id}[/]")
    if not item.relevant:
        out.print("[dim]names none of the organizations blocwatch follows; no facts[/]")
        return
    for r in rows:
        k = r["kind"]
        if k == "meeting":
            line = (f"{r['org']} {r['body']} on {r['date'] or '?'} in {r['place'] or '?'}"
                    + (f", no. {r['ordinal']}" if r['ordinal'] else "") + (f", host {r['host']}" if r['host'] else "")
                    + f"; states {' '.join(r['participant_states']) or '-'}; {len(r['participants'])} people")
        elif k == "membership":
            line = f"{r['state']} {r['status']} of {r['org']} (as of {r['as_of'] or r.get('from') or '?'})"
        elif k == "office":
            line = f"{r['person']}: {'acting ' if r['acting'] else ''}{r['office']} of {r['of']}"
        elif k == "chairmanship":
            line = f"{r['state']} chairs {r['org']} from {r['from'] or '?'}"
        elif k == "stance":
            line = f"{r['state']} {r['action']} {r['org']}" + (f" (target {r['target_state']})" if r['target_state'] else "")
        else:
            line = f"\"{r['text']}\": {r['verdict']}"
        out.print(f"  [cyan]{k:12}[/] {line}", highlight=False)


@app.command()
def ingest(
    paths: Paths,
    workers: Annotated[int, typer.Option(help="Extract on a local Dask cluster of N worker processes "
                                              "(0: in this process, the default).")] = 0,
    scheduler: Annotated[Optional[str], typer.Option(help="Address of a running Dask scheduler "
                                                          "(tcp://host:8786) to extract on.")] = None,
    db: Db = None,
):
    """Store articles and the facts they state in the knowledge base, beside the reference data.

    A document's id is a hash of its cleaned text, so ingesting it again changes nothing. Each
    document is written with its facts in one transaction: an interrupted run leaves every
    document stored whole or not at all. Unreadable files are skipped with a one-line reason.
    Exit code 1 if any file failed unexpectedly.
    """
    if workers or scheduler:
        from ..batch.runner import run_batch
        from ..settings import Settings, default_db
        report = run_batch(paths, Settings(db=db or default_db()), workers=workers or 2, scheduler=scheduler,
                           progress=err.is_terminal)
        Console().print(report.summary() if hasattr(report, "summary") else report)
        raise typer.Exit(1 if report.failed else 0)
    with _open(db) as bw, _progress(0) as bar:
        task = bar.add_task("ingesting", total=None, rate="")
        t0, n = time.perf_counter(), 0

        def tick(item) -> None:
            nonlocal n
            n += 1
            if isinstance(item, Skipped):
                err.print(f"[yellow]skipped[/] {item.path}: {item.reason}", highlight=False)
            bar.update(task, advance=1, rate=f"{n / max(time.perf_counter() - t0, 1e-9):.1f} docs/s")

        s = bw.ingest(paths, on_item=tick)
    Console().print(f"ingested {s.ingested} new, {s.unchanged} already known, {s.skipped} skipped, "
                    f"{s.failed} failed; {s.facts} facts ({s.irrelevant} documents named no followed organization)")
    if s.failed:
        raise typer.Exit(1)
