"""Diff: what changed between two dates, dated and sourced."""

from __future__ import annotations

import datetime as dt

from blocwatch.model import PartialDate

from .test_charter import TESTORG
from .conftest import meeting


def test_csto_changes_2010_to_2019(bw):
    changes = bw.diff("2010-01-01", "2019-01-01", "CSTO")
    uz = [c for c in changes if c.kind == "membership" and c.subject == "Uzbekistan"]
    assert [(c.date, c.before, c.after) for c in uz] == [("2012-12-19", "member", "suspended")]
    assert uz[0].sources
    sg = [(c.date, c.before, c.after) for c in changes if c.kind == "office" and c.subject == "Secretary General"]
    assert ("2017-01-01", "Nikolai Bordyuzha", "Valery Semerikov (acting)") in sg
    starts = [PartialDate.parse(c.date).start for c in changes]
    assert starts == sorted(starts)
    assert all(dt.date(2010, 1, 1) < d <= dt.date(2019, 1, 1) for d in starts)


def test_chair_changes_come_from_the_timeline(bw, write):
    write.reference(meeting("TSTO", "council", "2013-09-23", host="RU"),
                    meeting("TSTO", "council", "2014-12-23", host="BY"), entities=TESTORG)
    chairs = [(c.date, c.before, c.after) for c in bw.diff("2014-01-01", "2015-06-01", "TSTO") if c.kind == "chair"]
    assert chairs == [("2014-12-23", "Russia", "Belarus")]


def test_dates_in_either_order_and_nothing_outside(bw):
    assert bw.diff("2019-01-01", "2010-01-01", "CSTO") == bw.diff("2010-01-01", "2019-01-01", "CSTO")
    assert [c for c in bw.diff("2013-01-02", "2013-06-01", "CSTO") if c.kind == "membership"] == []


def test_without_an_org_every_organization_is_covered(bw):
    orgs = {c.org for c in bw.diff("2000-01-01", "2019-01-01")}
    assert {"CIS", "CSTO"} <= orgs
