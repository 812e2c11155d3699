"""When things happened: date expressions found in sentences, resolved against each article's date.

A rule-based temporal tagger in the spirit of HeidelTime (Strötgen & Gertz 2010): explicit dates
("January 8, 2020", "Jan. 7", "December 2017", "in 2015") and relative ones ("on Tuesday",
"yesterday", "last week", "last year") are resolved against the article's publication date.
A weekday takes the tense of its own clause: it points back to the last such day ("said on
Monday it will close") unless its clause speaks of the future ("will try to refloat the ferry on
Friday", "before he leaves Saturday"), then forward; "last Tuesday" written on a Tuesday is a
week back. The precision of the text is kept: a year stays a year, a month a month; a day is
never invented, and an expression that needs a publication date the article does not have is
left out. Precision comes first, as a wrong date costs more trust than a missing one: years in
names ("the 2008 Summer Olympics"), ages, durations, "since 1963", weekdays in names ("The Sunday
Times") and date lines date no happening, and a quoted "today" or "on Saturday" is dated only where
the sentence says when it was said, or, for a weekday, where the article names that day in full
("the Saturday of the massacre" and a witness's "on Saturday" in a story that tells of "early
Saturday morning, Sept. 26": a day named, not a day of the week of writing, so no evidence of
when the article was written). Measured on the
hand-checked expressions of tests/dates_gold.py (benchmarks/facts_accuracy.py).
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from text_to_num import text2num

from newsbrief.clean import is_caption
from newsbrief.evidence import covered, fact_words, rarity
from newsbrief.model import Dated, Sentence, ToldDate
from newsbrief.published import calendar_day
from newsbrief.sources import story_count

if TYPE_CHECKING:  # render imports this module; the embedding models load only where they run
    from newsbrief.embed import Vectors

_MONTH_WORDS = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
    ("december", "dec"),
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_WORDS, start=1) for name in names}
#: The months' full names, lower case.
MONTH_NAMES = frozenset(names[0] for names in _MONTH_WORDS)
_WEEKDAYS = {name: number for number, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
#: The weekdays' names, lower case.
WEEKDAY_NAMES = frozenset(_WEEKDAYS)
# Names are matched capitalised, as news writes them: "may" and "march" are also verbs.
_MONTH = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_OF_PERIOD = (r"(?:[Ss]ummer|[Ss]pring|[Ff]all|[Aa]utumn|[Ww]inter|[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle|half|"
              r"quarter|part|months|weeks)")
# Tried in order; each match consumes its span so "Jan. 7, 2020" is not also read as "2020".
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("month_day_year", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("day_month_year", rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
    # "Oct. 10:30" is a time, "on Saturday, Oct. 10: ..." a day (r19 read that one's Saturday a week back).
    ("month_day", rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)(?!\d|:\d|,\d|\.\d)"),
    ("day_month", rf"\b{_DAY}\s+{_MONTH}\b(?!\s*,?\s*(?:19|20)\d\d)"),
    ("month_year", rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
    # A bare year is a date only after a word that makes it one ("in 2015", "the summer of 2015"): a year
    # before a noun names something ("the 2008 Summer Olympics", "the 1998 Act"), and "the class of 1998"
    # or "from 1995" tell of no happening that year; "since 1963" is left out below (_SINCE).
    # "the late 1970's", "the mid-1990s": a decade is no year.
    ("year", rf"\b(?:[Ii]n|until|by|during|early|late|mid-|{_OF_PERIOD}\s+of)\s+{_YEAR}\b"
             r"(?!\s*[-–]\s*\d|['’]?s\b)"),
    ("weekday", r"\b(?:(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming)\s+)?"
                r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("relative_day", r"\b(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow)\b"),
    ("relative_span", r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<span>week|month|year)\b"),
    # "Two weeks ago" opens a sentence as often as "two weeks ago" ends one.
    ("ago", r"\b(?P<count>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,3})\s+"
            r"(?P<unit>day|week|month|year)s?\s+ago\b"),
    # The kinds below date only what a summary sentence tells (see told_dates): the timeline and the
    # day of writing are read without them (mentions' ``months``), as they were measured.
    # "this October", "last March": a month of the year of writing, or of the one before or after.
    ("relative_month", rf"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming)\s+{_MONTH}\b(?!\s*,?\s*\d)"),
    # A month named without its year ("a report released in January", "until March").
    ("month", rf"\b(?:(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id|[Uu]ntil|[Bb]y|[Dd]uring|[Tt]hrough|[Ff]rom|"
              rf"(?:[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle)\s+of)\s+|[Mm]id-){_MONTH}\b(?!\s*,?\s*\d)"
              # "in March of this year": the year is the one told
              r"(?!\s+of\s+(?:this|last|next)\s+year)"),
    ("in_the_year", r"\b(?P<which>[Ll]ater|[Ee]arlier)\s+in\s+the\s+year\b"),
    # "over the weekend", "last weekend": the Saturday and Sunday nearest the day of writing.
    ("weekend", r"\b(?:(?:[Oo]ver|[Dd]uring|[Oo]n|[Aa]t)\s+the|(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming))\s+"
                r"weekend\b(?!['’]s)"),
))
#: Kinds of expression only a summary sentence's told dates read (see the comment in _PATTERNS).
_TOLD_ONLY = frozenset({"relative_month", "month", "in_the_year", "weekend"})
# Words just before a weekday that point forward: "beginning Thursday", "until at least Tuesday".
_FORWARD = re.compile(r"\b(beginning|starting|until|till|by|before|next|coming|as (?:early|soon) as|no later than)\s+"
                      r"(at\s+least\s+|on\s+)?$", re.IGNORECASE)
# Words that put a sentence's weekday in the future rather than the past, when its own clause has no tense.
_FUTURE = re.compile(r"\b(will|shall|is to|are to|is due|are due|due to|scheduled|expected to|plans? to|"
                     r"planning to|set to|to be held|upcoming|next)\b", re.IGNORECASE)
# Where a clause ends: a weekday's tense is that of its own clause, so "said on Monday it will close"
# is the Monday past and "announced on Tuesday, but it will not start until next week" too.
_CLAUSE = re.compile(r"[,;:()\[\]“”\"—–]|``|''|\s_\s|\b(?P<word>that|but|and|which|who|whom|whose|where|when|while|"
                     r"because|although|though|after|before|until|till|once|if|since)\b", re.IGNORECASE)
# A clause opened by one of these and told in the present tense is still to come: "before he leaves Saturday".
_AHEAD_CLAUSE = frozenset({"before", "until", "till", "when", "once", "if"})
# A time of day after "before" opens no clause ("broke out shortly before midnight Thursday"): the
# clause around it tells the tense. "until midnight Tuesday" is a deadline still.
_PART_OF_DAY = re.compile(r"(?:midnight|noon|midday|dawn|daybreak|sunrise|sunset|dusk|nightfall)", re.IGNORECASE)
# Words of a plan after "be" ("is due", "was scheduled"), which _TENSE reads as a day to come.
_PLAN_WORDS = "due|set|scheduled|slated|expected"
# A plan told in the past tense, just before the day it names ("was due Oct. 1", "were scheduled for").
_PLANNED_THEN = re.compile(rf"\b(?:was|were)\s+(?:{_PLAN_WORDS})\b[^,;.]*$", re.IGNORECASE)
_PLAN_REACH = 40  # characters before a day within which such a plan is read as naming it
# Tense cues: the nearest one to a weekday in its clause decides. Future first, so that "was expected
# to" and "scheduled" are read as plans, not as past deeds.
_TENSE = re.compile(
    rf"\b(?:(?P<future>will|won't|shall|would|wouldn't|'ll|(?:is|are|am|was|were)\s+(?:{_PLAN_WORDS}|"
    r"going|planning|to)|due\s+to|scheduled|slated|planned|plans?\s+to|planning|intends?\s+to|"
    r"expected\s+to|set\s+to|going\s+to|upcoming|to\s+be\s+held|must(?!\s+have\b)|(?:has|have|needs?)\s+to)|"
    # "is to be announced": a participle after "be" is passive, not past.
    r"(?<!\bbe )(?P<past>said|told|was|were|had|did|met|began|went|came|saw|made|took|gave|got|held|found|fell|"
    r"rose|won|lost|struck|ran|left|sent|fled|flew|led|spoke|wrote|broke|chose|drove|paid|sold|bought|brought|caught|"
    r"fought|thought|felt|kept|stood|shot|became|sank|drew|grew|threw|knew|shook|withdrew|underwent|upheld|"
    r"arose|sought|stole|swore|tore|wore|woke|hid|dug|hung|spun|stuck|swept|wept|slid|lent|bent|built|"
    r"spent|meant|heard|agreed|freed|\w{2,}[^\We]ed))\b", re.IGNORECASE)


# How closely weekdays must pin the day of writing before it is taken: a Tuesday happening and the
# Friday before it leave three days; one weekday alone leaves a week, too loose to resolve others by.
_NARROW = dt.timedelta(days=2)
_STAND_IN = dt.date(2000, 1, 3)  # any day: what an undated article's weekdays are read against to find them
# What an undated sentence's told dates are read against to find them: a Wednesday whose last and next
# weeks and weekends each fall in one month, so that every such expression resolves.
_TOLD_STAND_IN = dt.date(2000, 1, 19)
# Characters between two weekdays of one list: "Tuesday, maybe Wednesday" (8), "Tuesday, or perhaps Wednesday"
# (14), "Wednesday through Friday" (9); two weekdays of separate clauses stand further apart.
_LISTED = 16
_EXPLICIT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SINCE = re.compile(r"\b(?:[Ss]ince)\s+$")
_QUOTE_MARK = re.compile(r"“|”|``|''|\"")
# Inside a quotation these need the day the words were said: a survivor's "on Saturday", recalled in an
# interview weeks later, is the Saturday of the massacre. A day of a month only needs its year.
_SPEAKERS_DAY = frozenset({"relative_day", "relative_span", "ago", "weekday"})
_SAID = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|added|wrote|stated|declared|explained|recalled)"
                   r"\s+(?:on\s+)?$")
_DAY_NAME_BEFORE = re.compile(r"\b(?:Bloody|Black|Good|Ash|Super|Easter|Palm|Holy|Maundy|Cyber|Shrove|Whit|Low|"
                              r"Giving)\s+$")
_DETERMINED = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Ee]ach|[Ee]very|[Oo]ne|same|following|previous|preceding)\s+$")
# A weekday followed by its date ("early Saturday morning, Sept. 26") is that date.
# Words before a day of a month that make it the name of a thing: "the Dec. 6-20 games".
_ATTRIBUTIVE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+$")
_HALF_YEAR = 183  # days
# How long before the event's latest dated day an entry one story dates is background (see scannable).
_BACKGROUND = dt.timedelta(days=90)
# Days before writing beyond which a day an article names in full is its narrative's, not the week's
# news: a weekday ("on Friday") reaches six days back.
_NARRATIVE_DAYS = 7
# Share of each other's weighted fact words two entries of one date state to be one happening told
# twice. Read on 12 dev clusters (DUC 2003/2004, TAC): at 0.25 (the support share) two different
# statements of one day merged ("the panel said it will not implicate de Klerk" and "Tutu said other
# challenges had led to fewer names": 0.55 and 0.38 of each other's words); one wording of another
# states well over half of its words.
_REPEAT = 0.6
_AHEAD_AT_MOST = 90  # days: how far ahead a day of a month told with no tense is taken (see resolve)
_NAMED_NEAR = 31  # days: how near the day of writing a day naming a thing ("the Dec. 6 vote") is taken nearest
# A relative clause or an appositive holding one, opened by a comma: ", who died in 2009", ", the singer
# who died in 2009".
_RELATIVE = re.compile(r",[^,;()—–]*?\b(?:who|whom|whose|which)\b[^,;()—–]*", re.IGNORECASE)
_PROGRESSIVE = re.compile(r"\b(?:am|is|are|'re|was|were)\s+(?:\w+ly\s+)?\w+ing\b", re.IGNORECASE)
_DATED_WEEKDAY = re.compile(r"^(?:\s+(?:morning|afternoon|evening|night))?,?\s+$")
# A day an article names with its weekday and date ("early Saturday morning, Sept. 26").
_NAMED_DAY = re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                        rf"(?:\s+(?:morning|afternoon|evening|night))?,?\s+{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?")
# "the Saturday morning of the massacre", "that Friday": a weekday the article has identified.
_THE_DAY = re.compile(r"\b(?:[Tt]he|[Tt]hat)\s+$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved date expression in one sentence of one article."""

    date: str
    expression: str
    sentence: Sentence
    start: int = 0  # offset of the expression in the sentence
    kind: str = "iso"
    ahead: bool = False  # read as a day to come ("will meet on Friday")


