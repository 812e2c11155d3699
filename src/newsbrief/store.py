"""The embedded store of a digest: one SQLite file of articles, their fingerprints and term
vectors, their sentences with entities and sentence vectors (kept by each brief, so the next brief
of a grown event reads only its new articles), events and their briefs.

The schema is versioned (``PRAGMA user_version``) and upgraded in place by :data:`MIGRATIONS`,
each run in its own transaction, so a file written by an older newsbrief is opened without
loss. Every write a digest makes goes through :meth:`Store.transaction`: killing the process
loses at most the uncommitted batch, never half an event.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
import sqlite3
import time
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import numpy as np
import numpy.typing as npt

from newsbrief.clean import clean
from newsbrief.cluster import Group
from newsbrief.dedup import Fingerprint, fingerprint
from newsbrief.embed import TERM_FEATURES, Vectors
from newsbrief.model import (
    Account,
    Article,
    Entity,
    Event,
    Fetch,
    NewsbriefError,
    Sentence,
    Status,
    SummarySentence,
    ToldDate,
    special_file_kind,
)

if TYPE_CHECKING:
    import scipy.sparse


def _sparse_frequencies(frequencies: npt.NDArray[np.int64]) -> bytes:
    """The columns of the terms seen, then their document counts (int64): a tenth of all columns' size."""
    columns = np.flatnonzero(frequencies)
    return np.concatenate([columns, frequencies[columns]]).astype(np.int64).tobytes()


def _dense_frequencies(blob: bytes) -> npt.NDArray[np.int64]:
    columns, counts = np.frombuffer(blob, dtype=np.int64).reshape(2, -1)
    frequencies = np.zeros(TERM_FEATURES, dtype=np.int64)
    frequencies[columns] = counts
    return frequencies


def _sparse_frequencies_again(connection: sqlite3.Connection) -> None:
    """Document frequencies are kept for the columns seen only since schema 5 (every column before)."""
    row = connection.execute("SELECT value FROM collection WHERE key = 'frequencies'").fetchone()
    if row is not None:
        connection.execute("UPDATE collection SET value = ? WHERE key = 'frequencies'",
                           (_sparse_frequencies(np.frombuffer(row[0], dtype=np.int64)),))


def _fingerprint_again(connection: sqlite3.Connection) -> None:
    """MinHash signatures are rensa's (uint32) since schema 4: compute every stored one, and its
    LSH buckets, again from the stored text."""
    connection.execute("DELETE FROM bands")
    rows = connection.execute("SELECT id, path, title, published, text FROM articles "
                              "WHERE signature IS NOT NULL").fetchall()
    for article_id, path, title, published, text in rows:
        found = fingerprint(clean(Article(article_id, path, title, _date(published), text)).text)
        connection.execute("UPDATE articles SET signature = ? WHERE id = ?", (found.signature.tobytes(), article_id))
        connection.executemany("INSERT INTO bands VALUES (?, ?, ?)",
                               [(band, key, article_id) for band, key in enumerate(found.bands)])


def _portal(connection: sqlite3.Connection) -> None:
    """Schema 9: what the portal (``newsbrief serve``) shows of an event, and full-text search.

    Events get the day of their main happening, a category and their number of outlets
    (see :func:`newsbrief.categories.event_day` and :meth:`Store.put_event_facts`); the texts of
    articles and briefs go into an FTS5 index. Stored briefs get their day and outlets now; their
    category comes with their next brief (classifying needs the embedding model).
    """
    from newsbrief.categories import event_day
    from newsbrief.model import Dated

    connection.execute("ALTER TABLE events ADD COLUMN day TEXT")
    connection.execute("ALTER TABLE events ADD COLUMN category TEXT")
    connection.execute("ALTER TABLE events ADD COLUMN outlets INTEGER")
    connection.execute("CREATE INDEX events_day ON events (day)")
    connection.execute(f"CREATE VIRTUAL TABLE texts USING fts5({_TEXTS_COLUMNS})")
    for article_id, title, text in connection.execute("SELECT id, title, text FROM articles WHERE text IS NOT NULL "
                                                      "ORDER BY rowid").fetchall():
        connection.execute("INSERT INTO texts VALUES ('article', ?, ?, ?)", (article_id, title or "", text))
    for event_id, stored in connection.execute("SELECT event_id, brief FROM briefs").fetchall():
        event = json.loads(stored)
        connection.execute("INSERT INTO texts VALUES ('event', ?, ?, ?)",
                           (event_id, event["headline"], " ".join(s["text"] for s in event["summary"])))
        rows = connection.execute(f"SELECT published, outlet FROM articles WHERE id IN "
                                  f"({', '.join('?' * len(event['articles']))})", event["articles"]).fetchall()
        timeline = [Dated(d["date"], d["text"], tuple(d["sources"])) for d in event["timeline"]]
        day = event_day(timeline, [_date(r[0]) for r in rows])
        connection.execute("UPDATE events SET day = ?, outlets = ? WHERE id = ?",
                           (_day(day), _outlet_count([r[1] for r in rows]), event_id))


# kind is 'article' or 'event', key its id; Porter stems, so "bombs" finds "bombing".
_TEXTS_COLUMNS = "kind UNINDEXED, key UNINDEXED, title, body, tokenize = 'porter unicode61'"


