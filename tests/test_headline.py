"""Headline compression: present tense, no attribution, no loaded words, within the limit."""

from __future__ import annotations

import pytest

from newsbrief.config import Config
from newsbrief.headline import compress
from newsbrief.nlp import parse

MODEL = Config().spacy_model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian President Vladimir Putin met brutal Syrian dictator Bashar al-Assad Tuesday during a surprise "
         "visit to Damascus, his first since the start of the nearly nine-year war, the presidency said.",
         "Russian President Vladimir Putin meets Syrian dictator Bashar al-Assad during a surprise visit to "
         "Damascus, his first since the start of the nearly nine-year war."),
        ("Vladimir Putin met Bashar al-Assad in Damascus on Tuesday.",
         "Vladimir Putin meets Bashar al-Assad in Damascus."),
        ("Putin and Assad met at the command post to hear military reports, Peskov added.",
         "Putin and Assad meet at the command post to hear military reports."),
        ("A 6.4-magnitude earthquake struck Puerto Rico before dawn on Tuesday, killing one man.",
         "A 6.4-magnitude earthquake strikes Puerto Rico before dawn, killing one man."),
        ("The American envoy Richard Holbrooke met with President Slobodan Milosevic of Yugoslavia Monday night "
         "and said the talks would go on.",
         "The American envoy Richard Holbrooke meets with President Slobodan Milosevic of Yugoslavia."),
        ("Russian President Vladimir Putin made a rare visit to Syria where he held talks with Bashar al-Assad in "
         "Damascus, Syrian state media and Russia's Interfax said on Tuesday.",
         "Russian President Vladimir Putin makes a rare visit to Syria where he held talks with Bashar al-Assad in "
         "Damascus."),
        ("Netanyahu faced the setback caused by Thursday's car bombing in Jerusalem.",
         "Netanyahu faces the setback caused by Thursday's car bombing in Jerusalem."),
        ("Relatives said that the young man showed no sign of his plans.",
         "The young man shows no sign of his plans."),
        ("Thailand won the right to host the games, but setbacks led officials to threaten to move them.",
         "Thailand wins the right to host the games, but setbacks lead officials to threaten to move them."),
    ],
)
def test_compress(sentence: str, expected: str) -> None:
    [doc] = parse([sentence], MODEL)
    assert compress(doc, 40) == expected


def test_compress_keeps_to_the_word_limit_by_dropping_trailing_segments() -> None:
    [doc] = parse(["Vladimir Putin met Bashar al-Assad in Damascus on Tuesday, the Russian leader's second trip "
                   "to Syria since Moscow intervened in the civil war."], MODEL)
    assert compress(doc, 10) == "Vladimir Putin meets Bashar al-Assad in Damascus."


@pytest.mark.parametrize("fragment", [
    "More photos here",
    "Moments after the interview with CNN host Piers Morgan.",
    "Moments after radio host Alex Jones taped an explosive interview with CNN host Piers Morgan.",
    "If Netanyahu wants to change that perception he must boldly face the setback to peace.",
    "In an interview, Mubarak said if Netanyahu wants to change that perception he must face the setback.",
])
def test_compress_refuses_fragments(fragment: str) -> None:
    [doc] = parse([fragment], MODEL)
    assert compress(doc, 40) is None
