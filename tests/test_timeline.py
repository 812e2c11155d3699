"""Date expressions resolved against the publication date, at the precision the text gives."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SHARED, shared_or_skip
from newsbrief import Brief, Config, brief
from newsbrief.checks import timeline_guard
from newsbrief.model import Account, Dated, Event, Sentence, Status
from newsbrief.render import to_html, to_json, to_markdown
from newsbrief.timeline import (
    date_at,
    mentions,
    named_days,
    place_dates,
    scannable,
    sentence_dates,
    timeline,
    told_dates,
    told_weekdays,
    unplaced_dates,
    written,
)

WEDNESDAY = dt.date(2020, 1, 8)


def dates(text: str, published: dt.date | None = WEDNESDAY) -> list[str]:
    return [m.date for m in mentions(Sentence("a", 0, 0, text), published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Putin met Assad on Tuesday in Damascus.", ["2020-01-07"]),
    ("On Friday, a U.S. drone strike killed Soleimani.", ["2020-01-03"]),
    ("Putin is due to hold talks on Wednesday with Erdogan.", ["2020-01-08"]),
    ("Putin will fly to Ankara on Friday.", ["2020-01-10"]),
    ("Russia joined the war in 2015.", ["2015"]),
    ("Putin had visited Syria in December 2017.", ["2017-12"]),
    ("Assad met Putin in May 2018, November 2017 and October 2015.", ["2018-05", "2017-11", "2015-10"]),
    ("Prystaiko wrote on Twitter on January 8, 2020.", ["2020-01-08"]),
    ("The ceasefire began Dec. 30 and the talks Jan. 7.", ["2019-12-30", "2020-01-07"]),
    ("Officials said yesterday that talks would resume tomorrow.", ["2020-01-07", "2020-01-09"]),
    ("Sales fell last month and rose last year.", ["2019-12", "2019"]),
    ("The vote was held on 3 March 2019.", ["2019-03-03"]),
    ("Two days ago the ferry sank; a week ago it had passed inspection.", ["2020-01-06", "2020-01-01"]),
    # no tense read ("hit"): a day up to 90 days ahead is the coming one, beyond it the last one
    ("A magnitude 8.8, February 27 earthquake hit central Chile.", ["2020-02-27"]),
    ("A magnitude 8.8, May 27 earthquake hit central Chile.", ["2019-05-27"]),
    ("The storm will hit the coast on May 27.", ["2020-05-27"]),
])
def test_expressions_resolve_against_the_publication_date(text: str, expected: list[str]) -> None:
    assert dates(text) == expected


def test_last_week_keeps_only_what_is_known() -> None:
    # 30 Dec 2019 - 5 Jan 2020 spans two years: no month, no year can be given.
    assert dates("The general was killed last week.") == []
    # 6-12 January 2020 lies in one month.
    assert dates("The general was killed last week.", dt.date(2020, 1, 15)) == ["2020-01"]
    # in a Sunday paper of 4 October 1998, "last week" may be 21-27 September or 27 September - 3 October
    assert dates("The president said last week he would go.", dt.date(1998, 10, 4)) == ["1998"]


def test_no_publication_date_no_relative_dates() -> None:
    assert dates("Putin met Assad on Tuesday, after talks in May 2018 and Jan. 7.", None) == ["2018-05"]


def test_quoted_relative_dates_are_the_speakers_and_left_out() -> None:
    assert dates('He wrote: "the visit today will be historic" on January 8, 2020.') == ["2020-01-08"]


def test_figures_and_verbs_are_not_dates() -> None:
    assert dates("In March 1,000 people may 2 protest; 2015 troops marched.") == []


def test_same_happening_merged_with_the_date_most_stories_give() -> None:
    drone = "A U.S. drone strike killed Soleimani on Friday."
    sentences = [Sentence("early", 0, 0, drone), Sentence("late", 0, 0, drone.replace("on Friday", "Friday"))]
    vectors = np.ones((2, 2), dtype=np.float32) / np.sqrt(2)
    published = {"early": dt.date(2020, 1, 8), "late": dt.date(2020, 1, 11)}
    [entry] = timeline(sentences, vectors, published, {"early": "early", "late": "late"}, same_event=0.6)
    # one story each: the earlier page's reading wins; both articles are sources
    assert (entry.date, entry.sources) == ("2020-01-03", ("early", "late"))


def _told(*articles: tuple[str, str]) -> tuple[list[Sentence], np.ndarray]:
    """Sentences of articles, each sentence's vector the one-hot of its happening (a word it names)."""
    happenings = ["Soleimani", "Assad", "Erdogan"]
    sentences = [Sentence(article, 0, i, text)
                 for article, texts in articles for i, text in enumerate(texts.split("|"))]
    vectors = np.array([[float(h in s.text) for h in happenings] for s in sentences], dtype=np.float32)
    return sentences, vectors


DRONE = "A U.S. drone strike killed Soleimani on Friday."
MEETING = "Putin met Assad in Damascus on Tuesday."
TALKS = "Putin is due to hold talks with Erdogan in Turkey on Wednesday."


