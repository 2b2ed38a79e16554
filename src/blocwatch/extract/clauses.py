"""Small readers over one sentence shared by the relation components: the states a clause
lists (groups expanded), the organizations after a word, the subject state before a verb."""

from __future__ import annotations

import re

from ..model import Mention
from .state import DocState, Sentence

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


def states_between(st: DocState, a: int, b: int) -> list[str]:
    """States named in [a, b), with groups ("the three Baltic States") expanded, in order."""
    out: list[str] = []
    for m in st.mentions:
        if a <= m.start and m.end <= b:
            if m.kind == "state":
                codes = [key(m)]
            elif m.kind == "place" and m.entity_id in st.snapshot.capital_of and not re.search(
                    r"\b(?:in|at|to|from|near|outside|via|of)\s+$", st.text[max(0, m.start - 10):m.start], re.I):
                codes = [st.snapshot.capital_of[m.entity_id]]  # "Tashkent has applied": the capital for the state
            elif m.kind == "group" and not re.search(r"\b(?:of|among)\s+(?:the\s+)?(?:\d+\s+|\w+\s+)?$|"
                                                     r"\b(?:some|several|many|most|few|other|certain|various|no)\s+$",
                                                     st.text[max(a, m.start - 25):m.start], re.I):
                codes = st.snapshot.group_members.get(key(m), [])
            else:
                continue
            out += [c for c in codes if c not in out]
    return out


def orgs_between(st: DocState, a: int, b: int) -> list[str]:
    out: list[str] = []
    for m in st.mentions:
        if a <= m.start and m.end <= b:
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
        if before and not st.text[before[-1].end:sent.start + m.start()].strip(" ,"):
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
