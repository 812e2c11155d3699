"""How each article tells the story: loaded terms, and subjectivity measured against the other articles.

Two measures, because a word list alone misses most opinion:
* a lexicon of loaded and sensational terms that a neutral summary avoids (:data:`LOADED_TERMS`,
  below, with the kinds of words it holds);
* subjectivity from the Pattern lexicon (De Smedt & Daelemans 2012, shipped in TextBlob), which
  scores about 2,900 English adjectives and adverbs for subjectivity with intensifiers and
  negation taken into account. An article's score is its mean sentence subjectivity minus the
  median of the event's articles: a tabloid rewrite stands out against the wire copy of the
  same event, while an event that is opinionated everywhere (an election) moves no one.
"""

from __future__ import annotations

import functools
import re
import statistics
from collections.abc import Callable, Mapping, Sequence

from newsbrief.imports import module_alone
from newsbrief.model import Framing, Sentence

#: Loaded terms: name-calling of people and governments ("dictator", "regime", "thugs"), gore and
#: horror words ("blood-letting", "butchered"), dramatising verbs and adjectives ("slammed",
#: "shocking"), and the phrases of tabloid rewrites ("destructive duo").
LOADED_TERMS = frozenset({
    "barbaric", "blasted", "blood-letting", "bloodthirsty", "brutal", "brutally", "butcher", "butchered",
    "cronies", "despot", "destructive", "dictator", "disgraceful", "evil", "heinous", "henchmen", "horrific",
    "horrifying", "infamous", "lackey", "monstrous", "murderous", "notorious", "outrageous", "puppet", "regime",
    "savage", "shocking", "slammed", "stunning", "thug", "thugs", "tyrant",
    "destructive duo", "blood-letting pair", "brutal dictator", "killer regime", "war criminal",
})
_PHRASES = sorted((t for t in LOADED_TERMS if " " in t), key=len, reverse=True)
_TERM = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _PHRASES) + r"|[\w'-]+)\b", re.IGNORECASE)


def loaded_terms(text: str) -> list[str]:
    """The loaded terms of a text, lower-cased, phrases before their words.

    >>> loaded_terms("Putin met brutal Syrian dictator Bashar al-Assad, the destructive duo said")
    ['brutal', 'dictator', 'destructive duo']
    """
    return [t for t in (m.group(0).casefold() for m in _TERM.finditer(text)) if t in LOADED_TERMS]


@functools.lru_cache(maxsize=1)
def _pattern_sentiment() -> Callable[[str], tuple[float, float]]:
    # The Pattern lexicon, which needs no NLTK data; TextBlob's own __init__ imports all of NLTK (see
    # newsbrief.imports).
    return module_alone("textblob.en").sentiment  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=20_000)
def sentiment(text: str) -> tuple[float, float]:
    """Polarity in [-1, 1] and subjectivity in [0, 1] of a text by the Pattern lexicon: of one word, its
    senses' mean ("flawed" is -0.5 and 0.5; "final", subjective 1.0, is 0.0 polar).

    >>> sentiment("flawed")
    (-0.5, 0.5)
    """
    polarity, subjective = _pattern_sentiment()(text)
    return float(polarity), float(subjective)


@functools.lru_cache(maxsize=20_000)
def subjectivity(text: str) -> float:
    """Subjectivity of a sentence in [0, 1] (0: factual), by the Pattern lexicon.

    >>> subjectivity("Putin met Assad in Damascus on Tuesday, the presidency said.")
    0.0
    >>> subjectivity("The brutal dictator gave a shocking, terrible speech.") > 0.5
    True
    """
    return float(_pattern_sentiment()(text)[1])


def framing(sentences: Mapping[str, Sequence[Sentence]]) -> dict[str, Framing]:
    """The framing of each article (by id), its score relative to the median article of the event."""
    means = {article: statistics.fmean(subjectivity(s.text) for s in found) if found else 0.0
             for article, found in sentences.items()}
    median = statistics.median(means.values()) if means else 0.0
    result = {}
    for article, found in sentences.items():
        terms = tuple(dict.fromkeys(t for s in found for t in loaded_terms(s.text)))
        result[article] = Framing(terms, round(means[article] - median, 3))
    return result
