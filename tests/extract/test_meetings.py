"""Meetings and summits (extract/meetings.py): one fact per event, with its date, place and people."""

from __future__ import annotations

import pytest

from blocwatch.ingest import read_text_document
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


def test_dateline_city_is_the_venue_not_a_capital_named_for_its_government(extractor):
    (m,) = meetings(extractor, "KAZAN, 3 March 2021 — The Supreme Eurasian Economic Council held a session on Friday. "
                               "A guest who wants better relations with Moscow also spoke at the session.")
    assert m.attrs["place_name"] == "Kazan"


def test_the_year_of_a_treaty_is_not_the_date_of_the_summit(extractor):
    found = meetings(extractor, "Leaders of the CSTO gathered in Minsk on Friday for a session of the Collective "
                                "Security Council marking the anniversary of the treaty signed in Tashkent in 1992.")
    assert [f.attrs["date"] for f in found if f.attrs["date"] and f.attrs["date"].startswith("1992")] == []


def test_a_list_of_surnames_at_a_summit_are_its_participants(extractor):
    (m,) = meetings(extractor, "The CSTO Collective Security Council met in Minsk on 23 November 2023. "
                               "Putin, Tokayev and Rahmon made the trip.")
    assert {"Vladimir Putin", "Kassym-Jomart Tokayev", "Emomali Rahmon"} <= set(participants(m))


def test_received_the_heads_in_the_kremlin_names_host_and_city(extractor):
    (m,) = meetings(extractor, "Russian President Vladimir Putin received the heads of the CIS member states in the "
                               "Kremlin on 8 October 2024 for a session of the Council of Heads of State.")
    assert m.attrs["host"] == "Vladimir Putin"
    assert m.attrs["place_name"] == "Moscow"


def test_next_years_summit_without_a_day_is_no_meeting_but_a_month_and_city_is(extractor):
    found = meetings(extractor, "CIS leaders met in Minsk on 12 October 2023. Tashkent will host next year's summit.")
    assert [f.attrs["place_name"] for f in found] == ["Minsk"]
    found = meetings(extractor, "CSTO foreign ministers met in Minsk on 12 May 2023. The heads of state will meet "
                                "in Almaty in November.", published="2023-05-13")
    assert {(f.attrs["place_name"], f.attrs["date"]) for f in found} >= {("Almaty", "2023-11")}


def test_a_summit_someone_never_attended_is_no_meeting(extractor):
    assert meetings(extractor, "The Moldovan president has not attended a single CIS summit since 2021.") == []
    assert meetings(extractor, "No CSTO meeting with the candidate was scheduled in Yerevan on Friday.") == []


def test_a_state_that_boycotted_is_no_participant_and_such_a_gathering_has_no_ordinal(extractor):
    (m,) = meetings(extractor, "Kazakh President Kassym-Jomart Tokayev welcomed the leaders of the CSTO to Astana on "
                               "28 November 2024 for the second such gathering in a row that Armenia has boycotted. "
                               "Around the table sat Vladimir Putin and Emomali Rahmon.")
    states = {l.entity_id for l in m.links if l.role == "participant_state"}
    assert "state:AM" not in states and {"state:KZ", "state:RU", "state:TJ"} <= states
    assert m.attrs["ordinal"] is None


def test_a_successor_named_is_no_participant_but_the_reporting_secretary_general_is(extractor):
    (m,) = meetings(extractor, "The CSTO Collective Security Council met in Yerevan on 23 November 2022. "
                               "Secretary General Stanislav Zas reported on the work of the secretariat. "
                               "Imangali Tasmagambetov, a former prime minister of Kazakhstan, will take over as "
                               "Secretary General on 1 January.")
    people = participants(m)
    assert people["Stanislav Zas"]["org"] == "CSTO"
    assert "Imangali Tasmagambetov" not in people


def test_foreign_ministers_at_their_council_are_participants(extractor):
    (m,) = meetings(extractor, "The CSTO Council of Foreign Ministers met in Minsk on 30 June 2021. "
                               "Kazakh Foreign Minister Mukhtar Tileuberdi and Tajik Foreign Minister Sirojiddin "
                               "Muhriddin discussed Afghanistan.")
    assert {"Mukhtar Tileuberdi", "Sirojiddin Muhriddin"} <= set(participants(m))


def test_a_video_summit_has_no_venue_and_whoever_ran_it_hosted(extractor):
    (m,) = meetings(extractor, "The CSTO Collective Security Council met by video link on 2 December 2020. "
                               "Russian President Vladimir Putin ran the session from his residence outside Moscow.")
    assert m.attrs["place_name"] is None
    assert m.attrs["host"] == "Vladimir Putin"


def test_a_meeting_a_day_earlier_in_the_same_city_is_told_from_the_main_one(extractor):
    found = meetings(extractor, "The Supreme Eurasian Economic Council met in Minsk on 26 May 2023. "
                                "A day earlier, the same leaders met for an informal summit of the CIS in the same city.")
    cis = [f for f in found if f.object == "org:CIS"]
    assert len(cis) == 1
    assert cis[0].attrs["date"] == "2023-05-25"
    assert cis[0].attrs["place_name"] == "Minsk"
    # the people of the main meeting are not copied to the other one
    assert not [l for l in cis[0].links if l.role == "participant"]


def test_drills_that_will_be_held_are_no_meeting(extractor):
    found = meetings(extractor, "CSTO leaders met in Dushanbe on 16 September 2021. Joint drills will be held in "
                                "Tajikistan in October.")
    assert [f.attrs["date"] for f in found] == ["2021-09-16"]


