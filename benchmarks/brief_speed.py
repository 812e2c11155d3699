"""Time to brief one 10-article cluster of DUC 2004 (dev), cold and warm, by stage, and peak memory.

    python benchmarks/brief_speed.py [--clusters 10] [--cold 3]
    PYTHONPATH=../main/src python benchmarks/brief_speed.py   # another tree, e.g. before a change

* cold: a new Python process that imports newsbrief, loads the models and briefs one cluster
  (what a user waits for on the first ``newsbrief brief``), measured from outside the process;
* warm: models already loaded in this process, each cluster briefed for the first time (unseen
  text), then once more (repeat: the text-keyed caches of sentences and vectors are hit, as when
  an event is briefed again after new articles arrive);
* peer: spaCy's full ``en_core_web_sm`` pipeline over the same articles, in the same run, so the
  figures can be compared across machines as a ratio;
* stages: where the warm time of the unseen clusters goes, timed inside those briefs: splitting
  with entities (spaCy), sentence vectors (MiniLM), full parses of headline and summary candidates
  for the editorial checks (spaCy), and the rest (cleaning, ranking, facts, headline, timeline).
  Wall and CPU seconds: CPU time is less disturbed by other work on a shared machine.

Medians throughout: these machines are shared and noisy. Target (issue 18): warm <= 0.3 s.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DATASET = Path(__file__).resolve().parents[2] / "shared" / "data" / "duc2004_task2" / "dev.jsonl"

_COLD = """
import json, sys
from newsbrief import Config
from newsbrief.ingest import Inputs, cluster_articles
from newsbrief.pipeline import brief_inputs
record = json.loads(sys.stdin.read())
articles, rejected = cluster_articles(record, record["id"], "bench")
brief_inputs(Inputs(tuple(articles), tuple(rejected)), Config())
"""


def _clusters(count: int) -> list[dict[str, Any]]:
    with DATASET.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line, _ in zip(lines, range(count), strict=False)]
    return [r for r in records if len(r["articles"]) == 10]


def _cold(record: dict[str, Any]) -> tuple[float, float]:
    """Wall seconds and peak MB of a fresh process briefing one cluster."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", _COLD], input=json.dumps(record), text=True, check=True)
    seconds = time.perf_counter() - start
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


