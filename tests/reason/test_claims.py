"""Claims: found from text plus mentions, judged with the membership set algebra."""

from __future__ import annotations

import re

import pytest

from blocwatch.model import Mention
from blocwatch.extract.claims import Claim, find_claims, split_sentences
from blocwatch.reason.claims import judge

IDS = {"CSTO": "org:CSTO", "CIS": "org:CIS", "Commonwealth of Independent States": "org:CIS", "EAEU": "org:EAEU",
       "Georgia": "state:GE", "Ukraine": "state:UA", "Azerbaijan": "state:AZ", "Moldova": "state:MD",
       "Turkmenistan": "state:TM", "Uzbekistan": "state:UZ", "Armenia": "state:AM",
       "Baltic republics": "group:baltic-states", "ex-Soviet states": "group:former-soviet",
       "Defence League of Narnia": "org:DLN"}


def mentions(text: str) -> list[Mention]:
    """Mentions as the pipeline would give them, built by hand from the table above."""
    out = []
    for name, eid in sorted(IDS.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(re.escape(name), text):
            if not any(o.start <= m.start() < o.end for o in out):
                out.append(Mention(m.start(), m.end(), name, eid, eid.split(":")[0]))
    return out


def claims(text: str, context_org: str | None = None) -> list[Claim]:
    found = find_claims(text, mentions(text), context_org)
    for c in found:
        assert text[c.start:c.end] == c.text
    return found


# ------------------------------------------------------------------ finding
def test_subset_and_not_subset_with_an_elliptical_negative_list():
    text = ("Every member of the CSTO is also in the CIS; indeed all members of the CSTO are members of the CIS. Even so, "
            "not all members of the CIS are members of the CSTO. Azerbaijan, Moldova, Turkmenistan and Uzbekistan are not.")
    every, sub, notsub, non = claims(text)
    assert (every.type, every.orgs, every.text) == ("subset", ("CSTO", "CIS"), "Every member of the CSTO is also in the CIS")
    assert (sub.type, sub.orgs, sub.text) == ("subset", ("CSTO", "CIS"), "all members of the CSTO are members of the CIS")
    assert (notsub.type, notsub.orgs) == ("not_subset", ("CIS", "CSTO"))
    assert (non.type, non.orgs, non.states) == ("non_member", ("CSTO",), ("AZ", "MD", "TM", "UZ"))
    assert non.text == "Azerbaijan, Moldova, Turkmenistan and Uzbekistan are not"


def test_elliptical_negative_takes_the_context_org_when_the_sentence_names_none():
    [c] = claims("Georgia and Ukraine are not.", context_org="CIS")
    assert (c.type, c.orgs, c.states) == ("non_member", ("CIS",), ("GE", "UA"))


def test_counts_with_and_without_a_group():
    a, = claims("Envoys of the ten member states of the Commonwealth of Independent States gathered in Moscow.")
    assert (a.type, a.orgs, a.count, a.text) == ("count", ("CIS",), 10, "the ten member states of the Commonwealth of Independent States")
    b, = claims("The CSTO, while bringing together only six of the ex-Soviet states, works better.")
    assert (b.type, b.orgs, b.count, b.groups) == ("count", ("CSTO",), 6, ("former-soviet",))
    c, = claims("The alliance's seven members met in Minsk.", context_org="CSTO")
    assert (c.orgs, c.count) == (("CSTO",), 7)


def test_count_and_set_outside_a_union():
    text = ("Of the 15 ex-Soviet states, five - the three Baltic republics, Georgia and Ukraine - are members "
            "of neither the CIS nor the CSTO.")
    [c] = claims(text)
    assert c.type == "outside_union" and c.orgs == ("CIS", "CSTO")
    assert (c.total, c.count, c.states) == (15, 5, ("GE", "UA"))
    assert c.groups == ("former-soviet", "baltic-states")
    assert c.text.endswith("the CSTO")


def test_plain_membership_and_non_membership():
    a, = claims("Georgia is a member of the CSTO.")
    assert (a.type, a.states, a.orgs) == ("member", ("GE",), ("CSTO",))
    b, = claims("Armenia is not a member of the EAEU.")
    assert (b.type, b.states, b.orgs) == ("non_member", ("AM",), ("EAEU",))


def test_no_claim_in_a_sentence_without_one():
    assert claims("Georgia and Ukraine sent observers to the CIS summit in Minsk.") == []


# ------------------------------------------------------------------ judging
AT = "2018-11-21"


def one(text: str, at=AT, bw=None, **kw):
    [c] = claims(text, **kw)
    return judge(c, bw, at)


def test_all_csto_members_in_the_cis_in_2018_is_supported(bw):
    j = one("All members of the CSTO are members of the CIS.", bw=bw)
    assert j.verdict == "supported"
    assert "Uzbekistan" in j.explanation  # suspended, and said so
    assert j.sources


def test_ten_cis_member_states_depends_on_turkmenistan(bw):
    j = one("the ten member states of the Commonwealth of Independent States", bw=bw)
    assert j.verdict == "depends on counting Turkmenistan (associate member since 2005) as a member"
    assert "9 members" in j.explanation and "10 members" in j.explanation


def test_nine_full_members_is_supported(bw):
    [c] = claims("It has nine full members.", context_org="CIS")
    assert judge(c, bw, AT).verdict == "supported"


def test_five_former_soviet_republics_in_neither_is_supported(bw):
    j = one("Of the 15 ex-Soviet states, five - the three Baltic republics, Georgia and Ukraine - are members "
            "of neither the CIS nor the CSTO.", bw=bw)
    assert j.verdict == "supported", j.explanation
    assert "Turkmenistan" in j.explanation


def test_the_non_members_of_the_csto_are_supported(bw):
    j = one("Azerbaijan, Moldova, Turkmenistan and Uzbekistan are not.", bw=bw, context_org="CSTO")
    assert j.verdict == "supported"


def test_georgia_in_the_csto_is_contradicted(bw):
    j = one("Georgia is a member of the CSTO.", bw=bw)
    assert j.verdict == "contradicted"
    assert "Georgia: not a member of the CSTO" in j.explanation


def test_a_wrong_count_is_contradicted(bw):
    assert one("The CSTO, while bringing together only four of the ex-Soviet states, works.", bw=bw).verdict == "contradicted"


def test_unknown_organization_is_unknown(bw):
    j = one("Georgia is a member of the Defence League of Narnia.", bw=bw)
    assert j.verdict == "unknown" and "DLN" in j.explanation


def test_date_before_the_organization_existed_is_unknown(bw):
    j = one("All members of the CSTO are members of the CIS.", at="1995-01-01", bw=bw)
    assert j.verdict == "unknown" and "founded" in j.explanation


def test_without_a_date_the_claim_is_judged_today_and_says_so(bw):
    j = one("Georgia is a member of the CSTO.", at=None, bw=bw)
    assert j.verdict == "contradicted"
    assert j.explanation.startswith("No date given; judged at today")


# ------------------------------------------------------------------ a whole text, simple mention finding
def test_check_text_finds_mentions_and_carries_the_org_across_sentences(bw):
    text = ("Even so, not all members of the CIS are members of the CSTO. Azerbaijan, Moldova, Turkmenistan and "
            "Uzbekistan are not.\nOf the 15 former Soviet republics, five: Georgia, Ukraine and the three Baltic "
            "states, are members of neither the CIS nor the CSTO.")
    js = bw.check_text(text, AT)
    assert [j.claim.type for j in js] == ["not_subset", "non_member", "outside_union"]
    assert [j.verdict for j in js] == ["supported"] * 3
    for j in js:
        assert text[j.claim.start:j.claim.end] == j.claim.text


def test_sentence_splitter_keeps_offsets():
    text = "One. Two!\nThree"
    assert [(s.text, text[s.start:s.end]) for s in split_sentences(text)] == [("One.", "One."), ("Two!", "Two!"), ("Three", "Three")]


@pytest.mark.parametrize("text", ["Georgia is a member of the CSTO.", "All members of the CSTO are members of the CIS."])
def test_judgement_accepts_a_knowledge_base_too(bw, text):
    [c] = claims(text)
    assert judge(c, bw.kb, AT).verdict == judge(c, bw, AT).verdict


def test_the_organisation_refers_to_the_org_the_text_is_about(bw):
    text = ("Uzbekistan rejoined the CSTO today. It had left the Eurasian Economic Community years ago. "
            "With Tashkent back, the organisation has seven members again.")
    [j] = bw.check_text(text, "2006-06-23")
    assert (j.claim.orgs, j.claim.count, j.verdict) == (("CSTO",), 7, "supported")


def test_observer_counts_count_observers(bw):
    [c] = claims("The EAEU now has three observer states: Moldova and two newcomers.")
    assert (c.status, c.states) == ("observer", ("MD",))
    assert judge(c, bw, "2020-12-11").verdict == "supported"


# ------------------------------------------------------------------ membership since, never, ordinals, counts since
IDS.update({"Russia": "state:RU", "Belarus": "state:BY", "Kazakhstan": "state:KZ", "Kyrgyzstan": "state:KG",
            "Tajikistan": "state:TJ"})


def test_status_since_a_date_is_checked_against_when_it_began(bw):
    j = one("Turkmenistan has been only an associate member of the CIS since 2005.", at="2010-01-01", bw=bw)
    assert j.verdict == "supported" and "2005-08-26" in j.explanation
    j = one("Turkmenistan has been only an associate member of the CIS since 2001.", at="2010-01-01", bw=bw)
    assert j.verdict == "contradicted" and "2005-08-26" in j.explanation
    j = one("Moldova has been an observer of the EAEU since 2018.", at="2021-01-01", bw=bw)
    assert j.verdict == "supported"
    j = one("Armenia has been a member of the EAEU since 2015.", at="2014-06-01", bw=bw)
    assert j.verdict == "unknown" and "founded" in j.explanation  # the union did not exist yet
    j = one("Uzbekistan has been a member of the CSTO since 2006.", at="2019-01-01", bw=bw)
    assert j.verdict == "contradicted" and "suspended" in j.explanation


def test_never_a_member(bw):
    assert one("Georgia has never been a member of the EAEU.", bw=bw).verdict == "supported"
    assert one("Armenia has never been a member of the CIS.", bw=bw).verdict == "contradicted"
    j = one("Ukraine has never been a member of the CIS.", bw=bw)
    assert j.verdict.startswith("depends") and "1994-01-22" in j.explanation  # member in the data, then reclassified


def test_ordinals_follow_the_order_of_joining(bw):
    assert one("Armenia became the fourth member of the EAEU.", bw=bw).verdict == "supported"
    assert one("Armenia became the fifth member of the EAEU.", bw=bw).verdict == "contradicted"
    j = one("Russia became the first member of the EAEU.", bw=bw)
    assert j.verdict == "unknown" and "same time" in j.explanation  # three founders on one day
    assert one("That made it the fifth state in the EAEU after Russia, Belarus, Kazakhstan and Armenia.",
               bw=bw).verdict == "supported"
    assert one("That made it the fifth state in the EAEU after Russia, Belarus, Kazakhstan and Tajikistan.",
               bw=bw).verdict == "contradicted"
    assert one("The summit made Moldova the first country to hold observer status in the EAEU.",
               bw=bw).verdict == "supported"
    assert one("The summit made Uzbekistan the first country to hold observer status in the EAEU.",
               bw=bw).verdict == "contradicted"


def test_a_count_since_a_date_must_hold_all_along(bw):
    j = one("The CSTO has had six active members since 2013.", at="2019-01-01", bw=bw)
    assert j.verdict == "supported"
    j = one("The CSTO has had six active members since 2010.", at="2019-01-01", bw=bw)
    assert j.verdict == "contradicted" and "2010" in j.explanation  # Uzbekistan was still active then


def test_one_of_the_n_members_checks_the_count_too(bw):
    assert one("Armenia is one of the six members of the CSTO.", bw=bw).verdict == "supported"
    j = one("Armenia is one of the seven members of the CSTO.", bw=bw)
    assert j.verdict == "contradicted" and "6 members" in j.explanation


def test_the_only_observer(bw):
    assert one("The EAEU's only observer state sent a minister.", at="2019-05-29", bw=bw).verdict == "supported"
    assert one("The EAEU's only observer state sent a minister.", at="2021-05-29", bw=bw).verdict == "contradicted"


def test_a_count_that_holds_only_with_participating_states_depends(bw):
    # 2016: nine full members, Turkmenistan an associate, Ukraine taking part without ratifying the charter
    j = one("Delegations from all eleven countries of the CIS came.", at="2016-09-16", bw=bw)
    assert j.verdict.startswith("depends on counting") and "Ukraine" in j.verdict and "Turkmenistan" in j.verdict
    assert "as members" in j.verdict and "11 members and participating states" in j.explanation
    j = one("Delegations from all ten countries of the CIS came.", at="2016-09-16", bw=bw)
    assert j.verdict == "depends on counting Turkmenistan (associate member since 2005) as a member"
    # after Ukraine recalled its representatives (2018) it no longer takes part: eleven is simply wrong
    j = one("Delegations from all eleven countries of the CIS came.", at="2020-06-01", bw=bw)
    assert j.verdict == "contradicted"
    j = one("Delegations from all twelve countries of the CIS came.", at="2016-09-16", bw=bw)
    assert j.verdict == "contradicted"


def test_an_inferred_org_that_had_ended_is_judged_as_its_successor_and_says_so(bw):
    j = one("That leaves six member states.", at="2017-05-15", bw=bw, context_org="CST")
    assert j.verdict == "supported"
    assert "inferred, not stated" in j.explanation and "successor, the CSTO" in j.explanation
    j = one("That leaves nine member states.", at="2017-05-15", bw=bw, context_org="CST")
    assert j.verdict == "contradicted" and "successor" in j.explanation
    j = one("Georgia is a member of the CSTO.", at="2017-05-15", bw=bw)
    assert "inferred" not in j.explanation  # a named organization is not inferred


def test_the_only_associate_member(bw):
    j = one("Turkmenistan, for its part, is the CIS's only associate member.", at="2010-01-01", bw=bw)
    assert j.verdict == "supported"
    j = one("Turkmenistan, for its part, is the CIS's only associate member.", at="2001-01-01", bw=bw)
    assert j.verdict == "contradicted"  # a full member then


def test_a_roster_naming_a_participating_state_depends_on_counting_it(bw):
    # 2010: Ukraine takes part in the CIS without having ratified its charter
    j = one("The CIS comprises Armenia, Moldova and Ukraine.", at="2010-06-01", bw=bw)
    assert j.verdict.startswith("depends on counting Ukraine") and "participating" in j.verdict
    assert "Ukraine: participating state (not a member in law)" in j.explanation
    # after it recalled its representatives (2018) it is simply not a member; with no participating state named,
    # the claim is plain
    assert one("The CIS comprises Armenia, Moldova and Ukraine.", at="2020-06-01", bw=bw).verdict == "contradicted"
    assert one("The CIS comprises Armenia and Moldova.", at="2010-06-01", bw=bw).verdict == "supported"
    # with a start date: no reading holds, as no membership has run unbroken since then
    assert one("Ukraine has been a member of the CIS since 1991.", at="2010-06-01", bw=bw).verdict == "contradicted"
