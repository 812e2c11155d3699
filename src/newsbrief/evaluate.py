"""Score summaries against human reference summaries with ROUGE (Lin 2004), beside peers and published systems.

Follows the DUC 2004 Task 2 protocol as far as the ``rouge-score`` package allows: every summary
cut to the first N words, Porter stemming, stopwords kept; ROUGE-1, ROUGE-2 and ROUGE-L recall
and F1 averaged over the references of a cluster, then over clusters. ROUGE-L is computed over
the cut summary as one sequence (``rougeL``), since cutting at N words loses sentence ends.
ROUGE-1.5.5 (the official perl script) gives about one point more ROUGE-1: its tokenisation
differs. Scoring every system with the same code in the same run makes the comparison fair.

At 40 words or fewer (``--words 40``) newsbrief is scored by its headline summary, the output it
makes at that length.
"""

from __future__ import annotations

import functools
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from newsbrief.config import Config
from newsbrief.ingest import Inputs, cluster_articles, jsonl_records
from newsbrief.model import NewsbriefError
from newsbrief.peers import PEERS, Cluster, Summarizer

OURS = "newsbrief"


@dataclass(frozen=True, slots=True)
class Rouge:
    """ROUGE recall and F1 in [0, 1]."""

    rouge1_recall: float
    rouge2_recall: float
    rougeL_recall: float
    rouge1_f: float
    rouge2_f: float
    rougeL_f: float


@dataclass(frozen=True, slots=True)
class ClusterScore:
    """One system's ROUGE on one cluster, and the seconds it took (``None`` for published summaries)."""

    cluster: str
    system: str
    rouge: Rouge
    seconds: float | None


