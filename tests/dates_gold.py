"""Hand-checked date expressions of ../shared/data articles: references and answers only.

Each row names an article (dataset, cluster, doc_id), where an expression starts in its text and
how long it is, a checksum of the expression's characters (so a change in the data is noticed
without copying any of its text here), and the date a careful reader gives it: ``YYYY``,
``YYYY-MM`` or ``YYYY-MM-DD``, or ``None`` where it is not a date (a figurative "tomorrow" in a
quotation). The text and publication dates are read from ../shared/data.

Used by tests/test_timeline_gold.py and benchmarks/facts_accuracy.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from newsbrief.evaluate import load_clusters
from newsbrief.model import Article


class Gold(NamedTuple):
    """One hand-checked expression: where it is, and the date it stands for."""

    dataset: str
    cluster: str
    doc_id: str
    offset: int
    length: int
    checksum: str  # first 8 hex digits of the SHA-1 of the expression's UTF-8 characters
    expected: str | None

    def expression(self, text: str) -> str:
        """The expression's words, read from the article text."""
        return text[self.offset:self.offset + self.length]

    def matches(self, text: str) -> bool:
        """Whether the text still holds the expression at this place."""
        return hashlib.sha1(self.expression(text).encode()).hexdigest()[:8] == self.checksum


def articles(data: Path, gold: Iterable[Gold]) -> dict[tuple[str, str], Article]:
    """The articles the rows refer to, by (cluster id, doc_id), read from ``data`` (../shared/data)."""
    found: dict[tuple[str, str], Article] = {}
    for dataset in sorted({row.dataset for row in gold}):
        for cluster in load_clusters(data / dataset / "dev.jsonl"):
            found |= {(cluster.id, article.id): article for article in cluster.articles}
    return found


