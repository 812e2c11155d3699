"""The summarizers newsbrief is measured against: sumy's classic algorithms, a lead baseline, an oracle;
and the headline baselines: the first sentence of the newest or of the oldest article.

* sumy (Belica, github.com/miso-belica/sumy) implements LexRank (Erkan & Radev 2004),
  TextRank (Mihalcea & Tarau 2004), LSA (Steinberger & Ježek 2004), KL-Sum (Haghighi &
  Vanderwende 2009) and SumBasic (Nenkova & Vanderwende 2005). Its own tokenizer needs NLTK's
  punkt data, which cannot be downloaded here, so sumy reads sentences from newsbrief's splitter.
* ``lead``: the first sentences of the most recent article, the DUC baseline.
* ``oracle``: greedily the sentence that raises ROUGE-1 + ROUGE-2 recall against the references
  most; an upper bound for picking whole sentences, not a system.
* ``first-newest`` and ``first-oldest`` (:data:`HEADLINE_PEERS`): the first sentence of the most
  recent or of the earliest article, as a headline for the whole cluster.

Every summarizer takes a cluster and the config (``summary_words`` is the budget) and returns
plain text; the evaluator cuts every summary to the same number of words.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from newsbrief.clean import DATELINE_DASH, DATELINE_PLACE
from newsbrief.config import Config
from newsbrief.model import Article, NewsbriefError
from newsbrief.nlp import load_annotator, tidy_sentence

T = TypeVar("T")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# A "sentence" that is only a wire dateline ("NEW YORK _", "CAPE TOWN, South Africa (AP) _"): the splitter
# cuts it off the sentence it opens in 143 of the 178 DUC 2003 dev articles (6 of 300 in DUC 2004).
_DATELINE_ONLY = re.compile(rf"^{DATELINE_PLACE}\s*{DATELINE_DASH}$")


@dataclass(frozen=True, slots=True)
class Cluster:
    """Articles about one event and the human reference summaries written for them."""

    id: str
    articles: tuple[Article, ...]
    references: tuple[str, ...]


Summarizer = Callable[[Cluster, Config], str]


def split(articles: Sequence[Article], config: Config) -> list[list[str]]:
    """The sentences of each article, by newsbrief's splitter, paragraph breaks respected."""
    annotator = load_annotator(config.spacy_model)
    result = []
    for article in articles:
        paragraphs = [p for p in article.text.split("\n\n") if p.strip()]
        # the sentences only: the peers read no entities, and finding them is most of spaCy's time
        result.append([text for sentences in annotator.split(paragraphs).sentences for text in sentences])
    return result


def _take(items: Sequence[T], words: int, text: Callable[[T], str] = str) -> list[T]:
    """Items in the order given until their text reaches ``words`` words (the last one may run over)."""
    taken: list[T] = []
    total = 0
    for item in items:
        if total >= words:
            break
        taken.append(item)
        total += len(text(item).split())
    return taken


def newest(articles: Sequence[Article]) -> int:
    """Index of the most recent article: the latest date, of equal dates the later in the list; 0 when none is dated.

    >>> import datetime as dt
    >>> day = dt.date(1998, 10, 3)
    >>> newest([Article("a", "", None, day, ""), Article("b", "", None, day, ""), Article("c", "", None, None, "")])
    1
    """
    dated = [(a.published, index) for index, a in enumerate(articles) if a.published]
    return max(dated)[1] if dated else 0


def oldest(articles: Sequence[Article]) -> int:
    """Index of the earliest article: the first date, of equal dates the earlier in the list; 0 when none is dated."""
    dated = [(a.published, index) for index, a in enumerate(articles) if a.published]
    return min(dated)[1] if dated else 0


def lead(cluster: Cluster, config: Config) -> str:
    """The first sentences of the most recent article (the first article when none is dated)."""
    return " ".join(_take(split([cluster.articles[newest(cluster.articles)]], config)[0], config.summary_words))


def first_sentence(article: Article, config: Config) -> str:
    """The article's first sentence by newsbrief's splitter ("" when it has none).

    A wire dateline the splitter cut off as a sentence of its own ("NEW YORK _") is joined again to
    the sentence it opens, as the article prints it: a dateline alone is no sentence, and would
    stand for the article with no word of its news.
    """
    sentences = split([article], config)[0]
    if len(sentences) > 1 and _DATELINE_ONLY.match(sentences[0]):
        return tidy_sentence(f"{sentences[0]} {sentences[1]}")
    return sentences[0] if sentences else ""


def first_newest(cluster: Cluster, config: Config) -> str:
    """The first sentence of the most recent article, as a headline for the cluster."""
    return first_sentence(cluster.articles[newest(cluster.articles)], config)