def resolve(
    kind: str, match: re.Match[str], published: dt.date | None, future: bool, nearest: bool = True
) -> str | None:
    """The date an expression stands for, at its own precision, or ``None`` when it cannot be told.

    ``future`` says the expression is told as a day to come; ``nearest`` that its tense is not
    known, so a day of a month is taken in the year nearest to publication.

    >>> m = _PATTERNS[7][1].search("Putin met Assad on Tuesday")
    >>> resolve("weekday", m, dt.date(2020, 1, 8), future=False)
    '2020-01-07'
    """
    groups = match.groupdict()
    if kind in ("iso", "month_day_year", "day_month_year"):
        month = int(groups["month"]) if kind == "iso" else _MONTHS[groups["month"].lower()]
        return _day(int(groups["year"]), month, int(groups["day"]))

    if kind in ("month_day", "day_month"):
        if published is None:
            return None
        month = _MONTHS[groups["month"].lower()]
        years = [published.year - 1, published.year, published.year + 1]
        days = [d for y in years if (d := calendar_day(y, month, int(groups["day"]))) is not None]
        if not nearest:  # told in the past, the last such day; in the future, the next
            days = [d for d in days if (d >= published if future else d <= published)]
            return (min(days) if future else max(days)).isoformat() if days else None
        # With no tense, the year that puts the date nearest to publication: "Dec. 30" in January is last year's.
        # A day ahead is one planned, and plans are told for the coming weeks: "the February 27 earthquake
        # hit Chile" written in October is February past, not the next one, four months nearer.
        days = [d for d in days if (d - published).days <= _AHEAD_AT_MOST] or days
        return min(days, key=lambda d: abs((d - published).days)).isoformat() if days else None
    if kind == "month_year":
        return f"{int(groups['year']):04d}-{_MONTHS[groups['month'].lower()]:02d}"
    if kind == "year":
        return groups["year"]
    if published is None:
        return None
    if kind == "weekday":
        return _weekday(_WEEKDAYS[groups["weekday"].lower()], (groups["which"] or "").lower(), published, future)
    if kind == "relative_month":
        return _relative_month(_MONTHS[groups["month"].lower()], groups["which"].lower(), published)
    if kind == "month":
        return _month(_MONTHS[groups["month"].lower()], published, future, nearest)
    if kind == "in_the_year":
        return str(published.year)
    if kind == "weekend":
        return _weekend((groups["which"] or "").lower(), published, future)
    if kind == "ago":
        return _ago(_count(groups["count"]), groups["unit"], published)
    if kind == "relative_day":
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[groups["word"].lower()]
        return (published + dt.timedelta(days=shift)).isoformat()
    return _span(groups["which"].lower(), groups["span"].lower(), published)


def _count(word: str) -> int:
    """The number an "ago" expression counts: "a"/"an" is one, a numeral or a number word ("twelve",
    read by text2num as figures are) its value."""
    word = word.lower()
    if word in ("a", "an"):
        return 1
    return int(word) if word.isdigit() else text2num(word, "en")


