"""Editorial checks: each on the faults editors found in briefs, and on sentences an editor would publish."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from newsbrief import checks
from newsbrief.checks import (
    HEADLINE_CHECKS,
    NEEDS_CONTEXT_CHECKS,
    RANKED_CHECKS,
    SUMMARY_CHECKS,
    Context,
    Fault,
    audit,
    broken_punctuation,
    connective_opening,
    counterfactual,
    cut_short,
    dangling_reference,
    dateline_or_byline,
    habitual,
    inside_quotes,
    not_a_sentence,
    page_clutter,
    paper_voice,
    past_tense,
    people_before,
    photo_caption,
    places_before,
    read_context,
    relative_time,
    repeats_headline,
    speech_clutter,
    summary_guard,
    surname_only,
    surnames_of,
    tally,
    teaser,
    unattributed_voice,
    unbalanced_quotes,
    unplaced_date,
    unplaced_weekday,
    words_before_in_article,
    writer_opinion,
    writer_voice,
)
from newsbrief.config import Config
from newsbrief.facts import Support
from newsbrief.model import Entity, Event, RankedEntity, Sentence, SummarySentence, ToldDate
from newsbrief.nlp import parse
from newsbrief.summarize import Candidate, Verdict
from newsbrief.timeline import sentence_dates

MODEL = Config().spacy_model
HEADLINE = "Russian President Vladimir Putin meets Syrian President Bashar al-Assad in Damascus."


def doc(text: str):  # type: ignore[no-untyped-def]
    return parse([text], MODEL)[0]


@pytest.mark.parametrize(("check", "faulty", "fine"), [
    (not_a_sentence, "Charles Graner guilty of abuse at Abu Ghraib",
     "A military jury found Charles Graner guilty of abusing prisoners at Abu Ghraib."),
    (not_a_sentence, "Putin Makes Surprise Visit To Damascus", "Putin makes a surprise visit to Damascus."),
    (not_a_sentence, "Two days before the new euro currency goes into effect for 11 European Union members.",
     "The euro goes into effect for 11 European Union members on Friday."),
    (not_a_sentence, "Who will pay for the storm damage?", "Insurers will pay for most of the storm damage."),
    (page_clutter, "Tweet", "Protesters used Twitter to organise the march on Sunday."),
    (page_clutter, "Living Traditions: The search for the meaning of dreams is as old as writing itself.",
     "Added Kane: \"It is with respect that we meet again.\""),
    (page_clutter, "Analysis There had been weeks of speculation about how the two leaders would meet.",
     "Analysts said there had been weeks of speculation about the meeting."),
    (page_clutter, "Slow slip is seen beneath the Olympic forearc region12,15,19 of the plate.",
     "The G20 summit drew 19 leaders and 3,000 protesters."),
    (page_clutter, "Sediment cores from the bay show two earlier floods (refs 4, 9).",
     "Windows10 users and covid19 patients were counted, the agency said."),
    (page_clutter, "Image caption Rescue workers search the rubble in Amatrice",
     "Rescue workers searched the rubble in Amatrice for survivors."),
    (page_clutter, "Copyright 2018 The Associated Press. All rights reserved.",
     "The Associated Press reported the figures on Monday."),
    (page_clutter, "The games' official page published the following image.",
     "The games' official page published a map of the security zone."),
    (page_clutter, "Watch the video below as the crowd cheers.", "The crowd cheered below the stage."),
    (cut_short, "King Features, was directed by Ana Berg and released on Monday.",
     "The video, animated by a team at King Features, was directed by Ana Berg."),
    (cut_short, "A new paper by a Lund professor, finds that 22 people signed off on each tweet.",
     "Ana Berg, 45, was arrested on Monday."),
    (page_clutter, "Temperatures fell to 20 below zero. Skip in Skip x Embed x Share CLOSE Schools were closed.",
     "Viewers could play, pause and share the clip before the station closed the page."),
    (dateline_or_byline, "RIO DE JANEIRO, Brazil (AP) _ Floods killed 12 people on Monday.",
     "Floods killed 12 people in Rio de Janeiro on Monday."),
    (dateline_or_byline, "By Marta Quell, Associated Press Writer",
     "Marta Quell, a writer, won the prize on Monday."),
    (cut_short, "The court martial was presided over by the former warden of Abu Ghraib, Maj.",
     "The court martial was presided over by Maj. Anne Cole, the former warden of Abu Ghraib."),
    (cut_short, "The minister said the talks would continue…", "The minister said the talks would continue."),
    (cut_short, "and the talks went on until midnight.", "The talks went on until midnight."),
    (cut_short, "…Adding… the mayor allegedly blocked the appointment.",
     "The mayor allegedly blocked the appointment."),
    (cut_short, "A footnote offers more… The defense believes the official is the mayor.",
     "“We will win… We will prevail,” the mayor said."),
    (unbalanced_quotes, "Spread’ shows how drinking too much alcohol could raise the risk of cancer.",
     "The Smiths’ ‘Spread’ advert shows how drinking too much alcohol could raise the risk of cancer."),
    (unbalanced_quotes, "“People here have waited all summer for this day.",
     "“People here have waited all summer for this day,” the mayor said."),
    (unbalanced_quotes, "The players aren't going to get paid Nov. 15 in any circumstance,'' Hunter said.",
     "``The players aren't going to get paid,'' Hunter said."),
    (broken_punctuation, "China will hold war games next month,.", "China will hold war games next month."),
    (broken_punctuation, "The Islamic Holy War says it carried out the bombing in a Jerusalem market on.",
     "The Islamic Holy War says it carried out the bombing in a Jerusalem market."),
    (broken_punctuation, "Bin Laden, believes to be in Afghanistan, denies the charge.",
     "Bin Laden, believed to be in Afghanistan, denies the charge."),
    (broken_punctuation, "The United Nations announces the government of Haiti has put an end.",
     "The United Nations announces Haiti has put an end to the search for survivors."),
    (broken_punctuation, "The ruling paves the way.", "The ruling paves the way for same-sex marriage in the state."),
    (broken_punctuation, "A Fort Myers man surrenders after.", "A Fort Myers man surrenders two days after."),
])
def test_summary_checks_tell_faults_from_publishable_sentences(check, faulty: str, fine: str) -> None:  # type: ignore[no-untyped-def]
    assert check(doc(faulty), Context(HEADLINE)) is not None
    assert check(doc(fine), Context(HEADLINE)) is None


@pytest.mark.parametrize("opening", [
    "He said the visit would strengthen ties between the two countries.",
    "They have arrested Pinochet at a London clinic.",
    "The defendant is expected to appeal the verdict next week.",
    "Both presidents have hinted they might not attend the meeting.",
    "His associate who was operating the camera said he believed Jones was followed.",
    "The co-workers had pooled their money for years to play the lottery.",
])
def test_a_reference_without_referent_is_a_fault_unless_it_follows_its_own_sentence(opening: str) -> None:
    assert dangling_reference(doc(opening), Context(HEADLINE, (HEADLINE,))) is not None
    assert dangling_reference(doc(opening), Context(HEADLINE, (HEADLINE,), follows_source=True)) is None


def test_a_definite_reference_the_brief_introduced_is_no_fault() -> None:
    earlier = (HEADLINE, "A 19-year-old man was charged with the murder on Friday.")
    assert dangling_reference(doc("The man is expected to appear in court on Monday."),
                              Context(HEADLINE, earlier)) is None
    assert dangling_reference(doc("This week the ministers will meet again in Geneva."), Context(HEADLINE)) is None


def test_kin_named_in_an_aside_still_need_whose() -> None:
    # the name says who he is, not whose brother: a reader of the headline does not know the boy
    assert dangling_reference(doc("The brother, named by officers as Tom R. Hale, is charged with murder."),
                              Context()) is not None
    assert dangling_reference(doc("The widow of the slain guard, Ann Lee, sues the city."), Context()) is None
    earlier = (HEADLINE, "A 4-year-old boy was thrown from a roof by his 20-year-old brother, police said.")
    assert dangling_reference(doc("The brother, Tom Hale, is charged with murder."), Context(HEADLINE, earlier)) is None


def test_a_headline_pronoun_must_follow_its_name() -> None:
    assert dangling_reference(doc("Turkey asks for his extradition from Italy."), Context()) is not None
    assert dangling_reference(doc("Putin makes a rare visit to Syria, where he meets Assad."), Context()) is None


@pytest.mark.parametrize(("faulty", "fine"), [
    ("Putin met Assad in Damascus.", "Putin meets Assad in Damascus."),
    ("Two people were killed in the blast.", "Two people are killed in the blast."),
    # the parser hangs the clause under "rampant"; its own verb is past all the same
    ("Ana Berg and Eva Lind were as popular as squeegee men a week ago, the speculation rampant that one or the "
     "other might be exiled.", "The man who shot three people in Lund is arrested, the police say."),
])
def test_a_headline_is_in_the_present(faulty: str, fine: str) -> None:
    assert past_tense(doc(faulty), Context()) is not None
    assert past_tense(doc(fine), Context()) is None


def test_a_headline_neither_quotes_nor_trails_attribution() -> None:
    assert speech_clutter(doc("Putin meets Assad in Damascus, the Kremlin said."), Context()) is not None
    assert speech_clutter(doc("Jones says the police “panicked” during the interview."), Context()) is not None
    assert speech_clutter(doc("The Kremlin says Putin meets Assad in Damascus."), Context()) is None


def test_a_summary_sentence_must_add_to_the_headline() -> None:
    repeat = "Russian President Vladimir Putin met Syrian President Bashar al-Assad in Damascus on Tuesday."
    new = "It was Putin's first visit to Damascus since Russia entered the war in 2015."
    context = read_context(HEADLINE, (HEADLINE,), False, MODEL)
    assert repeats_headline(doc(repeat), context) is not None
    assert repeats_headline(doc(new), context) is None


def test_the_registries_hold_the_checks_each_place_needs() -> None:
    assert "repeats_headline" in SUMMARY_CHECKS and "repeats_headline" not in HEADLINE_CHECKS
    assert {"past_tense", "speech_clutter"} <= set(HEADLINE_CHECKS) - set(SUMMARY_CHECKS)


def test_audit_reads_each_summary_sentence_in_its_place_and_tally_counts() -> None:
    event = Event("e", "Tweet", (
        SummarySentence("Russian President Vladimir Putin visited Damascus on Tuesday.", ("a",), 1, "a", 0,
                        (ToldDate("Tuesday", 53, "2020-01-07"),)),
        SummarySentence("He met Bashar al-Assad at a command post of the Russian forces.", ("a",), 1, "a", 1),
        SummarySentence("He later flew to Turkey.", ("b",), 1, "b", 4),
    ), ("a", "b"))
    found = audit(event, MODEL)
    assert [f.check for f in found.headline][:1] == ["page_clutter"]
    assert [[f.check for f in sentence] for sentence in found.summary] == [[], [], ["dangling_reference"]]
    summed = tally({"e": (event, found)})
    assert (summed.briefs, summed.headlines_passing, summed.sentences, summed.sentences_failing) == (1, 0, 3, 1)
    assert summed.summary_faults["dangling_reference"] == 1


@pytest.mark.parametrize(("faulty", "fine"), [
    ("Nominated: Julia Roberts is up for best supporting actress.", "Julia Roberts is up for best supporting actress."),
    ("On his platform: \"If I run for president, country music is illegal.\"",
     "Sheen said: \"If I run for president, country music is illegal.\""),
])
def test_a_label_before_a_colon_is_a_caption_not_a_sentence(faulty: str, fine: str) -> None:
    assert not_a_sentence(doc(faulty), Context(HEADLINE)) is not None
    assert not_a_sentence(doc(fine), Context(HEADLINE)) is None


def test_a_sentence_that_is_all_quotation_has_no_speaker() -> None:
    alone = "“While Nancy was not wealthy, she had gifts from her sister.”"
    assert unbalanced_quotes(doc(alone), Context()) is not None
    assert unbalanced_quotes(doc("“She had gifts from her sister,” the source said."), Context()) is None


def test_first_person_outside_quotes_is_the_writer_speaking() -> None:
    assert unattributed_voice(doc("We had a 4-point bounce after our convention."), Context()) is not None
    assert unattributed_voice(doc("“We had a 4-point bounce,” the pollster wrote."), Context()) is None


def test_a_speaker_named_only_by_a_pronoun_is_dangling() -> None:
    text = "“I understand this place has some history,” he said, referring to the capital."
    assert dangling_reference(doc(text), Context(HEADLINE, (HEADLINE,))) is not None
    named = "“I understand this place has some history,” Sheen said, referring to the capital."
    assert dangling_reference(doc(named), Context(HEADLINE, (HEADLINE,))) is None


def test_a_headline_there_must_name_its_place() -> None:
    assert dangling_reference(doc("Thousands of people gather there to mourn the singer."), Context()) is not None
    assert dangling_reference(doc("There are 12 people dead after the storm hits Iowa."), Context()) is None


def test_a_speaker_named_only_as_it_and_an_opening_in_capitals_are_faults() -> None:
    quoted = "“Putin arrived in Damascus for a visit,” it said in a statement."
    assert dangling_reference(doc(quoted), Context(HEADLINE, (HEADLINE,))) is not None
    shouted = "THE SHOCKING and tragic death of the president stunned the country."
    assert page_clutter(doc(shouted), Context()) is not None
    assert page_clutter(doc("NATO and EU leaders met in Brussels on Monday."), Context()) is None


def test_checks_stay_fast_on_a_long_line_in_capitals() -> None:
    # A pattern that backtracks takes seconds to minutes on these; each check must return at once.
    for shouting in (" ".join(["BREAKING NEWS FROM THE CAPITAL"] * 400) + " x", "A" * 20_000):
        parsed = doc(shouting)
        assert page_clutter(parsed, Context()) is None
        assert dateline_or_byline(parsed, Context()) is None


@pytest.mark.parametrize(("faulty", "fine"), [
    ("Which is why Mobil and Exxon are considering combining into the world's largest oil company.",
     "Mobil and Exxon are considering combining into the world's largest oil company."),
    ("Later, the council voted on the plan.", "Later this month, the council will vote on the plan."),
    ("Still, the company lost money in the third quarter.", "Still photographs show the damage to the dam."),
    ("Yet the company lost money in the third quarter.", "Yet another storm hit the coast on Monday."),
    ("Then the company lost money in the third quarter.", "Then-President Clinton signed the treaty in 1996."),
    ("As a result, the company lost money in the third quarter.", "So far, 12 people have died in the floods."),
    ("Four hours later, she told police she woke up in a park.", "The council voted four hours later, police said."),
    ("Berg went on to say that the birds were not wild.", "Berg said the birds went on to the coast."),
    ("More importantly, wavering senators want the governor to back the bill.",
     "More important issues will come before the senators in the spring."),
    ("But more importantly, wavering senators want the governor to back the bill.",
     "But more senators want the governor to back the bill."),
    ("In response, the cabinet suspends the accord with the rebels.",
     "In response to the bombings, the cabinet suspends the accord with the rebels."),
])
def test_an_opening_that_carries_on_from_an_unread_sentence_needs_it(faulty: str, fine: str) -> None:
    assert connective_opening(doc(faulty), Context(HEADLINE, (HEADLINE,))) is not None
    assert connective_opening(doc(faulty), Context(HEADLINE, (HEADLINE,), follows_source=True)) is None
    assert connective_opening(doc(fine), Context(HEADLINE, (HEADLINE,))) is None


def test_a_heading_in_capitals_run_into_the_text_is_page_layout() -> None:
    run_in = "YANKEES Pitching The starting pitching enabled the Yankees to advance to the World Series."
    assert page_clutter(doc(run_in), Context()) == 'page layout: the heading "YANKEES Pitching" run into the text'
    named = "NATO Secretary General Javier Solana said the alliance was ready to act."
    assert page_clutter(doc(named), Context()) is None


def test_second_person_outside_quotes_is_the_writer_addressing_the_reader() -> None:
    assert unattributed_voice(doc("You want to get to the World Series."), Context()) is not None
    quoted = "``You want to get to the World Series,'' Yankees manager Joe Torre said."
    assert unattributed_voice(doc(quoted), Context()) is None


@pytest.mark.parametrize("text", [
    "Lower-income Democratic voters, he said, might not bother to vote in a typical election.",
    "Cochetel was unharmed, but he said three of the kidnappers had been killed.",
])
def test_a_speaker_is_named_in_the_sentence_or_by_the_brief_before_it(text: str) -> None:
    # The headline names two men: "he" may be either.
    assert dangling_reference(doc(text), read_context(HEADLINE, (HEADLINE,), False, MODEL)) is not None
    holbrooke = read_context(HEADLINE, (HEADLINE, "Richard Holbrooke arrived in Belgrade on Monday."), False, MODEL)
    assert holbrooke.people[-1] == ("Richard Holbrooke",)
    assert dangling_reference(doc(text), holbrooke) is None


def test_a_surname_alone_needs_the_full_name_earlier_in_the_brief() -> None:
    text = "Hofmeister tried his best to make the Republicans' case."
    assert surname_only(doc(text), read_context(HEADLINE, (HEADLINE,), False, MODEL)) is not None
    introduced = (HEADLINE, "John Hofmeister, the president of Shell Oil, testified before the committee.")
    assert surname_only(doc(text), read_context(HEADLINE, introduced, False, MODEL)) is None
    # A title or a description before the name says who it is; "Mr." does not.
    assert surname_only(doc("President Clinton signed the bill on Monday."), Context(HEADLINE)) is None
    assert surname_only(doc("Mr. Hofmeister tried his best to make the case."), Context(HEADLINE)) is not None
    assert "surname_only" in NEEDS_CONTEXT_CHECKS and "surname_only" not in HEADLINE_CHECKS


def test_a_surname_the_model_takes_for_a_company_is_known_by_the_events_full_name() -> None:
    # The small model labels this "McTiernan" an organisation; the event names her in full elsewhere.
    text = "Weight loss is linked to lower estrogen and other factors tied to cancer, McTiernan said."
    surnames = surnames_of([RankedEntity("Anne McTiernan", "PERSON", 1, 4)])
    assert surname_only(doc(text), read_context(HEADLINE, (HEADLINE,), False, MODEL)) is None
    assert surname_only(doc(text), read_context(HEADLINE, (HEADLINE,), False, MODEL, surnames=surnames)) == (
        '"McTiernan" is a surname the brief has not introduced by full name')
    introduced = (HEADLINE, "Anne McTiernan of the Fred Hutchinson Cancer Research Center led the review.")
    assert surname_only(doc(text), read_context(HEADLINE, introduced, False, MODEL, surnames=surnames)) is None


def test_an_opening_subject_with_only_the_to_say_which_needs_its_introduction() -> None:
    # Real summary sentences whose "the endorsement" and "the disagreement" the brief never gave.
    earlier = (HEADLINE, HEADLINE)
    for text in ("The endorsement could be a boon for Schumer.",
                 "The disagreement stems from Thursday's release of the commission's report."):
        assert dangling_reference(doc(text), Context(HEADLINE, earlier)) is not None
        assert dangling_reference(doc(text), Context(HEADLINE, earlier, follows_source=True)) is None
    introduced = (HEADLINE, "The Times announced its endorsement of Schumer on Sunday.")
    endorsement = doc("The endorsement could be a boon for Schumer.")
    assert dangling_reference(endorsement, Context(HEADLINE, introduced)) is None
    # Institutions a story has one of, and a phrase that says which, need no introduction.
    assert dangling_reference(doc("The police arrested 12 people in the capital."), Context(HEADLINE, earlier)) is None
    assert dangling_reference(doc("The dissidents — Xu Wenli and Wang Youcai — were sentenced on Monday."),
                              Context(HEADLINE, earlier)) is None


def test_a_name_ner_takes_for_a_person_counts_only_as_the_subject() -> None:
    place = ("Cochetel was freed on the border between the republics of Chechnya and Ingushetia, "
             "the Interfax news agency said.")
    assert surname_only(doc(place), Context(HEADLINE)) is None


def test_he_is_not_the_one_person_named_before_when_the_sentence_names_that_person() -> None:
    anwar = "Jailed and facing trial, ousted Deputy Prime Minister Anwar Ibrahim is a political underdog."
    context = read_context(HEADLINE, (HEADLINE, anwar), False, MODEL)
    fired = doc("On Sept. 2, he fired the last one, Anwar Ibrahim, calling him morally unfit for office.")
    assert dangling_reference(fired, context) is not None
    said = doc("Lower-income Democratic voters, he said, might not bother to vote in a typical election.")
    assert dangling_reference(said, context) is None


@pytest.mark.parametrize(("sentence", "caption"), [
    ("In this image released by Turner Classic Movies, Vivien Leigh appears in a scene from the 1939 film.", True),
    ("Santa Clara County Superior Court Judge Aaron Persky is shown in this June 27, 2011 file photo.", True),
    ("A child looks at the floral tributes at Potter's Field Park in London, Monday.", True),
    ("Boulden visited his friend at a hospital in Fort Collins, Colo., on Thursday.", False),
])
def test_a_photo_caption_is_no_sentence_of_the_brief(sentence: str, caption: bool) -> None:
    assert (photo_caption(doc(sentence), Context(HEADLINE)) is not None) is caption


def test_another_needs_the_first_one_before_it() -> None:
    assert dangling_reference(doc("Another prospective juror stood up and said the defendant was privileged."),
                              Context(HEADLINE, (HEADLINE,))) is not None


def test_a_headline_of_what_would_have_been_is_no_news() -> None:
    assert counterfactual(doc("In other election years, Reps. David Price and Julia Carson would have had little "
                              "in common."), Context()) is not None
    assert counterfactual(doc("Price will have served ten years in Congress."), Context()) is None


@pytest.mark.parametrize(("headline", "fault"), [
    ("The nine detained fishermen would be released.", 'tells what would be, unattributed: "would"'),
    ("President Lena Vos says the nine detained fishermen would be released.", None),
    ("The nine detained fishermen will be released on Friday.", None),
])
def test_a_headline_states_what_happens_not_what_would(headline: str, fault: str | None) -> None:
    assert counterfactual(doc(headline), Context()) == fault


def test_a_headline_of_a_habit_is_background() -> None:
    assert habitual(doc("The mayor has often taken credit for the city's falling crime rate."), Context()) == (
        'tells what is usual, not what happened: "often"')
    assert habitual(doc("The mayor takes credit for the city's falling crime rate."), Context()) is None
    assert "habitual" in HEADLINE_CHECKS and "habitual" not in SUMMARY_CHECKS
    # what has held for long is background too; a state that lasted is not a habit
    assert habitual(doc("Doctors have long tied poor sleep to weaker memory in children."), Context()) == (
        'tells what is usual, not what happened: "long"')
    assert habitual(doc("The siege of the port lasted so long that the town ran out of grain."), Context()) is None


@pytest.mark.parametrize(("headline", "fault"), [
    ("The mayor of Lund does something that no mayor of the city has done before.",
     'holds back what happened: "something"'),
    ("The new play will leave such viewers unsure of what they saw.", 'holds back what happened: "such viewers"'),
    ("Someone from Lund wins the city marathon in record time.", 'holds back what happened: "Someone"'),
    ("The mayor of Lund bans cars such as diesel vans from the old town.", None),
    ("Police in Lund arrest a man who said \"I did something terrible\" on the radio.", None),
])
def test_a_headline_that_holds_back_what_happened_is_a_teaser(headline: str, fault: str | None) -> None:
    assert teaser(doc(headline), Context()) == fault


def test_a_speaker_introduced_only_as_the_n_is_dangling() -> None:
    quoted = "“We are saddened by what happened to our neighbours,” the statement said."
    earlier = ("Flooding cut off the village of Norrby on Sunday.",)
    fault = dangling_reference(doc(quoted), Context(earlier[0], earlier))
    assert fault == 'its speaker, "the statement", is one the brief has not introduced'
    given = (*earlier, "The village council issued a statement on Monday.")
    assert dangling_reference(doc(quoted), Context(earlier[0], given)) is None


def test_a_single_quotation_mark_left_open_is_unbalanced() -> None:
    assert unbalanced_quotes(doc("‘Although our pencils are safe, we don’t recommend them as make-up."), Context()) == (
        "unbalanced quotes: ‘ never closed")
    assert unbalanced_quotes(doc("A video titled ‘Pencil eyeliner’ shows the trick."), Context()) is None
    assert unbalanced_quotes(doc("The players’ union doesn’t agree."), Context()) is None


@pytest.mark.parametrize("sentence", [
    "As such, the cats are not considered a species of their own.",
    "In Malaysia, for example, tigers and leopards compete for prey.",
    "Here, black leopards are the usual form.",
    "After all, there is money enough for every winner.",
    "In fact, the bridge had been closed for a week.",
    "First, the mayor said of the plan: “We may not support it.”",
    "The state health department instead declared the outbreak over.",
    "In short, the new brewer is no smartphone.",
    "With that, the chief executive did what he had to do.",
])
def test_an_example_conclusion_or_answer_to_an_unread_sentence_needs_it(sentence: str) -> None:
    assert connective_opening(doc(sentence), Context()) is not None
    assert connective_opening(doc(sentence), Context(follows_source=True)) is None


@pytest.mark.parametrize(("sentence", "fault", "given"), [
    ("In another trial, 40 volunteers fasted for a day.", '"another trial" follows no first one in the brief',
     "In a first trial, 80 volunteers skipped breakfast."),
    ("Half were then given a sandwich.", '"Half" is a part of a group the brief has not named', None),
    ("“The council acted within its rights,” the court papers said.",
     'its speaker, "the court papers", is one the brief has not introduced',
     "The council's lawyers filed court papers on Monday."),
])
def test_a_part_another_or_a_speaker_needs_what_the_brief_said_before(sentence: str, fault: str,
                                                                      given: str | None) -> None:
    headline = "Fasting makes shoppers spend more, researchers in Oslo find."
    assert dangling_reference(doc(sentence), read_context(headline, (headline,), False, MODEL)) == fault
    if given is not None:
        assert dangling_reference(doc(sentence), read_context(headline, (headline, given), False, MODEL)) is None
    # Right after the sentence it continues in its article, it reads as its writer meant.
    assert dangling_reference(doc(sentence), read_context(headline, (headline,), True, MODEL)) is None


def test_sentences_run_together_and_a_share_button_are_faults() -> None:
    glued = "The show wants her back on screen next season.\"'We would love to have her,\" an insider says."
    assert broken_punctuation(doc(glued), Context()) is not None
    assert broken_punctuation(doc("The show wants her back on screen next season."), Context()) is None
    assert page_clutter(doc("Email This Even at 88, the actress has the energy of a teenager."), Context()) is not None


def test_a_demonstrative_or_a_however_points_to_what_the_brief_has_not_told() -> None:
    headline = "The producer of the council inquiry quits in protest."
    context = read_context(headline, (headline,), False, MODEL)
    sentence = "Soon after that phone conversation, the producer asked for a camera crew."
    assert dangling_reference(doc(sentence), context) == '"that conversation" points to what the brief has not told'
    assert dangling_reference(doc("This week the producer asked for a camera crew."), context) is None
    assert connective_opening(doc("Soon after the vote, however, the producer resigned."), context) is not None


@pytest.mark.parametrize(("headline", "fault"), [
    # the happening is named as one the reader knows, and never told
    ("Mayor Ana Lind's son makes the surprise announcement on Twitter.",
     '"the surprise announcement" names a happening the headline never tells'),
    ("Ana Lind makes the request after losing the vote.", '"the request" names a happening the headline never tells'),
    # said by a phrase after it, a figure, a name or an adjective that says which
    ("Leaders of both parties reach the deal to raise the debt limit.", None),
    ("Protesters condemn the attack on the embassy in Oslo.", None),
    ("Ana Lind wins the presidential election.", None),
    ("Ana Lind announces the 2019 budget in Oslo.", None),
    # a scene set before the subject that only the article's earlier sentences name
    ("In the series, Carrie is said to live on the Upper East Side.",
     '"the series" points to what the headline never names'),
    ("In the Senate, Democrats block the bridge bill.", None),
    ("In the morning, the Lund council votes to close the bridge.", None),
])
def test_a_headline_tells_its_happening_rather_than_pointing_to_it(headline: str, fault: str | None) -> None:
    assert dangling_reference(doc(headline), Context()) == fault


def test_others_and_as_well_need_the_first_ones() -> None:
    headline = "The mayor's approval falls to a record low in a Harbor Times poll."
    context = read_context(headline, (headline,), False, MODEL)
    sentence = doc("Other ratings of the mayor's performance have fallen as well.")
    assert dangling_reference(sentence, context) == '"Other ratings" follows no first ones in the brief'
    assert connective_opening(sentence, context) == 'ends with "as well", which carries on from a sentence before it'
    assert connective_opening(doc("The ferry and the bridge were closed as well as the tunnel."), context) is None
    assert connective_opening(doc("“We lost the bridge too.”"), context) is None
    assert connective_opening(doc("The council chose a ferry instead of a bridge."), context) is None
    # told of before, they are no fault
    given = read_context(headline, (headline, "Her ratings on the economy fell six points."), False, MODEL)
    assert dangling_reference(sentence, given) is None


@pytest.mark.parametrize(("sentence", "day"), [
    ("The riders set off at 11 a.m. this morning in Waregem.", "this morning"),
    ("Just yesterday, the rider was dropped from the team.", "yesterday"),
    ("The council met last night to vote on the bridge.", "last night"),
    ("This week's vote was postponed by the council.", "This week"),
    ("Earlier this month, the council recovered $7,000 from the builders.", "this month"),
    ("On this day last year, a fire destroyed the bridge.", "this day"),
    ("The council voted on Tuesday to close the bridge.", None),
    ("“We vote today,” the mayor said on Tuesday.", None),
    ("The vote was postponed until next spring.", None),
])
def test_a_relative_day_outside_quotes_cannot_be_placed(sentence: str, day: str | None) -> None:
    fault = relative_time(doc(sentence), Context())
    assert fault == (f'tells the day as "{day}", which the reader cannot place' if day else None)


def test_a_sentence_holding_the_whole_headline_repeats_it_whatever_it_adds() -> None:
    headline = "Unnamed activists leak the identity of blogger Mike Enoch on Medium."
    context = read_context(headline, (headline,), False, MODEL)
    source = ("Unnamed activists leaked the identity of blogger Mike Enoch, the pseudonymous host of a podcast "
              "about chess openings and rare stamps, on Medium.")
    assert repeats_headline(doc(source), context) is not None
    later = doc("Enoch later admitted on his podcast that the leaked identity was his.")
    assert repeats_headline(later, context) is None


@pytest.mark.parametrize(("sentence", "placed", "fault"), [
    # An undated article's weekday: which Saturday?
    ("Police said on Saturday that the ferry's captain had been detained.", (),
     'tells the day as "Saturday", which no date of its article places'),
    ("The council will vote next Tuesday on the harbour plan.", (),
     'tells the day as "next Tuesday", which no date of its article places'),
    # The brief dates it beside the weekday.
    ("Police said on Saturday that the ferry's captain had been detained.",
     (ToldDate("Saturday", 15, "2026-11-28"),), None),
    # The sentence dates it itself, names a day, or quotes its speaker.
    ("Police said on Saturday, Nov. 28, that the captain had been detained.", (), None),
    ("Voters in 14 states go to the polls on Super Tuesday.", (), None),
    ("The ferry sailed every Sunday from the island.", (), None),
    ("“We will know more on Monday,” the harbour master said.", (), None),
])
def test_a_weekday_is_published_only_with_its_date(sentence: str, placed: tuple[ToldDate, ...],
                                                   fault: str | None) -> None:
    context = Context(HEADLINE, (HEADLINE,), dates=placed)
    assert unplaced_weekday(doc(sentence), context) == fault


def test_the_guard_refuses_an_undated_weekday_and_publishes_a_dated_one() -> None:
    said = Sentence("undated", 0, 3, "Police said on Saturday that the ferry's captain had been detained.")
    candidate = Candidate(said, np.zeros(2, dtype=np.float32), Support(("undated",), 1), 1.0)
    refused: list[Fault] = []
    assert summary_guard(HEADLINE, MODEL, refused)(candidate, ()) is Verdict.REFUSE
    assert [fault.check for fault in refused] == ["unplaced_weekday"]
    dated = sentence_dates([said], {"undated": dt.date(2026, 11, 30)})
    assert dated(said) == (ToldDate("Saturday", 15, "2026-11-28"),)
    assert summary_guard(HEADLINE, MODEL, place=dated)(candidate, ()) is Verdict.PUBLISH
    # Left to the ranking, it is published when chosen, and the audit still counts it.
    assert summary_guard(HEADLINE, MODEL, ranked=RANKED_CHECKS)(candidate, ()) is Verdict.PUBLISH


@pytest.mark.parametrize(("faulty", "fine"), [
    ("The unfortunate reality is that most of the tenants cannot afford a lawyer.",
     "“The unfortunate reality is that most tenants cannot afford a lawyer,” the housing clinic's director said."),
    ("It's hard to overstate how much the ruling changes for renters in the city.",
     "The ruling changes the rules for about 40,000 renters in the city, the housing agency said."),
    ("Make no mistake, the league's owners knew about the concussion studies.",
     "The league's owners knew about the concussion studies by 2009, the lawsuit says."),
    ("Sadly, the museum will close its doors to the public in March.",
     "The museum will close its doors to the public in March, its board said."),
    ("The senator voted against her own party's bill!",
     "The senator voted against her own party's bill on Thursday."),
    ("Impressively, the nominee uses humor to make her point about the court.",
     "The nominee used humor to make her point about the court, senators said."),
    ("Apparently the rival maker liked what it saw at the trade fair.",
     "The rival maker apparently liked what it saw at the trade fair, a spokesman said."),
    ("The publisher is excited to announce an all-new era for its oldest comic.",
     "“We're excited to announce an all-new era,” the publisher's editor said."),
])
def test_the_writers_own_verdict_is_refused_and_a_speakers_passes(faulty: str, fine: str) -> None:
    assert writer_opinion(doc(faulty), Context()) is not None
    assert writer_opinion(doc(fine), Context()) is None


@pytest.mark.parametrize(("sentence", "fault"), [
    ("Lawmakers approved the measure by a vote of 61 to 38 on Thursday.",
     '"the measure" points to what the brief has not introduced'),
    ("A spokeswoman for the foundation declined to say how much it had given.",
     '"the foundation" points to what the brief has not introduced'),
    ("According to the lawsuit, the guides ignored two storm warnings.",
     '"the lawsuit" points to what the brief has not introduced'),
    # Introduced in the sentence itself, or said which by a phrase of its own; "the couple" is as
    # often two people the brief names, and passes.
    ("Police said the couple had been hiking for about six hours.", None),
    ("The Senate passed a bill requiring locator beacons, and the measure takes effect in May.", None),
    ("Lawmakers approved the measure to require locator beacons by a vote of 61 to 38.", None),
    ("The report released by the coroner on Monday found no sign of a struggle.", None),
])
def test_a_thing_the_brief_never_introduced_is_dangling_within_a_sentence(sentence: str, fault: str | None) -> None:
    headline = "Two climbers are rescued from Mount Hood after three days in a snow cave."
    context = read_context(headline, (headline,), False, MODEL)
    assert dangling_reference(doc(sentence), context) == fault
    # After a sentence that introduces it, it has its referent.
    told = read_context(headline, (headline, "The climbers' families sued the guiding company, and a foundation "
                                             "backs a bill requiring climbers to carry beacons."), False, MODEL)
    assert dangling_reference(doc(sentence), told) is None


@pytest.mark.parametrize(("sentence", "placed", "fault"), [
    # an undated article's relative year or month: which year?
    ("Kimble thus sued Marvel, and brought the case to the Supreme Court late last year.", (),
     'tells the time as "last year", which no date of its article places'),
    ("A report released in January showed the glacier had lost a third of its ice.", (),
     'tells the time as "in January", which no date of its article places'),
    # the brief dates it beside the expression
    ("Kimble thus sued Marvel, and brought the case to the Supreme Court late last year.",
     (ToldDate("last year", 72, "2014"),), None),
    # a year the sentence names, a quoted one, and a weekday (unplaced_weekday's) are not this check's
    ("A report released in January 2010 showed the glacier had lost a third of its ice.", (), None),
    ("“Last year was the hardest of my life,” Kimble said.", (), None),
    ("Police said on Saturday that the ferry's captain had been detained.", (), None),
])
def test_a_relative_year_or_month_is_published_only_with_its_date(sentence: str, placed: tuple[ToldDate, ...],
                                                                  fault: str | None) -> None:
    assert unplaced_date(doc(sentence), Context(HEADLINE, (HEADLINE,), dates=placed)) == fault


# Sentences of briefs a blind editor read (each from another cluster): a person or a thing the
# article told of before, which the brief never introduced.
@pytest.mark.parametrize(("sentence", "told"), [
    ("Alicia Hernandez, 33, met the boy at Garfield Park in 2011 or 2012.", "the boy"),
    ("Bren Landon, a spokeswoman, suggested that questions about the escort might best be put to Sheen's "
     "handlers.", "the escort"),
    ("By the time the gunman shot himself, Jonathan Stoffel, 33, had been hit twice.", "the gunman"),
    ("Stoffel's wife, Erin Stoffel, 32, was guiding her other two children off the bridge.", "the bridge"),
    ("Marvel purchased the patent in 1997, and agreed to pay Kimble in royalties indefinitely.", "the patent"),
    ("Police said the Americans did not have paperwork to remove the children from the country.", "the children"),
    ("“People are still very traumatised here,” said a reporter who was in Haiti when the aftershock struck.",
     "the aftershock"),
    ("Over the course of the relationship, the two eventually started having sex.", "the relationship"),
    ("Months later, the two eventually started having sex.", "the two"),
])
def test_a_person_or_thing_the_article_told_of_before_needs_its_introduction(sentence: str, told: str) -> None:
    headline = "Town mourns after a week of bad news."
    context = read_context(headline, (headline,), False, MODEL)
    assert dangling_reference(doc(sentence), context) == f'"{told}" points to what the brief has not introduced'


# What the article named before calls "the N" after; alone in a brief, the reader asks which.
_GAS_BLAST = ("A natural gas explosion collapsed a row house under renovation on Daly Street on Monday, "
              "and the blast damaged two homes beside it, leaving rubble.")


@pytest.mark.parametrize(("sentence", "told"), [
    ("Rubble from the collapsed home spilled into the street.", "the collapsed home"),
    ("Utility crews cut gas and power to houses near the renovation.", "the renovation"),
    ("Firefighters searched the rubble for hours.", "the rubble"),
    # said which by a phrase, a name or a number of its own, or one every story has: passes
    ("Firefighters searched the rubble of the house for hours.", None),
    ("Police closed the two blocks around the house.", None),
    ("The company that owns the house said it had a permit.", None),
    ("Mayor Michael Nutter said the police would investigate.", None),
])
def test_a_thing_its_article_named_before_needs_the_brief_to_name_it(sentence: str, told: str | None) -> None:
    headline = "Eight people are injured in Philadelphia."
    own = Sentence("a", 0, 1, sentence)
    article = words_before_in_article([Sentence("a", 0, 0, _GAS_BLAST), own])(own)
    context = Context(headline, (headline,), source_words=article)
    expected = None if told is None else f'"{told}" points back to what its article told before and the brief has not'
    assert dangling_reference(doc(sentence), context) == expected
    # A brief that names it first gives it its referent; one said first in the sentence's own article needs none.
    named = "A gas explosion collapsed a row house under renovation, and its rubble covered the homes beside it."
    assert dangling_reference(doc(sentence), Context(headline, (headline, named), source_words=article)) is None
    assert dangling_reference(doc(sentence), Context(headline, (headline,))) is None


def test_children_a_headline_tells_of_introduce_no_boy() -> None:
    headline = "Two women are charged with sexually assaulting children."
    context = read_context(headline, (headline,), False, MODEL)
    assert dangling_reference(doc("Alicia Hernandez, 33, met the boy at Garfield Park in 2011 or 2012."),
                              context) == '"the boy" points to what the brief has not introduced'


@pytest.mark.parametrize(("sentence", "earlier"), [
    # said which in the phrase, or introduced in the sentence or before it
    ("Police said the boy who was hit by the car is recovering.", ()),
    ("A boy was hit by a car on Main Street, and the boy is recovering.", ()),
    ("Police said the boy is recovering.", ("A 6-year-old was hit by a car on Main Street.",)),
    ("Neighbors said the gunman had lived there for years.", ("A man opened fire at a grocery store on Sunday.",)),
    ("Witnesses said the crash happened at dawn.", ("A bus crashed into a truck near Lyon.",)),
    ("Neighbors said they did not know why the attack happened.", ("A man armed himself and opened fire.",)),
    ("Under the deal, wages rise by six percent.", ("Dock workers accepted a new pay offer on Monday.",)),
    # a person named before may be "the man", two named "the couple" or "the two"
    ("Police said the man had been drinking.", ("John Smith was arrested on Sunday.",)),
    ("Friends said the two had met in college.", ("Jennifer Lopez and Marc Anthony are divorcing.",)),
    # institutions every story has, and all of a kind
    ("Residents said the government had done all it could.", ()),
    ("Life for the men and women here has changed.", ()),
])
def test_a_person_or_thing_said_which_or_introduced_before_is_no_fault(sentence: str,
                                                                         earlier: tuple[str, ...]) -> None:
    headline = "Town mourns after a week of bad news."
    context = read_context(headline, (headline, *earlier), False, MODEL)
    assert dangling_reference(doc(sentence), context) is None


def test_a_pronoun_its_article_means_for_another_person_is_refused() -> None:
    """A blind reader took "him" for Dennis Rodman, the brief's last person; the article meant Kenneth Bae."""
    headline = "North Korea cancels a visit by a U.S. envoy to Pyongyang."
    earlier = ("Dennis Rodman said he would return to North Korea to meet its leader.",)
    sentence = "The North Korean supreme court said it sentenced him to 15 years of hard labor."
    context = read_context(headline, (headline, *earlier), False, MODEL, source_people=("Kenneth Bae",))
    assert dangling_reference(doc(sentence), context) == (
        '"him" would read as Dennis Rodman, whom the brief named last; its article means Kenneth Bae')
    # its article meant the person the brief named last; or it follows its own predecessor
    same = read_context(headline, (headline, *earlier), False, MODEL, source_people=("Rodman",))
    assert dangling_reference(doc(sentence), same) is None
    follows = read_context(headline, (headline, *earlier), True, MODEL, source_people=("Kenneth Bae",))
    assert dangling_reference(doc(sentence), follows) is None


