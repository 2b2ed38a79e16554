"""Clean a news page pasted as plain text into a Document with sections.

The shape this expects (and what the HTML reader produces too): a headline, the body in
paragraphs, then "source: ..." and "photo: ..." lines, then the site's furniture (related
articles, popular, newsletter boxes). The furniture is cut, captions and source lines are kept
as their own sections, and the date the page states is read from a date line or a dateline.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..errors import DocumentError
from ..model import Document, PartialDate, Section
from . import furniture as F
from .dates import from_match

#: A first line longer than this is a paragraph, not a headline.
MAX_TITLE_WORDS = 25

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[^\S\n]+")
# "on Monday.The meeting": a sentence glued to the next one. Two lowercase letters before the
# stop keep abbreviations ("N.Patrushev", "St.Petersburg") and domains ("commonspace.eu") intact.
_LINE_END = re.compile(r"[.!?:;\"”’»)\]]$")
_GLUED = re.compile(r"(?<=[a-z][a-z][.!?])(?=[A-Z][a-z])")


@dataclass(frozen=True)
class CleanText:
    """The cleaned text of a page and what the cleaning found in it."""

    text: str
    sections: tuple[Section, ...]
    title: str | None
    published: PartialDate | None
    credits: tuple[str, ...]


def normalize_line(line: str) -> str:
    """Collapse runs of whitespace, trim, and separate sentences glued at a full stop."""
    return _GLUED.sub(" ", _SPACES.sub(" ", line).strip())


def _lines(raw: str) -> list[str]:
    raw = _INVISIBLE.sub("", unicodedata.normalize("NFC", raw))
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    return [normalize_line(line) for line in raw.split("\n")]


class _Builder:
    """Appends pieces of text and records their sections, so offsets are right by construction."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.sections: list[Section] = []

    def add(self, kind: str, text: str, sep: str) -> None:
        if self.length:
            self.parts.append(sep)
            self.length += len(sep)
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        last = self.sections[-1] if self.sections else None
        if kind == "body" and last and last.kind == "body" and sep != "\n\n":
            self.sections[-1] = Section("body", last.start, self.length)  # same paragraph
        else:
            self.sections.append(Section(kind, start, self.length))

    @property
    def last_kind(self) -> str | None:
        return self.sections[-1].kind if self.sections else None


def _is_title(line: str, rest: list[str]) -> bool:
    if len(line.split()) > MAX_TITLE_WORDS or not any(rest):
        return False
    if F.CAPTION.match(line) or F.SOURCE.match(line) or F.DATE_LINE.match(line):
        return False
    return _dateline(line) is None


def _dateline(line: str) -> re.Match | None:
    m = F.DATELINE.match(line)
    return m if m and (m.group("date") or m.group("agency")) else None


def _wrapped(previous: str, line: str) -> bool:
    return not _LINE_END.search(previous) and line[:1].islower()


def clean_text(raw: str) -> CleanText:
    """Clean pasted page text; see the module docstring for what is kept and what is cut."""
    lines = _lines(raw)
    out = _Builder()
    title: str | None = None
    published: PartialDate | None = None
    credits: list[str] = []
    body_started = in_furniture = in_link_box = title_decided = False
    new_paragraph = True

    for i, line in enumerate(lines):
        if not line:
            new_paragraph = True
            continue
        sep = "\n\n" if new_paragraph else "\n"
        if in_link_box and new_paragraph and F.is_prose(line):
            in_furniture = in_link_box = False  # a box of links in mid-article: the body goes on
        if in_furniture and not (F.CAPTION.match(line) or F.SOURCE.match(line)):
            if F.is_cut_heading(line):
                in_link_box = F.is_link_box(line)  # "Editor's choice" after the links: the page's end
            continue
        if F.CAPTION.match(line):
            out.add("caption", line, "\n\n")
        elif F.SOURCE.match(line):
            out.add("source", line, "\n\n")
            credits.extend(c for c in F.credits_of(line) if c not in credits)
        elif F.is_dropped_line(line):
            continue
        elif F.is_cut_heading(line):
            in_furniture = body_started  # before the body, it is a stray line: drop only it
            in_link_box = in_furniture and F.is_link_box(line)
            continue
        elif not title_decided and _is_title(line, lines[i + 1:]):
            title = line
            out.add("title", line, "\n\n")
        elif (date_line := F.DATE_LINE.match(line)) and (not body_started or date_line.group(0) != date_line.group("date")):
            # A bare date counts only before the body; a "Published: ..." line anywhere.
            out.add("dateline", line, "\n\n")
            published = published or from_match(date_line)
        elif not body_started and (dl := _dateline(line)):
            head, rest = line[:dl.end()].rstrip(), line[dl.end():]
            out.add("dateline", head, sep)
            out.add("body", rest, " ")
            if dl.group("date"):
                published = published or from_match(dl)
            agency = (dl.group("agency") or "").strip()
            if agency and agency not in credits:
                credits.append(agency)
            body_started = True
        else:
            if new_paragraph or out.last_kind != "body":
                sep = "\n\n"
            elif _wrapped(out.parts[-1], line):
                sep = " "  # a hard-wrapped sentence goes on: rejoin it
            out.add("body", line, sep)
            body_started = True
        title_decided = True
        new_paragraph = False

    return CleanText("".join(out.parts), tuple(out.sections), title, published, tuple(credits))


def read_text_document(text: str, path: str | None = None) -> Document:
    """A Document from the text of a page pasted as plain text.

    Raises DocumentError when nothing is left after cleaning.
    """
    if not text.strip():
        raise DocumentError("empty file: there is no text to read")
    clean = clean_text(text)
    if not clean.text.strip():
        raise DocumentError("no article text: nothing is left once site furniture and links are "
                            "removed; check that the file holds an article")
    return document_from(clean, path=path)


def document_from(clean: CleanText, *, path: str | None = None, url: str | None = None,
                  site: str | None = None, title: str | None = None,
                  published: PartialDate | None = None) -> Document:
    """The Document for cleaned text; explicit metadata (from HTML) wins over what the text says."""
    return Document(
        id=Document.make_id(clean.text), text=clean.text, title=title or clean.title, site=site,
        url=url, published=published or clean.published, path=path, sections=clean.sections,
        credits=clean.credits,
    )
