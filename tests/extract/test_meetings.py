"""Meetings and summits (extract/meetings.py): one fact per event, with its date, place and people."""

from __future__ import annotations

import pytest

from blocwatch.model import PartialDate

from . import article, extractor_for, facts_of


@pytest.fixture(scope="session")
def extractor(_built_kb):
    return extractor_for(str(_built_kb))


def meetings(extractor, body: str, **kw):
    return facts_of(extractor.extract(article(body, **kw)), "meeting")


def participants(fact) -> dict[str, dict]:
    return {l.attrs["name"]: l.attrs for l in fact.links if l.role == "participant"}


def test_summit_with_place_and_explicit_date(extractor):
    (m,) = meetings(extractor, "Heads of state of the Commonwealth of Independent States held a summit in Minsk "
                               "on 12 October 2023. They signed a statement on trade.")
    assert m.object == "org:CIS"
    assert m.valid_from == PartialDate(2023, 10, 12)
    assert m.attrs["place_name"] == "Minsk"
    assert m.attrs["date"] == "2023-10-12"


def test_meetings_with_different_ordinals_stay_apart(extractor):
    found = meetings(extractor, "The fourth meeting of the CSTO defence ministers took place in Yerevan in May 2017. "
                                "The fifth meeting of the CSTO defence ministers took place in Minsk in November 2017.")
    assert sorted(m.attrs["ordinal"] for m in found) == [4, 5]
    assert {m.attrs["place_name"] for m in found} == {"Yerevan", "Minsk"}


def test_the_meeting_later_in_the_text_is_the_same_event(extractor):
    found = meetings(extractor, "The CIS Council of Heads of Government met in Dushanbe on 3 June 2022. "
                                "The meeting approved a plan on labour migration. "
                                "After the meeting, the prime ministers toured a power plant.")
    assert len(found) == 1
    (m,) = found
    assert m.attrs["place_name"] == "Dushanbe"
    assert m.valid_from == PartialDate(2022, 6, 3)
    # every sentence that speaks of the meeting is part of its evidence
    assert len(m.evidence) >= 2


def test_caption_listing_participants_adds_them_to_the_meeting(extractor):
    (m,) = meetings(extractor, "The CSTO Council of Foreign Ministers met in Almaty on 8 June 2023.\n\n"
                               "Photo: Participants: Foreign Minister of Kyrgyzstan Temir Abdykadyrov and "
                               "Foreign Minister of Tajikistan Rustam Nazaraliev.")
    people = participants(m)
    assert people["Temir Abdykadyrov"]["state"] == "KG"
    assert people["Rustam Nazaraliev"]["state"] == "TJ"
    assert people["Temir Abdykadyrov"]["role"] == "Foreign Minister"
    assert {l.entity_id for l in m.links if l.role == "participant_state"} >= {"state:KG", "state:TJ"}


def test_caption_evidence_is_the_caption(extractor):
    doc = article("The CSTO Council of Foreign Ministers met in Almaty on 8 June 2023.\n\n"
                  "Photo: Participants: Foreign Minister of Kyrgyzstan Temir Abdykadyrov.")
    (m,) = facts_of(extractor.extract(doc), "meeting")
    assert any(e.text.startswith("Photo: Participants:") for e in m.evidence)


def test_meeting_word_with_no_date_place_or_ordinal_is_no_meeting(extractor):
    assert meetings(extractor, "The CSTO says little about its plans. A meeting of local farmers discussed prices.") == []
