"""Boilerplate rules and off-topic paragraph removal."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.clean import (
    HIGHLIGHTS,
    LINE_RULES,
    TEASER_CARD,
    Cut,
    boilerplate_reason,
    clean,
    cut_sentence,
    drop_off_topic,
    drop_shared_footers,
    paragraphs_of,
    visible,
)
from newsbrief.config import Config
from newsbrief.ingest import Inputs
from newsbrief.model import Article, Removed, Status
from newsbrief.pipeline import brief_inputs


def article(text: str, title: str | None = "Putin meets Assad in Damascus") -> Article:
    return Article("a", "a.txt", title, dt.date(2020, 1, 7), text)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Skip to main content", "navigation"),
        ("Loading...", "loading indicator"),
        ("Video (01:37) : Crowds gathered in the square after the ruling.", "video player"),
        ("The new issue of Harbour Weekly hits newsstands nationwide on Friday.", "magazine plug"),
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


@pytest.mark.parametrize(("scraped", "read"), [
    ("He had arrived to help care for his grandson.Less than a week later, police stopped him.",
     "He had arrived to help care for his grandson. Less than a week later, police stopped him."),
    ("The vote was close.It passed 51-49.", "The vote was close. It passed 51-49."),
    # initials, abbreviations and web addresses keep their stops as they are
    ("U.S.Army officers and e.g.The notes at yahoo.com stay.",
     "U.S.Army officers and e.g.The notes at yahoo.com stay."),
])
def test_sentences_a_scraper_ran_together_get_their_space_back(scraped: str, read: str) -> None:
    assert paragraphs_of(scraped) == [read]


def test_off_topic_tail_and_low_paragraphs_are_removed_with_scores() -> None:
    text = "\n".join(["Putin met Assad.", "Quake hits Puerto Rico.", "Putin visited troops.",
                      "Germany moves soldiers.", "NASA finds a planet."])
    cleaned = clean(article(text, title=None))
    relevance = {0: 0.9, 1: 0.1, 2: 0.8, 3: 0.5, 4: 0.05}
    result = drop_off_topic(cleaned, relevance, floor=0.25, among_stories=True)
    # each paragraph is judged on its own score: 0.5 is about the event, whatever follows it
    assert [p.text for p in result.paragraphs] == [
        "Putin met Assad.", "Putin visited troops.", "Germany moves soldiers."]
    whys = {r.text: r.why for r in result.removed}
    assert whys["Quake hits Puerto Rico."] == "off-topic: similarity 0.10 to the event, below 0.25"
    assert whys["NASA finds a planet."] == "off-topic: similarity 0.05 to the event, below 0.25"


def test_a_closing_run_of_unrelated_paragraphs_is_a_tail() -> None:
    text = "\n".join(["Putin met Assad.", "Putin visited troops.", "Germany moves soldiers.", "NASA finds a planet."])
    relevance = {0: 0.9, 1: 0.8, 2: 0.1, 3: 0.05}
    result = drop_off_topic(clean(article(text, title=None)), relevance, floor=0.25, among_stories=True)
    assert [p.text for p in result.paragraphs] == ["Putin met Assad.", "Putin visited troops."]
    assert [r.why for r in result.removed] == [
        "off-topic tail: similarity 0.10 to the event, in a closing run of paragraphs below 0.25",
        "off-topic tail: similarity 0.05 to the event, in a closing run of paragraphs below 0.25"]


def test_weakly_related_closing_detail_is_not_a_tail() -> None:
    # Another side of the event that no other outlet covers: below the tail threshold, never off-topic.
    cleaned = clean(article("Aid pours in.\nArtists auction works.\nA town returns a donation.", title=None))
    result = drop_off_topic(cleaned, {0: 0.9, 1: 0.45, 2: 0.4}, floor=0.25, among_stories=True)
    assert len(result.paragraphs) == 3


def test_lone_article_tail_starts_at_the_heading_of_other_stories() -> None:
    text = "\n".join(["Putin met Assad.", "Assad thanked Putin.", "LATEST WORLD STORIES",
                      "Germany moves soldiers out of Iraq.", "Quake hits Puerto Rico."])
    cleaned = clean(article(text, title=None))
    assert cleaned.story_list_from == 2
    result = drop_off_topic(cleaned, {0: 1.0, 1: 0.9, 2: 0.5, 3: 0.1}, floor=0.25, among_stories=False)
    assert [p.text for p in result.paragraphs] == ["Putin met Assad.", "Assad thanked Putin."]
    whys = {r.text: r.why for r in result.removed}
    assert whys["Germany moves soldiers out of Iraq."] == (
        "off-topic tail: listed after the page's heading of other stories")
    assert whys["Quake hits Puerto Rico."] == "off-topic tail: listed after the page's heading of other stories"



def test_a_list_of_other_stories_above_the_body_ends_where_the_story_goes_on() -> None:
    # A "Related News Articles" box between a caption and the body: its teaser goes, the body stays.
    body = ("After photos of the mayor's collection of gold clocks appeared in the Lund Post on Thursday, a judge "
            "issued a gag order to everyone involved in the trial over the sale of the town hall.")
    text = "\n".join(["Gag order in Lund clock trial", "Two of the mayor's gold clocks.", "Related News Articles",
                      "Mayor wants clocks out of court case", body,
                      "Lawyers for the mayor said that searching his name online turned up countless mentions of "
                      "the clocks, which they called unfair to him before a jury."])
    cleaned = clean(article(text, title=None))
    assert cleaned.story_list_from == 2
    result = drop_off_topic(cleaned, {0: 0.6, 1: 0.5, 2: 0.6, 3: 0.8, 4: 0.7}, floor=0.25, among_stories=True)
    assert [p.text for p in result.paragraphs][2:] == [body, cleaned.paragraphs[4].text]
    assert {r.text: r.why for r in result.removed}["Mayor wants clocks out of court case"] == (
        "off-topic tail: listed after the page's heading of other stories")

def test_lone_article_keeps_weak_middle_paragraphs_and_drops_a_junk_ending() -> None:
    cleaned = clean(article("Amtrak rescues a passenger.\n\"It was a nightmare,\" she said.\n"
                            "The elevator was fixed.\nHave a tip we should know?", title=None))
    result = drop_off_topic(cleaned, {0: 1.0, 1: 0.1, 2: 0.6, 3: 0.05}, floor=0.25, among_stories=False)
    assert [p.text for p in result.paragraphs] == [
        "Amtrak rescues a passenger.", "\"It was a nightmare,\" she said.", "The elevator was fixed."]
    assert result.removed[-1].why.startswith("off-topic tail: similarity 0.05")


def test_a_closing_paragraph_naming_the_events_people_is_no_tail() -> None:
    # r17: a judge's closing words about the night he spent in the cell, and a veteran's, scored under the
    # floor in a closing run; the app pitch after them is the tail.
    text = "\n".join(["A judge spent the night in jail with a veteran he had sentenced.",
                      "The two men talked about their service until morning.",
                      "Olivera said he had never done this before.",
                      "Serna thanked the judge.",
                      "Download the Click2Houston news app to stay up to date."])
    cleaned = clean(article(text, title=None))
    relevance = {0: 0.9, 1: 0.6, 2: 0.2, 3: 0.22, 4: 0.1}
    result = drop_off_topic(cleaned, relevance, floor=0.25, among_stories=True, naming={2, 3})
    assert [p.text for p in result.paragraphs] == text.split("\n")[:4]
    assert [r.why for r in result.removed] == [
        "off-topic tail: similarity 0.10 to the event, in a closing run of paragraphs below 0.25"]
    # without the names it is a closing run of three
    unnamed = drop_off_topic(cleaned, relevance, floor=0.25, among_stories=True)
    assert [p.text for p in unnamed.paragraphs] == text.split("\n")[:2]


def test_a_sign_off_naming_the_events_reporter_is_still_a_tail() -> None:
    text = "\n".join(["The reservoir was drained after a man urinated in it.", "The bureau defended the decision.",
                      "Fish said politics had no part in it.", "-- Anna Griffin"])
    cleaned = clean(article(text, title=None))
    result = drop_off_topic(cleaned, {0: 0.9, 1: 0.7, 2: 0.13, 3: 0.04}, floor=0.25, among_stories=True,
                            naming={2, 3})
    assert [r.text for r in result.removed] == ["-- Anna Griffin"]


def test_a_lone_weak_paragraph_naming_the_events_team_is_kept() -> None:
    text = "\n".join(["Rasmussen was withdrawn from the Tour by his team.",
                      "It has been reported that the hotel, where Rabobank's team was staying, was raided.",
                      "The team said he had lied about where he trained.",
                      "Madrid's derby has been postponed."])
    cleaned = clean(article(text, title=None))
    relevance = {0: 0.9, 1: 0.24, 2: 0.7, 3: 0.1}
    result = drop_off_topic(cleaned, relevance, floor=0.25, among_stories=True, naming={1})
    assert [r.text for r in result.removed] == ["Madrid's derby has been postponed."]
    assert result.removed[0].why == "off-topic: similarity 0.10 to the event, below 0.25"
    # without the team's name the raid goes too
    unnamed = drop_off_topic(cleaned, relevance, floor=0.25, among_stories=True)
    assert len(unnamed.removed) == 2


def test_a_lone_articles_closing_quote_naming_its_people_is_kept() -> None:
    text = "\n".join(["Rapinoe answered questions after the Spirit played the anthem early.",
                      "Did you talk to Spirit owner Bill Lynch before kickoff?",
                      "I haven't talked to Bill yet, she said."])
    cleaned = clean(article(text, title=None))
    relevance = {0: 1.0, 1: 0.6, 2: 0.2}
    assert len(drop_off_topic(cleaned, relevance, floor=0.25, among_stories=False).paragraphs) == 2
    assert len(drop_off_topic(cleaned, relevance, floor=0.25, among_stories=False, naming={2}).paragraphs) == 3


def test_the_opening_paragraph_is_never_a_tail() -> None:
    cleaned = clean(article("Putin met Assad.\nAssad thanked Putin.\nA quake hit.", title=None))
    result = drop_off_topic(cleaned, {0: 0.5, 1: 0.1, 2: 0.1}, floor=0.25, among_stories=True)
    assert [p.text for p in result.paragraphs] == ["Putin met Assad."]


_LINE = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc", "Zl", "Zp"]), max_size=50)


@given(st.lists(_LINE, max_size=10))
def test_clean_accounts_for_every_line(lines: list[str]) -> None:
    result = clean(article("\n".join(lines), title=None))
    kept = " ".join(p.text for p in result.paragraphs) + " " + " ".join(r.text for r in result.removed)
    for line in lines:
        # invisible characters (soft hyphens, zero-width spaces) are no text to account for
        for word in visible(line).split():
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
    "(Opens in new window)", "E-mail this to a friend", "click here", "Click ", "below", "above", "Watch the video",
    "Copyright ", "©", "(c) ", "2018", "All rights reserved", "may not be published, broadcast", "(AP Photo/Jane Roe)",
    "(Photo: ", ")", "In this ", "file photo, ", " photo provided", "by signing up", "email sign up", "in your inbox",
    "Get ", "Thank you for registering", "sign up for our newsletter", "Getty Images)", "Media playback is unsupported",
    "Please enable JavaScript", "Copy this code to your website", "1 of 9 Full Screen Autoplay",
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


# Each rule added for the editors' report: a line it removes and a like line of prose it keeps.
_CLUTTER = [
    ("Text Size -", "navigation", "Officials hope to reset relations with Moscow."),
    ("Tweet", "share or social buttons", "Tweet by tweet, the president laid out his case."),
    ("Send", "share or social buttons", "Send in the troops, the senator urged."),
    ("Link", "share or social buttons", "Link roads to the valley were closed."),
    ("Save", "share or social buttons", "Save the Children said 40 aid workers were evacuated."),
    ("Share this article", "share or social buttons", "Share prices fell 3 percent on Tuesday."),
    ("Share | Email | Print", "share or social buttons", "Pin it on the wall, she said."),
    ("Click to share on WhatsApp (Opens in new window)", "share or social buttons",
     "He said he would email the report to a friend at the ministry."),
    ("Advertisement Continue reading the main story", "advertisement",
     "The advertisement ran in three newspapers on Sunday."),
    ("Story continues below", "advertisement", "The story continues to unfold, the mayor said."),
    ("Media playback is unsupported on your device Media caption The mayor visits the flooded district",
     "video player", "The media were barred from the hearing."),
    ("Embed Flood rescue on the river 2:14 autoplay autoplay Copy this code to your website or blog",
     "video player", "Rescuers embedded with the army reached the river on Friday."),
    ("CLOSE Police confirmed the two bodies were the missing hikers. Jane Roe/ Valley Courier", "video player",
     "CLOSE to 200 people were rescued, the CLOSE Brothers bank said."),
    ("More: Flood waters recede in the valley", "related link", "More than 400 people were killed."),
    ("Read or Share this story: https://example.com/flood", "related link",
     "Read more than 2,000 pages of the report."),
    ("Related Articles", "related link", "Related charges were filed against two other men."),
    ("Flood of the century: what the valley lost Read more", "related link",
     "Residents who want to read more can ask for the report at city hall."),
    ("Who knew the dam would fail? Read more", "related link", "Jurors will read more of the letters on Monday."),
    ("(PHOTOS: Flood in the valley)", "related link", "(The photos were taken on Friday.)"),
    ("For the full list of victims, click here.", "link prompt", "Click, the company's new app, was launched in May."),
    ("Watch the video below:", "link prompt", "Temperatures fell below zero on Tuesday."),
    ("Copyright 2018 The Associated Press. All rights reserved.", "copyright notice",
     "Copyright lawyers said the ruling would be appealed."),
    ("This material may not be published, broadcast, rewritten or redistributed.", "copyright notice",
     "The report may not be published before the election, the court said."),
    ("© 2017 WXYZ-TV", "copyright notice", "The station, WXYZ-TV, first aired in 1948."),
    ("Image caption Rescuers searched the flooded houses overnight", "photo caption or credit",
     "Rescuers searched the flooded houses overnight."),
    ("Rescuers carry a man from a flooded house in Valley Town on Friday. (AP Photo/Jane Roe)",
     "photo caption or credit", "Rescuers carried a man from a flooded house in Valley Town on Friday."),
    ("(Photo: Jane Roe)", "photo caption or credit", "(She took the photo herself.)"),
    ("FILE - In this March 3, 2019 file photo, the mayor speaks at a news conference in Valley Town.",
     "photo caption or credit", "In this town, photo shops closed early."),
    ("A boat on the flooded road. (Jane Roe/Getty Images)", "photo caption or credit",
     "Getty Images said it would stop selling the pictures."),
    ("Jane Roe/Example News", "photo caption or credit", "Jane Roe, of Example News, was there."),
    ("Photo", "photo caption or credit", "Photo finish decided the race."),
    ("– Follow the Ticker on Twitter: @exampleticker", "social media prompt",
     "Follow-up talks with the US on trade stalled."),
    ("Find WXYZ on Facebook: https://www.facebook.com/wxyz", "social media prompt",
     "Like Facebook, Twitter has struggled to grow."),
    ("Twitter: @janeroe", "reporter contact", "The man, who goes by the handle @janeroe, was arrested."),
    ("jane.roe@example.com", "reporter contact", "He sent an email to jane.roe@example.com on Friday."),
    ("[Sign up for the Morning Letter to get the news in your inbox each week.]", "newsletter or subscription pitch",
     "Residents can sign up for the lottery at city hall."),
    ("Get news from Example in your inbox, each weekday morning", "newsletter or subscription pitch",
     "Most of the messages landed in his inbox."),
    ("By Jane Roe", "byline or credit", "By Friday, the river had fallen."),
    ("Photograph by Jane Roe", "byline or credit", "Photographs by Jane Roe won the prize in 2019."),
    ("By ANA RUIZ, TOMAS BERG and LENA VOSS", "byline or credit", "By Monday, Ruiz, Berg and Voss had left."),
    ("By Marta Quell", "byline or credit", "By March, Quell had resigned."),
    ("With reporting by Jonas Pell and Lena Voss", "byline or credit",
     "Reporting by the council suggests the fire was set."),
    ("Reporting by Jane Roe; Editing by John Doe", "byline or credit", "Reporting by Roe, Doe found the memo."),
    ("Jonas Pell | Staff Writer", "byline or credit", "Jonas Pell, a staff writer, was injured."),
    ("Jane Roe and John Doe, Associated Press", "byline or credit", "Jane Roe and John Doe, both 34, were hurt."),
    ("Marta Quell, Senior Correspondent", "byline or credit", "Marta Quell, the senior correspondent, said so."),
    ("Story continues below advertisement", "advertisement", "The story continues below the surface, he said."),
    ("Advertisement - scroll to continue", "advertisement", "Advertisement spending fell 5 percent."),
    ("Article continues after this ad", "advertisement", "The article continues a series on the flood."),
    ("ADVERTISEMENT", "advertisement", "The advertisement ran in May."),
    ("Sponsored content", "advertisement", "Sponsored by the council, the race drew 500 runners."),
    ("This article is for subscribers only.", "paywall or subscription prompt",
     "The paper has 40,000 subscribers, its editor said."),
    ("To continue reading, log in or subscribe.", "paywall or subscription prompt",
     "Members continue reading the bill on Monday."),
    ("Already a subscriber? Sign in", "paywall or subscription prompt", "He was already a member of the board."),
    ("You have reached your limit of free articles this month.", "paywall or subscription prompt",
     "You have reached the limit of what the dam can hold, engineers said."),
    ("(jc/bk)", "wire desk code", "(The talks resumed on Monday.)"),
    ("nn", "wire desk code", "The nn index rose."),
    ("The tribunal, graf 5 pvs", "wire desk code", "The tribunal met for the fifth time."),
]


@pytest.mark.parametrize(("line", "reason", "prose"), _CLUTTER)
def test_page_clutter_is_removed_and_like_prose_is_kept(line: str, reason: str, prose: str) -> None:
    assert (boilerplate_reason(line), boilerplate_reason(prose)) == (f"boilerplate: {reason}", None)


@pytest.mark.parametrize("label", ["Tweet", "Send", "Link", "Share", "Pin", "WhatsApp", "Messenger", "Email",
                                   "Print", "Comment", "Save", "Play Facebook", "Google Plus", "share tweet pin email"])
def test_share_button_labels_are_buttons(label: str) -> None:
    assert boilerplate_reason(label) == "boilerplate: share or social buttons"


def test_a_short_line_between_share_buttons_is_a_button() -> None:
    # The labels are an open set: "Viber" is known by where it stands, and the line after the run is kept.
    result = clean(article("Tweet\nViber\nSend\nFloods cut off Valley Town on Friday.\nViber", title=None))
    assert [p.text for p in result.paragraphs] == ["Floods cut off Valley Town on Friday.", "Viber"]
    assert [(r.text, r.why) for r in result.removed] == [
        ("Tweet", "boilerplate: share or social buttons"),
        ("Viber", "boilerplate: share or social buttons (between two of them)"),
        ("Send", "boilerplate: share or social buttons"),
    ]


def test_wire_dateline_with_an_underscore_is_taken_off_the_lead() -> None:
    text = ("RIO DE JANEIRO, Brazil (AP) _ Brazilian voters went to the polls on Sunday.\n\n"
            "The hostages _ six of them _ were freed.")
    result = clean(article(text, title=None))
    assert [p.text for p in result.paragraphs] == [
        "Brazilian voters went to the polls on Sunday.", "The hostages _ six of them _ were freed."]
    assert [(r.text, r.why) for r in result.removed] == [
        ("RIO DE JANEIRO, Brazil (AP)", "dateline: place of the report")]


@pytest.mark.parametrize("place", ["ZÜRICH (Reuters)", "BÉCHAR, Algeria", "SÃO PAULO, Brazil (AP)"])
def test_wire_dateline_with_accented_capitals_is_taken_off_the_lead(place: str) -> None:
    result = clean(article(f"{place} — The central bank raised its rate on Thursday.", title=None))
    assert [p.text for p in result.paragraphs] == ["The central bank raised its rate on Thursday."]
    assert [(r.text, r.why) for r in result.removed] == [(place, "dateline: place of the report")]


def test_a_wire_dateline_after_a_standfirst_is_taken_off_the_lead() -> None:
    text = ("Police name the third attacker of Saturday's rampage.\n\n"
            "LONDON (AP) — British police have named the third attacker as a 22-year-old man.\n\n"
            "He was 22.\n\nThe roads stayed closed.\n\n"
            "PARIS — French police said they had not been told.")  # deep in the story: a quoted wire, left
    result = clean(article(text, title=None))
    assert [p.text for p in result.paragraphs] == [
        "Police name the third attacker of Saturday's rampage.",
        "British police have named the third attacker as a 22-year-old man.", "He was 22.",
        "The roads stayed closed.", "PARIS — French police said they had not been told."]
    assert ("LONDON (AP)", "dateline: place of the report") in [(r.text, r.why) for r in result.removed]


def test_an_inline_related_link_does_not_start_a_list_of_other_stories() -> None:
    text = "\n".join(["Floods cut off Valley Town.", "RELATED: Mayor promises new levees", "The river rose two metres.",
                      "Related Articles"])
    cleaned = clean(article(text, title=None))
    assert cleaned.story_list_from == 2  # at "Related Articles", not at the link


# A scraped page of a one-article event: share buttons on top, a headline, then the body (invented text).
_ONE_ARTICLE_PAGE = """Tweet

