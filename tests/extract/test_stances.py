"""Stances of states towards organizations (extract/stances.py): vetoes, refusals, suspensions,
withdrawals."""

from __future__ import annotations

import pytest

from . import article, extractor_for, facts_of


@pytest.fixture(scope="session")
def extractor(_built_kb):
    return extractor_for(str(_built_kb))


def stances(extractor, body: str):
    facts = facts_of(extractor.extract(article(body, published="2019-04-05")), "stance")
    return {(f.subject, f.value, f.object, f.attrs.get("target_state")) for f in facts}


def test_veto_threat_names_the_target_state(extractor):
    got = stances(extractor, "Armenia threatened to veto Azerbaijan's accession to the CSTO, diplomats in Yerevan said.")
    assert ("state:AM", "veto", "org:CSTO", "AZ") in got


def test_refusal_to_join(extractor):
    got = stances(extractor, "Azerbaijan has refused to join the Collective Security Treaty Organization.")
    assert ("state:AZ", "refuse_to_join", "org:CSTO", None) in got


def test_refusal_to_join_also_means_not_a_member(extractor):
    doc = article("Azerbaijan has refused to join the Collective Security Treaty Organization.", published="2019-04-05")
    mem = {(f.subject, f.object, f.value) for f in facts_of(extractor.extract(doc), "membership")}
    assert ("state:AZ", "org:CSTO", "non-member") in mem


def test_suspended_participation(extractor):
    got = stances(extractor, "Armenia suspended its participation in the CSTO after the border clashes.")
    assert ("state:AM", "suspend_participation", "org:CSTO", None) in got


def test_withdrawal(extractor):
    got = stances(extractor, "Georgia withdrew from the CIS after the war with Russia.")
    assert ("state:GE", "withdraw", "org:CIS", None) in got


def test_denied_withdrawal_is_no_withdrawal(extractor):
    got = stances(extractor, "Kazakhstan has no plans to leave the CSTO, its foreign ministry said.")
    assert not any(action == "withdraw" for _, action, _, _ in got)


def test_stance_evidence_is_the_sentence(extractor):
    body = "Georgia withdrew from the CIS after the war with Russia."
    (f,) = facts_of(extractor.extract(article(body, published="2019-04-05")), "stance")
    assert [e.text for e in f.evidence] == [body]


# ---- withdrawals told as completed acts, negated applications, requests (own sentences)

def test_walked_out_is_a_withdrawal_from_the_organization_in_view(extractor):
    got = stances(extractor, "The Commonwealth of Independent States is the loosest of the blocs. "
                             "Georgia walked out after the 2008 war.")
    assert ("state:GE", "withdraw", "org:CIS", None) in got


def test_not_applying_and_debating_are_no_application(extractor):
    got = stances(extractor, "Tajikistan has in fact not applied to join the Eurasian Economic Union. "
                             "Uzbekistan is debating whether to seek observer status in the union.")
    assert not [s for s in got if s[1] == "apply"]


def test_signing_the_accession_treaty_is_an_application(extractor):
    got = stances(extractor, "Kyrgyzstan is next in line for the Eurasian Economic Union: its president "
                             "Almazbek Atambayev signed the accession treaty in Moscow.")
    assert ("state:KG", "apply", "org:EAEU", None) in got


def test_a_request_to_suspend_is_not_an_application(extractor):
    got = stances(extractor, "The CSTO leaders agreed to grant Uzbekistan's request and suspend its membership.")
    assert not [s for s in got if s[1] == "apply"]


def test_stopped_taking_part_is_a_suspension_of_participation(extractor):
    got = stances(extractor, "Moldova, which has stopped taking part in the Commonwealth's meetings, sent nobody "
                             "to the CIS summit.")
    assert ("state:MD", "suspend_participation", "org:CIS", None) in got


def test_will_leave_is_a_withdrawal(extractor):
    got = stances(extractor, "Armenia will leave the Collective Security Treaty Organization, its prime minister said.")
    assert ("state:AM", "withdraw", "org:CSTO", None) in got


