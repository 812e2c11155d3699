"""What a sentence states, in words: the stems and numbers another sentence must share to say the same.

Two sentences close in meaning (MiniLM cosine) may still state different facts: "Neither company
would comment" and "The two companies come close" share their names and little else, and short
sentences about one event score high whatever they say. A sentence supports another only when it
also states that sentence's particulars: its content words (Porter stems, as ROUGE compares words,
Lin 2004), weighted by how rare they are among the event's sentences (inverse document frequency,
Sparck Jones 1972), so the names every article repeats count little and the words that carry the
sentence's own fact ("comment", "praised", "circuit", "2006") count most; and every number it gives.
Words that only say who told it or on what day ("a person involved said Wednesday") are no fact to match.

In a brief the facts asked for are the main clause's (:func:`main_clause`, from the parse): an appositive,
a relative clause set off by commas, the teller's clause need not be told again by the other report
("Putin met Assad in Damascus on Tuesday, the Russian leader's second trip to Syria since ..." is told by
"Putin and Assad met Tuesday at a command post in Damascus"); and its main verb, or one joined to it, must
be (:func:`main_verbs`: "The Senate confirmed Perry" is not told by "Trump picked Perry"), or one of the
same meaning ("raised its rate" / "lifted its rate"; a small class of verbs of change, dismissal and choice). A
number of a side clause counts where the other report gives it too ("..., taking its main rate to 7 percent").
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from newsbrief.imports import module_alone
from newsbrief.nlp import parse

if TYPE_CHECKING:
    from nltk.stem.porter import PorterStemmer
    from spacy.tokens import Doc, Token

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
# An appositive ("the gunman, a former student,") is beside the main clause wherever it stands; a relative,
# adverbial or loose clause when a comma sets it off (", who was removed last year"), as a restrictive one
# ("the list of judges that Trump promised to choose from") carries the fact itself. What a side clause
# adds is background another report need not repeat to tell the same fact.
_SIDE_CLAUSES = frozenset({"appos"})
# Children kept even when a comma sets them off: more of the main clause, not an aside on it.
_CLAUSE_PARTS = frozenset({"conj", "cc", "ccomp", "xcomp", "punct", "nsubj", "nsubjpass", "aux", "auxpass", "neg"})
# Verbs of telling or claiming (those of the patterns above, and their kin): "Police said the gunman killed
# 12", "Yeltsin insists he has no major illness" tell what the gunman did, what Yeltsin has, so the clause
# told (the verb's ccomp) is the main one.
# Verbs of knowing and showing take the told clause the same way ("investigators believe Perez walked west",
# "it was found that babies cry two hours a day", "the data suggest ...").
_TELLING_LEMMAS = frozenset({"say", "tell", "report", "insist", "claim", "argue", "add", "state", "note", "explain",
                             "write", "believe", "think", "find", "show", "suggest", "indicate", "conclude",
                             "estimate"})
# What may open a sentence as its frame, not its fact: a preposition's phrase, an adverbial clause or phrase.
_OPENING_PHRASES = frozenset({"prep", "advcl", "npadvmod", "advmod"})
# Verbs whose object or complement carries the meaning (support verbs: "have a history", "hold talks",
# "make a decision", "take part", "give a speech"); another report may tell the same with the noun alone.
_LIGHT_VERBS = frozenset({"be", "have", "do", "make", "take", "give", "get", "hold", "go", "come", "become"})
# The share of a sentence's words counted when its main verb is not told: another verb may say the same
# ("decides" / "will rule", "met" / "held talks"), but then the rest must be told nearly all.
_UNSTATED_VERB = 0.5
# Verbs of one meaning that reports tell the same happening with ("raised its main rate" / "lifted its benchmark
# rate" / "increased borrowing costs"; "was fired" / "was sacked"), each class named by a word no text has:
# a member's inflections and their nouns ("a rate rise", "the cut") are that word among a sentence's fact words.
# Classes of the happenings news reports most, by direction where one is told: an amount up or down (a rate, a
# price, a toll), a person removed from a post, a person chosen for one. Left out, as their other senses are as
# common in news: "add" (also "said"), "decline" ("declined to comment"), "name" ("named after"), "tap",
# "remove", "drop" (a charge). "Lift" a ban is not to raise it; the covered share's other words (the ban, the
# rate) still tell the two apart.
_SAME_MEANING: tuple[tuple[str, frozenset[str]], ...] = (
    ("=up", frozenset({"raise", "lift", "increase", "hike", "boost", "rise", "climb", "jump", "soar", "surge"})),
    ("=down", frozenset({"lower", "reduce", "decrease", "cut", "trim", "slash", "fall", "plunge", "tumble"})),
    ("=fire", frozenset({"fire", "sack", "dismiss", "oust"})),
    ("=choose", frozenset({"choose", "pick", "select", "nominate"})),
)
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
            found.add(_meanings().get(stem(word), stem(word)))
    return frozenset(found)


@functools.cache
def _meanings() -> dict[str, str]:
    """The stem of each form of a verb of :data:`_SAME_MEANING` ("rais", "rose", "risen"), to its class's word.

    lemminflect's inflections are read at the first call, not at import.
    """
    from lemminflect import getAllInflections

    found = {}
    for meaning, lemmas in _SAME_MEANING:
        for lemma in lemmas:
            forms = {lemma, *(f for fs in getAllInflections(lemma, upos="VERB").values() for f in fs)}
            found.update({stem(form): meaning for form in forms})
    return found


def main_clause(doc: Doc) -> str:
    """The words of a parsed sentence's main clause, in order: the root's subtree (or, under a teller's
    verb, the told clause's) without appositives, relative and adverbial clauses, nor a phrase a comma
    sets off after its head ("..., the Russian leader's second trip to Syria"), nor what the parser hung
    on the head after such a phrase (its "since Moscow intervened ..."). A person is named by the last
    word of the name ("Vladimir Putin" as "Putin"), as other reports name them after the first mention.

    A sentence without a root gives its whole text.
    """
    root = _clause_root(doc)
    if root is None:
        return doc.text
    kept: list[Token] = []
    stack = [root]
    while stack:
        token = stack.pop()
        kept.append(token)
        aside_from = min((c.i for c in token.children if _aside(c) and c.i > token.i), default=len(doc))
        stack.extend(child for child in token.children
                     if not _aside(child) and (child.i < aside_from or child.dep_ in ("conj", "cc")))
    return " ".join(t.text for t in sorted(kept, key=lambda t: t.i) if not _first_names(t))


def _first_names(token: Token) -> bool:
    """Whether a word is a person's name before the last word of the name ("Vladimir", "Bashar al-")."""
    if token.ent_type_ != "PERSON":
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.ent_type_ == "PERSON" and following.ent_iob_ == "I"


def _clause_root(doc: Doc) -> Token | None:
    """The head of the main clause: the root, or under a teller's verb ("Police said ...") the clause told."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.lemma_ in _TELLING_LEMMAS:
        root = next((t for t in root.children if t.dep_ == "ccomp"), root)
    return root


def _aside(token: Token) -> bool:
    """Whether a dependent is beside its head's clause: a side clause, set off by a comma after its head, or
    an adverbial phrase opening the sentence before a comma ("In a critical ruling for the league, ...",
    "Using a tracking team, ...", "According to Morgan, ...")."""
    if token.dep_ in _SIDE_CLAUSES:
        return True
    end = token.right_edge.i
    if (token.dep_ in _OPENING_PHRASES and token.left_edge.i == 0 and token.i < token.head.i
            and end + 1 < len(token.doc) and token.doc[end + 1].text == ","):
        return True
    start = token.left_edge.i
    after = token.i > token.head.i or token.dep_ in ("relcl", "advcl", "parataxis")
    return (token.dep_ not in _CLAUSE_PARTS and after and start > 0
            and token.doc[start - 1].text in (",", ";", "—", "--"))


@dataclass(frozen=True, slots=True)
class Told:
    """What another sentence must state to tell the same: ``words`` (see :func:`covered`), and one of ``verbs``
    (stems of the main verb and the verbs it governs) when there are any; ``numbers`` the sentence gives
    outside its main clause, which count among ``words`` where the other states them."""

    words: frozenset[str]
    verbs: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()


def told_whole(text: str) -> Told:
    """A sentence's fact words (:func:`fact_words`), no verb required."""
    return Told(fact_words(text))


def clause_facts(model: str) -> Callable[[str], Told]:
    """The fact words (:func:`fact_words`) of a sentence's main clause (:func:`main_clause`) and its main verb
    (:func:`main_verbs`), parsed with ``model``."""
    def stated(text: str) -> Told:
        doc = parse([text], model)[0]
        words = fact_words(main_clause(doc))
        # a side clause's figure ("..., taking its main rate to 7 percent") is the same fact's when the other
        # report gives it too, and no fact it must give
        numbers = frozenset(w for w in fact_words(text) - words if w[0].isdigit())
        return Told(words, main_verbs(doc), numbers)
    return stated


def main_verbs(doc: Doc) -> frozenset[str]:
    """Stems of what the main clause's verb tells: the verb (under a teller's verb, the told clause's), with
    the verbs of its complement ("ordered him to cut short": order, cut) and those joined to it, and their
    objects that are common nouns ("delivered greetings"), any of which another report must state; none
    when one of them is a light verb whose object carries the meaning ("has a history", "held discussions").

    "The Senate confirmed Perry" and "Trump picked Perry" share every name and office; the verb is the fact.
    """
    root = _clause_root(doc)
    if root is None or root.pos_ != "VERB" or root.lemma_ in _LIGHT_VERBS:
        return frozenset()
    # the verbs it governs, and those it is joined to ("was suffering ..., had a fever and was being treated";
    # "ran ..., identified himself and ordered him"): another report telling any of them tells of the same
    verbs = [root]
    for verb in verbs:  # grows as it goes: the chain of joined verbs
        verbs.extend(t for t in verb.children if t.dep_ in ("xcomp", "conj") and t.pos_ in ("VERB", "AUX"))
    if any(t.lemma_ in _LIGHT_VERBS for t in verbs):
        return frozenset()
    # a common noun as object carries the happening too ("delivered greetings", "extended his greetings")
    objects = [t for v in verbs for t in v.children if t.dep_ == "dobj" and t.pos_ == "NOUN" and not _aside(t)]
    forms = {t.lower_ for t in [*verbs, *objects]} | {t.lemma_.casefold() for t in verbs}
    # a short verb's inflections stem apart from it ("cry" is its own stem, "cried" is "cri")
    stems = {stem(form) for form in forms} | {_stemmer().stem(form) for form in forms}
    return frozenset(_meanings().get(s, s) for s in stems)


def rarity(sentences: Iterable[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each word over sentences: ``log((n + 1) / df)``, as ``fact_words`` gives them."""
    counts: Counter[str] = Counter()
    n = 0
    for words in sentences:
        counts.update(words)
        n += 1
    return {word: math.log((n + 1) / df) for word, df in counts.items()}


def covered(stated: frozenset[str], other: frozenset[str], weight: Mapping[str, float],
            verbs: frozenset[str] = frozenset(), numbers: frozenset[str] = frozenset()) -> float:
    """How much of what ``stated`` says ``other`` says too (0-1): the weighted share of its words
    found in ``other``, and 0 when a number of ``stated`` other than a year is missing from it ("37.4
    degrees" is a fact; "in 1996" may be told as "two years ago", and weighs as a word).
    A word not in ``weight`` weighs as a word of one sentence would (``max`` of the weights, or 1).
    With ``verbs``, when ``other`` has none of them (the main verb, see :func:`main_verbs`), the share is
    halved: the rest must be told nearly word for word ("decides ... on Friday whether the merger goes
    ahead" as "will rule on Friday whether the merger goes ahead"). A verb of a class of one meaning
    (:data:`_SAME_MEANING`: "fired" / "sacked") is told by any of its class.
    ``numbers`` (a side clause's, see :class:`Told`) that ``other`` states count among ``stated``.
    """
    stated = stated | (numbers & other)
    if verbs and not verbs & other:
        return _UNSTATED_VERB * covered(stated, other, weight)
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
