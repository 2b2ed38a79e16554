"""The knowledge base behaves the same on a SQLite file and on a PostgreSQL server.

Every test here runs twice through the `kb_url` fixture (tests/kb/conftest.py).
"""

from __future__ import annotations

import sqlalchemy as sa

import blocwatch
from blocwatch.kb import schema as S
from blocwatch.kb.store import KnowledgeBase, to_url
from blocwatch.model import Document, Evidence, Fact, Link, PartialDate, Section, Source

CSTO_2018 = {"AM", "BY", "KZ", "KG", "RU", "TJ"}


def _article() -> tuple[Document, Source, list[Fact]]:
    text = ("Yerevan, 14 October 2016. The leaders of the Collective Security Treaty Organization met "
            "in Yerevan. Armenia holds the rotating chairmanship this year.")
    doc = Document(id=Document.make_id(text), text=text, title="Leaders meet in Yerevan", site="example.org",
                   url="https://example.org/a/1", published=PartialDate(2016, 10, 14), path="a1.txt",
                   sections=(Section("dateline", 0, 24), Section("body", 25, len(text))), credits=("Example",))
    src = Source("doc:" + doc.id, "document", doc.title, doc.url, "example.org", "2016-10-14")

    def ev(start: int, end: int) -> Evidence:
        return Evidence(src.id, doc.id, start, end, text[start:end], "test.v1", 0.9, "2016-10-14")

    meeting = Fact("meeting", "meeting:csto-2016-10-14", "org:CSTO", "body:CSTO/collective-security-council",
                   PartialDate(2016, 10, 14), attrs={"place": "place:yerevan"},
                   links=(Link("participant_state", "state:AM"), Link("participant_state", "state:RU")),
                   evidence=(ev(25, 110),))
    chair = Fact("chairmanship", "state:AM", "org:CSTO", None, PartialDate(2016), evidence=(ev(111, len(text)),))
    return doc, src, [meeting, chair]


def test_plain_postgresql_urls_use_psycopg3():
    assert to_url("postgresql://u@h:5/db") == "postgresql+psycopg://u@h:5/db"
    assert to_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert to_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert to_url("sqlite:///x.sqlite") == "sqlite:///x.sqlite"


def test_reference_data_loads_with_the_current_schema(kb_url):
    with blocwatch.open(kb_url) as bw:
        assert bw.reference_loaded
        counts = bw.kb.counts()
        assert bw.kb.get_meta("schema_version") == str(S.SCHEMA_VERSION)
        versions = [v for v, in bw.kb.execute_raw("SELECT version FROM migrations ORDER BY version")]
    assert versions == [v for v, _, _ in S.MIGRATIONS]
    assert counts["entities"] > 100 and counts["facts"] > 50
    assert counts["evidence"] >= counts["facts"]  # every fact has evidence


def test_reopening_and_reloading_the_reference_changes_nothing(kb_url):
    with blocwatch.open(kb_url) as bw:
        first = bw.kb.counts()
    with blocwatch.open(kb_url) as bw:
        assert not bw.reference_loaded
        bw.reload_reference()
        assert bw.kb.counts() == first


def test_members_at_a_date(kb_url):
    with blocwatch.open(kb_url) as bw:
        assert {m.state for m in bw.members("CSTO", at="2018-11-21")} == CSTO_2018
        assert "UZ" in {m.state for m in bw.members("CSTO", at="2008-01-01")}


def test_document_and_facts_are_written_whole_and_once(kb_url):
    doc, src, facts = _article()
    with KnowledgeBase(kb_url) as kb:
        assert kb.write(sources=[src], document=doc, facts=facts) == 2
        assert kb.write(sources=[src], document=doc, facts=facts) == 0  # idempotent
        assert kb.counts() == {"entities": 0, "sources": 1, "documents": 1, "facts": 2, "evidence": 2}
        assert kb.document(doc.id) == doc
        stored = {f.id: f for f in kb.find_facts(doc_id=doc.id)}
        assert set(stored) == {f.id for f in facts}
        meeting = stored[facts[0].id]
        assert {l.entity_id for l in meeting.links} == {"state:AM", "state:RU"}
        assert meeting.attrs == {"place": "place:yerevan"}
        assert [(e.start, e.end, e.text) for e in meeting.evidence] == [(25, 110, doc.text[25:110])]
        assert meeting.evidence[0].source_title == doc.title


def test_a_second_source_for_a_fact_adds_evidence_not_a_fact(kb_url):
    doc, src, facts = _article()
    other = Evidence("doc:other", None, 0, 10, "x", "test.v1", 0.8)
    again = Fact(facts[1].kind, facts[1].subject, facts[1].object, None, facts[1].valid_from, evidence=(other,))
    with KnowledgeBase(kb_url) as kb:
        kb.write(sources=[src, Source("doc:other", "document", "Other")], document=doc, facts=facts)
        assert kb.write(facts=[again]) == 1
        assert kb.counts()["facts"] == 2
        assert len(kb.evidence_for([again.id])[again.id]) == 2


def test_a_version_1_database_is_migrated_to_feed_state(kb_url):
    KnowledgeBase(kb_url).close()
    engine = sa.create_engine(to_url(kb_url))
    with engine.begin() as c:  # make it look like a database written before version 2
        c.execute(sa.text("DROP TABLE feed_items"))
        c.execute(sa.text("DROP TABLE feeds"))
        c.execute(sa.text("DELETE FROM migrations WHERE version > 1"))
        c.execute(sa.text("UPDATE meta SET value = '1' WHERE key = 'schema_version'"))
    engine.dispose()
    with KnowledgeBase(kb_url) as kb:
        assert kb.get_meta("schema_version") == str(S.SCHEMA_VERSION)
        assert {"feeds", "feed_items"} <= set(sa.inspect(kb.engine).get_table_names())
