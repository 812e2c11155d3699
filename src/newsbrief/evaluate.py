"""Score summaries against human reference summaries with ROUGE (Lin 2004), beside peers and published systems.

Follows the DUC 2004 Task 2 protocol as far as the ``rouge-score`` package allows: every summary
cut to the first N words, Porter stemming, stopwords kept; ROUGE-1, ROUGE-2 and ROUGE-L recall
and F1 averaged over the references of a cluster, then over clusters. ROUGE-L is computed over
the cut summary as one sequence (``rougeL``), since cutting at N words loses sentence ends.
ROUGE-1.5.5 (the official perl script) gives about one point more ROUGE-1: its tokenisation
differs. Scoring every system with the same code in the same run makes the comparison fair.

At 40 words or fewer (``--words 40``) newsbrief is scored by its headline summary, the output it
makes at that length.

Headline mode (:func:`evaluate_headlines`, ``--headlines``) scores one headline per cluster
against the human headlines of DUC Task 1, which four assessors wrote for every document of the
same clusters (about 10 words each), by the rule of ``shared/data/README.md``: for each document
the best ROUGE F1 of the headline against that document's headlines (rouge-score, Porter
stemming), then the mean over the cluster's documents, then over clusters. newsbrief is scored by
its event headline, beside the first sentence of the newest and of the oldest article, and two
human references: ``human-one``, every human headline of the cluster in turn used as the
cluster's headline (scored against all the other headlines), and ``human-oracle``, the best of
them per cluster.
"""

from __future__ import annotations

import functools
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsbrief.config import Config
from newsbrief.ingest import Inputs, cluster_articles, jsonl_records
from newsbrief.model import Event, NewsbriefError
from newsbrief.peers import HEADLINE_PEERS, PEERS, Cluster, Summarizer

if TYPE_CHECKING:
    from newsbrief.checks import Tally

OURS = "newsbrief"
HUMAN_ONE = "human-one"
HUMAN_ORACLE = "human-oracle"
_ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")


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


def _event(cluster: Cluster, config: Config) -> Event:
    from newsbrief.pipeline import brief_inputs  # spaCy and onnxruntime load only when newsbrief runs

    return brief_inputs(Inputs(cluster.articles, ()), config).events[0]


def _newsbrief(cluster: Cluster, config: Config) -> str:
    event = _event(cluster, config)
    if config.summary_words <= config.headline_words:
        return event.headline
    return " ".join(s.text for s in event.summary)


def _newsbrief_headline(cluster: Cluster, config: Config) -> str:
    """newsbrief's headline of the cluster's event."""
    return _event(cluster, config).headline


SUMMARIZERS: dict[str, Summarizer] = {OURS: _newsbrief, **PEERS}
# The systems that write a headline; human-one and human-oracle are read from the references.
HEADLINERS: dict[str, Summarizer] = {OURS: _newsbrief_headline, **HEADLINE_PEERS}
HEADLINE_SYSTEMS: tuple[str, ...] = (*HEADLINERS, HUMAN_ONE, HUMAN_ORACLE)


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
        clusters.append(_cluster(record, dataset))
        if len(clusters) == limit:
            break
    if not clusters:
        raise NewsbriefError(f"{dataset}: no clusters with reference summaries")
    return clusters


def _cluster(record: Mapping[str, Any], dataset: Path) -> Cluster:
    articles, _ = cluster_articles(record, record["id"], str(dataset))
    return Cluster(record["id"], tuple(articles), tuple(record.get("summaries") or ()))


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


# ------------------------------------------------------------------------------------- headlines


@dataclass(frozen=True, slots=True)
class HeadlineRouge:
    """ROUGE F1 in [0, 1] of a headline against a cluster's document headlines (see :meth:`HeadlineScorer.score`)."""

    rouge1_f: float
    rouge2_f: float
    rougeL_f: float


@dataclass(frozen=True, slots=True)
class HeadlineCluster:
    """A cluster's articles (from the Task 2 file) and the human headlines of each of its documents.

    ``documents`` holds one tuple of headlines per document (four in DUC), in the order of the
    headline file.
    """

    cluster: Cluster
    documents: tuple[tuple[str, ...], ...]

    @property
    def id(self) -> str:
        """The cluster id, the same in the Task 1 and Task 2 files."""
        return self.cluster.id


