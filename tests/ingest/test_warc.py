"""Web archives: every HTML or text response becomes a Document with the page's URL."""

from __future__ import annotations

from io import BytesIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from blocwatch.ingest import Skipped, read_documents
from blocwatch.model import Document, PartialDate
from blocwatch.settings import Settings

ARTICLE = """<html><head><title>{title}</title>{meta}</head><body><nav>Home | World | Sport</nav>
<article><h1>{title}</h1>
<p>{lead} The session of the council was held behind closed doors and lasted about three hours.</p>
<p>Officials said the leaders agreed to meet again next year and signed a joint statement on security.</p>
</article><aside>Related articles: Zanzibar spice festival draws record crowds</aside></body></html>"""


def _response(writer: WARCWriter, uri: str, payload: bytes, content_type: str, status: str = "200 OK"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=BytesIO(payload), http_headers=headers)
    writer.write_record(record)


def write_warc(path, gzip: bool) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "blocwatch tests"}))
        _response(writer, "https://news.example/csto-yerevan", ARTICLE.format(
            title="CSTO summit opens in Yerevan", lead="Leaders of the alliance met in Yerevan on Monday.",
            meta='<meta property="article:published_time" content="2016-10-14T12:00:00+04:00">').encode(),
            "text/html; charset=utf-8")
        writer.write_record(writer.create_warc_record(
            "https://news.example/logo.png", "request", payload=BytesIO(b"GET /logo.png HTTP/1.1\r\n\r\n")))
        _response(writer, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png")
        _response(writer, "https://news.example/cis-moscow", ARTICLE.format(
            title="CIS security chiefs meet in Moscow", lead="Security council secretaries (секретари советов безопасности) met in Moscow.",
            meta="").encode("cp1251"), "text/html; charset=windows-1251")


@pytest.mark.parametrize("name, gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_html_responses_become_documents(tmp_path, name, gzip):
    path = tmp_path / name
    write_warc(path, gzip)
    items = list(read_documents([path], Settings(db=":memory:")))
    docs = [i for i in items if isinstance(i, Document)]
    skipped = [i for i in items if isinstance(i, Skipped)]

    assert [d.url for d in docs] == ["https://news.example/csto-yerevan", "https://news.example/cis-moscow"]
    assert [d.title for d in docs] == ["CSTO summit opens in Yerevan", "CIS security chiefs meet in Moscow"]
    assert all(d.path == str(path) for d in docs)
    assert "Zanzibar" not in docs[0].text and "Home | World" not in docs[0].text
    # the page's metadata date only; the crawl date (WARC-Date, today) is never used
    assert docs[0].published == PartialDate(2016, 10, 14)
    assert docs[1].published is None
    assert "секретари советов безопасности" in docs[1].text  # charset from the HTTP header

    assert len(skipped) == 1
    assert skipped[0].path.endswith("#https://news.example/logo.png")
    assert "image/png" in skipped[0].reason and not skipped[0].failed


def test_record_over_the_size_limit_is_skipped(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip=True)
    items = list(read_documents([path], Settings(db=":memory:", max_file_bytes=100)))
    reasons = [i.reason for i in items if isinstance(i, Skipped)]
    assert len(reasons) == 3
    assert sum("larger than the limit of 100 bytes" in r for r in reasons) == 2


def test_damaged_warc_is_reported_not_raised(tmp_path):
    path = tmp_path / "broken.warc"
    write_warc(path, gzip=False)
    with open(path, "ab") as fh:
        fh.write(b"this is not a WARC record\r\n\r\n")
    items = list(read_documents([path], Settings(db=":memory:")))
    assert [type(i).__name__ for i in items] == ["Document", "Skipped", "Document", "Skipped"]
    items = items[-1:]
    assert items[0].failed and "damaged WARC file" in items[0].reason
