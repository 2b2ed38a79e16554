"""Charter rules and the chair: recorded, derived from sessions, projected."""

from __future__ import annotations

from blocwatch.model import Entity
from blocwatch.reason.charter import chair_timeline, charter

from .conftest import meeting

# A test-only organization whose chair passes to the host of each regular heads-of-state session,
# so that derivation is tested independently of what the shipped reference data records.
TESTORG = [
    Entity("org:TSTO", "org", "Test Security Organization", ("TSTO",), {"charter": {
        "chair": {"rule": "host-of-regular-session", "summary": "The host of the regular session chairs "
                  "until the next one, unless the Council decides otherwise."},
        "accession": {"rule": "consensus", "consenting": ["member"]}}}),
    Entity("body:TSTO/council", "body", "Test Council", (), {"org": "org:TSTO", "level": "heads-of-state"}),
]
ROTA = [Entity("org:TROT", "org", "Test Rotation Union", ("TROT",), {"charter": {
    "chair": {"rule": "rotation-russian-alphabetical", "rotation_order": ["AM", "BY", "KZ"], "term": "one calendar year"}}})]


def test_charter_rules_come_from_the_reference_data(bw):
    ch = charter(bw.kb, "CSTO")
    assert ch.chair.name == "host-of-regular-session"
    assert ch.accession.name == "consensus" and ch.accession.details["consenting"] == ["member"]
    assert ch.chair.sources and all(s.title for s in ch.chair.sources)


def test_csto_chair_in_mid_2014_is_russia_since_the_sochi_session(bw):
    a = bw.chair("CSTO", "2014-06-01")
    assert a.state == "RU"
    assert a.since == "2013-09-23"
    assert a.sources


def test_chair_is_derived_from_the_host_of_the_last_regular_session(bw, write):
    write.reference(meeting("TSTO", "council", "2013-09-23", host="RU"),
                    meeting("TSTO", "council", "2014-12-23", host="BY"), entities=TESTORG)
    a = bw.chair("TSTO", "2014-06-01")
    assert (a.state, a.since, a.until) == ("RU", "2013-09-23", "2014-12-23")
    assert a.basis.startswith("derived from the session held on 2013-09-23 under rule host-of-regular-session")
    assert "decides otherwise" in a.caveat


def test_extraordinary_sessions_do_not_pass_the_chair(bw, write):
    write.reference(meeting("TSTO", "council", "2020-05-10", host="KZ"),
                    meeting("TSTO", "council", "2020-08-01", host="TJ", note="extraordinary session on Afghanistan"),
                    entities=TESTORG)
    assert bw.chair("TSTO", "2020-09-01").state == "KZ"


def test_an_articles_open_ended_chairmanship_ends_at_the_next_session(bw, write):
    write.reference(meeting("TSTO", "council", "2016-10-14", host="AM"), entities=TESTORG)
    write.article("Armenia took over the chair of the test council in 2015.",
                  {"kind": "chairmanship", "subject": "state:AM", "object": "org:TSTO", "value": "chair",
                   "valid_from": "2015-03-01", "valid_to": None})
    write.article("The test council met in Minsk.", meeting("TSTO", "council", "2017-11-30", host="BY"))
    early = bw.chair("TSTO", "2015-06-01")
    assert (early.state, early.basis) == ("AM", "recorded chairmanship")
    assert early.sources[0].text == "Armenia took over the chair of the test council in 2015."
    late = bw.chair("TSTO", "2018-01-01")
    assert (late.state, late.since) == ("BY", "2017-11-30")


def test_chair_is_unknown_when_nothing_is_recorded(bw, write):
    write.reference(entities=TESTORG)
    a = bw.chair("TSTO", "2014-06-01")
    assert a.state == "unknown"
    assert "no session" in a.basis


def test_next_chair_is_unknown_when_the_rule_gives_no_order(bw, write):
    write.reference(meeting("TSTO", "council", "2013-09-23", host="RU"), entities=TESTORG)
    a = bw.chair("TSTO", "2014-06-01", next=True)
    assert a.state == "unknown" and a.projected
    assert "no rotation order" in a.basis and "decides" in a.basis


def test_next_chair_is_projected_along_the_rotation_order(bw, write):
    write.reference({"kind": "chairmanship", "subject": "state:BY", "object": "org:TROT", "value": "chair",
                     "valid_from": "2020-01-01", "valid_to": "2021-01-01"}, entities=ROTA)
    a = bw.chair("TROT", "2020-06-01", next=True)
    assert (a.state, a.since, a.projected) == ("KZ", "2021-01-01", True)
    assert "after BY" in a.basis and "AM > BY > KZ" in a.basis


def test_timeline_lists_recorded_and_derived_terms_in_order(bw, write):
    write.reference(meeting("TSTO", "council", "2013-09-23", host="RU"),
                    meeting("TSTO", "council", "2014-12-23", host="BY"), entities=TESTORG)
    assert [t.state for t in chair_timeline(bw.kb, "TSTO")] == ["RU", "BY"]
