"""Find duplicate texts and reworded copies of the same story.

Two kinds of sameness, two methods:

* **Duplicates** -- the same text, perhaps reformatted or scraped with other page furniture:
  MinHash (Broder 1997) of word 5-shingles with locality-sensitive hashing (datasketch), so a
  stream of thousands of articles is checked without comparing every pair.
* **Copies** -- a wire story rewritten by another outlet: most of its sentences have a
  sentence of the original saying the same thing (embedding cosine), in other words.

A copy is still read, but belongs to the same *story*: facts are counted once per story.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from newsbrief.embed import Vectors
from newsbrief.model import Article

_SHINGLE = 5
_PERMUTATIONS = 128
_SEED = 1  # fixed, so the same inputs always give the same verdicts
# LSH bands of a stored signature: 16 bands of 8 rows make texts with Jaccard 0.9 candidates with
# probability 0.9999 and texts with Jaccard 0.5 with probability 0.06; candidates are then checked.
BANDS = 16
_ROWS = _PERMUTATIONS // BANDS


@dataclass(frozen=True, slots=True)
class Copy:
    """``copy`` repeats the story of ``original``; ``coverage`` is the share of its sentences matched."""

    copy: str
    original: str
    coverage: float


def duplicates(texts: Mapping[str, str], threshold: float) -> dict[str, str]:
    """Map each text that repeats an earlier one to the id of the earliest text it repeats.

    Args:
        texts: Article id to (cleaned) text, in input order; the first of a group is kept.
        threshold: Estimated Jaccard similarity of word 5-shingles at which texts are the same.
    """
    index = MinHashLSH(threshold=threshold, num_perm=_PERMUTATIONS)
    signatures: dict[str, MinHash] = {}
    repeated: dict[str, str] = {}
    for article_id, text in texts.items():
        signature = _minhash(text)
        matches = [key for key in index.query(signature) if signature.jaccard(signatures[key]) >= threshold]
        if matches:
            order = list(signatures)
            repeated[article_id] = min(matches, key=order.index)
            continue
        index.insert(article_id, signature)
        signatures[article_id] = signature
    return repeated


def content_key(text: str) -> str:
    """A hash of a text's words, the same however the text is spaced or cased."""
    return hashlib.sha1(" ".join(re.findall(r"\w+", text.casefold())).encode()).hexdigest()


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a text's word 5-shingles (128 unsigned 64-bit values)."""
    return np.asarray(_minhash(text).hashvalues, dtype=np.uint64)


def band_keys(values: np.ndarray) -> list[int]:
    """The LSH bucket of a signature in each band, as signed 63-bit integers (SQLite's INTEGER)."""
    return [int.from_bytes(hashlib.blake2b(values[band * _ROWS:(band + 1) * _ROWS].tobytes(),
                                           digest_size=8).digest(), "big") >> 1
            for band in range(BANDS)]


def estimated_jaccard(first: np.ndarray, second: np.ndarray) -> float:
    """The Jaccard similarity of two texts' shingle sets, estimated from their signatures."""
    return float(np.mean(first == second))


@functools.cache
def _prototype() -> MinHash:
    return MinHash(num_perm=_PERMUTATIONS, seed=_SEED)


def _minhash(text: str) -> MinHash:
    words = re.findall(r"\w+", text.casefold())
    shingles = {" ".join(words[i:i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))}
    # The same permutations as MinHash(seed=_SEED) draws, drawn once rather than per text.
    prototype = _prototype()
    signature = MinHash(num_perm=_PERMUTATIONS, seed=_SEED, permutations=prototype.permutations,
                        scheme=prototype.scheme)
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


def copies(
    articles: Sequence[Article],
    vectors: Sequence[Vectors],
    similarity: float,
    coverage: float,
) -> list[Copy]:
    """Find articles that retell another article's story in other words.

    Article A is a copy of B when at least ``coverage`` of A's sentences have a sentence in B with
    cosine at least ``similarity``, and A is covered by B at least as much as B by A (so the
    shorter rewrite is the copy). On a tie, the later-published (then later-listed) one is the copy.

    Args:
        articles: The articles, in input order.
        vectors: For each article, the unit vectors of its sentences.
        similarity: Cosine at which two sentences say the same thing.
        coverage: Share of matched sentences at which an article is a copy.

    Returns:
        One :class:`Copy` per copied article, pointing at the best-matching original.
    """
    count = len(articles)
    share = np.zeros((count, count))
    for a in range(count):
        for b in range(count):
            if a != b and len(vectors[a]) and len(vectors[b]):
                share[a, b] = float(((vectors[a] @ vectors[b].T).max(axis=1) >= similarity).mean())
    found: list[Copy] = []
    for a in range(count):
        candidates = [b for b in range(count) if b != a and share[a, b] >= coverage and _is_copy(a, b, share, articles)]
        if candidates:
            best = max(candidates, key=lambda b: (share[a, b], -b))
            found.append(Copy(articles[a].id, articles[best].id, round(float(share[a, best]), 2)))
    return _to_roots(found)


def _is_copy(a: int, b: int, share: np.ndarray, articles: Sequence[Article]) -> bool:
    if share[a, b] != share[b, a]:
        return bool(share[a, b] > share[b, a])
    first, second = articles[a].published, articles[b].published
    if first is not None and second is not None and first != second:
        return first > second
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
            resolved.append(Copy(item.copy, root, item.coverage))
    return resolved


def stories(article_ids: Sequence[str], found: Sequence[Copy]) -> dict[str, str]:
    """Map each article id to the id of its story (its original, or itself)."""
    original = {c.copy: c.original for c in found}
    return {article_id: original.get(article_id, article_id) for article_id in article_ids}
