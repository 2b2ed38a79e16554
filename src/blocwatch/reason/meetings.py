"""Which meetings took place: body, date, place, ordinal, host, participants."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..kb.store import KnowledgeBase
from ..model import Fact, PartialDate
from .membership import SourceRef, _dedupe


@dataclass(frozen=True)
class Participant:
    name: str
    role: str | None
    state: str | None
    org: str | None


@dataclass(frozen=True)
class MeetingView:
    id: str
    org: str
    body: str
    body_name: str
    date: str | None
    place: str | None
    ordinal: int | None
    host: str | None
    host_state: str | None
    participant_states: tuple[str, ...]
    participants: tuple[Participant, ...]
    sources: tuple[SourceRef, ...]


def meetings(kb: KnowledgeBase, org: str | None = None, start: PartialDate | None = None,
             end: PartialDate | None = None, place: str | None = None,
             participant: str | None = None) -> list[MeetingView]:
    """Meetings whose date falls in [start, end] (both inclusive, at their precision)."""
    o = kb.resolve(org, ("org",), "organization") if org else None
    lo = start.start if start else dt.date.min
    hi = end.end if end else dt.date.max
    pl = kb.resolve(place, ("place",), "place") if place else None
    linked = None
    if participant:
        st = kb.resolve(participant, ("state",), "state")
        linked = ("participant_state", st.id)
    facts = kb.find_facts("meeting", object=o.id if o else None, during=(lo, hi), linked=linked)
    if start or end:  # an undated meeting cannot be said to fall in a period
        facts = [f for f in facts if f.valid_from is not None]
    if pl:
        facts = [f for f in facts if any(l.role == "place" and l.entity_id == pl.id for l in f.links)]
    names: dict[str, str] = {}

    def name(eid: str | None) -> str | None:
        if not eid:
            return None
        if eid not in names:
            e = kb.entity(eid)
            names[eid] = e.name if e else eid.split(":", 1)[1].split("/")[-1].replace("-", " ")
        return names[eid]

    return [_view(f, name) for f in facts]


def _view(f: Fact, name) -> MeetingView:
    place = next((l.entity_id for l in f.links if l.role == "place"), None)
    states = tuple(sorted(l.entity_id.split(":", 1)[1] for l in f.links if l.role == "participant_state"))
    people = tuple(Participant(l.attrs.get("name") or name(l.entity_id) or "", l.attrs.get("role"),
                               l.attrs.get("state"), l.attrs.get("org"))
                   for l in f.links if l.role == "participant")
    host = next((l.attrs.get("name") or name(l.entity_id) for l in f.links if l.role == "host"), None)
    org = f.object.split(":", 1)[1] if f.object else ""
    body = f.value or ""
    return MeetingView(f.subject, org, body, name(f"body:{org}/{body}") or body,
                       f.valid_from.iso() if f.valid_from else None, name(place) or f.attrs.get("place"),
                       f.attrs.get("ordinal"), host, f.attrs.get("host_state"), states, people,
                       _dedupe(SourceRef.of(e) for e in f.evidence))
