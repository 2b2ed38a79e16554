"""Telling furniture, links, captions and credits from article text."""

from __future__ import annotations

import pytest

from blocwatch.ingest.furniture import CAPTION, credits_of, is_cut_heading, is_dropped_line


@pytest.mark.parametrize("line", [
    "Related articles", "RELATED CONTENT", "Editor's choice", "Popular", "Most read", "Read more",
    "More from Central Asia", "You may also like", "Subscribe to our newsletter", "Share this",
    "Tags: CSTO, Belarus, summit",
])
def test_cut_headings(line):
    assert is_cut_heading(line)


@pytest.mark.parametrize("line", [
    "Popular protests shook the capital in January and the government asked the alliance for help.",
    "Read more than forty pages of the declaration and you find no word about Armenia.",
    "More than six thousand troops were deployed under the CSTO flag within two days.",
])
def test_sentences_are_not_headings(line):
    assert not is_cut_heading(line)


@pytest.mark.parametrize("line", [
    "See also related content: Belarus to sell more arms",
    "See also: Armenia and the EU sign a memorandum",
    "Read also: Kazakhstan hosts drills",
    "This site uses cookies. Accept",
])
def test_dropped_lines(line):
    assert is_dropped_line(line)


def test_caption_prefixes():
    for line in ("photo: A", "Photo: A", "image: A", "Caption: A", "Pictured: A"):
        assert CAPTION.match(line)
    assert not CAPTION.match("Photographers waited outside the hall.")


@pytest.mark.parametrize("line, credits", [
    ("source: commonspace.eu. with RIA Novosti", ("commonspace.eu", "RIA Novosti")),
    ("Source: TASS, Interfax; BelTA", ("TASS", "Interfax", "BelTA")),
    ("Sources: Kabar and AKIpress", ("Kabar", "AKIpress")),
    ("source: Radio Free Europe/Radio Liberty", ("Radio Free Europe/Radio Liberty",)),
    ("source: eurasia-desk.example", ("eurasia-desk.example",)),
])
def test_credits_of(line, credits):
    assert credits_of(line) == credits