def test_people_before_reads_the_two_sentences_before_in_the_article() -> None:
    sentences = [Sentence("a", 0, 0, "Kenneth Bae was arrested.", (Entity("Kenneth Bae", "PERSON"),)),
                 Sentence("a", 0, 1, "The court met on Tuesday."),
                 Sentence("a", 1, 2, "It sentenced him to 15 years."),
                 Sentence("a", 1, 3, "Rodman spoke.", (Entity("Rodman", "PERSON"),)),
                 Sentence("b", 0, 1, "He left.")]
    assert people_before(sentences) == {("a", 1): ("Kenneth Bae",), ("a", 2): ("Kenneth Bae",)}


def test_a_month_without_its_year_reads_against_a_dated_article() -> None:
    sentence = "The decision to cancel 99 games between Nov. 3 and Nov. 16 came after the union's proposal."
    assert unplaced_date(doc(sentence), Context(HEADLINE, (HEADLINE,))) == (
        'tells the time as "Nov. 3", which no date of its article places')
    assert unplaced_date(doc(sentence), Context(HEADLINE, (HEADLINE,), dated=True)) is None
    # a year told relative to the day of writing is still the brief's to date
    assert unplaced_date(doc("The league sued late last year."), Context(HEADLINE, (HEADLINE,), dated=True)) is not None


