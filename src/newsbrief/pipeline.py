"""Run the stages in order: read, clean, filter, annotate, embed, deduplicate, summarize, account.

Every input leaves the pipeline with an :class:`Account`; an article dropped at any stage
carries the stage's reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from newsbrief import cluster, dedup, nlp
from newsbrief.checks import Fault, summary_guard
from newsbrief.clean import clean, drop_off_topic, drop_shared_footers, set_aside
from newsbrief.config import Config
from newsbrief.embed import DIMENSION, Vectors, centroid, load_embedder
from newsbrief.facts import SupportIndex, compare_figures, rank_entities, unconfirmed
from newsbrief.framing import framing
from newsbrief.headline import headline
from newsbrief.ingest import Inputs, read_inputs
from newsbrief.model import (
    Account,
    Article,
    Brief,
    CleanArticle,
    Event,
    Framing,
    NewsbriefError,
    Sentence,
    Status,
    SummarySentence,
)
from newsbrief.summarize import concept_weights, rank, select
from newsbrief.timeline import timeline, written

#: An article's sentences (with their entities) and their vectors, row for row.
Reading = tuple[tuple[Sentence, ...], Vectors]

# Paragraphs are judged against the rest of the cluster only when it holds two stories or more.
_MIN_OTHER_STORIES = 2
# What a story opens with, in sentences: the news it reports (the headline is chosen against these).
_OPENING_SENTENCES = 2


@dataclass(slots=True)
class _Reading:
    """An article still in play, with its sentences and their vectors."""

    clean: CleanArticle
    sentences: list[Sentence]
    vectors: Vectors

    @property
    def id(self) -> str:
        return self.clean.article.id


def brief(inputs: Sequence[str | Path], config: Config | None = None, stdin: BinaryIO | None = None) -> Brief:
    """Brief the event told by a set of news articles.

    Args:
        inputs: Article files (``.txt``, ``.html``, ``.jsonl`` clusters), folders of them, or ``-``.
        config: Settings; the defaults suit news of a few hundred words per article.
        stdin: Stream read for ``-``.

    Returns:
        The brief: the event's headline, cited summary and entities, and an account of every input.

    Raises:
        NewsbriefError: No input could be used, or the inputs were given wrongly.
    """
    config = config or Config()
    return brief_inputs(read_inputs(inputs, config, stdin), config)


def brief_inputs(read: Inputs, config: Config, known: Mapping[str, Reading] | None = None) -> Brief:
    """Brief articles already read (see :func:`newsbrief.ingest.read_inputs`).

    ``known`` holds the sentences and vectors of articles read before (see :func:`read_articles`),
    by article id; those are not split, tagged and embedded again.
    """
    accounts: dict[str, Account] = {}

    def account(article: CleanArticle, status: Status, reason: str, copy_of: str | None = None,
                framed: Framing | None = None, written: dt.date | None = None) -> None:
        a = article.article
        accounts[a.id] = Account(a.id, a.path, a.title, a.published, status, reason, copy_of, article.removed, framed,
                                 written, a.fetched)

    live: list[CleanArticle] = []
    for article in drop_shared_footers([clean(a) for a in read.articles]):
        if not article.paragraphs:
            account(article, Status.EMPTY, f"{article.article.path}: no article text left once "
                                           f"{len(article.removed)} boilerplate lines were removed")
        elif foreign := nlp.is_foreign(article.text):
            account(article, Status.NOT_ENGLISH, f"{article.article.path}: text is in language '{foreign.code}' "
                                                 f"(p={foreign.probability:.2f}); newsbrief reads English")
        else:  # a quotation in another language is set aside, not read as English
            live.append(set_aside(article, nlp.foreign_paragraphs([p.text for p in article.paragraphs])))

    repeated = dedup.duplicates({a.article.id: a.text for a in live}, config.duplicate_jaccard)
    for article in live:
        if article.article.id in repeated:
            original = repeated[article.article.id]
            account(article, Status.DUPLICATE, f"same text as {original}; adds nothing", original)
    live = [a for a in live if a.article.id not in repeated]

    readings = _read(live, config, known or {})
    for reading in readings:
        if not reading.sentences:
            account(reading.clean, Status.EMPTY, f"{reading.clean.article.path}: no sentences found")
    readings = [r for r in readings if r.sentences]

    off_topic = cluster.off_topic_articles(
        [r.id for r in readings], np.array([centroid(r.vectors) for r in readings]),
        [len(r.sentences) for r in readings], config.off_topic_article,
    )
    for reading in readings:
        if reading.id in off_topic:
            account(reading.clean, Status.OFF_TOPIC, f"about another event: similarity {off_topic[reading.id]:.2f} "
                                                     f"to the other articles, below {config.off_topic_article:.2f}")
    readings = [r for r in readings if r.id not in off_topic]

    if not readings:
        reasons = [a.reason for a in [*accounts.values(), *read.rejected]]
        raise NewsbriefError("no brief: no input could be used: " + "; ".join(reasons or ["no articles"]))

    copies = dedup.copies([r.clean.article for r in readings], [r.vectors for r in readings],
                          config.copy_similarity, config.copy_coverage)
    story_of = dedup.stories([r.id for r in readings], copies)
    readings = [_drop_off_topic_paragraphs(r, readings, story_of, config) for r in readings]
    for reading in readings:
        if not reading.sentences:
            account(reading.clean, Status.OFF_TOPIC, "every paragraph is off-topic (see removed)")
    readings = [r for r in readings if r.sentences]
    if not readings:
        raise NewsbriefError("no brief: every paragraph of every article is off-topic")
    # A copy whose original is gone is a witness of its own.
    remaining = {r.id for r in readings}
    story_of = {r.id: story_of[r.id] if story_of[r.id] in remaining else r.id for r in readings}

    event, dates = _summarize(readings, story_of, config)
    framings = framing({r.id: r.sentences for r in readings})
    cited = {source for sentence in event.summary for source in sentence.sources}
    copy_of = {c.copy: c for c in copies}
    for reading in readings:
        support = sum(1 for s in event.summary if reading.id in s.sources)
        note = f"supports {support} of {len(event.summary)} summary sentences" if reading.id in cited else (
            "read; none of its sentences made the summary or supports one")
        page, day = reading.clean.article.published, dates.get(reading.id)
        written = day if day != page else None
        if written:
            note += (f"; written {written.isoformat()} by the weekdays it shares with other stories, "
                     f"{'not its page date ' + page.isoformat() if page else 'as it has no page date'}")
        if reading.id in copy_of:
            found = copy_of[reading.id]
            account(reading.clean, Status.COPY, f"reworded copy of {found.original}: {found.coverage:.0%} of its "
                                                f"sentences say the same; counted as one witness; {note}",
                    found.original, framings[reading.id], written)
        else:
            account(reading.clean, Status.USED, note, framed=framings[reading.id], written=written)
    order = [a.id for a in read.articles]
    ordered = sorted(accounts.values(), key=lambda a: order.index(a.id))
    return Brief((event,), (*ordered, *read.rejected))


def read_articles(articles: Sequence[Article], config: Config) -> dict[str, Reading]:
    """The sentences (with entities) and sentence vectors of each article's cleaned text, by id."""
    return {r.id: (tuple(r.sentences), r.vectors) for r in _read([clean(a) for a in articles], config, {})}


