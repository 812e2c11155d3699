"""``newsbrief serve``: a day-by-day news portal and JSON API over a digest's store.

Pages are laid out like the Wikipedia Current Events Portal: a page per day with its events under
categories (see :mod:`newsbrief.categories`), each its headline, its number of outlets and a link
to its brief; the brief's page (cited summary, disagreements, unconfirmed claims, timeline,
entities, sources); an entity's page (its events over time); an article's page (its text as
cleaned, with the spans removed and why); full-text search (SQLite FTS5). Atom feeds give the
newest events, overall and per category. The JSON API (OpenAPI docs at ``/docs``) gives days, a
day's events, one event as the ``newsbrief/1`` JSON of :func:`newsbrief.render.to_dict`, and
search, and a day's events filter by category, entity and words; ``POST /api/articles`` digests
articles (JSON records, or a page's raw HTML or text with its URL, read as ``digest`` reads the pages
it fetches) and answers with their accounts once they are committed, when the server was started
with a bearer token (``NEWSBRIEF_TOKEN``), and is refused otherwise.

The app is FastAPI on uvicorn; pages are Jinja2 templates (``templates/``) with autoescape on, so
every article string, all of it untrusted, is escaped; only http(s) addresses become links
(:func:`newsbrief.sources.web_url`). The store is opened read-only, one connection per worker
thread: in WAL mode, reads go on while a digest writes (posted articles are digested one request
at a time, in a worker thread, while pages are served). The server binds to 127.0.0.1 unless told
otherwise, and serves no files from disk other than its packaged templates.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import json
import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import anyio.to_thread
import jinja2
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsbrief.cache import LruCache
from newsbrief.categories import BY_SLUG, CATEGORIES
from newsbrief.clean import clean
from newsbrief.config import Config
from newsbrief.model import Account, Article, Brief, NewsbriefError
from newsbrief.render import shown_text, shown_timeline, to_dict
from newsbrief.sources import web_url, witnesses
from newsbrief.store import Listing, Reader, open_reader, open_store

UNDATED = "undated"  # the day of events none of whose articles has a date, in URLs
FEED_EVENTS = 50  # events in an Atom feed
SEARCH_RESULTS = 50
_SHOWN_ENTITIES = 20
# Answers kept: a day page, an event page and its JSON are 3-30 KB, so some thousands fit in tens of MB.
CACHED_ANSWERS = 2000
POST_BYTES = 20_000_000  # a request of articles: two of the largest articles a file may hold (Config.max_file_bytes)
POST_ARTICLES = 1000
_UNCATEGORISED = "Other news"  # events not classified yet (not briefed)
# Pages use inline CSS only, and forms that stay on the portal.
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"


@dataclass(frozen=True, slots=True)
class Section:
    """The events of one category on a day page."""

    slug: str
    name: str
    events: tuple[Listing, ...]


class _Readers:
    """One read-only connection to the store per live thread.

    A connection serves one thread at a time. The worker threads that run the pages come and go
    (anyio ends idle ones and starts new ones, and each test client has its own), so the connection
    of a thread that has ended is closed when the next one is opened: kept, a portal running for
    days would hold thousands, until the store could no longer be opened.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._open: dict[threading.Thread, Reader] = {}
        self._lock = threading.Lock()

    def get(self) -> Reader:
        reader: Reader | None = getattr(self._local, "reader", None)
        if reader is None:
            reader = open_reader(self.path)
            self._local.reader = reader
            with self._lock:
                for ended in [thread for thread in self._open if not thread.is_alive()]:
                    self._open.pop(ended).close()
                self._open[threading.current_thread()] = reader
        return reader

    def close(self) -> None:
        with self._lock:
            for reader in self._open.values():
                reader.close()
            self._open.clear()