_NOVEL = "A novelist's papers are auctioned in London."


@pytest.mark.parametrize(("sentence", "earlier", "fault"), [
    # a study's people or parts named by the study, or as its paper names them, before any study is told
    ("The study subjects were shown four ads before rating them.", (),
     '"The study subjects" belongs to a study the brief has not introduced'),
    ("Critics said the survey respondents were mostly retired teachers.", (),
     '"the survey respondents" belongs to a study the brief has not introduced'),
    ("Participants were asked to rate each ad on a scale of one to five.", (),
     '"Participants" belongs to a study the brief has not introduced'),
    ("The study's lead author said the ads worked best on young men.", (),
     '"The study\'s lead author" belongs to a study the brief has not introduced'),
    # told first: a study, its researchers, or people of a march
    ("The study subjects were shown four ads before rating them.",
     ("Researchers at a Sydney university tested the ads on 2,000 smokers.",), None),
    ("Participants were asked to rate each ad on a scale of one to five.",
     ("The online survey of 2,000 smokers ran for a month.",), None),
    ("Participants in the march carried candles to the library.", (), None),
])
def test_a_studys_people_need_the_study_told_first(sentence: str, earlier: tuple[str, ...],
                                                   fault: str | None) -> None:
    context = read_context(_NOVEL, (_NOVEL, *earlier), False, MODEL)
    assert dangling_reference(doc(sentence), context) == fault


