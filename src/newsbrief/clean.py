"""Take scraped page furniture out of article text, keeping every removed span with its reason.

Two passes. :func:`clean` applies rules that recognise web boilerplate by its form
(navigation, share buttons, advertisement markers, video players, captions and photo credits,
copyright notices, newsletter and social pitches, "Read also" links, bylines, wire desk codes,
shouting section headings), before any similarity is computed, so that page clutter never
becomes the reference a paragraph is judged against. :func:`drop_off_topic` later removes
paragraphs whose similarity to the event is too low -- tails of unrelated stories and teasers --
from scores computed against the rest of the cluster, so no word list decides what is off-topic.

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


# Labels of share and social buttons, which scraped pages leave one or a few to a line ("Tweet", "Send",
# "Link", "Share | Email | Print", "Play Facebook"). A closed set of labels, matched only as a whole line.
_BUTTON = (r"(tweet|share|send|link|pin( it)?|whatsapp|messenger|e-?mail|mail|print|comments?|save|facebook|twitter|"
           r"google( ?\+| plus)?|pinterest|linkedin|tumblr|reddit|flipboard|sms|copy( link)?|embed|more|play|like)")
_BUTTON_SEPARATOR = r"[\s|•·/,]+"
_BUTTONS = "share or social buttons"

#: Whole-line boilerplate, by reason. A line matching any pattern is removed; the first match gives the reason.
#: Patterns without cues are anchored at the start of the line; the others name the words they need.
LINE_RULES: tuple[LineRule, ...] = (
    LineRule("navigation", re.compile(r"^(skip to (main )?content|main menu|menu|home|search|sign in|log in|"
                                      r"search icon.*|click to enlarge|open this photo in gallery:?|back to top|"
                                      r"scroll down.*|text size\W*|reset|go back|page \d+ of \d+|"
                                      r"printer-friendly\W*)$", _FLAGS)),
    # "Tweet", "Share this article", "share tweet pin email", "Share this: Email"; a colon ends a heading
    # ("More:"), which is no button.
    LineRule(_BUTTONS, re.compile(rf"^(share this( article| story| page| post)?\W*|(share this\W*)?{_BUTTON}"
                                  rf"({_BUTTON_SEPARATOR}{_BUTTON})*[^\w:]*)$", _FLAGS)),
    # "Click to share on WhatsApp (Opens in new window)", "E-mail this to a friend".
    LineRule(_BUTTONS, re.compile(r"\(opens in (a )?new window\)|^\W*(e-?mail|send|share) this( article| story| page)? "
                                  r"(to|with) a friend\b", _FLAGS),
             ("opens in", "mail this", "send this", "share this")),
    LineRule("advertisement", re.compile(
        r"^(photo )?advertisement( continue reading the main story)?\W*$|^(continue reading( the main story| below"
        r"( advertisement)?)?|(the )?(story|article) continue[sd]? below( advertisement)?|report this ad|skip ad)\W*$",
        _FLAGS)),
    LineRule("loading indicator", re.compile(r"^loading\W*$", _FLAGS)),
    LineRule("reading time", re.compile(r"^\d+\s*(min|minute)s?\.? read$", _FLAGS)),
    LineRule("video player", re.compile(
        r"^media playback is unsupported\b|^please (enable|turn on) javascript\b|^rating is available when the video"
        r"|\bcopy this code to your website\b|^\d+ of \d+ full screen autoplay\b", _FLAGS),
        ("media playback", "javascript", "rating is available", "copy this code", "full screen autoplay")),
    LineRule("related link", re.compile(r"^[\W_]*(read also|read more|see also|also read|related|recommended|watch|"
                                        r"more on this|more|listen)\s*[:|]", _FLAGS)),
    # "Read More", "Read or Share this story: https://...", "Related Articles", "(PHOTOS: Oklahoma tornado)".
    LineRule("related link", re.compile(
        r"^[\W_]*(read more(\s+(about|at|from|on|here|of)\b|\s*[:»…|]|\W*$)|read or share this story\b|see more\b|"
        r"more video\b|related( articles| links| news( articles)?| stories| content| coverage)?\W*$|"
        r"\((photos|video|watch|more|also on [^:]{1,30}):)", _FLAGS)),
    # "Click here to ...", "For a full recap of the night's winners, click here.", "Watch the video below:".
    LineRule("link prompt", re.compile(
        r"^[\W_]*click (here|below|to|through)\b|^[^.!?]{0,120},\s*click here\W*$"
        r"|^[\W_]*(watch|see|check out|listen to|read|view)\b[^.!?]{0,80}\b(below|above)\W*$", _FLAGS),
        ("click", "below", "above")),
    # "Copyright 2018 The Associated Press. All rights reserved." and the redistribution notice after it.
    LineRule("copyright notice", re.compile(
        r"^\W*(©|\(c\)\s|copyright\s*(©|\(c\)|\d{4}))|\ball rights reserved\b|"
        r"\bmay not be (re)?published, broadcast\b|\bmay not be reproduced\b", _FLAGS),
        ("©", "(c)", "copyright", "all rights reserved", "may not be")),
    LineRule("copyright notice", re.compile(r"^Copyright [A-Z][^.!?]{0,60}$")),
    LineRule("photo caption or credit", re.compile(r"^(photo|image|picture|credit|photos)\s*[:|]|^photos$", _FLAGS)),
    # The BBC's "Image copyright PA Image caption ...", NPR's "toggle caption", a lone "Photo" or "Getty".
    LineRule("photo caption or credit", re.compile(
        r"^(image (copyright|caption)|enlarge this image|toggle caption)\b|^(photo|photo gallery|getty|istock"
        r"(photo)?|shutterstock)\W*$", _FLAGS)),
    LineRule("photo caption or credit", re.compile(
        r"(\[(getty|afp|reuters|ap|epa|anadolu)[^\]]*\]|getty images\)?|\bvia ap)\W*$|/\s*afp\b.*$|"
        r"\|\s*[A-Z][A-Z .,/-]+$", _FLAGS), ("[", "getty images", "afp", "via ap", "|")),
    # A caption ends with its credit: "... in Damascus. (AP Photo/Hassan Ammar)", "... (Photo: Jane Doe)".
    LineRule("photo caption or credit", re.compile(
        r"\((ap |afp |reuters )?(photo|image)s?\b[^()]{0,80}\)(\s*\([^()]{0,40}\))?[\sA-Z,.]{0,40}$", _FLAGS),
        ("photo", "image")),
    # "FILE - In this Nov. 22, 2015 file photo, ..." and "This undated photo provided by ... shows ...".
    LineRule("photo caption or credit", re.compile(
        r"^(file( photo)?\W*)?(in )?this\b[^.]{0,60}?\bphoto\b(,| (provided|released|taken|made|shows))", _FLAGS),
        ("photo",)),
    # A credit alone: "Sarah Tew/CNET", "Paul Sancya/AP Photo".
    LineRule("photo caption or credit", re.compile(r"^[A-Z][\w.'-]+( [A-Z][\w.'-]+){1,3}\s?/\s?[A-Z][\w&.' -]{1,30}$")),
    # "Follow us on Twitter", "Like WXYZ on Facebook", "Follow Jane Doe at twitter.com/jdoe": an invitation to
    # a platform, which "Like Facebook, Twitter ...", "Like us, they ..." and "Follow-up talks" are not.
    LineRule("social media prompt", re.compile(
        r"^[\W_]*(follow|like|share|find|reach|connect with|see more of|stay up to date,? follow)\b(?!-).{0,80}?"
        r"(\b(on|at)\s*:?\s*(https?://)?(www\.)?(twitter|facebook|instagram|linkedin|snapchat|youtube|tumblr)\b|"
        r"\b(twitter|facebook|instagram)\.com\b|:\s*(twitter|facebook)\b|\b(?-i:us) (on|at)\b|"
        r"\bauthors and topics\b|\s@\w)", _FLAGS)),
    LineRule("social media prompt", re.compile(r"\btweet with a location\b|\badd (a )?location (information )?to "
                                               r"your tweets\b|\bdelete your tweet location history\b", _FLAGS),
             ("tweet",)),
    # A reporter's address alone: "Twitter: @jdoe", "jane.doe@latimes.com", "(jdoe@politico.com; @jdoe)".
    LineRule("reporter contact", re.compile(
        r"^(twitter|e-?mail|instagram)\s*:?\s*@?[\w.+-]+(@[\w-]+(\.[\w-]+)+)?\W*(;\s*twitter\s*:?\s*@\w+\W*)?$|"
        r"^\(?[\w.+-]+@[\w-]+(\.[\w-]+)+(;\s*@\w+)?\)?\.?$|^@\w+$", _FLAGS)),
    LineRule("newsletter or subscription pitch", re.compile(r"^[\W_]*(sign up|subscribe|get the best of)\b", _FLAGS)),
    LineRule("newsletter or subscription pitch", re.compile(
        r"\bnewsletters?\b.{0,160}\b(sign up|subscribe|inbox|written by|delivered)\b|\bsign up (today|now|here)\b|"
        r"\bsubscribe (now|today)\b|\bsign up for (our|the)\b.{0,60}\b(newsletter|alerts?|e-?mails?|updates)\b|"
        r"\bby signing up\b|\bemail sign up\b|\bthank you for (registering|subscribing|signing up)\b|"
        r"^get\b.{0,80}\b(in|to) your inbox\b", _FLAGS),
        ("newsletter", "sign up", "signing up", "subscribe", "thank you for", "inbox")),
    LineRule("reader engagement prompt", re.compile(r"^(join the conversation|interact with\b.*|comments?|"
                                                    r"authors and topics you follow\b.*)$", _FLAGS)),
    LineRule("reader engagement prompt", re.compile(r"^.*\bpersonal news feed\b.*$", _FLAGS), ("personal news feed",)),
    # "By Jane Roe", "Photograph by Jane Roe": a name alone after "by" (capital or not).
    LineRule("byline or credit", re.compile(
        r"^([Bb]y|(Photograph|Photo|Picture|Video)s? (by|courtesy of)) [A-Z][\w.'-]+( [A-Z][\w.'-]+)*$|"
        r"^(AP|AFP|Reuters|Associated Press)$")),
    LineRule("byline or credit", re.compile(
        r"contributed to this report\.?$|\bcontributed (reporting )?from\b|\breported from [A-Z][a-z]+\.|"
        r", (The )?(Associated Press|Reuters|AFP)$"),
        ("contributed", "reported from", "Associated Press", "Reuters", "AFP")),
    # Desk codes of the wire services in DUC texts: "(jc/bk)", a "nn" separator, "The tribunal, graf 5 pvs".
    # Anchored to short lines: a DUC 2004 document is one paragraph, and a code inside it must not take it.
    LineRule("wire desk code", re.compile(r"^(nn|\([a-z]{1,4}([/-][a-z]{1,4})*\))$|"
                                          r"^[^.!?]{0,60}\b(graf \d+|\d+(st|nd|rd|th) graf) pvs\b[^.!?]{0,20}\.?$")),
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
# Headings that introduce the page's list of other stories: "LATEST WORLD STORIES", "Related news", "RELATED:".
# The heading is the whole line: "RELATED: Man's body found in pond" is one link inside the story, and a
# sentence ("Get news from the BBC in your inbox, each weekday morning.") or a "newsletter" is no heading.
_STORY_LIST_HEADING = re.compile(r"^(?=.{0,60}$)[^:,.!?]*\b(stories|news|articles|headlines|more from|related|"
                                 r"recommended|trending|most (read|popular|viewed)|you may also like)\b[^:,.!?]*:?$",
                                 _FLAGS)
# A line of at most this many words and no closing punctuation, between two button lines, is a button too
# ("Tweet", "Viber", "Send"): the labels of share buttons are an open set. Three words hold the longest
# labels seen ("Share on Facebook"); no such line stood between buttons in ../shared/data.
_BUTTON_LABEL_MAX_WORDS = 3
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
# "DAMASCUS – Russian President ..." or "BEIRUT (AP) — ...": the wire dateline before the lead. DUC's AP and
# NYT wires write the dash as an underscore: "RIO DE JANEIRO, Brazil (AP) _ Brazilian voters ...".
_DATELINE_PREFIX = re.compile(r"^([A-Z][A-Z .'-]{2,40}(,\s*[A-Z][A-Za-z .]+)?(\s*\([A-Za-z]+\))?)\s*[–—_-]+\s+(?=\S)")


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
    blocks = paragraphs_of(article.text)
    for block, reason in zip(blocks, _between_buttons(blocks, list(map(boilerplate_reason, blocks))), strict=True):
        if title and _normalise(block) == title:
            removed.append(Removed(block, "repeats the title"))
            continue
        if len(kept) < _DATELINE_PARAGRAPHS and parse_dateline(block) is not None:
            removed.append(Removed(block, "dateline: publication date"))
            continue
        if reason:
            removed.append(Removed(block, reason))
            if kept and story_list_from is None and _STORY_LIST_HEADING.match(block):
                story_list_from = len(kept)
            continue
        if not kept and (match := _DATELINE_PREFIX.match(block)):
            # the place may swallow the first hyphen of "DALLAS -- ..."
            removed.append(Removed(match.group(1).strip().rstrip(" -"), "dateline: place of the report"))
            block = block[match.end():]
        kept.append(Paragraph(len(kept), block))
    return CleanArticle(article, tuple(kept), tuple(removed), story_list_from)


def _between_buttons(blocks: Sequence[str], reasons: Sequence[str | None]) -> list[str | None]:
    """The reasons, with short lines of text inside a run of share-button lines made buttons too.

    >>> _between_buttons(["Tweet", "Viber", "Send", "Putin met Assad."], ["boilerplate: share or social buttons",
    ...                   None, "boilerplate: share or social buttons", None])[1]
    'boilerplate: share or social buttons (between two of them)'
    """
    button = f"boilerplate: {_BUTTONS}"
    found = list(reasons)
    last_button: int | None = None
    for position, reason in enumerate(reasons):
        if reason == button:
            if last_button is not None:
                for between in range(last_button + 1, position):
                    found[between] = found[between] or f"{button} (between two of them)"
            last_button = position
        elif reason is None and not _label_like(blocks[position]):
            last_button = None  # text ends the run of buttons
    return found


def _label_like(block: str) -> bool:
    return len(block.split()) <= _BUTTON_LABEL_MAX_WORDS and not _SENTENCE_END.search(block)


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

    A tail is appended to a story, so it is shorter than the story: a lone article's closing run
    goes only if it holds fewer words than the paragraphs kept before it. A run as long as the rest
    says that the opening it was compared with is not the story (a page that opens with clutter or
    a teaser), not that the body is off-topic; then similarity removes nothing, and the paragraphs
    that hold most of the article's words are never removed by comparing the article with itself.

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
        words = [len(p.text.split()) for p in article.paragraphs]
        if sum(words[tail_start:listed_from]) >= sum(words[:tail_start]):
            tail_start = listed_from
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