def test_a_stale_page_date_gives_way_to_the_days_two_other_stories_give() -> None:
    # "late" was crawled on Saturday 11 January; its Friday and Tuesday are those the others date.
    sentences, vectors = _told(("wire", f"{DRONE}|{MEETING}"), ("paper", f"{DRONE}|{MEETING}"),
                               ("late", f"{DRONE}|{MEETING}|{TALKS}"))
    published = {"wire": dt.date(2020, 1, 7), "paper": dt.date(2020, 1, 8), "late": dt.date(2020, 1, 11)}
    stories = {a: a for a in published}
    dates = written(sentences, vectors, published, stories, same_event=0.6)
    # the earliest day that fits both weekdays: the day of the meeting it reports
    assert dates == {**published, "late": dt.date(2020, 1, 7)}
    talks = [d for d in timeline(sentences, vectors, dates, stories, 0.6) if "Erdogan" in d.text]
    assert [d.date for d in talks] == ["2020-01-08"]
    # one witness is not enough to overrule a page date: a preview can be read as a report
    alone = [s for s in sentences if s.article_id != "paper"]
    assert written(alone, vectors[[i for i, s in enumerate(sentences) if s.article_id != "paper"]],
                   published, stories, 0.6) == published


def test_an_undated_article_is_dated_when_its_weekdays_pin_the_day() -> None:
    sentences, vectors = _told(("dated", f"{DRONE}|{MEETING}"), ("undated", f"{DRONE}|{MEETING}|{TALKS}"),
                               ("vague", f"{MEETING}|{TALKS}"))
    published = {"dated": dt.date(2020, 1, 8)}
    # Friday the 3rd and Tuesday the 7th leave the 7th to the 9th; a Tuesday alone leaves a week
    dates = written(sentences, vectors, published, {a: a for a in ("dated", "undated", "vague")}, 0.6)
    assert dates == {"dated": dt.date(2020, 1, 8), "undated": dt.date(2020, 1, 7)}


def test_a_page_date_never_moves_later() -> None:
    sentences, vectors = _told(("a", f"{DRONE}|{MEETING}"), ("b", f"{DRONE}|{MEETING}"), ("ahead", DRONE))
    published = {"a": dt.date(2020, 1, 8), "b": dt.date(2020, 1, 9), "ahead": dt.date(2020, 1, 2)}
    # "ahead" reads its Friday as 27 December; fitting the others would need a later day of writing
    assert written(sentences, vectors, published, {a: a for a in published}, 0.6) == published


def test_witnesses_that_disagree_or_copy_are_no_evidence() -> None:
    sentences, vectors = _told(("a", DRONE), ("b", DRONE), ("late", DRONE), ("copy", DRONE), ("undated", DRONE))
    published = {"a": dt.date(2020, 1, 8), "b": dt.date(2020, 1, 14), "late": dt.date(2020, 1, 20),
                 "copy": dt.date(2020, 1, 20)}
    # "a" and "b" date the Friday a week apart; "copy" is a reworded copy of "late", no second witness
    stories = {"a": "a", "b": "b", "late": "late", "copy": "late", "undated": "undated"}
    assert written(sentences, vectors, published, stories, 0.6) == published


@given(st.text(max_size=200), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)) | st.none())
def test_any_text_resolves_to_well_formed_dates(text: str, published: dt.date | None) -> None:
    for date in dates(text, published):
        assert len(date) in (4, 7, 10)
        dt.date.fromisoformat(date if len(date) == 10 else (date + "-01-01")[:10] if len(date) == 4 else date + "-01")


CASES = SHARED / "cases"


def _date_in(path: Path, expression: str, published: dt.date) -> str | None:
    """The date the timeline gives an expression, found by its words in an article of a case."""
    text = path.read_text(encoding="utf-8")
    start = text.index(expression)
    found = (date_at(text, offset, published) for offset in range(start, start + len(expression)))
    return next((date for date in found if date is not None), None)


@pytest.fixture(scope="module")
def year_boundary() -> Brief:
    return brief([shared_or_skip(CASES / "01-year-boundary-weekday" / "input")])


@pytest.fixture(scope="module")
def same_weekday() -> Brief:
    return brief([shared_or_skip(CASES / "02-last-weekday-same-day" / "input")])


@pytest.mark.parametrize(("article", "expression", "expected"), [
    ("a-harbour-wire", "on Sunday night", "2024-12-29"),
    ("a-harbour-wire", "last month", "2024-12"),
    ("a-harbour-wire", "on Friday", "2025-01-03"),
    ("b-island-daily", "on Monday", "2024-12-30"),
    ("b-island-daily", "on Sunday night", "2024-12-29"),
    ("b-island-daily", "Dec. 30", "2024-12-30"),
    ("c-coast-review", "last week", "2024-12"),
    ("c-coast-review", "on Sunday night", "2024-12-29"),
])
def test_case_01_weekdays_of_december_in_a_january_article(article: str, expression: str, expected: str) -> None:
    path = shared_or_skip(CASES / "01-year-boundary-weekday" / "input" / f"{article}.txt")
    assert _date_in(path, expression, dt.date(2025, 1, 1)) == expected


def test_case_01_timeline_and_publication_dates(year_boundary: Brief) -> None:
    [event] = year_boundary.events
    assert {a.id: a.published for a in year_boundary.articles} == dict.fromkeys(
        ("a-harbour-wire", "b-island-daily", "c-coast-review"), dt.date(2025, 1, 1))
    dated = {(d.date, d.text.split(",")[0]) for d in event.timeline}
    assert ("2024-12-29", "The cargo ferry Northern Tern ran aground off Marrow Island on Sunday night") in dated
    assert ("2025-01-03", "Salvage crews will try to refloat the ferry on Friday") in dated
    assert {d.date for d in event.timeline if "Dec. 30" in d.text or "on Monday" in d.text} == {"2024-12-30"}
    assert not [d for d in event.timeline if d.date.startswith("2025-12") or d.date == "2025-01-05"]