@pytest.mark.parametrize(("sentence", "earlier", "fault"), [
    # the article named the company; the brief did not
    ("“We regret the error,” a statement from the firm said.", (),
     '"the firm" is a company the brief has not named'),
    ("Auditors said the company had paid the printer late.", (), '"the company" is a company the brief has not named'),
    ("A spokesman for the firm declined to comment.", (), '"the firm" is a company the brief has not named'),
    ("The company's chief executive said the sale was legal.", (),
     '"The company" is a company the brief has not named'),
    # named before, in the phrase itself, or a company word told first
    ("“We regret the error,” a statement from the firm said.", ("Deloitte audited the auction house's accounts.",),
     None),
    ("The company declined to say how much it paid.", ("Apple said on Monday it bought the papers.",), None),
    ("The accounting firm KPMG said it regretted the error.", (), None),
    ("“We regret the error,” a statement from the firm said.", ("An accounting firm counted the bids.",), None),
])
def test_the_company_needs_a_company_named_before(sentence: str, earlier: tuple[str, ...],
                                                  fault: str | None) -> None:
    context = read_context(_NOVEL, (_NOVEL, *earlier), False, MODEL)
    assert dangling_reference(doc(sentence), context) == fault


def test_a_person_the_model_calls_an_organisation_names_no_company() -> None:
    """The small model takes a surname for an organisation ("Dunaway"): no company is named so."""
    earlier = ("Warren Beatty opened the envelope and handed it to Dunaway.",)
    context = read_context(_NOVEL, (_NOVEL, *earlier), False, MODEL, surnames=frozenset({"dunaway"}))
    assert "Dunaway" not in context.organizations
    assert dangling_reference(doc("“We regret the error,” a statement from the firm said."), context) == (
        '"the firm" is a company the brief has not named')


