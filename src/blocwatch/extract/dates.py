"""Dates in news text: explicit, partial, weekday-only and relative, resolved to partial dates.

A date is resolved against the document's published date when it is known. Without it, a day
and month with a weekday ("Wednesday, 21 November") fixes the year among the years in which
that day fell on that weekday, choosing the one that agrees with the other years the text
names; a bare weekday or a relative phrase stays unresolved unless a known meeting confirms
it. Precision is never invented: a year alone stays a year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..model import PartialDate

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
# headlines and datelines write months in capitals ("AUGUST 20")
_MON = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
        r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\.?")
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
# a weekday before its date, also with the date in brackets ("Friday (Aug. 20)")
_WD = r"(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+|\()?)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_MONTH_NAME = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
_BARE_MONTH = (r"(?:\b(?:in|since|until|till|by|during|early|late|mid-?|of)\s+" + _MONTH_NAME + r"\b(?!\s*\d)"
               r"|\b" + _MONTH_NAME.replace("?P<mon>", "?P<mon2>") + r"['’]s\b)")

# translated press writes months in lower case ("Friday 28 september"); after a day number only,
# and not "may" (a verb after a number: "Article 5 may apply")
_MON_DMY = _MON.replace("|DECEMBER)", "|DECEMBER|(?i:january|february|march|april|june|july|august|september|october|november|december))")

PATTERNS = [
    # a span of days ("27-28 September", "September 27–28, 2018"): dated by its first day
    ("dmy", re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*[-–—]\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON_DMY + r"(?:,?\s+" + _YEAR + r")?\b")),
    ("mdy", re.compile(r"\b" + _MON2 + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*[-–—]\s*[0-3]?\d(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + r")?")),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy", re.compile(_WD + r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON_DMY + r"(?:,?\s+" + _YEAR + r")?\b")),
    ("mdy", re.compile(_WD + r"\b" + _MON2 + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + r")?")),
    ("my", re.compile(r"\b(?:in\s+|of\s+|since\s+|from\s+)?" + _MON + r"\s+" + _YEAR + r"\b")),
    # "April last year", "in March this year": a month placed by a relative year
    ("month_rel", re.compile(r"\b" + _MONTH_NAME + r"\s+(?P<rel>last|next|this)\s+year\b")),
    # "August of that year", "in May the same year": a month of the year named just before
    ("month_that", re.compile(r"\b" + _MONTH_NAME + r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")),
    ("weekday", re.compile(r"\b(?:on\s+|last\s+|next\s+|this\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("relative", re.compile(r"\b(?P<rel>(?:last|next|this)\s+(?:year|month|week)|(?:earlier|later)\s+this\s+(?:year|month)|yesterday|today|tomorrow|(?:last|next|this)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b", re.I)),
    # "November's summit", "in May": a month alone, placed by the published date and the tense
    ("month", re.compile(_BARE_MONTH)),
    # "A day earlier", "the following day": a day counted from the event just reported
    ("offset", re.compile(r"\b(?P<off>(?:a|one|two|three|\d)\s+days?\s+(?:earlier|later|before|after)|the\s+(?:day|evening)\s+before|"
                          r"the\s+previous\s+day|the\s+(?:following|next)\s+day)\b(?!\s+(?:the|his|her|its|their|a|an|this|that)\b|\s+(?-i:[A-Z]))", re.I)),
    # a year, not a decade ("the 1930s")
    ("year", re.compile(r"(?<![\d-])" + _YEAR + r"(?![\d-]|['’]?s\b)")),
]

# Cues of rare patterns: a text without a match of its cue has no match of the pattern (each holds
# what every match of the pattern holds), so the pattern is not run over it.
_CUES = {
    "month_that": re.compile(r"(?:that|same)\s+year\b"),
    "offset": re.compile(r"\s(?:day|evening)", re.I),
}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str  # iso | dmy | mdy | my | weekday | relative | year
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None
    relative: str | None = None
    offset: int | None = None  # "a day earlier": days from the event just reported
    future: bool = False  # a bare month in a sentence that speaks of the future ("will meet in May")

    @property
    def date(self) -> PartialDate | None:
        if self.year is None:
            return None
        return PartialDate(self.year, self.month, self.day if self.month else None)


def find_dates(text: str) -> list[DateMention]:
    """Every date expression, longest first where they overlap."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in PATTERNS:
        if kind in _CUES and not _CUES[kind].search(text):
            continue
        for m in rx.finditer(text):
            a, b = m.span()
            if any(a < e and s < b for s, e in taken):
                continue
            g = m.groupdict()
            mon = g.get("mon") or g.get("mon2")
            month = int(g["mnum"]) if g.get("mnum") else MONTHS.get(mon.lower().rstrip(".")) if mon else None
            day = int(g["day"]) if g.get("day") else None
            year = int(g["year"]) if g.get("year") else None
            wd = WEEKDAYS.get(g["wd"].lower()) if g.get("wd") else None
            if wd is not None and "(" in text[a:b] and text.startswith(")", b):
                b += 1  # "Friday (Aug. 20)": the bracket closes inside the date
            if kind == "year" and not _year_in_context(text, a, b):
                continue
            if day is not None and month is not None:
                try:
                    dt.date(year or 2000, month, day)
                except ValueError:
                    continue
            if kind == "weekday" and text[a:b].lower().startswith(("last ", "next ", "this ")):
                rel = text[a:b].lower().split()[0]
            else:
                rel = g.get("rel").lower() if g.get("rel") else None
            if kind in ("dmy", "mdy") and year is None:
                # "on 11 October next year": a day placed by a relative year
                ry = _REL_YEAR.match(text, b)
                if ry:
                    b, rel = ry.end(), ry.group("ry").lower() + " year"
            offset = _offset(g["off"]) if g.get("off") else None
            if kind == "month_that":
                # the year of the last date named before it ("in 2005 ... in August of that year")
                prior = [int(y.group(0)) for y in re.finditer(r"(?<![\d-])(?:19|20)\d\d(?![\d-])", text[:a])
                         if _year_in_context(text, y.start(), y.end())]
                year = prior[-1] if prior else None
                if year is None:
                    continue
            future = (kind == "month" or (kind in ("dmy", "mdy") and year is None)) and bool(_FUTURE_CUE.search(_sentence_around(text, a, b)))
            out.append(DateMention(a, b, text[a:b], kind, year, month, day, wd, rel, offset, future))
            taken.append((a, b))
    out.sort(key=lambda d: d.start)
    return out


