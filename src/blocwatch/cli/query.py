"""Knowledge-base queries: members, status, holders, meetings, history, info."""

from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.console import Console

from .. import render
from . import At, Db, Fmt, _fmt, _open, app


@app.command()
def members(
    expr: Annotated[str, typer.Argument(help="Set expression over organizations (CIS, CSTO, EAEU, "
                                             "SCO, GUAM...), groups (former-soviet, baltic-states, "
                                             "central-asia...) and ISO state codes, with | union, & "
                                             "intersection, - difference and parentheses.")],
    at: At = None,
    status: Annotated[str, typer.Option(help="Statuses that count: member,associate (default); any; "
                                             "or a list such as observer,suspended.")] = "member,associate",
    fmt: Fmt = "table", db: Db = None,
):
    """States in a set expression at a date, e.g. 'former-soviet - (CIS | CSTO)' --at 2018-11-21.

    With a partial --at (2012, 2012-06), a state is listed if it held a selected status at any time
    in that period; STATUS is the last such status, and CHANGES lists changes inside the period.
    """
    with _open(db) as bw:
        rows = bw.members(expr, at, status)
    render.emit(rows, _fmt(fmt), [
        ("STATE", lambda r: r.state), ("NAME", lambda r: r.name), ("STATUS", lambda r: r.status),
        ("IN", lambda r: r.org), ("SINCE", lambda r: r.since),
        ("CHANGES", lambda r: "; ".join(f"{c.date}: {c.status_from} -> {c.status_to}" for c in r.changes) or None),
        ("DISPUTED", lambda r: ", ".join(r.disputed) or None),
        ("SOURCES", lambda r: render.sources_text(r.sources))],
        title=f"{expr} at {at or 'today'} ({len(rows)} states)", empty=f"No state is in {expr} at {at or 'today'}.")


@app.command()
def status(
    state: Annotated[str, typer.Argument(help="State: ISO code (UA) or name (Ukraine).")],
    org: Annotated[str, typer.Argument(help="Organization: CIS, CSTO, EAEU...")],
    at: At = None, fmt: Fmt = "table", db: Db = None,
):
    """A state's status in an organization at a date, the interval it holds over, and its sources.

    With a partial --at, every status that held during the period is shown.
    """
    with _open(db) as bw:
        rows = bw.status(state, org, at)
    render.emit(rows, _fmt(fmt), [
        ("STATE", lambda r: r.state), ("ORG", lambda r: r.org), ("STATUS", lambda r: r.status),
        ("FROM", lambda r: r.since or "(open)"), ("TO", lambda r: r.until or "(open)"),
        ("NOTE", lambda r: r.note), ("SOURCES", lambda r: render.sources_text(r.sources, 3))])


@app.command()
def holders(
    of: Annotated[str, typer.Argument(help="Organization (CSTO) or state (RU).")],
    office: Annotated[Optional[str], typer.Option(help="Office name, e.g. 'Secretary General'.")] = None,
    at: At = None, fmt: Fmt = "table", db: Db = None,
):
    """Who held offices of an organization or state at a date (acting holders marked).

    With a partial --at, everyone who held the office at any time in the period is listed.
    """
    with _open(db) as bw:
        rows = bw.holders(of, office, at)
    render.emit(rows, _fmt(fmt), [
        ("PERSON", lambda r: r.name), ("OFFICE", lambda r: r.office), ("OF", lambda r: r.of),
        ("ACTING", lambda r: "acting" if r.acting else ""), ("FROM", lambda r: r.since),
        ("TO", lambda r: r.until), ("SOURCES", lambda r: render.sources_text(r.sources, 3))],
        empty=f"No holder of {office or 'any office'} of {of} is known at {at or 'today'}.")


@app.command()
def meetings(
    org: Annotated[Optional[str], typer.Argument(help="Organization (CIS, CSTO, EAEU...); all if omitted.")] = None,
    from_: Annotated[Optional[str], typer.Option("--from", help="Earliest date, inclusive.")] = None,
    to: Annotated[Optional[str], typer.Option("--to", help="Latest date, inclusive.")] = None,
    place: Annotated[Optional[str], typer.Option(help="City, e.g. Sochi.")] = None,
    participant: Annotated[Optional[str], typer.Option(help="Only meetings a state took part in.")] = None,
    fmt: Fmt = "table", db: Db = None,
):
    """Meetings and summits: body, date, place, ordinal, host, participants, sources."""
    with _open(db) as bw:
        rows = bw.meetings(org, from_, to, place, participant)
    render.emit(rows, _fmt(fmt), [
        ("DATE", lambda r: r.date), ("ORG", lambda r: r.org), ("BODY", lambda r: r.body_name),
        ("PLACE", lambda r: r.place), ("NO.", lambda r: r.ordinal), ("HOST", lambda r: r.host or r.host_state),
        ("STATES", lambda r: " ".join(r.participant_states) or None),
        ("PEOPLE", lambda r: len(r.participants) or None),
        ("SOURCES", lambda r: render.sources_text(r.sources, 2))])


@app.command()
def history(state: Annotated[str, typer.Argument(help="State: ISO code or name.")], fmt: Fmt = "table", db: Db = None):
    """Every dated membership change of a state, in every organization, with sources."""
    from ..reason.membership import SourceRef, _dedupe
    with _open(db) as bw:
        facts = bw.history(state)
    rows = [{"org": f.object.split(":", 1)[1], "status": f.value, "from": f.valid_from.iso() if f.valid_from else None,
             "to": f.valid_to.iso() if f.valid_to else None, "note": f.attrs.get("note"),
             "sources": [render.plain(s) for s in _dedupe(SourceRef.of(e) for e in f.evidence)]} for f in facts]
    render.emit(rows, _fmt(fmt), [
        ("FROM", lambda r: r["from"] or "(open)"), ("TO", lambda r: r["to"] or "(open)"),
        ("ORG", lambda r: r["org"]), ("STATUS", lambda r: r["status"]), ("NOTE", lambda r: r["note"]),
        ("SOURCES", lambda r: "; ".join(s["title"] for s in r["sources"][:2]))])


@app.command()
def info(db: Db = None, reload: Annotated[bool, typer.Option(help="Reload the reference data.")] = False):
    """Where the knowledge base is and what it holds (builds it on first use)."""
    with _open(db) as bw:
        if reload:
            bw.reload_reference()
        c = bw.kb.counts()
        Console().print(f"knowledge base: {bw.kb.url}")
        for k, v in c.items():
            Console().print(f"  {k:10} {v}")