_BLIZZARD = "A blizzard closes roads across Minnesota."


@pytest.mark.parametrize(("sentence", "earlier", "source_places", "fault"), [
    # its article's "there" is a town the brief never names
    ("Police there said the roads were closed until noon.", (), ("Duluth",),
     '"there" is Duluth in its article, which the brief has not named'),
    ("The wind chill was 36 below zero there.", ("Schools closed across the Midwest.",), ("Duluth",),
     '"there" is Duluth in its article, which the brief has not named'),
    # without its article's places: only where the brief names no place at all
    ("Police there said the roads were closed until noon.", (), (), None),
    # the brief named it, the sentence names its place first, or it is no place
    ("Police there said the roads were closed until noon.", ("Snow fell on Duluth for a third day.",), ("Duluth",),
     None),
    ("In Duluth, police there said the roads were closed.", (), ("Duluth",), None),
    ("Crews at the airport said flights there would resume at noon.", (), ("Duluth",), None),
    ("There is no sign of a thaw before Friday.", (), ("Duluth",), None),
    ("Forecasters said the cold is out there for a week.", (), ("Duluth",), None),
])
def test_there_needs_the_place_its_article_means(sentence: str, earlier: tuple[str, ...],
                                                 source_places: tuple[str, ...], fault: str | None) -> None:
    context = read_context(_BLIZZARD, (_BLIZZARD, *earlier), False, MODEL, source_places=source_places)
    assert dangling_reference(doc(sentence), context) == fault


