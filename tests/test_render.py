"""JSON contract, Markdown footnotes and the HTML page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest

from newsbrief.model import (
    Account,
    Brief,
    Claim,
    Dated,
    Event,
    Figure,
    Framing,
    RankedEntity,
    Removed,
    Status,
    SummarySentence,
    ToldDate,
    Unconfirmed,
)
from newsbrief.render import (
    Edition,
    Listed,
    edition_html,
    edition_markdown,
    problems,
    shown_text,
    to_html,
    to_json,
    to_markdown,
)

BRIEF = Brief(
    events=(Event("event-1", "Putin meets Assad in Damascus.",
                  (SummarySentence("Putin met Assad <in> Damascus.", ("a", "b"), 1, "a", 0),), ("a", "b"),
                  (RankedEntity("Vladimir Putin", "PERSON", 2, 5, ("a", "b")),),
                  disagreements=(Figure("killed", (
                      Claim(4e5, "more than 400,000", "More than 400,000 died.", ("a",)),
                      Claim(2e5, "hundreds of thousands", "Hundreds of thousands died.", ("b",), high=999999.0))),),
                  updates=(Figure("injured", (
                      Claim(12, "12", "12 were hurt.", ("a",), dt.date(2020, 1, 8)),
                      Claim(30, "30", "30 were hurt.", ("b",), dt.date(2020, 1, 9)))),),
                  unconfirmed=(Unconfirmed("Iran plans reprisals, sources say.", ("b",), "only b says it"),),
                  timeline=(Dated("2020-01-07", "Putin met Assad on Tuesday.", ("a", "b")),)),),
    articles=(
        Account("a", "seeds/a.txt", "Putin visits Syria", dt.date(2020, 1, 8), Status.USED, "supports 1 of 1",
                removed=(Removed("Follow us on Twitter", "boilerplate: social media prompt"),),
                framing=Framing(("brutal dictator",), 0.25)),
        Account("b", "seeds/b.txt", None, None, Status.COPY, "reworded copy of a", copy_of="a",
                written=dt.date(2020, 1, 7)),
        Account("c", "seeds/c.txt", None, None, Status.UNREADABLE, "seeds/c.txt: binary file"),
    ),
)


def test_json_contract() -> None:
    data = json.loads(to_json(BRIEF))
    assert data["schema"] == "newsbrief/1"
    [event] = data["events"]
    assert event["headline"] == "Putin meets Assad in Damascus."
    assert event["summary"] == [{"text": "Putin met Assad <in> Damascus.", "sources": ["a", "b"], "support": 1,
                                 "article": "a", "position": 0, "dates": [], "weekdays": []}]
    assert event["notes"] == []
    assert event["articles"] == ["a", "b"]
    assert event["outlets"] == []
    assert data["articles"][0] == {
        "id": "a", "path": "seeds/a.txt", "title": "Putin visits Syria", "published": "2020-01-08",
        "written": None, "fetched": None, "outlet": None, "url": None, "authors": [], "category": None,
        "status": "used",
        "copy_of": None, "reason": "supports 1 of 1",
        "removed": [{"text": "Follow us on Twitter", "why": "boilerplate: social media prompt"}],
        "framing": {"loaded_terms": ["brutal dictator"], "score": 0.25},
        "genre": None,
    }
    assert data["articles"][1]["status"] == "copy_of" and data["articles"][1]["copy_of"] == "a"
    assert data["articles"][1]["written"] == "2020-01-07"
    assert event["entities"] == [{"text": "Vladimir Putin", "label": "PERSON", "mentions": 5, "stories": 2,
                                  "sources": ["a", "b"]}]
    assert event["disagreements"] == [{"about": "killed", "claims": [
        {"value": 400000.0, "stated": "more than 400,000", "text": "More than 400,000 died.", "sources": ["a"]},
        {"value": 200000.0, "high": 999999.0, "stated": "hundreds of thousands", "text": "Hundreds of thousands died.",
         "sources": ["b"]}]}]
    assert event["agreements"] == []
    assert [c["published"] for c in event["updates"][0]["claims"]] == ["2020-01-08", "2020-01-09"]
    assert event["unconfirmed"] == [{"text": "Iran plans reprisals, sources say.", "sources": ["b"],
                                     "why": "only b says it", "retracted": False}]
    assert event["timeline"] == [{"date": "2020-01-07", "text": "Putin met Assad on Tuesday.", "sources": ["a", "b"]}]


def test_markdown_cites_sources_as_footnotes() -> None:
    text = to_markdown(BRIEF)
    assert text.startswith("# Putin meets Assad in Damascus.\n")
    # b is a's reworded copy: one witness, cited once; the account says whose copy it is
    assert "- Putin met Assad \\<in\\> Damascus. [1]\n" in text
    # No outlet known (as for the seeds): the source is named by its id, the file stem.
    assert "[1] a: Putin visits Syria, 2020-01-08\n" in text
    assert "[2] b: (untitled), undated, written 2020-01-07\n" in text
    assert "- **c**: unreadable — seeds/c.txt: binary file" in text
    # a bound is named as one, and a value the words already show is not set beside itself
    assert ("## Where the sources disagree\n\n- killed: more than 400,000 (lower bound) — “More than 400,000 died.” [1]"
            in text)
    assert "- killed: hundreds of thousands ≈ 200,000–999,999 — “Hundreds of thousands died.” [2]" in text
    # an update: the newest value first, then the earlier ones, each with its day
    assert ("## Figures that changed as news came in\n\n"
            "- injured now: 30 (newest value, as of 2020-01-09) — “30 were hurt.” [2]\n"
            "- injured before: 12 (as of 2020-01-08) — “12 were hurt.” [1]\n") in text
    assert "## Timeline\n\n- 2020-01-07: Putin met Assad on Tuesday. [1]\n" in text
    assert "- **a**: used — supports 1 of 1; loaded terms: brutal dictator" in text
    assert "- **b**: copy of a — reworded copy of a" in text
    assert "**Entities:** Vladimir Putin (person)" in text
    assert "removed (boilerplate: social media prompt): “Follow us on Twitter”" in text


def test_figures_told_on_different_days_show_their_days_and_words_shown_once() -> None:
    dated = Figure("killed", (Claim(300, "300", "300 died.", ("a",), dt.date(2020, 1, 9)),
                              Claim(250, "two hundred and fifty", "Two hundred and fifty died.", ("b",),
                                    dt.date(2020, 1, 8))))
    event = dataclasses.replace(BRIEF.events[0], disagreements=(dated,), updates=())
    text = to_markdown(dataclasses.replace(BRIEF, events=(event,)))
    assert "- killed: 300 (as of 2020-01-09) — “300 died.” [1]" in text
    assert "- killed: two hundred and fifty ≈ 250 (as of 2020-01-08) — “Two hundred and fifty died.” [2]" in text


def test_a_claim_taken_back_is_listed_apart_from_unconfirmed_ones() -> None:
    # That the official said it is on the record: it awaits no confirmation (blind reading r19).
    taken_back = Unconfirmed("The envoy said rich nations were stingy.", ("a",),
                             "its speaker took it back: “The envoy later recanted.”", retracted=True)
    event = dataclasses.replace(BRIEF.events[0], unconfirmed=(*BRIEF.events[0].unconfirmed, taken_back))
    brief = dataclasses.replace(BRIEF, events=(event,))
    text = to_markdown(brief)
    assert "## Unconfirmed\n\n- Iran plans reprisals, sources say. (only b says it) [2]\n\n" in text
    assert ("## Taken back\n\n- The envoy said rich nations were stingy. (its speaker took it back: “The envoy "
            "later recanted.”) [1]\n") in text
    assert "<h2>Taken back</h2>" in to_html(brief)


def test_html_is_one_escaped_page() -> None:
    page = to_html(BRIEF)
    assert page.startswith("<!doctype html>")
    assert "Putin met Assad &lt;in&gt; Damascus." in page
    assert "<script" not in page and "http" not in page
    assert "href='#src-1'" in page and "id='src-1'" in page


def test_a_weekday_is_shown_with_its_date_and_the_sentence_stays_the_sources() -> None:
    said = "Police said on Saturday that the ferry's captain, held since Friday's sinking, would be charged."
    sentence = SummarySentence(said, ("a",), 1, "a", 2, (ToldDate("Saturday", 15, "2026-11-28"),
                                                         ToldDate("Friday", 61, "2026-11-27")))
    brief = Brief((Event("event-1", "A ferry sinks off the cape.", (sentence,), ("a",)),),
                  (Account("a", "a.txt", "Ferry sinks", dt.date(2026, 11, 30), Status.USED, "used"),))
    shown = ("Police said on Saturday [Nov. 28, 2026] that the ferry's captain, held since Friday's "
             "[Nov. 27, 2026] sinking, would be charged.")
    assert f"- {shown.replace('[', chr(92) + '[').replace(']', chr(92) + ']')} [1]" in to_markdown(brief)
    assert shown.replace("'", "&#x27;") in to_html(brief)
    [summary] = json.loads(to_json(brief))["events"][0]["summary"]
    assert summary["text"] == said  # the source's words; the date is the brief's, beside them
    assert summary["dates"] == [{"expression": "Saturday", "start": 15, "date": "2026-11-28"},
                                {"expression": "Friday", "start": 61, "date": "2026-11-27"}]
    assert summary["weekdays"] == summary["dates"]  # the key of newsbrief/1 before years and months were dated


def test_a_relative_year_or_month_is_shown_with_what_it_does_not_say() -> None:
    said = "Kimble thus sued Marvel, and brought the case to the Supreme Court late last year."
    year = SummarySentence(said, ("a",), 1, "a", 2, (ToldDate("last year", 72, "2014"),))
    assert shown_text(year) == ("Kimble thus sued Marvel, and brought the case to the Supreme Court late last "
                                "year [2014].")
    report = "A report released in January showed the glacier lost a third of its ice, due next month."
    told = SummarySentence(report, ("a",), 1, "a", 2, (ToldDate("in January", 18, "2010-01"),
                                                       ToldDate("next month", 77, "2010-03")))
    assert shown_text(told) == ("A report released in January [2010] showed the glacier lost a third of its ice, "
                                "due next month [March 2010].")
    meeting = "The six leaders are meeting in Myanmar from December 19-20."
    ranged = SummarySentence(meeting, ("a",), 1, "a", 0, (ToldDate("December 19", 44, "2011-12-19"),))
    assert shown_text(ranged) == "The six leaders are meeting in Myanmar from December 19-20 [2011]."
    brief = Brief((Event("event-1", "Kimble sues Marvel.", (year,), ("a",)),),
                  (Account("a", "a.txt", "Kimble", dt.date(2015, 3, 2), Status.USED, "used"),))
    [summary] = json.loads(to_json(brief))["events"][0]["summary"]
    assert summary["dates"] == [{"expression": "last year", "start": 72, "date": "2014"}]
    assert summary["weekdays"] == []  # only full days, as that key held


def test_problems_lists_only_bad_inputs() -> None:
    assert problems(BRIEF) == ["seeds/c.txt: binary file"]


INJECTED = "Title <img src=x onerror=alert(9)>\n## injected heading\n[x](javascript:alert(10)) <javascript:alert(5)>"


def test_markdown_renders_no_html_link_or_heading_from_the_inputs() -> None:
    """21-html-injection: what a Markdown viewer renders is the text, never the inputs' HTML, links or headings."""
    markdown_it = pytest.importorskip("markdown_it")
    brief = Brief(
        events=(Event("event-<b>", INJECTED, (SummarySentence(f"Said {INJECTED}", ("a\n# id",), 1),), ("a\n# id",),
                      (RankedEntity("Putin<script>alert(1)</script>", "PERSON", 2, 5, ("a\n# id",)),),
                      notes=("withheld: <iframe src=javascript:alert(2)>",)),),
        articles=(Account("a\n# id", "x.txt", INJECTED, None, Status.USED, "used <b>bold</b> `code`",
                          removed=(Removed("[click](javascript:alert(4))", "boilerplate"),)),),
    )
    text = to_markdown(brief)
    page = markdown_it.MarkdownIt("commonmark").render(text)  # raw HTML on, as GitHub-like viewers
    assert "<img" not in page and "<script" not in page and "<iframe" not in page and "<b>" not in page
    assert "<a " not in page and "<code>" not in page
    assert page.count("<h1>") == 1 and "injected heading" not in "".join(
        line for line in page.splitlines() if line.startswith("<h2>"))
    # The reader still sees the text as it was written.
    assert "Title &lt;img src=x onerror=alert(9)&gt; ## injected heading [x](javascript:alert(10))" in page
    assert "Putin&lt;script&gt;alert(1)&lt;/script&gt; (person)" in page


