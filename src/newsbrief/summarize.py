"""Extractive multi-document summarization: rank sentences, pick a non-redundant set, order it.

A sentence's score adds four things that each help on news (Radev et al. 2004; Nenkova &
McKeown 2011): closeness to the event centroid, how often its content words occur across the
articles (SumBasic, Nenkova & Vanderwende 2005), how many independent stories say the same,
and a lead prior. Selection is greedy under a word budget with a redundancy cutoff, in the
spirit of MMR (Carbonell & Goldstein 1998), adding sentences by the shared concepts they cover
(Gillick & Favre 2009) and preferring neutral ones; the chosen sentences are put in reading order.
"""

from __future__ import annotations

import enum
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS

from newsbrief.config import Config
from newsbrief.embed import Vectors
from newsbrief.facts import Support, SupportIndex
from newsbrief.figures import superseded
from newsbrief.framing import loaded_terms, subjectivity
from newsbrief.model import Figure, Sentence

# Sentences opening with these lean on a previous sentence the reader will not see.
_DANGLING = re.compile(r"^(he|she|it|they|this|that|these|those|his|her|its|their|but|and|also|however|"
                       r"meanwhile|still|yet|so|then|there)\b", re.IGNORECASE)
_DANGLING_PENALTY = 0.15
_LOADED_PENALTY = 0.25
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# Lead prior: 1 for the first sentence of an article, falling linearly to 0 at this position.
_LEAD_SPAN = 10
# A sentence giving a figure's superseded value (Monday's 231 dead, where Friday's toll is over 10,000)
# ranks this much lower: a sentence's score is at most about 1.9 (cosine, salience, support and lead),
# so it goes below every sentence that states no old value, but stays a candidate when nothing else is.
# In the headline it weighs as much as 0.1 of centrality (_CENTRALITY_WEIGHT 20): enough to let the
# newest telling of the event lead where the two are near in centrality (tests/test_summarize.py).
_SUPERSEDED_PENALTY = 2.0


# A word bigram that is not only stop words: the unit of content of Gillick & Favre (2009).
Concept = tuple[str, str]


