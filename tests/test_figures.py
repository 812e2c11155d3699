"""What a figure counts, bounds, captions and counts that change over days (blind reading of figure rows)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.figures import bound, compare_figures, figures
from newsbrief.model import Entity, Sentence


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
    # an aside holding a part of the count does not hide what the count is of (blind reading r17: Nairobi)
    ("In all 31 people, including four Britons, died in the fire.", [("killed", 31.0), ("killed", 4.0)]),
    # a share of the economy is keyed by what it is a share of; "the cost of the debt" is no debt
    ("Its budget deficit is about 6 percent of gross domestic product.", [("percent of gdp, budget deficit", 6.0)]),
    ("Interest brings the cost of the debt to 3.5 percent of the economy.", []),
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


def test_a_vague_figure_agrees_only_with_the_same_word() -> None:
    rows = [Sentence("a", 0, 0, "The campaign announced a meeting with 100 black pastors."),
            Sentence("b", 0, 0, "Dozens of black pastors pressed the candidate on Monday.")]
    assert compare_figures(rows, {"a": "a", "b": "b"}, {}) == ((), (), ())
    # "60" inside "dozens" is no agreement either: each value would rest on one outlet alone (r16)
    rows[0] = Sentence("a", 0, 0, "The campaign met 60 black pastors on Monday.")
    assert compare_figures(rows, {"a": "a", "b": "b"}, {}) == ((), (), ())
    rows[0] = Sentence("a", 0, 0, "Dozens of black pastors met the candidate on Monday.")
    [pastors] = compare_figures(rows, {"a": "a", "b": "b"}, {})[1]
    assert [(c.stated, c.sources) for c in pastors.claims] == [("Dozens", ("a", "b"))]


def _rows(texts: dict[str, str]) -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    """Disagreements and updates of one sentence per article, as (label, figures as stated); the
    places of the sentences (Lagos, Accra, Tarn) are tagged as spaCy would."""
    places = ("Lagos", "Accra", "Tarn")
    rows = [Sentence(a, 0, 0, text, tuple(Entity(p, "GPE") for p in places if p in text))
            for a, text in texts.items()]
    disagreements, _, updates = compare_figures(rows, {a: a for a in texts}, {})
    return ([(f.about, [c.stated for c in f.claims]) for f in disagreements],
            [(f.about, [c.stated for c in f.claims]) for f in updates])


def test_a_figure_in_a_speakers_quotation_is_not_set_against_a_reported_one() -> None:
    reported = "Of the 30 council seats in play, 16 are held by the ruling party."
    quoted = "``We will be a party of protest if we drop below 36 council seats,'' the leader said."
    assert _rows({"a": reported, "b": quoted}) == ([], [])
    # a quotation's second sentence, whose opening mark is in the sentence before
    assert _rows({"a": reported, "b": "We cannot govern with 36 council seats.''"}) == ([], [])
    # the same figures told in the story's own words are compared
    told = "The ruling party holds 36 council seats after the vote, officials said."
    assert _rows({"a": "The ruling party holds 30 council seats, officials said.", "b": told})[0] == [
        ("seats", ["36", "30"])]


def test_a_threshold_or_a_goal_is_no_count_of_what_is() -> None:
    held = "The ruling party holds 51 seats in the assembly, officials said."
    for goal in ("Rivals hope to stop the ruling party from gaining 60 seats in the assembly.",
                 "The ruling party would need 60 seats in the assembly to change the charter."):
        assert _rows({"a": held, "b": goal}) == ([], [])


def test_the_toll_of_one_place_is_not_set_against_the_toll_of_two() -> None:
    whole = "The bombings of the consulates in Lagos and Accra killed 230 people, officials said."
    part = "The blast at the consulate in Lagos killed 219 people, officials said."
    assert _rows({"a": whole, "b": part}) == ([], [])
    # two accounts of the same two places do differ
    other = "The bombings of the consulates in Lagos and Accra killed 260 people, a minister said."
    assert _rows({"a": whole, "b": other})[0] == [("killed", ["260", "230"])]


def test_news_is_no_plural_that_makes_two_stories_share_a_word() -> None:
    rows = {"a": "A bus hit a mine near Tarn on Friday, killing two people, a news agency said.",
            "b": "Diplomats of the New Embassy said four hostages had been killed."}
    assert _rows(rows) == ([], [])


def test_counts_of_two_groups_that_share_only_a_place_are_not_compared() -> None:
    rows = {"a": "On Sunday, 205 dissidents from across Tarn issued a letter calling for the release.",
            "b": "In addition, 214 dissidents in Tarn planned a series of fasts to protest the sentences."}
    assert _rows(rows) == ([], [])
    rows["b"] = "On Monday, 214 dissidents from across Tarn had signed the letter calling for the release."
    assert _rows(rows) != ([], [])


def test_a_part_told_beside_its_whole_and_a_length_naming_a_race_are_no_figures_to_compare() -> None:
    assert _counts("The board rejected 214 candidates out of 400 who applied.") == []
    assert _counts("Police closed 30 of 120 schools in the city.") == [("schools", 120.0)]  # the whole stays
    assert _counts("Most of the 167 candidates are clerics.") == [("candidates", 167.0)]
    rows = {"a": "She will swim the women's 400-meter individual medley on Monday.",
            "b": "She holds the record in the 200-meter individual medley."}
    assert _rows(rows) == ([], [])
    assert _counts("The 44,000-pound module was launched.") == [("pounds module", 44000.0)]  # a weight stays


def test_a_dozen_and_a_floor_are_round_words_that_fit_the_counts_they_allow() -> None:
    rows = {"a": "Congress is at work on a dozen spending bills this week.",
            "b": "Congress has passed six of the 13 required spending bills."}
    assert _rows(rows)[0] == []
    rows = {"a": "Lawmakers were balking over more than a dozen budget issues.",
            "b": "Leaders met to resolve dozens of budget issues before the deadline."}
    assert _rows(rows) == ([], [])
    rows["a"] = "Lawmakers were balking over more than 120 budget issues."
    assert _rows(rows)[0] == [("issues", ["more than 120", "dozens"])]


def test_a_given_count_in_a_clause_of_intent_is_still_a_count() -> None:
    rows = {"a": "The minister said he would free the 15 sailors held since March.",
            "b": "Officials said 17 sailors were held after the boat was seized."}
    assert _rows(rows)[0] == [("sailors", ["17", "15"])]


def test_a_total_over_many_places_is_not_set_against_the_count_of_one() -> None:
    rows = {"a": "Nearly 1 million homes are without power in four states after the storm.",
            "b": "More than 500,000 homes in Tarn are without power after the storm."}
    assert _rows(rows) == ([], [])
    rows["b"] = "More than 500,000 homes are without power in four states after the storm."
    assert _rows(rows)[0] == [("homes", ["Nearly 1 million", "More than 500,000"])]


def _agreed(texts: dict[str, str], people: tuple[str, ...] = ()) -> list[tuple[str, list[str]]]:
    """Agreements of one sentence per article, as (label, figures as stated); ``people`` tagged as PERSON."""
    rows = [Sentence(a, 0, 0, text, tuple(Entity(p, "PERSON") for p in people if p in text))
            for a, text in texts.items()]
    return [(f.about, [c.stated for c in f.claims]) for f in compare_figures(rows, {a: a for a in texts}, {})[1]]


def test_a_count_told_with_or_keeps_the_whole_disjunction() -> None:
    # blind reading r17: "arrested: at least 32" where every outlet said "arrested or questioned"
    rows = {"a": "The purge has seen at least 40 activists arrested or interrogated in two weeks.",
            "b": "In two weeks at least 40 activists have been detained or questioned by police."}
    assert _agreed(rows) == [("arrested or interrogated", ["at least 40"])]
    # two tolls joined by "or" are one count of both, not a count of the hurt
    assert _counts("The blast left 50 people killed or injured.") == [("killed or injured", 50.0)]
    tolls = {"a": "The blast left 50 people killed or injured in Tarn.", "b": "Thirty people were injured in Tarn."}
    assert _rows(tolls) == ([], [])


def test_a_share_of_the_economy_is_keyed_by_what_it_is_a_share_of() -> None:
    rows = {"a": "Talks aim to curb the budget deficit, now some 6 percent of gross domestic product, by March.",
            "b": "The fund wants the budget deficit cut from nearly 9 percent of GDP to zero.",
            "c": "The trade deficit stood at 3 percent of gross domestic product last year."}
    # a small share is no small count that chance wording makes differ: 6 and 9 percent are two accounts
    assert _rows(rows) == ([("percent of gdp, budget deficit", ["nearly 9 percent", "some 6 percent"])], [])


def test_a_prison_term_is_compared_for_one_person_however_spelt() -> None:
    people = ("Li Hongmin", "Li Hongming", "Zhao Wei")
    rows = [Sentence("a", 0, 0, "Diplomats said Li Hongmin had been sentenced to 14 years in prison.",
                     (Entity("Li Hongmin", "PERSON"),)),
            Sentence("b", 0, 0, "Zhao Wei was sentenced Monday to 14 years, and Li Hongming, who was reported to "
                                "have received 11 years, was charged with subversion.",
                     tuple(Entity(p, "PERSON") for p in people[1:])),
            Sentence("c", 0, 0, "The two were sentenced to 10 and 12 years in prison.", ())]
    disagreements, agreements, _ = compare_figures(rows, {"a": "a", "b": "b", "c": "c"}, {})
    assert [(f.about, [c.stated for c in f.claims]) for f in disagreements] == [
        ("years in prison, Li Hongming", ["14 years", "11 years"])]
    assert agreements == ()


def test_a_small_count_of_one_named_group_is_compared() -> None:
    # blind reading r17: five against six of one group arrested
    rows = {"a": "Police said four of those arrested are Brigade supporters and eight were protesters.",
            "b": "Arrested at the rally were three Brigade members, police said."}
    assert _rows(rows) == ([("Brigade arrested", ["four", "three"])], [])
    # small counts of people of no named group still differ by chance wording
    assert _rows({"a": "Police arrested four men at the rally.", "b": "Three men were arrested at the rally."}) == (
        [], [])


def test_a_floor_agrees_only_with_a_count_it_rounds() -> None:
    assert _agreed({"a": "The war has killed more than 200 people.", "b": "The war has killed 213 people."}) == [
        ("killed", ["213", "more than 200"])]
    assert _agreed({"a": "The war has killed more than 7,000 people.", "b": "The war has killed 8,800 people."}) == []


def test_two_exact_counts_that_differ_are_no_agreement() -> None:
    # blind reading r18: "passengers: 150" cited to an outlet that said 153
    rows = {"a": "Relatives of 150 Chinese passengers clashed with police in the capital.",
            "b": "Relatives of 153 Chinese passengers clashed with police in the capital."}
    assert _agreed(rows) == []
    assert _rows(rows)[0] == [("passengers", ["153", "150"])]
    # a rounded count still fits the exact one it rounds
    rows["a"] = "Relatives of about 150 Chinese passengers clashed with police in the capital."
    assert _agreed(rows) == [("passengers", ["153", "about 150"])]
    assert _rows(rows) == ([], [])


def test_a_figure_with_no_place_near_it_is_told_of_the_place_its_clause_names() -> None:
    # blind reading r18: the injured of one embassy set against the injured of both
    part = "The blast at the consulate in downtown Lagos killed 219 people, eight of them guards, and injured 6,400."
    whole = ("The bombings of the consulates in Lagos and Accra that killed 230 people, including 12 guards, and "
             "injured an estimated 5,000 people were planned for months.")
    assert _rows({"a": part, "b": whole}) == ([], [])
    other = whole.replace("5,000", "6,800")
    assert _rows({"a": other, "b": whole})[0] == [("injured", ["an estimated 6,800", "an estimated 5,000"])]
    # where a statement was told is no place of what it counts
    told = ("A statement faxed to reporters in Tarn late on Friday by a spokesman of the group said that "
            "6,400 people were injured.")
    assert _rows({"a": told, "b": whole})[0] == [("injured", ["6,400", "an estimated 5,000"])]


@pytest.mark.parametrize(("text", "expected"), [
    # a toll of the group the words after it name
    ("The fire at the dance hall killed 67 of them.", [("killed", 67.0)]),
    ("About 65 of the young people died in the fire.", [("killed", 65.0)]),
    # a part of a toll told before
    ("Eleven of the injured were taken to a hospital.", []),
    ("In all 173 people were injured, 20 of them badly.", [("injured", 173.0)]),
])
def test_a_toll_of_a_group_is_a_toll_and_a_part_of_one_is_not(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected


def test_a_toll_told_differently_on_one_day_is_a_disagreement_not_an_update() -> None:
    # blind reading r18: a fire's 60, about 65 and 67 dead the first day, 62 days later, read as "60, then 62"
    rows = [Sentence("a", 0, 0, "The fire at the dance hall killed 60 people."),
            Sentence("a", 1, 1, "Police earlier had reported 65 dead in the fire."),
            Sentence("b", 0, 0, "The fire at the dance hall killed 67 of them."),
            Sentence("c", 0, 0, "Two more died of burns, bringing the toll of the fire to 62.")]
    day = dt.date(2001, 5, 4)
    published = {"a": day, "b": day, "c": day + dt.timedelta(days=3)}
    disagreements, _, updates = compare_figures(rows, {"a": "a", "b": "b", "c": "c"}, published)
    assert [[c.stated for c in f.claims] for f in disagreements] == [["67", "65", "62", "60"]]
    assert updates == ()


def test_counts_of_things_share_what_they_count_only_through_words_besides_their_number() -> None:
    # blind reading r18: squatter homes of one place and a town's homes "agreed" on "dozens"
    rows = {"a": "Hurricane Ivo smashed dozens of squatter homes on the hillside.",
            "b": "Ivo's rains crashed through the valley town, destroying dozens of homes and buildings."}
    assert _agreed(rows, ("Ivo",)) == []
    rows["b"] = "Hurricane Ivo smashed dozens of squatter homes near the bay."
    assert _agreed(rows, ("Ivo",)) == [("homes", ["dozens"])]


def test_a_value_still_told_after_a_newer_one_is_no_earlier_value_of_an_update() -> None:
    # blind reading r19: "18 nations" on Oct 13 and on Nov 8, "21 nations" on Oct 19, read as "18, then 21"
    rows = [Sentence("oct13", 0, 0, "The storm on the coast killed 40 people, officials said."),
            Sentence("oct19", 0, 0, "The storm on the coast killed 52 people, officials said."),
            Sentence("nov8", 0, 0, "The storm on the coast killed 40 people last month.")]
    published = {"oct13": dt.date(1998, 10, 13), "oct19": dt.date(1998, 10, 19), "nov8": dt.date(1998, 11, 8)}
    witnesses = {s.article_id: s.article_id for s in rows}
    disagreements, _, updates = compare_figures(rows, witnesses, published)
    assert updates == ()
    assert [[(c.stated, c.sources) for c in f.claims] for f in disagreements] == [
        [("52", ("oct19",)), ("40", ("oct13", "nov8"))]]
    # told in order (the older value no later than the newer's first day), it is an update, oldest first
    published["nov8"] = dt.date(1998, 10, 12)
    disagreements, _, updates = compare_figures(rows, witnesses, published)
    assert disagreements == ()
    assert [[c.stated for c in f.claims] for f in updates] == [["40", "52"]]


def test_a_bodys_members_before_and_after_its_stated_joiners_join_are_no_disagreement() -> None:
    rows = [Sentence("a", 0, 0, "Leaders of the 18-nation Pacific trade forum meet next month in Lima."),
            Sentence("b", 0, 0, "The 21-nation Pacific trade forum meets next month in Lima."),
            Sentence("b", 1, 1, "At the meeting the forum will also take in three new members.")]
    assert compare_figures(rows, {"a": "a", "b": "b"}, {})[0] == ()
    # without the joiners told, 18 and 21 members of one forum are two accounts of one count
    [members], _, _ = compare_figures(rows[:2], {"a": "a", "b": "b"}, {})
    assert [c.stated for c in members.claims] == ["21", "18"]


def test_a_candidates_vote_shares_told_differently_on_one_day_are_a_disagreement() -> None:
    people = (Entity("Lima", "PERSON"), Entity("Paulo Reis", "PERSON"), Entity("Reis", "PERSON"))
    rows = [Sentence("a", 0, 0, "In early returns, Lima appeared to have beaten Paulo Reis with 56 percent of the "
                     "vote.", people),
            Sentence("b", 0, 0, "With 22 percent of the vote counted, Lima had won 51 percent of the vote, against "
                     "34 percent for Reis.", people)]
    day = dt.date(1998, 10, 4)
    [share], _, updates = compare_figures(rows, {"a": "a", "b": "b"}, {"a": day, "b": day})
    assert (share.about, [c.stated for c in share.claims]) == ("percent of vote, lima", ["56 percent", "51 percent"])
    assert updates == ()
    # the share counted, and a share of no candidate named, are no candidate's share
    counted = Sentence("c", 0, 0, "With 40 percent of the votes counted, the race is close.")
    assert [f.about for f in figures(counted)] == []


def test_counts_told_with_different_predicates_are_not_compared() -> None:
    # blind reading r19: "harassed and briefly detained" since June and "detained or questioned" in a crackdown
    rows = [Sentence("a", 0, 0, "Since June police have harassed and briefly detained more than two dozen members."),
            Sentence("b", 0, 0, "Police have detained or questioned more than 30 members in a crackdown.")]
    published = {"a": dt.date(1998, 12, 3), "b": dt.date(1998, 12, 16)}
    assert compare_figures(rows, {"a": "a", "b": "b"}, published) == ((), (), ())
    assert [f.either for f in figures(rows[0])] == ["harassed and briefly detained"]


def test_a_toll_of_a_sentence_opening_with_another_place_is_not_that_of_a_crash_elsewhere() -> None:
    # blind reading r19: a Wisconsin crash's "at least two fatalities" agreed with an Iowa pileup's two dead
    places = ("Wisconsin", "Iowa", "Rock County")
    texts = {"a": "In Iowa, two people were killed and seven hurt in a 25-car pileup.",
             "b": "In southern Wisconsin, officials said an icy road led to at least two fatalities when a car "
                  "crashed late Wednesday.",
             "c": "State police said a 25-car pileup killed at least two people, and across Iowa many lost power."}
    rows = [Sentence(a, 0, 0, t, tuple(Entity(p, "GPE") for p in places if p in t)) for a, t in texts.items()]
    _, [toll], _ = compare_figures(rows, {a: a for a in texts}, {})
    assert sorted(s for c in toll.claims for s in c.sources) == ["a", "c"]


def test_lives_or_victims_a_disaster_claimed_are_its_toll() -> None:
    assert _counts("The tsunami that claimed more than 175,000 victims struck in December.") == [("killed", 175000.0)]
    assert _counts("The fraud claimed 300 victims of all ages.") == [("victims", 300.0)]  # no toll


def test_last_year_named_in_the_new_years_first_weeks_is_no_background() -> None:
    # blind reading r19: "the tsunami of Boxing Day 2004 that claimed more than 175,000 victims" on Jan. 18, 2005
    rows = [Sentence("dec", 0, 0, "The tsunami toll passed 80,000 people as relief went on."),
            Sentence("jan", 0, 0, "The tsunami of December 2004 claimed more than 175,000 victims.")]
    published = {"dec": dt.date(2004, 12, 29), "jan": dt.date(2005, 1, 18)}
    _, _, [toll] = compare_figures(rows, {"dec": "dec", "jan": "jan"}, published)
    assert toll.newest.stated == "more than 175,000"
    # in June, a year named before the story's is background still
    published["jan"] = dt.date(2005, 6, 18)
    assert compare_figures(rows, {"dec": "dec", "jan": "jan"}, published) == ((), (), ())
