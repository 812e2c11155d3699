"""Date expressions resolved against the publication date, at the precision the text gives."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.model import Sentence
from newsbrief.timeline import mentions, timeline

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


@given(st.text(max_size=200), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)) | st.none())
def test_any_text_resolves_to_well_formed_dates(text: str, published: dt.date | None) -> None:
    for date in dates(text, published):
        assert len(date) in (4, 7, 10)
        dt.date.fromisoformat(date if len(date) == 10 else (date + "-01-01")[:10] if len(date) == 4 else date + "-01")