class Verdict(enum.Enum):
    """What the editorial guard says of a candidate sentence."""

    PUBLISH = "publish"
    REFUSE = "refuse"
    NEEDS_CONTEXT = "needs_context"  # publishable right after the sentence it continues


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence with the evidence behind its score."""

    sentence: Sentence
    vector: Vectors
    support: Support
    score: float
    concepts: frozenset[Concept] = frozenset()
    subjectivity: float = 0.0

    def cut_to(self, text: str) -> Candidate:
        """This candidate with its sentence's words cut to ``text`` (the same article and position) and
        the concepts of what is left: a time or a verdict an editor takes out (see
        :func:`newsbrief.adjuncts.cut_unplaced`, :func:`newsbrief.checks.cut_judgements`)."""
        return replace(self, sentence=replace(self.sentence, text=text), concepts=frozenset(concepts(text)))


#: The editorial guard: a candidate and the candidates picked before it -> what to do with it.
Admit = Callable[[Candidate, Sequence[Candidate]], Verdict]


def rank(
    sentences: Sequence[Sentence],
    vectors: Vectors,
    event: Vectors,
    index: SupportIndex,
    story_count: int,
    config: Config,
) -> list[Candidate]:
    """Score every embedded sentence fit for a summary, best first (ties in input order).

    When no sentence is fit (all fragments or run-ons), every sentence is a candidate: a brief of
    poor text is still a brief, and its sources show what it was made of.

    Args:
        sentences: Sentences of the articles in the event (copies included).
        vectors: Their unit vectors; zero rows for sentences not embedded.
        event: Unit vector of the event (centroid of its stories).
        index: Support lookup over all sentences.
        story_count: Number of independent stories in the event.
        config: Weights, thresholds and sentence length limits.
    """
    candidates: list[Candidate] = []
    # A sentence the brief did not embed (a zero row, see newsbrief.pipeline._needs_vector) is no candidate.
    fit = [_fit(s, config) and bool(v.any()) for s, v in zip(sentences, vectors, strict=True)]
    any_fit = any(fit)
    for sentence, vector, salience, fits in zip(sentences, vectors, word_salience(sentences), fit, strict=True):
        if any_fit and not fits:
            continue
        support = index.support(vector, sentence.article_id, config.support_similarity,
                                coverage=config.support_coverage)
        # how widely it is told, not whom it is cited to: with support_coverage 0.4, ranking by the stories
        # that state the same particulars cost 0.43 R-2 F1 on Multi-News dev 0-49 (14.40 -> 13.97)
        agreement = (support.reach - 1) / (story_count - 1) if story_count > 1 else 0.0
        lead = max(0.0, 1.0 - sentence.position / _LEAD_SPAN)
        score = (float(vector @ event) + config.frequency_weight * salience
                 + config.support_weight * agreement + config.lead_weight * lead)
        if _DANGLING.match(sentence.text):
            score -= _DANGLING_PENALTY
        if loaded_terms(sentence.text):
            score -= _LOADED_PENALTY
        candidates.append(Candidate(sentence, vector, support, score, frozenset(concepts(sentence.text)),
                                    subjectivity(sentence.text)))
    return sorted(candidates, key=lambda c: -c.score)


def content_words(text: str) -> list[str]:
    """Lower-cased words of a text that are not stop words or numbers.

    >>> content_words("Putin met Assad in Damascus on Tuesday, 2020.")
    ['putin', 'met', 'assad', 'damascus', 'tuesday']
    """
    return [w for w in _WORD.findall(text.casefold()) if w not in STOP_WORDS and not w.isdigit()]


def concepts(text: str) -> list[Concept]:
    """Word bigrams of a text, lower-cased, except those of two stop words.

    >>> concepts("Putin met Assad in Damascus")
    [('putin', 'met'), ('met', 'assad'), ('assad', 'in'), ('in', 'damascus')]
    """
    words = [w for w in _WORD.findall(text.casefold()) if not w.isdigit()]
    return [(a, b) for a, b in itertools.pairwise(words) if a not in STOP_WORDS or b not in STOP_WORDS]


def concept_weights(sentences: Sequence[Sentence]) -> dict[Concept, int]:
    """The number of articles using each concept, for concepts used by two articles or more."""
    articles: dict[Concept, set[str]] = {}
    for sentence in sentences:
        for concept in concepts(sentence.text):
            articles.setdefault(concept, set()).add(sentence.article_id)
    return {concept: len(ids) for concept, ids in articles.items() if len(ids) >= 2}


def word_salience(sentences: Sequence[Sentence]) -> list[float]:
    """SumBasic salience of each sentence: the mean cluster probability of its content words,
    scaled so the most salient sentence scores 1."""
    words = [content_words(s.text) for s in sentences]
    counts = Counter(w for sentence in words for w in sentence)
    total = sum(counts.values()) or 1
    means = [sum(counts[w] for w in ws) / total / len(ws) if ws else 0.0 for ws in words]
    top = max(means, default=0.0) or 1.0
    return [mean / top for mean in means]


def _density(concepts: Iterable[Concept], weights: Mapping[Concept, int], candidate: Candidate) -> float:
    return sum(weights.get(c, 0) for c in concepts) / max(1, candidate.sentence.words)


def _fit(sentence: Sentence, config: Config) -> bool:
    text = sentence.text
    if not config.min_sentence_words <= sentence.words <= config.max_sentence_words:
        return False
    # Questions and lead-ins to lists or quotes do not stand alone; neither do fragments.
    return not text.endswith(("?", ":")) and (text[0].isupper() or text[0] in "\"“‘'")


def select(
    candidates: Sequence[Candidate],
    words: int,
    redundancy: float,
    published: Mapping[str, str] | None = None,
    weights: Mapping[Concept, int] | None = None,
    coverage_weight: float = 0.0,
    subjectivity_weight: float = 0.0,
    admit: Admit | None = None,
) -> list[Candidate]:
    """Pick the best candidates that fit in about ``words`` words and say different things.

    Greedy: the first pick is the candidate with the best score less ``subjectivity_weight`` times
    its subjectivity; each further step adds to that ``coverage_weight`` times the
    weight per word of the concepts it adds that the summary does not cover yet (Gillick & Favre
    2009, taken greedily as Lin & Bilmes 2010 do; scaled so that the densest candidate adds 1).
    A candidate within ``redundancy`` cosine of one already picked is skipped, and so is one that
    would overrun the budget by more than a tenth while a shorter one may still fit.

    ``admit`` is the editorial guard (see :mod:`newsbrief.checks`): it is asked about each best
    candidate given those picked so far, and a candidate it refuses is not published; the next best
    is taken. A candidate refused only for want of its context ("He said ...") is asked again once
    another pick is made, as that pick may be the sentence it continues. Without a guard the best
    candidate is always picked, so a summary is never empty; with one, it is empty when the guard
    refuses every candidate. Once picked, each is asked again after the picks that precede it in
    reading order; one refused then is dropped, and the summary is chosen again without it.

    Returns:
        The picked candidates in reading order: by position in their article, then by date; a
        sentence picked with the one before it in its article comes right after it.
    """
    weights = weights or {}
    # Coverage counts per word, as a summary's budget is in words: short sentences dense in shared
    # facts beat long ones that say the same and more besides.
    scale = max((_density(c.concepts, weights, c) for c in candidates), default=0.0) or 1.0
    picked: list[Candidate] = []
    covered: set[Concept] = set()
    total = 0
    remaining = list(candidates)  # not yet picked, not refused, and not redundant with any picked
    waiting: list[Candidate] = []  # refused for want of context a later pick may give
    while remaining and total < words:
        eligible = [c for c in remaining if not (picked and total + c.sentence.words > words * 1.1)]
        if not eligible:
            break
        # The best sentence leads (the event itself); coverage then decides what to add.
        best = max(eligible, key=lambda c: c.score - subjectivity_weight * c.subjectivity + (
            coverage_weight * _density(c.concepts - covered, weights, c) / scale if picked else 0.0))
        remaining = [c for c in remaining if c is not best]
        verdict = admit(best, picked) if admit is not None else Verdict.PUBLISH
        if verdict is not Verdict.PUBLISH:
            if verdict is Verdict.NEEDS_CONTEXT:
                waiting.append(best)
            continue
        picked.append(best)
        covered |= best.concepts
        total += best.sentence.words
        remaining = [c for c in [*remaining, *waiting] if float(c.vector @ best.vector) < redundancy]
        waiting = []
    ordered = reading_order(picked, published or {})
    # The guard read each pick after those picked before it; later picks may come before it in
    # reading order ("she" after a sentence naming another woman). A pick that fails read after
    # what now precedes it is dropped and the summary chosen again without it.
    misread = [c for at, c in enumerate(ordered) if admit is not None and admit(c, ordered[:at]) is not Verdict.PUBLISH]
    if misread:
        return select([c for c in candidates if all(c is not m for m in misread)], words, redundancy, published,
                      weights, coverage_weight, subjectivity_weight, admit)
    return ordered


def reading_order(picked: Sequence[Candidate], published: Mapping[str, str]) -> list[Candidate]:
    """Candidates by position in their article, then by date; each right after its own predecessor.

    A sentence whose predecessor in its article was picked too follows it directly, so an opening
    "He" or "The company" reads as its writer meant it.
    """
    order = {id(c): rank_ for rank_, c in enumerate(picked)}
    ranked = sorted(picked, key=lambda c: (c.sentence.position, published.get(c.sentence.article_id, ""),
                                           order[id(c)]))
    at = {(c.sentence.article_id, c.sentence.position): c for c in ranked}
    follower = {id(c): at.get((c.sentence.article_id, c.sentence.position + 1)) for c in ranked}
    led = {id(f) for f in follower.values() if f is not None}
    result: list[Candidate] = []
    for candidate in ranked:
        if id(candidate) in led:
            continue
        chain: Candidate | None = candidate
        while chain is not None:
            result.append(chain)
            chain = follower[id(chain)]
    return result


def demote(candidates: Sequence[Candidate], penalty: float, lower: Callable[[Candidate], bool]) -> list[Candidate]:
    """The candidates re-ranked with ``penalty`` taken off the score of each that ``lower`` picks out
    (a sentence whose weekday, or year or month told relative to its day of writing, the brief cannot
    date; see ``Config.unplaced_weekday_penalty``).

    Returns:
        The candidates, best first (ties in their given order).
    """
    if not penalty:
        return list(candidates)
    return sorted((replace(c, score=c.score - penalty) if lower(c) else c for c in candidates), key=lambda c: -c.score)


def prefer_newest(candidates: Sequence[Candidate], updates: Sequence[Figure]) -> list[Candidate]:
    """The candidates re-ranked so that none stating a superseded value of a figure leads.

    A figure that changed as news came in (an update of :func:`newsbrief.figures.compare_figures`) should
    be told by its newest value: a candidate whose sentence states an earlier one (see
    :func:`newsbrief.figures.superseded`) loses ``_SUPERSEDED_PENALTY`` of its score, so the headline
    and the summary, which both read these scores, take a sentence with the newest value or none.

    Returns:
        The candidates, best first (ties in their given order); those of no superseded value unchanged.
    """
    if not updates:
        return list(candidates)
    rescored = [replace(c, score=c.score - _SUPERSEDED_PENALTY) if superseded(c.sentence, updates) else c
                for c in candidates]
    return sorted(rescored, key=lambda c: -c.score)
