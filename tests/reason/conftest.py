"""Helpers for the reasoning tests: write article facts (with a document and the sentence as
evidence) or small test-only reference entries into the `bw` knowledge base."""

from __future__ import annotations

import pytest

from blocwatch.model import Document, Entity, Evidence, Fact, Link, PartialDate, Source


def day(iso: str) -> PartialDate:
    return PartialDate.parse(iso)


class Writer:
    def __init__(self, kb):
        self.kb = kb
        self.n = 0

    def article(self, sentence: str, *facts_args: dict, reported: str | None = None,
                extractor: str = "blocwatch.test.v1") -> list[Fact]:
        """Write a one-sentence document and facts whose evidence is that sentence."""
        self.n += 1
        doc = Document(id=Document.make_id(f"{self.n}:{sentence}"), text=sentence, title=f"Test article {self.n}")
        ev = Evidence(source_id=f"doc:{doc.id}", doc_id=doc.id, start=0, end=len(sentence), text=sentence,
                      extractor=extractor, confidence=0.8, reported=reported)
        facts = [_fact(a, ev) for a in facts_args]
        self.kb.write(document=doc, sources=[Source(f"doc:{doc.id}", "document", doc.title)], facts=facts)
        return facts

    def reference(self, *facts_args: dict, entities: list[Entity] = ()) -> list[Fact]:
        """Test-only entries that behave like curated reference data."""
        ev = Evidence(source_id="ref:test-data", extractor="reference")
        facts = [_fact(a, ev) for a in facts_args]
        self.kb.write(entities=list(entities), sources=[Source("ref:test-data", "reference", "Test reference")],
                      facts=facts)
        return facts


def _fact(a: dict, ev: Evidence) -> Fact:
    a = dict(a)
    vf = PartialDate.parse_opt(a.pop("valid_from", None))
    vt = a.pop("valid_to", "next" if vf else None)
    vt = vf.following() if vt == "next" else PartialDate.parse_opt(vt)
    links = tuple(Link(r, e) for r, e in a.pop("links", ()))
    return Fact(a.pop("kind"), a.pop("subject"), a.pop("object", None), a.pop("value", None), vf, vt,
                attrs=a.pop("attrs", {}), links=links, evidence=(ev,))


@pytest.fixture
def write(bw) -> Writer:
    return Writer(bw.kb)


def meeting(org: str, body: str, date: str, place: str | None = None, host: str | None = None,
            states: tuple[str, ...] = (), **attrs) -> dict:
    links = [("participant_state", f"state:{s}") for s in states]
    if place:
        links.append(("place", f"place:{place}"))
    return {"kind": "meeting", "subject": f"meeting:{org}/{body}/{date}", "object": f"org:{org}", "value": body,
            "valid_from": date, "links": links,
            "attrs": {"place": place, "date": date, "host_state": host, **attrs}}
