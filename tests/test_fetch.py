"""News from the web, against a real HTTP server on 127.0.0.1: pages, feeds, robots.txt, failures.

The server serves invented articles and feeds written for these tests; no request leaves the machine.
"""

from __future__ import annotations

import dataclasses
import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.config import Config
from newsbrief.digest import digest
from newsbrief.feeds import Feed, feed_list
from newsbrief.fetch import Fetcher, read_page
from newsbrief.model import Status
from newsbrief.store import open_store

FAST = Config(fetch_timeout=0.4, host_delay=0.0, fetch_retries=1, retry_wait=0.01, max_fetch_bytes=60_000)

_ARTICLES = {
    "/news/bridge-reopens.html": ("Coast Gazette", "2024-03-05", "Port Alder bridge reopens after storm repairs", [
        "The Port Alder harbour bridge reopened to traffic on Tuesday, six weeks after a winter storm tore away "
        "part of its deck and left the town's fishing fleet cut off from the northern road.",
        "Engineers from the regional roads agency replaced 40 metres of decking and two damaged support cables, "
        "the agency said in a statement, at a cost of about 3.2 million dollars.",
        "Mayor Ilse Brandt said the reopening would let the fish market run at full strength again before the "
        "spring season. Ferries that carried cars across the harbour during the repairs will stop on Friday.",
    ]),
    "/news/harbour-traffic.html": ("Northern Ledger", "2024-03-05", "Traffic returns to Port Alder bridge", [
        "Cars and lorries crossed the Port Alder harbour bridge on Tuesday for the first time since a storm "
        "damaged its deck six weeks ago, after the regional roads agency finished repairs.",
        "The agency said workers replaced 40 metres of decking and two support cables. Mayor Ilse Brandt "
        "thanked the crews and said the fish market could now prepare for the spring season.",
        "The temporary car ferry across the harbour will end its service on Friday, the town council said.",
    ]),
    "/private/draft.html": ("Coast Gazette", "2024-03-06", "Draft: bridge inspection notes", [
        "These inspection notes are not for publication and must not be read by crawlers of any kind at all.",
    ]),
}

_TEXT_ARTICLE = """Port Alder bridge open again

The harbour bridge in Port Alder opened to traffic again on Tuesday after six weeks of storm repairs, the
regional roads agency said. Crews replaced 40 metres of decking and two support cables.

The car ferry that ran across the harbour during the works will stop on Friday, Mayor Ilse Brandt said.
"""


def _page(outlet: str, day: str, title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html><head><title>{title}</title><meta property="og:site_name" content="{outlet}">'
            f'<meta property="article:published_time" content="{day}T09:00:00Z"></head>'
            f"<body><nav>Home | World | Sport</nav><article><h1>{title}</h1>{body}</article></body></html>").encode()


def _rss(base: str) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>"
        f"<category>Local</category></item>"
        for path, title in (("/news/bridge-reopens.html", "Bridge reopens"), ("/missing", "A page that is gone")))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Gazette</title><link>{base}/</link>'
            f"<description>News</description>{items}</channel></rss>").encode()


def _atom(base: str) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title>'
            f"<id>urn:ledger</id><updated>2024-03-05T10:00:00Z</updated><entry><title>Traffic returns</title>"
            f'<link href="{base}/news/harbour-traffic.html"/><id>urn:ledger:1</id>'
            f"<updated>2024-03-05T10:00:00Z</updated></entry></feed>").encode()


