"""Decide which articles and paragraphs belong to the event, by similarity to the rest of the cluster.

An article is represented by the centroid of its sentence embeddings (the centroid method of
Radev et al. 2004, on dense vectors). The event is what most articles share: the article
closest to all others anchors it, and articles far from the centroid of the others are
off-topic. Paragraphs are scored the same way, and also by their best match in another
outlet, so background that another outlet confirms is kept even when it is far from the centroid.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsbrief.embed import Vectors, centroid
from newsbrief.model import Sentence

# Paragraphs that open an article are the anchor for a single-article input.
_LEAD_PARAGRAPHS = 3


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
    similarity = vectors @ vectors.T
    # The article most like all the others anchors the event; ties go to the longer, then the earlier.
    anchor = max(range(len(ids)), key=lambda i: (round(float(similarity[i].sum()), 6), sizes[i], -i))
    on_topic = [i for i in range(len(ids)) if i == anchor or similarity[i, anchor] >= threshold]
    scores: dict[str, float] = {}
    for i in range(len(ids)):
        others = [j for j in on_topic if j != i]
        score = float(vectors[i] @ centroid(vectors[others])) if others else 1.0
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
            with its own opening paragraphs.

    Returns:
        Paragraph index to relevance in [-1, 1].
    """
    paragraphs = sorted({s.paragraph for s in sentences})
    rows = {p: [i for i, s in enumerate(sentences) if s.paragraph == p] for p in paragraphs}
    if reference is None:
        lead = [i for p in paragraphs[:_LEAD_PARAGRAPHS] for i in rows[p]]
        reference = centroid(vectors[lead])
    best_match = (vectors @ others.T).max(axis=1) if len(others) else np.full(len(sentences), -1.0)
    return {
        p: max(float(centroid(vectors[rows[p]]) @ reference), float(best_match[rows[p]].max()))
        for p in paragraphs
    }
