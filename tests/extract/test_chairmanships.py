"""Chairmanships read from text (extract/stances.py read_chairmanships, assemble.chair_facts):
who holds the rotating chair, from when, and who hands it over (own sentences)."""

from __future__ import annotations

import pytest

from . import article, extractor_for, facts_of


@pytest.fixture(scope="session")
def extractor(_built_kb):
    return extractor_for(str(_built_kb))


def chairs(extractor, body: str, published: str = "2022-12-10"):
    facts = facts_of(extractor.extract(article(body, published=published)), "chairmanship")
    return {(f.subject, f.object): (f.valid_from.iso() if f.valid_from else None,
                                    f.valid_to.iso() if f.valid_to else None) for f in facts}


def test_a_state_that_takes_over_in_a_relative_clause(extractor):
    got = chairs(extractor, "The Eurasian Economic Union summit closed. Putin set out the plans of Russia, "
                            "which takes over the rotating chairmanship on 1 January.")
    assert got[("state:RU", "org:EAEU")][0] == "2023-01-01"


def test_handing_over_at_the_new_year_names_giver_and_taker(extractor):
    got = chairs(extractor, "Leaders of the Eurasian Economic Union met in St Petersburg, hosted by President "
                            "Vladimir Putin, whose country is handing over the union's rotating chairmanship to "
                            "Armenia at the new year.", published="2023-12-26")
    assert got[("state:AM", "org:EAEU")][0] == "2024-01-01"
    assert got[("state:RU", "org:EAEU")][1] == "2024-01-01"


def test_the_next_chair_ends_the_current_one(extractor):
    got = chairs(extractor, "Kyrgyz President Sadyr Japarov chaired the CSTO session in Bishkek, closing his "
                            "country's year at the head of the alliance. Russia assumes the rotating chairmanship "
                            "on 1 January 2026.", published="2025-11-28")
    assert got[("state:RU", "org:CSTO")] == ("2026-01-01", None)
    assert got[("state:KG", "org:CSTO")][1] == "2026-01-01"


@pytest.mark.parametrize("body, published, state, org", [
    ("The session was held under the chairmanship of Armenia, which presides over the Collective Security Treaty "
     "Organization this year.", "2022-06-18", "AM", "CSTO"),
    ("Prime Minister Nikol Pashinyan chaired the meeting of the Supreme Eurasian Economic Council, held within the "
     "presidency of the Republic of Armenia in the bodies of the Eurasian Economic Union in 2019.", "2019-10-01", "AM", "EAEU"),
    ("Emomali Rahmon thanked the leaders of the CIS for supporting the Tajik chairmanship, which ends this year.",
     "2018-09-28", "TJ", "CIS"),
    ("By decision of the Council the chairmanship in the CIS in 2019 passes to Turkmenistan.", "2018-09-28", "TM", "CIS"),
    ("Kazakhstan, which chairs the CIS this year, hands over to Kyrgyzstan on 1 January.", "2022-12-28", "KZ", "CIS"),
    ("Kazakhstan, which chairs the CIS this year, hands over to Kyrgyzstan on 1 January.", "2022-12-28", "KG", "CIS"),
    ("Putin hosted the CIS summit, the high point of Russia's year in the rotating chairmanship.", "2024-10-09", "RU", "CIS"),
])
def test_chair_forms_of_readouts_and_wire_copy(extractor, body, published, state, org):
    assert (f"state:{state}", f"org:{org}") in chairs(extractor, body, published=published)


def test_who_should_take_over_names_nobody(extractor):
    got = chairs(extractor, "The CIS executive committee in Minsk said envoys would discuss who should take over the "
                            "chairmanship in Ukraine's place.", published="2014-03-20")
    assert got == {}


def test_his_countrys_year_at_the_helm_is_his_state_not_a_state_named_on_the_way(extractor):
    got = chairs(extractor, "Serzh Sargsyan of Armenia, the new CSTO chair, spoke of the Armenian-Azerbaijani border "
                            "and listed the priorities of his country's year at the helm.", published="2015-09-16")
    assert ("state:AM", "org:CSTO") in got and ("state:AZ", "org:CSTO") not in got


def test_year_at_the_head_of_a_named_union(extractor):
    got = chairs(extractor, "Pashinyan chaired the Supreme Eurasian Economic Council in Yerevan, the high point of "
                            "Armenia's year at the head of the Eurasian Economic Union's bodies.", published="2019-10-02")
    assert ("state:AM", "org:EAEU") in got


