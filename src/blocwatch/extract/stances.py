"""Stances of states towards organizations: vetoes of another state's accession, refusals to
join, suspended participation, applications and withdrawals; and chairmanships taken over."""

from __future__ import annotations

import re

from .clauses import clause_start, orgs_between, states_between, subject_state
from .state import DocState

_VETO = re.compile(r"\b(?:promised|promises|threatened|threatens|threatening|vowed|vows|pledged|pledges|"
                   r"said\s+it\s+would|says\s+it\s+will|would|will|could|intends?\s+to|plans?\s+to)\s+(?:to\s+)?veto\b|"
                   r"\bvetoed\b|\bblocked\b(?=[^.]{0,60}\b(?:accession|membership|joining|bid)\b)", re.I)
_JOIN_OF = re.compile(r"\b(?:joining|join|accession\s+to|membership\s+(?:of|in)|bid\s+to\s+join|entry\s+into)\s+(?:the\s+)?", re.I)
_REFUSE = re.compile(r"\b(?:refused|refuses|refuse|declined|declines|rejected|rejects)\s+(?:outright\s+)?to\s+(?:join|participate\s+in|become\s+a\s+member\s+of|take\s+part\s+in)\b|"
                     r"\b(?:will|would)\s+never\s+join\b", re.I)
_UNLIKELY = re.compile(r"\b(?:little|no|small|slim)\s+(?:likelihood|likelyhood|likelihod|chance|prospect)\s+that\b", re.I)
_WILL_JOIN = re.compile(r"\b(?:will|would)\s+(?:ever\s+)?(?:do\s+so|join)\b", re.I)
_SUSPEND = re.compile(r"\b(?:suspended|suspends|suspend|froze|freezes|freeze|frozen|halted)\s+(?:its\s+|their\s+)?(?:participation|membership|activities|involvement)\s+in\b", re.I)
_WITHDRAW = re.compile(r"\b(?:withdrew|withdraws|withdraw|withdrawn|pulled\s+out|quit|quits|left|leaves|exit(?:ed)?)\s+(?:from\s+)?(?:the\s+)?(?=[A-Z])|\b(?:announced|announces|completed)\s+(?:its\s+)?withdrawal\s+from\b", re.I)
_APPLY = re.compile(r"\b(?:applied|applies|apply)\s+(?:to\s+join|for\s+(?:full\s+)?membership|for\s+observer\s+status)|\bsubmitted\s+(?:an?\s+|its\s+)?(?:application|bid)\b|\bapplication\s+to\s+join\b", re.I)
_CHAIR = re.compile(r"\b(?:take|takes|took|taking|taken|assume|assumes|assumed|assuming|hold|holds|held|holding)\s+over\s+(?:the\s+)?(?:rotating\s+)?(?:chairmanship|presidency|chair)\b|"
                    r"\b(?:assume|assumes|assumed|assuming|take|takes|took|taking)\s+(?:up\s+)?(?:the\s+)?(?:rotating\s+)?(?:chairmanship|presidency)\b|"
                    r"['’]s\s+(?:future\s+|upcoming\s+|new\s+)?(?:chairmanship|presidency)\s+(?:in|of)\b", re.I)
_HANDOVER = re.compile(r"\bhand(?:ed|s|ing)?\s+over\s+(?:the\s+)?(?:rotating\s+)?(?:chairmanship|presidency)\s+(?:of\s+(?:the\s+)?\S+\s+)?to\b", re.I)


