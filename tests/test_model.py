"""PartialDate: parsing at year, month and day precision, validation with helpful messages, and
the period each date stands for (start inclusive, end exclusive); facts' half-open intervals."""

from __future__ import annotations

import datetime as dt

import pytest

from blocwatch.errors import DateError, InputError
from blocwatch.model import Evidence, Fact, PartialDate


@pytest.mark.parametrize("text, fields, precision", [
    ("2018", (2018, None, None), "year"),
    ("2018-11", (2018, 11, None), "month"),
    ("2018-11-21", (2018, 11, 21), "day"),
    (" 2018-11-21 ", (2018, 11, 21), "day"),
    ("2018-1-5", (2018, 1, 5), "day"),
])
def test_parse_keeps_the_precision_given(text, fields, precision):
    d = PartialDate.parse(text)
    assert (d.year, d.month, d.day) == fields
    assert d.precision == precision


@pytest.mark.parametrize("text, iso", [("2018", "2018"), ("2018-1", "2018-01"), ("2018-1-5", "2018-01-05")])
def test_iso_pads_to_the_precision_known(text, iso):
    assert PartialDate.parse(text).iso() == iso == str(PartialDate.parse(text))


def test_parse_accepts_dates_datetimes_ints_and_partial_dates():
    assert PartialDate.parse(dt.date(2018, 11, 21)) == PartialDate(2018, 11, 21)
    assert PartialDate.parse(dt.datetime(2018, 11, 21, 23, 59)) == PartialDate(2018, 11, 21)
    assert PartialDate.parse(2018) == PartialDate(2018)
    d = PartialDate(2018, 11)
    assert PartialDate.parse(d) is d


def test_parse_opt_reads_empty_as_open():
    assert PartialDate.parse_opt(None) is None
    assert PartialDate.parse_opt("") is None
    assert PartialDate.parse_opt("2012") == PartialDate(2012)


@pytest.mark.parametrize("text, words", [
    ("2018-13-45", ["Month 13", "01-12"]),
    ("2018-02-30", ["Day 30", "2018-02", "28 days"]),
    ("2019-02-29", ["Day 29", "28 days"]),
    ("2018-11-31", ["Day 31", "30 days"]),
    ("2018-00", ["Month 0"]),
    ("0000", ["Year 0", "YYYY"]),
    ("9999", ["Year 9999", "1-9998"]),
    ("9999-12-31", ["Year 9999"]),
    ("21.11.2018", ["Malformed", "YYYY-MM-DD"]),
    ("2018/11/21", ["Malformed"]),
    ("November 2018", ["Malformed"]),
    ("18-11-21", ["Malformed"]),
    ("2018-11-21T10:00", ["Malformed"]),
    ("", ["Malformed"]),
])
def test_invalid_dates_raise_date_error_saying_what_to_use(text, words):
    with pytest.raises(DateError) as e:
        PartialDate.parse(text)
    for w in words:
        assert w in str(e.value)


def test_a_date_error_is_bad_input_with_exit_code_2():
    with pytest.raises(InputError) as e:
        PartialDate.parse("2018-13-45")
    assert e.value.exit_code == 2


def test_a_day_without_a_month_is_refused():
    with pytest.raises(DateError, match="needs a month"):
        PartialDate(2018, None, 5)


def test_the_last_allowed_year_still_has_an_end():
    assert PartialDate.parse("9998-12-31").end == dt.date(9999, 1, 1)
    with pytest.raises(DateError):  # a bad input, never an OverflowError
        PartialDate.parse("9998").following()


def test_a_leap_day_exists_in_a_leap_year():
    assert PartialDate.parse("2020-02-29").end == dt.date(2020, 3, 1)


@pytest.mark.parametrize("text, start, end", [
    ("2018", dt.date(2018, 1, 1), dt.date(2019, 1, 1)),
    ("2018-11", dt.date(2018, 11, 1), dt.date(2018, 12, 1)),
    ("2018-12", dt.date(2018, 12, 1), dt.date(2019, 1, 1)),
    ("2018-11-21", dt.date(2018, 11, 21), dt.date(2018, 11, 22)),
    ("2018-12-31", dt.date(2018, 12, 31), dt.date(2019, 1, 1)),
])
def test_a_date_stands_for_its_whole_period(text, start, end):
    d = PartialDate.parse(text)
    assert (d.start, d.end) == (start, end)
    assert d.contains(start) and d.contains(end - dt.timedelta(days=1))
    assert not d.contains(end) and not d.contains(start - dt.timedelta(days=1))


@pytest.mark.parametrize("text, nxt", [
    ("2018", "2019"), ("2018-11", "2018-12"), ("2018-12", "2019-01"),
    ("2018-11-21", "2018-11-22"), ("2018-12-31", "2019-01-01"), ("2020-02-28", "2020-02-29"),
])
def test_following_is_the_next_period_at_the_same_precision(text, nxt):
    d = PartialDate.parse(text)
    f = d.following()
    assert f.iso() == nxt
    assert f.precision == d.precision
    assert f.start == d.end


def test_a_fact_holds_from_its_first_day_up_to_not_including_its_end():
    f = Fact("membership", "state:UZ", "org:CSTO", "member", PartialDate(2006, 6, 23), PartialDate(2012, 12, 19))
    assert not f.holds_on(dt.date(2006, 6, 22))
    assert f.holds_on(dt.date(2006, 6, 23))
    assert f.holds_on(dt.date(2012, 12, 18))
    assert not f.holds_on(dt.date(2012, 12, 19))


def test_an_open_fact_holds_for_ever_on_its_open_side():
    f = Fact("membership", "state:AM", "org:CIS", "member", None, None)
    assert f.holds_on(dt.date(1, 1, 1)) and f.holds_on(dt.date(9998, 12, 31))
    g = Fact("membership", "state:AM", "org:CIS", "member", PartialDate(1991, 12, 21), None)
    assert g.holds_on(dt.date.today()) and not g.holds_on(dt.date(1991, 12, 20))


def test_a_fact_id_is_its_assertion_not_its_evidence():
    a = Fact("membership", "state:AM", "org:CIS", "member", PartialDate(1991, 12, 21),
             evidence=(Evidence("ref:a"),))
    b = Fact("membership", "state:AM", "org:CIS", "member", PartialDate(1991, 12, 21),
             evidence=(Evidence("ref:b"), Evidence("ref:c")))
    c = Fact("membership", "state:AM", "org:CIS", "member", PartialDate(1991, 12))
    assert a.id == b.id
    assert a.id != c.id
