"""The portal (newsbrief serve) on a store digested from ../shared/seeds: pages, feeds, JSON API,
hostile article strings, reads during a write, and the real server over HTTP on 127.0.0.1."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import httpx
import hypothesis
import pytest
import schemathesis
from fastapi.testclient import TestClient

from conftest import ROOT
from newsbrief.cli import main
from newsbrief.config import Config
from newsbrief.digest import digest
from newsbrief.model import NewsbriefError, SummarySentence, ToldDate
from newsbrief.render import shown_text
from newsbrief.serve import create_app
from newsbrief.store import open_reader, open_store

DAY = "2020-01-07"  # the seeds' Putin-Assad meeting, "Tuesday" in the articles of 7-11 January
HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def seeds_store(seeds: Path) -> Iterator[Path]:
    """A store digested (and briefed: about 10 s) from the seeds, for the whole session."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "news.db"
        with open_store(path) as store:
            digest([seeds], store, Config())
        yield path


@pytest.fixture(scope="session")
def client(seeds_store: Path) -> TestClient:
    return TestClient(create_app(seeds_store))


@pytest.fixture(scope="session")
def event_id(seeds_store: Path) -> str:
    return str(sqlite3.connect(seeds_store).execute("SELECT id FROM events").fetchone()[0])


@pytest.fixture(scope="session")
def hostile_store(seeds_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds' store as a hostile writer (or hostile pages) could leave it: script, attribute
    breaking and javascript: strings in titles, text, outlets, URLs and the brief."""
    path = tmp_path_factory.mktemp("hostile") / "news.db"
    with sqlite3.connect(seeds_store) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    with sqlite3.connect(path) as db:
        first = db.execute("SELECT id FROM articles ORDER BY rowid").fetchone()[0]
        db.execute("UPDATE articles SET title = ?, outlet = ?, url = 'javascript:alert(3)', authors = ?, "
                   "text = ? || text WHERE id = ?",
                   (HOSTILE, HOSTILE, json.dumps([HOSTILE]), f"{HOSTILE} Hostile opening paragraph.\n\n", first))
        db.execute("UPDATE articles SET url = ' JavaScript:alert(4)' WHERE id != ?", (first,))
        brief = json.loads(db.execute("SELECT brief FROM briefs").fetchone()[0])
        brief["headline"] = f"{HOSTILE} headline"
        brief["summary"][0]["text"] = f"{HOSTILE} summary"
        brief["timeline"][0]["text"] = HOSTILE
        db.execute("UPDATE briefs SET brief = ?", (json.dumps(brief),))
        db.execute("INSERT INTO texts VALUES ('article', ?, ?, ?)", (first, HOSTILE, "hostile opening"))
    return path


def _text(html: str) -> str:
    """The page's main text with tags taken out and whitespace run together."""
    main = html[html.index("<main>"):]
    return " ".join(re.sub(r"<[^>]+>", " ", main).split())


def test_the_home_page_is_the_newest_day_with_the_event_under_its_category(client: TestClient, event_id: str) -> None:
    page = client.get("/")
    assert page.status_code == 200
    text = _text(page.text)
    assert "Tuesday, 7 January 2020" in text
    assert "International relations" in text
    assert "Putin" in text and "Assad" in text
    assert "(5 outlets, 5 articles)" in text
    assert f'href="/event/{event_id}"' in page.text
    assert client.get(f"/day/{DAY}").text == page.text
    assert client.get("/", params={"day": DAY}).text == page.text  # the day picker, without JavaScript


def test_a_day_without_events_and_a_wrong_day_are_404_pages(client: TestClient) -> None:
    for path in ("/day/2020-01-08", "/day/yesterday", "/day/2020-13-40", "/no/such/page"):
        answer = client.get(path)
        assert answer.status_code == 404
        assert "<h1>404</h1>" in answer.text


def test_the_event_page_shows_the_cited_summary_timeline_entities_and_every_source(
        client: TestClient, event_id: str) -> None:
    page = client.get(f"/event/{event_id}").text
    text = _text(page)
    brief = client.get(f"/api/events/{event_id}").json()["events"][0]
    assert brief["headline"] in text
    first = brief["summary"][0]
    # the source's words, with the date of its weekday beside it
    assert shown_text(SummarySentence(first["text"], (), 0, dates=tuple(ToldDate(**w) for w in first["dates"]))
                      ) in text
    assert "in Damascus on Tuesday [Jan. 7, 2020], the Russian Leader’s" in text
    assert '<sup><a href="#source-1">[1]</a></sup>' in page
    assert "Where the sources disagree" in text and "<table>" in page
    assert f"{DAY}: " not in text and "2020-01-07 :" in text  # timeline: its day, then the happening
    assert "Vladimir Putin" in text
    for n in range(1, 6):
        assert f'id="source-{n}"' in page
    assert "Destructive duo Assad and Putin meet in Damascus amid tensions over Soleimani killing" in text
    assert 'href="/article/000_ffd6d680225236f6"' in page
    assert "supports 3 of 5 summary sentences" in text


def test_the_event_page_shows_the_fifteen_entries_most_stories_date_and_json_keeps_all(
        seeds_store: Path, event_id: str, tmp_path: Path) -> None:
    path = tmp_path / "long-timeline.db"
    with sqlite3.connect(seeds_store) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    with sqlite3.connect(path) as db:
        brief = json.loads(db.execute("SELECT brief FROM briefs").fetchone()[0])
        articles = brief["articles"]
        # 20 entries of the weeks before dated by one story each, and the meeting dated by three
        entries = [{"date": f"2019-12-{day:02d}", "text": f"Background happening {day}.", "sources": [articles[0]]}
                   for day in range(1, 21)]
        entries.append({"date": DAY, "text": "Putin met Assad in Damascus.", "sources": articles[:3]})
        brief["timeline"] = entries
        db.execute("UPDATE briefs SET brief = ?", (json.dumps(brief),))
    long = TestClient(create_app(path))
    page = long.get(f"/event/{event_id}").text
    timeline = page[page.index("<h2>Timeline</h2>"):]
    timeline = timeline[:timeline.index("</ul>")]
    assert timeline.count("<li><b>") == 15
    assert "Putin met Assad in Damascus." in timeline and "Background happening 20." in timeline
    assert "Background happening 1." not in timeline  # an older one-story entry is left to the JSON
    assert "6 more dated in the <a" in timeline
    assert len(long.get(f"/api/events/{event_id}").json()["events"][0]["timeline"]) == 21


def test_the_article_page_shows_the_clean_text_and_what_cleaning_removed_and_why(client: TestClient) -> None:
    text = _text(client.get("/article/000_ffd6d680225236f6").text)
    assert "Russian President Vladimir Putin met brutal Syrian dictator Bashar al-Assad Tuesday" in text
    assert "Removed when cleaning" in text
    removed = text[text.index("Removed when cleaning"):]
    assert "2 min read" in removed and "—" in removed  # each span with why it was removed
    assert client.get("/article/../../etc/passwd").status_code == 404
    assert client.get("/article/%2e%2e%2fnews.db").status_code == 404


def test_search_finds_briefs_and_articles_by_stem_and_takes_operators_as_words(client: TestClient) -> None:
    page = _text(client.get("/search", params={"q": "Damascus visits"}).text)
    assert "Destructive duo Assad and Putin meet in Damascus" in page
    hits = client.get("/api/search", params={"q": "soleimani killing"}).json()
    assert {h["kind"] for h in hits} == {"article", "event"} or hits[0]["kind"] == "article"
    assert any(h["id"] == "000_ffd6d680225236f6" for h in hits)
    for query in ('putin OR', '"', "NEAR(", "*", "assad AND -"):
        assert client.get("/api/search", params={"q": query}).status_code == 200
    assert client.get("/api/search", params={"q": "zzzxqv"}).json() == []


def test_the_json_api_gives_days_events_of_a_day_with_a_category_filter_and_newsbrief_1(
        client: TestClient, event_id: str) -> None:
    assert client.get("/api/days").json() == [{"day": DAY, "events": 1}]
    listed = client.get(f"/api/days/{DAY}/events").json()
    assert [(e["id"], e["category"], e["articles"], e["outlets"], e["first"], e["last"]) for e in listed] == [
        (event_id, "international", 5, 5, DAY, "2020-01-11")]
    assert client.get(f"/api/days/{DAY}/events", params={"category": "sports"}).json() == []
    assert client.get(f"/api/days/{DAY}/events", params={"category": "nonsense"}).status_code == 404
    event = client.get(f"/api/events/{event_id}").json()
    assert event["schema"] == "newsbrief/1"
    assert event["events"][0]["id"] == event_id
    assert len(event["articles"]) == 5 and event["portal"]["day"] == DAY
    assert client.get("/api/events/event-missing").status_code == 404
    assert client.get("/api/events/event-missing").json() == {"detail": "no brief of event event-missing"}


def test_a_days_events_filter_by_category_entity_and_text(client: TestClient, event_id: str) -> None:
    def ids(**filters: str) -> list[str]:
        answer = client.get(f"/api/days/{DAY}/events", params=filters)
        assert answer.status_code == 200, answer.text
        return [e["id"] for e in answer.json()]

    assert ids(entity="Damascus") == ids(entity="damascus") == [event_id]  # as the brief names it, any case
    assert ids(entity="Nobody Here") == []
    assert ids(text="Soleimani killing") == [event_id]  # the words of its articles, by stem
    assert ids(text="Damascus visits") == [event_id]  # of its brief
    assert ids(text="zzzxqv") == [] and ids(text="( *") == []  # no word: no event
    assert ids(text="Putin OR zzzxqv") == []  # an operator is a word, which no article holds beside "zzzxqv"
    assert ids(category="international", entity="Damascus", text="Assad") == [event_id]
    assert ids(category="sports", entity="Damascus") == []
    assert client.get(f"/api/days/{DAY}/events", params={"text": "x" * 201}).status_code == 422


def test_undated_events_are_listed_as_a_day_the_api_takes(seeds_store: Path, tmp_path: Path) -> None:
    # Multi-News articles carry no dates: /api/days listed their events under a day of null, which
    # /api/days/{day}/events refused.
    path = tmp_path / "undated.db"
    with sqlite3.connect(seeds_store) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE events SET day = NULL, first = NULL, last = NULL")
    client = TestClient(create_app(path))
    assert client.get("/api/days").json() == [{"day": "undated", "events": 1}]
    answer = client.get("/api/days/undated/events")
    assert answer.status_code == 200 and len(answer.json()) == 1


def test_the_openapi_contract_lists_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) == {"/api/days", "/api/days/{day}/events", "/api/events/{event_id}", "/api/search",
                          "/api/articles"}
    assert "post" in paths["/api/articles"] and "get" not in paths["/api/articles"]
    assert client.get("/docs").status_code == 200


