"""The typed records every stage reads and writes.

A stage is a plain function from some of these records to others; nothing here
does any work beyond small derived properties.
"""

from __future__ import annotations

import datetime as dt
import stat
from dataclasses import dataclass, field
from enum import StrEnum

SCHEMA = "newsbrief/1"


class NewsbriefError(Exception):
    """A user error: bad input or options. The CLI prints it on one line, without a traceback."""


class Status(StrEnum):
    """What became of one input article."""

    USED = "used"
    DUPLICATE = "duplicate"  # the same text as another input; adds nothing
    COPY = "copy_of"  # a reworded copy of another input's story: read, but the same witness
    OFF_TOPIC = "off_topic"
    EMPTY = "empty"
    UNREADABLE = "unreadable"
    NOT_ENGLISH = "not_english"
    NOT_READ = "not_read"  # left out by the cap on what one event reads (Config.max_event_articles/words)


@dataclass(frozen=True, slots=True)
class Removed:
    """A span of an article's text that was left out of the brief, and why."""

    text: str
    why: str


@dataclass(frozen=True, slots=True)
class Article:
    """One input article as read from disk or stdin, before cleaning.

    ``removed`` holds what the reader itself took out (a metadata line that only
    carried the date, say), so the audit trail starts at the very first stage.
    ``published`` is the day the article was first published, if known; ``fetched`` the day a crawler
    saw it (a web archive's WARC-Date), which says nothing of when it was written. ``outlet`` is the
    name of the site or publication that carried it (its site name, else the domain of its ``url``),
    ``url`` its http(s) address and ``authors`` its bylines, each where the input tells them.
    """

    id: str
    path: str
    title: str | None
    published: dt.date | None
    text: str
    removed: tuple[Removed, ...] = ()
    fetched: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    category: str | None = None  # the section a feed list or feed files it under ("World", "Science")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of article text kept by cleaning; ``index`` is its position among the kept blocks."""

    index: int
    text: str


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """An article with boilerplate taken out: what is left, and every removed span.

    ``story_list_from`` is the index of the first paragraph after a heading that introduces a
    list of other stories ("LATEST WORLD STORIES"), if the page has one.
    """

    article: Article
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[Removed, ...]
    story_list_from: int | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity mention: its surface text and spaCy label (PERSON, GPE, ORG, ...)."""

    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a cleaned article.

    ``position`` counts sentences from the start of the article (0 = lead), so
    stages can prefer early sentences without knowing about paragraphs.
    """

    article_id: str
    paragraph: int
    position: int
    text: str
    entities: tuple[Entity, ...] = ()

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class ToldDate:
    """An expression a sentence tells a time by relative to the day it was written, and the date it
    stands for: "Saturday" at ``start`` (its offset in the sentence) is ``date``, read against its
    article's date; ``date`` is ISO at the expression's own precision: YYYY-MM-DD for a weekday or
    "January 12", YYYY-MM for "in January" or "next month", YYYY for "late last year"."""

    expression: str
    start: int
    date: str


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A sentence of the summary with the ids of the articles that support it.

    ``support`` counts independent witnesses: a reworded copy and its original count once, and so
    do two pages of one outlet (see :func:`newsbrief.sources.witnesses`).
    ``article`` and ``position`` say where the sentence was taken from (the article's id and the
    sentence's position in it, 0 = lead), so a reader can see that a sentence opening with "He"
    continues the one before it. ``dates`` are the dates its relative expressions stand for ("on
    Saturday" written on Monday, Nov. 30 is Nov. 28; "late last year" is 2025; "in January" is
    2026-01), which a reader of the brief, read on another day, cannot tell: the text stays the
    source's, and the pages show each date beside its expression. ``original`` is the source's
    sentence where the brief took out a time no date placed ("Trump last week forced ..." told as
    "Trump forced ..."; see :mod:`newsbrief.adjuncts`), ``""`` where ``text`` is the source's own.
    """

    text: str
    sources: tuple[str, ...]
    support: int
    article: str = ""
    position: int = -1
    dates: tuple[ToldDate, ...] = ()
    original: str = ""


@dataclass(frozen=True, slots=True)
class RankedEntity:
    """An entity of the event, with how many independent stories and mentions name it, and the articles."""

    text: str
    label: str
    stories: int
    mentions: int
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure as some articles state it: the normalized value, the words used and the sentence.

    A vague figure ("hundreds of thousands") has ``value`` as the low end of the range it stands for
    and ``high`` as the top; a point figure has no ``high``. ``published`` is the date of the
    earliest article stating it (used for updates); ``None`` for the earlier value of a change one
    sentence reports ("rose from 60 to 90 percent"), whose day it does not tell.
    """

    value: float
    stated: str
    text: str
    sources: tuple[str, ...]
    published: dt.date | None = None
    high: float | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """The claims of an event's articles about one quantity ("killed", "displaced", "percent turnout").

    A percentage's ``about`` starts with "percent" and says what it is a share of ("percent of wreck
    recovered"). The claims of an update are oldest first: the last is the newest value.
    """

    about: str
    claims: tuple[Claim, ...]

    @property
    def newest(self) -> Claim:
        """The claim published last (the last claim of an update); of claims of one day, the last listed."""
        return max(reversed(self.claims), key=lambda c: c.published or dt.date.min)


@dataclass(frozen=True, slots=True)
class Unconfirmed:
    """A claim made by one independent story only, and why it is listed.

    ``retracted`` marks a claim its speaker took back: that it was said is on the record, so a page lists
    it apart ("Taken back"), not as a claim awaiting confirmation (blind reading r19).
    """

    text: str
    sources: tuple[str, ...]
    why: str
    retracted: bool = False


@dataclass(frozen=True, slots=True)
class Dated:
    """A dated happening: the date at the precision the text gives (YYYY, YYYY-MM or YYYY-MM-DD)."""

    date: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Framing:
    """How an article tells the story: loaded terms it uses and its subjectivity relative to the others.

    ``score`` is the article's mean sentence subjectivity minus the median of the event's articles
    (positive: more opinionated than its peers).
    """

    loaded_terms: tuple[str, ...]
    score: float


@dataclass(frozen=True, slots=True)
class Genre:
    """Whether an article reads as a news report or in its writer's voice (an opinion piece, a review,
    a column), and the counts that say so (see :func:`newsbrief.genre.genre`).

    ``voiced`` of the ``read`` sentences carry a mark of the writer's voice outside quotations,
    ``attributed`` say who says what (a reporting verb, "according to", a quotation); ``rating`` is
    a review's rating where the article gives one ("3 stars", "Grade: B+"), else ``""``; ``author`` is
    the writer an opinion piece names in its closing tagline ("Mr. Romney is the Republican Party
    candidate for president."), else ``""``.
    """

    opinion: bool
    voiced: int
    attributed: int
    read: int
    rating: str = ""
    author: str = ""

    @property
    def described(self) -> str:
        """"opinion or review: 7 of 12 sentences in the writer's voice" (with a review's rating), or
        "news report: 1 of 12 sentences in the writer's voice"."""
        kind = "opinion or review" if self.opinion else "news report"
        rated = f', rated "{self.rating}"' if self.rating else ""
        signed = f", signed by {self.author}" if self.author else ""
        return (f"{kind}: {self.voiced} of {self.read} sentence{'s' if self.read != 1 else ''} in the writer's "
                f"voice, {self.attributed} attributed{rated}{signed}")


@dataclass(frozen=True, slots=True)
class Event:
    """The brief of one event.

    ``outlets`` names the distinct outlets of the articles the event reads, in input order (one name
    for an outlet however many of its pages are read); articles of unknown outlet are not in it.
    """

    id: str
    headline: str
    summary: tuple[SummarySentence, ...]
    articles: tuple[str, ...]
    entities: tuple[RankedEntity, ...] = ()
    disagreements: tuple[Figure, ...] = ()
    agreements: tuple[Figure, ...] = ()
    updates: tuple[Figure, ...] = ()
    unconfirmed: tuple[Unconfirmed, ...] = ()
    timeline: tuple[Dated, ...] = ()
    notes: tuple[str, ...] = ()  # what the brief withheld and why ("no publishable headline: ...")
    outlets: tuple[str, ...] = ()

    @property
    def newest(self) -> dict[str, Claim]:
        """The newest value of each figure that changed as news came in (``updates``), by what it counts:
        the value a headline or summary should give ("killed": over 10,000, not the first day's 231).
        Of two updates of one kind (two places), the one more stories report."""
        newest: dict[str, Claim] = {}
        for figure in self.updates:
            newest.setdefault(figure.about, figure.newest)
        return newest


@dataclass(frozen=True, slots=True)
class Account:
    """What happened to one input, for the user's audit: status, reason and removed spans."""

    id: str
    path: str
    title: str | None
    published: dt.date | None
    status: Status
    reason: str
    copy_of: str | None = None
    removed: tuple[Removed, ...] = ()
    framing: Framing | None = None
    written: dt.date | None = None  # the day its weekdays tell, where that is not the page date
    fetched: dt.date | None = None  # the day a crawler saw it (web archives): never its publication date
    outlet: str | None = None  # who carried it (see Article)
    url: str | None = None
    authors: tuple[str, ...] = ()
    category: str | None = None  # see Article
    genre: Genre | None = None  # news report or the writer's voice, for an article the event read


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything newsbrief says about a set of inputs."""

    events: tuple[Event, ...]
    articles: tuple[Account, ...]
    schema: str = field(default=SCHEMA)


@dataclass(frozen=True, slots=True)
class Fetch:
    """The last request for one web address, as the fetch log keeps it.

    ``status`` is the HTTP status of the last response (``None`` when none came); ``etag`` and
    ``last_modified`` the validators it gave, sent back to ask for the page only if it changed;
    ``fetched`` when it was made (UTC); ``content_hash`` the SHA-256 of the body last read;
    ``reason`` why the request failed, if it did.
    """

    url: str
    status: int | None
    etag: str | None
    last_modified: str | None
    fetched: dt.datetime
    content_hash: str | None = None
    reason: str | None = None


_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def special_file_kind(mode: int) -> str | None:
    """What a name of this ``st_mode`` is when it is no regular file ("a named pipe (FIFO)", "a folder"), else ``None``.

    Inputs and stores are read from regular files only: a pipe or a device would hang or never end.
    """
    return next((kind for test, kind in _SPECIAL_FILES if test(mode)), None)
