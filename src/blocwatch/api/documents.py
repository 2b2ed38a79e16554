"""Articles: list, read one with its facts and evidence spans, and upload new ones (bearer token)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile

from ..errors import DocumentError
from . import views
from .deps import ok, Page, get_bw, require, require_writer

router = APIRouter(prefix="/api", tags=["documents"])
Bw = Annotated[object, Depends(get_bw)]
_SUFFIXES = {".txt", ".html", ".htm", ".warc", ".gz", ".xml", ".rss", ".atom", ".md"}


@router.get("/documents", summary="Ingested articles, oldest first (paginated)")
def documents(bw: Bw, paging: Page):
    return ok(views.documents(bw, paging.limit, paging.offset))


@router.get("/documents/{doc_id}", summary="An article's text and its facts with evidence spans")
def document(bw: Bw, doc_id: str):
    return ok(views.document(bw, doc_id))


@router.post("/documents", status_code=201, dependencies=[Depends(require_writer)],
             summary="Ingest an article (file upload or pasted text); needs 'Authorization: Bearer TOKEN'")
def upload(request: Request, bw: Bw,
           file: Annotated[UploadFile | None, File(description="An article: .txt, .html, WARC or feed.")] = None,
           text: Annotated[str | None, Form(description="Article text, when no file is sent.")] = None,
           name: Annotated[str | None, Form(description="A name for pasted text, kept as its path.")] = None):
    """Stores the article and the facts extracted from it (201); ingesting the same text again
    changes nothing. A file the pipeline cannot read is a 400 naming the reason."""
    if file is None and not (text and text.strip()):
        raise DocumentError("Send an article: a 'file' upload or a non-empty 'text' form field.")
    filename = Path((file.filename if file else None) or name or "pasted.txt").name
    with request.app.state.write_lock:  # one writer at a time (SQLite has one anyway)
        if file is None:
            require(bw, "ingest_text")
            items = [bw.ingest_text(text, filename)]
        else:
            require(bw, "ingest")
            items = _ingest_upload(bw, file, filename)
    stored = [_stored(i) for i in items if hasattr(i, "document")]
    skipped = [{"path": filename, "reason": i.reason} for i in items if not hasattr(i, "document")]
    if not stored:
        reasons = "; ".join(s["reason"] for s in skipped) or "no article found"
        raise DocumentError(f"Nothing was ingested from {filename}: {reasons}.")
    return ok({"documents": stored, "skipped": skipped}, 201)


def _ingest_upload(bw, file: UploadFile, filename: str) -> list:
    data = file.file.read(bw.settings.max_file_bytes + 1)
    if len(data) > bw.settings.max_file_bytes:
        raise DocumentError(f"The upload is larger than {bw.settings.max_file_bytes} bytes; send a smaller file.")
    suffix = "".join(Path(filename).suffixes[-2:]) if Path(filename).suffix.lower() in _SUFFIXES else ".txt"
    items: list = []
    # The pipeline reads files (only ingest/ reads input: encodings, HTML, WARC), so the upload
    # goes through a temporary file.
    with tempfile.TemporaryDirectory(prefix="blocwatch-upload-") as tmp:
        path = Path(tmp) / (Path(filename).stem + suffix)
        path.write_bytes(data)
        bw.ingest([str(path)], on_item=items.append)
    return items


def _stored(result) -> dict:
    d = result.document
    return {"id": d.id, "title": d.title, "published": d.published.iso() if d.published else None,
            "facts": len(result.facts), "relevant": result.relevant, "url": f"/documents/{d.id}"}
