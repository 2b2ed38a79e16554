"""The batch runner: Dask workers and a single process give the same knowledge base.

The runs use the real pipeline (`extract.pipeline.extract_document` over a `KnowledgeSnapshot`
of the reference data) on the first ten development articles. A small pure stand-in extractor
(names found in the text) checks the runner's own mechanics on any extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cloudpickle
import pytest

import blocwatch
from blocwatch.batch import run_batch
from blocwatch.kb.store import KnowledgeBase
from blocwatch.model import Document, Evidence, Fact, Link
from blocwatch.settings import Settings

DEVSET = Path(__file__).resolve().parents[1] / "devset" / "articles"
ARTICLES = sorted(DEVSET.iterdir())[:10]
NAMES = {"Armenia": "state:AM", "Belarus": "state:BY", "Kazakhstan": "state:KZ", "Kyrgyzstan": "state:KG",
         "Russia": "state:RU", "Tajikistan": "state:TJ", "Uzbekistan": "state:UZ", "Moscow": "place:moscow",
         "Yerevan": "place:yerevan", "Minsk": "place:minsk"}

# Dask workers import functions by module name; this test module is not importable there.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def find_names(doc: Document, snapshot: dict[str, str]) -> list[Fact]:
    """A pure stand-in extractor: one fact per (name, document), evidence at every occurrence."""
    facts = []
    for name, eid in sorted(snapshot.items()):
        spans, at = [], doc.text.find(name)
        while at >= 0:
            spans.append((at, at + len(name)))
            at = doc.text.find(name, at + 1)
        if spans:
            evs = tuple(Evidence("doc:" + doc.id, doc.id, a, b, doc.text[a:b], "test.names.v1", 0.9,
                                 doc.published.iso() if doc.published else None) for a, b in spans)
            facts.append(Fact("claim", eid, None, "mentioned", doc.published, attrs={"key": {"doc": doc.id}},
                              links=(Link("named", eid),), evidence=evs))
    return facts


def explode_on_minsk(doc: Document, snapshot) -> list[Fact]:
    """The real extractor, with a bug that fires on every article naming Minsk."""
    from blocwatch.extract.pipeline import extract_document

    if "Minsk" in doc.text:
        raise ValueError("a bug in an extractor")
    return extract_document(doc, snapshot)


def contents(url: str) -> dict[str, set]:
    """Everything that identifies what is stored, without the ingest timestamps."""
    with KnowledgeBase(url) as kb:
        q = lambda sql: {tuple(r) for r in kb.execute_raw(sql)}  # noqa: E731
        return {
            "documents": q("SELECT id, path, title, published, text FROM documents"),
            "facts": q("SELECT id, kind, subject, object, value, valid_from, attrs FROM facts"),
            "evidence": q('SELECT id, fact_id, source_id, doc_id, start, "end", text FROM evidence'),
            "links": q("SELECT fact_id, role, entity_id FROM fact_links"),
            "sources": q("SELECT id, title FROM sources"),
            "entities": q("SELECT id, kind, name FROM entities"),
        }


def run(url: str, **kw):
    """The real pipeline, as `blocwatch ingest` runs it: the runner opens the knowledge base
    (loading the reference data) and builds the snapshot itself."""
    return run_batch(ARTICLES, Settings(db=url), progress=False, partition_size=3, **kw)


def run_names(url: str, **kw):
    with KnowledgeBase(url) as kb:
        return run_batch(ARTICLES, Settings(db=url), kb=kb, extract_fn=find_names, snapshot=NAMES,
                         progress=False, partition_size=3, **kw)


def test_dask_workers_store_what_a_single_process_ingest_stores(kb_url, tmp_path, dask_scheduler):
    single = str(tmp_path / "single.sqlite")
    with blocwatch.open(single) as bw:
        summary = bw.ingest(ARTICLES)
    dask = run(kb_url, scheduler=dask_scheduler)
    assert dask.documents == summary.ingested >= 8 and not dask.failed
    assert dask.facts == summary.facts > 20
    expect, got = contents(single), contents(kb_url)
    assert got == expect
    with KnowledgeBase(kb_url) as kb:
        from_docs = [r for r, in kb.execute_raw("SELECT count(*) FROM evidence WHERE doc_id IS NOT NULL")]
    assert from_docs == [dask.new_evidence]


def test_any_pure_extractor_runs_the_same_on_dask(tmp_path, dask_scheduler):
    inline = run_names(str(tmp_path / "inline.sqlite"), workers=0)
    dask = run_names(str(tmp_path / "dask.sqlite"), scheduler=dask_scheduler)
    assert inline.facts > 20 and inline.facts == dask.facts
    assert contents(str(tmp_path / "inline.sqlite")) == contents(str(tmp_path / "dask.sqlite"))


@pytest.mark.slow
def test_a_local_cluster_of_two_workers_is_started_and_stopped(tmp_path):
    url = str(tmp_path / "kb.sqlite")
    report = run(url, workers=2)
    assert report.scheduler == "local" and report.workers == 2
    assert report.documents >= 8 and report.docs_per_second > 0
    run(str(tmp_path / "inline.sqlite"), workers=0)
    assert contents(url) == contents(str(tmp_path / "inline.sqlite"))
    assert report.facts > 20


def test_a_second_run_adds_nothing(tmp_path, dask_scheduler):
    url = str(tmp_path / "kb.sqlite")
    first = run(url, scheduler=dask_scheduler)
    before = contents(url)
    again = run(url, scheduler=dask_scheduler)
    assert first.new_evidence > 0 and again.new_evidence == 0
    assert contents(url) == before


def test_a_failing_document_is_reported_and_the_rest_is_written(tmp_path, dask_scheduler):
    url = str(tmp_path / "kb.sqlite")
    report = run(url, scheduler=dask_scheduler, extract_fn=explode_on_minsk)
    with_minsk = [p for p in ARTICLES if "Minsk" in p.read_text(errors="replace")]
    assert with_minsk and len(report.failed) == len(with_minsk)
    assert all("extraction failed: ValueError" in f.reason for f in report.failed)
    assert report.documents == len(ARTICLES) - len(with_minsk) - len(report.skipped)
    with KnowledgeBase(url) as kb:
        assert kb.counts()["documents"] == report.documents


def test_an_unreadable_input_is_skipped_with_its_reason(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    url = str(tmp_path / "kb.sqlite")
    with KnowledgeBase(url) as kb:
        report = run_batch([empty, ARTICLES[0]], Settings(db=url), kb=kb, extract_fn=find_names,
                           snapshot=NAMES, workers=0, progress=False)
    assert report.documents == 1
    assert [s.path for s in report.skipped] == [str(empty)]


def test_a_missing_input_is_an_input_error(tmp_path):
    from blocwatch.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        run_batch([tmp_path / "nope.txt"], Settings(db=str(tmp_path / "kb.sqlite")), workers=0,
                  extract_fn=find_names, snapshot=NAMES, progress=False)


def cite_a_missing_source_in_minsk(doc: Document, snapshot) -> list[Fact]:
    """Facts whose evidence, for articles naming Minsk, cites a source that is never stored."""
    facts = find_names(doc, snapshot)
    if "Minsk" in doc.text:
        bad = Evidence("doc:missing", doc.id, 0, 5, doc.text[:5], "test.names.v1", 0.9)
        facts.append(Fact("claim", "state:BY", None, "bad", attrs={"key": {"doc": doc.id}}, evidence=(bad,)))
    return facts


def test_a_document_that_cannot_be_written_fails_alone(tmp_path, dask_scheduler):
    url = str(tmp_path / "kb.sqlite")
    with KnowledgeBase(url) as kb:
        report = run_batch(ARTICLES, Settings(db=url), kb=kb, extract_fn=cite_a_missing_source_in_minsk,
                           snapshot=NAMES, scheduler=dask_scheduler, progress=False, partition_size=3)
        stored = kb.counts()["documents"]
    with_minsk = [p for p in ARTICLES if "Minsk" in p.read_text(errors="replace")]
    assert len(report.failed) == len(with_minsk) and all("write failed" in f.reason for f in report.failed)
    assert stored == report.documents == len(ARTICLES) - len(with_minsk) - len(report.skipped)
