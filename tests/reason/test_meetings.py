"""Meetings in a date range (inclusive at each bound's precision), by organization, place and
participant, with their ordinal, host and sources."""

from __future__ import annotations

import pytest

from blocwatch.errors import UnknownNameError


def dates(rows) -> list[str]:
    return [m.date for m in rows]


def test_the_sixth_meeting_of_cis_security_council_secretaries(bw):
    [m] = bw.meetings("CIS", "2018-11-21", "2018-11-21")
    assert (m.org, m.body, m.date, m.place, m.ordinal, m.host_state) == (
        "CIS", "security-council-secretaries-meeting", "2018-11-21", "Moscow", 6, "RU")
    assert m.id == "meeting:CIS/security-council-secretaries-meeting/2018-11-21"
    assert "Security Councils" in m.body_name
    assert len(m.sources) == 2 and all(s.url for s in m.sources)


def test_bounds_are_inclusive_at_their_precision(bw):
    assert dates(bw.meetings("CSTO", "2013", "2013")) == ["2013-05", "2013-09-23"]
    assert dates(bw.meetings("CSTO", "2013-09-23", "2013-09-23")) == ["2013-09-23"]
    assert dates(bw.meetings("CSTO", "2013-09-24", "2013-12")) == []


def test_a_meeting_known_to_the_month_is_found_from_a_day_inside_that_month(bw):
    assert dates(bw.meetings("CSTO", "2013-05-15", "2013-09-23")) == ["2013-05", "2013-09-23"]


def test_meetings_of_every_organization_in_date_order(bw):
    rows = bw.meetings(None, "2018-11", "2018-11")
    assert [(m.org, m.date) for m in rows] == [("CSTO", "2018-11-08"), ("CIS", "2018-11-21")]


def test_meetings_at_a_place(bw):
    rows = bw.meetings(None, place="Sochi")
    assert "2013-09-23" in dates(rows)
    assert {m.place for m in rows} == {"Sochi"}


def test_meetings_a_state_took_part_in(bw):
    all_ = bw.meetings("CSTO", "2016-12", "2016-12")
    assert dates(all_) == ["2016-12-26"] and "BY" not in all_[0].participant_states
    assert bw.meetings("CSTO", "2016-12", "2016-12", participant="BY") == []
    assert dates(bw.meetings("CSTO", "2016-12", "2016-12", participant="Armenia")) == ["2016-12-26"]


def test_an_open_range_reaches_to_the_first_and_last_meeting(bw):
    everything = bw.meetings("CSTO")
    assert len(everything) > len(bw.meetings("CSTO", "2013", "2013"))
    assert dates(bw.meetings("CSTO", end="2013-05-31"))[-1] == "2013-05"


def test_an_unknown_place_is_named(bw):
    with pytest.raises(UnknownNameError) as e:
        bw.meetings("CSTO", place="Atlantis")
    assert e.value.name == "Atlantis"
