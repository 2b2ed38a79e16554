"""Meetings and summits: body, date, place, ordinal, host and participants.

Each sentence with a meeting word ("summit", "the sixth gathering", "took place") gives a draft;
drafts that can be the same event (no conflicting ordinal, date or place) merge, so "a summit in
Sochi on Monday ... the meeting ... on the sidelines of the meeting" is one meeting. Captions
that list participants add them to the meeting they name, or to the article's main meeting.
"""

from __future__ import annotations

import re

from .dates import DateMention
from .lexicon import Lexicon
from .clauses import clause_start
from .state import DocState, Sentence
from .meeting_draft import MeetingDraft
from .captions import LEADERS, CaptionsMixin
from .meeting_dates import DATE_ELSEWHERE, MeetingDatesMixin
from .participants import ABSENT, ParticipantsMixin
from .hosts import HostsMixin

_ELSEWHERE = re.compile(r"\bbetween\s+(?:\w+\s+and\s+)?$|\b(?:signed|founded|created|established|born|based|from|concluded|agreed)\s+(?:\w+\s+)?(?:in|at)\s+$|\bfrom\s+$"
                        # a capital standing for its government ("closer ties with Moscow") is no venue
                        r"|\b(?:with|toward|towards|against|than)\s+$"
                        # "before flying back to Moscow", "returned home to Baku": where a leader went after
                        r"|\b(?:back|home|returned|returning|return)\s+to\s+$"
                        # "the Cuban Ambassador to Moscow": where an envoy is posted
                        r"|\b(?:ambassadors?|envoys?|representatives?)\s+(?:\w+\s+)?(?:to|in)\s+$", re.I)
# where a place reads as the venue: "in Minsk", "at the Kazan summit", "Bishkek will host"
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|to)\s+(?:the\s+)?$", re.I)
_VENUE_AFTER = re.compile(r"\s*(?:['’]s\s+)?(?:summit|session|meeting|gathering|talks|conference|sitting)\b|\s+(?:will\s+|is\s+to\s+)?host", re.I)
# landmarks that name their city as a venue ("met in the Kremlin")
_LANDMARKS = {"kremlin": "place:moscow"}
_LANDMARK_RE = re.compile(r"\b(?:in|at|to)\s+the\s+(?P<lm>Kremlin)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|stated|declared|announced|complained|warned)\s+(?:(?:in|on)\s+)?$", re.I)
# a meeting held by video has no venue
_VIDEO = re.compile(r"\b(?:by|via|over)\s+(?:a\s+)?video\b|\bvideo\s*(?:-\s*)?(?:conference|link|summit|session|meeting|format)\b|"
                    r"\bvideoconference\b|\b(?:held|met|convened|took\s+place|went)\s+(?:online|virtually)\b|"
                    r"\b(?:online|virtual)\s+(?:summit|session|meeting|format)\b", re.I)
