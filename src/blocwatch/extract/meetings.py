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
from .dates import DateContext, DateMention, candidate_years
from .persons import fold, name_candidates, same_person
from .lexicon import Lexicon
from .clauses import clause_start, subject_state
from .state import DocState, Sentence

# hospitality ("hosted", "welcomed his guests", "received the heads") names the host before chairing does
_HOSPITALITY = re.compile(r"\bhosted\s+by\b|\bat\s+the\s+(?:\w+\s+)?invitation\s+of\b|['’]s\s+(?:personal\s+|own\s+)?invitation\b|\bthe\s+host\b|\b(?:acting|serving)\s+as\s+(?:the\s+)?host\b|\bas\s+host\b|"
                          r"\bhost(?:ed|s)\s+(?:the|a|this|an|it|them)\b|\bhosted\s+(?:in|at)\b|"
                          r"\b(?:welcomed|received|greeted)\s+(?:the|his|her|their|fellow)\s+(?:\w+\s+){0,2}?"
                          r"(?:heads|leaders|guests|counterparts|colleagues|presidents|delegations|participants|partners)\b|"
                          # "met the guests at the entrance", "Welcoming the participants, the minister said ..."
                          r"\bmet\s+(?:the|his|her|their)\s+(?:guests|participants|delegations)\b|"
                          r"\bwelcoming\s+(?:the|his|her|their)\s+(?:guests|participants|delegations|colleagues)\b", re.I)
# "ran the session from his residence", "led the video summit": the chair of a meeting
_RAN = re.compile(r"\b(?:ran|led|conducted)\s+(?:the|a|this)\s+(?:\w+\s+)?(?:session|meeting|summit|talks)\b", re.I)
_HOST_RE = re.compile(r"\bwith\s+(?=(?:[A-Z][\w'’-]+\s+){1,3}(?:presiding|chairing|in\s+the\s+chair)\b)|\b(?:hosted|chaired|presided\s+over|opened)\s+(?:from\s+[A-Z][\w-]+\s+)?by\b|\bunder\s+the\s+(?:chairing|chairmanship|chairship|chair|presidency)\s+of\b|(?<!had\s)\b(?:chaired|presided\s+over|opened)\s+(?:(?:today|yesterday|both|on\s+\w+day|in\s+[A-Z][\w-]+)\s+){0,3}(?:the|a|this)\s+(?:[\w-]+\s+){0,4}?(?:session|meeting|summit|talks|council|gathering|sitting)s?\b|\bthe\s+host\b|\b(?:acting|serving)\s+as\s+(?:the\s+)?host\b|\bas\s+host\b|\bhost(?:ed|s)\s+(?:the|a|this|an)\b|\bwelcomed\s+(?:the|his|her|fellow)\b", re.I)
_ELSEWHERE = re.compile(r"\bbetween\s+(?:\w+\s+and\s+)?$|\b(?:signed|founded|created|established|born|based|from|concluded|agreed)\s+(?:\w+\s+)?(?:in|at)\s+$|\bfrom\s+$"
                        # a capital standing for its government ("closer ties with Moscow") is no venue
                        r"|\b(?:with|toward|towards|against|than)\s+$", re.I)
# where a place reads as the venue: "in Minsk", "at the Kazan summit", "Bishkek will host"
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|to)\s+(?:the\s+)?$", re.I)
_VENUE_AFTER = re.compile(r"\s*(?:['’]s\s+)?(?:summit|session|meeting|gathering|talks|conference|sitting)\b|\s+(?:will\s+|is\s+to\s+)?host", re.I)
# landmarks that name their city as a venue ("met in the Kremlin")
_LANDMARKS = {"kremlin": "place:moscow"}
_LANDMARK_RE = re.compile(r"\b(?:in|at|to)\s+the\s+(?P<lm>Kremlin)\b")
# a date of something else the sentence names: "the treaty signed in Tashkent in 1992", "since 2003"
_DATE_ELSEWHERE = re.compile(r"\b(?:signed|founded|created|established|set\s+up|formed|concluded|ratified|took\s+office|"
                             r"came\s+into\s+(?:force|existence))\s+(?:in\s+[A-Z][\w\s-]{0,25}?\s+)?(?:in|on)\s+$|\b(?:since|from|until|till|through|starting|as\s+of)\s+$"
                             # "the chairmanship for 2019", "a programme for 2019-2023": a period of something else
                             r"|\bfor\s+$"
                             # "due to start functioning on 1 January", "enters into force in May", "sign by 15 June": a start or a deadline
                             r"|\b(?:start(?:s|ed)?|begin(?:s)?|began)\s+(?:functioning|operating|operations|work(?:ing)?)\s+(?:on|in|from)\s+$"
                             r"|\b(?:enter(?:s|ed)?\s+into\s+force|take(?:s)?\s+effect|took\s+effect|into\s+force)\s+(?:on|in|from)\s+$|\bby\s+$"
                             # "since his election in April", "appointed in May": a date of a person's career
                             r"|\b(?:election|elected|inauguration|inaugurated|appointed|appointment|born)\s+(?:in|on)\s+$"
                             # "the statements of 9 November 2020", "the agreement of 8 December": the date of a document
                             r"|\b(?:statements?|agreements?|treaty|treaties|declarations?|accords?|memorand(?:um|a|ums)|protocols?)\s+of\s+(?:[\w,]+\s+){0,4}?(?:and\s+)?$", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|stated|declared|announced|complained|warned)\s+$", re.I)
# a meeting held by video has no venue
_VIDEO = re.compile(r"\b(?:by|via|over)\s+(?:a\s+)?video\b|\bvideo\s*(?:-\s*)?(?:conference|link|summit|session|meeting|format)\b|"
                    r"\bvideoconference\b|\b(?:held|met|convened|took\s+place|went)\s+(?:online|virtually)\b|"
                    r"\b(?:online|virtual)\s+(?:summit|session|meeting|format)\b", re.I)
# "no meeting", "has not attended a single summit": a meeting word that reports no meeting
_NEGATED = re.compile(r"(?:\bno|\bnot\s+(?:\w+\s+){0,3}(?:a\s+single|any)|\bnever\s+(?:\w+\s+){0,3}(?:a|any))\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# "a meeting with journalists": a press or public event, not a session of a body
_PUBLIC = re.compile(r"\s+with\s+(?:\w+\s+){0,2}(?:journalists|reporters|the\s+press|students|the\s+public|members\s+of\s+the\s+public|"
                     r"voters|residents|supporters|businessmen|business\s+leaders|activists)\b", re.I)
# "the second such gathering in a row", "the second meeting of the year": no ordinal of the series
_NOT_SERIES = re.compile(r"[^.;]{0,12}?\b(?:in\s+a\s+row|of\s+the\s+year|this\s+year|running)\b"
                         # "the first meeting face-to-face after the pandemic", "his first summit as prime minister"
                         r"|[^.;]{0,40}?\b(?:face[\s-]to[\s-]face|in\s+person|since|after|in\s+(?:\w+\s+)?(?:years|months)|"
                         r"as\s+(?:head|president|prime|premier|leader|chairman|(?:\w+\s+)?minister))\b", re.I)
# "the annual meeting, the eleventh of its kind, was ...": the number in an apposition
_ORD_APPOSED = re.compile(r",\s+the\s+(?P<ord>[\w-]+)\s+(?:of\s+its\s+kind|in\s+the\s+series|such\s+(?:meeting|session|summit|gathering))\s*[,.;]", re.I)
# "the member states wrapped up their second summit": a group of states counts its own meetings
_COLLECTIVE = re.compile(r"\b(?:states|countries|members|nations|republics|organi[sz]ation|bloc|alliance|union|commonwealth)\b", re.I)
# "first met in a closed session": an adverb, not the number of the meeting (a verb or a
# preposition stands between the ordinal and the meeting word)
_ORD_ADVERB = re.compile(r"\b(?:in|at|on|a|an|the|to|of|with|by|for|met|meet|meets|held|gathered|convened)\b", re.I)
# "his first summit", "for whom it is the first summit": a person's first, not the series' number
_PERSONAL_ORD = re.compile(r"\b(?:his|her|their|my|whom\s+it\s+(?:is|was)(?:\s+the)?)\s+$", re.I)
# "Later on Friday, the leaders moved to ...": a second meeting the same day, at the same venue
_LATER_SAME_DAY = re.compile(r"\b(?:later|afterwards|then)\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                             r"that\s+day|the\s+same\s+day|in\s+the\s+day)\b|\b(?:on\s+)?the\s+same\s+day\b", re.I)
# the two sittings of a session: "the narrow-format sitting", "a meeting in narrow circle", "the expanded session"
_PHASE_WORDS = r"(?P<phase>narrow|restricted|limited|expanded|enlarged|extended|plenary)"
_PHASE_BEFORE = re.compile(_PHASE_WORDS + r"(?:[\s-](?:format|circle|composition))?\s+$", re.I)
_PHASE_AFTER = re.compile(r"\s+in\s+(?:a\s+|an\s+|the\s+)?" + _PHASE_WORDS + r"[\s-](?:format|circle|composition)\b", re.I)
_PHASE_SUBJECT = re.compile(_PHASE_WORDS + r"(?:[\s-](?:format|circle|composition))?\s+(?:session|sitting|meeting)\b", re.I)
# talks of two leaders apart from the session: who takes part in them is not placed at it
_BILATERAL = re.compile(r"\b(?:bilateral|one-(?:to|on)-one|tete-a-tete|tête-à-tête)\b", re.I)
# ", who is ...,": a relative clause that names someone in passing
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;.]*,")
_REPRESENTED_BY = re.compile(r"\s+(?:(?:was|were|is|will\s+be)\s+)?(?:represented\s+)?by\s+[^;.]{0,90}$")
# "preceded the summit", "on the eve of the session", "ahead of the meeting": another event, told from this one
_BESIDE = re.compile(r"\b(?:preceded|precedes|followed|ahead\s+of|before|after|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)\s+(?:the|this|that)\s+$", re.I)
# a Russian-style patronymic ("Grigoryevich", "Abishevich", "Nikolaevna"): part of a full name, not a first name or surname
_PASSIVE_BESIDE = re.compile(r"\s+(?:was|were|is|will\s+be)\s+(?:preceded|followed)\b", re.I)
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna)")
# "under the chairmanship of the President of X, Chairman of the Council A B": a long title before the chair's name
_TITLE_FIRST = re.compile(r"\s*(?:the\s+)?(?:President|Prime\s+Minister|Premier|Chairman|Chairwoman|Head|Secretary)\b")
_CAP_WORD = re.compile(r"\b[A-Z][a-z\u00C0-\u024F'’\-]{3,}\b")
_VAGUE_DATES = ("month", "month_rel", "month_that", "offset")
# events that "take place" or "are held" without being a meeting of a body
_OTHER_EVENT = re.compile(r"\b(?:drills?|exercises?|manoeuvres|maneuvers|elections?|vote|referendum|parade|ceremony|festival|"
                          r"games|tournament|match|concert|exhibition|fair|trial|hearing|rally|protests?|census|launch)\b", re.I)
