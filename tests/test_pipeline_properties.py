"""Whatever text comes in: a brief or a one-line error, never a crash; every input accounted for."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief import NewsbriefError, brief
from newsbrief.model import Article, CleanArticle, Paragraph
from newsbrief.pipeline import cut

# News-like tokens with the furniture and scripts scraped pages carry, mixed with arbitrary text.
_TOKENS = st.sampled_from([
    "Putin", "met", "Assad", "in", "Damascus", "on", "Tuesday", ".", ",", "the", "U.S.", "said", "”", "“", "–",
    "\n", "\n\n", "Follow", "us", "2020", "07", "January,", "LATEST", "STORIES", "NASA", "quake", "Mr.", "he",
    "?", ":", ";", "(", ")", "é", "日本", "💥", "said,", "Kremlin",
])
_ARTICLE = st.lists(st.one_of(_TOKENS, st.text(max_size=8)), max_size=120).map(" ".join)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_ARTICLE, min_size=1, max_size=4))
def test_any_articles_give_a_brief_or_a_clear_error(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for n, text in enumerate(texts):
            Path(folder, f"a{n}.txt").write_text(text, encoding="utf-8")
        try:
            result = brief([folder])
        except NewsbriefError as error:
            assert str(error).startswith("no brief:") and "\n" not in str(error)
            return
    assert sorted(a.id for a in result.articles) == [f"a{n}" for n in range(len(texts))]
    [event] = result.events
    # Junk gives no publishable sentence; the brief then says so instead of publishing it.
    assert 0 < len(event.headline.split()) <= 40 or any(n.startswith("no publishable headline") for n in event.notes)
    assert all(s.sources for s in event.summary)
    assert event.summary or any(n.startswith("no publishable summary") for n in event.notes)


_PARAGRAPH = st.lists(st.sampled_from(["Putin", "met", "Assad.", "said", "“Yes!”", "in", "Damascus", "(AP)."]),
                      min_size=1, max_size=30).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=6), st.integers(min_value=1, max_value=100))
def test_a_cut_article_is_an_opening_within_the_word_limit(paragraphs: list[str], words: int) -> None:
    article = CleanArticle(Article("a", "a.txt", None, None, ""),
                           tuple(Paragraph(n, text) for n, text in enumerate(paragraphs)), ())
    found = cut(article, words)
    total = sum(len(p.split()) for p in paragraphs)
    assert found.total == total
    assert found.words == sum(len(p.text.split()) for p in found.article.paragraphs) <= min(words, total)
    kept = found.article.paragraphs
    assert [p.index for p in kept] == list(range(len(kept)))
    assert all(p.text == paragraphs[p.index] for p in kept[:-1])
    if kept:
        assert paragraphs[kept[-1].index].startswith(kept[-1].text)
    if total <= words:
        assert found.article == article