def test_met_on_a_weekday_in_a_city_is_a_meeting(extractor):
    (m,) = meetings(extractor, "Heads of state of the Commonwealth of Independent States met on Friday in Minsk, "
                               "and signed a statement on trade.", published="2023-10-13")
    assert m.object == "org:CIS"
    assert m.attrs["place_name"] == "Minsk"
    assert m.attrs["date"] == "2023-10-13"


def test_a_persons_first_summit_or_the_first_after_a_pause_has_no_ordinal(extractor):
    for body in ("The CIS summit was held in Minsk on 12 October 2023. For him it was his first summit as prime minister.",
                 "The CIS summit was held in Minsk on 12 October 2023. It was the first meeting face-to-face after the pandemic."):
        (m,) = meetings(extractor, body)
        assert m.attrs["ordinal"] is None
    (m,) = meetings(extractor, "The fifth summit of the CIS was held in Minsk on 12 October 2023.")
    assert m.attrs["ordinal"] == 5


def test_under_the_chairmanship_of_names_the_host(extractor):
    (m,) = meetings(extractor, "Today in Minsk was held a meeting of the CIS Council of Heads of Government, under the "
                               "chairmanship of Prime Minister of Belarus Roman Golovchenko.", published="2023-06-08")
    assert m.attrs["host"] == "Roman Golovchenko"
    assert m.attrs["host_state"] == "BY"


def test_a_person_hosted_by_name_or_at_whose_invitation_leaders_met_is_the_host(extractor):
    (m,) = meetings(extractor, "CSTO leaders held a summit in Minsk on 30 November 2017. Belarusian President Alexander "
                               "Lukashenko hosted Russia's Vladimir Putin and Armenia's Serzh Sargsyan.")
    assert m.attrs["host"] == "Alexander Lukashenko"
    (m,) = meetings(extractor, "Leaders of the CIS met for an informal summit in Moscow on 20 December 2019 at the "
                               "invitation of Russian President Vladimir Putin.")
    assert m.attrs["host"] == "Vladimir Putin"


def test_a_state_represented_by_someone_is_that_persons_state(extractor):
    (m,) = meetings(extractor, "The CIS Council of Heads of Government met in Minsk on 8 June 2023. Georgia was "
                               "represented by Deputy Minister Nodar Kvirikashvili, Ukraine by Deputy Prime Minister Petro Ivanenko.")
    people = participants(m)
    assert people["Nodar Kvirikashvili"]["state"] == "GE"
    assert people["Petro Ivanenko"]["state"] == "UA"


def test_the_heads_of_listed_states_took_part(extractor):
    (m,) = meetings(extractor, "Leaders of the CIS held a summit in Minsk on 12 October 2023. The heads of Armenia, "
                               "Belarus and Tajikistan took part.")
    assert {l.entity_id for l in m.links if l.role == "participant_state"} >= {"state:AM", "state:BY", "state:TJ"}


def test_an_official_who_informed_the_leaders_or_spoke_after_the_talks_took_part(extractor):
    (m,) = meetings(extractor, "CIS leaders held a summit in Minsk on 12 October 2023. Chairman of the CIS Executive "
                               "Committee Sergei Lebedev informed on the work of the Commonwealth bodies.")
    assert "Sergey Lebedev" in participants(m) or "Sergei Lebedev" in participants(m)


def test_a_second_meeting_later_the_same_day_is_at_the_same_venue(extractor):
    found = meetings(extractor, "Leaders of the CIS held a summit in Minsk on 12 October 2023. Later on Thursday, the "
                                "presidents moved to a session of the Supreme Eurasian Economic Council.")
    eaeu = next(m for m in found if m.object == "org:EAEU")
    assert eaeu.attrs["place_name"] == "Minsk"
    assert eaeu.attrs["date"] == "2023-10-12"


def test_a_day_from_the_dateline_and_a_known_meeting_of_that_month_give_the_date(extractor):
    (m,) = meetings(extractor, "MOSCOW, Nov 17 (wire) - Secretaries of security councils of the CIS member states "
                               "met in Moscow on Wednesday to discuss border security.")
    assert m.attrs["date"] == "2021-11-17"


# ---------------------------------------------------------------- general wordings of unseen reports

def test_a_known_sitting_leader_named_without_a_title_took_part(extractor):
    (m,) = meetings(extractor, "Leaders of the CSTO held a summit in Moscow on 16 May 2022. Kazakhstan's "
                               "Kassym-Jomart Tokayev called for closer cooperation on cyber security.")
    p = participants(m)["Kassym-Jomart Tokayev"]
    assert p["role"] is None and p["state"] == "KZ"


def test_a_leader_named_only_in_a_later_aside_is_no_participant_of_a_past_summit(extractor):
    found = meetings(extractor, "Armenia has frozen its part in the CSTO, Nikol Pashinyan said on Thursday. He spoke "
                                "to a French channel. The Kremlin asked for an explanation. Its officials have been "
                                "staying away for months, including the summit in Minsk on 23 November 2023.")
    assert all("Nikol Pashinyan" not in participants(m) for m in found)


def test_founders_take_part_in_a_session_before_the_union_starts(extractor):
    (m,) = meetings(extractor, "The Supreme Eurasian Economic Council met in Moscow on 23 December 2014, days before the "
                               "Eurasian Economic Union started work. Kazakhstan's Nursultan Nazarbayev spoke first.")
    assert participants(m)["Nursultan Nazarbayev"]["state"] == "KZ"


@pytest.mark.parametrize("away", ["cancelled his trip because of unrest at home",
                                  "has not attended a single summit this year",
                                  "sent a recorded video address"])
def test_someone_who_did_not_come_is_no_participant(extractor, away):
    (m,) = meetings(extractor, "CIS leaders held a summit in Minsk on 13 October 2023. Russian President Vladimir Putin "
                               f"spoke first. Kyrgyz President Sadyr Japarov {away}.")
    assert "Sadyr Japarov" not in participants(m)
    assert "Vladimir Putin" in participants(m)


