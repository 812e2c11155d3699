"""Hand-checked figure disagreements in ../shared/data clusters: references and answers only.

Sixteen DUC 2004 dev clusters (``CLUSTERS``) were read whole, every number in them looked at. A
*disagreement* is one quantity (the injured of one bombing, the nations at one games) that two
articles or more give different values for: point values more than 2% apart, or different round
bounds ("more than 250,000" and "more than 275,000" refugees). A round bound that a precise
figure fits ("more than 200" and 213 dead) is no disagreement, nor are estimates whose ranges
overlap, nor figures of different times or scopes (this year's harvest and last year's). Figures in
any unit count: people, nations, pounds, dollars, percent, years. Seven of the sixteen clusters hold
none, which is part of the answer: a brief of them should show no disagreement.

Each claim names the article, where its number starts in the text and how long it is, a checksum
of the number's characters (so a change in the data is noticed without copying its text here), and
the value the words stand for ("dlrs 24 billion" is 24e9, "a 44,000-pound module" is 44,000). The
``about`` labels are ours. The text is read from ../shared/data.

Used by tests/test_figures_gold.py and benchmarks/facts_accuracy.py.
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

from newsbrief.model import Figure

DATASET = "duc2004_task2"
CLUSTERS = (
    "duc2004-d30005t", "duc2004-d30006t", "duc2004-d30008t", "duc2004-d30010t", "duc2004-d30011t",
    "duc2004-d30015t", "duc2004-d30017t", "duc2004-d30020t", "duc2004-d30024t", "duc2004-d30031t",
    "duc2004-d30033t", "duc2004-d30037t", "duc2004-d30042t", "duc2004-d30045t", "duc2004-d30047t",
    "duc2004-d30048t",
)
_SAME_VALUE = 0.02


class Stated(NamedTuple):
    """One article's value for the quantity, and where its number is."""

    doc_id: str
    offset: int
    length: int
    checksum: str  # first 8 hex digits of the SHA-1 of the number's UTF-8 characters
    value: float

    def matches(self, text: str) -> bool:
        """Whether the text still holds the number at this place."""
        number = text[self.offset:self.offset + self.length]
        return hashlib.sha1(number.encode()).hexdigest()[:8] == self.checksum


class Disagreement(NamedTuple):
    """A quantity the articles of a cluster give different values for."""

    cluster: str
    about: str
    claims: tuple[Stated, ...]


def found_by(figure: Figure, gold: Disagreement) -> bool:
    """Whether a reported disagreement (or update) shows this one: two of its differing values are
    values the gold gives, each stated by one of the articles the gold names for it."""
    hits = {claim.value for claim in figure.claims for stated in gold.claims
            if stated.doc_id in claim.sources and _same(claim.value, stated.value)}
    return any(not _same(a, b) for a in hits for b in hits)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= _SAME_VALUE * max(a, b)