@dataclass(frozen=True, slots=True)
class Score:
    """Mean ROUGE of one system over the clusters it was scored on, and its mean seconds per cluster."""

    system: str
    clusters: int
    rouge: Rouge
    seconds: float | None


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Scores of every system, best ROUGE-2 recall first, and the per-cluster figures behind them."""

    dataset: str
    words: int
    scores: tuple[Score, ...]
    clusters: tuple[ClusterScore, ...]

    def score(self, system: str) -> Score:
        """The mean score of one system."""
        return next(s for s in self.scores if s.system == system)


def _newsbrief(cluster: Cluster, config: Config) -> str:
    from newsbrief.pipeline import brief_inputs  # spaCy and onnxruntime load only when newsbrief runs

    event = brief_inputs(Inputs(cluster.articles, ()), config).events[0]
    if config.summary_words <= config.headline_words:
        return event.headline
    return " ".join(s.text for s in event.summary)


SUMMARIZERS: dict[str, Summarizer] = {OURS: _newsbrief, **PEERS}


@functools.lru_cache(maxsize=1)
def _scorer() -> Any:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)


def rouge(summary: str, references: Sequence[str], words: int) -> Rouge:
    """ROUGE of a summary cut to ``words`` words, averaged over the references."""
    cut = " ".join(summary.split()[:words])
    totals: dict[str, float] = defaultdict(float)
    for reference in references:
        for name, score in _scorer().score(reference, cut).items():
            totals[f"{name}_recall"] += score.recall
            totals[f"{name}_f"] += score.fmeasure
    return Rouge(**{name: value / len(references) for name, value in totals.items()})


def load_clusters(dataset: Path, limit: int | None = None) -> list[Cluster]:
    """The clusters of a dataset that have reference summaries (the JSONL format of ``shared/data``)."""
    clusters = []
    for record in _records(dataset):
        if not record.get("summaries"):
            continue
        articles, _ = cluster_articles(record, record["id"], str(dataset))
        clusters.append(Cluster(record["id"], tuple(articles), tuple(record["summaries"])))
        if len(clusters) == limit:
            break
    if not clusters:
        raise NewsbriefError(f"{dataset}: no clusters with reference summaries")
    return clusters


def evaluate(
    dataset: Path,
    config: Config,
    systems: Sequence[str] = (OURS,),
    limit: int | None = None,
    published: Path | None = None,
    progress: bool = False,
) -> Evaluation:
    """Summarize every cluster of a dataset with each system and score the summaries.

    Args:
        dataset: JSONL of clusters with ``summaries`` (the format of ``shared/data``).
        config: Settings; ``summary_words`` is the budget and the cut applied before scoring.
        systems: Names from :data:`SUMMARIZERS` to run.
        limit: Score only the first N clusters.
        published: JSONL of ``{"cluster_id", "system", "summary"}`` records to score alongside.
        progress: Show a progress bar on standard error.

    Raises:
        NewsbriefError: Unknown system, unreadable dataset, or no cluster with references.
    """
    unknown = [name for name in systems if name not in SUMMARIZERS]
    if unknown:
        raise NewsbriefError(f"unknown system {', '.join(unknown)}; choose from {', '.join(SUMMARIZERS)}")
    clusters = load_clusters(dataset, limit)
    rows: list[ClusterScore] = []
    from tqdm import tqdm

    for cluster in tqdm(clusters, desc=dataset.parent.name or dataset.name, unit="cluster", disable=not progress):
        for name in systems:
            start = time.perf_counter()
            summary = SUMMARIZERS[name](cluster, config)
            seconds = time.perf_counter() - start
            rows.append(ClusterScore(cluster.id, name, rouge(summary, cluster.references, config.summary_words),
                                     seconds))
    if published is not None:
        wanted = {c.id: c.references for c in clusters}
        for record in _records(published):
            if record.get("cluster_id") in wanted:
                scored = rouge(record["summary"], wanted[record["cluster_id"]], config.summary_words)
                rows.append(ClusterScore(record["cluster_id"], record["system"], scored, None))
    by_system: dict[str, list[ClusterScore]] = defaultdict(list)
    for row in rows:
        by_system[row.system].append(row)
    scores = sorted((_mean(name, found) for name, found in by_system.items()), key=lambda s: -s.rouge.rouge2_recall)
    return Evaluation(dataset.parent.name or dataset.name, config.summary_words, tuple(scores), tuple(rows))


def _records(path: Path) -> Iterable[Mapping[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise NewsbriefError(f"{path}: {error.strerror}") from None
    for _, record in jsonl_records(text, str(path)):
        yield record


def _mean(system: str, rows: Sequence[ClusterScore]) -> Score:
    fields = Rouge.__dataclass_fields__
    rouge_ = Rouge(**{name: statistics.fmean(getattr(r.rouge, name) for r in rows) for name in fields})
    seconds = [r.seconds for r in rows if r.seconds is not None]
    return Score(system, len(rows), rouge_, statistics.fmean(seconds) if seconds else None)


def report(evaluation: Evaluation) -> str:
    """A plain-text table of the scores, best ROUGE-2 recall first."""
    target = "headline" if evaluation.words <= Config().headline_words else "summary"
    lines = [
        f"{evaluation.dataset}: ROUGE x100, every summary cut at {evaluation.words} words, Porter-stemmed "
        f"(newsbrief scored by its {target}); seconds = mean per cluster",
        f"{'system':<12}{'clusters':>9}{'R1-R':>7}{'R2-R':>7}{'RL-R':>7}{'R1-F':>7}{'R2-F':>7}{'RL-F':>7}{'seconds':>9}",
    ]
    for s in evaluation.scores:
        r = s.rouge
        seconds = f"{s.seconds:.2f}" if s.seconds is not None else "-"
        cells = (r.rouge1_recall, r.rouge2_recall, r.rougeL_recall, r.rouge1_f, r.rouge2_f, r.rougeL_f)
        lines.append(f"{s.system:<12}{s.clusters:>9}" + "".join(f"{100 * c:>7.2f}" for c in cells) + f"{seconds:>9}")
    return "\n".join(lines)


def to_json(evaluation: Evaluation) -> dict[str, Any]:
    """The evaluation as JSON-ready data: the means and every per-cluster figure."""
    return {
        "dataset": evaluation.dataset,
        "words": evaluation.words,
        "scores": [asdict(s) for s in evaluation.scores],
        "clusters": [asdict(c) for c in evaluation.clusters],
    }


@dataclass(frozen=True, slots=True)
class Grouping:
    """How well digest's events match true clusters, by B-cubed (Bagga & Baldwin 1998).

    ``precision``, ``recall`` and ``f1`` are over the articles digest grouped into events; the
    articles it set aside (duplicates of another article, empty once cleaned, not English) are
    counted in ``set_aside``, and the ``*_all`` figures score every article, the set-aside ones as
    events of their own.
    """

    articles: int
    events: int
    true_events: int
    set_aside: int
    precision: float
    recall: float
    f1: float
    precision_all: float
    recall_all: float
    f1_all: float
    seconds: dict[str, float]

    def report(self) -> str:
        """A few lines for a terminal."""
        timing = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in self.seconds.items())
        return "\n".join([
            f"{self.articles} articles in {self.true_events} true events; digest made {self.events} events, "
            f"set {self.set_aside} articles aside (duplicates, empty, not English)",
            f"B-cubed over grouped articles: precision {self.precision:.4f}  recall {self.recall:.4f}  "
            f"F1 {self.f1:.4f}",
            f"B-cubed over all articles:     precision {self.precision_all:.4f}  recall {self.recall_all:.4f}  "
            f"F1 {self.f1_all:.4f}",
            f"time: {timing}",
        ])


def bcubed(predicted: Mapping[str, str], truth: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering of items against the true clustering.

    >>> bcubed({"a": "1", "b": "1", "c": "2"}, {"a": "x", "b": "x", "c": "x"})
    (1.0, 0.5555555555555555, 0.7142857142857143)
    """
    members: dict[str, set[str]] = defaultdict(set)
    true_members: dict[str, set[str]] = defaultdict(set)
    for item in predicted:
        members[predicted[item]].add(item)
        true_members[truth[item]].add(item)
    precision = recall = 0.0
    for item in predicted:
        found, true = members[predicted[item]], true_members[truth[item]]
        both = len(found & true)
        precision += both / len(found)
        recall += both / len(true)
    precision /= len(predicted)
    recall /= len(predicted)
    return precision, recall, 2 * precision * recall / (precision + recall)


