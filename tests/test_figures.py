"""What a figure counts, bounds, captions and counts that change over days (blind reading of figure rows)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.figures import bound, compare_figures, figures
from newsbrief.model import Sentence


def _counts(text: str) -> list[tuple[str, float]]:
    return [(f.about, f.low) for f in figures(Sentence("a", 0, 0, text))]


@pytest.mark.parametrize(("text", "expected"), [
    # a number joined by a hyphen to the next word modifies it: it counts nothing reported
    ("She bought a 12-string guitar and a four-door sedan.", []),
    ("The two-year-old was found by a three-time champion.", []),
    ("Workers began a 24-hour strike at the port.", []),
    ("The three-day siege killed 40 people.", [("killed", 40.0)]),
    ("Twenty-five people were killed.", [("killed", 25.0)]),
    # the members of a body are the one count a compound gives
    ("Leaders of the 21-nation forum met the 28-member alliance.", [("nations", 21.0), ("members", 28.0)]),
    # units of time, ages and clock times are no counts, whatever toll word is near
    ("The post went up nearly 24 hours before he was killed.", []),
    ("He died 11 days after falling ill.", []),
    ("The singer died of cancer at 42.", []),
    ("He was pronounced dead at 2:12 p.m. on Monday.", []),
    # the label is the noun counted, not a toll word near it, nor a word on the way
    ("The petition over the dog's death received more than 4,000 signatures.", [("signatures", 4000.0)]),
    ("Guards said 12 dangerous inmates escaped overnight.", [("inmates", 12.0)]),
    ("Of the crowd, 20 went to hospitals in the city.", []),
    ("The camera took 7,500 frames per second of the fly.", [("frames per second", 7500.0)]),
])
def test_a_figure_counts_the_noun_it_stands_before(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected


def test_a_count_inside_a_proper_name_is_no_count() -> None:
    [arrest] = figures(Sentence("a", 0, 0, "Police arrested ten United States nationals at the border."))
    # "United States" names the nationals' country: a count of nationals arrested, none of states
    assert (arrest.about, arrest.low, arrest.subject) == ("arrested", 10.0, frozenset({"national"}))
    assert _counts("Storms hit 15 states and killed 12 people.") == [("states", 15.0), ("killed", 12.0)]


def test_a_photo_caption_gives_no_figure_to_compare() -> None:
    rows = [Sentence("a", 0, 0, "Four people were killed in the crash, police said."),
            Sentence("b", 0, 0, "In this photo, rescuers search the wreck where six people were killed."),
            Sentence("c", 0, 0, "The crash killed four people on the highway.")]
    disagreements, agreements, _ = compare_figures(rows, {s.article_id: s.article_id for s in rows}, {})
    assert disagreements == ()
    [toll] = agreements
    assert [(c.value, c.sources) for c in toll.claims] == [(4.0, ("a", "c"))]


def test_a_ceiling_is_no_point_estimate_to_set_against_a_lower_figure() -> None:
    rows = [Sentence("a", 0, 0, "Officials said 110,000 people were killed in the earthquake."),
            Sentence("b", 0, 0, "As many as 200,000 people may have died in the earthquake, a minister said.")]
    same_day = {"a": dt.date(2010, 1, 15), "b": dt.date(2010, 1, 15)}
    # neither a conflict nor an agreement: a ceiling allows the lower count
    assert compare_figures(rows, {"a": "a", "b": "b"}, same_day) == ((), (), ())
    # a count above the ceiling is at odds with it, and the ceiling is named as one
    above = [rows[0], Sentence("b", 0, 0, "As many as 120,000 people may have died in the earthquake."),
             Sentence("c", 0, 0, "Officials said 150,000 people were killed in the earthquake.")]
    [toll], _, _ = compare_figures(above, {"a": "a", "b": "b", "c": "c"}, {**same_day, "c": dt.date(2010, 1, 15)})
    assert [c.stated for c in toll.claims] == ["150,000", "As many as 120,000", "110,000"]
    assert [bound(c.stated) for c in toll.claims] == ["", "upper bound", ""]


def test_a_count_that_rose_over_days_is_an_update_with_its_newest_value_last() -> None:
    rows = [Sentence("jan-a", 0, 0, "Officials said 110,000 people were killed in the earthquake."),
            Sentence("jan-b", 0, 0, "As many as 200,000 people may have died in the earthquake, a minister said."),
            Sentence("mar", 0, 0, "The final count put the earthquake's death toll at 222,570, the UN said.")]
    published = {"jan-a": dt.date(2010, 1, 15), "jan-b": dt.date(2010, 1, 15), "mar": dt.date(2010, 3, 18)}
    disagreements, agreements, updates = compare_figures(rows, {s.article_id: s.article_id for s in rows}, published)
    assert (disagreements, agreements) == ((), ())
    [toll] = updates
    # two January values share a day; the newest, of a day of its own, is the figure now
    assert [(c.stated, c.published) for c in toll.claims] == [
        ("110,000", dt.date(2010, 1, 15)), ("As many as 200,000", dt.date(2010, 1, 15)),
        ("222,570", dt.date(2010, 3, 18))]
    assert toll.newest.sources == ("mar",)
    # two values of the newest day are two accounts of it: no update
    published["mar"] = dt.date(2010, 1, 15)
    assert compare_figures(rows, {s.article_id: s.article_id for s in rows}, published)[2] == ()


def test_a_guessed_figure_is_not_set_against_a_reported_one() -> None:
    rows = [Sentence("a", 0, 0, "Nearly 7,000 people have been confirmed killed in the disaster."),
            Sentence("b", 0, 0, "The disaster likely killed well more than 10,000 people, experts said.")]
    assert compare_figures(rows, {"a": "a", "b": "b"}, {}) == ((), (), ())
    rows[1] = Sentence("b", 0, 0, "The disaster killed more than 10,000 people, officials said.")
    [toll], _, _ = compare_figures(rows, {"a": "a", "b": "b"}, {})
    assert [c.stated for c in toll.claims] == ["more than 10,000", "Nearly 7,000"]


def test_a_vague_figure_agrees_only_with_values_inside_its_range() -> None:
    rows = [Sentence("a", 0, 0, "The campaign announced a meeting with 100 black pastors."),
            Sentence("b", 0, 0, "Dozens of black pastors pressed the candidate on Monday.")]
    assert compare_figures(rows, {"a": "a", "b": "b"}, {}) == ((), (), ())
    rows[0] = Sentence("a", 0, 0, "The campaign met 60 black pastors on Monday.")
    [pastors] = compare_figures(rows, {"a": "a", "b": "b"}, {})[1]
    assert [c.stated for c in pastors.claims] == ["60", "Dozens"]
