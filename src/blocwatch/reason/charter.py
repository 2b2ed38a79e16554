"""Charter rules as data, and who chaired an organization at a date.

The rules come from `data/charters.yaml` (stored on the org entity as `attrs["charter"]`). The
chair is answered from recorded chairmanships first (reference data and articles); failing
that, it is derived from the rule and the recorded sessions of the org's heads-of-state body
(CSTO: the head of the state hosting the regular session chairs until the next one); a
projection of the next holder is given only where the data states a rotation order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..kb.store import KnowledgeBase
from ..model import Entity, Fact, PartialDate
from .membership import SourceRef, _dedupe

HOST_RULE = "host-of-regular-session"
ROTATION_RULES = ("rotation-russian-alphabetical",)
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Rule:
    """One charter rule: its name, our summary of it, and the cited sources."""

    name: str
    summary: str | None
    sources: tuple[SourceRef, ...] = ()
    details: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def known(self) -> bool:
        return bool(self.name) and self.name != UNKNOWN


@dataclass(frozen=True)
class Charter:
    org: str
    org_name: str
    chair: Rule
    decisions: Rule
    accession: Rule
    observers: Rule
    suspended: Rule


@dataclass(frozen=True)
class ChairTerm:
    """One state's tenure in the chair, recorded or derived."""

    state: str
    state_name: str
    since: str | None
    until: str | None
    basis: str
    recorded: bool
    sources: tuple[SourceRef, ...] = ()


@dataclass(frozen=True)
class ChairAnswer:
    """Who chaired (or, with `projected`, will chair) an organization, and why we think so."""

    org: str
    at: str
    state: str  # ISO code, or "unknown"
    state_name: str | None
    since: str | None
    until: str | None
    basis: str
    rule: str | None
    projected: bool = False
    sources: tuple[SourceRef, ...] = ()
    caveat: str | None = None


def charter(kb: KnowledgeBase, org: str | Entity) -> Charter:
    ent = org if isinstance(org, Entity) else kb.resolve(org, ("org",), "organization")
    data = ent.attrs.get("charter") or {}

    def rule(section: str) -> Rule:
        d = data.get(section) or {}
        ids = [d["source"]] if d.get("source") else []
        ids += list(d.get("also") or [])
        return Rule(d.get("rule") or UNKNOWN, d.get("summary"), _ref_sources(kb, ids), dict(d))

    return Charter(ent.key, ent.name, rule("chair"), rule("decisions"), rule("accession"),
                   rule("observers"), rule("suspended"))


def _ref_sources(kb: KnowledgeBase, ids: list[str]) -> tuple[SourceRef, ...]:
    out = []
    for sid in ids:
        s = kb.source(sid if sid.startswith("ref:") else "ref:" + sid)
        out.append(SourceRef(title=s.title, url=s.url) if s else SourceRef(title=sid))
    return _dedupe(out)


# --------------------------------------------------------------------------- timeline
def chair_timeline(kb: KnowledgeBase, org: str | Entity) -> list[ChairTerm]:
    """Every known tenure in the chair, oldest first: recorded ones, then derived from sessions
    where the rule allows and no recorded tenure covers the time."""
    ent = org if isinstance(org, Entity) else kb.resolve(org, ("org",), "organization")
    ch = charter(kb, ent)
    derived = _derived_terms(kb, ent, ch) if ch.chair.name == HOST_RULE else []
    recorded = _recorded_terms(kb, ent, [(_d(t.since), f"state:{t.state}") for t in derived])
    kept = [t for t in derived if not any(_overlap(t, r) for r in recorded)]
    return sorted(recorded + kept, key=lambda t: _d(t.since) or dt.date.min)


def _recorded_terms(kb: KnowledgeBase, ent: Entity, other_starts: list[tuple[dt.date, str]]) -> list[ChairTerm]:
    facts = kb.find_facts("chairmanship", object=ent.id)
    # Reference facts first, so that an article's open-ended "took over" is cut by the next
    # tenure the reference data knows rather than running forever.
    facts.sort(key=lambda f: (f.valid_from.start if f.valid_from else dt.date.min, not _is_ref(f)))
    names: dict[str, str] = {}
    merged: dict[tuple, ChairTerm] = {}
    # An open-ended tenure ends where the next known one (recorded or derived) of another state begins.
    starts = sorted({(f.valid_from.start, f.subject) for f in facts if f.valid_from} | set(other_starts))
    for f in facts:
        since = f.valid_from
        until = f.valid_to
        if until is None and since is not None:
            nxt = [d for d, s in starts if d > since.start and s != f.subject]
            until_iso = nxt[0].isoformat() if nxt else None
        else:
            until_iso = until.iso() if until else None
        code = f.subject.split(":", 1)[1]
        key = (code, since.iso() if since else None)
        srcs = _dedupe(SourceRef.of(e) for e in f.evidence)
        if key in merged:
            m = merged[key]
            merged[key] = ChairTerm(m.state, m.state_name, m.since, m.until or until_iso, m.basis, True,
                                    _dedupe(m.sources + srcs))
            continue
        merged[key] = ChairTerm(code, _name(kb, f.subject, names), since.iso() if since else None, until_iso,
                                "recorded chairmanship", True, srcs)
    return list(merged.values())