def _outlet_count(outlets: Sequence[str | None]) -> int:
    """Independent sources of some articles: their distinct outlets, and each article of unknown outlet."""
    return len({o for o in outlets if o}) + sum(1 for o in outlets if not o)


# Each entry upgrades the schema by one version: SQL statements, or a function for what SQL cannot
# compute. Never edit one that has shipped, add another.
MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        title TEXT,
        published TEXT,
        content TEXT,              -- dedup.content_key of the cleaned text
        text TEXT,                 -- the text as read, so briefs can be made again
        status TEXT NOT NULL,
        reason TEXT NOT NULL,
        copy_of TEXT,
        event_id TEXT,
        signature BLOB,            -- MinHash values, uint64
        terms BLOB                 -- sparse unit TF-IDF vector: int32 columns then float32 values
    );
    CREATE TABLE bands (band INTEGER NOT NULL, bucket INTEGER NOT NULL, article_id TEXT NOT NULL);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        first TEXT,
        last TEXT,
        size INTEGER NOT NULL,
        terms BLOB NOT NULL,       -- sum of the members' term vectors
        stale INTEGER NOT NULL     -- 1 while its brief does not reflect its articles
    );
    CREATE TABLE briefs (event_id TEXT PRIMARY KEY, brief TEXT NOT NULL);
    CREATE TABLE sentences (
        article_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        text TEXT NOT NULL,
        entities TEXT NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (article_id, position)
    );
    CREATE TABLE collection (key TEXT PRIMARY KEY, value BLOB NOT NULL);
    """,
    # 2: incremental runs look articles up by content, LSH bucket and event, and events by date.
    """
    CREATE INDEX articles_content ON articles (content);
    CREATE INDEX articles_event ON articles (event_id);
    CREATE INDEX bands_bucket ON bands (band, bucket);
    CREATE INDEX events_last ON events (last);
    """,
    # 3: the day an article was written, where its weekdays tell it and not its page date.
    """
    ALTER TABLE articles ADD COLUMN written TEXT;
    """,
    # 4: MinHash signatures from rensa, uint32 (datasketch's before, uint64).
    _fingerprint_again,
    # 5: document frequencies of the term columns seen only, so a small run does not rewrite 8 MB.
    _sparse_frequencies_again,
    # 6: the day a crawler saw a web-archive page (its WARC-Date), kept apart from its publication date.
    """
    ALTER TABLE articles ADD COLUMN fetched TEXT;
    """,
    # 7: who carried an article: its outlet, its http(s) URL and its authors (a JSON list).
    """
    ALTER TABLE articles ADD COLUMN outlet TEXT;
    ALTER TABLE articles ADD COLUMN url TEXT;
    ALTER TABLE articles ADD COLUMN authors TEXT;
    """,
    # 8: articles read from the web: the category a feed list gives, and a log of every request, so a
    # run of digest --feeds asks only for what changed (ETag, Last-Modified) and fetches only new pages.
    """
    ALTER TABLE articles ADD COLUMN category TEXT;
    CREATE TABLE fetch_log (
        url TEXT PRIMARY KEY,
        status INTEGER,            -- HTTP status of the last response, NULL when none came
        etag TEXT,
        last_modified TEXT,
        fetched TEXT NOT NULL,     -- when the last request was made, ISO 8601 UTC
        content_hash TEXT,         -- SHA-256 of the body last read
        reason TEXT                -- why the last request failed, if it did
    );
    """,
    # 9: the portal's day, category and outlet count of events, and full-text search of articles and briefs.
    _portal,
)
SCHEMA_VERSION = len(MIGRATIONS)
_SQLITE_HEADER = b"SQLite format 3\x00"


class Store:
    """A digest's SQLite file. Open with :func:`open_store`; use as a context manager."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Commit everything written inside the block, or nothing of it."""
        with _transaction(self._db):
            yield

    # Articles

    def has_content(self, article_id: str, content: str) -> bool:
        """Whether this article is stored already: the same text under its id, or under an id
        :meth:`free_id` made from it (``story~2`` when two inputs are both called ``story``).

        Args:
            article_id: The id the input was read under.
            content: ``dedup`` content key (a hash of the cleaned text).
        """
        rows = self._db.execute("SELECT id FROM articles WHERE content = ?", (content,)).fetchall()
        return any(_same_input(str(row[0]), article_id) for row in rows)

    def first_with_content(self, content: str) -> str | None:
        """The id of the first stored article with this text, if any."""
        row = self._db.execute("SELECT id FROM articles WHERE content = ? AND status != ? ORDER BY rowid LIMIT 1",
                               (content, Status.DUPLICATE.value)).fetchone()
        return None if row is None else str(row[0])

    def status(self, article_id: str) -> Status | None:
        """The stored status of an article id, if it is stored."""
        row = self._db.execute("SELECT status FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else Status(row[0])

    def free_id(self, article_id: str) -> str:
        """``article_id``, or ``article_id~N`` when another text is stored under that id."""
        candidate, n = article_id, 1
        while self._db.execute("SELECT 1 FROM articles WHERE id = ?", (candidate,)).fetchone():
            n += 1
            candidate = f"{article_id}~{n}"
        return candidate

    def near_duplicates(self, bands: Sequence[int]) -> list[tuple[str, npt.NDArray[np.uint32]]]:
        """Stored articles sharing an LSH bucket with a signature's bands, with their signatures."""
        placeholders = " OR ".join("(band = ? AND bucket = ?)" for _ in bands)
        parameters = [value for band, key in enumerate(bands) for value in (band, key)]
        rows = self._db.execute(
            f"SELECT DISTINCT a.id, a.signature FROM bands b JOIN articles a ON a.id = b.article_id "
            f"WHERE {placeholders} ORDER BY a.rowid", parameters).fetchall()
        return [(str(row[0]), np.frombuffer(row[1], dtype=np.uint32)) for row in rows]

    def add_article(self, account: Account, content: str | None, text: str | None,
                    fingerprint: Fingerprint | None = None, terms: scipy.sparse.csr_matrix | None = None,
                    event_id: str | None = None) -> None:
        """Store an article (or the account of an input that could not be read).

        With a fingerprint, the article is found by later near-duplicates.
        """
        self._db.execute(
            "INSERT OR REPLACE INTO articles (id, path, title, published, content, text, status, reason, copy_of, "
            "event_id, signature, terms, fetched, outlet, url, authors, category) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (account.id, account.path, account.title, _day(account.published), content, text,
             account.status.value, account.reason, account.copy_of, event_id,
             None if fingerprint is None else fingerprint.signature.tobytes(),
             None if terms is None else _sparse_bytes(terms), _day(account.fetched),
             account.outlet, account.url, json.dumps(list(account.authors)) if account.authors else None,
             account.category))
        if fingerprint is not None:
            self._db.executemany("INSERT INTO bands VALUES (?, ?, ?)",
                                 [(band, key, account.id) for band, key in enumerate(fingerprint.bands)])
        self._db.execute("DELETE FROM sentences WHERE article_id = ?", (account.id,))
        self._db.execute("DELETE FROM texts WHERE kind = 'article' AND key = ?", (account.id,))
        if text is not None:
            self._db.execute("INSERT INTO texts VALUES ('article', ?, ?, ?)", (account.id, account.title or "", text))

    def put_sentences(self, readings: Mapping[str, tuple[Sequence[Sentence], Vectors]]) -> None:
        """Keep articles' sentences, entities and sentence vectors for later briefs."""
        for article_id, (sentences, vectors) in readings.items():
            self._db.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
            self._db.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)", [
                (article_id, s.position, s.paragraph, s.text, json.dumps([[e.text, e.label] for e in s.entities]),
                 np.asarray(vector, dtype=np.float32).tobytes())
                for s, vector in zip(sentences, vectors, strict=True)])

    def sentences(self, article_ids: Sequence[str]) -> dict[str, tuple[tuple[Sentence, ...], Vectors]]:
        """The kept sentences and sentence vectors of those of the articles that have them."""
        found: dict[str, tuple[tuple[Sentence, ...], Vectors]] = {}
        for article_id in article_ids:
            rows = self._db.execute("SELECT position, paragraph, text, entities, vector FROM sentences "
                                    "WHERE article_id = ? ORDER BY position", (article_id,)).fetchall()
            if rows:
                sentences = tuple(Sentence(article_id, paragraph, position, text,
                                           tuple(Entity(name, label) for name, label in json.loads(entities)))
                                  for position, paragraph, text, entities, _ in rows)
                found[article_id] = (sentences, np.vstack([np.frombuffer(r[4], dtype=np.float32) for r in rows]))
        return found

    def set_account(self, account: Account) -> None:
        """Record what a brief made of a stored article (used, copy, off-topic ...)."""
        self._db.execute("UPDATE articles SET status = ?, reason = ?, copy_of = ?, written = ? WHERE id = ?",
                         (account.status.value, account.reason, account.copy_of, _day(account.written), account.id))

    def accounts(self) -> list[Account]:
        """Every stored article and refused input, in the order they were stored."""
        rows = self._db.execute("SELECT id, path, title, published, status, reason, copy_of, written, fetched, "
                                "outlet, url, authors, category FROM articles ORDER BY rowid").fetchall()
        return [Account(r[0], r[1], r[2], _date(r[3]), Status(r[4]), r[5], r[6], written=_date(r[7]),
                        fetched=_date(r[8]), outlet=r[9], url=r[10], authors=_authors(r[11]), category=r[12])
                for r in rows]

    def event_articles(self, event_id: str) -> list[Article]:
        """The articles of an event, in the order they were stored."""
        rows = self._db.execute("SELECT id, path, title, published, text, fetched, outlet, url, authors, category "
                                "FROM articles WHERE event_id = ? ORDER BY rowid", (event_id,)).fetchall()
        return [Article(r[0], r[1], r[2], _date(r[3]), r[4], fetched=_date(r[5]), outlet=r[6], url=r[7],
                        authors=_authors(r[8]), category=r[9]) for r in rows]

    def grouping(self) -> list[tuple[str, str, str | None]]:
        """(id, path, event id) of every stored article, in the order stored."""
        return [(r[0], r[1], r[2]) for r in self._db.execute("SELECT id, path, event_id FROM articles ORDER BY rowid")]

    # The fetch log of web inputs (see newsbrief.fetch)

    def last_fetch(self, url: str) -> Fetch | None:
        """The last request logged for a web address, if any."""
        row = self._db.execute("SELECT url, status, etag, last_modified, fetched, content_hash, reason "
                               "FROM fetch_log WHERE url = ?", (url,)).fetchone()
        if row is None:
            return None
        return Fetch(row[0], row[1], row[2], row[3], dt.datetime.fromisoformat(row[4]), row[5], row[6])

    def log_fetch(self, fetch: Fetch) -> None:
        """Keep the last request for a web address, replacing the one before."""
        self._db.execute("INSERT OR REPLACE INTO fetch_log VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (fetch.url, fetch.status, fetch.etag, fetch.last_modified, fetch.fetched.isoformat(),
                          fetch.content_hash, fetch.reason))

    def has_page(self, url: str) -> bool:
        """Whether an article read from this web address is stored (not only the account of a failure)."""
        return self._db.execute("SELECT 1 FROM articles WHERE path = ? AND status NOT IN (?, ?) LIMIT 1",
                                (url, Status.UNREADABLE.value, Status.EMPTY.value)).fetchone() is not None

    # Term statistics of the collection, for IDF weights

    def frequencies(self) -> tuple[npt.NDArray[np.int64], int]:
        """Document frequency of every term column, and the number of documents counted."""
        row = self._db.execute("SELECT value FROM collection WHERE key = 'frequencies'").fetchone()
        count = self._db.execute("SELECT value FROM collection WHERE key = 'documents'").fetchone()
        if row is None or count is None:
            return np.zeros(TERM_FEATURES, dtype=np.int64), 0
        return _dense_frequencies(row[0]), int(json.loads(count[0]))

    def set_frequencies(self, frequencies: npt.NDArray[np.int64], documents: int) -> None:
        self._db.executemany("INSERT OR REPLACE INTO collection VALUES (?, ?)",
                             [("frequencies", _sparse_frequencies(frequencies)),
                              ("documents", json.dumps(documents).encode())])

    # Events

    def events_near(self, first: dt.date | None, last: dt.date | None, window: int) -> list[tuple[str, Group]]:
        """Events that may take articles published between ``first`` and ``last``: those active
        within ``window`` days of that span, and every event without dates."""
        if first is None or last is None:
            rows = self._db.execute("SELECT id, first, last, size, terms FROM events ORDER BY rowid").fetchall()
        else:
            rows = self._db.execute(
                "SELECT id, first, last, size, terms FROM events WHERE last IS NULL OR "
                "(last >= ? AND first <= ?) ORDER BY rowid",
                ((first - dt.timedelta(days=window)).isoformat(), (last + dt.timedelta(days=window)).isoformat()),
            ).fetchall()
        return [(r[0], Group(_date(r[1]), _date(r[2]), r[3], sparse_row(r[4]))) for r in rows]

    def put_event(self, event_id: str, event: Group) -> None:
        """Create or update an event; its brief is marked stale."""
        # An upsert, so the portal's day and category stay shown until the next brief sets them again.
        self._db.execute("INSERT INTO events (id, first, last, size, terms, stale) VALUES (?, ?, ?, ?, ?, 1) "
                         "ON CONFLICT (id) DO UPDATE SET first = excluded.first, last = excluded.last, "
                         "size = excluded.size, terms = excluded.terms, stale = 1",
                         (event_id, _day(event.first), _day(event.last), event.size, _sparse_bytes(event.terms)))

    def assign(self, article_id: str, event_id: str, terms: scipy.sparse.csr_matrix) -> None:
        """Put an article in an event, keeping its term vector."""
        self._db.execute("UPDATE articles SET event_id = ?, terms = ? WHERE id = ?",
                         (event_id, _sparse_bytes(terms), article_id))

    def stale_events(self) -> list[str]:
        return [str(r[0]) for r in self._db.execute("SELECT id FROM events WHERE stale = 1 ORDER BY rowid")]

    def put_brief(self, event: Event) -> None:
        """Store an event's brief and mark it fresh."""
        self._db.execute("INSERT OR REPLACE INTO briefs VALUES (?, ?)",
                         (event.id, json.dumps(dataclasses.asdict(event), default=str)))
        self._db.execute("UPDATE events SET stale = 0 WHERE id = ?", (event.id,))
        self._db.execute("DELETE FROM texts WHERE kind = 'event' AND key = ?", (event.id,))
        self._db.execute("INSERT INTO texts VALUES ('event', ?, ?, ?)",
                         (event.id, event.headline, " ".join(s.text for s in event.summary)))

    def put_event_facts(self, event_id: str, day: dt.date | None, category: str | None,
                        outlets: Sequence[str | None]) -> None:
        """Record what the portal shows of an event: its day (see :func:`newsbrief.categories.event_day`),
        its category slug and, from the outlets of its articles (``None`` where unknown), its number of
        independent sources: distinct outlets, each article of unknown outlet counting as one."""
        self._db.execute("UPDATE events SET day = ?, category = ?, outlets = ? WHERE id = ?",
                         (_day(day), category, _outlet_count(outlets), event_id))

    def put_failed_brief(self, event_id: str) -> None:
        """Record that an event cannot be briefed (none of its text is usable), so it is not retried.

        Why is told in the accounts of its articles.
        """
        self._db.execute("DELETE FROM briefs WHERE event_id = ?", (event_id,))
        self._db.execute("UPDATE events SET stale = 0 WHERE id = ?", (event_id,))

    def briefs(self, day: dt.date | None = None) -> list[Event]:
        """Stored briefs, newest event first; with ``day``, only events with an article published that day."""
        query = "SELECT b.brief FROM briefs b JOIN events e ON e.id = b.event_id "
        parameters: tuple[str, ...] = ()
        if day is not None:
            query += "WHERE EXISTS (SELECT 1 FROM articles a WHERE a.event_id = e.id AND a.published = ?) "
            parameters = (day.isoformat(),)
        query += "ORDER BY e.last IS NULL, e.last DESC, e.size DESC, e.id"
        return [_build(Event, json.loads(r[0])) for r in self._db.execute(query, parameters)]


