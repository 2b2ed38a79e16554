"""What a line of a pasted news page is: site furniture, a link, a caption, a credit, a date line.

The patterns are matched case-insensitively against whole lines only (after whitespace is
normalized), so a sentence that merely contains "read more" is never mistaken for furniture.
"""

from __future__ import annotations

import re

from .dates import DATE

#: Lines this long or longer are never furniture headings or link lines.
MAX_FURNITURE_WORDS = 16

#: Headings that start the site's own furniture (sidebars, teasers, newsletter boxes). Once
#: one of these or of LINK_BOX_HEADINGS appears after the article's body has begun, everything
#: after it is dropped except caption and source lines.
CUT_HEADINGS = (
    r"editor'?s'? (?:choice|picks?)",
    r"popular(?: now| articles| stories| news| posts)?",
    r"most (?:read|popular|viewed|shared|commented)(?: (?:articles|stories|news))?",
    r"more (?:news|stories|articles)",
    r"(?:latest|top|trending) (?:news|stories|articles|headlines)",
    r"trending(?: now)?",
    r"subscribe(?: to)?(?: our)? (?:newsletter|daily .{1,40}|updates)",
    r"(?:sign up|register) (?:for|to) (?:our )?.{0,40}newsletter.{0,40}",
    r"share (?:this|the) (?:article|story|page|post)?",
    r"share this",
    r"share on .{1,40}",
    r"tags?\s*:.*",
    r"topics?\s*:.*",
    r"(?:\d+\s+)?comments?(?: \(\d+\))?",
    r"leave a (?:comment|reply)",
    r"follow us(?: on .{1,40})?",
    r"about the author",
    r"all rights reserved.*",
    r"(?:©|\(c\)|copyright) .{0,80}",
)

#: Single lines dropped wherever they are: links to other articles, cookie notices, prompts.
#: ("Most read: <teaser>" is one dropped line; a bare "Most read:" is a heading that cuts.)
DROP_LINES = (
    r"see also(?: related content)?\s*:\s*\S.*",
    r"(?:read|see) also\s*:\s*\S.*",
    r"also read\s*:\s*\S.*",
    r"read more\s*:\s*\S.*",
    r"related(?: content| article| story)?\s*:\s*\S.*",
    r"(?:this (?:site|website) uses|we use) cookies.*",
    r"(?:accept|manage) (?:all )?cookies.*",
    r"cookie (?:policy|settings|notice).*",
    r"advertisement",
    r"(?:sponsored|promoted|partner content|advertorial|popular|most read|trending|editor'?s'? (?:choice|pick))\s*:\s*\S.*",
    r"(?:print|email|e-mail|whatsapp|facebook|twitter|telegram|linkedin)(?:\s*[|/·]\s*\w+)*",
)

#: Of those, the headings of a box of links to other articles, which pages also set in the
#: middle of an article ("Related readings:" between two paragraphs): the body goes on after the
#: box when a paragraph of prose follows (see `is_prose`).
LINK_BOX_HEADINGS = (
    r"related(?: articles?| content| news| stories| posts| readings?| links| coverage)?",
    r"see also",
    r"read more(?: (?:news|stories|articles))?",
    r"(?:also|further) read(?:ing)?",
    r"more (?:from|on|in|about) .{1,60}",
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)",
    r"recommended(?: for you| articles| stories)?",
)

_CUT = re.compile(r"^(?:%s)[.!:]?$" % "|".join(CUT_HEADINGS + LINK_BOX_HEADINGS), re.I)
_LINK_BOX = re.compile(r"^(?:%s)[.!:]?$" % "|".join(LINK_BOX_HEADINGS), re.I)
#: A paragraph of prose: longer than any teaser, ending as a sentence ends.
_PROSE_END = re.compile(r"[.!?][\"”’»)]?$")
_DROP = re.compile(r"^(?:%s)$" % "|".join(DROP_LINES), re.I)

#: A caption line: the whole line is kept as a "caption" section.
CAPTION = re.compile(r"^(?:photo(?:graph)?s?|image|picture|pictured|caption|pic|video)\s*:", re.I)
#: A source line: kept as a "source" section; its agencies become the document's credits.
SOURCE = re.compile(r"^sources?\s*:\s*", re.I)
#: A line that states when the article was published: "Published: 22 November 2018",
#: "By our Eurasia editor | 28 December 2022", "Analysis | 15 May 2017", "January 22, 2024 | Analysis",
#: "Dushanbe, 3 September 2011", "08/06/2016".
_PLACE = r"(?-i:[A-Z])[\w'’.\-]*(?:[ /](?-i:[A-Z])[\w'’.\-]*){0,2}"
DATE_LINE = re.compile(
    rf"^(?:(?:published|posted|date|first published|updated)(?:\s+on)?\s*:?\s*|by\s[^|·•]{{1,60}}?\s*[|·•]\s*"
    rf"|(?:[^|·•\n]{{1,40}}?\s*[|·•]\s*){{1,3}}|{_PLACE},\s+)?(?P<date>{DATE})"
    # after the date: "| Politics | our correspondent", ", Bishkek - Kabar-Press", "(state news agency)"
    rf"(?:\s*[|·•]\s*[^|·•\n]{{1,40}}|,\s*{_PLACE}(?:\s*[-–—]\s*(?-i:[A-Z])[\w\- ]{{1,30}})?|\s*\([^()\n]{{1,40}}\))*$", re.I)
#: A dateline opening the body: "MOSCOW, 21 November 2018 —", "Moscow, Nov. 21 (Agency) -",
#: "MOSCOW (Reuters) -". Needs a date or an agency, and a dash, to count.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’.\-]*(?:[ \-/][A-Z][\w'’.\-]*){0,3}(?:,\s*[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)?)?)"
    rf"(?:,\s+(?P<date>(?i:{DATE})))?"
    r"(?:\s*\((?P<agency>[^()]{2,40})\))?"
    r"\s*(?:—|–|--|-|:|(?<=\d)\.)\s+(?=\S)",  # "Minsk, 25.10.2013. Today ..." ends with the date's full stop
)


def _words(line: str) -> int:
    return len(line.split())


def is_cut_heading(line: str) -> bool:
    return _words(line) <= MAX_FURNITURE_WORDS and _CUT.match(line) is not None


def is_link_box(line: str) -> bool:
    """A heading of a box of links that may stand in the middle of an article."""
    return _words(line) <= MAX_FURNITURE_WORDS and _LINK_BOX.match(line) is not None


def is_prose(line: str) -> bool:
    """A paragraph of article prose, not a teaser: more words than any link line or teaser
    blurb, ending as a sentence ends."""
    return _words(line) > MAX_FURNITURE_WORDS * 2 and _PROSE_END.search(line) is not None


def is_dropped_line(line: str) -> bool:
    return _words(line) <= MAX_FURNITURE_WORDS * 2 and _DROP.match(line) is not None


_CREDIT_SPLIT = re.compile(r"\s*(?:[,;+]|\.\s+|\s(?:with|and)\s)\s*", re.I)


def credits_of(source_line: str) -> tuple[str, ...]:
    """Agencies named by a "source:" line: "source: commonspace.eu. with RIA Novosti" ->
    ("commonspace.eu", "RIA Novosti")."""
    body = SOURCE.sub("", source_line, count=1)
    out: list[str] = []
    for part in _CREDIT_SPLIT.split(body):
        part = part.strip(" .:-—–()[]\"'")
        if part.lower().startswith(("with ", "and ")):
            part = part.split(" ", 1)[1]
        if part and part not in out:
            out.append(part)
    return tuple(out)