def last_weekday(name: str, published: dt.date) -> dt.date:
    """The last day of a weekday's name (lower case, one of :data:`WEEKDAY_NAMES`) on or before the day
    of writing, as a bare weekday told of the past is read (see :func:`_weekday`).

    >>> last_weekday("thursday", dt.date(1998, 10, 31))
    datetime.date(1998, 10, 29)
    """
    return dt.date.fromisoformat(typing.cast(str, _weekday(_WEEKDAYS[name], "", published, False)))


def _weekday(weekday: int, which: str, published: dt.date, future: bool) -> str | None:
    """The day a weekday names, seen from the day of writing.

    A bare or "this" weekday is the last such day (the day of writing included) or, told of the
    future, the next one. "Last Tuesday" is never the day of writing: written on a Tuesday it is a
    week back. "Next Tuesday" written on a Wednesday is in six days, but "next Friday" may be in two
    days or in nine; then only a month both share is told.

    >>> [_weekday(1, which, dt.date(2023, 3, 14), False) for which in ("", "last")]
    ['2023-03-14', '2023-03-07']
    >>> [_weekday(day, "next", dt.date(2020, 1, date), True) for day, date in ((1, 8), (4, 8), (4, 27))]
    ['2020-01-14', '2020-01', None]
    """
    back = (published.weekday() - weekday) % 7  # days since the last such day, 0 on the day itself
    ahead = (weekday - published.weekday()) % 7
    if which == "last":
        return (published - dt.timedelta(days=back or 7)).isoformat()
    if which in ("next", "coming"):
        first = published + dt.timedelta(days=ahead or 7)
        if which == "coming" or weekday <= published.weekday():
            return first.isoformat()
        second = first + dt.timedelta(days=7)
        shared = (first.year, first.month) == (second.year, second.month)
        return f"{first.year:04d}-{first.month:02d}" if shared else None
    return (published + dt.timedelta(days=ahead if future else -back)).isoformat()


def _ahead(text: str, start: int, end: int, cued: bool = True) -> bool | None:
    """Whether the day named at ``text[start:end]`` is still to come, by the tense of its own clause.

    The nearest tense cue before it in its clause decides ("will try to refloat the ferry on
    Friday", "said on Monday it will close"); a clause opened by "before", "until" or "when" with no
    past tense in it is still to come ("before he leaves Saturday"); with no cue before it, the first
    one after it in its clause ("On Friday, a drone strike killed ..."). ``None`` when the clause
    has no tense. ``cued``: words just before it that point forward count ("until Tuesday"); a day
    of a month does not take them ("did not join until July 31").
    """
    if cued and _FORWARD.search(text[:start]):
        return True
    boundaries = list(_CLAUSE.finditer(text, 0, start))
    if (boundaries and (boundaries[-1].group("word") or "").lower() == "before"
            and _PART_OF_DAY.fullmatch(text[boundaries[-1].end():start].strip())):
        boundaries.pop()  # "... broke out shortly before midnight Thursday": one clause
    opened = boundaries[-1] if boundaries else None
    before = text[opened.end() if opened else 0:start]
    cues = list(_TENSE.finditer(before))
    if cues:
        return cues[-1].group("future") is not None
    if opened is not None and (opened.group("word") or "").lower() in _AHEAD_CLAUSE and before.strip():
        return True
    after = re.sub(r"^(?:\s*(?:'s|night|morning|afternoon|evening)\b)*\s*,?", "", text[end:])
    closing = _CLAUSE.search(after)
    cue = _TENSE.search(after[:closing.start() if closing else len(after)])
    return cue.group("future") is not None if cue else None


def _relative_month(month: int, which: str, published: dt.date) -> str:
    """"This October" is the October of the year of writing; "last October" the last one before the
    month of writing, "next October" the first one after it.

    >>> [_relative_month(10, which, dt.date(2014, 11, 3)) for which in ("this", "last", "next")]
    ['2014-10', '2014-10', '2015-10']
    """
    year = published.year
    if which == "last" and month >= published.month:
        year -= 1
    elif which in ("next", "coming") and month <= published.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def _month(month: int, published: dt.date, future: bool, nearest: bool) -> str:
    """A month named without its year, as :func:`resolve` reads a day of a month: told in the past, the
    last such month up to the month of writing; in the future, the next one from it; with no tense,
    the nearest (the earlier on a tie).

    >>> [_month(1, dt.date(2010, 2, 9), future, nearest) for future, nearest in ((False, False), (True, False))]
    ['2010-01', '2011-01']
    >>> _month(12, dt.date(2010, 2, 9), False, True)
    '2009-12'
    """
    now = published.year * 12 + published.month - 1
    months = [year * 12 + month - 1 for year in (published.year - 1, published.year, published.year + 1)]
    if nearest:
        found = min(months, key=lambda m: (abs(m - now), m))
    else:
        found = min(m for m in months if m >= now) if future else max(m for m in months if m <= now)
    return f"{found // 12:04d}-{found % 12 + 1:02d}"


def _ago(count: int, unit: str, published: dt.date) -> str:
    """"Six years ago" is a year, "16 months ago" a month, "a week ago" and "two days ago" a day."""
    if unit == "year":
        return str(published.year - count)
    if unit == "month":
        months = published.year * 12 + published.month - 1 - count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return (published - dt.timedelta(days=count * (7 if unit == "week" else 1))).isoformat()


def _span(which: str, span: str, published: dt.date) -> str | None:
    step = {"last": -1, "this": 0, "next": 1}[which]
    if span == "year":
        return str(published.year + step)
    if span == "month":
        month = published.month - 1 + step
        return f"{published.year + month // 12:04d}-{month % 12 + 1:02d}"
    # A week has no month of its own unless all its days fall in one; then the month is what is known.
    # Weeks begin on a Monday or, on American calendars, on the Sunday before: the month is known where both
    # readings agree ("last week" in a Sunday paper may be the week that just ended; r19 read it a month early).
    monday = published - dt.timedelta(days=published.weekday() - 7 * step)
    american = published - dt.timedelta(days=(published.weekday() + 1) % 7 - 7 * step)
    first, last = min(monday, american), max(monday, american) + dt.timedelta(days=6)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return str(first.year) if first.year == last.year else None


def _weekend(which: str, published: dt.date, future: bool) -> str | None:
    """The month (or year) of the weekend an expression tells: "over the weekend" and "last weekend"
    the last Saturday and Sunday up to the day of writing, "next weekend" or one told of the future
    the next. As for a week (see :func:`_span`), only what both days share is told.

    >>> [_weekend(which, dt.date(2026, 10, 28), future) for which, future in (("", False), ("next", True))]
    ['2026-10', '2026']
    """
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    if which == "last" and published.weekday() in (5, 6):
        saturday -= dt.timedelta(days=7)  # "last weekend", written on a Sunday, is the one before
    elif which in ("next", "coming") or (future and which != "last"):
        saturday += dt.timedelta(days=7)
    sunday = saturday + dt.timedelta(days=1)
    if (saturday.year, saturday.month) == (sunday.year, sunday.month):
        return f"{saturday.year:04d}-{saturday.month:02d}"
    return str(saturday.year) if saturday.year == sunday.year else None


def _day(year: int, month: int, day: int) -> str | None:
    found = calendar_day(year, month, day)
    return found.isoformat() if found else None


