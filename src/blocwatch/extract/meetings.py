"""Meetings and summits: body, date, place, ordinal, host and participants.

Each sentence with a meeting word ("summit", "the sixth gathering", "took place") gives a draft;
drafts that can be the same event (no conflicting ordinal, date or place) merge, so "a summit in
Sochi on Monday ... the meeting ... on the sidelines of the meeting" is one meeting. Captions
that list participants add them to the meeting they name, or to the article's main meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import PartialDate
from .dates import DateMention
from .lexicon import Lexicon
from .state import DocState, Sentence

_HOSTED = re.compile(r"\bhosted\s+by\b|\bhost(?:s|ed)?\b", re.I)
_LEADERS = re.compile(r"\b(?:leaders|heads\s+of\s+state|presidents|delegations|representatives|heads)\s+of\s+", re.I)


@dataclass
class Participant:
    person_id: str
    name: str
    role: str | None
    state: str | None
    org: str | None
    start: int
    end: int


@dataclass
class MeetingDraft:
    start: int
    end: int
    sentence: Sentence
    org: str | None = None
    body: str | None = None  # body entity id
    noun: str | None = None
    date: PartialDate | None = None
    date_mention: DateMention | None = None
    place: str | None = None  # place entity id
    ordinal: int | None = None
    host: str | None = None  # person canonical name
    host_id: str | None = None
    host_state: str | None = None
    states: list[str] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    known_id: str | None = None
    confidence: float = 0.7

    def compatible(self, other: "MeetingDraft") -> bool:
        if self.org and other.org and self.org != other.org:
            return False
        if self.ordinal and other.ordinal and self.ordinal != other.ordinal:
            return False
        if self.date and other.date and not (_within(self.date, other.date) or _within(other.date, self.date)):
            return False
        if self.place and other.place and self.place != other.place:
            return False
        return True

    def absorb(self, o: "MeetingDraft") -> None:
        self.org = self.org or o.org
        self.body = self.body or o.body
        self.noun = self.noun or o.noun
        if o.date and (not self.date or _finer(o.date, self.date)):
            self.date, self.date_mention = o.date, o.date_mention
        self.date_mention = self.date_mention or o.date_mention
        self.place = self.place or o.place
        self.ordinal = self.ordinal or o.ordinal
        self.host = self.host or o.host
        self.host_id = self.host_id or o.host_id
        self.host_state = self.host_state or o.host_state
        self.states += [s for s in o.states if s not in self.states]
        self.participants += o.participants
        self.evidence += o.evidence


def _within(a: PartialDate, b: PartialDate) -> bool:
    return b.start <= a.start and a.end <= b.end


def _finer(a: PartialDate, b: PartialDate) -> bool:
    order = {"year": 0, "month": 1, "day": 2}
    return order[a.precision] > order[b.precision]


class MeetingReader:
    def __init__(self, lex: Lexicon):
        self.lex = lex

    def read(self, st: DocState) -> list[MeetingDraft]:
        drafts: list[MeetingDraft] = []
        text = st.text
        for sent in st.sentences:
            if sent.section not in ("body", "title", "caption"):
                continue
            s_text = text[sent.start:sent.end]
            for m in self.lex.meeting_re.finditer(s_text):
                d = self._draft(st, sent, sent.start + m.start(), sent.start + m.end(), m)
                if d is not None:
                    drafts.append(d)
            if _HOSTED.search(s_text) and drafts:
                self._host(st, sent, drafts[-1])
        merged = self._merge(drafts, st)
        self._captions(st, merged)
        for d in merged:
            self._leaders(st, d)
        for d in merged:
            self._resolve_date(st, d)
        return [d for d in merged if d.org]

    # ------------------------------------------------------------------ one mention
    def _draft(self, st: DocState, sent: Sentence, a: int, b: int, m: re.Match) -> MeetingDraft | None:
        text = st.text
        noun = (m.group("noun") or "").lower().rstrip("s") or None
        ms = st.in_sentence(sent, st.mentions)
        d = MeetingDraft(a, b, sent, noun=noun, evidence=[(sent.start, sent.end)])
        # the organization or body nearest to the meeting word
        orgish = [x for x in ms if x.kind in ("org", "body")]
        if orgish:
            near = min(orgish, key=lambda x: abs(x.start - a))
            if near.kind == "body":
                d.body = near.entity_id
                d.org = st.snapshot.org_of.get(near.entity_id)
            else:
                d.org = near.entity_id.split(":", 1)[1]
            bodies = [x for x in orgish if x.kind == "body" and st.snapshot.org_of.get(x.entity_id) == d.org]
            if bodies and not d.body:
                d.body = bodies[0].entity_id
        if d.org and d.org not in st.snapshot.focus_orgs:
            d.org = None
        # ordinal just before the meeting word ("the sixth gathering", "the 5th meeting")
        pre = text[max(sent.start, a - 60):a]
        ords = list(self.lex.ordinal_re.finditer(pre))
        if ords and re.fullmatch(r"[\w\s\-']*", pre[ords[-1].end():]) and len(pre[ords[-1].end():].split()) <= 6:
            d.ordinal = self.lex.ordinal_value(ords[-1])
        # date and place in the sentence
        dates = [x for x in st.dates if sent.start <= x.start and x.end <= sent.end]
        if dates:
            best = min(dates, key=lambda x: (x.start < a, abs(x.start - a)))
            d.date_mention = best
            d.date = st.date_context.resolve(best) if st.date_context else best.date
        places = [x for x in ms if x.kind == "place"]
        if places:
            d.place = min(places, key=lambda x: abs(x.start - a)).entity_id
        # "attended by the leaders of A, B and C"
        lm = _LEADERS.search(text, sent.start, sent.end)
        if lm:
            stop = re.search(r"[:;.]", text[lm.end():sent.end])
            end = lm.end() + stop.start() if stop else sent.end
            for x in ms:
                if x.kind == "state" and lm.end() <= x.start < end and x.key not in d.states:
                    d.states.append(x.key)
        if not (d.date or d.place or d.ordinal) and re.search(r"\b(?:the|this|that)\s+$", text[max(sent.start, a - 6):a], re.I) \
                and not re.match(r"\s+of\b", text[b:b + 4]):
            # "the meeting" alone is an anaphor: it names no organization of its own
            d.org = d.body = None
        return d

    def _host(self, st: DocState, sent: Sentence, d: MeetingDraft) -> None:
        text = st.text
        m = re.search(r"\bhosted\s+by\b", text[sent.start:sent.end], re.I)
        if not m:
            return
        pos = sent.start + m.end()
        people = [r for r in st.roles if r.person.start >= pos and sent.contains(r.person.start)]
        persons = [p for p in st.persons if p.start >= pos and sent.contains(p.start)]
        if persons:
            c = st.people.add(persons[0].text, persons[0].entity_id)
            d.host = st.people.name(c)
            d.host_id = st.people.person_id(c)
            role = next((r for r in people if r.person.start == persons[0].start), None)
            if role and role.of_kind == "state":
                d.host_state = role.of
        else:
            states = [x for x in st.mentions if x.start >= pos and sent.contains(x.start) and x.kind in ("state", "demonym")]
            if states:
                d.host_state = states[0].entity_id.split(":", 1)[1]
        d.evidence.append((sent.start, sent.end))

    # ------------------------------------------------------------------ merging
    def _merge(self, drafts: list[MeetingDraft], st: DocState) -> list[MeetingDraft]:
        """Each draft joins the earliest event it can be (an article is mostly about its first
        event); one with a conflicting ordinal, date, place or organization starts another."""
        events: list[MeetingDraft] = []
        for d in drafts:
            target = next((e for e in events if e.compatible(d)), None)
            if target is None:
                events.append(d)
            else:
                target.absorb(d)
        main_org = st.dominant_org()
        for e in events:
            if not e.org and (e.body or e.date or e.ordinal or e.place or e.noun == "summit" or e.participants):
                e.org = main_org
        # An event with nothing but a meeting word and no organization is no meeting.
        return [e for e in events if e.org and (e.date or e.place or e.ordinal or e.body or e.noun in ("summit", "gathering", "session", "meeting"))]

    # ------------------------------------------------------------------ leaders at a summit
    def _leaders(self, st: DocState, d: MeetingDraft) -> None:
        """At a heads-of-state meeting, the article's presidents and prime ministers of the
        taking-part states are its participants."""
        level = st.snapshot.body_level.get(d.body or "", "")
        if d.noun != "summit" and "heads-of-state" not in level and "head" not in level:
            return
        have = {p.person_id for p in d.participants}
        for r in st.roles:
            if r.of_kind != "state" or r.title.lower() not in ("president", "prime minister"):
                continue
            if d.states and r.of not in d.states:
                continue
            c = st.people.add(r.person.text, r.person.entity_id)
            pid = st.people.person_id(c)
            if pid not in have:
                have.add(pid)
                d.participants.append(Participant(pid, st.people.name(c), r.title, r.of, None,
                                                  r.person.start, r.person.end))

    # ------------------------------------------------------------------ captions
    def _captions(self, st: DocState, events: list[MeetingDraft]) -> None:
        text = st.text
        cues = self.lex.participant_cues
        for sec in st.document.sections:
            if sec.kind != "caption":
                continue
            cap = text[sec.start:sec.end]
            if not any(c in cap for c in cues):
                continue
            target = self._caption_target(st, sec.start, sec.end, events)
            if target is None:
                continue
            for r in st.roles:
                if not (sec.start <= r.person.start < sec.end):
                    continue
                c = st.people.add(r.person.text, r.person.entity_id)
                state = r.of if r.of_kind == "state" else None
                org = r.of if r.of_kind == "org" else None
                if state is None and org is None:
                    state = st.snapshot.state_of.get(st.people.person_id(c))
                target.participants.append(Participant(st.people.person_id(c), st.people.name(c), r.title,
                                                       state, org, r.person.start, r.person.end))
            target.evidence.append((sec.start, sec.end))

    def _caption_target(self, st, a, b, events) -> MeetingDraft | None:
        if not events:
            return None
        ms = [m for m in st.mentions if a <= m.start < b and m.kind in ("org", "body")]
        for m in ms:
            org = m.entity_id.split(":", 1)[1] if m.kind == "org" else st.snapshot.org_of.get(m.entity_id)
            for e in events:
                if e.org == org:
                    return e
        return events[0]

    # ------------------------------------------------------------------ dates via known meetings
    def _resolve_date(self, st: DocState, d: MeetingDraft) -> None:
        """Link to a known meeting: it confirms or supplies the date the text leaves open."""
        cands = [k for k in st.snapshot.meetings if k.org == d.org and k.date]
        if d.place:
            cands = [k for k in cands if k.place == d.place]
        if d.date:
            exact = [k for k in cands if PartialDate.parse(k.date).start >= d.date.start and PartialDate.parse(k.date).end <= d.date.end]
            if len(exact) == 1 and (d.place or d.date.precision == "day"):
                d.known_id = exact[0].id
                if d.date.precision != "day":
                    d.date = PartialDate.parse(exact[0].date)
            return
        wd = d.date_mention.weekday if d.date_mention else None
        if wd is None or not d.place:
            return
        years = set(st.date_context.years) if st.date_context else set()
        fits = []
        for k in cands:
            kd = PartialDate.parse(k.date)
            if kd.precision != "day" or kd.start.weekday() != wd:
                continue
            if years and not any(abs(kd.year - y) <= 2 for y in years):
                continue
            fits.append(k)
        if len(fits) == 1:
            d.known_id = fits[0].id
            d.date = PartialDate.parse(fits[0].date)
            d.confidence = 0.6


def known_meeting_day(d: MeetingDraft) -> dt.date | None:
    return d.date.start if d.date and d.date.precision == "day" else None