@pytest.mark.parametrize(("article", "published", "expression", "expected"), [
    ("a-valley-news", dt.date(2023, 3, 14), "last Tuesday", "2023-03-07"),
    ("a-valley-news", dt.date(2023, 3, 14), "On Tuesday", "2023-03-14"),
    ("b-county-herald", dt.date(2023, 3, 14), "two weeks ago", "2023-02-28"),
    ("b-county-herald", dt.date(2023, 3, 14), "last Tuesday", "2023-03-07"),
    ("b-county-herald", dt.date(2023, 3, 14), "on Tuesday", "2023-03-14"),
    ("c-river-post", dt.date(2023, 3, 15), "March 7", "2023-03-07"),
    # past tense in its own clause, though the sentence goes on about next week
    ("c-river-post", dt.date(2023, 3, 15), "on Tuesday", "2023-03-14"),
])
def test_case_02_last_tuesday_written_on_a_tuesday(
    article: str, published: dt.date, expression: str, expected: str
) -> None:
    path = shared_or_skip(CASES / "02-last-weekday-same-day" / "input" / f"{article}.txt")
    assert _date_in(path, expression, published) == expected


def test_case_02_timeline_dates_the_vote_a_week_back(same_weekday: Brief) -> None:
    [event] = same_weekday.events
    vote = [d for d in event.timeline if "last Tuesday" in d.text]
    assert vote and {d.date for d in vote} <= {"2023-03-07", "2023-02-28"}
    [announced] = [d for d in event.timeline if d.text.startswith("On Tuesday, Mayor Irene Coll announced")]
    assert announced.date == "2023-03-14"
    assert not [d for d in event.timeline if d.date == "2023-03-14" and re.search(r"clos|vote", d.text)]
    texts = [d.text for d in event.timeline]
    assert len(texts) == len(set(texts))


def _crowded() -> Brief:
    """An event with 20 dated happenings: entry i is told by i % 4 + 1 articles, "copy" repeating "a"."""
    tellers = ("a", "copy", "b", "c")
    timeline_ = tuple(Dated(f"2020-01-{day:02d}", f"Happening {day}.", tellers[:day % 4 + 1]) for day in range(1, 21))
    articles = tuple(Account(a, f"{a}.txt", a, dt.date(2020, 1, 21), Status.USED, "used") for a in tellers)
    articles = tuple(replace(a, status=Status.COPY, copy_of="a") if a.id == "copy" else a for a in articles)
    return Brief((Event("event-1", "Twenty things happened.", (), tellers, timeline=timeline_),), articles)


def test_markdown_and_html_show_the_fifteen_happenings_most_stories_date_in_date_order() -> None:
    crowded = _crowded()
    shown = re.findall(r"^- (2020-01-\d\d): Happening", to_markdown(crowded), re.MULTILINE)
    # three stories: days 3, 7, 11, 15, 19; two: 2, 6, 10, 14, 18 (a copy is no second story); then one,
    # the latest first
    assert shown == [f"2020-01-{day:02d}" for day in sorted((3, 7, 11, 15, 19, 2, 6, 10, 14, 18, 20, 17, 16, 13, 12))]
    assert "## Timeline (15 of 20; the JSON output has all)" in to_markdown(crowded)
    assert len(re.findall(r"<li>2020-01-\d\d: Happening", to_html(crowded))) == 15
    assert len(json.loads(to_json(crowded))["events"][0]["timeline"]) == 20


def test_an_undated_event_whose_every_entry_one_story_dates_shows_no_timeline_but_keeps_it_in_json() -> None:
    background = (Dated("1981", "The captain joined the airline in 1981.", ("a",)),
                  Dated("2012", "Prescriptions of the drug rose in 2012.", ("b",)))
    undated = tuple(Account(a, f"{a}.txt", a, None, Status.USED, "used") for a in ("a", "b"))
    event = Event("event-1", "A plane disappears over the ocean.", (), ("a", "b"), timeline=background)
    brief = Brief((event,), undated)
    assert "Timeline" not in to_markdown(brief) and "JSON output" not in to_markdown(brief)
    assert "Timeline" not in to_html(brief)
    assert [d["date"] for d in json.loads(to_json(brief))["events"][0]["timeline"]] == ["1981", "2012"]


def test_two_reports_of_one_year_that_tell_other_things_are_two_entries() -> None:
    # r16: a team's results of "this year" was cited to a report of another team's results that year.
    sentences = [Sentence("a", 0, 0, "The rowing team won two gold medals at the Nordic championships in 2022."),
                 Sentence("b", 0, 0, "The rowing federation moved its offices to Lund in 2022."),
                 Sentence("c", 0, 0, "At the Nordic championships in 2022 the rowing team won two golds.")]
    vectors = np.ones((3, 2), dtype=np.float32) / np.sqrt(2)
    published = {a: dt.date(2023, 5, 2) for a in "abc"}
    stories = {a: a for a in "abc"}
    assert [e.sources for e in timeline(sentences, vectors, published, stories, 0.6)] == [("a", "b", "c")]
    entries = timeline(sentences, vectors, published, stories, 0.6, coverage=0.4)
    assert sorted((e.sources, e.text) for e in entries) == [
        (("a", "c"), sentences[0].text), (("b",), sentences[1].text)]


