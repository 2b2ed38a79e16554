"""The web pages end to end in headless Chromium; each test saves a screenshot and checks the
page against its JSON twin."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.browser


def twin(page, base):
    """The JSON the page's 'JSON' link points to."""
    return httpx.get(base + page.get_attribute("#twin", "href"), timeout=30).json()


def classes(page, sel) -> set[str]:
    return set(page.get_attribute(sel, "class").split())


def move_slider(page, year: int) -> None:
    page.fill("#year", str(year))  # fires input/change like a drag that ends on `year`
    page.wait_for_selector(f'body[data-at="{year}-07-01"]', state="attached")


def test_home_renders_fifteen_tiles_with_legend(page, site, output_dir):
    base, _ = site
    page.goto(base + "/?at=2016-06-01")
    assert page.locator("#map .tile").count() == 15
    assert page.locator(".legend").is_visible()
    assert {"cis-member", "csto-member", "eaeu-member"} <= classes(page, "#tile-AM")
    data = twin(page, base)
    assert data["at"] == "2016-06-01" and len(data["states"]) == 15
    for s in data["states"]:
        tile = classes(page, f"#tile-{s['code']}")
        assert {f"{o.lower()}-{st}" for o, st in s["memberships"].items() if st} <= tile
    page.screenshot(path=str(output_dir / "home.png"), full_page=True)
    assert not page.js_errors


def test_slider_recolours_tiles_without_reload(page, site, output_dir):
    base, _ = site
    page.goto(base + "/?at=2016-06-01")
    page.evaluate("window.__same_page = true")
    move_slider(page, 2010)
    assert "csto-member" in classes(page, "#tile-UZ")
    move_slider(page, 2013)
    assert "csto-suspended" in classes(page, "#tile-UZ") and "csto-member" not in classes(page, "#tile-UZ")
    assert "csto-member" in classes(page, "#tile-AM")
    page.screenshot(path=str(output_dir / "home-2013.png"), full_page=True)
    move_slider(page, 2024)
    assert "csto-suspended" in classes(page, "#tile-UZ") and "eaeu-observer" in classes(page, "#tile-UZ")
    assert "eaeu-member" in classes(page, "#tile-AM")
    assert page.evaluate("window.__same_page") is True, "the map must update in place"
    assert page.input_value("#at") == "2024-07-01" and "at=2024-07-01" in page.url
    page.screenshot(path=str(output_dir / "home-2024.png"), full_page=True)
    assert not page.js_errors


def test_date_field_sets_an_exact_day(page, site):
    base, _ = site
    page.goto(base + "/")
    page.fill("#at", "2012-12-18")
    page.wait_for_selector('body[data-at="2012-12-18"]', state="attached")
    assert "csto-member" in classes(page, "#tile-UZ")
    assert page.input_value("#year") == "2012"


def test_clicking_a_tile_opens_the_state_page(page, site, output_dir):
    base, _ = site
    page.goto(base + "/?at=2024-06-01")
    page.click("#tile-AM")
    page.wait_for_url("**/states/AM")
    assert page.inner_text("#state-name").startswith("Armenia")
    data = twin(page, base)
    assert page.locator("#memberships tbody tr").count() == len(data["memberships"])
    assert page.locator('#timeline rect.band[data-org="CSTO"][data-status="suspended"]').count() == 1
    assert page.locator("#offices tbody tr").count() == max(len(data["offices"]), 1)
    page.screenshot(path=str(output_dir / "state-AM.png"), full_page=True)
    assert not page.js_errors


def test_document_page_highlights_evidence(page, site, output_dir):
    base, doc_id = site
    page.goto(f"{base}/documents/{doc_id}")
    data = twin(page, base)
    marks = page.locator("mark[data-fact]")
    assert marks.count() == len(data["facts"]) == 2
    fact = data["facts"][0]
    mark = page.locator(f'mark[data-fact~="{fact["id"]}"]')
    assert mark.inner_text() == fact["evidence"][0]["text"]
    page.click(f'#fact-{fact["id"]}')
    assert "active" in mark.get_attribute("class")
    assert "active" in page.get_attribute(f'#fact-{fact["id"]}', "class")
    page.screenshot(path=str(output_dir / "document.png"), full_page=True)
    assert not page.js_errors


def test_check_page_judges_pasted_text(page, site, output_dir):
    base, _ = site
    page.goto(base + "/check")
    page.fill("#check-text", "Armenia is a member of the Eurasian Economic Union. "
                             "Georgia is a member of the CSTO.")
    page.fill("#check-at", "2020-01-01")
    page.click("#check-form button[type=submit]")
    page.wait_for_selector("#results .claim")
    verdicts = [page.get_attribute(c, "data-verdict") for c in ["#results .claim >> nth=0", "#results .claim >> nth=1"]]
    assert verdicts == ["supported", "contradicted"]
    page.screenshot(path=str(output_dir / "check.png"), full_page=True)
    assert not page.js_errors


def test_meetings_list_and_one_meeting(page, site, output_dir):
    base, _ = site
    page.goto(base + "/meetings?org=CSTO&from=2016&to=2016")
    data = twin(page, base)
    assert page.locator(".meeting-row").count() == data["total"] >= 1
    page.screenshot(path=str(output_dir / "meetings.png"), full_page=True)
    page.locator(".meeting-row a").first.click()
    page.wait_for_url("**/meetings/meeting:**")
    one = twin(page, base)
    assert one["meeting"]["org"] == "CSTO" and one["meeting"]["date"].startswith("2016")
    assert page.locator("#meeting").is_visible()
    page.screenshot(path=str(output_dir / "meeting.png"), full_page=True)
    assert not page.js_errors
