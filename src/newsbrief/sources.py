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


# A news outlet's name as a report credits it: a name ending in a word that names a medium ("The Palm Beach
# Post", "News 6", "the Daily Beast"), a news agency or network known by its brand ("Reuters", "CNN",
# "Associated Press"), or a broadcaster's call sign ("WKMG", "KTLA-TV").
_MEDIUM = (r"(?:News|Times|Post|Journal|Press|Herald|Tribune|Gazette|Telegraph|Guardian|Chronicle|Daily|Magazine|"
           r"Radio|TV|Television|Channel|Network|Broadcasting|Inquirer|Observer|Independent|Globe|Mirror|Express|"
           r"Examiner|Dispatch|Courier|Bulletin|Register|Star|Sun|Reporter|Insider|Beast|Wire|Agency|Mail|Standard)")
_BRAND = (r"(?:Reuters|Bloomberg|CNN|BBC|NBC|CBS|ABC|MSNBC|CNBC|NPR|PBS|Fox|AP|AFP|Associated Press|"
          r"Agence France-Presse|Xinhua|Politico|Axios|TMZ|Variety|Deadline|BuzzFeed|HuffPost|Vox|Slate|Salon|"
          r"Gawker|Mashable|TechCrunch|Newsweek|Forbes|Fortune|Yonhap|Kyodo|Interfax|Tass|Al Jazeera|ESPN|"
          r"Le Monde|Der Spiegel)")
# Four-letter call signs, less the few such capitals that name no station.
_CALL_SIGN = r"(?!WWII\b|WNBA\b)[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?"
_OUTLET_NAME = (rf"(?P<outlet>(?:[A-Z][\w.'’&-]*\s){{0,4}}{_MEDIUM}(?:\s\d{{1,2}})?(?![\w-])|"
                rf"{_BRAND}(?:\s(?:News|TV|Television|Radio|Online|Network|Business)(?:\s\d{{1,2}})?)?(?![\w-])|"
                rf"{_CALL_SIGN}(?:\s\d{{1,2}})?(?![\w-])|Channel \d{{1,2}}(?![\w-]))")
_OUTLET = rf"(?:the\s)?{_OUTLET_NAME}"
# How a report credits another outlet with what it tells: "according to (news station) WKMG", "first
# reported by the Post", "told News 6", "WKMG reported", "the Post's Jane Roe reports".
_CREDITS = tuple(re.compile(form) for form in (
    rf"\baccording to (?:an? |the )?(?:(?:report|story|article|interview)s? (?:by|in|from|with) |"
    rf"(?:local |news |TV |television |radio )*(?:station|outlet|channel|network|site|website|newspaper|paper|"
    rf"affiliate|broadcaster|agency)s? )?{_OUTLET}",
    rf"\b(?:first |originally )?reported (?:by|in) {_OUTLET}",
    rf"\b(?P<interview>told|tells) {_OUTLET}",
    rf"(?<![\w-]){_OUTLET}(?:'s?|’s?)?(?:\s[A-Z][\w.-]*){{0,2}},? (?:first |also |later |earlier |has |had )?"
    rf"(?:reported|reports|was first to report|broke the news)\b"))