def _opml(base: str) -> bytes:
    return (f'<?xml version="1.0"?><opml version="2.0"><head><title>feeds</title></head><body>'
            f'<outline text="Harbour"><outline text="Gazette" type="rss" xmlUrl="{base}/rss.xml"/></outline>'
            f'<outline text="Science"><outline text="Ledger" type="rss" xmlUrl="{base}/atom.xml"/>'
            f'<outline text="Broken" type="rss" xmlUrl="{base}/broken.xml"/></outline></body></opml>').encode()


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    requests: list[tuple[str, int, dict[str, str]]]  # path, status answered, request headers

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that stopped reading (timeout, size cap) breaks the pipe: expected here


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *_: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path
        if path == "/slow":
            self.server.requests.append((path, 0, dict(self.headers)))  # 0: the client gives up before the answer
            time.sleep(1.5)  # beyond FAST's timeout
            self.send_response(200)
            self.end_headers()
            return None
        if path == "/robots.txt":
            return self._send(200, "text/plain", b"User-agent: *\nDisallow: /private/\n")
        if path in _ARTICLES:
            return self._send(200, "text/html; charset=utf-8", _page(*_ARTICLES[path]), etag=f'"{path}-1"')
        if path == "/rss.xml":
            return self._send(200, "application/rss+xml", _rss(base), etag='"rss-1"')
        if path == "/atom.xml":
            return self._send(200, "application/atom+xml", _atom(base), etag='"atom-1"')
        if path == "/flaky.xml":
            feed = _rss(base).replace(b"/missing", b"/slow")
            return self._send(200, "application/rss+xml", feed, etag='"flaky-1"')
        if path == "/busy":  # 429 asking for two seconds, then the page
            busy = sum(1 for p, _, _ in self.server.requests if p == "/busy") % 2 == 0
            if busy:
                self.server.requests.append((path, 429, dict(self.headers)))
                self.send_response(429)
                self.send_header("Retry-After", "2")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            return self._send(200, "text/html", _page(*_ARTICLES["/news/harbour-traffic.html"]))
        if path == "/no-validators.html":  # a server that ignores conditional requests
            return self._send(200, "text/html", _page(*_ARTICLES["/news/bridge-reopens.html"]))
        if path == "/broken.xml":
            return self._send(200, "application/xml", b"<html><body>Our feeds have moved</p></body>")
        if path == "/feeds.opml":
            return self._send(200, "text/x-opml", _opml(base))
        if path == "/huge":  # no Content-Length: the cap must stop the stream
            return self._send(200, "text/html", b"<p>" + b"word " * 40_000 + b"</p>", length=False)
        if path == "/report.pdf":
            return self._send(200, "application/pdf", b"%PDF-1.4 not a page")
        if path == "/error":
            return self._send(500, "text/html", b"<p>down</p>")
        if path == "/moved":  # a redirect into a path robots.txt disallows: each hop is checked
            self.server.requests.append((path, 301, dict(self.headers)))
            self.send_response(301)
            self.send_header("Location", "/private/draft.html")
            self.end_headers()
            return None
        if path == "/loop":
            self.server.requests.append((path, 302, dict(self.headers)))
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return None
        return self._send(404, "text/html", b"<p>not found</p>")

    def _send(self, status: int, kind: str, body: bytes, etag: str | None = None, length: bool = True) -> None:
        if etag is not None and self.headers.get("If-None-Match") == etag:
            status, body = 304, b""
        self.server.requests.append((self.path, status, dict(self.headers)))  # before the client has its answer
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if etag is not None:
            self.send_header("ETag", etag)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    found = _Server(("127.0.0.1", 0), _Handler)  # port 0: a free port
    found.requests = []
    thread = threading.Thread(target=found.serve_forever, daemon=True)
    thread.start()
    yield found
    found.shutdown()
    found.server_close()
    thread.join(5)


