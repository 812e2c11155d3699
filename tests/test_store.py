"""The SQLite store: schema versions and migrations, transactions, round trips, bad files."""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import json
import multiprocessing
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.sparse

from newsbrief.cluster import Group
from newsbrief.dedup import estimated_jaccard, fingerprint
from newsbrief.embed import TERM_FEATURES
from newsbrief.model import (
    Account,
    Claim,
    Dated,
    Entity,
    Event,
    Figure,
    NewsbriefError,
    RankedEntity,
    Sentence,
    Status,
    SummarySentence,
    ToldDate,
)
from newsbrief.store import SCHEMA_VERSION, migrate, open_reader, open_store, store_error

EVENT = Event(
    "event-1", "Putin meets Assad in Damascus.",
    (SummarySentence("Putin met Assad in Damascus on Tuesday.", ("a", "b"), 2, "a", 0,
                     (ToldDate("Tuesday", 31, "2020-01-07"),)),), ("a", "b"),
    (RankedEntity("Putin", "PERSON", 2, 5, ("a", "b")),),
    (Figure("killed", (Claim(380000, "more than 380,000", "The war killed more than 380,000.", ("a",),
                             dt.date(2020, 1, 7)), Claim(500000, "nearly half a million", "...", ("b",), None,
                                                         None))),),
    timeline=(Dated("2020-01-07", "Putin met Assad.", ("a", "b")),),
)


def _terms(*columns: int) -> scipy.sparse.csr_matrix:
    values = np.ones(len(columns), dtype=np.float32)
    return scipy.sparse.csr_matrix((values, list(columns), [0, len(columns)]), shape=(1, TERM_FEATURES))


def test_a_new_store_has_the_current_schema_version(tmp_path: Path) -> None:
    with open_store(tmp_path / "news.db"):
        pass
    version = sqlite3.connect(tmp_path / "news.db").execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION >= 2


def test_an_older_schema_is_upgraded_without_losing_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, 1)
    connection.execute("INSERT INTO articles (id, path, status, reason) VALUES ('a', 'a.txt', 'used', 'kept')")
    connection.close()
    with open_store(path) as store:
        assert [(a.id, a.status, a.written) for a in store.accounts()] == [("a", Status.USED, None)]
        with store.transaction():
            [account] = store.accounts()
            store.set_account(dataclasses.replace(account, written=dt.date(2020, 1, 7)))
        assert [a.written for a in store.accounts()] == [dt.date(2020, 1, 7)]
    indexes = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"articles_content", "bands_bucket", "events_last"} <= indexes


def test_signatures_of_an_older_schema_are_computed_again(tmp_path: Path) -> None:
    # Schema 3 kept datasketch's 64-bit MinHash values and their buckets; a near-duplicate of the stored
    # article must still be found after the upgrade, through signatures and buckets of the new kind.
    text = "Russian President Vladimir Putin met Syrian President Bashar Assad in Damascus on Tuesday. " * 3
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path, isolation_level=None)
    for version in (1, 2, 3):
        migrate(connection, version)
    connection.execute("INSERT INTO articles (id, path, status, reason, text, signature) "
                       "VALUES ('a', 'a.txt', 'used', 'kept', ?, ?)", (text, np.arange(128, dtype=np.uint64).tobytes()))
    connection.executemany("INSERT INTO bands VALUES (?, ?, 'a')", [(band, band) for band in range(16)])
    connection.close()
    with open_store(path) as store:
        found = fingerprint(text.replace("Tuesday", "Tuesday,"))
        assert [(article_id, estimated_jaccard(found.signature, signature))
                for article_id, signature in store.near_duplicates(found.bands)] == [("a", 1.0)]
    buckets = sqlite3.connect(path).execute("SELECT band, bucket FROM bands").fetchall()
    assert sorted(buckets) == sorted(enumerate(found.bands))


def test_term_statistics_of_an_older_schema_are_kept(tmp_path: Path) -> None:
    # Schema 4 kept a document count for every one of the 2^20 term columns; schema 5 for the columns seen.
    frequencies = np.zeros(TERM_FEATURES, dtype=np.int64)
    frequencies[[3, 70_000, TERM_FEATURES - 1]] = [2, 1, 5]
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path, isolation_level=None)
    for version in (1, 2, 3, 4):
        migrate(connection, version)
    connection.executemany("INSERT INTO collection VALUES (?, ?)",
                           [("frequencies", frequencies.tobytes()), ("documents", b"6")])
    connection.close()
    with open_store(path) as store:
        found, documents = store.frequencies()
    assert documents == 6 and np.array_equal(found, frequencies)
    [(size,)] = sqlite3.connect(path).execute("SELECT length(value) FROM collection WHERE key = 'frequencies'")
    assert size == 3 * 2 * 8


