"""Read news from the web: pages fetched politely, then read as saved pages are.

A page fetched here becomes the same :class:`~newsbrief.model.Article` as the page saved to a
file (:func:`newsbrief.ingest.read_html`: trafilatura's text and metadata, the date as
:mod:`newsbrief.published` reads it), with its ``url`` and the day it was ``fetched``.

Politeness follows what well-behaved crawlers do (RFC 9309 for robots.txt; RFC 9110 and 9111 for
the rest): every host's robots.txt is read first and obeyed (a site whose robots.txt answers
4xx has no rules; one whose robots.txt cannot be read, 5xx or no answer, is not read at all);
requests to one host are ``Config.host_delay`` seconds apart, or the ``Crawl-delay`` it asks
for; the ``User-Agent`` names newsbrief and its version; timeouts, a few retries with doubling
waits on 429, 5xx, timeouts and lost connections (a ``Retry-After`` is honoured up to a minute);
bodies are streamed and dropped past ``Config.max_fetch_bytes``; only the expected content types
are read (HTML for pages, XML for feeds). With a fetch log (the store of a digest), a request
sends back the ``ETag`` and ``Last-Modified`` it was last given, and a ``304 Not Modified``, or a
body of the same SHA-256 as last time, is :class:`Unchanged`.

Every failure is a :class:`Failed` with a reason naming the address and what went wrong, and
becomes the input's :class:`~newsbrief.model.Account` with status ``unreadable``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import importlib.metadata
import re
import time
import urllib.parse
import urllib.robotparser
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

import httpx

from newsbrief.config import Config
from newsbrief.ingest import decode, is_address, read_html, shown
from newsbrief.model import Account, Article, Fetch, Status
from newsbrief.sources import domain, web_url

#: Content types read as pages, and as feeds (RSS, Atom, RDF and plain XML).
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")

# Redirects followed per address; browsers stop at 20, but a news page moves once or twice (http ->
# https, an old address), and each hop is a request the host counts.
_MAX_REDIRECTS = 5
# A server's Retry-After, or robots.txt's Crawl-delay, is honoured up to this many seconds; longer ones would
# hold the whole run for one host.
_MAX_SERVER_WAIT = 60.0
# RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt.
_ROBOTS_BYTES = 512_000
# A whole response may take this many times the timeout, so a server sending a byte at a time cannot hold a run.
_RESPONSE_TIMEOUTS = 3
_MAX_ID = 120  # characters of an article id made from an address


def user_agent(config: Config) -> str:
    """The ``User-Agent`` of newsbrief's requests: ``config.user_agent``, else newsbrief and its version."""
    if config.user_agent is not None:
        return config.user_agent
    try:
        version = importlib.metadata.version("newsbrief")
    except importlib.metadata.PackageNotFoundError:  # a source tree that was never installed
        version = "dev"
    return f"newsbrief/{version} (news brief reader; respects robots.txt)"


def address_id(url: str) -> str:
    """The article id of a web address: its host (without ``www.``) and path, shown safely.

    >>> address_id("https://www.example.org/world/2024/storm-hits-coast/?ref=rss")
    'example.org/world/2024/storm-hits-coast?ref=rss'
    """
    try:
        parts = urllib.parse.urlsplit(url)
        host = domain(url) or parts.hostname or ""
    except ValueError:
        return shown(url)[:_MAX_ID] or "address"
    text = host + parts.path.rstrip("/") + (f"?{parts.query}" if parts.query else "")
    return shown(text or url)[:_MAX_ID] or "address"


def address_list(text: str) -> list[str]:
    """The addresses of a list: one a line; blank lines and lines starting with ``#`` are skipped.

    A line that is no web address is kept: it is refused, with its reason, when it is read.

    >>> address_list("# world news\\nhttps://example.org/a\\n\\n  https://example.org/b  \\n")
    ['https://example.org/a', 'https://example.org/b']
    """
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


class FetchLog(Protocol):
    """Where the last request for each address is kept (a digest's :class:`~newsbrief.store.Store`)."""

    def last_fetch(self, url: str) -> Fetch | None: ...

    def log_fetch(self, fetch: Fetch) -> None: ...


@dataclass(frozen=True, slots=True)
class Page:
    """A body read: the address it came from (after redirects), its content type and the log record."""

    url: str
    body: bytes
    content_type: str
    charset: str | None
    record: Fetch