class _Answers:
    """ASGI middleware: answers GETs from a cache of those already made for the store's version (see
    :meth:`newsbrief.store.Reader.version`), so a digest's commit has every answer made again from
    what it committed; and adds the security headers to every response. A plain ASGI class, as
    Starlette's ``BaseHTTPMiddleware`` doubled the time of a cached answer.

    Requests for an answer being made wait for it rather than make it too: after a commit, 50
    readers of one page would otherwise render it 50 times at once, each in a worker thread. A 200
    answer carries an ETag made of its key: asked again with it (``If-None-Match``), the portal
    answers 304 without the body until a commit changes the version."""

    def __init__(self, app: ASGIApp, readers: _Readers, size: int) -> None:
        self.app = app
        self._readers = readers
        self._cache: LruCache[tuple[bytes, bytes]] = LruCache(size)  # body, content type
        self._lock = threading.Lock()
        # Answers being made, by key; only the event loop's thread reads and writes this.
        self._making: dict[str, asyncio.Event] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = _headers(scope["path"])
        if scope["method"] != "GET":
            await self.app(scope, receive, _adding(send, extra))
            return
        # One query of well under a millisecond: run here, not worth a thread.
        key = f"{self._readers.get().version()} {scope['path']}?{scope['query_string'].decode('latin-1')}"
        # The answer's ETag is its key's: a browser asks again with it and gets 304 until a commit.
        tag = b'"' + hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:24].encode() + b'"'
        extra = [*extra, (b"etag", tag), (b"cache-control", b"no-cache")]
        asked = dict(scope["headers"]).get(b"if-none-match", b"")
        if await self._answered(key, send, extra, tag in asked.replace(b" ", b"").split(b",")):
            return
        if (making := self._making.get(key)) is not None:
            await making.wait()
            if await self._answered(key, send, extra, False):
                return  # else it was no 200, which is not kept: made again for this request
        done = self._making[key] = asyncio.Event()
        try:
            await self._make(key, scope, receive, send, extra)
        finally:
            del self._making[key]
            done.set()

    async def _answered(self, key: str, send: Send, extra: list[tuple[bytes, bytes]], unchanged: bool) -> bool:
        """Send the kept answer for ``key``, if there is one (304 without its body when ``unchanged``:
        the client holds it)."""
        with self._lock:
            hit = self._cache.get(key)
        if hit is None:
            return False
        body, kind = hit
        if unchanged:
            await send({"type": "http.response.start", "status": 304, "headers": extra})
            await send({"type": "http.response.body", "body": b""})
            return True
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode()), *extra]})
        await send({"type": "http.response.body", "body": body})
        return True

    async def _make(self, key: str, scope: Scope, receive: Receive, send: Send,
                    extra: list[tuple[bytes, bytes]]) -> None:
        """Answer the request, keeping a 200 answer under ``key``; the ETag and cache headers of
        ``extra`` go with a 200 only."""
        status, kind, chunks = 0, b"", []
        always = [(name, value) for name, value in extra if name not in (b"etag", b"cache-control")]

        async def keep(message: Message) -> None:
            nonlocal status, kind
            if message["type"] == "http.response.start":
                status = message["status"]
                kind = dict(message.get("headers", [])).get(b"content-type", b"")
                message = {**message, "headers": [*message.get("headers", []),
                                                  *(extra if status == 200 else always)]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and status == 200:
                    with self._lock:
                        self._cache.put(key, (b"".join(chunks), kind))
            await send(message)

        await self.app(scope, receive, keep)


def _headers(path: str) -> list[tuple[bytes, bytes]]:
    """A second guard behind escaping: no type is sniffed and no script runs on the portal's pages
    (the API docs are FastAPI's own pages, with their scripts)."""
    headers = [(b"x-content-type-options", b"nosniff")]
    if path not in ("/docs", "/redoc"):
        headers.append((b"content-security-policy", _POLICY.encode()))
    return headers


def _adding(send: Send, headers: list[tuple[bytes, bytes]]) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), *headers]}
        await send(message)

    return sending


