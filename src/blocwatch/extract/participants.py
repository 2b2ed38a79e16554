"""Who took part in a meeting: the leaders of the states that sit at it, lists of names, the
organization's own officials, and who stayed away (a mixin of MeetingReader)."""

from __future__ import annotations

import re

from .persons import fold, same_person
from .clauses import clause_start, subject_state
from .state import DocState, Sentence
from .meeting_draft import MeetingDraft, Participant

_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna)")
_CAP_WORD = re.compile(r"\b[A-Z][a-z\u00C0-\u024F'’\-]{3,}\b")
# "former prime minister": no office held now
FORMER = re.compile(r"\b(?:former|ex-|onetime|one-time|late)\s*$", re.I)
# someone or some state that stayed away from the meeting
ABSENT = re.compile(r"\b(?:stay(?:s|ed|ing)?\s+(?:away|at\s+home|home)|skip(?:s|ped)|boycott(?:s|ed|ing)|(?:was|were)\s+absent|['’]s\s+absence|"
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
                     r"decided\s+not\s+to\s+(?:attend|come|travel|take\s+part)|"
                     # "failed to attend", "was the sole absentee", "the only leader missing"
                     r"failed\s+to\s+(?:attend|come|show\s+up|turn\s+up|take\s+part)|\b(?:sole|only|lone)\s+absentee|"
                     r"the\s+only\s+(?:one|leader|member|state|country|head\s+of\s+state)\s+(?:missing|absent)|"
                     # "her schedule did not allow her to come"
                     r"(?:did|does|would)\s+not\s+allow\s+(?:him|her|them)\s+to\s+(?:come|attend|travel|take\s+part))", re.I)
# Keyword gates (see DocState.may_contain): every match of ABSENT contains one of these words ...
_ABSENT_WORDS = ("stay", "skip", "boycott", "absen", "not", "didn", "won", "hasn", "haven", "hadn", "declined", "pulled",
                 "cancel", "called", "sent", "failed", "missing")
# ... and every match of _STOOD_IN one of these
_STOOD_IN_WORDS = ("stood", "stand", "fill", "place", "instead")
_STOOD_IN = re.compile(r"\b(?:stood|standing|stands|stand|filled|filling|fills)\s+in\s+for\s+|\bin\s+place\s+of\s+|\binstead\s+of\s+", re.I)
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
# "the Uzbek delegation", "Belarus's delegation": a state's group of people, not one person
_GROUP_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:delegation|delegates|officials|representatives|side|team)\b", re.I)
# "Presidents of A and B, Vice-President of C, and high-level representatives of D": the list goes on
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:and\s+)?(?:(?:also|high-level|senior|the)\s+)*(?:(?:[Vv]ice[\s-])?[Pp]residents?|[Pp]rime\s+[Mm]inisters?|"
                           r"representatives|delegations|[Hh]eads?\s+of\s+(?:state|government)|(?:[\w-]+\s+)?[Mm]inisters?|speakers?|leaders?)\s+of\s+(?:the\s+)?")
# the council of one kind of office-holder (a word of the body's name) and the words of that office's title
_OFFICE_OF_BODY = (("foreign", ("minister", "foreign")), ("defen", ("minister", "defen")),
                   ("secretaries of security councils", ("secretary", "security council")))
_SURNAMES: dict[int, dict[str, list[str]]] = {}
_VARIANTS: dict[int, dict[str, list[str]]] = {}


