"""Pending outcomes and the newer reports that settle them (newsbrief.outcomes)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.config import Config
from newsbrief.model import Sentence
from newsbrief.nlp import parse
from newsbrief.outcomes import (
    STATEMENT,
    Outcome,
    ahead_of_writing,
    answers,
    deed_day,
    disputed_sentences,
    done,
    ended_sentences,
    leading,
    nominal_deeds,
    ongoing,
    overtaken_sentences,
    pending,
    plight,
    question,
    retracted_sentences,
    retraction,
    settles,
    undone,
)

MODEL = Config().spacy_model


@pytest.mark.parametrize(("sentence", "lemma", "actors"), [
    ("If confirmed, Harlow is likely to tilt the court to the right.", "confirm", {"harlow"}),
    ("Neither Vantex nor Ordo would comment.", STATEMENT, {"vantex", "ordo"}),
    ("Vantex declined to comment on the report.", STATEMENT, {"vantex"}),
    ("Ordo did not respond to a request for comment.", STATEMENT, {"ordo"}),
    ("Governor Ruth Pell is expected to sign the budget on Friday.", "sign", {"ruth", "pell", "governor"}),
    ("The Senate has not yet voted on the nomination of Tom Harlow.", "vote", {"senate"}),
])
def test_an_open_outcome_is_found(sentence: str, lemma: str, actors: set[str]) -> None:
    outcome = pending(parse([sentence], MODEL)[0])
    assert outcome is not None
    assert (outcome.lemma, outcome.actors) == (lemma, frozenset(actors))


@pytest.mark.parametrize("sentence", [
    "Vantex said its profits rose in the third quarter.",  # a deed told, nothing open
    "If Nora had kept a diary, her brother could sell it.",  # a counterfactual of having
    "Tom found the letter on Sunday, the day Nora was due to be at a lunch.",  # "due to be": no outcome
    "Roberts' spokesman declined to comment.",  # the spokesman, not Roberts, is who: no name
    "The plan, if approved, would close three schools.",  # no one named
])
def test_no_open_outcome_with_named_actors(sentence: str) -> None:
    assert pending(parse([sentence], MODEL)[0]) is None


def test_a_deed_done_settles_the_same_outcome_of_the_same_actors() -> None:
    confirmed, = parse(["The Senate confirmed Harlow 54-45 on Friday."], MODEL)
    passive, = parse(["Harlow was confirmed by the Senate on Friday."], MODEL)
    earlier, = parse(["Harlow was confirmed to the appeals court in 2006."], MODEL)
    denied, = parse(["Harlow has not been confirmed."], MODEL)
    outcome = Outcome("confirm", frozenset({"harlow"}))
    assert any(settles(outcome, deed) for deed in done(confirmed))
    assert any(settles(outcome, deed) for deed in done(passive))
    assert not any(settles(outcome, deed) for deed in done(earlier))  # a past year's confirmation
    assert not any(settles(outcome, deed) for deed in done(denied))
    assert not any(settles(Outcome("confirm", frozenset({"marsh"})), deed) for deed in done(confirmed))


def test_a_refusal_to_comment_is_settled_by_a_disclosure_of_its_subjects_alone() -> None:
    refusal = Outcome(STATEMENT, frozenset({"vantex", "ordo"}))
    disclosed, = parse(["Vantex and Ordo, the nation's two largest oil companies, confirmed Friday that they "
                        "were discussing a merger."], MODEL)
    said, = parse(["Vantex and Ordo said their tractor sales fell in May."], MODEL)
    about, = parse(["Analysts announced a review of Vantex and Ordo."], MODEL)
    assert any(settles(refusal, deed) for deed in done(disclosed))
    assert not any(settles(refusal, deed) for deed in done(said))  # a plain "said" answers nothing
    assert not any(settles(refusal, deed) for deed in done(about))  # named, but not the ones disclosing


def _sentences(*told: tuple[str, str]) -> list[Sentence]:
    return [Sentence(article, 0, n, text) for n, (article, text) in enumerate(told)]


def test_an_open_outcome_a_newer_article_reports_done_is_overtaken() -> None:
    sentences = _sentences(
        ("a", "Vantex and Ordo have held talks about a merger, a person close to the talks said Wednesday."),
        ("a", "Neither Vantex nor Ordo would comment."),
        ("b", "Vantex and Ordo confirmed Friday that they were discussing a merger."),
        ("b", "The boards are expected to meet on Tuesday."),
    )
    written = {"a": dt.date(2021, 11, 25), "b": dt.date(2021, 11, 27)}
    found = overtaken_sentences(sentences, sentences, written, MODEL)
    assert list(found) == [sentences[1]]
    assert found[sentences[1]] == sentences[2].text
    # Told the other way round, the refusal is the newer state: it stays.
    assert overtaken_sentences(sentences, sentences, {"a": written["b"], "b": written["a"]}, MODEL) == {}


def test_undated_an_outcome_another_article_reports_done_is_overtaken() -> None:
    sentences = _sentences(
        ("a", "If confirmed, Harlow is likely to tilt the court to the right."),
        ("b", "Harlow was confirmed 54-45 by the Senate in April."),
        ("c", "If confirmed, Marsh would be the first judge from Idaho on the court."),
    )
    found = overtaken_sentences(sentences, sentences, {}, MODEL)
    assert list(found) == [sentences[0]]


def test_undated_a_not_yet_and_a_done_contradict_and_neither_is_overtaken() -> None:
    """"Has not yet pulled" and "has pulled" disagree; without the days they were written, the
    denial may be the newer (a correction of the report)."""
    sentences = _sentences(
        ("a", "Contrary to reports, the Academy has not yet pulled Dana Holt's tickets."),
        ("b", "The Academy has pulled Dana Holt's tickets."),
    )
    assert overtaken_sentences(sentences, sentences, {}, MODEL) == {}
    dated = {"a": dt.date(2012, 2, 1), "b": dt.date(2012, 2, 3)}
    assert list(overtaken_sentences(sentences, sentences, dated, MODEL)) == [sentences[0]]


def test_a_refusal_that_says_more_stays() -> None:
    sentences = _sentences(
        ("a", "The Forest Service declined to comment on specific cases, but said it takes all reports seriously."),
        ("b", "The Forest Service has confirmed that an investigator was hired."),
    )
    assert overtaken_sentences(sentences, sentences, {}, MODEL) == {}


def test_an_outcome_to_come_is_settled_only_by_a_deed_naming_all_it_names() -> None:
    outcome = pending(parse(["Annan will meet with Gadhafi in Sirte on Friday."], MODEL)[0])
    assert outcome is not None
    assert outcome.actors == frozenset({"annan", "gadhafi", "sirte"})
    met, = parse(["Annan met with Gadhafi in Sirte on Saturday."], MODEL)
    other, = parse(["The foreign minister met with Annan in Sirte."], MODEL)
    assert any(settles(outcome, deed) for deed in done(met))
    assert not any(settles(outcome, deed) for deed in done(other))


@pytest.mark.parametrize(("open_", "later", "settled"), [
    ("Vantex is expected to choose a new chief to lead the Department of Mines.",
     "Vantex has chosen a former governor to lead the department.", True),
    ("In the trial, Vantex is expected to argue that its growth came from its own skill.",
     "Vantex argued that a team of lawyers would ruin its finances.", False),  # another argument
    ("Ordo will offer its opening remarks on Tuesday.",
     "Ordo offered to buy a stake in Vantex.", False),  # another offer
    ("Tom Reyes, a trainer, said he planned to vote for Cardoso.",
     "Brazilians voted for Cardoso in large numbers.", False),  # "he" planned: no one named will act
    ("Russia threatened to default unless it is quickly given the loans.",
     "The lenders gave Russia the loans.", False),  # the condition's own subject is a pronoun
])
def test_a_forecast_is_settled_by_the_same_deed_about_the_same_matter(open_: str, later: str, settled: bool) -> None:
    sentences = _sentences(("a", open_), ("b", later))
    assert bool(overtaken_sentences(sentences, sentences, {}, MODEL)) is settled


def test_a_quotation_tells_no_open_outcome() -> None:
    assert pending(parse(["He recalled thinking, \u201cGreat, now Vantex will want to license from me.\u201d"],
                         MODEL)[0]) is None


@pytest.mark.parametrize(("sentence", "ended_by", "party"), [
    ("New attempts to evacuate three injured aid workers from Darvan have failed, the agency says.",
     "rescue", {"worker", "aid"}),
    ("Rescuers were unable to free the trapped climbers on Monday.", "release", {"climber"}),
    ("Divers could not locate the fishing boat.", "find", {"boat", "fishing"}),
    ("The two climbers remain trapped on the ridge.", "rescue", {"climber"}),
    ("The skipper is still missing after the storm.", "find", {"skipper"}),
    ("Four engineers are being held hostage by the militia.", "free", {"engineer"}),
    ("The boat's crew has not been found.", "locate", {"crew"}),
])
def test_a_plight_is_found_with_the_deeds_that_end_it(sentence: str, ended_by: str, party: set[str]) -> None:
    found = plight(parse([sentence], MODEL)[0])
    assert found is not None
    assert ended_by in found.ended_by
    assert found.party == frozenset(party)


@pytest.mark.parametrize("sentence", [
    "Vantex failed to win the contract.",  # a deed whose doer matters: another's win overtakes nothing
    "The missing skipper was last seen on Friday.",  # no state told of anyone
    "The first recording is missing the second verse.",  # missing something: no one is missing
    "The climbers were trapped for two days before they were rescued.",  # a past state, told as over
    "Efforts to rescue them have failed.",  # a pronoun: no one a report could be matched on
])
def test_no_plight(sentence: str) -> None:
    assert plight(parse([sentence], MODEL)[0]) is None


def test_a_failed_attempt_is_overtaken_by_another_deed_of_its_class_done_to_the_same_people() -> None:
    sentences = _sentences(
        ("a", "New attempts to evacuate three injured aid workers from Darvan have failed, the agency says."),
        ("b", "Injured aid worker Lena Marsh has been rescued from the town of Darvan."),
        ("c", "The two climbers remain trapped on the ridge."),
    )
    found = overtaken_sentences(sentences, sentences, {}, MODEL)
    assert list(found) == [sentences[0]]
    assert found[sentences[0]] == sentences[1].text


def test_a_plight_of_one_named_person_is_not_ended_by_another_persons_rescue() -> None:
    sentences = _sentences(
        ("a", "French aid worker Anne Roux remains missing."),
        ("b", "Injured aid worker Lena Marsh has been rescued from the town of Darvan."),
    )
    assert overtaken_sentences(sentences, sentences, {}, MODEL) == {}
    # Told the other way round by the days they were written, the plight is the newer: it stays.
    sentences = _sentences(
        ("a", "The two climbers remain trapped on the ridge."),
        ("b", "A helicopter crew rescued the climbers on Sunday."),
    )
    written = {"a": dt.date(2020, 3, 2), "b": dt.date(2020, 3, 1)}
    assert overtaken_sentences(sentences, sentences, written, MODEL) == {}
    assert list(overtaken_sentences(sentences, sentences, {}, MODEL)) == [sentences[0]]


def test_a_plight_the_headline_reports_ended_is_overtaken() -> None:
    sentences = _sentences(("a", "Rescuers were unable to reach the trapped climbers, who remain stranded."),
                           ("a", "The two climbers remain trapped on the ridge."))
    headline = "Two climbers are rescued from a ridge in the Alps."
    assert list(overtaken_sentences(sentences, sentences, {}, MODEL, headline)) == [sentences[1]]
    assert overtaken_sentences(sentences, sentences, {}, MODEL) == {}


@pytest.mark.parametrize(("unknown", "asks", "lemma", "names"), [
    ("It is unclear why Tarrant was in the park, which is closed at night.", "why", "be", {"tarrant"}),
    ("It was not clear whether Tarrant was armed.", "whether", "arm", {"tarrant"}),
    ("How Tarrant died is not known.", "how", "die", {"tarrant"}),
])
def test_an_unknown_names_what_it_asks(unknown: str, asks: str, lemma: str, names: set[str]) -> None:
    asked = question(parse([unknown], MODEL)[0])
    assert asked is not None
    assert (asked.asks, asked.lemma, asked.names) == (asks, lemma, frozenset(names))


@pytest.mark.parametrize(("unknown", "stated", "answered"), [
    ("It is unclear why Tarrant was in the park.", "Tarrant was chasing a suspect through the park.", True),
    ("It is unclear why Tarrant was in the park.", "Police said Tarrant was chasing a suspect.", False),  # attributed
    ("It is unclear why Tarrant was in the park.", "Tarrant was a park ranger for ten years.", False),
    ("It was not clear whether Tarrant was armed.", "Tarrant was armed with a rifle.", True),
    ("It is not known how Tarrant died.", "Tarrant died of a stab wound.", True),
    ("It is not known how Tarrant died.", "Tarrant died on Tuesday night.", False),  # no means told
    ("It is unclear why Tarrant was in the park.", "Coles was chasing a suspect through the park.", False),
])
def test_a_statement_answers_what_another_calls_unknown(unknown: str, stated: str, answered: bool) -> None:
    asked = question(parse([unknown], MODEL)[0])
    assert asked is not None
    assert answers(asked, parse([stated], MODEL)[0]) is answered


def test_a_fact_another_article_calls_unknown_is_disputed() -> None:
    sentences = _sentences(
        ("a", "It is unclear why Tarrant was in the park, which is closed at night."),
        ("b", "Tarrant was chasing a suspect through the park."),
        ("a", "Tarrant was chasing a suspect when he fell."),  # the same article: it tells both
    )
    found = disputed_sentences(sentences[1:], sentences, MODEL)
    assert found == {sentences[1]: sentences[0].text}


def test_an_attempt_at_any_of_a_kind_is_no_plight_another_ends() -> None:
    sentences = _sentences(
        ("a", "Two years after graduating, Omar Said says he has failed to find a job."),
        ("b", "His classmates have already found jobs at shipping firms."),
        ("c", "Survivors remain trapped under the rubble."),
        ("d", "Rescuers pulled survivors from the rubble and freed two men."),
    )
    assert overtaken_sentences(sentences, sentences, {}, MODEL) == {}


@pytest.mark.parametrize(("sentence", "holders"), [
    ("Team Vostok said that Pavel Oreshkin failed a blood test after his win on Saturday.", {"oreshkin"}),
    ("Sprinter Dana Whitfield tested positive for a banned steroid.", {"whitfield"}),
    ("Lena Marsh was stripped of her world title on Monday.", {"marsh"}),
    ("The league annulled Arturo Pineda's victory in the final.", {"pineda"}),
    ("Pavel Oreshkin failed to finish the stage.", set()),  # no test failed
    ("Lena Marsh was not disqualified.", set()),
    ("Oreshkin won the 14th stage of the race.", set()),
])
def test_a_result_told_undone(sentence: str, holders: set[str]) -> None:
    assert undone(parse([sentence], MODEL)[0]) == frozenset(holders)


@pytest.mark.parametrize(("sentence", "lemma", "about"), [
    ("Norland Air is negotiating with Baltic Wings, which could buy a third of the carrier.", "negotiate", {"talk"}),
    ("Deputies are searching for Maya Ostrander, 4, who was last seen on Friday.", "search",
     {"maya", "ostrander"}),
    ("The Geneva Water Summit is nearing its final day.", "near", {"summit", "water", "geneva"}),
    ("Officials said the talks were continuing.", "continue", {"talk"}),
    ("Officials said fighting was continuing.", None, set()),  # nothing in particular
    ("Senator Alma Reyes is nearing a decision on the bill.", None, set()),  # a doer, not what goes on
    ("The Geneva Water Summit continues to draw protesters.", None, set()),
    ("Deputies are searching for survivors.", None, set()),  # no one in particular
    ("Deputies were searching the river when the call came.", None, set()),  # told as then, not now
    ("Norland Air is not negotiating with anyone.", None, set()),
])
def test_an_ongoing_state(sentence: str, lemma: str | None, about: set[str]) -> None:
    state = ongoing(parse([sentence], MODEL)[0])
    if lemma is None:
        assert state is None
    else:
        assert state is not None
        assert (state.lemma, about <= state.about) == (lemma, True)


def test_a_state_a_newer_article_ends_is_overtaken() -> None:
    sentences = _sentences(
        ("a", "Norland Air is negotiating with Baltic Wings, which could buy a third of the carrier."),
        ("b", "Baltic Wings said Friday it had pulled out of talks to buy a stake in Norland Air."),
        ("a", "The Geneva Water Summit is nearing its final day."),
        ("c", "The Geneva Water Summit concluded on Sunday with a pledge on river basins."),
        ("a", "Deputies are searching for Maya Ostrander, 4, who was last seen on Friday."),
        ("c", "Deputies arrested a neighbour on Sunday."),  # an end of a search, but not hers
    )
    written = {"a": dt.date(2024, 5, 1), "b": dt.date(2024, 5, 3), "c": dt.date(2024, 5, 5)}
    found = ended_sentences(sentences, sentences, written, MODEL)
    assert found == {sentences[0]: sentences[1].text, sentences[2]: sentences[3].text}
    # the end told before the state is no end of it
    assert ended_sentences(sentences, sentences, {**written, "b": dt.date(2024, 4, 1)}, MODEL) == {
        sentences[2]: sentences[3].text}


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("But Halvorsen later retracted the remark, saying he meant only that nothing was ruled out.", {"halvorsen"}),
    ("The ministry withdrew its statement hours later.", {"ministry"}),
    ("He later denied saying that the bridge was unsafe.", set()),  # a pronoun: the speaker before
    ("Halvorsen backtracked on Sunday.", {"halvorsen"}),
    ("Norland Air said it had withdrawn its bid for the carrier.", None),  # a bid is no statement
    ("Halvorsen did not retract the remark.", None),
    ("Police denied the allegations.", None),  # denied someone else's claim: no one takes back his own
])
def test_a_retraction_names_who_took_a_statement_back(sentence: str, speaker: set[str] | None) -> None:
    found = retraction(parse([sentence], MODEL)[0])
    assert found == (None if speaker is None else frozenset(speaker))


def test_a_retracted_claim_and_its_retelling_are_found() -> None:
    sentences = _sentences(
        ("a", "Earlier in the day, Halvorsen had said it was a 50-50 chance that the blaze was arson."),
        ("a", "But Halvorsen later retracted the remark, saying he meant only that nothing was ruled out."),
        ("b", "Chief prosecutor Lars Halvorsen said there was a 50-50 chance the blaze was arson."),
        ("b", "Halvorsen said the investigation would take weeks."),  # another statement of his
        ("c", "The blaze killed 60 people in the dance hall."),
    )
    found = retracted_sentences(sentences, sentences, MODEL)
    assert found == {sentences[0]: sentences[1].text, sentences[2]: sentences[1].text}


def test_a_pronoun_retracts_the_statement_just_before() -> None:
    sentences = _sentences(
        ("a", "Reports on Monday said the port had come under heavy shelling."),
        ("a", "Governor Ruiz's statement that the convoy had reached safety came after a day of confusion."),
        ("a", "He later withdrew the statement, calling the situation unclear."),
    )
    found = retracted_sentences(sentences, sentences, MODEL)
    assert found == {sentences[1]: sentences[2].text}


@pytest.mark.parametrize(("sentence", "lemmas"), [
    ("The dispute stems from Thursday's release of the report by the Lund Commission.", ["release"]),
    ("Ana Lind was sworn in after the signing of the accord by Tom Reyes.", ["sign"]),
    ("Yesterday's publication of the Lund report angered the mayor.", ["publish"]),
    # ahead, not behind: upcoming, ahead of, before, a plan, a present habit
    ("Lund freed a dissident before Monday's upcoming trial of Tom Reyes.", []),
    ("Aides met ahead of Thursday's release of the report.", []),
    ("The mayor will speak after Thursday's vote on the budget.", []),
    ("The mayor usually speaks after the vote on the budget.", []),
])
def test_a_deed_told_as_a_noun_is_done_only_where_it_is_behind(sentence: str, lemmas: list[str]) -> None:
    assert [d.lemma for d in nominal_deeds(parse([sentence], MODEL)[0])] == lemmas


def test_a_plan_is_settled_by_a_deed_told_as_a_noun() -> None:
    plan, deed = parse(["The Lund Commission will release its final report on Thursday.",
                        "The dispute stems from Thursday's release of the report by the Lund Commission."], MODEL)
    outcome = pending(plan)
    assert outcome is not None
    assert any(settles(outcome, d) for d in done(deed))
    [noun] = nominal_deeds(deed)
    assert deed_day(noun, dt.date(1998, 10, 31)) == dt.date(1998, 10, 29)  # the Thursday before a Saturday


def test_the_future_of_a_past_report_is_an_outcome_to_come() -> None:
    outcome = pending(parse(["Lund Mayor Ana Lind said Tuesday she would sign the budget."], MODEL)[0], named=False)
    assert outcome is not None
    assert outcome.lemma == "sign"
    # a condition's "would" is no plan
    assert pending(parse(["Ana Lind said she would sign the budget if the council approved it."], MODEL)[0],
                   named=False) is None


def test_a_time_ahead_of_writing_is_told() -> None:
    docs = parse(["Nordic leaders meet next week in Lund.", "The vote is due later this month.",
                  "Nordic leaders met last week in Lund."], MODEL)
    assert [ahead_of_writing(d) for d in docs] == [True, True, False]


@pytest.mark.parametrize(("sentence", "leaders"), [
    ("Lund voters gave Mayor Ana Lind a comfortable lead in the first round.", {"mayor", "ana", "lind"}),
    ("Tom Reyes took a ten-point lead in the count.", {"tom", "reyes"}),
    ("Tom Reyes led the Lund party for ten years.", set()),  # to head a party is no standing in a race
    ("The police had a lead in the case.", set()),  # no one named
])
def test_who_holds_a_lead_is_named(sentence: str, leaders: set[str]) -> None:
    assert leading(parse([sentence], MODEL)[0]) == frozenset(leaders)


def test_a_lead_is_overtaken_by_a_headline_telling_the_result_of_who_led() -> None:
    sentences = _sentences(
        ("a", "Lund voters gave Mayor Ana Lind a comfortable lead in the first round of voting Sunday."),
        ("b", "Tom Reyes conceded on Monday."),
    )
    written = {"a": dt.date(1998, 10, 4), "b": dt.date(1998, 10, 5)}
    found = overtaken_sentences(sentences, sentences, written, MODEL, "Lund voters re-elect Mayor Ana Lind.")
    assert list(found) == [sentences[0]]
    # A headline of another's result, or of none, leaves it.
    assert overtaken_sentences(sentences, sentences, written, MODEL, "Tom Reyes wins the vote in Lund.") == {}
    assert overtaken_sentences(sentences, sentences, written, MODEL, "Lund votes in the first round.") == {}


def test_a_plan_dated_ahead_of_its_writing_is_outdated_by_a_newer_telling_of_it() -> None:
    sentences = _sentences(
        ("a", "Nordic leaders are scheduled to meet next month in Lund for an annual meeting."),
        ("b", "The menu will be local when Nordic leaders meet next week in Lund."),
    )
    found = overtaken_sentences(sentences, sentences, {"a": dt.date(1998, 10, 4), "b": dt.date(1998, 11, 9)}, MODEL)
    assert list(found) == [sentences[0]]
    # Two days on, the newer telling is of the same moment: the plan stays.
    assert overtaken_sentences(sentences, sentences, {"a": dt.date(1998, 10, 4), "b": dt.date(1998, 10, 6)},
                               MODEL) == {}
