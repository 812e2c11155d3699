"""The writer's judgement and advice stated as the brief's own (issue 13): unattributed_judgement, cut_judgements,
writer_advocacy."""

from __future__ import annotations

import numpy as np
import pytest

from newsbrief.checks import (
    HEADLINE_CHECKS,
    SUMMARY_CHECKS,
    Context,
    cut_judgements,
    removable_word,
    sweeping_claim,
    unattributed_judgement,
    writer_advocacy,
    writer_opinion,
)
from newsbrief.config import Config
from newsbrief.facts import Support
from newsbrief.model import Sentence
from newsbrief.nlp import parse
from newsbrief.summarize import Candidate

MODEL = Config().spacy_model


def doc(text: str):  # type: ignore[no-untyped-def]
    return parse([text], MODEL)[0]


@pytest.mark.parametrize(("text", "word"), [
    ("The county judge, criticized for his lenient sentence of a college swimmer, heard a second case.", "lenient"),
    ("Officials have adopted dehumanizing language to describe asylum seekers at the border.", "dehumanizing"),
    ("The governor signed the controversial bill on Friday.", "controversial"),
    ("The ruling was controversial.", "controversial"),
    ("The agency announced draconian cuts to its research budget.", "draconian"),
    ("The shocking footage shows officers dragging a passenger off the plane.", "shocking"),
])
def test_a_verdict_in_the_writers_voice_is_a_fault(text: str, word: str) -> None:
    assert unattributed_judgement(doc(text), Context()) == f'a judgement in the writer\'s voice: "{word}"'


@pytest.mark.parametrize("text", [
    "The judge issued a controversial ruling, critics said.",  # the speech tail's verb governs the clause
    "Critics called the sentence lenient.",
    "The sentence, which critics called lenient, drew a petition with a million names.",
    'The mayor called the budget "draconian" on Monday.',  # quoted: the speaker's word
    "The law has been widely seen as controversial since it passed.",
    "Civil rights groups said the rhetoric was dehumanizing in a joint letter.",
    "According to the union, the cuts are draconian.",
    "The storm killed 12 people and left thousands without power.",  # no judgement at all
    "He was charged with disturbing the peace outside the stadium.",  # a verb of an act, not a verdict
])
def test_an_attributed_quoted_or_factual_sentence_passes(text: str) -> None:
    assert unattributed_judgement(doc(text), Context()) is None


def test_a_modifier_is_removable_unless_paired_modified_or_after_a_mismatched_article() -> None:
    def removable(text: str) -> list[str]:
        return [t.text for t in doc(text) if removable_word(t)]

    assert "controversial" in removable("The senator made several controversial remarks on Tuesday.")
    assert "controversial" in removable("The court issued a controversial ruling on Tuesday.")  # "a ruling"
    assert "outrageous" not in removable("The court issued an outrageous ruling on Tuesday.")  # not "an ruling"
    assert "troubling" not in removable("Investigators found deeply troubling evidence at the site.")
    assert "unfair" not in removable("Workers protested the harsh and unfair rules at the plant.")
    assert "stunning" not in removable("It was a stunning ruling for the league.")


def candidate(text: str) -> Candidate:
    return Candidate(Sentence("a1", 0, 3, text), np.zeros(2, dtype=np.float32), Support(("a1",), 1), 1.0)


def test_the_guard_cuts_a_removable_verdict_and_leaves_the_rest_for_the_check() -> None:
    removable = candidate("The judge, under fire for his lenient sentencing of a student, heard a new case on Monday.")
    predicate = candidate("The judge's sentencing of the student was lenient.")
    attributed = candidate("Critics called the sentencing of the student lenient.")
    cut = cut_judgements([removable, predicate, attributed], MODEL)
    assert cut[0].sentence.text == "The judge, under fire for his sentencing of a student, heard a new case on Monday."
    assert ("lenient", "sentencing") not in cut[0].concepts and ("his", "sentencing") in cut[0].concepts
    assert (cut[0].sentence.article_id, cut[0].sentence.position) == ("a1", 3)
    assert cut[1] is predicate and cut[2] is attributed
    assert unattributed_judgement(doc(cut[0].sentence.text), Context()) is None
    assert unattributed_judgement(doc(predicate.sentence.text), Context()) is not None


