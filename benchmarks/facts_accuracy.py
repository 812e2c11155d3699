"""Precision and recall of the facts extractors on the hand-checked sets under tests/.

    python benchmarks/facts_accuracy.py

Dates (tests/dates_gold.py): a resolved date counts as right only when it equals the hand-checked
answer at the same precision (YYYY, YYYY-MM or YYYY-MM-DD); a date given where the answer is "no
date" is a false positive.

Figure disagreements (tests/figures_gold.py): each of the 58 clusters of four datasets is briefed
whole, as ``newsbrief brief`` would; a reported disagreement or update is right when two of its
differing values are values of one hand-checked disagreement, stated by the articles that state them
there. Unconfirmed claims of the same briefs are right when judged right in ``HEDGED``; a claim not
judged there counts as wrong (and is printed, to be judged).

Writing dates (the same sixteen clusters, whose wire dates are right): every other article loses
its page date, or has it moved three days later as a stale crawl date would be; a day newsbrief
infers from the article's weekdays is right when it is the wire date. Articles left alone must
keep theirs.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from newsbrief.config import Config
from newsbrief.evaluate import load_clusters
from newsbrief.ingest import Inputs
from newsbrief.model import Figure, Unconfirmed
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
    events = {}
    for dataset, ids in figures_gold.CLUSTERS.items():
        raw = dates_gold.dataset_texts(DATA / dataset / "dev.jsonl")  # what the hand-checked offsets point into
        for cluster in load_clusters(DATA / dataset / "dev.jsonl"):
            if cluster.id in ids:
                event = brief_inputs(Inputs(cluster.articles, ()), Config()).events[0]
                events[cluster.id] = (event, {a.id: raw[(cluster.id, a.id)] for a in cluster.articles})
    score_figures({c: e.disagreements + e.updates for c, (e, _) in events.items()})
    score_unconfirmed({c: (e.unconfirmed, texts) for c, (e, texts) in events.items()})


def score_figures(reported_by_cluster: Mapping[str, Sequence[Figure]]) -> None:
    """Print the precision and recall of reported disagreements and updates against the gold."""
    reported = [(c, f) for c, figures in reported_by_cluster.items() for f in figures]
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
    print(f"figure disagreements and updates, {len(reported_by_cluster)} clusters: precision "
          f"{right / max(len(reported), 1):.3f} ({right}/{len(reported)}), recall {recalled / wanted:.3f} "
          f"({recalled}/{wanted})")
    for name, ids in (("r16 tuned", figures_gold.R16_TUNED), ("r16 held", figures_gold.R16_HELD)):
        part = [(c, f) for c, f in reported if c in ids]
        golds = [g for g in figures_gold.GOLD if g.cluster in ids]
        hits = sum(any(g.cluster == c and figures_gold.found_by(f, g) for g in golds) for c, f in part)
        found = sum(any(c == g.cluster and figures_gold.found_by(f, g) for c, f in part) for g in golds)
        print(f"  of them {name} ({len(ids)} clusters): rows right {hits}/{len(part)}, recall {found}/{len(golds)}")


def score_unconfirmed(listed: Mapping[str, tuple[Sequence[Unconfirmed], Mapping[str, str]]]) -> None:
    """Print the precision of the claims listed as unconfirmed, judged by ``figures_gold.HEDGED``."""
    right = total = 0
    for cluster_id, (claims, texts) in listed.items():
        for claim in claims:
            total += 1
            judged = [h for h in figures_gold.HEDGED if h.cluster == cluster_id and h.doc_id in texts
                      and h.is_listed_as(claim, texts[h.doc_id])]
            right += bool(judged) and judged[0].right
            if not judged or not judged[0].right:
                print(f"{'wrong' if judged else 'not judged'}: {cluster_id} {claim.sources[0]}: {claim.text[:90]}")
    print(f"unconfirmed claims, {len(listed)} clusters: precision {right / max(total, 1):.3f} ({right}/{total})")


def writing_dates() -> None:
    clusters = {c.id: c for c in load_clusters(DATA / figures_gold.DATASET / "dev.jsonl")}
    for damage, label in ((lambda day: None, "page date removed"),
                          (lambda day: day + dt.timedelta(days=3), "page date 3 days late")):
        damaged = inferred = right = moved_wrongly = left = 0
        for cluster_id in figures_gold.READ_WHOLE:
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
