"""Read the pages of a web archive (WARC, plain or gzipped) as Documents.

Every response (or resource) record with an HTML or plain-text payload becomes a Document whose
url is the record's WARC-Target-URI. The crawl date (WARC-Date) is when the page was fetched,
not when it was published, so it is never used as the publication date.

The file is streamed record by record; settings.max_file_bytes limits each payload, not the
archive, since archives are routinely far larger than any article.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import DocumentError
from ..model import Document
from ..settings import Settings
from .encoding import decode, declared_charset
from .html import read_html_document
from .skipped import Skipped
from .text import read_text_document

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)


def is_warc(path: Path, head: bytes = b"") -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz")) or head.startswith(b"WARC/")


def read_warc(path: Path, settings: Settings) -> Iterator[Document | Skipped]:
    """Documents (and Skipped records) from one WARC file, in archive order."""
    seen = 0
    with open(path, "rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type not in ("response", "resource"):
                    continue
                seen += 1
                yield _read_record(record, path, settings)
        except ArchiveLoadFailed as e:
            yield Skipped(str(path), f"damaged WARC file after {seen} records: {_one_line(e)}", True)


def _read_record(record, path: Path, settings: Settings) -> Document | Skipped:
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{path}#{uri}"
    if record.rec_type == "response":
        if record.http_headers is None:
            return Skipped(where, "WARC response record has no HTTP headers", False)
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return Skipped(where, f"HTTP status {status}, not a page", False)
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    mime, charset = _content_type(content_type)
    if mime and mime not in HTML_TYPES + TEXT_TYPES:
        return Skipped(where, f"WARC record is {mime}, not HTML or text", False)

    limit = settings.max_file_bytes
    payload = record.content_stream().read(limit + 1)
    if len(payload) > limit:
        return Skipped(where, f"WARC record payload is larger than the limit of {limit:,} bytes "
                              "(settings.max_file_bytes); raise the limit to read it", False)
    if not payload.strip():
        return Skipped(where, "empty WARC record", False)
    try:
        if mime in HTML_TYPES or (not mime and b"<html" in payload[:2048].lower()):
            html = decode(payload, declared=charset or declared_charset(payload))
            return read_html_document(html, url=uri or None, path=str(path))
        doc = read_text_document(decode(payload, declared=charset), path=str(path))
        return replace(doc, url=uri or None)
    except DocumentError as e:
        return Skipped(where, _one_line(e), False)


def _content_type(value: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in value.split(";")]
    mime = parts[0].lower() if parts else ""
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in parts[1:]
                    if p.lower().startswith("charset=")), None)
    return mime, charset


def _one_line(e: Exception) -> str:
    return " ".join(str(e).split())