def test_a_sentence_that_dates_two_happenings_is_shown_once() -> None:
    both = "Inspectors found cracks two weeks ago, and the council closed the bridge last Tuesday."
    sentences = [Sentence("a", 0, 0, both), Sentence("b", 0, 0, "The council closed the bridge on March 7.")]
    vectors = np.ones((2, 2), dtype=np.float32) / np.sqrt(2)
    entries = timeline(sentences, vectors, {"a": dt.date(2023, 3, 14), "b": dt.date(2023, 3, 15)},
                       {"a": "a", "b": "b"}, same_event=0.6)
    # the closing, dated by two stories, keeps a's sentence; the cracks have no other sentence to show
    assert [(d.date, d.text, d.sources) for d in entries] == [("2023-03-07", both, ("a", "b"))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Syria has been under emergency law since 1963.", []),
    ("Phelps won eight golds at the 2008 Summer Olympics and was the 63-year-old coach's pupil.", []),
    ("The 1998 Act has been in force for 20 years.", []),
    ("She graduated in the class of 1998 and moved there in 2001.", ["2001"]),
    ("The company has grown since last Tuesday's merger.", ["2020-01-07"]),
    ("He said on Monday the plant will close.", ["2020-01-06"]),
    ("He will speak before he leaves Saturday.", ["2020-01-11"]),
    # a time of day after "before" opens no clause: the fire is past
    ("A fire broke out in the hall shortly before midnight Thursday.", ["2020-01-02"]),
    ("Talks will resume next Tuesday and may last until next Friday.", ["2020-01-14", "2020-01"]),
    ("The council met last Wednesday.", ["2020-01-01"]),
    ("The council met this Monday; it meets again this coming Monday.", ["2020-01-06", "2020-01-13"]),
    ("Salvage crews will try to refloat the ferry on Friday, when calmer weather is forecast.", ["2020-01-10"]),
])
def test_hard_kinds(text: str, expected: list[str]) -> None:
    assert dates(text) == expected


FRIDAY = dt.date(2020, 1, 10)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The minister met the families on Thursday, before he leaves Saturday.", FRIDAY, ["2020-01-09", "2020-01-11"]),
    ("The plant said on Monday it will close in March.", FRIDAY, ["2020-01-06"]),
    ("The ferry will try to sail on Friday.", FRIDAY, ["2020-01-10"]),
    ("The storm hit Dec. 30 and the talks open Jan. 14.", FRIDAY, ["2019-12-30", "2020-01-14"]),
    ("The talks resumed on Jan. 14.", dt.date(2020, 1, 10), ["2019-01-14"]),
    # a plan told in the past falls on the nearest such day, either side of the day of writing
    ("The budget was due Jan. 1.", FRIDAY, ["2020-01-01"]),
    ("The vote was scheduled for Jan. 20.", FRIDAY, ["2020-01-20"]),
    ("Thursday, January 20, 2005", dt.date(2005, 1, 20), []),
    ("He told The Sunday Times of the Bloody Sunday march.", FRIDAY, []),
])
def test_tense_names_and_date_lines(text: str, published: dt.date, expected: list[str]) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the day of speaking is given: the speaker's "today" is that day
    ('The mayor said Tuesday: "Today we open the bridge."', ["2020-01-07", "2020-01-07"]),
    # it is not: a quoted "yesterday" stays undated, a quoted weekday is read as outside
    ('"We lost everything yesterday," she said.', []),
    # a survivor's "on Saturday" may be recalled weeks later: a quoted weekday needs the day of speaking too
    ("``The shelling started at 7 a.m. on Saturday,'' he recalled in an interview.", []),
    ("``It was Friday's attack that changed us,'' he said Sunday.", ["2020-01-03", "2020-01-05"]),
    ("He said. ``But that is tomorrow.''", []),
    # it is not, but "today" tells one day's happening in the past or the progressive: the day of writing
    ("``Did anybody blink today?'' Hunter added.", ["2020-01-08"]),
    ('He said, "The phones in Washington offices are ringing off the hook today."', ["2020-01-08"]),
    # in the simple present, "today" is "nowadays", and dates nothing
    ('"A lot of people are alive today thanks to the aid," he said.', []),
    ('"Goteborg is today a city in shock."', []),
])
def test_quoted_speech(text: str, expected: list[str]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday followed by its date is that date, however long ago
    ("The Serbs pushed forward early Saturday morning, Sept. 26, from Likovac.", ["1998-09-26", "1998-09-26"]),
    # a weekday the text identifies otherwise is no day of the week of writing
    ("They fled the Saturday morning of the massacre; that Friday was calm, as every Sunday is.", []),
])
def test_weekdays_that_are_not_of_the_week_of_writing(text: str, expected: list[str]) -> None:
    assert dates(text, dt.date(1998, 11, 14)) == expected


def test_a_weekday_the_article_dates_in_full_is_that_day() -> None:
    # A feature written on 14 November tells of "early Saturday morning, Sept. 26": its "the Saturday
    # morning of the massacre" and a witness's quoted "on Saturday" are that day, not 7 November.
    published = dt.date(1998, 11, 14)
    story = ["The Serbs pushed forward early Saturday morning, Sept. 26, from Likovac.",
             "As the Serbs approached the Saturday morning of the massacre, the last person fled.",
             "``The shelling started at 7 a.m. on Saturday,'' he recalled in an interview."]
    named = named_days(story, published)
    assert named == {5: "1998-09-26"}
    assert [[m.date for m in mentions(Sentence("a", 0, 0, text), published, named)] for text in story[1:]] == [
        ["1998-09-26"], ["1998-09-26"]]
    # not a day the article names: still undated; "the following Saturday" is another one
    assert named_days(["He arrived on Friday, Sept. 25, and left Sunday, Sept. 27."], published) == {
        4: "1998-09-25", 6: "1998-09-27"}
    assert mentions(Sentence("a", 0, 0, "They returned the following Saturday."), published, named) == []
    # a weekday named with two dates, or with a date it does not fall on, names none
    assert named_days(["On Saturday, Sept. 26, and Saturday, Oct. 3, they marched."], published) == {}
    assert named_days(["It began on Monday, Sept. 26, 1998."], published) == {}