@pytest.mark.parametrize("body, expected", [
    ("Azerbaijan has ruled out joining the Eurasian Economic Union.", ("state:AZ", "refuse_to_join", "org:EAEU", None)),
    ("Uzbekistan would not join the CSTO, its foreign minister said.", ("state:UZ", "refuse_to_join", "org:CSTO", None)),
    ("Iran formally asked to join the Eurasian Economic Union as an observer.", ("state:IR", "apply", "org:EAEU", None)),
    ("Moldova has begun the procedure of leaving the CIS.", ("state:MD", "withdraw", "org:CIS", None)),
])
def test_everyday_stance_forms(extractor, body, expected):
    assert expected in stances(extractor, body)


@pytest.mark.parametrize("body, expected", [
    # a completed exit is a withdrawal
    ("Since Georgia's exit from the CIS last year the grouping has had nine full members.", ("state:GE", "withdraw", "org:CIS", None)),
    ("Azerbaijan, Georgia and Uzbekistan declined to extend the Collective Security Treaty this month.",
     ("state:UZ", "withdraw", "org:CST", None)),
    # the subject stands before the relative clause, not inside it
    ("Uzbekistan, which also borders Afghanistan, suspended its participation in the CSTO last year.",
     ("state:UZ", "suspend_participation", "org:CSTO", None)),
    # "the Moscow-led alliance" names no actor
    ("Yerevan froze its participation in the Moscow-led alliance, and Pashinyan said Armenia will leave the CSTO.",
     ("state:AM", "withdraw", "org:CSTO", None)),
])
def test_stances_of_op_eds(extractor, body, expected):
    got = stances(extractor, body)
    assert expected in got
    assert not [s for s in got if s[0] in ("state:AF", "state:RU")]


def test_a_suspension_dated_years_before_the_article_is_history_but_a_withdrawal_is_listed(extractor):
    got = stances(extractor, "Azerbaijan, Georgia and Uzbekistan declined to extend the Collective Security Treaty "
                             "in 1999. Uzbekistan suspended its participation in the CSTO in 2012.")
    assert {x for x in got if x[1] == "withdraw"} == {(f"state:{c}", "withdraw", "org:CST", None) for c in ("AZ", "GE", "UZ")}
    assert not [x for x in got if x[1] == "suspend_participation"]


def test_it_is_the_subject_of_its_own_sentence_first(extractor):
    got = stances(extractor, "Russia's envoy spoke first. Armenia, one of the CSTO's six members, announced in "
                             "February that it had frozen its participation.")
    assert ("state:AM", "suspend_participation", "org:CSTO", None) in got
    assert not [x for x in got if x[0] == "state:RU"]


def test_a_refuted_sentence_states_nothing(extractor):
    got = stances(extractor, "The CIS met in Kazan. \"Turkmenistan has pulled out of the Commonwealth,\" one commentator "
                             "wrote. That is not what was agreed: it stays in the CIS as an associate member.")
    assert not [x for x in got if x[1] == "withdraw"]


def test_taking_the_country_out_of_an_organization_is_a_withdrawal(extractor):
    got = stances(extractor, "Georgia's parliament voted on Thursday to take the country out of the Commonwealth of "
                             "Independent States.")
    assert ("state:GE", "withdraw", "org:CIS", None) in got


def test_his_request_is_the_application_of_the_leader_named_before(extractor):
    got = stances(extractor, "Moldovan President Igor Dodon joined the Eurasian Economic Union leaders. The heads of "
                             "state had agreed in principle to his request for observer status last year.")
    assert ("state:MD", "apply", "org:EAEU", None) in got


def test_a_capitals_request_is_its_states(extractor):
    got = stances(extractor, "Iran became an observer of the Eurasian Economic Union. Tehran's request was filed in "
                             "August.")
    assert ("state:IR", "apply", "org:EAEU", None) in got


@pytest.mark.parametrize("body, expected", [
    ("The Eurasian Economic Union quarrelled as Uzbekistan, which has never joined the union, moved towards observer "
     "status.", ("state:UZ", "apply", "org:EAEU", None)),
    ("Deputies supported the proposal on Uzbekistan obtaining status of observer in the Eurasian Economic Union.",
     ("state:UZ", "apply", "org:EAEU", None)),
    ("Tashkent will study the Eurasian Economic Union. According to the minister, the country does not plan to join "
     "the Eurasian Economic Union as a full member.", ("state:UZ", "refuse_to_join", "org:EAEU", None)),
])
def test_stances_of_translated_copy(extractor, body, expected):
    assert expected in stances(extractor, body)