def evaluate_grouping(inputs: Sequence[Path], config: Config, workers: int = 1, progress: bool = False) -> Grouping:
    """Digest datasets and folders into a fresh store and score its events against the truth.

    The truth: a JSONL cluster is one event (DUC clusters of the same TDT topic are the same
    event); an article folder given as input is one event.
    """
    import tempfile

    from newsbrief.digest import digest
    from newsbrief.store import open_store

    topic_of: dict[str, str] = {}
    for dataset in (path for path in inputs if path.suffix == ".jsonl"):
        for record in _records(dataset):
            topic_of[str(record.get("id"))] = str(record.get("topic") or record.get("id"))
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "grouping.db") as store:
        result = digest([str(path) for path in inputs], store, config, workers, briefs=False, progress=progress)
        rows = store.grouping()
    truth = {article_id: _true_event(path, inputs, topic_of) for article_id, path, _ in rows}
    grouped = {article_id: event_id for article_id, _, event_id in rows if event_id is not None}
    every = {article_id: event_id or f"alone:{article_id}" for article_id, _, event_id in rows}
    precision, recall, f1 = bcubed(grouped, truth)
    precision_all, recall_all, f1_all = bcubed(every, truth)
    return Grouping(len(rows), len(set(grouped.values())), len(set(truth.values())), len(rows) - len(grouped),
                    precision, recall, f1, precision_all, recall_all, f1_all,
                    {stage: round(seconds, 2) for stage, seconds in result.seconds.items() if stage != "brief"})


def _true_event(path: str, inputs: Sequence[Path], topic_of: Mapping[str, str]) -> str:
    if "#" in path:  # "<dataset>#<cluster id>/<index>"
        cluster_id = path.split("#", 1)[1].rsplit("/", 1)[0]
        return topic_of.get(cluster_id, cluster_id)
    for given in inputs:
        if given.is_dir() and Path(path).is_relative_to(given):
            return str(given)
    return path
