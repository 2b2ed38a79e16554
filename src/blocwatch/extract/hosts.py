"""The host of a meeting: who hosted, welcomed or received the leaders; a chair when no one is
said to host it (a mixin of MeetingReader)."""

from __future__ import annotations

import re

from .clauses import clause_start, subject_state
from .state import DocState, Sentence
from .meeting_draft import MeetingDraft, Participant

# hospitality ("hosted", "welcomed his guests", "received the heads") names the host before chairing does
_HOSPITALITY = re.compile(r"\bhosted\s+by\b|\bat\s+the\s+(?:\w+\s+)?invitation\s+of\b|['’]s\s+(?:personal\s+|own\s+)?invitation\b|\bthe\s+host\b|\b(?:acting|serving)\s+as\s+(?:the\s+)?host\b|\bas\s+host\b|"
                          r"\bhost(?:ed|s)\s+(?:the|a|this|an|it|them)\b|\bhosted\s+(?:in|at)\b|"
                          r"\b(?:welcomed|received|greeted)\s+(?:the|his|her|their|fellow)\s+(?:\w+\s+){0,2}?"
                          r"(?:heads|leaders|guests|counterparts|colleagues|presidents|delegations|participants|partners)\b|"
                          # "met the guests at the entrance", "Welcoming the participants, the minister said ..."
                          r"\bmet\s+(?:the|his|her|their)\s+(?:guests|participants|delegations)\b|"
                          r"\bwelcoming\s+(?:the|his|her|their)\s+(?:guests|participants|delegations|colleagues)\b|"
                          # "was there to greet delegates": the host waits for the delegations
                          r"\bto\s+(?:greet|welcome|receive)\s+(?:the\s+)?(?:delegates|delegations|guests|participants|leaders)\b|"
                          # "thanked X for the excellent organization of the meeting", "expressed gratitude to X for the hospitality"
                          r"\b(?:thanked|gratitude\s+to)\s+[^.;]{0,80}?\s+for\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:organi[sz]ation|hospitality|reception)\b", re.I)
# "ran the session from his residence", "led the video summit": the chair of a meeting
_RAN = re.compile(r"\b(?:ran|led|conducted)\s+(?:the|a|this)\s+(?:\w+\s+)?(?:session|meeting|summit|talks)\b", re.I)
_HOST_RE = re.compile(r"\bwith\s+(?=(?:[A-Z][\w'’-]+\s+){1,3}(?:presiding|chairing|in\s+the\s+chair)\b)|\b(?:hosted|chaired|presided\s+over|presided|opened|conducted|moderated)\s+(?:from\s+[A-Z][\w-]+\s+)?by\b|\bunder\s+the\s+(?:chairing|chairmanship|chairship|chair|presidency)\s+of\b|(?<!had\s)\b(?:chaired|presided\s+over|opened)\s+(?:(?:today|yesterday|both|on\s+\w+day|in\s+[A-Z][\w-]+)\s+){0,3}(?:the|a|this)\s+(?:[\w-]+\s+){0,4}?(?:session|meeting|summit|talks|council|gathering|sitting)s?\b|\bthe\s+host\b|\b(?:acting|serving)\s+as\s+(?:the\s+)?host\b|\bas\s+host\b|\bhost(?:ed|s)\s+(?:the|a|this|an)\b|\bwelcomed\s+(?:the|his|her|fellow)\b"
                      # "Putin said when opening the session", "Opening the summit, X said"
                      r"|\bopening\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:session|meeting|summit|sitting)\b", re.I)
