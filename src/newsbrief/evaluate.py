"""Score briefs against human reference summaries with ROUGE (Lin 2004), beside published systems.

Follows the DUC 2004 Task 2 protocol as far as the ``rouge-score`` package allows: summaries
cut to the first N words, Porter stemming, stopwords kept, ROUGE-1 and ROUGE-2 *recall*
averaged over the references of a cluster, then over clusters. ROUGE-1.5.5 with the same
settings gives about one point more R-1 (its tokenisation differs); scoring the published
systems here in the same run makes the comparison fair.
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rouge_score import rouge_scorer

from newsbrief.config import Config
from newsbrief.ingest import Inputs, cluster_articles, jsonl_records
from newsbrief.model import NewsbriefError
from newsbrief.pipeline import brief_inputs

OURS = "newsbrief"


@dataclass(frozen=True, slots=True)
class Score:
    """Mean ROUGE of one system over the clusters it was scored on (recall and F1, in [0, 1])."""

    system: str
    clusters: int
    rouge1_recall: float
    rouge2_recall: float
    rouge1_f: float
    rouge2_f: float


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Scores of newsbrief and any published systems, and newsbrief's median seconds per cluster."""

    dataset: str
    words: int
    scores: tuple[Score, ...]
    median_seconds: float


def rouge(summary: str, references: Sequence[str], words: int) -> dict[str, float]:
    """ROUGE-1/2 recall and F1 of a summary cut to ``words`` words, averaged over the references."""
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    cut = " ".join(summary.split()[:words])
    totals: dict[str, float] = defaultdict(float)
    for reference in references:
        scores = scorer.score(reference, cut)
        for name in ("rouge1", "rouge2"):
            totals[f"{name}_recall"] += scores[name].recall
            totals[f"{name}_f"] += scores[name].fmeasure
    return {name: value / len(references) for name, value in totals.items()}


def evaluate(dataset: Path, config: Config, limit: int | None = None, systems: Path | None = None) -> Evaluation:
    """Brief every cluster of a dataset and score the summaries, with published systems if given.

    Args:
        dataset: JSONL of clusters with ``summaries`` (the format of ``shared/data``).
        config: Settings; ``summary_words`` is also the cut applied before scoring.
        limit: Score only the first N clusters.
        systems: JSONL of ``{"cluster_id", "system", "summary"}`` records to score alongside.
    """
    clusters = list(_records(dataset))[:limit]
    if not clusters:
        raise NewsbriefError(f"{dataset}: no clusters with reference summaries")
    per_system: dict[str, list[dict[str, float]]] = defaultdict(list)
    seconds: list[float] = []
    for cluster in clusters:
        articles, rejected = cluster_articles(cluster, cluster["id"], str(dataset))
        start = time.perf_counter()
        result = brief_inputs(Inputs(tuple(articles), tuple(rejected)), config)
        seconds.append(time.perf_counter() - start)
        summary = " ".join(s.text for s in result.events[0].summary)
        per_system[OURS].append(rouge(summary, cluster["summaries"], config.summary_words))
    if systems is not None:
        wanted = {c["id"]: c["summaries"] for c in clusters}
        for record in _records(systems, require_summaries=False):
            if record.get("cluster_id") in wanted:
                per_system[record["system"]].append(
                    rouge(record["summary"], wanted[record["cluster_id"]], config.summary_words))
    scores = tuple(sorted((_mean(name, rows) for name, rows in per_system.items()),
                          key=lambda s: -s.rouge2_recall))
    return Evaluation(dataset.parent.name or dataset.name, config.summary_words, scores, statistics.median(seconds))


def _records(path: Path, require_summaries: bool = True) -> Iterable[Mapping[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise NewsbriefError(f"{path}: {error.strerror}") from None
    for _, record in jsonl_records(text, str(path)):
        if not require_summaries or record.get("summaries"):
            yield record


def _mean(system: str, rows: Sequence[Mapping[str, float]]) -> Score:
    def avg(key: str) -> float:
        return statistics.fmean(row[key] for row in rows)

    return Score(system, len(rows), avg("rouge1_recall"), avg("rouge2_recall"), avg("rouge1_f"), avg("rouge2_f"))


def report(evaluation: Evaluation) -> str:
    """A plain-text table of the scores, best ROUGE-2 recall first."""
    lines = [
        f"{evaluation.dataset}: ROUGE recall/F1 x100, summaries cut at {evaluation.words} words, stemmed; "
        f"newsbrief median {evaluation.median_seconds:.2f} s per cluster",
        f"{'system':<14}{'clusters':>9}{'R1-R':>8}{'R2-R':>8}{'R1-F':>8}{'R2-F':>8}",
    ]
    for s in evaluation.scores:
        lines.append(f"{s.system:<14}{s.clusters:>9}{100 * s.rouge1_recall:>8.2f}{100 * s.rouge2_recall:>8.2f}"
                     f"{100 * s.rouge1_f:>8.2f}{100 * s.rouge2_f:>8.2f}")
    return "\n".join(lines)
