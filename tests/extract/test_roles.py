"""Who is who (extract/roles.py): the title, what it is of, and whether it is held as acting."""

from __future__ import annotations

import pytest

from blocwatch.extract.persons import name_candidates
from blocwatch.extract.roles import RoleReader

from . import article, extractor_for, facts_of


@pytest.fixture(scope="session")
def extractor(_built_kb):
    return extractor_for(str(_built_kb))


def roles(extractor, sentence: str):
    """The roles RoleReader reads in one sentence, keyed by the person's text."""
    mentions = extractor.gazetteer.find(sentence)
    persons = name_candidates(sentence, mentions, extractor.lex)
    reader = RoleReader(extractor.lex, extractor.snapshot.org_of, extractor.snapshot.state_of)
    return {r.person.text: r for r in reader.read(sentence, 0, len(sentence), persons, mentions)}


def test_security_council_secretary_of_a_state(extractor):
    got = roles(extractor, "Secretary of the Security Council of Armenia Tigran Mkrtchyan arrived on Monday.")
    r = got["Tigran Mkrtchyan"]
    assert (r.title, r.of_kind, r.of, r.acting) == ("Secretary of the Security Council", "state", "AM", False)


def test_acting_title_after_the_name_of_an_organization(extractor):
    got = roles(extractor, "Ruben Harutyunyan, the acting Secretary General of the CSTO, opened the session.")
    r = got["Ruben Harutyunyan"]
    assert (r.title, r.of_kind, r.of, r.acting) == ("Secretary General", "org", "CSTO", True)


def test_demonym_before_the_title_gives_the_state_of_a_known_person(extractor):
    r = roles(extractor, "Belarusian President Alexander Lukashenko welcomed the guests.")["Alexander Lukashenko"]
    assert (r.title, r.of_kind, r.of) == ("President", "state", "BY")


def test_demonym_before_the_title_gives_the_state_of_a_new_person(extractor):
    r = roles(extractor, "Belarusian President Gennady Tsvirko welcomed the guests.")["Gennady Tsvirko"]
    assert (r.title, r.of_kind, r.of) == ("President", "state", "BY")


def test_possessive_title_points_at_the_possessor(extractor):
    got = roles(extractor, "Vladimir Putin's spokesman Arkady Venediktov told reporters the talks would go ahead.")
    r = got["Arkady Venediktov"]
    assert r.title.lower() == "spokesman"
    assert r.possessor is not None and r.possessor.text.endswith("Putin")


def test_possessive_title_becomes_an_office_of_the_possessors_state(extractor):
    doc = article("Russian President Vladimir Putin arrived in Minsk for the CSTO summit. "
                  "Putin's spokesman Arkady Venediktov said the agenda was agreed.", published="2019-04-05")
    offices = {f.attrs["name"]: f for f in facts_of(extractor.extract(doc), "office")}
    assert offices["Arkady Venediktov"].object == "state:RU"
    assert "spokesman" in offices["Arkady Venediktov"].value.lower()


def test_roles_become_office_facts_with_acting_flag(extractor):
    doc = article("Ruben Harutyunyan, the acting Secretary General of the CSTO, opened the session in Moscow.",
                  published="2019-04-05")
    (f,) = [f for f in facts_of(extractor.extract(doc), "office") if f.attrs["name"] == "Ruben Harutyunyan"]
    assert (f.value, f.object, f.attrs["acting"]) == ("Secretary General", "org:CSTO", True)