def test_an_edition_of_hostile_events_renders_their_text_never_their_markup() -> None:
    """The events of a store, as `newsbrief events` lays them out, from hostile inputs: the anchors are
    made of ids stripped to letters, digits and hyphens, and no javascript: address becomes a link."""
    markdown_it = pytest.importorskip("markdown_it")
    hostile = Account("a'><script>", "x.txt", INJECTED, dt.date(2020, 1, 8), Status.USED, "used <b>x</b>",
                      outlet="<img src=x onerror=alert(1)>", url="javascript:alert(2)")
    waiting = Account("w", "w.txt", INJECTED, dt.date(2020, 1, 8), Status.USED, "grouped; not briefed",
                      outlet="Wire <b>", url="https://wire.example/a?x=<b>")
    event = Event("event-1'><script>", INJECTED, (SummarySentence(f"Said {INJECTED}", (hostile.id,), 1),),
                  (hostile.id,), timeline=(Dated("2020-01-08", INJECTED, (hostile.id,)),))
    edition = Edition("Events in <x>.db", (
        Listed("event-1'><script>", dt.date(2020, 1, 8), "Section <i>", event, (hostile,), 1),
        Listed("w'><img>", dt.date(2020, 1, 8), "Other news", None, (waiting,), stale=True)))
    html_page = edition_html(edition)
    assert "<script" not in html_page and "<img" not in html_page and "<i>" not in html_page
    assert "used <b>x</b>" not in html_page and "Wire <b>" not in html_page
    assert "used &lt;b&gt;x&lt;/b&gt;" in html_page and "Section &lt;i&gt;" in html_page
    assert not re.search(r"href=['\"]\s*javascript", html_page, re.IGNORECASE)
    assert "id='event-1-script-'" in html_page and "href='#w-img-'" in html_page
    assert "href=\"https://wire.example/a?x=&lt;b&gt;\"" in html_page
    markdown = edition_markdown(edition)
    page = markdown_it.MarkdownIt("commonmark").render(markdown)
    assert "<script" not in page and "<img" not in page and "<b>" not in page and "<i>" not in page
    assert 'href="javascript' not in page
    assert '<a id="event-1-script-"></a>' in markdown and "(#event-1-script--more)" in markdown
    assert "Not briefed yet: Title \\<img src=x onerror=alert(9)\\> ## injected heading" in markdown
