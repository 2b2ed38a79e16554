"""Records that flow between the stages: partial dates, entities, documents, facts, evidence.

All records are frozen dataclasses; stages pass these, never nested dicts.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import DateError

_DATE_RE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day.

    It stands for a period: ``2018`` is all of 2018, ``2018-11`` all of November 2018.
    ``start`` is the first day of the period and ``end`` the first day after it.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        # 9999 is left out so that every period's end (the first day after it) is a real date.
        if not 1 <= self.year <= 9998:
            raise DateError(f"Year {self.year} is out of range (1-9998); use YYYY[-MM[-DD]].")
        if self.month is None and self.day is not None:
            raise DateError("A day needs a month; use YYYY-MM-DD.")
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateError(f"Month {self.month} is out of range in {self.year}-{self.month}; use 01-12.")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]  # type: ignore[arg-type]
            if not 1 <= self.day <= last:
                raise DateError(
                    f"Day {self.day} does not exist in {self.year}-{self.month:02d} (it has {last} days)."
                )

    @classmethod
    def parse(cls, value: "str | dt.date | PartialDate | int") -> "PartialDate":
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int):
            return cls(value)
        m = _DATE_RE.match(str(value))
        if not m:
            raise DateError(f"Malformed date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2018-11-21).")
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None)

    @classmethod
    def parse_opt(cls, value: Any) -> "PartialDate | None":
        if value is None or value == "":
            return None
        return cls.parse(value)

    @classmethod
    def today(cls) -> "PartialDate":
        return cls.parse(dt.date.today())

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def end(self) -> dt.date:
        """The first day after the period."""
        if self.day:
            return self.start + dt.timedelta(days=1)
        if self.month:
            return dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return dt.date(self.year + 1, 1, 1)

    def following(self) -> "PartialDate":
        """The next period of the same precision: the exclusive end of this one."""
        e = self.end
        if self.day:
            return PartialDate(e.year, e.month, e.day)
        if self.month:
            return PartialDate(e.year, e.month)
        return PartialDate(e.year)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day < self.end

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def __str__(self) -> str:
        return self.iso()


def iso_or_none(value: PartialDate | None) -> str | None:
    return value.iso() if value else None


@dataclass(frozen=True)
class Entity:
    """Anything facts are about: a state, an organization, a body, a person, a place, a group."""

    id: str  # "state:AM", "org:CSTO", "body:CSTO/collective-security-council", "person:..."
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> str:
        """The id without its kind prefix: "AM" for "state:AM"."""
        return self.id.split(":", 1)[1]


@dataclass(frozen=True)
class Source:
    """Where a piece of evidence comes from: a cited public reference or an ingested document."""

    id: str
    kind: str  # "reference" | "document"
    title: str
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    accessed: str | None = None

    @classmethod
    def of_document(cls, doc: "Document") -> "Source":
        """The source that an ingested document's evidence cites ("doc:<id>")."""
        return cls(f"doc:{doc.id}", "document", doc.title or doc.path or doc.url or doc.id, doc.url, doc.site,
                   doc.published.iso() if doc.published else None)


@dataclass(frozen=True)
class Section:
    """A part of a document's cleaned text, by character offsets."""

    kind: str  # "title" | "body" | "caption" | "source" | "dateline"
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """A cleaned article: id is a hash of its text."""

    id: str
    text: str
    title: str | None = None
    site: str | None = None
    url: str | None = None
    published: PartialDate | None = None
    path: str | None = None
    sections: tuple[Section, ...] = ()
    credits: tuple[str, ...] = ()  # "source:" line agencies, e.g. ("commonspace.eu", "RIA Novosti")

    @staticmethod
    def make_id(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def section_at(self, offset: int) -> Section | None:
        for s in self.sections:
            if s.start <= offset < s.end:
                return s
        return None


@dataclass(frozen=True)
class Evidence:
    """Why a fact is believed: a span of a document, or a cited reference source."""

    source_id: str
    doc_id: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None
    extractor: str = "reference"
    confidence: float = 1.0
    reported: str | None = None  # report time: when the source stated it (ISO partial date)
    source_title: str | None = field(default=None, compare=False)
    source_url: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Link:
    """An entity that takes part in a fact in a role (a meeting's participant state, say)."""

    role: str
    entity_id: str
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Fact:
    """A typed assertion that holds over [valid_from, valid_to).

    kind: membership | office | meeting | chairmanship | stance | claim
    subject/object: entity ids (membership: state, org; office: person, org-or-state;
    meeting: meeting id, org; chairmanship: state, org; stance: state, org).
    value: status, office name, body, action...
    """

    kind: str
    subject: str
    object: str | None
    value: str | None
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    links: tuple[Link, ...] = field(default=(), compare=False, hash=False)
    evidence: tuple[Evidence, ...] = field(default=(), compare=False, hash=False)

    @property
    def id(self) -> str:
        """Natural key: the same assertion from two sources is one fact with two evidences."""
        key = [self.kind, self.subject, self.object, self.value,
               iso_or_none(self.valid_from), iso_or_none(self.valid_to),
               json.dumps(self.attrs.get("key", {}), sort_keys=True)]
        return hashlib.sha1("\x1f".join(str(k) for k in key).encode()).hexdigest()[:20]

    def holds_on(self, day: dt.date) -> bool:
        lo = self.valid_from.start if self.valid_from else dt.date.min
        hi = self.valid_to.start if self.valid_to else dt.date.max
        return lo <= day < hi


@dataclass(frozen=True)
class Mention:
    """A span of a document's text that names a known (or newly seen) entity."""

    start: int
    end: int
    text: str
    entity_id: str  # "state:AM", "org:CSTO", "person:valery-semerikov", "group:baltic-states"...
    kind: str  # state | demonym | org | body | office | person | place | group

    @property
    def key(self) -> str:
        return self.entity_id.split(":", 1)[1]