# "former prime minister": no office held now
_FORMER = re.compile(r"\b(?:former|ex-|onetime|one-time|late)\s*$", re.I)
# someone or some state that stayed away from the meeting
_ABSENT = re.compile(r"\b(?:stay(?:s|ed|ing)?\s+(?:away|at\s+home|home)|skip(?:s|ped)|boycott(?:s|ed|ing)|(?:was|were)\s+absent|['’]s\s+absence|"
                     # any tense of "not attend": "did not attend", "has not attended", "hasn't come"
                     r"(?:did|does|do|has|have|had|will)\s+not\s+(?:attend|come|travel|take\s+part)|(?:didn|won|hasn|haven|hadn)['’]t\s+(?:attend|come)|"
                     r"declined\s+to\s+(?:attend|come|take\s+part)|pulled\s+out(?!\s+(?:of|its|his|her|their)\b)|"
                     r"pulled\s+(?:his|her|its|their)\s+delegation\s+out|(?:was|were)\s+not\s+represented|"
                     # "cancelled his trip", "called off her visit"; "sent a recorded address" (no one came)
                     r"(?:cancell?ed|called\s+off)\s+(?:his|her|their|its)\s+(?:trip|visit|attendance|participation)|"
                     r"sent\s+(?:a\s+)?(?:recorded\s+|pre-?recorded\s+|written\s+)?(?:video\s+)?(?:address|message|greeting)|"
                     r"represented\s+not\s+by|sent\s+no\b|"
                     # "is not attending", "was not among them", "would not take part"
                     r"(?:is|are|was|were|would|will)\s+not\s+(?:attending|taking\s+part|among\b|present\b|attend\b|take\s+part)|"
                     r"decided\s+not\s+to\s+(?:attend|come|travel|take\s+part))", re.I)
_SENT_INSTEAD = re.compile(r"[^.;]{0,30}?\b(?:and|but|instead)\s+(?:sent|dispatched)\s+(?:a|an|his|her|its|their)\s+(?!(?:recorded|video|written|message|address|greeting))", re.I)
# "met without their Armenian colleague": the state of that colleague stayed away
_WITHOUT = re.compile(r"\bwithout\s+(?:their|its|his|her|the)\s+(?P<dem>[A-Z][\w-]+)\s+(?:colleagues?|counterparts?|delegation|partners?)\b")
# the organization's own officials who report to, address or attend its meeting
_OFFICIAL_AT = re.compile(r"\b(?:reported\s+on|presented|addressed\s+the|briefed\s+the\s+(?:leaders|heads|presidents|ministers|council|session|summit|meeting)|"
                          r"(?:also\s+)?(?:attended|joined|took\s+part)|(?:was|were)\s+(?:also\s+)?present|"
                          r"told\s+(?:reporters|journalists)|sat\s+in|"
                          # "informed on the work of the bodies", "said after the talks"
                          r"informed\s+(?:on|about)|said\s+(?:after|during|at)\s+the\s+(?:talks|meeting|summit|session))\b", re.I)
_SUCCESSION = re.compile(r"\b(?:will|to)\s+(?:take\s+over|take\s+office|succeed|replace)|\breplacing\b|\bsuccessor\b|"
                         r"\b(?:appointed|nominated|named|endorsed|approved|elected|put\s+forward)\b", re.I)
# words that end a place or building, not a person's name
_NOT_PERSON_WORD = re.compile(r"\b(?:Square|Palace|Hall|Centre|Center|Street|Library|Residence|Complex|Hotel|House|"
                              r"Region|Park|Avenue|Airport|Museum|Theatre|Theater|Arena|Stadium|Club|Bank)\b")
# "differences between Russia and the GUAM states", "a memorandum with the SCO": the other party, not the meeting's body
_ORG_ELSEWHERE = re.compile(r"\b(?:between\s+(?:[\w'’-]+\s+){1,3}and|with|against|than)\s+(?:the\s+)?$", re.I)
_LEADERS_BEFORE = re.compile(r"\b(?:leaders|heads\s+of\s+state|presidents)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# a sentence whose subject is the leaders ("Leaders of X gathered ...", "The heads of state met ...")
_LEADERS_SUBJECT = re.compile(r"\s*(?:The\s+)?(?:[A-Z][\w-]*\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers)\b(?![^,;]*\b(?:minist|deput|envoy|official|adviser)\w*)", re.I)
_CAPITAL = re.compile(r"\b(?:the\s+)?(?P<dem>[A-Z][a-z]+)\s+capital\b")
# "the Uzbek delegation", "Belarus's delegation": a state's group of people, not one person
_GROUP_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:delegation|delegates|officials|representatives|side|team)\b", re.I)
# "the Uzbek delegation", "the Kyrgyz, Tajik and Uzbek delegations": each state of the list sent one
_DELEGATION_CUE = re.compile(r"\b(?-i:[A-Z][\w-]+)(?:['’]s)?\s+delegation\b(?!\s+(?:will|would|is\s+to|plans?))")
# "Moldova, the fourth member, was represented by ...": an apposition may stand between
_DELEGATION = re.compile(r"(?:\s*,\s*(?:and\s+)?[A-Z][\w-]+|\s+and\s+[A-Z][\w-]+){0,6}(?:['’]s)?\s+delegations?\b|(?:,\s+[^,.;]{1,30},)?\s+(?:took\s+part|participated|was\s+represented|attended)\b", re.I)
# "leaders of A, B and C", "delegations from A and B", "the speakers of the parliaments of A and B"
_LEADERS = re.compile(r"\b(?:leaders|heads\s+of\s+state|presidents|delegations|representatives|heads|speakers|ministers)\s+"
                      r"(?:of\s+(?:the\s+)?(?:parliaments|legislatures|security\s+councils|governments)\s+)?(?:of|from)\s+", re.I)


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
    place_weak: bool = False  # the place is no venue phrase ("Yerevan's priorities"): it yields to one
    video: bool = False  # held by video link: no venue
    text_date: PartialDate | None = None  # the date the text itself gives (before known meetings)
    signing: bool = False  # the day a treaty was signed, named in passing
    absent: set = field(default_factory=set)  # states said to have stayed away
    summit: bool = False  # some mention calls it a summit or a meeting of leaders
    anaphor: bool = False  # "the summit" alone: the event last spoken of
    phase: str | None = None  # "narrow" or "expanded": one sitting of a session held over two days

    def compatible(self, other: "MeetingDraft") -> bool:
        if self.announced != other.announced:
            return False  # "the next summit" is another event than the one reported
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


# verb phrases the lexicon's fixed list misses: "met on Friday in Burabay", "met yesterday at the
# Kremlin", "has been held" (perfect passive of translated readouts)
_MORE_VERBS = (r"met\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)"
               r"\s+(?:in|at)|ha(?:s|ve|d)\s+been\s+held"
               # any form of "meet in/at" ("are due to meet in Astana", "leaders meet at the Kremlin")
               r"|meets?\s+(?:again\s+)?(?:in|at)")

_MEETING_RES: dict[int, re.Pattern] = {}


