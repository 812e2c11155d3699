"""Hand-checked relative and absolute date expressions of ../shared/data (tests/dates_gold.py)."""

from __future__ import annotations

import pytest

from conftest import DATA, shared_or_skip
from dates_gold import GOLD, Gold, articles
from newsbrief.model import Article
from newsbrief.timeline import date_at

# Known misses, kept so that a fix is noticed: a quoted weekday, or a quoted "today" in the simple present
# ("our wreath-laying today is not a symbolic gesture"), whose sentence does not say when the words were
# said (the article around it does), left undated as the present's "nowadays" and a survivor's
# recollection weeks later must be, unless the article names that weekday's date.
KNOWN_MISSES = {("duc2004-d30042t", "APW19981221.1004", 2533), ("duc2004-d30010t", "NYT19981108.0136", 3453),
                ("duc2003-d30010t", "NYT19981106.0494", 451)}
DATASETS = {"duc2003_task2", "duc2004_task2", "tac2011_multiling_en", "multi_news"}


@pytest.fixture(scope="module")
def texts() -> dict[tuple[str, str], Article]:
    return articles(shared_or_skip(DATA), GOLD)


def test_gold_set_is_large_enough() -> None:
    assert len(set(GOLD)) == len(GOLD) >= 150
    assert sum(row.expected is not None for row in GOLD) >= 120
    assert {row.dataset for row in GOLD} == DATASETS


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
    found = date_at(article.text, row.offset, article.published)
    if found is None and row.expected is not None and article.published is None and row.dataset.startswith("tac"):
        # TAC articles carry their date in a line under the title, which ingest does not read yet.
        pytest.xfail("a TAC article with no publication date: its relative dates cannot be read")
    assert found == row.expected
