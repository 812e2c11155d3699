"""The HTML brief as a reader's browser shows it: headless Chromium renders the page and we read its DOM."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from newsbrief.render import to_html
from test_render import BRIEF

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Offline machine: no background networking, no component updates, a throwaway profile.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def render_in_browser(page: Path, *extra: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run([CHROMIUM or "chromium", *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
                              capture_output=True, text=True, timeout=60, check=True)
    return done.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
def test_browser_renders_headline_summary_citations_and_inputs(tmp_path: Path) -> None:
    page = tmp_path / "brief.html"
    page.write_text(to_html(BRIEF), encoding="utf-8")
    dom = render_in_browser(page, "--dump-dom")
    assert "<h1>Putin meets Assad in Damascus.</h1>" in dom
    assert "Putin met Assad &lt;in&gt; Damascus." in dom
    assert "<a href=\"#src-1\">[1]</a>" in dom and "id=\"src-2\"" in dom
    assert "copy of a" in dom and "1 removed spans" in dom
    screenshot = tmp_path / "brief.png"
    render_in_browser(page, f"--screenshot={screenshot}", "--window-size=900,1200")
    assert screenshot.stat().st_size > 10_000  # a rendered page, not a blank one
