"""Articles: list, read one with its facts and evidence spans, and upload new ones (bearer token)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile

from ..errors import DocumentError
from ..render import plain
from . import views
from .deps import Page, get_bw, require, require_writer

router = APIRouter(prefix="/api", tags=["documents"])
Bw = Annotated[object, Depends(get_bw)]
_SUFFIXES = {".txt", ".html", ".htm", ".warc", ".gz", ".xml", ".rss", ".atom", ".md"}


@router.get("/documents", summary="Ingested articles, oldest first (paginated)")
def documents(bw: Bw, paging: Page):
    return views.documents(bw, paging.limit, paging.offset)


@router.get("/documents/{doc_id}", summary="An article's text and its facts with evidence spans")
def document(bw: Bw, doc_id: str):
    return views.document(bw, doc_id)


@router.post("/documents", status_code=201, dependencies=[Depends(require_writer)],
             summary="Ingest an article (file upload or pasted text); needs 'Authorization: Bearer TOKEN'")
def upload(request: Request, bw: Bw,
           file: Annotated[UploadFile | None, File(description="An article: .txt, .html, WARC or feed.")] = None,
           text: Annotated[str | None, Form(description="Article text, when no file is sent.")] = None,
           name: Annotated[str | None, Form(description="A file name for pasted text (its suffix "
                                                        "tells text from HTML).")] = None):
    """Stores the article and the facts extracted from it; ingesting the same text twice changes
    nothing. Answers with what the Python API's `ingest` reports."""
    if file is None and not (text and text.strip()):
        raise DocumentError("Send an article: a 'file' upload or a non-empty 'text' form field.")
    require(bw, "ingest")
    filename = Path((file.filename if file else None) or name or "article.txt").name
    suffix = "".join(Path(filename).suffixes[-2:]) if Path(filename).suffix in _SUFFIXES else ".txt"
    data = file.file.read(bw.settings.max_file_bytes + 1) if file else text.encode("utf-8")
    if len(data) > bw.settings.max_file_bytes:
        raise DocumentError(f"The upload is larger than {bw.settings.max_file_bytes} bytes; send a smaller file.")
    # The pipeline reads files (only ingest/ reads input), so the upload goes through a temp file.
    with tempfile.TemporaryDirectory(prefix="blocwatch-upload-") as tmp:
        path = Path(tmp) / (Path(filename).stem + suffix)
        path.write_bytes(data)
        with request.app.state.write_lock:  # one writer at a time (SQLite has one anyway)
            result = bw.ingest([str(path)])
    return {"ingested": plain(result)}
