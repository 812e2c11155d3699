"""Who carried an article: its outlet, address and authors, and which articles are one witness.

Readers take these from what the input says of itself (a page's ``og:site_name`` and author
meta as trafilatura reads them, a web archive's ``WARC-Target-URI``, the ``url``,
``source_domain`` and ``authors`` fields news-please writes, header lines of a text file) and
make them safe here: an address is kept only when it is an http(s) URL, names are one line of
printable text.

Two pages of one outlet are not two witnesses, as a reworded copy of a wire story is not
(:mod:`newsbrief.dedup`): :func:`witnesses` joins the stories of an outlet's articles, so support
counts each outlet once. Outlets are told apart by name (case and spacing aside) and by the host of
their URLs (``www.``, ``m.`` and ``amp.`` aside): a page named "Reuters" and one at
``https://www.reuters.com/...`` are one outlet when any article links the two.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

_MAX_NAME = 120  # characters of an outlet or author name; longer is not a name but text in the wrong field
_MAX_URL = 2048  # the longest URL browsers and servers commonly accept
_MAX_AUTHORS = 12
# Host prefixes of one site's mobile, accelerated and plain versions.
_HOST_PREFIX = re.compile(r"^(?:www\d*|m|mobile|amp)\.")
# "Jane Roe; Sam Poe", "Jane Roe, Sam Poe and Ann Loe", "Jane Roe & Sam Poe"
_AUTHOR_SEPARATOR = re.compile(r"\s*(?:;|,|&|\band\b|\|)\s*", re.IGNORECASE)
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
# Record fields that name the outlet, the address and the authors, in the order they are trusted:
# newsbrief's own, trafilatura's JSON ("source-hostname" is its site name), news-please's.
_OUTLET_FIELDS = ("outlet", "sitename", "source-hostname", "site_name", "source_domain", "hostname")
_URL_FIELDS = ("url", "source", "link")
_AUTHOR_FIELDS = ("authors", "author")


class Carried(Protocol):
    """What tells an article's outlet: an :class:`~newsbrief.model.Article` or its
    :class:`~newsbrief.model.Account`."""

    @property
    def id(self) -> str: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Source:
    """Who carried an article, as far as its input tells: outlet name, http(s) URL and authors."""

    outlet: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()


def story_count(articles: Iterable[str], story_of: Mapping[str, str]) -> int:
    """How many stories (or witnesses) tell the given articles: a copy counts with its original, and an
    article ``story_of`` does not name is a story of its own.

    >>> story_count(["a", "b", "c"], {"b": "a"})
    2
    """
    return len({story_of.get(article, article) for article in articles})


def web_url(value: object) -> str | None:
    """``value`` when it is an absolute http(s) URL of one line, else ``None``.

    Anything else (``javascript:``, ``data:``, a relative path, a name with spaces) could not be
    followed by a reader, or could run code where it became a link.

    >>> web_url(" https://www.reuters.com/world/a-1 ")
    'https://www.reuters.com/world/a-1'
    >>> web_url("javascript:alert(1)") is None, web_url("/world/a-1") is None
    (True, True)
    """
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or len(url) > _MAX_URL or any(not c.isprintable() or c.isspace() for c in url):
        return None
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
    except ValueError:  # a malformed port or IPv6 address
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return url


def domain(url: str | None) -> str | None:
    """The host of an http(s) URL without its ``www.``: the name of an outlet that names itself nowhere.

    >>> domain("https://www.reuters.com/world/a-1")
    'reuters.com'
    """
    if (url := web_url(url)) is None:
        return None
    host = urllib.parse.urlsplit(url).hostname or ""
    return re.sub(r"^www\d*\.", "", host.rstrip(".")) or None


def name(value: object) -> str | None:
    """A name as one line of printable text, or ``None`` when ``value`` is no usable name."""
    if not isinstance(value, str):
        return None
    text = " ".join("".join(c if c.isprintable() else " " for c in value).split())
    return text if text and len(text) <= _MAX_NAME else None


def author_names(value: object) -> tuple[str, ...]:
    """The names of a byline or author field: a list of names, or one text of names joined by
    ``;``, ``,``, ``&`` or "and" (trafilatura joins authors with ``;``), without a leading "By".

    >>> author_names("By Jane Roe and Sam Poe")
    ('Jane Roe', 'Sam Poe')
    >>> author_names(["Jane Roe", 7, "Jane Roe"])
    ('Jane Roe',)
    """
    values: Iterable[object] = value if isinstance(value, list | tuple) else [value]
    names: list[str] = []
    for item in values:
        if not isinstance(item, str):
            continue
        for part in _AUTHOR_SEPARATOR.split(_BY.sub("", item)):
            found = name(part)
            if found and found not in names:
                names.append(found)
    return tuple(names[:_MAX_AUTHORS])


def outlet_of(site: object, url: str | None) -> str | None:
    """The outlet's name: the site's own name, else the domain of the article's URL."""
    return name(site) or domain(url)