@pytest.mark.parametrize("body, published, state, org", [
    ("GUAM ministers met in Kyiv. They praised Georgia's two-year chairmanship, which ends in December.", "2021-11-02",
     "GE", "GUAM"),
    ("Putin opened the talks in Moscow, as Russia holds the CIS chairmanship this year.", "2024-10-08", "RU", "CIS"),
    ("The plans Minsk drew up under its CSTO chairmanship were approved by the leaders.", "2023-11-23", "BY", "CSTO"),
    ("At the session Moldova transfers the chairmanship in the organization to Ukraine, the GUAM ministers heard.",
     "2021-12-20", "UA", "GUAM"),
    ("The leaders took a decision on the CIS chairmanship in 2027, which will pass to Armenia.", "2026-10-09", "AM", "CIS"),
    ("In 2027 the presidency over the Supreme Eurasian Economic Council and the Eurasian Intergovernmental Council "
     "will go to Armenia.", "2026-12-20", "AM", "EAEU"),
    ("In 2025 the councils of the Eurasian Economic Union were chaired by Belarus.", "2025-12-20", "BY", "EAEU"),
    ("The CIS leaders met in Ashgabat under the chairmanship of the President of Turkmenistan.", "2026-10-09", "TM", "CIS"),
    ("CIS leaders will thank Kazakh President Kassym-Jomart Tokayev, whose nation holds the grouping's rotating "
     "presidency.", "2025-10-01", "KZ", "CIS"),
    ("Kyrgyzstan's President and Chairman of the CSTO Collective Security Council Sadyr Japarov said the alliance "
     "would respond.", "2025-03-01", "KG", "CSTO"),
])
def test_chair_forms_of_background_paragraphs(extractor, body, published, state, org):
    assert (f"state:{state}", f"org:{org}") in chairs(extractor, body, published=published)


def test_a_presidency_of_a_state_alone_is_its_head_of_state_office(extractor):
    got = chairs(extractor, "Russia's presidency is a powerful office, a CIS official said.", published="2024-03-01")
    assert ("state:RU", "org:CIS") not in got


# ---- handovers and holders as real reports tell them (own sentences)

@pytest.mark.parametrize("body, published, expected", [
    ("The CIS leaders met in Minsk. The CIS chairmanship in 2016 was given to Kyrgyzstan.", "2015-10-16",
     {("state:KG", "org:CIS")}),
    ("The CIS leaders met. The chairmanship will be transferred from Belarus to Kazakhstan at the summit in October.",
     "2021-09-01", {("state:KZ", "org:CIS"), ("state:BY", "org:CIS")}),
    ("Leaders of the Commonwealth of Independent States on Friday handed the chairmanship of their top council to "
     "Kazakh President Nursultan Nazarbayev.", "2005-08-26", {("state:KZ", "org:CIS")}),
    ("The CSTO leaders met. Putin congratulated the President of Kazakhstan, Kassym-Jomart Tokayev, on the acceptance "
     "of the presidency of the organization.", "2023-11-23", {("state:KZ", "org:CSTO")}),
    ("The CIS foreign ministers met in Minsk, the Republic of Kazakhstan presiding over the Commonwealth in 2026.",
     "2026-04-10", {("state:KZ", "org:CIS")}),
    ("Armenia is chairing in the bodies of the EAEU during 2024.", "2024-05-08", {("state:AM", "org:EAEU")}),
    ("GUAM ministers met. Ukraine holds the chairmanship in 2019; Moldova, which proposed the Chisinau meeting, "
     "chaired it last year.", "2019-03-01", {("state:UA", "org:GUAM"), ("state:MD", "org:GUAM")}),
    ("Belarusian President Alexander Lukashenko, the current holder of the CIS's rotating presidency, spoke first.",
     "2007-10-05", {("state:BY", "org:CIS")}),
    ("CIS leaders met. They agreed that Kyrgyzstan will chair the grouping in 2022 and Armenia in 2023.", "2021-10-15",
     {("state:KG", "org:CIS"), ("state:AM", "org:CIS")}),
    ("Kazakhstan's Nazarbayev becomes first non-Russian to chair CIS", "2003-01-29", {("state:KZ", "org:CIS")}),
    ("Minsk summit extends Lebedev's mandate, hands CIS chair to Dushanbe", "2017-10-11",
     {("state:TJ", "org:CIS"), ("state:BY", "org:CIS")}),
    ("Armenia took the CSTO chair. Later a minister spoke of the Armenian-Azerbaijani border and of his country's year "
     "at the helm.", "2016-10-14", {("state:AM", "org:CSTO")}),
    ("The session was opened by the President of the Russian Federation – Chairman of the Supreme State Council of the "
     "Union State Vladimir Putin.", "2024-01-29", {("state:RU", "org:UNION-STATE")}),
    ("Belarusian President Alexander Lukashenko, speaking in his capacity as chairman of the organization, opened the "
     "CIS summit.", "2007-10-05", {("state:BY", "org:CIS")}),
    ("The Kazakh president was re-elected chairman of the CIS Council of Heads of State for another year.", "1999-04-02",
     {("state:KZ", "org:CIS")}),
])
def test_chair_forms_of_real_reports(extractor, body, published, expected):
    assert set(chairs(extractor, body, published=published)) == expected