@pytest.fixture(scope="session")
def api_schema(seeds_store: Path) -> Any:
    """The OpenAPI contract as the read-only portal over the seeds' store publishes it, called in process."""
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(seeds_store))


contract = schemathesis.pytest.from_fixture("api_schema")


@contract.parametrize()
@hypothesis.settings(max_examples=25, deadline=None, suppress_health_check=list(hypothesis.HealthCheck),
                     derandomize=True)
def test_every_answer_keeps_the_openapi_contract(case: schemathesis.Case) -> None:
    # Generated paths, queries and bodies: no 5xx, every status documented, every answer of its schema
    # (a POST is refused on this read-only portal, with its documented 403).
    case.call_and_validate()


def test_atom_feeds_give_the_newest_events_overall_and_per_category(client: TestClient, event_id: str) -> None:
    headline = client.get(f"/api/events/{event_id}").json()["events"][0]["headline"]
    overall = feedparser.parse(client.get("/feed.xml").content)
    assert not overall.bozo
    assert [e.title for e in overall.entries] == [headline]
    assert overall.entries[0].link == f"http://testserver/event/{event_id}"
    assert overall.entries[0].tags[0].term == "international"
    assert "in Damascus on Tuesday [Jan. 7, 2020]" in overall.entries[0].summary  # as the event page dates it
    assert [e.title for e in feedparser.parse(client.get("/feed/international.xml").content).entries] == [headline]
    assert feedparser.parse(client.get("/feed/sports.xml").content).entries == []
    assert client.get("/feed/nonsense.xml").status_code == 404


