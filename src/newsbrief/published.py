"""Read each article's own publication date: the day it was first published, never a later one.

Where the date comes from, by kind of input:

* HTML pages: the page's metadata, read by htmldate (Barbaresi 2020, the date reader of trafilatura)
  set to prefer the *original* date over the last update. Its opportunistic search of the page text is
  off: it takes a footer's "© 2021" for 2021-01-01. Reader comments are cut out before it looks, and a
  date in the URL comes last, after any "Published ..." line of the page: a URL can carry the date of a
  print edition or a section archive (newspaper4k#209), not the article's.
* Text (scraped pages, and JSONL articles without a date field): the date line under the title, in the
  forms sites print ("Published: 6 March 2023 | Updated: 8 March 2023", "Posted on 6 March 2023",
  "Saturday, January 1, 2005", "2008-03-12", "04/03/2020"). Of a published and an updated date the
  published one wins; an update alone is taken, as the article existed by then.
* Web archives: a WARC-Date says when a crawler saw the page, not when it was written; it is kept as
  the article's ``fetched`` day by the reader, and only bounds the page's date from above.

A numeric date whose day and month may be read either way ("04/03/2020") is read only with evidence
of the order: the weekday printed beside it, another numeric date that can only be read one way
("15/03/2020") in the same text or in the other date lines of the same JSONL cluster (one source), the
outlet's country from a page's web address (the short date pattern of the country's locale in CLDR,
through Babel), or, across the articles read together, the other stories' dates: one reading falls
among them and the other does not. Without evidence the date is unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

import dateutil.parser


class Order(StrEnum):
    """The order of day and month in an outlet's numeric dates."""

    DAY_FIRST = "day first"
    MONTH_FIRST = "month first"


@dataclass(frozen=True, slots=True)
class DateLine:
    """A line, or the opening of a line, that dates its article.

    ``date`` is the publication date it gives, or ``None`` when it is a numeric date of unknown day and
    month order; then ``readings`` holds the day-first and the month-first reading, in that order.
    ``text`` is the part of the line that is the date line (the whole line, or its start when the
    article's first sentence was run into it); ``label`` says which date was taken: ``"published"``,
    ``"updated"`` or ``""`` when the line names none.
    """

    date: dt.date | None
    text: str
    label: str = ""
    readings: tuple[dt.date, ...] = ()


# Labels of the dates a site prints. An update or modification never replaces a publication date.
# "Posted by Jane Doe on 6 March 2023": a name may stand between the label and its date.
_LABEL = re.compile(
    r"\b(?P<label>(first |originally )?(published|posted|created|issued|dated?)|"
    r"(last )?(updated|modified|edited|revised))"
    r"\b(\s+by\s+[^|•·\d]{1,60}?\s+(on|at)\b|\s+(on|at)\b)?\s*:?\s*",
    re.IGNORECASE,
)
# "By Jane Doe | Published: 6 March 2023": a byline beside labelled dates, set off by a separator.
_BYLINE = re.compile(r"^\s*by\s+[^|•·\d]{1,60}?\s*[|•·]|[|•·]\s*by\s+[^|•·\d]{1,60}$", re.IGNORECASE)
_UPDATES = ("updated", "modified", "edited", "revised")
_MONTH = (r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|"
          r"nov(ember)?|dec(ember)?)\.?")
