"""Read an article's HTML page: trafilatura finds the main text, lxml adds what it leaves out.

trafilatura drops figure captions, which in news about summits often list the participants,
so the captions inside the article area are appended as "photo: ..." lines. The publication
date is read from the page's own metadata only (never guessed from the URL or the crawl date);
failing that, from a date line in the text.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree

from ..errors import DocumentError
from ..model import Document, PartialDate
from .dates import parse_date
from .encoding import decode, declared_charset
from .furniture import CAPTION
from .text import clean_text, document_from, normalize_line

#: Pages whose article body has fewer words than this are skipped as having no article text.
MIN_ARTICLE_WORDS = 20

_ARTICLE_AREA = ("//article", "//main", "//*[@role='main']", "//*[@itemprop='articleBody']")
_OUTSIDE_ARTICLE = "ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header"

_META_DATE_PROPERTIES = ("article:published_time", "og:published_time", "og:article:published_time")
_META_DATE_NAMES = ("datepublished", "pubdate", "publishdate", "publish_date", "publication_date",
                    "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created",
                    "article.published", "parsely-pub-date", "sailthru.date")


def read_html_document(html: str | bytes, url: str | None = None, path: str | None = None) -> Document:
    """A Document from an article's HTML page.

    Raises DocumentError when the page has no article text (under MIN_ARTICLE_WORDS words).
    """
    if isinstance(html, bytes):
        html = decode(html, declared=declared_charset(html))
    if not html.strip():
        raise DocumentError("empty file: the HTML page has no content; check the file.")
    tree = _parse(html)
    extracted = trafilatura.bare_extraction(
        html, url=url, favor_precision=True, with_metadata=True, include_comments=False,
        include_images=False, include_links=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    title = _clean(getattr(extracted, "title", None))
    main = getattr(extracted, "text", None) or ""
    captions = _captions(tree) if tree is not None else []

    clean = clean_text(_assemble(title, main, captions))
    words = sum(len(clean.text[s.start:s.end].split()) for s in clean.sections if s.kind == "body")
    if words < MIN_ARTICLE_WORDS:
        raise DocumentError(
            f"HTML page has no article text ({words} words found, {MIN_ARTICLE_WORDS} needed); "
            "it may be an index, a login wall or a script-rendered page.")
    published = _published(tree) if tree is not None else None
    return document_from(clean, path=path, url=url, site=_site(tree, url), title=title,
                         published=published)


def _parse(html: str):
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        # ValueError: a str with an XML encoding declaration; parse its bytes instead.
        try:
            return lxml.html.document_fromstring(html.encode("utf-8"))
        except (etree.ParserError, ValueError):
            return None


def _clean(text: str | None) -> str | None:
    return normalize_line(text) or None if text else None


def _assemble(title: str | None, main: str, captions: list[str]) -> str:
    """The page as the text cleaner expects it: headline, paragraphs, then caption lines."""
    paragraphs = [p for p in (normalize_line(line) for line in main.split("\n")) if p]
    caption_set = set(captions)
    paragraphs = [p for p in paragraphs if p not in caption_set]  # moved to the end as captions
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    paragraphs += [c if CAPTION.match(c) else f"photo: {c}" for c in captions]
    return "\n\n".join(paragraphs)


def _article_area(tree) -> list:
    for xp in _ARTICLE_AREA:
        found = tree.xpath(xp)
        if found:
            return found
    return []


def _captions(tree) -> list[str]:
    """Texts of <figcaption> elements in the article area (or outside nav, aside, footer)."""
    area = _article_area(tree)
    if area:
        nodes = [fc for a in area for fc in a.iter("figcaption")]
    else:
        nodes = tree.xpath(f"//figcaption[not({_OUTSIDE_ARTICLE})]")
    out: list[str] = []
    for node in nodes:
        text = normalize_line(node.text_content())
        if text and text not in out:
            out.append(text)
    return out


def _published(tree) -> PartialDate | None:
    """The publication date the page's metadata states: meta tags, JSON-LD, <time datetime>."""
    for value in _date_values(tree):
        date = parse_date(value)
        if date:
            return date
    return None


def _date_values(tree):
    for meta in tree.iter("meta"):
        prop = (meta.get("property") or "").lower()
        name = (meta.get("name") or meta.get("itemprop") or "").lower()
        if prop in _META_DATE_PROPERTIES or name in _META_DATE_NAMES:
            yield meta.get("content") or ""
    for node in tree.xpath("//*[@itemprop='datePublished']"):
        yield node.get("content") or node.get("datetime") or node.text_content()
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            yield from _json_ld_dates(json.loads(script.text_content()))
        except (ValueError, RecursionError):
            continue
    area = _article_area(tree) or [tree]
    for a in area:
        for node in a.iter("time"):
            if node.get("datetime") and not node.xpath(_OUTSIDE_ARTICLE):
                yield node.get("datetime")
                return  # the first <time> of the article is its date; later ones are other dates


def _json_ld_dates(data):
    if isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str):
            yield value
        for v in data.values():
            if isinstance(v, (dict, list)):
                yield from _json_ld_dates(v)
    elif isinstance(data, list):
        for item in data:
            yield from _json_ld_dates(item)


def _site(tree, url: str | None) -> str | None:
    if tree is not None:
        for meta in tree.iter("meta"):
            if (meta.get("property") or meta.get("name") or "").lower() == "og:site_name":
                name = normalize_line(meta.get("content") or "")
                if name:
                    return name
    if url:
        host = urlsplit(url).hostname or ""
        return re.sub(r"^www\d?\.", "", host) or None
    return None
