"""Taking a time no date places out of a summary sentence, where it reads correctly without it."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest

from newsbrief import adjuncts
from newsbrief.adjuncts import cut_days, cut_unplaced
from newsbrief.checks import SUMMARY_CHECKS, Context, broken_punctuation, faults, relative_days
from newsbrief.config import Config
from newsbrief.facts import Support
from newsbrief.model import Brief, Event, Sentence, SummarySentence, ToldDate
from newsbrief.nlp import parse
from newsbrief.render import to_dict
from newsbrief.summarize import Candidate
from newsbrief.timeline import place_dates, told_dates, unplaced_spans

MODEL = Config().spacy_model


def cut(text: str) -> str | None:
    """The sentence without the times its article's missing date leaves unplaced, as the brief cuts them."""
    doc = parse([text], MODEL)[0]
    spans = [(start, start + len(expression)) for start, expression in unplaced_spans(text, ())]
    spans += [(span.start_char, span.end_char) for span in relative_days(doc)]
    return cut_days(doc, sorted(spans))


@pytest.mark.parametrize(("text", "expected"), [
    # an adjunct between subject and verb
    ("Ministers last week approved a plan to widen the motorway.", "Ministers approved a plan to widen the motorway."),
    # a weekday before what the speaker said
    ("The coast guard said on Thursday that the trawler ran aground.",
     "The coast guard said that the trawler ran aground."),
    # before a comma: the comma stays, as it sets off the attribution
    ("His fever rose sharply over the weekend, the hospital said.", "His fever rose sharply, the hospital said."),
    # at the end, with "late" of its own
    ("The council approved the stadium deal late last year.", "The council approved the stadium deal."),
    # an opening adjunct and its comma; the sentence is capitalised again
    ("Last week, the museum returned two statues to Greece.", "The museum returned two statues to Greece."),
    ("Earlier this month, regulators fined the bank $40 million.", "Regulators fined the bank $40 million."),
    ("Inspectors earlier this month found cracks in the dam.", "Inspectors found cracks in the dam."),
    # set off by a pair of commas after the subject: both go
    ("The governor, on Tuesday night, signed the budget.", "The governor signed the budget."),
    # after an opening adjunct of place: its comma stays, the second goes
    ("In Lagos, on Sunday, protesters blocked the main bridge.", "In Lagos, protesters blocked the main bridge."),
    # after a quotation, with its speaker
    ("“We will rebuild,” the mayor said on Friday.", "“We will rebuild,” the mayor said."),
    # a day the checks refuse outright ("this morning") goes the same way
    ("The airline this morning cancelled 90 flights.", "The airline cancelled 90 flights."),
    # a month "of this year" goes whole
    ("In April of this year, the festival moved to a new site.", "The festival moved to a new site."),
    ("Back in March, the council closed the pool.", "The council closed the pool."),
    ("The song was streamed more than anything else this year, the service said.",
     "The song was streamed more than anything else, the service said."),
    # a comma that set the time off from a clause after it goes too
    ("The search began Sunday night, after the boat failed to return.",
     "The search began after the boat failed to return."),
    # a participle that only carried the day goes with it
    ("The agency said in its report released Monday that exports fell.",
     "The agency said in its report that exports fell."),
])
def test_a_time_adjunct_is_cut_with_its_commas(text: str, expected: str) -> None:
    shorter = cut(text)
    assert shorter == expected
    assert broken_punctuation(parse([shorter], MODEL)[0], Context()) is None


@pytest.mark.parametrize("text", [
    "Saturday was the wettest day of the year.",  # the subject
    "The vote is on Wednesday.",  # the predicate: the only content of its clause
    "The union did not strike last week.",  # negated: without the time it is no longer true
    "The bridge will stay closed until Friday.",  # "until Friday" is what the sentence tells
    "Friday's flood swept away two houses.",  # a possessive says which flood
    "The storm hit the island on Monday and Tuesday.",  # two days joined: more than one adjunct's words
    "Rents have risen as recently as last year.",  # a time word inside a larger phrase
    # "was" would be left with nothing after it
    "Neighbours say the last time anyone saw her was Sunday night, when she walked her dog.",
    # "the day ..." named the date taken
    "The inquiry said the inspection had been made on March 3, the day the roof fell in.",
    # "also published." would end the sentence
    "The firm lost $3 million last year, according to its accounts, also published on Friday.",
])
def test_a_time_that_is_no_clean_adjunct_stays(text: str) -> None:
    assert cut(text) is None