@dataclass(frozen=True, slots=True)
class Listing:
    """An event as the portal lists it.

    ``day`` is the day of its main happening (the last article's day while it is not briefed);
    ``headline`` is ``None`` until it is briefed (``titles`` then names its articles); ``articles``
    counts its articles and ``outlets`` its independent sources (``None`` until briefed).
    """

    id: str
    day: dt.date | None
    first: dt.date | None
    last: dt.date | None
    articles: int
    outlets: int | None
    category: str | None
    headline: str | None
    stale: bool
    titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result: an event's brief or an article, with a snippet around the words found."""

    kind: str  # "event" or "article"
    key: str
    title: str
    snippet: str


_LISTING = ("SELECT e.id, COALESCE(e.day, e.last), e.first, e.last, e.size, e.outlets, e.category, "
            "json_extract(b.brief, '$.headline'), e.stale FROM events e LEFT JOIN briefs b ON b.event_id = e.id ")
_LISTED = "e.last IS NULL, e.size DESC, e.id"  # order within a day: the events told by most articles first
_WORDS = re.compile(r"\w+")


def _match(query: str) -> str | None:
    """An FTS5 query for every word of ``query``, each quoted, so that operators in it are words; ``None``
    when it has no word.

    >>> _match('putin OR "assad')
    '"putin" "OR" "assad"'
    """
    words = _WORDS.findall(query)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words) if words else None