def _templates() -> jinja2.Environment:
    environment = jinja2.Environment(loader=jinja2.PackageLoader("newsbrief", "templates"), autoescape=True,
                                     undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    environment.globals["categories"] = CATEGORIES
    environment.filters["category_name"] = lambda slug: BY_SLUG[slug].name if slug in BY_SLUG else _UNCATEGORISED
    environment.filters["web_url"] = web_url
    environment.filters["shown_text"] = shown_text  # a summary sentence with its relative dates dated
    environment.filters["day"] = lambda day: day.isoformat() if day is not None else UNDATED
    return environment


def create_app(db: Path, token: str | None = None, config: Config | None = None) -> FastAPI:
    """The portal's ASGI app over the store at ``db`` (opened read-only when first read).

    Args:
        db: The store written by ``newsbrief digest``.
        token: The bearer token ``POST /api/articles`` needs; without one the portal is read-only
            and that endpoint answers 403.
        config: The settings articles posted are digested with.

    Raises:
        NewsbriefError: The store cannot be opened for reading, or, with a token, for writing (it is
            opened once here to say so before serving).
    """
    open_reader(db).close()
    if token is not None:
        if not token.strip():
            raise NewsbriefError("NEWSBRIEF_TOKEN is empty; set it to a secret, or unset it to serve read-only")
        open_store(db).close()
    writer = _Writer(db, token, config or Config())
    readers = _Readers(db)
    templates = _templates()
    app = FastAPI(title="newsbrief", description="A day-by-day news portal over a newsbrief digest's store.",
                  version="1")

    app.add_middleware(_Answers, readers=readers, size=CACHED_ANSWERS)

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(templates.get_template(name).render(**context), status_code=status)

    # Starlette's own class: routing's 404 for an unknown address is one too.
    @app.exception_handler(StarletteHTTPException)
    async def _error(request: Request, error: StarletteHTTPException) -> Response:
        # The error's headers too: a 405 names the methods allowed (RFC 9110), which the OpenAPI test checks.
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": error.detail}, status_code=error.status_code, headers=error.headers)
        answer = page("error.html", error.status_code, title=f"{error.status_code}", detail=str(error.detail))
        answer.headers.update(error.headers or {})
        return answer

    # Pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(category: str | None = None, day: str | None = Query(None, max_length=20)) -> HTMLResponse:
        if day:  # the day picker's form, which works without JavaScript
            return _day_page(_parse_day(day), category, True)
        days = readers.get().days()
        return _day_page(days[0][0] if days else None, category, bool(days))

    @app.get("/day/{day}", response_class=HTMLResponse, include_in_schema=False)
    def day_page(day: str, category: str | None = None) -> HTMLResponse:
        return _day_page(_parse_day(day), category, True)

    def _day_page(day: dt.date | None, category: str | None, any_events: bool) -> HTMLResponse:
        reader = readers.get()
        _check_category(category)
        days = [d for d, _ in reader.days()]
        if any_events and day not in days:
            raise HTTPException(404, f"no events on {day.isoformat() if day else UNDATED}")
        listed = reader.listings(day, category) if any_events else []
        at = days.index(day) if day in days else -1
        newer = days[at - 1] if at > 0 else None
        older = days[at + 1] if 0 <= at < len(days) - 1 else None
        return page("day.html", title=_day_title(day), day=day, days=days, sections=_sections(listed),
                    newer=newer, older=older, has_newer=at > 0, has_older=0 <= at < len(days) - 1,
                    category=category, any_events=any_events)

    @app.get("/event/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(event_id: str) -> HTMLResponse:
        reader = readers.get()
        listing = reader.listing(event_id)
        if listing is None:
            raise HTTPException(404, f"no event {event_id}")
        event = reader.brief(event_id)
        accounts = reader.event_accounts(event_id)
        notes = {a.id: n for n, a in enumerate(accounts, start=1)}
        title = (event.headline or (listing.titles[0] if listing.titles else "(no headline)") if event
                 else f"Event {event_id} (not briefed yet)")
        pages: dict[str, str] = {}  # each outlet's first article page that has an http(s) address
        for account in accounts:
            if account.outlet and (url := web_url(account.url)) is not None:
                pages.setdefault(account.outlet, url)
        # a timeline a reader scans: the entries most stories date, the rest in the JSON
        timeline, more = shown_timeline(event, witnesses({a.id: a.copy_of or a.id for a in accounts}, accounts),
                                        accounts) if event else ((), 0)
        return page("event.html", title=title,
                    listing=listing, event=event, accounts=accounts, notes=notes, outlet_pages=pages,
                    timeline=timeline, more_dated=more,
                    entities=event.entities[:_SHOWN_ENTITIES] if event else ())

    @app.get("/article/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str) -> HTMLResponse:
        found = readers.get().article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id}")
        article, account, event_id = found
        cleaned = clean(article)
        return page("article.html", title=article.title or account.path, article=article, account=account,
                    event_id=event_id, paragraphs=[p.text for p in cleaned.paragraphs], removed=cleaned.removed)

    @app.get("/entity/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(name: str) -> HTMLResponse:
        events = readers.get().entity_listings(name)
        if not events:
            raise HTTPException(404, f"no event names {name!r}")
        return page("entity.html", title=name, events=events)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: str = Query("", max_length=200)) -> HTMLResponse:
        hits = readers.get().search(q, SEARCH_RESULTS) if q.strip() else []
        return page("search.html", title=f"Search: {q}" if q else "Search", query=q, hits=hits)

    # Feeds

    @app.get("/feed.xml", include_in_schema=False)
    def feed(request: Request) -> Response:
        return _feed(request, None)

    @app.get("/feed/{category}.xml", include_in_schema=False)
    def category_feed(request: Request, category: str) -> Response:
        _check_category(category)
        return _feed(request, category)

    def _feed(request: Request, category: str | None) -> Response:
        events = readers.get().newest(FEED_EVENTS, category)
        summaries = {event_id: " ".join(shown_text(s) for s in summary)
                     for event_id, summary in readers.get().summaries([e.id for e in events]).items()}
        xml = templates.get_template("feed.xml").render(category=category, events=events, summaries=summaries,
                                                         base=str(request.base_url).rstrip("/"),
                                                         updated=max((e.day for e in events if e.day), default=None))
        return Response(xml, media_type="application/atom+xml; charset=utf-8")

    # JSON API

    @app.get("/api/days", summary="Days with events, newest first ('undated' for events no article dates)")
    def api_days() -> list[dict[str, Any]]:
        # Each day as /api/days/{day}/events takes it: the undated events are listed under "undated".
        return [{"day": d.isoformat() if d else UNDATED, "events": n} for d, n in readers.get().days()]

    @app.get("/api/days/{day}/events", summary="The events of a day (YYYY-MM-DD or 'undated')",
             responses={404: {"description": "Not a day, or no such category", "model": _Problem}})
    def api_day_events(day: str,
                       category: str | None = Query(None, description="a category slug: only its events"),
                       entity: str | None = Query(None, max_length=200, description="only events whose brief "
                                                  "names this entity (its text, ignoring case)"),
                       text: str | None = Query(None, max_length=200, description="only events whose brief "
                                                "or articles hold every word of this (Porter stems)"),
                       ) -> list[dict[str, Any]]:
        _check_category(category)
        return [_listing_json(e) for e in readers.get().listings(_parse_day(day), category, entity, text)]

    @app.get("/api/events/{event_id}", summary="One event's brief as newsbrief/1 JSON",
             responses={404: {"description": "No such event, or it is not briefed yet", "model": _Problem}})
    def api_event(event_id: str) -> dict[str, Any]:
        reader = readers.get()
        listing = reader.listing(event_id)
        event = reader.brief(event_id)
        if listing is None or event is None:
            raise HTTPException(404, f"no brief of event {event_id}")
        data = to_dict(Brief((event,), tuple(reader.event_accounts(event_id))))
        data["portal"] = _listing_json(listing)
        return data

    @app.get("/api/search", summary="Briefs and articles holding every word of q")
    def api_search(q: str = Query(..., min_length=1, max_length=200)) -> list[dict[str, str]]:
        return [{"kind": h.kind, "id": h.key, "title": h.title, "snippet": h.snippet}
                for h in readers.get().search(q, SEARCH_RESULTS)]

    @app.post("/api/articles", summary="Digest articles (JSON records, or one page's raw HTML or text with its "
              "url); answers with their accounts once they are committed",
              description="A JSON list of article objects (`text`, or a page's `html` with its `url`), or one "
                          "page as `text/html` or `text/plain` with `?url=`. Needs `Authorization: Bearer` and "
                          "the server's NEWSBRIEF_TOKEN.",
              responses={401: {"description": "No token, or the wrong one", "model": _Problem},
                         403: {"description": "The portal is read-only", "model": _Problem},
                         413: {"description": "Too large a request", "model": _Problem},
                         415: {"description": "Not JSON, HTML or text", "model": _Problem},
                         422: {"description": "Not articles, or a page without its url", "model": _Problem}},
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": {
                      "type": "array", "minItems": 1, "maxItems": POST_ARTICLES,
                      "items": {"type": "object", "properties": _RECORD_FIELDS}}},
                  "text/html": {"schema": {"type": "string"}},
                  "text/plain": {"schema": {"type": "string"}}}}})
    async def api_post_articles(
            request: Request,
            url: str | None = Query(None, max_length=2000, description="raw HTML or text: the page's "
                                    "http(s) address (required for them)"),
            title: str | None = Query(None, max_length=1000, description="raw HTML or text: its title "
                                      "(else the page's own)"),
            date: str | None = Query(None, max_length=40, description="raw HTML or text: YYYY-MM-DD "
                                     "(else the page's own date)"),
            outlet: str | None = Query(None, max_length=200, description="raw HTML or text: who published it "
                                       "(else the page's site name, else its host)"),
    ) -> dict[str, Any]:
        writer.check(request.headers.get("authorization"))
        kind = request.headers.get("content-type", "application/json").partition(";")[0].strip().lower()
        if kind not in _PAGE_TYPES and kind != "application/json":
            raise HTTPException(415, f"post JSON article records, or a page as {' or '.join(_PAGE_TYPES)}, "
                                     f"not {kind or 'no content type'}")
        body = await _body(request, POST_BYTES)
        if kind == "application/json":
            records = _records(body)
        else:
            if web_url(url) is None:
                raise HTTPException(422, "give the page's http(s) address: POST /api/articles?url=https://...")
            page = {"url": url, _PAGE_TYPES[kind]: _page_text(body, url or ""), "title": title, "date": date,
                    "outlet": outlet}
            records = [{key: value for key, value in page.items() if value is not None}]
        return await anyio.to_thread.run_sync(writer.digest, records)

    return app


