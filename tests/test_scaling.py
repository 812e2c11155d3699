"""What one event reads is bounded: long articles are cut, many articles sampled, and spaCy never
sees a text over its max_length; each cut or left-out article says so in its account."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import numpy as np

from conftest import SHARED, shared_or_skip
from newsbrief import brief
from newsbrief.cluster import off_topic_articles
from newsbrief.config import Config
from newsbrief.model import Article, CleanArticle, Paragraph, Status
from newsbrief.nlp import PIECE_CHARACTERS, pieces_of, sentences

_SENTENCE = ("Russian President Vladimir Putin met Syrian President Bashar al-Assad in Damascus on Tuesday, "
             "officials said.")
_REPRODUCER = SHARED / "cases" / "hostile" / "08-single-line-9.9mb" / "gen.sh"


def _single_line(folder: Path, size: int) -> Path:
    """The hostile case 08: one line of ordinary sentences, no newline, ``size`` bytes."""
    script = shared_or_skip(_REPRODUCER)
    path = folder / "line.txt"
    subprocess.run(["sh", str(script), str(path), str(size)], check=True)
    return path


def test_a_line_over_spacy_max_length_is_split_into_sentences(tmp_path: Path) -> None:
    line = _single_line(tmp_path, 1_100_000).read_text(encoding="utf-8")
    article = CleanArticle(Article("line", "line.txt", None, None, line), (Paragraph(0, line),), ())
    [found] = sentences([article], Config().spacy_model)
    assert len(found) > 9_000
    assert {s.text for s in found[:-1]} == {_SENTENCE}
    assert [s.position for s in found[:3]] == [0, 1, 2]


def test_pieces_cover_a_long_text_at_sentence_ends() -> None:
    text = _SENTENCE + " " + "x" * (PIECE_CHARACTERS + 10) + " " + _SENTENCE
    pieces = pieces_of(text)
    assert all(len(piece) <= PIECE_CHARACTERS for piece in pieces)
    assert pieces[0] == _SENTENCE
    assert pieces[-1].endswith(" " + _SENTENCE)
    # nothing lost but the spaces between pieces
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")


def test_a_long_single_line_article_is_cut_with_an_account_line(tmp_path: Path) -> None:
    path = _single_line(tmp_path, 1_100_000)
    result = brief([path], dataclasses.replace(Config(), max_article_words=200), progress=False)
    [account] = result.articles
    assert account.status in (Status.USED, Status.COPY)
    assert account.reason.endswith("cut to its first 195 words of 150,000 (max_article_words 200)")
    assert "Putin" in result.events[0].headline


def test_an_event_over_the_cap_reads_the_most_central_articles(tmp_path: Path) -> None:
    stories = [
        "Vladimir Putin met Bashar al-Assad in Damascus on Tuesday to discuss the Syrian ceasefire, officials said.",
        "Putin and Assad met in Damascus on Tuesday; the Syrian ceasefire was their subject, the Kremlin said.",
        "In Damascus on Tuesday, Putin held talks with Assad about the ceasefire in Syria, state media said.",
        "The price of coffee rose sharply in Brazil after frost damaged plantations, traders said on Monday.",
    ]
    for n, text in enumerate(stories):
        (tmp_path / f"a{n}.txt").write_text(text + "\n", encoding="utf-8")
    result = brief([tmp_path], dataclasses.replace(Config(), max_event_articles=3), progress=False)
    by_id = {a.id: a for a in result.articles}
    assert by_id["a3"].status == Status.NOT_READ
    assert by_id["a3"].reason == ("not read: the event already has 3 articles, those most central to the others "
                                  "(max_event_articles 3)")
    assert [a.status for a in result.articles].count(Status.NOT_READ) == 1
    assert result.events[0].articles == ("a0", "a1", "a2")


def test_an_event_over_the_word_cap_says_how_many_words_it_read(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(f"{_SENTENCE} It was meeting number {n + 1} this year.\n", encoding="utf-8")
    result = brief([tmp_path], dataclasses.replace(Config(), max_event_words=30), progress=False)
    left_out = [a for a in result.articles if a.status == Status.NOT_READ]
    assert len(left_out) == 1
    assert left_out[0].reason == ("not read: the event already has 44 words in 2 articles, those most central "
                                  "to the others (max_event_words 30)")


def test_off_topic_articles_against_the_centroid_of_the_others() -> None:
    # Four articles: three near one direction, one orthogonal; computed by sums, not pairwise.
    vectors = np.array([[1, 0, 0], [0.9, 0.436, 0], [0.9, 0, 0.436], [0, 1, 0]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    found = off_topic_articles(["a", "b", "c", "d"], vectors, [5, 5, 5, 5], 0.3)
    expected = float(vectors[3] @ (vectors[:3].sum(axis=0) / np.linalg.norm(vectors[:3].sum(axis=0))))
    assert found == {"d": round(expected, 2)}
