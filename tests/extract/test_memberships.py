"""Memberships stated in text (extract/memberships.py): members, non-members, dated accessions."""

from __future__ import annotations

import pytest

from blocwatch.model import PartialDate

from . import article, extractor_for, facts_of


@pytest.fixture(scope="session")
def extractor(_built_kb):
    return extractor_for(str(_built_kb))


def memberships(extractor, body: str, published: str | None = "2021-03-02"):
    facts = facts_of(extractor.extract(article(body, published=published)), "membership")
    return {(f.subject, f.object, f.value): f for f in facts}


def test_states_said_not_to_be_members_are_two_non_member_facts(extractor):
    got = memberships(extractor, "Azerbaijan and Moldova are not members of the CSTO, an official in Moscow noted.")
    assert set(got) == {("state:AZ", "org:CSTO", "non-member"), ("state:MD", "org:CSTO", "non-member")}


def test_non_member_fact_holds_at_the_article_date(extractor):
    got = memberships(extractor, "Azerbaijan is not a member of the CSTO.")
    f = got[("state:AZ", "org:CSTO", "non-member")]
    assert f.attrs["as_of"] == "2021-03-02"
    assert f.holds_on(PartialDate(2021, 3, 2).start)


def test_members_of_neither_gives_non_member_of_both(extractor):
    got = memberships(extractor, "Georgia and Ukraine are members of neither the CIS nor the CSTO.")
    for state in ("state:GE", "state:UA"):
        for org in ("org:CIS", "org:CSTO"):
            assert (state, org, "non-member") in got


def test_members_of_neither_gives_no_member_fact(extractor):
    got = memberships(extractor, "Georgia and Ukraine are members of neither the CIS nor the CSTO.")
    assert [k for k in got if k[2] == "member"] == []


def test_joined_in_a_year_starts_membership_that_year(extractor):
    got = memberships(extractor, "Armenia joined the Eurasian Economic Union in 2015 after long talks.", published=None)
    f = got[("state:AM", "org:EAEU", "member")]
    assert f.valid_from == PartialDate(2015)
    assert f.valid_to is None


def test_joined_the_eaeu_acronym_in_a_year_starts_membership(extractor):
    got = memberships(extractor, "Armenia joined the EAEU in 2015 after long talks.", published=None)
    f = got[("state:AM", "org:EAEU", "member")]
    assert f.valid_from == PartialDate(2015)


def test_states_said_to_be_members_are_member_facts(extractor):
    got = memberships(extractor, "Kazakhstan and Kyrgyzstan are members of the CSTO.")
    assert ("state:KZ", "org:CSTO", "member") in got
    assert ("state:KG", "org:CSTO", "member") in got
