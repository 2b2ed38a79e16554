"""Membership at a date on the shipped reference data: the day of a change belongs to the new
status, open intervals hold today, a partial date asks about its whole period, nothing is a
member before an organization exists, and every answer carries its interval and sources."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest
import yaml

from blocwatch.errors import InputError, UnknownNameError
from blocwatch.kb.refdata import data_dir
from blocwatch.model import PartialDate
from blocwatch.reason.membership import DEFAULT_STATUSES, parse_statuses


@cache
def _memberships_yaml() -> list[dict]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((data_dir() / "memberships.yaml").read_text(encoding="utf-8"), Loader=loader)["memberships"]


def recorded(org: str, state: str, status: str) -> dict:
    """The one entry of memberships.yaml for (org, state, status): dates come from the data."""
    [entry] = [m for m in _memberships_yaml() if (m["org"], m["state"], m["status"]) == (org, state, status)]
    return entry


def uz_suspended_in_csto() -> dt.date:
    return PartialDate.parse(recorded("CSTO", "UZ", "suspended")["from"]).start


def by_state(rows) -> dict:
    return {m.state: m for m in rows}


# ------------------------------------------------------------------ the day of a change
def test_the_recorded_suspension_day_is_the_day_after_the_end_of_membership():
    member = recorded("CSTO", "UZ", "member")
    assert member["to"] == recorded("CSTO", "UZ", "suspended")["from"]
    assert uz_suspended_in_csto() == dt.date(2012, 12, 19)


def test_uzbekistan_is_a_csto_member_on_the_day_before_its_suspension(bw):
    eve = (uz_suspended_in_csto() - dt.timedelta(days=1)).isoformat()
    uz = by_state(bw.members("CSTO", eve))["UZ"]
    assert uz.status == "member"
    assert uz.until == uz_suspended_in_csto().isoformat()
    assert uz.changes == ()


def test_the_day_of_a_change_belongs_to_the_new_status(bw):
    day = uz_suspended_in_csto().isoformat()
    assert "UZ" not in by_state(bw.members("CSTO", day))
    uz = by_state(bw.members("CSTO", day, "any"))["UZ"]
    assert (uz.status, uz.since, uz.until) == ("suspended", day, None)
    [st] = bw.status("UZ", "CSTO", day)
    assert st.status == "suspended" and st.recorded


def test_status_on_the_eve_and_on_the_day_of_the_change(bw):
    eve = uz_suspended_in_csto() - dt.timedelta(days=1)
    [before] = bw.status("UZ", "CSTO", eve.isoformat())
    assert (before.status, before.until) == ("member", uz_suspended_in_csto().isoformat())
    assert before.sources and all(s.url for s in before.sources)


def test_csto_membership_of_uzbekistan_before_and_after_2012(bw):
    assert "UZ" in by_state(bw.members("CSTO", "2010-01-01"))
    assert "UZ" not in by_state(bw.members("CSTO", "2013-01-01"))
    assert set(by_state(bw.members("CSTO", "2013-01-01", "suspended"))) == {"UZ"}


# ------------------------------------------------------------------ open intervals
def test_an_open_interval_holds_today(bw):
    [ru] = bw.status("RU", "CSTO")
    assert (ru.status, ru.until, ru.recorded) == ("member", None, True)
    assert ru.since == recorded("CSTO", "RU", "member")["from"]
    today = by_state(bw.members("CSTO"))
    assert {"BY", "KZ", "KG", "RU", "TJ"} <= set(today)
    assert all(m.until is None for m in today.values())


def test_an_open_suspension_still_holds_today(bw):
    assert recorded("CSTO", "UZ", "suspended")["to"] is None
    [uz] = bw.status("UZ", "CSTO", dt.date.today().isoformat())
    assert (uz.status, uz.since, uz.until) == ("suspended", uz_suspended_in_csto().isoformat(), None)
    assert "UZ" not in by_state(bw.members("CSTO"))
    assert "UZ" in by_state(bw.members("CSTO", None, "suspended"))


# ------------------------------------------------------------------ partial dates
def test_a_year_lists_a_state_that_held_the_status_at_any_time_in_it(bw):
    uz = by_state(bw.members("CSTO", "2012"))["UZ"]
    assert uz.status == "member"  # the last selected status held in 2012
    [change] = uz.changes
    assert (change.date, change.status_from, change.status_to) == (
        uz_suspended_in_csto().isoformat(), "member", "suspended")


def test_a_year_reports_the_last_status_held_in_it_when_every_status_counts(bw):
    uz = by_state(bw.members("CSTO", "2012", "any"))["UZ"]
    assert uz.status == "suspended"
    assert [c.status_to for c in uz.changes] == ["suspended"]


def test_a_month_is_a_period_too(bw):
    assert by_state(bw.members("CSTO", "2012-12"))["UZ"].changes
    assert "UZ" not in by_state(bw.members("CSTO", "2013-01"))
    assert by_state(bw.members("CSTO", "2012-11"))["UZ"].changes == ()


def test_status_in_a_year_shows_every_status_held_in_it(bw):
    rows = bw.status("UZ", "CSTO", "2012")
    assert [r.status for r in rows] == ["member", "suspended"]


def test_a_change_outside_the_period_is_not_reported(bw):
    uz = by_state(bw.members("CSTO", "2011"))["UZ"]
    assert uz.changes == ()


# ------------------------------------------------------------------ before an organization existed
def test_nobody_is_a_member_of_the_eaeu_in_2010(bw):
    assert bw.members("EAEU", "2010") == []
    assert bw.members("EAEU", "2010", "any") == []


def test_status_before_an_organization_existed_is_non_member_until_the_first_record(bw):
    [kz] = bw.status("KZ", "EAEU", "2010")
    assert (kz.status, kz.recorded, kz.since) == ("non-member", False, None)
    assert kz.until == recorded("EAEU", "KZ", "member")["from"]
    assert kz.sources


def test_a_state_never_recorded_is_a_non_member_without_sources(bw):
    [ge] = bw.status("GE", "CSTO", "2018-11-21")
    assert (ge.status, ge.recorded, ge.since, ge.until, ge.sources) == ("non-member", False, None, None, ())


# ------------------------------------------------------------------ status with interval and sources
def test_ukraine_is_not_in_the_cis_in_2019(bw):
    [ua] = bw.status("UA", "CIS", "2019-01-01")
    assert ua.status in ("non-member", "former")
    assert ua.since and PartialDate.parse(ua.since).start <= dt.date(2019, 1, 1)
    assert ua.until is None or PartialDate.parse(ua.until).start > dt.date(2019, 1, 1)
    assert ua.sources and all(s.title for s in ua.sources)
    assert "UA" not in by_state(bw.members("CIS", "2019-01-01"))


def test_status_accepts_names_and_codes(bw):
    assert bw.status("Ukraine", "Commonwealth of Independent States", "2019-01-01") == bw.status(
        "UA", "CIS", "2019-01-01")


def test_status_names_an_unknown_organization(bw):
    with pytest.raises(UnknownNameError) as e:
        bw.status("UZ", "CTSO", "2012")
    assert "CSTO" in e.value.suggestions


def test_a_former_status_after_records_end_names_the_last_one(write, bw):
    # Two records ending in the same year at different precisions (a year and a month).
    write.reference(
        {"kind": "membership", "subject": "state:GE", "object": "org:CSTO", "value": "observer",
         "valid_from": "2003", "valid_to": "2005"},
        {"kind": "membership", "subject": "state:GE", "object": "org:CSTO", "value": "applicant",
         "valid_from": "2004-03", "valid_to": "2005-06"})
    [ge] = bw.status("GE", "CSTO", "2010")
    assert (ge.status, ge.since, ge.until, ge.recorded) == ("former", "2005-06", None, False)
    assert "applicant" in ge.note


# ------------------------------------------------------------------ members: records and sources
def test_members_carry_interval_and_sources(bw):
    tm = by_state(bw.members("CIS", "2018-11-21"))["TM"]
    assert (tm.status, tm.org, tm.since, tm.until) == ("associate", "CIS", "2005-08-26", None)
    assert tm.name == "Turkmenistan"
    assert len(tm.sources) >= 2 and all(s.kind == "reference" and s.url for s in tm.sources)


def test_members_are_sorted_by_state_name(bw):
    names = [m.name for m in bw.members("CIS", "2018-11-21")]
    assert names == sorted(names)


def test_an_article_that_disagrees_with_the_reference_is_a_dispute_not_a_change(write, bw):
    write.article("Uzbekistan is a full member of the CSTO, the minister said.",
                  {"kind": "membership", "subject": "state:UZ", "object": "org:CSTO", "value": "member",
                   "valid_from": "2015-06-01"}, reported="2015-06-01")
    uz = by_state(bw.members("CSTO", "2015-06-01", "any"))["UZ"]
    assert uz.status == "suspended"
    assert uz.disputed == ("member",)
    assert "UZ" not in by_state(bw.members("CSTO", "2015-06-01"))


def test_history_lists_every_recorded_change_in_date_order(bw):
    rows = [(f.object, f.value, f.valid_from.iso() if f.valid_from else None) for f in bw.history("UZ")]
    assert ("org:CSTO", "member", "2006-06-23") in rows
    assert ("org:CSTO", "suspended", uz_suspended_in_csto().isoformat()) in rows
    starts = [PartialDate.parse(r[2]).start for r in rows if r[2]]
    assert starts == sorted(starts)


# ------------------------------------------------------------------ status filters
def test_parse_statuses():
    assert parse_statuses(None) == DEFAULT_STATUSES == ("member", "associate")
    assert parse_statuses("any") is None
    assert parse_statuses(" Observer, suspended ") == ("observer", "suspended")
    with pytest.raises(InputError, match="Unknown status 'members'"):
        parse_statuses("members")


def test_an_article_dated_the_day_a_reference_membership_starts_joins_it(write, bw):
    # The reference interval is open-ended; the article's is one day: same start, one open end.
    start = recorded("EAEU", "AM", "member")["from"]
    write.article("Armenia became a member of the Eurasian Economic Union today.",
                  {"kind": "membership", "subject": "state:AM", "object": "org:EAEU", "value": "member",
                   "valid_from": start}, reported=start)
    am = by_state(bw.members("EAEU", start))["AM"]
    assert (am.status, am.since, am.until, am.disputed) == ("member", start, None, ())
    assert {s.kind for s in am.sources} == {"reference", "document"}