def heads_of_state_body(kb: KnowledgeBase, ent: Entity) -> Entity | None:
    bodies = [b for b in kb.entities("body") if b.attrs.get("org") == ent.id]
    return next((b for b in bodies if b.attrs.get("level") == "heads-of-state"), None)


def regular_sessions(kb: KnowledgeBase, ent: Entity) -> list[Fact]:
    """Sessions of the org's heads-of-state body, oldest first; extraordinary ones left out,
    since the rule passes the chair at regular sessions only."""
    body = heads_of_state_body(kb, ent)
    if body is None:
        return []
    value = body.id.split("/", 1)[1]
    out = []
    for f in kb.find_facts("meeting", object=ent.id, value=value):
        note = f"{f.attrs.get('note') or ''} {f.attrs.get('kind') or ''}".lower()
        if f.attrs.get("extraordinary") or "extraordinary" in note or "informal" in note:
            continue
        if f.valid_from is None or f.valid_from.precision != "day":
            continue  # a session known only to the month cannot fix the day the chair passed
        out.append(f)
    # One session per day: several articles may report the same summit.
    by_day: dict[dt.date, Fact] = {}
    for f in sorted(out, key=lambda f: (f.valid_from.start, not _is_ref(f))):
        by_day.setdefault(f.valid_from.start, f)
    return [by_day[d] for d in sorted(by_day)]


def session_host(kb: KnowledgeBase, f: Fact) -> str | None:
    """The hosting state of a session: recorded host, else the state its place lies in."""
    host = f.attrs.get("host_state") or next(
        (l.entity_id.split(":", 1)[1] for l in f.links if l.role == "host_state"), None)
    if host:
        return host.split(":", 1)[-1]
    place = next((l.entity_id for l in f.links if l.role == "place"), None)
    if place:
        p = kb.entity(place)
        if p and p.attrs.get("state"):
            return p.attrs["state"].split(":", 1)[1]
    return None


def _derived_terms(kb: KnowledgeBase, ent: Entity, ch: Charter) -> list[ChairTerm]:
    sessions = regular_sessions(kb, ent)
    names: dict[str, str] = {}
    out = []
    for i, f in enumerate(sessions):
        host = session_host(kb, f)
        if not host:
            continue
        nxt = sessions[i + 1].valid_from.iso() if i + 1 < len(sessions) else None
        place = _place_name(kb, f)
        basis = (f"derived from the session held in {place} on {f.valid_from.iso()} under rule "
                 f"{ch.chair.name}" if place else
                 f"derived from the session held on {f.valid_from.iso()} under rule {ch.chair.name}")
        out.append(ChairTerm(host, _name(kb, f"state:{host}", names), f.valid_from.iso(), nxt, basis, False,
                             _dedupe([*(SourceRef.of(e) for e in f.evidence), *ch.chair.sources])))
    return out


# --------------------------------------------------------------------------- answers
def chair(kb: KnowledgeBase, org: str, at: PartialDate, next: bool = False) -> ChairAnswer:  # noqa: A002
    ent = kb.resolve(org, ("org",), "organization")
    ch = charter(kb, ent)
    terms = chair_timeline(kb, ent)
    current = _term_at(terms, at)
    if next:
        return _project(kb, ent, ch, terms, current, at)
    if current is None:
        return ChairAnswer(ent.key, at.iso(), UNKNOWN, None, None, None, _why_unknown(ch, terms, at),
                           ch.chair.name, sources=ch.chair.sources)
    caveat = None
    if not current.recorded and ch.chair.summary and "decides otherwise" in ch.chair.summary:
        caveat = "the rule applies unless the Council decides otherwise; no decision is recorded"
    return ChairAnswer(ent.key, at.iso(), current.state, current.state_name, current.since, current.until,
                       current.basis, ch.chair.name, False, current.sources, caveat)


