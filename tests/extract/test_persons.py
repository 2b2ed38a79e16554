"""People in a document (extract/persons.py): candidate names, spelling variants, clustering."""

from __future__ import annotations

import pytest

from blocwatch.extract.persons import PersonIndex, fold, name_candidates, same_person

from . import extractor_for


@pytest.fixture(scope="session")
def extractor(_built_kb):
    return extractor_for(str(_built_kb))


def candidates(extractor, text: str):
    return name_candidates(text, extractor.gazetteer.find(text), extractor.lex)


def person_id(extractor, name: str) -> str:
    return next(eid for eid, n in extractor.snapshot.canonical.items() if n == name and eid.startswith("person:"))


def test_transliteration_variants_fold_alike():
    assert fold("Valeri") == fold("Valery")
    assert fold("Semerikov") == fold("Semerikov")
    assert fold("Valery") != fold("Vladimir")


def test_initial_and_full_first_name_are_the_same_person():
    assert same_person("N. Patrushev", "Nikolai Patrushev")
    assert same_person("Valeri Semerikov", "Valery Semerikov")


def test_different_surname_or_clashing_initial_is_another_person():
    assert not same_person("Nikolai Patrushev", "Nikolai Bordyuzha")
    assert not same_person("S. Patrushev", "Nikolai Patrushev")
    assert not same_person("Patrushev", "Nikolai Patrushev")


def test_new_name_next_to_a_role_is_a_candidate(extractor):
    text = "Secretary of the Security Council of Armenia Tigran Mkrtchyan arrived on Monday."
    got = candidates(extractor, text)
    assert [(p.text, p.entity_id) for p in got] == [("Tigran Mkrtchyan", None)]
    assert text[got[0].start:got[0].end] == "Tigran Mkrtchyan"


def test_capitalised_institution_is_not_a_name(extractor):
    text = "The Security Council of Armenia met behind closed doors."
    assert [p.text for p in candidates(extractor, text)] == []


def test_known_person_is_a_candidate_with_its_id(extractor):
    got = candidates(extractor, "Vladimir Putin opened the session.")
    assert [(p.text, p.entity_id) for p in got] == [("Vladimir Putin", person_id(extractor, "Vladimir Putin"))]


def test_index_joins_spelling_variants_under_the_known_name(extractor):
    known = person_id(extractor, "Valery Semerikov")
    index = PersonIndex(extractor.snapshot.canonical)
    a = index.add("Valery Semerikov", known)
    b = index.add("Valeri Semerikov", None)
    assert a is b
    assert index.name(a) == "Valery Semerikov"
    assert index.person_id(a) == known


def test_index_keeps_two_people_apart_and_names_a_new_one_by_its_full_form(extractor):
    index = PersonIndex(extractor.snapshot.canonical)
    a = index.add("R. Harutyunyan", None)
    b = index.add("Ruben Harutyunyan", None)
    c = index.add("Tigran Mkrtchyan", None)
    assert a is b and a is not c
    assert index.name(a) == "Ruben Harutyunyan"
    assert index.person_id(a) == "person:ruben-harutyunyan"


def test_possessive_is_no_part_of_a_new_name(extractor):
    assert [p.text for p in candidates(extractor, "He asked Prime Minister Ion Rusu's government to act.")] == ["Ion Rusu"]


def test_given_name_before_a_known_surname_belongs_to_the_span(extractor):
    got = candidates(extractor, "The meeting was attended by Akmal Japarov, the cabinet chairman.")
    assert [p.text for p in got] == ["Akmal Japarov"]


def test_a_namesake_of_a_known_person_is_a_new_person(extractor):
    idx = PersonIndex(extractor.snapshot.canonical)
    known = person_id(extractor, "Sadyr Japarov")
    c = idx.add("Akmal Japarov", known)
    assert c["id"] is None and idx.name(c) == "Akmal Japarov"
    assert idx.add("Sadyr Japarov", known)["id"] == known


def test_a_spelling_variant_is_no_namesake(extractor):
    idx = PersonIndex(extractor.snapshot.canonical)
    known = person_id(extractor, "Valery Semerikov")
    assert idx.add("Valeri Semerikov", known)["id"] == known


