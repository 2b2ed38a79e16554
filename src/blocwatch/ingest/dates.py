"""Publication dates as pages write them: date lines, datelines and metadata timestamps.

Only what the page states becomes a date, at the precision it states: "November 2018" is a
month, "Sept 16" (no year) is no publication date at all.
"""

from __future__ import annotations

import re

from ..errors import DateError
from ..model import PartialDate

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?|\s*[+-]\d{2}:?\d{2})?)?"

#: One date expression (with an optional weekday before it and a time after it). Named groups
#: hold its parts; every form is tried in turn.
DATE = (
    rf"(?:{_WEEKDAY})?(?:"
    r"(?P<iy>\d{4})-(?P<im>\d{1,2})(?:-(?P<id>\d{1,2}))?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|(?P<dd>\d{1,2})(?P<sep>[./])(?P<dm>\d{1,2})(?P=sep)(?P<dy>\d{4})"  # day first, as the region's press writes
    rf"|(?P<ad>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<am>{_MONTH}),?(?:\s+\(?(?P<ay>\d{{4}})\)?)?"
    rf"|(?P<bm>{_MONTH})\s+(?P<bd>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+\(?(?P<by>\d{{4}})\)?)?"
    rf"|(?P<cm>{_MONTH})\s+(?P<cy>\d{{4}})"
    rf"){_TIME}"
)
_DATE_RE = re.compile(rf"^\s*{DATE}\s*$", re.I)


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def from_match(m: re.Match) -> PartialDate | None:
    """The PartialDate a match of DATE states, or None when it gives no year or is impossible."""
    g = m.groupdict()
    try:
        if g.get("iy"):
            return PartialDate(int(g["iy"]), int(g["im"]), int(g["id"]) if g["id"] else None)
        if g.get("dy"):
            return PartialDate(int(g["dy"]), int(g["dm"]), int(g["dd"]))
        if g.get("am"):
            return PartialDate(int(g["ay"]), _month(g["am"]), int(g["ad"])) if g["ay"] else None
        if g.get("bm"):
            return PartialDate(int(g["by"]), _month(g["bm"]), int(g["bd"])) if g["by"] else None
        if g.get("cm"):
            return PartialDate(int(g["cy"]), _month(g["cm"]))
    except DateError:
        return None
    return None


def parse_date(text: str) -> PartialDate | None:
    """A whole string that is one date ("22 November 2018", "2018-11-22T10:00Z",
    "Monday, 14 December 2020", "29.05.2019 18:05"), else None."""
    m = _DATE_RE.match(text)
    return from_match(m) if m else None


def is_date(text: str) -> bool:
    """True when the whole string is a date expression, with or without a year."""
    return _DATE_RE.match(text) is not None
