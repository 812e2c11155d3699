"""Cues of a sentence in the writer's voice, and of a reported event, as the headline weighs them."""

from __future__ import annotations

import numpy as np
import pytest

from newsbrief.config import Config
from newsbrief.facts import Support
from newsbrief.headline import compress, headline
from newsbrief.model import Sentence
from newsbrief.newsworthy import (
    evaluative_words,
    figure_of_speech,
    generic_statement,
    hearsay,
    opinion_marks,
    personal_voice,
    press_event,
    question,
    removable_judgement,
    reported_event,
    writer_framing,
)
from newsbrief.nlp import parse
from newsbrief.summarize import Candidate

MODEL = Config().spacy_model


def _doc(text: str):  # type: ignore[no-untyped-def]
    return parse([text], MODEL)[0]


@pytest.mark.parametrize(("sentence", "found"), [
    ("The unfortunate reality is that most small farms will not survive another dry summer.", True),
    ("It's no secret that the studio wanted a sequel before the first film opened.", True),
    ("Let's face it, nobody goes to a monster movie for the dialogue.", True),
    ("The bottom line is that the city cannot afford a new stadium.", True),
    ("The truth commission published its final report on Thursday.", False),
    ("The problem was traced to a faulty valve in the cooling system, engineers said.", False),
])
def test_writer_framing(sentence: str, found: bool) -> None:
    assert (writer_framing(_doc(sentence)) is not None) is found


@pytest.mark.parametrize(("sentence", "words"), [
    ("Coffee is the nation's favorite drink, bar none.", ['"favorite"', '"bar none"']),
    ("The sequel is a gorgeous, glorious mess.", ['"gorgeous"', '"glorious"', '"mess"']),
    ("Sadly, the old theater on Main Street closed its doors in March.", []),  # "Sadly" goes in compression
    ("The storm was the worst flooding the valley had seen in decades.", []),
    ("The council called the proposal \"a brilliant piece of planning\" on Monday.", []),
])
def test_evaluative_words(sentence: str, words: list[str]) -> None:
    found = evaluative_words(_doc(sentence))
    assert (found is not None) is bool(words)
    for word in words:
        assert word in (found or "")


def test_a_removable_judgement_goes_and_the_event_stays() -> None:
    doc = _doc("Legendary soul singer Mavis Carter has released two previously unheard songs.")
    assert [t.text for t in doc if removable_judgement(t)] == ["Legendary"]
    assert compress(doc, 40) == "Soul singer Mavis Carter releases two previously unheard songs."
    # After "an" the article would no longer fit the noun: the word stays.
    assert not any(removable_judgement(t) for t in _doc("An impressive collection of props is up for sale."))


@pytest.mark.parametrize(("sentence", "found"), [
    ("The billionaire is said to be considering a bid for the football club.", '"said to"'),
    ("The actress reportedly paid $4 million for the beach house.", '"reportedly"'),
    ("The senator is believed to be recovering at home.", None),  # the hedge of news, not hearsay
    ("Police said the driver had been drinking.", None),
    ("Scientists identified a tick-borne virus that apparently killed a farmer.", None),  # a detail's hedge
])
def test_hearsay(sentence: str, found: str | None) -> None:
    result = hearsay(_doc(sentence))
    assert (result is None) if found is None else (found in (result or ""))


def test_personal_voice_and_questions() -> None:
    assert personal_voice(_doc("If you drink coffee, you know the feeling.")) is not None
    assert personal_voice(_doc('"We will rebuild," the mayor told reporters.')) is None
    assert question(_doc("Is this the end of the suburban shopping mall?")) == "asks a question"
    assert question(_doc('The judge asked, "Who signed this?" before adjourning.')) is None