def test_a_demonym_before_a_persons_title_does_not_remove_the_state(extractor):
    (m,) = meetings(extractor, "CIS leaders held a summit in Minsk on 13 October 2023. Kyrgyz President Sadyr Japarov "
                               "cancelled his trip. Kyrgyzstan took part through a lower-level delegation.")
    assert "state:KG" in {l.entity_id for l in m.links if l.role == "participant_state"}


def test_a_delegation_named_by_its_demonym_is_a_participant_state(extractor):
    (m,) = meetings(extractor, "CSTO leaders held a summit in Moscow on 16 May 2022. The Armenian delegation attended "
                               "but did not sign the statement.")
    assert "state:AM" in {l.entity_id for l in m.links if l.role == "participant_state"}


def test_the_host_in_apposition_after_the_name(extractor):
    (m,) = meetings(extractor, "CSTO leaders held a summit in Moscow on 16 May 2022. Belarusian President Alexander "
                               "Lukashenko spoke first. Russian President Vladimir Putin, the host, closed the session.")
    assert m.attrs["host"] == "Vladimir Putin"


def test_a_city_that_hosts_is_no_person_host(extractor):
    (m,) = meetings(extractor, "Pashinyan and Aliyev talk as Minsk hosts the CIS summit on 13 October 2023. "
                               "Alexander Lukashenko, the host, welcomed the guests.")
    assert m.attrs["host"] == "Alexander Lukashenko"


def test_the_host_whose_invitation_brought_a_guest(extractor):
    (m,) = meetings(extractor, "Azerbaijani President Ilham Aliyev attended the Supreme Eurasian Economic Council in "
                               "Moscow on 25 May 2023 at Vladimir Putin's personal invitation.")
    assert m.attrs["host"] == "Vladimir Putin"


def test_chairing_a_council_named_by_its_body_name(extractor):
    (m,) = meetings(extractor, "Armenian Prime Minister Nikol Pashinyan chaired the Supreme Eurasian Economic Council "
                               "in Yerevan on 1 October 2019.")
    assert m.attrs["host"] == "Nikol Pashinyan"


def test_a_group_photo_caption_names_participants_without_a_cue(extractor):
    (m,) = meetings(extractor, "CSTO leaders held a summit in Moscow on 16 May 2022.\n\nphoto: In the Kremlin: Russian "
                               "President Vladimir Putin, Belarusian President Alexander Lukashenko, Kazakh President "
                               "Kassym-Jomart Tokayev and Tajik President Emomali Rahmon.")
    assert {"Vladimir Putin", "Alexander Lukashenko", "Emomali Rahmon"} <= set(participants(m))


def test_first_as_an_adverb_is_no_ordinal(extractor):
    (m,) = meetings(extractor, "The leaders of the Eurasian Economic Union first met in a closed session in Yerevan on "
                               "1 October 2019, then with their guests.")
    assert m.attrs["ordinal"] is None


def test_a_year_after_for_is_the_period_of_something_else(extractor):
    found = meetings(extractor, "CIS leaders held a summit in Dushanbe on 28 September 2018. Turkmenistan takes over "
                                "the chairmanship for 2019, although its president skipped the meeting.")
    assert [m.attrs["date"] for m in found] == ["2018-09-28"]


def test_leaders_due_to_meet_on_a_day_is_a_planned_meeting(extractor):
    found = meetings(extractor, "Armenia asked its CSTO partners to replace the secretary general on 30 July 2018. "
                                "The leaders are due to meet in Astana on 8 November 2018.")
    assert any(m.attrs["date"] == "2018-11-08" and m.attrs["place_name"] == "Astana" for m in found)


def test_a_date_after_a_semicolon_is_not_the_meetings(extractor):
    found = meetings(extractor, "CIS leaders meet in Sochi; Tajikistan to chair next year",
                     title="CIS leaders meet in Sochi; Tajikistan to chair next year", published="2017-10-12")
    assert all(m.attrs["date"] != "2018" for m in found)


def test_the_other_party_of_a_between_phrase_is_not_the_meetings_org(extractor):
    found = meetings(extractor, "CIS leaders met in Kazan on 26 August 2005. The Kazan meeting exposed differences "
                                "between Russia and the GUAM states.")
    assert {m.object for m in found} == {"org:CIS"}


def test_leaders_meeting_makes_a_summit_whose_presidents_take_part(extractor):
    (m,) = meetings(extractor, "CIS leaders meeting in Kazan on 26 August 2005 accepted the request. It fell to "
                               "Georgia's President Mikheil Saakashvili to brief reporters.")
    assert "Mikheil Saakashvili" in participants(m)


def test_the_summit_is_the_event_last_spoken_of(extractor):
    found = meetings(extractor, "The Supreme Eurasian Economic Council met in Minsk on 10 October 2014, hosted by "
                                "Belarusian President Alexander Lukashenko. Later the same day the Council of Heads of "
                                "State of the CIS met in the city. The summit was chaired by Kazakh President Nursultan Nazarbayev.")
    cis = next(m for m in found if m.object == "org:CIS")
    assert cis.attrs["host"] == "Nursultan Nazarbayev"


# ---- unseen phrasing: dates of other things, delegation lists, absences, events told beside the meeting

def test_date_a_decision_takes_effect_is_not_the_meeting_date(extractor):
    (m,) = meetings(extractor, "On Tuesday the CIS heads of state held a session in Dushanbe, approving a free trade "
                               "regime that will take effect on 1 January 2027.", published="2026-10-08")
    assert m.attrs["date"] == "2026-10-06"


