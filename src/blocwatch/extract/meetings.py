"""Meetings and summits: body, date, place, ordinal, host and participants.

Each sentence with a meeting word ("summit", "the sixth gathering", "took place") gives a draft;
drafts that can be the same event (no conflicting ordinal, date or place) merge, so "a summit in
Sochi on Monday ... the meeting ... on the sidelines of the meeting" is one meeting. Captions
that list participants add them to the meeting they name, or to the article's main meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import PartialDate
from .dates import DateMention
from .lexicon import Lexicon
from .clauses import clause_start
from .state import DocState, Sentence

_HOST_RE = re.compile(r"\b(?:hosted|chaired|presided\s+over)\s+by\b|\b(?:chaired|presided\s+over|opened)\s+(?:the|a|this)\s+(?:\w+\s+)?(?:session|meeting|summit|talks)\b|\bthe\s+host\b|\b(?:acting|serving)\s+as\s+(?:the\s+)?host\b|\bas\s+host\b|\bhost(?:ed|s)\s+(?:the|a|this|an)\b|\bwelcomed\s+(?:the|his|her|fellow)\b", re.I)
_ELSEWHERE = re.compile(r"\bbetween\s+(?:\w+\s+and\s+)?$|\b(?:signed|founded|created|established|born|based|from|concluded|agreed)\s+(?:\w+\s+)?(?:in|at)\s+$|\bfrom\s+$", re.I)
_CAPITAL = re.compile(r"\b(?:the\s+)?(?P<dem>[A-Z][a-z]+)\s+capital\b")
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
    announced: bool = False  # "the next summit": kept only when the text gives its day

    def compatible(self, other: "MeetingDraft") -> bool:
        if self.announced != other.announced:
            return False  # "the next summit" is another event than the one reported
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
        self.announced = self.announced and o.announced
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
            found = False
            for m in self.lex.meeting_re.finditer(s_text):
                d = self._draft(st, sent, sent.start + m.start(), sent.start + m.end(), m)
                if d is not None:
                    drafts.append(d)
                    found = True
            if not found:
                # "X hosted the Council of Heads of State in Dushanbe": a summit body names the event
                for b in st.mentions:
                    if sent.start <= b.start < sent.end and b.kind == "body" and \
                            "head" in st.snapshot.body_level.get(b.entity_id, ""):
                        d = self._draft(st, sent, b.start, b.end, None)
                        if d is not None:
                            drafts.append(d)
                        break
        merged = self._merge(drafts, st)
        if merged and not merged[0].place:  # the dateline city of a report from a summit
            dl = [m for sec in st.document.sections if sec.kind == "dateline"
                  for m in st.mentions if sec.start <= m.start < sec.end and m.kind == "place"]
            if dl:
                merged[0].place = dl[0].entity_id
        self._hosts(st, merged)
        self._captions(st, merged)
        for d in merged:
            self._leaders(st, d)
        if merged and merged[0].date is None:
            self._lead_date(st, merged[0])
        for d in merged:
            self._resolve_date(st, d)
        return [d for d in merged if d.org and not (d.announced and not (d.date and d.date.precision == "day"))]

    # ------------------------------------------------------------------ one mention
    def _draft(self, st: DocState, sent: Sentence, a: int, b: int, m: re.Match) -> MeetingDraft | None:
        text = st.text
        noun = ((m.group("noun") or "").lower().rstrip("s") or None) if m is not None else None
        announced = bool(re.search(r"\b(?:next|following|upcoming|future)\s+(?:\w+\s+){0,2}$", text[max(sent.start, a - 40):a], re.I)
                         or re.search(r"\b(?:agreed|decided|plans?|planning|proposed|invited\s+\w+)\s+to\s+(?:hold|host|convene)\b[^.;]*$", text[max(sent.start, a - 60):a], re.I)
                         or re.match(r"[^.;]{0,60}\b(?:next|the\s+following)\s+(?:year|month|spring|autumn|summer|winter)\b", text[b:sent.end], re.I))
        ms = st.in_sentence(sent, st.mentions)
        d = MeetingDraft(a, b, sent, noun=noun, evidence=[(sent.start, sent.end)], announced=announced)
        # the organization or body nearest to the meeting word
        # a named organization or body; "the alliance" is too weak to make a session the alliance's
        orgish = [x for x in ms if x.kind in ("org", "body") and x.text.lower() not in self.lex.generic_orgs]
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
        succ = st.snapshot.successor.get(d.org or "")
        if succ and any(x.kind == "org" and x.key == succ for x in st.mentions):
            d.org = succ  # "the Collective Security Treaty" in an article about the CSTO
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
        # where: a city, or "the Belarusian capital"; not where something else once happened
        # ("the treaty signed in Tashkent")
        places = [(x.start, x.entity_id) for x in ms if x.kind == "place"
                  and not _ELSEWHERE.search(text[max(0, x.start - 25):x.start])]
        for cm in _CAPITAL.finditer(text, sent.start, sent.end):
            dem = next((x for x in ms if x.start == cm.start("dem") and x.kind in ("demonym", "state")), None)
            cap = dem and next((p for p, c in st.snapshot.capital_of.items() if c == dem.key), None)
            if cap:
                places.append((cm.start(), cap))
        if places:
            d.place = min(places, key=lambda x: abs(x[0] - a))[1]
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

    def _hosts(self, st: DocState, events: list[MeetingDraft]) -> None:
        """'hosted by X', 'X hosted the meeting', 'X welcomed the leaders', 'the host, President X',
        'with X acting as host': the first such sentence names the host of the event it reports."""
        text = st.text
        for sent in st.sentences:
            if sent.section not in ("body", "title", "caption"):
                continue
            m = _HOST_RE.search(text, sent.start, sent.end)
            if not m:
                continue
            target = next((e for e in events if any(a <= sent.start < b for a, b in e.evidence)), events[0] if events else None)
            if target is None or target.host:
                continue
            people = [p for p in st.persons if sent.start <= p.start < sent.end]
            after = [p for p in people if p.start >= m.end()]
            before = [p for p in people if p.end <= m.start() and p.start >= clause_start(text, sent.start, m.start())]
            if m.group(0).lower().endswith(" by") or m.group(0).lower().startswith("the host"):
                pick = after[:1]
            else:
                pick = before[-1:] or ([] if m.group(0).lower().startswith(("host", "welcomed", "chaired", "presided", "opened")) else after[:1])
            if pick:
                c = st.people.add(pick[0].text, pick[0].entity_id)
                target.host, target.host_id = st.people.name(c), st.people.person_id(c)
                role = next((r for r in st.roles if r.person.start == pick[0].start and r.of_kind == "state"), None)
                target.host_state = role.of if role else st.snapshot.state_of.get(target.host_id)
                if target.host_id not in {p.person_id for p in target.participants}:
                    target.participants.append(Participant(target.host_id, target.host, role.title if role else None,
                                                           target.host_state, None, pick[0].start, pick[0].end))
                target.evidence.append((sent.start, sent.end))

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
        if d.announced or (d.noun != "summit" and "heads-of-state" not in level and "head" not in level):
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
        """Captions and sentences that say who took part ("Participants: ...", "Taking part
        were ...", "Around the table sat ...") add the people they name."""
        text = st.text
        spans = [(s.start, s.end) for s in st.document.sections if s.kind == "caption"]
        spans += [(s.start, s.end) for s in st.sentences if s.section == "body"]
        for a, b in spans:
            if not self.lex.participant_re.search(text, a, b):
                continue
            target = self._caption_target(st, a, b, events)
            if target is None:
                continue
            have = {p.person_id for p in target.participants}
            added = False
            for p in st.persons:
                if not (a <= p.start < b):
                    continue
                r = next((r for r in st.roles if r.person.start == p.start), None)
                if r is None and not p.entity_id:
                    continue
                c = st.people.add(p.text, p.entity_id)
                pid = st.people.person_id(c)
                if pid in have:
                    continue
                state = r.of if r and r.of_kind == "state" else None
                org = r.of if r and r.of_kind == "org" else None
                if state is None and org is None:
                    state = st.snapshot.state_of.get(pid)
                target.participants.append(Participant(pid, st.people.name(c), r.title if r else None,
                                                       state, org, p.start, p.end))
                have.add(pid)
                added = True
            if added:
                target.evidence.append((a, b))

    def _caption_target(self, st, a, b, events) -> MeetingDraft | None:
        events = [e for e in events if not e.announced]
        if not events:
            return None
        ms = [m for m in st.mentions if a <= m.start < b and m.kind in ("org", "body")]
        for m in ms:
            org = m.entity_id.split(":", 1)[1] if m.kind == "org" else st.snapshot.org_of.get(m.entity_id)
            for e in events:
                if e.org == org:
                    return e
        return events[0]

    @staticmethod
    def _lead_date(st: DocState, d: MeetingDraft) -> None:
        """A report's lead says when its event happened: the first date of the first body
        sentences, when it resolves to a day."""
        body = [s for s in st.sentences if s.section == "body"][:2]
        for x in st.dates:
            if any(s.start <= x.start < s.end for s in body) and st.date_context:
                when = st.date_context.resolve(x)
                if when and when.precision == "day":
                    d.date, d.date_mention, d.confidence = when, x, 0.6
                    return
                if d.date_mention is None:
                    d.date_mention = x

    @staticmethod
    def _dateline(st: DocState, weekday_mention):
        """The day and month of a dateline ("DUSHANBE, Sept 16 -"), for an event it reports."""
        for sec in st.document.sections:
            if sec.kind != "dateline":
                continue
            for x in st.dates:
                if sec.start <= x.start < sec.end and x.month and x.day:
                    return x
        return None

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
        dm = d.date_mention
        if dm is None or (dm.month is None and dm.weekday is not None):
            dm = self._dateline(st, dm) or dm
        if dm is not None and dm.month and dm.day:
            same = [k for k in cands if PartialDate.parse(k.date).precision == "day"
                    and (PartialDate.parse(k.date).month, PartialDate.parse(k.date).day) == (dm.month, dm.day)]
            if len(same) == 1:
                d.known_id, d.date, d.confidence = same[0].id, PartialDate.parse(same[0].date), 0.6
            return
        wd = dm.weekday if dm else None
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