GOLD = (
    Gold('duc2003_task2', 'duc2003-d30010t', 'APW19981106.0520', 479, 6, 'd166e844', '1998-11-06'),
    Gold('duc2003_task2', 'duc2003-d30010t', 'APW19981106.0572', 36, 6, 'd166e844', '1998-11-06'),
    Gold('duc2003_task2', 'duc2003-d30010t', 'NYT19981106.0494', 677, 10, '54184f4f', '1998-10'),
    Gold('duc2003_task2', 'duc2003-d30042t', 'APW19981125.0903', 239, 8, '76031ddf', '1998-11-26'),
    Gold('duc2003_task2', 'duc2003-d30048t', 'NYT19981003.0074', 4765, 10, '54184f4f', '1998-09'),
    Gold('duc2003_task2', 'duc2003-d30050t', 'NYT19981007.0355', 1133, 13, '846f77d5', '1992'),
    Gold('duc2003_task2', 'duc2003-d30050t', 'NYT19981007.0395', 4800, 9, '4acfb887', '1998'),
    Gold('duc2003_task2', 'duc2003-d30056t', 'APW19981005.0718', 3183, 6, '932eeb10', '1998-10-05'),
    Gold('duc2003_task2', 'duc2003-d30056t', 'NYT19981208.0294', 1056, 7, '42e43b61', '1998-12-08'),
    Gold('duc2003_task2', 'duc2003-d31013t', 'NYT19981024.0136', 2956, 8, '17063c50', '1998-10-24'),
    Gold('duc2003_task2', 'duc2003-d31013t', 'NYT19981024.0193', 1716, 6, 'd166e844', '1998-10-23'),
    Gold('duc2003_task2', 'duc2003-d31013t', 'NYT19981025.0178', 5387, 12, '98e747da', '1978'),
    Gold('duc2003_task2', 'duc2003-d31013t', 'NYT19981025.0236', 500, 6, 'bc5dd045', '1998-10-25'),
    Gold('duc2003_task2', 'duc2003-d31013t', 'NYT19981025.0236', 561, 6, 'd166e844', '1998-10-23'),
    Gold('duc2003_task2', 'duc2003-d31013t', 'NYT19981027.0421', 1502, 7, '42e43b61', '1998-10-27'),
    Gold('duc2003_task2', 'duc2003-d31013t', 'NYT19981027.0421', 3756, 10, '2e8849fc', '1997'),
    Gold('duc2003_task2', 'duc2003-d31028t', 'NYT19981020.0178', 12, 10, '54184f4f', '1998-09'),
    Gold('duc2003_task2', 'duc2003-d31031t', 'NYT19981005.0441', 4326, 9, 'a7d16ee6', '1997'),
    Gold('duc2003_task2', 'duc2003-d31033t', 'NYT19981023.0251', 2529, 8, '2dac81d6', None),
    Gold('duc2003_task2', 'duc2003-d31041t', 'APW19981003.0184', 213, 6, 'd166e844', '1998-10-02'),
    Gold('duc2004_task2', 'duc2004-d30006t', 'APW19981018.0888', 1490, 9, 'dae1e5f8', '1998-10'),
    Gold('duc2004_task2', 'duc2004-d30006t', 'APW19981018.0888', 1610, 9, '5656b9b7', '1998-10-21'),
    Gold('duc2004_task2', 'duc2004-d30006t', 'APW19981018.0888', 1628, 6, 'd166e844', '1998-10-23'),
    Gold('duc2004_task2', 'duc2004-d30006t', 'NYT19981005.0385', 1205, 6, '932eeb10', '1998-10-05'),
    Gold('duc2004_task2', 'duc2004-d30006t', 'NYT19981005.0385', 1629, 9, 'dae1e5f8', '1998-10'),
    Gold('duc2004_task2', 'duc2004-d30008t', 'APW19981109.0274', 787, 9, 'a7d16ee6', '1997'),
    Gold('duc2004_task2', 'duc2004-d30010t', 'APW19981106.0275', 290, 6, 'd166e844', '1998-11-06'),
    Gold('duc2004_task2', 'duc2004-d30010t', 'APW19981106.0275', 389, 13, '771c15c5', '1997-07'),
    Gold('duc2004_task2', 'duc2004-d30011t', 'APW19981006.0251', 246, 9, 'c4a9438e', '1998'),
    Gold('duc2004_task2', 'duc2004-d30017t', 'APW19981022.0488', 94, 9, 'f3619af6', '1998'),
    Gold('duc2004_task2', 'duc2004-d30017t', 'APW19981022.0488', 154, 8, '76031ddf', '1998-10-22'),
    Gold('duc2004_task2', 'duc2004-d30020t', 'APW19981206.0174', 2086, 6, 'bc5dd045', '1998-12-06'),
    Gold('duc2004_task2', 'duc2004-d30020t', 'APW19981206.0379', 120, 6, 'bc5dd045', '1998-12-06'),
    Gold('duc2004_task2', 'duc2004-d30024t', 'NYT19981104.0516', 4582, 9, '5656b9b7', '1998-11-04'),
    Gold('duc2004_task2', 'duc2004-d30024t', 'NYT19981105.0509', 3902, 9, '5656b9b7', '1998-11-04'),
    Gold('duc2004_task2', 'duc2004-d30024t', 'NYT19981106.0464', 253, 7, '42e43b61', '1998-11-03'),
    Gold('duc2004_task2', 'duc2004-d30024t', 'NYT19981106.0464', 1108, 6, 'd166e844', '1998-11-06'),
    Gold('duc2004_task2', 'duc2004-d30031t', 'APW19981207.0578', 101, 6, 'bc5dd045', '1998-12-06'),
    Gold('duc2004_task2', 'duc2004-d30031t', 'APW19981207.0581', 101, 6, 'bc5dd045', '1998-12-06'),
    Gold('duc2004_task2', 'duc2004-d30045t', 'NYT19981125.0433', 3749, 9, '5656b9b7', '1998-11-25'),
    Gold('duc2004_task2', 'duc2004-d30045t', 'NYT19981127.0240', 3201, 10, '0bd41b47', '1998-11'),
    Gold('duc2004_task2', 'duc2004-d30045t', 'NYT19981129.0113', 188, 9, 'c4a9438e', '1998-11'),
    Gold('duc2004_task2', 'duc2004-d30045t', 'NYT19981129.0113', 2094, 7, '42e43b61', '1998-12-01'),
    Gold('duc2004_task2', 'duc2004-d30045t', 'NYT19981129.0113', 2109, 9, '5656b9b7', '1998-12-02'),
    Gold('duc2004_task2', 'duc2004-d30048t', 'NYT19981020.0380', 442, 9, '4acfb887', '1998'),
    Gold('duc2004_task2', 'duc2004-d30048t', 'NYT19981020.0380', 507, 9, 'a7d16ee6', '1997'),
    Gold('duc2004_task2', 'duc2004-d30050t', 'NYT19981010.0027', 904, 8, '76031ddf', '1998-10-08'),
    Gold('duc2004_task2', 'duc2004-d30051t', 'NYT19981202.0391', 6047, 9, '5656b9b7', '1998-12-02'),
    Gold('duc2004_task2', 'duc2004-d31001t', 'APW19981031.0742', 887, 9, 'a7d16ee6', '1997'),
    Gold('duc2004_task2', 'duc2004-d31001t', 'APW19981031.0742', 954, 7, 'dea7ddef', '1999'),
    Gold('duc2004_task2', 'duc2004-d31001t', 'APW19981031.0742', 1002, 8, '17063c50', '1998-10-31'),
    Gold('duc2004_task2', 'duc2004-d31001t', 'NYT19981028.0331', 71, 9, '5656b9b7', '1998-10-28'),
    Gold('duc2004_task2', 'duc2004-d31008t', 'NYT19981013.0277', 34, 9, 'c4a9438e', '1998-10'),
    Gold('duc2004_task2', 'duc2004-d31008t', 'NYT19981016.0342', 4653, 6, '932eeb10', '1998-10-12'),
    Gold('duc2004_task2', 'duc2004-d31013t', 'NYT19981110.0442', 90, 7, '42e43b61', '1998-11-10'),
    Gold('duc2004_task2', 'duc2004-d31013t', 'NYT19981110.0442', 90, 7, '42e43b61', '1998-11-10'),
    Gold('duc2004_task2', 'duc2004-d31013t', 'NYT19981110.0442', 201, 10, '54184f4f', '1998-10'),
    Gold('duc2004_task2', 'duc2004-d31022t', 'APW19981030.1066', 3673, 6, 'd166e844', '1998-10-30'),
    Gold('duc2004_task2', 'duc2004-d31026t', 'NYT19981017.0132', 4211, 7, 'e357410a', '1998-07-31'),
    Gold('duc2004_task2', 'duc2004-d31026t', 'NYT19981018.0014', 66, 10, 'a28504b1', '1998-10-11'),
    Gold('duc2004_task2', 'duc2004-d31031t', 'NYT19981001.0442', 1857, 8, '76031ddf', '1998-10-01'),
    Gold('duc2004_task2', 'duc2004-d31031t', 'NYT19981001.0442', 1988, 7, '7b2451a5', '1994'),
    Gold('duc2004_task2', 'duc2004-d31031t', 'NYT19981016.0245', 1341, 6, 'd166e844', '1998-10-16'),
    Gold('duc2004_task2', 'duc2004-d31031t', 'NYT19981016.0293', 3748, 9, '4acfb887', '1998'),
    Gold('duc2004_task2', 'duc2004-d31032t', 'APW19981015.0569', 46, 8, '76031ddf', '1998-10-15'),
    Gold('duc2004_task2', 'duc2004-d31032t', 'APW19981015.0569', 1470, 9, 'dae1e5f8', '1998-10'),
    Gold('duc2004_task2', 'duc2004-d31038t', 'APW19981105.0282', 29, 8, '76031ddf', '1998-11-05'),
    Gold('duc2004_task2', 'duc2004-d31043t', 'APW19981129.0896', 307, 7, '42e43b61', '1998-11-24'),
    Gold('duc2004_task2', 'duc2004-d31050t', 'APW19981220.0578', 3943, 9, 'a7d16ee6', '1997'),
)
