"""Walk the inputs and read each file as text, HTML or WARC; one bad file never stops the rest.

Files are told apart by name first (.txt .md .html .htm .warc .warc.gz ...) and by their first
bytes when the name says nothing (no extension, or an unknown one).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import DocumentError
from ..model import Document
from ..settings import Settings
from .encoding import decode, declared_charset, is_binary
from .html import read_html_document
from .skipped import Skipped
from .text import read_text_document
from .warc import is_warc, read_warc

TEXT_SUFFIXES = frozenset({"", ".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_SNIFF = 2048


def read_documents(paths: Iterable[str | Path], settings: Settings) -> Iterator[Document | Skipped]:
    """Documents from files and directories (recursively, in sorted order, hidden files left out).

    Yields a Skipped, never raises, for a file that cannot be used.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, settings)
        elif path.exists():
            yield from _read_file(path, settings)
        else:
            yield Skipped(str(path), "no such file or directory; check the path", False)


def _walk(root: Path) -> list[Path]:
    """Every non-hidden file under root (hidden folders left out too), sorted by path."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found += [Path(dirpath) / name for name in filenames if not name.startswith(".")]
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _read_file(path: Path, settings: Settings) -> Iterator[Document | Skipped]:
    try:
        yield from _read(path, settings)
    except DocumentError as e:
        yield Skipped(str(path), _one_line(e), False)
    except OSError as e:
        yield Skipped(str(path), f"unreadable: {e.strerror or e}; check the file's permissions", True)
    except Exception as e:  # noqa: BLE001 - one bad file must not stop a batch
        yield Skipped(str(path), f"unexpected error while reading ({type(e).__name__}: {_one_line(e)})",
                      True)


def _read(path: Path, settings: Settings) -> Iterator[Document | Skipped]:
    if is_warc(path):
        yield from read_warc(path, settings)
        return
    size = path.stat().st_size
    limit = settings.max_file_bytes
    if size > limit:
        yield Skipped(str(path), f"file is {size:,} bytes, larger than the limit of {limit:,} bytes "
                                 "(settings.max_file_bytes); raise the limit to read it", False)
        return
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if not data.strip():
        raise DocumentError("empty file")
    if is_binary(data):
        raise DocumentError("binary file (not text, HTML or WARC)")
    kind = _kind(path, data)
    if kind == "warc":
        yield from read_warc(path, settings)
    elif kind == "html":
        yield read_html_document(decode(data, declared=declared_charset(data)), path=str(path))
    elif kind == "text":
        text = decode(data)
        if not text.strip():
            raise DocumentError("empty file")
        yield read_text_document(text, path=str(path))
    else:
        yield Skipped(str(path), f"unsupported file type {path.suffix!r} (blocwatch reads .txt, .md, "
                                 ".html, .htm, .warc, .warc.gz and files with no extension)", False)


def _kind(path: Path, data: bytes) -> str | None:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    head = data[:_SNIFF].lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    looks_html = head.startswith((b"<!doctype html", b"<html")) or b"<html" in head
    if suffix in TEXT_SUFFIXES:
        return "html" if looks_html and suffix == "" else "text"
    return "html" if looks_html else None


def _one_line(e: Exception) -> str:
    return " ".join(str(e).split())