# Keyword gates (see DocState.may_contain): every match of _HOSPITALITY and of the "welcomed X"
# loop below contains one of the first words, every match of _HOST_RE or _RAN one of the second.
_HOSPITALITY_WORDS = ("host", "invitation", "welcom", "receiv", "greet", "guests", "participants", "delegations", "thanked", "gratitude")
_CHAIR_WORDS = ("chair", "presid", "host", "opened", "opening", "conducted", "moderated", "welcomed", "ran", "led")
# and a cue (see DocState.may_match) that every match of _HOST_RE or _RAN holds, for sentences that pass the words
# above only by "president" or a word with "ran" or "led" in it ("Iran", "called"): "presid" not followed by "ent"
# ("presided", "presiding", "presidency"), and "ran"/"led" only before the article _RAN requires
_CHAIR_CUE = re.compile(r"chair|presid(?!ent)|host|opened|opening|conducted|moderated|welcomed|(?:ran|led)\s+(?:the|a|this)\s")
# "under the chairmanship of the President of X, Chairman of the Council A B": a long title before the chair's name
_TITLE_FIRST = re.compile(r"\s*(?:the\s+)?(?:President|Prime\s+Minister|Premier|Chairman|Chairwoman|Head|Secretary)\b")
# "Putin welcomed (Armenian Prime Minister) Nikol Pashinyan": the verb, then capitalised words up to the name
_WELCOMED = re.compile(r"\b(?:welcome[sd]|receive[sd]|greet(?:ed|s)|host(?:ed|s))\s+")
_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][\w\-]*(?:['’]s)?\s+)*")
# a state said to chair the organization: "Belarus' chairmanship", "the Kazakh chairmanship", "Armenia's rotating presidency"
_STATE_CHAIRS = re.compile(r"(?:['’]s?)?\s+(?:rotating\s+|current\s+)?chairmanship\b|['’]s?\s+(?:rotating\s+|current\s+)presidency\b")
# "... whose country holds the rotating presidency", "Kazakhstan, which holds the chairmanship": the clause's state chairs
_HOLDS_CHAIR = re.compile(r"\b(?:holds?|holding)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:rotating\s+)?(?:chairmanship|presidency)\b", re.I)
_WHOSE = re.compile(r"\bwhose\s+(?:country|nation|state)\s+(?:currently\s+|now\s+)?$", re.I)
# "thanked the Turkmen side for the excellent organization", "thank our Kazakh friends for their hospitality"
_THANKED_SIDE = re.compile(r"\b(?:thank(?:ed|s|ing)?|gratitude\s+to)\s+(?:the\s+|our\s+)?(?P<dem>[A-Z][\w-]+)\s+(?:side|friends|hosts|"
                           r"colleagues|partners|leadership|authorities)\s+for\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:hospitality|organi[sz]ation|reception|welcome)\b")
_WORD = re.compile(r"\w+")
_AUX_ONLY = re.compile(r"\s*(?:(?:will|has|had|is|was)\s+)?")
_APPOSED = re.compile(r"(?:\s*,\s*|\s+)")


class HostsMixin:
    """Finding the host of a meeting; uses the participants and captions mixins to name people."""

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
                                  and _AUX_ONLY.fullmatch(text[x.end:m.start()]) for x in st.mentions):
                    before = []  # "Pashinyan and Aliyev talk as Dushanbe hosts the summit": a city is the host
                cue = m.group(0).lower()
                apposed = before and _APPOSED.fullmatch(text[before[-1].end:m.start()]) and cue.startswith("the host")
                if apposed:
                    pick = before[-1:]  # "Dmitry Medvedev, the host, said ..."
                elif cue.startswith(("thanked", "gratitude")):
                    pick = [p for p in people if m.start() < p.start and p.end < m.end()][:1]  # the one thanked
                elif cue.startswith(("'s", "’s")):
                    pick = [p for p in before if p.end == m.start()]  # "at Vladimir Putin's invitation"
                elif cue.endswith((" by", " of")) or cue.startswith(("the host", "at the", "with")):
                    pick = after[:1]
                    if cue.endswith(" of") and pick and pick[0].start - m.end() > 70 and not _TITLE_FIRST.match(text, m.end()):
                        pick = []  # "under the chairmanship of Kazakhstan, ... Putin": the chair is a state
                else:
                    pick = before[-1:] or ([] if cue.startswith(("host", "welcomed", "received", "greeted", "met", "chaired", "presided",
                                                                 "opened", "ran", "led", "conducted", "to ")) else after[:1])
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

    def _chairing_leader(self, st: DocState, d: MeetingDraft) -> None:
        """No one is named as welcoming or presiding, but the text names a state: the one thanked
        for its hospitality ("thanked the Turkmen side for the warm welcome"), else the one that
        chairs the organization ("under Belarus' chairmanship", "whose country holds the rotating
        presidency"). That state's leader at the meeting is its host."""
        if d.host or d.announced or not d.date or not d.participants:
            return
        hospitable = self._hospitable_states(st)
        states = hospitable or self._chairing_states(st)
        if len(states) != 1:
            return
        (state,) = states
        # the host state's one participant; the chairing state's one sitting leader
        leaders = [p for p in d.participants if p.state == state and (hospitable or self._leader_on(st, p.person_id, d) == state)]
        if len(leaders) == 1:
            d.host, d.host_id, d.host_state = leaders[0].name, leaders[0].person_id, state

    @staticmethod
    def _hospitable_states(st: DocState) -> set[str]:
        """The states thanked for their hospitality ("our Kazakh friends", "the Turkmen side")."""
        text, found = st.text, set()
        for sent in st.sentences:
            if sent.section != "body" or not st.may_contain(sent.start, sent.end, ("thank", "gratitude")):
                continue
            for m in _THANKED_SIDE.finditer(text, sent.start, sent.end):
                found |= {x.key for x in st.mentions if x.start == m.start("dem") and x.kind in ("state", "demonym")}
        return found

    @staticmethod
    def _chairing_states(st: DocState) -> set[str]:
        """The states the text says chair the organization."""
        text, found = st.text, set()
        for sent in st.sentences:
            if sent.section not in ("body", "title", "caption") or not st.may_contain(sent.start, sent.end, ("chairmanship", "presidency")):
                continue
            for x in st.mentions:
                if sent.start <= x.start < sent.end and x.kind in ("state", "demonym") and _STATE_CHAIRS.match(text, x.end, sent.end):
                    found.add(x.key)
            for m in _HOLDS_CHAIR.finditer(text, sent.start, sent.end):
                if _WHOSE.search(text, max(sent.start, m.start() - 40), m.start()):
                    # "Nursultan Nazarbayev, whose country holds ...": the state of the person named before
                    p = next((q for q in reversed(st.persons) if sent.start <= q.start and q.end <= m.start()), None)
                    state = p and st.snapshot.state_of.get(p.entity_id or "")
                else:
                    state = subject_state(st, sent, m.start())
                if state:
                    found.add(state)
        return found

    def _host_cue(self, st: DocState, sent: Sentence, strength: int) -> re.Match | None:
        text = st.text
        if not st.may_contain(sent.start, sent.end, _HOSPITALITY_WORDS if strength == 0 else _CHAIR_WORDS):
            return None  # none of the words without which no pattern below matches
        if strength == 0:
            m = _HOSPITALITY.search(text, sent.start, sent.end)
            if m:
                return m
            # "Putin welcomed Armenian Prime Minister Nikol Pashinyan, ...": a person welcomed
            # "Atambayev hosted Russia's Vladimir Putin, ...": a person hosted
            for w in _WELCOMED.finditer(text[sent.start:sent.end]):
                at = sent.start + w.end()
                nxt = next((p for p in st.persons if at <= p.start < at + 45), None)
                if nxt and _CAPITALISED_WORDS.fullmatch(text[at:nxt.start]):
                    return _WORD.match(text, sent.start + w.start())
            return None
        if not st.may_match(sent.start, sent.end, _CHAIR_CUE):
            return None
        return _HOST_RE.search(text, sent.start, sent.end) or _RAN.search(text, sent.start, sent.end)
