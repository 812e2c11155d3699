"""What a sentence states, in words: the stems and numbers another sentence must share to say the same.

Two sentences close in meaning (MiniLM cosine) may still state different facts: "Neither company
would comment" and "The two companies come close" share their names and little else, and short
sentences about one event score high whatever they say. A sentence supports another only when it
also states that sentence's particulars: its content words (Porter stems, as ROUGE compares words,
Lin 2004), weighted by how rare they are among the event's sentences (inverse document frequency,
Sparck Jones 1972), so the names every article repeats count little and the words that carry the
sentence's own fact ("comment", "praised", "circuit", "2006") count most; and every number it gives.
Words that only say who told it or on what day ("a person involved said Wednesday") are no fact to match.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from newsbrief.imports import module_alone

if TYPE_CHECKING:
    from nltk.stem.porter import PorterStemmer

# A number keeps its inner separators ("1,500", "2.3"); a word is letters only, so "Exxon-Mobil" is two words.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
# Words of attribution and of the day of telling: the source and time of a report, not what it reports.
_REPORTING = frozenset({
    "said", "says", "say", "saying", "told", "tells", "tell", "according", "added", "adding", "reported",
    "quoted", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "mr", "mrs", "ms", "dr", "corp", "inc", "co", "ltd", "plc",
})
# The clause that names the teller, closing a sentence (", a person involved in the talks said Wednesday.",
# ", the president's doctors told the Interfax news agency.", ", according to the state health department.")
# or opening it ("Police said ..."): who told it is no part of the fact another report must state.
_TELLER_TAIL = (r"(?:the|a|an|on|in|at|late|early|last|this|news|agency|reporters|newspaper|radio|television|"
                r"morning|afternoon|evening|night|today|yesterday|week|[A-Z][\w.'’-]*)")
_TELLER_AFTER = re.compile(r",\s*(?:[^,]{0,80}?\b(?:said|says|told|reported)(?:\s+" + _TELLER_TAIL + r"){0,6}"
                           r"|according to [^,]{0,80}?)[.!?]?[\"”'’]*\s*$")
_TELLER_BEFORE = re.compile(r"^(?:[^,\"“]{0,60}?\b(?:said|says|told|reported)\b(?:\s+\w+){0,3}?\s+that\b|"
                            r"[^,\"“]{0,60}?\b(?:said|says)\b)", re.IGNORECASE)
# A year may be told relatively by another report ("in 1996" as "two years ago"): it is weighed as a word.
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def fact_words(text: str) -> frozenset[str]:
    """The particulars a sentence states: Porter stems of its content words, and its numbers.

    >>> sorted(fact_words("Gorsuch was appointed to the circuit court in 2006, a spokesman said Monday."))
    ['2006', 'appoint', 'circuit', 'court', 'gorsuch']
    """
    found = set()
    told = _TELLER_BEFORE.sub("", _TELLER_AFTER.sub("", text), count=1)
    for word in _TOKEN.findall(told.casefold()):
        if word[0].isdigit():
            found.add(word.replace(",", ""))
        elif len(word) > 1 and word not in STOP_WORDS and word not in _REPORTING:
            found.add(stem(word))
    return frozenset(found)


def rarity(sentences: Iterable[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each word over sentences: ``log((n + 1) / df)``, as ``fact_words`` gives them."""
    counts: Counter[str] = Counter()
    n = 0
    for words in sentences:
        counts.update(words)
        n += 1
    return {word: math.log((n + 1) / df) for word, df in counts.items()}


def covered(stated: frozenset[str], other: frozenset[str], weight: Mapping[str, float]) -> float:
    """How much of what ``stated`` says ``other`` says too (0-1): the weighted share of its words
    found in ``other``, and 0 when a number of ``stated`` other than a year is missing from it ("37.4
    degrees" is a fact; "in 1996" may be told as "two years ago", and weighs as a word).
    A word not in ``weight`` weighs as a word of one sentence would (``max`` of the weights, or 1).
    """
    if not stated:
        return 1.0
    if any(word[0].isdigit() and not _YEAR.match(word) and word not in other for word in stated):
        return 0.0
    rare = max(weight.values(), default=1.0)
    total = sum(weight.get(word, rare) for word in stated)
    if total <= 0:
        return 1.0
    return sum(weight.get(word, rare) for word in stated & other) / total


@functools.lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """The Porter stem of a lower-cased word; words of three letters or fewer are their own stem."""
    return _stemmer().stem(word) if len(word) > 3 else word


@functools.cache
def _stemmer() -> PorterStemmer:
    """NLTK's Porter stemmer (its default NLTK_EXTENSIONS mode), loaded at the first stem.

    ``import nltk`` runs the whole package's ``__init__``, which brings scipy.stats and
    scikit-learn (2 s of CPU and 130 MB), so the stemmer's module is imported alone
    (:func:`newsbrief.imports.module_alone`).
    The lighter Snowball "porter" (PyStemmer, snowballstemmer) is Martin Porter's own version, which
    NLTK's MARTIN_EXTENSIONS mode follows: it stems 676 of the 37,923 longer words of the seeds and
    dev data otherwise (employed: emploi, not employ), so it would change headlines.
    """
    stemmer: PorterStemmer = module_alone("nltk.stem.porter").PorterStemmer()
    return stemmer