class _Writer:
    """Digests posted articles into the store, one request at a time (a digest is one writer)."""

    def __init__(self, db: Path, token: str | None, config: Config) -> None:
        self._db = db
        self._token = token
        self._config = config
        self._lock = threading.Lock()

    def check(self, authorization: str | None) -> None:
        """Raise 403 on a read-only portal, 401 without the right ``Authorization: Bearer`` token."""
        if self._token is None:
            raise HTTPException(403, "the portal is read-only: start it with NEWSBRIEF_TOKEN set to post articles")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), self._token.encode()):
            raise HTTPException(401, "give the token: Authorization: Bearer $NEWSBRIEF_TOKEN")

    def digest(self, records: list[dict[str, Any]]) -> dict[str, Any]:
        """Digest the records (briefing the events they touch); returns what became of each, once committed.

        See :func:`_read_posted` for how records are read.
        """
        from newsbrief.digest import digest  # the models, only on a portal that takes articles

        read = _read_posted(records, self._config)
        with self._lock, open_store(self._db) as store:
            before = {article_id for article_id, _, _ in store.grouping()}
            result = digest([], store, self._config, read=read)
            events = {article_id: event_id for article_id, _, event_id in store.grouping()}
            accounts = [a for a in store.accounts() if a.id not in before]
        return {"summary": result.summary(), "already_stored": result.already_stored,
                "articles": [{"id": a.id, "title": a.title, "published": a.published.isoformat() if a.published
                              else None, "status": str(a.status), "reason": a.reason, "event": events.get(a.id)}
                             for a in accounts]}


