"""Small readers over one sentence shared by the relation components: the states a clause
lists (groups expanded), the organizations after a word, the subject state before a verb."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Mention
from .state import DocState, Sentence

# a relative clause set off by commas ("Ukraine, which never ratified the charter, recalled ..."):
# an aside whose words (a year, a negation) belong to it, not to the clause around it
ASIDE = re.compile(r",\s*(?:which|who)\b[^,;:]*,")
_CLAUSE_BREAK = re.compile(r"[:;]|\s[-–—]\s|\bwhilst\b|\bwhile\b|\bbut\b|\bwhich\b|\bwhereas\b", re.I)


def key(m: Mention) -> str:
    return m.entity_id.split(":", 1)[1]


def org_key(st: DocState, m: Mention) -> str | None:
    if m.kind == "org":
        return key(m)
    if m.kind in ("body", "office"):
        return st.snapshot.org_of.get(m.entity_id)
    return None


def clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause that ends at `pos` starts (after the last ':', ';', ' - ', 'whilst'...)."""
    last = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, pos):
        last = m.end()
    return last


def mentions_within(st: DocState, a: int, b: int) -> list[Mention]:
    """The mentions wholly inside [a, b), in order (a binary search over the sorted mentions)."""
    ms = st.mentions
    starts = getattr(st, "_starts", None)
    if starts is None or len(starts) != len(ms) or (ms and starts[-1] != ms[-1].start):
        starts = [m.start for m in ms]
        if any(x > y for x, y in zip(starts, starts[1:])):
            return [m for m in ms if a <= m.start and m.end <= b]  # not in order: no search
        st._starts = starts
    i = bisect_left(starts, a)
    out = []
    while i < len(ms) and ms[i].start < b:
        if ms[i].end <= b:
            out.append(ms[i])
        i += 1
    return out


def mention_states(st: DocState, m: Mention, lo: int = 0) -> list[str]:
    """The states one mention names: a state, a capital standing for its state ("Tashkent has
    applied"), or a group's members ("the three Baltic states", not "some former Soviet
    republics"); `lo` bounds the words read before it."""
    if m.kind == "state":
        return [key(m)]
    if m.kind == "place" and m.entity_id in st.snapshot.capital_of and not re.search(
            r"\b(?:in|at|to|from|near|outside|via|of)\s+$", st.text[max(0, m.start - 10):m.start], re.I) \
            and not st.text.startswith("-", m.end):  # "the Moscow-led alliance" names no actor
        return [st.snapshot.capital_of[m.entity_id]]
    if m.kind == "group" and not re.search(r"\b(?:of|among)\s+(?:the\s+)?(?:\d+\s+|\w+\s+)?$|"
                                           r"\b(?:some|several|many|most|few|other|certain|various|no)\s+$",
                                           st.text[max(lo, m.start - 25):m.start], re.I) \
            and _named_states_at(st, m) < 0:
        return list(st.snapshot.group_members.get(key(m), []))
    return []


_GROUP_APPOSITION = re.compile(r"\s*(?:[:(–—-]|\bof\b|\bsuch\s+as\b|\bincluding\b|\bnamely\b)?\s*(?:the\s+)?$", re.I)


def _named_states_at(st: DocState, m: Mention) -> int:
    """Where the states a group means start when they follow it ("former Soviet republics Armenia,
    Belarus ...", "the Baltic states of Estonia and Latvia"): then the list names the states, not
    the group. -1 if the group is not followed by its states."""
    if m.kind != "group":
        return -1
    nxt = mentions_within(st, m.end, m.end + 30)
    if nxt and nxt[0].kind == "state" and _GROUP_APPOSITION.match(st.text[m.end:nxt[0].start]):
        return nxt[0].start
    return -1


def states_between(st: DocState, a: int, b: int) -> list[str]:
    """States named in [a, b), with groups ("the three Baltic States") expanded, in order."""
    out: list[str] = []
    for m in mentions_within(st, a, b):
        out += [c for c in mention_states(st, m, a) if c not in out]
    return out


def orgs_between(st: DocState, a: int, b: int) -> list[str]:
    out: list[str] = []
    for m in mentions_within(st, a, b):
        k = org_key(st, m)
        if k and k in st.snapshot.focus_orgs and k not in out:
            out.append(k)
    return out


