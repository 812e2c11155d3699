"""Precision and recall of the timeline's date resolution on the hand-checked set (tests/dates_gold.py).

    python benchmarks/facts_accuracy.py

A resolved date counts as right only when it equals the hand-checked answer at the same precision
(YYYY, YYYY-MM or YYYY-MM-DD); a date given where the answer is "no date" is a false positive.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsbrief.timeline import date_at

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "tests"))
from dates_gold import GOLD, articles  # noqa: E402  (the gold set lives beside the tests that check it)


def main() -> None:
    texts = articles(DATA, GOLD)
    right = given = wanted = 0
    for row in GOLD:
        article = texts[(row.cluster, row.doc_id)]
        found = date_at(article.text, row.offset, article.published)
        given += found is not None
        wanted += row.expected is not None
        right += found is not None and found == row.expected
        if found != row.expected:
            print(f"miss: {row.doc_id} {row.expression(article.text)!r}: {found} (expected {row.expected})")
    print(f"{len(GOLD)} expressions: precision {right / given:.3f} ({right}/{given}), "
          f"recall {right / wanted:.3f} ({right}/{wanted})")


if __name__ == "__main__":
    main()