class ParticipantsMixin:
    """Who sat at a meeting and who stayed away; the people of a mention as known persons."""

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
            eid = variant_of(st.snapshot, p.text, loose=True)
            if eid:
                c = st.people.add(st.snapshot.canonical[eid], eid)
                return st.people.person_id(c), st.people.name(c)
        c = st.people.add(p.text, eid)
        return st.people.person_id(c), st.people.name(c)

    # ------------------------------------------------------------------ leaders at a summit
    def _leaders(self, st: DocState, d: MeetingDraft) -> None:
        """At a heads-of-state meeting, the article's sitting presidents and prime ministers of
        states that take part in the organization (or that the text lists) are its participants."""
        level = self._level(st, d)
        if d.announced:
            return
        if level in ("ministers", "officials"):
            # a council of foreign (defence) ministers: the foreign (defence) ministers named;
            # a committee of security council secretaries: the secretaries named
            if self._ministers(st, d) or level == "ministers":
                return
        if d.noun != "summit" and not d.summit and "heads-of-state" not in level and "head" not in level:
            return
        have = {p.person_id for p in d.participants}
        # a council of heads of government seats prime ministers; a president there is named for another reason
        titles = ("prime minister",) if level == "heads-of-government" else ("president", "prime minister")
        for r in st.roles:
            if r.of_kind != "state" or r.title.lower() not in titles:
                continue
            if FORMER.search(st.text[max(0, r.start - 12):r.start]):
                continue  # "a former prime minister of Belarus"
            if not self._takes_part(st, d, r.of):
                continue
            pid, name = self._person(st, r.person)
            if not self._in_office(st, d, pid):
                continue
            if pid not in have:
                have.add(pid)
                d.participants.append(Participant(pid, name, r.title, self._state(st, pid, r.of), None,
                                                  r.person.start, r.person.end, implicit=True))
        # a known sitting leader named without a title ("Kazakhstan's Nursultan Nazarbayev urged ..."),
        # when the article reports the meeting (its title or lead names it)
        if not d.date or not self._reported(st, d):
            return
        # "President Vladimir Voronin": a title without its state counts as no title here
        titles_of = {r.person.start: r.title for r in st.roles if r.of_kind is None and r.title.lower() in titles}
        titled = {r.person.start for r in st.roles} - set(titles_of)
        for p in st.persons:
            if not p.entity_id or p.start in titled or FORMER.search(st.text[max(0, p.start - 12):p.start]):
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
                d.participants.append(Participant(pid, name, titles_of.get(p.start), state, None, p.start, p.end, implicit=True))

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

    def _ministers(self, st: DocState, d: MeetingDraft) -> bool:
        """At a council of one kind of office-holder, the holders of that office the article names
        for states that take part: foreign or defence ministers, secretaries of security councils.
        False when the body is no such council."""
        body = st.snapshot.canonical.get(self._body(d) or "", "").lower()
        words = next((w for key, w in _OFFICE_OF_BODY if key in body), None)
        if words is None:
            return False
        for r in st.roles:
            t = r.title.lower()
            if not all(w in t for w in words) or r.of_kind not in ("state", None):
                continue
            if FORMER.search(st.text[max(0, r.start - 12):r.start]):
                continue
            sent = st.sentence_of(r.person.start)
            state = r.of if r.of_kind == "state" else (subject_state(st, sent, r.start) if sent else None)
            if state is None or not self._takes_part(st, d, state):
                continue
            self._add(st, d, r.person, r.title, state, None)
        return True

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

    @staticmethod
    def _state_list(st: DocState, a: int, end: int) -> list[str]:
        """The states of a list that starts at `a` ("of Armenia, Kazakhstan and Tajikistan")."""
        out: list[str] = []
        pos = a
        for x in st.mentions:
            if x.start < pos or x.start >= end:
                continue
            if x.kind != "state" or not (re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)?(?:the\s+)?", st.text[pos:x.start])
                                         or (out and _LIST_GOES_ON.fullmatch(st.text, pos, x.start))):
                break
            out.append(x.key)
            pos = x.end
        return out

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
                    text.find(" and ", sent.start, sent.end) < 0 or \
                    (st.may_contain(sent.start, sent.end, _ABSENT_WORDS) and ABSENT.search(text, sent.start, sent.end)):
                continue
            people = self._listed(st, sent)
            if len(people) < 3:
                continue
            added = False
            for p in people:
                r = next((r for r in st.roles if r.person.start == p.start), None)
                if r is not None and FORMER.search(text[max(0, r.start - 12):r.start]):
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
        gone_people, gone_states = set(), set()
        kept: dict[str, None] = {}  # in the order the text names them: the output does not depend on hashing
        for sent in st.sentences:
            if sent.section not in ("body", "title", "caption"):
                continue
            absent = ABSENT.finditer(text, sent.start, sent.end) if st.may_contain(sent.start, sent.end, _ABSENT_WORDS) else ()
            for m in absent:
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
                    kept.update(dict.fromkeys(r.of for r in st.roles if r.of_kind == "state" and lo <= r.person.start < m.start()))
                    continue
                # "the second gathering that Armenia has boycotted", "Armenia's absence"
                # "Armenian officials stayed away" (not "Kyrgyz President X cancelled his trip": he stayed)
                gone_states |= {x.key for x in st.mentions if (x.kind == "state" or (x.kind == "demonym" and _GROUP_AFTER.match(text, x.end)))
                                and max(lo, m.start() - 60) <= x.start < m.start()}
                # "Yerevan had declined to attend": a capital standing for its government
                gone_states |= {st.snapshot.capital_of[x.entity_id] for x in st.mentions
                                if x.kind == "place" and x.entity_id in st.snapshot.capital_of and lo <= x.start < m.start()
                                and re.fullmatch(r"\s+(?:(?:has|had|have|also|then|again)\s+)*", text[x.end:m.start()])}
            # "Abbasov, who stood in for Prime Minister Artur Rasizade": the one stood in for stayed away
            stood_in = _STOOD_IN.finditer(text, sent.start, sent.end) if st.may_contain(sent.start, sent.end, _STOOD_IN_WORDS) else ()
            for w in stood_in:
                nxt = next((p for p in st.persons if w.end() <= p.start < w.end() + 50), None)
                if nxt and re.fullmatch(r"(?:(?:[A-Z][\w\-]*(?:['’]s)?|the|prime|minister|president)\s+)*", text[w.end():nxt.start], re.I):
                    gone_people.add(self._person(st, nxt)[0])
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
        # a state that stayed away takes its leaders with it, unless it sent someone else
        d.participants = [p for p in d.participants if p.person_id == d.host_id or
                          (p.person_id not in gone_people and not (p.implicit and p.state in gone_states and p.state not in kept))]
        left = {p.state for p in d.participants}
        d.states = [s for s in d.states if s not in gone_states or s in left]
        d.absent = {s for s in gone_states if s not in left}
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


def variant_of(snapshot, name: str, loose: bool = False) -> str | None:
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