def subject_state(st: DocState, sent: Sentence, pos: int) -> str | None:
    """The state named last before `pos` in the same clause (demonyms do not count)."""
    lo = clause_start(st.text, sent.start, pos)
    cands = states_between(st, lo, pos)
    return cands[-1] if cands else None


def clause_subjects(st: DocState, sent: Sentence, pos: int) -> list[str]:
    """The states a clause ending at `pos` is about: those it names, else the antecedent of a
    relative clause ("Azerbaijan, which is not a member ...")."""
    lo = clause_start(st.text, sent.start, pos)
    states = states_between(st, lo, pos)
    if states:
        return states
    m = re.search(r",?\s*(?:which|who)\s*$", st.text[sent.start:lo], re.I)
    if m:
        before = [x for x in st.mentions if sent.start <= x.start and x.end <= sent.start + m.start() + 1
                  and x.kind == "state"]
        if before and not st.text[before[-1].end:sent.start + m.start()].strip(" ,-–—"):  # "A -- which ..." too
            return [before[-1].key]
    return []


def subject_or_demonym(st: DocState, sent: Sentence, pos: int) -> str | None:
    """A stance's subject: the state named last in the clause, else a demonym there
    ("Armenian officials said their country would veto ...")."""
    found = subject_state(st, sent, pos)
    if found:
        return found
    lo = clause_start(st.text, sent.start, pos)
    dem = [x for x in st.mentions if lo <= x.start and x.end <= pos and x.kind == "demonym"]
    return dem[-1].key if dem else None


_LIST_GLUE = re.compile(r"^(?:\s*,?\s*(?:and|or|as\s+well\s+as|together\s+with|along\s+with)?\s*(?:the\s+)?)$", re.I)
# what may stand between a subject and its verb: an appositive or relative clause in commas,
# or in dashes ("A, B and C -- the latter a neutral state -- never ..."), then up to four words
# of the verb group ("has been", "formally", "downgraded itself")
_SUBJECT_TAIL = re.compile(r"^(?:['’]s\s+(?:parliament|government|legislature|leadership)\s+)?\s*,?\s*(?:,\s*(?:which|who|(?:a|an|the|its|all|both|each|one|two|three|four)\s)[^;:]*?,)?\s*"
                           r"(?:(?:--|[–—]|\s-\s)\s*(?:which|who|the|a|an|its|all|both|each|one|two|three|four)\s[^;:–—]{1,60}?\s*(?:--|[–—]|\s-\s)\s*)?"
                           r"(?:(?:since|from|in|until)\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?(?:(?!(?:and|or|but|while|which|who)\b)[a-z]+\s+){0,4}$")
# "Moldova, the tenth country that still participates in ...": an appositive opening a relative clause
_APPOSITIVE_REL = re.compile(r"^\s*,\s*(?:a|an|the|one)\s[^,;:]{0,60}?\b(?:that|which|who)\s+(?:(?!(?:and|or|but)\b)[a-z]+\s+){0,3}$")
# "..., which also borders Afghanistan, suspended ...": the subject stands before the relative clause
_REL_BEFORE_VERB = re.compile(r",\s*(?:which|who)\b[^;:]*?,\s*(?:(?!(?:and|or|but|while|which|who)\b)[a-z]+\s+){0,4}$")
_PLURAL_PRONOUN = re.compile(r"(?:^|[,;:]\s*)(?:(?:every\s+one|each|all|both|most|none)\s+of\s+them|they(?:\s+all)?)\s+(?:(?!(?:and|or|but)\b)[a-z]+\s+){0,3}$", re.I)
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;:]\s*(?:and|but)?\s*|\b(?:and|but|that|year|then)\s+)(?:it|the\s+country|the\s+republic|the\s+state)\s+(?:(?!(?:and|or|but|which|who|that)\b)[a-z]+\s+){0,4}$", re.I)


