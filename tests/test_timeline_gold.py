"""Hand-checked relative and absolute date expressions of ../shared/data (tests/data/dates.jsonl).

Each row names an article (dataset, cluster, doc_id), the offset and words of an expression and
the date a careful reader gives it (null: not a date, as a figurative "tomorrow" in a quotation).
The text and the publication date are read from ../shared/data; the file holds only references
and answers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, shared_or_skip
from newsbrief.evaluate import load_clusters
from newsbrief.model import Article
from newsbrief.timeline import date_at

GOLD = [json.loads(line) for line in (Path(__file__).parent / "data" / "dates.jsonl").read_text().splitlines()]
# Known misses, kept so that a fix is noticed: "no deal ... until at least Tuesday, maybe Wednesday"
# is read as past (the forward cue is two words away).
CLUSTER = "duc2004-d30045t"
KNOWN_MISSES = {(CLUSTER, "NYT19981129.0113", "Tuesday"), (CLUSTER, "NYT19981129.0113", "Wednesday")}


@pytest.fixture(scope="module")
def articles() -> dict[tuple[str, str], Article]:
    found: dict[tuple[str, str], Article] = {}
    for dataset in sorted({row["dataset"] for row in GOLD}):
        for cluster in load_clusters(shared_or_skip(DATA / dataset / "dev.jsonl")):
            found |= {(cluster.id, article.id): article for article in cluster.articles}
    return found


def test_gold_set_is_large_enough() -> None:
    assert len(GOLD) >= 40
    assert sum(row["expected"] is not None for row in GOLD) >= 40


CASES = [
    pytest.param(r, id=f"{r['doc_id']}@{r['offset']}:{r['expression']}",
                 marks=[pytest.mark.xfail(strict=True, reason="known miss")]
                 if (r["cluster"], r["doc_id"], r["expression"]) in KNOWN_MISSES else [])
    for r in GOLD
]


@pytest.mark.parametrize("row", CASES)
def test_gold_date(row: dict[str, object], articles: dict[tuple[str, str], Article]) -> None:
    article = articles[(str(row["cluster"]), str(row["doc_id"]))]
    text = article.text
    offset = int(row["offset"])  # type: ignore[call-overload]
    assert text[offset:offset + len(str(row["expression"]))] == row["expression"], "the data moved"
    assert date_at(text, offset, article.published) == row["expected"]
