"""Facts in the extraction contract of ARCHITECTURE §3: one JSON object per fact."""

from __future__ import annotations

from typing import Any

from ..model import Fact


def _key(entity_id: str | None) -> str | None:
    return entity_id.split(":", 1)[1] if entity_id else None


def to_contract(fact: Fact, doc_id: str, names: dict[str, str] | None = None) -> dict[str, Any]:
    names = names or {}
    a = fact.attrs
    out: dict[str, Any] = {"doc": doc_id, "kind": fact.kind}
    vf = fact.valid_from.iso() if fact.valid_from else None
    if fact.kind == "meeting":
        parts = [l for l in fact.links if l.role == "participant"]
        out.update({
            "org": _key(fact.object), "body": a.get("body_text") or fact.value, "date": a.get("date") or vf,
            "place": a.get("place_name") or (a.get("place") or None), "ordinal": a.get("ordinal"),
            "host": a.get("host"),
            "participant_states": [_key(l.entity_id) for l in fact.links if l.role == "participant_state"],
            "participants": [{"name": l.attrs.get("name"), "role": l.attrs.get("role"),
                              "state": l.attrs.get("state"), "org": l.attrs.get("org")} for l in parts],
            "id": fact.subject})
    elif fact.kind == "membership":
        out.update({"org": _key(fact.object), "state": _key(fact.subject), "status": fact.value,
                    "as_of": a.get("as_of") or vf, "from": vf if not a.get("as_of") else None,
                    "to": fact.valid_to.iso() if fact.valid_to and not a.get("as_of") else None})
    elif fact.kind == "office":
        of = _key(fact.object)
        out.update({"person": a.get("name") or names.get(fact.subject) or _key(fact.subject), "office": fact.value,
                    "acting": bool(a.get("acting")), "of": of, "as_of": a.get("as_of") or vf})
    elif fact.kind == "chairmanship":
        out.update({"org": _key(fact.object), "state": _key(fact.subject), "from": vf,
                    "to": fact.valid_to.iso() if fact.valid_to else None})
    elif fact.kind == "stance":
        out.update({"state": _key(fact.subject), "action": fact.value, "org": _key(fact.object),
                    "target_state": a.get("target_state"), "as_of": a.get("as_of") or vf})
    elif fact.kind == "claim":
        out.update({"text": a.get("text"), "verdict": a.get("verdict") or fact.value,
                    "explanation": a.get("explanation"), "as_of": a.get("as_of") or vf})
    out["evidence"] = [{"start": e.start, "end": e.end, "text": e.text} for e in fact.evidence if e.doc_id == doc_id]
    out["confidence"] = round(max((e.confidence for e in fact.evidence), default=0.0), 2)
    return out
