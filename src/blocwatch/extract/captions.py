"""Sentences and captions that say who took part ("Participants: ...", "Taking part were ...", "the
Uzbek delegation attended", "A, B and C agreed at the meeting") and the meeting they speak of
(a mixin of MeetingReader)."""

from __future__ import annotations

import re

from .persons import name_candidates
from .state import DocState, Sentence
from .meeting_draft import MeetingDraft
from .participants import FORMER, variant_of

# talks of two leaders apart from the session: who takes part in them is not placed at it
_BILATERAL = re.compile(r"\b(?:bilateral|one-(?:to|on)-one|tete-a-tete|tête-à-tête)\b", re.I)
# ", who is ...,": a relative clause that names someone in passing
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;.]*,")
_REPRESENTED_BY = re.compile(r"\s+(?:(?:was|were|is|will\s+be)\s+)?(?:represented\s+)?by\s+[^;.]{0,90}$")
_FORMER_TITLE = re.compile(r"\b(?:former|ex-|onetime|one-time)\s*(?:[a-z-]+\s+){1,3}$")
# words that end a place or building, not a person's name
_NOT_PERSON_WORD = re.compile(r"\b(?:Square|Palace|Hall|Centre|Center|Street|Library|Residence|Complex|Hotel|House|"
                              r"Region|Park|Avenue|Airport|Museum|Theatre|Theater|Arena|Stadium|Club|Bank)\b")
# "the Uzbek delegation", "the Kyrgyz, Tajik and Uzbek delegations": each state of the list sent one
_DELEGATION_CUE = re.compile(r"\b(?-i:[A-Z][\w-]+)(?:['’]s)?\s+delegation\b(?!\s+(?:will|would|is\s+to|plans?))")
# "Moldova, the fourth member, was represented by ...": an apposition may stand between
# "A, B and C were represented by their premiers": each state of a list
_DELEGATION = re.compile(r"(?:\s*,\s*(?:and\s+)?[A-Z][\w-]+|\s+and\s+[A-Z][\w-]+){0,6}(?:(?:['’]s)?\s+delegations?\b|"
                         r"(?:,\s+[^,.;]{1,30},)?\s+(?:(?:also\s+)?(?:took\s+part|participated|attended)|(?:was|were|is|are|will\s+be)\s+(?:also\s+)?represented)\b)", re.I)
# "A, B and C agreed to ... at a meeting held in Bishkek": states that decided at a meeting
_DECIDED = re.compile(r"\b(?:agreed|decided|approved|adopted|endorsed|voted|resolved)\b", re.I)
_DECIDED_WORDS = ("agreed", "decided", "approved", "adopted", "endorsed", "voted", "resolved")  # its keyword gate
_AT_MEETING = re.compile(r"\bat\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:meeting|summit|session|sitting)\b", re.I)
LEADERS = re.compile(r"\b(?:leaders|heads\s+of\s+state|presidents|delegations|representatives|heads|speakers|ministers)\s+"
                      r"(?:of\s+(?:the\s+)?(?:parliaments|legislatures|security\s+councils|governments|(?:defen[cs]e|foreign)\s+ministries)\s+)?(?:of|from)\s+"
                      # "the leaders of CIS members Armenia, Russia and Belarus": the group named before its list
                      r"(?:(?:the\s+)?(?:[A-Z]{2,6}\s+)?(?:member\s+)?(?:states|countries|members|nations)\b\s*)?", re.I)


class CaptionsMixin:
    """People and states that sentences and captions say took part, added to the meeting they speak of."""

    def _captions(self, st: DocState, events: list[MeetingDraft], main: MeetingDraft | None) -> None:
        """Captions and sentences that say who took part ("Participants: ...", "Taking part
        were ...", "Around the table sat ...") add the people they name, also known people
        spelled another way and new names the sentence ties to a state."""
        text = st.text
        caps = [(s.start, s.end) for s in st.document.sections if s.kind == "caption"]
        spans = caps + [(s.start, s.end) for s in st.sentences if s.section == "body"]
        body = [s for s in st.sentences if s.section == "body"]
        cues = tuple(c.lower() for c in self.lex.participant_cues)
        for a, b in spans:
            # "The Uzbek delegation also signed": a state's delegation is a participation cue of its own
            # (the keyword gate first: participant_re is an alternation of cues, each a literal)
            cue = st.may_contain(a, b, cues) and self.lex.participant_re.search(text, a, b)
            if not cue and not ((a, b) in caps and self._group_photo(st, a, b)) \
                    and not (text.find("delegation", a, b) >= 0 and _DELEGATION_CUE.search(text, a, b)):  # (a case-sensitive word in every match)
                continue
            if self._side_event(st, body, a, b):
                continue
            target = self._caption_target(st, a, b, events, main)
            if target is None:
                continue
            added = False
            # "The heads of Armenia, Azerbaijan and Belarus took part": the states of that list
            lm = LEADERS.search(text, a, b)
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
                if r is not None and FORMER.search(text[max(0, r.start - 12):r.start]) or _FORMER_TITLE.search(text, max(a, p.start - 40), p.start):
                    continue  # "Armenia's former prime minister Tigran Sargsyan"
                state = r.of if r and r.of_kind == "state" else None
                org = r.of if r and r.of_kind == "org" else None
                if state is None and org is None and self._person(st, p)[0] not in st.snapshot.state_of:
                    state = self._state_near(st, a, b, p)
                added |= self._add(st, target, p, r.title if r else None, state, org)
            if added:
                target.evidence.append((a, b))

    def _deciding_states(self, st: DocState, events: list[MeetingDraft], main: MeetingDraft | None) -> None:
        """'Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan agreed ... at a meeting held in
        Bishkek': the states of a list that decided something at a meeting took part in it."""
        text = st.text
        for sent in st.sentences:
            if sent.section != "body" or not st.may_contain(sent.start, sent.end, _DECIDED_WORDS):
                continue
            for v in _DECIDED.finditer(text, sent.start, sent.end):
                if not _AT_MEETING.search(text, v.end(), sent.end):
                    continue
                states = [x for x in st.mentions if sent.start <= x.start < v.start() and x.kind == "state"]
                run: list = []
                for x in reversed(states):  # the list that ends right before the verb
                    gap = text[x.end:(run[-1].start if run else v.start())]
                    if not re.fullmatch(r"\s*,?\s*(?:and\s+)?(?:the\s+)?" if run else r"\s*,?\s*", gap):
                        break
                    run.append(x)
                if len(run) < 2:
                    continue
                target = self._caption_target(st, sent.start, sent.end, events, main)
                if target is None:
                    continue
                more = [x.key for x in reversed(run) if x.key not in target.states]
                if more:
                    target.states += more
                    target.evidence.append((sent.start, sent.end))

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
            known = variant_of(st.snapshot, c.text)
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


def _in_relative_clause(text: str, a: int, b: int, pos: int) -> bool:
    """Whether `pos` falls inside a relative clause (", who ...,") of the span a..b."""
    return any(m.start() < pos < m.end() for m in _RELATIVE.finditer(text, a, b))


def _pm():
    from .persons import PersonMention
    return PersonMention(0, 0, "", None)
