"""Finding known names (extract/gazetteer.py): case rules, longest match, scripts, relevance."""

from __future__ import annotations

import pytest

from . import extractor_for


@pytest.fixture(scope="session")
def gazetteer(_built_kb):
    return extractor_for(str(_built_kb)).gazetteer


def found(gazetteer, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity_id, m.kind) for m in gazetteer.find(text)]


def test_acronym_in_capitals_is_found(gazetteer):
    assert ("CIS", "org:CIS", "org") in found(gazetteer, "Ministers of the CIS gathered in Minsk.")


def test_acronym_letters_in_lower_case_or_inside_a_word_are_not_found(gazetteer):
    text = "Francis studied cis and trans isomers, and the cis-regulatory region."
    assert all(eid != "org:CIS" for _, eid, _ in found(gazetteer, text))


def test_longest_name_wins_over_a_name_it_contains(gazetteer):
    hits = found(gazetteer, "The Collective Security Treaty Organization held drills.")
    assert [eid for _, eid, _ in hits] == ["org:CSTO"]
    assert hits[0][0] == "Collective Security Treaty Organization"


def test_shorter_treaty_name_alone_is_the_treaty(gazetteer):
    hits = found(gazetteer, "Six states signed the Collective Security Treaty in Tashkent.")
    assert ("Collective Security Treaty", "org:CST", "org") in hits


def test_russian_acronyms_are_found(gazetteer):
    hits = found(gazetteer, "Саммит ОДКБ и встреча СНГ")
    assert ("ОДКБ", "org:CSTO", "org") in hits
    assert ("СНГ", "org:CIS", "org") in hits


def test_demonym_names_its_state(gazetteer):
    assert ("Belarusian", "state:BY", "demonym") in found(gazetteer, "A Belarusian delegation flew in.")


def test_mentions_carry_offsets_of_their_text(gazetteer):
    text = "Armenia and Kazakhstan spoke at the CSTO session."
    for m in gazetteer.find(text):
        assert text[m.start:m.end] == m.text


def test_off_topic_text_is_not_relevant(gazetteer):
    text = ("The home side scored twice in the second half and moved to the top of the league, "
            "while their coach praised a young goalkeeper signed from Lisbon.")
    assert gazetteer.is_relevant(text) is False


def test_text_naming_a_followed_organization_is_relevant(gazetteer):
    assert gazetteer.is_relevant("Defence chiefs of the CSTO will gather next month.") is True
    assert gazetteer.is_relevant("The Commonwealth of Independent States turns thirty.") is True


def test_lower_case_acronym_letters_do_not_make_a_text_relevant(gazetteer):
    assert gazetteer.is_relevant("The chemists compared cis and trans forms of the molecule.") is False


def test_eaeu_acronym_is_found_and_relevant(gazetteer):
    text = "Trade inside the EAEU grew last year."
    assert ("EAEU", "org:EAEU", "org") in found(gazetteer, text)
    assert gazetteer.is_relevant(text)


def test_a_long_name_written_in_lower_case_makes_a_text_relevant(gazetteer):
    assert gazetteer.is_relevant("Deputies voted to join the collective security treaty of 1992.") is True
    assert gazetteer.is_relevant("Talks on the eurasian economic union resumed.") is True


def test_a_short_name_in_lower_case_does_not_make_a_text_relevant(gazetteer):
    assert gazetteer.is_relevant("The union state of affairs and the commonwealth games dominated the news.") is False


def test_a_hyphenated_office_name_goes_to_the_organization_the_text_names(gazetteer):
    hits = found(gazetteer, "Delegations of the CSTO states and Secretary-General Ivan Petrov met in Minsk.")
    assert ("Secretary-General", "office:CSTO/secretary-general", "office") in hits


def test_an_acronym_defined_in_brackets_names_the_organization_in_that_text(gazetteer):
    text = ("REC chiefs posed for a photo. Tajikistan hosted the Eurasian Economic Community (REC) in spring, "
            "and the REC then agreed a common tariff.")
    hits = [(t, eid) for t, eid, _ in found(gazetteer, text)]
    assert hits.count(("REC", "org:EURASEC")) == 3
    assert all(eid != "org:EURASEC" for _, eid, _ in found(gazetteer, "The REC agreed a common tariff."))


def test_an_acronym_in_brackets_after_a_body_name_names_the_body(gazetteer):
    text = "The CSTO Collective Security Council (KSB) met; the KSB approved the budget."
    assert ("KSB", "body:CSTO/collective-security-council", "body") in found(gazetteer, text)


def test_a_bracketed_acronym_that_already_names_something_keeps_its_meaning(gazetteer):
    text = "Officials of the Eurasian Economic Union (EEC) met, and the EEC set new duties."
    hits = found(gazetteer, text)
    assert ("EEC", "body:EAEU/eurasian-economic-commission", "body") in hits
    assert all(not (t == "EEC" and kind == "org") for t, _, kind in hits)


def test_a_bracketed_word_that_is_no_acronym_is_not_learnt(gazetteer):
    text = "The Commonwealth of Independent States (Reuters) said Reuters had the figures."
    assert [t for t, eid, _ in found(gazetteer, text) if eid == "org:CIS"] == ["Commonwealth of Independent States"]


def test_transliterated_russian_acronyms_name_their_organizations(gazetteer):
    text = "Minsk left EVRAZES talks early; Evrases, EvrAzES and the YeAES were all on the agenda, as was the ODKB."
    hits = [(t, eid) for t, eid, _ in found(gazetteer, text)]
    assert [t for t, eid in hits if eid == "org:EURASEC"] == ["EVRAZES", "Evrases", "EvrAzES"]
    assert ("YeAES", "org:EAEU") in hits and ("ODKB", "org:CSTO") in hits



def test_a_bare_body_name_after_an_organization_name_is_that_organizations_body(gazetteer):
    text = "GUAM ministers and GUAM envoys were briefed by the ODKB Secretariat."
    assert ("Secretariat", "body:CSTO/secretariat", "body") in found(gazetteer, text)


def test_a_bare_body_name_after_an_organization_without_that_body_names_no_body(gazetteer):
    text = "GUAM ministers and GUAM envoys read a letter from the NATO Secretariat."
    assert [kind for _, _, kind in found(gazetteer, text)] == ["org", "org", "org"]


def test_a_council_named_in_the_other_word_order_is_that_council(gazetteer):
    text = "The CSTO Defence Ministers' Council and the CSTO Foreign Ministers Council met in Yerevan."
    hits = found(gazetteer, text)
    assert ("Defence Ministers' Council", "body:CSTO/council-of-defence-ministers", "body") in hits
    assert ("Foreign Ministers Council", "body:CSTO/council-of-foreign-ministers", "body") in hits


def test_a_one_word_council_gets_no_other_word_order(gazetteer):
    text = "The Interior Ministers Council of the CIS met in Baku."
    assert all(kind != "body" for _, _, kind in found(gazetteer, text))


def test_security_council_secretaries_committee_is_the_csto_committee(gazetteer):
    text = "The CSTO Security Council Secretaries Committee met in Minsk."
    assert ("Security Council Secretaries Committee", "body:CSTO/committee-of-secretaries-of-security-councils",
            "body") in found(gazetteer, text)


def test_the_plural_of_translated_press_names_the_council(gazetteer):
    text = "The CIS Council of Heads of Governments met in Minsk."
    assert [eid for _, eid, kind in found(gazetteer, text) if kind == "body"] == ["body:CIS/council-of-heads-of-government"]
