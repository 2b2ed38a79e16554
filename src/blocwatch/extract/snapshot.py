"""What extraction knows of the world: a picklable, read-only snapshot of the knowledge base.

Built once per run from the knowledge base (`KnowledgeSnapshot.from_kb`) and handed to the
pipeline's components, so that components do no I/O and can run in worker processes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..kb.store import KnowledgeBase
from ..model import PartialDate

FOCUS_ORGS = ("CIS", "CSTO", "CST", "EAEU", "EURASEC", "ECU", "SCO", "GUAM", "UNION-STATE")


@dataclass(frozen=True)
class KnownMeeting:
    id: str
    org: str
    body: str
    date: str
    place: str | None  # place entity id


@dataclass
class KnowledgeSnapshot:
    #: (surface form, entity id, kind) for every name the gazetteer should find.
    names: list[tuple[str, str, str]] = field(default_factory=list)
    #: entity id -> canonical name
    canonical: dict[str, str] = field(default_factory=dict)
    #: person or place id -> state code
    state_of: dict[str, str] = field(default_factory=dict)
    #: body or office id -> org key
    org_of: dict[str, str] = field(default_factory=dict)
    #: body id -> level (heads-of-state, heads-of-government, ministers...)
    body_level: dict[str, str] = field(default_factory=dict)
    #: place id -> state code, for the capitals of states
    capital_of: dict[str, str] = field(default_factory=dict)
    #: org key -> the org that replaced it (CST -> CSTO)
    successor: dict[str, str] = field(default_factory=dict)
    #: group id -> member state codes
    group_members: dict[str, list[str]] = field(default_factory=dict)
    #: org key -> founding date (ISO) when known
    founded: dict[str, str] = field(default_factory=dict)
    meetings: list[KnownMeeting] = field(default_factory=list)
    #: (org key, state code) -> [(status, from_day, to_day)] from reference data
    memberships: dict[tuple[str, str], list[tuple[str, str, str]]] = field(default_factory=dict)
    #: person id -> [(office, of key, from_day, to_day)]
    offices: dict[str, list[tuple[str, str, str, str]]] = field(default_factory=dict)
    focus_orgs: tuple[str, ...] = FOCUS_ORGS

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> "KnowledgeSnapshot":
        snap = cls()
        for e in kb.entities():
            snap.canonical[e.id] = e.name
            if e.kind == "state":
                demonyms = set(e.attrs.get("demonyms") or [])
                for a in (e.name, *e.aliases):
                    snap.names.append((a, e.id, "demonym" if a in demonyms else "state"))
                continue
            for a in (e.name, *e.aliases):
                snap.names.append((a, e.id, e.kind))
            if e.kind == "person":
                if e.attrs.get("state"):
                    snap.state_of[e.id] = e.attrs["state"].split(":", 1)[1]
                snap.names.extend((v, e.id, "person") for v in person_variants(e.name))
            elif e.kind == "place" and e.attrs.get("state"):
                snap.state_of[e.id] = e.attrs["state"].split(":", 1)[1]
            elif e.kind in ("body", "office"):
                if e.kind == "body":
                    snap.names.extend((v, e.id, "body") for a in (e.name, *e.aliases) for v in body_variants(a))
                snap.org_of[e.id] = e.attrs["org"].split(":", 1)[1]
                if e.attrs.get("level"):
                    snap.body_level[e.id] = e.attrs["level"]
            elif e.kind == "group":
                snap.group_members[e.key] = [m.split(":", 1)[1] for m in e.attrs.get("members", [])]
            elif e.kind == "org":
                if e.attrs.get("founded"):
                    snap.founded[e.key] = str(e.attrs["founded"])
                if e.attrs.get("predecessor"):
                    snap.successor[str(e.attrs["predecessor"])] = e.key
        capitals = {e.attrs.get("capital"): e.key for e in kb.entities("state") if e.attrs.get("capital")}
        for eid, name in snap.canonical.items():
            if eid.startswith("place:") and name in capitals:
                snap.capital_of[eid] = capitals[name]
        # Only the curated reference facts: what articles said is not what extraction assumes,
        # and the snapshot stays the same size however many articles are stored.
        for f in kb.find_facts("meeting", reference_only=True):
            # the place the reference data gives (articles may have linked others to the meeting)
            place = f"place:{f.attrs['place']}" if f.attrs.get("place") else None
            snap.meetings.append(KnownMeeting(f.subject, f.object.split(":", 1)[1], f.value or "",
                                              f.valid_from.iso() if f.valid_from else "", place))
        mem: dict = defaultdict(list)
        for f in kb.find_facts("membership", reference_only=True):
            mem[(f.object.split(":", 1)[1], f.subject.split(":", 1)[1])].append(
                (f.value, _day(f.valid_from, "0001-01-01"), _day(f.valid_to, "9999-12-31")))
        snap.memberships = dict(mem)
        off: dict = defaultdict(list)
        for f in kb.find_facts("office", reference_only=True):
            off[f.subject].append((f.value or "", f.object.split(":", 1)[1], _day(f.valid_from, "0001-01-01"),
                                   _day(f.valid_to, "9999-12-31")))
        snap.offices = dict(off)
        return snap

    def status_on(self, org: str, state: str, day: dt.date) -> str | None:
        """The reference status of a state in an org on a day; None when nothing is recorded."""
        d = day.isoformat()
        for status, lo, hi in self.memberships.get((org, state), []):
            if lo <= d < hi:
                return status
        return None

    def existed(self, org: str, when: PartialDate, grace_days: int = 0) -> bool:
        """False only when the org is known to have been founded after the period (give or take
        `grace_days`: news of a union about to launch already speaks of its members)."""
        f = self.founded.get(org)
        return not f or PartialDate.parse(f).start < when.end + dt.timedelta(days=grace_days)


def person_variants(name: str) -> list[str]:
    """'Nikolai Patrushev' -> ['N. Patrushev', 'N Patrushev']: forms news uses for a known person."""
    parts = name.split()
    if len(parts) < 2:
        return []
    first, last = parts[0], parts[-1]
    return [f"{first[0]}. {last}", f"{first[0]}.{last}"]


_HEAD_OF = re.compile(r"(Council|Committee|Meeting) of ((?:[A-Z][a-z]+ )+?[A-Z][a-z]+s|Heads of (?:State|Government))$")
_HEADS_OF = re.compile(r"\bHeads of (State|Government)\b")


def body_variants(name: str) -> list[str]:
    """Other forms news writes a body's name in: the other word order ('Council of Foreign
    Ministers' -> 'Foreign Ministers Council', "Foreign Ministers' Council") and the plural of
    translated press ('Council of Heads of States'). The word order changes only where the rest
    has two words or more, so that 'Council of Ministers' does not become a 'Ministers Council'
    found inside others."""
    out = []
    m = _HEAD_OF.fullmatch(name)
    if m:
        head, rest = m.groups()
        out.append(f"{rest} {head}")
        if rest.endswith("s") and not rest.startswith("Heads of"):
            out.append(f"{rest}' {head}")
    return out + [_HEADS_OF.sub(r"Heads of \1s", n) for n in (name, *out) if _HEADS_OF.search(n)]


def _day(d: PartialDate | None, default: str) -> str:
    return d.start.isoformat() if d else default
