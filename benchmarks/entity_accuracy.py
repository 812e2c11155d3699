"""Precision of the brief's entity list on the hand-judged clusters of tests/entities_gold.py.

    PYTHONPATH=src python benchmarks/entity_accuracy.py [--half tune|report|new|all]

Each gold cluster is briefed whole, as ``newsbrief brief`` would, and each listed entity (name and kind
as the brief shows them) is looked up among the judged ones of its cluster. Printed for each half:
how many entities were listed, how many of them were judged and right (precision over the judged),
and how many entities judged right in the first version's lists are no longer listed ("lost": a name now
shown under another form counts, and so does one pushed below the 15 shown by others). Entities
nobody judged yet are printed, to be judged and added to the gold. The halves: ``tune`` (the clusters rules
were tuned on), ``report`` (measured only), ``new`` (ten clusters judged later, never tuned on).
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

from newsbrief.config import Config
from newsbrief.evaluate import load_clusters
from newsbrief.ingest import Inputs
from newsbrief.pipeline import brief_inputs

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "tests"))
import entities_gold  # noqa: E402  (the gold sets live beside the tests that check them)


@functools.cache
def _clusters(dataset: str) -> dict[str, Inputs]:
    return {c.id: Inputs(c.articles, ()) for c in load_clusters(DATA / dataset / "dev.jsonl")}


def listed(dataset: str, cluster_id: str) -> list[tuple[str, str]]:
    """The (name, label) pairs the brief of one dev cluster lists, in its order."""
    brief = brief_inputs(_clusters(dataset)[cluster_id], Config())
    return [(e.text, e.label) for e in brief.events[0].entities] if brief.events else []


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--half", choices=("tune", "report", "new", "all"), default="all")
    half_asked = parser.parse_args().half
    halves = {"tune": entities_gold.TUNE, "report": entities_gold.REPORT, "new": frozenset(entities_gold.NEW)}
    first = {**entities_gold.GOLD, **entities_gold.NEW}
    chosen = tuple(halves) if half_asked == "all" else (half_asked,)
    for half in chosen:
        shown = right = judged = lost = kept = 0
        for key in sorted(halves[half]):
            gold = {(name, label): ok for name, label, ok in first[key] + entities_gold.AFTER.get(key, ())}
            names = listed(*key)
            shown += len(names)
            for name in names:
                if name in gold:
                    judged += 1
                    right += gold[name]
                else:
                    print(f"  not judged: {key[1]} {name[0]!r} {name[1]}")
            before = {(name, label) for name, label, ok in first[key] if ok}
            kept += len(before & set(names))
            lost += len(before - set(names))
            for name in sorted(before - set(names)):
                print(f"  right, not listed: {key[1]} {name[0]!r} {name[1]}")
        print(f"{half}: {len(halves[half])} clusters, {shown} listed, {judged} judged, {right} right: "
              f"precision {right / max(judged, 1):.3f}; judged-right entities kept {kept}, lost {lost}")


if __name__ == "__main__":
    main()