class MeetingReader:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.meeting_re = _MEETING_RES.get(id(lex))
        if self.meeting_re is None:  # built once per lexicon: a reader is made for every document
            nouns = "|".join(re.escape(n) for n in lex.meeting_nouns)
            verbs = "|".join(re.escape(v) for v in lex.meeting_verbs)
            self.meeting_re = re.compile(rf"\b(?:(?P<noun>(?:{nouns})s?)|(?P<verb>{verbs}|{_MORE_VERBS}))\b", re.I)
            _MEETING_RES.clear()
            _MEETING_RES[id(lex)] = self.meeting_re

    def read(self, st: DocState) -> list[MeetingDraft]:
        drafts: list[MeetingDraft] = []
        text = st.text
        for sent in st.sentences:
            if sent.section not in ("body", "title", "caption"):
                continue
            s_text = text[sent.start:sent.end]
            matches = list(self.meeting_re.finditer(s_text))
            # every meeting word of the sentence claims the dates and places nearest to it
            # "The summit was preceded on Thursday by the meeting ...": the date is the other meeting's
            anchors = [(sent.start + m.start(), sent.start + m.end()) for m in matches
                       if not _PASSIVE_BESIDE.match(s_text, m.end())]
            for m in matches:
                a, b = sent.start + m.start(), sent.start + m.end()
                if self._not_a_meeting(text, sent, a, b, verb=m.group("verb") is not None):
                    continue
                d = self._draft(st, sent, a, b, m, anchors)
                if d is not None:
                    drafts.append(d)
            if not matches:
                # "X hosted the Council of Heads of State in Dushanbe": a summit body names the event
                for bm in st.mentions:
                    if sent.start <= bm.start < sent.end and bm.kind == "body" and \
                            "head" in st.snapshot.body_level.get(bm.entity_id, ""):
                        d = self._draft(st, sent, bm.start, bm.end, None, [(bm.start, bm.end)])
                        if d is not None:
                            drafts.append(d)
                        break
            signing = self._signing(st, sent)
            if signing is not None:
                drafts.append(signing)
        dl = [m for sec in st.document.sections if sec.kind == "dateline"
              for m in st.mentions if sec.start <= m.start < sec.end and m.kind == "place"]
        # the first report of a meeting of a named body ("The summit's host ... opened the meeting of the Council")
        first = next((d for d in drafts if not d.announced and not d.signing and (d.org or d.body or d.place or d.video)), None)
        if first is not None and dl and not first.video and (not first.place or first.place_weak) and (first.org or first.body):
            # the dateline city of a report from a summit is its venue, before any weaker mention
            first.place, first.place_weak = dl[0].entity_id, False
        merged = self._merge(drafts, st)
        main = next((d for d in merged if not d.announced and not d.signing), None)
        for d in merged:
            d.text_date = d.date
        if main is not None:
            if main.date is None:
                self._lead_date(st, main)
            self._resolve_date(st, main, True)
        for d in merged:
            if d is not main:
                self._relative_to_main(st, d, main)
                self._resolve_date(st, d)
        if main is not None and main.date is None:
            self._dateline_year(st, main, merged)
        for d in merged:
            self._predecessor(st, d)
        self._hosts(st, merged)
        self._captions(st, merged, main)
        for d in merged:
            if d is not main and d.states and not d.announced and d.date and d.date.precision == "day":
                self._state_leaders(st, d)
        if main is not None:
            self._leaders(st, main)
            self._name_lists(st, main)
            self._officials(st, main)
            self._absent(st, main)
        for d in merged:
            self._not_yet_held(st, d)
        return [d for d in merged if d.org and self._keep(d)]

    @staticmethod
    def _not_yet_held(st: DocState, d: MeetingDraft) -> None:
        """A meeting dated after the article's day has not happened: nobody is placed at it yet."""
        pub = st.document.published
        if pub is not None and pub.precision == "day" and d.date is not None and d.date.start > pub.end:
            d.participants, d.states = [], []

    @staticmethod
    def _predecessor(st: DocState, d: MeetingDraft) -> None:
        """A CSTO session dated before the CSTO was founded is one of the treaty it grew out of."""
        if d.known_id or not d.org or not d.date or st.snapshot.existed(d.org, d.date):
            return
        pred = next((p for p, s in st.snapshot.successor.items() if s == d.org and st.snapshot.existed(p, d.date)), None)
        if pred is None:
            return
        body = f"body:{pred}/{d.body.split('/', 1)[1]}" if d.body else None
        if (body not in st.snapshot.canonical) if d.body else not any(x.kind == "org" and x.key == pred for x in st.mentions):
            return  # the predecessor had no such body, or the text never names it
        d.org, d.body = pred, body

    @staticmethod
    def _keep(d: MeetingDraft) -> bool:
        """An announced meeting is kept when the text gives its day, or its month and its city."""
        if not d.announced:
            return True
        td = d.text_date
        return bool(td and (td.precision == "day" or (td.precision == "month" and d.place and not d.place_weak)))

    def _not_a_meeting(self, text: str, sent: Sentence, a: int, b: int, verb: bool = False) -> bool:
        """'no meeting was scheduled', 'has not attended a single summit', 'a meeting with journalists',
        'drills will be held': no meeting of a body."""
        if _NEGATED.search(text[max(sent.start, a - 60):a]):
            return True
        if verb and _OTHER_EVENT.search(text, clause_start(text, sent.start, a), a):
            return True
        return bool(_PUBLIC.match(text, b, sent.end))

    # ------------------------------------------------------------------ one mention
    def _draft(self, st: DocState, sent: Sentence, a: int, b: int, m: re.Match | None,
               anchors: list[tuple[int, int]]) -> MeetingDraft | None:
        text = st.text
        noun = ((m.group("noun") or "").lower().rstrip("s") or None) if m is not None else None
        verb = (m.group("verb") or "").lower() if m is not None else ""
        announced = bool(re.search(r"\b(?:next|following|upcoming|future|coming)\s+(?:[\w'’]+\s+){0,2}$", text[max(sent.start, a - 40):a], re.I)
                         or re.search(r"\b(?:agreed|decided|plans?|planning|proposed|proposal|invited\s+\w+)\s+to\s+(?:hold|host|convene)\b[^.;]*$", text[max(sent.start, a - 60):a], re.I)
                         or re.match(r"[^.;]{0,60}\b(?:next|the\s+following)\s+(?:year|month|spring|autumn|summer|winter)\b", text[b:sent.end], re.I)
                         # "the proposal of a pan-European summit": a meeting only proposed
                         or re.search(r"\b(?:proposal|proposals|idea|initiative)\s+(?:of|for)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", text[max(sent.start, a - 60):a], re.I)
                         # "an informal summit, is planned in June": a meeting said to be planned or scheduled
                         or re.match(r"[^.;]{0,40}?\b(?:is|are)\s+(?:now\s+)?(?:planned|scheduled|expected|due|to\s+be\s+held|set\s+to\s+(?:take|be))\b", text[b:sent.end], re.I)
                         # "will take place", "will meet", "when they meet informally"
                         or verb.startswith("will ")
                         or (verb.startswith("meet") and re.search(r"\b(?:will|would|shall|to|when\s+\w+)\s+$", text[max(sent.start, a - 20):a], re.I)))
        ms = st.in_sentence(sent, st.mentions)
        d = MeetingDraft(a, b, sent, noun=noun, evidence=[(sent.start, sent.end)], announced=announced)
        if noun:
            ph = _PHASE_BEFORE.search(text, max(sent.start, a - 30), a) or _PHASE_AFTER.match(text, b, sent.end)
        else:  # "The expanded session with delegations took place": the subject names the sitting
            ph = _PHASE_SUBJECT.search(text, clause_start(text, sent.start, a), a)
        if ph:
            d.phase = "narrow" if ph.group("phase").lower() in ("narrow", "restricted", "limited") else "expanded"
        # "a summit", "leaders meeting in Kazan", "the heads of state met": a meeting of leaders
        d.summit = noun == "summit" or bool(_LEADERS_BEFORE.search(text, max(sent.start, a - 40), a)) \
            or bool(_LEADERS_SUBJECT.match(text, sent.start, a))  # "Leaders of the CIS gathered for their informal meeting"
        # the organization or body nearest to the meeting word
        # a named organization or body; "the alliance" is too weak to make a session the alliance's
        orgish = [x for x in ms if x.kind in ("org", "body") and x.text.lower() not in self.lex.generic_orgs
                  and not _ORG_ELSEWHERE.search(text, max(sent.start, x.start - 40), x.start)]
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
        d.ordinal = self._ordinal(st, sent, a, b) if noun else None

        def mine(pos: int) -> bool:
            """Is `pos` nearer to this meeting word than to any other of the sentence?"""
            own = min(abs(pos - a), abs(pos - b))
            return all(own <= min(abs(pos - x), abs(pos - y)) for x, y in anchors if (x, y) != (a, b))

        def joined(x: DateMention) -> bool:
            """'Tuesday's session', 'the 12 May summit': the date is part of the meeting's name."""
            return x.end <= a and bool(re.fullmatch(r"(?:['’]s)?\s+(?:(?:[A-Z][\w-]*|extraordinary|informal|regular|jubilee|anniversary|online|virtual|video)\s+){0,3}", text[x.end:a]))

        # date in the sentence; not the date of something else ("the treaty signed in 1992")
        dates = [x for x in st.dates if sent.start <= x.start and x.end <= sent.end and mine(x.start)
                 and (joined(x) or not _DATE_ELSEWHERE.search(text[max(sent.start, x.start - 40):x.start]))
                 # "leaders meet in Sochi; Tajikistan to chair next year": a semicolon ends the meeting's clause
                 and ";" not in text[min(x.end, b):max(x.start, a)]
                 # a bare month or a day counted from another event must stand next to the meeting word
                 and (x.kind not in _VAGUE_DATES or min(abs(x.start - b), abs(a - x.end)) <= 50
                      # "The following day, many of the same leaders met ...": it opens the sentence
                      or (x.kind == "offset" and x.start == sent.start))]
        # "having said in March that ...": a month or year of a statement, not of the meeting
        dates = [x for x in dates if not (x.kind in ("month", "my", "year") and _SAID_BEFORE.search(text, max(sent.start, x.start - 30), x.start))]
        # "a strategy running to 2025", "a programme up to 2030": a bare year after "to" is a horizon
        dates = [x for x in dates if not (x.kind == "year" and re.search(r"\b(?:to|up\s+to)\s+$", text[max(sent.start, x.start - 8):x.start]))]
        if dates:
            # "Tuesday's session", "the 12 May summit": a date joined to the meeting word wins over any other
            best = min(dates, key=lambda x: (not joined(x), x.start < a, abs(x.start - a)))
            d.date_mention = best
            # a day counted from another event ("a day earlier") is told from the main meeting later
            d.date = None if best.kind == "offset" else st.date_context.resolve(best) if st.date_context else best.date
        # where: a city, or "the Belarusian capital"; not where something else once happened
        # ("the treaty signed in Tashkent") nor a capital standing for its government
        places = [(x.start, x.entity_id, self._venue(text, sent, x.start, x.end)) for x in ms if x.kind == "place"
                  and not _ELSEWHERE.search(text[max(0, x.start - 25):x.start])]
        for cm in _CAPITAL.finditer(text, sent.start, sent.end):
            dem = next((x for x in ms if x.start == cm.start("dem") and x.kind in ("demonym", "state")), None)
            cap = dem and next((p for p, c in st.snapshot.capital_of.items() if c == dem.key), None)
            if cap:
                places.append((cm.start(), cap, self._venue(text, sent, cm.start(), cm.end())))
        for lm in _LANDMARK_RE.finditer(text, sent.start, sent.end):
            pid = _LANDMARKS.get(lm.group("lm").lower())
            if pid in st.snapshot.canonical:
                places.append((lm.start("lm"), pid, True))
        places = [p for p in places if mine(p[0])]
        if places:
            strong = [p for p in places if p[2]]
            pick = min(strong or places, key=lambda x: abs(x[0] - a))
            d.place, d.place_weak = pick[1], not pick[2]
        # held by video: no venue ("met by video link", "an extraordinary session by video")
        if _VIDEO.search(text[max(sent.start, a - 12):min(sent.end, b + 45)]):
            d.video, d.place, d.place_weak = True, None, False
        # "attended by the leaders of A, B and C": the states of that list only
        for lm in _LEADERS.finditer(text, sent.start, sent.end):  # "heads of states with ... presidents of A, B": the first with a list
            listed = self._state_list(st, lm.end(), sent.end)
            if listed:
                d.states += [c for c in listed if c not in d.states]
                break
        if noun and m is not None and m.group("noun").lower() not in self.lex.meeting_nouns and not (d.date or d.place or d.ordinal):
            return None  # "continued to attend Union meetings": a plural with no date or place names no one event
        if _BESIDE.search(text, max(sent.start, a - 40), a) or _PASSIVE_BESIDE.match(text, b, sent.end):
            # "the forum that preceded the summit", "met on the eve of the session": the sentence's
            # date and place are of the other event; the meeting word points back to the known one
            d.date = d.date_mention = d.place = d.org = d.body = None
            d.anaphor = True
            return d
        if re.search(r"\b(?:his|her|their)\s+(?:first|maiden|last)\s+(?:[\w-]+\s+){0,2}$", text[max(sent.start, a - 40):a], re.I):
            # "attending his first GUUAM gathering": a participant's view of the meeting reported
            d.date = d.date_mention = d.place = d.org = d.body = None
            d.anaphor = True
            return d
        if not (d.date or d.place or d.ordinal) and re.search(r"\b(?:the|this|that)\s+$", text[max(sent.start, a - 6):a], re.I) \
                and not re.match(r"\s+of\b", text[b:b + 4]):
            # "the meeting" alone is an anaphor: it names no organization of its own
            d.org = d.body = None
            d.anaphor = True
        return d

    def _ordinal(self, st: DocState, sent: Sentence, a: int, b: int) -> int | None:
        """The number of the meeting in its series: just before the meeting word ("the sixth
        gathering", "the 5th meeting"), or in an apposition after it ("the annual meeting, the
        eleventh of its kind,"); not "the second such gathering in a row", "the second meeting
        of the year" nor "his first summit"."""
        text = st.text
        after = _ORD_APPOSED.match(text, b, sent.end)
        if after:
            m = self.lex.ordinal_re.fullmatch(after.group("ord"))
            return self.lex.ordinal_value(m) if m else None
        pre = text[max(sent.start, a - 60):a]
        ords = list(self.lex.ordinal_re.finditer(pre))
        if not ords or re.search(r"\banniversary\b", pre[ords[-1].end():], re.I):
            return None  # "NATO's 50th anniversary summit": the count of years, not of meetings
        between = pre[ords[-1].end():]
        if not re.fullmatch(r",?[\w\s\-']*", between) or len(between.split()) > 6 \
                or re.search(r"\b(?:such|consecutive|straight|successive)\b", between, re.I) \
                or _ORD_ADVERB.search(between) or _NOT_SERIES.match(text, b, sent.end):
            return None
        owner = _PERSONAL_ORD.search(pre[:ords[-1].start()])
        if owner and not (owner.group(0).lower().startswith("their") and
                          _COLLECTIVE.search(text, sent.start, a)):
            return None  # "their second summit" counts the group's meetings only when the group is states
        return self.lex.ordinal_value(ords[-1])

    @staticmethod
    def _venue(text: str, sent: Sentence, a: int, b: int) -> bool:
        """A place in a venue phrase: after 'in'/'at', or naming the meeting ('the Minsk summit')."""
        return bool(_LOCATIVE.search(text[max(sent.start, a - 12):a]) or _VENUE_AFTER.match(text, b, sent.end))

    @staticmethod
    def _state_list(st: DocState, a: int, end: int) -> list[str]:
        """The states of a list that starts at `a` ("of Armenia, Kazakhstan and Tajikistan")."""
        out: list[str] = []
        pos = a
        for x in st.mentions:
            if x.start < pos or x.start >= end:
                continue
            if x.kind != "state" or not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)?(?:the\s+)?", st.text[pos:x.start]):
                break
            out.append(x.key)
            pos = x.end
        return out

    def _signing(self, st: DocState, sent: Sentence) -> MeetingDraft | None:
        """'the treaty ... signed in Astana on 29 May 2014': the leaders met that day to sign it."""
        text = st.text
        m = re.search(r"\b(?:treaty|agreement|charter)\b[^.;]{0,160}?\bsigned\s+(?:it\s+)?(?:in|at)\s+", text[sent.start:sent.end], re.I)
        if not m:
            return None
        at = sent.start + m.end()
        place = next((x for x in st.mentions if x.start == at and x.kind == "place"), None)
        if place is None:
            return None
        when = next((x for x in st.dates if place.end <= x.start <= place.end + 5 and x.day and x.month), None)
        if when is None or not when.year:
            return None
        orgs = [x for x in st.in_sentence(sent, st.mentions) if x.kind in ("org", "body")]
        org = next((x.key if x.kind == "org" else st.snapshot.org_of.get(x.entity_id) for x in orgs), None)
        if org not in st.snapshot.focus_orgs:
            return None
        d = MeetingDraft(sent.start + m.start(), at, sent, org=org, noun="summit", date=when.date, date_mention=when,
                         place=place.entity_id, evidence=[(sent.start, sent.end)], confidence=0.5)
        d.signing = True
        return d

    def _hosts(self, st: DocState, events: list[MeetingDraft]) -> None:
        """'hosted by X', 'X hosted the meeting', 'X welcomed the leaders', 'the host, President X',
        'with X acting as host', 'X received the heads of state': the first such sentence names the
        host of the event it reports; a chair ('chaired by', 'ran the session') only when no one
        is said to host it."""
        text = st.text
        for strength in (0, 1):
            for sent in st.sentences:
                if sent.section not in ("body", "title", "caption"):
                    continue
                m = self._host_cue(st, sent, strength)
                if not m:
                    continue
                target = next((e for e in events if any(a <= sent.start < b for a, b in e.evidence)), events[0] if events else None)
                if target is None or target.host or target.announced:
                    continue
                people = [p for p in st.persons if sent.start <= p.start < sent.end]
                after = [p for p in people if p.start >= m.end()]
                if not after and m.group(0).lower().endswith((" by", " of")):
                    # "under the chairmanship of Prime-Minister of Kazakhstan A B": a name no title was found for
                    after = self._cue_people(st, m.end(), sent.end)
                before = [p for p in people if p.end <= m.start() and p.start >= clause_start(text, sent.start, m.start())]
                if before and any(x.kind in ("place", "state", "org", "body") and before[-1].end <= x.start < m.start()
                                  and re.fullmatch(r"\s*(?:(?:will|has|had|is|was)\s+)?", text[x.end:m.start()]) for x in st.mentions):
                    before = []  # "Pashinyan and Aliyev talk as Dushanbe hosts the summit": a city is the host
                cue = m.group(0).lower()
                apposed = before and re.fullmatch(r"(?:\s*,\s*|\s+)", text[before[-1].end:m.start()]) and cue.startswith("the host")
                if apposed:
                    pick = before[-1:]  # "Dmitry Medvedev, the host, said ..."
                elif cue.startswith(("'s", "’s")):
                    pick = [p for p in before if p.end == m.start()]  # "at Vladimir Putin's invitation"
                elif cue.endswith((" by", " of")) or cue.startswith(("the host", "at the", "with")):
                    pick = after[:1]
                    if cue.endswith(" of") and pick and pick[0].start - m.end() > 70 and not _TITLE_FIRST.match(text, m.end()):
                        pick = []  # "under the chairmanship of Kazakhstan, ... Putin": the chair is a state
                else:
                    pick = before[-1:] or ([] if cue.startswith(("host", "welcomed", "received", "greeted", "met", "chaired", "presided",
                                                                 "opened", "ran", "led", "conducted")) else after[:1])
                if pick:
                    pid, name = self._person(st, pick[0])
                    target.host, target.host_id = name, pid
                    role = next((r for r in st.roles if r.person.start == pick[0].start and r.of_kind == "state"), None)
                    target.host_state = st.snapshot.state_of.get(pid) or (role.of if role else None)
                    if target.host_state is None and not any(p.start == pick[0].start for p in st.persons):
                        target.host_state = self._state_near(st, sent.start, sent.end, pick[0])
                    if pid not in {p.person_id for p in target.participants}:
                        target.participants.append(Participant(pid, name, role.title if role else None,
                                                               target.host_state, None, pick[0].start, pick[0].end))
                    target.evidence.append((sent.start, sent.end))

    def _host_cue(self, st: DocState, sent: Sentence, strength: int) -> re.Match | None:
        text = st.text
        if strength == 0:
            m = _HOSPITALITY.search(text, sent.start, sent.end)
            if m:
                return m
            # "Putin welcomed Armenian Prime Minister Nikol Pashinyan, ...": a person welcomed
            # "Atambayev hosted Russia's Vladimir Putin, ...": a person hosted
            for w in re.finditer(r"\b(?:welcome[sd]|receive[sd]|greet(?:ed|s)|host(?:ed|s))\s+", text[sent.start:sent.end]):
                at = sent.start + w.end()
                nxt = next((p for p in st.persons if at <= p.start < at + 45), None)
                if nxt and re.fullmatch(r"(?:[A-Z][\w\-]*(?:['’]s)?\s+)*", text[at:nxt.start]):
                    return re.compile(r"\w+").match(text, sent.start + w.start())
            return None
        return _HOST_RE.search(text, sent.start, sent.end) or _RAN.search(text, sent.start, sent.end)

    def _person(self, st: DocState, p) -> tuple[str, str]:
        """The id and name of a person mention; a name whose first name differs from the known
        person it was matched to by surname ('Akylbek' for 'Sadyr Japarov') is someone else."""
        eid = p.entity_id
        words = p.text.split()
        if len(words) >= 2 and _PATRONYMIC.fullmatch(words[-1]):
            # "Alexander Grigoryevich" cut from "Alexander Grigoryevich Lukashenko": the known name it overlaps
            eid = eid or next((q.entity_id for q in st.persons if q.entity_id and p.start < q.start < p.end), None)
            p = next((q for q in st.persons if q.entity_id == eid and p.start < q.start < p.end), p)
            words = p.text.split()
        if eid and len(words) >= 2 and _PATRONYMIC.fullmatch(words[0]):
            c = st.people.add(st.snapshot.canonical.get(eid, p.text), eid)  # "Grigoryevich Lukashenko": a patronymic, not another first name
            return st.people.person_id(c), st.people.name(c)
        canon = st.snapshot.canonical.get(eid or "", "")
        if eid and canon and len(p.text.split()) >= 2 and len(canon.split()) >= 2 and not same_person(p.text, canon) \
                and fold(p.text.split()[-1]) == fold(canon.split()[-1]) \
                and p.text[:1].lower() != canon[:1].lower():  # 'Aleksandr' is still Alexander
            c = next((c for c in st.people.clusters if c["id"] is None and p.text in c["variants"]), None)
            if c is None:
                c = {"id": None, "variants": [p.text]}
                st.people.clusters.append(c)
            return st.people.person_id(c), st.people.name(c)
        if not eid:
            # "Aleksandr Lukashenko": another spelling of the one known person of that surname
            eid = _variant_of(st.snapshot, p.text, loose=True)
            if eid:
                c = st.people.add(st.snapshot.canonical[eid], eid)
                return st.people.person_id(c), st.people.name(c)
        c = st.people.add(p.text, eid)
        return st.people.person_id(c), st.people.name(c)

    # ------------------------------------------------------------------ merging
    def _merge(self, drafts: list[MeetingDraft], st: DocState) -> list[MeetingDraft]:
        """Each draft joins the earliest event it can be (an article is mostly about its first
        event); one with a conflicting ordinal, date, place or organization starts another."""
        events: list[MeetingDraft] = []
        last = None
        for d in drafts:
            target = next((e for e in events if e.compatible(d)), None)
            if d.anaphor and last is not None and last.compatible(d):
                target = last  # "the summit" is the event last spoken of
            if target is None:
                events.append(d)
                target = d
            else:
                target.absorb(d)
            last = target
        events = self._remerge(events)
        main_org = st.dominant_org()
        for e in events:
            # "the climate conference Baku will host": a conference that names no bloc is someone else's
            if not e.org and e.noun != "conference" and \
                    (e.body or e.date or e.ordinal or e.place or e.noun == "summit" or e.participants):
                e.org = main_org
        # An event with nothing but a meeting word and no organization is no meeting.
        return [e for e in events if e.org and (e.date or e.place or e.ordinal or e.body or e.noun in ("summit", "gathering", "session", "meeting"))]

    @staticmethod
    def _remerge(events: list[MeetingDraft]) -> list[MeetingDraft]:
        """Events kept apart only by what an earlier event has since learnt ("met on Thursday
        and Friday for the session ... the expanded session on Friday") are one event."""
        out: list[MeetingDraft] = []
        for e in events:
            target = next((o for o in out if o.compatible(e)), None)
            if target is None:
                out.append(e)
            else:
                target.absorb(e)
        return out

    # ------------------------------------------------------------------ leaders at a summit
    def _leaders(self, st: DocState, d: MeetingDraft) -> None:
        """At a heads-of-state meeting, the article's sitting presidents and prime ministers of
        states that take part in the organization (or that the text lists) are its participants."""
        level = self._level(st, d)
        if d.announced:
            return
        if level == "ministers":
            # a council of foreign (defence) ministers: the foreign (defence) ministers named
            self._ministers(st, d)
            return
        if d.noun != "summit" and not d.summit and "heads-of-state" not in level and "head" not in level:
            return
        have = {p.person_id for p in d.participants}
        # a council of heads of government seats prime ministers; a president there is named for another reason
        titles = ("prime minister",) if level == "heads-of-government" else ("president", "prime minister")
        for r in st.roles:
            if r.of_kind != "state" or r.title.lower() not in titles:
                continue
            if _FORMER.search(st.text[max(0, r.start - 12):r.start]):
                continue  # "a former prime minister of Belarus"
            if not self._takes_part(st, d, r.of):
                continue
            pid, name = self._person(st, r.person)
            if not self._in_office(st, d, pid):
                continue
            if pid not in have:
                have.add(pid)
                d.participants.append(Participant(pid, name, r.title, self._state(st, pid, r.of), None,
                                                  r.person.start, r.person.end))
        # a known sitting leader named without a title ("Kazakhstan's Nursultan Nazarbayev urged ..."),
        # when the article reports the meeting (its title or lead names it)
        if not d.date or not self._reported(st, d):
            return
        titled = {r.person.start for r in st.roles}
        for p in st.persons:
            if not p.entity_id or p.start in titled or _FORMER.search(st.text[max(0, p.start - 12):p.start]):
                continue
            sent = st.sentence_of(p.start)
            if sent is None or sent.section not in ("body", "title", "caption"):
                continue
            state = self._leader_on(st, p.entity_id, d)
            if state is None or not self._takes_part(st, d, state):
                continue
            pid, name = self._person(st, p)
            if pid not in have:
                have.add(pid)
                d.participants.append(Participant(pid, name, None, state, None, p.start, p.end))

    def _state_leaders(self, st: DocState, d: MeetingDraft) -> None:
        """'... met with the presidents of A, B and C': the article's people who led those states that day."""
        for p in st.persons:
            if p.entity_id and self._leader_on(st, p.entity_id, d) in d.states:
                self._add(st, d, p, None, self._leader_on(st, p.entity_id, d), None)

    @staticmethod
    def _reported(st: DocState, d: MeetingDraft) -> bool:
        """The meeting is what the article reports: the title or the first two body sentences tell of it."""
        lead = [s for s in st.sentences if s.section == "title"] + [s for s in st.sentences if s.section == "body"][:2]
        return any(a <= s.start < b or s.start <= a < s.end for s in lead for a, b in d.evidence)

    @staticmethod
    def _leader_on(st: DocState, pid: str, d: MeetingDraft) -> str | None:
        """The state a known person led (president, prime minister) on every day of the meeting's date."""
        lo_day, hi_day = d.date.start.isoformat(), d.date.end.isoformat()
        for title, where, lo, hi in st.snapshot.offices.get(pid, []):
            if title.lower() in ("president", "prime minister") and lo <= lo_day and hi_day < hi and len(where) == 2:
                return where
        return None

    @staticmethod
    def _body(d: MeetingDraft) -> str | None:
        """The body named by the text, else the body of the known meeting it was linked to."""
        if d.body:
            return d.body
        return f"body:{d.org}/{d.known_id.split('/')[1]}" if d.known_id and d.org else None

    def _level(self, st: DocState, d: MeetingDraft) -> str:
        return st.snapshot.body_level.get(self._body(d) or "", "")

    def _ministers(self, st: DocState, d: MeetingDraft) -> None:
        body = st.snapshot.canonical.get(self._body(d) or "", "").lower()
        domain = "foreign" if "foreign" in body else "defen" if "defen" in body else None
        if domain is None:
            return
        for r in st.roles:
            t = r.title.lower()
            if "minister" not in t or domain not in t or r.of_kind not in ("state", None):
                continue
            if _FORMER.search(st.text[max(0, r.start - 12):r.start]):
                continue
            sent = st.sentence_of(r.person.start)
            state = r.of if r.of_kind == "state" else (subject_state(st, sent, r.start) if sent else None)
            if state is None or not self._takes_part(st, d, state):
                continue
            self._add(st, d, r.person, r.title, state, None)

    def _office_years(self, st: DocState, month: int, day: int, wd: int) -> list[int] | None:
        """'MINSK, Nov 28' and 'on Tuesday': of the years that fit, those in which the most of the
        known office-holders the text names held office (None when it names none)."""
        if not self._office_holders(st):
            return None
        score = {y: self._office_score(st, PartialDate(y, month, day))
                 for y in candidate_years(month, day, wd, 1991, st.date_context.today.year)}
        best = max(score.values(), default=0)
        return [y for y, n in score.items() if n == best] if best else None

    @staticmethod
    def _office_holders(st: DocState) -> set[str]:
        """The known office-holders the text names (not as former holders)."""
        return {p.entity_id for p in st.persons if p.entity_id in st.snapshot.offices
                and not _FORMER.search(st.text[max(0, p.start - 12):p.start])}

    def _office_score(self, st: DocState, day: PartialDate) -> int:
        """How many of the known office-holders the text names held office on `day`."""
        return sum(self._in_office(st, MeetingDraft(0, 0, None, date=day), pid) for pid in self._office_holders(st))

    @staticmethod
    def _in_office(st: DocState, d: MeetingDraft, pid: str) -> bool:
        """A known person with known offices held one of them on the meeting's day (a leader named
        in an article about an old summit may have come to power long after it)."""
        offices = st.snapshot.offices.get(pid)
        if not offices or not d.date:
            return True
        lo_day, hi_day = d.date.start.isoformat(), d.date.end.isoformat()
        return any(lo < hi_day and lo_day < hi for _t, _w, lo, hi in offices)

    @staticmethod
    def _takes_part(st: DocState, d: MeetingDraft, state: str | None) -> bool:
        """May a state's leader sit at the organization's meeting: listed by the text, or a member,
        observer or associate on the day (or the day is unknown)."""
        if state in d.states:
            return True
        if not d.date or not d.org:
            return True
        recorded = [k for k in st.snapshot.memberships if k[0] == d.org]
        if not recorded:
            return True
        status = st.snapshot.status_on(d.org, state or "", d.date.start)
        if status is None and not any(st.snapshot.status_on(d.org, c, d.date.start) == "member" for o, c in recorded):
            return True  # no members yet on the day: a session held before the organization started
        return status in ("member", "observer", "associate", "applicant", "suspended")

    @staticmethod
    def _state(st: DocState, pid: str, said: str | None) -> str | None:
        """A known person's own state wins over a role the text may have tied to the wrong name."""
        return st.snapshot.state_of.get(pid) or said

    def _add(self, st: DocState, d: MeetingDraft, p, role: str | None, state: str | None, org: str | None) -> bool:
        pid, name = self._person(st, p)
        if pid in {x.person_id for x in d.participants}:
            return False
        if org is None:
            state = self._state(st, pid, state) if (state or pid in st.snapshot.state_of) else state
        d.participants.append(Participant(pid, name, role, state, org, p.start, p.end))
        return True

    # ------------------------------------------------------------------ lists of names
    def _name_lists(self, st: DocState, d: MeetingDraft) -> None:
        """'Putin, Tokayev, Japarov and Rahmon made the trip', "Belarus's A, Kazakhstan's B and
        Kyrgyzstan's C completed the line-up": a list of three or more leaders in the report of
        a summit names people at it."""
        level = self._level(st, d)
        if d.announced or (d.noun != "summit" and not d.summit and "head" not in level):
            return
        text = st.text
        for sent in st.sentences:
            # a list has a comma and an "and"; cheap tests first
            if sent.section != "body" or text.find(",", sent.start, sent.end) < 0 or \
                    text.find(" and ", sent.start, sent.end) < 0 or _ABSENT.search(text, sent.start, sent.end):
                continue
            people = self._listed(st, sent)
            if len(people) < 3:
                continue
            added = False
            for p in people:
                r = next((r for r in st.roles if r.person.start == p.start), None)
                if r is not None and _FORMER.search(text[max(0, r.start - 12):r.start]):
                    continue
                state = r.of if r and r.of_kind == "state" else None
                if not self._takes_part(st, d, self._state(st, p.entity_id or "", state)) or \
                        not self._in_office(st, d, self._person(st, p)[0]):
                    continue
                added |= self._add(st, d, p, r.title if r else None, state, None)
            if added:
                d.evidence.append((sent.start, sent.end))

    def _listed(self, st: DocState, sent: Sentence) -> list:
        """People named one after another in a list ('A, B, C and D'; "X's A, Y's B and C"),
        known people by surname too; the longest such run of the sentence."""
        text = st.text
        found = sorted([p for p in st.persons if sent.start <= p.start < sent.end] +
                       self._surnames(st, sent), key=lambda p: p.start)
        best, run, last = [], [], None
        for p in found:
            if last is not None and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:[A-Z][\w\-]*['’]s\s+)?"
                                                 r"(?:(?:[A-Z][\w\-]*|[a-z]+\s+minister|president|premier)\s+){0,4}",
                                                 text[last.end:p.start]) \
                    and not re.match(r"\s+of\s+(?!\w+\s*(?:,|and\b))", text[last.end:last.end + 40]):
                run.append(p)
            elif last is not None and re.fullmatch(r"\s+of\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s*(?:,\s*(?:and\s+)?|and\s+)",
                                                   text[last.end:p.start]):
                run.append(p)  # "Presidents A of Russia, B of Belarus and C"
            else:
                run = [p]
            if len(run) > len(best):
                best = list(run)
            last = p
        return best

    def _surnames(self, st: DocState, sent: Sentence) -> list:
        """Single capitalised words that are the surname of exactly one known sitting leader
        ('Japarov' when only one Japarov held office on the day), not found as people already."""
        from .persons import PersonMention
        out = []
        index = _surname_index(st.snapshot)
        taken = None
        for w in _CAP_WORD.finditer(st.text, sent.start, sent.end):
            cands = index.get(fold(w.group(0)), [])
            if len(cands) != 1:
                continue
            if taken is None:
                taken = [(m.start, m.end) for m in st.mentions if sent.start <= m.start < sent.end] + \
                        [(p.start, p.end) for p in st.persons if sent.start <= p.start < sent.end]
            a, b = w.span()
            if not any(x < b and a < y for x, y in taken):
                out.append(PersonMention(a, b, w.group(0), cands[0]))
        return out

    # ------------------------------------------------------------------ the organization's officials
    def _officials(self, st: DocState, d: MeetingDraft) -> None:
        """The organization's own officials (its secretary general, the head of its commission) who
        report to, address, brief or attend its meeting take part in it; a successor named for
        later does not."""
        text = st.text
        for r in st.roles:
            org = r.of if r.of_kind == "org" else None
            if org is None and r.of_kind is None and self.lex.is_org_title(r.title):
                org = st.last_org_before(r.start) or d.org
            pid = r.person.entity_id or ""
            if org is None:
                org = self._org_office(st, pid, d)
            if org != d.org:
                continue
            sent = st.sentence_of(r.person.start)
            if sent is None or sent.section not in ("body", "caption"):
                continue
            clause = text[r.person.end:sent.end]
            if not _OFFICIAL_AT.search(clause[:160]) or _SUCCESSION.search(text[sent.start:sent.end]):
                continue
            if self._add(st, d, r.person, r.title, None, org):
                d.evidence.append((sent.start, sent.end))
        # a known official named without the title ("Sagintayev, who heads the board, presented ...")
        for p in st.persons:
            if not p.entity_id or any(r.person.start == p.start for r in st.roles):
                continue
            org = self._org_office(st, p.entity_id, d)
            if org != d.org:
                continue
            sent = st.sentence_of(p.start)
            if sent is None or sent.section not in ("body", "caption"):
                continue
            if not _OFFICIAL_AT.search(text[p.end:sent.end][:160]) or _SUCCESSION.search(text[sent.start:sent.end]):
                continue
            title = self._org_title(st, p.entity_id, d)
            if self._add(st, d, p, title, None, org):
                d.evidence.append((sent.start, sent.end))

    @staticmethod
    def _org_office(st: DocState, pid: str, d: MeetingDraft) -> str | None:
        if not d.date or not d.org:
            return None
        day = d.date.start.isoformat()
        for title, where, lo, hi in st.snapshot.offices.get(pid, []):
            if where == d.org and lo <= day < hi:
                return where
        return None

    @staticmethod
    def _org_title(st: DocState, pid: str, d: MeetingDraft) -> str | None:
        day = d.date.start.isoformat() if d.date else ""
        return next((t for t, where, lo, hi in st.snapshot.offices.get(pid, []) if where == d.org and lo <= day < hi), None)

    # ------------------------------------------------------------------ who stayed away
    def _absent(self, st: DocState, d: MeetingDraft) -> None:
        """'Armenia boycotted', 'Pashinyan stayed at home', 'represented not by X but by Y': people
        and states that stayed away are no participants (a state stays when someone else came)."""
        text = st.text
        gone_people, gone_states, kept = set(), set(), set()
        for sent in st.sentences:
            if sent.section not in ("body", "title", "caption"):
                continue
            for m in _ABSENT.finditer(text, sent.start, sent.end):
                lo = clause_start(text, sent.start, m.start())
                if m.group(0).lower().startswith("represented not by"):
                    # "X was represented not by A but by B": A stayed away, X did not
                    hi = text.find(" but ", m.end(), sent.end)
                    hi = hi if hi > 0 else sent.end
                    gone_people |= {self._person(st, p)[0] for p in st.persons if m.end() <= p.start < hi}
                    continue
                gone_people |= {self._person(st, p)[0] for p in st.persons if lo <= p.start < m.start()}
                if _SENT_INSTEAD.match(text, m.end(), sent.end):
                    # "X stayed away and sent a deputy prime minister": X's state still took part
                    kept |= {r.of for r in st.roles if r.of_kind == "state" and lo <= r.person.start < m.start()}
                    continue
                # "the second gathering that Armenia has boycotted", "Armenia's absence"
                # "Armenian officials stayed away" (not "Kyrgyz President X cancelled his trip": he stayed)
                gone_states |= {x.key for x in st.mentions if (x.kind == "state" or (x.kind == "demonym" and _GROUP_AFTER.match(text, x.end)))
                                and max(lo, m.start() - 60) <= x.start < m.start()}
            if "without" in text[sent.start:sent.end]:
                for w in _WITHOUT.finditer(text, sent.start, sent.end):
                    gone_states |= {x.key for x in st.mentions if x.start == w.start("dem") and x.kind in ("state", "demonym")}
                # "gathered ... without Azerbaijani President Ilham Aliyev": the person named after "without" stayed away
                for w in re.finditer(r"\bwithout\s+", text[sent.start:sent.end]):
                    at = sent.start + w.end()
                    nxt = next((p for p in st.persons if at <= p.start < at + 50), None)
                    if nxt and re.fullmatch(r"(?:(?:[A-Z][\w\-]*(?:['’]s)?|the|prime|minister|president)\s+)*", text[at:nxt.start], re.I):
                        gone_people.add(self._person(st, nxt)[0])
        d.states += [c for c in kept if c and c not in d.states]
        if not gone_people and not gone_states:
            return
        d.participants = [p for p in d.participants if p.person_id not in gone_people or p.person_id == d.host_id]
        left = {p.state for p in d.participants}
        d.states = [s for s in d.states if s not in gone_states or s in left]
        d.absent = {s for s in gone_states if s not in left}

    # ------------------------------------------------------------------ another meeting, told from the main one
    def _relative_to_main(self, st: DocState, d: MeetingDraft, main: MeetingDraft | None) -> None:
        """'A day earlier ... met in the same region', 'in April last year', 'On Friday ... in the
        city': a second meeting's date and place told from the main meeting's."""
        if main is None or not main.date:
            return
        text = st.text
        if d.date is None and d.date_mention is not None:
            anchor = DateContext(main.date, st.date_context.years if st.date_context else (), dt.date.today())
            d.date = anchor.resolve(d.date_mention)
            d.text_date = d.text_date or d.date
        if d.place is None and not d.video:
            same_day = d.date is not None and d.date == main.date and d.date.precision == "day"
            for a, b in d.evidence:
                if re.search(r"\bin\s+the\s+(?:same\s+)?(?:city|town|region|venue|capital|resort)\b", text[a:b], re.I) or \
                        (same_day and _LATER_SAME_DAY.search(text, a, b)):
                    d.place, d.place_weak = main.place, main.place_weak
                    break

    # ------------------------------------------------------------------ captions
    def _captions(self, st: DocState, events: list[MeetingDraft], main: MeetingDraft | None) -> None:
        """Captions and sentences that say who took part ("Participants: ...", "Taking part
        were ...", "Around the table sat ...") add the people they name, also known people
        spelled another way and new names the sentence ties to a state."""
        text = st.text
        caps = [(s.start, s.end) for s in st.document.sections if s.kind == "caption"]
        spans = caps + [(s.start, s.end) for s in st.sentences if s.section == "body"]
        body = [s for s in st.sentences if s.section == "body"]
        for a, b in spans:
            # "The Uzbek delegation also signed": a state's delegation is a participation cue of its own
            if not self.lex.participant_re.search(text, a, b) and not ((a, b) in caps and self._group_photo(st, a, b)) \
                    and not _DELEGATION_CUE.search(text, a, b):
                continue
            if self._side_event(st, body, a, b):
                continue
            target = self._caption_target(st, a, b, events, main)
            if target is None:
                continue
            added = False
            # "The heads of Armenia, Azerbaijan and Belarus took part": the states of that list
            lm = _LEADERS.search(text, a, b)
            if lm:
                more = [c for c in self._state_list(st, lm.end(), b) if c not in target.states]
                target.states += more
                added |= bool(more)
            # "The Uzbek delegation attended", "Kyrgyzstan took part through a delegation": a state's delegation
            for x in st.mentions:
                if a <= x.start < b and x.kind in ("state", "demonym") and x.key not in target.states \
                        and _DELEGATION.match(text, x.end, b):
                    target.states.append(x.key)
                    added = True
            for p in self._cue_people(st, a, b):
                if _in_relative_clause(text, a, b, p.start):
                    continue  # "A, who is no relation of President B, was attending": B is only named
                r = next((r for r in st.roles if r.person.start == p.start), None)
                if r is not None and _FORMER.search(text[max(0, r.start - 12):r.start]):
                    continue
                state = r.of if r and r.of_kind == "state" else None
                org = r.of if r and r.of_kind == "org" else None
                if state is None and org is None and self._person(st, p)[0] not in st.snapshot.state_of:
                    state = self._state_near(st, a, b, p)
                added |= self._add(st, target, p, r.title if r else None, state, org)
            if added:
                target.evidence.append((a, b))

    @staticmethod
    def _group_photo(st: DocState, a: int, b: int) -> bool:
        """A caption naming three or more people ('In the Kremlin: A, B, C and D') shows who took part."""
        return sum(1 for p in st.persons if a <= p.start < b) >= 3 and st.text.count(",", a, b) >= 2

    def _cue_people(self, st: DocState, a: int, b: int) -> list:
        """The people a participants sentence names: those found with a role or known, known
        people in another spelling ('Ilkham Aliyev'), and new names tied to a state."""
        text = st.text
        have = [p for p in st.persons if a <= p.start < b]
        out = [p for p in have if p.entity_id or any(r.person.start == p.start for r in st.roles)]
        ms = [m.__class__(m.start - a, m.end - a, m.text, m.entity_id, m.kind) for m in st.mentions if a <= m.start and m.end <= b]
        for c in name_candidates(text[a:b], ms, self.lex):
            s0, e0 = c.start + a, c.end + a
            if c.entity_id or any(p.start < e0 and s0 < p.end for p in have) or _NOT_PERSON_WORD.search(c.text):
                continue
            known = _variant_of(st.snapshot, c.text)
            mention = type(have[0] if have else _pm())(s0, e0, c.text, known)
            if known or self._state_near(st, a, b, mention):
                out.append(mention)
        return sorted(out, key=lambda p: p.start)

    def _side_event(self, st: DocState, body: list[Sentence], a: int, b: int) -> bool:
        """'On the sidelines, an agreement was signed. Russia was represented by ...': who took
        part in a side event is not at the meeting (unless the sentence names the meeting)."""
        i = next((i for i, s in enumerate(body) if s.start == a), None)
        if i is not None and _BILATERAL.search(st.text, a, b):
            return True  # "came to Kazan and was received for bilateral talks"
        if i is None or self.lex.meeting_re.search(st.text, a, b):
            return False
        near = [body[i]] + ([body[i - 1]] if i > 0 else [])
        return any(re.search(r"\bsidelines\b", st.text[s.start:s.end], re.I) for s in near)

    @staticmethod
    def _state_near(st: DocState, a: int, b: int, p) -> str | None:
        """The state a new name stands for: "A of Azerbaijan", "Iran's B", or the only state of the
        sentence ("Iran was represented by its minister, B")."""
        text = st.text
        states = [x for x in st.mentions if a <= x.start < b and x.kind in ("state", "demonym")]
        after = next((x for x in states if re.fullmatch(r"\s+of\s+(?:the\s+)?", text[p.end:x.start])), None)
        if after:
            return after.key
        # "B (Kazakhstan)", "B (secretary of the Security Council of Belarus)": a note in brackets after the name
        paren = next((x for x in states if re.fullmatch(r"\s*\([^()]{0,60}", text[p.end:x.start])), None)
        if paren:
            return paren.key
        before = next((x for x in states if re.fullmatch(r"['’]s\s+(?:[a-z]+\s+){0,3}", text[x.end:p.start])), None)
        if before:
            return before.key
        # "Armenia was represented by Vice Prime Minister A, Turkmenistan by B": the state before "by"
        rep = [x for x in states if x.end <= p.start and _REPRESENTED_BY.match(text, x.end, p.start)]
        if rep:
            return rep[-1].key
        keys = {x.key for x in states}
        return keys.pop() if len(keys) == 1 else None

    def _caption_target(self, st, a, b, events, main) -> MeetingDraft | None:
        events = [e for e in events if not e.announced]
        if not events:
            return None
        # "The foreign ministers had met ... with X heading the team": a sentence that tells another
        # meeting of its own gives its people to that meeting
        own = [e for e in events if e is not main and any(a <= x < b for x, _ in e.evidence)]
        if len(own) == 1:
            return own[0]
        ms = [m for m in st.mentions if a <= m.start < b and m.kind in ("org", "body")]
        for m in ms:
            org = m.entity_id.split(":", 1)[1] if m.kind == "org" else st.snapshot.org_of.get(m.entity_id)
            if main is not None and main.org == org:
                return main
            for e in events:
                if e.org == org:
                    return e
        return main or events[0]

    @staticmethod
    def _lead_date(st: DocState, d: MeetingDraft) -> None:
        """A report's lead says when its event happened: the first date of the first body
        sentences, when it resolves to a day."""
        body = [s for s in st.sentences if s.section == "body"][:2]
        for x in st.dates:
            # not a date of something else ("due to start functioning on 1 January 2015")
            if any(s.start <= x.start < s.end for s in body) and st.date_context \
                    and not _DATE_ELSEWHERE.search(st.text[max(0, x.start - 40):x.start]):
                when = st.date_context.resolve(x)
                if when and when.precision == "day":
                    d.date, d.date_mention, d.confidence = when, x, 0.6
                    return
                # a weekday or day told later in the lead beats a bare year ("the 1992 treaty ... on Friday")
                if d.date_mention is None or (d.date_mention.kind == "year" and x.kind != "year"):
                    d.date_mention = x

    def _dateline_year(self, st: DocState, main: MeetingDraft, events: list[MeetingDraft]) -> None:
        """'MINSK, Oct 10' with no year: another meeting of that day found among the known meetings
        gives the year, and the report's own meeting of the dateline day shares it."""
        dl = self._dateline(st, None)
        if dl is None or dl.year:
            return
        dm = main.date_mention
        for e in events:
            ed = e.date
            if e is main or ed is None or ed.precision != "day" or (ed.month, ed.day) != (dl.month, dl.day):
                continue
            if dm is not None and (dm.weekday not in (None, ed.start.weekday()) or
                                   (dm.month and (dm.month, dm.day) != (dl.month, dl.day))):
                return  # the report's meeting is told on another day
            main.date, main.text_date, main.confidence = ed, ed, 0.6
            return

    @staticmethod
    def _dateline(st: DocState, weekday_mention):
        """The day and month of a dateline ("DUSHANBE, Sept 16 -"), for an event it reports; also
        a date that opens the body right after a dateline ("MINSK (wire) - Dec. 25 - ...")."""
        after_dateline = False
        for sec in st.document.sections:
            if sec.kind == "dateline":
                after_dateline = True
            elif not (after_dateline and sec.kind == "body"):
                continue
            for x in st.dates:
                if sec.start <= x.start < sec.end and x.month and x.day and \
                        (sec.kind == "dateline" or (x.start == sec.start and re.match(r"\s*[-–—]", st.text[x.end:x.end + 3]))):
                    return x
            if sec.kind == "body":
                return None
        return None

    # ------------------------------------------------------------------ dates via known meetings
    def _resolve_date(self, st: DocState, d: MeetingDraft, main: bool = False) -> None:
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
        # "on Thursday" told in the text: a dateline day must fall on that weekday
        told_wd = dm.weekday if dm is not None and dm.month is None else None
        if dm is None or (dm.month is None and dm.weekday is not None) or (main and not (dm.month and dm.day)):
            dm = self._dateline(st, dm) or dm
        if dm is not None and dm.month and dm.day:
            same = [k for k in cands if PartialDate.parse(k.date).precision == "day"
                    and (PartialDate.parse(k.date).month, PartialDate.parse(k.date).day) == (dm.month, dm.day)
                    and (told_wd is None or PartialDate.parse(k.date).start.weekday() == told_wd)]
            if len(same) == 1:
                d.known_id, d.date, d.confidence = same[0].id, PartialDate.parse(same[0].date), 0.6
                return
            # the text gives the day ("BISHKEK, May 28"), a known meeting of that month in that city the year
            months = [k for k in cands if PartialDate.parse(k.date).precision == "month" and k.place
                      and PartialDate.parse(k.date).month == dm.month]
            if d.place and len(months) == 1:
                y = PartialDate.parse(months[0].date).year
                try:
                    day = dt.date(y, dm.month, dm.day)
                except ValueError:
                    return
                if dm.weekday is None or day.weekday() == dm.weekday or (d.date_mention and d.date_mention.weekday
                                                                           in (None, day.weekday())):
                    d.known_id, d.date, d.confidence = months[0].id, PartialDate(y, dm.month, dm.day), 0.6
            # "ASTANA, May 29" and "on Thursday" with no known meeting: the weekday fixes the year
            if d.date is None and told_wd is not None and dm.year is None and st.date_context \
                    and st.date_context.published is None:
                counted = st.date_context.near_counted_year(dm.month, dm.day, told_wd)
                office_years = self._office_years(st, dm.month, dm.day, told_wd)
                if counted is not None and (office_years is None or self._office_score(st, counted) >=
                                            self._office_score(st, PartialDate(office_years[0], dm.month, dm.day))):
                    d.date = counted  # the year the text counts to, and the weekday before the dateline's day
                else:
                    d.date = st.date_context._by_weekday(dm.month, dm.day, told_wd, office_years)
                d.confidence = 0.6
            wd_own = d.date_mention.weekday if d.date_mention is not None and d.date_mention.day else None
            if d.date is None and (told_wd if told_wd is not None else wd_own) is not None and dm.year is None \
                    and st.date_context and st.date_context.published is None:
                # "Monday, January 10" with no year: the years that weekday fits in which every titled known person held office
                wd = told_wd if told_wd is not None else wd_own
                titled = {r.person.entity_id for r in st.roles if r.person.entity_id in st.snapshot.offices}
                years = [y for y in candidate_years(dm.month, dm.day, wd, 1991, st.date_context.today.year)
                         if titled and all(self._in_office(st, MeetingDraft(0, 0, d.sentence, date=PartialDate(y, dm.month, dm.day)), pid)
                                           for pid in titled)]
                if len(years) == 1:
                    d.date, d.confidence = PartialDate(years[0], dm.month, dm.day), 0.6
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


