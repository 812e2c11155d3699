"""Seconds per cluster and peak memory of newsbrief and of sumy's LexRank, on the same DUC 2004 clusters.

    python benchmarks/eval_speed.py [--clusters 30] [--cold 3]

Each system runs in its own fresh process, so each peak memory is its own:
* cold: process start to the first summary (imports, model loading, one cluster), median of --cold runs;
* warm: models loaded and warmed up on the seeds, then every cluster summarized once (unseen
  text: no cache helps); median seconds per cluster;
* ratio: LexRank's warm median over newsbrief's (issue 3 asks for at least 5).

Both read sentences from the same splitter (newsbrief's spaCy pipeline), each paying for it.
"""

from __future__ import annotations

import argparse
import json
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
import json, resource, statistics, sys, time
from pathlib import Path
from newsbrief.config import Config
from newsbrief.evaluate import SUMMARIZERS, load_clusters
from newsbrief.ingest import read_inputs
from newsbrief.peers import Cluster

name, dataset, seeds, count, warm = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5] == "warm"
summarize = SUMMARIZERS[name]
clusters = load_clusters(dataset, count)
if not warm:
    summarize(clusters[0], Config())
    print(json.dumps({"peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    sys.exit()
inputs = read_inputs([seeds], Config())
summarize(Cluster("seeds", inputs.articles, ()), Config())
seconds = []
for cluster in clusters:
    start = time.perf_counter()
    summarize(cluster, Config())
    seconds.append(time.perf_counter() - start)
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run(name: str, count: int, warm: bool) -> tuple[float, dict[str, Any]]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, name, str(DATASET), str(SEEDS), str(count), "warm" if warm else "cold"],
        capture_output=True, text=True, check=True,
    )
    return time.perf_counter() - start, json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=30, help="DUC 2004 dev clusters timed warm (30 in all)")
    parser.add_argument("--cold", type=int, default=3, help="fresh processes timed cold per system")
    args = parser.parse_args()
    warm: dict[str, float] = {}
    print(f"{'system':<10}{'cold s':>8}{'warm s/cluster':>16}{'p90':>7}{'peak MB':>9}")
    for name in ("newsbrief", "lexrank"):
        cold = statistics.median(_run(name, 1, warm=False)[0] for _ in range(args.cold))
        _, figures = _run(name, args.clusters, warm=True)
        seconds = sorted(figures["seconds"])
        warm[name] = statistics.median(seconds)
        p90 = seconds[int(0.9 * (len(seconds) - 1))]
        print(f"{name:<10}{cold:>8.2f}{warm[name]:>16.3f}{p90:>7.2f}{figures['peak_mb']:>9.0f}")
    print(f"LexRank / newsbrief, warm median seconds per cluster: {warm['lexrank'] / warm['newsbrief']:.2f} "
          f"(target >= 5) over {args.clusters} clusters")


if __name__ == "__main__":
    main()