def mentions(
    sentence: Sentence, published: dt.date | None, named: Mapping[int, str] | None = None, months: bool = False
) -> list[Mention]:
    """Every date expression of a sentence that can be resolved, in order of appearance.

    A sentence that is only a date (a date line) tells no happening and gives none. Inside a
    quotation the dates are the speaker's: a day of a month is read as outside it (only its year
    is in question), but a weekday, "today" or "last week" only against the day the sentence says
    the words were said ("said Tuesday"), as a speaker may be quoted weeks later. A quoted weekday
    the sentence does not date, and "the Saturday" or "that Friday", are the day of that name the
    article dates in full, when ``named`` (from :func:`named_days`, weekday 0-6 to ISO date) has one.
    With ``months``, the months and years only a summary sentence's :func:`told_dates` read are given
    too ("in January", "this October", "later in the year").
    """
    named = named or {}
    text = sentence.text
    if not _tells(text):
        return []
    quoted = quoted_spans(text)
    taken: list[tuple[int, int]] = []
    matches: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text) if months or kind not in _TOLD_ONLY else ():
            start, end = match.span()
            if not any(start < e and s < end for s, e in taken):
                taken.append((start, end))
                matches.append((kind, match))
    matches.sort(key=lambda item: item[1].start())
    found: list[Mention] = []
    future = bool(_FUTURE.search(text))
    tenses = {cue.group("future") is not None for cue in _TENSE.finditer(text)}
    previous: tuple[int, bool] | None = None  # where the last weekday ended, and whether it was ahead
    speaking: list[dt.date] = []
    deferred: list[tuple[str, re.Match[str]]] = []
    for kind, match in matches:
        start, end = match.span()
        inside = any(s <= start < e for s, e in quoted)
        if inside and kind in _SPEAKERS_DAY:
            deferred.append((kind, match))
            continue
        if kind == "weekday" and _named_day(text, start, end):
            if (day := _day_named(match, named)) is not None and _THE_DAY.search(text[:start]):
                found.append(Mention(day, match.group(0), sentence, start, "named_day", False))
            continue
        forward = future
        told: bool | None = None  # the tense the expression's clause (or sentence) gives it, if any
        if kind == "weekday":
            # A weekday with no tense of its own in a list of weekdays ("until Tuesday, maybe Wednesday",
            # "from Wednesday through Friday") goes the way of the one before it; else the sentence's.
            told = _ahead(text, start, end)
            listed = previous is not None and start - previous[0] <= _LISTED
            if told is None and match.group("which") in ("this", "This") and published and not listed:
                told = _WEEKDAYS[match.group("weekday").lower()] > published.weekday()  # this very week
            forward = told if told is not None else previous[1] if previous and listed else future
            previous = (end, forward)
        elif kind == "in_the_year" and _EXPLICIT_YEAR.search(text):
            continue  # "in 2009 ... later in the year": the year the sentence names, not that of writing
        elif kind in ("month_day", "day_month", "month"):
            # The tense of its clause, else of the whole sentence when it has one; else none is known.
            told = _ahead(text, start, end, cued=False)
            if told is None and len(tenses) == 1:
                [told] = tenses
            if told and _PLANNED_THEN.search(text[max(0, start - _PLAN_REACH):start]):
                # "The budget was due Oct. 1": a plan told in the past may fall either side of the
                # day of writing; the nearest such day is meant.
                told = None
            forward = told if told is not None else future
            if kind != "month" and published is not None and (weekday := _weekday_before(text, start)) is not None:
                # "on Sunday, Nov. 1": the weekday says which year's Nov. 1 it is.
                date = _on_weekday(match, published, weekday)
                if date is not None:
                    found.append(Mention(date, match.group(0), sentence, start, kind, date > published.isoformat()))
                    continue
        date = resolve(kind, match, published, forward,
                       nearest=kind in ("month_day", "day_month", "month") and told is None)
        if kind in ("month_day", "day_month") and published is not None and _ATTRIBUTIVE.search(text[:start]):
            # A day that names a thing ("the Dec. 6-20 games" in a November article) takes its tense from
            # no verb: within a month of the day of writing, it is that one ("after the February 27
            # earthquake" in November stays the February past).
            near = resolve(kind, match, published, forward, nearest=True)
            if near is not None and abs((dt.date.fromisoformat(near) - published).days) <= _NAMED_NEAR:
                date = near
        # "Under emergency law since 1963": the start of a state, not a happening of that year.
        if date is None or (len(date) < 10 and _SINCE.search(text[:start])):
            continue
        found.append(Mention(date, match.group(0), sentence, start, kind, forward))
        if not inside and len(date) == 10 and _SAID.search(text[:start]):
            speaking.append(dt.date.fromisoformat(date))
    found = [dated for mention in found if (dated := _dated_weekday(mention, found, text)) is not None]
    if len(set(speaking)) == 1:  # the day the quoted words were said
        for kind, match in deferred:
            date = resolve(kind, match, speaking[0], future)
            if date is not None:
                found.append(Mention(date, match.group(0), sentence, match.start(), kind, future))
    elif not speaking:
        for kind, match in deferred:
            if kind == "weekday" and (day := _day_named(match, named)) is not None:
                found.append(Mention(day, match.group(0), sentence, match.start(), "named_day", False))
            elif published is not None and _episodic_today(text, match):
                found.append(Mention(published.isoformat(), match.group(0), sentence, match.start(), kind, False))
    return sorted(found, key=lambda mention: mention.start)


def _day_named(weekday: re.Match[str], named: Mapping[int, str]) -> str | None:
    """The day ``named`` gives a bare weekday ("Saturday", not "last Saturday"), if it gives one."""
    return None if weekday.group("which") else named.get(_WEEKDAYS[weekday.group("weekday").lower()])


def named_days(texts: Sequence[str], published: dt.date | None) -> dict[int, str]:
    """The days an article names in full with their weekday ("early Saturday morning, Sept. 26"), by
    weekday (0 is Monday) as ISO dates: the day a feature's "the Saturday morning of the massacre"
    and its witnesses' quoted "on Saturday" mean. A weekday named with two different dates, or with
    a date it does not fall on, names none.
    """
    found: dict[int, set[str]] = {}
    for text in texts:
        for match in _NAMED_DAY.finditer(text):
            weekday = _WEEKDAYS[match.group("weekday").lower()]
            if match.group("year"):
                day = calendar_day(int(match.group("year")), _MONTHS[match.group("month").lower()],
                                   int(match.group("day")))
                date = day.isoformat() if day is not None and day.weekday() == weekday else None
            else:
                date = _on_weekday(match, published, weekday) if published is not None else None
            found.setdefault(weekday, set()).add(date or "")
    return {weekday: next(iter(dates)) for weekday, dates in found.items() if len(dates) == 1 and "" not in dates}


# A weekday its sentence dates itself: "on Saturday, Nov. 28", "early Friday morning, Sept. 26".
_DATED_AFTER = re.compile(rf"^(?:'s|’s)?(?:\s+(?:morning|afternoon|evening|night))?,?\s+{_MONTH}\s+{_DAY}\b")
_WEEKDAY = dict(_PATTERNS)["weekday"]
# "during Sunday show appearances", "the Sunday talk shows": a kind of programme, not a day.
_DAY_NAME_AFTER = re.compile(r"^\s+(?:morning\s+)?(?:talk\s+|news\s+)?shows?\b")


def told_weekdays(text: str) -> list[tuple[int, str]]:
    """The weekdays outside quotation marks by which a sentence tells a day ("on Saturday", "last
    Tuesday"), as (offset, expression): a reader who does not know the day it was written cannot
    place them. Weekdays in names ("Super Tuesday", "the Sunday Times"), the days the text
    identifies ("that Friday", "every Sunday") and those it dates itself ("Saturday, Nov. 28") are
    not counted; a quoted one is the speaker's.

    >>> told_weekdays('Police said on Saturday, Nov. 28, that the man who shot him on Friday "will be charged Monday."')
    [(63, 'Friday')]
    """
    quoted = quoted_spans(text)
    return [(match.start(), match.group(0)) for match in _WEEKDAY.finditer(text)
            if not _named_day(text, match.start(), match.end()) and not _DATED_AFTER.match(text[match.end():])
            and not _DAY_NAME_AFTER.match(text[match.end():])
            and not any(s <= match.start() < e for s, e in quoted)]


def unplaced_weekdays(text: str, placed: Sequence[ToldDate]) -> list[str]:
    """The weekdays of :func:`told_weekdays` that ``placed`` (see :func:`place_dates`) gives no day.

    >>> unplaced_weekdays("Police said on Saturday that the ferry sank.", ())
    ['Saturday']
    """
    days = {told.start for told in placed}
    return [expression for start, expression in told_weekdays(text) if start not in days]


