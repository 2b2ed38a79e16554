"""The SQLite knowledge base: recorded migrations, idempotent loading and writing, atomic
writes, interval queries, names, and refusal to touch a file that is not ours (left as it was)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

import blocwatch
from blocwatch.errors import SchemaMismatchError, StorageError, UnknownNameError
from blocwatch.kb import schema as S
from blocwatch.kb.store import KnowledgeBase, norm, to_url
from blocwatch.model import Document, Evidence, Fact, PartialDate, Source

SRC = Source("ref:test-store", "reference", "Test source for the store")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def membership(state: str, org: str, status: str, start: str | None, end: str | None = None,
               source: str = SRC.id) -> Fact:
    return Fact("membership", f"state:{state}", f"org:{org}", status, PartialDate.parse_opt(start),
                PartialDate.parse_opt(end), evidence=(Evidence(source, extractor="reference"),))


# ------------------------------------------------------------------ migrations
def test_a_new_file_gets_every_migration_recorded(tmp_path):
    path = tmp_path / "new.sqlite"
    with KnowledgeBase(path) as kb:
        assert kb.get_meta("application") == S.APPLICATION
        assert kb.get_meta("schema_version") == str(S.SCHEMA_VERSION)
    with sqlite3.connect(path) as c:
        rows = c.execute("SELECT version, name FROM migrations ORDER BY version").fetchall()
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert rows == [(v, name) for v, name, _ in S.MIGRATIONS]
    assert set(S.metadata.tables) <= tables


def test_a_new_file_is_in_wal_mode(tmp_path):
    path = tmp_path / "new.sqlite"
    KnowledgeBase(path).close()
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_older_schema_is_migrated_forward(tmp_path):
    path = tmp_path / "old.sqlite"
    KnowledgeBase(path).close()
    with sqlite3.connect(path) as c:  # make it look like a version-1 file
        c.execute("DROP TABLE feed_items")
        c.execute("DROP TABLE feeds")
        c.execute("DELETE FROM migrations WHERE version > 1")
        c.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with KnowledgeBase(path) as kb:
        assert kb.get_meta("schema_version") == str(S.SCHEMA_VERSION)
    with sqlite3.connect(path) as c:
        assert [r[0] for r in c.execute("SELECT version FROM migrations ORDER BY version")] == [
            v for v, _, _ in S.MIGRATIONS]
        assert c.execute("SELECT count(*) FROM feed_items").fetchone() == (0,)


def test_a_path_becomes_a_sqlite_url_and_a_postgres_url_gets_its_driver(tmp_path):
    assert to_url(tmp_path / "a.sqlite") == f"sqlite:///{(tmp_path / 'a.sqlite').resolve()}"
    assert to_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


# ------------------------------------------------------------------ refusing files that are not ours
def _refuse(path: Path, error=StorageError) -> str:
    before = digest(path)
    siblings = set(os.listdir(path.parent))
    with pytest.raises(error) as e:
        KnowledgeBase(path)
    assert digest(path) == before, "a refused file must be left byte-for-byte as it was"
    assert set(os.listdir(path.parent)) == siblings, "no -wal/-shm/journal files may be left behind"
    return str(e.value)


def test_refuses_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("These are my notes, not a database.\n")
    msg = _refuse(path, SchemaMismatchError)
    assert "not a SQLite database" in msg and "--db" in msg


def test_refuses_a_sqlite_file_with_foreign_tables(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        c.execute("INSERT INTO invoices VALUES (1, 9.5)")
    c.close()
    msg = _refuse(path, SchemaMismatchError)
    assert "invoices" in msg and "refusing" in msg
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_refuses_a_sqlite_file_made_by_another_program_with_a_meta_table(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        c.execute("INSERT INTO meta VALUES ('application', 'someone-else')")
    c.close()
    assert "not made by blocwatch" in _refuse(path, SchemaMismatchError)


def test_refuses_a_newer_schema_version(kb_path):
    with sqlite3.connect(kb_path) as c:
        c.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(S.SCHEMA_VERSION + 1),))
    c.close()
    msg = _refuse(kb_path, SchemaMismatchError)
    assert f"schema version {S.SCHEMA_VERSION + 1}" in msg and "upgrade blocwatch" in msg


def test_refuses_a_corrupt_file_with_a_sqlite_header(kb_path):
    good = kb_path.read_bytes()
    kb_path.write_bytes(good[:100] + bytes((i * 97 + 13) % 256 for i in range(3 * 4096)))
    msg = _refuse(kb_path)
    assert "corrupt" in msg and "will not overwrite" in msg


def test_refuses_a_bare_sqlite_header_followed_by_garbage(tmp_path):
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xde\xad\xbe\xef" * 1000)
    assert "corrupt" in _refuse(path)


def test_refuses_a_directory(tmp_path):
    with pytest.raises(StorageError, match="is a directory"):
        KnowledgeBase(tmp_path)


def test_refusal_is_a_storage_error_with_exit_code_3(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("x")
    with pytest.raises(StorageError) as e:
        blocwatch.open(str(path))
    assert e.value.exit_code == 3


# ------------------------------------------------------------------ idempotence
def test_opening_the_same_file_twice_changes_nothing(kb_path):
    with blocwatch.open(str(kb_path)) as a:
        first = a.kb.counts()
        assert a.reference_loaded is False  # the session build already loaded it
    with blocwatch.open(str(kb_path)) as b:
        assert b.kb.counts() == first
        assert b.reference_loaded is False
    assert first["facts"] > 300 and first["evidence"] >= first["facts"]


def test_writing_the_same_facts_twice_changes_nothing(tmp_path):
    facts = [membership("AM", "CIS", "member", "1991-12-21"), membership("GE", "CIS", "former", "2009-08-18")]
    with KnowledgeBase(tmp_path / "kb.sqlite") as kb:
        assert kb.write(sources=[SRC], facts=facts) == 2
        once = kb.counts()
        assert kb.write(sources=[SRC], facts=facts) == 0
        assert kb.counts() == once
        assert once["facts"] == 2 and once["evidence"] == 2


def test_the_same_fact_from_two_sources_is_one_fact_with_two_evidences(tmp_path):
    other = Source("ref:other", "reference", "Another source")
    with KnowledgeBase(tmp_path / "kb.sqlite") as kb:
        kb.write(sources=[SRC], facts=[membership("AM", "CIS", "member", "1991-12-21")])
        assert kb.write(sources=[other], facts=[membership("AM", "CIS", "member", "1991-12-21", source=other.id)]) == 1
        [f] = kb.find_facts("membership")
        assert sorted(e.source_id for e in f.evidence) == ["ref:other", SRC.id]
        assert {e.source_title for e in f.evidence} == {"Another source", SRC.title}


def test_a_document_is_written_whole_or_not_at_all(tmp_path):
    doc = Document(Document.make_id("Armenia joined."), "Armenia joined.", title="t")
    bad = Fact("membership", "state:AM", "org:CIS", "member", PartialDate(1991),
               evidence=(Evidence("doc:missing-source", doc_id=doc.id, start=0, end=15),))
    with KnowledgeBase(tmp_path / "kb.sqlite") as kb:
        with pytest.raises(StorageError, match="nothing was written"):
            kb.write(document=doc, facts=[bad])  # its source row was never written
        assert not kb.has_document(doc.id)
        assert kb.counts()["facts"] == 0


# ------------------------------------------------------------------ interval queries
@pytest.fixture
def uz_kb(tmp_path):
    with KnowledgeBase(tmp_path / "kb.sqlite") as kb:
        kb.write(sources=[SRC], facts=[
            membership("UZ", "CSTO", "member", "2006-06-23", "2012-12-19"),
            membership("UZ", "CSTO", "suspended", "2012-12-19", None),
            membership("RS", "CSTO", "observer", "2013", None)])
        yield kb


def _values(kb, start: dt.date, end: dt.date) -> list[str]:
    return sorted(r[2] for r in kb.membership_rows(["org:CSTO"], start, end))


def test_membership_rows_are_half_open_intervals(uz_kb):
    d = dt.date
    assert _values(uz_kb, d(2012, 12, 18), d(2012, 12, 19)) == ["member"]
    assert _values(uz_kb, d(2012, 12, 19), d(2012, 12, 20)) == ["suspended"]
    assert _values(uz_kb, d(2012, 1, 1), d(2013, 1, 1)) == ["member", "suspended"]
    assert _values(uz_kb, d(2006, 6, 22), d(2006, 6, 23)) == []


def test_a_partial_start_counts_from_its_first_day(uz_kb):
    d = dt.date
    assert _values(uz_kb, d(2012, 12, 31), d(2013, 1, 1)) == ["suspended"]
    assert _values(uz_kb, d(2013, 1, 1), d(2013, 1, 2)) == ["observer", "suspended"]


def test_membership_rows_carry_partial_bounds_and_fact_ids(uz_kb):
    rows = uz_kb.membership_rows(["org:CSTO"], dt.date(2013, 6, 1), dt.date(2013, 6, 2))
    by_state = {r[0]: r for r in rows}
    assert by_state["state:RS"][2:5] == ("observer", "2013", None)
    assert by_state["state:UZ"][2:5] == ("suspended", "2012-12-19", None)
    ev = uz_kb.evidence_for([r[5] for r in rows])
    assert set(ev) == {r[5] for r in rows} and all(e[0].source_id == SRC.id for e in ev.values())


def test_find_facts_during_an_interval(uz_kb):
    facts = uz_kb.find_facts("membership", subject="state:UZ", during=(dt.date(2012, 12, 19), dt.date(2012, 12, 20)))
    assert [f.value for f in facts] == ["suspended"]
    everything = uz_kb.find_facts("membership", subject="state:UZ")
    assert [f.value for f in everything] == ["member", "suspended"]  # by start date
    assert everything[0].valid_to == PartialDate(2012, 12, 19)


# ------------------------------------------------------------------ names
def test_norm_folds_case_accents_and_punctuation():
    assert norm("  Secretary-General ") == "secretary general"
    assert norm("Türkmenistan") == "turkmenistan"
    assert norm("C.I.S.") == "c i s"


def test_lookup_by_code_name_and_alias(bw):
    kb = bw.kb
    assert kb.resolve("CSTO", ("org",), "organization").id == "org:CSTO"
    assert kb.resolve("csto", ("org",), "organization").id == "org:CSTO"
    assert kb.resolve("Collective Security Treaty Organization", ("org",), "organization").id == "org:CSTO"
    assert kb.resolve("ОДКБ", ("org",), "organization").id == "org:CSTO"
    assert kb.resolve("ua", ("state",), "state").id == "state:UA"


def test_an_unknown_name_comes_with_suggestions(bw):
    with pytest.raises(UnknownNameError) as e:
        bw.kb.resolve("CTSO", ("org",), "organization")
    assert e.value.suggestions[0] == "CSTO"
    assert "Did you mean: CSTO" in str(e.value)
