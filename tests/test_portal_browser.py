"""The portal as a reader uses it, in headless Chromium driven by Playwright: the day page, an event
with its summary and outlet links, an article, and search. Screenshots of each step (at a phone's
width) are kept in ``artifacts/portal/`` at the repository root (ignored by git)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT
from newsbrief.config import Config
from newsbrief.digest import digest
from newsbrief.store import open_store
from test_serve import serving

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "artifacts" / "portal"
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")


@pytest.fixture(scope="module")
def portal(seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real server over a store of two events on two days: the seeds (Putin and Assad in Damascus,
    7 January 2020, no web addresses) and the three text examples (a derailment, 10 March 2026), posted
    as a scraper gives them, each with its outlet and page address."""
    folder = tmp_path_factory.mktemp("portal")
    records = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        records.append({"doc_id": path.stem, "outlet": lines[0].partition(": ")[2], "date": lines[1].split()[1],
                        "title": lines[2], "text": "\n".join(lines[3:]),
                        "url": f"https://{path.stem}.example/derailment"})
    scraped = folder / "scraped.jsonl"
    scraped.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = folder / "news.db"
    with open_store(db) as store:
        digest([seeds, scraped], store, Config())
    with serving(db) as address:
        yield address


def test_a_reader_goes_from_the_day_to_an_event_its_outlets_an_article_and_search(portal: str) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 412, "height": 915}, java_script_enabled=False)
            refused: list[str] = []  # what the Content-Security-Policy blocked, and page errors
            page.on("console", lambda message: refused.append(message.text)
                    if "Content Security Policy" in message.text else None)
            page.on("pageerror", lambda error: refused.append(str(error)))

            page.goto(f"{portal}/")  # the newest day
            assert page.locator("h1").inner_text() == "Tuesday, 10 March 2026"
            assert page.locator("h2").first.inner_text() == "Disasters and accidents"
            event = page.locator("ul.events a").first
            headline = event.inner_text()
            assert "Velmora Rail" in headline
            assert "(4 outlets, 3 articles)" not in page.content()  # outlets counted as articles name them
            assert page.locator("ul.events li").first.inner_text().endswith("(3 outlets, 3 articles)")
            page.screenshot(path=ARTIFACTS / "1-day.png", full_page=True)

            event.click()
            page.wait_for_url("**/event/*")
            assert page.locator("h1").inner_text() == headline
            summary = page.locator("h2:has-text('Summary') + p").inner_text()
            assert "Linden Falls" in summary and "[1]" in summary
            outlets = page.locator("a.outlet")
            assert outlets.all_inner_texts() == ["Brackwater Evening Post", "Castlemere Herald",
                                                 "Linden Falls Gazette"]
            assert outlets.first.get_attribute("href") == "https://brackwater-evening-post.example/derailment"
            assert page.locator("a[rel~=noopener]:has-text('Castlemere Herald')").count() == 2  # and in Sources
            page.screenshot(path=ARTIFACTS / "2-event.png", full_page=True)

            page.locator("a[href^='/article/']").first.click()
            page.wait_for_url("**/article/*")
            assert page.locator("h1").inner_text() == "Linden Falls derailment: what we know"
            assert "A Velmora Rail passenger train derailed near Linden Falls on Tuesday morning" in page.locator(
                "main").inner_text()
            assert page.locator("a:has-text('original page')").get_attribute("href") == (
                "https://brackwater-evening-post.example/derailment")
            page.screenshot(path=ARTIFACTS / "3-article.png", full_page=True)

            page.locator("header input[name=q]").fill("Damascus Assad")
            page.locator("header input[name=q]").press("Enter")  # a plain form: no script needed
            page.wait_for_url("**/search?q=Damascus+Assad")
            results = page.locator("ul.events li")
            assert results.count() >= 2
            found = results.filter(has_text="(event)")  # the brief, among the articles that hold the words
            assert found.count() == 1 and "Putin" in found.inner_text()
            assert results.filter(has_text="(article)").count() >= 1
            page.screenshot(path=ARTIFACTS / "4-search.png", full_page=True)
            found.locator("a").click()
            page.wait_for_url("**/event/*")
            assert "Putin" in page.locator("h1").inner_text()
            page.locator("p.meta a[href^='/day/']").click()  # back to that event's day
            assert page.locator("h1").inner_text() == "Tuesday, 7 January 2020"
            assert page.locator("a[rel=next]").inner_text().startswith("2026-03-10")
            assert refused == []
        finally:
            browser.close()
    for name in ("1-day", "2-event", "3-article", "4-search"):
        assert (ARTIFACTS / f"{name}.png").stat().st_size > 10_000, name  # drawn pages, not blank ones
