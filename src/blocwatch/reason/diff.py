"""What changed between two dates: memberships, office holders and chairs, each change dated
and sourced.

A change dated D counts when date1 < D <= date2 (comparing the first days of the periods), so
`diff 2010-01-01 2019-01-01` lists what changed during 2010-2018. Membership timelines come from
the reference data where it covers a state and organization, else from articles.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from ..kb.store import KnowledgeBase, norm
from ..model import Fact, PartialDate
from .charter import chair_timeline
from .membership import SourceRef, _dedupe


@dataclass(frozen=True)
class Change:
    date: str
    kind: str  # membership | office | chair
    org: str
    subject: str  # the state (membership), the office (office), "chair"
    before: str | None
    after: str | None
    sources: tuple[SourceRef, ...]
    note: str | None = None


def diff(kb: KnowledgeBase, date1: PartialDate, date2: PartialDate, org: str | None = None) -> list[Change]:
    lo, hi = date1.start, date2.start
    if hi < lo:
        lo, hi = hi, lo
    orgs = [kb.resolve(org, ("org",), "organization")] if org else kb.entities("org")
    names: dict[str, str] = {}

    def name(eid: str) -> str:
        if eid not in names:
            e = kb.entity(eid)
            names[eid] = e.name if e else eid.split(":", 1)[-1]
        return names[eid]

    out: list[Change] = []
    for o in orgs:
        out += _memberships(kb, o.id, lo, hi, name)
        out += _offices(kb, o.id, lo, hi, name)
        out += _chairs(kb, o, lo, hi)
    order = {"membership": 0, "office": 1, "chair": 2}
    return sorted(out, key=lambda c: (PartialDate.parse(c.date).start, order[c.kind], c.org, c.subject))


def _inside(d: PartialDate | None, lo: dt.date, hi: dt.date) -> bool:
    return d is not None and lo < d.start <= hi


def _is_ref(f: Fact) -> bool:
    return any(e.extractor == "reference" for e in f.evidence)


def _srcs(f: Fact) -> tuple[SourceRef, ...]:
    return _dedupe(SourceRef.of(e) for e in f.evidence)


def _memberships(kb: KnowledgeBase, oid: str, lo: dt.date, hi: dt.date, name) -> list[Change]:
    per: dict[str, list[Fact]] = defaultdict(list)
    for f in kb.find_facts("membership", object=oid):
        per[f.subject].append(f)
    key = oid.split(":", 1)[1]
    out = []
    for subj, fs in per.items():
        line = sorted([f for f in fs if _is_ref(f)] or fs, key=lambda f: f.valid_from.start if f.valid_from else dt.date.min)
        for i, f in enumerate(line):
            prev = line[i - 1] if i else None
            if _inside(f.valid_from, lo, hi):
                before = prev.value if prev and prev.valid_to and prev.valid_to.start >= f.valid_from.start else None
                if before != f.value:
                    out.append(Change(f.valid_from.iso(), "membership", key, name(subj), before or "(none)", f.value,
                                      _srcs(f), f.attrs.get("note")))
            nxt = line[i + 1] if i + 1 < len(line) else None
            if _inside(f.valid_to, lo, hi) and not (nxt and nxt.valid_from and nxt.valid_from.start <= f.valid_to.start):
                out.append(Change(f.valid_to.iso(), "membership", key, name(subj), f.value, "(none)", _srcs(f)))
    return out


def _offices(kb: KnowledgeBase, oid: str, lo: dt.date, hi: dt.date, name) -> list[Change]:
    per: dict[str, list[Fact]] = defaultdict(list)
    for f in kb.find_facts("office", object=oid):
        per[norm(f.value or "")].append(f)
    key = oid.split(":", 1)[1]
    out = []
    for fs in per.values():
        fs = sorted(fs, key=lambda f: (f.valid_from.start if f.valid_from else dt.date.min, not _is_ref(f)))
        seen: set[tuple] = set()
        for i, f in enumerate(fs):
            if not _inside(f.valid_from, lo, hi) or (f.subject, f.valid_from.iso()) in seen:
                continue
            seen.add((f.subject, f.valid_from.iso()))
            earlier = [p for p in fs[:i] if p.subject != f.subject or bool(p.attrs.get("acting")) != bool(f.attrs.get("acting"))]
            prev = earlier[-1] if earlier else None
            label = lambda x: f"{name(x.subject)}{' (acting)' if x.attrs.get('acting') else ''}"  # noqa: E731
            out.append(Change(f.valid_from.iso(), "office", key, f.value or "", label(prev) if prev else "(none)",
                              label(f), _srcs(f)))
    return out


def _chairs(kb: KnowledgeBase, org, lo: dt.date, hi: dt.date) -> list[Change]:
    if not (org.attrs.get("charter") or {}).get("chair"):
        return []
    terms = chair_timeline(kb, org)
    out = []
    for i, t in enumerate(terms):
        since = PartialDate.parse_opt(t.since)
        if _inside(since, lo, hi):
            prev = terms[i - 1].state_name if i else None
            out.append(Change(t.since, "chair", org.key, "chair", prev or "(unknown)", t.state_name, t.sources, t.basis))
    return out