Send

Link

Share

Pin

WhatsApp

Messenger

Flood cuts off mountain town of Valley Town

Floodwaters from the swollen Grey River cut off the mountain town of Valley Town on Friday, stranding about 2,000
residents after the only bridge into the town collapsed before dawn, regional officials said.

Rescue teams in boats and two army helicopters evacuated 140 people from houses on the river bank by the afternoon,
the regional emergency service said. Nobody was reported killed, but three people were taken to hospital.

The river rose by more than two metres overnight after three days of heavy rain, the national weather office said,
and more rain is forecast for the weekend.

Mayor Ana Ruiz said the town had food and drinking water for about a week. "We are cut off, but we are not alone,"
she told reporters by telephone, asking for a temporary bridge to be built as soon as the water falls.

Engineers from the army are expected to begin work on a floating bridge on Saturday if the current allows it.
"""


def test_a_lone_article_with_share_buttons_on_top_keeps_its_body() -> None:
    # Reported: the buttons made the reference, the body went as an off-topic tail, "Tweet" became the headline.
    page = Article("valley", "valley.txt", None, None, _ONE_ARTICLE_PAGE)
    result = brief_inputs(Inputs((page,), ()), Config())
    [event] = result.events
    [account] = result.articles
    assert account.status is Status.USED
    assert {r.text for r in account.removed if "button" in r.why} == {
        "Tweet", "Send", "Link", "Share", "Pin", "WhatsApp", "Messenger"}
    body = paragraphs_of(_ONE_ARTICLE_PAGE)[7:]
    off_topic = [r.text for r in account.removed if r.why.startswith("off-topic")]
    # At most a short closing paragraph goes; the paragraphs that tell the story stay.
    assert sum(len(text.split()) for text in off_topic) < sum(len(text.split()) for text in body) / 2
    assert not set(off_topic) & set(body[:4])
    assert "Valley Town" in event.headline or "Grey River" in event.headline, event.headline
    summary = " ".join(s.text for s in event.summary)
    assert not re.search(r"\b(Tweet|Send|Link|Pin|WhatsApp|Messenger)\b", event.headline + summary)


def test_a_lone_article_keeps_the_body_its_own_opening_does_not_resemble() -> None:
    # Scores of a page whose opening is clutter the rules do not know: the body, low against it, holds most
    # of the words, so the opening is a bad reference, not the body an off-topic tail.
    body = [f"Body paragraph {n} of the flood story, with some more words." for n in range(6)]
    text = "\n".join(["Watch live", "Listen", "Breaking", *body])
    cleaned = clean(article(text, title=None))
    relevance = {p.index: (0.9 if p.index < 3 else 0.1) for p in cleaned.paragraphs}
    result = drop_off_topic(cleaned, relevance, floor=0.25, among_stories=False)
    assert result.paragraphs == cleaned.paragraphs


def test_a_lone_article_still_loses_a_short_junk_ending() -> None:
    text = "\n".join([f"Body paragraph {n} of the flood story, with some more words." for n in range(4)]
                     + ["Have a tip we should know? Tell us."])
    cleaned = clean(article(text, title=None))
    relevance = {p.index: (0.05 if p.index == 4 else 0.8) for p in cleaned.paragraphs}
    result = drop_off_topic(cleaned, relevance, floor=0.25, among_stories=False)
    assert [r.text for r in result.removed] == ["Have a tip we should know? Tell us."]


@given(st.lists(st.integers(1, 60), min_size=1, max_size=12), st.data())
def test_similarity_never_removes_as_many_words_of_a_lone_article_as_it_keeps(
    sizes: list[int], data: st.DataObject
) -> None:
    text = "\n".join(" ".join(["word"] * size) + "." for size in sizes)
    cleaned = clean(article(text, title=None))
    scores = data.draw(st.lists(st.floats(-1, 1), min_size=len(sizes), max_size=len(sizes)))
    result = drop_off_topic(cleaned, dict(enumerate(scores)), floor=0.25, among_stories=False)
    kept = sum(len(p.text.split()) for p in result.paragraphs)
    removed = sum(len(r.text.split()) for r in result.removed)
    assert removed == 0 or removed < kept


# A linked name's card of teasers run into the sentence that names it (text written for the test).
_CARD_BLOCK = ("Senator Ana Ruiz Ana Maria RuizRuiz to headline the state fair Valley council votes to close the "
               "mill Flood waters recede: report MORE criticised the council's budget on Tuesday, calling it "
               "“reckless.”")
_CLUTTER_LINES = st.sampled_from([line for line, _, _ in _CLUTTER] + [prose for _, _, prose in _CLUTTER]
                                 + ["DAMASCUS (AP) _ Putin met Assad.", "Tweet", "Viber", "Putin met Assad",
                                    _CARD_BLOCK])


@given(st.lists(_CLUTTER_LINES | _LINE, max_size=12), st.sampled_from(["\n", "\n\n"]))
def test_clean_keeps_or_lists_every_word_once(lines: list[str], separator: str) -> None:
    # Kept paragraphs and removed spans together hold the input's words, none lost and none twice.
    text = separator.join(lines)
    result = clean(article(text, title=None))
    out = [p.text for p in result.paragraphs] + [r.text for r in result.removed]
    # a word split by an invisible character ("Brenner\u00adwald") is one word
    assert Counter(re.findall(r"[^\W_]+", " ".join(out))) == Counter(re.findall(r"[^\W_]+", visible(text)))


def test_a_page_cut_mid_sentence_loses_the_cut_sentence() -> None:
    text = ("The mill will close.\nLosses grew for two years. The chief said talks with two potential…\n"
            "This article is for subscribers only.\nAlready a subscriber? Sign in")
    result = clean(article(text, title=None))
    assert [p.text for p in result.paragraphs] == ["The mill will close.", "Losses grew for two years."]
    assert result.removed[-1].text == "The chief said talks with two potential…"
    assert result.removed[-1].why.startswith("truncated: the page is cut off mid-sentence here before a paywall")


def test_a_paywall_after_a_sentence_without_its_end_cuts_it_and_whole_pages_keep_theirs() -> None:
    assert cut_sentence("Talks failed. The chief said that", paywalled=True) == Cut("Talks failed.",
                                                                                     "The chief said that")
    assert cut_sentence("Talks failed. The chief said that") is None
    assert cut_sentence("Talks failed, he said...") == Cut("", "Talks failed, he said...")
    assert cut_sentence('"We will rebuild," she said.') is None
    # an ellipsis inside a quotation that is then closed ends no page
    assert cut_sentence('"We will rebuild..." she said.') is None


def test_invisible_characters_leave_words_whole_and_read_paragraphs_unlisted() -> None:
    page = Article("a", "a.html", "Avalanche closes Brenner\u00adwald pass", dt.date(2023, 1, 17),
                   "An avalanche closed the Brenner\u00adwald pass, said Katrin Ober\u200bholzer.",
                   (Removed("An avalanche closed the Brenner\u00adwald pass, said Katrin Ober\u200bholzer.",
                            "outside the page's main text"), Removed("Home | News", "outside the page's main text")))
    result = clean(page)
    assert result.article.title == "Avalanche closes Brennerwald pass"
    assert [p.text for p in result.paragraphs] == ["An avalanche closed the Brennerwald pass, said Katrin Oberholzer."]
    assert [r.text for r in result.removed] == ["Home | News"]


def test_a_wires_typewriter_quotation_marks_are_typeset() -> None:
    wire = Article("a", "a.txt", None, dt.date(1998, 12, 21),
                   "The dissident was sentenced to 13 years for ``subversion of state power,'' his wife said.")
    assert [p.text for p in clean(wire).paragraphs] == [
        "The dissident was sentenced to 13 years for \u201csubversion of state power,\u201d his wife said."]


_FOOTER = ["About the Valley Chronicle",
           "The Valley Chronicle is an independent paper owned by a trust of its readers since 1921.",
           "Write to the desk at 14 Mill Lane, or call us between nine and six on weekdays."]


def test_a_footer_shared_by_two_stories_is_boilerplate() -> None:
    first = clean(Article("a", "a", None, None, "\n".join(["Families were evacuated from Marn.", *_FOOTER])))
    second = clean(Article("b", "b", None, None, "\n".join(["Barley fields drowned near Marn.", *_FOOTER])))
    third = clean(Article("c", "c", None, None, "The river burst its banks at Marn."))
    found = drop_shared_footers([first, second, third])
    assert [[p.text for p in a.paragraphs] for a in found] == [
        ["Families were evacuated from Marn."], ["Barley fields drowned near Marn."],
        ["The river burst its banks at Marn."]]
    footer = "boilerplate: publisher's footer, also at the end of b, another story"
    assert [r.why for r in found[0].removed] == [footer] * 3


def test_background_two_updates_of_a_story_end_with_is_kept() -> None:
    background = ["The airline closed for two weeks in September after its union rejected a pay deal.",
                  "The union later accepted the deal, and the airline resumed flights in October."]
    first = clean(Article("a", "a", None, None, "\n".join(["The airline's union accepted a pay deal.", *background])))
    second = clean(Article("b", "b", None, None, "\n".join(["The airline resumed flights in October.", *background])))
    assert drop_shared_footers([first, second]) == [first, second]


def test_a_lone_weak_paragraph_that_names_nothing_continues_the_event() -> None:
    text = "\n".join(["A footbridge over the Dunmore canal collapsed, injuring 14.", "The mayor promised a review.",
                      "A memorial concert planned for next month has been postponed.", "Witnesses saw it sway."])
    relevance = {0: 0.9, 1: 0.6, 2: 0.2, 3: 0.7}
    result = drop_off_topic(clean(article(text, title=None)), relevance, floor=0.25, among_stories=True)
    assert len(result.paragraphs) == 4 and result.removed == ()
    teaser = text.replace("A memorial concert planned for next month", "Madrid's derby")
    result = drop_off_topic(clean(article(teaser, title=None)), relevance, floor=0.25, among_stories=True)
    assert [r.text for r in result.removed] == ["Madrid's derby has been postponed."]


def test_closing_paragraphs_two_versions_of_one_story_share_are_not_a_footer() -> None:
    # Issue 14: two reworded versions of one flood story lost their common closing paragraphs as
    # "publisher's footer ... another story": they share no paragraph before them, but one story.
    closing = ["The Tarn valley last flooded this badly in 1999, when 35 people died.",
               "Forecasters expect more rain in the south of France later this week."]
    ap = ["Floods in the Tarn valley killed 12 people and left 3 missing on Sunday, rescuers said.",
          "The river Tarn rose four metres overnight after two days of heavy rain, flooding the town of Albi.",
          "Rescuers in boats searched flooded streets for the missing, the regional prefect said."]
    reuters = ["At least 14 people were killed and 4 are missing after floods swept the Tarn valley, officials said.",
               "Two days of torrential rain pushed the Tarn four metres higher overnight and water flooded Albi.",
               "Emergency crews used boats to search the streets of Albi for the missing, said the regional prefect."]
    first = clean(Article("ap", "ap.txt", None, None, "\n\n".join([*ap, *closing])))
    second = clean(Article("reuters", "reuters.txt", None, None, "\n\n".join([*reuters, *closing])))
    found = drop_shared_footers([first, second])
    assert [[p.text for p in a.paragraphs][-2:] for a in found] == [closing, closing]
    assert [a.removed for a in found] == [(), ()]


def test_a_caption_with_its_credit_is_removed_where_it_runs_into_the_text_or_opens_a_block() -> None:
    text = ("Pupils, some with parents, cross a snowy road as a storm dropped snow over Fort Collins, Colo., on"
            " Tuesday. (Photo: Jane Roe AP) Story Highlights Parts of Ohio hit with a foot of snow\n\n"
            "Eric Lind / AP Senator Ana Ruiz listens as the Senate debates a bill, on May 2, 2014, in Austin.\n\n"
            "A storm closed roads across the state on Tuesday, officials said.")
    cleaned = clean(Article("a", "a.txt", None, None, text))
    assert [p.text for p in cleaned.paragraphs] == ["A storm closed roads across the state on Tuesday, officials said."]
    assert [r.why for r in cleaned.removed] == ["photo caption or credit", HIGHLIGHTS, "photo caption or credit"]
    assert cleaned.removed[0].text.endswith("on Tuesday. (Photo: Jane Roe AP)")


def test_a_block_closing_with_a_photographer_and_outlet_credit_is_a_caption() -> None:
    # r17: "Police officers at ... were assigned to ... (Katherine Frey/The Washington Post)" headed a brief.
    caption = ("Police officers at the Valley Park stadium were assigned to captain Ana Ruiz, whose protest "
               "has stirred controversy. (Jane Roe/The Valley Post)")
    story = "Ana Ruiz knelt during the anthem before Sunday's match (her third protest/this season)."
    cleaned = clean(Article("a", "a.txt", None, None, f"{caption}\n\n{story}"))
    assert [p.text for p in cleaned.paragraphs] == [story]
    assert [(r.text, r.why) for r in cleaned.removed] == [(caption, "photo caption or credit")]


def test_a_page_label_run_into_its_sentence_is_removed_and_the_sentence_kept() -> None:
    text = ("Story highlights Ana Lind said on Monday that the council must focus on the poor.\n\n"
            "UPDATE: Police identified the two hikers found near the bridge.\n\n"
            "Highlights of the match were shown on television.")
    cleaned = clean(Article("a", "a.txt", None, None, text))
    assert [p.text for p in cleaned.paragraphs] == [
        "Ana Lind said on Monday that the council must focus on the poor.",
        "Police identified the two hikers found near the bridge.",
        "Highlights of the match were shown on television."]
    assert [(r.text, r.why) for r in cleaned.removed] == [
        ("Story highlights", "boilerplate: page label"), ("UPDATE:", "boilerplate: page label")]


def test_a_pages_list_of_highlights_goes_whole_and_its_story_stays() -> None:
    # r18: a headline copied the page's own highlight ("Story highlights Bernie Sanders said ..."), which
    # the account listed under a removed label.
    text = ("Story highlights Ana Lind said the decision underscores the council's focus on the poor\n\n"
            "Lind called the mayor 'one of the great leaders of our time'\n\n"
            "Valley City (CNN) Councillor Ana Lind praised the mayor on Thursday for closing the mill.\n\n"
            "Highlights of the vote were shown on television")
    cleaned = clean(Article("a", "a.txt", None, None, text))
    assert [p.text for p in cleaned.paragraphs] == [
        "Valley City (CNN) Councillor Ana Lind praised the mayor on Thursday for closing the mill.",
        "Highlights of the vote were shown on television"]
    assert [(r.text[:24], r.why) for r in cleaned.removed] == [
        ("Story highlights Ana Lin", HIGHLIGHTS), ("Lind called the mayor 'o", HIGHLIGHTS)]


def test_a_caption_whose_bare_agency_credit_runs_into_the_lead_is_removed() -> None:
    # r18: "The cabin of a ... plane. AP American Airlines said ..." headed a brief as "AP American Airlines ...".
    text = ("The cockpit of a Valley Air jet. AP Valley Air on Thursday said it received an unsolicited offer.\n\n"
            "Officials met on Monday. APEC leaders then spoke, AP reported.")
    cleaned = clean(Article("a", "a.txt", None, None, text))
    assert [p.text for p in cleaned.paragraphs] == [
        "Valley Air on Thursday said it received an unsolicited offer.",
        "Officials met on Monday. APEC leaders then spoke, AP reported."]
    assert [(r.text, r.why) for r in cleaned.removed] == [
        ("The cockpit of a Valley Air jet. AP", "photo caption or credit")]


def test_a_wires_dlrs_amounts_are_written_with_a_dollar_sign() -> None:
    # r18: "a dlrs 39 million dollar U.S. grant" in a headline.
    text = ("Lind spoke of a dlrs 39 million dollar grant, U.S. dlrs 2.1 billion in debts and 500 dlrs a month.\n\n"
            "The dollar fell, and the bill of $3,100 dollars a day was paid.")
    cleaned = clean(Article("a", "a.txt", None, None, text))
    assert [p.text for p in cleaned.paragraphs] == [
        "Lind spoke of a $39 million grant, US$2.1 billion in debts and $500 a month.",
        "The dollar fell, and the bill of $3,100 a day was paid."]


def test_a_card_of_teasers_run_into_a_sentence_is_cut_and_the_sentence_kept() -> None:
    # Names glued to teasers, teasers run together, a "MORE" link; the sentence goes on after it.
    prose = ["President Ruiz said the council must “DO MORE for the valley” before the vote.",
             "Tom McDonald, a YouTube host, and Ana DeLuca said MORE than 400 homes were flooded.",
             "Ana Ruiz Ana Maria Ruiz was elected in 2019 and her iPhone app drew MORE interest."]
    cleaned = clean(Article("a", "a.txt", None, None, "\n\n".join([_CARD_BLOCK, *prose])))
    assert [p.text for p in cleaned.paragraphs] == [
        "Senator Ana Ruiz criticised the council's budget on Tuesday, calling it “reckless.”", *prose]
    assert [(r.text, r.why) for r in cleaned.removed] == [
        ("Ana Maria RuizRuiz to headline the state fair Valley council votes to close the mill Flood waters "
         "recede: report MORE", TEASER_CARD)]