def list_subject(st: DocState, sent: Sentence, pos: int) -> list[str]:
    """The states that are the subject of the verb at `pos`: the coordinated list of states
    that ends right before it ("Russia, Belarus and Kazakhstan founded it, Armenia and
    Kyrgyzstan joined ..." gives AM, KG for "joined"), the antecedent of "which"/"whose
    country", or for "it"/"the country" the state the previous sentence is about."""
    text = st.text
    lo = clause_start(text, sent.start, pos)
    rel = _REL_BEFORE_VERB.search(text, sent.start, pos)
    if rel and rel.end() == pos:  # look before the relative clause
        pos, lo = rel.start(), clause_start(text, sent.start, rel.start())
    ms = [m for m in mentions_within(st, lo, pos) if mention_states(st, m)]
    if ms and (_SUBJECT_TAIL.match(text[ms[-1].end:pos]) or _APPOSITIVE_REL.match(text[ms[-1].end:pos])):
        picked = [ms[-1]]
        for m in reversed(ms[:-1]):
            if not _LIST_GLUE.match(text[m.end:picked[0].start]):
                break
            picked.insert(0, m)
        out: list[str] = []
        for m in picked:
            out += [c for c in mention_states(st, m) if c not in out]
        return out
    if re.search(r",\s*(?:having|after|before|since)\s*$", text[lo:pos], re.I):
        first = [m for m in st.mentions if sent.start <= m.start < pos and m.kind in ("state", "group")]
        if first and not re.search(r"[,;]", text[sent.start:first[0].start]):
            return states_between(st, first[0].start, first[0].end)  # "Georgia ..., having left the treaty in 1999"
    whose = re.search(r"\bwhose\s+(?:country|state|government)\s+(?:(?:has|have|had|is|was|will|would)\s+)?(?:(?:also|still|now|already)\s+)?$", text[sent.start:pos], re.I)
    if whose:
        person_state = person_state_before(st, sent, sent.start + whose.start())
        return [person_state] if person_state else []
    rel = re.search(r",?\s*(?:which|who)\s*$", text[sent.start:lo], re.I)
    if rel and not states_between(st, lo, pos):  # "Uzbekistan, which left the treaty in 1999, ..."
        return clause_subjects(st, sent, pos)
    if (lo > sent.start and re.search(r"\b(?:but|and|yet)\s*$", text[sent.start:lo])
            and re.fullmatch(r"\s*(?:(?!(?:and|or|but)\b)[a-z]+\s+){0,4}", text[lo:pos])) \
            or re.search(r"[a-z\d],?\s+(?:and|but|yet|only\s+to)\s+(?:(?!(?:and|or|but)\b)[a-z]+\s+){0,3}$", text[sent.start:pos]):
        # "Ukraine was one of the founders but never ratified ...": the sentence's subject goes on
        first = next((m for m in mentions_within(st, sent.start, pos) if mention_states(st, m)), None)
        if first is not None and not text[sent.start:first.start].strip(" \"'“‘("):
            return mention_states(st, first)
    if _PLURAL_PRONOUN.search(text[sent.start:pos]):  # "Every one of them is also a member of ..."
        i = st.sentences.index(sent)
        return states_between(st, st.sentences[i - 1].start, st.sentences[i - 1].end) if i else []
    close = re.search(r"\s[-–—]\s+(?:(?!(?:and|or|but)\b)[a-z]+\s+){0,3}$", text[sent.start:pos])
    if close:  # "four CIS states - A, B and C, an associate member - stay outside": the list between dashes
        open_ = max(text.rfind(d, sent.start, sent.start + close.start()) for d in (" - ", " – ", " — "))
        if open_ >= 0:
            return list_after(st, open_ + 3, sent.start + close.start())
    if _PRONOUN_SUBJECT.search(text[sent.start:pos]) or not text[sent.start:pos].strip() \
            or re.match(r"\s*(?:It|The\s+country|The\s+republic)\s", text[sent.start:pos]):
        # "Armenia, one of the six, announced that it had frozen ...": the sentence's own subject first
        first = next((m for m in mentions_within(st, sent.start, pos) if mention_states(st, m)), None)
        if first is not None and not text[sent.start:first.start].strip(" \"'“‘("):
            return mention_states(st, first)
        return previous_subject(st, sent)
    return []


def previous_subject(st: DocState, sent: Sentence) -> list[str]:
    """The state the sentences before `sent` are about (the first named in the nearest one)."""
    i = st.sentences.index(sent)
    for p in reversed(st.sentences[max(0, i - 2):i]):
        states = states_between(st, p.start, p.end)
        if states:
            return states[:1]
    return []