def _read(articles: Sequence[CleanArticle], config: Config, known: Mapping[str, Reading]) -> list[_Reading]:
    """Split articles into sentences and embed them all in one batch, but for those known already."""
    found = dict(known)
    if missing := [a for a in articles if a.article.id not in known]:
        per_article = nlp.sentences(missing, config.spacy_model)
        vectors = load_embedder().embed([s.text for sentences in per_article for s in sentences])
        start = 0
        for article, split in zip(missing, per_article, strict=True):
            found[article.article.id] = (tuple(split), vectors[start:start + len(split)])
            start += len(split)
    readings = []
    for article in articles:
        sentences, vectors = found[article.article.id]
        # sentences read before this brief set aside a shared footer or a quotation may include them
        paragraphs = {p.index for p in article.paragraphs}
        rows = [i for i, s in enumerate(sentences) if s.paragraph in paragraphs]
        readings.append(_Reading(article, [sentences[i] for i in rows], vectors[rows]))
    return readings


def _drop_off_topic_paragraphs(
    reading: _Reading, readings: Sequence[_Reading], story_of: dict[str, str], config: Config
) -> _Reading:
    others = [r for r in readings if story_of[r.id] != story_of[reading.id]]
    # One other story is no "rest of the cluster": it may just cover another side of the event.
    among_stories = len({story_of[r.id] for r in others}) >= _MIN_OTHER_STORIES
    if not among_stories:
        others = []
    other_vectors = np.vstack([r.vectors for r in others]) if others else np.zeros((0, DIMENSION), dtype=np.float32)
    reference = centroid(np.array([centroid(r.vectors) for r in others])) if others else None
    relevance = cluster.paragraph_relevance(reading.sentences, reading.vectors, other_vectors, reference)
    cleaned = drop_off_topic(reading.clean, relevance, config.off_topic_paragraph, among_stories)
    kept_paragraphs = {p.index for p in cleaned.paragraphs}
    rows = [i for i, s in enumerate(reading.sentences) if s.paragraph in kept_paragraphs]
    return _Reading(cleaned, [reading.sentences[i] for i in rows], reading.vectors[rows])


