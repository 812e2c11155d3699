"""The SQLite store: schema versions and migrations, transactions, round trips, bad files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

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
)
from newsbrief.store import SCHEMA_VERSION, migrate, open_store

EVENT = Event(
    "event-1", "Putin meets Assad in Damascus.",
    (SummarySentence("Putin met Assad in Damascus on Tuesday.", ("a", "b"), 2),), ("a", "b"),
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
