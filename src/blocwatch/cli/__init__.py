"""The `blocwatch` command: a thin layer over the Python API (`blocwatch.workspace`).

Commands live in modules of this package by theme (query, extract, reason, serve, scale); each
registers on the one `app` defined here.

Exit codes: 0 success; 1 an unexpected error; 2 bad input (unknown name, malformed date or
expression, unreadable file); 3 the database cannot be used; 4 the shipped reference data is
inconsistent.
"""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer
from rich.console import Console

from .. import render
from ..errors import BlocwatchError
from ..settings import Settings, default_db

app = typer.Typer(
    help="blocwatch: who belonged to which post-Soviet organization, who held which office, which "
         "meetings took place, at any date, with the source of every fact.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
err = Console(stderr=True)

Db = Annotated[Optional[str], typer.Option(
    "--db", help="Knowledge base: a SQLite file path or a SQLAlchemy URL (postgresql://...). "
                 "Default: $BLOCWATCH_DB, else kb.sqlite in your data directory; built from the "
                 "reference data on first use.")]
At = Annotated[Optional[str], typer.Option(
    "--at", help="Date YYYY[-MM[-DD]]; default today. A year or month means the whole period: "
                 "see the command's help for how changes inside it are reported.")]
Fmt = Annotated[str, typer.Option("--format", "-f", help="table (default), json, jsonl or csv.")]


def _open(db: str | None):
    from ..workspace import Blocwatch
    return Blocwatch(Settings(db=db or default_db()))


def _fmt(fmt: str) -> str:
    if fmt not in render.FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(render.FORMATS)}", param_hint="--format")
    return fmt


def main() -> None:
    """Entry point: usage errors exit 2 (click's own handling); blocwatch errors print one line
    and exit with their code; Ctrl-C exits 130."""
    from . import commands  # noqa: F401  (registers every command on `app`)

    try:
        app()
    except BlocwatchError as e:
        err.print(f"[red]error:[/] {e}", highlight=False, markup=True)
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        err.print("interrupted; what was not finished was not written")
        sys.exit(130)
