"""The packaged MiniLM embedder."""

from __future__ import annotations

import numpy as np

from newsbrief.embed import DIMENSION, centroid, load_embedder


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
    texts = [f"Sentence number {n} about the visit of Putin to Damascus." for n in range(40)]
    together = load_embedder().embed(texts)
    alone = load_embedder().embed(texts[7:8])
    np.testing.assert_allclose(together[7], alone[0], atol=1e-4)


def test_centroid_is_unit_and_handles_empty() -> None:
    vectors = np.eye(3, DIMENSION, dtype=np.float32)
    assert abs(float(np.linalg.norm(centroid(vectors))) - 1.0) < 1e-6
    assert not centroid(np.zeros((0, DIMENSION), dtype=np.float32)).any()