@dataclass(frozen=True, slots=True)
class ScoredHeadline:
    """A headline and its score."""

    text: str
    rouge: HeadlineRouge


@dataclass(frozen=True, slots=True)
class ClusterHeadline:
    """One system's headline score on one cluster.

    ``headlines`` are the headlines scored, each cut at the word limit: the system's one; every
    human headline of the cluster for human-one, whose score is their mean; the pick of
    human-oracle. ``words`` is their mean length; ``seconds`` is ``None`` for human headlines.
    """

    cluster: str
    system: str
    headlines: tuple[str, ...]
    rouge: HeadlineRouge
    words: float
    seconds: float | None


@dataclass(frozen=True, slots=True)
class HeadlineScore:
    """Mean headline F1 and length in words of one system over its clusters, and its mean seconds per cluster."""

    system: str
    clusters: int
    rouge: HeadlineRouge
    words: float
    seconds: float | None


@dataclass(frozen=True, slots=True)
class HeadlineEvaluation:
    """Headline scores of every system, best ROUGE-2 F1 first, and the per-cluster figures behind them.

    ``words`` is the cut applied to every headline (``Config.headline_words``).
    """

    dataset: str
    references: str
    words: int
    scores: tuple[HeadlineScore, ...]
    clusters: tuple[ClusterHeadline, ...]

    def score(self, system: str) -> HeadlineScore:
        """The mean score of one system."""
        return next(s for s in self.scores if s.system == system)


class _Tokens:
    """rouge-score's default tokenizer (Porter stemming) that tokenizes each text once.

    Stemming is most of the cost of a score, and human-one scores each of a cluster's 40
    headlines against the 39 others: 1,560 scores of 40 texts.
    """

    def __init__(self) -> None:
        from rouge_score.tokenizers import DefaultTokenizer

        self._tokenizer = DefaultTokenizer(use_stemmer=True)
        self._tokens: dict[str, list[str]] = {}

    def tokenize(self, text: str) -> list[str]:
        if text not in self._tokens:
            self._tokens[text] = self._tokenizer.tokenize(text)
        return self._tokens[text]


class HeadlineScorer:
    """Scores headlines against the human headlines of a cluster's documents, the README's rule.

    One scorer per evaluation: it remembers the tokens of every text it has scored.
    """

    def __init__(self) -> None:
        from rouge_score import rouge_scorer

        self._scorer = rouge_scorer.RougeScorer(list(_ROUGE_TYPES), tokenizer=_Tokens())

    def score(self, headline: str, documents: Sequence[Sequence[str]]) -> HeadlineRouge:
        """ROUGE F1 of a headline against a cluster: the best per document, then the mean over documents.

        Args:
            headline: The headline, scored as given (cut it first).
            documents: The human headlines of each document; documents without any are left out.

        Returns:
            For each of ROUGE-1, ROUGE-2 and ROUGE-L, the best F1 against each document's
            headlines, averaged over the documents.

        Raises:
            NewsbriefError: No document has a headline.
        """
        best: list[HeadlineRouge] = []
        for headlines in documents:
            if headlines:
                scores = [self._scorer.score(reference, headline) for reference in headlines]
                best.append(HeadlineRouge(*(max(s[name].fmeasure for s in scores) for name in _ROUGE_TYPES)))
        if not best:
            raise NewsbriefError("no human headline to score against")
        return _mean_rouge(best)

    def human(self, documents: Sequence[Sequence[str]], words: int) -> list[ScoredHeadline]:
        """Every human headline of a cluster scored as the headline of the whole cluster.

        A headline is scored against the other documents' headlines and the other headlines of its
        own document: against itself it would score 1.

        Args:
            documents: The human headlines of each document.
            words: Cut every headline to this many words.

        Returns:
            The headlines, cut, with their scores, in document order.
        """
        cut = [[_cut(h, words) for h in headlines] for headlines in documents]
        return [
            ScoredHeadline(headline, self.score(headline, [
                others if d != document else others[:index] + others[index + 1:] for d, others in enumerate(cut)
            ]))
            for document, headlines in enumerate(cut) for index, headline in enumerate(headlines)
        ]