def _summarize(
    readings: Sequence[_Reading], story_of: dict[str, str], config: Config
) -> tuple[Event, dict[str, dt.date]]:
    """The event the readings tell, and the day each was written (see :func:`newsbrief.timeline.written`)."""
    order = [r.id for r in readings]
    sentences = [s for r in readings for s in r.sentences]
    vectors = np.vstack([r.vectors for r in readings])
    story_ids = sorted(set(story_of.values()), key=order.index)
    story_vectors = np.array([
        centroid(np.vstack([r.vectors for r in readings if story_of[r.id] == story])) for story in story_ids
    ])
    index = SupportIndex(sentences, vectors, story_of, order)
    candidates = rank(sentences, vectors, centroid(story_vectors), index, len(story_ids), config)
    dates = {r.id: r.clean.article.published for r in readings if r.clean.article.published}
    entities = rank_entities(sentences, story_of)
    days = written(sentences, vectors, dates, story_of, config.same_event)
    refused_headlines: list[Fault] = []
    openings = [" ".join(s.text for s in r.sentences[:_OPENING_SENTENCES]) for r in readings
                if story_of[r.id] == r.id]
    title = headline(candidates, entities, config, days, refused_headlines, openings)
    notes = [] if title else [_withheld("headline", refused_headlines)]
    refused_sentences: list[Fault] = []
    picked = select(candidates, config.summary_words, config.redundancy_similarity,
                    {article: day.isoformat() for article, day in dates.items()},
                    concept_weights(sentences), config.coverage_weight, config.subjectivity_weight,
                    summary_guard(title, config.spacy_model, refused_sentences))
    if not picked:
        notes.append(_withheld("summary sentence", refused_sentences))
    summary = tuple(SummarySentence(c.sentence.text, c.support.sources, c.support.stories, c.sentence.article_id,
                                    c.sentence.position) for c in picked)
    event_id = "event-" + hashlib.sha1("\n".join(sorted(order)).encode()).hexdigest()[:10]
    disagreements, agreements, updates = compare_figures(sentences, story_of, dates)
    return Event(
        event_id, title, summary, tuple(order), entities,
        disagreements, agreements, updates,
        unconfirmed(sentences, vectors, index, config.support_similarity),
        timeline(sentences, vectors, days, story_of, config.same_event),
        tuple(notes),
    ), days


def _withheld(what: str, refused: Sequence[Fault]) -> str:
    """The note of a brief with no publishable headline or summary: what was refused, and why."""
    kinds = Counter(fault.check for fault in refused)
    why = ", ".join(f"{count} {check.replace('_', ' ')}" for check, count in kinds.most_common())
    return f"no publishable {what}: " + (f"every candidate failed an editorial check ({why})" if why
                                          else "no candidate sentence")