@dataclass(frozen=True, slots=True)
class Unchanged:
    """An address whose content has not changed since the logged request, and how that was told."""

    url: str
    why: str
    record: Fetch


@dataclass(frozen=True, slots=True)
class Failed:
    """An address that could not be read, and why (one line naming the address)."""

    url: str
    reason: str
    record: Fetch


Fetched = Page | Unchanged | Failed


@dataclass(frozen=True, slots=True)
class _Reply:
    status: int
    headers: httpx.Headers
    body: bytes


@dataclass(frozen=True, slots=True)
class _Trouble:
    """A request that went wrong: why, whether trying again may help, and the wait the server asked for."""

    reason: str
    status: int | None = None
    again: bool = False
    wait: float = 0.0


class Fetcher:
    """A polite HTTP client (see the module's docstring); use as a context manager.

    Args:
        config: ``user_agent``, ``fetch_timeout``, ``host_delay``, ``fetch_retries``, ``retry_wait``
            and ``max_fetch_bytes`` are read.
        log: The fetch log consulted for conditional requests; ``None`` fetches everything afresh.
        transport: An httpx transport, for tests that answer without a server.
        sleep: Waits between requests (injectable so tests need not wait).

    Log records are not written by :meth:`get`: the caller keeps them (:meth:`keep`) once what
    was read is safe, and :meth:`flush` writes them, so an interrupted run never logs a page it
    did not store.
    """

    def __init__(self, config: Config, log: FetchLog | None = None, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.config = config
        self.log = log
        self.agent = user_agent(config)
        self.unchanged: list[str] = []  # addresses found unchanged, or not asked for again, this run
        self.transient: set[str] = set()  # addresses that failed this run in a way that may pass (timeout, 5xx)
        self._sleep = sleep
        self._client = httpx.Client(headers={"User-Agent": self.agent}, timeout=config.fetch_timeout,
                                    transport=transport, follow_redirects=False)
        self._robots: dict[str, urllib.robotparser.RobotFileParser | str] = {}
        self._last: dict[str, float] = {}  # host -> time.monotonic() of its last request
        self._delay: dict[str, float] = {}  # host -> seconds between its requests
        self._pending: dict[str, Fetch] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def last(self, url: str) -> Fetch | None:
        """The last request for an address: of this run if kept, else from the log."""
        if url in self._pending:
            return self._pending[url]
        return self.log.last_fetch(url) if self.log is not None else None

    def keep(self, record: Fetch) -> None:
        """Keep a request's record, to be written to the log by :meth:`flush`."""
        self._pending[record.url] = record

    def flush(self) -> None:
        """Write the records kept to the log (in the caller's transaction), and forget them."""
        if self.log is not None:
            for record in self._pending.values():
                self.log.log_fetch(record)
        self._pending.clear()

    def get(self, url: str, types: Sequence[str] = HTML_TYPES, conditional: bool = False) -> Fetched:
        """Fetch one address: robots.txt obeyed, redirects followed (each hop checked), retried as the
        module's docstring says.

        Args:
            url: The address as given.
            types: Content types accepted (lowercase, without parameters).
            conditional: Send the validators logged for ``url``, and tell an unchanged body.

        Returns:
            The :class:`Page` read, :class:`Unchanged`, or :class:`Failed` with its reason.
        """
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        address = web_url(url)
        if address is None:
            bad = "not a web address: only http and https URLs are read" if is_address(url) else "not a web address"
            return self._failed(url, f"{shown(url)}: {bad}", now, None)
        previous = self.last(url) if conditional else None
        validators = previous  # sent to the address as given; a redirect's target has validators of its own
        for hop in range(_MAX_REDIRECTS + 1):
            if (why := self._disallowed(address)) is not None:
                return self._failed(url, f"{shown(url)}: redirected to {why}" if hop else why, now, None)
            headers = {"Accept": ", ".join(types)}
            if validators is not None and validators.etag:
                headers["If-None-Match"] = validators.etag
            if validators is not None and validators.last_modified:
                headers["If-Modified-Since"] = validators.last_modified
            answer = self._exchange(address, headers, types, self.config.max_fetch_bytes)
            if isinstance(answer, _Trouble):
                if answer.again:
                    self.transient.add(url)
                return self._failed(url, f"{shown(url)}: {answer.reason}", now, answer.status)
            if 300 <= answer.status < 400 and answer.status != 304:
                target = web_url(urllib.parse.urljoin(address, answer.headers.get("Location", "")))
                if target is None:
                    return self._failed(url, f"{shown(url)}: HTTP {answer.status} redirect to no web address",
                                        now, answer.status)
                address, validators = target, None
                continue
            etag, modified = answer.headers.get("ETag"), answer.headers.get("Last-Modified")
            if answer.status == 304 and validators is not None:
                record = replace(validators, url=url, status=304, fetched=now, reason=None)
                return Unchanged(url, "not modified since the last run (HTTP 304)", record)
            if answer.status == 304:
                return self._failed(url, f"{shown(url)}: HTTP 304 Not Modified to a request that asked for the page",
                                    now, 304)
            digest = hashlib.sha256(answer.body).hexdigest()
            record = Fetch(url, answer.status, etag, modified, now, digest)
            if previous is not None and previous.content_hash == digest:
                return Unchanged(url, "the same content as on the last run", record)
            kind, charset = _content_type(answer.headers)
            return Page(address, answer.body, kind, charset, record)
        return self._failed(url, f"{shown(url)}: more than {_MAX_REDIRECTS} redirects (a redirect loop?)", now, None)

    def _failed(self, url: str, reason: str, now: dt.datetime, status: int | None) -> Failed:
        return Failed(url, reason, Fetch(url, status, None, None, now, None, reason))

    def _disallowed(self, url: str) -> str | None:
        """Why robots.txt forbids fetching ``url``, or ``None`` when it may be fetched."""
        parts = urllib.parse.urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, str):
            return f"{shown(url)}: {rules}"
        if not rules.can_fetch(self.agent, url):
            return f"{shown(url)}: disallowed by {origin}/robots.txt for {self.agent.split('/')[0]}"
        return None

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | str:
        """The robots.txt rules of a site, or why none could be read (RFC 9309, section 2.3.1)."""
        rules = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        address = origin + "/robots.txt"
        for _ in range(_MAX_REDIRECTS + 1):
            answer = self._exchange(address, {}, None, _ROBOTS_BYTES)
            if isinstance(answer, _Trouble) and (answer.status is None or answer.status >= 500
                                                 or answer.status == 429):
                # Unreachable: the site's rules are unknown, so nothing of it is read.
                return (f"robots.txt of {origin} cannot be read ({answer.reason}); "
                        "no page of a site is read without its rules")
            if isinstance(answer, _Trouble) or answer.status >= 400:
                rules.parse([])  # 4xx: the site has no rules
                return rules
            if 300 <= answer.status < 400:
                target = web_url(urllib.parse.urljoin(address, answer.headers.get("Location", "")))
                if target is None:
                    break
                address = target
                continue
            text, _ = decode(answer.body)
            rules.parse((text or "").splitlines())
            delay = rules.crawl_delay(self.agent)
            if delay is not None:
                host = urllib.parse.urlsplit(origin).netloc
                self._delay[host] = max(self.config.host_delay, min(float(delay), _MAX_SERVER_WAIT))
            return rules
        rules.parse([])  # RFC 9309: after five redirects, the site has no rules
        return rules

    def _exchange(self, url: str, headers: dict[str, str], types: Sequence[str] | None,
                  limit: int) -> _Reply | _Trouble:
        """One request, tried again on a timeout, a lost connection, 429 or 5xx, waiting longer each time."""
        trouble = _Trouble("not tried")
        for attempt in range(self.config.fetch_retries + 1):
            if attempt:
                self._sleep(max(self.config.retry_wait * 2 ** (attempt - 1), trouble.wait))
            answer = self._once(url, headers, types, limit)
            if isinstance(answer, _Reply) or not answer.again:
                return answer
            trouble = answer
        tries = self.config.fetch_retries + 1
        return replace(trouble, reason=f"{trouble.reason} ({tries} tr{'ies' if tries != 1 else 'y'})")

    def _once(self, url: str, headers: dict[str, str], types: Sequence[str] | None, limit: int) -> _Reply | _Trouble:
        host = urllib.parse.urlsplit(url).netloc
        wait = self._last.get(host, -1e9) + self._delay.get(host, self.config.host_delay) - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        timeout = self.config.fetch_timeout
        deadline = time.monotonic() + _RESPONSE_TIMEOUTS * timeout
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status == 429 or status >= 500:
                    return _Trouble(f"HTTP {status} {response.reason_phrase}".strip(), status, True,
                                    _retry_after(response.headers))
                if status >= 400:
                    return _Trouble(f"HTTP {status} {response.reason_phrase}".strip(), status)
                if status >= 300:
                    return _Reply(status, response.headers, b"")
                kind, _ = _content_type(response.headers)
                if types is not None and kind not in types:
                    shown_kind = shown(kind) if kind else "no content type given"
                    return _Trouble(f"not {_expected(types)} but {shown_kind}", status)
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > limit:
                    return _Trouble(f"too big: {int(declared):,} bytes, over the limit of {limit:,} "
                                    "(max_fetch_bytes)", status)
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        return _Trouble(f"too big: over the limit of {limit:,} bytes (max_fetch_bytes); "
                                        "not read further", status)
                    if time.monotonic() > deadline:
                        return _Trouble(f"timeout: the response took over {_RESPONSE_TIMEOUTS * timeout:g} s", status)
                return _Reply(status, response.headers, bytes(body))
        except httpx.TimeoutException:
            return _Trouble(f"timeout: no answer within {timeout:g} s", None, True)
        except httpx.TransportError as error:
            return _Trouble(f"connection failed ({shown(str(error)) or type(error).__name__})", None, True)
        finally:
            self._last[host] = time.monotonic()


