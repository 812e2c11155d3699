"""Support counted in independent stories, and entity ranking."""

from __future__ import annotations

import numpy as np

from newsbrief.facts import SupportIndex, rank_entities
from newsbrief.model import Entity, Sentence


def test_support_counts_a_copy_and_its_original_once() -> None:
    sentences = [Sentence("wire", 0, 0, "x"), Sentence("copy", 0, 0, "x"), Sentence("other", 0, 0, "x"),
                 Sentence("far", 0, 0, "y")]
    vectors = np.array([[1, 0], [1, 0], [0.8, 0.6], [0, 1]], dtype=np.float32)
    story_of = {"wire": "wire", "copy": "wire", "other": "other", "far": "far"}
    index = SupportIndex(sentences, vectors, story_of, ["wire", "copy", "other", "far"])
    support = index.support(vectors[0], "wire", threshold=0.75)
    assert support.sources == ("wire", "copy", "other")
    assert support.stories == 2
    lone = index.support(vectors[3], "far", threshold=0.75)
    assert (lone.sources, lone.stories) == (("far",), 1)


def test_entities_merge_surnames_and_honorifics_and_rank_by_stories() -> None:
    sentences = [
        Sentence("a", 0, 0, "", (Entity("Vladimir Putin", "PERSON"), Entity("Damascus", "GPE"))),
        Sentence("b", 0, 0, "", (Entity("Mr. Putin", "PERSON"), Entity("Putin's", "PERSON"))),
        Sentence("c", 0, 0, "", (Entity("Putin", "PERSON"), Entity("Peskov", "PERSON"))),
    ]
    ranked = rank_entities(sentences, {"a": "a", "b": "b", "c": "c"})
    assert [(e.text, e.stories, e.mentions) for e in ranked] == [
        ("Vladimir Putin", 3, 4), ("Damascus", 1, 1), ("Peskov", 1, 1)]