# ---- intent to join, lapsed treaties, exits told as nouns, passive suspensions (own sentences)

def test_hope_to_join_nato_is_an_application(extractor):
    got = stances(extractor, "The CIS summit opened in Minsk. Chisinau hopes to be invited to join NATO within five years.")
    assert ("state:MD", "apply", "org:NATO", None) in got


def test_joining_a_summit_is_no_application(extractor):
    got = stances(extractor, "The CIS summit opened in Minsk. Armenia will join the CIS summit by video link.")
    assert not any(action == "apply" for _, action, _, _ in got)


def test_letting_treaty_membership_lapse_is_a_withdrawal(extractor):
    got = stances(extractor, "The CSTO met in Moscow. Baku let its membership of the Collective Security Treaty lapse that spring.")
    assert ("state:AZ", "withdraw", "org:CST", None) in got


def test_announced_exit_of_a_state_is_a_withdrawal(extractor):
    got = stances(extractor, "The CIS met in Minsk. The president announced the exit of Moldova from the Commonwealth of Independent States.")
    assert ("state:MD", "withdraw", "org:CIS", None) in got


def test_possible_exit_is_no_withdrawal(extractor):
    got = stances(extractor, "The CSTO met in Minsk. Commentators weighed Kyrgyzstan's possible exit from the CSTO.")
    assert not any(action == "withdraw" for _, action, _, _ in got)


def test_passive_suspension_of_membership(extractor):
    got = stances(extractor, "The CSTO met in Minsk. Armenia's membership has been frozen since the border war.")
    assert ("state:AM", "suspend_participation", "org:CSTO", None) in got


def test_refusal_to_join_any_bloc_covers_the_blocs_named(extractor):
    got = stances(extractor, "Observers listed the CSTO and the EAEU as open to new members, but Turkmenistan, which refuses to join any military or economic bloc, stays outside.")
    assert ("state:TM", "refuse_to_join", "org:CSTO", None) in got


def test_coordinated_applicants(extractor):
    got = stances(extractor, "The EAEU summit met online. Iran and Mongolia have both asked to become observers.")
    assert {("state:IR", "apply", "org:EAEU", None), ("state:MN", "apply", "org:EAEU", None)} <= got


def test_freezing_his_countrys_participation_is_the_persons_state(extractor):
    got = stances(extractor, "The CSTO met in Minsk. Armenian Prime Minister Nikol Pashinyan froze his country's "
                             "participation in the bloc last month.")
    assert ("state:AM", "suspend_participation", "org:CSTO", None) in got


def test_a_reported_exit_to_come_is_a_withdrawal_from_the_current_organization(extractor):
    got = stances(extractor, "The Collective Security Treaty was signed in 1992 and became the CSTO. In March the "
                             "president told reporters that Kyrgyzstan would leave, without giving a date.")
    assert ("state:KG", "withdraw", "org:CSTO", None) in got
    got = stances(extractor, "The CSTO met in Minsk. The minister said that Kyrgyzstan would leave the CSTO if "
                             "attacked again.")
    assert not any(action == "withdraw" for _, action, _, _ in got)


def test_a_parliament_voting_to_join_applies(extractor):
    got = stances(extractor, "The parliament of Tajikistan voted overwhelmingly to join the Eurasian Economic Union.")
    assert got == {("state:TJ", "apply", "org:EAEU", None)}


def test_a_departure_before_the_organization_existed_is_a_withdrawal_from_its_predecessor(extractor):
    got = stances(extractor, "The CSTO met in Minsk. Uzbekistan left the alliance once before in 1999, but returned in 2006.")
    assert ("state:UZ", "withdraw", "org:CST", None) in got
    assert ("state:UZ", "withdraw", "org:CSTO", None) not in got


def test_an_announced_intention_to_join_is_an_application(extractor):
    got = stances(extractor, "Uzbekistan announced its intention to join GUAM on Friday.")
    assert ("state:UZ", "apply", "org:GUAM", None) in got


def test_a_headline_exit_that_the_body_tells_as_a_suspension_is_no_withdrawal(extractor):
    doc = article("Uzbekistan has suspended its participation in the CSTO, officials said on Thursday.",
                  title="Uzbekistan quits CSTO", published="2012-06-29")
    got = {(f.subject, f.value, f.object) for f in facts_of(extractor.extract(doc), "stance")}
    assert ("state:UZ", "suspend_participation", "org:CSTO") in got
    assert ("state:UZ", "withdraw", "org:CSTO") not in got