def test_every_hostile_string_is_escaped_and_no_javascript_address_becomes_a_link(
        hostile_store: Path, event_id: str) -> None:
    hostile = TestClient(create_app(hostile_store))
    pages = {path: hostile.get(path) for path in (
        "/", f"/event/{event_id}", "/article/000_ffd6d680225236f6", "/search?q=hostile+opening",
        "/feed.xml", f"/api/events/{event_id}")}
    for path, answer in pages.items():
        assert answer.status_code == 200, path
        assert answer.headers["x-content-type-options"] == "nosniff"
        if path.startswith("/api/"):
            assert answer.headers["content-type"] == "application/json"
            continue
        assert "script-src" not in answer.headers["content-security-policy"]  # default-src 'none': no script
        assert "<script>" not in answer.text and "<img" not in answer.text, path
        assert not re.search(r'href="\s*javascript:', answer.text, re.IGNORECASE), path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in pages["/"].text
    assert "&lt;script&gt;" in pages[f"/event/{event_id}"].text
    assert "Hostile opening paragraph." in pages["/article/000_ffd6d680225236f6"].text
    # JSON keeps the strings as they are: it is data, escaped by whoever shows it.
    assert pages[f"/api/events/{event_id}"].json()["events"][0]["headline"].startswith(HOSTILE)