_SURNAMES: dict[int, dict[str, list[str]]] = {}
_VARIANTS: dict[int, dict[str, list[str]]] = {}


def _in_relative_clause(text: str, a: int, b: int, pos: int) -> bool:
    """Whether `pos` falls inside a relative clause (", who ...,") of the span a..b."""
    return any(m.start() < pos < m.end() for m in _RELATIVE.finditer(text, a, b))


def _surname_index(snapshot) -> dict[str, list[str]]:
    """Folded surname -> known people who held a state's top office (built once per snapshot)."""
    idx = _SURNAMES.get(id(snapshot))
    if idx is None:
        idx = {}
        for pid, offices in snapshot.offices.items():
            name = snapshot.canonical.get(pid, "")
            if len(name.split()) > 1 and any(t.lower() in ("president", "prime minister") for t, *_ in offices):
                idx.setdefault(fold(name.split()[-1]), []).append(pid)
        # a surname another known person shares is no one's alone
        counts: dict[str, int] = {}
        for pid, name in snapshot.canonical.items():
            if pid.startswith("person:") and len(name.split()) > 1:
                k = fold(name.split()[-1])
                counts[k] = counts.get(k, 0) + 1
        idx = {k: v for k, v in idx.items() if counts.get(k, 0) == len(v)}
        _SURNAMES.clear()
        _SURNAMES[id(snapshot)] = idx
    return idx


def _variant_of(snapshot, name: str, loose: bool = False) -> str | None:
    """The one known person a name is another spelling of ('Ilkham Aliyev' -> Ilham Aliyev);
    loose: the only known person of that surname with the same initial ('Aleksandr')."""
    idx = _VARIANTS.get(id(snapshot))
    if idx is None:
        idx = {}
        for pid, canon in snapshot.canonical.items():
            if pid.startswith("person:") and len(canon.split()) > 1:
                idx.setdefault(fold(canon.split()[-1]), []).append(pid)
        _VARIANTS.clear()
        _VARIANTS[id(snapshot)] = idx
    parts = name.split()
    if len(parts) < 2:
        return None
    same = idx.get(fold(parts[-1]), [])
    hits = [pid for pid in same if same_person(name, snapshot.canonical[pid])]
    if not hits and loose and len(parts[0]) > 2:
        hits = [pid for pid in same if snapshot.canonical[pid].split()[0][:1].lower() == parts[0][:1].lower()]
    return hits[0] if len(hits) == 1 else None


def _pm():
    from .persons import PersonMention
    return PersonMention(0, 0, "", None)