class _Stages:
    """Wall and CPU seconds spent in the model stages, per brief, by wrapping the functions that run them.

    A tree whose splitter finds entities in a thread beside the sentence vectors (``nlp.split``) is timed
    by its parts: splitting; the entity recogniser, by the CPU clock of its own thread (its wall time
    overlaps the vectors', so it is shown but not counted again); the vectors, less the recogniser's CPU
    while they ran; and the wait for the entities after the vectors. An older tree is timed as one stage.
    """

    ONE_PASS = ("split + entities (spaCy)",)
    THREADED = ("split (spaCy sentence recogniser)", "entities (spaCy NER, own thread)", "waiting for entities")
    MODELS = ("sentence vectors (MiniLM)", "parses of candidates (spaCy)")
    OVERLAPPED = "entities (spaCy NER, own thread)"

    def __init__(self) -> None:
        from newsbrief import nlp

        self.threaded = hasattr(nlp, "split")
        self.names = (*(self.THREADED if self.threaded else self.ONE_PASS), *self.MODELS)
        self.wall: dict[str, list[float]] = {name: [] for name in self.names}
        self.cpu: dict[str, list[float]] = {name: [] for name in self.names}

    @contextlib.contextmanager
    def timed(self) -> Iterator[None]:
        from newsbrief import nlp
        from newsbrief.embed import Embedder

        for name in self.names:
            self.wall[name].append(0.0)
            self.cpu[name].append(0.0)

        def entity_cpu() -> float:
            """CPU seconds of the entity recogniser's thread so far (0 before it exists)."""
            return sum(time.clock_gettime(time.pthread_getcpuclockid(thread.ident)) for thread in threading.enumerate()
                       if thread.name.startswith("newsbrief-entities") and thread.ident is not None)

        def wrap(owner: Any, attribute: str, name: str, clock: Any = time.process_time) -> Any:
            original = getattr(owner, attribute)

            @functools.wraps(original)
            def timed(*args: Any, **kwargs: Any) -> Any:
                start, start_cpu, start_entities = time.perf_counter(), clock(), entity_cpu()
                try:
                    return original(*args, **kwargs)
                finally:
                    self.wall[name][-1] += time.perf_counter() - start
                    self.cpu[name][-1] += clock() - start_cpu
                    if clock is time.process_time:  # the recogniser's CPU is its own stage
                        self.cpu[name][-1] -= entity_cpu() - start_entities

            setattr(owner, attribute, timed)
            return original

        stages: list[tuple[Any, str, str, Any]] = [(Embedder, "embed", self.MODELS[0], time.process_time),
                  (nlp.Annotator, "parse", self.MODELS[1], time.process_time)]
        if self.threaded:
            stages += [(nlp, "split", self.THREADED[0], time.process_time),
                       (nlp.Annotator, "_entities_of", self.THREADED[1], time.thread_time),
                       (nlp.ArticleSplit, "with_entities", self.THREADED[2], time.process_time)]
        else:
            stages.append((nlp, "sentences", self.ONE_PASS[0], time.process_time))
        originals = [(owner, attribute, wrap(owner, attribute, name, clock))
                     for owner, attribute, name, clock in stages]
        try:
            yield
        finally:
            for owner, attribute, original in originals:
                setattr(owner, attribute, original)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=10, help="clusters timed warm (at most 14 on DUC 2004 dev)")
    parser.add_argument("--cold", type=int, default=3, help="fresh processes timed cold")
    args = parser.parse_args()
    if not DATASET.exists():
        sys.exit(f"{DATASET} not found: the benchmark needs ../shared beside the clone")

    from newsbrief import Config, nlp
    from newsbrief.embed import load_embedder
    from newsbrief.ingest import Inputs, cluster_articles
    from newsbrief.pipeline import brief_inputs

    # One cluster to load the models, then unseen clusters for the warm runs.
    records = _clusters(1 + args.clusters)
    cold = [_cold(record) for record in records[: args.cold]]

    config = Config()
    peer_nlp = nlp.load_pipeline(config.spacy_model)
    load_embedder()

    stages = _Stages()
    warm: list[float] = []
    warm_cpu: list[float] = []
    repeat: list[float] = []
    peer: list[float] = []
    words: list[int] = []
    for record in records[1 : args.clusters + 1]:
        articles, rejected = cluster_articles(record, record["id"], "bench")
        words.append(sum(len(a.text.split()) for a in articles))
        with stages.timed():
            start, start_cpu = time.perf_counter(), time.process_time()
            brief_inputs(Inputs(tuple(articles), tuple(rejected)), config)
            warm.append(time.perf_counter() - start)
            warm_cpu.append(time.process_time() - start_cpu)
        start = time.perf_counter()
        brief_inputs(Inputs(tuple(articles), tuple(rejected)), config)
        repeat.append(time.perf_counter() - start)
        start = time.perf_counter()
        with peer_nlp.select_pipes(disable=["senter"]):
            list(peer_nlp.pipe(a.text for a in articles))
        peer.append(time.perf_counter() - start)

    warm_median, peer_median = statistics.median(warm), statistics.median(peer)
    print(f"DUC 2004 dev, 10-article clusters ({statistics.median(words):.0f} words median), "
          f"{len(warm)} warm, {len(cold)} cold")
    cold_median = statistics.median(c[0] for c in cold)
    print(f"cold  (new process: import + load models + brief): median {cold_median:.2f} s, "
          f"peak {max(c[1] for c in cold):.0f} MB")
    print(f"warm  (models loaded, unseen cluster):           median {warm_median:.2f} s "
          f"(min {min(warm):.2f}, max {max(warm):.2f}); target 0.30 s")
    print(f"warm  (models loaded, same cluster again):        median {statistics.median(repeat):.2f} s "
          f"(min {min(repeat):.2f}, max {max(repeat):.2f})")
    print(f"peer  (spaCy en_core_web_sm full pipeline):       median {peer_median:.2f} s; "
          f"newsbrief/peer = {warm_median / peer_median:.2f}")
    print(f"{'stage, per unseen cluster (medians)':<44}{'wall s':>8}{'CPU s':>8}")
    for name in stages.names:
        note = " (beside the vectors)" if name == _Stages.OVERLAPPED else ""
        print(f"  {name:<42}{statistics.median(stages.wall[name]):>8.2f}{statistics.median(stages.cpu[name]):>8.2f}"
              f"{note}")
    counted = [n for n in stages.names if n != _Stages.OVERLAPPED]
    rest_wall = [total - sum(stages.wall[n][i] for n in counted) for i, total in enumerate(warm)]
    rest_cpu = [total - sum(stages.cpu[n][i] for n in stages.names) for i, total in enumerate(warm_cpu)]
    print(f"  {'the rest (clean, rank, facts, headline, ...)':<42}{statistics.median(rest_wall):>8.2f}"
          f"{statistics.median(rest_cpu):>8.2f}")
    print(f"  {'whole brief':<42}{warm_median:>8.2f}{statistics.median(warm_cpu):>8.2f}")
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