# Relative years, months and weeks a reader needs the day of writing to place, beside weekdays: "last
# year", "later this year", "next month", "last week" ("this month", "last month" and "this week" the
# checks refuse outright). "To date", "so far" and "recently" are not among them: they date nothing
# more for the article's own reader than for the brief's, and say no more than the tense does.
_TOLD_SPANS = frozenset({"last year", "this year", "next year", "next month", "last week", "next week"})
# A day or month of a month named without its year ("on January 12", "in January", "this October").
_TOLD_KINDS = frozenset({"month_day", "day_month", "relative_month", "month", "in_the_year", "weekend"})


def _told(mention: Mention, quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether a mention that is no weekday is a year or month told relative to the day of writing,
    outside quotation marks (a quoted "last year" is the speaker's) and naming no thing ("the Dec. 6
    vote", "the September 11 attacks": the nearest such day may be years off)."""
    text = mention.sentence.text
    relative = mention.kind in _TOLD_KINDS or (
        mention.kind == "relative_span" and mention.expression.lower() in _TOLD_SPANS)
    days = mention.kind in ("month_day", "day_month")
    after = text[mention.start + len(mention.expression):]
    return (relative and not any(s <= mention.start < e for s, e in quoted)
            and not (days and (_ATTRIBUTIVE.search(text[:mention.start]) or _RANGE_YEAR.match(after))))


# The end of a range of days and its year: "September 22-24 2017" and "March 8 to 23, 2017" tell
# their year (r18 read a summary that lost "March 8" as undated: "held ... to 23, 2017").
_RANGE_YEAR = re.compile(r"\s*(?:[-–]|\s(?:to|through|until|and)\s)\s*\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b")


def told_dates(text: str, weekdays: bool = True) -> list[tuple[int, str]]:
    """Every expression outside quotation marks by which a sentence tells a time relative to the day
    it was written, as (offset, expression): the weekdays of :func:`told_weekdays`, and the years and
    months told relative to it ("late last year", "This October", "later in the year", "in January",
    "on January 12": a month named without its year is in the year of writing, or one beside it);
    without ``weekdays``, only those years and months.

    >>> told_dates('Marvel sued late last year, and in January "this year will be ours," it said on Friday.')
    [(17, 'last year'), (32, 'in January'), (80, 'Friday')]
    """
    sentence = Sentence("", 0, 0, text)
    quoted = quoted_spans(text)
    found = [(m.start, m.expression) for m in mentions(sentence, _TOLD_STAND_IN, months=True)
             if m.kind != "weekday" and _told(m, quoted)]
    return sorted((told_weekdays(text) if weekdays else []) + found)


def unplaced_spans(text: str, placed: Sequence[ToldDate], dated: bool = False,
                   weekdays: bool = True) -> list[tuple[int, str]]:
    """The expressions of :func:`unplaced_dates` with their offsets in ``text``.

    >>> unplaced_spans("Trump last week forced Jeff Sessions to resign.", ())
    [(6, 'last week')]
    """
    days = {told.start for told in placed}
    return [(start, expression) for start, expression in told_dates(text, weekdays)
            if start not in days and not (dated and names_month(expression))]


def unplaced_dates(text: str, placed: Sequence[ToldDate], weekdays: bool = True, dated: bool = False) -> list[str]:
    """The expressions of :func:`told_dates` that ``placed`` (see :func:`place_dates`) gives no date
    (without ``weekdays``, the years and months alone). With ``dated`` (its article's day of writing
    is known and shown among the brief's sources), a month named without its year ("between Nov. 3
    and Nov. 16", "in December") reads against that day, as news writes it, where :func:`place_dates`
    would not say which year for sure.

    >>> unplaced_dates("Kimble brought the case to the Supreme Court late last year.", ())
    ['last year']
    >>> [unplaced_dates("The games open Dec. 6.", (), dated=dated) for dated in (False, True)]
    [['Dec. 6'], []]
    """
    return [expression for _, expression in unplaced_spans(text, placed, dated, weekdays)]


def place_dates(text: str, written: dt.date | None, named: Mapping[int, str] | None = None) -> tuple[ToldDate, ...]:
    """The dates a sentence's :func:`told_dates` stand for, read against the day its article was
    written as :func:`mentions` reads them. A weekday is placed where it tells a full day (a quoted
    one only where the sentence says when it was said, or the article names that day in full: see
    ``named``), and one the sentence dates itself is left out, as the reader is told its day; a
    relative year or month at its own precision ("last year" is a year, "in January" a month), and a
    day or month named without its year where its tense and nearness agree on its year (see
    :func:`_nearest`).

    >>> [(w.expression, w.start, w.date) for w in place_dates(
    ...     "Police said on Saturday that the ferry sank last Tuesday.", dt.date(2026, 11, 30))]
    [('Saturday', 15, '2026-11-28'), ('last Tuesday', 44, '2026-11-24')]
    >>> [(w.expression, w.date) for w in place_dates("The case reached the court late last year.", dt.date(2015, 3, 2))]
    [('last year', '2014')]
    """
    sentence = Sentence("", 0, 0, text)
    quoted = quoted_spans(text)
    found = mentions(sentence, written, named, months=True)
    return tuple(ToldDate(m.expression, m.start, m.date) for m in found
                 if (m.kind in ("weekday", "named_day") and len(m.date) == len("YYYY-MM-DD")
                     and not _DATED_AFTER.match(text[m.start + len(m.expression):]))
                 or (m.kind not in ("weekday", "named_day") and _told(m, quoted) and _nearest(m, written)))


def _nearest(mention: Mention, written: dt.date | None) -> bool:
    """Whether a day or month named without its year is dated in the year that puts it nearest to the
    day of writing, as well as by the tense of its clause: where the two readings differ ("between
    Nov. 3 and Nov. 16 came after ..." in October; "since Aug. 6 ... are scheduled"), the tense
    is misread as often as not, and a wrong year beside the text costs more than none.

    >>> m = Mention("2011-01", "in January", Sentence("", 0, 0, "The mine will close in January."), 20, "month")
    >>> _nearest(m, dt.date(2010, 2, 9)), _nearest(m, dt.date(2010, 11, 9))
    (False, True)
    """
    if mention.kind not in ("month_day", "day_month", "month") or written is None:
        return True
    year, month = int(mention.date[:4]), int(mention.date[5:7])
    day = int(mention.date[8:]) if mention.kind != "month" else 15  # a month by its middle
    days = [d for y in (written.year - 1, written.year, written.year + 1)
            if (d := calendar_day(y, month, day)) is not None]
    return min(days, key=lambda d: (abs((d - written).days), d)).year == year if days else False


def sentence_dates(sentences: Sequence[Sentence], written: Mapping[str, dt.date]
                   ) -> Callable[[Sentence, Sequence[str]], tuple[ToldDate, ...]]:
    """:func:`place_dates` of any sentence of ``sentences``, read against the day its article was
    written (see :func:`written`) and the days that article names in full.

    The function returned takes a sentence and the articles that say the same (its support). A
    sentence of an undated article is read against the day each dated one of them was written: they
    tell the same happening, so where they all give its expressions the same dates, those are its
    dates ("met Assad in Damascus on Tuesday" of an undated page, said too by pages of Jan. 7, 8 and 9).
    """
    named = _named_by_article(sentences, written)
    # The summary asks of a candidate three times (its ranking, the guard, the published sentence).
    placed: dict[tuple[Sentence, tuple[str, ...]], tuple[ToldDate, ...]] = {}

    def place(sentence: Sentence, support: Sequence[str] = ()) -> tuple[ToldDate, ...]:
        key = (sentence, tuple(support))
        if key not in placed:
            own = named.get(sentence.article_id)
            if sentence.article_id in written:
                placed[key] = place_dates(sentence.text, written[sentence.article_id], own)
            else:
                readings = {place_dates(sentence.text, written[other], own) for other in support if other in written}
                placed[key] = readings.pop() if len(readings) == 1 else ()
        return placed[key]

    return place


def names_month(expression: str) -> bool:
    """Whether a date expression names its month ("in January", "Jan. 12"), so only its year is news
    to the reader.

    >>> names_month("This October"), names_month("next month")
    (True, False)
    """
    return any(word[:1].isupper() and word.rstrip(".").lower() in _MONTHS for word in expression.split())


def _episodic_today(text: str, match: re.Match[str]) -> bool:
    """Whether a quoted "today" tells what happens on one day, so it is the day of writing when the
    sentence does not say when the words were said ("Did anybody blink today?", "the phones are going
    through the roof today"): its own clause puts a verb in the past, the future or the progressive
    before it. In the simple present "today" is "nowadays" ("a lot of people are alive today",
    "the technology they provide today") and dates nothing. A quoted weekday stays undated: its
    speaker may recall it weeks later (see :data:`_SPEAKERS_DAY`)."""
    if (match.groupdict().get("word") or "").lower() != "today":
        return False
    opened = list(_CLAUSE.finditer(text, 0, match.start()))
    before = text[opened[-1].end() if opened else 0:match.start()]
    return bool(_TENSE.search(before) or _PROGRESSIVE.search(before))


def _weekday_before(text: str, start: int) -> int | None:
    """The weekday written just before a day of a month ("Sunday, Nov. 1"), if any."""
    named = re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|"
                      r"evening|night))?,?\s+$", text[:start])
    return _WEEKDAYS[named.group(1).lower()] if named else None


def _on_weekday(match: re.Match[str], published: dt.date, weekday: int) -> str | None:
    """The day of a month that falls on ``weekday``, within half a year of publication, nearest to it;
    ``None`` when none does (the weekday or the date is then a slip, and the date is read without it)."""
    groups = match.groupdict()
    month, day = _MONTHS[groups["month"].lower()], int(groups["day"])
    days = [d for y in (published.year - 1, published.year, published.year + 1)
            if (d := calendar_day(y, month, day)) is not None and d.weekday() == weekday
            and abs((d - published).days) <= _HALF_YEAR]
    return min(days, key=lambda d: abs((d - published).days)).isoformat() if days else None


def _dated_weekday(mention: Mention, found: Sequence[Mention], text: str) -> Mention | None:
    """A weekday followed by the date it falls on ("Saturday, Sept. 26") takes that date; followed by
    a date it does not fall on, it is left out: the explicit date is told, the weekday is never
    what dates it."""
    if mention.kind != "weekday":
        return mention
    end = mention.start + len(mention.expression)
    for other in found:
        if len(other.date) == 10 and other.start > end and _DATED_WEEKDAY.match(text[end:other.start]):
            if dt.date.fromisoformat(other.date).weekday() != _WEEKDAYS[mention.expression.split()[-1].lower()]:
                return None
            return Mention(other.date, mention.expression, mention.sentence, mention.start, mention.kind, mention.ahead)
    return mention


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a sentence inside quotation marks, an unclosed quotation running to the end of the
    sentence and a closing mark with no opening one to its start (a quotation of several sentences).
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _QUOTE_MARK.finditer(text):
        symbol, at = mark.group(), mark.start()
        straight_opening = symbol == '"' and opened is None and text[mark.end():mark.end() + 1].isalnum()
        opens = symbol in ("“", "``") or straight_opening
        if opens and opened is None:
            opened = at
        elif not opens:
            spans.append((opened if opened is not None else 0, mark.end()))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _named_day(text: str, start: int, end: int) -> bool:
    """Whether a weekday names no day of the week of writing: part of a name ("Bloody Sunday", "the
    Sunday Times", "Super Tuesday"), or a day the text identifies otherwise ("the Saturday morning of
    the massacre", "that Friday", "every Sunday").
    """
    return bool(_DAY_NAME_BEFORE.search(text[:start]) or _DETERMINED.search(text[:start]))


_STOP = re.compile(r"\b(?P<word>\w+)?[.!?]+['\"”’]*(?=\s)|\n")
# Words whose full stop ends no sentence: months, titles, and initials.
_ABBREVIATIONS = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                            "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Sgt", "Capt",
                            "No", "Jr", "Sr", "U.S", *"ABCDEFGHIJKLMNOPQRSTUVWXYZ"})


