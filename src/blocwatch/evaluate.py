"""Scoring extraction output against gold files: precision, recall and F1 per kind of fact.

Both sides are lists of facts in the extraction contract (ARCHITECTURE.md §3): dicts with
"doc" and "kind". A gold file (`{"id", "gold": {"meetings": [...], ...}}`) is turned into the
same shape, so `score(gold, gold_as_predictions(gold))` is perfect by construction.

How facts are matched (strings compared after `normalize`: casefold, no accents, no
punctuation, single spaces; each gold fact matches at most one predicted fact and the other way
round, so a fact printed twice counts once as a hit and once as a false positive):

    memberships         (org, state, status)
    offices             (person, of, acting)
    office_titles       among matched offices: the office texts are equal or one contains the other
    meetings            (org, year of date); with several candidates the closest date, place and
                        participants win
    meeting_dates       among matched meetings: the date agrees at the gold's precision
    participants        (meeting, person) over matched meetings; people of an unmatched gold meeting
                        are misses, of an unmatched predicted one false positives
    participant_states  (meeting, state), counted like participants
    hosts, ordinals     slots of meetings: a value given on one side only is a miss or a false
                        positive, two different values are both
    chairmanships       (org, state)
    stances             (state, action, org, target_state)
    claims              token Jaccard >= 0.5, or one normalised text contains the other
    claim_verdicts      among matched claims: same verdict ("depends..." agrees with "depends...")
    must_not            every predicted fact that mentions a gold "must_not" string (in any value
                        but "doc" and a claim's "explanation") is a false positive

Scores are micro-averaged over documents. F1 is 2TP / (2TP + FP + FN), and None ("n/a") when
there is nothing to score (no gold and no prediction of the kind).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import BlocwatchError, InputError

#: Gold sections and the contract "kind" of their facts.
SECTIONS = {"meetings": "meeting", "memberships": "membership", "offices": "office",
            "chairmanships": "chairmanship", "stances": "stance", "claims": "claim"}

#: Every row of a report, in display order.
KINDS = ("memberships", "offices", "office_titles", "meetings", "meeting_dates", "participants",
         "participant_states", "hosts", "ordinals", "chairmanships", "stances", "claims",
         "claim_verdicts", "must_not")

CLAIM_JACCARD = 0.5
_NOT_SEARCHED = {"doc", "kind", "explanation", "confidence"}


# ----------------------------------------------------------------------------- records
@dataclass(frozen=True)
class Score:
    kind: str
    tp: int
    fp: int
    fn: int
    precision: float | None
    recall: float | None
    f1: float | None

    @classmethod
    def of(cls, kind: str, tp: int, fp: int, fn: int) -> "Score":
        return cls(kind, tp, fp, fn,
                   tp / (tp + fp) if tp + fp else None,
                   tp / (tp + fn) if tp + fn else None,
                   2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None)

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp


@dataclass(frozen=True)
class Mismatch:
    """One false positive ("fp") or false negative ("fn") of a kind in a document."""

    kind: str
    error: str
    item: str


@dataclass(frozen=True)
class DocumentReport:
    doc: str
    scores: tuple[Score, ...]
    mismatches: tuple[Mismatch, ...]

    def score(self, kind: str) -> Score:
        return _find(self.scores, kind)


@dataclass(frozen=True)
class Breach:
    kind: str
    f1: float
    floor: float


class BelowFloorError(BlocwatchError):
    """Extraction quality is under a pinned F1 floor (exit code 1)."""

    exit_code = 1

    def __init__(self, breaches: Sequence[Breach]):
        self.breaches = tuple(breaches)
        below = ", ".join(f"{b.kind} ({b.f1:.3f} < {b.floor})" for b in self.breaches)
        super().__init__(f"F1 below its floor for {below}. Run with --details to see each miss and false positive.")


@dataclass(frozen=True)
class Report:
    scores: tuple[Score, ...]
    documents: tuple[DocumentReport, ...]
    #: Predicted "doc" ids that matched no gold document (their facts were not scored).
    unscored_docs: tuple[str, ...] = ()

    def score(self, kind: str) -> Score:
        return _find(self.scores, kind)

    def below(self, floors: Mapping[str, float]) -> tuple[Breach, ...]:
        """Kinds whose F1 is under their floor. A kind with nothing to score (n/a) passes."""
        unknown = sorted(set(floors) - set(KINDS))
        if unknown:
            raise InputError(f"Unknown kind(s) in the floors: {', '.join(unknown)}. "
                             f"Use any of: {', '.join(KINDS)}.")
        return tuple(Breach(k, s.f1, float(floors[k])) for k in KINDS if k in floors
                     and (s := self.score(k)).f1 is not None and s.f1 < float(floors[k]))


@dataclass(frozen=True)
class GoldDocument:
    id: str
    #: The gold's facts in contract shape (each with "doc" and "kind").
    facts: tuple[Mapping[str, Any], ...]
    must_not: tuple[str, ...] = ()
    path: Path | None = None

    @property
    def names(self) -> frozenset[str]:
        """Ids a prediction's "doc" may use for this document: the gold id or the file's stem."""
        return frozenset({self.id} | ({self.path.stem} if self.path else set()))


def _find(scores: Sequence[Score], kind: str) -> Score:
    for s in scores:
        if s.kind == kind:
            return s
    raise KeyError(kind)


# ----------------------------------------------------------------------------- loading
def gold_document(data: Mapping[str, Any], path: Path | None = None) -> GoldDocument:
    """A gold file's parsed JSON as a GoldDocument."""
    where = f" in {path}" if path else ""
    if not isinstance(data, Mapping) or not isinstance(data.get("gold"), Mapping):
        raise InputError(f'A gold file needs a "gold" object{where}; see ../shared/samples/gold/ for the shape.')
    doc_id = str(data.get("id") or (path.stem if path else ""))
    if not doc_id:
        raise InputError('A gold document needs an "id".')
    gold = data["gold"]
    facts = tuple({**f, "doc": doc_id, "kind": kind}
                  for section, kind in SECTIONS.items() for f in gold.get(section) or ())
    must_not = tuple(str(s) for s in (gold.get("must_not") or data.get("must_not") or ()))
    return GoldDocument(doc_id, facts, must_not, path)


