"""Judging claims about memberships, counts and set relations against the knowledge base.

Claims are found by `extract.claims`; `judge` evaluates one with the membership set algebra at a
date, from the curated reference data. Where the answer turns on whether an associate member
counts as a member (Turkmenistan in the CIS since 2005), the verdict says so instead of choosing.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..extract.claims import Claim, find_all_claims
from ..kb.store import KnowledgeBase
from ..model import Mention, PartialDate
from .membership import Member, Memberships, SourceRef, _dedupe

SUPPORTED, CONTRADICTED, UNKNOWN = "supported", "contradicted", "unknown"
BELONGING = ("member", "associate", "observer", "suspended")


@dataclass(frozen=True)
class Judgement:
    claim: Claim
    verdict: str
    explanation: str
    at: str
    sources: tuple[SourceRef, ...] = ()


# =========================================================================== judging
def _memberships(kb_or_bw) -> Memberships:
    if isinstance(kb_or_bw, Memberships):
        return kb_or_bw
    if isinstance(kb_or_bw, KnowledgeBase):
        return Memberships(kb_or_bw, reference_only=True)
    return kb_or_bw.reference_memberships  # a Blocwatch: claims are judged against reference data


def judge(claim: Claim, kb_or_bw, at: PartialDate | str | None = None) -> Judgement:
    """Judge a claim at a date (today, said so in the explanation, when no date is given)."""
    ms = _memberships(kb_or_bw)
    judged, prefix = claim, ""
    if at is None or at == "":
        at = PartialDate.today()
        prefix = f"No date given; judged at today ({at.iso()}). "
    at = PartialDate.parse(at)
    if claim.inferred:
        prefix += f"The organization is inferred, not stated: {claim.inferred}. "
        claim, note = _inferred_org_at(claim, ms, at)
        if note and claim is None:
            return Judgement(judged, UNKNOWN, prefix + note, at.iso())
        prefix += note
    why = _unknowable(claim, ms, at)
    if why:
        return Judgement(claim, UNKNOWN, prefix + why, at.iso())
    rosters = {o: {m.state: m for m in ms.members(o, at, BELONGING)} for o in claim.orgs}
    verdict, explanation, used = _JUDGES[claim.type](claim, ms, at, rosters)
    srcs = _dedupe(s for o in claim.orgs for code in used for s in
                   (rosters[o][code].sources if code in rosters[o] else ()))
    return Judgement(judged, verdict, prefix + explanation, at.iso(), srcs[:8])


def _inferred_org_at(claim: Claim, ms: Memberships, at: PartialDate) -> tuple[Claim | None, str]:
    """An organization read from context that had no members at the date (a treaty that its
    successor replaced) is not what the text meant then: judge the successor if it had members,
    else nothing can be said. Returns (the claim to judge or None, a note)."""
    from dataclasses import replace
    orgs, notes = [], []
    for o in claim.orgs:
        ent = ms.kb.entity(f"org:{o}")
        if ent is None or ms.members(o, at, BELONGING):
            orgs.append(o)
            continue
        succ = ent.attrs.get("successor") or next(
            (e.id.split(":", 1)[1] for e in ms.kb.entities("org") if e.attrs.get("predecessor") in (o, ent.id)), None)
        if succ and ms.kb.entity(f"org:{succ}") is not None and ms.members(succ, at, BELONGING):
            orgs.append(succ)
            notes.append(f"The {o} had no members at {at.iso()}; its successor, the {succ}, is judged instead. ")
        else:
            return None, (f"The {o} had no members at {at.iso()}, so the organization the claim means "
                          f"cannot be told from the text.")
    return replace(claim, orgs=tuple(orgs)), "".join(notes)


def _unknowable(claim: Claim, ms: Memberships, at: PartialDate) -> str | None:
    kb = ms.kb
    for o in claim.orgs:
        ent = kb.entity(f"org:{o}")
        if ent is None:
            return f"{o} is not an organization in the knowledge base, so nothing can be said about its members."
        if not kb.membership_rows([ent.id], _dt.date.min, _dt.date.max):
            return f"No membership of the {o} is recorded, so its members at {at.iso()} are not known."
        founded = PartialDate.parse_opt(ent.attrs.get("founded"))
        if founded and at.end <= founded.start:
            return f"The {o} was founded on {founded.iso()}, after {at.iso()}; the data has no members for that date."
    if at.start > PartialDate.today().start:
        return f"{at.iso()} is in the future; the data records what held, not what will hold."
    for gkey in claim.groups:
        if kb.entity(f"group:{gkey}") is None:
            return f"The group {gkey} is not known."
    return None


def _sets(roster: dict[str, Member], status: str | None) -> dict[str, set[str]]:
    """The member set under each reading: 'strict' (full members), 'loose' (with associates)."""
    def having(*st: str) -> set[str]:
        return {c for c, m in roster.items() if m.status in st}
    if status == "member":
        return {"strict": having("member")}
    if status in ("associate", "observer"):
        return {"strict": having(status)}
    return {"strict": having("member"), "loose": having("member", "associate")}


def _associates(claim: Claim, rosters: dict[str, dict[str, Member]], codes: set[str] | None = None) -> list[Member]:
    out = []
    for o in claim.orgs:
        out += [m for c, m in rosters[o].items() if m.status == "associate" and (codes is None or c in codes)]
    return out


def _decide(results: dict[str, bool], claim: Claim, rosters, explanations: dict[str, str],
            relevant: set[str] | None = None, participating: dict[str, str] | None = None) -> tuple[str, str]:
    """One verdict when every reading agrees; else "depends on counting ... as a member".

    Readings: 'strict' (full members), 'loose' (associates too) and, for counts, 'wide' (also the
    states that take part without being members in law: `participating`, code -> description)."""
    if len(set(results.values())) == 1:
        ok = next(iter(results.values()))
        return (SUPPORTED if ok else CONTRADICTED), explanations["strict"]
    assoc = _associates(claim, rosters, relevant)
    names = [f"{m.name} (associate member since {(m.since or '?')[:4]})" for m in assoc]
    if results.get("wide") and not results.get("loose") and participating:
        names += list(participating.values())  # the claim holds only if the participants are counted
    who = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names) or "associate members"
    verb = {True: "the claim holds", False: "it fails"}
    detail = (f"Counting full members only, {verb[results['strict']]}: {explanations['strict']} "
              f"Counting associates too, {verb[results['loose']].replace('the claim', 'it')}: {explanations['loose']}")
    if "wide" in results:
        detail += (f" Counting also the states taking part without being members, "
                   f"{verb[results['wide']].replace('the claim', 'it')}: {explanations['wide']}")
    return f"depends on counting {who} as {'members' if len(names) > 1 else 'a member'}", detail


_STATUS_WORDS = {"member": "member", "associate": "associate member", "suspended": "suspended member",
                 "observer": "observer"}


def _names(ms: Memberships, codes) -> str:
    return ", ".join(sorted(ms._state_names.get(c, c) for c in codes)) or "none"


def _suspended_note(ms: Memberships, rosters, codes=None) -> str:
    notes = [f"{m.name}'s membership of the {o} is suspended since {m.since} and is not counted as membership"
             for o, r in rosters.items() for c, m in r.items()
             if m.status == "suspended" and (codes is None or c in codes)]
    return (" " + "; ".join(notes) + ".") if notes else ""


def _judge_subset(claim, ms, at, rosters):
    a, b = claim.orgs[:2]
    sa, sb = _sets(rosters[a], None), _sets(rosters[b], None)
    results, expl = {}, {}
    for k in sa:
        missing = sa[k] - sb[k]
        ok = not missing and (claim.count is None or claim.count == len(sa[k]))
        if claim.type == "not_subset":
            ok = bool(missing)
        results[k] = ok
        expl[k] = (f"the {len(sa[k])} members of the {a} at {at.iso()} ({_names(ms, sa[k])}) "
                   + (f"are all members of the {b}." if not missing else
                      f"include {_names(ms, missing)}, not members of the {b}."))
    used = set().union(*sa.values(), *sb.values())
    v, e = _decide(results, claim, rosters, expl)
    return v, e + _suspended_note(ms, rosters, used), used


def _judge_membership(claim, ms, at, rosters):
    codes = set(claim.states) | {s.split(":", 1)[1] for g in claim.groups for s in _group(ms, g)}
    results, expl = {}, {}
    readings = ("strict", "loose") if claim.status is None else ("strict",)
    # "The CIS comprises ..., Ukraine, ...": a listed state taking part without being a member in law
    # makes a member claim turn on counting it (only when the claim names no status)
    participating = {c: d for o in claim.orgs for c, d in _participating(ms, o, at).items()
                     if c in codes} if claim.type == "member" and claim.status is None else {}
    if participating:
        readings += ("wide",)
    for k in readings:
        lines, oks = [], []
        base = "loose" if k == "wide" else k  # the wide reading: the loose one and the participating states
        for o in claim.orgs:
            s = _sets(rosters[o], claim.status)[base]
            if k == "wide":
                s = s | set(participating)
            for c in sorted(codes):
                st = _STATUS_WORDS.get(rosters[o][c].status, rosters[o][c].status) if c in rosters[o] else \
                    "participating state (not a member in law)" if k == "wide" and c in participating else "not a member"
                inside = c in s
                oks.append(inside if claim.type == "member" else not inside)
                lines.append(f"{ms._state_names.get(c, c)}: {st} of the {o}")
                if claim.since and inside:  # "has been an associate member since 2005"
                    held = {"strict": {"member"}, "loose": {"member", "associate"}}[base] if claim.status is None \
                        else {claim.status}
                    problem = _since_problem(ms, claim, o, c, held, at)
                    oks.append(problem is None)
                    start = _run_start(_rows(ms, o).get(c, []), held, at)
                    lines[-1] += f" since {start.iso()}" if start else ""
                    if problem:
                        lines.append(problem)
            if claim.count is not None:  # "one of the six members"
                oks.append(len(s) == claim.count)
                lines.append(f"the {o} had {len(s)} members ({_names(ms, s)}); the claim says {claim.count}")
        results[k] = all(oks)
        expl[k] = f"At {at.iso()}: " + "; ".join(lines) + "."
    v, e = _decide(results, claim, rosters, expl, codes, participating)
    return v, e + _suspended_note(ms, rosters, codes), codes


def _participating(ms: Memberships, org: str, at: PartialDate) -> dict[str, str]:
    """States that take part in `org` at `at` without being members in law: the data moved them from
    member to non-member without their leaving (a founding state that never ratified the charter).
    Code -> a description for the verdict. Once a later change ends even that (a new row), they are not."""
    out = {}
    for code, rows in _rows(ms, org).items():
        for prev, row in zip(rows, rows[1:]):
            if (row[2] == "non-member" and prev[2] in ("member", "associate") and prev[1] is not None
                    and prev[1].start == row[0].start and row[0].start < at.end
                    and (row[1] is None or row[1].start > at.start)):
                out[code] = (f"{ms._state_names.get(code, code)} (a participating state, recorded as not a member "
                             f"in law since {row[0].iso()})")
    return out


def _judge_count(claim, ms, at, rosters):
    o = claim.orgs[0]
    sets = _sets(rosters[o], claim.status)
    participating = _participating(ms, o, at) if claim.status is None else {}
    if participating:  # "all eleven countries of the Commonwealth" may count them
        sets["wide"] = sets["loose"] | set(participating)
    scope = set.intersection(*[{s.split(":", 1)[1] for s in _group(ms, g)} for g in claim.groups]) if claim.groups else None
    what = {"associate": "associate members", "observer": "observers"}.get(claim.status or "", "members")
    results, expl = {}, {}
    for k, s in sets.items():
        s = s & scope if scope is not None else s
        # A full list must name exactly the members; a partial one ("three: Moldova, ...") some of them.
        named_ok = (set(claim.states) == s) if len(claim.states) == claim.count else set(claim.states) <= s
        ok = len(s) == claim.count and named_ok
        within = f" among {', '.join(claim.groups)}" if scope is not None else ""
        kind = what if k != "wide" else f"{what} and participating states"
        expl[k] = f"the {o} had {len(s)} {kind}{within} at {at.iso()} ({_names(ms, s)}); the claim says {claim.count}."
        if claim.since and ok:  # "has had six active members since 2012": the same count all along
            said = PartialDate.parse(claim.since)
            first = said.end - _dt.timedelta(days=1)
            for day in [first] + _count_changes(ms, o, first, at.start):
                when = PartialDate.parse(day)
                then_sets = _sets({m.state: m for m in ms.members(o, when, BELONGING)}, claim.status)
                then = then_sets[k] if k != "wide" else then_sets["loose"] | set(_participating(ms, o, when))
                then = then & scope if scope is not None else then
                if len(then) != claim.count:
                    ok = False
                    expl[k] += f" But on {day.isoformat()} it had {len(then)} ({_names(ms, then)}), so not since {said.iso()}."
                    break
            else:
                expl[k] += f" The number has not changed since {said.iso()}."
        results[k] = ok
        if claim.states and not named_ok:
            expl[k] += f" The states named ({_names(ms, claim.states)}) do not match them."
    used = set().union(*sets.values()) - set(participating)
    v, e = _decide(results, claim, rosters, expl, participating=participating)
    return v, e[0].upper() + e[1:] + _suspended_note(ms, rosters, used), used


def _judge_outside(claim, ms, at, rosters):
    universe = {s.split(":", 1)[1] for s in _group(ms, claim.groups[0])}
    # Belonging to an organization in any capacity (associate included) keeps a state out of
    # "members of neither": the claim is about who stands outside, not about full membership.
    inside = set().union(*({c for c, m in rosters[o].items() if m.status in ("member", "associate")}
                           for o in claim.orgs))
    outside = universe - inside
    listed = set(claim.states) | {s.split(":", 1)[1] for g in claim.groups[1:] for s in _group(ms, g)}
    problems = []
    if claim.total is not None and claim.total != len(universe):
        problems.append(f"the group {claim.groups[0]} has {len(universe)} states, not {claim.total}")
    if claim.count is not None and claim.count != len(outside):
        problems.append(f"{len(outside)} of them, not {claim.count}, belong to neither")
    if listed and listed != outside:
        problems.append(f"the states named ({_names(ms, listed)}) are not exactly those outside ({_names(ms, outside)})")
    orgs = " nor the ".join(claim.orgs)
    expl = (f"At {at.iso()}, the states of {claim.groups[0]} belonging to neither the {orgs} are "
            f"{_names(ms, outside)} ({len(outside)})")
    assoc = [f"{m.name} ({o} associate)" for o in claim.orgs for m in rosters[o].values() if m.status == "associate"
             and m.state in universe]
    if assoc:
        expl += f"; associates count as belonging: {', '.join(assoc)}"
    expl += "." if not problems else "; but " + "; ".join(problems) + "."
    return (CONTRADICTED if problems else SUPPORTED), expl, listed or outside


# ----------------------------------------------------------------- histories: since, never, ordinals
def _rows(ms: Memberships, org: str) -> dict[str, list[tuple[PartialDate, PartialDate | None, str]]]:
    """Per state, its recorded statuses in `org` over all time: (from, to, status), in order."""
    out: dict[str, list] = {}
    for subject, _o, value, vf, vt, _id in ms.kb.membership_rows([f"org:{org}"], _dt.date.min, _dt.date.max,
                                                               ms.reference_only):
        if vf:
            out.setdefault(subject.split(":", 1)[1], []).append(
                (PartialDate.parse(vf), PartialDate.parse_opt(vt), value or ""))
    for rows in out.values():
        rows.sort(key=lambda r: r[0].start)
    return out


def _run_start(rows, statuses: set[str], at: PartialDate) -> PartialDate | None:
    """The first day of the unbroken stretch of `statuses` that holds at `at` (None if none holds)."""
    held = [r for r in rows if r[0].start < at.end and r[2] in statuses]
    if not held or (held[-1][1] is not None and held[-1][1].start <= at.start):
        return None
    start = held[-1][0]
    for prev in reversed(held[:-1]):
        if prev[1] is None or prev[1].start < start.start:
            break
        start = prev[0]
    return start


def _overlap(a: PartialDate, b: PartialDate) -> bool:
    return a.start < b.end and b.start < a.end


def _since_problem(ms, claim, org: str, code: str, statuses: set[str], at: PartialDate) -> str | None:
    start = _run_start(_rows(ms, org).get(code, []), statuses, at)
    said = PartialDate.parse(claim.since)
    if start is None:
        return f"{ms._state_names.get(code, code)} held no such status continuously up to {at.iso()}"
    if not _overlap(start, said):
        return f"{ms._state_names.get(code, code)}'s current status in the {org} dates from {start.iso()}, not {said.iso()}"
    return None


def _judge_never(claim, ms, at, rosters):
    o = claim.orgs[0]
    rows = _rows(ms, o)
    lines, verdicts = [], set()
    for code in claim.states:
        name = ms._state_names.get(code, code)
        mine = [r for r in rows.get(code, []) if r[0].start < at.end]
        had = [r for r in mine if r[2] in ("member", "associate")]
        if not had:
            verdicts.add(SUPPORTED)
            lines.append(f"{name}: no membership of the {o} is recorded up to {at.iso()}")
            continue
        r = had[0]
        span = f"{r[0].iso()} to {r[1].iso() if r[1] else 'now'}"
        after = [x for x in mine if r[1] is not None and x[0].start == r[1].start]
        if after and after[0][2] == "non-member":
            # The data ends the membership without the state leaving: it was reclassified, not withdrawn.
            verdicts.add("depends")
            lines.append(f"{name}: recorded as a {_STATUS_WORDS.get(r[2], r[2])} from {span}, then as a non-member "
                         f"without having left (its standing was reclassified), so it turns on whether that "
                         f"earlier standing counts as membership")
        elif r[2] == "associate" and not any(x[2] == "member" for x in had):
            verdicts.add("depends")
            lines.append(f"{name}: an associate member from {span}, never a full member")
        else:
            verdicts.add(CONTRADICTED)
            lines.append(f"{name}: {_STATUS_WORDS.get(r[2], r[2])} of the {o} from {span}")
    expl = "; ".join(lines) + "."
    if verdicts == {SUPPORTED}:
        return SUPPORTED, expl, set()
    if CONTRADICTED in verdicts:
        return CONTRADICTED, expl, set(claim.states)
    return f"depends on whether {_names(ms, claim.states)}'s recorded standing counts as membership", expl, set(claim.states)


def _judge_ordinal(claim, ms, at, rosters):
    o = claim.orgs[0]
    statuses = {"observer"} if claim.status == "observer" else {"member"}
    what = "observer" if claim.status == "observer" else "member"
    first = {code: next(r[0] for r in rows if r[2] in statuses)
             for code, rows in _rows(ms, o).items() if any(r[2] in statuses for r in rows)}

    def earlier(code: str) -> set[str]:
        return {c for c, d in first.items() if d.end <= first[code].start}

    def ties(code: str) -> set[str]:
        return {c for c, d in first.items() if c != code and _overlap(d, first[code])}

    order = ", ".join(f"{ms._state_names.get(c, c)} ({first[c].iso()})" for c in sorted(first, key=lambda c: first[c].start))
    expl = f"{what.capitalize()}s of the {o} in the order they became {what}s: {order or 'none recorded'}."
    n, listed = claim.count, set(claim.states)
    if claim.subject:
        code = claim.subject
        name = ms._state_names.get(code, code)
        if code not in first:
            return CONTRADICTED, f"{name} has never been a {what} of the {o}. " + expl, set(first)
        lo, hi = len(earlier(code)) + 1, len(earlier(code)) + len(ties(code)) + 1
        if listed and listed != earlier(code):
            return CONTRADICTED, (f"The states before {name} were {_names(ms, earlier(code))}, "
                                  f"not {_names(ms, listed)}. " + expl), set(first)
        if lo == hi == n:
            return SUPPORTED, f"{name} was {what} number {n} of the {o}. " + expl, set(first)
        if lo <= n <= hi:
            return UNKNOWN, (f"{name} became a {what} at the same time as {_names(ms, ties(code))}; the data "
                             f"gives no order among them. " + expl), set(first)
        return CONTRADICTED, f"{name} was {what} number {lo}, not {n}. " + expl, set(first)
    # No subject named: "the fifth state in the bloc after A, B, C and D".
    fits = [c for c in first if len(earlier(c)) == n - 1 and not ties(c) and (not listed or listed == earlier(c))]
    if fits:
        return SUPPORTED, (f"{_names(ms, fits)} became the {o}'s {what} number {n}, after "
                           f"{_names(ms, earlier(fits[0]))}. " + expl), set(first)
    return CONTRADICTED, f"No state became {what} number {n} of the {o} after {_names(ms, listed)}. " + expl, set(first)


def _count_changes(ms: Memberships, org: str, after: _dt.date, until: _dt.date) -> list[_dt.date]:
    """The days in (after, until] on which some state's status in `org` changed."""
    days = {d.start for rows in _rows(ms, org).values() for r in rows for d in (r[0], r[1]) if d is not None}
    return sorted(d for d in days if after < d <= until)


def _group(ms: Memberships, key: str) -> list[str]:
    e = ms.kb.entity(f"group:{key}")
    return list(e.attrs.get("members", [])) if e else []


_JUDGES = {"subset": _judge_subset, "not_subset": _judge_subset, "member": _judge_membership,
           "non_member": _judge_membership, "count": _judge_count, "outside_union": _judge_outside,
           "never_member": _judge_never, "ordinal": _judge_ordinal}


# =========================================================================== checking a text
def check_text(bw, text: str, at: PartialDate | None, mentions: Sequence[Mention]) -> list[Judgement]:
    """Every claim found in `text`, judged at `at`; `mentions` are the entity mentions the
    extraction gazetteer found in it; offsets are relative to `text`."""
    return [judge(c, bw, at) for c in find_all_claims(text, mentions)]
