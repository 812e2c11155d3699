"""Find duplicate texts and reworded copies of the same story.

Two kinds of sameness, two methods:

* **Duplicates** -- the same text, perhaps reformatted or scraped with other page furniture:
  MinHash (Broder 1997) of word 5-shingles (rensa) with locality-sensitive hashing in bands, so
  a stream of thousands of articles is checked without comparing every pair.
* **Copies** -- a wire story rewritten by another outlet: most of its sentences have a
  sentence of the original saying the same thing (embedding cosine), in other words.

A copy is still read, but belongs to the same *story*: facts are counted once per story.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from rensa import RMinHash

from newsbrief.embed import Vectors
from newsbrief.model import Article

if TYPE_CHECKING:  # facts is a later stage; the store fingerprints with this module and must stay light
    from newsbrief.figures import Particulars

_WORD = re.compile(r"\w+")
_SHINGLE = 5
_PERMUTATIONS = 128
_SEED = 1  # fixed, so the same inputs always give the same verdicts
# LSH bands of a signature: 16 bands of 8 rows make texts with Jaccard 0.9 candidates with
# probability 0.9999 and texts with Jaccard 0.5 with probability 0.06; candidates are then checked.
BANDS = 16
_ROWS = _PERMUTATIONS // BANDS
# A copy shares at least this many sentences with its original: outlets share a lead fact in their own
# words (../shared/cases/21), and one sentence is no story.
_MIN_SHARED_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What finds a text's duplicates.

    ``content`` is the same for the same words however spaced or cased; ``signature`` is the
    MinHash of the word 5-shingles (128 values), and ``bands`` its LSH bucket in each band, as
    signed 63-bit integers (SQLite's INTEGER).
    """

    content: str
    signature: npt.NDArray[np.uint32]
    bands: list[int]


@dataclass(frozen=True, slots=True)
class Copy:
    """``copy`` repeats the story of ``original``; ``coverage`` is the share of its sentences matched, and
    ``retold`` the share of the original's sentences that it says again."""

    copy: str
    original: str
    coverage: float
    retold: float = 0.0


def fingerprint(text: str) -> Fingerprint:
    """The content key, MinHash signature and LSH buckets of a text."""
    words = _WORD.findall(text.casefold())
    minhash = RMinHash(_PERMUTATIONS, _SEED)
    # zip of the word list and its shifts: every run of _SHINGLE words (a text shorter than that is one shingle)
    shingles = [" ".join(run) for run in zip(*(words[i:] for i in range(_SHINGLE)), strict=False)]
    minhash.update(shingles or [" ".join(words)])
    signature = np.asarray(minhash.digest(), dtype=np.uint32)
    bands = [int.from_bytes(hashlib.blake2b(signature[band * _ROWS:(band + 1) * _ROWS].tobytes(),
                                            digest_size=8).digest(), "big") >> 1
             for band in range(BANDS)]
    return Fingerprint(hashlib.sha1(" ".join(words).encode()).hexdigest(), signature, bands)


def estimated_jaccard(first: np.ndarray, second: np.ndarray) -> float:
    """The Jaccard similarity of two texts' shingle sets, estimated from their signatures."""
    return float(np.mean(first == second))


def duplicates(texts: Mapping[str, str], threshold: float) -> dict[str, str]:
    """Map each text that repeats an earlier one to the id of the earliest text it repeats.

    Args:
        texts: Article id to (cleaned) text, in input order; the first of a group is kept.
        threshold: Estimated Jaccard similarity of word 5-shingles at which texts are the same.
    """
    buckets: dict[tuple[int, int], list[str]] = defaultdict(list)
    signatures: dict[str, np.ndarray] = {}
    kept: dict[str, int] = {}  # kept ids by input position
    repeated: dict[str, str] = {}
    for article_id, text in texts.items():
        found = fingerprint(text)
        candidates = {other for band, key in enumerate(found.bands) for other in buckets[band, key]}
        # the earliest kept text it repeats, among its LSH candidates only (scanning every kept text was quadratic)
        original = next((other for other in sorted(candidates, key=kept.__getitem__)
                         if estimated_jaccard(found.signature, signatures[other]) >= threshold), None)
        if original is not None:
            repeated[article_id] = original
            continue
        kept[article_id] = len(kept)
        signatures[article_id] = found.signature
        for band, key in enumerate(found.bands):
            buckets[band, key].append(article_id)
    return repeated