# The agencies' short names, as reports credit them either way.
_ALIASES = {"ap": "associated press", "afp": "agence france-presse"}
# A name that is only the word for a medium ("the Post", "Radio") is an outlet named in full elsewhere in
# the report, or none that can be told.
_MEDIUM_WORD = re.compile(_MEDIUM, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Credit:
    """A news outlet a report credits with what it tells: its ``name`` as first written, the ``key`` it is
    told apart by (case, "the" and an owner's "London's" aside), the number of ``sentences`` crediting it,
    and of those that credit it with a fact ("according to", "reported"), not with an interview ("told")."""

    name: str
    key: str
    sentences: int
    facts: int = 0


def credited_outlets(sentences: Sequence[str]) -> list[Credit]:
    """The news outlets a report credits with what it tells, most credited first.

    A report credits an outlet by "according to (news station) WKMG", "first reported by the Post",
    "told News 6", "WKMG reported". "The Post" after "the Bangkok Post" is the Bangkok Post; a medium's
    word alone that names no outlet of the report is none.

    >>> [(c.key, c.sentences) for c in credited_outlets([
    ...     "She was arrested, according to news station WKMG.", "Police said so, WKMG reported.",
    ...     "He told deputies she was not invited.", "The Palm Beach Post first reported the arrest.",
    ...     "The Post said she was 20.", "The Post reported she had left."])]
    [('wkmg', 2), ('palm beach post', 2)]
    """
    named: dict[str, str] = {}
    counts: dict[str, int] = {}
    facts: dict[str, int] = {}
    for sentence in sentences:
        found: dict[str, bool] = {}  # key: whether credited with a fact
        for form in _CREDITS:
            for match in form.finditer(sentence):
                written = re.sub(r"^(?:the\s+)?(?:\S+['’]s\s+)?", "", match.group("outlet"), flags=re.IGNORECASE)
                key = _outlet_key(written)
                named.setdefault(key, written)
                found[key] = found.get(key, False) or "interview" not in form.groupindex
        for key, fact in found.items():
            counts[key] = counts.get(key, 0) + 1
            facts[key] = facts.get(key, 0) + fact
    # "the Post" is the outlet whose full name ends in "Post"
    for key in sorted(counts, key=len):
        fuller = [other for other in counts if other != key and other.endswith(" " + key)]
        if fuller or _MEDIUM_WORD.fullmatch(key):
            if fuller:
                counts[fuller[0]] += counts[key]
                facts[fuller[0]] += facts[key]
            del counts[key]
    ranked = sorted(counts, key=lambda k: -counts[k])
    return [Credit(named[key], key, counts[key], facts[key]) for key in ranked]


def credited(sentences: Sequence[str], share: float) -> Credit | None:
    """The news outlet a report credits with most of what it tells, else ``None``: the one it credits in
    two of its sentences or more, at least ``share`` of them, and more than all other outlets together,
    with a fact once at least. Such a report retells that outlet's: it is one witness with it (see
    :func:`witnesses`). A report that only quotes what people "told the Post" relays interviews, not the
    Post's report (two wire stories on the same games, each quoting an official who spoke to one paper, are
    two reports), and one that credits several outlets compiles, not retells.
    """
    found = credited_outlets(sentences)
    if not found:
        return None
    first = found[0]
    if (first.sentences >= 2 and first.sentences >= share * len(sentences) and first.facts >= 1
            and first.sentences > sum(other.sentences for other in found[1:])):
        return first
    return None


def _outlet_key(text: str) -> str:
    key = re.sub(r"^the\s+", "", " ".join(text.casefold().split()))
    return _ALIASES.get(key, key)


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
        keys.add("name:" + _outlet_key(article.outlet))  # "The Guardian" is the "Guardian" a report credits
        if "." in article.outlet and " " not in article.outlet:  # a domain used as the name
            keys.add("host:" + _HOST_PREFIX.sub("", article.outlet.casefold()))
    if (host := domain(article.url)) is not None:
        keys.add("host:" + _HOST_PREFIX.sub("", host))
    return keys


def _find(parent: dict[str, str], item: str) -> str:
    while parent.get(item, item) != item:
        item = parent[item]
    return item


def _join(parent: dict[str, str], groups: Mapping[str, str], articles: Sequence[Carried],
          credits: Mapping[str, str] | None = None) -> None:
    """Join the groups (``groups[article id]``) of articles that share an outlet, or whose outlet one
    credits with what it tells (``credits``: article id to the outlet's key); the earlier group leads."""
    first: dict[str, str] = {}
    for article in articles:
        keys = _keys(article)
        if credits and article.id in credits:
            keys.add("name:" + credits[article.id])
        for key in sorted(keys):
            if key not in first:
                first[key] = groups[article.id]
                continue
            lead, other = _find(parent, first[key]), _find(parent, groups[article.id])
            if lead != other:
                parent[other] = lead


def witnesses(story_of: Mapping[str, str], articles: Sequence[Carried],
              credits: Mapping[str, str] | None = None) -> dict[str, str]:
    """Article id to the witness it is: its story (:func:`newsbrief.dedup.stories`), with the stories
    of one outlet's articles joined into the story of that outlet's first article.

    ``credits`` maps an article that retells another outlet's report (see :func:`credited`) to that
    outlet's key: it is one witness with the outlet's own articles and with the other reports that
    retell it ("according to WKMG" twice is WKMG's report, not a second station's).

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
    _join(parent, stories, articles, credits)
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
