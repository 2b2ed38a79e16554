"""An article's text cut into segments so that every evidence span becomes one or more <mark>s.

Spans may overlap (two facts read from one sentence): the text is cut at every span edge and
each segment lists the facts whose evidence covers it.
"""

from __future__ import annotations


def segments(text: str, facts: list[dict]) -> list[dict]:
    """[{"text", "facts": [fact ids]}] covering the whole text in order."""
    spans = [(e["start"], e["end"], f["id"]) for f in facts for e in f["evidence"]
             if e.get("start") is not None and e.get("end") is not None
             and 0 <= e["start"] < e["end"] <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        ids = [fid for s, e, fid in spans if s <= a and b <= e]
        out.append({"text": text[a:b], "facts": list(dict.fromkeys(ids)), "start": a})
    return out