def date_at(text: str, offset: int, published: dt.date | None) -> str | None:
    """The date of the expression at ``offset`` in an article's text, read within its sentence.

    Sentences are cut at full stops before a space (not after "Dec." or "Mr."), which is enough to
    find a date's context.
    """
    stops = [0] + [m.end() for m in _STOP.finditer(text) if m.group("word") not in _ABBREVIATIONS] + [len(text)]
    start = max(stop for stop in stops if stop <= offset)
    sentence = text[start:min(stop for stop in stops if stop > offset)]
    for mention in mentions(Sentence("", 0, 0, sentence), published, named_days([text], published)):
        if mention.start <= offset - start < mention.start + len(mention.expression):
            return mention.date
    return None


def written(
    sentences: Sequence[Sentence],
    vectors: Vectors,
    published: Mapping[str, dt.date],
    story_of: Mapping[str, str],
    same_event: float,
) -> dict[str, dt.date]:
    """The day each article was written, where its weekdays tell it better than its page date.

    A scraped page's date is often the day it was crawled or last updated, and some pages have
    none. An article's "on Friday" about a happening that other stories date (a look-back weekday
    in a sentence within ``same_event`` cosine) was written that day or in the six after. Evidence
    counts only where every other story that dates the happening agrees; moving a page date needs
    two such stories among the article's happenings, since one preview read as a report ("the
    election Friday") dates a happening a week early. Where the evidence pins the day to three
    days or fewer and leaves the page date out, or there is none, the article was written on the
    earliest of them: news is told soon after its latest happening. A page date is only ever
    moved earlier: a page does not appear before it is written.
    """
    dates = dict(published)
    for _ in range(3):  # an article dated here is evidence for the others; this settles fast
        named = _named_by_article(sentences, dates)
        read = [mentions(sentence, dates.get(sentence.article_id, _STAND_IN), named[sentence.article_id])
                for sentence in sentences]
        looking_back = [(row, m) for row, found in enumerate(read) for m in found  # an undated one is no witness
                        if _looks_back(m) and sentences[row].article_id in dates]
        bounds: dict[str, set[dt.date]] = {}
        witnessed: dict[str, set[str]] = {}
        for row, found in enumerate(read):
            article = sentences[row].article_id
            for mention in found:
                witnesses = _witnesses(mention, row, looking_back, sentences, vectors, story_of, same_event)
                if len(witnesses) != 1:
                    continue
                [(told, stories)] = witnesses.items()
                fits = {told + dt.timedelta(days=shift) for shift in range(7)}
                bounds[article] = bounds[article] & fits if article in bounds else fits
                witnessed.setdefault(article, set()).update(stories)
        moved = dict(dates)
        for article, days in bounds.items():
            page = published.get(article)
            if (days and max(days) - min(days) <= _NARROW
                    and (page is None or (min(days) < page not in days and len(witnessed[article]) >= 2))):
                moved[article] = min(days)
        if moved == dates:
            break
        dates = moved
    return dates


def _named_by_article(sentences: Sequence[Sentence], published: Mapping[str, dt.date]) -> dict[str, dict[int, str]]:
    """:func:`named_days` of each article of ``sentences``."""
    texts: dict[str, list[str]] = {}
    for sentence in sentences:
        texts.setdefault(sentence.article_id, []).append(sentence.text)
    return {article: named_days(told, published.get(article)) for article, told in texts.items()}


def _looks_back(mention: Mention) -> bool:
    """A weekday of the week before writing ("killed on Friday"): it bounds the day of writing to a week."""
    return mention.kind == "weekday" and not mention.ahead