def _cut(text: str, words: int) -> str:
    return " ".join(text.split()[:words])


def _mean_rouge(scores: Iterable[HeadlineRouge]) -> HeadlineRouge:
    listed = list(scores)
    return HeadlineRouge(*(statistics.fmean(getattr(s, f"{name}_f") for s in listed) for name in _ROUGE_TYPES))


def load_headline_clusters(dataset: Path, headlines: Path, limit: int | None = None) -> list[HeadlineCluster]:
    """The clusters of a headline file that have human headlines, with their articles from the Task 2 file.

    Args:
        dataset: JSONL of clusters with ``articles`` (``shared/data/duc2004_task2/dev.jsonl``).
        headlines: JSONL of ``{"id", "documents": [{"doc_id", "headlines": [...]}]}`` for the same
            cluster ids (``shared/data/duc2004_task1/dev.jsonl``).
        limit: Only the first N clusters of the headline file.

    Raises:
        NewsbriefError: Unreadable file, a malformed headline record, a cluster of the headline
            file missing from ``dataset``, or no cluster with headlines.
    """
    records = {str(record.get("id")): record for record in _records(dataset)}
    clusters = []
    for record in _records(headlines):
        documents = _document_headlines(record, headlines)
        if not any(documents):
            continue
        found = records.get(str(record.get("id")))
        if found is None:
            raise NewsbriefError(f"{headlines}: cluster {record.get('id')} is not in {dataset}; "
                                 "give the Task 2 file of the same clusters")
        clusters.append(HeadlineCluster(_cluster(found, dataset), documents))
        if len(clusters) == limit:
            break
    if not clusters:
        raise NewsbriefError(f"{headlines}: no cluster with human headlines (a 'documents' list of 'headlines')")
    return clusters


def _document_headlines(record: Mapping[str, Any], path: Path) -> tuple[tuple[str, ...], ...]:
    documents = record.get("documents") or []
    if not isinstance(documents, list) or not all(
        isinstance(d, dict) and isinstance(d.get("headlines", []), list)
        and all(isinstance(h, str) for h in d.get("headlines", [])) for d in documents
    ):
        raise NewsbriefError(f"{path}: cluster {record.get('id')}: 'documents' must be a list of objects "
                             "with a 'headlines' list of strings")
    return tuple(tuple(h for h in d.get("headlines", []) if h.strip()) for d in documents)


def evaluate_headlines(
    dataset: Path,
    headlines: Path,
    config: Config,
    systems: Sequence[str] = HEADLINE_SYSTEMS,
    limit: int | None = None,
    progress: bool = False,
) -> HeadlineEvaluation:
    """Write a headline for every cluster with each system and score it against the human headlines.

    Every headline, human ones included, is cut at ``config.headline_words`` words and scored by
    :meth:`HeadlineScorer.score`; a system's figure is the mean over clusters. ``human-one``
    scores each human headline of a cluster as the cluster's headline (:meth:`HeadlineScorer.human`)
    and takes their mean; ``human-oracle`` takes the one with the best ROUGE-2 F1 (the first of
    equals), the pick that reproduces the README's oracle figures.

    Args:
        dataset: JSONL of clusters with ``articles`` (a Task 2 file).
        headlines: JSONL of the human headlines of the same clusters (the Task 1 file).
        config: Settings; ``headline_words`` is the cut.
        systems: Names from :data:`HEADLINE_SYSTEMS` to score.
        limit: Score only the first N clusters of the headline file.
        progress: Show a progress bar on standard error.

    Returns:
        The mean score of each system, best ROUGE-2 F1 first, and the per-cluster figures.

    Raises:
        NewsbriefError: Unknown system, unreadable or mismatched files, or no cluster with headlines.
    """
    unknown = [name for name in systems if name not in HEADLINE_SYSTEMS]
    if unknown:
        raise NewsbriefError(f"unknown headline system {', '.join(unknown)}; choose from {', '.join(HEADLINE_SYSTEMS)}")
    clusters = load_headline_clusters(dataset, headlines, limit)
    scorer = HeadlineScorer()
    rows: list[ClusterHeadline] = []
    from tqdm import tqdm

    for cluster in tqdm(clusters, desc=dataset.parent.name or dataset.name, unit="cluster", disable=not progress):
        human = scorer.human(cluster.documents, config.headline_words) if {HUMAN_ONE, HUMAN_ORACLE} & {*systems} else []
        for name in systems:
            if name == HUMAN_ONE:
                rows.append(_human_row(cluster.id, name, human))
            elif name == HUMAN_ORACLE:
                rows.append(_human_row(cluster.id, name, [max(human, key=lambda h: h.rouge.rouge2_f)]))
            else:
                start = time.perf_counter()
                headline = _cut(HEADLINERS[name](cluster.cluster, config), config.headline_words)
                seconds = time.perf_counter() - start
                rows.append(ClusterHeadline(cluster.id, name, (headline,), scorer.score(headline, cluster.documents),
                                            len(headline.split()), seconds))
    by_system: dict[str, list[ClusterHeadline]] = defaultdict(list)
    for row in rows:
        by_system[row.system].append(row)
    scores = sorted((_headline_mean(name, found) for name, found in by_system.items()),
                    key=lambda s: -s.rouge.rouge2_f)
    return HeadlineEvaluation(dataset.parent.name or dataset.name, headlines.parent.name or headlines.name,
                              config.headline_words, tuple(scores), tuple(rows))


