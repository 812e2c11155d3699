"""Loaded terms from the lexicon, and subjectivity relative to the other articles."""

from __future__ import annotations

from newsbrief.framing import framing, loaded_terms, subjectivity
from newsbrief.model import Sentence


def test_loaded_terms_find_phrases_and_words() -> None:
    text = "The blood-letting pair, Syria's brutal dictator and his ally, met; critics slammed the destructive duo."
    assert loaded_terms(text) == ["blood-letting pair", "brutal dictator", "slammed", "destructive duo"]
    assert loaded_terms("Putin met Assad in Damascus on Tuesday.") == []


def test_subjectivity_tells_opinion_from_report() -> None:
    assert subjectivity("Putin and Assad met at a command post in Damascus, Kremlin spokesman Dmitry Peskov said.") == 0
    assert subjectivity("It was a shameful, disgusting and utterly pathetic display of arrogance.") > 0.6


def test_framing_is_relative_to_the_other_articles() -> None:
    wire = [Sentence("wire", 0, 0, "Putin met Assad in Damascus on Tuesday."),
            Sentence("wire", 0, 1, "Russia joined the war in 2015.")]
    other = [Sentence("other", 0, 0, "The two presidents met at a Russian command post on Tuesday.")]
    tabloid = [Sentence("tabloid", 0, 0, "The brutal dictator and his terrible friend had a shameless party.")]
    found = framing({"wire": wire, "other": other, "tabloid": tabloid})
    assert found["tabloid"].loaded_terms == ("brutal dictator",)
    assert found["tabloid"].score > 0.5
    assert found["wire"].score == found["other"].score == 0.0
    assert found["wire"].loaded_terms == ()