def _dates(text: str, published: dt.date) -> list[tuple[str, str]]:
    return [(m.expression, m.date) for m in mentions(Sentence("a", 0, 0, text), published)]


def test_an_explicit_day_of_a_month_wins_over_its_weekday() -> None:
    # Issue 14: "on Sunday, Nov. 1" in an article of late October 1998 was dated 1998-10-25.
    text = "The paper made its case in an editorial on Sunday, Nov. 1, calling for calm."
    assert _dates(text, dt.date(1998, 10, 27)) == [("Sunday", "1998-11-01"), ("Nov. 1", "1998-11-01")]
    # a weekday the date does not fall on dates nothing: the date is told
    assert _dates("The council met on Monday, Nov. 1, to vote.", dt.date(1998, 11, 3)) == [("Nov. 1", "1998-11-01")]


def test_a_day_naming_a_thing_is_the_nearest_one() -> None:
    # "the Dec. 6-20 games" in a November article are the coming December's, whatever the verb's tense.
    text = "Athletes from 41 nations trained for the Dec. 6-20 games in Bangkok."
    assert _dates(text, dt.date(1998, 11, 20)) == [("Dec. 6", "1998-12-06")]
    # months away, the tense decides: "the February 27 earthquake" told in November is the one past
    assert _dates("Aid was late after the February 27 earthquake, she said.", dt.date(2010, 11, 28)) == [
        ("February 27", "2010-02-27")]


def test_decades_captions_and_embedded_posts_date_nothing() -> None:
    published = dt.date(2017, 4, 3)
    assert _dates("The practice began in the late 1970's and spread in the mid-1990s.", published) == []
    assert _dates("It grew in the 1980s.", published) == []
    assert _dates("— Donald J. Trump (@realDonaldTrump) April 1, 2017", published) == []
    assert _dates("Protesters gather outside the embassy on Tuesday. (Photo: AP)", published) == []
    assert _dates("Protesters gathered outside the embassy on Tuesday.", published) == [("Tuesday", "2017-03-28")]


def test_a_year_in_a_side_clause_does_not_date_the_sentence() -> None:
    # Issue 14: "... to be announced on Monday ... Michael Jackson, who died in 2009" was dated 2009.
    # (told as the estate's saying, the Monday to come would date no entry: see the test of what was said)
    sentence = Sentence("a", 0, 0, "A lawsuit is to be announced on Monday against the promoter "
                                   "of Michael Jackson, who died in 2009.")
    entries = timeline([sentence], np.ones((1, 2), dtype=np.float32), {"a": dt.date(2013, 4, 3)}, {"a": "a"}, 0.8)
    assert [(e.date, e.text) for e in entries] == [("2013-04-08", sentence.text)]


def test_a_year_in_an_appositive_and_an_ap_caption_date_nothing() -> None:
    published = dt.date(2013, 4, 3)
    sentence = Sentence("a", 0, 0, "Fans gathered on Monday to honour Michael Jackson, the singer who died in 2009.")
    entries = timeline([sentence], np.ones((1, 2), dtype=np.float32), {"a": published}, {"a": "a"}, 0.8)
    assert [e.date for e in entries] == ["2013-04-01"]
    assert _dates("In this April 1, 2013 photo, fans gather outside the arena in Gary.", published) == []


@pytest.mark.parametrize("published", [None, dt.date(2016, 5, 12)])
def test_a_bare_year_beside_a_finer_time_dates_nothing(published: dt.date | None) -> None:
    # r17: a lawyer's death "on Tuesday" was dated 1979, the year of a committee's report the sentence
    # mentions; placed or not, the Tuesday is the death's day.
    sentence = Sentence("a", 0, 0, "Ann Lee, author of a thesis backed in part by a Senate panel in 1979, "
                                   "died on Tuesday at her home in Dovna.")
    days = {"a": published} if published else {}
    entries = timeline([sentence], np.ones((1, 2), dtype=np.float32), days, {"a": "a"}, 0.8)
    assert [e.date for e in entries] == (["2016-05-10"] if published else [])


def test_an_entry_is_a_sentence_that_reads_alone_under_its_date() -> None:
    guard = timeline_guard(Config().spacy_model)
    entries = [
        ("Lind lost the election in 2012.", "2012"),
        ("Lind signs the bill on Tuesday.", "2020-01-07"),  # a headline's present, for a day
        # what is, with a year it names (the poll is of today), and what would have been, are no happenings
        ("The poll shows Lind at 49 percent, a mirror of her loss in 2012.", "2012"),
        ("An eight-point shift would have given Lind the seat in 2012.", "2012"),
        ("A memorial to the victims of the July 7, 2005 Lund fire has been unveiled.", "2005-07-07"),
        # a pronoun or a "this" with nothing before it to say who or which
        ("He is known for leading the inquiry into the bridge in 2016.", "2016"),
        ("The timing of this visit was related to the vote on January 8, 2020.", "2020-01-08"),
    ]
    assert guard(entries) == [True, True, False, False, False, False, False]
    # the happening takes another story's sentence that reads alone, or is left out
    told = [Sentence("a", 0, 0, "He was elected mayor of Lund on Friday."),
            Sentence("b", 0, 0, "Ana Lind was elected mayor of Lund on Friday.")]
    vectors = np.ones((2, 2), dtype=np.float32) / np.sqrt(2)
    published = {"a": dt.date(2020, 1, 8), "b": dt.date(2020, 1, 8)}
    [entry] = timeline(told, vectors, published, {"a": "a", "b": "b"}, 0.6, guard)
    assert (entry.date, entry.text, entry.sources) == ("2020-01-03", told[1].text, ("a", "b"))
    assert timeline(told[:1], vectors[:1], published, {"a": "a"}, 0.6, guard) == ()


