"""Sweep one summarization setting at a time and print mean ROUGE on dev datasets.

    python benchmarks/sweep.py duc2004_task2 duc2003_task2 --setting lead_weight=0,0.1,0.25,0.4

Tune on one dataset, check the choice on the others: what only helps one set does not generalize.
The first pass fills the text-keyed caches, so every further value costs seconds.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
from pathlib import Path

from newsbrief.config import Config
from newsbrief.evaluate import evaluate

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="+", help="dataset folders under ../shared/data")
    parser.add_argument("--setting", required=True, help="NAME=V1,V2,... (a Config field)")
    parser.add_argument("--limit", type=int, help="clusters per dataset")
    args = parser.parse_args()
    name, _, values = args.setting.partition("=")
    field = next((f for f in dataclasses.fields(Config) if f.name == name), None)
    if field is None:
        parser.error(f"no Config field {name!r}")
    default = getattr(Config(), name)
    print(f"{name} (default {default}); R1/R2 recall x100 per dataset, 100 words")
    for raw in values.split(","):
        value = type(default)(raw)
        config = dataclasses.replace(Config(), **{name: value})
        cells = []
        r2 = []
        for dataset in args.datasets:
            result = evaluate(DATA / dataset / "dev.jsonl", config, limit=args.limit)
            ours = result.score("newsbrief").rouge
            cells.append(f"{dataset}: {100 * ours.rouge1_recall:5.2f}/{100 * ours.rouge2_recall:5.2f}")
            r2.append(ours.rouge2_recall)
        print(f"{name}={value!s:<6} " + "  ".join(cells) + f"  mean R2 {100 * statistics.fmean(r2):.2f}")


if __name__ == "__main__":
    main()
