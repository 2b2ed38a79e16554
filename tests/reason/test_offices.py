"""Office holders at a date: the day of a hand-over belongs to the new holder, acting holders are
marked, a partial date lists everyone in the period, an attestation holds only on its day, and
an article about a known tenure joins the reference row."""

from __future__ import annotations

import pytest

from blocwatch.errors import UnknownNameError
from blocwatch.reason.offices import office_matches


def holders(bw, of, office, at):
    return [(h.name, h.acting, h.since, h.until) for h in bw.holders(of, office, at)]


def test_the_acting_secretary_general_of_the_csto_on_21_november_2018(bw):
    [h] = bw.holders("CSTO", "Secretary General", "2018-11-21")
    assert (h.name, h.person, h.office, h.of, h.acting) == (
        "Valery Semerikov", "valery-semerikov", "Secretary General", "CSTO", True)
    assert (h.since, h.until) == ("2018-11-02", "2020-01-01")
    assert h.sources and all(s.kind == "reference" and s.title for s in h.sources)


def test_the_day_of_a_hand_over_belongs_to_the_new_holder(bw):
    assert holders(bw, "CSTO", "Secretary General", "2018-11-01") == [
        ("Yuri Khachaturov", False, "2017-05-02", "2018-11-02")]
    assert [h[0] for h in holders(bw, "CSTO", "Secretary General", "2018-11-02")] == ["Valery Semerikov"]


def test_a_year_lists_everyone_who_held_the_office_in_it(bw):
    assert [(n, a) for n, a, *_ in holders(bw, "CSTO", "Secretary General", "2018")] == [
        ("Yuri Khachaturov", False), ("Valery Semerikov", True)]


def test_one_person_acting_twice_is_two_tenures(bw):
    got = holders(bw, "CSTO", "Secretary General", "2017")
    assert [n for n, *_ in got] == ["Valery Semerikov", "Yuri Khachaturov"]
    assert got[0][1:] == (True, "2017-01-01", "2017-05-02")


def test_a_year_precise_start_holds_from_the_first_day_of_that_year(bw):
    assert [n for n, *_ in holders(bw, "CSTO", "Secretary General", "2003-01-01")] == ["Nikolai Bordyuzha"]
    assert holders(bw, "CSTO", "Secretary General", "2002-12-31") == []


def test_an_attestation_holds_on_its_day_only(bw):
    assert holders(bw, "KZ", "Secretary of the Security Council", "2020-11-18") == [
        ("Asset Issekeshev", False, "2020-11-18", "2020-11-19")]
    assert holders(bw, "KZ", "Secretary of the Security Council", "2020-11-19") == []


@pytest.mark.parametrize("wanted", ["Secretary General", "secretary-general", "SECRETARY GENERAL", "General"])
def test_office_names_match_by_whole_words_in_any_case(wanted):
    assert office_matches("Secretary General", wanted)


@pytest.mark.parametrize("wanted", ["Gen", "Secretary of the Security Council", "General Secretary"])
def test_office_names_do_not_match_part_words_or_other_orders(wanted):
    assert not office_matches("Secretary General", wanted)


def test_without_an_office_every_office_of_the_organization_is_listed(bw):
    offices = {h.office for h in bw.holders("CSTO", None, "2018-11-21")}
    assert "Secretary General" in offices and len(offices) >= 2


def test_an_article_about_a_known_tenure_joins_the_reference_row(write, bw):
    sentence = "Acting CSTO Secretary General Valery Semerikov attended the meeting."
    write.article(sentence, {"kind": "office", "subject": "person:valery-semerikov", "object": "org:CSTO",
                             "value": "Secretary General", "valid_from": "2018-11-21",
                             "attrs": {"acting": True, "key": {"acting": True}}}, reported="2018-11-21")
    [h] = bw.holders("CSTO", "Secretary General", "2018-11-21")
    assert (h.since, h.until) == ("2018-11-02", "2020-01-01")  # the reference interval first
    kinds = [s.kind for s in h.sources]
    assert "reference" in kinds and kinds.count("document") == 1
    assert next(s for s in h.sources if s.kind == "document").text == sentence


def test_holders_of_an_unknown_organization_suggest_the_right_one(bw):
    with pytest.raises(UnknownNameError) as e:
        bw.holders("CTSO", "Secretary General", "2018-11-21")
    assert "CSTO" in e.value.suggestions