def test_a_timeline_entry_passes_the_summarys_voice_checks_and_tells_a_happening() -> None:
    # r19: an editorial's verdict on a report stood as a dated fact under the day of the report's release
    guard = timeline_guard(Config().spacy_model)
    entries = [
        ("The 900-page report of the Lund inquiry, released on Thursday, is the most thorough and unsparing "
         "account of the town's shameful past.", "2020-01-02"),
        ("Today's Lund has urgent new troubles, from crime to too few schools.", "2020-01-09"),
        ("Sadly, the council closed the ferry line on Tuesday.", "2020-01-07"),  # the writer's aside
        ("We watched the council close the ferry line on Tuesday.", "2020-01-07"),  # the writer's "we"
        # a happening, a happening ahead and what there is on a day stay
        ("The Lund inquiry released its 900-page report on Thursday.", "2020-01-02"),
        ("The vote on the ferry line is set for Tuesday.", "2020-01-14"),
        ("There is a hearing on the ferry line on Tuesday.", "2020-01-14"),
        ("Friday's election is for the 40-seat council of Lund.", "2020-01-10"),
        ("The council elections in Lund are Nov. 3.", "2020-11-03"),
        ("Ana Lind is still the favourite, but the Lund Post quoted aides of Lind on Saturday as saying they were "
         "angry.", "2020-01-11"),
    ]
    assert guard(entries) == [False, False, False, False, True, True, True, True, True, True]


def test_a_scannable_timeline_leaves_one_storys_background_to_the_json() -> None:
    entries = (Dated("1998", "Lind was elected mayor in 1998.", ("a",)),
               Dated("2019-06", "The bridge was closed in June 2019.", ("a", "b")),
               Dated("2019-11", "Lind opened the ferry line in November 2019.", ("b",)),
               Dated("2020-01-07", "Lind resigned on Tuesday.", ("a",)))
    stories = {"a": "a", "b": "b"}
    # a career's year one story gives is background; what two stories date stays, however old
    written = dt.date(2020, 1, 8)
    assert [d.date for d in scannable(entries, stories, 15, written)] == ["2019-06", "2019-11", "2020-01-07"]
    assert [d.date for d in scannable(entries, stories, 2, written)] == ["2019-06", "2020-01-07"]
    assert scannable((), stories, 15, written) == ()
    # the articles' day counts, not only the entries': written in March, November's one-story entry is history
    assert [d.date for d in scannable(entries, stories, 15, dt.date(2020, 3, 2))] == ["2019-06", "2020-01-07"]
    # with no article dated nothing tells the news from its history: only what two stories date is shown
    assert [d.date for d in scannable(entries, stories, 15, None)] == ["2019-06"]


def test_the_weekdays_a_summary_sentence_tells_a_day_by_are_placed_by_its_article() -> None:
    monday = dt.date(2026, 11, 30)
    said = "Police said on Saturday that the ferry, which sank last Tuesday, will be raised on Friday."
    assert told_weekdays(said) == [(15, "Saturday"), (51, "last Tuesday"), (83, "Friday")]
    assert [(w.expression, w.date) for w in place_dates(said, monday)] == [
        ("Saturday", "2026-11-28"), ("last Tuesday", "2026-11-24"), ("Friday", "2026-12-04")]
    assert place_dates(said, None) == ()  # an undated article places none
    # "Next Friday" written on a Monday may be in four days or in eleven: no day is shown.
    assert place_dates("The inquiry opens next Friday in the port town.", monday) == ()
    # A quoted weekday is the day the article names in full, if it does.
    quoted = "“I heard the engines stop on Saturday,” one passenger said."
    assert told_weekdays(quoted) == []
    named = named_days(["The ferry sank early Saturday, Nov. 28, off the cape."], monday)
    assert [(w.expression, w.date) for w in place_dates(quoted, monday, named)] == [("Saturday", "2026-11-28")]
    # Days the sentence dates itself, names and identifies need no date beside them.
    assert told_weekdays("The ferry sank early Saturday, Nov. 28, as the Sunday Times reported that Friday.") == []
    # ... but its day of a month still needs its year
    assert [(d.expression, d.date) for d in place_dates("The ferry sank early Saturday, Nov. 28, off the cape.",
                                                        monday)] == [("Nov. 28", "2026-11-28")]


def test_an_undated_pages_weekday_takes_the_day_the_dated_pages_saying_the_same_give() -> None:
    undated = Sentence("c", 0, 0, "Police said on Saturday that the ferry's captain had been detained.")
    place = sentence_dates([undated], {"a": dt.date(2026, 11, 30), "b": dt.date(2026, 12, 1),
                                      "d": dt.date(2026, 12, 8)})
    assert [w.date for w in place(undated, ("a", "b", "c"))] == ["2026-11-28"]
    assert place(undated, ("a", "d")) == ()  # written on Dec. 8, "Saturday" is Dec. 5: no agreement
    assert place(undated, ()) == ()


