"""Articles over HTTP: listing with totals, one article with its facts' evidence spans, and
uploads that need the server's bearer token."""

from __future__ import annotations

import httpx

import blocwatch
from blocwatch.api import create_app
from blocwatch.api.server import serve_in_thread

from .conftest import ARTICLE, TOKEN, write_article


def test_document_has_text_and_facts_with_spans(client, article):
    body = client.get(f"/api/documents/{article}").json()
    doc = body["document"]
    assert doc["text"] == ARTICLE and doc["published"] == "2024-02-23"
    kinds = sorted(f["kind"] for f in body["facts"])
    assert kinds == ["membership", "office"]
    for f in body["facts"]:
        (ev,) = f["evidence"]
        assert doc["text"][ev["start"]:ev["end"]] == ev["text"]
    assert body["facts"][0]["summary"] == "AM suspended of CSTO from 2024-02-22"


def test_documents_are_paginated_with_a_total(client, kb_path):
    ids = {write_article(kb_path, ARTICLE + f"Update {i}.\n") for i in range(3)}
    first = client.get("/api/documents", params={"limit": 2}).json()
    rest = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == rest["total"] == 3
    assert len(first["items"]) == 2 and len(rest["items"]) == 1
    assert {d["id"] for d in first["items"] + rest["items"]} == ids


def test_article_evidence_shows_in_status_sources(client, article):
    # The reference data keeps Armenia a member (the freeze is a stance); the article's reading
    # (suspended) is kept beside it, with the article as its source: the disagreement is visible.
    rows = client.get("/api/status/AM/CSTO", params={"at": "2024-06-01"}).json()["items"]
    by_status = {r["status"]: r for r in rows}
    assert set(by_status) == {"member", "suspended"}
    assert any(s["doc_id"] == article for s in by_status["suspended"]["sources"])
    assert all(s["kind"] == "reference" for s in by_status["member"]["sources"])


def test_upload_without_authorization_is_401(client):
    r = client.post("/api/documents", data={"text": ARTICLE})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert r.json()["error"]["type"] == "AuthError"


def test_upload_with_wrong_token_is_403(client):
    r = client.post("/api/documents", data={"text": ARTICLE}, headers={"Authorization": "Bearer nope"})
    assert r.status_code == 403 and "token" in r.json()["error"]["message"]


def test_writing_is_disabled_without_a_configured_token(kb_path):
    app = create_app(bw_factory=lambda: blocwatch.open(str(kb_path)))
    with serve_in_thread(app) as url:
        r = httpx.post(url + "/api/documents", data={"text": ARTICLE},
                       headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403
    assert r.json()["error"]["type"] == "WritingDisabledError" and "--token" in r.json()["error"]["message"]


def test_upload_with_token_needs_an_article(client):
    r = client.post("/api/documents", data={"text": "  "}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400 and r.json()["error"]["type"] == "DocumentError"


def test_upload_with_token_ingests_a_file(client):
    r = client.post("/api/documents", files={"file": ("armenia.txt", ARTICLE.encode(), "text/plain")},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    (doc,) = r.json()["documents"]
    stored = client.get(f"/api/documents/{doc['id']}").json()
    assert "Armenia has frozen its participation" in stored["document"]["text"]
    assert len(stored["facts"]) == doc["facts"]
    assert client.get("/api/documents").json()["total"] == 1


def test_upload_of_pasted_text_is_idempotent(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = client.post("/api/documents", data={"text": ARTICLE, "name": "pasted.txt"}, headers=auth)
    again = client.post("/api/documents", data={"text": ARTICLE, "name": "pasted.txt"}, headers=auth)
    assert first.status_code == again.status_code == 201, first.text
    assert first.json()["documents"][0]["id"] == again.json()["documents"][0]["id"]
    assert client.get("/api/documents").json()["total"] == 1


def test_unreadable_upload_is_400_with_the_reason(client):
    r = client.post("/api/documents", files={"file": ("blob.txt", bytes(range(256)) * 8, "application/octet-stream")},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400 and "blob.txt" in r.json()["error"]["message"]
