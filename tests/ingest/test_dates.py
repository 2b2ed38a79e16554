"""Dates as pages write them, at the precision they are written."""

from __future__ import annotations

import pytest

from blocwatch.ingest.dates import is_date, parse_date
from blocwatch.model import PartialDate


@pytest.mark.parametrize("text, expected", [
    ("2018-11-22", PartialDate(2018, 11, 22)),
    ("2019-11-28T17:40:00+06:00", PartialDate(2019, 11, 28)),  # the local date, not UTC
    ("2019-11-28T23:40:00.000Z", PartialDate(2019, 11, 28)),
    ("2018-11", PartialDate(2018, 11)),
    ("22 November 2018", PartialDate(2018, 11, 22)),
    ("22nd of Nov. 2018", PartialDate(2018, 11, 22)),
    ("November 22, 2018", PartialDate(2018, 11, 22)),
    ("Sept. 16, 2021", PartialDate(2021, 9, 16)),
    ("Thu, 28 Nov 2019 17:40:00 GMT", PartialDate(2019, 11, 28)),
    ("Monday, 14 December 2020", PartialDate(2020, 12, 14)),
    ("29.05.2019 18:05", PartialDate(2019, 5, 29)),
    ("March 2020", PartialDate(2020, 3)),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["Sept 16", "Wednesday, 21 November", "31 February 2019", "2019-13-01"])
def test_no_year_or_impossible_date_gives_none(text):
    assert parse_date(text) is None


def test_is_date_needs_the_whole_string():
    assert is_date("Sept 16")
    assert not is_date("On 22 November 2018 the leaders met")
    assert parse_date("On 22 November 2018 the leaders met") is None