def test_there_in_a_brief_that_names_no_place() -> None:
    headline = "A storm brings the coldest night in a decade."
    context = read_context(headline, (headline,), False, MODEL)
    assert dangling_reference(doc("Police there said the roads were closed until noon."), context) == (
        '"there" points to a place the brief has not named')


def test_places_before_reads_the_two_sentences_before_in_the_article() -> None:
    sentences = [Sentence("a", 0, 0, "Snow fell on Duluth.", (Entity("Duluth", "GPE"),)),
                 Sentence("a", 0, 1, "Schools closed.", (Entity("Mary Smith", "PERSON"),)),
                 Sentence("a", 1, 2, "Police there said roads were shut."),
                 Sentence("a", 1, 3, "Buses stopped.")]
    assert places_before(sentences) == {("a", 1): ("Duluth",), ("a", 2): ("Duluth",)}


@pytest.mark.parametrize(("sentence", "fault"), [
    ("A secondary aim was to determine which ads worked best for heavy drinkers.",
     'the voice of a research paper: "secondary aim"'),
    ("The primary outcome was the share of drinkers who cut down within a month.",
     'the voice of a research paper: "primary outcome"'),
    ("In the present study, ads were shown to 2,000 adults.", 'the voice of a research paper: "the present study"'),
    # a news report's aims, and a speaker's own words
    ("The main aim of the talks is a ceasefire by Friday.", None),
    ("Voters in the primary elections chose a new leader.", None),
    ("“The primary aim is to keep people safe,” the mayor said.", None),
])
def test_a_research_papers_own_voice_is_refused(sentence: str, fault: str | None) -> None:
    assert paper_voice(doc(sentence), Context()) == fault


