"""A meeting as read from the text, before it becomes a fact: the draft each meeting word gives,
and the rules by which drafts of one event merge."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import PartialDate
from .dates import DateMention
from .state import Sentence

@dataclass
class Participant:
    person_id: str
    name: str
    role: str | None
    state: str | None
    org: str | None
    start: int
    end: int
    implicit: bool = False  # placed for the office held, not named by the text as taking part


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
    place_weak: bool = False  # the place is no venue phrase ("Yerevan's priorities"): it yields to one
    video: bool = False  # held by video link: no venue
    text_date: PartialDate | None = None  # the date the text itself gives (before known meetings)
    signing: bool = False  # the day a treaty was signed, named in passing
    absent: set = field(default_factory=set)  # states said to have stayed away
    summit: bool = False  # some mention calls it a summit or a meeting of leaders
    anaphor: bool = False  # "the summit" alone: the event last spoken of
    phase: str | None = None  # "narrow" or "expanded": one sitting of a session held over two days
    earlier: bool = False  # "the previous session": a meeting before the one reported

    def compatible(self, other: "MeetingDraft") -> bool:
        if self.announced != other.announced or self.earlier != other.earlier:
            return False  # "the next summit", "the previous session": another event than the one reported
        if self.org and other.org and self.org != other.org:
            return False
        if self.ordinal and other.ordinal and self.ordinal != other.ordinal:
            return False
        if self.date and other.date and not (_within(self.date, other.date) or _within(other.date, self.date)) \
                and not self._sittings_of_one_session(other):
            return False
        if self.place and other.place and self.place != other.place and not (self.place_weak or other.place_weak):
            return False
        return True

    def _sittings_of_one_session(self, other: "MeetingDraft") -> bool:
        """A narrow-format sitting and the expanded session a day later are one session."""
        if not (self.phase and other.phase) or self.date.precision != "day" or other.date.precision != "day":
            return False
        if self.body and other.body and self.body != other.body:
            return False
        return abs((self.date.start - other.date.start).days) <= 1

    def absorb(self, o: "MeetingDraft") -> None:
        self.org = self.org or o.org
        self.body = self.body or o.body
        self.noun = self.noun or o.noun
        if o.date and o.phase == "expanded" and self.phase != "expanded" and o.date.precision == "day":
            # a two-day session is dated by its expanded session
            self.date, self.date_mention, self.phase = o.date, o.date_mention, "expanded"
        elif o.date and (not self.date or _finer(o.date, self.date)):
            self.date, self.date_mention = o.date, o.date_mention
        self.phase = self.phase or o.phase
        self.date_mention = self.date_mention or o.date_mention
        if not self.video and o.place and (not self.place or (self.place_weak and not o.place_weak)):
            self.place, self.place_weak = o.place, o.place_weak
        if o.video and not self.video:
            self.video, self.place, self.place_weak = True, None, False
        self.ordinal = self.ordinal or o.ordinal
        self.host = self.host or o.host
        self.host_id = self.host_id or o.host_id
        self.announced = self.announced and o.announced
        self.signing = self.signing and o.signing
        self.host_state = self.host_state or o.host_state
        self.summit = self.summit or o.summit
        self.states += [s for s in o.states if s not in self.states]
        self.participants += o.participants
        self.evidence += o.evidence


def _within(a: PartialDate, b: PartialDate) -> bool:
    return b.start <= a.start and a.end <= b.end


def _finer(a: PartialDate, b: PartialDate) -> bool:
    order = {"year": 0, "month": 1, "day": 2}
    return order[a.precision] > order[b.precision]