def _witnesses(
    mention: Mention,
    row: int,
    looking_back: Sequence[tuple[int, Mention]],
    sentences: Sequence[Sentence],
    vectors: Vectors,
    story_of: Mapping[str, str],
    same_event: float,
) -> dict[dt.date, set[str]]:
    """The other stories that date the happening a look-back weekday tells of, by the day they give."""
    if not _looks_back(mention):
        return {}
    article = mention.sentence.article_id
    story = story_of.get(article, article)
    stories: dict[dt.date, set[str]] = {}
    for other, told in looking_back:
        teller = story_of.get(sentences[other].article_id, sentences[other].article_id)
        if (teller != story and told.expression == mention.expression
                and float(vectors[other] @ vectors[row]) >= same_event):
            stories.setdefault(dt.date.fromisoformat(told.date), set()).add(teller)
    return stories


def timeline(
    sentences: Sequence[Sentence],
    vectors: Vectors,
    published: Mapping[str, dt.date],
    story_of: Mapping[str, str],
    same_event: float,
    readable: Callable[[Sequence[tuple[str, str]]], Sequence[bool]] | None = None,
    coverage: float = 0.0,
) -> tuple[Dated, ...]:
    """The dated happenings the articles tell, one entry per happening, sorted by date.

    Mentions in sentences of different articles within ``same_event`` cosine are the same
    happening told twice: they become one entry with all sources. With ``coverage`` above 0, a
    sentence joins a happening only when it also states that share of the particulars of the
    happening's first sentence, its date aside (see :func:`newsbrief.evidence.covered`): two
    reports of one year's other results are no second source for each other. When such articles resolve it
    to different dates (an article's relative "on Friday" read against a later page date), the
    date most stories give wins, and on a tie the one of the earliest published article.
    A sentence is shown once: one that dates two happenings ("found cracks two weeks ago, and
    ordered it closed last Tuesday") tells the one more stories date, and the other entry takes
    another article's sentence or is left out.

    An entry is read alone, under its date: with ``readable`` (sentences with their dates, to whether
    each can be, as parsing them together is cheaper; see :func:`newsbrief.checks.timeline_guard`),
    an entry takes the first of its sentences that can be, and without one it is left out.
    """
    named = _named_by_article(sentences, published)
    narrating = {article for article, days in named.items() if _narrates(days, published.get(article))}
    found = [(m, row) for row, sentence in enumerate(sentences)
             for m in mentions(sentence, published.get(sentence.article_id), named[sentence.article_id])
             if not _aside(m) and not _side_year(m) and not _of_a_thing(m)
             and not _reported_ahead(m, published.get(sentence.article_id))
             and not (m.kind == "weekday" and sentence.article_id in narrating)]
    # each mention's particulars, its date expression taken out: "on Tuesday" and "on Nov. 3" tell one day
    stated = [fact_words(m.sentence.text[:m.start] + m.sentence.text[m.start + len(m.expression):]) if coverage > 0
              else frozenset() for m, _ in found]
    weight = rarity(fact_words(s.text) for s in sentences) if coverage > 0 else {}
    groups: list[list[tuple[Mention, int, int]]] = []
    for at, (mention, row) in enumerate(found):
        for group in groups:
            first, first_row, first_at = group[0]
            if (first.sentence.article_id != mention.sentence.article_id and len(first.date) == len(mention.date)
                    and (first.date == mention.date or first.expression.casefold() == mention.expression.casefold())
                    and float(vectors[first_row] @ vectors[row]) >= same_event
                    and (coverage <= 0 or covered(stated[first_at], stated[at], weight) >= coverage)):
                group.append((mention, row, at))
                break
        else:
            groups.append([(mention, row, at)])
    far_future = dt.date.max
    ranked: list[tuple[tuple[int, int, int], str, list[Mention], tuple[str, ...]]] = []
    group_of: dict[Mention, list[tuple[Mention, int, int]]] = {}  # a happening's first teller to its mentions
    for order, group in enumerate(groups):
        votes: dict[str, set[str]] = {}
        earliest: dict[str, dt.date] = {}
        for mention, _, _ in group:
            article = mention.sentence.article_id
            votes.setdefault(mention.date, set()).add(story_of.get(article, article))
            day = published.get(article, far_future)
            earliest[mention.date] = min(earliest.get(mention.date, far_future), day)
        date = max(votes, key=lambda d: (len(votes[d]), -earliest[d].toordinal(), d))
        sources = tuple(dict.fromkeys(m.sentence.article_id for m, _, _ in group))
        tellers = [m for m, _, _ in group if m.date == date]
        # more stories first, then the more precise date, then the order the articles tell them in
        ranked.append(((-story_count(sources, story_of), -len(date), order), date, tellers, sources))
        group_of[tellers[0]] = group
    merged: dict[tuple[str, str], Dated] = {}
    shown: set[str] = set()
    # Each happening's first sentence is asked about together; another, only where it is needed.
    asked = list(dict.fromkeys((tellers[0].sentence.text, date) for _, date, tellers, _ in ranked))
    fits = dict(zip(asked, readable(asked), strict=True)) if readable is not None else {}

    def fit(text: str, date: str) -> bool:
        if readable is not None and (text, date) not in fits:
            [fits[(text, date)]] = readable([(text, date)])
        return fits.get((text, date), True)

    for _, date, tellers, sources in sorted(ranked, key=lambda item: item[0]):
        key = (date, tellers[0].sentence.text)
        if key in merged:  # the same sentence dates this happening already: one entry, all its sources
            merged[key] = Dated(date, key[1], tuple(dict.fromkeys(merged[key].sources + sources)))
            continue
        told = dict.fromkeys(m.sentence.text for m in tellers)
        fresh = next((text for text in told if text not in shown and fit(text, date)), None)
        if fresh is not None:
            shown.add(fresh)
            group = group_of[tellers[0]]
            if fresh != group[0][0].sentence.text and coverage > 0:
                # The happening's members were matched to its first sentence; another one shown is
                # cited only by those that state it too (r19: "Earlier this year, the founders hoped ..."
                # cited a page whose "was formed this year" had joined the first).
                sources = _supporting(fresh, group, stated, weight, coverage)
            merged[(date, fresh)] = Dated(date, fresh, sources)
    entries = sorted(merged.values(), key=lambda d: (d.date, d.text))
    return tuple(_merge_repeats(entries, weight) if coverage > 0 else entries)


def _supporting(text: str, group: Sequence[tuple[Mention, int, int]], stated: Sequence[frozenset[str]],
                weight: Mapping[str, float], coverage: float) -> tuple[str, ...]:
    """The articles of a happening's mentions (mention, row, index into ``stated``) whose sentence is
    ``text`` or states its particulars (see :func:`newsbrief.evidence.covered`), in order."""
    [own] = [at for m, _, at in group if m.sentence.text == text][:1]
    return tuple(dict.fromkeys(m.sentence.article_id for m, _, at in group
                               if m.sentence.text == text or covered(stated[own], stated[at], weight) >= coverage))


def _merge_repeats(entries: Sequence[Dated], weight: Mapping[str, float]) -> list[Dated]:
    """Entries of one date that state each other's particulars (both ways, at least :data:`_REPEAT`;
    see :func:`newsbrief.evidence.covered`) as one, the first kept, their sources joined: two
    wordings of one happening that the embedding put apart."""
    coverage = _REPEAT
    kept: list[Dated] = []
    words = {entry.text: fact_words(entry.text) for entry in entries}
    for entry in entries:
        for at, other in enumerate(kept):
            if (other.date == entry.date and covered(words[other.text], words[entry.text], weight) >= coverage
                    and covered(words[entry.text], words[other.text], weight) >= coverage):
                kept[at] = Dated(other.date, other.text, tuple(dict.fromkeys(other.sources + entry.sources)))
                break
        else:
            kept.append(entry)
    return kept


