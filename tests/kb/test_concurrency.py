"""Several writers at once, and writers that die, leave the knowledge base consistent.

Consistent means: no natural key stored twice (documents, facts, evidence), and a document row
exists if and only if all its evidence (and so its facts) does. Every test runs on SQLite and on
PostgreSQL (`kb_url`, tests/kb/conftest.py).

Writer processes run this file as a script (see the bottom), so they are real, separate
processes with their own connections.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading

import pytest

from blocwatch.errors import StorageError
from blocwatch.kb.store import KnowledgeBase
from blocwatch.model import Document, Evidence, Fact, Link, PartialDate, Source

N_DOCS = 16
FACTS_PER_DOC = 4
POOL = 20  # facts shared between documents: most facts are stated by several documents
STATES = ["AM", "AZ", "BY", "GE", "KZ", "KG", "MD", "RU", "TJ", "TM", "UA", "UZ"]


def _pool_fact(i: int) -> tuple:
    state = STATES[i % len(STATES)]
    org = ["CIS", "CSTO", "EAEU"][i % 3]
    return ("membership", f"state:{state}", f"org:{org}", "member", PartialDate(1992 + i))


def corpus() -> list[tuple[Document, Source, list[Fact]]]:
    out = []
    for d in range(N_DOCS):
        text = " ".join(f"Sentence {k} of report {d}: a state joined an organization in a year." for k in range(FACTS_PER_DOC))
        doc = Document(Document.make_id(text), text, title=f"Report {d}", published=PartialDate(2020, 1, 1 + d))
        src = Source("doc:" + doc.id, "document", doc.title)
        facts = []
        step = len(text) // FACTS_PER_DOC
        for k in range(FACTS_PER_DOC):
            kind, subj, obj, value, start = _pool_fact((d * 3 + k) % POOL)
            span = (k * step, (k + 1) * step)
            ev = Evidence(src.id, doc.id, span[0], span[1], text[span[0]:span[1]], "test.v1", 0.9, doc.published.iso())
            facts.append(Fact(kind, subj, obj, value, start, links=(Link("state", subj),), evidence=(ev,)))
        out.append((doc, src, facts))
    return out


def write_all(kb: KnowledgeBase, seed: int) -> None:
    items = corpus()
    random.Random(seed).shuffle(items)
    for doc, src, facts in items:
        kb.write(sources=[src], document=doc, facts=facts)


def assert_consistent(kb: KnowledgeBase, expect_docs: set[str] | None = None) -> None:
    q = lambda sql: [tuple(r) for r in kb.execute_raw(sql)]  # noqa: E731
    assert q("SELECT count(*) - count(DISTINCT id) FROM documents") == [(0,)]
    assert q("SELECT count(*) FROM (SELECT kind, subject, object, value, valid_from, valid_to, count(*) AS n "
             "FROM facts GROUP BY kind, subject, object, value, valid_from, valid_to) g WHERE n > 1") == [(0,)]
    assert q('SELECT count(*) FROM (SELECT fact_id, source_id, doc_id, start, "end", count(*) AS n '
             'FROM evidence GROUP BY fact_id, source_id, doc_id, start, "end") g WHERE n > 1') == [(0,)]
    # No fact without evidence, no evidence without its fact or document.
    assert q("SELECT count(*) FROM facts WHERE id NOT IN (SELECT fact_id FROM evidence)") == [(0,)]
    assert q("SELECT count(*) FROM evidence WHERE fact_id NOT IN (SELECT id FROM facts)") == [(0,)]
    assert q("SELECT count(*) FROM evidence WHERE doc_id IS NOT NULL AND doc_id NOT IN (SELECT id FROM documents)") == [(0,)]
    # A document is there with all its evidence, or not at all.
    per_doc = dict(q("SELECT d.id, count(e.id) FROM documents d LEFT JOIN evidence e ON e.doc_id = d.id GROUP BY d.id"))
    assert set(per_doc.values()) <= {FACTS_PER_DOC}, per_doc
    if expect_docs is not None:
        assert set(per_doc) == expect_docs


def _all_doc_ids() -> set[str]:
    return {doc.id for doc, _, _ in corpus()}


def _expected_fact_count() -> int:
    return len({f.id for _, _, facts in corpus() for f in facts})


def _spawn(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_threads_writing_overlapping_documents_store_each_once(kb_url):
    with KnowledgeBase(kb_url) as kb:
        errors: list[BaseException] = []

        def run(seed: int) -> None:
            try:
                write_all(kb, seed)
            except BaseException as e:  # noqa: BLE001 - reported by the assertion below
                errors.append(e)

        threads = [threading.Thread(target=run, args=(s,)) for s in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert not errors, errors
        assert_consistent(kb, _all_doc_ids())
        assert kb.counts()["facts"] == _expected_fact_count()
        assert kb.counts()["evidence"] == N_DOCS * FACTS_PER_DOC


def test_processes_writing_overlapping_documents_store_each_once(kb_url, tmp_path):
    KnowledgeBase(kb_url).close()  # migrate first; the writers then only write
    go = tmp_path / "go"
    procs = [_spawn("write", kb_url, str(seed), str(go)) for seed in range(4)]
    for p in procs:  # every writer connected and waiting: then all start at once
        assert p.stdout.readline().strip() == "ready", p.stderr.read()
    go.touch()
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with KnowledgeBase(kb_url) as kb:
        assert_consistent(kb, _all_doc_ids())
        assert kb.counts()["facts"] == _expected_fact_count()
        assert kb.counts()["evidence"] == N_DOCS * FACTS_PER_DOC


def test_an_exception_inside_the_transaction_writes_nothing(kb_url):
    doc, src, facts = corpus()[0]
    with KnowledgeBase(kb_url) as kb:
        # The evidence cites a source that is not there: the database refuses the last insert,
        # after the document and facts rows went in.
        with pytest.raises(StorageError, match="nothing was written"):
            kb.write(document=doc, facts=facts)
        # Python fails half-way (attrs that are not JSON), after the document row went in.
        bad = Fact("claim", "state:AM", None, "x", attrs={"not-json": {1, 2}}, evidence=facts[0].evidence)
        with pytest.raises(TypeError):
            kb.write(sources=[src], document=doc, facts=[bad])
        assert kb.counts()["documents"] == 0 and kb.counts()["facts"] == 0
        assert_consistent(kb, set())
        kb.write(sources=[src], document=doc, facts=facts)
        assert_consistent(kb, {doc.id})


def test_a_writer_killed_mid_transaction_leaves_the_kb_consistent(kb_url):
    KnowledgeBase(kb_url).close()
    p = _spawn("die", kb_url, "5")
    line = p.stdout.readline()  # the writer says when it is inside the transaction of document 5
    assert line.strip() == "inside", p.stderr.read()
    os.kill(p.pid, signal.SIGKILL)
    p.wait(30)
    done = [doc.id for doc, _, _ in corpus()[:5]]
    with KnowledgeBase(kb_url) as kb:
        assert_consistent(kb, set(done))
        # The knowledge base takes writes again, the half-written document included.
        write_all(kb, 0)
        assert_consistent(kb, _all_doc_ids())


def _die_inside(kb_url: str, n: int) -> None:
    """Write documents 0..n-1, then stop inside the transaction of document n, before its evidence."""
    from sqlalchemy import event

    kb = KnowledgeBase(kb_url)
    items = corpus()
    for doc, src, facts in items[:n]:
        kb.write(sources=[src], document=doc, facts=facts)

    @event.listens_for(kb.engine, "before_cursor_execute")
    def _hold(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("INSERT INTO EVIDENCE"):
            print("inside", flush=True)
            import time
            time.sleep(120)

    doc, src, facts = items[n]
    kb.write(sources=[src], document=doc, facts=facts)


if __name__ == "__main__":  # a writer process, started by the tests above
    mode, url, arg = sys.argv[1:4]
    if mode == "write":
        import time
        from pathlib import Path

        with KnowledgeBase(url) as _kb:
            print("ready", flush=True)
            while not Path(sys.argv[4]).exists():
                time.sleep(0.005)
            for _round in range(3):
                write_all(_kb, int(arg) * 10 + _round)
    elif mode == "die":
        _die_inside(url, int(arg))
