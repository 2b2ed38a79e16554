"""The Python API end to end on a real SQLite file: ingesting twice changes nothing, and what
is ingested shows in the queries with its article as source."""

from __future__ import annotations

from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def test_ingesting_the_same_articles_twice_changes_nothing(bw):
    first = bw.ingest([EXAMPLES])
    counts = bw.kb.counts()
    second = bw.ingest([EXAMPLES])
    assert first.ingested == len(list(EXAMPLES.iterdir())) and first.failed == 0
    assert second.ingested == 0 and second.unchanged == first.ingested
    assert bw.kb.counts() == counts


def test_an_ingested_veto_shows_in_the_accession_check_with_its_sentence(bw):
    bw.ingest([EXAMPLES / "csto_azerbaijan_veto_2018.txt"])
    result = bw.accession("AZ", "CSTO", at="2018-11-23")
    assert result.verdict.startswith("blocked")
    (stance,) = [s for s in result.stances if s.state == "AM"]
    assert any("veto" in (src.text or "") for src in stance.sources)