def test_dateline_day_and_told_weekday_fix_the_year(extractor):
    found = meetings(extractor, "BISHKEK, March 3 (wire) - The Eurasian Intergovernmental Council met on Wednesday "
                                "in the Kyrgyz capital. The customs rules they agreed are due to start functioning "
                                "on 1 July 2022.")
    assert [m.attrs["date"] for m in found] == ["2021-03-03"]


def test_delegations_from_a_list_of_states_take_part(extractor):
    (m,) = meetings(extractor, "Defence ministers of the CIS met in Minsk on 4 October 2024. The ministry said "
                               "delegations from Kazakhstan, Tajikistan and Uzbekistan had arrived, and the Kyrgyz "
                               "and Azerbaijani delegations sat through the closed part.")
    states = {l.entity_id for l in m.links if l.role == "participant_state"}
    assert {"state:KZ", "state:TJ", "state:UZ", "state:KG", "state:AZ"} <= states


def test_colleague_missing_from_the_meeting_is_no_participant(extractor):
    (m,) = meetings(extractor, "Foreign ministers of the CSTO met in Almaty on 2 June 2024 without their Armenian "
                               "colleague. The ministers of Belarus, Kazakhstan and Russia attended. Armenian Foreign "
                               "Minister Ararat Mirzoyan was not among them.")
    states = {l.entity_id for l in m.links if l.role == "participant_state"}
    assert "state:AM" not in states and {"state:BY", "state:KZ", "state:RU"} <= states
    assert "Ararat Mirzoyan" not in participants(m)


def test_event_that_preceded_the_summit_is_not_a_second_meeting(extractor):
    found = meetings(extractor, "The Supreme Eurasian Economic Council met in Minsk on Friday. Russian President "
                                "Vladimir Putin arrived on Thursday for the business forum that preceded the summit.",
                     published="2025-06-28")
    assert [m.attrs["date"] for m in found] == ["2025-06-27"]
    assert "Vladimir Putin" in participants(found[0])


def test_delegation_headed_by_a_minister_takes_part(extractor):
    (m,) = meetings(extractor, "The CIS Council of Heads of Government met in Minsk on 8 June 2023. The delegation of "
                               "Russia was headed by Prime Minister Mikhail Mishustin.")
    assert "Mikhail Mishustin" in participants(m)


def test_a_patronymic_full_name_is_the_known_person(extractor):
    (m,) = meetings(extractor, "A session of the CSTO Collective Security Council took place in Moscow on 9 May 2013. "
                               "Taking part were the President of the Republic of Belarus Alexander Grigoryevich Lukashenko "
                               "and the President of the Republic of Kazakhstan Nursultan Abishevich Nazarbayev.")
    assert {"Alexander Lukashenko", "Nursultan Nazarbayev"} <= set(participants(m))
    assert not any("evich" in n for n in participants(m))


def test_a_weekday_joined_to_the_meeting_word_dates_it_not_a_strategys_horizon(extractor):
    (m,) = meetings(extractor, "Wednesday's session of the Supreme Eurasian Economic Council, with Nikol Pashinyan "
                               "presiding, discussed an industrial programme running to 2030.", published="2019-10-03")
    assert m.attrs["date"] == "2019-10-02"
    assert m.attrs["host"] == "Nikol Pashinyan"


