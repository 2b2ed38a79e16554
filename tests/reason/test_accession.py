"""Accession: status of the applicant, consent needed under the charter, declared vetoes."""

from __future__ import annotations

VETO_SENTENCE = "Yerevan has said it would veto any bid by Baku to join the alliance."


def veto(write, by="AM", target="AZ", org="CSTO", date="2018-11-21", action="veto", sentence=VETO_SENTENCE):
    return write.article(sentence, {"kind": "stance", "subject": f"state:{by}", "object": f"org:{org}", "value": action,
                                    "valid_from": date, "attrs": {"target_state": target, "key": {"target_state": target}}},
                         reported=date, extractor="blocwatch.stances.v1")


def test_declared_veto_of_a_consenting_member_blocks_accession(bw, write):
    veto(write)
    a = bw.accession("AZ", "CSTO", "2018-11-21")
    assert a.status == "non-member" and a.can_apply is True
    assert a.verdict == "blocked: AM declared a veto (2018-11-21)"
    assert set(a.consenting) == {"AM", "BY", "KZ", "KG", "RU", "TJ"}
    [s] = a.stances
    assert s.blocking and s.sources[0].text == VETO_SENTENCE and s.sources[0].kind == "document"


def test_without_vetoes_accession_needs_every_members_consent(bw):
    a = bw.accession("Azerbaijan", "CSTO", "2018-11-21")
    assert a.verdict.startswith("possible: needs consent of 6 members")
    assert a.rule == "consensus" and a.rule_summary


def test_suspended_members_are_left_out_per_the_charter_data(bw):
    a = bw.accession("AZ", "CSTO", "2018-11-21")
    assert "UZ" not in a.consenting
    assert a.suspended == "excluded"
    assert any("UZ" in n for n in a.notes)


def test_suspended_members_consent_is_unknown_when_the_charter_data_has_no_rule(bw, write):
    write.reference({"kind": "membership", "subject": "state:KZ", "object": "org:CIS", "value": "suspended",
                     "valid_from": "2030-01-01", "valid_to": None})
    a = bw.accession("GE", "CIS", "2031-01-01")
    assert a.suspended == "unknown"
    assert "KZ" not in a.consenting
    assert "possibly, the suspended members" in a.verdict


def test_a_member_cannot_accede(bw):
    a = bw.accession("AM", "CSTO", "2018-11-21")
    assert a.can_apply is False and a.verdict.startswith("not applicable: already a member")


def test_a_suspended_member_is_not_an_applicant(bw):
    a = bw.accession("UZ", "CSTO", "2018-11-21")
    assert a.status == "suspended"
    assert a.verdict.startswith("not applicable: already a member, suspended since 2012-12-19")


def test_a_veto_by_a_state_that_is_not_a_member_does_not_block(bw, write):
    veto(write, by="GE", sentence="Tbilisi said it would try to block Azerbaijan's entry.")
    a = bw.accession("AZ", "CSTO", "2018-11-21")
    assert a.verdict.startswith("possible:")
    assert [s.state for s in a.stances] == ["GE"] and not a.stances[0].blocking


def test_a_veto_declared_after_the_date_is_not_counted(bw, write):
    veto(write, date="2019-03-01")
    assert bw.accession("AZ", "CSTO", "2018-11-21").stances == ()


def test_observer_status_is_noted(bw):
    a = bw.accession("RS", "CSTO", "2018-11-21")
    assert a.status == "observer" and a.can_apply
    assert any("observer" in n for n in a.notes)