def person_state_before(st: DocState, sent: Sentence, pos: int) -> str | None:
    """The state of the person named last before `pos` ("Uzbek President X, whose country ...",
    "Uzbekistan's Shavkat Mirziyoyev, who ...")."""
    people = [p for p in st.persons if sent.start <= p.start and p.end <= pos]
    if people:
        p = people[-1]
        role = next((r for r in st.roles if r.person.start == p.start), None)
        if role is not None and role.of_kind == "state":
            return role.of
        poss = [m for m in mentions_within(st, max(sent.start, p.start - 30), p.start)
                if m.kind == "state" and re.fullmatch(r"['’]s\s+", st.text[m.end:p.start])]
        if poss:
            return poss[-1].key
        pid = st.people.person_id(st.people.add(p.text, p.entity_id))
        if st.snapshot.state_of.get(pid):
            return st.snapshot.state_of.get(pid)
    dem = [m for m in st.mentions if sent.start <= m.start and m.end <= pos and m.kind in ("demonym", "state")]
    return dem[-1].key if dem else None


def recent_orgs(st: DocState, sent: Sentence, back: int = 3) -> list[str]:
    """The organizations of the nearest earlier sentence in reach that names one, else the
    article's own organization."""
    i = st.sentences.index(sent)
    main = st.dominant_org()
    for p in reversed(st.sentences[max(0, i - back):i]):
        orgs = orgs_between(st, p.start, p.end)
        if orgs:  # the nearest sentence naming one; among several, the article's own
            if main in orgs:
                return [main]
            return [o for o in orgs if st.snapshot.successor.get(o) not in orgs]  # the CSTO over the treaty it replaced
    return [main] if main else []


def standing_org(st: DocState, org: str, when) -> str:
    """The organization a status or stance at `when` can concern: the successor of one replaced by
    then ("declined to extend that treaty in 1999. Uzbekistan ... suspended its membership in
    2012": the CSTO, not the treaty)."""
    nxt = st.snapshot.successor.get(org)
    return nxt if nxt and when and st.snapshot.founded.get(nxt) and st.snapshot.existed(nxt, when) else org


def org_then(st: DocState, org: str, when) -> str:
    """The organization a departure at `when` left: the predecessor of one not yet founded then
    ("left the grouping once before in 1999": the CSTO's 1992 treaty, not the CSTO)."""
    before = next((k for k, v in st.snapshot.successor.items() if v == org), None)
    return before if before and when and not st.snapshot.existed(org, when) else org


def list_after(st: DocState, pos: int, end: int) -> list[str]:
    """The coordinated list of states that starts at `pos` ("Armenia, Belarus and Kazakhstan
    met ..." gives AM, BY, KZ), stopping at the first word that is not list glue."""
    out: list[str] = []
    at = pos
    for m in mentions_within(st, pos, end):
        if m.start < at:
            continue
        codes = mention_states(st, m)
        named_at = _named_states_at(st, m)
        if named_at >= 0 and _LIST_GLUE.match(st.text[at:m.start]):
            at = named_at  # "Russia and former Soviet republics Armenia, ...": the list goes on
            continue
        if not codes:
            continue
        if not (_LIST_GLUE.match(st.text[at:m.start]) or (not out and not st.text[at:m.start].strip())):
            break
        out += [c for c in codes if c not in out]
        at = m.end
    return out


#: Switch for the keyword guards of the relation readers (tests turn it off to check that the
#: guards change nothing).
GUARDS = {"on": True}


_WORDS: dict[int, tuple[tuple[str, ...], dict[int, tuple[str, ...]]]] = {}


def _guards(needs: dict) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """All guard words of `needs`, and each pattern's words by the pattern's id (built once per
    `needs`): looking a compiled pattern up by itself hashes its whole program every time."""
    got = _WORDS.get(id(needs))
    if got is None:
        got = _WORDS[id(needs)] = (tuple(sorted({w for ws in needs.values() for w in ws})),
                                   {id(rx): ws for rx, ws in needs.items()})
    return got


def words_in(low: str, needs: dict, among: frozenset[str] | None = None) -> frozenset[str]:
    """The guard words of `needs` that occur in a lower-cased sentence (each looked up once).
    `among`: the words of the whole document (`words_in` of the lower-cased text), a superset of
    any sentence's: an ASCII word in a sentence lower-cased is in the text lower-cased."""
    words = among if among is not None else _guards(needs)[0]
    return frozenset(w for w in words if w in low)


def scan(rx: re.Pattern, body: str, present: frozenset[str], needs: dict):
    """`rx.finditer(body)`, or nothing when the sentence holds none of the words without which
    `rx` cannot match (`needs[rx]`; `present` is `words_in` of the sentence)."""
    words = _guards(needs)[1].get(id(rx)) if GUARDS["on"] else None
    if words is not None and present.isdisjoint(words):
        return ()
    return rx.finditer(body)