def record_source(record: Mapping[str, Any], url: str | None = None) -> Source:
    """Who carried the article of a JSON record: newsbrief's fields (``outlet``, ``url``, ``authors``),
    trafilatura's (``sitename``/``source-hostname``, ``source``, ``author``) or news-please's
    (``source_domain``, ``url``, ``authors``). ``url`` is the address known from elsewhere (a web
    archive's record), used when the record gives none. Fields of the wrong type are no value.
    """
    url = next((found for key in _URL_FIELDS if (found := web_url(record.get(key)))), None) or web_url(url)
    site = next((found for key in _OUTLET_FIELDS if (found := name(record.get(key)))), None)
    authors = next((names for key in _AUTHOR_FIELDS if (names := author_names(record.get(key)))), ())
    return Source(outlet_of(site, url), url, authors)


def _keys(article: Carried) -> set[str]:
    """What tells an article's outlet: its name and the host of its URL."""
    keys = set()
    if article.outlet:
        keys.add("name:" + " ".join(article.outlet.casefold().split()))
        if "." in article.outlet and " " not in article.outlet:  # a domain used as the name
            keys.add("host:" + _HOST_PREFIX.sub("", article.outlet.casefold()))
    if (host := domain(article.url)) is not None:
        keys.add("host:" + _HOST_PREFIX.sub("", host))
    return keys


def _find(parent: dict[str, str], item: str) -> str:
    while parent.get(item, item) != item:
        item = parent[item]
    return item


def _join(parent: dict[str, str], groups: Mapping[str, str], articles: Sequence[Carried]) -> None:
    """Join the groups (``groups[article id]``) of articles that share an outlet; the earlier group leads."""
    first: dict[str, str] = {}
    for article in articles:
        for key in sorted(_keys(article)):
            if key not in first:
                first[key] = groups[article.id]
                continue
            lead, other = _find(parent, first[key]), _find(parent, groups[article.id])
            if lead != other:
                parent[other] = lead


def witnesses(story_of: Mapping[str, str], articles: Sequence[Carried]) -> dict[str, str]:
    """Article id to the witness it is: its story (:func:`newsbrief.dedup.stories`), with the stories
    of one outlet's articles joined into the story of that outlet's first article.

    Articles of unknown outlet keep their story, so without outlets this is ``story_of``.

    >>> from newsbrief.model import Article
    >>> a = Article("a", "a.txt", None, None, "", outlet="Reuters")
    >>> b = Article("b", "b.txt", None, None, "", outlet="Reuters", url="https://www.reuters.com/x")
    >>> c = Article("c", "c.txt", None, None, "", outlet="reuters.com")
    >>> d = Article("d", "d.txt", None, None, "", outlet="AP")
    >>> witnesses({"a": "a", "b": "b", "c": "c", "d": "a"}, [a, b, c, d])
    {'a': 'a', 'b': 'a', 'c': 'a', 'd': 'a'}
    >>> witnesses({"a": "a", "b": "b"}, [Article("a", "", None, None, ""), Article("b", "", None, None, "")])
    {'a': 'a', 'b': 'b'}
    """
    stories = {a.id: story_of.get(a.id, a.id) for a in articles}
    parent: dict[str, str] = {}
    _join(parent, stories, articles)
    return {article_id: _find(parent, story) for article_id, story in stories.items()}


def outlets(articles: Sequence[Carried]) -> tuple[str, ...]:
    """The distinct outlets of the articles, in order of their first article, each named once."""
    parent: dict[str, str] = {}
    _join(parent, {a.id: a.id for a in articles}, articles)
    named: dict[str, str] = {}
    for article in articles:
        if article.outlet:
            named.setdefault(_find(parent, article.id), article.outlet)
    return tuple(named.values())