def _read_posted(records: Sequence[dict[str, Any]], config: Config) -> list[tuple[list[Article], list[Account]]]:
    """The articles of posted records, or the accounts of why they cannot be read, record by record.

    A record with ``text`` is read as a JSON article is (:func:`newsbrief.ingest.record_article`);
    one with a page's ``html`` (and its ``url``) as ``digest`` reads a page it fetches
    (:func:`newsbrief.ingest.read_html`: trafilatura's main text, the page's title, date, outlet and
    authors, where the record does not give them: what the poster says wins); one with ``plain`` text (a page posted as
    ``text/plain``) as a text file is (:func:`newsbrief.ingest.read_text`). An article's path is its
    URL, else ``POST /api/articles #N``; its id the record's ``doc_id``, else made from its URL,
    else from its text, so that posting it again finds it stored.
    """
    from newsbrief.fetch import address_id
    from newsbrief.ingest import read_html, read_text, record_article
    from newsbrief.sources import domain

    read = []
    for number, record in enumerate(records):
        url = web_url(record.get("url") if isinstance(record.get("url"), str) else None)
        source = url or f"POST /api/articles #{number}"
        page = next((record[key] for key in ("html", "plain") if isinstance(record.get(key), str)), None)
        body = page if page is not None and "text" not in record else record.get("text")
        fallback = address_id(url) if url else "posted-" + hashlib.sha256(
            str(body).encode("utf-8", "surrogatepass")).hexdigest()[:12]
        if page is None or "text" in record:
            read.append(record_article(record, fallback, source, config))
            continue
        given = record.get("doc_id")
        article_id = str(given) if isinstance(given, str | int) and str(given).strip() else fallback
        articles, rejected = (read_html(article_id, source, page, config, url=url)
                              if isinstance(record.get("html"), str) else read_text(article_id, source, page, config))
        title, date, outlet = (_text(record.get(key)) for key in ("title", "date", "outlet"))
        published = _iso_day(date)
        read.append((
            [replace(a, title=title or a.title, published=published or a.published, url=a.url or url,
                     outlet=outlet or a.outlet or domain(url)) for a in articles],
            [replace(a, title=title or a.title, url=a.url or url, outlet=outlet or a.outlet or domain(url))
             for a in rejected]))
    return read


