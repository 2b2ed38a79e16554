"""Where articles disagree with the reference data or with each other.

Nothing is overwritten: both sides are kept in the knowledge base, and this module only lists
the disagreements, each side with its sources. Four kinds are checked:

- membership: an article's status for a state at a date differs from the reference status then
  (or from another article's); "former" and "non-member" count as the same;
- meeting: the same org and body meeting on another date within 60 days, or on the same date in
  another place;
- office: an article names a holder of an office at a date when the reference data knows
  another holder of that office;
- participation: a state listed as taking part in a meeting while its membership is suspended.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from ..kb.store import KnowledgeBase, norm
from ..model import Fact, PartialDate
from .membership import SourceRef, _dedupe
from .offices import office_matches

MEETING_WINDOW_DAYS = 60
_SAME = {"former": "non-member"}  # statuses that say the same thing


@dataclass(frozen=True)
class Side:
    statement: str
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class Conflict:
    kind: str  # membership | meeting | office | participation
    org: str | None
    about: str  # the state, person or meeting concerned
    date: str | None
    article: Side  # what an article says
    other: Side  # what the reference data (or another article) says
    against: str  # "reference" | "article"


def conflicts(kb: KnowledgeBase, org: str | None = None) -> list[Conflict]:
    o = kb.resolve(org, ("org",), "organization") if org else None
    oid = o.id if o else None
    names = _Names(kb)
    out = (_memberships(kb, oid, names) + _meetings(kb, oid, names) + _offices(kb, oid, names)
           + _participation(kb, oid, names))
    return sorted(out, key=lambda c: (c.date or "", c.kind, c.about))


# --------------------------------------------------------------------------- memberships
def _memberships(kb: KnowledgeBase, oid: str | None, names: "_Names") -> list[Conflict]:
    facts = kb.find_facts("membership", object=oid)
    by_pair: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        by_pair[(f.subject, f.object)].append(f)
    covered_orgs = {f.object for f in facts if _is_ref(f)}
    out = []
    for (subj, obj), fs in by_pair.items():
        refs = [f for f in fs if _is_ref(f)]
        arts = [f for f in fs if _is_article(f)]
        for a in arts:
            day = _day(a)
            if day is None:
                continue
            ref_then = [r for r in refs if r.holds_on(day)]
            claim = Side(f"{names(subj)}: {a.value} of the {_k(obj)} ({_when(a)})", _article_sources(a))
            if ref_then:
                if all(_cls(r.value) != _cls(a.value) for r in ref_then):
                    r = ref_then[0]
                    out.append(Conflict("membership", _k(obj), names(subj), day.isoformat(), claim,
                                        Side(f"{names(subj)}: {r.value} of the {_k(obj)} ({_when(r)})",
                                             _sources(r, reference=True)), "reference"))
            elif obj in covered_orgs and _cls(a.value) != "non-member" and not _is_ref(a):
                out.append(Conflict("membership", _k(obj), names(subj), day.isoformat(), claim,
                                    Side(f"the reference data records no status of {names(subj)} in the "
                                         f"{_k(obj)} on {day.isoformat()} (read as non-member)", ()), "reference"))
        for a, b in combinations(arts, 2):
            if _overlap(a, b) and _cls(a.value) != _cls(b.value) and _doc_ids(a) != _doc_ids(b):
                out.append(Conflict("membership", _k(obj), names(subj), _iso(a.valid_from),
                                    Side(f"{names(subj)}: {a.value} of the {_k(obj)} ({_when(a)})", _article_sources(a)),
                                    Side(f"{names(subj)}: {b.value} of the {_k(obj)} ({_when(b)})", _article_sources(b)),
                                    "article"))
    return out


# --------------------------------------------------------------------------- meetings
def _meetings(kb: KnowledgeBase, oid: str | None, names: "_Names") -> list[Conflict]:
    facts = [f for f in kb.find_facts("meeting", object=oid) if f.valid_from]
    out = []
    for f in facts:  # one meeting, several places: the article and the reference disagree on where
        places = _places(f)
        if len(places) > 1 and _is_article(f, strict=False):
            first = f.attrs.get("place") or sorted(places)[0]
            others = sorted(p for p in places if norm(p) != norm(first))
            out.append(Conflict("meeting", _k(f.object), _meeting_name(f, names), f.valid_from.iso(),
                                Side(f"held in {', '.join(names.place(p) for p in others)}", _article_sources(f)),
                                Side(f"held in {names.place(first)}",
                                     _sources(f, reference=True) or _article_sources(f)),
                                "reference" if _is_ref(f) else "article"))
    by_body: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        by_body[(f.object, f.value or "")].append(f)
    for (obj, body), fs in by_body.items():
        for a, b in combinations(sorted(fs, key=lambda f: f.valid_from.start), 2):
            if not (_is_article(a) or _is_article(b)):
                continue
            if a.valid_from.precision != "day" or b.valid_from.precision != "day":
                continue
            gap = (b.valid_from.start - a.valid_from.start).days
            art, other = (a, b) if _is_article(a) else (b, a)
            if 0 < gap <= MEETING_WINDOW_DAYS:
                what = f"on {art.valid_from.iso()}"
                theirs = f"on {other.valid_from.iso()}"
            elif gap == 0 and _places(a) and _places(b) and not ({norm(p) for p in _places(a)} & {norm(p) for p in _places(b)}):
                what = f"in {', '.join(names.place(p) for p in sorted(_places(art)))}"
                theirs = f"in {', '.join(names.place(p) for p in sorted(_places(other)))}"
            else:
                continue
            out.append(Conflict("meeting", _k(obj), _meeting_name(art, names), art.valid_from.iso(),
                                Side(f"{_meeting_name(art, names)} held {what}", _article_sources(art)),
                                Side(f"{_meeting_name(other, names)} held {theirs}",
                                     _sources(other, reference=_is_ref(other))),
                                "reference" if _is_ref(other) else "article"))
    return out


def _places(f: Fact) -> set[str]:
    out = {l.entity_id.split(":", 1)[1] for l in f.links if l.role == "place"}
    if f.attrs.get("place") and norm(str(f.attrs["place"])) not in {norm(p) for p in out}:
        out.add(str(f.attrs["place"]))
    return out


def _meeting_name(f: Fact, names: "_Names") -> str:
    body = f.value or "meeting"
    return f"{_k(f.object)} {names(f'body:{_k(f.object)}/{body}', body.replace('-', ' '))}"


# --------------------------------------------------------------------------- offices
def _offices(kb: KnowledgeBase, oid: str | None, names: "_Names") -> list[Conflict]:
    facts = kb.find_facts("office", object=oid)
    refs = [f for f in facts if _is_ref(f)]
    out = []
    for a in facts:
        if not _is_article(a):
            continue
        day = _day(a)
        if day is None:
            continue
        same = [r for r in refs if r.object == a.object and office_matches(r.value or "", a.value or "")
                and office_matches(a.value or "", r.value or "") and r.holds_on(day)]
        if same and all(r.subject != a.subject for r in same):
            r = same[0]
            out.append(Conflict("office", _k(a.object), f"{a.value} of {_k(a.object)}", day.isoformat(),
                                Side(f"{names(a.subject)} {_acting(a)}{a.value} ({_when(a)})", _article_sources(a)),
                                Side(f"{names(r.subject)} {_acting(r)}{r.value} ({_when(r)})",
                                     _sources(r, reference=True)), "reference"))
    return out


# --------------------------------------------------------------------------- participation
def _participation(kb: KnowledgeBase, oid: str | None, names: "_Names") -> list[Conflict]:
    out = []
    suspended: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in kb.find_facts("membership", object=oid, value="suspended"):
        if _is_ref(f):
            suspended[(f.subject, f.object)].append(f)
    if not suspended:
        return out
    for m in kb.find_facts("meeting", object=oid):
        day = _day(m)
        if day is None:
            continue
        for l in m.links:
            if l.role != "participant_state":
                continue
            hit = [s for s in suspended.get((l.entity_id, m.object), []) if s.holds_on(day)]
            if hit:
                s = hit[0]
                out.append(Conflict("participation", _k(m.object), names(l.entity_id), day.isoformat(),
                                    Side(f"{names(l.entity_id)} listed as a participant of the {_meeting_name(m, names)} "
                                         f"on {m.valid_from.iso()}", _sources(m, reference=False) or _sources(m, True)),
                                    Side(f"{names(l.entity_id)}'s membership of the {_k(m.object)} is suspended "
                                         f"({_when(s)})", _sources(s, reference=True)), "reference"))
    return out


# --------------------------------------------------------------------------- helpers
class _Names:
    def __init__(self, kb: KnowledgeBase):
        self.kb, self.cache = kb, {}

    def __call__(self, eid: str, default: str | None = None) -> str:
        if eid not in self.cache:
            e = self.kb.entity(eid)
            self.cache[eid] = e.name if e else (default or eid.split(":", 1)[-1])
        return self.cache[eid]

    def place(self, key: str) -> str:
        return self(f"place:{key}", key)


def _is_ref(f: Fact) -> bool:
    return any(e.extractor == "reference" for e in f.evidence)


def _is_article(f: Fact, strict: bool = True) -> bool:
    """Stated by an article; strictly: by articles only (a fact the reference data also states
    is the reference's own)."""
    art = any(e.extractor != "reference" for e in f.evidence)
    return art and not (strict and _is_ref(f))


def _sources(f: Fact, reference: bool) -> tuple[SourceRef, ...]:
    return _dedupe(SourceRef.of(e) for e in f.evidence if (e.extractor == "reference") == reference)


def _article_sources(f: Fact) -> tuple[SourceRef, ...]:
    return _sources(f, reference=False)


def _doc_ids(f: Fact) -> set:
    return {e.doc_id or e.source_id for e in f.evidence if e.extractor != "reference"}


def _day(f: Fact) -> dt.date | None:
    return f.valid_from.start if f.valid_from else None


def _overlap(a: Fact, b: Fact) -> bool:
    a0, a1 = (a.valid_from.start if a.valid_from else dt.date.min), (a.valid_to.start if a.valid_to else dt.date.max)
    b0, b1 = (b.valid_from.start if b.valid_from else dt.date.min), (b.valid_to.start if b.valid_to else dt.date.max)
    return a0 < b1 and b0 < a1


def _cls(status: str | None) -> str:
    return _SAME.get(status or "", status or "")


def _k(eid: str | None) -> str:
    return eid.split(":", 1)[1] if eid else ""


def _iso(d: PartialDate | None) -> str | None:
    return d.iso() if d else None


def _when(f: Fact) -> str:
    a, b = _iso(f.valid_from), _iso(f.valid_to)
    if f.valid_from and f.valid_to and f.valid_to == f.valid_from.following():
        return f"as of {a}"
    return f"{a or '(open)'} to {b or '(open)'}"


def _acting(f: Fact) -> str:
    return "acting " if f.attrs.get("acting") else ""