GOLD = (
    Disagreement('duc2004-d30006t', 'players with guaranteed contracts', (
        Stated('NYT19981005.0385', 2166, 3, '9f9af029', 200.0),
        Stated('NYT19981006.0396', 4243, 3, '9f9af029', 200.0),
        Stated('APW19981018.0836', 157, 3, '9f9af029', 200.0),
        Stated('APW19981018.0888', 157, 3, '9f9af029', 200.0),
        Stated('NYT19981018.0175', 10, 3, 'f37062d9', 220.0),
    )),
    Disagreement('duc2004-d30006t', 'cities where players held news conferences', (
        Stated('NYT19981005.0385', 2395, 2, '17ba0791', 11.0),
        Stated('NYT19981006.0396', 479, 2, 'fa35e192', 14.0),
    )),
    Disagreement('duc2004-d30008t', 'APEC member economies', (
        Stated('APW19981006.0251', 2273, 2, '9e6a55b6', 18.0),
        Stated('APW19981013.0853', 292, 2, '9e6a55b6', 18.0),
        Stated('APW19981108.0837', 921, 2, '9e6a55b6', 18.0),
        Stated('APW19981019.0104', 676, 2, '472b07b9', 21.0),
        Stated('APW19981019.0104', 3617, 2, '472b07b9', 21.0),
    )),
    Disagreement('duc2004-d30010t', 'injured in the Jerusalem market bombing', (
        Stated('APW19981106.0274', 174, 2, '472b07b9', 21.0),
        Stated('APW19981106.0275', 241, 2, '472b07b9', 21.0),
        Stated('APW19981106.0276', 285, 2, '472b07b9', 21.0),
        Stated('APW19981107.0744', 2141, 2, '472b07b9', 21.0),
        Stated('APW19981107.0752', 2096, 2, '472b07b9', 21.0),
        Stated('APW19981108.0188', 542, 2, '472b07b9', 21.0),
        Stated('NYT19981107.0251', 1186, 2, '4d134bc0', 24.0),
        Stated('NYT19981108.0136', 502, 2, '4d134bc0', 24.0),
    )),
    Disagreement('duc2004-d30015t', 'Kosovo refugees', (
        Stated('NYT19981004.0102', 1981, 7, '5689b3ff', 250000.0),
        Stated('NYT19981005.0391', 333, 7, '5689b3ff', 250000.0),
        Stated('APW19981005.0223', 2539, 7, '9aa906bb', 275000.0),
        Stated('APW19981005.0496', 1293, 7, '9aa906bb', 275000.0),
        Stated('APW19981005.0506', 4808, 7, '9aa906bb', 275000.0),
    )),
    Disagreement('duc2004-d30017t', 'North Korea population', (
        Stated('APW19981010.0187', 219, 2, 'd435a6cd', 23000000.0),
        Stated('APW19981119.0262', 1243, 2, 'd435a6cd', 23000000.0),
        Stated('NYT19981209.0451', 1923, 2, 'd435a6cd', 23000000.0),
        Stated('APW19981221.0189', 1120, 2, 'd435a6cd', 23000000.0),
        Stated('APW19981110.0240', 2136, 2, '12c6fc06', 22000000.0),
        Stated('NYT19981114.0099', 2901, 5, 'e03152e7', 21230000.0),
    )),
    Disagreement('duc2004-d30017t', 'share of young children stunted (percent)', (
        Stated('APW19981124.0251', 1151, 2, '2a459380', 65.0),
        Stated('NYT19981209.0451', 700, 2, '511a418e', 62.0),
    )),
    Disagreement('duc2004-d30020t', 'nations at the Asian Games', (
        Stated('APW19981002.0557', 1722, 2, '0286dd55', 43.0),
        Stated('APW19981029.0521', 142, 2, '0286dd55', 43.0),
        Stated('APW19981206.0379', 650, 2, '761f22b2', 41.0),
    )),
    Disagreement('duc2004-d30020t', 'athletes at the Asian Games', (
        Stated('APW19981002.0557', 1701, 6, '46905d35', 10000.0),
        Stated('APW19981206.0379', 630, 5, 'decbb30e', 6000.0),
    )),
    Disagreement('duc2004-d30031t', 'weight of the Zarya module (pounds)', (
        Stated('NYT19981206.0178', 528, 6, '0c170370', 40000.0),
        Stated('APW19981207.0578', 2678, 6, 'f4afea73', 44000.0),
        Stated('APW19981207.0580', 2689, 6, 'f4afea73', 44000.0),
        Stated('APW19981207.0581', 2979, 6, 'f4afea73', 44000.0),
        Stated('APW19981207.0583', 2979, 6, 'f4afea73', 44000.0),
        Stated('NYT19981204.0365', 4668, 2, '472b07b9', 21.0),
    )),
    Disagreement('duc2004-d30047t', 'weight of the Zarya module', (
        Stated('APW19981119.0252', 277, 2, '4d134bc0', 24.0),
        Stated('APW19981121.0727', 496, 2, '4d134bc0', 24.0),
        Stated('NYT19981120.0427', 2910, 6, '4f0cfcf5', 42000.0),
        Stated('APW19981207.0577', 1707, 6, 'f4afea73', 44000.0),
        Stated('APW19981207.0578', 2678, 6, 'f4afea73', 44000.0),
        Stated('APW19981207.0580', 2689, 6, 'f4afea73', 44000.0),
    )),
    Disagreement('duc2004-d30047t', 'weight of the finished station', (
        Stated('APW19981119.0252', 1623, 3, 'f83a383c', 500.0),
        Stated('NYT19981120.0427', 1054, 7, '6bfe2cd3', 900000.0),
        Stated('APW19981207.0577', 2581, 1, '356a192b', 1000000.0),
        Stated('APW19981207.0578', 4117, 1, '356a192b', 1000000.0),
        Stated('APW19981207.0580', 4128, 1, '356a192b', 1000000.0),
    )),
    Disagreement('duc2004-d30047t', "United States share of the station's cost", (
        Stated('APW19981119.0252', 1755, 2, '472b07b9', 21000000000.0),
        Stated('APW19981121.0727', 2447, 2, '4d134bc0', 24000000000.0),
        Stated('APW19981120.0290', 4079, 2, '4d134bc0', 24000000000.0),
    )),
    Disagreement('duc2004-d30047t', 'assembly flights still to come', (
        Stated('APW19981119.0252', 1532, 2, 'fb644351', 45.0),
        Stated('NYT19981120.0427', 942, 2, '0286dd55', 43.0),
        Stated('APW19981207.0577', 2401, 2, '0286dd55', 43.0),
        Stated('APW19981207.0578', 3937, 2, '0286dd55', 43.0),
        Stated('APW19981207.0580', 3948, 2, '0286dd55', 43.0),
        Stated('APW19981120.0290', 1022, 2, '98fbc42f', 44.0),
        Stated('APW19981120.0290', 3327, 2, 'fb644351', 45.0),
        Stated('NYT19981120.0427', 1229, 2, '98fbc42f', 44.0),
    )),
    Disagreement('duc2004-d30047t', 'years the station is to serve', (
        Stated('APW19981119.0252', 1849, 2, '91032ad7', 20.0),
        Stated('APW19981121.0727', 2745, 2, 'f1abd670', 15.0),
        Stated('APW19981120.0290', 4176, 2, 'f1abd670', 15.0),
    )),
)