def test_reads_go_on_while_a_digest_holds_the_write_lock(seeds_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with sqlite3.connect(seeds_store) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    portal = TestClient(create_app(path))
    assert portal.get("/api/days/2020-01-07/events").json()[0]["category"] == "international"
    with open_reader(path) as reader:
        event_id = reader.listings(dt.date(2020, 1, 7))[0].id
        event = reader.brief(event_id)
    assert event is not None
    with open_store(path) as store, store.transaction():  # a brief written as digest writes it, not committed
        store.put_brief(dataclasses.replace(event, headline="Putin and Assad meet again"))
        store.put_event_facts(event_id, dt.date(2020, 1, 7), "sports", [None])
        assert portal.get("/").status_code == 200
        assert "Putin and Assad meet again" not in portal.get(f"/event/{event_id}").text
        assert portal.get("/api/days/2020-01-07/events").json()[0]["category"] == "international"
    # committed: seen at once, though the answers before were cached
    assert portal.get("/api/days/2020-01-07/events").json()[0]["category"] == "sports"
    assert "Putin and Assad meet again" in portal.get(f"/event/{event_id}").text


def test_a_store_that_cannot_be_read_is_said_before_serving(tmp_path: Path) -> None:
    with pytest.raises(NewsbriefError, match="no such database"):
        create_app(tmp_path / "missing.db")
    assert main(["serve", "--db", str(tmp_path / "missing.db")]) == 1
    with pytest.raises(SystemExit) as usage:
        main(["serve", "--db", "x.db", "--port", "70000"])
    assert usage.value.code == 2


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_server(db: Path, token: str | None = None) -> tuple[subprocess.Popen[str], str]:
    """``newsbrief serve`` as a user starts it, on a free port of 127.0.0.1, once it answers."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("NEWSBRIEF_TOKEN", None)
    if token is not None:
        env["NEWSBRIEF_TOKEN"] = token
    process = subprocess.Popen([sys.executable, "-c", "from newsbrief.cli import main; raise SystemExit(main())",
                                "serve", "--db", str(db), "--port", str(port)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    address = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{address}/api/days", timeout=1)
            return process, address
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise AssertionError(f"the server did not start: {process.communicate()[0]}") from None
            time.sleep(0.2)


@contextlib.contextmanager
def serving(db: Path) -> Iterator[str]:
    """The address of ``newsbrief serve`` over ``db`` (see :func:`_start_server`), stopped at the end."""
    process, address = _start_server(db)
    try:
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def server(seeds_store: Path) -> Iterator[str]:
    """The real server over the seeds' store; stopped after the session."""
    with serving(seeds_store) as address:
        yield address


def test_the_real_server_serves_the_day_page_over_http(server: str) -> None:
    answer = httpx.get(f"{server}/", timeout=10)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    assert "Tuesday, 7 January 2020" in answer.text
    assert httpx.get(f"{server}/api/days", timeout=10).json() == [{"day": DAY, "events": 1}]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_chromium_shows_the_day_page_and_the_event_it_links(server: str, event_id: str, tmp_path: Path) -> None:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([CHROMIUM or "chromium", *flags, "--dump-dom", f"{server}/"],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    assert "Tuesday, 7 January 2020" in dom and f'href="/event/{event_id}"' in dom
    screenshot = tmp_path / "event.png"
    subprocess.run([CHROMIUM or "chromium", *flags, f"--screenshot={screenshot}", "--window-size=412,900",
                    f"{server}/event/{event_id}"], capture_output=True, timeout=60, check=True)
    assert screenshot.stat().st_size > 10_000  # a rendered page at a phone's width, not a blank one


FERRY = {"doc_id": "ferry-1", "title": "Ferry workers end their strike in Calais", "date": "2021-03-02",
         "outlet": "Coast Daily", "url": "https://coastdaily.example/ferry",
         "text": "Ferry workers in Calais ended a nine-day strike on Tuesday after the operator agreed to raise "
                 "their pay by four percent, the union said.\n\nThe strike had stranded hundreds of lorries on "
                 "both sides of the Channel and cost the port an estimated two million euros a day.\n\n"
                 "Sailings to Dover resumed on Tuesday evening, the operator said in a statement."}


@pytest.fixture()
def writable(seeds_store: Path, tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    with sqlite3.connect(seeds_store) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    return path


def test_a_portal_without_a_token_takes_no_articles(client: TestClient) -> None:
    answer = client.post("/api/articles", json=[FERRY], headers={"Authorization": "Bearer anything"})
    assert answer.status_code == 403
    assert "read-only" in answer.json()["detail"]


def test_posting_needs_the_token_and_well_formed_articles_within_the_limits(writable: Path) -> None:
    portal = TestClient(create_app(writable, token="s3cret"))
    assert portal.post("/api/articles", json=[FERRY]).status_code == 401
    assert portal.post("/api/articles", json=[FERRY], headers={"Authorization": "Bearer wrong"}).status_code == 401
    good = {"Authorization": "Bearer s3cret"}
    assert portal.post("/api/articles", content=b"{not json", headers=good).status_code == 422
    assert portal.post("/api/articles", json={"text": "one object"}, headers=good).status_code == 422
    assert portal.post("/api/articles", json=[], headers=good).status_code == 422
    too_big = portal.post("/api/articles", content=b"[" + b" " * 20_000_001 + b"]", headers=good)
    assert too_big.status_code == 413
    with pytest.raises(NewsbriefError, match="NEWSBRIEF_TOKEN is empty"):
        create_app(writable, token=" ")


def test_posted_articles_are_answered_once_committed_and_shown_at_once(writable: Path) -> None:
    portal = TestClient(create_app(writable, token="s3cret"))
    assert [d["day"] for d in portal.get("/api/days").json()] == [DAY]  # cached before the post
    answer = portal.post("/api/articles", json=[FERRY, {"doc_id": "blank", "text": "   "}],
                         headers={"Authorization": "Bearer s3cret"})
    assert answer.status_code == 200
    accounts = {a["id"]: a for a in answer.json()["articles"]}
    assert accounts["ferry-1"]["status"] == "used" and accounts["ferry-1"]["event"]
    assert accounts["blank"]["status"] in ("empty", "unreadable")
    with sqlite3.connect(writable) as db:  # committed before the answer
        assert db.execute("SELECT status FROM articles WHERE id = 'ferry-1'").fetchone() == ("used",)
    assert [d["day"] for d in portal.get("/api/days").json()] == ["2021-03-02", DAY]
    day = portal.get("/api/days/2021-03-02/events").json()
    assert day[0]["category"] == "business" or day[0]["headline"]
    assert "Calais" in _text(portal.get("/day/2021-03-02").text)
    assert portal.get("/api/search", params={"q": "ferry strike"}).json()[0]["id"] in ("ferry-1", day[0]["id"])
    again = portal.post("/api/articles", json=[FERRY], headers={"Authorization": "Bearer s3cret"}).json()
    assert again["already_stored"] == 1 and again["articles"] == []


def test_an_article_acknowledged_survives_kill_9_of_the_server(writable: Path) -> None:
    process, address = _start_server(writable, token="s3cret")
    try:
        answer = httpx.post(f"{address}/api/articles", json=[FERRY], headers={"Authorization": "Bearer s3cret"},
                            timeout=300)
        process.kill()  # SIGKILL the moment the answer is in: no shutdown, no checkpoint
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert answer.status_code == 200
    assert [a["id"] for a in answer.json()["articles"]] == ["ferry-1"]
    with open_reader(writable) as reader:
        found = reader.article("ferry-1")
        assert found is not None and found[1].status.value == "used"
        assert reader.listings(dt.date(2021, 3, 2))[0].articles == 1


def test_events_not_briefed_yet_are_listed_with_their_articles_titles(seeds: Path, tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with open_store(path) as store:
        digest([seeds], store, Config(), briefs=False)
    portal = TestClient(create_app(path))
    [listed] = portal.get("/api/days/2020-01-11/events").json()  # the last article's day until it is briefed
    assert (listed["briefed"], listed["stale"], listed["outlets"], listed["category"]) == (False, True, None, None)
    day = _text(portal.get("/").text)
    assert "Other news" in day and "Not briefed yet" in day
    assert "Putin visits Syria to meet Assad, a key Iran ally" in day
    event = _text(portal.get(f"/event/{listed['id']}").text)
    assert "not briefed yet" in event and "grouped; not briefed yet" in event
    assert portal.get(f"/api/events/{listed['id']}").status_code == 404


def test_an_entity_page_lists_the_events_that_name_it(client: TestClient, event_id: str) -> None:
    entities = client.get(f"/api/events/{event_id}").json()["events"][0]["entities"]
    name = next(e["text"] for e in entities if e["text"] == "Damascus")
    assert f'href="/entity/{name}"' in client.get(f"/event/{event_id}").text
    page = client.get(f"/entity/{name}")
    assert page.status_code == 200
    text = _text(page.text)
    assert text.startswith("Damascus 1 event name Damascus") and DAY in text
    assert f'href="/event/{event_id}"' in page.text
    assert client.get("/entity/Nobody Here").status_code == 404


HARBOUR_PAGE = """<!doctype html><html><head><title>Harbour cranes stop as dockers walk out | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Ines Varga">
<meta property="article:published_time" content="2021-03-04T09:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour cranes stop as dockers walk out</h1>
<p>Dockers at the port of Rotterdam walked out on Thursday morning, stopping every crane on the container
terminals, after talks with the terminal operators on a new pay deal broke down late on Wednesday.</p>
<p>The union said the strike would last 48 hours and that ships would be turned away from the berths until
Saturday, when a new round of talks with the operators is due to begin in the city.</p>
<p>The terminal operators said they regretted the walkout and had offered a pay rise of three percent a year
over two years, which the union rejected as too little after two years of high inflation.</p></article>
<footer>Subscribe to our newsletter for the week's shipping news.</footer></body></html>"""


def test_a_page_posted_as_raw_html_or_text_is_read_as_digest_reads_pages(writable: Path) -> None:
    portal = TestClient(create_app(writable, token="s3cret"))
    good = {"Authorization": "Bearer s3cret"}
    page = {**good, "Content-Type": "text/html; charset=utf-8"}
    assert portal.post("/api/articles", content=HARBOUR_PAGE, headers=page).status_code == 422  # no url
    assert portal.post("/api/articles", params={"url": "javascript:alert(1)"}, content=HARBOUR_PAGE,
                       headers=page).status_code == 422
    assert portal.post("/api/articles", content=b"<a/>", headers={**good, "Content-Type": "application/xml"}
                       ).status_code == 415
    answer = portal.post("/api/articles", params={"url": "https://harbourtimes.example/dockers"},
                         content=HARBOUR_PAGE.encode(), headers=page)
    assert answer.status_code == 200, answer.text
    [account] = answer.json()["articles"]
    assert (account["title"], account["published"], account["status"]) == (
        "Harbour cranes stop as dockers walk out", "2021-03-04", "used")
    with open_reader(writable) as reader:  # committed before the answer
        found = reader.article(account["id"])
        assert found is not None
        article, stored, event_id = found
    assert (stored.outlet, stored.url, stored.authors) == ("Harbour Times", "https://harbourtimes.example/dockers",
                                                           ("Ines Varga",))
    assert stored.path == "https://harbourtimes.example/dockers"  # where it came from, not a temporary file
    assert "\nDockers at the port of Rotterdam walked out on Thursday morning" in article.text
    assert "newsletter" not in article.text and "Sport" not in article.text  # trafilatura's main text only
    assert event_id == account["event"]
    # Text with its address, and a page with no article in it: stored as refused, with why.
    plain = portal.post("/api/articles", params={"url": "https://quaynews.example/a/7", "date": "2021-03-05",
                                                 "title": "Rotterdam strike ends"},
                        content="Dockers in Rotterdam ended their strike on Friday after the terminal operators "
                                "offered a four percent pay rise.\n\nShips began to berth again in the afternoon.",
                        headers={**good, "Content-Type": "text/plain"})
    assert plain.status_code == 200, plain.text
    [text_account] = plain.json()["articles"]
    assert (text_account["title"], text_account["published"], text_account["status"]) == (
        "Rotterdam strike ends", "2021-03-05", "used")
    empty = portal.post("/api/articles", json=[{"html": "<html><body><nav>Home</nav></body></html>",
                                                "url": "https://harbourtimes.example/empty"}], headers=good)
    [refused] = empty.json()["articles"]
    assert (refused["status"], refused["reason"]) == (
        "empty", "https://harbourtimes.example/empty: no article text left once boilerplate was removed")
    with open_reader(writable) as reader:
        found = reader.article(refused["id"])
        assert found is not None and found[1].status.value == "empty"


def test_readers_of_a_page_being_made_wait_for_it_rather_than_make_it_again(
        seeds_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    import newsbrief.serve

    made = []

    def slow_clean(article: Any) -> Any:
        made.append(article.id)
        time.sleep(0.2)  # a page long to make: every reader below asks for it meanwhile
        return cleaned(article)

    cleaned = newsbrief.serve.clean
    monkeypatch.setattr(newsbrief.serve, "clean", slow_clean)
    app = create_app(seeds_store)

    async def readers() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://portal") as portal:
            return await asyncio.gather(*(portal.get("/article/000_ffd6d680225236f6") for _ in range(20)))

    answers = asyncio.run(readers())
    assert [a.status_code for a in answers] == [200] * 20
    assert len({a.text for a in answers}) == 1 and "Removed when cleaning" in answers[0].text
    assert made == ["000_ffd6d680225236f6"]  # made once, for all twenty
    assert all(a.headers["content-security-policy"].startswith("default-src 'none'") for a in answers)


def test_a_browser_asking_again_with_the_etag_gets_304_until_a_digest_commits(writable: Path) -> None:
    portal = TestClient(create_app(writable))
    first = portal.get(f"/day/{DAY}")
    tag = first.headers["etag"]
    assert first.status_code == 200 and first.headers["cache-control"] == "no-cache"
    again = portal.get(f"/day/{DAY}", headers={"If-None-Match": tag})
    assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", tag)
    assert again.headers["content-security-policy"].startswith("default-src 'none'")
    assert portal.get(f"/day/{DAY}", headers={"If-None-Match": '"other"'}).status_code == 200
    assert portal.get("/day/2020-01-08", headers={"If-None-Match": tag}).status_code == 404  # no tag of its own
    assert "etag" not in portal.get("/day/2020-01-08").headers
    with open_reader(writable) as reader:
        event_id = reader.listings(dt.date(2020, 1, 7))[0].id
        event = reader.brief(event_id)
    assert event is not None
    with open_store(writable) as store, store.transaction():  # a brief again, as digest writes it
        store.put_brief(dataclasses.replace(event, headline="Putin and Assad meet again"))
        store.put_event_facts(event_id, dt.date(2020, 1, 7), "sports", [None])
    changed = portal.get(f"/day/{DAY}", headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["etag"] != tag
    assert "Sports" in changed.text and "Putin and Assad meet again" in changed.text


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts open files through /proc")
def test_the_portal_holds_no_connection_of_a_thread_that_has_ended(seeds_store: Path) -> None:
    # Each request of a test client runs on threads of its own, as the server's worker threads come
    # and go: a connection kept for each ended thread once made the store unopenable after ~4,000 pages.
    def open_on_store() -> int:
        return sum(1 for fd in Path("/proc/self/fd").iterdir() if _points_to(fd, seeds_store))

    portal = TestClient(create_app(seeds_store))
    before = open_on_store()
    for n in range(150):
        assert portal.get(f"/search?q=Putin+{n}").status_code == 200
    assert open_on_store() - before < 10


def _points_to(fd: Path, store: Path) -> bool:
    try:
        return os.readlink(fd).startswith(str(store.resolve()))
    except OSError:  # closed while listed
        return False
