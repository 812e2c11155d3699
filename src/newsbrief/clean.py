"""Take scraped page furniture out of article text, keeping every removed span with its reason.

Two passes. :func:`clean` applies rules that recognise web boilerplate by its form
(navigation, captions and photo credits, newsletter and social pitches, "Read also"
links, bylines, shouting section headings). :func:`drop_off_topic` later removes paragraphs
whose similarity to the event is too low -- tails of unrelated stories and teasers -- from
scores computed against the rest of the cluster, so no word list decides what is off-topic.

Rules are plain :class:`LineRule` values in :data:`LINE_RULES`, so they can be listed,
tested and extended one at a time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import dateutil.parser

from newsbrief.model import Article, CleanArticle, Paragraph, Removed

_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class LineRule:
    """Whole-line boilerplate of one kind.

    ``cues`` make the common case cheap: most lines are prose that no rule matches, and
    searching a long paragraph with an unanchored pattern costs far more than looking for a
    word. Every ASCII line the pattern matches holds one of the cues (lower-cased when the
    pattern ignores case), so a line with none is passed over; other lines are always searched.
    No cues: the pattern is anchored and cheap, always searched.
    """

    reason: str
    pattern: re.Pattern[str]
    cues: tuple[str, ...] = ()


#: Whole-line boilerplate, by reason. A line matching any pattern is removed.
LINE_RULES: tuple[LineRule, ...] = (
    LineRule("navigation", re.compile(r"^(skip to (main )?content|main menu|menu|home|search|sign in|log in|"
                                      r"search icon.*|click to enlarge|open this photo in gallery:?|back to top|"
                                      r"advertisement|scroll down.*|print|share|email)$", _FLAGS)),
    LineRule("loading indicator", re.compile(r"^loading\W*$", _FLAGS)),
    LineRule("reading time", re.compile(r"^\d+\s*(min|minute)s?\.? read$", _FLAGS)),
    LineRule("related link", re.compile(r"^(read also|read more|see also|also read|related|recommended|watch|"
                                        r"more on this|listen)\s*:", _FLAGS)),
    LineRule("photo caption or credit", re.compile(r"^(photo|image|picture|credit|photos)\s*[:|]|^photos$", _FLAGS)),
    LineRule("photo caption or credit", re.compile(
        r"(\[(getty|afp|reuters|ap|epa|anadolu)[^\]]*\]|getty images|\bvia ap)\s*$|/\s*afp\b.*$|\|\s*[A-Z][A-Z .,/-]+$",
        _FLAGS), ("[", "getty images", "afp", "via ap", "|")),
    LineRule("social media prompt", re.compile(r"^(follow|like|share)\b.{0,80}\b(twitter|facebook|instagram|"
                                               r"linkedin|authors|topics|us)\b", _FLAGS)),
    LineRule("social media prompt", re.compile(r"\btweet with a location\b|\badd (a )?location (information )?to "
                                               r"your tweets\b|\bdelete your tweet location history\b", _FLAGS),
             ("tweet",)),
    LineRule("newsletter or subscription pitch", re.compile(r"^(sign up|subscribe|get the best of)\b", _FLAGS)),
    LineRule("newsletter or subscription pitch", re.compile(
        r"\bnewsletters?\b.{0,160}\b(sign up|subscribe|inbox|written by|delivered)\b|\bsign up (today|now|here)\b|"
        r"\bsubscribe (now|today)\b", _FLAGS), ("newsletter", "sign up", "subscribe")),
    LineRule("reader engagement prompt", re.compile(r"^(join the conversation|interact with\b.*|comments?|"
                                                    r"authors and topics you follow\b.*)$", _FLAGS)),
    LineRule("reader engagement prompt", re.compile(r"^.*\bpersonal news feed\b.*$", _FLAGS), ("personal news feed",)),
    LineRule("byline or credit",
             re.compile(r"^by [A-Z][\w.'-]+( [A-Z][\w.'-]+)*$|^(AP|AFP|Reuters|Associated Press)$")),
    LineRule("byline or credit", re.compile(
        r"contributed to this report\.?$|\bcontributed (reporting )?from\b|\breported from [A-Z][a-z]+\.|"
        r", (The )?(Associated Press|Reuters|AFP)$"),
        ("contributed", "reported from", "Associated Press", "Reuters", "AFP")),
)

# A dateline line such as "07 January, 2020" or "Saturday, 11 Jan, 2020": short, with a year.
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_MONTH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    re.IGNORECASE,
)
_DATELINE_MAX_WORDS = 6
_DEFAULTS = (dt.datetime(1900, 1, 1), dt.datetime(1904, 2, 2))
_DATELINE_PARAGRAPHS = 3
_HEADING_MAX_WORDS = 10
# Headings that introduce the page's list of other stories: "LATEST WORLD STORIES", "Related news".
_STORY_LIST_HEADING = re.compile(r"^(?=.{0,60}$).*\b(stories|news|articles|headlines|more from|related|"
                                 r"recommended|trending|most (read|popular|viewed)|you may also like)\b", _FLAGS)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
# "DAMASCUS – Russian President ..." or "BEIRUT (AP) — ...": the wire dateline before the lead.
_DATELINE_PREFIX = re.compile(r"^([A-Z][A-Z .'-]{2,40}(,\s*[A-Z][A-Za-z .]+)?(\s*\([A-Za-z]+\))?)\s*[–—-]+\s+(?=\S)")


def boilerplate_reason(line: str) -> str | None:
    """Why a whole line is boilerplate, or ``None`` when it may be article text.

    >>> boilerplate_reason("Skip to main content")
    'boilerplate: navigation'
    >>> boilerplate_reason("Putin met Assad in Damascus on Tuesday.") is None
    True
    """
    stripped = line.strip()
    if not any(ch.isalpha() for ch in stripped):
        return "boilerplate: no words" if stripped else None
    # Outside ASCII, str.lower and the patterns' case folding differ ("ſ" matches "s"): no cues there.
    plain = stripped.isascii()
    lower = stripped.lower()
    for rule in LINE_RULES:
        if rule.cues and plain:
            text = lower if rule.pattern.flags & re.IGNORECASE else stripped
            if not any(map(text.__contains__, rule.cues)):
                continue
        if rule.pattern.search(stripped):
            return f"boilerplate: {rule.reason}"
    # str.isupper: every cased letter is a capital; a lone capital ("A") is no heading
    if stripped.isupper() and sum(ch.isalpha() for ch in stripped) > 1 and len(stripped.split()) <= _HEADING_MAX_WORDS:
        return "boilerplate: section heading or promotion in capitals"
    return None


def parse_dateline(line: str) -> dt.date | None:
    """The date of a standalone dateline such as ``07 January, 2020``, else ``None``.

    >>> parse_dateline("Saturday, 11 Jan, 2020")
    datetime.date(2020, 1, 11)
    >>> parse_dateline("Putin met Assad in 2020.") is None
    True
    """
    if len(line.split()) > _DATELINE_MAX_WORDS or not _YEAR.search(line) or not _MONTH.search(line):
        return None
    # dateutil fills what a line lacks from a default date: the same date under two defaults that
    # differ in day, month and year means the line gave all three.
    try:
        dates = {dateutil.parser.parse(line, default=default, ignoretz=True).date() for default in _DEFAULTS}
    except (ValueError, OverflowError):  # not a date (dateutil's ParserError is a ValueError)
        return None
    return dates.pop() if len(dates) == 1 else None


def clean(article: Article) -> CleanArticle:
    """Split an article into paragraphs and remove the boilerplate ones.

    A paragraph is a line, or several lines joined where a line was hard-wrapped mid-sentence.

    Returns:
        The kept paragraphs and every removed span (including those the reader removed).
    """
    removed = list(article.removed)
    kept: list[Paragraph] = []
    story_list_from: int | None = None
    title = _normalise(article.title or "")
    for block in paragraphs_of(article.text):
        if title and _normalise(block) == title:
            removed.append(Removed(block, "repeats the title"))
            continue
        if len(kept) < _DATELINE_PARAGRAPHS and parse_dateline(block) is not None:
            removed.append(Removed(block, "dateline: publication date"))
            continue
        if reason := boilerplate_reason(block):
            removed.append(Removed(block, reason))
            if kept and story_list_from is None and _STORY_LIST_HEADING.match(block):
                story_list_from = len(kept)
            continue
        if not kept and (match := _DATELINE_PREFIX.match(block)):
            removed.append(Removed(match.group(1).strip(), "dateline: place of the report"))
            block = block[match.end():]
        kept.append(Paragraph(len(kept), block))
    return CleanArticle(article, tuple(kept), tuple(removed), story_list_from)


def paragraphs_of(text: str) -> list[str]:
    """Blocks of text: one per line, except that hard-wrapped lines are joined back.

    >>> paragraphs_of("A first line that was\\nwrapped here.\\nA new paragraph.")
    ['A first line that was wrapped here.', 'A new paragraph.']
    """
    blocks: list[str] = []
    joinable = False
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            joinable = False
            continue
        if joinable and line[0].islower():
            blocks[-1] = f"{blocks[-1]} {line}"
        else:
            blocks.append(line)
        joinable = not _SENTENCE_END.search(blocks[-1])
    return blocks


def drop_off_topic(
    article: CleanArticle, relevance: Mapping[int, float], floor: float, tail: float | None
) -> CleanArticle:
    """Remove paragraphs that are not about the event.

    With other stories to compare with (``tail`` given), any paragraph scoring below ``floor`` goes,
    and so does the tail of other stories that scrapers append: the closing run of paragraphs that
    all score below ``tail`` and that drifts below ``floor``. Weakly related closing paragraphs
    alone are detail no other outlet confirms, not a tail.

    A lone article (``tail`` is ``None``) has only its own opening to compare with, too weak a
    reference to judge paragraphs one by one; only its end goes: everything after a heading that
    introduces a list of other stories, and a closing run of paragraphs below ``floor``.

    The opening paragraph is always kept.

    Args:
        article: A cleaned article.
        relevance: Paragraph index to its similarity to the event; unscored paragraphs are kept.
        floor: Similarity below which a paragraph is unrelated to the event.
        tail: Similarity below which a closing run of paragraphs is a tail, or ``None``.

    Returns:
        The article without those paragraphs, each listed in ``removed`` with its score.
    """
    scores = [relevance.get(p.index, 1.0) for p in article.paragraphs]
    listed_from = len(scores)
    if tail is None:
        listed_from = max(1, article.story_list_from or len(scores))
        tail_start = min(listed_from, _closing_run(scores, floor))
    else:
        tail_start = _closing_run(scores, tail)
        if min(scores[tail_start:], default=1.0) >= floor:
            tail_start = len(scores)
    kept: list[Paragraph] = []
    removed = list(article.removed)
    for position, (paragraph, score) in enumerate(zip(article.paragraphs, scores, strict=True)):
        if position >= listed_from:
            why = "off-topic tail: listed after the page's heading of other stories"
        elif position >= tail_start:
            why = (f"off-topic tail: similarity {score:.2f} to the event, in a closing run of paragraphs "
                   f"below {tail if tail is not None else floor:.2f} that drifts below {floor:.2f}")
        elif tail is not None and score < floor:
            why = f"off-topic: similarity {score:.2f} to the event, below {floor:.2f}"
        else:
            kept.append(paragraph)
            continue
        removed.append(Removed(paragraph.text, why))
    return CleanArticle(article.article, tuple(kept), tuple(removed))


def _closing_run(scores: Sequence[float], threshold: float) -> int:
    """Where the run of scores below ``threshold`` that ends the list starts (never before 1)."""
    start = len(scores)
    while start > 1 and scores[start - 1] < threshold:
        start -= 1
    return start


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())
