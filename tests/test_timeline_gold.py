"""Hand-checked relative and absolute date expressions of ../shared/data (tests/dates_gold.py)."""

from __future__ import annotations

import pytest

from conftest import DATA, shared_or_skip
from dates_gold import GOLD, Gold, articles
from newsbrief.model import Article
from newsbrief.timeline import date_at

# Known misses, kept so that a fix is noticed.
KNOWN_MISSES: set[tuple[str, str, int]] = set()


@pytest.fixture(scope="module")
def texts() -> dict[tuple[str, str], Article]:
    return articles(shared_or_skip(DATA), GOLD)


def test_gold_set_is_large_enough() -> None:
    assert len(GOLD) >= 40
    assert sum(row.expected is not None for row in GOLD) >= 40


CASES = [
    pytest.param(row, id=f"{row.doc_id}@{row.offset}",
                 marks=[pytest.mark.xfail(strict=True, reason="known miss")]
                 if (row.cluster, row.doc_id, row.offset) in KNOWN_MISSES else [])
    for row in GOLD
]


@pytest.mark.parametrize("row", CASES)
def test_gold_date(row: Gold, texts: dict[tuple[str, str], Article]) -> None:
    article = texts[(row.cluster, row.doc_id)]
    assert row.matches(article.text), "the data moved"
    assert date_at(article.text, row.offset, article.published) == row.expected