def test_leaders_as_subject_make_a_summit_and_without_someone_leaves_him_out(extractor):
    (m,) = meetings(extractor, "Leaders of the Commonwealth of Independent States gathered for an informal meeting in "
                               "Minsk on 7 October 2022, without Azerbaijani President Ilham Aliyev. Kazakh President "
                               "Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev discussed trade.")
    people = participants(m)
    assert {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"} <= set(people)
    assert "Ilham Aliyev" not in people


def test_plural_meetings_with_no_date_or_place_are_no_event(extractor):
    found = meetings(extractor, "Armenia has continued to attend Eurasian Economic Union meetings.", published="2024-12-26")
    assert found == []


def test_a_second_meeting_with_the_presidents_of_listed_states_has_their_leaders(extractor):
    found = meetings(extractor, "The CIS heads of state met in Minsk on 25 October 2013, hosted by Alexander Lukashenko; "
                                "Vladimir Putin and Nursultan Nazarbayev spoke. On 24 October 2013 the Supreme Eurasian Economic "
                                "Council met in Minsk with participation of the presidents of Belarus, Russia and Kazakhstan.")
    eaeu = next(m for m in found if m.object == "org:EAEU")
    assert {"Alexander Lukashenko", "Vladimir Putin", "Nursultan Nazarbayev"} <= set(participants(eaeu))


def test_a_yearless_weekday_date_takes_the_year_the_named_office_holders_fit(extractor):
    (m,) = meetings(extractor, "The alliance's deployment was confirmed at an extraordinary CSTO video summit on Monday, "
                               "January 10, chaired by Armenian Prime Minister Nikol Pashinyan. Kazakh President "
                               "Kassym-Jomart Tokayev thanked the allies.", title="CSTO troops leave")
    assert m.attrs["date"] == "2022-01-10"


def states_of(fact) -> set[str]:
    return {l.entity_id.split(":", 1)[1] for l in fact.links if l.role == "participant_state"}


def test_a_yearless_dateline_and_a_weekday_after_an_attributive_year_take_the_office_holders_year(extractor):
    # the bare year of "the 1991 founding" is no date of the meeting; "on Friday" and the leaders in office fix the year
    (m,) = meetings(extractor, "KAZAN, Aug 26 (wire) - Leaders of the 1991 Commonwealth of Independent States met on Friday "
                               "for a summit in Kazan. Russian President Vladimir Putin hosted the talks and Kazakh "
                               "President Kassym-Jomart Tokayev attended.", title="Leaders gather on the Volga")
    assert m.attrs["date"] == "2022-08-26"


def test_a_session_dated_before_the_csto_existed_belongs_to_the_treaty(extractor):
    found = meetings(extractor, "The presidents of the Collective Security Treaty states held a session of the Collective "
                                "Security Council in Moscow on 14 May 2002 and agreed to turn the pact into the Collective "
                                "Security Treaty Organization.")
    assert [m.object for m in found if m.attrs["date"] == "2002-05-14"] == ["org:CST"]


def test_a_summit_said_to_be_planned_is_another_event_than_the_one_reported(extractor):
    found = meetings(extractor, "MINSK, Nov 28 (wire) - CIS leaders on Tuesday agreed on a reform plan. Belarusian President "
                                "Alexander Lukashenko opened the meeting of the Council of Heads of State. Their next "
                                "gathering, an informal summit, is planned in Moscow in June 2007.", title="CIS reform plan")
    assert {m.attrs["date"] for m in found} == {"2006-11-28", "2007-06"}


def test_a_leaders_first_gathering_is_the_reported_one_and_his_election_month_dates_nothing(extractor):
    found = meetings(extractor, "The GUAM Council of Heads of State met on 7 June 2001 in Yalta. Moldova's leader Vladimir Voronin, "
                                "attending his first GUAM gathering since his election in April, said Chisinau wanted trade.")
    assert [m.attrs["date"] for m in found] == ["2001-06-07"]
    assert "Vladimir Voronin" in participants(found[0])


def test_a_delegation_or_a_represented_state_with_an_apposition_takes_part(extractor):
    (m,) = meetings(extractor, "The GUAM Council of Heads of State met in Baku on 19 June 2007. Moldova, the fourth member, "
                               "was represented by its interior minister. The Uzbek delegation also signed the communique.")
    assert {"MD", "UZ"} <= states_of(m)


def test_a_leader_who_stayed_away_but_sent_a_deputy_keeps_his_state_in(extractor):
    (m,) = meetings(extractor, "CIS heads of state held a summit in Minsk on 28 November 2006. Turkmen President Saparmurat "
                               "Niyazov stayed away and sent a deputy prime minister.")
    assert "TM" in states_of(m)


def test_a_new_name_with_its_state_in_brackets_is_a_participant_of_that_state(extractor):
    (m,) = meetings(extractor, "The CSTO Committee of Secretaries of Security Councils met in Yerevan on 10 December 2008. "
                               "In the sitting participated Temir Kalybekov (Kazakhstan) and Rustam Ortikov (Uzbekistan).")
    p = participants(m)
    assert p["Temir Kalybekov"]["state"] == "KZ" and p["Rustam Ortikov"]["state"] == "UZ"


def test_an_anniversary_count_is_no_ordinal_and_a_comma_may_follow_one(extractor):
    (a,) = meetings(extractor, "GUAM presidents held a meeting in Washington on 24 April 1999 on the sidelines of NATO's "
                               "50th anniversary summit.")
    assert a.attrs["ordinal"] is None
    (b,) = meetings(extractor, "The tenth, jubilee session of the CSTO Collective Security Council took place in Moscow "
                               "on 14 May 2012.")
    assert b.attrs["ordinal"] == 10


def test_a_month_of_a_statement_or_a_proposed_summit_makes_no_meeting(extractor):
    found = meetings(extractor, "The GUAM summit opened in Batumi on 1 July 2008. Moldova's president did not come to the "
                                "summit, having said in March that the group brought few results. The leaders welcomed the "
                                "proposal of a pan-European summit with the CIS.")
    assert [m.attrs["date"] for m in found] == ["2008-07-01"]


def test_a_yearless_date_that_opens_the_body_after_the_dateline_dates_the_meeting(extractor):
    doc = read_text_document("Premiers meet in the steppe\n\nASTANA, Kazakhstan (wire) - Nov. 14 - Prime ministers of "
                             "the Eurasian Economic Union met in Astana on Thursday for a session of the Eurasian "
                             "Intergovernmental Council. Russian Prime Minister Mikhail Mishustin and Armenian Prime "
                             "Minister Nikol Pashinyan took part.\n")
    (m,) = facts_of(extractor.extract(doc), "meeting")
    assert m.attrs["date"] == "2024-11-14"


def test_a_yearless_dateline_takes_the_year_the_text_counts_to(extractor):
    doc = read_text_document("GUAM leaders meet\n\nKYIV, May 23 - The presidents of the GUAM states held a summit in "
                             "Kyiv on Tuesday, ten years after their first joint statement in Strasbourg in 1996. "
                             "Ukrainian President Viktor Yushchenko welcomed the guests.\n")
    (m,) = [f for f in facts_of(extractor.extract(doc), "meeting") if f.attrs["place_name"] == "Kyiv"]
    assert m.attrs["date"] == "2006-05-23"


def test_a_two_day_session_is_one_meeting_dated_by_its_expanded_session(extractor):
    (m,) = meetings(extractor, "The Eurasian Intergovernmental Council met in Almaty this week. On Thursday the "
                               "prime ministers held a sitting in narrow format, and the expanded session with the "
                               "delegations took place on Friday.", published="2023-02-03")
    assert m.attrs["date"] == "2023-02-03"


def test_the_date_of_a_document_quoted_at_a_session_is_no_meeting(extractor):
    (m,) = meetings(extractor, "The CSTO Collective Security Council met in Yerevan on 23 November 2022. In his "
                               "speech to the expanded session the host recalled the statements of 9 November 2020 "
                               "and 11 January 2021.")
    assert m.attrs["date"] == "2022-11-23"


def test_a_conference_that_names_no_bloc_is_not_the_blocs_meeting(extractor):
    found = meetings(extractor, "The CIS Council of Foreign Ministers met in Minsk on 12 April 2024. A minister used "
                                "his speech to promote a climate conference that Baku will host next month.",
                     published="2024-04-12")
    assert [m.attrs["date"] for m in found] == ["2024-04-12"]


def test_the_previous_months_meeting_is_dated_from_the_main_one(extractor):
    found = meetings(extractor, "The EAEU Supreme Eurasian Economic Council met in Moscow on 25 May 2023. Armenia's "
                                "leader had skipped the CSTO summit in Minsk last month.")
    assert {(m.object, m.attrs["date"][:7]) for m in found} == {("org:EAEU", "2023-05"), ("org:CSTO", "2023-04")}


@pytest.mark.parametrize("sentence, host", [
    ("Prime Minister Nikol Pashinyan personally met the guests at the entrance.", "Nikol Pashinyan"),
    ("The meeting was opened by Secretary of the Security Council of Russia Nikolai Patrushev.", "Nikolai Patrushev"),
    ("Welcoming the participants, Prime Minister of Armenia Nikol Pashinyan spoke of trade.", "Nikol Pashinyan"),
    ("Prime Minister of Armenia Nikol Pashinyan chaired today in Yerevan the regular meeting.", "Nikol Pashinyan"),
])
def test_hosts_who_meet_the_guests_open_or_chair_the_session(extractor, sentence, host):
    (m,) = meetings(extractor, "The Eurasian Intergovernmental Council met in Yerevan on 9 October 2020. " + sentence)
    assert m.attrs["host"] == host


def test_a_former_chair_of_the_council_is_not_the_host(extractor):
    (m,) = meetings(extractor, "CIS leaders met in Kyiv on 29 January 2003. Russian President Vladimir Putin, who had "
                               "presided over the Council of Heads of State until then, proposed the new chair.")
    assert m.attrs["host"] is None


def test_an_ordinal_in_an_apposition_after_the_meeting(extractor):
    (m,) = meetings(extractor, "The CIS security council secretaries met in Moscow on 8 November 2023. The annual "
                               "meeting, the eleventh of its kind, was hosted by Nikolai Patrushev.")
    assert m.attrs["ordinal"] == 11


def test_a_group_of_states_counting_its_own_summits_gives_an_ordinal(extractor):
    (m,) = meetings(extractor, "The four member states of GUAM held their third summit in Batumi on 1 July 2008.")
    assert m.attrs["ordinal"] == 3
    (m,) = meetings(extractor, "The presidents of the CIS held a summit in Minsk on 10 October 2014. For the new "
                               "Kyrgyz leader it was his first summit.")
    assert m.attrs["ordinal"] is None


def test_the_meeting_that_preceded_the_summit_gets_its_own_date_and_number(extractor):
    found = meetings(extractor, "GUAM leaders held a summit in Chisinau on Friday. The summit was preceded on "
                                "Thursday by the ninth meeting of the foreign ministers.", published="2005-04-22")
    assert sorted((m.attrs["date"], m.attrs["ordinal"]) for m in found) == [("2005-04-21", 9), ("2005-04-22", None)]


def test_people_met_for_bilateral_talks_or_named_in_passing_are_not_participants(extractor):
    (m,) = meetings(extractor, "The Eurasian Intergovernmental Council met in Kazan on 30 April 2021. Taking part "
                               "were Prime Minister of Belarus Roman Golovchenko and Prime Minister of Kazakhstan Askar "
                               "Mamin. Tajik Prime Minister Kokhir Rasulzoda also came to Kazan and was received for "
                               "bilateral talks. Akylbek Japarov, who is no relation of President Sadyr Japarov, was "
                               "attending his first council.")
    people = participants(m)
    assert {"Roman Golovchenko", "Askar Mamin"} <= set(people)
    assert "Kokhir Rasulzoda" not in people and "Sadyr Japarov" not in people


# ---- real wire copy: other organizations' sessions, absentees, state-first lists, descriptions, hosts

def test_another_organizations_session_lends_neither_its_ordinal_nor_its_dates(extractor):
    (m,) = meetings(extractor, "CIS presidents met for their annual summit in Dushanbe on September 27-28. Turkmen "
                               "leader Gurbanguly Berdimuhamedov did not take part: he flew to New York instead, for the "
                               "73rd session of the UN General Assembly, which ran from September 29 to October 2.",
                    published="2018-10-03")
    assert m.object == "org:CIS"
    assert m.attrs["date"] == "2018-09-27" and m.attrs["ordinal"] is None
    assert "Gurbanguly Berdimuhamedov" not in participants(m)


def test_a_meeting_announced_for_the_day_after_publication_has_no_participants_yet(extractor):
    (m,) = meetings(extractor, "A CIS summit is due in Dushanbe on September 27-28 and should gather these presidents: "
                               "Kazakhstan Nursultan Nazarbayev, Russia Vladimir Putin and Belarus Alexander Lukashenko.",
                    published="2018-09-26")
    assert m.attrs["date"] == "2018-09-27" and m.attrs["place_name"] == "Dushanbe"
    assert not participants(m)


def test_states_then_people_and_states_represented_by_their_prime_ministers(extractor):
    (m,) = meetings(extractor, "At the CIS summit in Dushanbe on September 28 the presidents around the table were: "
                               "Kazakhstan Nursultan Nazarbayev, Russia Vladimir Putin, Belarus Alexander Lukashenko. "
                               "Azerbaijan, Moldova and Uzbekistan were represented by heads of government.",
                    published="2018-09-30")
    people = participants(m)
    assert people["Vladimir Putin"]["state"] == "RU" and people["Alexander Lukashenko"]["state"] == "BY"
    states = {l.entity_id for l in m.links if l.role == "participant_state"}
    assert {"state:AZ", "state:MD", "state:UZ"} <= states


def test_a_description_of_a_body_is_no_meeting_and_an_undated_meeting_is_dropped(extractor):
    assert meetings(extractor, "The CSTO's top body, its Collective Security Council, is made up of the presidents "
                               "of Belarus, Russia and Tajikistan among others.", published="2017-11-28") == []
    assert meetings(extractor, "CIS leaders backed Yeltsin at a hastily called one-day meeting near Minsk.") == []


def test_the_sole_absentee_and_a_leader_who_failed_to_attend(extractor):
    (m,) = meetings(extractor, "The CSTO Collective Security Council met in Bishkek on 27 November 2025 with Russian "
                               "President Vladimir Putin and Belarusian President Alexander Lukashenko. Armenia was the "
                               "sole absentee from the gathering. Prime Minister Nikol Pashinyan failed to attend.")
    assert "Nikol Pashinyan" not in participants(m)
    assert "state:AM" not in {l.entity_id for l in m.links if l.role == "participant_state"}


def test_the_session_was_conducted_by_its_chair(extractor):
    (m,) = meetings(extractor, "The session of the CSTO Committee of Secretaries of Security Councils took place in "
                               "Yerevan on 8 June 2016. It was conducted by Armen Gevorgyan, Secretary of the National "
                               "Security Council of Armenia.")
    assert m.attrs["host"] == "Armen Gevorgyan"


def test_the_previous_session_is_not_the_one_reported_and_travel_home_is_no_venue(extractor):
    (m,) = meetings(extractor, "The CIS summit in Chisinau on 23 October 1997 closed. Yeltsin spoke at a news "
                               "conference before flying back to Moscow.")
    assert m.attrs["place_name"] == "Chisinau"
    found = meetings(extractor, "The CSTO Collective Security Council will meet in Minsk on 30 November. Khachaturov "
                                "will report on the decisions of the previous session of the Council.", published="2017-11-28")
    assert [m.attrs["date"] for m in found] == ["2017-11-30"]


def test_states_that_agreed_at_a_meeting_took_part_in_it(extractor):
    (m,) = meetings(extractor, "According to Moldova's president, Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan "
                               "agreed on 14 April 2017 to make his country an EAEU observer, at a meeting in Bishkek.",
                    published="2017-04-19")
    states = {l.entity_id for l in m.links if l.role == "participant_state"}
    assert {"state:RU", "state:BY", "state:KZ", "state:AM", "state:KG"} <= states


def test_a_list_of_guests_goes_on_through_other_titles(extractor):
    (m,) = meetings(extractor, "The GUAM summit in Kyiv on 23 May 2006 gathered the presidents of Azerbaijan, Georgia, "
                               "Moldova and Ukraine. Presidents of Poland and Lithuania, the Vice-President of Bulgaria, "
                               "and senior envoys of Kazakhstan and Romania attended as guests.")
    states = {l.entity_id for l in m.links if l.role == "participant_state"}
    assert {"state:LT", "state:PL", "state:BG", "state:RO", "state:KZ"} <= states


def test_an_undated_meeting_told_in_the_lead_of_a_dated_report_takes_the_month_of_publication(extractor):
    (m,) = meetings(extractor, "Turkmen leader Gurbanguly Berdimuhamedow chaired a session of the CIS Council of Heads "
                               "of State in Ashgabat. The leaders talked about trade.", published="14 October 2019")
    assert m.attrs["date"] == "2019-10"
    assert m.attrs["host"] == "Gurbanguly Berdimuhamedow"
    # a meeting only said to be planned stays undated, and so is not listed
    assert meetings(extractor, "The heads of state intend to convene their CIS council in Ashgabat at some point.",
                    published="14 October 2019") == []


def test_the_leader_thanked_for_organising_the_meeting_is_its_host(extractor):
    (m,) = meetings(extractor, "The CSTO Collective Security Council met in Yerevan on 23 November 2022. Tajik President "
                               "Emomali Rahmon thanked Armenian Prime Minister Nikol Pashinyan for the good organization "
                               "of the session.")
    assert m.attrs["host"] == "Nikol Pashinyan"


def test_the_leader_opening_the_session_or_there_to_greet_delegates_is_its_host(extractor):
    (m,) = meetings(extractor, "The Supreme Eurasian Economic Council met in Saint Petersburg on 25 December 2023. "
                               "Opening the session, Russian President Vladimir Putin noted that trade had grown.")
    assert m.attrs["host"] == "Vladimir Putin"
    (m,) = meetings(extractor, "The CIS Council of Heads of Government met in Ashgabat on 21 November 2014. Turkmen "
                               "President Gurbanguly Berdimuhamedow was at the palace to greet delegates.")
    assert m.attrs["host"] == "Gurbanguly Berdimuhamedow"


def test_leaders_said_to_be_present_without_a_meeting_word_take_part_in_the_reported_meeting(extractor):
    lead = "The CIS Council of Heads of State met in Minsk on 11 October 2019. "

    def states(body: str) -> set[str]:
        (m,) = meetings(extractor, lead + body)
        return {l.entity_id for l in m.links if l.role == "participant_state"}

    assert {"state:AM", "state:KZ", "state:TJ"} <= states("Among the attendees were the leaders of Armenia, Kazakhstan "
                                                          "and Tajikistan.")
    assert {"state:AM", "state:KG"} <= states("Presidents from Armenia and Kyrgyzstan were in attendance.")
    assert {"state:AZ", "state:UZ"} <= states("The heads of state of Azerbaijan and Uzbekistan joined their Belarusian host.")
    # the future, absence, denial and another year put no one there
    for body in ("The leaders of Armenia and Tajikistan will be among the guests.",
                 "The presidents of Armenia and Tajikistan were not present.",
                 "The leaders of Armenia and Tajikistan came in 2015 as well."):
        assert not {"state:AM", "state:TJ"} & states(body), body


def test_a_known_meeting_of_the_same_day_in_another_year_does_not_date_the_report(extractor):
    doc = read_text_document("Eurasian leaders close their year\n26 December 2024\n\nThe Supreme Eurasian Economic "
                             "Council met in Saint Petersburg, where the session was attended by the leaders.\n")
    (m,) = facts_of(extractor.extract(doc), "meeting")
    assert m.attrs["date"] == "2024-12"  # not the council's known session of 26 December 2016


def test_the_last_time_leaders_gathered_is_an_earlier_meeting_than_the_one_reported(extractor):
    found = meetings(extractor, "An informal CIS summit opened in Saint Petersburg, with Armenian Prime Minister Nikol "
                                "Pashinyan among the guests. The leaders will discuss trade. The last time the CIS "
                                "leaders gathered for an informal summit was in 2019, also in Saint Petersburg.",
                     published="28 December 2021")
    by_date = {m.attrs["date"]: m for m in found}
    assert set(participants(by_date["2021-12-28"])) == {"Nikol Pashinyan"}  # not the 2019 summit's


def test_leaders_of_a_named_group_followed_by_its_list_take_part(extractor):
    (m,) = meetings(extractor, "The CIS Council of Heads of State met in Minsk on 11 October 2019. The leaders of CIS "
                               "members Armenia, Kazakhstan and Tajikistan are participating in the summit.")
    assert {l.entity_id for l in m.links if l.role == "participant_state"} == {"state:AM", "state:KZ", "state:TJ"}


def test_secretaries_of_security_councils_sit_at_their_committee(extractor):
    (m,) = meetings(extractor, "The CSTO Committee of Secretaries of Security Councils met in Dushanbe on 14 May 2019. "
                               "On the sidelines, the Tajik chair spoke with Secretary of the Security Council of "
                               "Russia Nikolai Patrushev about border guards.")
    assert participants(m)["Nikolai Patrushev"]["state"] == "RU"
    assert "state:RU" in {l.entity_id for l in m.links if l.role == "participant_state"}


def test_a_states_own_council_of_ministers_is_no_union_state_body(extractor):
    (m,) = meetings(extractor, "The Eurasian Intergovernmental Council met in Bishkek on 12 March 2021. The meeting in "
                               "Bishkek, hosted by the Chairman of the Council of Ministers of Kyrgyzstan, approved a "
                               "customs plan.")
    assert m.object == "org:EAEU"
    assert "state:KG" in {l.entity_id for l in m.links if l.role == "participant_state"}


def test_the_city_an_envoy_is_posted_to_is_no_venue(extractor):
    (m,) = meetings(extractor, "The Eurasian Intergovernmental Council met in Bishkek on 12 March 2021. The meeting "
                               "was attended by the Peruvian Ambassador to Moscow.")
    assert m.attrs["place_name"] == "Bishkek"
    assert len(m.evidence) == 2  # the second sentence speaks of the same meeting


def test_a_council_of_ministers_of_defence_is_not_the_union_states_council_of_ministers(extractor):
    (m,) = meetings(extractor, "A meeting of the Council of Ministers of Defence of the Collective Security Treaty "
                               "Organization is under way in Yerevan on 3 June 2019. It is attended by the heads of "
                               "the defence ministries of Armenia, Belarus and Kazakhstan.")
    assert m.object == "org:CSTO"
    assert {l.entity_id for l in m.links if l.role == "participant_state"} == {"state:AM", "state:BY", "state:KZ"}


def test_a_span_of_years_is_a_period_not_the_date_of_the_meeting(extractor):
    (m,) = meetings(extractor, "The Supreme State Council of the Union State met in Minsk on 9 March 2022. "
                               "The meeting reviewed the steps set for the integration programmes in 2024–2026.")
    assert m.attrs["date"] == "2022-03-09"


def test_a_readout_titled_with_the_meeting_takes_the_day_of_its_dateline(extractor):
    doc = read_text_document("Session of the Supreme State Council of the Union State\n11 May 2022\n\n"
                             "The presidents chaired a session of the Supreme State Council of the Union State in "
                             "Minsk. Its agenda covered the programmes for 2021-2023.\n\nThe chairman said: we settled "
                             "the draft yesterday with our partners, and I am glad to open this meeting now.\n")
    (m,) = facts_of(extractor.extract(doc), "meeting")
    assert m.attrs["date"] == "2022-05-11"


def test_the_leader_of_the_chairing_state_presides_and_hosts(extractor):
    (m,) = meetings(extractor, "The CIS Council of Heads of State met by video link on 14 October 2022 under "
                               "Kyrgyzstan's chairmanship. President of Kyrgyzstan Sadyr Japarov and President of "
                               "Russia Vladimir Putin spoke about trade.")
    assert m.attrs["host"] == "Sadyr Japarov"


def test_the_side_thanked_for_its_hospitality_hosts(extractor):
    (m,) = meetings(extractor, "The CIS Council of Heads of Government met in Minsk on 9 June 2022, with Russia "
                               "holding the chairmanship. Prime Minister of Russia Mikhail Mishustin thanked the "
                               "Belarusian side for the fine organisation of the talks, and Prime Minister of Belarus "
                               "Roman Golovchenko spoke about industry.")
    assert m.attrs["host"] == "Roman Golovchenko"


def test_a_press_conference_is_no_meeting(extractor):
    found = meetings(extractor, "Armenia will not host the CSTO drills this year, Prime Minister Nikol Pashinyan told "
                                "a press conference in Yerevan on 12 January 2023.")
    assert found == []