def hung_on(text: str) -> str:
    """The word the unplaced time of ``text`` hangs on, as parsed ("return" of "the team's return on Sunday")."""
    doc = parse([text], MODEL)[0]
    start, expression = unplaced_spans(text, ())[0]
    root = doc.char_span(start, start + len(expression), alignment_mode="expand").root
    if root.dep_ == "compound":  # "Sunday" of "Sunday evening"
        root = root.head
    if root.dep_ == "pobj":  # "on" of "on Sunday evening"
        root = root.head
    return root.head.text


@pytest.mark.parametrize(("text", "noun", "expected"), [
    # a time on a happening another word says which of: a possessive ...
    ("The mayor welcomed the team's return on Sunday evening.", "return", "The mayor welcomed the team's return."),
    ("Neighbours were startled by his arrival on Thursday morning.", "arrival",
     "Neighbours were startled by his arrival."),
    ("She spoke about her brother's arrest in June.", "arrest", "She spoke about her brother's arrest."),
    # ... or "a", with the day and its part as a bare noun phrase ("Saturday night")
    ("Fans were left fuming after a blackout Saturday night at the concert.", "blackout",
     "Fans were left fuming after a blackout at the concert."),
    ("The band apologised for a sound failure Friday night at the festival.", "failure",
     "The band apologised for a sound failure at the festival."),
])
def test_a_time_on_a_told_happening_is_cut(text: str, noun: str, expected: str) -> None:
    assert hung_on(text) == noun  # the parse hangs the time on the noun, not on the verb
    assert cut(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the day set off, with a second adjunct that counts from another time: that one stays
    ("On Monday, two weeks after the flood, the town reopened its school.",
     "Two weeks after the flood, the town reopened its school."),
    ("On Wednesday, nearly a year later, the airline answered her letter.",
     "Nearly a year later, the airline answered her letter."),
    # "Sunday night" of the verb, before another adjunct
    ("The club sold 2,000 scarves with the striker's name misspelled in a printing blunder Sunday night at the arena.",
     "The club sold 2,000 scarves with the striker's name misspelled in a printing blunder at the arena."),
])
def test_a_day_before_another_adjunct_is_cut(text: str, expected: str) -> None:
    assert cut(text) == expected


@pytest.mark.parametrize("text", [
    # on a noun: "the" alone (the time says which), a rank (her first visit of the year, or of all?)
    "Officials spoke about the explosion at the plant on Tuesday night.",
    "She talked about her first visit in January.",
    "Lawmakers faced a deadline on Friday to pass the budget.",  # the time is what a deadline is
    "The company has until Dec. 7 to answer the complaint.",  # the time is what the sentence tells
    # another time counts from the one cut: "the previous year" would count from nothing
    "The average rent of a flat last year rose to $1,900, up from $1,750 the previous year.",
    "The firefighter died on Tuesday of burns he suffered the previous night.",
    "The museum will reopen on June 3 with a gala, and the gardens open the following day.",
    # a span of time: the day says which span ("an hour" on Saturday, "20 minutes" on Sunday)
    "Shoppers reported queues of up to an hour Saturday afternoon and 20 minutes Sunday.",
])
def test_a_time_that_says_which_thing_or_is_the_content_stays(text: str) -> None:
    assert cut(text) is None


def test_a_quoted_time_is_the_speakers_and_is_never_cut() -> None:
    text = "The minister said “we signed it last week” at the summit."
    assert unplaced_spans(text, ()) == []  # a quoted time is not the brief's to place
    doc = parse([text], MODEL)[0]
    start = text.index("last week")
    assert cut_days(doc, [(start, start + len("last week"))]) is None