def _iso_day(value: str | None) -> dt.date | None:
    """A YYYY-MM-DD day, or ``None`` for anything else (a page's own date is then kept)."""
    try:
        return dt.date.fromisoformat(value) if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
    except ValueError:
        return None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _page_text(body: bytes, url: str) -> str:
    """A posted page's text, decoded as a file or a fetched page is (:func:`newsbrief.ingest.decode`), or 422."""
    from newsbrief.ingest import decode

    text, problem = decode(body)
    if text is None:
        raise HTTPException(422, f"{url}: {problem}")
    return text


# The types of a posted page, and the record field they are read from.
_PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "plain"}


class _Problem(BaseModel):
    """What is wrong with a request: a sentence, or FastAPI's list of the parameters that are wrong."""

    detail: str | list[dict[str, Any]]


# What a posted article record may hold (see newsbrief.ingest.record_article).
_RECORD_FIELDS = {"text": {"type": "string"}, "html": {"type": "string", "description": "a page's HTML, "
                                                                                         "instead of text"},
                  "title": {"type": "string"}, "url": {"type": "string"},
                  "date": {"type": "string", "description": "YYYY-MM-DD"}, "outlet": {"type": "string"},
                  "authors": {"type": "array", "items": {"type": "string"}},
                  "doc_id": {"type": "string", "description": "the article's id; else one is given"}}