def _expected(types: Sequence[str]) -> str:
    return "an HTML page" if set(types) <= set(HTML_TYPES) else "a feed (RSS or Atom XML)"


def _content_type(headers: httpx.Headers) -> tuple[str, str | None]:
    """The media type (lowercase) and charset of a ``Content-Type`` header."""
    value = headers.get("Content-Type", "")
    kind, _, rest = value.partition(";")
    found = re.search(r"charset\s*=\s*\"?([\w.:-]+)", rest, re.IGNORECASE)
    return kind.strip().lower(), found.group(1) if found else None


def _retry_after(headers: httpx.Headers) -> float:
    """The seconds a ``Retry-After`` header asks to wait (seconds or an HTTP date), up to a minute."""
    value = headers.get("Retry-After", "").strip()
    if value.isdigit():
        return min(float(value), _MAX_SERVER_WAIT)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return min(max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds()), _MAX_SERVER_WAIT)


def page_text(page: Page) -> tuple[str | None, str]:
    """A page's text: decoded by its declared charset, else as files are (:func:`newsbrief.ingest.decode`)."""
    if page.charset:
        try:
            return page.body.decode(page.charset), ""
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset: guess as for a file
    return decode(page.body)


def read_page(fetcher: Fetcher, url: str, config: Config, *, article_id: str | None = None,
              title: str | None = None, published: dt.date | None = None, category: str | None = None,
              conditional: bool = False) -> tuple[list[Article], list[Account]]:
    """The article of a web page, or the account of why it cannot be read.

    Args:
        fetcher: The client to fetch with.
        url: The address as given (the article's ``path``).
        config: Settings of the run.
        article_id: The article's id; by default :func:`address_id`.
        title, published, category: What a feed says of the page, used where the page itself does
            not tell its title or date; the category is the article's.
        conditional: Ask for the page only if it changed since the logged request.

    Returns:
        The article read (none when unchanged), and the account of a page that could not be read.
        The request's record is kept on the fetcher unless the page was unchanged.
    """
    article_id = article_id or address_id(url)
    source = shown(url)
    got = fetcher.get(url, HTML_TYPES, conditional)
    if isinstance(got, Unchanged):
        fetcher.unchanged.append(url)
        fetcher.keep(got.record)
        return [], []
    if isinstance(got, Failed):
        fetcher.keep(got.record)
        return [], [_refused(article_id, url, got.reason, title, published, category)]
    text, problem = page_text(got)
    if text is None:
        fetcher.keep(replace(got.record, content_hash=None, reason=problem))
        return [], [_refused(article_id, url, f"{source}: {problem}", title, published, category)]
    articles, rejected = read_html(article_id, source, text, config, url=got.url, fetched=got.record.fetched.date())
    fetcher.keep(got.record)
    read = [replace(a, title=a.title or title, published=a.published or published, category=category)
            for a in articles]
    accounts = [replace(a, title=a.title or title, published=a.published or published, category=category,
                        url=web_url(url), outlet=domain(url)) for a in rejected]
    return read, accounts


def _refused(article_id: str, url: str, reason: str, title: str | None, published: dt.date | None,
             category: str | None) -> Account:
    return Account(article_id, shown(url), title, published, Status.UNREADABLE, reason,
                   outlet=domain(url), url=web_url(url), category=category)