UNNAMED_HEADLINE = "Flooding closes schools across the county."


@pytest.mark.parametrize(("text", "told"), [
    ("“We will appeal this ruling as soon as we can,” the lawyer for Jane Doe said.", '"this ruling" in its quotation'),
    ("Four of them were taken to hospital with burns.", '"Four of them" is a part of a group'),
    ("Sources close to the real estate magnate denied any wrongdoing.", '"the real estate magnate" is a person'),
    ("Police say the two men fled on foot before officers arrived.", '"the two men" are people'),
    ("Police questioned the latter on Monday.", '"the latter" points to one of two'),
])
def test_what_a_sentence_leans_on_and_the_brief_never_gave_is_a_fault(text: str, told: str) -> None:
    context = Context(UNNAMED_HEADLINE, (UNNAMED_HEADLINE,))
    fault = dangling_reference(doc(text), context)
    assert fault is not None and fault.startswith(told)
    assert dangling_reference(doc(text), Context(UNNAMED_HEADLINE, (UNNAMED_HEADLINE,), follows_source=True)) is None


@pytest.mark.parametrize("text", [
    "“We love this country and we will rebuild,” Senator Jane Doe said.",  # the speaker's own here and now
    "“We are deeply saddened by this tragedy,” Mayor Jane Doe said.",  # the brief's own happening
    "Police questioned the driver and the passenger, and released the latter on Monday.",  # both given here
    "Sources close to the singer Adele denied any wrongdoing.",  # named
    "Sources close to the president of Acme Corp. denied any wrongdoing.",  # said which
    "The mayor's office said the schools would reopen on Monday.",  # an office, placed by the story
])
def test_a_reference_its_own_sentence_gives_is_no_fault(text: str) -> None:
    assert dangling_reference(doc(text), Context(UNNAMED_HEADLINE, (UNNAMED_HEADLINE,))) is None


def test_a_quoted_pointer_or_a_count_of_people_the_brief_gave_is_no_fault() -> None:
    earlier = (UNNAMED_HEADLINE, "A judge issued a ruling against the county on Friday.")
    quoted = "“We will appeal this ruling as soon as we can,” the lawyer for Jane Doe said."
    assert dangling_reference(doc(quoted), Context(UNNAMED_HEADLINE, earlier)) is None
    named = Context(UNNAMED_HEADLINE, (UNNAMED_HEADLINE, "Tom Reed and Sam Wills were seen near the school."),
                    people=((), ("Tom Reed", "Sam Wills")))
    assert dangling_reference(doc("Police say the two men fled on foot before officers arrived."), named) is None


# Sentences that add to, or follow from, what the brief has not told (r16: "an additional pressure",
# "..., too", "Kimble thus sued"), and a court filing's stand-ins for names ("Senate Candidate B").
@pytest.mark.parametrize(("sentence", "fault", "given"), [
    ("Steel makers like Nucor and U.S. Steel face an additional pressure, one unheard of a decade ago.",
     '"an additional pressure" adds to what the brief has not told',
     "Steel makers are under pressure from cheap imports."),
    ("The other passengers were taken to a hospital in Lyon.",
     '"The other passengers" adds to what the brief has not told', "Two passengers died in the crash."),
    ("Japan's rowing squad, also missing two former medalists, expects a hard regatta.",
     'says "also" of its subject, as well as what the brief has not told', None),
    ("The city's hospitals are preparing for a surge of patients, too.",
     'says "too", as well as what the brief has not told', None),
    ("Labor union official said he met the mayor twice.",
     '"Labor union official" stands for a person the brief has not named', None),
    ("On March 3, Senate Candidate A spoke with the governor's aide.",
     '"Senate Candidate A" is a court filing\'s placeholder for one the brief has not named', None),
])
def test_a_sentence_that_adds_to_an_untold_one_or_names_by_a_stand_in_needs_it(sentence: str, fault: str,
                                                                              given: str | None) -> None:
    headline = "Regulators in Paris weigh new rules for the industry."
    assert dangling_reference(doc(sentence), read_context(headline, (headline,), False, MODEL)) == fault
    if given is not None:
        assert dangling_reference(doc(sentence), read_context(headline, (headline, given), False, MODEL)) is None
    assert dangling_reference(doc(sentence), read_context(headline, (headline,), True, MODEL)) is None


