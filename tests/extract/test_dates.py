"""Dates in news text (extract/dates.py): found, then resolved at the precision the text allows."""

from __future__ import annotations

import datetime as dt

from blocwatch.extract.dates import DateContext, find_dates
from blocwatch.model import PartialDate

TODAY = dt.date(2024, 6, 1)


def resolved(text: str, published: str | None = None) -> list[PartialDate | None]:
    mentions = find_dates(text)
    ctx = DateContext.of(mentions, PartialDate.parse(published) if published else None, TODAY)
    return [ctx.resolve(m) for m in mentions]


def test_explicit_day_month_year_is_a_day():
    assert resolved("Delegations arrived in Moscow on 21 November 2018 for the talks.") == [PartialDate(2018, 11, 21)]


def test_explicit_month_day_year_and_iso_dates_are_days():
    assert resolved("The talks were held on November 21, 2018.") == [PartialDate(2018, 11, 21)]
    assert resolved("Minutes dated 2018-11-21 were released.") == [PartialDate(2018, 11, 21)]


def test_month_and_year_stay_a_month():
    (d,) = resolved("Ministers agreed on the budget in March 2019.")
    assert d == PartialDate(2019, 3)
    assert d.precision == "month"


def test_day_and_month_take_the_year_of_the_published_date():
    assert resolved("The envoys met on 21 November.", published="2018-11-25") == [PartialDate(2018, 11, 21)]


def test_day_and_month_take_the_nearest_year_around_new_year():
    # Written in early January, "21 November" is the November just gone.
    assert resolved("The envoys met on 21 November.", published="2019-01-04") == [PartialDate(2018, 11, 21)]


def test_day_and_month_without_published_date_or_weekday_stay_unresolved():
    assert resolved("The envoys met on 21 November.") == [None]


def test_weekday_with_day_and_month_is_placed_by_another_year_in_the_text():
    # 21 November fell on a Wednesday in 2012 and 2018; the text names 2017, so 2018 it is.
    text = "Envoys sat down on Wednesday, 21 November. Their previous round, in 2017, had ended badly."
    dates = resolved(text)
    assert dates[0] == PartialDate(2018, 11, 21)
    assert PartialDate(2017) in dates


def test_weekday_with_day_and_month_and_no_year_anywhere_is_not_guessed():
    assert resolved("Envoys sat down on Wednesday, 21 November.") == [None]


def test_last_month_name_is_relative_to_the_published_date():
    assert resolved("The ministers gathered last December.", published="2019-03-10") == [PartialDate(2018, 12)]


def test_bare_weekday_without_published_date_is_unresolved():
    assert resolved("The ministers will gather on Thursday.") == [None]


def test_bare_weekday_is_resolved_against_a_published_day():
    # Published on Friday 23 November 2018: "on Thursday" is the day before.
    assert resolved("The ministers gathered on Thursday.", published="2018-11-23") == [PartialDate(2018, 11, 22)]


def test_a_year_alone_stays_a_year():
    (d,) = resolved("The charter was signed in 2002 after long talks.")
    assert d == PartialDate(2002)
    assert d.precision == "year"


def test_a_four_digit_count_is_not_a_year():
    assert find_dates("The exercise involved 2000 troops from five countries.") == []


def test_mentions_carry_offsets_of_their_text():
    text = "Leaders met in Astana on 10 October 2024 and again later."
    (m,) = find_dates(text)
    assert text[m.start:m.end] == m.text
    assert "10 October 2024" in m.text


def test_bare_month_is_placed_by_the_published_date_and_the_tense():
    # a past month later in the year than the report is last year's; a future one is next year's
    assert resolved("Officials skipped the October's gathering of the bloc.", "2021-03-02") == [PartialDate(2020, 10)]
    assert resolved("The ministers will meet again in September.", "2021-03-02") == [PartialDate(2021, 9)]
    assert resolved("The first round, in January, went badly.", "2021-03-02") == [PartialDate(2021, 1)]


def test_the_modal_may_is_no_month():
    assert find_dates("Leaders may decide otherwise.") == []


def test_month_with_a_relative_year_and_with_that_year():
    assert resolved("They met in Astana in June last year.", "2019-02-10") == [PartialDate(2018, 6)]
    assert resolved("The bloc was reshaped in 2007, and in March of that year the council met.") == \
        [PartialDate(2007), PartialDate(2007, 3)]


def test_a_day_counted_from_the_event_just_reported():
    (m,) = find_dates("The day before, ministers held talks of their own.")
    assert (m.kind, m.offset) == ("offset", -1)
    (m,) = find_dates("The following day, the delegations flew home.")
    assert m.offset == 1
    assert find_dates("Two days before the vote, the leaders spoke.") == []


def test_a_day_with_a_lower_case_month_is_a_date_but_not_may_after_a_number():
    (d,) = find_dates("Minsk, Friday 12 october. The ministers met.")
    assert (d.kind, d.month, d.day, d.weekday) == ("dmy", 10, 12, 4)
    assert find_dates("Article 5 may apply to both of them.") == []


def test_a_day_of_next_year_takes_the_year_after_the_anchor():
    (m,) = find_dates("The next session will be on 11 october next year in Baku.")
    assert m.relative == "next year"
    ctx = DateContext.of([m], PartialDate(2018, 9, 28))
    assert ctx.resolve(m) == PartialDate(2019, 10, 11)


def test_a_decade_is_no_year():
    assert [m.kind for m in find_dates("a deal like those of the 1930s, signed in 1999")] == ["year"]


def test_last_and_next_month_are_the_months_around_the_published_date():
    assert resolved("The ministers met last month; the leaders will meet next month.", "2024-01-15") == \
        [PartialDate(2023, 12), PartialDate(2024, 2)]


def test_a_count_of_years_after_a_year_places_the_text():
    mentions = find_dates("The meeting comes fifteen years after the founding congress in Kyiv in 1995.")
    ctx = DateContext.of(mentions, None, TODAY, text="The meeting comes fifteen years after the founding congress "
                                                     "in Kyiv in 1995.")
    assert ctx.counted == (2010,)
    # a Thursday before 12 March of the counted year
    assert ctx.near_counted_year(3, 12, 3) == PartialDate(2010, 3, 11)


def test_a_span_of_days_is_dated_by_its_first_day():
    assert resolved("Leaders meet in Astana on October 14-15.", published="2018-10-01") == [PartialDate(2018, 10, 14)]
    assert resolved("The sessions took place on 29–30 October 2018.") == [PartialDate(2018, 10, 29)]


def test_a_day_the_sentence_puts_in_the_future_is_the_coming_one():
    # written in April: "will take place on 29-30 October" is this October, not the last
    assert resolved("The next sessions would take place in Yerevan on 29-30 October.", published="2018-04-12") == \
        [PartialDate(2018, 10, 29)]


def test_a_month_in_capitals_is_a_month():
    assert resolved("ASTANA, MARCH 14 (Agency) - The ministers met in the capital.", "2019-03-14") == [PartialDate(2019, 3, 14)]


def test_a_weekday_before_a_date_in_brackets_is_that_date():
    mentions = find_dates("The premiers gathered on Tuesday (Oct. 7) in Baku.")
    assert [(m.text, m.weekday, m.month, m.day) for m in mentions] == [("Tuesday (Oct. 7)", 1, 10, 7)]