def test_title_words_before_a_name_are_no_part_of_it(extractor):
    s = "The delegation was headed by the Deputy Chairman of the Cabinet of Ministers Rashid Meredov and State Duma Speaker Pavel Orlov."
    names = [p.text for p in name_candidates(s, extractor.gazetteer.find(s), extractor.lex)]
    assert "Rashid Meredov" in names and "Pavel Orlov" in names
    s2 = "Mr Aliyev, who served as Minister of Internal Affairs for years, retired."
    assert "Internal Affairs" not in [p.text for p in name_candidates(s2, extractor.gazetteer.find(s2), extractor.lex)]


def test_patronymic_is_dropped_from_the_name(extractor):
    got = candidates(extractor, "The President of the Republic of Tajikistan Emomali Sharipovich Rahmon spoke, and the "
                                "Secretary General Stanislav Vasilievich Zas replied, with Minister Ivan Petrovich Sidorenko.")
    texts = [p.text for p in got]
    assert "Emomali Rahmon" in texts and "Ivan Sidorenko" in texts
    assert not any("Sharipovich" in t or "Petrovich" in t for t in texts)


def test_name_after_the_article_is_an_institution(extractor):
    got = candidates(extractor, "The delegation of the Milli Majlis, Ivan Sidorenko said, was small.")
    assert [p.text for p in got if p.entity_id is None] == ["Ivan Sidorenko"]


def test_unknown_spelling_of_a_known_person_links_to_them(extractor):
    idx = PersonIndex(extractor.snapshot.canonical)
    # consonant skeleton: voicing (g/k), w/v, y/i and th/t differ between transliterations
    assert idx.person_id(idx.add("Serj Sarkisyan", None)) == person_id(extractor, "Serzh Sargsyan")
    assert idx.name(idx.add("Gurbanguly Berdymuhamedov", None)) == "Gurbanguly Berdimuhamedow"
    # a dropped Russian ending
    assert idx.name(idx.add("Emomali Rakhmonov", None)) == "Emomali Rahmon"


def test_spelling_link_needs_a_compatible_given_name(extractor):
    idx = PersonIndex(extractor.snapshot.canonical)
    assert idx.known_variant("Armen Sargsyan") != person_id(extractor, "Serzh Sargsyan")
    assert idx.known_variant("Boris Petrovsky") is None


def test_namesake_takes_the_reference_spelling_of_the_surname(extractor):
    idx = PersonIndex(extractor.snapshot.canonical)
    c = idx.add("Akylbek Zhaparov", person_id(extractor, "Sadyr Japarov"))
    assert c["id"] is None and idx.name(c) == "Akylbek Japarov"


def test_russian_g_for_a_foreign_h_links_to_the_known_person(extractor):
    idx = PersonIndex(extractor.snapshot.canonical)
    # Russian writes a foreign h as g, and -yev as -ev: the given name tells the two Aliyevs apart
    assert idx.known_variant("Geidar Aliev") == person_id(extractor, "Heydar Aliyev")
    assert idx.known_variant("Ilkham Aliev") == person_id(extractor, "Ilham Aliyev")


def test_a_plural_title_is_no_given_name(extractor):
    got = candidates(extractor, "photo: Presidents Lukashenko and Tokayev before the talks.")
    assert all(not p.text.startswith("Presidents") for p in got)


def test_a_spelling_the_reference_data_lists_stays_the_known_person(extractor):
    # "Alyaksandr" is no form of "Alexander" by spelling rules, but the alias list names it
    known = person_id(extractor, "Alexander Lukashenko")
    index = PersonIndex(extractor.snapshot.canonical, extractor.snapshot.names)
    c = index.add("Alyaksandr Lukashenka", known)
    assert index.person_id(c) == known and index.name(c) == "Alexander Lukashenko"


def test_kazakh_latin_q_links_to_the_known_person(extractor):
    # the Kazakh Latin alphabet writes the k of the Russian spelling as q
    idx = PersonIndex(extractor.snapshot.canonical)
    assert idx.known_variant("Qasym-Zhomart Toqaev") == person_id(extractor, "Kassym-Jomart Tokayev")


def test_words_before_an_institutions_name_are_no_person(extractor):
    got = candidates(extractor, "The chair of the CIS Minority Rights Commission presented the report.")
    assert [p.text for p in got] == []
