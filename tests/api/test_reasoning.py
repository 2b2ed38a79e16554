"""Charter rules and claims over HTTP: the JSON twins of chair, accession, check, conflicts, diff."""

from __future__ import annotations


def test_check_judges_claims(client):
    r = client.post("/api/check", json={"text": "Armenia is a member of the Eurasian Economic Union.",
                                        "at": "2020-01-01"})
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert items and items[0]["verdict"] == "supported"
    assert items[0]["claim"]["text"] and items[0]["explanation"]


def test_check_rejects_empty_text_with_422(client):
    r = client.post("/api/check", json={"text": ""})
    assert r.status_code == 422 and r.json()["error"]["type"] == "ValidationError"


def test_chair_and_accession_answer(client):
    chair = client.get("/api/chair/CSTO", params={"at": "2013-12-01"})
    assert chair.status_code == 200, chair.text
    assert (chair.json()["state"], chair.json()["since"]) == ("RU", "2013-09-23")
    acc = client.get("/api/accession/AZ/CSTO", params={"at": "2020-01-01"}).json()
    assert (acc["state"], acc["status"], acc["rule"]) == ("AZ", "non-member", "consensus")


def test_reasoning_errors_are_json(client):
    r = client.get("/api/chair/NOPE")
    assert r.status_code == 404 and r.json()["error"]["type"] == "UnknownNameError"


def test_diff_and_conflicts_are_paginated(client):
    d = client.get("/api/diff", params={"from": "2012-01-01", "to": "2024-06-01", "org": "CSTO"}).json()
    assert d["total"] >= 1 and len(d["items"]) == min(d["total"], 100)
    uz = [c for c in d["items"] if c["subject"] == "Uzbekistan" and c["kind"] == "membership"]
    assert uz and uz[0]["after"] == "suspended"
    c = client.get("/api/conflicts", params={"limit": 5}).json()
    assert c["limit"] == 5 and "total" in c