@pytest.mark.parametrize(("text", "written", "expected"), [
    # years and months told relative to the day of writing take the dates they stand for
    ("Kimble thus sued Marvel, and brought the case to the Supreme Court late last year.", dt.date(2015, 3, 2),
     [("last year", "2014")]),
    ("This October, Marvel Comics evolves once again with a new line of titles.", dt.date(2014, 7, 16),
     [("This October", "2014-10")]),
    ("The city bought ten buses and plans to trial them later in the year.", dt.date(2014, 7, 16),
     [("later in the year", "2014")]),
    # a bare month told in the past is the last such month; in the future, the next
    ("A report released in January showed the glacier had lost a third of its ice.", dt.date(2010, 2, 9),
     [("in January", "2010-01")]),
    ("The mine will close in January, the company said.", dt.date(2010, 11, 9), [("in January", "2011-01")]),
    ("Voters go to the polls on January 12 in the first round.", dt.date(2009, 12, 20),
     [("January 12", "2010-01-12")]),
    ("The council said next month it will open the road.", dt.date(2010, 12, 9), [("next month", "2011-01")]),
    # the speaker's "last year", a year the sentence names and a thing named by its day are not told
    ("“Last year was the hardest of my life,” Kimble said.", dt.date(2015, 3, 2), []),
    ("In 2009 the company hired 40 people and later in the year it fired 12.", dt.date(2015, 3, 2), []),
    ("The Dec. 6 vote was postponed by the council.", dt.date(2015, 11, 20), []),
    ("Kiruna's plan to move has been in the works for a few years now.", dt.date(2015, 3, 2), []),
    ("Up to 300 campers can sign up for the three days across September 22-24 2017 at the camp.",
     dt.date(2017, 3, 2), []),
    ("The navies held a drill across the strait from March 8 to 23, 2017, with 40 ships.", dt.date(2017, 3, 30), []),
    # "In March of this year": the year told is dated, not the month as well
    ("In March of this year, Carrey called those against gun control heartless.", dt.date(2013, 6, 2),
     [("this year", "2013")]),
])
def test_relative_years_and_months_a_summary_sentence_tells_are_placed_by_its_article(
        text: str, written: dt.date, expected: list[tuple[str, str]]) -> None:
    assert [(d.expression, d.date) for d in place_dates(text, written)] == expected
    assert [expression for _, expression in told_dates(text)] == [expression for expression, _ in expected]
    # undated, every one of them is unplaced
    assert unplaced_dates(text, ()) == [expression for expression, _ in expected]


def test_a_day_of_a_month_whose_tense_and_nearness_disagree_on_its_year_is_not_placed() -> None:
    said = ("The decision to cancel 99 games between Nov. 3 and Nov. 16 came after the players association "
            "proposed a tax system.")
    october = dt.date(1998, 10, 14)
    # the tense of "came" reads them as last year's, nearness as this year's: no year is shown for them
    assert place_dates(said, october) == ()
    assert unplaced_dates(said, place_dates(said, october)) == ["Nov. 3", "Nov. 16"]
    assert [(d.expression, d.date) for d in place_dates(said, dt.date(1998, 11, 20))] == [
        ("Nov. 3", "1998-11-03"), ("Nov. 16", "1998-11-16")]
    # written in February, "will close in January" is next year's by its tense and last month by nearness
    assert place_dates("The mine will close in January, the company said.", dt.date(2010, 2, 9)) == ()


def test_a_summary_sentences_relative_year_is_placed_by_the_dated_pages_saying_the_same() -> None:
    undated = Sentence("c", 0, 0, "Kimble brought the case to the Supreme Court late last year.")
    place = sentence_dates([undated], {"a": dt.date(2015, 3, 2), "b": dt.date(2015, 3, 4), "d": dt.date(2014, 12, 30)})
    assert [(d.expression, d.date) for d in place(undated, ("a", "b", "c"))] == [("last year", "2014")]
    assert place(undated, ("a", "d")) == ()  # written in 2014, "last year" is 2013: no agreement
    assert unplaced_dates(undated.text, place(undated, ())) == ["last year"]


def test_the_timeline_is_read_without_the_summary_only_kinds() -> None:
    said = Sentence("a", 0, 0, "A report released in January showed the glacier had lost a third of its ice.")
    assert [m.kind for m in mentions(said, dt.date(2010, 2, 9), months=True)] == ["month"]
    assert mentions(said, dt.date(2010, 2, 9)) == []
    assert date_at(said.text, said.text.index("January"), dt.date(2010, 2, 9)) is None


def _alone(texts: list[str], published: dt.date) -> list[tuple[str, str]]:
    """The timeline of one article of ``texts``, as (date, sentence)."""
    sentences = [Sentence("a", 0, i, text) for i, text in enumerate(texts)]
    vectors = np.eye(len(texts), dtype=np.float32)
    return [(d.date, d.text) for d in timeline(sentences, vectors, {"a": published}, {"a": "a"}, 0.8)]