def test_the_check_guards_summaries_and_headlines_keep_their_own_cuts() -> None:
    assert SUMMARY_CHECKS["unattributed_judgement"] is unattributed_judgement
    assert "unattributed_judgement" not in HEADLINE_CHECKS


@pytest.mark.parametrize("text", [
    "One means of raising awareness could be through campaigns on television and radio.",
    "The best approach would be a ban on the sale of sugary drinks near schools.",
    "Parents should talk to their children about what they post online.",
])
def test_advice_in_the_writers_voice_is_a_fault(text: str) -> None:
    assert writer_advocacy(doc(text), Context()) is not None


@pytest.mark.parametrize("text", [
    "The authors say one means of raising awareness could be through campaigns on television.",
    "One option would be to close the bridge, the mayor said.",
    '"Parents should talk to their children," the surgeon general said.',
    "The government must pay $5 million to the families.",  # an order, told as fact
    "The storm should reach the coast by Friday evening.",  # a forecast, not advice
    "The only way into the village is by boat.",
])
def test_attributed_quoted_or_factual_modals_pass(text: str) -> None:
    assert writer_advocacy(doc(text), Context()) is None


@pytest.mark.parametrize("text", [
    "The comedian promoted his film The Dictator on the red carpet.",  # a title, not a verdict
    "Saddam Hussein was the Iraqi dictator for more than two decades.",  # a kind of government, as wire copy has it
])
def test_titles_and_labels_of_government_are_no_verdicts(text: str) -> None:
    assert unattributed_judgement(doc(text), Context()) is None


@pytest.mark.parametrize("text", [
    "Young adults want to live on their own.",
    "Most Americans distrust the news media.",
])
def test_a_claim_about_a_whole_people_in_the_writers_voice_is_a_fault(text: str) -> None:
    assert sweeping_claim(doc(text), Context()) is not None
    assert "sweeping_claim" in SUMMARY_CHECKS and "sweeping_claim" not in HEADLINE_CHECKS


@pytest.mark.parametrize("text", [
    "Young adults want to live on their own, according to a new survey.",
    "Most Americans want stricter gun laws, a poll found.",
    "Sixty percent of parents want later school start times.",
    "In the novel, voters love the candidate for his candour.",  # the people of a story told
    "“Parents want answers,” the superintendent said.",
    "Investigators believe the driver fled west.",  # who they are, not a whole people
])
def test_a_counted_told_or_quoted_claim_about_people_passes(text: str) -> None:
    assert sweeping_claim(doc(text), Context()) is None


def test_the_writer_choosing_how_to_put_a_verdict_is_an_aside() -> None:
    assert writer_opinion(doc("The senator is, to put it bluntly, a liability to her party."), Context()) is not None
    assert writer_opinion(doc("“To put it bluntly, we lost,” the coach said."), Context()) is None


@pytest.mark.parametrize("faulty", [
    "Support fell among the young, the poor and, perhaps most interestingly, among retired teachers.",
    "The plan raises the fare by a dollar and, frankly, nobody on the board has said why.",
    "The council, of course, approved the budget without a debate.",
    "More importantly, the deal gives the drivers' union a seat on the board.",
])
def test_a_stance_aside_set_off_by_commas_is_the_writers_voice(faulty: str) -> None:
    assert writer_opinion(doc(faulty), Context()) is not None


@pytest.mark.parametrize("fine", [
    "The mayor said that, sadly, the pool would stay closed until June.",  # the speaker's aside
    "“The fare will, frankly, have to rise,” the transit chief said.",
    "Police, perhaps fearing a riot, closed the square on Friday.",  # no aside set off on its own
    "The storm, suddenly, turned north and hit the coast at dawn.",  # when, not what the writer thinks
])
def test_a_speakers_aside_or_a_clause_is_no_stance_aside(fine: str) -> None:
    assert writer_opinion(doc(fine), Context()) is None
