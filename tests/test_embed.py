"""The packaged MiniLM embedder."""

from __future__ import annotations

import numpy as np

from newsbrief.embed import (
    DIMENSION,
    TERM_FEATURES,
    Embedder,
    StaticEmbedder,
    centroid,
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


def test_vectors_are_those_of_the_tokenizers_own_padding() -> None:
    # Texts are tokenized once and padded by hand; the model must see what the tokenizer's own padding
    # gave it (the way vectors were computed when every threshold was tuned), bit for bit.
    from tokenizers import Tokenizer

    embedder = uncached_embedder()
    texts = ["Putin met Assad in Damascus.", "A 6.4-magnitude earthquake struck Puerto Rico before dawn on Tuesday.",
             "Quake."]
    tokenizer = Tokenizer.from_file(str(embedder.tokenizer))
    tokenizer.enable_truncation(max_length=128)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    encodings = tokenizer.encode_batch(texts)
    ids = np.array([e.ids for e in encodings], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
    hidden = np.asarray(embedder._session.run(None, {"input_ids": ids, "attention_mask": mask,
                                                     "token_type_ids": np.zeros_like(ids)})[0], dtype=np.float32)
    weights = mask[..., None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    expected = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
    np.testing.assert_array_equal(embedder.embed(texts), expected)
    assert ids.shape[1] > 3 and mask[2].sum() < ids.shape[1]  # the short text was padded


def test_static_vector_is_the_unit_mean_of_its_word_pieces_rows() -> None:
    tokenizer = load_embedder().tokenizer
    table = np.zeros((30522, DIMENSION), dtype=np.float32)
    vocabulary = load_embedder().vocabulary()
    table[vocabulary["quake"], 0] = 3.0
    table[vocabulary["struck"], 1] = 1.0
    table[vocabulary["turkey"], 1] = 1.0
    static = StaticEmbedder(table, tokenizer)
    vectors = static.embed(["Quake struck Turkey", "", "quake quake"])
    # rows summed (3, 2) over three pieces, then normalised: the mean's direction
    np.testing.assert_allclose(vectors[0, :2], np.array([3.0, 2.0]) / np.sqrt(13.0), rtol=1e-6)
    np.testing.assert_array_equal(vectors[1], np.zeros(DIMENSION, dtype=np.float32))
    np.testing.assert_allclose(vectors[2, 0], 1.0, rtol=1e-6)


def test_pooled_outputs_are_the_vectors_before_normalising() -> None:
    # The static table's rows are MiniLM's pooled outputs of one piece between [CLS] and [SEP]: the same
    # computation as embedding that piece's text.
    embedder = uncached_embedder()
    vocabulary = embedder.vocabulary()
    pooled = embedder.pooled([[vocabulary["[CLS]"], vocabulary["earthquake"], vocabulary["[SEP]"]]])
    np.testing.assert_allclose(pooled[0] / np.linalg.norm(pooled[0]), embedder.embed(["earthquake"])[0], atol=1e-6)
