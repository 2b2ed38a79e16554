"""Could a state join an organization at a date, whose consent would it need, who stands in the way?

The accession rule comes from the charter data (consensus of the members, in every org we have);
declared vetoes and opposition are `stance` facts from articles (action "veto" or "oppose", with
`attrs["target_state"]` naming the applicant).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..kb.store import KnowledgeBase
from ..model import PartialDate
from .charter import charter
from .membership import Memberships, SourceRef, _dedupe

BLOCKING = ("veto",)
OPPOSING = ("veto", "oppose", "object", "block")
MEMBER_LIKE = ("member", "associate", "suspended")


@dataclass(frozen=True)
class Stance:
    """A state's declared position on the applicant's accession."""

    state: str
    state_name: str
    action: str
    date: str | None
    blocking: bool  # the declaring state's consent is needed, and it said no
    status: str  # the declaring state's status in the org at the date asked
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class AccessionAnswer:
    state: str
    state_name: str
    org: str
    at: str
    status: str  # the applicant's status at the date
    can_apply: bool | None
    verdict: str
    rule: str
    rule_summary: str | None
    consenting: tuple[str, ...]  # states whose consent is needed
    suspended: str  # how suspended members count: "excluded", "included", "unknown", or "none suspended"
    stances: tuple[Stance, ...]
    notes: tuple[str, ...]
    sources: tuple[SourceRef, ...]


def accession(kb: KnowledgeBase, memberships: Memberships, state: str, org: str, at: PartialDate) -> AccessionAnswer:
    st = kb.resolve(state, ("state",), "state")
    o = kb.resolve(org, ("org",), "organization")
    ch = charter(kb, o)
    rule = ch.accession
    now = memberships.status(st.key, o.key, at)[-1]
    notes: list[str] = []
    roster = memberships.members(o.key, at, statuses=MEMBER_LIKE)
    by_status: dict[str, list[str]] = {}
    for m in roster:
        by_status.setdefault(m.status, []).append(m.state)

    wanted = tuple(rule.details.get("consenting") or ())
    suspended = tuple(s for s in by_status.get("suspended", []) if s != st.key)
    consenting = [s for code in wanted if code != "suspended" for s in by_status.get(code, []) if s != st.key]
    if not suspended:
        susp = "none suspended"
    elif "suspended" in wanted:
        susp = "included"
        consenting += list(suspended)
    elif wanted and ch.suspended.known:
        susp = "excluded"
        notes.append(f"suspended members ({', '.join(suspended)}) are not counted: {ch.suspended.summary or ch.suspended.name}")
    else:
        susp = "unknown"
        notes.append(f"whether suspended members ({', '.join(suspended)}) must consent is unknown: the "
                     f"charter data states no rule for suspended members of the {o.key}")
    consenting = sorted(set(consenting))

    stances = _stances(kb, st.key, o.id, at, set(consenting), {m.state: m.status for m in roster})
    can_apply, verdict = _verdict(now.status, now.since, rule.name, consenting, stances, susp, o.key)
    if now.status == "observer":
        notes.append(f"{st.name} is an observer of the {o.key} since {now.since or 'an unknown date'}; "
                     "observer status does not make it a member")
    srcs = _dedupe(now.sources + rule.sources + tuple(s for x in stances for s in x.sources))
    return AccessionAnswer(st.key, st.name, o.key, at.iso(), now.status, can_apply, verdict, rule.name,
                           rule.summary, tuple(consenting), susp, tuple(stances), tuple(notes), srcs)


def _stances(kb: KnowledgeBase, target: str, org_id: str, at: PartialDate, consenting: set[str],
             statuses: dict[str, str]) -> list[Stance]:
    out = []
    names: dict[str, str] = {}
    for f in kb.find_facts("stance", object=org_id):
        t = str(f.attrs.get("target_state") or "").split(":")[-1].upper()
        if t != target or (f.value or "") not in OPPOSING:
            continue
        if f.valid_from and f.valid_from.start >= at.end:
            continue  # declared after the date asked about
        code = f.subject.split(":", 1)[1]
        if code not in names:
            e = kb.entity(f.subject)
            names[code] = e.name if e else code
        out.append(Stance(code, names[code], f.value or "", f.valid_from.iso() if f.valid_from else None,
                          f.value in BLOCKING and code in consenting, statuses.get(code, "non-member"),
                          _dedupe(SourceRef.of(e) for e in f.evidence)))
    return sorted(out, key=lambda s: (not s.blocking, s.date or "", s.state))


def _verdict(status: str, since: str | None, rule: str, consenting: list[str], stances: list[Stance],
             susp: str, org: str) -> tuple[bool | None, str]:
    if status in ("member", "associate"):
        return False, f"not applicable: already {'an associate' if status == 'associate' else 'a'} member" \
                      + (f" since {since}" if since else "")
    if status == "suspended":
        return False, ("not applicable: already a member, suspended" + (f" since {since}" if since else "")
                       + "; resuming participation is not an accession")
    if rule != "consensus":
        return None, f"unknown: the charter data states no accession rule of the {org} that can be applied"
    blockers = [s for s in stances if s.blocking]
    if blockers:
        who = ", ".join(f"{s.state} declared a veto" + (f" ({s.date})" if s.date else "") for s in blockers)
        return True, f"blocked: {who}"
    extra = " (plus, possibly, the suspended members)" if susp == "unknown" else ""
    opp = [s for s in stances if not s.blocking]
    tail = f"; opposition declared by {', '.join(f'{s.state} ({s.action}; {s.status})' for s in opp)}" if opp else ""
    return True, f"possible: needs consent of {len(consenting)} members{extra} ({', '.join(consenting)}){tail}"
