"""Reasoning commands: chair, accession, check, conflicts, diff."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import render
from . import At, Db, Fmt, _fmt, _open, app

Org = Annotated[str, typer.Argument(help="Organization: CIS, CSTO, EAEU...")]


def _stance(s) -> str:
    said = next((src.text for src in s.sources if src.text), None)
    return f"{s.state} {s.action} {s.date or ''}{' (blocking)' if s.blocking else f' ({s.status})'}" + (f': "{said}"' if said else "")


@app.command()
def chair(
    org: Org, at: At = None,
    next_: Annotated[bool, typer.Option("--next", help="Project the next holder under the charter's "
                                                       "rotation rule, saying what the projection rests on.")] = False,
    fmt: Fmt = "table", db: Db = None,
):
    """Which state chaired an organization at a date, and on what basis.

    Recorded chairmanships (reference data and articles) come first; otherwise the chair is derived
    from the charter rule and the recorded sessions (CSTO: the head of the state hosting the regular
    session of the Collective Security Council chairs until the next one). Answers "unknown", with
    the reason, when neither settles it.
    """
    with _open(db) as bw:
        row = bw.chair(org, at, next=next_)
    render.emit([row], _fmt(fmt), [
        ("CHAIR", lambda r: r.state),
        ("NAME", lambda r: r.state_name), ("SINCE", lambda r: r.since), ("UNTIL", lambda r: r.until),
        ("BASIS", lambda r: r.basis + (f" (caveat: {r.caveat})" if r.caveat else "")),
        ("SOURCES", lambda r: render.sources_text(r.sources, 3))],
        title=f"{'Next chair' if next_ else 'Chair'} of the {org} at {at or 'today'}")


@app.command()
def accession(
    state: Annotated[str, typer.Argument(help="Applicant state: ISO code (AZ) or name (Azerbaijan).")],
    org: Org, at: At = None, fmt: Fmt = "table", db: Db = None,
):
    """Could a state join an organization at a date, and who could block it.

    Shows the state's status, whose consent the charter requires, who has declared a veto or
    opposition (with the article sentence), and a verdict: blocked, possible or not applicable.
    """
    with _open(db) as bw:
        row = bw.accession(state, org, at)
    render.emit([row], _fmt(fmt), [
        ("STATE", lambda r: r.state), ("ORG", lambda r: r.org), ("STATUS", lambda r: r.status),
        ("VERDICT", lambda r: r.verdict), ("CONSENT OF", lambda r: " ".join(r.consenting) or None),
        ("STANCES", lambda r: "\n".join(_stance(s) for s in r.stances) or None),
        ("NOTES", lambda r: "\n".join(r.notes) or None), ("SOURCES", lambda r: render.sources_text(r.sources, 3))],
        title=f"Accession of {state} to the {org} at {at or 'today'}")


@app.command()
def check(
    article: Annotated[Path, typer.Argument(help="A text file (an article, or any passage).")],
    at: At = None, fmt: Fmt = "table", db: Db = None,
):
    """Find and judge the claims an article makes about memberships, counts and set relations.

    The article (text or HTML page) is read like `extract` reads it (page furniture dropped).
    Each claim is judged at --at, else at the article's own date (its published date, else the
    date of the event it reports; today when neither is known): supported, contradicted,
    "depends on ..." (e.g. counting an associate member as a member) or unknown, with an
    explanation and sources.
    """
    with _open(db) as bw:
        _doc, rows = bw.check_article(article, at)
    render.emit(rows, _fmt(fmt), [
        ("CLAIM", lambda r: r.claim.text), ("VERDICT", lambda r: r.verdict),
        ("EXPLANATION", lambda r: r.explanation), ("SOURCES", lambda r: render.sources_text(r.sources, 2))],
        title=f"Claims in {article.name} at {rows[0].at if rows else (at or 'its date')}", empty=f"No checkable claim found in {article.name}.")


@app.command()
def conflicts(
    org: Annotated[Optional[str], typer.Option(help="Only this organization (CIS, CSTO, EAEU...).")] = None,
    fmt: Fmt = "table", db: Db = None,
):
    """Article facts that disagree with the reference data or with each other.

    Checks membership status, meeting date (within 60 days) or place, office holder, and
    participation while suspended; shows both sides with their sources. Nothing is changed: both
    sides stay in the knowledge base.
    """
    with _open(db) as bw:
        rows = bw.conflicts(org)
    render.emit(rows, _fmt(fmt), [
        ("KIND", lambda r: r.kind), ("ORG", lambda r: r.org), ("DATE", lambda r: r.date), ("ABOUT", lambda r: r.about),
        ("ARTICLE SAYS", lambda r: r.article.statement), ("SOURCES", lambda r: render.sources_text(r.article.sources, 2)),
        ("OTHER SIDE", lambda r: f"{r.other.statement} [{r.against}]"),
        ("ITS SOURCES", lambda r: render.sources_text(r.other.sources, 2))],
        empty="No conflicts: every article fact agrees with the reference data and with the other articles.")


@app.command()
def diff(
    date1: Annotated[str, typer.Argument(help="Earlier date YYYY[-MM[-DD]].")],
    date2: Annotated[str, typer.Argument(help="Later date YYYY[-MM[-DD]].")],
    org: Annotated[Optional[str], typer.Argument(help="Organization; every organization if omitted.")] = None,
    fmt: Fmt = "table", db: Db = None,
):
    """What changed between two dates: memberships, office holders and chairs.

    Each change has its date and source. A change on day D is listed when DATE1 < D <= DATE2.
    """
    with _open(db) as bw:
        rows = bw.diff(date1, date2, org)
    render.emit(rows, _fmt(fmt), [
        ("DATE", lambda r: r.date), ("KIND", lambda r: r.kind), ("ORG", lambda r: r.org),
        ("WHAT", lambda r: r.subject), ("BEFORE", lambda r: r.before), ("AFTER", lambda r: r.after),
        ("SOURCES", lambda r: render.sources_text(r.sources, 2))],
        title=f"Changes between {date1} and {date2}{' in the ' + org if org else ''}",
        empty=f"Nothing recorded changed between {date1} and {date2}.")