def test_a_day_to_come_inside_what_was_said_dates_no_saying() -> None:
    # r19: "said he did not expect ... before Oct. 25" under Oct. 25, "said ... would begin debate Nov. 4"
    friday = dt.date(2021, 3, 12)
    assert _alone(["The speaker said in an interview that the senate would open the budget debate on April 6.",
                   "The new law will take effect on Monday, officials said.",
                   "A spokesman said on Thursday that the vote would be held on March 30."], friday) == [
        ("2021-03-11", "A spokesman said on Thursday that the vote would be held on March 30.")]
    # a plan told plainly is a day to come on the timeline
    assert _alone(["The senate will open the budget debate on April 6."], friday) == [
        ("2021-04-06", "The senate will open the budget debate on April 6.")]


def test_a_day_that_names_a_thing_after_the_verb_dates_no_entry() -> None:
    # r19: "said the arrest showed ... after the Oct. 30 indictment" under Oct. 30; "Releasing the writer
    # appeared to be an attempt ... over Monday's upcoming trial" under the Monday before
    sunday = dt.date(2021, 3, 14)
    assert _alone(["An analyst said the arrest showed new resolve, coming soon after the March 2 indictment.",
                   "Agents this week began questioning the families of the March 1 Central Station bombing.",
                   "Freeing the poet appeared to be a gesture ahead of Monday's trial of the editor.",
                   "Today's Chile faces new problems of crime and schooling."], sunday) == [
        ("2021-03", "Agents this week began questioning the families of the March 1 Central Station bombing.")]
    # before the verb the thing named is the happening, and within it the verb's happening is on its day
    assert _alone(["Friday's ruling ended a trial of two years.", "The March 2 indictment named four men.",
                   "Officials believe he took part in the March 3 bombing of the station."], sunday) == [
        ("2021-03-02", "The March 2 indictment named four men."),
        ("2021-03-03", "Officials believe he took part in the March 3 bombing of the station."),
        ("2021-03-12", "Friday's ruling ended a trial of two years.")]


def test_a_feature_naming_old_days_in_full_dates_none_by_its_bare_weekdays() -> None:
    # r19: a November feature on a massacre of "early Saturday morning, Sept. 26" put its "Monday
    # morning" in November
    feature = ["Gunmen entered the village early Saturday morning, Sept. 26, and opened fire on the families.",
               "When the shooting stopped Monday morning, he went back to the house."]
    assert _alone(feature, dt.date(2020, 11, 14)) == [("2020-09-26", feature[0])]
    # news of the same week keeps its weekdays
    news = ["Gunmen entered the village early Saturday morning, Nov. 7, and opened fire on the families.",
            "When the shooting stopped Monday morning, he went back to the house."]
    assert _alone(news, dt.date(2020, 11, 10)) == [("2020-11-07", news[0]), ("2020-11-09", news[1])]


def test_one_happening_told_twice_on_one_day_is_one_row_citing_both() -> None:
    # two statements of one day that share a few names stay two rows
    sentences = [Sentence("a", 0, 0, "The panel said on Friday it will not name the former president."),
                 Sentence("b", 0, 0, "The chairman said on Friday other threatened suits had led to fewer names.")]
    vectors = np.eye(2, dtype=np.float32)
    published = {"a": dt.date(2020, 10, 10), "b": dt.date(2020, 10, 10)}
    assert len(timeline(sentences, vectors, published, {"a": "a", "b": "b"}, 0.8, coverage=0.25)) == 2
    # r19: two rows of one appointment on one day; an entry cited a page whose sentence did not say it
    sentences = [Sentence("a", 0, 0, "The prime minister named the general foreign minister on Friday."),
                 Sentence("b", 0, 0, "On Friday the prime minister named the general as foreign minister.")]
    vectors = np.eye(2, dtype=np.float32)  # the embedding puts the two apart
    published = {"a": dt.date(2020, 10, 10), "b": dt.date(2020, 10, 10)}
    entries = timeline(sentences, vectors, published, {"a": "a", "b": "b"}, 0.8, coverage=0.6)
    assert [(e.date, sorted(e.sources)) for e in entries] == [("2020-10-09", ["a", "b"])]


def test_a_row_shown_by_another_sentence_than_its_first_cites_only_those_that_state_it() -> None:
    # r19: "Earlier this year, the founders ... hoped ..." cited a page whose "formed this year" had joined it
    sentences = [Sentence("a", 0, 0, "The party, a loose network of activists in many cities, was formed this year."),
                 Sentence("b", 0, 0, "Earlier this year, the founders of the party, a loose network of activists, "
                                     "hoped there might be room for an opposition in the capital.")]
    vectors = np.ones((2, 2), dtype=np.float32) / np.sqrt(2)
    published = {"a": dt.date(2020, 12, 2), "b": dt.date(2020, 12, 18)}

    def guard(entries: Sequence[tuple[str, str]]) -> list[bool]:
        return [not text.startswith("The party") for text, _ in entries]  # the first cannot be read alone

    entries = timeline(sentences, vectors, published, {"a": "a", "b": "b"}, 0.6, guard, coverage=0.4)
    assert [(e.date, e.text, e.sources) for e in entries] == [("2020", sentences[1].text, ("b",))]


def test_a_day_of_a_month_before_a_colon_dates_its_weekday() -> None:
    # r19: "said in an editorial on Saturday, Oct. 10: ..." in a paper of Friday, Oct. 9 was dated Oct. 3
    friday = dt.date(2020, 10, 9)
    assert dates("The paper wrote in its editorial on Saturday, Oct. 10: the talks are doomed.", friday) == [
        "2020-10-10", "2020-10-10"]
    assert dates("The polls close at Oct. 10:30 in the evening.", friday) == []