def _human_row(cluster: str, system: str, scored: Sequence[ScoredHeadline]) -> ClusterHeadline:
    return ClusterHeadline(cluster, system, tuple(h.text for h in scored), _mean_rouge(h.rouge for h in scored),
                           statistics.fmean(len(h.text.split()) for h in scored), None)


def _headline_mean(system: str, rows: Sequence[ClusterHeadline]) -> HeadlineScore:
    seconds = [r.seconds for r in rows if r.seconds is not None]
    return HeadlineScore(system, len(rows), _mean_rouge(r.rouge for r in rows), statistics.fmean(r.words for r in rows),
                         statistics.fmean(seconds) if seconds else None)


def headline_report(evaluation: HeadlineEvaluation) -> str:
    """A plain-text table of the headline scores, best ROUGE-2 F1 first."""
    lines = [
        f"{evaluation.dataset} headlines against the human headlines of {evaluation.references}: ROUGE F1 x100, "
        f"Porter-stemmed, every headline cut at {evaluation.words} words; for each document the best F1 against "
        "its headlines, mean over documents, then over clusters; words = mean headline length; "
        "seconds = mean per cluster",
        f"{'system':<14}{'clusters':>9}{'R1-F':>7}{'R2-F':>7}{'RL-F':>7}{'words':>7}{'seconds':>9}",
    ]
    for s in evaluation.scores:
        r = s.rouge
        seconds = f"{s.seconds:.2f}" if s.seconds is not None else "-"
        lines.append(f"{s.system:<14}{s.clusters:>9}"
                     + "".join(f"{100 * c:>7.2f}" for c in (r.rouge1_f, r.rouge2_f, r.rougeL_f))
                     + f"{s.words:>7.1f}{seconds:>9}")
    return "\n".join(lines)


def headline_json(evaluation: HeadlineEvaluation) -> dict[str, Any]:
    """The headline evaluation as JSON-ready data: the means and every per-cluster figure and headline."""
    return asdict(evaluation)


def check_briefs(dataset: Path, config: Config, limit: int | None = None, progress: bool = False) -> Tally:
    """Brief every cluster of a dataset and run the editorial checks over what would be published.

    Args:
        dataset: JSONL of clusters (the format of ``shared/data``).
        config: Settings of the briefs.
        limit: Check only the first N clusters.
        progress: Show a progress bar on standard error.

    Returns:
        The faults of every brief's headline and summary sentences (see :mod:`newsbrief.checks`).
    """
    from tqdm import tqdm

    from newsbrief.checks import audit, tally

    audits = {}
    for cluster in tqdm(load_clusters(dataset, limit), desc=dataset.parent.name or dataset.name, unit="cluster",
                        disable=not progress):
        event = _event(cluster, config)
        dated = frozenset(article.id for article in cluster.articles if article.published)
        audits[cluster.id] = (event, audit(event, config.spacy_model, dated))
    return tally(audits)


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