def copies(
    articles: Sequence[Article],
    vectors: Sequence[Vectors],
    similarity: float,
    coverage: float,
    texts: Sequence[Sequence[str]] | None = None,
    retelling: Collection[str] = frozenset(),
) -> list[Copy]:
    """Find articles that retell another article's story in other words.

    Two articles tell one story when at least ``coverage`` of the sentences of one of them, and at least
    two, have a sentence in the other with cosine at least ``similarity``. Of two published on different
    days the later is the copy, whichever covers the other: a story is first told by its first report,
    and an update that retells it and goes on is still a retelling (r18 called a report the copy of the
    next day's). Of two of one day, or undated, one that credits another outlet with what it tells
    (``retelling``, see :func:`newsbrief.sources.credited`) is the copy of one that does not (r18: a
    station's own report was called the copy of a rewrite saying "according to" that station), then the
    one covered more by the other (the shorter rewrite), then the one of fewer sentences, then the
    later-listed. A copy shares the body of one story, not one sentence: two short reports that open with
    the same fact in their own words and go on to their own facts are two independent witnesses. Given
    the sentences' ``texts``, two sentences that give different figures or names of one thing ("12
    killed, 3 missing" and "14 killed, 4 missing", see :func:`newsbrief.figures.contradicts`) do not say
    the same however alike their words: two versions of a story that differ in its figures are two
    accounts, whose disagreement the brief reports.

    Args:
        articles: The articles, in input order.
        vectors: For each article, the unit vectors of its sentences.
        similarity: Cosine at which two sentences say the same thing.
        coverage: Share of matched sentences at which an article is a copy.
        texts: For each article, the texts of its sentences, row for row with ``vectors``.
        retelling: The ids of the articles that retell another outlet's report, by their own credit.

    Returns:
        One :class:`Copy` per copied article, pointing at the best-matching original.
    """
    from newsbrief.figures import particulars

    count = len(articles)
    share = np.zeros((count, count))
    for a in range(count):
        for b in range(count):
            if a != b:
                share[a, b] = coverage_of(vectors[a], vectors[b], similarity)
    if texts is not None:
        # Contradictions only take matches away, so the share without them bounds the share with them:
        # a pair bounded below ``coverage`` is no copy either way, and the comparisons below see the
        # same order, as a bound under ``coverage`` stays under any share that reaches it. Reading
        # particulars of every sentence and checking them pairwise for every pair was a third of the time
        # of finding copies.
        read: dict[int, list[Particulars]] = {}
        for a, b in np.argwhere(share >= coverage).tolist():
            for article in (a, b):
                if article not in read:
                    read[article] = [particulars(t) for t in texts[article]]
            share[a, b] = coverage_of(vectors[a], vectors[b], similarity, (read[a], read[b]))
    sizes = [len(v) for v in vectors]
    found: list[Copy] = []
    for a in range(count):
        candidates = [b for b in range(count) if b != a and max(share[a, b], share[b, a]) >= coverage
                      and _is_copy(a, b, share, articles, sizes, retelling)]
        if candidates:
            best = max(candidates, key=lambda b: (max(share[a, b], share[b, a]), share[a, b], -b))
            found.append(Copy(articles[a].id, articles[best].id, round(float(share[a, best]), 2),
                              round(float(share[best, a]), 2)))
    return _to_roots(found)


def coverage_of(
    article: Vectors, other: Vectors, similarity: float,
    stated: tuple[Sequence[Particulars], Sequence[Particulars]] | None = None,
) -> float:
    """The share of an article's sentences that say what a sentence of ``other`` says, or 0.0 for one.

    One shared sentence is a shared fact, not a shared story: an article with fewer than
    ``_MIN_SHARED_SENTENCES`` such sentences is covered 0.0. A zero row (a sentence the brief did not
    embed, see :func:`newsbrief.pipeline._needs_vector`) matches nothing: the brief embeds every
    sentence with nearly the same words as one of another article, and a sentence without one says
    the same as none of its sentences (95% of the pairs at 0.8 cosine have those words).

    Args:
        article: Unit vectors of the article's sentences (one row each).
        other: Unit vectors of the other article's sentences.
        similarity: Cosine at which two sentences say the same thing.
        stated: The particulars of the article's and the other's sentences, row for row: a pair of
            sentences that contradict each other's figures or names is no match.
    """
    if not len(article) or not len(other):
        return 0.0
    close = (article @ other.T) >= similarity
    matched = close.any(axis=1)
    if stated is not None:
        from newsbrief.figures import contradicts

        mine, theirs = stated
        # the first close sentence that does not contradict it will do
        matched = np.array([any(not contradicts(mine[row], theirs[int(column)]) for column in np.flatnonzero(near))
                            for row, near in enumerate(close)], dtype=bool)
    return float(matched.mean()) if int(matched.sum()) >= _MIN_SHARED_SENTENCES else 0.0


def _is_copy(a: int, b: int, share: np.ndarray, articles: Sequence[Article], sizes: Sequence[int],
             retelling: Collection[str] = frozenset()) -> bool:
    """Whether article ``a`` is the copy of the pair: the later published, else the one retelling
    another outlet's report, else the more covered, else the one of fewer sentences, else the later listed."""
    first, second = articles[a].published, articles[b].published
    if first is not None and second is not None and first != second:
        return first > second
    if (articles[a].id in retelling) != (articles[b].id in retelling):
        return articles[a].id in retelling
    if share[a, b] != share[b, a]:
        return bool(share[a, b] > share[b, a])
    if sizes[a] != sizes[b]:
        return sizes[a] < sizes[b]
    return a > b


def _to_roots(found: list[Copy]) -> list[Copy]:
    """Point copies of copies at the first original, and break any cycle, so stories are trees."""
    original = {c.copy: c.original for c in found}
    resolved: list[Copy] = []
    for item in found:
        root, seen = item.original, {item.copy}
        while root in original and root not in seen:
            seen.add(root)
            root = original[root]
        if root != item.copy:
            resolved.append(Copy(item.copy, root, item.coverage, item.retold))
    return resolved


def stories(article_ids: Sequence[str], found: Sequence[Copy]) -> dict[str, str]:
    """Map each article id to the id of its story (its original, or itself)."""
    original = {c.copy: c.original for c in found}
    return {article_id: original.get(article_id, article_id) for article_id in article_ids}