_WEEKDAY = r"(mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(day)?\.?"
_ORDINAL = r"(st|nd|rd|th)?"
# One date: in words (day-month-year or month-day-year), ISO (year first), or numeric with the year last.
_DATE = re.compile(
    rf"(?P<weekday>{_WEEKDAY},?\s+)?("
    rf"(?P<words>\d{{1,2}}{_ORDINAL}\s+(of\s+)?{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}{_ORDINAL},?\s+\d{{4}})|"
    r"(?P<iso>(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2}))|"
    r"(?P<num>(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4})))(?!\d)",
    re.IGNORECASE,
)
# A numeric date with the year last, alone: what tells a text's order. Dotted dates are day first anyway.
_NUMERIC = re.compile(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2\d{4}(?!\d)")
# What may stand beside the dates on a date line: times, time zones, "at", separators.
_TIME = re.compile(r"\b\d{1,2}([:.]\d{2}){1,2}\s*([ap]\.?m\.?)?(?![\w])|\b\d{1,2}\s*[ap]\.?m\.?(?![\w])|"
                   r"(?-i:T)\d{2}:\d{2}(:\d{2}(\.\d+)?)?(?-i:Z)?|[+-]\d{2}:?\d{2}\b|"  # ISO 8601 time, offset
                   r"(?-i:\b([A-Z]{1,2}[SD]?T|UTC|GMT|CEST|AEST|AEDT)\b)|\bat\b|\bon\b", re.IGNORECASE)
_LEFTOVER = re.compile(r"^[\s|/,;:.•·()\[\]–—-]*$")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "2005Through a telethon" or "2005 Up to four times as many women": a date run into the lead.
_RUN_IN = re.compile(r"\s*(?=[A-Z\"'“‘])")
# The longest date lines seen hold two labelled dates with times, about 90 characters.
_LINE_MAX_CHARS = 200
_CC_TERRITORY = {"uk": "GB"}  # the one country-code domain that is not its ISO 3166 code
# Both readings of a numeric date are at least 28 days apart (4/3 and 3/4, 1/2 and 2/1), so a window
# under half of that can never take both. A week holds the days of one event's first reports.
_NEAR_DAYS = 7


def date_line(line: str, order: Order | None = None) -> DateLine | None:
    """The date a line gives if it is a date line, else ``None``.

    A date line holds dates, their labels ("Published", "Updated", "Posted on"), times and
    separators, and nothing else; or it opens with a weekday and a date run into the first sentence
    ("Tuesday, January 18, 2005Through a telethon, ...", as WikiNews pages were scraped).

    Args:
        line: One line of text.
        order: The outlet's day and month order, if known, to read a numeric date with.

    >>> date_line("Published: 6 March 2023 | Updated: 8 March 2023").date
    datetime.date(2023, 3, 6)
    >>> date_line("Updated March 8, 2023, 5:02 PM")
    DateLine(date=datetime.date(2023, 3, 8), text='Updated March 8, 2023, 5:02 PM', label='updated', readings=())
    >>> date_line("04/03/2020").readings
    (datetime.date(2020, 3, 4), datetime.date(2020, 4, 3))
    >>> date_line("Saturday, March 26, 2005 Up to four times as many women died.").text
    'Saturday, March 26, 2005'
    >>> date_line("The fire broke out on March 8, 2023.") is None
    True
    """
    stripped = line.strip()
    # a whole date line is short; a longer line can only open with one
    found = _labelled_dates(stripped) if len(stripped) <= _LINE_MAX_CHARS and _DATE.search(stripped) else []
    if found:
        return _choose(found, stripped, order)
    opening = _DATE.match(stripped)
    if opening is None or not opening.group("weekday"):
        return None
    rest = stripped[opening.end():]
    if not _RUN_IN.match(rest) or not rest.strip():
        return None
    dated = _read(opening, order)
    if dated is None:
        return None
    date, readings = dated
    return DateLine(date, opening.group(0).strip(), "", readings)


def _labelled_dates(line: str) -> list[tuple[str, re.Match[str]]]:
    """Each date of a whole date line with the label before it (``""`` for none); empty if not one."""
    found: list[tuple[str, re.Match[str]]] = []
    leftover: list[str] = []
    position, label = 0, ""
    line = _BYLINE.sub(lambda byline: " " * len(byline.group(0)), line) if _LABEL.search(line) else line
    while position < len(line):
        named = _LABEL.match(line, position)
        if named is not None and named.end() > position:
            label = "updated" if named.group("label").lower().endswith(_UPDATES) else "published"
            position = named.end()
            continue
        dated = _DATE.match(line, position)
        if dated is not None:
            found.append((label, dated))
            position = dated.end()
            continue
        timed = _TIME.match(line, position)
        if timed is not None and timed.end() > position:
            position = timed.end()
            continue
        leftover.append(line[position])
        position += 1
    return found if found and _LEFTOVER.match("".join(leftover)) else []


def _choose(found: list[tuple[str, re.Match[str]]], line: str, order: Order | None) -> DateLine | None:
    # The original publication wins over any update; an update alone still dates the article.
    label, match = min(found, key=lambda item: item[0] == "updated")
    dated = _read(match, order)
    if dated is None:
        return None
    date, readings = dated
    return DateLine(date, line, label, readings)


def _read(match: re.Match[str], order: Order | None) -> tuple[dt.date | None, tuple[dt.date, ...]] | None:
    """The date of a match and, for a numeric date of unknown order, its two readings; ``None``: no date."""
    if match.group("words"):
        try:
            day = dateutil.parser.parse(match.group("words"), ignoretz=True).date()
        except (ValueError, OverflowError):
            return None
        return day, ()
    if match.group("iso"):
        day = calendar_day(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
        return (day, ()) if day else None
    first, second, year = int(match.group("first")), int(match.group("second")), int(match.group("year"))
    day_first, month_first = calendar_day(year, second, first), calendar_day(year, first, second)
    if day_first is None or month_first is None or day_first == month_first:
        day = day_first or month_first  # one reading only: "15/03/2020", "03/15/2020", "04/04/2020"
        return (day, ()) if day else None
    readings = (day_first, month_first)
    weekday = match.group("weekday")
    if weekday:
        told = [r for r in readings if _WEEKDAYS[r.weekday()] == weekday[:3].lower()]
        if len(told) == 1:
            return told[0], ()
    if match.group("sep") == ".":
        return day_first, ()  # "04.03.2020" is the European form; no locale writes the month first with dots
    if order is not None:
        return (day_first if order is Order.DAY_FIRST else month_first), ()
    return None, readings


def calendar_day(year: int, month: int, day: int) -> dt.date | None:
    """The day of these numbers, or ``None`` when there is none (a 31st of June, a month 13)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def opening_dates(
    lines: Sequence[str], start: int, limit: int, order: Order | None = None
) -> list[tuple[int, DateLine]]:
    """The first run of date lines among ``limit`` lines from ``start``, with their indexes.

    A run is a date line and those that follow it with only blank lines between ("Updated ..." on
    one line, "Published ..." on the next). Only the opening lines are searched: a reader comment or
    a footer at the end never dates a page.
    """
    run: list[tuple[int, DateLine]] = []
    for index in range(start, min(len(lines), start + limit)):
        found = date_line(lines[index], order)
        if found is not None:
            run.append((index, found))
        elif run and lines[index].strip():
            break
    return run


def publication(run: Sequence[DateLine]) -> DateLine | None:
    """The date line of a run that gives the publication: the first that is not an update, else the first.

    >>> publication([date_line("Updated 8 March 2023"), date_line("Published 6 March 2023")]).date
    datetime.date(2023, 3, 6)
    """
    return min(run, key=lambda line: line.label == "updated", default=None)


def text_order(text: str) -> Order | None:
    """The day and month order of a text's own numeric dates, when one of them can be read only one way.

    >>> text_order("04/03/2020 ... the council met on 17/02/2020.")
    <Order.DAY_FIRST: 'day first'>
    >>> text_order("04/03/2020") is None
    True
    """
    told: set[Order] = set()
    for match in _NUMERIC.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second:
            told.add(Order.DAY_FIRST)
        elif second > 12 >= first:
            told.add(Order.MONTH_FIRST)
    return told.pop() if len(told) == 1 else None


def url_order(url: str | None) -> Order | None:
    """The day and month order of the country whose domain a web address is in (``None``: no country).

    Follows the short date pattern of the country's first official language in CLDR.

    >>> url_order("https://www.example.co.uk/news/1")
    <Order.DAY_FIRST: 'day first'>
    >>> url_order("https://example.com/news/1") is None
    True
    """
    host = urlsplit(url or "").hostname or ""
    suffix = host.rsplit(".", 1)[-1]
    if len(suffix) != 2 or not suffix.isalpha():
        return None  # .com, .org, .news: no country
    from babel import Locale, UnknownLocaleError, languages  # CLDR data, loaded only when a domain is asked

    territory = _CC_TERRITORY.get(suffix, suffix.upper())
    spoken = languages.get_official_languages(territory, de_facto=True)
    if not spoken:
        return None
    try:
        pattern = Locale.parse(f"{spoken[0]}_{territory}").date_formats["short"].pattern
    except (UnknownLocaleError, ValueError):
        return None
    day, month, year = (pattern.find(symbol) for symbol in "dMy")
    if min(day, month) < 0 or year < min(day, month):
        return None  # year first (Sweden's y-MM-dd): the order of a two-number start is not told
    return Order.DAY_FIRST if day < month else Order.MONTH_FIRST


def among_others(readings: Sequence[dt.date], others: Sequence[dt.date]) -> dt.date | None:
    """The one reading of an ambiguous date that falls among the other stories' dates, else ``None``.

    A reading is among them when another story is dated within a week of it; when both or neither are,
    the order stays unknown.

    >>> among_others([dt.date(2020, 3, 4), dt.date(2020, 4, 3)], [dt.date(2020, 3, 4), dt.date(2020, 3, 5)])
    datetime.date(2020, 3, 4)
    """
    near = [r for r in readings if any(abs((r - other).days) <= _NEAR_DAYS for other in others)]
    return near[0] if len(near) == 1 else None


def html_date(html: str, latest: dt.date | None = None) -> dt.date | None:
    """The publication date in an HTML page's metadata, as htmldate reads it, preferring the original date.

    Reader comments are removed first; the page text is not searched for bare dates, and the URL is
    not read (see :func:`url_date`).

    Args:
        html: The page.
        latest: No date after this day is taken (a page captured on a day was published by then).
    """
    import lxml.html
    from htmldate import find_date

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for comments in tree.xpath(_COMMENTS):
        comments.drop_tree()
    # url="" and not None: htmldate would read the canonical link's URL first otherwise.
    found = find_date(tree, extensive_search=False, original_date=True, url="",
                      max_date=(latest or dt.date.today()).isoformat())
    return dt.date.fromisoformat(found) if found else None


# Sections of reader comments, as trafilatura finds them (id or class "comment...", but not "commentary";
# Disqus's thread).
_COMMENTS = ("//*[contains(translate(@id, 'COMENT', 'coment'), 'comment') "
             "and not(contains(translate(@id, 'COMENTARY', 'comentary'), 'commentary'))]"
             "|//*[contains(translate(@class, 'COMENT', 'coment'), 'comment') "
             "and not(contains(translate(@class, 'COMENTARY', 'comentary'), 'commentary'))]"
             "|//*[@id='disqus_thread']")

_URL_DATE = re.compile(r"/(?P<y>(19|20)\d{2})[/-](?P<m>\d{2})[/-](?P<d>\d{2})(?=[/-]|$)")


def url_date(url: str | None) -> dt.date | None:
    """The date in a web address's path ("/2019/03/22/..."), the last resort of an HTML page.

    >>> url_date("https://example.com/2019/03/22/crane-collapse/")
    datetime.date(2019, 3, 22)
    """
    match = _URL_DATE.search(urlsplit(url or "").path)
    return calendar_day(int(match.group("y")), int(match.group("m")), int(match.group("d"))) if match else None
