"""Who belonged to what, when: members of set expressions, a state's status, its history.

A query date may be partial: `--at 2012` asks about all of 2012. A state is then listed if it
held a selected status at any time in the period; its `status` is the last selected status it
held there, and `changes` lists each change inside the period with its date.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from ..errors import InputError, UnknownNameError
from ..kb.schema import OPEN_END
from ..kb.store import KnowledgeBase
from ..model import Evidence, Fact, PartialDate
from . import setexpr

STATUSES = ("member", "associate", "observer", "suspended", "applicant", "former", "non-member")
DEFAULT_STATUSES = ("member", "associate")


@dataclass(frozen=True)
class SourceRef:
    """A source behind an answer: a cited reference, or an article with the sentence."""

    title: str
    url: str | None = None
    kind: str = "reference"
    doc_id: str | None = None
    text: str | None = None
    reported: str | None = None

    @classmethod
    def of(cls, ev: Evidence) -> "SourceRef":
        return cls(title=ev.source_title or ev.source_id, url=ev.source_url,
                   kind="reference" if ev.extractor == "reference" else "document",
                   doc_id=ev.doc_id, text=ev.text if ev.extractor != "reference" else None,
                   reported=ev.reported)


@dataclass(frozen=True)
class Change:
    date: str | None
    org: str
    status_from: str | None
    status_to: str


@dataclass(frozen=True)
class Member:
    state: str
    name: str
    status: str
    org: str | None
    since: str | None
    until: str | None
    sources: tuple[SourceRef, ...] = ()
    changes: tuple[Change, ...] = ()
    memberships: dict[str, str] = field(default_factory=dict)
    disputed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Status:
    state: str
    state_name: str
    org: str
    status: str
    since: str | None
    until: str | None
    recorded: bool
    sources: tuple[SourceRef, ...]
    note: str | None = None


def parse_statuses(spec: str | None) -> tuple[str, ...] | None:
    """'member,associate' -> tuple; 'any' -> None (every recorded status)."""
    if not spec:
        return DEFAULT_STATUSES
    if spec.strip().lower() == "any":
        return None
    out = tuple(s.strip().lower() for s in spec.split(",") if s.strip())
    bad = [s for s in out if s not in STATUSES]
    if bad:
        raise InputError(f"Unknown status {bad[0]!r}; use any, or a list of: {', '.join(STATUSES)}.")
    return out


class Memberships:
    """Membership queries. With `reference_only`, answers from the curated reference data alone:
    what claim checking judges against, so that a verdict does not depend on which articles
    happen to be stored (and re-ingesting an article gives the same verdicts)."""

    def __init__(self, kb: KnowledgeBase, reference_only: bool = False):
        self.kb = kb
        self.reference_only = reference_only
        self._names = {e.key: e for k in ("org", "group") for e in kb.entities(k)}
        self._state_names = {e.key: e.name for e in kb.entities("state")}
        self._group_sources: dict[str, SourceRef] = {}

    def is_known(self, name: str) -> bool:
        return bool(self._key(name))

    def _key(self, name: str) -> str | None:
        for k in (name, name.upper(), name.lower()):
            if k in self._names:
                return k
        if name.upper() in self._state_names:
            return name.upper()
        found = self.kb.lookup(name, ("org", "group", "state"))
        return found[0].key if found else None

    def members(self, expr: str, at: PartialDate, statuses: tuple[str, ...] | None = DEFAULT_STATUSES) -> list[Member]:
        tree = setexpr.parse(expr, self.is_known)
        leaves = {}
        for n in setexpr.names(tree):
            key = self._key(n)
            if key is None:
                raise UnknownNameError("organization, group or state", n,
                                       self.kb.suggest(n, ("org", "group", "state")))
            leaves[n] = key
        orgs = [k for k in leaves.values() if k in self._names and self._names[k].kind == "org"]
        by_org, evs = self._org_members(orgs, at, statuses)

        def leaf(name: str) -> dict:
            key = leaves[name]
            ent = self._names.get(key)
            if ent is not None and ent.kind == "org":
                return by_org.get(key, {})
            if ent is not None and ent.kind == "group":
                return {m.split(":", 1)[1]: {"org": key, "status": "member", "since": None, "until": None,
                                             "facts": [], "changes": [], "disputed": []}
                        for m in ent.attrs.get("members", [])}
            return {key: {"org": None, "status": "state", "since": None, "until": None, "facts": [],
                          "changes": [], "disputed": []}}

        result = setexpr.evaluate(tree, leaf)
        out = []
        for code, info in sorted(result.items(), key=lambda kv: self._state_names.get(kv[0], kv[0])):
            srcs = _dedupe(SourceRef.of(e) for fid in info["facts"] for e in evs.get(fid, []))
            group_srcs = self._names[info["org"]].attrs.get("sources", []) if info["org"] in self._names and self._names[info["org"]].kind == "group" else []
            srcs += tuple(self._source_ref(s) for s in group_srcs)
            out.append(Member(code, self._state_names.get(code, code), info["status"], info["org"],
                              info["since"], info["until"], srcs, tuple(info["changes"]),
                              {o: by_org[o][code]["status"] for o in by_org if code in by_org[o]},
                              tuple(info["disputed"])))
        return out

    def _source_ref(self, source_id: str) -> SourceRef:
        # Group sources are reference data, fixed for the life of this object: look each up once.
        if source_id not in self._group_sources:
            src = self.kb.source(source_id)
            self._group_sources[source_id] = (SourceRef(title=src.title, url=src.url) if src
                                              else SourceRef(title=source_id))
        return self._group_sources[source_id]

    def _org_members(self, orgs: list[str], at: PartialDate, statuses) -> tuple[dict[str, dict], dict]:
        """Per org, per state: the status in the period; and the evidence of every fact read."""
        if not orgs:
            return {}, {}
        rows = self.kb.membership_rows([f"org:{o}" for o in orgs], at.start, at.end, self.reference_only)
        per: dict[tuple[str, str], list] = defaultdict(list)
        for subject, obj, value, vf, vt, fid in rows:
            per[(obj.split(":", 1)[1], subject.split(":", 1)[1])].append((vf or "", vt, value, fid))
        # One evidence query serves both the reference check and the answer's sources.
        evs = self.kb.evidence_for([r[5] for r in rows]) if rows else {}
        ref_ids = {fid for fid, es in evs.items() if any(e.extractor == "reference" for e in es)}
        out: dict[str, dict] = defaultdict(dict)
        for (org, code), items in per.items():
            # An open end (None) sorts last: it must not be compared with a date string.
            items.sort(key=lambda i: (i[0], i[1] or OPEN_END, i[2], i[3]))
            # Reference data decides the status; article observations that differ are disputes.
            ref = [i for i in items if i[3] in ref_ids] or items
            selected = [i for i in ref if statuses is None or i[2] in statuses]
            if not selected:
                continue
            last = selected[-1]
            changes = [Change(b[0] or None, org, a[2], b[2]) for a, b in zip(ref, ref[1:]) if a[2] != b[2]]
            changes = [c for c in changes if c.date and at.start.isoformat() <= _start(c.date) < at.end.isoformat()]
            disputed = sorted({i[2] for i in items if i[3] not in ref_ids and i[2] != last[2]})
            out[org][code] = {"org": org, "status": last[2], "since": last[0] or None, "until": last[1],
                              "facts": [i[3] for i in items if i[2] == last[2] or i in ref],
                              "changes": changes, "disputed": disputed}
        return out, evs

    def status(self, state: str, org: str, at: PartialDate) -> list[Status]:
        s = self.kb.resolve(state, ("state",), "state")
        o = self.kb.resolve(org, ("org",), "organization")
        facts = self.kb.find_facts("membership", subject=s.id, object=o.id)
        during = [f for f in facts if _overlaps(f, at)]
        if during:
            return [Status(s.key, s.name, o.key, f.value or "", _iso(f.valid_from), _iso(f.valid_to), True,
                           _dedupe(SourceRef.of(e) for e in f.evidence), f.attrs.get("note"))
                    for f in during]
        # Ordered by their first days: PartialDates of mixed precision do not compare directly.
        before = sorted((f for f in facts if f.valid_to and f.valid_to.start <= at.start), key=lambda f: f.valid_to.start)
        after = sorted((f for f in facts if f.valid_from and f.valid_from.start >= at.end), key=lambda f: f.valid_from.start)
        since = before[-1].valid_to if before else None
        until = after[0].valid_from if after else None
        srcs = _dedupe(SourceRef.of(e) for f in before[-1:] + after[:1] for e in f.evidence)
        status = "former" if before else "non-member"
        note = ("no membership of this state in this organization is recorded for this date"
                + (f"; its last recorded status ({before[-1].value}) ended on {since}" if before else ""))
        return [Status(s.key, s.name, o.key, status, _iso(since), _iso(until), False, srcs, note)]

    def history(self, state: str) -> list[Fact]:
        s = self.kb.resolve(state, ("state",), "state")
        return self.kb.find_facts("membership", subject=s.id)


def _overlaps(f: Fact, at: PartialDate) -> bool:
    lo = f.valid_from.start if f.valid_from else dt.date.min
    hi = f.valid_to.start if f.valid_to else dt.date.max
    return lo < at.end and hi > at.start


def _iso(d: PartialDate | None) -> str | None:
    return d.iso() if d else None


def _start(iso: str) -> str:
    return PartialDate.parse(iso).start.isoformat()


def _dedupe(refs) -> tuple[SourceRef, ...]:
    seen, out = set(), []
    for r in refs:
        k = (r.title, r.url, r.doc_id, r.text)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return tuple(out)