# "no meeting", "has not attended a single summit": a meeting word that reports no meeting
_NEGATED = re.compile(r"(?:\bno|\bnot\s+(?:\w+\s+){0,3}(?:a\s+single|any)|\bnever\s+(?:\w+\s+){0,3}(?:a|any))\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# "a meeting with journalists": a press or public event, not a session of a body
# "told a press conference", "a news conference after the talks": a briefing
_PRESS_BEFORE = re.compile(r"\b(?:press|news)[\s-]$", re.I)
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
# the two sittings of a session: "the narrow-format sitting", "a meeting in narrow circle", "the expanded session"
_PHASE_WORDS = r"(?P<phase>narrow|restricted|limited|expanded|enlarged|extended|plenary)"
_PHASE_BEFORE = re.compile(_PHASE_WORDS + r"(?:[\s-](?:format|circle|composition))?\s+$", re.I)
_PHASE_AFTER = re.compile(r"\s+in\s+(?:a\s+|an\s+|the\s+)?" + _PHASE_WORDS + r"[\s-](?:format|circle|composition)\b", re.I)
_PHASE_SUBJECT = re.compile(_PHASE_WORDS + r"(?:[\s-](?:format|circle|composition))?\s+(?:session|sitting|meeting)\b", re.I)
# "preceded the summit", "on the eve of the session", "ahead of the meeting": another event, told from this one
_BESIDE = re.compile(r"\b(?:preceded|precedes|followed|ahead\s+of|before|after|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)\s+(?:the|this|that)\s+$", re.I)
# "the treaty ... signed in Astana": a treaty signed where its leaders met
_SIGNED = re.compile(r"\b(?:treaty|agreement|charter)\b[^.;]{0,160}?\bsigned\s+(?:it\s+)?(?:in|at)\s+", re.I)
# a Russian-style patronymic ("Grigoryevich", "Abishevich", "Nikolaevna"): part of a full name, not a first name or surname
_PASSIVE_BESIDE = re.compile(r"\s+(?:was|were|is|will\s+be)\s+(?:preceded|followed)\b", re.I)
# the other end of a span of years: "2021-2023", "2018–2020"
_SPAN_AFTER = re.compile(r"\s*[-–—]\s*(?:19|20)\d\d\b")
_SPAN_BEFORE = re.compile(r"\b(?:19|20)\d\d\s*[-–—]\s*$")
_VAGUE_DATES = ("month", "month_rel", "month_that", "offset")
# events that "take place" or "are held" without being a meeting of a body
_OTHER_EVENT = re.compile(r"\b(?:drills?|exercises?|manoeuvres|maneuvers|elections?|vote|referendum|parade|ceremony|festival|"
                          r"games|tournament|match|concert|exhibition|fair|trial|hearing|rally|protests?|census|launch)\b", re.I)
# "differences between Russia and the GUAM states", "a memorandum with the SCO": the other party, not the meeting's body
_ORG_ELSEWHERE = re.compile(r"\b(?:between\s+(?:[\w'’-]+\s+){1,3}and|with|against|than)\s+(?:the\s+)?$", re.I)
# what follows a body's name when it is part of a longer one: "... of Defense", "... of (the Republic of) <state>"
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:(?P<domain>Defen[cs]e|Foreign\s+Affairs|Internal\s+Affairs|Justice|Finance|Economy)\b|"
                       r"(?:Republic\s+of\s+)?)")
