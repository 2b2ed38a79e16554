"""The pages as served HTML (no browser): what they render without JavaScript matches their
JSON twins, and the check form works as a plain form post."""

from __future__ import annotations

import re
from html import unescape

import httpx
import pytest


@pytest.fixture
def http(site):
    base, _ = site
    with httpx.Client(base_url=base, timeout=30) as c:
        yield c


def twin_of(html: str) -> str:
    """The href of the page's JSON link."""
    m = re.search(r'<a class="twin" href="([^"]+)" id="twin"', html)
    return unescape(m.group(1))


@pytest.mark.parametrize("path", ["/", "/?at=2013", "/states/UZ", "/meetings", "/documents", "/check", "/api"])
def test_pages_render_with_local_assets_only(http, path):
    r = http.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', r.text):
        assert http.get(asset).status_code == 200, asset
    assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="(?:https?:)?//', r.text), "no CDN assets"


def test_home_without_javascript_shows_the_date_asked(http):
    html = http.get("/", params={"at": "2013-07-01"}).text
    tile = re.search(r'<g class="tile ([^"]*)" id="tile-UZ"', html).group(1).split()
    assert "csto-suspended" in tile and "cis-member" in tile
    assert len(re.findall(r'class="tile[ "]', html)) == 15
    assert twin_of(html) == "/api/map?at=2013-07-01"


def test_state_page_matches_its_twin(http):
    html = http.get("/states/UZ").text
    data = http.get(twin_of(html)).json()
    assert data["state"]["code"] == "UZ"
    rows = re.search(r'<table id="memberships">(.*?)</table>', html, re.S).group(1)
    assert rows.count("<tr>") - 1 == len(data["memberships"])  # minus the header row
    assert html.count('class="band s-') == len([m for m in data["memberships"]])


def test_document_page_marks_every_span(http, site):
    _, doc_id = site
    html = http.get(f"/documents/{doc_id}").text
    data = http.get(twin_of(html)).json()
    marks = re.findall(r'<mark data-fact="([^"]+)"[^>]*>(.*?)</mark>', html, re.S)
    assert {f for ids, _ in marks for f in ids.split()} == {f["id"] for f in data["facts"]}
    assert [t for _, t in marks] == [f["evidence"][0]["text"].replace("'", "&#39;") for f in data["facts"]]


def test_check_form_posts_without_javascript(http):
    r = http.post("/check", data={"text": "Georgia is a member of the CSTO.", "at": "2020-01-01"})
    assert r.status_code == 200
    assert 'data-verdict="contradicted"' in r.text and "Georgia is a member of the CSTO" in r.text


def test_unknown_state_page_is_a_404_page(http):
    r = http.get("/states/XX-nowhere")
    assert r.status_code == 404 and "Unknown state" in r.text
