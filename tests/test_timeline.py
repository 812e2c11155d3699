"""Date expressions resolved against the publication date, at the precision the text gives."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.model import Sentence
from newsbrief.timeline import mentions, timeline, written

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
])
def test_expressions_resolve_against_the_publication_date(text: str, expected: list[str]) -> None:
    assert dates(text) == expected


def test_last_week_keeps_only_what_is_known() -> None:
    # 30 Dec 2019 - 5 Jan 2020 spans two years: no month, no year can be given.
    assert dates("The general was killed last week.") == []
    # 6-12 January 2020 lies in one month.
    assert dates("The general was killed last week.", dt.date(2020, 1, 15)) == ["2020-01"]


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