def first_oldest(cluster: Cluster, config: Config) -> str:
    """The first sentence of the earliest article, as a headline for the cluster."""
    return first_sentence(cluster.articles[oldest(cluster.articles)], config)


# ---------------------------------------------------------------------------------------- sumy


class _SumyTokenizer:
    """sumy's tokenizer interface (``language``, ``to_sentences``, ``to_words``) on newsbrief's splitter."""

    language = "english"

    def __init__(self, config: Config) -> None:
        self._config = config

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(text for sentences in load_annotator(self._config.spacy_model).split([paragraph]).sentences
                     for text in sentences)

    @staticmethod
    def to_words(sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


def _sumy(algorithm: str) -> Summarizer:
    def summarize(cluster: Cluster, config: Config) -> str:
        try:
            from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
            from sumy.nlp.stemmers import Stemmer
            from sumy.summarizers.kl import KLSummarizer
            from sumy.summarizers.lex_rank import LexRankSummarizer
            from sumy.summarizers.lsa import LsaSummarizer
            from sumy.summarizers.sum_basic import SumBasicSummarizer
            from sumy.summarizers.text_rank import TextRankSummarizer
            from sumy.utils import get_stop_words
        except ImportError:
            raise NewsbriefError(f"the {algorithm} peer needs sumy: pip install 'newsbrief[eval]'") from None
        classes: dict[str, Any] = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer,
                                   "lsa": LsaSummarizer, "klsum": KLSummarizer, "sumbasic": SumBasicSummarizer}
        tokenizer = _SumyTokenizer(config)
        document = ObjectDocumentModel(tuple(
            Paragraph(tuple(Sentence(text, tokenizer) for text in sentences))
            for sentences in split(cluster.articles, config) if sentences
        ))
        summarizer = classes[algorithm](Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")  # sumy's documented way to set them
        picked = summarizer(document, _WordBudget(config.summary_words))
        return " ".join(str(sentence) for sentence in picked)

    summarize.__doc__ = f"sumy's {algorithm} summary of the cluster's articles."
    return summarize


class _WordBudget:
    """sumy's sentence count as a callable: best-rated sentences until the word budget is reached."""

    def __init__(self, words: int) -> None:
        self._words = words

    def __call__(self, ranked: Sequence[Any]) -> list[Any]:
        return _take(ranked, self._words, lambda info: str(info.sentence))


# -------------------------------------------------------------------------------------- oracle


@functools.lru_cache(maxsize=1)
def _rouge_tokenizer() -> Any:
    from rouge_score.tokenizers import DefaultTokenizer

    return DefaultTokenizer(use_stemmer=True)


def _grams(tokens: Sequence[str]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    return Counter(tokens), Counter(itertools.pairwise(tokens))


def oracle(cluster: Cluster, config: Config) -> str:
    """Greedy extractive oracle: each step adds the sentence that most raises the mean of ROUGE-1 and
    ROUGE-2 recall against the references, until the budget is filled or nothing helps."""
    tokenize = _rouge_tokenizer().tokenize
    references = [_grams(tokenize(r)) for r in cluster.references]
    sentences = [s for article in split(cluster.articles, config) for s in article]
    tokens = [tokenize(s) for s in sentences]
    picked: list[int] = []
    chosen: list[str] = []
    best = 0.0
    while sum(len(sentences[i].split()) for i in picked) < config.summary_words:
        scored = [(_recall(chosen + tokens[i], references), -i) for i in range(len(sentences)) if i not in picked]
        if not scored:
            break
        score, negative = max(scored)
        if score <= best:
            break
        best = score
        picked.append(-negative)
        chosen = chosen + tokens[-negative]
    # Kept in the order picked, so that the cut at the word budget drops the least useful words.
    return " ".join(sentences[i] for i in picked)


def _recall(tokens: Sequence[str], references: Sequence[tuple[Counter[str], Counter[tuple[str, str]]]]) -> float:
    unigrams, bigrams = _grams(tokens)
    total = 0.0
    for ref_unigrams, ref_bigrams in references:
        total += sum((unigrams & ref_unigrams).values()) / max(1, sum(ref_unigrams.values()))
        total += sum((bigrams & ref_bigrams).values()) / max(1, sum(ref_bigrams.values()))
    return total / (2 * max(1, len(references)))


PEERS: dict[str, Summarizer] = {
    "lexrank": _sumy("lexrank"),
    "textrank": _sumy("textrank"),
    "lsa": _sumy("lsa"),
    "klsum": _sumy("klsum"),
    "sumbasic": _sumy("sumbasic"),
    "lead": lead,
    "oracle": oracle,
}

# Headline baselines; the evaluator cuts every headline at ``Config.headline_words``.
HEADLINE_PEERS: dict[str, Summarizer] = {
    "first-newest": first_newest,
    "first-oldest": first_oldest,
}