def load_gold(path: str | Path) -> list[GoldDocument]:
    """One gold file, or every *.json file of a directory (sorted by name)."""
    p = Path(path)
    files = sorted(p.glob("*.json")) if p.is_dir() else [p]
    if not files:
        raise InputError(f"No gold files (*.json) in {p}.")
    docs = []
    for f in files:
        try:
            docs.append(gold_document(json.loads(f.read_text(encoding="utf-8")), f))
        except OSError as e:
            raise InputError(f"Cannot read gold file {f}: {e.strerror or e}.") from e
        except json.JSONDecodeError as e:
            raise InputError(f"Gold file {f} is not valid JSON (line {e.lineno}): {e.msg}.") from e
    return docs


def load_predictions(source: str | Path | IO[str]) -> list[dict[str, Any]]:
    """Facts printed by `blocwatch extract --format jsonl` (a JSON array is accepted too)."""
    if hasattr(source, "read"):
        text, name = source.read(), getattr(source, "name", "<stream>")
    else:
        try:
            text, name = Path(source).read_text(encoding="utf-8"), str(source)
        except OSError as e:
            raise InputError(f"Cannot read predictions {source}: {e.strerror or e}.") from e
    try:
        if text.lstrip().startswith("["):
            rows = [(i + 1, r) for i, r in enumerate(json.loads(text))]
        else:
            rows = [(n, json.loads(line)) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    except json.JSONDecodeError as e:
        raise InputError(f"{name} is not JSON lines ({e.msg}); expected the output of "
                         "`blocwatch extract --format jsonl`.") from e
    for n, r in rows:
        if not isinstance(r, dict) or "doc" not in r or "kind" not in r:
            raise InputError(f'{name}, fact {n}: every fact needs "doc" and "kind".')
    return [r for _, r in rows]


def gold_as_predictions(doc: GoldDocument) -> list[dict[str, Any]]:
    """The gold's own facts as contract predictions (a perfect extractor's output)."""
    return [dict(f) for f in doc.facts]


def floors_for(floors: Mapping[str, Any], corpus: str) -> dict[str, float]:
    """The floors of one corpus from a {"<corpus>": {"<kind>": f1, ...}} mapping."""
    if corpus not in floors:
        raise InputError(f"No floors for corpus {corpus!r}; the file has: {', '.join(sorted(floors)) or 'none'}.")
    return {k: float(v) for k, v in floors[corpus].items()}


# ----------------------------------------------------------------------------- normalising
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`ʼʻ"), None)


def normalize(value: Any) -> str:
    """Casefolded, without accents or punctuation, single spaces; "" for None."""
    if value is None:
        return ""
    s = unicodedata.normalize("NFKD", str(value).translate(_APOSTROPHES))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def _contains(a: str, b: str) -> bool:
    """Whether normalised text a contains b or b contains a, on word boundaries."""
    if not a or not b:
        return False
    return f" {b} " in f" {a} " or f" {a} " in f" {b} "


def _year(date: Any) -> str:
    m = re.match(r"\d{4}", str(date)) if date else None
    return m.group(0) if m else ""


def _date_agrees(gold: Any, pred: Any) -> bool:
    """The predicted date says what the gold date says, at the gold's precision."""
    g, p = str(gold or "")[:10], str(pred or "")[:10]
    return p[:len(g)] == g if g else not p


def _verdicts_agree(gold: Any, pred: Any) -> bool:
    g, p = normalize(gold), normalize(pred)
    return g == p or (g.startswith("depends") and p.startswith("depends"))


def _claim_overlap(a: Any, b: Any) -> float:
    """1.0 when one normalised text contains the other, else the token Jaccard."""
    na, nb = normalize(a), normalize(b)
    if _contains(na, nb):
        return 1.0
    ta, tb = set(na.split()), set(nb.split())
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


def _name(p: Any) -> str:
    return normalize(p.get("name") if isinstance(p, Mapping) else p)


# ----------------------------------------------------------------------------- matching
Fact = Mapping[str, Any]


def _pair(gold: Sequence[Fact], pred: Sequence[Fact], key: Callable[[Fact], Any],
          affinity: Callable[[Fact, Fact], Any] | None = None):
    """One-to-one pairs of facts with equal keys, the closest (highest affinity) first.

    Returns (pairs, unmatched gold, unmatched predicted)."""
    by_key: dict[Any, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, f in enumerate(gold):
        by_key[key(f)][0].append(i)
    for j, f in enumerate(pred):
        by_key[key(f)][1].append(j)
    candidates = [(i, j) for gi, pj in by_key.values() for i in gi for j in pj]
    return _greedy(gold, pred, candidates, affinity)


def _greedy(gold, pred, candidates, affinity):
    if affinity is not None:  # stable sort keeps document order among equally close candidates
        candidates = sorted(candidates, key=lambda ij: affinity(gold[ij[0]], pred[ij[1]]), reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], pred[j]))
    return (pairs, [f for i, f in enumerate(gold) if i not in used_g],
            [f for j, f in enumerate(pred) if j not in used_p])


class _Tally:
    """Counts and mismatches of one document, kind by kind."""

    def __init__(self) -> None:
        self.counts = {k: [0, 0, 0] for k in KINDS}
        self.mismatches: list[Mismatch] = []

    def hit(self, kind: str, n: int = 1) -> None:
        self.counts[kind][0] += n

    def fp(self, kind: str, item: str) -> None:
        self.counts[kind][1] += 1
        self.mismatches.append(Mismatch(kind, "fp", item))

    def fn(self, kind: str, item: str) -> None:
        self.counts[kind][2] += 1
        self.mismatches.append(Mismatch(kind, "fn", item))

    def keyed(self, kind: str, pairs, gold_only, pred_only, label: Callable[[Fact], str]) -> None:
        self.hit(kind, len(pairs))
        for f in gold_only:
            self.fn(kind, label(f))
        for f in pred_only:
            self.fp(kind, label(f))

    def agreement(self, kind: str, agree: bool, gold: str, pred: str) -> None:
        """An attribute of a matched pair: a hit, or a miss of the gold's and a false predicted value."""
        if agree:
            self.hit(kind)
        else:
            self.fn(kind, gold)
            self.fp(kind, pred)

    def slot(self, kind: str, gold: Any, pred: Any, label: str) -> None:
        g, p = normalize(gold), normalize(pred)
        if g and g == p:
            self.hit(kind)
            return
        if g:
            self.fn(kind, f"{label}: {gold}")
        if p:
            self.fp(kind, f"{label}: {pred}")

    def scores(self) -> tuple[Score, ...]:
        return tuple(Score.of(k, *self.counts[k]) for k in KINDS)


def _meeting_label(m: Fact) -> str:
    return " ".join(str(x) for x in (m.get("org"), m.get("body"), m.get("date"), m.get("place")) if x) or "meeting"


def _meeting_affinity(g: Fact, p: Fact):
    gs = {normalize(s) for s in g.get("participant_states") or ()}
    ps = {normalize(s) for s in p.get("participant_states") or ()}
    gn, pn = {_name(x) for x in g.get("participants") or ()}, {_name(x) for x in p.get("participants") or ()}
    return (_date_agrees(g.get("date"), p.get("date")), normalize(g.get("date")) == normalize(p.get("date")),
            normalize(g.get("place")) == normalize(p.get("place")), len(gs & ps) + len(gn & pn),
            _contains(normalize(g.get("body")), normalize(p.get("body"))))


def _score_meetings(t: _Tally, gold: Sequence[Fact], pred: Sequence[Fact]) -> None:
    pairs, g_only, p_only = _pair(gold, pred, lambda m: (normalize(m.get("org")), _year(m.get("date"))),
                                  _meeting_affinity)
    t.keyed("meetings", pairs, g_only, p_only, _meeting_label)
    for g, p in pairs:
        t.agreement("meeting_dates", _date_agrees(g.get("date"), p.get("date")),
                    f"{_meeting_label(g)}: date {g.get('date')}", f"{_meeting_label(g)}: date {p.get('date')}")
    def show(x):
        return x.get("name") if isinstance(x, Mapping) else x

    for g, p in list(pairs) + [(g, {}) for g in g_only] + [({}, p) for p in p_only]:
        label = _meeting_label(g or p)
        for kind, norm in (("participants", _name), ("participant_states", normalize)):
            pp, go, po = _pair(list(g.get(kind) or ()), list(p.get(kind) or ()), norm)
            t.keyed(kind, pp, go, po, lambda x, label=label: f"{label}: {show(x)}")
        t.slot("hosts", g.get("host"), p.get("host"), label)
        t.slot("ordinals", g.get("ordinal"), p.get("ordinal"), label)


def _office_label(o: Fact) -> str:
    return f"{o.get('person')}, {'acting ' if o.get('acting') else ''}{o.get('office')} of {o.get('of')}"


def _score_offices(t: _Tally, gold: Sequence[Fact], pred: Sequence[Fact]) -> None:
    def title_agrees(g, p):
        return _contains(normalize(g.get("office")), normalize(p.get("office")))
    pairs, g_only, p_only = _pair(gold, pred, lambda o: (normalize(o.get("person")), normalize(o.get("of")),
                                                         bool(o.get("acting"))), title_agrees)
    t.keyed("offices", pairs, g_only, p_only, _office_label)
    for g, p in pairs:
        t.agreement("office_titles", title_agrees(g, p), _office_label(g), _office_label(p))


def _score_claims(t: _Tally, gold: Sequence[Fact], pred: Sequence[Fact]) -> None:
    overlap = {(i, j): _claim_overlap(g.get("text"), p.get("text"))
               for i, g in enumerate(gold) for j, p in enumerate(pred)}
    candidates = [ij for ij, v in overlap.items() if v >= CLAIM_JACCARD]
    pairs, g_only, p_only = _greedy(gold, pred, candidates,
                                    lambda g, p: _claim_overlap(g.get("text"), p.get("text")))
    t.keyed("claims", pairs, g_only, p_only, lambda c: repr(c.get("text")))
    for g, p in pairs:
        t.agreement("claim_verdicts", _verdicts_agree(g.get("verdict"), p.get("verdict")),
                    f"{g.get('text')!r}: {g.get('verdict')}", f"{p.get('text')!r}: {p.get('verdict')}")


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, Mapping):
        for k, v in value.items():
            if k not in _NOT_SEARCHED:
                yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, str):
        yield value


def _score_must_not(t: _Tally, must_not: Sequence[str], pred: Sequence[Fact]) -> None:
    for f in pred:
        texts = [normalize(s) for s in _strings(f)]
        for s in must_not:
            n = normalize(s)
            if n and any(f" {n} " in f" {x} " for x in texts):
                t.fp("must_not", f"{s!r} in {f.get('kind')} {_summary(f)}")


def _summary(f: Fact) -> str:
    shown = {k: v for k, v in f.items() if k not in ("doc", "kind", "evidence", "confidence", "participants")}
    return json.dumps(shown, ensure_ascii=False, default=str)[:160]


def _fields(*names: str) -> Callable[[Fact], tuple[str, ...]]:
    return lambda f: tuple(normalize(f.get(n)) for n in names)


_SIMPLE = {  # kind row -> (contract kind, key, label)
    "memberships": ("membership", _fields("org", "state", "status"),
                    lambda f: f"{f.get('state')} {f.get('status')} of {f.get('org')}"),
    "chairmanships": ("chairmanship", _fields("org", "state"),
                      lambda f: f"{f.get('state')} chairs {f.get('org')} ({f.get('from')} to {f.get('to')})"),
    "stances": ("stance", _fields("state", "action", "org", "target_state"),
                lambda f: " ".join(str(f[k]) for k in ("state", "action", "org", "target_state") if f.get(k))),
}


# ----------------------------------------------------------------------------- scoring
def score_document(gold: GoldDocument, predictions: Iterable[Fact]) -> DocumentReport:
    """Scores of one document's predicted facts against its gold."""
    pred = list(predictions)

    def of(facts, kind):
        return [f for f in facts if f.get("kind") == kind]

    t = _Tally()
    # Memberships are scored as the statuses an article gives for its own date; a status the
    # article closes itself ("member from 2006 to 2012, then suspended") is history, not scored.
    pred = [f for f in pred if not (f.get("kind") == "membership" and f.get("to"))]
    for row, (kind, key, label) in _SIMPLE.items():
        t.keyed(row, *_pair(of(gold.facts, kind), of(pred, kind), key), label)
    _score_offices(t, of(gold.facts, "office"), of(pred, "office"))
    _score_meetings(t, of(gold.facts, "meeting"), of(pred, "meeting"))
    _score_claims(t, of(gold.facts, "claim"), of(pred, "claim"))
    _score_must_not(t, gold.must_not, pred)
    return DocumentReport(gold.id, t.scores(), tuple(t.mismatches))


def score(gold: Sequence[GoldDocument], predictions: Iterable[Fact]) -> Report:
    """Micro-averaged scores of predicted facts over gold documents.

    A prediction belongs to a gold document when its "doc" is the gold's id or its file's stem
    (or a path with that stem); a gold document without predictions scores all its facts as misses.
    """
    owner = {name: g.id for g in gold for name in g.names}
    grouped: dict[str, list[Fact]] = defaultdict(list)
    unscored: dict[str, None] = {}
    for f in predictions:
        doc = str(f.get("doc"))
        gid = owner.get(doc) or owner.get(Path(doc).stem)
        if gid is None:
            unscored[doc] = None
        else:
            grouped[gid].append(f)
    docs = tuple(score_document(g, grouped.get(g.id, ())) for g in gold)
    totals = tuple(Score.of(k, *(sum(getattr(d.score(k), a) for d in docs) for a in ("tp", "fp", "fn")))
                   for k in KINDS)
    return Report(totals, docs, tuple(unscored))


__all__ = ["KINDS", "BelowFloorError", "Breach", "DocumentReport", "GoldDocument", "Mismatch", "Report", "Score",
           "floors_for", "gold_as_predictions", "gold_document", "load_gold", "load_predictions",
           "normalize", "score", "score_document"]
