"""Seconds per cluster and peak memory of newsbrief and of sumy's LexRank, on the same DUC 2004 clusters.

    python benchmarks/eval_speed.py [--clusters 30] [--cold 3] [--src ../main/src]

Each system runs in its own fresh process, so each peak memory is its own:
* cold: process start to the first summary (imports, model loading, one cluster), median of --cold runs;
* warm: models loaded and warmed up on the seeds, then every cluster summarized once (unseen
  text: no cache helps); median seconds per cluster, wall and CPU (the CPU time of the process,
  which other work on a shared machine disturbs less than the wall time);
* ratio: newsbrief's warm median over each LexRank's (issue 18 asks for at most 1 against the
  regex-split one, and 0.3 s).

Two LexRanks: ``lexrank`` reads sentences from newsbrief's splitter (spaCy, paying for it), as
``newsbrief eval`` runs it; ``lexrank-regex`` splits with a plain regular expression, as a user
without NLTK's punkt data runs sumy (issue 18's yardstick). ``--src`` times another tree's
newsbrief (e.g. the code before a change) in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATASET = ROOT.parent / "shared" / "data" / "duc2004_task2" / "dev.jsonl"
SEEDS = ROOT.parent / "shared" / "seeds"

_CHILD = """
import json, re, resource, statistics, sys, time
from pathlib import Path
from newsbrief.config import Config
from newsbrief.evaluate import SUMMARIZERS, load_clusters
from newsbrief.ingest import read_inputs
from newsbrief.peers import Cluster

def lexrank_regex(cluster, config):
    # sumy's LexRank as its README runs it, with a regular-expression splitter for want of NLTK's punkt.
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    SENTENCE_END = re.compile(r"(?<=[.!?])\\s+(?=[^\\sa-z])")  # a stop, then no lowercase word

    class Splitter:
        language = "english"
        def to_sentences(self, text):
            return tuple(s for s in SENTENCE_END.split(text) if s.strip())
        def to_words(self, sentence):
            return tuple(re.findall(r"\\w+", sentence))

    splitter = Splitter()
    document = ObjectDocumentModel(tuple(
        Paragraph(tuple(Sentence(s, splitter) for s in splitter.to_sentences(p)))
        for article in cluster.articles for p in article.text.split("\\n\\n") if p.strip()))
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    picked, words = [], 0
    for sentence in summarizer(document, 10 ** 6):
        if words >= config.summary_words:
            break
        picked.append(str(sentence))
        words += len(str(sentence).split())
    return " ".join(picked)

name, dataset, seeds, count, warm = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5] == "warm"
summarize = lexrank_regex if name == "lexrank-regex" else SUMMARIZERS[name]
clusters = load_clusters(dataset, count)
if not warm:
    summarize(clusters[0], Config())
    print(json.dumps({"peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    sys.exit()
inputs = read_inputs([seeds], Config())
summarize(Cluster("seeds", inputs.articles, ()), Config())
seconds, cpu = [], []
for cluster in clusters:
    start, start_cpu = time.perf_counter(), time.process_time()
    summarize(cluster, Config())
    seconds.append(time.perf_counter() - start)
    cpu.append(time.process_time() - start_cpu)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak}))
"""


def _run(name: str, count: int, warm: bool, src: Path | None) -> tuple[float, dict[str, Any]]:
    env = {**os.environ, "PYTHONPATH": str(src)} if src else None
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, name, str(DATASET), str(SEEDS), str(count), "warm" if warm else "cold"],
        capture_output=True, text=True, check=True, env=env,
    )
    return time.perf_counter() - start, json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=30, help="DUC 2004 dev clusters timed warm (30 in all)")
    parser.add_argument("--cold", type=int, default=3, help="fresh processes timed cold per system")
    parser.add_argument("--src", type=Path, help="also time the newsbrief of this src folder (e.g. ../main/src)")
    args = parser.parse_args()
    systems: list[tuple[str, str, Path | None]] = [("newsbrief", "newsbrief", None)]
    if args.src:
        systems.append((f"newsbrief {args.src}", "newsbrief", args.src.resolve()))
    systems += [("lexrank", "lexrank", None), ("lexrank-regex", "lexrank-regex", None)]
    warm: dict[str, float] = {}
    cpu: dict[str, float] = {}
    print(f"{'system':<28}{'cold s':>8}{'warm s/cluster':>16}{'p90':>7}{'CPU s/cluster':>15}{'peak MB':>9}")
    for label, name, src in systems:
        cold = statistics.median(_run(name, 1, False, src)[0] for _ in range(args.cold))
        _, figures = _run(name, args.clusters, True, src)
        seconds = sorted(figures["seconds"])
        warm[label], cpu[label] = statistics.median(seconds), statistics.median(figures["cpu"])
        p90 = seconds[int(0.9 * (len(seconds) - 1))]
        print(f"{label:<28}{cold:>8.2f}{warm[label]:>16.3f}{p90:>7.2f}{cpu[label]:>15.3f}{figures['peak_mb']:>9.0f}")
    for label in [label for label, name, _ in systems if name == "newsbrief"]:
        for peer in ("lexrank", "lexrank-regex"):
            print(f"{label} / {peer}, warm median per cluster over {args.clusters} clusters: wall "
                  f"{warm[label] / warm[peer]:.2f}, CPU {cpu[label] / cpu[peer]:.2f} (issue 18: <= 1 against "
                  f"lexrank-regex, and <= 0.3 s)")


if __name__ == "__main__":
    main()
