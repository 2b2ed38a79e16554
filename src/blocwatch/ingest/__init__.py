"""The ingest stage: the only part of blocwatch that reads files.

    from blocwatch.ingest import read_documents
    for item in read_documents(["articles/"], settings):
        ...  # a Document, or a Skipped saying why a file was not read

Modules by job: `read` walks inputs and picks a reader; `text` cleans pasted page text into
sections; `html` extracts an article from a page; `warc` streams web archives; `encoding`
turns bytes into text; `dates` and `furniture` know how pages write dates and site furniture.
"""

from __future__ import annotations

from .html import read_html_document
from .read import read_documents
from .skipped import Skipped
from .text import clean_text, read_text_document

__all__ = ["Skipped", "clean_text", "read_documents", "read_html_document", "read_text_document"]
