"""Precision and recall of the facts extractors on the hand-checked sets under tests/.

    python benchmarks/facts_accuracy.py

Dates (tests/dates_gold.py): a resolved date counts as right only when it equals the hand-checked
answer at the same precision (YYYY, YYYY-MM or YYYY-MM-DD); a date given where the answer is "no
date" is a false positive.

Figure disagreements (tests/figures_gold.py): each of the sixteen clusters is briefed whole, as
``newsbrief brief`` would; a reported disagreement or update is right when two of its differing
values are values of one hand-checked disagreement, stated by the articles that state them there.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsbrief.config import Config
from newsbrief.evaluate import load_clusters
from newsbrief.ingest import Inputs
from newsbrief.pipeline import brief_inputs
from newsbrief.timeline import date_at

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "tests"))
import dates_gold  # noqa: E402  (the gold sets live beside the tests that check them)
import figures_gold  # noqa: E402


def dates() -> None:
    texts = dates_gold.articles(DATA, dates_gold.GOLD)
    right = given = wanted = 0
    for row in dates_gold.GOLD:
        article = texts[(row.cluster, row.doc_id)]
        found = date_at(article.text, row.offset, article.published)
        given += found is not None
        wanted += row.expected is not None
        right += found is not None and found == row.expected
        if found != row.expected:
            print(f"miss: {row.doc_id} {row.expression(article.text)!r}: {found} (expected {row.expected})")
    print(f"dates, {len(dates_gold.GOLD)} expressions: precision {right / given:.3f} ({right}/{given}), "
          f"recall {right / wanted:.3f} ({right}/{wanted})")


def figures() -> None:
    clusters = {c.id: c for c in load_clusters(DATA / figures_gold.DATASET / "dev.jsonl")}
    reported = []
    for cluster_id in figures_gold.CLUSTERS:
        event = brief_inputs(Inputs(clusters[cluster_id].articles, ()), Config()).events[0]
        reported += [(cluster_id, figure) for figure in (*event.disagreements, *event.updates)]
    right = 0
    for cluster_id, figure in reported:
        if any(g.cluster == cluster_id and figures_gold.found_by(figure, g) for g in figures_gold.GOLD):
            right += 1
        else:
            values = ", ".join(f"{c.stated} ({'/'.join(c.sources)})" for c in figure.claims)
            print(f"wrong: {cluster_id} {figure.about}: {values}")
    recalled = 0
    for gold in figures_gold.GOLD:
        if any(c == gold.cluster and figures_gold.found_by(f, gold) for c, f in reported):
            recalled += 1
        else:
            print(f"missed: {gold.cluster} {gold.about}")
    wanted = len(figures_gold.GOLD)
    print(f"figure disagreements, {len(figures_gold.CLUSTERS)} clusters: precision "
          f"{right / max(len(reported), 1):.3f} ({right}/{len(reported)}), recall {recalled / wanted:.3f} "
          f"({recalled}/{wanted})")


if __name__ == "__main__":
    dates()
    figures()