async def _body(request: Request, limit: int) -> bytes:
    """The request's body, refused with 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"at most {limit:,} bytes a request")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"at most {limit:,} bytes a request")
    return bytes(body)


def _records(body: bytes) -> list[dict[str, Any]]:
    """The article records of a posted JSON list (or ``{"articles": [...]}``), or 422 saying what is wrong."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError) as error:
        raise HTTPException(422, f"the body is not JSON ({error}); post a list of article objects") from None
    if isinstance(document, dict) and isinstance(document.get("articles"), list):
        document = document["articles"]
    if not isinstance(document, list) or not document or not all(isinstance(r, dict) for r in document):
        raise HTTPException(422, "post a JSON list of article objects, each with a 'text' string")
    if len(document) > POST_ARTICLES:
        raise HTTPException(413, f"at most {POST_ARTICLES} articles a request")
    return document


def _parse_day(day: str) -> dt.date | None:
    if day == UNDATED:
        return None
    try:
        return dt.date.fromisoformat(day)
    except ValueError:
        raise HTTPException(404, f"not a day: {day!r} (give YYYY-MM-DD)") from None


def _check_category(category: str | None) -> None:
    if category is not None and category not in BY_SLUG:
        raise HTTPException(404, f"no category {category!r}; the categories are {', '.join(BY_SLUG)}")


def _day_title(day: dt.date | None) -> str:
    return day.strftime("%A, %-d %B %Y") if day is not None else "Undated events"


def _sections(listed: Sequence[Listing]) -> list[Section]:
    """A day's events under their categories, in the portal's order; unclassified ones last."""
    order = [*(c.slug for c in CATEGORIES), None]
    sections = []
    for slug in order:
        events = tuple(e for e in listed if (e.category if e.category in BY_SLUG else None) == slug)
        if events:
            sections.append(Section(slug or "", BY_SLUG[slug].name if slug else _UNCATEGORISED, events))
    return sections


def _listing_json(listing: Listing) -> dict[str, Any]:
    return {"id": listing.id, "day": listing.day.isoformat() if listing.day else None,
            "first": listing.first.isoformat() if listing.first else None,
            "last": listing.last.isoformat() if listing.last else None,
            "articles": listing.articles, "outlets": listing.outlets, "category": listing.category,
            "headline": listing.headline, "briefed": listing.headline is not None, "stale": listing.stale,
            "titles": list(listing.titles)}


def serve(db: Path, host: str = "127.0.0.1", port: int = 8000, config: Config | None = None) -> None:
    """Serve the portal over ``db`` until interrupted; ``POST /api/articles`` takes articles only
    when the environment sets ``NEWSBRIEF_TOKEN``, and the first line printed says which.

    Raises:
        NewsbriefError: The store cannot be read (or, with a token, written).
    """
    import uvicorn

    token = os.environ.get("NEWSBRIEF_TOKEN")
    app = create_app(db, token, config)
    mode = ("read-only (set NEWSBRIEF_TOKEN to take articles at POST /api/articles)" if token is None
            else "taking articles at POST /api/articles with the NEWSBRIEF_TOKEN bearer token")
    print(f"newsbrief: serving {db} at http://{host}:{port}/, {mode} (Ctrl-C stops)", flush=True)
    # httptools' C parser and uvloop, not h11 and asyncio's loop: under 50 readers at once on 2 cores
    # they serve a cached page about twice as fast (benchmarks/serve_load.py, docs/MEASURED.md).
    # uvloop is not made for Windows: "auto" takes it where it is installed, else asyncio's loop.
    uvicorn.run(app, host=host, port=port, log_level="warning", http="httptools", loop="auto")


__all__ = ["UNDATED", "NewsbriefError", "create_app", "serve"]
