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
