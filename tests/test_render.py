"""JSON contract, Markdown footnotes and the HTML page."""

from __future__ import annotations

import datetime as dt
import json

from newsbrief.model import Account, Brief, Event, RankedEntity, Removed, Status, SummarySentence
from newsbrief.render import problems, to_html, to_json, to_markdown

BRIEF = Brief(
    events=(Event("event-1", "Putin meets Assad in Damascus.",
                  (SummarySentence("Putin met Assad <in> Damascus.", ("a", "b"), 1),), ("a", "b"),
                  (RankedEntity("Vladimir Putin", "PERSON", 2, 5),)),),
    articles=(
        Account("a", "seeds/a.txt", "Putin visits Syria", dt.date(2020, 1, 8), Status.USED, "supports 1 of 1",
                removed=(Removed("Follow us on Twitter", "boilerplate: social media prompt"),)),
        Account("b", "seeds/b.txt", None, None, Status.COPY, "reworded copy of a", copy_of="a"),
        Account("c", "seeds/c.txt", None, None, Status.UNREADABLE, "seeds/c.txt: binary file"),
    ),
)


def test_json_contract() -> None:
    data = json.loads(to_json(BRIEF))
    assert data["schema"] == "newsbrief/1"
    [event] = data["events"]
    assert event["headline"] == "Putin meets Assad in Damascus."
    assert event["summary"] == [{"text": "Putin met Assad <in> Damascus.", "sources": ["a", "b"], "support": 1}]
    assert event["articles"] == ["a", "b"]
    assert data["articles"][0] == {
        "id": "a", "path": "seeds/a.txt", "title": "Putin visits Syria", "published": "2020-01-08",
        "status": "used", "copy_of": None, "reason": "supports 1 of 1",
        "removed": [{"text": "Follow us on Twitter", "why": "boilerplate: social media prompt"}],
    }
    assert data["articles"][1]["status"] == "copy_of" and data["articles"][1]["copy_of"] == "a"


def test_markdown_cites_sources_as_footnotes() -> None:
    text = to_markdown(BRIEF)
    assert text.startswith("# Putin meets Assad in Damascus.\n")
    assert "- Putin met Assad <in> Damascus. [1][2]" in text
    assert "[1] Putin visits Syria — a, 2020-01-08" in text
    assert "[2] (untitled) b — b, undated" in text
    assert "- **c**: unreadable — seeds/c.txt: binary file" in text
    assert "- **b**: copy of a — reworded copy of a" in text
    assert "**Entities:** Vladimir Putin (person)" in text
    assert "removed (boilerplate: social media prompt): “Follow us on Twitter”" in text


def test_html_is_one_escaped_page() -> None:
    page = to_html(BRIEF)
    assert page.startswith("<!doctype html>")
    assert "Putin met Assad &lt;in&gt; Damascus." in page
    assert "<script" not in page and "http" not in page
    assert "href='#src-1'" in page and "id='src-1'" in page


def test_problems_lists_only_bad_inputs() -> None:
    assert problems(BRIEF) == ["seeds/c.txt: binary file"]