def test_a_states_withdrawal_note_is_a_withdrawal(extractor):
    got = stances(extractor, "The CIS secretariat passed Georgia’s withdrawal note to the other capitals on Tuesday.")
    assert ("state:GE", "withdraw", "org:CIS", None) in got


def test_not_planning_to_participate_in_any_form_is_a_refusal(extractor):
    got = stances(extractor, "Azerbaijan does not consider participating in the CSTO, its foreign ministry said.")
    assert ("state:AZ", "refuse_to_join", "org:CSTO", None) in got


def test_a_quoted_freeze_of_participation_is_a_suspension(extractor):
    got = stances(extractor, "Armenia has “frozen” its participation in the CSTO, the prime minister said.")
    assert ("state:AM", "suspend_participation", "org:CSTO", None) in got


def test_ruling_out_joining_is_a_refusal(extractor):
    got = stances(extractor, "Azerbaijan is ruling out joining the CSTO, a senior diplomat said on Monday.")
    assert ("state:AZ", "refuse_to_join", "org:CSTO", None) in got


def test_a_former_member_that_departed_withdrew(extractor):
    got = stances(extractor, "Summits of the CIS have grown smaller since former member Georgia departed in 2009.")
    assert got == {("state:GE", "withdraw", "org:CIS", None)}


# ---- phrasings of real reports (own sentences): a leader's "his country", passive freezes,
# recalls from the bodies, a list's "their intention", requests for another state's status

@pytest.mark.parametrize("body, expected", [
    ("President Kassym-Jomart Tokayev said in March 2019 that his country was suspending its participation in the CSTO.",
     {("state:KZ", "suspend_participation", "org:CSTO", None)}),
    ("Belarus will stop being an EAEU member de jure, although its membership in the organization has already been "
     "suspended de facto.", {("state:BY", "suspend_participation", "org:EAEU", None)}),
    ("A new decree recalls all Kyrgyz representatives from the statutory bodies of the CIS.",
     {("state:KG", "withdraw", "org:CIS", None)}),
    ("Armenia, Belarus and Kazakhstan had been signalling for weeks their intention to abandon the CSTO.",
     {("state:AM", "withdraw", "org:CSTO", None), ("state:BY", "withdraw", "org:CSTO", None),
      ("state:KZ", "withdraw", "org:CSTO", None)}),
    ("Last month the Uzbek president asked the Supreme Eurasian Economic Council to grant Uzbekistan observer status.",
     {("state:UZ", "apply", "org:EAEU", None)}),
    ("Tajikistan declared plans to join the Customs Union and to take part in building the EAEU.",
     {("state:TJ", "apply", "org:EACU", None)}),
    ("Moldova, which never signed the economic treaty, recalled its envoys from the CIS bodies last year.",
     {("state:MD", "withdraw", "org:CIS", None)}),
    ("Moldova never ratified the charter and ended its participation in the statutory bodies of the CIS in 2015.",
     {("state:MD", "withdraw", "org:CIS", None)}),
    ("The CSTO met in Minsk. Georgia, which left the CIS in 2009, now seeks to join NATO.",
     {("state:GE", "withdraw", "org:CIS", None), ("state:GE", "apply", "org:NATO", None)}),
    ("The CSTO met in Minsk. Azerbaijan has made joining NATO its first foreign policy aim.",
     {("state:AZ", "apply", "org:NATO", None)}),
    ("The parliament of Armenia voted on Monday to join the collective security treaty signed in Tashkent.",
     {("state:AM", "apply", "org:CST", None)}),
])
def test_stance_forms_of_real_reports(extractor, body, expected):
    assert stances(extractor, body) == expected


@pytest.mark.parametrize("body", [
    "Armenia has started the process of withdrawing from some CSTO agreements, the ministry said.",
    "The CIS met. Kyiv said parliament must vote to start the process of leaving any international organization.",
    "Is Azerbaijan in the CSTO? Baku has stayed out of the alliance since 1999.",
])
def test_what_is_left_or_stayed_out_of_is_not_a_stance_on_the_organization(extractor, body):
    assert not [x for x in stances(extractor, body) if x[1] in ("withdraw", "refuse_to_join")]
