"""Reading an article's HTML page: main text, captions, metadata date, site."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from blocwatch.errors import DocumentError
from blocwatch.ingest import read_html_document
from blocwatch.model import PartialDate

DATA = Path(__file__).parent / "data"

PARAGRAPHS = (
    "<p>Defence ministers of the Collective Security Treaty Organization met in Bishkek on Tuesday "
    "to agree the calendar of joint exercises for the coming year.</p>"
    "<p>The ministers also discussed the situation on the border between Tajikistan and Afghanistan "
    "and the supply of equipment to the collective rapid reaction forces.</p>"
)


def page(head: str = "", body: str = PARAGRAPHS) -> str:
    return (f"<html><head><title>Ministers meet in Bishkek</title>{head}</head><body>"
            f"<article><h1>Ministers meet in Bishkek</h1>{body}</article></body></html>")


@pytest.fixture(scope="module")
def summit():
    path = DATA / "csto_minsk_summit.html"
    return read_html_document(path.read_bytes(), url="https://www.bordergazette.example/news/1",
                              path=str(path))


def test_main_text_without_nav_aside_footer(summit):
    assert "Leaders from Kazakhstan, Kyrgyzstan, Russia and Tajikistan took part." in summit.text
    for furniture in ("Zanzibar", "Dinamo", "Privacy policy", "Sport", "cookies", "Vitebsk", "Related"):
        assert furniture not in summit.text


def test_figcaption_of_the_article_becomes_a_caption(summit):
    captions = [summit.text[s.start:s.end] for s in summit.sections if s.kind == "caption"]
    assert captions == ["photo: Family photo of the heads of delegation in the Palace of Independence."]


def test_title_site_and_published(summit):
    assert summit.title == "CSTO leaders meet in Minsk"
    title = summit.sections[0]
    assert title.kind == "title" and summit.text[title.start:title.end] == summit.title
    assert summit.site == "Border Gazette"
    assert summit.published == PartialDate(2024, 11, 28)
    assert summit.url == "https://www.bordergazette.example/news/1"
    body = [summit.text[s.start:s.end] for s in summit.sections if s.kind == "body"]
    assert len(body) == 3 and body[0].startswith("The heads of state of the Collective Security")


def test_no_date_in_metadata_means_no_published_date():
    # the URL carries a date and the page is read today: neither is the publication date
    doc = read_html_document(page(), url="https://news.example/2015/03/12/ministers-meet")
    assert doc.published is None
    assert doc.site == "news.example"


def test_date_from_json_ld():
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "x"},
        {"@type": "NewsArticle", "headline": "Ministers meet", "datePublished": "2019-05-23T10:00:00+06:00"}]}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert read_html_document(page(head)).published == PartialDate(2019, 5, 23)


def test_date_from_time_element():
    body = '<p class="meta"><time datetime="2019-05-23">23 May</time></p>' + PARAGRAPHS
    assert read_html_document(page(body=body)).published == PartialDate(2019, 5, 23)


def test_date_line_in_the_text_when_metadata_has_none():
    body = "<p>Published: 23 May 2019</p>" + PARAGRAPHS
    assert read_html_document(page(body=body)).published == PartialDate(2019, 5, 23)


def test_page_with_no_article_text_is_an_error():
    html = ("<html><head><title>Index</title></head><body><nav><a href='/a'>Politics</a> "
            "<a href='/b'>Economy</a></nav><footer>All rights reserved.</footer></body></html>")
    with pytest.raises(DocumentError, match="HTML page has no article text"):
        read_html_document(html)


def test_cp1251_page_declared_in_meta():
    body = ("<p>Министры обороны государств ОДКБ встретились в Бишкеке во вторник и согласовали "
            "календарь совместных учений на следующий год.</p><p>Они также обсудили положение на "
            "таджикско-афганской границе и поставки техники силам быстрого реагирования.</p>")
    html = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', body)
    doc = read_html_document(html.encode("cp1251"))
    assert "Министры обороны государств ОДКБ встретились в Бишкеке" in doc.text
