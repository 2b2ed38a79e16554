"""What each page shows, as JSON-ready dicts: the API returns them, the templates render them.

One function per page, so a page and its JSON twin cannot drift apart. Every function takes
the Python API object (`Blocwatch`) and returns plain values (see `render.plain`).
"""

from __future__ import annotations

from typing import Any

from ..errors import UnknownNameError
from ..model import Fact, PartialDate
from ..reason.membership import SourceRef, _dedupe
from ..render import plain

#: The organizations shown on the home page, in legend order.
MAP_ORGS = ("CIS", "CSTO", "EAEU")
MAP_EXPR = "CIS | CSTO | EAEU"


def page(items: list, limit: int, offset: int) -> dict[str, Any]:
    """One page of a list: the envelope every list endpoint returns."""
    return {"total": len(items), "limit": limit, "offset": offset,
            "items": plain(items[offset:offset + limit])}


def key(entity_id: str | None) -> str | None:
    return entity_id.split(":", 1)[1] if entity_id else None


def _sources(fact: Fact) -> list:
    return plain(_dedupe(SourceRef.of(e) for e in fact.evidence))


def membership_map(bw, at=None) -> dict[str, Any]:
    """The 15 former Soviet republics with their status in CIS, CSTO and EAEU at a date."""
    when = PartialDate.today() if at in (None, "") else PartialDate.parse(at)
    states = bw.members("former-soviet", when)
    by_state = {m.state: m.memberships for m in bw.members(MAP_EXPR, when, None)}
    return {"at": when.iso(), "orgs": list(MAP_ORGS),
            "states": [{"code": s.state, "name": s.name,
                        "memberships": {o: by_state.get(s.state, {}).get(o) for o in MAP_ORGS}}
                       for s in states]}


def membership_rows(facts: list[Fact]) -> list[dict[str, Any]]:
    return [{"org": key(f.object), "status": f.value, "from": f.valid_from.iso() if f.valid_from else None,
             "to": f.valid_to.iso() if f.valid_to else None, "note": f.attrs.get("note"),
             "sources": _sources(f)} for f in facts]


def state(bw, code: str) -> dict[str, Any]:
    """A state: its memberships over time, the offices of the state and who held them, and the
    meetings it took part in."""
    ent = bw.kb.resolve(code, ("state",), "state")
    offices = []
    for f in bw.kb.find_facts("office", object=ent.id):
        person = bw.kb.entity(f.subject)
        offices.append({"person": key(f.subject), "name": person.name if person else key(f.subject),
                        "office": f.value, "acting": bool(f.attrs.get("acting")),
                        "from": f.valid_from.iso() if f.valid_from else None,
                        "to": f.valid_to.iso() if f.valid_to else None, "sources": _sources(f)})
    offices.sort(key=lambda o: (o["office"] or "", o["from"] or ""))
    return {"state": {"code": ent.key, "name": ent.name, "aliases": list(ent.aliases)},
            "memberships": membership_rows(bw.history(ent.key)),
            "offices": offices,
            "meetings": plain(bw.meetings(participant=ent.key))}


def meeting(bw, meeting_id: str) -> dict[str, Any]:
    """One meeting and the articles that report it."""
    found = [m for m in bw.meetings() if m.id == meeting_id or key(m.id) == meeting_id]
    if not found:
        raise UnknownNameError("meeting", meeting_id)
    m = found[0]
    docs = []
    for s in m.sources:
        if s.doc_id and not any(d["id"] == s.doc_id for d in docs):
            d = bw.kb.document(s.doc_id)
            docs.append({"id": s.doc_id, "title": (d.title if d else None) or s.title,
                         "published": d.published.iso() if d and d.published else s.reported,
                         "evidence": [x.text for x in m.sources if x.doc_id == s.doc_id and x.text]})
    return {"meeting": plain(m), "documents": docs}


def document_summary(d) -> dict[str, Any]:
    return {"id": d.id, "title": d.title, "site": d.site, "url": d.url,
            "published": d.published.iso() if d.published else None, "path": d.path,
            "length": len(d.text)}


def documents(bw, limit: int, offset: int) -> dict[str, Any]:
    total = bw.kb.counts()["documents"]
    return {"total": total, "limit": limit, "offset": offset,
            "items": [document_summary(d) for d in bw.kb.documents(limit=limit, offset=offset)]}


def document(bw, doc_id: str) -> dict[str, Any]:
    """An article's cleaned text, and every fact drawn from it with its evidence spans there."""
    d = bw.kb.document(doc_id)
    if d is None:
        raise UnknownNameError("document", doc_id)
    facts = []
    for f in bw.kb.find_facts(doc_id=doc_id):
        spans = [{"start": e.start, "end": e.end, "text": e.text, "extractor": e.extractor,
                  "confidence": e.confidence} for e in f.evidence if e.doc_id == doc_id]
        facts.append({"id": f.id, "kind": f.kind, "subject": f.subject, "object": f.object, "value": f.value,
                      "from": f.valid_from.iso() if f.valid_from else None,
                      "to": f.valid_to.iso() if f.valid_to else None,
                      "summary": summary(f), "attrs": plain(f.attrs),
                      "links": [{"role": l.role, "entity": l.entity_id, "attrs": plain(l.attrs)} for l in f.links],
                      "evidence": spans})
    facts.sort(key=lambda f: min((s["start"] for s in f["evidence"] if s["start"] is not None), default=0))
    return {"document": {**document_summary(d), "text": d.text,
                         "sections": [{"kind": s.kind, "start": s.start, "end": s.end} for s in d.sections],
                         "credits": list(d.credits)},
            "facts": facts}


def summary(f: Fact) -> str:
    """A one-line reading of a fact for people."""
    subj, obj = key(f.subject) or "", key(f.object) or ""
    when = f" from {f.valid_from}" if f.valid_from else ""
    if f.kind == "membership":
        return f"{subj} {f.value} of {obj}{when}"
    if f.kind == "office":
        acting = "acting " if f.attrs.get("acting") else ""
        return f"{subj.replace('-', ' ').title()}: {acting}{f.value} of {obj}{when}"
    if f.kind == "meeting":
        states = [key(l.entity_id) for l in f.links if l.role == "participant_state"]
        return f"{obj} {(f.value or '').replace('-', ' ')} on {f.valid_from or '?'}" + (
            f" with {', '.join(states)}" if states else "")
    if f.kind == "chairmanship":
        return f"{subj} chairs {obj}{when}"
    if f.kind == "stance":
        target = f.attrs.get("target_state")
        return f"{subj} {f.value} {obj}" + (f" ({target})" if target else "")
    return f"{f.kind}: {subj} {f.value or ''} {obj}".strip()