class Reader(Store):
    """The read-only queries of the portal (``newsbrief serve``); open with :func:`open_reader`."""

    def version(self) -> str:
        """A mark that changes whenever a digest commits something the portal shows: articles are
        added (or refused again) with a new rowid, a brief replaces its row (new rowid) in the same
        transaction as its event's facts and its articles' accounts, and grouping adds events or
        marks them stale."""
        row = self._db.execute("SELECT (SELECT COALESCE(MAX(rowid), 0) FROM articles), "
                               "(SELECT COALESCE(MAX(rowid), 0) FROM briefs), (SELECT COUNT(*) FROM briefs), "
                               "(SELECT COUNT(*) FROM events), (SELECT COALESCE(SUM(stale), 0) FROM events)").fetchone()
        return ".".join(str(n) for n in row)

    def days(self) -> list[tuple[dt.date | None, int]]:
        """Every day with events and its number of events, newest first; ``None`` (undated) last."""
        rows = self._db.execute("SELECT COALESCE(day, last) d, COUNT(*) FROM events GROUP BY d "
                                "ORDER BY d IS NULL, d DESC").fetchall()
        return [(_date(r[0]), int(r[1])) for r in rows]

    def listings(self, day: dt.date | None, category: str | None = None, entity: str | None = None,
                 text: str | None = None) -> list[Listing]:
        """The events of a day (``None``: the undated ones), optionally only those of one category
        slug, whose brief names an entity (its text, ignoring case) and whose brief or articles hold
        every word of ``text`` (as :meth:`search` reads it; no word: no event)."""
        where = "WHERE COALESCE(e.day, e.last) IS ?"
        parameters: list[str | None] = [_day(day)]
        if category is not None:
            where += " AND e.category IS ?"
            parameters.append(category)
        if entity is not None:
            where += (" AND e.id IN (SELECT b2.event_id FROM briefs b2, json_each(b2.brief, '$.entities') j "
                      "WHERE json_extract(j.value, '$.text') = ? COLLATE NOCASE)")
            parameters.append(entity)
        if text is not None:
            if (match := _match(text)) is None:
                return []
            # An event's own words (headline, summary), or those of any of its articles.
            where += (" AND e.id IN (SELECT key FROM texts WHERE texts MATCH ? AND kind = 'event' UNION "
                      "SELECT a.event_id FROM texts t JOIN articles a ON a.id = t.key "
                      "WHERE texts MATCH ? AND t.kind = 'article')")
            parameters += [match, match]
        rows = self._db.execute(f"{_LISTING}{where} ORDER BY {_LISTED}", parameters).fetchall()
        return [self._listing(r) for r in rows]

    def newest(self, limit: int, category: str | None = None) -> list[Listing]:
        """The newest briefed events (by day), optionally of one category."""
        where = "WHERE b.brief IS NOT NULL" + (" AND e.category = ?" if category is not None else "")
        rows = self._db.execute(f"{_LISTING}{where} ORDER BY COALESCE(e.day, e.last) IS NULL, "
                                f"COALESCE(e.day, e.last) DESC, {_LISTED} LIMIT ?",
                                (*([category] if category is not None else []), limit)).fetchall()
        return [self._listing(r) for r in rows]

    def entity_listings(self, name: str, limit: int = 200) -> list[Listing]:
        """The briefed events naming an entity (its text exactly, as the briefs rank it), newest first."""
        rows = self._db.execute(
            f"{_LISTING}WHERE e.id IN (SELECT b2.event_id FROM briefs b2, json_each(b2.brief, '$.entities') j "
            f"WHERE json_extract(j.value, '$.text') = ?) ORDER BY COALESCE(e.day, e.last) IS NULL, "
            f"COALESCE(e.day, e.last) DESC, {_LISTED} LIMIT ?", (name, limit)).fetchall()
        return [self._listing(r) for r in rows]

    def listing(self, event_id: str) -> Listing | None:
        row = self._db.execute(f"{_LISTING}WHERE e.id = ?", (event_id,)).fetchone()
        return None if row is None else self._listing(row)

    def _listing(self, row: Sequence[Any]) -> Listing:
        titles: tuple[str, ...] = ()
        if not row[7]:  # not briefed, or no headline could be published: its articles' titles say what it is
            titles = tuple(str(t[0]) for t in self._db.execute(
                "SELECT COALESCE(title, path) FROM articles WHERE event_id = ? ORDER BY rowid LIMIT 10", (row[0],)))
        return Listing(row[0], _date(row[1]), _date(row[2]), _date(row[3]), int(row[4]), row[5], row[6], row[7],
                       bool(row[8]), titles)

    def brief(self, event_id: str) -> Event | None:
        """An event's stored brief, if it has one."""
        row = self._db.execute("SELECT brief FROM briefs WHERE event_id = ?", (event_id,)).fetchone()
        return None if row is None else typing.cast(Event, _build(Event, json.loads(row[0])))

    def summaries(self, event_ids: Sequence[str]) -> dict[str, tuple[SummarySentence, ...]]:
        """The summary sentences of each briefed event among ``event_ids``, with their text and told dates
        only (SQLite reads them out of the stored JSON: 2.3 ms for the 50 newest events of DUC 2004,
        where :meth:`brief` takes 63 ms to build them)."""
        rows = self._db.execute(
            f"SELECT event_id, json_extract(brief, '$.summary') FROM briefs "
            f"WHERE event_id IN ({', '.join('?' * len(event_ids))})", list(event_ids)).fetchall()
        return {event_id: tuple(SummarySentence(s["text"], (), 0,
                                                dates=tuple(ToldDate(**w)
                                                            for w in s.get("dates", s.get("weekdays", ()))))
                                for s in json.loads(summary or "[]"))
                for event_id, summary in rows}

    def event_accounts(self, event_id: str) -> list[Account]:
        """The accounts of an event's articles, in the order stored."""
        rows = self._db.execute("SELECT id, path, title, published, status, reason, copy_of, written, fetched, "
                                "outlet, url, authors, category FROM articles WHERE event_id = ? ORDER BY rowid",
                                (event_id,)).fetchall()
        return [Account(r[0], r[1], r[2], _date(r[3]), Status(r[4]), r[5], r[6], written=_date(r[7]),
                        fetched=_date(r[8]), outlet=r[9], url=r[10], authors=_authors(r[11]), category=r[12])
                for r in rows]

    def article(self, article_id: str) -> tuple[Article, Account, str | None] | None:
        """A stored article as read, its account and its event id, if it is stored."""
        row = self._db.execute("SELECT id, path, title, published, status, reason, copy_of, written, fetched, "
                               "outlet, url, authors, category, text, event_id FROM articles WHERE id = ?",
                               (article_id,)).fetchone()
        if row is None:
            return None
        r = row
        article = Article(r[0], r[1], r[2], _date(r[3]), r[13] or "", fetched=_date(r[8]), outlet=r[9], url=r[10],
                          authors=_authors(r[11]), category=r[12])
        account = Account(r[0], r[1], r[2], _date(r[3]), Status(r[4]), r[5], r[6], written=_date(r[7]),
                          fetched=_date(r[8]), outlet=r[9], url=r[10], authors=_authors(r[11]), category=r[12])
        return article, account, r[14]

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """Briefs and articles whose headline, title, summary or text hold every word of ``query``
        (Porter stems), best first by FTS5's BM25. Words only: FTS5 operators in the query are read as words."""
        if (match := _match(query)) is None:
            return []
        rows = self._db.execute("SELECT kind, key, title, snippet(texts, 3, '', '', ' … ', 24) FROM texts "
                                "WHERE texts MATCH ? ORDER BY rank LIMIT ?", (match, limit)).fetchall()
        return [Hit(r[0], r[1], r[2] or "", r[3]) for r in rows]


