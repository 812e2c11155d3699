"""Group a stream of articles into events, and decide which articles and paragraphs of an event
belong to it, by similarity.

Grouping (:func:`group`) is average-linkage agglomerative clustering of the articles' term
vectors, the best of the hierarchical methods for TDT event detection (Yang et al. 1998),
with similarity damped by the days between articles, so that two happenings of one topic weeks
apart stay apart. A batch is clustered on its own, then each new group joins the stored event
whose mean similarity to it is highest, if high enough: the same average-linkage criterion,
computed from the event's summed vector without reading its articles again.

Within an event:

An article is represented by the centroid of its sentence embeddings (the centroid method of
Radev et al. 2004, on dense vectors). The event is what most articles share: the article
closest to all others anchors it, and articles far from the centroid of the others are
off-topic. Paragraphs are scored the same way, and also by their best match in another
outlet, so background that another outlet confirms is kept even when it is far from the centroid.
A paragraph that names someone or something the event's on-topic paragraphs name
(:func:`event_names`, :func:`naming_paragraphs`) continues the event whatever its score: a closing
quote of the judge the story is about uses none of the lead's words but names him.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from newsbrief.embed import Vectors, centroid
from newsbrief.model import Entity, Sentence

if TYPE_CHECKING:
    import scipy.sparse

# A dated and an undated article may be weeks apart: their similarity is damped as if they were this
# many decay periods past the grace (a factor 0.61). On the dev pool 0.5 kept the seeds from taking in
# undated Multi-News stories about Syria (0 and 0.25 did not) and raised B-cubed F1 0.858 -> 0.863.
UNKNOWN_GAP = 0.5
# A lone article is compared with its opening: its first three paragraphs that read as text, and more until
# they hold _LEAD_WORDS words. A paragraph of at most _LABEL_MAX_WORDS words without closing punctuation is a
# label, not text ("Tweet", "Today", "By Jane Roe", a cast list's "Wife Charlize Theron"): a page that opens with
# labels would otherwise be judged against them, and its body removed as off-topic.
_LEAD_PARAGRAPHS = 3
# Swept 0, 20, 30, 40, 60, judging each of the 1,483 dev articles and 5 seeds of ../shared as a lone article:
# with 0 a film review was judged against its cast list (158 words of review removed); 40 removed the least
# prose: against the three-paragraph opening it changes 7 articles, keeps 691 words of on-topic closing
# paragraphs in 5 of them and changes two junk lines; 60 changes 15 articles, a seed among them, for no gain.
_LEAD_WORDS = 40
_LABEL_MAX_WORDS = 3
_CLOSING_PUNCTUATION = re.compile(r"[.!?…:;][\"'”’)\]]*$")
# The kinds of entity that name who or what an event is about. NORP ("Kenyan", "Republicans") names a
# people, which stories of many events share; dates and figures name no one.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_POSSESSIVE = re.compile(r"[’']s?$")


@dataclass(frozen=True, slots=True)
class Group:
    """Articles that tell one event: a stored event's, or a new batch's.

    ``terms`` is the sum of the members' unit term vectors, so the mean similarity of two
    groups is the dot product of their sums over the product of their sizes.
    """

    first: dt.date | None
    last: dt.date | None
    size: int
    terms: scipy.sparse.csr_matrix


def group(
    vectors: scipy.sparse.csr_matrix,
    published: Sequence[dt.date | None],
    events: Sequence[Group],
    similarity: float,
    grace_days: int,
    decay_days: int,
) -> list[int]:
    """Assign each new article to an event.

    Args:
        vectors: One unit term vector per new article (rows).
        published: Each article's publication date, if known.
        events: Events already formed; they take new articles but never merge with each other.
        similarity: Mean (time-damped) similarity at or above which articles are one event.
        grace_days: Articles this many days apart or fewer are compared on content alone.
        decay_days: Beyond the grace, similarity falls by a factor e every this many days.

    Returns:
        For each article, the index of its event: below ``len(events)`` a given event, from
        there on a new event (numbered in order of each one's first article).
    """
    count = vectors.shape[0]
    if count == 0:
        return []
    labels = _batch_labels(vectors, published, similarity, grace_days, decay_days)
    order = sorted(set(labels), key=labels.index)  # new events numbered by their first article
    members = [[i for i in range(count) if labels[i] == label] for label in order]
    sums = summed(vectors, members)
    sizes = np.array([len(rows) for rows in members], dtype=np.float64)
    if events:
        import scipy.sparse  # only grouping needs it (see _batch_labels)

        stored = scipy.sparse.vstack([event.terms for event in events]).tocsr()
        mean = np.asarray((sums @ stored.T).todense()) / np.outer(sizes, [event.size for event in events])
    assigned = [0] * count
    new_events = 0
    for row, rows in enumerate(members):
        days = [d for i in rows if (d := published[i]) is not None]
        batch = Group(min(days, default=None), max(days, default=None), len(rows), sums[row])
        scores = [float(mean[row, e]) * _damping(_gap(batch, event, grace_days, decay_days), grace_days, decay_days)
                  for e, event in enumerate(events)]
        best = int(np.argmax(scores)) if scores else -1
        if best >= 0 and scores[best] >= similarity:
            target = best
        else:
            target = len(events) + new_events
            new_events += 1
        for i in rows:
            assigned[i] = target
    return assigned


def summed(vectors: scipy.sparse.csr_matrix, members: Sequence[Sequence[int]]) -> scipy.sparse.csr_matrix:
    """The sum of each group's rows of ``vectors``, one row per group.

    One sparse product for all groups: summing group by group would pass over every term column
    once per group.
    """
    import scipy.sparse

    indicator = scipy.sparse.csr_matrix(
        (np.ones(sum(map(len, members)), dtype=np.float32),
         ([group for group, rows in enumerate(members) for _ in rows], [row for rows in members for row in rows])),
        shape=(len(members), vectors.shape[0]))
    return scipy.sparse.csr_matrix(indicator @ vectors)


def _batch_labels(vectors: scipy.sparse.csr_matrix, published: Sequence[dt.date | None], similarity: float,
                  grace_days: int, decay_days: int) -> list[int]:
    # scipy.cluster takes half a second to import and only grouping needs it, not a brief
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    count = vectors.shape[0]
    if count == 1:
        return [0]
    cosine = np.asarray((vectors @ vectors.T).todense(), dtype=np.float64)
    ordinals = np.array([d.toordinal() if d else 0 for d in published], dtype=np.float64)
    dated = np.array([d is not None for d in published])
    gaps = np.abs(ordinals[:, None] - ordinals[None, :]) * (dated[:, None] & dated[None, :])
    gaps[dated[:, None] != dated[None, :]] = grace_days + UNKNOWN_GAP * decay_days
    cosine *= np.exp(-np.clip(gaps - grace_days, 0, None) / decay_days)
    distance = np.clip(1 - cosine, 0, 2)
    np.fill_diagonal(distance, 0)
    tree = linkage(squareform(distance, checks=False), "average")
    return [int(label) for label in fcluster(tree, 1 - similarity, "distance")]


def _gap(first: Group, second: Group, grace_days: int, decay_days: int) -> float:
    """Days between two groups' date spans (0 when they overlap or both are undated)."""
    if first.first is None or first.last is None or second.first is None or second.last is None:
        return 0 if first.first is None and second.first is None else grace_days + UNKNOWN_GAP * decay_days
    return max(0, (first.first - second.last).days, (second.first - first.last).days)


def _damping(gap: float, grace_days: int, decay_days: int) -> float:
    return float(np.exp(-max(0, gap - grace_days) / decay_days))


def off_topic_articles(
    ids: Sequence[str], vectors: Vectors, sizes: Sequence[int], threshold: float
) -> dict[str, float]:
    """Articles that are not about the main event, with their similarity to it.

    Args:
        ids: Article ids.
        vectors: One unit vector per article (the centroid of its sentences).
        sizes: Sentences per article: of two unrelated articles, the longer one is the story.
        threshold: Articles whose cosine to the centroid of the others is below it are off-topic.

    Returns:
        Off-topic article ids mapped to their cosine to the event.
    """
    if len(ids) < 2:
        return {}
    # Sums of similarities through the summed vectors: linear in the articles, not quadratic.
    rows = np.asarray(vectors, dtype=np.float64)
    # The article most like all the others anchors the event; ties go to the longer, then the earlier.
    similarity_sums = rows @ rows.sum(axis=0)
    anchor = max(range(len(ids)), key=lambda i: (round(float(similarity_sums[i]), 6), sizes[i], -i))
    on_topic = (rows @ rows[anchor]) >= threshold
    on_topic[anchor] = True
    on_topic_sum = rows[on_topic].sum(axis=0)
    scores: dict[str, float] = {}
    for i in range(len(ids)):
        # The centroid of the on-topic articles but this one is the direction of their sum less it.
        others = on_topic_sum - rows[i] if on_topic[i] else on_topic_sum
        count = int(on_topic.sum()) - int(on_topic[i])
        norm = float(np.linalg.norm(others))
        score = 1.0 if count == 0 else (float(rows[i] @ others) / norm if norm > 0 else 0.0)
        if score < threshold:
            scores[ids[i]] = round(score, 2)
    return scores


def paragraph_relevance(
    sentences: Sequence[Sentence],
    vectors: Vectors,
    others: Vectors,
    reference: Vectors | None,
) -> dict[int, float]:
    """How much each paragraph of one article is about the event.

    A paragraph's relevance is the larger of its cosine to the event (``reference``, the centroid
    of the other stories) and its best sentence match among the other stories' sentences.

    Args:
        sentences: The article's sentences.
        vectors: Their unit vectors, row for row.
        others: Unit vectors of the sentences of the other stories (may be empty).
        reference: The event's direction; ``None`` for a lone article, which is then compared
            with its opening: its first three paragraphs that read as text (not labels such as
            "Tweet" or a byline), and more until they hold a lead's worth of words.

    Returns:
        Paragraph index to relevance in [-1, 1]. A paragraph none of whose sentences was embedded
        (all zero rows) is not scored.
    """
    rows: dict[int, list[int]] = {}
    for i, sentence in enumerate(sentences):
        rows.setdefault(sentence.paragraph, []).append(i)
    paragraphs = sorted(rows)
    if reference is None:
        reference = centroid(vectors[_lead(sentences, paragraphs, rows)])
    embedded = np.asarray(vectors.any(axis=1), dtype=bool)
    best_match = (vectors @ others.T).max(axis=1) if len(others) else np.full(len(sentences), -1.0)
    scores: dict[int, float] = {}
    for p in paragraphs:
        read = [i for i in rows[p] if embedded[i]]
        if read:
            scores[p] = max(float(centroid(vectors[read]) @ reference), float(best_match[read].max()))
    return scores


def _lead(sentences: Sequence[Sentence], paragraphs: Sequence[int], rows: dict[int, list[int]]) -> list[int]:
    """Rows of a lone article's opening: its first paragraphs of text, until three and ``_LEAD_WORDS`` words."""
    text = [p for p in paragraphs if not _is_label([sentences[i] for i in rows[p]])] or list(paragraphs)
    lead: list[int] = []
    words = 0
    for count, paragraph in enumerate(text):
        if count >= _LEAD_PARAGRAPHS and words >= _LEAD_WORDS:
            break
        lead += rows[paragraph]
        words += sum(sentences[i].words for i in rows[paragraph])
    return lead


def _is_label(paragraph: Sequence[Sentence]) -> bool:
    return (sum(s.words for s in paragraph) <= _LABEL_MAX_WORDS
            and not _CLOSING_PUNCTUATION.search(paragraph[-1].text))


def event_names(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The names an event's on-topic sentences give, as :func:`_name_key` keys.

    A person is named again by a part of the name ("Judge Lou Olivera", then "Olivera"; "Bill Lynch",
    then "Bill"), and spaCy's small model tags the lone part a body or a place as often as a person, so
    each word of a person's name of two words or more is a name of the event too.

    >>> from newsbrief.model import Entity
    >>> told = Sentence("a", 0, 0, "Judge Lou Olivera jailed the veteran.", (Entity("Lou Olivera", "PERSON"),))
    >>> sorted(event_names([told]))
    ['lou', 'lou olivera', 'olivera']
    """
    names: set[str] = set()
    for sentence in sentences:
        for entity in sentence.entities:
            if entity.label not in _NAME_LABELS or not (key := _name_key(entity.text)):
                continue
            names.add(key)
            if entity.label == "PERSON":
                names.update(_name_words(key))
    return frozenset(names)


def naming_paragraphs(sentences: Sequence[Sentence], names: frozenset[str]) -> frozenset[int]:
    """The paragraphs (their indices) of one article whose sentences name one of ``names`` (see :func:`event_names`).

    >>> from newsbrief.model import Entity
    >>> quote = Sentence("a", 7, 9, "Olivera said he would not do it again.", (Entity("Olivera", "ORG"),))
    >>> teaser = Sentence("a", 8, 10, "Read more from ClickOnDetroit.", (Entity("ClickOnDetroit", "GPE"),))
    >>> sorted(naming_paragraphs([quote, teaser], frozenset({"lou olivera", "olivera"})))
    [7]
    """
    return frozenset(s.paragraph for s in sentences if any(_names(entity, names) for entity in s.entities))


def _names(entity: Entity, names: frozenset[str]) -> bool:
    if entity.label not in _NAME_LABELS or not (key := _name_key(entity.text)):
        return False
    return key in names or (entity.label == "PERSON" and any(word in names for word in _name_words(key)))


def _name_words(key: str) -> list[str]:
    """The words of a person's name of two words or more that may name the person alone: no initial or title
    ("J.", "Mr."), which hold a stop."""
    words = key.split()
    return [word for word in words if len(word) > 2 and word.isalpha()] if len(words) > 1 else []


def _name_key(text: str) -> str:
    """A name as two mentions of it compare: case folded, without a leading article or a possessive.

    >>> _name_key("the Wayne State University"), _name_key("Rabobank's"), _name_key("Reign’s")
    ('wayne state university', 'rabobank', 'reign')
    """
    return _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", " ".join(text.casefold().split()))).strip()