_LEADERS_BEFORE = re.compile(r"\b(?:leaders|heads\s+of\s+state|presidents)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# a sentence whose subject is the leaders ("Leaders of X gathered ...", "The heads of state met ...")
_LEADERS_SUBJECT = re.compile(r"\s*(?:The\s+)?(?:[A-Z][\w-]*\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers)\b(?![^,;]*\b(?:minist|deput|envoy|official|adviser)\w*)", re.I)
_CAPITAL = re.compile(r"\b(?:the\s+)?(?P<dem>[A-Z][a-z]+)\s+capital\b")
# "leaders of A, B and C", "delegations from A and B", "the speakers of the parliaments of A and B"
# groupings outside the reference data whose meetings are theirs: "the BRICS summit", "the UN General Assembly"
_FOREIGN = re.compile(r"\b(?:BRICS|G-?(?:7|8|20)|APEC|ASEAN|OIC|CICA|Arab\s+League|African\s+Union|Council\s+of\s+Europe|"
                      r"European\s+Council|General\s+Assembly|World\s+Economic\s+Forum|Davos)\b")
# "the council comprises the heads of state of ...": what a body is, not a meeting of it
_DESCRIPTION = re.compile(r"\b(?:comprises|comprised|consists\s+of|(?:is|are)\s+(?:composed|made\s+up|formed)\s+of|includes|unites|is\s+open\s+to)\b", re.I)
# "the previous session", "its last summit": an earlier meeting than the one reported
_EARLIER = re.compile(r"\b(?:previous|preceding|prior|earlier)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# "The last time the leaders gathered was in 2019": the meeting told is an earlier one
_LAST_TIME = re.compile(r"\b(?:the\s+)?last\s+time\s+[^.;:]{0,60}$", re.I)
# verb phrases the lexicon's fixed list misses: "met on Friday in Burabay", "met yesterday at the
# Kremlin", "has been held" (perfect passive of translated readouts)
_MORE_VERBS = (r"met\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)"
               r"\s+(?:in|at)|ha(?:s|ve|d)\s+been\s+held"
               # any form of "meet in/at" ("are due to meet in Astana", "leaders meet at the Kremlin")
               r"|meets?\s+(?:again\s+)?(?:in|at)")
# every match of _MORE_VERBS holds one of these (a keyword gate, see DocState.may_contain)
_MORE_VERB_WORDS = ("met", "meet", "held")
_MEETING_RES: dict[int, re.Pattern] = {}
# Presence said of a list of leaders in a sentence with no meeting word: before the list ("Among the
# attendees were the leaders of A, B and C") ...
_ATTEND_BEFORE = re.compile(r"\b(?:among\s+(?:the\s+)?(?:attendees|participants|guests|those\s+(?:present|attending))\s+(?:were|was)|"
                            r"(?:attendees|participants|guests)\s+included)\s+(?:also\s+)?(?:the\s+)?$", re.I)
# ... or after it ("The presidents of A and B were in attendance", "... joined their host", "... arrived")
_ATTEND_AFTER = re.compile(r"\s*(?:,\s+[^,;.]{1,40},\s*)?(?:(?:were|was)\s+(?:also\s+)?(?:in\s+attendance|on\s+hand|present\b|"
                           r"among\s+(?:the\s+)?(?:attendees|participants|guests|those\s+present))|(?:also\s+)?(?:joined\s+(?:the|their|his|her)\s+"
                           r"(?:[\w'’-]+\s+){0,2}?(?:host|hosts|counterparts?|colleagues?)|came|arrived|flew\s+in)\b)", re.I)
# every match of either contains one of these (a keyword gate, see DocState.may_contain)
_ATTEND_WORDS = ("among", "attendees", "participants", "guests", "attendance", "on hand", "present", "joined", "came",
                 "arrived", "flew")
# a sentence about what is to come, or denied, places no one at the meeting reported
_UNREAL = re.compile(r"\b(?:will|would|shall|expected|due\s+to|plan(?:s|ned)?\s+to|to\s+be|not|never)\b|n['’]t\b", re.I)


class MeetingReader(MeetingDatesMixin, HostsMixin, CaptionsMixin, ParticipantsMixin):
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.meeting_re = _MEETING_RES.get(id(lex))
        if self.meeting_re is None:  # built once per lexicon: a reader is made for every document
            nouns = "|".join(re.escape(n) for n in lex.meeting_nouns)
            verbs = "|".join(re.escape(v) for v in lex.meeting_verbs)
            self.meeting_re = re.compile(rf"\b(?:(?P<noun>(?:{nouns})s?)|(?P<verb>{verbs}|{_MORE_VERBS}))\b", re.I)
            _MEETING_RES.clear()
            _MEETING_RES[id(lex)] = self.meeting_re
        # every match of meeting_re holds one of these: a noun or verb of the lexicon (each a literal) or a word of _MORE_VERBS
        self.meeting_words = tuple(w.lower() for w in (*lex.meeting_nouns, *lex.meeting_verbs)) + _MORE_VERB_WORDS

    def read(self, st: DocState) -> list[MeetingDraft]:
        drafts: list[MeetingDraft] = []
        text = st.text
        # the mentions of bodies whose sessions are summits, in the order of st.mentions
        summit_bodies = [bm for bm in st.mentions if bm.kind == "body" and "head" in st.snapshot.body_level.get(bm.entity_id, "")]
        for sent in st.sentences:
            if sent.section not in ("body", "title", "caption"):
                continue
            s_text = text[sent.start:sent.end]
            # (the keyword gate first: most sentences have no meeting word)
            matches = list(self.meeting_re.finditer(s_text)) if st.may_contain(sent.start, sent.end, self.meeting_words) else []
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
            if not matches and summit_bodies and not _DESCRIPTION.search(s_text):
                # "X hosted the Council of Heads of State in Dushanbe": a summit body names the event
                for bm in summit_bodies:
                    if sent.start <= bm.start < sent.end:
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
        first = next((d for d in drafts if not d.announced and not d.signing and not d.earlier and (d.org or d.body or d.place or d.video)), None)
        if first is not None and dl and not first.video and (not first.place or first.place_weak) and (first.org or first.body):
            # the dateline city of a report from a summit is its venue, before any weaker mention
            first.place, first.place_weak = dl[0].entity_id, False
        merged = self._merge(drafts, st)
        main = next((d for d in merged if not d.announced and not d.signing and not d.earlier), None)
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
        if main is not None and main.date is None:
            self._publication_month(st, main)
        merged = self._same_day(merged, main)
        for d in merged:
            self._predecessor(st, d)
        self._hosts(st, merged)
        self._captions(st, merged, main)
        self._attendance(st, main)
        self._deciding_states(st, merged, main)
        for d in merged:
            if d is not main and d.states and not d.announced and d.date and d.date.precision == "day":
                self._state_leaders(st, d)
        if main is not None:
            self._leaders(st, main)
            self._name_lists(st, main)
            self._officials(st, main)
            self._absent(st, main)
            self._chairing_leader(st, main)
        for d in merged:
            self._not_yet_held(st, d)
        # a meeting the text gives no date for, and none can be found, cannot be placed in time
        return [d for d in merged if d.org and d.date and self._keep(d)]

    def _attendance(self, st: DocState, main: MeetingDraft | None) -> None:
        """'Among the attendees were the leaders of A, B and C', 'The presidents of A and B were in
        attendance': a sentence with no meeting word of its own that puts the leaders of listed states
        at a meeting speaks of the one the article reports; their states take part in it. Not a sentence
        about absence, the future or a denial, nor one dated in another year."""
        if main is None or main.announced:
            return
        text = st.text
        for sent in st.sentences:
            if sent.section != "body" or not st.may_contain(sent.start, sent.end, _ATTEND_WORDS):
                continue
            lm = LEADERS.search(text, sent.start, sent.end)
            listed = self._state_list(st, lm.end(), sent.end) if lm else []
            if not listed:
                continue
            ends = [x.end for x in st.mentions if lm.end() <= x.start < sent.end and x.kind == "state"]
            if not (_ATTEND_BEFORE.search(text[max(sent.start, lm.start() - 60):lm.start()])
                    or _ATTEND_AFTER.match(text, ends[len(listed) - 1], sent.end)):
                continue
            if self.meeting_re.search(text, sent.start, sent.end) or _UNREAL.search(text, sent.start, sent.end) \
                    or ABSENT.search(text, sent.start, sent.end) or self._other_year(st, sent, main):
                continue
            main.states += [c for c in listed if c not in main.states]

    @staticmethod
    def _other_year(st: DocState, sent: Sentence, d: MeetingDraft) -> bool:
        """Whether the sentence gives a year that is not the meeting's (a past gathering told in passing)."""
        year = d.date.start.year if d.date else None
        return any(x.year is not None and x.year != year for x in st.dates if sent.start <= x.start < sent.end)

    @staticmethod
    def _same_day(events: list[MeetingDraft], main: MeetingDraft | None) -> list[MeetingDraft]:
        """'The summit ... will be held in Dushanbe on September 27' and the summit the article
        reports, dated that day from its lead: an announced event of the reported event's day and
        place is that event."""
        if main is None or not main.date or main.date.precision != "day":
            return events
        out = []
        for e in events:
            if e is not main and e.announced and e.org == main.org and e.date == main.date \
                    and (not e.place or not main.place or e.place == main.place) and not (e.ordinal and main.ordinal and e.ordinal != main.ordinal):
                main.absorb(e)
                main.announced = False
                continue
            out.append(e)
        return out

    @staticmethod
    def _not_yet_held(st: DocState, d: MeetingDraft) -> None:
        """A meeting dated after the article's day has not happened: nobody is placed at it yet."""
        pub = st.document.published
        if pub is not None and pub.precision == "day" and d.date is not None and d.date.start >= pub.end:
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
        if _PRESS_BEFORE.search(text, max(sent.start, a - 8), a):
            return True  # "told a press conference": a briefing, not a sitting of a body
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
        d.earlier = not announced and ((bool(noun) and bool(_EARLIER.search(text, max(sent.start, a - 30), a)))
                                       or (st.may_contain(sent.start, a, ("last",)) and bool(_LAST_TIME.search(text, sent.start, a))))
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
                  and not _ORG_ELSEWHERE.search(text, max(sent.start, x.start - 40), x.start) and not _national(st, x)]
        if orgish:
            near = min(orgish, key=lambda x: abs(x.start - a))
            if near.kind == "org" and near.key not in st.snapshot.focus_orgs and _attached(text, a, b, near.start, near.end):
                # "the 73rd session of the UN General Assembly", "this week's NATO summit": another
                # organization's meeting lends the bloc's meetings neither its date nor its ordinal
                return None
            if near.kind == "body":
                d.body = near.entity_id
                d.org = st.snapshot.org_of.get(near.entity_id)
            else:
                d.org = near.entity_id.split(":", 1)[1]
            bodies = [x for x in orgish if x.kind == "body" and st.snapshot.org_of.get(x.entity_id) == d.org]
            if bodies and not d.body:
                d.body = bodies[0].entity_id
        for fm in _FOREIGN.finditer(text, max(sent.start, a - 40), min(sent.end, b + 50)):
            if _attached(text, a, b, fm.start(), fm.end()) and not any(x.start < fm.end() and fm.start() < x.end for x in orgish):
                return None  # "the BRICS summit", "the session of the General Assembly": a body the gazetteer does not know
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
                 and (joined(x) or not DATE_ELSEWHERE.search(text[max(sent.start, x.start - 40):x.start]))
                 # "leaders meet in Sochi; Tajikistan to chair next year": a semicolon ends the meeting's clause
                 and ";" not in text[min(x.end, b):max(x.start, a)]
                 # a bare month or a day counted from another event must stand next to the meeting word
                 and (x.kind not in _VAGUE_DATES or min(abs(x.start - b), abs(a - x.end)) <= 50
                      # "The following day, many of the same leaders met ...": it opens the sentence
                      or (x.kind == "offset" and x.start == sent.start))]
        # "having said in March that ...": a month or year of a statement, not of the meeting
        dates = [x for x in dates if not (x.kind in ("month", "my", "year") and _SAID_BEFORE.search(text, max(sent.start, x.start - 30), x.start))]
        # "a strategy running to 2025", "a programme up to 2030": a bare year after "to" is a horizon;
        # "the programmes in 2021-2023": a year that opens or closes a span is a period, not a day of meeting
        dates = [x for x in dates if not (x.kind == "year" and (re.search(r"\b(?:to|up\s+to)\s+$", text[max(sent.start, x.start - 8):x.start])
                                                               or _SPAN_AFTER.match(text, x.end) or _SPAN_BEFORE.search(text, max(sent.start, x.start - 8), x.start)))]
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
        for lm in LEADERS.finditer(text, sent.start, sent.end):  # "heads of states with ... presidents of A, B": the first with a list
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
        dm = d.date_mention
        if noun and dm is not None and not joined(dm) and min(abs(dm.start - b), abs(a - dm.end)) > 40 \
                and re.search(r"\bthis\s+$", text[max(sent.start, a - 6):a], re.I):
            # "we agreed on it yesterday, and I chair this meeting": "this meeting" is the one under way,
            # a date told of something else in the sentence is not its date
            d.date = d.date_mention = None
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

    def _signing(self, st: DocState, sent: Sentence) -> MeetingDraft | None:
        """'the treaty ... signed in Astana on 29 May 2014': the leaders met that day to sign it."""
        text = st.text
        if not st.may_contain(sent.start, sent.end, ("signed",)):
            return None  # every match of _SIGNED holds the word
        m = _SIGNED.search(text[sent.start:sent.end])
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


def _national(st: DocState, x) -> bool:
    """'the Council of Ministers of Kyrgyzstan', 'the Council of Ministers of Defense': a body's name
    cut from a longer one, a state's own institution or another council, not the bloc's body."""
    if x.kind != "body":
        return False
    m = _OF_AFTER.match(st.text, x.end)
    if m is None:
        return False
    return bool(m.group("domain")) or any(y.start == m.end() and y.kind == "state" for y in st.mentions)


def _attached(text: str, a: int, b: int, xa: int, xb: int) -> bool:
    """Whether an organization's name at xa..xb belongs to the meeting word at a..b: "the NATO
    summit", "the session of the UN General Assembly"."""
    if xb <= a:
        return bool(re.fullmatch(r"(?:['’]s)?(?:\s+[A-Z][\w-]*){0,3}\s+(?:(?:extraordinary|informal|annual|regular|jubilee)\s+)?", text[xb:a]))
    return xa >= b and bool(re.fullmatch(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}", text[b:xa]))
