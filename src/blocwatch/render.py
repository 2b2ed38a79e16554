"""Printing results: Rich tables for people, JSON / JSON lines / CSV for machines."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "jsonl", "csv")


def plain(obj: Any) -> Any:
    """Dataclasses, tuples and dates as JSON-ready values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [plain(v) for v in obj]
    if hasattr(obj, "iso") and callable(obj.iso):
        return obj.iso()
    return obj


def sources_text(sources: Sequence[Any], limit: int = 2) -> str:
    names = []
    for s in sources:
        t = s.title if s.kind == "reference" else f"{s.title} (article)"
        if t not in names:
            names.append(t)
    more = f" +{len(names) - limit}" if len(names) > limit else ""
    return "; ".join(names[:limit]) + more


def emit(rows: Sequence[Any], fmt: str, columns: Sequence[tuple[str, Callable[[Any], Any]]],
         title: str | None = None, console: Console | None = None, empty: str = "Nothing found.") -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(plain(list(rows)), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(plain(r), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow([c for c, _ in columns])
        for r in rows:
            w.writerow(["" if (v := get(r)) is None else v for _, get in columns])
        sys.stdout.write(buf.getvalue())
    else:
        # A pipe or file gets a wide table rather than an 80-column one.
        console = console or Console(width=None if sys.stdout.isatty() else 150)
        if not rows:
            console.print(f"[yellow]{empty}[/]")
            return
        t = Table(title=title, show_lines=False, header_style="bold")
        for c, _ in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*["" if (v := get(r)) is None else str(v) for _, get in columns])
        console.print(t)