def _term_at(terms: list[ChairTerm], at: PartialDate) -> ChairTerm | None:
    """The tenure in force on the first day of `at` (or, failing that, any that starts within it)."""
    holding = [t for t in terms if _holds(t, at.start)]
    if holding:
        return sorted(holding, key=lambda t: (not t.recorded, -(_d(t.since) or dt.date.min).toordinal()))[0]
    inside = [t for t in terms if t.since and at.start <= _d(t.since) < at.end]
    return inside[0] if inside else None


def _project(kb: KnowledgeBase, ent: Entity, ch: Charter, terms: list[ChairTerm],
             current: ChairTerm | None, at: PartialDate) -> ChairAnswer:
    order = list(ch.chair.details.get("rotation_order") or [])
    def unknown(reason: str) -> ChairAnswer:
        return ChairAnswer(ent.key, at.iso(), UNKNOWN, None, current.until if current else None, None,
                           reason, ch.chair.name, True, ch.chair.sources)

    later = [t for t in terms if t.since and _d(t.since) > at.start and t.recorded]
    if later:  # the next holder is already on record
        t = later[0]
        return ChairAnswer(ent.key, at.iso(), t.state, t.state_name, t.since, t.until,
                           f"recorded chairmanship (the next one on record after {at.iso()})",
                           ch.chair.name, True, t.sources)
    if not ch.chair.known:
        return unknown(f"no chair rule of the {ent.key} is recorded in the charter data")
    if not order:
        why = f"the {ent.key} chair rule ({ch.chair.name}) gives no rotation order in the charter data"
        if ch.chair.name == HOST_RULE:
            why += ("; the chair passes to the head of the state hosting the next regular session, "
                    "which the Council decides (and it may decide otherwise)")
        return unknown(why)
    if current is None:
        return unknown(f"the current {ent.key} chair at {at.iso()} is not known, so the rotation "
                       f"order ({' > '.join(order)}) has no starting point")
    if current.state not in order:
        return unknown(f"the current chair {current.state} is not in the rotation order "
                       f"({' > '.join(order)})")
    names: dict[str, str] = {}
    i = order.index(current.state)
    nxt = order[(i + 1) % len(order)]
    term = ch.chair.details.get("term")
    basis = (f"projected under rule {ch.chair.name}: after {current.state} (chair since "
             f"{current.since or 'unknown'}, {current.basis}) comes {nxt} in the order "
             f"{' > '.join(order)}" + (f"; term {term}" if term else ""))
    caveat = None
    if ch.chair.summary and ("set aside" in ch.chair.summary or "otherwise" in ch.chair.summary):
        caveat = "the charter data notes that practice has departed from the rule; the projection may not hold"
    return ChairAnswer(ent.key, at.iso(), nxt, _name(kb, f"state:{nxt}", names), current.until, None, basis,
                       ch.chair.name, True, _dedupe(current.sources + ch.chair.sources), caveat)


def _why_unknown(ch: Charter, terms: list[ChairTerm], at: PartialDate) -> str:
    if not terms:
        if ch.chair.name == HOST_RULE:
            return (f"no chairmanship of the {ch.org} and no session of its heads-of-state body is "
                    f"recorded, so rule {ch.chair.name} cannot be applied")
        return f"no chairmanship of the {ch.org} is recorded (rule: {ch.chair.name})"
    first = min((_d(t.since) for t in terms if t.since), default=None)
    if first and at.start < first:
        return f"the earliest known {ch.org} chair starts on {first.isoformat()}, after {at.iso()}"
    return f"no recorded or derivable {ch.org} chair covers {at.iso()}"


# --------------------------------------------------------------------------- helpers
def _is_ref(f: Fact) -> bool:
    return any(e.extractor == "reference" for e in f.evidence)


def _name(kb: KnowledgeBase, eid: str, cache: dict[str, str]) -> str:
    if eid not in cache:
        e = kb.entity(eid)
        cache[eid] = e.name if e else eid.split(":", 1)[1]
    return cache[eid]


def _place_name(kb: KnowledgeBase, f: Fact) -> str | None:
    place = next((l.entity_id for l in f.links if l.role == "place"), None)
    if place:
        p = kb.entity(place)
        if p:
            return p.name
    return f.attrs.get("place")


def _d(iso: str | None) -> dt.date | None:
    return PartialDate.parse(iso).start if iso else None


def _holds(t: ChairTerm, day: dt.date) -> bool:
    lo = _d(t.since) or dt.date.min
    hi = _d(t.until) or dt.date.max
    return lo <= day < hi


def _overlap(a: ChairTerm, b: ChairTerm) -> bool:
    a0, a1 = _d(a.since) or dt.date.min, _d(a.until) or dt.date.max
    b0, b1 = _d(b.since) or dt.date.min, _d(b.until) or dt.date.max
    return a0 < b1 and b0 < a1
