"""Accuracy of the portal's category classifier on the hand-labelled dev events of tests/categories_gold.py.

    PYTHONPATH=src python benchmarks/category_accuracy.py            # briefs every event: ~10 min on 2 cores
    PYTHONPATH=src python benchmarks/category_accuracy.py --leads    # first article's title and lead: seconds

By default each cluster is briefed whole, as digest does, and its headline and summary are
classified, as digest classifies an event with no feed category. With ``--leads`` the text is the
first article's title and first 600 characters instead (a quick check while editing descriptions).
Prints the accuracy, a confusion count per gold category and every miss. ``--cache FILE`` keeps the
texts briefed in a file outside the project (they are the datasets' words), to try descriptions again
in seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from categories_gold import DATASETS, LABELS
from newsbrief.categories import Classifier
from newsbrief.clean import clean
from newsbrief.config import Config
from newsbrief.evaluate import load_clusters
from newsbrief.peers import Cluster
from newsbrief.pipeline import brief

_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
_LEAD = 600


def _text(cluster: Cluster, leads: bool, config: Config) -> str:
    if leads:
        first = cluster.articles[0]
        return f"{first.title or ''}\n{clean(first).text[:_LEAD]}"
    event = brief(list(cluster.articles), config, progress=False).events[0]
    return " ".join([event.headline, *(s.text for s in event.summary)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--leads", action="store_true", help="classify the first article's lead, not the brief")
    parser.add_argument("--cache", type=Path, help="a JSON file keeping the texts classified (outside the project)")
    args = parser.parse_args()
    cached: dict[str, str] = {}
    if args.cache is not None and args.cache.is_file():
        cached = json.loads(args.cache.read_text(encoding="utf-8"))
    config = Config()
    clusters = [c for name in DATASETS for c in load_clusters(_DATA / name / "dev.jsonl") if c.id in LABELS]
    if len(clusters) != len(LABELS):
        missing = sorted(set(LABELS) - {c.id for c in clusters})
        print(f"clusters not found in {_DATA}: {', '.join(missing)}", file=sys.stderr)
        return 1
    texts = []
    for n, cluster in enumerate(clusters, start=1):
        key = f"{'leads' if args.leads else 'briefs'} {cluster.id}"
        if key not in cached:
            cached[key] = _text(cluster, args.leads, config)
            if args.cache is not None:
                args.cache.write_text(json.dumps(cached), encoding="utf-8")
        texts.append(cached[key])
        print(f"\r{n}/{len(clusters)} texts", end="", file=sys.stderr)
    print(file=sys.stderr)
    found = Classifier().classify(texts)
    right = sum(LABELS[c.id] == f for c, f in zip(clusters, found, strict=True))
    print(f"categories ({'leads' if args.leads else 'briefs'}): {right}/{len(clusters)} right, "
          f"accuracy {right / len(clusters):.3f}")
    totals, hits = Counter(LABELS[c.id] for c in clusters), Counter(
        LABELS[c.id] for c, f in zip(clusters, found, strict=True) if LABELS[c.id] == f)
    for slug in sorted(totals):
        print(f"  {slug:16} {hits[slug]:3}/{totals[slug]:<3}")
    for cluster, guess in zip(clusters, found, strict=True):
        if LABELS[cluster.id] != guess:
            print(f"  miss {cluster.id}: gold {LABELS[cluster.id]}, said {guess}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