def _base(server: _Server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def _read(server: _Server, path: str, config: Config = FAST) -> tuple[list[object], list[object]]:
    with Fetcher(config) as fetcher:
        return read_page(fetcher, _base(server) + path, config)  # type: ignore[return-value]


def test_a_fetched_page_is_the_article_a_saved_page_is(server: _Server) -> None:
    articles, rejected = _read(server, "/news/bridge-reopens.html")
    assert rejected == []
    article = articles[0]
    url = _base(server) + "/news/bridge-reopens.html"
    assert (article.title, article.outlet, article.url, str(article.published)) == (  # type: ignore[attr-defined]
        "Port Alder bridge reopens after storm repairs", "Coast Gazette", url, "2024-03-05")
    assert "replaced 40 metres of decking" in article.text  # type: ignore[attr-defined]
    assert article.path == url and article.id == "127.0.0.1/news/bridge-reopens.html"  # type: ignore[attr-defined]
    assert article.fetched is not None  # type: ignore[attr-defined]
    agent = next(headers["User-Agent"] for path, _, headers in server.requests if path == "/news/bridge-reopens.html")
    assert agent.startswith("newsbrief/") and "robots.txt" in agent


@pytest.mark.parametrize(("path", "expected"), [
    ("/private/draft.html", "disallowed by http://127.0.0.1:{port}/robots.txt for newsbrief"),
    ("/missing", "HTTP 404 Not Found"),
    ("/slow", "timeout: no answer within 0.4 s (2 tries)"),
    ("/huge", "too big: over the limit of 60,000 bytes (max_fetch_bytes); not read further"),
    ("/report.pdf", "not an HTML page but application/pdf"),
    ("/error", "HTTP 500 Internal Server Error (2 tries)"),
    ("/loop", "more than 5 redirects (a redirect loop?)"),
    ("/moved", "redirected to http://127.0.0.1:{port}/private/draft.html: disallowed by "
               "http://127.0.0.1:{port}/robots.txt for newsbrief"),
])
def test_every_failure_is_an_unreadable_account_with_its_reason(server: _Server, path: str, expected: str) -> None:
    started = time.monotonic()
    articles, rejected = _read(server, path)
    assert articles == []
    account = rejected[0]
    port = server.server_address[1]
    assert account.status is Status.UNREADABLE  # type: ignore[attr-defined]
    assert account.reason == f"{_base(server)}{path}: {expected.format(port=port)}"  # type: ignore[attr-defined]
    assert account.url == _base(server) + path  # type: ignore[attr-defined]
    assert time.monotonic() - started < 3


def test_a_server_error_is_tried_again_a_bounded_number_of_times(server: _Server) -> None:
    before = sum(1 for p, _, _ in server.requests if p == "/error")
    _read(server, "/error", dataclasses.replace(FAST, fetch_retries=2))
    assert sum(1 for p, _, _ in server.requests if p == "/error") - before == 3


@pytest.mark.parametrize(("given", "expected"), [
    ("ftp://127.0.0.1/a.html", "ftp://127.0.0.1/a.html: not a web address: only http and https URLs are read"),
    ("http://", "http://: not a web address: only http and https URLs are read"),
])
def test_a_bad_address_is_refused_without_a_request(given: str, expected: str) -> None:
    with Fetcher(FAST) as fetcher:
        articles, rejected = read_page(fetcher, given, FAST)
    assert (articles, [(a.status, a.reason) for a in rejected]) == ([], [(Status.UNREADABLE, expected)])


def test_feed_lists_in_opml_and_text_give_feeds_and_categories(server: _Server) -> None:
    base = _base(server)
    assert feed_list(_opml(base).decode(), "feeds.opml") == [
        Feed(f"{base}/rss.xml", "Harbour"), Feed(f"{base}/atom.xml", "Science"), Feed(f"{base}/broken.xml", "Science")]
    text = f"# my feeds\n{base}/rss.xml\n\n[World news]\n{base}/atom.xml\n"
    assert feed_list(text, "feeds.txt") == [Feed(f"{base}/rss.xml", None), Feed(f"{base}/atom.xml", "World news")]


def test_brief_of_urls_mixed_with_a_file_names_outlets_and_refuses_robots(
        server: _Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = _base(server)
    (tmp_path / "urls.txt").write_text(f"# the harbour story\n{base}/news/harbour-traffic.html\n"
                                       f"{base}/private/draft.html\n", encoding="utf-8")
    (tmp_path / "local.txt").write_text(_TEXT_ARTICLE, encoding="utf-8")
    code = main(["brief", f"{base}/news/bridge-reopens.html", str(tmp_path / "local.txt"),
                 "--urls", str(tmp_path / "urls.txt"), "--format", "json", "--delay", "0"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    accounts = {a["id"]: a for a in result["articles"]}
    gazette = accounts["127.0.0.1/news/bridge-reopens.html"]
    assert (gazette["status"], gazette["outlet"], gazette["url"]) == (
        "used", "Coast Gazette", f"{base}/news/bridge-reopens.html")
    assert accounts["127.0.0.1/news/harbour-traffic.html"]["outlet"] == "Northern Ledger"
    # the file is read beside the pages (a reworded copy of their story, as it happens)
    assert (accounts["local"]["path"], accounts["local"]["status"]) == (str(tmp_path / "local.txt"), "copy_of")
    draft = accounts["127.0.0.1/private/draft.html"]
    assert draft["status"] == "unreadable" and "robots.txt" in draft["reason"]
    event = result["events"][0]
    assert "40 metres of decking" in " ".join(s["text"] for s in event["summary"])
    # Both pages come from one host (127.0.0.1), and pages of one host are one outlet (newsbrief.sources).
    assert event["outlets"] == ["Coast Gazette"]


def test_a_second_digest_of_feeds_fetches_nothing_new(server: _Server, tmp_path: Path) -> None:
    base = _base(server)
    feeds = feed_list(_opml(base).decode(), "feeds.opml")
    with open_store(tmp_path / "news.db") as store:
        start = len(server.requests)
        first = digest([], store, FAST, briefs=False, feeds=feeds)
        first_requests = server.requests[start:]
        accounts = {a.id: a for a in store.accounts()}
        start = len(server.requests)
        second = digest([], store, FAST, briefs=False, feeds=feeds)
        second_requests = server.requests[start:]
        after = store.accounts()
    assert first.stored == 2 and first.unchanged == 0
    pages = {a.id: (a.category, a.outlet, a.title) for a in accounts.values() if a.status is Status.USED}
    assert pages == {
        "127.0.0.1/news/bridge-reopens.html": ("Harbour", "Coast Gazette",
                                               "Port Alder bridge reopens after storm repairs"),
        "127.0.0.1/news/harbour-traffic.html": ("Science", "Northern Ledger", "Traffic returns to Port Alder bridge"),
    }
    assert accounts["127.0.0.1/missing"].reason == f"{base}/missing: HTTP 404 Not Found"
    assert accounts["127.0.0.1/missing"].title == "A page that is gone"
    assert accounts["feed:127.0.0.1/broken.xml"].reason.startswith(f"{base}/broken.xml: not an RSS or Atom feed")
    assert {p for p, status, _ in first_requests if status == 200} >= {
        "/rss.xml", "/atom.xml", "/news/bridge-reopens.html", "/news/harbour-traffic.html"}
    # Second run: the feeds answer 304 to their ETags, so no page of theirs is asked for.
    assert [(p, s) for p, s, h in second_requests if p in ("/rss.xml", "/atom.xml")] == [
        ("/rss.xml", 304), ("/atom.xml", 304)]
    assert all(h.get("If-None-Match") for p, _, h in second_requests if p in ("/rss.xml", "/atom.xml"))
    assert not any(p.startswith("/news/") for p, _, _ in second_requests)
    assert second.stored == 0 and second.unchanged == 2
    assert len(after) == len(accounts)


def test_digest_feeds_on_the_command_line_reads_a_text_list_by_category(
        server: _Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = _base(server)
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"# harbour news\n[Harbour]\n{base}/rss.xml\n", encoding="utf-8")
    command = ["digest", "--feeds", str(listing), "--db", str(tmp_path / "news.db"), "--no-briefs", "--delay", "0"]
    assert main(command) == 0
    first = capsys.readouterr().err
    assert main(command) == 0
    second = capsys.readouterr().err
    assert "2 articles read: 1 stored" in first and f"skipped {base}/missing: HTTP 404 Not Found" in first
    assert "1 web feeds and pages unchanged since the last run (not read again); 0 articles read" in second
    with open_store(tmp_path / "news.db", read_only=True) as store:
        assert store.last_fetch(f"{base}/rss.xml").etag == '"rss-1"'  # type: ignore[union-attr]
        assert {(a.id, a.category, a.status) for a in store.accounts()} == {
            ("127.0.0.1/news/bridge-reopens.html", "Harbour", Status.USED),
            ("127.0.0.1/missing", "Harbour", Status.UNREADABLE)}


def test_a_page_given_again_to_digest_is_asked_for_conditionally_and_not_read_again(
        server: _Server, tmp_path: Path) -> None:
    url = _base(server) + "/news/harbour-traffic.html"
    with open_store(tmp_path / "news.db") as store:
        first = digest([url], store, FAST, briefs=False)
        start = len(server.requests)
        second = digest([url], store, FAST, briefs=False)
        asked = [(p, status, h.get("If-None-Match")) for p, status, h in server.requests[start:]
                 if p.startswith("/news/")]
        logged = store.last_fetch(url)
    assert (first.stored, second.stored, second.unchanged) == (1, 0, 1)
    assert asked == [("/news/harbour-traffic.html", 304, '"/news/harbour-traffic.html-1"')]
    assert logged is not None and (logged.status, logged.etag) == (304, '"/news/harbour-traffic.html-1"')


def test_a_feed_whose_page_timed_out_is_read_again_next_run(server: _Server, tmp_path: Path) -> None:
    feeds = [Feed(_base(server) + "/flaky.xml", "Harbour")]
    with open_store(tmp_path / "news.db") as store:
        digest([], store, FAST, briefs=False, feeds=feeds)
        start = len(server.requests)
        second = digest([], store, FAST, briefs=False, feeds=feeds)
        asked = [(p, status) for p, status, _ in server.requests[start:] if p != "/robots.txt"]
    # The feed comes again in full (200), the stored page is not asked for, the page that timed out is tried again.
    assert asked[0] == ("/flaky.xml", 200)
    assert "/news/bridge-reopens.html" not in {p for p, _ in asked} and ("/slow", 0) in asked
    assert second.unchanged == 1


def test_a_429_is_tried_again_after_the_wait_the_server_asks_for(server: _Server) -> None:
    waits: list[float] = []
    config = dataclasses.replace(FAST, fetch_retries=3)
    with Fetcher(config, sleep=waits.append) as fetcher:  # waits are recorded, not slept
        articles, rejected = read_page(fetcher, _base(server) + "/busy", config)
    assert (len(articles), rejected) == (1, [])
    assert waits == [2.0]  # Retry-After: 2, longer than the first backoff of 0.01 s


def test_a_page_of_the_same_content_is_unchanged_without_validators(server: _Server, tmp_path: Path) -> None:
    url = _base(server) + "/no-validators.html"
    with open_store(tmp_path / "news.db") as store:
        digest([url], store, FAST, briefs=False)
        second = digest([url], store, FAST, briefs=False)
        logged = store.last_fetch(url)
    assert (second.stored, second.already_stored, second.unchanged) == (0, 0, 1)
    assert logged is not None and logged.etag is None and len(logged.content_hash or "") == 64
