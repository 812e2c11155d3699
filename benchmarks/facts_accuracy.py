"""Precision and recall of the facts extractors on the hand-checked sets under tests/.

    python benchmarks/facts_accuracy.py

Dates (tests/dates_gold.py): a resolved date counts as right only when it equals the hand-checked
answer at the same precision (YYYY, YYYY-MM or YYYY-MM-DD); a date given where the answer is "no
date" is a false positive.

Figure disagreements (tests/figures_gold.py): each of the sixteen clusters is briefed whole, as
``newsbrief brief`` would; a reported disagreement or update is right when two of its differing
values are values of one hand-checked disagreement, stated by the articles that state them there.

Writing dates (the same sixteen clusters, whose wire dates are right): every other article loses
its page date, or has it moved three days later as a stale crawl date would be; a day newsbrief
infers from the article's weekdays is right when it is the wire date. Articles left alone must
keep theirs.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
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


def writing_dates() -> None:
    clusters = {c.id: c for c in load_clusters(DATA / figures_gold.DATASET / "dev.jsonl")}
    for damage, label in ((lambda day: None, "page date removed"),
                          (lambda day: day + dt.timedelta(days=3), "page date 3 days late")):
        damaged = inferred = right = moved_wrongly = left = 0
        for cluster_id in figures_gold.CLUSTERS:
            articles = clusters[cluster_id].articles
            truth = {a.id: a.published for a in articles}
            hit = {a.id for a in articles[1::2] if a.published}
            read = [replace(a, published=damage(a.published)) if a.id in hit else a for a in articles]
            brief = brief_inputs(Inputs(tuple(read), ()), Config())
            for account in brief.articles:
                if account.id in hit:
                    damaged += 1
                    inferred += account.written is not None
                    right += account.written is not None and account.written == truth[account.id]
                else:
                    left += 1
                    moved_wrongly += account.written is not None
        precision = f"{right / inferred:.3f}" if inferred else "n/a"
        print(f"writing dates, {label}: {inferred}/{damaged} dated from their weekdays, {right} of them the "
              f"wire date (precision {precision}); {moved_wrongly}/{left} undamaged moved")


if __name__ == "__main__":
    dates()
    figures()
    writing_dates()
