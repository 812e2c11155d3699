"""The writer's judgement and advice stated as the brief's own (issue 13): unattributed_judgement, cut_judgements,
writer_advocacy, and the verdicts, feelings and empty lines of the blind reading r18 (modal_verdict,
organisation_feeling, nothing_to_do, hedged_epithet, empty_quotation, unnamed_comparison)."""

from __future__ import annotations

import numpy as np
import pytest

from newsbrief.checks import (
    HEADLINE_CHECKS,
    NEEDS_CONTEXT_CHECKS,
    SUMMARY_CHECKS,
    Context,
    cut_judgements,
    empty_quotation,
    hedged_epithet,
    modal_verdict,
    nothing_to_do,
    organisation_feeling,
    removable_word,
    sweeping_claim,
    unattributed_judgement,
    unnamed_comparison,
    writer_advocacy,
    writer_opinion,
    writer_voice,
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


@pytest.mark.parametrize(("check", "faulty", "fine", "detail"), [
    # a forecast graded by size, and the same forecast given to whoever makes it
    (modal_verdict, "Such a merger, which follows a year of talks, would be a major shift in European banking.",
     "Such a merger would be a major shift in European banking, analysts at two banks said.",
     'the writer\'s forecast: "would be a major shift"'),
    (modal_verdict, "The ruling could deal a huge blow to the mayor's plan.",
     "The ruling could delay the mayor's plan by a year.", 'the writer\'s forecast: "could deal a huge blow"'),
    # a feeling read into a company or a country, and the same feeling it states
    (organisation_feeling, "Delta Air Lines is not happy with Emirates' plan to buy a stake.",
     "Delta Air Lines said it was not happy with Emirates' plan to buy a stake.",
     'the writer tells what "Lines" feels: "happy"'),
    (organisation_feeling, "Delta Air Lines is no fan of Emirates, the Gulf's biggest carrier.",
     "Delta Air Lines has opposed Emirates' expansion since 2015.", 'the writer tells what "Lines" feels: "fan"'),
    # a verdict of powerlessness, and the same verdict attributed
    (nothing_to_do, "Emirates is buying the shares through brokers, so there is little Delta can do for now.",
     "Emirates is buying the shares through brokers, and analysts said there is little Delta can do for now.",
     'the writer\'s verdict of powerlessness: "there is little Delta can do"'),
    # a record hedged by no one on the writer's accolade, and a hedge of where
    (hedged_epithet, "The surgical breakthrough, believed to be the first of its kind, was announced on Monday.",
     "The fugitive, believed to be in Paraguay, was charged on Monday.",
     'a record claimed by no one: "believed to be the first"'),
    # a bare admission as the news, and a quotation that tells something
    (empty_quotation, "“Of course I asked him questions,” Rossi said.",
     "“I asked him about the missing money,” Rossi said.",
     'a quotation that tells nothing: "Of course I asked him questions"'),
    (empty_quotation, "Asked what he would tell the family, he said: “I don’t have answers.”",
     "Asked what he would tell the family, he said: “I don’t know if the bridge was inspected.”",
     'a quotation that tells nothing: "I don’t have answers"'),
])
def test_a_verdict_or_an_empty_line_of_the_writers_is_refused_and_a_report_of_it_is_not(
        check, faulty: str, fine: str, detail: str) -> None:  # type: ignore[no-untyped-def]
    assert check(doc(faulty), Context()) == detail
    assert check(doc(fine), Context()) is None
    assert check.__name__ in SUMMARY_CHECKS and check.__name__ in HEADLINE_CHECKS


def test_a_comparison_with_an_untold_line_needs_the_line_before_it() -> None:
    text = "The same can't be said for Haiti, where the storm killed 40 people."
    detail = '"The same can\'t be said" compares with what the brief has not told'
    assert unnamed_comparison(doc(text), Context()) == detail
    assert unnamed_comparison(doc(text), Context(follows_source=True)) is None
    assert unnamed_comparison(doc("The same rules apply to Haiti, the ministry said."), Context()) is None
    assert "unnamed_comparison" in NEEDS_CONTEXT_CHECKS


def test_a_one_word_name_the_model_calls_an_organisation_may_be_a_person() -> None:
    sentence = doc("Myers was furious.")
    assert organisation_feeling(sentence, Context(surnames=frozenset({"myers"}))) is None


@pytest.mark.parametrize("verb", ["replies", "responds", "acknowledges"])
def test_an_answer_tells_its_clause_as_said(verb: str) -> None:
    text = f"Oracle {verb} that it has a long history of backing open standards."
    assert writer_voice(doc(text), Context()) is None
    assert writer_voice(doc("Oracle has a long history of suing its rivals."), Context()) is not None
