"""Sentence splitting, entities, parsing and language identification with the packaged models."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief import nlp
from newsbrief.config import Config
from newsbrief.model import Article, CleanArticle, Paragraph
from newsbrief.nlp import is_foreign, language_of, parse, sentences

MODEL = Config().spacy_model


def clean_article(*paragraphs: str) -> CleanArticle:
    article = Article("a", "a.txt", None, dt.date(2020, 1, 7), "\n".join(paragraphs))
    return CleanArticle(article, tuple(Paragraph(i, p) for i, p in enumerate(paragraphs)), ())


def test_sentences_respect_abbreviations_and_paragraphs() -> None:
    article = clean_article(
        "Russian President Vladimir Putin met Assad in Damascus, the U.S. embassy said. Mr. Putin visited troops.",
        "The last visit was in 2017.",
    )
    [split] = sentences([article], MODEL)
    assert [s.text for s in split] == [
        "Russian President Vladimir Putin met Assad in Damascus, the U.S. embassy said.",
        "Mr. Putin visited troops.",
        "The last visit was in 2017.",
    ]
    assert [(s.paragraph, s.position) for s in split] == [(0, 0), (0, 1), (1, 2)]
    entities = {(e.text, e.label) for e in split[0].entities}
    assert {("Vladimir Putin", "PERSON"), ("Damascus", "GPE")} <= entities


def test_parse_gives_tags_lemmas_and_dependencies() -> None:
    [doc] = parse(["Putin met Assad in Damascus, the presidency said."], MODEL)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.lemma_ == "say"
    assert [c.lemma_ for c in root.children if c.dep_ == "ccomp"] == ["meet"]


def test_language_identification() -> None:
    assert language_of("Russian President Vladimir Putin met Syrian President Bashar al-Assad on Tuesday "
                       "during a surprise visit to Damascus.").code == "en"
    german = "Der russische Präsident Wladimir Putin hat am Dienstag überraschend Syrien besucht."
    guess = is_foreign(german)
    assert guess is not None and guess.code == "de"
    assert is_foreign("Putin met Assad in Damascus on Tuesday, the Kremlin said.") is None


def test_plain_english_is_told_without_the_language_model(monkeypatch: pytest.MonkeyPatch) -> None:
    english = ("Russian President Vladimir Putin met Syrian President Bashar al-Assad in Damascus on Tuesday, "
               "the Kremlin said. It was his second visit to Syria since Russia began its military campaign there, "
               "which turned the war in favour of the government.")
    german = ("Der russische Präsident Wladimir Putin hat am Dienstag überraschend Syrien besucht und sich in "
              "Damaskus mit Staatschef Baschar al-Assad getroffen. Es war sein zweiter Besuch in dem Land seit "
              "Beginn des russischen Militäreinsatzes, der den Krieg zugunsten der Regierung gewendet hat.")

    def no_model() -> None:
        raise AssertionError("the language model was asked")

    monkeypatch.setattr(nlp, "_identifier", no_model)
    assert is_foreign(english) is None
    with pytest.raises(AssertionError, match="was asked"):
        is_foreign(german)
    monkeypatch.undo()
    guess = is_foreign(german)
    assert guess is not None and guess.code == "de"