# Seconds a run waits for another run's write to finish before saying the store is busy. A digest
# holds the write lock only while it writes one batch or one brief (seconds), so a minute means
# the other run is stuck or writing something far larger.
STORE_WAIT_SECONDS = 60.0


def open_store(path: Path, read_only: bool = False, wait: float = STORE_WAIT_SECONDS) -> Store:
    """Open (or create) a store, upgrading an older schema in place.

    Creating and upgrading are done under the write lock after reading the schema version again,
    so runs opening one new file at once create it once. A writable store is checked writable
    here, before any work is done.

    Args:
        path: The SQLite file.
        read_only: Open for reading only (``mode=ro``, no switch to WAL), so a store in a folder or
            file without write permission can be read; the file must exist. A store of an older
            schema is upgraded first, which needs write permission.
        wait: Seconds to wait for another run's write lock before giving up.

    Raises:
        NewsbriefError: One line naming the file and the problem: it is a folder, missing (read
            only), not a SQLite database, belongs to another program, was written by a newer
            newsbrief, is damaged, cannot be written, or is kept busy by another run.
    """
    if path.is_dir():
        raise NewsbriefError(f"{path}: a folder, not a store; give --db the name of a file (it is created if missing)")
    if (kind := _not_a_file(path)) is not None:
        raise NewsbriefError(f"{path}: {kind}, not a file; give --db the name of a store file")
    if read_only and not path.is_file():
        raise NewsbriefError(f"{path}: no such database; make one with: newsbrief digest ... --db {path}")
    if read_only and path.stat().st_size == 0:  # reading never makes a store of it
        raise NewsbriefError(f"{path}: an empty file, not a store yet; make one with: newsbrief digest ... --db {path}")
    _check_header(path)
    try:
        if read_only:
            connection = _open_read_only(path, wait)
            version = _checked_version(path, connection)
            if version == 0:  # an SQLite file with no tables: creating them is a write
                connection.close()
                raise NewsbriefError(f"{path}: an empty SQLite file, not a store yet; make one with: "
                                     f"newsbrief digest ... --db {path}")
            if version < SCHEMA_VERSION:
                connection.close()
                open_store(path, wait=wait).close()  # upgrade first, then read
                connection = _open_read_only(path, wait)
            return Store(path, connection)
        return Store(path, _open_writable(path, wait))
    except sqlite3.Error as error:
        raise store_error(path, error, wait) from None


