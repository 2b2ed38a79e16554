"""Errors are JSON {"error": {"type", "message"}} with the status the library error names."""

from __future__ import annotations

import pytest


def error(r, status):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    return r.json()["error"]


def test_unknown_org_is_404_with_suggestions(client):
    e = error(client.get("/api/members", params={"expr": "CSOT"}), 404)
    assert e["type"] == "UnknownNameError"
    assert "CSTO" in e["suggestions"] and "CSTO" in e["message"]


def test_unknown_state_in_path_is_404(client):
    e = error(client.get("/api/status/Atlantis/CSTO"), 404)
    assert "Atlantis" in e["message"]


@pytest.mark.parametrize("at", ["2018-13-01", "yesterday", "2019-02-30"])
def test_malformed_date_is_400(client, at):
    e = error(client.get("/api/members", params={"expr": "CIS", "at": at}), 400)
    assert e["type"] == "DateError" and e["message"]


def test_malformed_expression_is_400(client):
    e = error(client.get("/api/members", params={"expr": "CIS | (CSTO"}), 400)
    assert e["type"] == "ExpressionError"


@pytest.mark.parametrize("params", [{"expr": "CIS", "limit": 5000}, {"expr": "CIS", "offset": -1},
                                    {"expr": "CIS", "limit": "many"}, {}])
def test_invalid_parameters_are_422(client, params):
    e = error(client.get("/api/members", params=params), 422)
    assert e["type"] == "ValidationError" and e["details"]


def test_unknown_endpoint_and_document_are_404(client):
    assert error(client.get("/api/nothing-here"), 404)["type"] == "HTTPError"
    assert error(client.get("/api/documents/0000000000000000"), 404)["type"] == "UnknownNameError"


def test_web_page_errors_are_html(client):
    r = client.get("/states/Atlantis")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "Atlantis" in r.text
