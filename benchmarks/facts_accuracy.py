"""Precision and recall of the timeline's date resolution on the hand-checked set (tests/data/dates.jsonl).

    python benchmarks/facts_accuracy.py

A resolved date counts as right only when it equals the hand-checked answer at the same precision
(YYYY, YYYY-MM or YYYY-MM-DD); a date given where the answer is "no date" is a false positive.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.evaluate import load_clusters
from newsbrief.model import Article
from newsbrief.timeline import date_at

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


def main() -> None:
    gold = [json.loads(line) for line in (ROOT / "tests" / "data" / "dates.jsonl").read_text().splitlines()]
    articles: dict[tuple[str, str], Article] = {}
    for dataset in sorted({row["dataset"] for row in gold}):
        for cluster in load_clusters(DATA / dataset / "dev.jsonl"):
            articles |= {(cluster.id, article.id): article for article in cluster.articles}
    right = given = wanted = 0
    for row in gold:
        article = articles[(row["cluster"], row["doc_id"])]
        found = date_at(article.text, row["offset"], article.published)
        given += found is not None
        wanted += row["expected"] is not None
        right += found is not None and found == row["expected"]
        if found != row["expected"]:
            print(f"miss: {row['doc_id']} {row['expression']!r}: {found} (expected {row['expected']})")
    print(f"{len(gold)} expressions: precision {right / given:.3f} ({right}/{given}), "
          f"recall {right / wanted:.3f} ({right}/{wanted})")


if __name__ == "__main__":
    main()
