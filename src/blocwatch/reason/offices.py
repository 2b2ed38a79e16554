"""Who held which office, at a date."""

from __future__ import annotations

from dataclasses import dataclass

from ..kb.store import KnowledgeBase, norm
from ..model import PartialDate
from .membership import SourceRef, _dedupe, _iso


@dataclass(frozen=True)
class Holder:
    person: str
    name: str
    office: str
    of: str
    acting: bool
    since: str | None
    until: str | None
    sources: tuple[SourceRef, ...]


def office_matches(value: str, wanted: str) -> bool:
    """'Secretary-General' matches 'secretary general'; a wanted word sequence must appear whole."""
    v, w = f" {norm(value)} ", f" {norm(wanted)} "
    return w == v or w in v


def holders(kb: KnowledgeBase, of: str, at: PartialDate, office: str | None = None) -> list[Holder]:
    ent = kb.resolve(of, ("org", "state"), "organization or state")
    people = {}
    out = []
    for f in kb.find_facts("office", object=ent.id, during=(at.start, at.end)):
        if office and not office_matches(f.value or "", office):
            continue
        if f.subject not in people:
            p = kb.entity(f.subject)
            people[f.subject] = p.name if p else f.subject.split(":", 1)[1]
        out.append(Holder(f.subject.split(":", 1)[1], people[f.subject], f.value or "", ent.key,
                          bool(f.attrs.get("acting")), _iso(f.valid_from), _iso(f.valid_to),
                          _dedupe(SourceRef.of(e) for e in f.evidence)))
    return _merge(out)


def _merge(rows: list[Holder]) -> list[Holder]:
    """One row per person, office and acting flag: reference and article facts about the same
    tenure are shown together, the reference interval first."""
    merged: dict[tuple, Holder] = {}
    for h in rows:
        k = (h.person, norm(h.office), h.acting)
        if k not in merged:
            merged[k] = h
            continue
        m = merged[k]
        ref_first = any(s.kind == "reference" for s in m.sources)
        merged[k] = Holder(m.person, m.name, m.office, m.of, m.acting,
                           m.since if ref_first else h.since, m.until if ref_first else h.until,
                           _dedupe(m.sources + h.sources))
    return list(merged.values())