_REL_YEAR = re.compile(r"\s+(?:of\s+)?(?P<ry>next|last|this)\s+year\b", re.I)
_FUTURE_CUE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|next|upcoming|scheduled|planned|"
                         r"expected\s+to|would)\b", re.I)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}


def _offset(phrase: str) -> int:
    """Days from the reported event: "a day earlier" -1, "the following day" +1."""
    words = phrase.lower().split()
    n = _COUNTS.get(words[0], int(words[0]) if words[0].isdigit() else 1)
    back = any(w in ("earlier", "before", "previous") for w in words)
    return -n if back else n


def _sentence_around(text: str, a: int, b: int) -> str:
    lo = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a)) + 1
    hi = min([i for i in (text.find(". ", b), text.find("\n", b)) if i >= 0] or [len(text)])
    return text[lo:hi]


def _year_in_context(text: str, a: int, b: int) -> bool:
    """A bare four-digit number is a year unless it reads as a count or an amount."""
    before = text[max(0, a - 12):a].lower()
    after = text[b:b + 10].lower()
    if re.search(r"[$€£]\s*$|\bno\.?\s*$|#\s*$", before) or re.match(r"\s*(?:people|troops|km|kilomet|dollars|soldiers|%)", after):
        return False
    return True


def candidate_years(month: int, day: int, weekday: int, lo: int, hi: int) -> list[int]:
    return [y for y in range(lo, hi + 1) if _valid(y, month, day) and dt.date(y, month, day).weekday() == weekday]


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


