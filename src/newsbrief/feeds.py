"""Read news feeds: a list of RSS/Atom feeds by category, their entries, and the pages they link.

A feed list is OPML (what feed readers export: ``<outline xmlUrl=...>`` inside an outline whose
``text`` is the category) or a text file of one feed address a line, where a ``[category]`` line
files the feeds below it and ``#`` starts a comment line. Feeds are parsed by feedparser (RSS
0.9x-2.0, RDF, Atom 0.3 and 1.0); each entry gives the address of its article, and its title,
date and category, which the page itself may tell better (the page's own title and date win).

With a fetch log (a digest's store), a feed unchanged since the last run (304, or the same body)
is not read again, and an entry whose page is stored already is not fetched again unless the feed
says it was updated since.
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from newsbrief.config import Config
from newsbrief.fetch import FEED_TYPES, Failed, Fetcher, Unchanged, address_id, page_text, read_page
from newsbrief.ingest import shown
from newsbrief.model import Account, Article, NewsbriefError, Status
from newsbrief.sources import domain, name, web_url


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed of a feed list: its address and the category the list files it under."""

    url: str
    category: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """An entry of a feed: the address of its article, its title, date and category, as the feed gives them."""

    url: str
    title: str | None
    published: dt.date | None
    category: str | None
    updated: dt.datetime | None = None  # when the feed says the entry last changed (UTC)


def feed_list(text: str, source: str) -> list[Feed]:
    """The feeds of a feed list, OPML or text (see the module's docstring), in the order listed.

    >>> feed_list("https://a.example/rss\\n[World]\\nhttps://b.example/atom.xml # wire\\n", "feeds.txt")
    [Feed(url='https://a.example/rss', category=None), Feed(url='https://b.example/atom.xml', category='World')]

    Raises:
        NewsbriefError: An OPML list that is no well-formed XML, or a list without any feed.
    """
    opml = text.lstrip().startswith("<")
    feeds = _opml_feeds(text, source) if opml else _text_feeds(text)
    if not feeds:
        raise NewsbriefError(f"{source}: no feed listed; give one feed address a line (a '[category]' line "
                             "files those below it), or an OPML file")
    return feeds


def _text_feeds(text: str) -> list[Feed]:
    feeds: list[Feed] = []
    category: str | None = None
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            category = name(line[1:-1])
            continue
        feeds.append(Feed(line, category))
    return feeds


def _opml_feeds(text: str, source: str) -> list[Feed]:
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        raise NewsbriefError(f"{source}: not a well-formed OPML file ({error})") from None
    feeds: list[Feed] = []

    def walk(element: ElementTree.Element, category: str | None) -> None:
        for outline in element.findall("outline"):
            url = outline.get("xmlUrl") or outline.get("xmlurl")
            label = name(outline.get("text") or outline.get("title"))
            if url:
                feeds.append(Feed(url.strip(), name(outline.get("category")) or category))
            else:  # an outline of outlines: a category
                walk(outline, label or category)

    walk(root.find("body") if root.find("body") is not None else root, None)  # type: ignore[arg-type]
    return feeds


def entries(body: str, feed: Feed) -> tuple[list[Entry], str | None]:
    """The entries of a feed's text, and why it is no feed when it is none.

    Links are made absolute against the feed's address; entries without a link are left out (there
    is no article to read). A feed feedparser finds malformed but with entries is read for them.
    """
    import feedparser  # only feeds need it

    # A stream, never a string: feedparser would take a string that looks like an address for one to fetch.
    parsed: Any = feedparser.parse(io.BytesIO(body.encode("utf-8")), response_headers={
        "content-location": feed.url, "content-type": "application/xml; charset=utf-8"})
    if not parsed.entries:
        if parsed.get("bozo") and parsed.get("version", "") == "":
            problem = str(parsed.get("bozo_exception", "")).splitlines()[0:1]
            return [], "not an RSS or Atom feed" + (f" ({shown(problem[0])[:120]})" if problem else "")
        return [], None
    found: list[Entry] = []
    for item in parsed.entries:
        url = web_url(item.get("link"))
        if url is None:
            continue
        # dict.get, not feedparser's: its get() maps a missing "updated_parsed" to "published_parsed", with a warning.
        updated = _when(dict.get(item, "updated_parsed"))
        published = _when(dict.get(item, "published_parsed")) or updated
        tags = [name(tag.get("term")) for tag in item.get("tags") or []]
        category = feed.category or next((tag for tag in tags if tag), None)
        found.append(Entry(url, name(item.get("title")), published.date() if published else None, category, updated))
    return found, None


def _when(value: Any) -> dt.datetime | None:
    """feedparser's UTC ``time.struct_time`` as a datetime."""
    if value is None:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def read_feeds(feeds: Sequence[Feed], config: Config, fetcher: Fetcher,
               stored: Callable[[str], bool] = lambda _: False) -> Iterator[tuple[list[Article], list[Account]]]:
    """Read every feed, then fetch and read the page of each new entry; yields what each page gave.

    Args:
        feeds: The feeds, in order.
        config: Settings of the run.
        fetcher: The client (with the fetch log, for a digest).
        stored: Whether the page of an address is stored already; such an entry is not fetched
            again, unless the feed says it changed after the last fetch (then it is asked for
            conditionally).

    Yields:
        Per feed that could not be read, its account; per entry, its article or the account of why
        its page could not be read. Addresses of pages not fetched again are in ``fetcher.unchanged``.
        A feed's log record is kept once all its entries have been yielded, so a run stopped
        midway reads the feed again next time; without its validators when the page of an entry
        failed in a way that may pass (a timeout, a 5xx), so the next run reads it again.
    """
    seen: set[str] = set()
    for feed in feeds:
        feed_id = "feed:" + address_id(feed.url)
        got = fetcher.get(feed.url, FEED_TYPES, conditional=True)
        if isinstance(got, Unchanged):
            fetcher.unchanged.append(feed.url)
            fetcher.keep(got.record)
            continue
        if isinstance(got, Failed):
            fetcher.keep(got.record)
            yield [], [_feed_refused(feed_id, feed, got.reason)]
            continue
        text, undecoded = page_text(got)
        found, problem = entries(text, feed) if text is not None else ([], undecoded)
        if problem is not None:
            fetcher.keep(replace(got.record, content_hash=None, etag=None, last_modified=None,
                                 reason=f"{shown(feed.url)}: {problem}"))
            yield [], [_feed_refused(feed_id, feed, f"{shown(feed.url)}: {problem}")]
            continue
        if not found:
            yield [], [_feed_refused(feed_id, feed, f"{shown(feed.url)}: the feed lists no article", Status.EMPTY)]
        for entry in found:
            if entry.url in seen:  # listed by two feeds: one page
                continue
            seen.add(entry.url)
            known = stored(entry.url)
            last = fetcher.last(entry.url) if known else None
            if known and last is not None and (entry.updated is None or entry.updated <= last.fetched):
                fetcher.unchanged.append(entry.url)
                continue
            yield read_page(fetcher, entry.url, config, title=entry.title, published=entry.published,
                            category=entry.category, conditional=known)
        if any(entry.url in fetcher.transient for entry in found):
            # A page that timed out or met a 5xx is tried again next run: the feed is read again in full then.
            fetcher.keep(replace(got.record, etag=None, last_modified=None, content_hash=None))
        else:
            fetcher.keep(got.record)


def _feed_refused(feed_id: str, feed: Feed, reason: str, status: Status = Status.UNREADABLE) -> Account:
    return Account(feed_id, shown(feed.url), None, None, status, reason, outlet=domain(feed.url),
                   url=web_url(feed.url), category=feed.category)
