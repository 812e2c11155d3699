"""Precision and recall of support (which outlets a summary sentence cites) on tests/support_gold.py.

    PYTHONPATH=src python benchmarks/support_accuracy.py [--half tune|held|r17|all] [--coverage X ...]

Each gold cluster's articles are read as a brief reads them (every sentence embedded), one
:class:`newsbrief.facts.SupportIndex` is built over their sentences, and each judged pair asks it
whether the summary sentence (found in its article by checksum) is supported by the other article.
A pair judged ``True`` (the article states the sentence's fact) and found is right; found and judged
``False`` is a false corroboration. Printed per half and per coverage: precision and recall of the
other-article citations. The pipeline embeds only some sentences (see ``Config.embed_lead_sentences``),
so a brief may find less support than this; what is counted is the decision, not the embedding.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from newsbrief.config import Config
from newsbrief.evaluate import load_clusters
from newsbrief.evidence import clause_facts, told_whole
from newsbrief.facts import SupportIndex
from newsbrief.pipeline import read_articles

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "tests"))
import support_gold  # noqa: E402  (the gold sets live beside the tests that check them)


def found(config: Config, coverages: Sequence[float],
          clauses: bool = True) -> dict[tuple[float, support_gold.Pair], bool]:
    """Whether each gold pair is found supported, at each coverage (main clauses tested, or whole sentences)."""
    answers: dict[tuple[float, support_gold.Pair], bool] = {}
    by_cluster: dict[tuple[str, str], list[support_gold.Pair]] = {}
    for pair in support_gold.GOLD:
        by_cluster.setdefault((pair.dataset, pair.cluster), []).append(pair)
    for (dataset, cluster_id), pairs in by_cluster.items():
        [cluster] = [c for c in load_clusters(DATA / dataset / "dev.jsonl") if c.id == cluster_id]
        readings = read_articles(cluster.articles, config)
        order = list(readings)
        sentences = [s for sents, _ in readings.values() for s in sents]
        vectors = np.vstack([v for _, v in readings.values()])
        index = SupportIndex(sentences, vectors, {a: a for a in order}, order,
                             clause_facts(config.spacy_model) if clauses else told_whole)
        for pair in pairs:
            row = next((i for i, s in enumerate(sentences)
                        if s.article_id == pair.article and support_gold.checksum(s.text) == pair.sentence), None)
            if row is None:
                print(f"not found: {pair}")
                continue
            for coverage in coverages:
                support = index.support(vectors[row], pair.article, config.support_similarity,
                                        sentences[row].text, coverage=coverage)
                answers[(coverage, pair)] = pair.target in support.sources
    return answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "held", "r17", "all"), default="all")
    parser.add_argument("--coverage", type=float, nargs="*",
                        help="support_coverage values to compare (default: 0, 0.3, 0.4, 0.5 and Config's)")
    parser.add_argument("--whole", action="store_true",
                        help="test the whole sentence's fact words, not its main clause's")
    args = parser.parse_args()
    config = Config()
    coverages = args.coverage if args.coverage else sorted({0.0, 0.3, 0.4, 0.5, config.support_coverage})
    answers = found(config, coverages, not args.whole)
    halves = ("tune", "held", "r17") if args.half == "all" else (args.half,)
    for half in halves:
        pairs = [p for p in support_gold.GOLD if p.half == half]
        for coverage in coverages:
            given = [p for p in pairs if answers.get((coverage, p))]
            right = sum(p.states for p in given)
            wanted = sum(p.states for p in pairs)
            print(f"{half} ({len(pairs)} pairs), coverage {coverage:.2f}: precision "
                  f"{right / len(given) if given else 1:.3f} ({right}/{len(given)}), "
                  f"recall {right / wanted if wanted else 1:.3f} ({right}/{wanted})")
            for p in given:
                if not p.states:
                    print(f"    false: {p.cluster} {p.article} -> {p.target} ({p.note})")


if __name__ == "__main__":
    main()