_FUTURE = re.compile(r"\b(?:until|till|through|by|planned|before|to)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
_ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", re.I)
# "ten years after the presidents first met ... in 1997", "30 years since the treaty of 1992"
_YEAR_COUNTS = {"five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50}
_YEARS_AFTER = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(_YEAR_COUNTS) + r")\s+years\s+(?:after|since)\b", re.I)


@dataclass(frozen=True)
class DateContext:
    """What a document tells about its own time: published date, or the years it names."""

    published: PartialDate | None
    years: tuple[int, ...]
    today: dt.date
    counted: tuple[int, ...] = ()  # years the text counts to ("ten years after ... 1997" -> 2007)

    @classmethod
    def of(cls, mentions: list[DateMention], published: PartialDate | None, today: dt.date | None = None,
           text: str = "") -> "DateContext":
        """Years that place the text in time: those it reports, not those it plans for ("until
        2025"), plus anniversaries ("the 25th anniversary of the treaty signed in 1992" -> 2017)."""
        years = []
        for m in mentions:
            if m.year and not _FUTURE.search(text[max(0, m.start - 14):m.start]):
                years.append(m.year)
        counted = []
        for a in list(_ANNIVERSARY.finditer(text)) + list(_YEARS_AFTER.finditer(text)):
            later = [m for m in mentions if m.year and a.end() <= m.start < a.end() + 120]
            if later:
                n = a.group("n").lower()
                counted.append(later[0].year + (int(n) if n.isdigit() else _YEAR_COUNTS[n]))
        return cls(published, tuple(years + counted), today or dt.date.today(), tuple(counted))

    def near_counted_year(self, month: int, day: int, weekday: int) -> PartialDate | None:
        """'BAKU, June 20' and 'on Tuesday' in a text that counts to one year ('ten years after
        ... 1997'): the weekday nearest to that day of the counted year."""
        if len(set(self.counted)) != 1 or not _valid(self.counted[0], month, day):
            return None
        return _weekday_near(dt.date(self.counted[0], month, day), weekday, None)

    def anchor_year(self) -> int | None:
        """The year the text is most likely written in, when it says so plainly."""
        if self.published:
            return self.published.year
        return None

    def resolve(self, m: DateMention) -> PartialDate | None:
        """The date a mention stands for, at the precision the text allows; None if unknown."""
        if m.year is not None:
            return m.date
        pub = self.published
        if m.kind in ("dmy", "mdy") and m.month and m.day:
            if pub and m.relative in ("next year", "last year", "this year"):
                y = pub.year + {"next year": 1, "last year": -1}.get(m.relative, 0)
                return PartialDate(y, m.month, m.day) if _valid(y, m.month, m.day) else None
            if pub and pub.precision in ("day", "month"):
                near = _nearest_year(pub, m.month, m.day)
                if near is not None and m.future and near.end <= pub.start and _valid(near.year + 1, m.month, m.day):
                    # "will take place on 29-30 October" in April: the coming October, not the last
                    return PartialDate(near.year + 1, m.month, m.day)
                return near
            if pub:
                return PartialDate(pub.year, m.month, m.day) if _valid(pub.year, m.month, m.day) else None
            if m.weekday is not None:
                return self._by_weekday(m.month, m.day, m.weekday)
            return None
        if m.kind == "month" and m.month and pub and pub.precision in ("day", "month"):
            # a bare month is the nearest one the tense allows: past unless the sentence speaks
            # of the future ("November's summit" in February is last November)
            y = pub.year
            if m.future and m.month < (pub.month or 1):
                y += 1
            elif not m.future and m.month > (pub.month or 12):
                y -= 1
            return PartialDate(y, m.month)
        if m.kind == "month_rel" and m.month and pub:
            return PartialDate(pub.year + {"last": -1, "next": 1}.get(m.relative or "", 0), m.month)
        if m.kind == "offset" and m.offset is not None and pub and pub.precision == "day":
            return PartialDate.parse(pub.start + dt.timedelta(days=m.offset))
        if m.kind == "weekday" and pub and pub.precision == "day":
            return _weekday_near(pub.start, m.weekday, m.relative)
        if m.kind == "relative" and pub:
            return _relative(pub, m.relative or "")
        return None

    def _by_weekday(self, month: int, day: int, weekday: int, among: list[int] | None = None) -> PartialDate | None:
        cands = candidate_years(month, day, weekday, 1991, self.today.year)
        if among is not None:
            # the years other evidence allows (the people named held office then): one left decides
            cands = [y for y in cands if y in among]
            if len(cands) == 1:
                return PartialDate(cands[0], month, day)
        if not cands:
            return None
        if self.years:
            # Other dates in the text place it: take the candidate nearest to the latest year
            # named, preferring one not before it ("the 5th meeting in 2017" -> the 6th in 2018).
            ref = max(self.years)
            best = min(cands, key=lambda y: (abs(y - ref) + (0.5 if y < ref else 0)))
            if abs(best - ref) <= 3:
                return PartialDate(best, month, day)
            return None
        return PartialDate(cands[-1], month, day) if len(cands) == 1 else None


def _nearest_year(pub: PartialDate, month: int, day: int) -> PartialDate | None:
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        if _valid(y, month, day):
            d = dt.date(y, month, day)
            if best is None or abs((d - pub.start).days) < abs((best - pub.start).days):
                best = d
    return PartialDate.parse(best) if best else None


def _weekday_near(day: dt.date, weekday: int | None, rel: str | None) -> PartialDate | None:
    if weekday is None:
        return None
    delta = (weekday - day.weekday()) % 7
    if rel == "last" or (rel is None and delta > 3):
        delta = delta - 7 if delta else -7
    elif rel == "next" and delta == 0:
        delta = 7
    return PartialDate.parse(day + dt.timedelta(days=delta))


def _relative(pub: PartialDate, rel: str) -> PartialDate | None:
    rel = " ".join(rel.split())
    y = pub.year
    if rel in ("this year", "earlier this year", "later this year"):
        return PartialDate(y)
    if rel == "last year":
        return PartialDate(y - 1)
    if rel == "next year":
        return PartialDate(y + 1)
    if pub.precision == "year":
        return None
    if rel in ("today", "yesterday", "tomorrow") and pub.precision == "day":
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[rel]
        return PartialDate.parse(pub.start + dt.timedelta(days=shift))
    parts = rel.split()
    if len(parts) == 2 and parts[1] in MONTHS:
        month = MONTHS[parts[1]]
        cur = pub.month or 1
        if parts[0] == "last":
            return PartialDate(y if month < cur else y - 1, month)
        if parts[0] == "next":
            return PartialDate(y if month > cur else y + 1, month)
        return PartialDate(y, month)
    if rel in ("this month", "earlier this month", "later this month"):
        return PartialDate(y, pub.month)
    if rel in ("last month", "next month") and pub.month:
        shift = -1 if rel == "last month" else 1
        y2, m0 = divmod(y * 12 + pub.month - 1 + shift, 12)
        return PartialDate(y2, m0 + 1)
    return None


def most_common_year(mentions: list[DateMention]) -> int | None:
    c = Counter(m.year for m in mentions if m.year)
    return c.most_common(1)[0][0] if c else None
