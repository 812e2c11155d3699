"""Boilerplate rules and off-topic paragraph removal."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.clean import LINE_RULES, boilerplate_reason, clean, drop_off_topic, paragraphs_of
from newsbrief.model import Article


def article(text: str, title: str | None = "Putin meets Assad in Damascus") -> Article:
    return Article("a", "a.txt", title, dt.date(2020, 1, 7), text)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Skip to main content", "navigation"),
        ("Loading...", "loading indicator"),
        ("2 min read", "reading time"),
        ("Assad and Putin met in Damascus [Getty]", "photo caption or credit"),
        ("Russian President Vladimir Putin (left) meets with Syrian President Bashar Assad in Damascus on "
         "Tuesday. | SYRIAN PRESIDENCY / VIA AP", "photo caption or credit"),
        ("Follow us on Twitter and Instagram to stay connected", "social media prompt"),
        ("Add a location to your Tweets", "social media prompt"),
        ("When you tweet with a location, Twitter stores that location.", "social media prompt"),
        ("Our Morning Update and Evening Update newsletters are written by Globe editors, giving you a concise "
         "summary of the day's most important headlines. Sign up today.", "newsletter or subscription pitch"),
        ("Read also: Syrian regime detains children at Palestinian camp", "related link"),
        ("Agencies contributed to this report.", "byline or credit"),
        ("Albert Aji and Daria Litvinova, The Associated Press", "byline or credit"),
        ("LATEST WORLD STORIES", "section heading or promotion in capitals"),
        (", , , , , ,", "no words"),
    ],
)
def test_boilerplate_lines_are_recognised(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == f"boilerplate: {reason}"


@pytest.mark.parametrize(
    "line",
    [
        "Putin and Assad met Tuesday at a Russian command post in Damascus, Kremlin spokesman Dmitry Peskov said.",
        "The visit comes at a time of heightened regional tension.",
        "Russia joined the war in 2015.",
        "NATO said it would follow the situation closely.",
        "Countries that sign up to the treaty must cut emissions by 2030.",
    ],
)
def test_news_sentences_are_not_boilerplate(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_clean_keeps_story_and_lists_what_it_removed() -> None:
    text = (
        "Putin meets Assad in Damascus\n"
        "DAMASCUS – Russian President Vladimir Putin met Syrian President Bashar al-Assad on Tuesday.\n\n"
        "Read also: Syrian regime detains children\n\n"
        "Putin congratulated Russian troops on Orthodox Christmas.\n\n"
        "Follow us on Twitter and Instagram to stay connected"
    )
    result = clean(article(text))
    assert [p.text for p in result.paragraphs] == [
        "Russian President Vladimir Putin met Syrian President Bashar al-Assad on Tuesday.",
        "Putin congratulated Russian troops on Orthodox Christmas.",
    ]
    assert [(r.text, r.why) for r in result.removed] == [
        ("Putin meets Assad in Damascus", "repeats the title"),
        ("DAMASCUS", "dateline: place of the report"),
        ("Read also: Syrian regime detains children", "boilerplate: related link"),
        ("Follow us on Twitter and Instagram to stay connected", "boilerplate: social media prompt"),
    ]


def test_dateline_paragraph_near_the_top_is_removed() -> None:
    text = "Wednesday, July 25, 2007\n\nETA placed explosives on the Tour de France route in Spain on Tuesday."
    result = clean(article(text, title=None))
    assert [p.text for p in result.paragraphs] == [
        "ETA placed explosives on the Tour de France route in Spain on Tuesday."]
    assert [(r.text, r.why) for r in result.removed] == [("Wednesday, July 25, 2007", "dateline: publication date")]


def test_hard_wrapped_lines_are_joined() -> None:
    assert paragraphs_of("Putin met Assad in\ndamascus on Tuesday.\n\nNext one.") == [
        "Putin met Assad in damascus on Tuesday.",
        "Next one.",
    ]


def test_off_topic_tail_and_low_paragraphs_are_removed_with_scores() -> None:
    text = "\n".join(["Putin met Assad.", "Quake hits Puerto Rico.", "Putin visited troops.",
                      "Germany moves soldiers.", "NASA finds a planet."])
    cleaned = clean(article(text, title=None))
    relevance = {0: 0.9, 1: 0.1, 2: 0.8, 3: 0.5, 4: 0.05}
    result = drop_off_topic(cleaned, relevance, floor=0.25, tail=0.6)
    assert [p.text for p in result.paragraphs] == ["Putin met Assad.", "Putin visited troops."]
    whys = {r.text: r.why for r in result.removed}
    assert whys["Quake hits Puerto Rico."] == "off-topic: similarity 0.10 to the event, below 0.25"
    assert whys["Germany moves soldiers."] == ("off-topic tail: similarity 0.50 to the event, in a closing run of "
                                               "paragraphs below 0.60 that drifts below 0.25")
    assert whys["NASA finds a planet."].startswith("off-topic tail: similarity 0.05")


def test_weakly_related_closing_detail_is_not_a_tail() -> None:
    # Another side of the event that no other outlet covers: below the tail threshold, never off-topic.
    cleaned = clean(article("Aid pours in.\nArtists auction works.\nA town returns a donation.", title=None))
    result = drop_off_topic(cleaned, {0: 0.9, 1: 0.45, 2: 0.4}, floor=0.25, tail=0.6)
    assert len(result.paragraphs) == 3


def test_lone_article_tail_starts_at_the_heading_of_other_stories() -> None:
    text = "\n".join(["Putin met Assad.", "Assad thanked Putin.", "LATEST WORLD STORIES",
                      "Germany moves soldiers out of Iraq.", "Quake hits Puerto Rico."])
    cleaned = clean(article(text, title=None))
    assert cleaned.story_list_from == 2
    result = drop_off_topic(cleaned, {0: 1.0, 1: 0.9, 2: 0.5, 3: 0.1}, floor=0.25, tail=None)
    assert [p.text for p in result.paragraphs] == ["Putin met Assad.", "Assad thanked Putin."]
    whys = {r.text: r.why for r in result.removed}
    assert whys["Germany moves soldiers out of Iraq."] == (
        "off-topic tail: listed after the page's heading of other stories")
    assert whys["Quake hits Puerto Rico."] == "off-topic tail: listed after the page's heading of other stories"


def test_lone_article_keeps_weak_middle_paragraphs_and_drops_a_junk_ending() -> None:
    cleaned = clean(article("Amtrak rescues a passenger.\n\"It was a nightmare,\" she said.\n"
                            "The elevator was fixed.\nHave a tip we should know?", title=None))
    result = drop_off_topic(cleaned, {0: 1.0, 1: 0.1, 2: 0.6, 3: 0.05}, floor=0.25, tail=None)
    assert [p.text for p in result.paragraphs] == [
        "Amtrak rescues a passenger.", "\"It was a nightmare,\" she said.", "The elevator was fixed."]
    assert result.removed[-1].why.startswith("off-topic tail: similarity 0.05")


def test_the_opening_paragraph_is_never_a_tail() -> None:
    cleaned = clean(article("Putin met Assad.\nAssad thanked Putin.\nA quake hit.", title=None))
    result = drop_off_topic(cleaned, {0: 0.5, 1: 0.4, 2: 0.1}, floor=0.25, tail=0.6)
    assert [p.text for p in result.paragraphs] == ["Putin met Assad."]


_LINE = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc", "Zl", "Zp"]), max_size=50)


@given(st.lists(_LINE, max_size=10))
def test_clean_accounts_for_every_line(lines: list[str]) -> None:
    result = clean(article("\n".join(lines), title=None))
    kept = " ".join(p.text for p in result.paragraphs) + " " + " ".join(r.text for r in result.removed)
    for line in lines:
        for word in line.split():
            assert word in kept


@given(st.lists(_LINE, max_size=10))
def test_clean_is_deterministic_and_idempotent(lines: list[str]) -> None:
    once = clean(article("\n".join(lines), title=None))
    again = clean(article("\n".join(lines), title=None))
    assert once == again
    twice = clean(article("\n\n".join(p.text for p in once.paragraphs), title=None))
    assert [p.text for p in twice.paragraphs] == [p.text for p in once.paragraphs]


# Pieces of boilerplate and of prose, so that generated lines often come close to matching a rule.
_PIECES = st.sampled_from([
    "Follow us on", "Twitter", "like", "Sign up", "subscribe now", "newsletters", " are delivered ", "| ",
    "REUTERS/", " / AFP", "[Getty Images]", "via AP", "Photo:", "contributed from", "reported from Damascus.",
    ", The Associated Press", "By Albert Aji", "AP", "tweet with a location", "personal news feed", "Comments",
    "Putin met Assad", " in Damascus ", "on Tuesday", ". ", ", ", " ",
])
_ASCII_LINE = st.lists(_PIECES | st.text(alphabet=st.characters(max_codepoint=127, blacklist_categories=["Cc"]),
                                         max_size=8), max_size=12).map("".join)


@given(_ASCII_LINE)
def test_rule_cues_never_hide_a_match(line: str) -> None:
    # A rule is searched only when its cue is there: every line its pattern matches must hold one.
    for rule in LINE_RULES:
        if rule.cues and rule.pattern.search(line):
            text = line.lower() if rule.pattern.flags & re.IGNORECASE else line
            assert any(cue in text for cue in rule.cues), (rule.reason, line)


def test_lines_outside_ascii_are_searched_whatever_their_cues() -> None:
    # "ſ" (long s) matches "s" when case is ignored, but no cue holds it.
    assert boilerplate_reason("Pleaſe ſubſcribe today") == "boilerplate: newsletter or subscription pitch"