def test_last_week_and_the_weekend_are_told_dates_and_to_date_and_recently_are_not() -> None:
    assert told_dates("Rivals attacked his remarks during Sunday show appearances.") == []  # a kind of show
    assert told_dates("Trump last week forced Jeff Sessions to resign.") == [(6, "last week")]
    assert told_dates("Her condition took a turn for the worse over the weekend, the zoo said.") == [
        (40, "over the weekend")]
    assert told_dates("The fund has raised $2 million to date.") == []
    assert told_dates("The fund recently raised $2 million.") == []
    # dated, they are placed: to the month, as a week or weekend may straddle two
    assert place_dates("The zoo said over the weekend that the panda is ill.", dt.date(2026, 11, 30)) == (
        ToldDate("over the weekend", 13, "2026-11"),)
    assert place_dates("Trump last week forced Jeff Sessions to resign.", dt.date(2018, 11, 14)) == (
        ToldDate("last week", 6, "2018-11"),)


def candidate(text: str, article: str = "undated") -> Candidate:
    return Candidate(Sentence(article, 0, 3, text), np.zeros(2, dtype=np.float32), Support((article,), 1), 1.0)


def no_dates(sentence: Sentence, support: object) -> tuple[ToldDate, ...]:
    return ()


def test_cut_unplaced_cuts_only_what_reads_correctly_and_passes_every_check() -> None:
    given = [candidate("Regulators last week fined the bank $40 million."),
             candidate("The vote is on Wednesday."),
             candidate("The bank paid the fine in full.")]
    found = cut_unplaced(given, no_dates, frozenset(), MODEL)
    assert [c.sentence.text for c in found] == [
        "Regulators fined the bank $40 million.", "The vote is on Wednesday.", "The bank paid the fine in full."]
    assert found[1] is given[1] and found[2] is given[2]
    assert (found[0].sentence.article_id, found[0].sentence.position) == ("undated", 3)
    assert ("last", "week") not in found[0].concepts
    assert faults(parse([found[0].sentence.text], MODEL)[0], Context(), SUMMARY_CHECKS) == ()


def test_a_placed_time_is_not_cut() -> None:
    text = "Regulators said on Saturday that the bank was fined."
    placed = place_dates(text, dt.date(2026, 11, 30))

    def place(sentence: Sentence, support: object) -> tuple[ToldDate, ...]:
        return placed if sentence.text == text else ()

    [found] = cut_unplaced([candidate(text, "dated")], place, frozenset({"dated"}), MODEL)
    assert found.sentence.text == text


def test_a_cut_that_would_leave_a_fault_is_not_made(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Regulators last week fined the bank $40 million."
    # a cut the parse got wrong, which the checks catch: a comma left before the object
    monkeypatch.setattr(adjuncts, "cut_days", lambda doc, spans: "Regulators fined , the bank $40 million.")
    [found] = cut_unplaced([candidate(text)], no_dates, frozenset(), MODEL)
    assert found.sentence.text == text
    # a fault the original has already is no reason to keep the time: "He" names no one, cut or not
    monkeypatch.undo()
    [found] = cut_unplaced([candidate("Last week, he resigned from the board.")], no_dates, frozenset(), MODEL)
    assert found.sentence.text == "He resigned from the board."


def test_the_json_keeps_the_original_of_a_cut_sentence_only() -> None:
    cut_sentence = SummarySentence("Regulators fined the bank $40 million.", ("a",), 1, "a", 3,
                                   original="Regulators last week fined the bank $40 million.")
    kept = SummarySentence("The bank paid the fine in full.", ("a",), 1, "a", 4)
    data = to_dict(Brief((Event("e", "Bank fined", (cut_sentence, kept), ("a",)),), ()))
    summary = json.loads(json.dumps(data))["events"][0]["summary"]
    assert summary[0]["original"] == "Regulators last week fined the bank $40 million."
    assert summary[0]["text"] == "Regulators fined the bank $40 million."
    assert "original" not in summary[1]


def test_a_cut_that_would_open_with_a_connective_is_not_made() -> None:
    given = [candidate("On Monday, two weeks after the flood, the town reopened its school."),
             candidate("On Wednesday, nearly a year later, the airline answered her letter."),
             candidate("Neighbours were startled by his arrival on Thursday morning.")]
    found = cut_unplaced(given, no_dates, frozenset(), MODEL)
    assert [c.sentence.text for c in found] == [
        "Two weeks after the flood, the town reopened its school.",
        # "Nearly a year later, ..." would carry on from a sentence before it (checks.connective_opening)
        "On Wednesday, nearly a year later, the airline answered her letter.",
        "Neighbours were startled by his arrival."]
