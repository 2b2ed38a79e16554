"""Titles (extract/titles.py): where the lexicon's titles stand in a text and the lexicon's wording
of a title read from it. Whose title it is, is tested in test_roles.py."""

from __future__ import annotations

import pytest

from blocwatch.extract.lexicon import Lexicon
from blocwatch.extract.titles import titles_of
from blocwatch.model import Mention


@pytest.fixture(scope="module")
def titles():
    return titles_of(Lexicon.load())


def test_a_title_of_a_states_body_with_a_possessive_is_the_lexicons_title(titles):
    assert titles.find("the Secretary of Armenia's Security Council said") == [(4, 43, "Secretary of the Security Council")]


def test_a_title_naming_its_body_first_is_the_lexicons_title(titles):
    assert titles.find("Armenian Security Council Secretary spoke") == [(9, 35, "Secretary of the Security Council")]


def test_the_head_of_a_unit_is_worded_as_the_text_words_it(titles):
    assert titles.find("the director of Russia's foreign intelligence service") == [
        (4, 53, "director of the foreign intelligence service")]


def test_a_title_word_inside_a_bodys_name_is_no_title(titles):
    seg = "the Council of Ministers of the Union State met"
    body = Mention(4, 43, seg[4:43], "body:union-state-council-of-ministers", "body")
    assert titles.find(seg) == [(15, 24, None)]
    assert titles.find(seg, 0, [body]) == []


def test_a_title_at_a_position(titles):
    assert titles.at("as Prime Minister", 3, 17) == (3, 17, None)
    assert titles.at("as well", 3, 7) is None


@pytest.mark.parametrize("text, title", [
    ("premier", "Prime Minister"),
    ("chairman of executive committee", "Chairman of the Executive Committee"),
    ("Chairman of Board of Eurasian Economic Commission", "Chairman of the Board of the Eurasian Economic Commission"),
])
def test_the_lexicons_wording_of_a_title(titles, text, title):
    assert titles.canonical(text) == title


@pytest.mark.parametrize("phrase, title", [
    # one post under two titles, each half in the lexicon's wording
    ("Chairman of Cabinet of Ministers - Head of Presidential Administration",
     "Chairman of the Cabinet of Ministers - Head of the Presidential Administration"),
    # a body's possessive turned round, a named board read after its commission
    ("chairman of the commission's board", "Chairman of the board of the commission"),
    ("Chairman of the Eurasian Economic Commission Board", "Chairman of the Board of the Eurasian Economic Commission"),
    # trailing function words and "(acting)" are no part of the title
    ("secretary general of the, ", "Secretary General"),
    ("President (acting)", "President"),
])
def test_a_role_phrase_cleaned_into_a_title(titles, phrase, title):
    assert titles.clean(phrase, 0, len(phrase), [], {}) == title
