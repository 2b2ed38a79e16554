"""`blocwatch evaluate`: precision, recall and F1 of extracted facts against gold files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from .. import evaluate as ev
from .. import render
from ..errors import BlocwatchError, InputError
from . import Db, _open, app, err

FORMATS = ("table", "json")


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def corpus_name(paths: list[Path]) -> str | None:
    """The corpus a set of gold paths belongs to: the folder holding `gold/` (samples, devset)."""
    names = set()
    for p in paths:
        d = p if p.is_dir() else p.parent
        names.add(d.parent.name if d.name == "gold" else d.name)
    return names.pop() if len(names) == 1 else None


def article_for(doc: ev.GoldDocument) -> Path:
    """The article a gold file describes: for X/gold/<stem>.json, X/<stem>.* or X/articles/<stem>.*."""
    if doc.path is None:
        raise InputError(f"Gold document {doc.id} has no file, so its article cannot be found.")
    folder = doc.path.parent.parent if doc.path.parent.name == "gold" else doc.path.parent
    for d in (folder, folder / "articles"):
        found = sorted(p for p in d.glob(f"{doc.path.stem}.*") if p.suffix != ".json" and p.is_file())
        if found:
            return found[0]
    raise InputError(f"No article for {doc.path}: looked for {doc.path.stem}.* in {folder} and {folder / 'articles'}.")


def extract_predictions(gold: list[ev.GoldDocument], db: str | None) -> list[dict]:
    """Run the extraction on each gold document's article; facts are filed under the gold id."""
    from ..workspace import Blocwatch
    if not hasattr(Blocwatch, "extract_contract"):
        raise BlocwatchError("--extract needs Blocwatch.extract_contract, which this version does not have "
                             "yet. Run `blocwatch extract FILE... --format jsonl > facts.jsonl` and pass "
                             "--predictions facts.jsonl instead.")
    articles = [(g, article_for(g)) for g in gold]
    with _open(db) as bw:
        return [{**f, "doc": g.id} for g, path in articles for f in bw.extract_contract([path])]


def load_floors(path: Path, corpus: str | None) -> dict[str, float]:
    if not corpus:
        raise InputError("Cannot tell which corpus the gold files belong to; name it with --corpus.")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise InputError(f"Cannot read floors file {path}: {e}.") from e
    return ev.floors_for(data, corpus)


def print_report(report: ev.Report, fmt: str, details: bool, title: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(render.plain(report), ensure_ascii=False, indent=2) + "\n")
        return
    render.emit(report.scores, "table", [
        ("KIND", lambda s: s.kind), ("GOLD", lambda s: s.gold), ("PREDICTED", lambda s: s.predicted),
        ("TP", lambda s: s.tp), ("PRECISION", lambda s: _pct(s.precision)),
        ("RECALL", lambda s: _pct(s.recall)), ("F1", lambda s: _pct(s.f1))], title=title)
    out = Console()
    for d in report.documents if details else ():
        out.print(f"[bold]{d.doc}[/]" + ("" if d.mismatches else "  (no errors)"), highlight=False)
        for m in d.mismatches:
            out.print(f"  {m.error.upper()}  {m.kind:<18} {m.item}", highlight=False, markup=False, soft_wrap=True)
    if report.unscored_docs:
        err.print(f"[yellow]note:[/] facts of {len(report.unscored_docs)} document(s) matched no gold id or "
                  f"file stem and were not scored: {', '.join(report.unscored_docs[:5])}", highlight=False)


@app.command("evaluate")
def evaluate_cmd(
    gold: Annotated[list[Path], typer.Argument(help="Gold files (*.json) or folders of them, e.g. tests/devset/gold.")],
    predictions: Annotated[Optional[str], typer.Option(
        "--predictions", "-p", help="Facts from `blocwatch extract --format jsonl`; - for stdin.")] = None,
    extract: Annotated[bool, typer.Option(
        "--extract", help="Extract the facts now from the articles next to the gold (X/<stem>.* or "
                          "X/articles/<stem>.* for X/gold/<stem>.json).")] = False,
    details: Annotated[bool, typer.Option("--details", help="List each false positive and miss per document.")] = False,
    floors: Annotated[Optional[Path], typer.Option(
        "--floors", help='JSON {"<corpus>": {"<kind>": min F1}}; exit 1 if a kind is below its floor.')] = None,
    corpus: Annotated[Optional[str], typer.Option(
        "--corpus", help="Corpus name in the floors file; default: the folder holding gold/ "
                         "(samples, devset).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table (default) or json.")] = "table",
    db: Db = None,
):
    """Precision, recall and F1 per kind of fact (memberships, offices, meetings...) against gold files."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    if extract == (predictions is not None):
        raise typer.BadParameter("give either --predictions FILE or --extract", param_hint="--predictions")
    docs = [d for p in gold for d in ev.load_gold(p)]
    wanted = load_floors(floors, corpus or corpus_name(gold)) if floors else {}
    preds = (extract_predictions(docs, db) if extract
             else ev.load_predictions(sys.stdin if predictions == "-" else predictions))
    report = ev.score(docs, preds)
    print_report(report, fmt, details, title=f"{corpus or corpus_name(gold) or 'gold'}: {len(docs)} documents")
    if breaches := report.below(wanted):  # an error, not typer.Exit: main() runs click non-standalone
        raise ev.BelowFloorError(breaches)