def test_a_headline_names_no_one_by_a_filings_stand_in() -> None:
    assert dangling_reference(doc("Senate Candidate B discussed the seat with a union leader."), Context()) == \
        '"Senate Candidate B" is a court filing\'s placeholder for one the brief has not named'
    assert dangling_reference(doc("Vitamin B deficiency is common among older adults."), Context()) is None
    # mentioned, in quotation marks, to say whom it stands for
    assert dangling_reference(doc("Jarrett, called “Senate Candidate B” in the filing, advises the mayor."),
                              Context()) is None


@pytest.mark.parametrize("sentence", [
    "France will send an additional 2,000 nurses to the region.",
    "Other cities have passed similar rules.",
    "Farmers warned that the rules came too late for this year's harvest.",
    "Police arrested a driver, and his passenger was charged, too.",
    "Police official Maria Ortiz said the road would reopen on Friday.",
    "Ortiz served as mayor of Lyon for a decade.",
])
def test_a_count_a_kind_a_degree_or_a_named_role_adds_nothing_untold(sentence: str) -> None:
    headline = "Regulators in Paris weigh new rules for the industry."
    earlier = (headline, "Maria Ortiz, a city official, said the new rules would take effect in May.")
    assert dangling_reference(doc(sentence), read_context(headline, earlier, False, MODEL)) is None


def test_a_consequence_said_inside_the_clause_follows_from_a_sentence_before_it() -> None:
    assert connective_opening(doc("Hawkins therefore sued the league and took the case to an appeals court."),
                              Context(HEADLINE, (HEADLINE,))) == \
        'says "therefore", which follows from a sentence before it'
    for fine in ("The league has thus far refused to pay.", "The league stopped paying, thus breaking the deal.",
                 "The league stopped paying, and Hawkins therefore sued."):
        assert connective_opening(doc(fine), Context(HEADLINE, (HEADLINE,))) is None, fine


def test_a_quotation_and_two_bare_things_point_back_only_to_the_untold() -> None:
    inside = inside_quotes(doc("“We will appeal this decision,” the coach said."))
    # "decided" before it tells the decision; "crossed that line" is an idiom's
    assert checks._quoted_pointer(doc("“We will appeal this decision,” the coach said."), inside,
                                  {"board", "decided"}) is None
    sentence = doc("“They crossed that line years ago,” the coach said.")
    assert checks._quoted_pointer(sentence, inside_quotes(sentence), set()) is None
    # "the law and the president" are two things, each its own "the N"
    sentence = doc("Opinion is running against the law and the president alike.")
    assert checks._pointed_back(sentence, [False] * len(sentence), set(),
                                frozenset({"law", "president"})) == "the law"


@pytest.mark.parametrize(("faulty", "fine"), [
    # an imperative or an exclamation of the writer's, and what a report says of the same
    ("Talk about a crowded room: the panel needed 14 members to approve one memo.",
     "The panel needed 14 members to approve one memo."),
    ("Imagine a town where nobody owns a car.", "Residents of the town own no cars, the council said."),
    ("What a difference a week of rain can make.", "What a jury decides is final, the judge said."),
    ("Consider the case of the two rival mayors of Tulsa.", "Set up in 1993, the court has tried 40 cases."),
    # an adverb of candour or emphasis on a clause
    ("Voters still frankly care about the old canal plan.", "Voters still care about the canal plan, a poll found."),
    ("In the Miller house, 'early' is truly a flexible word.", "The Miller house was sold in May."),
    ("Reaching the summit is notoriously hard.", "The senator spoke frankly about the canal plan."),
    # praise or blame of a person's character or work, and the same said by someone
    ("Deputy Lane had an impeccable record and was a beloved coach.",
     "The sheriff said Deputy Lane had an impeccable record."),
    ("She had a brilliant career as a pianist.", '"She had a brilliant career," the director said of the pianist.'),
    # a habit characterised, and a history that is a fact
    ("The landlord has a history of evicting tenants.", "The landlord has a history of heart disease."),
])
def test_the_writers_colour_is_refused_and_the_same_news_attributed_is_not(faulty: str, fine: str) -> None:
    assert writer_voice(doc(faulty), Context(HEADLINE)) is not None
    assert writer_voice(doc(fine), Context(HEADLINE)) is None
    assert "writer_voice" in SUMMARY_CHECKS and "writer_voice" not in HEADLINE_CHECKS


def test_a_name_of_the_events_people_opening_a_sentence_bids_no_one() -> None:
    context = Context(HEADLINE, surnames=frozenset({"trump"}))
    assert writer_voice(doc("Trump names Pruitt to head the agency."), context) is None
    assert writer_voice(doc("Cause of death: heat stroke, the coroner said."), Context(HEADLINE)) is None


@pytest.mark.parametrize(("sentence", "fault"), [
    ("The chief said he did not know how that factored into the officer's decision.",
     '"that" stands for what its article told before and the brief has not'),
    ("Analysts say this is the council's way of showing itself as close to the people.",
     '"this" stands for what its article told before and the brief has not'),
    # the sentence's own clause before it is what it stands for
    ("Carnival canceled one cruise to the port, but that was because of reports of unrest.", None),
    ("Republicans were aware they had been blamed for two shutdowns and would not let that happen again.", None),
])
def test_a_demonstrative_subject_stands_for_what_the_sentence_told_or_is_dangling(sentence: str,
                                                                                  fault: str | None) -> None:
    assert dangling_reference(doc(sentence), Context()) == fault


# r19: sentences that lean on what the brief never told, by kind; each passes once the brief has told it.
DISPUTE = "Russia's parliament approves a treaty to annex a region of its neighbour."


@pytest.mark.parametrize(("sentence", "told"), [
    # a count of what the writer listed before
    ("The 12 demands include a new dean and more funding for the library.",
     "Students handed the president a list of demands on Monday."),
    # a told thing named back by its teller
    ("The statement, by Deputy Foreign Minister Ivan Petrov, was the sharpest threat yet.",
     "Moscow issued a statement warning of reprisals."),
    # an ordinal that counts on from ones before
    ("A third leading member of the party, Li Wen, was accused of subversion.",
     "Two leading members of the party were detained last week."),
    # an answer to a stimulus the brief never told
    ("Moscow responded with its own sanctions against a list of officials.",
     "Washington imposed sanctions on 20 Russian officials."),
    # a time set from a date the brief never gave
    ("The dog was to be put down that same day, but its turn did not come.",
     "Volunteers took the dog from the shelter on Aug. 20."),
])
def test_a_sentence_that_leans_on_the_untold_is_a_fault_until_the_brief_tells_it(sentence: str, told: str) -> None:
    alone = read_context(DISPUTE, (DISPUTE,), False, MODEL)
    assert dangling_reference(doc(sentence), alone) is not None
    after = read_context(DISPUTE, (DISPUTE, told), False, MODEL)
    assert dangling_reference(doc(sentence), after) is None


@pytest.mark.parametrize("sentence", [
    "The statement by the ministry said the talks would go on.",  # says which statement
    "Senator Ann Lee is seeking a second term in November.",  # a series: a second term reads alone
    "Police responded to the scene within minutes.",  # the answer names its stimulus
    "Gazprom did not respond.",  # no answer told
    "Rescuers worked through the night and into the next day, on Aug. 21.",  # dated in the sentence
])
def test_a_sentence_that_tells_its_own_referent_is_no_fault(sentence: str) -> None:
    assert dangling_reference(doc(sentence), read_context(DISPUTE, (DISPUTE,), False, MODEL)) is None


def test_among_other_things_names_no_one_a_pronoun_may_stand_for() -> None:
    text = "Among other things, they're demanding that the college president resign."
    assert dangling_reference(doc(text), Context(HEADLINE, (HEADLINE,))) == (
        '"they" refers to no one the brief names before it')