def _not_a_file(path: Path) -> str | None:
    """What a name that exists but is neither a regular file nor a folder is (a pipe, a device), or ``None``."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # missing or unreadable: said where it is opened
    return special_file_kind(mode)


def _open_writable(path: Path, wait: float) -> sqlite3.Connection:
    """A connection in WAL mode to an up-to-date store, opened again while another run holds it.

    SQLite returns "database is locked" at once, without waiting, when runs meet while one of them
    switches a new file to WAL or creates its tables; so the whole opening is tried again until
    ``wait`` seconds have passed.
    """
    deadline = time.monotonic() + wait
    while True:
        # Autocommit mode: transactions are explicit (BEGIN ... COMMIT), so schema changes are atomic too.
        connection = sqlite3.connect(path, isolation_level=None, timeout=wait)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA foreign_keys = ON")
            _upgrade(path, connection)
            return connection
        except sqlite3.OperationalError as error:
            connection.close()
            busy = getattr(error, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
            if not busy or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)
        except BaseException:
            connection.close()
            raise


def _check_header(path: Path) -> None:
    try:
        if path.exists() and path.stat().st_size > 0:
            with path.open("rb") as handle:
                if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                    raise NewsbriefError(f"{path}: not a newsbrief database (not an SQLite file)")
    except OSError as error:
        raise NewsbriefError(f"{path}: cannot read the store ({error.strerror})") from None


def _open_read_only(path: Path, wait: float) -> sqlite3.Connection:
    # Not bound to its thread: the portal gives each worker thread one, and closes it from another
    # thread once that worker has ended (see newsbrief.serve).
    uri = path.resolve().as_uri()
    connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=wait,
                                 check_same_thread=False)
    try:
        connection.execute("PRAGMA user_version").fetchone()
    except sqlite3.OperationalError as error:
        if getattr(error, "sqlite_errorname", "") not in ("SQLITE_READONLY_DIRECTORY", "SQLITE_CANTOPEN"):
            raise
        # A WAL store in a folder we cannot write: SQLite cannot make the shared-memory file that
        # readers coordinate through. No run can be writing to it either (it could not make the
        # log file), so it is read as an immutable file.
        connection.close()
        connection = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, timeout=wait,
                                     check_same_thread=False)
    return connection


def _checked_version(path: Path, connection: sqlite3.Connection) -> int:
    """The schema version, read with the table names in one snapshot; refuses foreign and newer files."""
    connection.execute("BEGIN")
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.execute("COMMIT")
    if version == 0 and tables:
        connection.close()
        raise NewsbriefError(f"{path}: an SQLite file of another program (tables {', '.join(sorted(tables))}); "
                             "give a new file name")
    if version > SCHEMA_VERSION:
        connection.close()
        raise NewsbriefError(f"{path}: written by a newer newsbrief (schema {version}, this one reads up to "
                             f"{SCHEMA_VERSION}); upgrade newsbrief")
    return version


def _upgrade(path: Path, connection: sqlite3.Connection) -> None:
    """Apply the missing migrations, each under the write lock after reading the version again
    (another run may have applied it meanwhile); then prove the file writable."""
    while True:
        version = _checked_version(path, connection)
        if version == SCHEMA_VERSION:
            break
        with _transaction(connection):
            if int(connection.execute("PRAGMA user_version").fetchone()[0]) == version:
                _apply(connection, version + 1)
    # A read-only file opens, and its first write fails: find out now, before the work, by a
    # write that is rolled back.
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        connection.execute("ROLLBACK")


def store_error(path: Path, error: sqlite3.Error, wait: float = STORE_WAIT_SECONDS) -> NewsbriefError:
    """One line saying what an SQLite error means for the store at ``path`` and what to do.

    Args:
        path: The store.
        error: Raised by SQLite while opening, reading or writing it.
        wait: Seconds that were waited for another run's lock.

    Returns:
        The error to report (the CLI prints it as one line).
    """
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
        return NewsbriefError(f"{path}: the store is busy: another run has been writing to it for over "
                              f"{wait:g} s; try again when it has finished")
    if name == "SQLITE_READONLY_DIRECTORY":
        return NewsbriefError(f"{path}: cannot write the store: its folder is not writable (SQLite keeps a log "
                              "file beside it); give a --db in a writable folder")
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return NewsbriefError(f"{path}: cannot write the store: the file is read-only; give a writable --db")
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in text or "not a database" in text:
        return NewsbriefError(f"{path}: the store is damaged ({text}); restore it from a copy, or give another "
                              "--db to start a new one")
    if name.startswith("SQLITE_CANTOPEN"):
        return NewsbriefError(f"{path}: cannot open the store ({text}); check the path and its permissions")
    if name.startswith("SQLITE_FULL"):
        return NewsbriefError(f"{path}: cannot write the store: the disk is full")
    return NewsbriefError(f"{path}: store error ({text})")


def migrate(connection: sqlite3.Connection, version: int) -> None:
    """Apply migration ``version`` (1-based) and record it, in one transaction."""
    with _transaction(connection):
        _apply(connection, version)


def _apply(connection: sqlite3.Connection, version: int) -> None:
    migration = MIGRATIONS[version - 1]
    if isinstance(migration, str):
        for statement in (s.strip() for s in migration.split(";")):
            if statement:
                connection.execute(statement)
    else:
        migration(connection)
    connection.execute(f"PRAGMA user_version = {version}")


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _authors(stored: str | None) -> tuple[str, ...]:
    """Authors kept as a JSON list of names (``NULL`` for none, and in stores from before schema 7)."""
    names = json.loads(stored) if stored else []
    return tuple(str(n) for n in names) if isinstance(names, list) else ()


@functools.lru_cache(maxsize=64)
def _hints(kind: type) -> dict[str, Any]:
    """A record's resolved type hints: resolving them costs a millisecond a record, a brief holds hundreds."""
    return typing.get_type_hints(kind)