@pytest.mark.parametrize(("sentence", "found"), [
    ("Caffeine is the most widely consumed stimulant in the world.", True),
    ("The hills were home to dense, winding cave systems.", True),
    ("Late payments fall due at the end of the quarter.", True),
    ("Katharine Brown was one of the producer's most trusted employees.", False),  # named: may be the news
    ("Plants outweigh every other form of life on the planet.", False),  # a finding, not a description
    ("The refinery is recalling 2,000 tonnes of contaminated fuel.", False),
])
def test_generic_statement(sentence: str, found: bool) -> None:
    assert (generic_statement(_doc(sentence)) is not None) is found


@pytest.mark.parametrize(("sentence", "found"), [
    ("The mayor took a page out of the governor's playbook with a late-night tweet.", True),
    ("X marks the spot where the county's budget went wrong.", True),
    ("The investigation into the singer's death has taken a turn.", True),
    ("The mayor took the oath of office on the steps of city hall.", False),
])
def test_figure_of_speech(sentence: str, found: bool) -> None:
    assert (figure_of_speech(_doc(sentence)) is not None) is found


@pytest.mark.parametrize(("sentence", "event"), [
    ("Police in Lyon arrested two men on Tuesday.", "Police arrested"),
    ("Maria Lopez has been elected mayor of the port city.", "Lopez has been elected"),
    ("A new survey finds that office workers waste an hour a day.", "survey finds"),
    ("Cathay Pacific said it had pulled out of talks to buy the airline.", "Pacific had pulled"),
    ("Two aid workers were kidnapped near the border.", "workers were kidnapped"),
    ("The fire chief said there were signs that the fire had been set.", None),  # says only what there was
    ("Actors will enjoy some serious bonding this season.", None),
    ("The alleged abuse by the Reverend John Parr happened a decade before.", None),  # no actor of its own
])
def test_reported_event(sentence: str, event: str | None) -> None:
    assert reported_event(_doc(sentence)) == event


def test_opinion_marks_are_listed_by_name() -> None:
    assert opinion_marks(_doc("Coffee is the nation's favorite drink, bar none.")) == (
        "evaluative_words", "generic_statement")
    assert opinion_marks(_doc("Police in Lyon arrested two men on Tuesday.")) == ()


def _candidate(article: str, text: str, score: float) -> Candidate:
    return Candidate(Sentence(article, 0, 0, text), np.zeros(4, dtype=np.float32), Support((article,), 1), score)


def test_the_headline_of_a_feature_prefers_its_reported_fact_to_a_verdict() -> None:
    """Two stories of a feature on coffee: the columnist's verdict is ranked first, yet the headline
    states what the study found, with its attribution (before the preference, it was the verdict)."""
    verdict = "Coffee is the nation's favorite drink, bar none."
    report = "A Harvard study found that coffee drinkers lived longer than those who drank none."
    candidates = [_candidate("a", verdict, 2.0), _candidate("b", report, 1.0)]
    title = headline(candidates, [], Config(), stories=[verdict, report])
    assert title == "A Harvard study finds that coffee drinkers lived longer than those who drank none."


@pytest.mark.parametrize(("sentence", "found"), [
    ("Officials held a news conference at the medical center in Neenah.", True),
    ("The sheriff spoke to reporters outside the courthouse on Monday.", True),
    ("The sheriff told reporters that the gunman had been arrested.", False),  # what was told is the news
    ("Police arrested two men in Lyon.", False),
])
def test_press_event(sentence: str, found: bool) -> None:
    assert (press_event(_doc(sentence)) is not None) is found


def test_a_line_the_page_broke_off_is_no_headline() -> None:
    """A sentence the page cut before its last word ("... is absolutely") ranked first, yet the
    headline is the next one that ends as a sentence does (before, it was "... is absolutely.")."""
    broken = "The San Diego Zoo Safari Park is absolutely"
    report = "The San Diego Zoo Safari Park welcomed a rare northern white rhino calf on Monday."
    candidates = [_candidate("a", broken, 2.0), _candidate("b", report, 1.0)]
    title = headline(candidates, [], Config(), stories=[broken, report])
    assert title == "The San Diego Zoo Safari Park welcomes a rare northern white rhino calf."