def read_stances(st: DocState) -> list[tuple]:
    """(state, action, org, target_state, start, end, confidence)."""
    out: list[tuple] = []
    text = st.text
    for i, sent in enumerate(st.sentences):
        if sent.section not in ("body", "title", "caption"):
            continue
        s, e = sent.start, sent.end
        body = text[s:e]
        for m in _VETO.finditer(body):
            subj = subject_state(st, sent, s + m.start())
            j = _JOIN_OF.search(body)
            org = (orgs_between(st, s + j.end(), e)[:1] if j else []) or orgs_between(st, s, e)[-1:]
            target = None
            if j:
                before = [c for c in states_between(st, s, s + j.start()) if c != subj]
                after = [c for c in states_between(st, s + j.end(), e) if c != subj]
                target = (before[-1:] or after[:1] or [None])[0]
            if subj and org:
                out.append((subj, "veto", org[0], target, s, e, 0.8))
        for m in _REFUSE.finditer(body):
            subj = states_between(st, clause_start(text, s, s + m.start()), s + m.start())
            orgs = orgs_between(st, s + m.end(), e)
            for state in subj:
                for org in orgs:
                    out.append((state, "refuse_to_join", org, None, s, e, 0.75))
        for m in _UNLIKELY.finditer(body):
            w = _WILL_JOIN.search(body, m.end())
            if not w:
                continue
            subj = states_between(st, s + m.end(), s + w.start())
            orgs = orgs_between(st, s + w.end(), e)
            ev_start = s
            if not orgs and i > 0:
                prev = st.sentences[i - 1]
                orgs = orgs_between(st, prev.start, prev.end)
                ev_start = prev.start
            for state in subj:
                for org in orgs:
                    out.append((state, "refuse_to_join", org, None, ev_start, e, 0.7))
        for m in _SUSPEND.finditer(body):
            subj = subject_state(st, sent, s + m.start())
            for org in orgs_between(st, s + m.end(), e)[:1]:
                if subj:
                    out.append((subj, "suspend_participation", org, None, s, e, 0.8))
        for m in _WITHDRAW.finditer(body):
            if re.search(r"\b(?:not|never|no\s+plans?)\b", body[max(0, m.start() - 25):m.start()], re.I):
                continue
            subj = subject_state(st, sent, s + m.start())
            org = orgs_between(st, s + m.end(), min(e, s + m.end() + 60))[:1]
            if subj and org:
                out.append((subj, "withdraw", org[0], None, s, e, 0.75))
        for m in _APPLY.finditer(body):
            subj = subject_state(st, sent, s + m.start())
            org = orgs_between(st, s + m.end(), e)[:1] or orgs_between(st, s, e)[:1]
            if subj and org:
                out.append((subj, "apply", org[0], None, s, e, 0.75))
    return out


def read_chairmanships(st: DocState) -> list[tuple]:
    """(state, org, from PartialDate|None, start, end, confidence)."""
    out = []
    text = st.text
    for sent in st.sentences:
        if sent.section not in ("body", "title"):
            continue
        s, e = sent.start, sent.end
        body = text[s:e]
        for m in _CHAIR.finditer(body):
            if m.group(0).startswith(("'", "’")):
                subj = _possessor_state(st, s + m.start())
            else:
                subj = subject_state(st, sent, s + m.start())
            if subj is None:
                demonyms = [x for x in st.mentions if s <= x.start < s + m.start() and x.kind == "demonym"]
                subj = demonyms[-1].entity_id.split(":", 1)[1] if demonyms else None
            org = orgs_between(st, s + m.end(), e)[:1] or orgs_between(st, s, s + m.start())[-1:]
            if subj and org:
                out.append((subj, org[0], _when(st, sent), s, e, 0.75))
        for m in _HANDOVER.finditer(body):
            to = states_between(st, s + m.end(), min(e, s + m.end() + 40))[:1]
            org = orgs_between(st, s, e)[:1]
            if to and org:
                out.append((to[0], org[0], _when(st, sent), s, e, 0.75))
    return out


def _possessor_state(st: DocState, pos: int) -> str | None:
    for m in st.mentions:
        if m.end == pos and m.kind == "state":
            return m.entity_id.split(":", 1)[1]
    return None


def _when(st: DocState, sent):
    """The date a chairmanship starts: the meeting this sentence reports, else a date in it."""
    for d in st.meetings:
        if any(a <= sent.start < b or sent.start <= a < sent.end for a, b in d.evidence) and d.date:
            return d.date
    dates = [x for x in st.dates if sent.start <= x.start < sent.end]
    if dates and st.date_context:
        return st.date_context.resolve(dates[0])
    return None