def test_a_newer_schema_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    sqlite3.connect(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(NewsbriefError, match="newer newsbrief"):
        open_store(path)


@pytest.mark.parametrize(("content", "message"), [(b"not a database at all", "not an SQLite file")])
def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(NewsbriefError, match=message):
        open_store(path)


def test_another_programs_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(NewsbriefError, match="another program"):
        open_store(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 0


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    with open_store(tmp_path / "news.db") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_article(Account("a", "a.txt", None, None, Status.USED, "kept"), "key", "text")
            store.put_event("event-1", Group(None, None, 1, _terms(3)))
            raise RuntimeError("killed")
        assert store.accounts() == []
        assert store.events_near(None, None, 0) == []


def test_events_round_trip_with_their_briefs(tmp_path: Path) -> None:
    with open_store(tmp_path / "news.db") as store, store.transaction():
        store.put_event("event-1", Group(dt.date(2020, 1, 7), dt.date(2020, 1, 9), 2, _terms(3, 7)))
        store.put_brief(EVENT)
    with open_store(tmp_path / "news.db") as store:
        [(event_id, group)] = store.events_near(dt.date(2020, 1, 10), dt.date(2020, 1, 10), 5)
        assert event_id == "event-1" and group.size == 2 and list(group.terms.indices) == [3, 7]
        assert store.briefs() == [EVENT]
        assert store.briefs(dt.date(2020, 1, 8)) == []  # no article of it published that day
        assert store.stale_events() == []
        assert store.events_near(dt.date(2021, 1, 1), dt.date(2021, 1, 1), 5) == []


def test_a_brief_stored_when_summary_dates_were_weekdays_is_read_with_its_dates(tmp_path: Path) -> None:
    with open_store(tmp_path / "news.db") as store, store.transaction():
        store.put_event("event-1", Group(dt.date(2020, 1, 7), dt.date(2020, 1, 9), 2, _terms(3, 7)))
        store.put_brief(EVENT)
    with sqlite3.connect(tmp_path / "news.db") as connection:  # the brief as an earlier version stored it
        stored = json.loads(connection.execute("SELECT brief FROM briefs").fetchone()[0])
        stored["summary"][0]["weekdays"] = stored["summary"][0].pop("dates")
        connection.execute("UPDATE briefs SET brief = ?", (json.dumps(stored),))
    with open_store(tmp_path / "news.db") as store:
        assert store.briefs() == [EVENT]
    with open_reader(tmp_path / "news.db") as reader:
        assert reader.summaries(["event-1"])["event-1"][0].dates == (ToldDate("Tuesday", 31, "2020-01-07"),)


def test_sentences_round_trip_and_go_when_their_article_is_replaced(tmp_path: Path) -> None:
    sentences = (Sentence("a", 0, 0, "Putin met Assad in Damascus.",
                          (Entity("Putin", "PERSON"), Entity("Damascus", "GPE"))),
                 Sentence("a", 1, 1, "They talked."))
    vectors = np.array([[0.6, 0.8], [1.0, 0.0]], dtype=np.float32)
    with open_store(tmp_path / "news.db") as store, store.transaction():
        store.add_article(Account("a", "a.txt", None, None, Status.USED, "kept"), "key-1", "text")
        store.put_sentences({"a": (sentences, vectors)})
    with open_store(tmp_path / "news.db") as store:
        [(kept, rows)] = store.sentences(["a", "b"]).values()
        assert kept == sentences and np.array_equal(rows, vectors)
        with store.transaction():
            store.add_article(Account("a", "a.txt", None, None, Status.USED, "read again"), "key-2", "new text")
        assert store.sentences(["a"]) == {}


def test_a_new_text_under_a_stored_id_gets_a_new_id(tmp_path: Path) -> None:
    with open_store(tmp_path / "news.db") as store, store.transaction():
        store.add_article(Account("a", "a.txt", None, None, Status.USED, "kept"), "key-1", "one text")
        assert store.has_content("a", "key-1") and not store.has_content("a", "key-2")
        assert store.free_id("a") == "a~2" and store.free_id("b") == "b"


def _open_at(path: Path, barrier: Any) -> str:
    barrier.wait()
    try:
        open_store(path).close()
    except NewsbriefError as error:
        return str(error)
    return "ok"


def test_runs_creating_one_new_store_at_once_create_it_once(tmp_path: Path) -> None:
    """22-store-faults: two digests starting on a new file ("table articles already exists" before)."""
    # Fresh processes, as two runs are: a fork of this test process, whose other tests started model
    # threads, may inherit a lock held by one of them and hang while holding the store's write lock.
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(4, mp_context=context) as pool:
        for attempt in range(5):
            barrier = context.Manager().Barrier(4)
            path = tmp_path / f"new-{attempt}.db"
            assert list(pool.map(_open_at, [path] * 4, [barrier] * 4)) == ["ok"] * 4
            assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_store_kept_busy_by_another_writer_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    open_store(path).close()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    with pytest.raises(NewsbriefError, match=r"news.db: the store is busy: another run has been writing to it "
                                             r"for over 0.2 s; try again when it has finished"):
        open_store(path, wait=0.2)
    writer.execute("ROLLBACK")
    with open_store(path, wait=0.2) as store:  # the lock released: it opens
        assert store.accounts() == []


def test_a_folder_given_as_the_store_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(NewsbriefError, match="a folder, not a store; give --db the name of a file"):
        open_store(tmp_path)
    with pytest.raises(NewsbriefError, match="a folder, not a store"):
        open_store(tmp_path, read_only=True)


def _real_store(path: Path) -> Path:
    with open_store(path) as store, store.transaction():
        for n in range(300):
            store.add_article(Account(f"a{n}", f"a{n}.txt", "title " * 20, None, Status.USED, "kept " * 30),
                              f"key{n}", "text " * 200)
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_a_corrupt_page_is_one_line_when_it_is_read(tmp_path: Path) -> None:
    """22-store-faults: 512 bytes of a table's root page overwritten, as make.sh does."""
    path = _real_store(tmp_path / "corrupt.db")
    root = sqlite3.connect(path).execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[4096 * (root - 1):4096 * (root - 1) + 512] = b"\xff" * 512
    path.write_bytes(bytes(data))
    with pytest.raises(NewsbriefError) as raised, open_store(path, read_only=True) as store:
        try:
            store.accounts()
        except sqlite3.Error as error:
            raise store_error(path, error) from None
    assert str(raised.value) == (f"{path}: the store is damaged (database disk image is malformed); restore it "
                                 "from a copy, or give another --db to start a new one")


@pytest.mark.parametrize(("name", "content", "said"), [
    ("empty.db", b"", None),
    ("text.db", b"just some text, not a database\n", "not a newsbrief database (not an SQLite file)"),
])
def test_an_empty_file_is_a_new_store_and_text_is_refused(tmp_path: Path, name: str, content: bytes,
                                                           said: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    if said is None:
        open_store(path).close()
        assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    else:
        with pytest.raises(NewsbriefError, match=re.escape(said)):
            open_store(path)


def test_reading_opens_read_only_and_leaves_the_file_as_it_is(tmp_path: Path) -> None:
    """`events` must not write: no switch to WAL, no upgrade when the schema is current."""
    path = tmp_path / "news.db"
    open_store(path).close()
    sqlite3.connect(path).execute("PRAGMA journal_mode = DELETE").fetchone()
    before = path.read_bytes()
    with open_store(path, read_only=True) as store:
        assert store.accounts() == []
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.set_frequencies(np.zeros(TERM_FEATURES, dtype=np.int64), 0)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db"]


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not bind root")
def test_a_store_in_a_read_only_folder_can_be_read_and_not_written(tmp_path: Path) -> None:
    folder = tmp_path / "rodir"
    folder.mkdir()
    path = _real_store(folder / "store.db")
    folder.chmod(0o555)
    try:
        with open_store(path, read_only=True) as store:
            assert len(store.accounts()) == 300
        with pytest.raises(NewsbriefError, match="cannot write the store: its folder is not writable"):
            open_store(path)
    finally:
        folder.chmod(0o755)


def test_store_errors_say_what_to_do() -> None:
    path = Path("news.db")
    readonly = sqlite3.OperationalError("attempt to write a readonly database")
    assert str(store_error(path, readonly)) == ("news.db: cannot write the store: the file is read-only; "
                                                "give a writable --db")
    assert "disk is full" in str(store_error(path, sqlite3.OperationalError("database or disk is full")))


def test_events_of_an_older_schema_get_their_day_outlets_and_search_index(tmp_path: Path) -> None:
    # Schema 9 adds what the portal shows: the day of the main happening, outlets, full-text search.
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path, isolation_level=None)
    for version in range(1, 9):
        migrate(connection, version)
    articles = [("a", "2020-01-08", "Wire"), ("b", "2020-01-09", None), ("c", "2020-01-09", "Wire")]
    connection.executemany("INSERT INTO articles (id, path, title, published, text, status, reason, event_id, outlet) "
                           "VALUES (?, ?, 'Putin meets Assad', ?, 'Putin met Assad in Damascus on Tuesday.', 'used', "
                           "'', 'e1', ?)", [(i, f"{i}.txt", day, outlet) for i, day, outlet in articles])
    event = dataclasses.replace(EVENT, id="e1", articles=("a", "b", "c"), timeline=(
        Dated("2020-01-07", "Putin met Assad in Damascus on Tuesday.", ("a", "b")),))
    connection.execute("INSERT INTO events VALUES ('e1', '2020-01-08', '2020-01-09', 3, x'', 0)")
    connection.execute("INSERT INTO briefs VALUES ('e1', ?)", (json.dumps(dataclasses.asdict(event), default=str),))
    connection.close()
    with open_store(path):
        pass
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT day, category, outlets FROM events").fetchall() == [("2020-01-07", None, 2)]
        found = db.execute("SELECT kind, key FROM texts WHERE texts MATCH 'damascus' ORDER BY kind, key").fetchall()
    assert found == [("article", "a"), ("article", "b"), ("article", "c"), ("event", "e1")]
