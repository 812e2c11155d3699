"""Sentence ranking and selection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from newsbrief.config import Config
from newsbrief.facts import Support, SupportIndex
from newsbrief.model import Claim, Figure, Sentence
from newsbrief.summarize import Candidate, Verdict, demote, prefer_newest, rank, select


def candidate(text: str, vector: list[float], score: float, position: int = 0, article: str = "a") -> Candidate:
    unit = np.array(vector, dtype=np.float32) / np.linalg.norm(vector)
    return Candidate(Sentence(article, 0, position, text), unit, Support((article,), 1), score)


def test_select_fills_the_budget_skips_repeats_and_restores_reading_order() -> None:
    ranked = [
        candidate("Putin met Assad in Damascus on Tuesday in a surprise visit.", [1, 0, 0], 3.0, position=2),
        candidate("Putin and Assad met in Damascus on Tuesday during a visit.", [0.99, 0.1, 0], 2.9, position=0),
        candidate("The last time Putin came to Syria was in 2017, at an air base.", [0, 1, 0], 2.0, position=1),
        candidate("Russia joined the war in 2015 to back the Syrian government.", [0, 0, 1], 1.0, position=5),
    ]
    picked = select(ranked, words=24, redundancy=0.8)
    assert [c.sentence.text for c in picked] == [
        "The last time Putin came to Syria was in 2017, at an air base.",
        "Putin met Assad in Damascus on Tuesday in a surprise visit.",
    ]


def test_select_always_returns_the_best_sentence() -> None:
    ranked = [candidate("A very long sentence " * 10, [1, 0], 1.0)]
    assert len(select(ranked, words=5, redundancy=0.8)) == 1


def test_rank_prefers_supported_lead_sentences_and_drops_fragments() -> None:
    sentences = [
        Sentence("a", 0, 0, "Putin met Assad in Damascus on Tuesday, the Kremlin said."),
        Sentence("a", 1, 1, "Brutal dictator Assad welcomed the destructive duo in Damascus."),
        Sentence("b", 0, 0, "Putin and Assad met in Damascus on Tuesday, Syrian media said."),
        Sentence("b", 1, 1, "Photos:"),
    ]
    vectors = np.array([[1, 0], [0.95, 0.31], [0.99, 0.14], [0, 1]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = SupportIndex(sentences, vectors, {"a": "a", "b": "b"}, ["a", "b"])
    ranked = rank(sentences, vectors, np.array([1, 0], dtype=np.float32), index, 2, Config())
    texts = [c.sentence.text for c in ranked]
    assert "Photos:" not in texts
    assert texts[-1].startswith("Brutal dictator")
    assert ranked[0].support.stories == 2


def test_rank_falls_back_to_every_sentence_when_none_is_fit() -> None:
    sentences = [Sentence("a", 0, 0, "Quake hits."), Sentence("a", 1, 1, "Many hurt.")]
    vectors = np.array([[1, 0], [0.8, 0.6]], dtype=np.float32)
    index = SupportIndex(sentences, vectors, {"a": "a"}, ["a"])
    ranked = rank(sentences, vectors, np.array([1, 0], dtype=np.float32), index, 1, Config())
    assert [c.sentence.text for c in ranked] == ["Quake hits.", "Many hurt."]


def test_select_publishes_only_what_the_guard_admits_and_keeps_a_continuation_after_its_sentence() -> None:
    ranked = [
        candidate("He later flew on to Ankara for talks with Erdogan.", [1, 0, 0], 3.0, position=1),
        candidate("Tweet", [0, 1, 0], 2.5, position=0, article="b"),
        candidate("Putin met Assad in Damascus on Tuesday in a surprise visit.", [0, 0, 1], 2.0, position=0),
        candidate("Russia joined the war in 2015 to back the Syrian government.", [0.5, 0.5, 0.7], 1.0,
                  position=0, article="c"),
    ]

    def admit(found: Candidate, picked: Sequence[Candidate]) -> Verdict:
        if found.sentence.text == "Tweet":
            return Verdict.REFUSE
        if found.sentence.text.startswith("He "):
            before = any(p.sentence.article_id == found.sentence.article_id
                         and p.sentence.position == found.sentence.position - 1 for p in picked)
            return Verdict.PUBLISH if before else Verdict.NEEDS_CONTEXT
        return Verdict.PUBLISH

    picked = select(ranked, words=40, redundancy=0.95, published={"a": "2020-01-07", "c": "2020-01-06"},
                    admit=admit)
    assert [c.sentence.text for c in picked] == [
        "Russia joined the war in 2015 to back the Syrian government.",
        "Putin met Assad in Damascus on Tuesday in a surprise visit.",
        "He later flew on to Ankara for talks with Erdogan.",
    ]


def test_select_asks_the_guard_again_in_reading_order_and_drops_a_pick_a_later_one_misplaces() -> None:
    ranked = [
        candidate("Nancy Motes moved back to Texas three years ago.", [1, 0, 0], 3.0, position=0),
        candidate("She had not spoken to her half-sister in years.", [0, 1, 0], 2.0, position=3),
        candidate("Julia Roberts was filming in Atlanta, her agent said.", [0, 0, 1], 1.0, position=1, article="b"),
    ]

    def admit(found: Candidate, picked: Sequence[Candidate]) -> Verdict:
        # "She" after a sentence naming another woman no longer means Nancy Motes.
        if found.sentence.text.startswith("She ") and any("Julia" in p.sentence.text for p in picked):
            return Verdict.NEEDS_CONTEXT
        return Verdict.PUBLISH

    picked = select(ranked, words=40, redundancy=0.95, admit=admit)
    assert [c.sentence.text for c in picked] == [
        "Nancy Motes moved back to Texas three years ago.",
        "Julia Roberts was filming in Atlanta, her agent said.",
    ]


def test_select_with_a_guard_that_refuses_everything_publishes_nothing() -> None:
    ranked = [candidate("Tweet", [1, 0], 1.0), candidate("Send", [0, 1], 0.5)]
    assert select(ranked, words=40, redundancy=0.9, admit=lambda c, p: Verdict.REFUSE) == []


def test_a_sentence_stating_a_superseded_toll_ranks_below_one_stating_the_newest() -> None:
    toll = Figure("killed", (Claim(231.0, "231", "", ("mon",), dt.date(2024, 10, 28)),
                             Claim(1400.0, "1,400", "", ("wed",), dt.date(2024, 10, 30)),
                             Claim(1e4, "more than 10,000", "", ("fri",), dt.date(2024, 11, 1))))
    ranked = [
        candidate("Hurricane Nadira killed 231 people in Honduras on Monday.", [1, 0, 0], 3.0, article="mon"),
        candidate("The toll in Honduras climbed to 1,400 on Wednesday.", [0, 1, 0], 2.8, article="wed"),
        candidate("The toll in Honduras rose to more than 10,000 on Friday.", [0, 0, 1], 2.5, article="fri"),
        # the change itself, told with its newest value, is no superseded figure
        candidate("The toll rose from 231 to more than 10,000, officials said.", [0.6, 0, 0.8], 1.5, article="mon"),
        candidate("Aid planes landed in Tegucigalpa.", [0.5, 0.5, 0.7], 1.2, article="wed"),
    ]
    texts = [c.sentence.text for c in prefer_newest(ranked, [toll])]
    assert texts == [ranked[2].sentence.text, ranked[3].sentence.text, ranked[4].sentence.text,
                     ranked[0].sentence.text, ranked[1].sentence.text]
    assert [c.sentence.text for c in select(prefer_newest(ranked, [toll]), words=12, redundancy=0.9)] == [
        "The toll in Honduras rose to more than 10,000 on Friday."]
    assert prefer_newest(ranked, []) == ranked


def test_demote_ranks_a_sentence_whose_weekday_no_date_places_below_one_that_needs_none() -> None:
    said = candidate("Police said on Saturday that the ferry's captain had been detained.", [1, 0], 2.0)
    plain = candidate("The ferry's captain has been detained by the harbour police.", [0, 1], 1.9)
    other = candidate("The ferry carried 212 passengers from the island.", [1, 1], 1.0)
    lower = demote([said, plain, other], 0.3, lambda c: "Saturday" in c.sentence.text)
    assert [(c.sentence.text, round(c.score, 2)) for c in lower] == [
        (plain.sentence.text, 1.9), (said.sentence.text, 1.7), (other.sentence.text, 1.0)]
    assert demote([said, plain], 0.0, lambda c: True) == [said, plain]
