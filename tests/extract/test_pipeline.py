"""The whole pipeline (extract/pipeline.py): relevance, provenance, determinism, the contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from blocwatch.extract.contract import to_contract
from blocwatch.ingest import read_documents
from blocwatch.settings import Settings

from . import article, extractor_for

DEVSET = Path(__file__).resolve().parents[1] / "devset"

SUMMIT = """The Collective Security Council of the CSTO met in Moscow on 16 May 2022. Russian President
Vladimir Putin hosted the session. Azerbaijan and Moldova are not members of the CSTO.
Ruben Harutyunyan, the acting Secretary General of the CSTO, presented a report.
Armenia threatened to veto Azerbaijan's accession to the CSTO.

Photo: Participants: Belarusian President Alexander Lukashenko and Armenian Prime Minister Nikol Pashinyan."""


@pytest.fixture(scope="session")
def extractor(_built_kb):
    return extractor_for(str(_built_kb))


@pytest.fixture(scope="session")
def devset_documents(_built_kb):
    items = list(read_documents([DEVSET / "articles"], Settings(db=str(_built_kb))))
    docs = [d for d in items if hasattr(d, "text")]
    assert len(docs) == len(items)
    return docs


def test_off_topic_article_gives_no_facts_and_is_not_relevant(extractor):
    doc = article("Heavy rain delayed the final round of the golf tournament by three hours, and the "
                  "leader kept a two-stroke margin on the last green.", title="Rain halts the final round")
    result = extractor.extract(doc)
    assert result.relevant is False
    assert result.facts == []


def test_every_devset_offtopic_article_is_dropped(extractor, _built_kb):
    docs = list(read_documents([DEVSET / "offtopic"], Settings(db=str(_built_kb))))
    assert docs
    assert [d.path for d in docs if extractor.extract(d).facts] == []


def test_relevant_article_gives_facts_of_several_kinds(extractor):
    result = extractor.extract(article(SUMMIT))
    assert result.relevant is True
    assert {"meeting", "membership", "office", "stance"} <= {f.kind for f in result.facts}


def test_every_fact_has_evidence_that_quotes_the_document(extractor):
    doc = article(SUMMIT)
    facts = extractor.extract(doc).facts
    assert facts
    for f in facts:
        assert f.evidence, f
        for e in f.evidence:
            assert e.doc_id == doc.id
            assert e.text == doc.text[e.start:e.end]
            assert e.extractor.startswith("blocwatch.")


def test_devset_evidence_quotes_its_document(extractor, devset_documents):
    for doc in devset_documents:
        for f in extractor.extract(doc).facts:
            assert f.evidence, (doc.path, f)
            for e in f.evidence:
                assert e.text == doc.text[e.start:e.end], (doc.path, f.kind)


def test_extracting_twice_gives_identical_fact_ids(extractor):
    first = [f.id for f in extractor.extract(article(SUMMIT)).facts]
    second = [f.id for f in extractor.extract(article(SUMMIT)).facts]
    assert first and first == second


def test_devset_extraction_is_deterministic(extractor, devset_documents):
    for doc in devset_documents[:10]:
        assert [f.id for f in extractor.extract(doc).facts] == [f.id for f in extractor.extract(doc).facts]


def test_facts_map_to_the_contract(extractor):
    doc = article(SUMMIT)
    for f in extractor.extract(doc).facts:
        c = to_contract(f, doc.id)
        assert c["doc"] == doc.id and c["kind"] == f.kind
        assert c["evidence"] and all(doc.text[e["start"]:e["end"]] == e["text"] for e in c["evidence"])
        assert 0 < c["confidence"] <= 1


def test_workspace_extracts_a_file_into_contract_rows(bw, tmp_path):
    path = tmp_path / "summit.txt"
    path.write_text("CSTO leaders meet in Moscow\n\n" + SUMMIT + "\n", encoding="utf-8")
    rows = bw.extract_contract([path])
    kinds = {r["kind"] for r in rows}
    assert {"meeting", "membership"} <= kinds
    assert all(r["evidence"] for r in rows)
