"""Digest speed and memory on the pooled dev clusters of ../shared/data (grouping only, no briefs).

Prints, for the first 1,000 articles and for the whole pool, with one process and with --workers 2:
articles per second and seconds per stage (read, clean+fingerprint, dedup, embed, cluster, store),
and peak memory of the main process; then the time of an incremental run that adds 1% new articles
to the full store, against the full run's time. Each measurement runs in a fresh process; medians
of --repeat runs, the two worker counts alternating so both see the same machine load.

With --briefs, one run of the whole pool with briefs and --workers 2 instead (several minutes):
the same figures with the brief stage, and seconds per event briefed.

    python benchmarks/digest_speed.py [--repeat 3] [--briefs]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DATASETS = ("duc2003_task2", "duc2004_task2", "tac2011_multiling_en", "multi_news")


def _split_pool(folder: Path, first: int | None) -> tuple[Path, Path]:
    """Write the pool (or its first N articles) as one JSONL file, minus 1% held back for the increment."""
    records = [json.loads(line) for name in DATASETS for line in (DATA / name / "dev.jsonl").open()]
    rows = [(r["id"], a) for r in records for a in r["articles"]]
    rows = rows[:first] if first else rows
    held = set(range(0, len(rows), 100))  # every 100th article: 1%, spread over all events
    def write(path: Path, chosen: list[tuple[str, dict[str, object]]]) -> Path:
        with path.open("w") as out:
            for cluster_id, article in chosen:
                out.write(json.dumps({"id": cluster_id, "articles": [article]}) + "\n")
        return path
    base = write(folder / "base.jsonl", [row for i, row in enumerate(rows) if i not in held])
    extra = write(folder / "extra.jsonl", [row for i, row in enumerate(rows) if i in held])
    return base, extra


def _child(db: str, dataset: str, workers: str, briefs: str) -> None:
    from newsbrief.config import Config
    from newsbrief.digest import digest
    from newsbrief.store import open_store

    start = time.perf_counter()
    with open_store(Path(db)) as store:
        report = digest([dataset], store, Config(), workers=int(workers), briefs=briefs == "briefs")
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": report.read, "seconds": seconds, "stages": report.seconds, "peak_mb": peak,
                      "briefs": report.briefs, "failed_briefs": report.failed_briefs}))


def _run(db: Path, dataset: Path, workers: int, briefs: bool = False) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child", str(db), str(dataset), str(workers),
                          "briefs" if briefs else "grouping"], check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def _with_briefs() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base, _ = _split_pool(Path(folder), None)
        result = _run(Path(folder) / "news.db", base, 2, briefs=True)
    stages, seconds, articles = result["stages"], result["seconds"], result["articles"]
    print(f"whole pool with briefs, workers 2: {articles} articles, {result['briefs']} events briefed in "
          f"{seconds:.0f} s ({articles / seconds:.1f} articles/s; {articles / (seconds - stages['brief']):.0f} "
          f"without the brief stage); {stages['brief'] / result['briefs']:.2f} s per event briefed; "
          f"peak {result['peak_mb']:.0f} MB; " + ", ".join(f"{stage} {value:.2f} s" for stage, value in stages.items()))
    for failure in result["failed_briefs"]:
        print(f"  no brief: {failure}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--briefs", action="store_true")
    parser.add_argument("--child", nargs=4)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    if args.briefs:
        _with_briefs()
        return
    for first in (1000, None):
        runs: dict[int, list[tuple[dict[str, Any], dict[str, Any]]]] = {1: [], 2: []}
        for _ in range(args.repeat):
            for workers, found in runs.items():
                with tempfile.TemporaryDirectory() as folder:
                    base, extra = _split_pool(Path(folder), first)
                    db = Path(folder) / "news.db"
                    found.append((_run(db, base, workers), _run(db, extra, workers)))
        rates = {}
        for workers, found in runs.items():
            rates[workers] = statistics.median(r["articles"] / r["seconds"] for r, _ in found)
            stages = [r["stages"] for r, _ in found]
            per_stage = {stage: statistics.median(s[stage] for s in stages) for stage in stages[0] if stage != "brief"}
            increment = statistics.median(a["seconds"] / r["seconds"] for r, a in found)
            peak = statistics.median(r["peak_mb"] for r, _ in found)
            result, added = found[-1]
            print(f"{f'first {first}' if first else 'whole pool'}, workers {workers}: {result['articles']} articles, "
                  f"{rates[workers]:.0f} articles/s (median of {args.repeat}), peak {peak:.0f} MB; "
                  + ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in per_stage.items()))
            print(f"  incremental run adding 1% ({added['articles']} articles): {increment:.1%} of the full run's time")
        print(f"  workers 2 / workers 1: {rates[2] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