# Fields stored under another name by earlier versions: a summary sentence's dates were its weekdays.
_FORMER_NAMES: dict[tuple[type, str], str] = {(SummarySentence, "dates"): "weekdays"}


def _build(kind: Any, value: Any) -> Any:
    """Rebuild a model record from its ``dataclasses.asdict`` JSON, following the type hints."""
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        # A field added since the record was stored takes its default; a renamed one is read by its former name.
        names = {f.name: f.name if f.name in value else _FORMER_NAMES.get((kind, f.name), f.name)
                 for f in dataclasses.fields(kind)}
        return kind(**{field: _build(hints[field], value[name]) for field, name in names.items() if name in value})
    origin = typing.get_origin(kind)
    if origin is tuple:
        return tuple(_build(typing.get_args(kind)[0], item) for item in value)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        return _build(next(a for a in typing.get_args(kind) if a is not type(None)), value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    return value


def _sparse_bytes(row: scipy.sparse.csr_matrix) -> bytes:
    import scipy.sparse  # a sixth of a second: not for the commands that only read briefs (events, serve)

    row = scipy.sparse.csr_matrix(row)
    return bytes(row.indices.astype(np.int32).tobytes() + row.data.astype(np.float32).tobytes())


def sparse_row(blob: bytes) -> scipy.sparse.csr_matrix:
    """A term vector read back from its stored bytes."""
    import scipy.sparse

    half = len(blob) // 2
    columns = np.frombuffer(blob[:half], dtype=np.int32)
    values = np.frombuffer(blob[half:], dtype=np.float32)
    return scipy.sparse.csr_matrix((values, columns, [0, len(columns)]), shape=(1, TERM_FEATURES))


def _same_input(stored_id: str, article_id: str) -> bool:
    """Whether ``stored_id`` is ``article_id`` or ``article_id~N``."""
    if stored_id == article_id:
        return True
    base, tilde, number = stored_id.rpartition("~")
    return bool(tilde) and base == article_id and number.isdigit()


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def open_reader(path: Path, wait: float = STORE_WAIT_SECONDS) -> Reader:
    """Open a store for the portal's reads only (see :func:`open_store` with ``read_only``).

    Raises:
        NewsbriefError: As :func:`open_store`.
    """
    store = open_store(path, read_only=True, wait=wait)
    return Reader(store.path, store._db)