def _aside(mention: Mention) -> bool:
    """Whether a date is told inside a relative clause ("Michael Jackson, who died in 2009"): it dates
    that clause, not the happening its sentence tells, and an entry would show the sentence under it."""
    return any(m.start() <= mention.start < m.end() for m in _RELATIVE.finditer(mention.sentence.text))


# Verbs of saying, and "according to": what a sentence says someone said ("is to be announced" is no saying).
_SAYING = re.compile(r"(?<!\bbe )(?<!\bbeen )\b(?:said|says|say|told|tells|announced|announces|added|adds|stated|"
                     r"declared|predicted|predicts|warned|warns|promised|promises|reported|reports|according\s+to)\b",
                     re.IGNORECASE)
# A day that modifies a noun: "the Oct. 30 indictment", "Cardoso's Oct. 5 re-election", "over Monday's trial".
_OWNER_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)|\w['’]s)\s+$")
# ... unless the sentence's happening is within the thing named: "pressed the case in Saturday's talks",
# "took part in the Aug. 7 bombing", "at Sunday's rally".
_WITHIN = re.compile(r"\b(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)\s+|"
                     r"[\w.’'-]+['’]s\s+)?$")
_POSSESSIVE_AFTER = re.compile(r"^['’]s\b")
_NOUN_AFTER = re.compile(r"^(?:\s*[-–]\s*\d{1,2})?\s+[A-Za-z]")  # "the Aug. 7 U.S. Embassy bombing" too


def _of_a_thing(mention: Mention) -> bool:
    """Whether a day names a thing rather than the sentence's happening: it modifies a noun ("the
    Oct. 30 indictment", "Cardoso's Oct. 5 re-election", "Monday's upcoming trial") after the
    sentence's verb has been told ("Daalder said the arrest showed ... after the Oct. 30 indictment":
    the saying is not of Oct. 30). Before any verb the thing is what the sentence tells ("Monday's
    verdicts ended a 20-month trial"), and within it ("took part in the Aug. 7 bombing") it dates the
    happening too. A possessive "today's" is "nowadays" ("Today's South Africa has
    urgent new problems") and dates nothing."""
    text = mention.sentence.text
    end = mention.start + len(mention.expression)
    possessive = bool(_POSSESSIVE_AFTER.match(text[end:]))
    if mention.kind == "relative_day" and possessive:
        return mention.expression.lower() == "today"
    if mention.kind == "weekday":
        modifies = possessive
    elif mention.kind in ("month_day", "day_month"):
        modifies = bool(_OWNER_BEFORE.search(text[:mention.start]) and _NOUN_AFTER.match(text[end:]))
    else:
        return False
    return modifies and _TENSE.search(text[:mention.start]) is not None and not _WITHIN.search(text[:mention.start])


def _reported_ahead(mention: Mention, published: dt.date | None) -> bool:
    """Whether a day after its article's day of writing is told inside what someone said ("Temer said
    Congress would begin debate Nov. 4", "..., legislators said", "according to court documents"): it
    dates the thing said to come, and the sentence under it would read as said that day. A plan told
    plainly ("The commission will release its report Thursday") is a day to come on the timeline."""
    if published is None or mention.date <= published.isoformat()[:len(mention.date)]:
        return False
    text = mention.sentence.text
    quoted = quoted_spans(text)
    return any(not any(s <= said.start() < e for s, e in quoted) for said in _SAYING.finditer(text))


def _narrates(days: Mapping[int, str], published: dt.date | None) -> bool:
    """Whether an article tells of days long before it was written, naming them in full ("early
    Saturday morning, Sept. 26" in a November feature): its bare weekdays are then the days of its
    narrative ("When the firing had died down Monday morning"), not of the week of writing."""
    return published is not None and any(
        (published - dt.date.fromisoformat(day)).days > _NARRATIVE_DAYS for day in days.values())


def _side_year(mention: Mention) -> bool:
    """Whether a bare year ("in 1979") stands beside a finer time its sentence names ("died on
    Tuesday", "declared the party's formation in June"): the finer one dates the sentence's
    happening, and the year a thing it mentions ("a thesis supported by a House committee in 1979",
    "the demonstrations in 1989"), which an entry would show the death or the declaration under.
    So whether or not the finer time could be placed, the year dates no entry."""
    return mention.kind == "year" and any(
        pattern.search(mention.sentence.text) for kind, pattern in _PATTERNS if kind not in ("year", "weekend"))


# Words a sentence needs beyond its dates to tell a happening: "Saturday, January 1, 2005" tells none.
_HAPPENING_WORDS = 3
# Page furniture that carries a date or sits beside one: an embedded post's signature and link, a photo's credit.
# Captions themselves are clean.is_caption's.
_EMBED = re.compile(r"\(@\w+\)|pic\.twitter\.com/|\b(?:[A-Z]+ )?(?:Photo|Photograph|Image|Picture|Credit)s?"
                    r"(?: by)?\s*[:/]|\bPhoto(?:graph)?s? by\b|\bGetty Images\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def may_date(text: str) -> bool:
    """Whether a sentence may tell a dated happening: whatever the day it is read against, only such a
    sentence gives :func:`mentions` (so the brief embeds it, for :func:`timeline` and :func:`written`).

    >>> may_date("The ferry sank on Tuesday off the coast."), may_date("The ferry sank off the coast.")
    (True, False)
    """
    # A weekend is read only for a summary sentence's told dates: it dates no timeline entry.
    return _tells(text) and any(pattern.search(text) for kind, pattern in _PATTERNS if kind != "weekend")


def _tells(text: str) -> bool:
    """Whether a sentence says more than a date: a date line alone is not a happening, nor is a photo
    caption's credit or an embedded tweet's signature ("— Donald J. Trump (@realDonaldTrump) April 1, 2017")."""
    if _EMBED.search(text) or is_caption(text):
        return False
    words = [w for w in _WORD.findall(text) if w.lower() not in _MONTHS and w.lower() not in _WEEKDAYS]
    return len(words) >= _HAPPENING_WORDS


def scannable(entries: Sequence[Dated], story_of: Mapping[str, str], limit: int,
              written: dt.date | None) -> tuple[Dated, ...]:
    """The entries of a timeline a reader scans: the ``limit`` dated by most stories, in date order,
    without the background one story gives.

    Args:
        entries: A timeline, as :func:`timeline` gives it.
        story_of: Article id to the id of the story it tells (a copy tells its original's story);
            articles not in it are stories of their own.
        limit: How many entries to keep, at least 0.
        written: The newest day an article of the event was written (its page date, or the day its
            weekdays tell), ``None`` when no article is dated.

    Returns:
        At most ``limit`` entries: those whose sources are the most stories, on a tie the more
        precise date, then the later (the news, before its background); sorted by date as the
        timeline is. An entry one story dates is background (a career's years, the history a
        feature recalls), left to the JSON output, which has every entry: when it is more than
        ``_BACKGROUND`` before the event's latest day (``written``, or its newest entry if that is
        later), and whenever no article is dated, as then nothing tells the news from its history
        (blind readings of undated Multi-News briefs found nearly every such entry background: "2012:
        Adderall is the only drug class that showed increased use in 2012").
    """
    def rank(entry: Dated) -> tuple[int, int]:
        return -story_count(entry.sources, story_of), -len(entry.date)

    days = [d.date for d in entries if len(d.date) == len("YYYY-MM-DD")] or [d.date for d in entries]
    latest = max(written, _period_start(max(days))) if written and days else written
    news = [d for d in entries if story_count(d.sources, story_of) > 1
            or (latest is not None and latest - _period_start(d.date) <= _BACKGROUND)]
    ranked = sorted(sorted(news, key=lambda d: d.date, reverse=True), key=rank)  # stable: later first on ties
    return tuple(sorted(ranked[:limit], key=lambda d: (d.date, d.text)))


def _period_start(date: str) -> dt.date:
    """The first day of an ISO date of a year, month or day."""
    return dt.date.fromisoformat((date + "-01-01")[:10])
