"""Duplicate texts (MinHash) and reworded copies (sentence embeddings)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.dedup import Copy, copies, coverage_of, duplicates, estimated_jaccard, fingerprint, stories
from newsbrief.embed import load_embedder
from newsbrief.model import Article

STORY = ("Russian President Vladimir Putin traveled to Syria to meet with President Bashar Assad and other officials, "
         "said Syrian state media and a Kremlin spokesman. The visit came amid soaring tensions in the Middle East "
         "between Iran and the United States.")


def test_same_text_reformatted_is_a_duplicate() -> None:
    texts = {"a": STORY, "b": "  " + STORY.replace(". ", ".\n\n") + "\n", "c": "A quake struck Puerto Rico."}
    assert duplicates(texts, 0.9) == {"b": "a"}


_WORDS = st.lists(st.sampled_from(STORY.split()) | st.text(alphabet="abcdefghij", min_size=1, max_size=6),
                  min_size=1, max_size=40)


@given(_WORDS, st.sampled_from([" ", "\n", "  ", "\n\n", " \t "]))
def test_fingerprint_is_the_same_however_the_text_is_spaced_or_cased(words: list[str], space: str) -> None:
    text = " ".join(words)
    reformatted = space.join(word.upper() if i % 3 == 0 else word for i, word in enumerate(words))
    found, again = fingerprint(text), fingerprint(reformatted)
    assert found.content == again.content
    assert np.array_equal(found.signature, again.signature) and found.bands == again.bands


def test_a_text_and_its_tail_share_most_shingles_and_another_text_few() -> None:
    tail = " The Kremlin said the two leaders discussed the situation in Idlib province."
    found = fingerprint(STORY)
    assert len(found.signature) == 128 and len(found.bands) == 16
    assert 0.6 <= estimated_jaccard(found.signature, fingerprint(STORY + tail).signature) < 1.0
    assert estimated_jaccard(found.signature, fingerprint("A quake struck Puerto Rico on Tuesday.").signature) < 0.1


def test_rewrite_is_a_copy_of_the_wire_story() -> None:
    wire = ["Putin and Assad met Tuesday at a Russian command post in Damascus.",
            "Putin's visit coincided with Russian Orthodox Christmas, and he congratulated his troops.",
            "The last time Putin came to Syria was in 2017.",
            "More than 400,000 people have been killed in Syria's civil war."]
    rewrite = ["Putin and Assad met at a Russian command post in Damascus.",
               "Putin's visit coincided with Russian Orthodox Christmas and Putin congratulated his troops.",
               "Nearly half a million people have been killed in the civil war of Syria."]
    other = ["Turkey's president will host Putin in Istanbul on Wednesday.",
             "Erdogan and Putin are expected to open a gas pipeline.",
             "Putin and Assad met at a command post in Damascus."]
    embedder = load_embedder()
    articles = [Article(n, n, None, dt.date(2020, 1, d), "") for n, d in (("wire", 8), ("rewrite", 9), ("other", 9))]
    found = copies(articles, [embedder.embed(t) for t in (wire, rewrite, other)], similarity=0.8, coverage=0.4)
    assert [(c.copy, c.original) for c in found] == [("rewrite", "wire")]
    assert stories(["wire", "rewrite", "other"], found) == {"wire": "wire", "rewrite": "wire", "other": "other"}


def test_equal_coverage_makes_the_later_article_the_copy() -> None:
    vectors = [np.eye(2, 4, dtype=np.float32), np.eye(2, 4, dtype=np.float32)]
    articles = [Article("late", "", None, dt.date(2020, 1, 9), ""), Article("early", "", None, dt.date(2020, 1, 8), "")]
    assert copies(articles, vectors, 0.8, 0.5) == [Copy("late", "early", 1.0, 1.0)]


def test_the_earlier_report_is_the_original_though_the_later_one_covers_it() -> None:
    # r18: a short report of Nov 23 was called the copy of a longer one of Nov 24 that retold it and went on.
    early = np.eye(2, 6, dtype=np.float32)  # two sentences, both told again the next day
    late = np.eye(6, 6, dtype=np.float32)[[0, 1, 2, 3, 4]]  # those two and three of its own
    articles = [Article("nov24", "", None, dt.date(1998, 11, 24), ""),
                Article("nov23", "", None, dt.date(1998, 11, 23), "")]
    assert copies(articles, [late, early], 0.8, 0.5) == [Copy("nov24", "nov23", 0.4, 1.0)]
    # undated, the shorter one that the other covers is the copy, whatever the order
    undated = [Article("long", "", None, None, ""), Article("short", "", None, None, "")]
    assert copies(undated, [late, early], 0.8, 0.5) == [Copy("short", "long", 1.0, 0.4)]
    assert copies(undated[::-1], [early, late], 0.8, 0.5) == [Copy("short", "long", 1.0, 0.4)]


def test_of_two_same_day_reports_covering_each_other_alike_the_fuller_one_is_the_original() -> None:
    fuller = np.eye(3, 4, dtype=np.float32)[[0, 1, 1, 2]]  # four sentences, one said twice
    shorter = np.eye(3, 4, dtype=np.float32)  # three
    day = dt.date(2020, 1, 9)
    articles = [Article("short", "", None, day, ""), Article("full", "", None, day, "")]
    assert copies(articles, [shorter, fuller], 0.8, 0.5) == [Copy("short", "full", 1.0, 1.0)]


def test_outlets_sharing_only_a_paraphrased_lead_are_independent_witnesses() -> None:
    # ../shared/cases/21: the same lead fact in other words, then each outlet's own facts.
    first = ["Selmar's central bank raised its main rate by half a point to 7 percent on Wednesday.",
             "Inflation in Selmar reached 9.4 percent in August, the statistics office said."]
    second = ["Interest rates in Selmar went up to 7 percent on Wednesday after the central bank added half a point.",
              "Banks said monthly mortgage payments would rise for about 400,000 households."]
    embedder = load_embedder()
    vectors = [embedder.embed(first), embedder.embed(second)]
    articles = [Article(n, n, None, dt.date(2023, 9, 6), "") for n in ("a", "b")]
    assert copies(articles, vectors, similarity=0.8, coverage=0.4) == []
    # one shared sentence is a shared fact, however short the article
    assert coverage_of(vectors[1][:1], vectors[0], 0.0) == 0.0
    assert coverage_of(vectors[1], vectors[1], 0.8) == 1.0


def test_versions_that_differ_in_their_figures_do_not_say_the_same() -> None:
    # Issue 14: "12 killed, 3 missing" and "14 killed, 4 missing" were a "reworded copy, 100% the same".
    ap = ["Floods in the Tarn valley killed 12 people and left 3 missing on Sunday, rescuers said.",
          "The death toll in the Tarn valley rose to 12 on Sunday night, with 3 people still missing."]
    reuters = ["Floods in the Tarn valley killed 14 people and left 4 missing on Sunday, officials said.",
               "The death toll in the Tarn valley rose to 14 on Sunday night, with 4 people still missing."]
    embedder = load_embedder()
    vectors = [embedder.embed(ap), embedder.embed(reuters)]
    articles = [Article(n, n, None, dt.date(2024, 5, 12), "") for n in ("ap", "reuters")]
    assert [c.copy for c in copies(articles, vectors, similarity=0.8, coverage=0.4)] == ["reuters"]  # by words alone
    assert copies(articles, vectors, similarity=0.8, coverage=0.4, texts=[ap, reuters]) == []
    # the same figures in other words still say the same
    same = ["Twelve people were killed and three left missing by floods in the Tarn valley on Sunday, rescuers said.",
            "The death toll in the Tarn valley rose to twelve on Sunday night, with three people still missing."]
    found = copies(articles, [vectors[0], embedder.embed(same)], similarity=0.8, coverage=0.4, texts=[ap, same])
    assert [(c.copy, c.original) for c in found] == [("reuters", "ap")]


def test_figures_are_read_only_for_pairs_close_enough_to_be_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    # Contradictions only take matches away: a pair whose sentences match too few even without them is no
    # copy, and its sentences' particulars are never read.
    from newsbrief import figures

    first = ["Selmar's central bank raised its main rate by half a point to 7 percent on Wednesday.",
             "Inflation in Selmar reached 9.4 percent in August, the statistics office said."]
    second = ["Interest rates in Selmar went up to 7 percent on Wednesday after the central bank added half a point.",
              "Banks said monthly mortgage payments would rise for about 400,000 households."]
    read: list[str] = []
    original = figures.particulars
    monkeypatch.setattr(figures, "particulars", lambda text: read.append(text) or original(text))
    embedder = load_embedder()
    articles = [Article(n, n, None, dt.date(2023, 9, 6), "") for n in ("a", "b")]
    assert copies(articles, [embedder.embed(first), embedder.embed(second)], 0.8, 0.4, texts=[first, second]) == []
    assert read == []
    ap = ["Floods in the Tarn valley killed 12 people and left 3 missing on Sunday, rescuers said.",
          "The death toll in the Tarn valley rose to 12 on Sunday night, with 3 people still missing."]
    reuters = ["Floods in the Tarn valley killed 14 people and left 4 missing on Sunday, officials said.",
               "The death toll in the Tarn valley rose to 14 on Sunday night, with 4 people still missing."]
    assert copies(articles, [embedder.embed(ap), embedder.embed(reuters)], 0.8, 0.4, texts=[ap, reuters]) == []
    assert sorted(read) == sorted(ap + reuters)


def test_a_sentence_not_embedded_matches_nothing() -> None:
    # Two of an article's four sentences were embedded (the zero rows were not: they have no sentence of
    # nearly the same words in the other article) and both match: half of the article is covered.
    article = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 0], [0, 0, 0]], dtype=np.float32)
    other = np.eye(2, 3, dtype=np.float32)
    assert coverage_of(article, other, 0.8) == 0.5
    assert coverage_of(other, article, 0.8) == 1.0


def test_of_two_undated_reports_the_one_crediting_another_outlet_is_the_copy() -> None:
    # r18: a station's own report was called the copy of a longer rewrite that credits that station.
    station = np.eye(3, 8, dtype=np.float32)  # three sentences, all retold
    rewrite = np.eye(8, 8, dtype=np.float32)[[0, 1, 2, 3, 4, 5]]  # those three and three of its own
    articles = [Article("station", "", None, None, ""), Article("rewrite", "", None, None, "")]
    assert [(c.copy, c.original) for c in copies(articles, [station, rewrite], 0.8, 0.5)] == [("station", "rewrite")]
    found = copies(articles, [station, rewrite], 0.8, 0.5, retelling={"rewrite"})
    assert found == [Copy("rewrite", "station", 0.5, 1.0)]
