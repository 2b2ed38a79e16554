"""The read-only JSON API against a live server: members, status, holders, history, states, map."""

from __future__ import annotations

import pytest


def codes(body) -> set[str]:
    return {m["state"] for m in body["items"]}


def test_members_set_difference_at_a_date(client):
    r = client.get("/api/members", params={"expr": "CIS - CSTO", "at": "2018-11-21"})
    assert r.status_code == 200
    body = r.json()
    assert {"AZ", "MD"} <= codes(body)
    assert not codes(body) & {"RU", "AM", "BY", "KZ", "KG", "TJ"}
    assert body["total"] == len(body["items"])


def test_members_union_intersection_and_groups(client):
    union = codes(client.get("/api/members", params={"expr": "CSTO | EAEU", "at": "2016-06-01"}).json())
    both = codes(client.get("/api/members", params={"expr": "CSTO & EAEU", "at": "2016-06-01"}).json())
    outside = codes(client.get("/api/members", params={"expr": "former-soviet - (CIS | CSTO | EAEU)",
                                                        "at": "2016-06-01"}).json())
    assert both <= union and both == {"AM", "BY", "KZ", "KG", "RU"}
    assert {"TJ"} <= union - both
    assert {"EE", "LV", "LT", "GE", "UA"} <= outside and not outside & union


def test_members_over_time_uzbekistan_csto(client):
    def csto(at):
        return codes(client.get("/api/members", params={"expr": "CSTO", "at": at}).json())
    assert "UZ" in csto("2010-06-01")
    assert "UZ" not in csto("2013-06-01")


def test_members_any_status_lists_each_org(client):
    body = client.get("/api/members", params={"expr": "CIS | CSTO | EAEU", "at": "2024-06-01",
                                              "status": "any"}).json()
    uz = next(m for m in body["items"] if m["state"] == "UZ")
    assert uz["memberships"] == {"CIS": "member", "CSTO": "suspended", "EAEU": "observer"}
    assert uz["sources"], "every answer carries its sources"


def test_status_with_sources(client):
    r = client.get("/api/status/Uzbekistan/CSTO", params={"at": "2024-06-01"})
    assert r.status_code == 200
    (row,) = r.json()["items"]
    assert (row["state"], row["org"], row["status"]) == ("UZ", "CSTO", "suspended")
    assert row["since"] == "2012-12-19" and row["sources"]


def test_holders_and_history(client):
    holders = client.get("/api/holders/CSTO", params={"office": "Secretary General", "at": "2020-06-01"}).json()
    assert [h["name"] for h in holders["items"]] == ["Stanislav Zas"]
    hist = client.get("/api/history/GE").json()
    cis = [m for m in hist["items"] if m["org"] == "CIS"]
    assert any(m["status"] == "member" and m["to"] for m in cis)


def test_state_page_twin_has_memberships_and_offices(client):
    body = client.get("/api/states/AM").json()
    assert body["state"] == {"code": "AM", "name": "Armenia", "aliases": body["state"]["aliases"]}
    orgs = {m["org"] for m in body["memberships"]}
    assert {"CIS", "CSTO", "EAEU"} <= orgs
    assert isinstance(body["meetings"], list) and isinstance(body["offices"], list)


def test_map_lists_the_fifteen_republics(client):
    body = client.get("/api/map", params={"at": "2013-07-01"}).json()
    assert len(body["states"]) == 15 and body["orgs"] == ["CIS", "CSTO", "EAEU"]
    uz = next(s for s in body["states"] if s["code"] == "UZ")
    assert uz["memberships"]["CSTO"] == "suspended" and uz["memberships"]["EAEU"] is None


@pytest.mark.parametrize("limit,offset", [(3, 0), (3, 3), (1000, 10)])
def test_pagination_envelope(client, limit, offset):
    full = client.get("/api/members", params={"expr": "former-soviet", "limit": 1000}).json()
    page = client.get("/api/members", params={"expr": "former-soviet", "limit": limit, "offset": offset}).json()
    assert full["total"] == page["total"] == 15
    assert page["items"] == full["items"][offset:offset + limit]
    assert (page["limit"], page["offset"]) == (limit, offset)


def test_openapi_schema_is_served_and_docs_need_no_cdn(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/members", "/api/status/{state}/{org}", "/api/documents"} <= set(schema["paths"])
    page = client.get("/api")
    assert page.status_code == 200 and "/api/members" in page.text
    assert "cdn" not in page.text.lower()
    assert client.get("/docs").status_code == 404
