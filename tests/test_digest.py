"""Digest: many events from a stream into a store, incremental runs, bad inputs, and the pool."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, ROOT, SHARED, shared_or_skip
from newsbrief import brief, nlp
from newsbrief.cli import main
from newsbrief.config import Config
from newsbrief.digest import digest
from newsbrief.model import Status
from newsbrief.store import open_store

HOSTILE = SHARED / "cases" / "hostile"
STORM = ("A powerful storm struck the northern coast of Norway on Monday, killing at least twelve people and "
         "cutting power to tens of thousands of homes in the region around Tromso, officials said.\n\n"
         "Emergency crews worked through Tuesday to clear roads blocked by fallen trees near Tromso, and the "
         "government declared a state of emergency in three northern municipalities.\n\n"
         "Forecasters said the storm would weaken as it moved inland, but warned of flooding along rivers.")
STORM_AGAIN = ("Rescue teams in northern Norway searched on Tuesday for fishermen missing after the storm that "
               "struck the coast near Tromso on Monday and killed at least twelve people, officials said.\n\n"
               "Power was restored to most homes in the Tromso region, and the government said the state of "
               "emergency in three northern municipalities would stay in force while roads were cleared.")
ELECTION = ("Voters in Chile elected a new president on Sunday in a runoff that ended a bitter campaign over "
            "pensions, crime and the cost of living, the electoral service in Santiago said.\n\n"
            "The winner took 56 percent of the vote and promised to raise pensions and to hire more police "
            "officers in Santiago and in the northern cities hit by a wave of robberies.")


def _write(folder: Path, name: str, text: str, day: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f" date {day} World\n{text}\n", encoding="utf-8")
    return path


def _warc(pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for url, text in pages:
        body = "".join(f"<p>{paragraph}</p>" for paragraph in text.split("\n\n"))
        page = f"<html><head><title>News</title></head><body><article>{body}</article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode()),
                                                      http_headers=headers))
    return out.getvalue()


def _events(db: Path) -> dict[str, set[str]]:
    rows = sqlite3.connect(db).execute("SELECT id, event_id FROM articles WHERE event_id IS NOT NULL")
    events: dict[str, set[str]] = {}
    for article_id, event_id in rows:
        events.setdefault(event_id, set()).add(article_id)
    return events


def test_articles_are_grouped_by_event_and_a_second_run_only_adds(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _write(folder, "storm.txt", STORM, "2021-11-01")
    _write(folder, "chile.txt", ELECTION, "2021-11-01")
    db = tmp_path / "news.db"
    with open_store(db) as store:
        first = digest([folder], store, Config(), briefs=False)
    assert (first.stored, first.events_touched) == (2, 2)
    _write(folder, "storm-2.txt", STORM_AGAIN, "2021-11-02")
    with open_store(db) as store:
        second = digest([folder], store, Config(), briefs=False)
    assert (second.already_stored, second.stored, second.events_touched) == (2, 1, 1)
    assert sorted(map(sorted, _events(db).values())) == [["chile"], ["storm", "storm-2"]]


def test_the_same_text_under_another_name_is_a_duplicate(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _write(folder, "storm.txt", STORM, "2021-11-01")
    _write(folder, "storm2.txt", STORM.replace("\n\n", "\n\n\n"), "2021-11-01")
    with open_store(tmp_path / "news.db") as store:
        report = digest([folder], store, Config(), briefs=False)
        accounts = {a.id: a for a in store.accounts()}
    assert report.duplicates == 1
    assert accounts["storm2"].status is Status.DUPLICATE and accounts["storm2"].copy_of == "storm"


def test_workers_prepare_articles_in_parallel_with_the_same_outcome(tmp_path: Path, seeds: Path) -> None:
    folder = tmp_path / "in"
    _write(folder, "storm.txt", STORM, "2021-11-01")
    _write(folder, "storm2.txt", STORM.replace("\n\n", "\n\n\n"), "2021-11-01")
    _write(folder, "chile.txt", ELECTION, "2021-11-01")
    _write(folder, "menu.txt", "Skip to main content\n\nSign in", "2021-11-01")
    outcomes = []
    for workers in (1, 2):
        db = tmp_path / f"news-{workers}.db"
        with open_store(db) as store:
            digest([folder, seeds], store, Config(), workers=workers, briefs=False)
            accounts = sorted((a.id, a.status, a.copy_of, a.reason) for a in store.accounts())
        outcomes.append((accounts, sorted(map(sorted, _events(db).values()))))
    assert outcomes[0] == outcomes[1]
    statuses = {article: status for article, status, _, _ in outcomes[0][0]}
    assert statuses["storm2"] is Status.DUPLICATE and statuses["menu"] is Status.EMPTY
    assert len(outcomes[0][1]) == 3  # the storm, the election, the seeds' meeting


def test_the_same_topic_weeks_apart_is_two_events(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _write(folder, "storm.txt", STORM, "2021-01-04")
    _write(folder, "storm-later.txt", STORM_AGAIN, "2021-09-06")
    with open_store(tmp_path / "news.db") as store:
        digest([folder], store, Config(), briefs=False)
    assert len(_events(tmp_path / "news.db")) == 2


def test_bad_inputs_are_accounted_for_and_the_rest_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _write(folder, "storm.txt", STORM, "2021-11-01")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "huge.txt").write_bytes(b"word " * 300)
    (folder / "bad.jsonl").write_text('{"id": "c1", "articles": [{"text": "' + ELECTION.replace("\n", " ")
                                      + '"}]}\nnot json\n', encoding="utf-8")
    good = _warc([("https://example.org/chile", ELECTION)])
    (folder / "broken.warc").write_bytes(b"this is not an archive record\n" + good)
    config = dataclasses.replace(Config(), max_file_bytes=1000)
    with open_store(tmp_path / "news.db") as store:
        report = digest([folder, folder / "storm.txt", tmp_path / "missing.txt"], store, config, briefs=False)
        accounts = {a.id: a for a in store.accounts()}
    assert report.stored == 2  # the storm (given twice: stored once) and the JSONL article
    assert accounts["binary"].status is Status.UNREADABLE and "NUL bytes" in accounts["binary"].reason
    assert accounts["huge"].status is Status.UNREADABLE and "limit" in accounts["huge"].reason
    assert "bad.jsonl:2: not valid JSON" in accounts["line2"].reason
    assert accounts["missing"].status is Status.UNREADABLE and "no such file" in accounts["missing"].reason
    assert any("broken archive record" in a.reason for a in accounts.values())
    # Read on past the broken record: the page there is the JSONL story again.
    assert any(a.id.startswith("broken/") and a.status is Status.DUPLICATE for a in accounts.values())
    assert report.already_stored == 1


def test_an_interrupted_run_keeps_what_was_committed_and_the_next_run_finishes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    for day, name in enumerate(["a", "b", "c", "d"], start=1):
        _write(folder, f"{name}.txt", ELECTION.replace("Sunday", f"Sunday {name}") if name != "c" else STORM,
               f"2021-11-0{day}")
    db = tmp_path / "news.db"
    config = dataclasses.replace(Config(), digest_batch=2)
    calls = 0

    import newsbrief.digest as module
    original = module.cluster.group

    def killed_on_second_batch(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt
        return original(*args, **kwargs)

    with open_store(db) as store:
        module.cluster.group = killed_on_second_batch  # type: ignore[assignment]
        try:
            with pytest.raises(KeyboardInterrupt):
                digest([folder], store, config, briefs=False)
        finally:
            module.cluster.group = original  # type: ignore[assignment]
        assert [a.id for a in store.accounts()] == ["a", "b"]  # the first batch, whole; nothing of the second
    with open_store(db) as store:
        report = digest([folder], store, config, briefs=False)
    assert (report.already_stored, report.stored) == (2, 2)


def test_digest_and_events_on_the_seeds_write_one_brief(tmp_path: Path, seeds: Path) -> None:
    db = tmp_path / "news.db"
    assert main(["digest", str(seeds), "--db", str(db)]) == 0
    out = tmp_path / "events.json"
    assert main(["events", "--db", str(db), "--format", "json", "--out", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    [event] = document["events"]
    assert "Putin" in event["headline"] and "Assad" in event["headline"]
    assert {a["id"] for a in document["articles"]} == {p.stem for p in seeds.iterdir()}
    assert {a["status"] for a in document["articles"]} <= {"used", "copy_of"}
    assert any(a["copy_of"] for a in document["articles"])
    # the day 003 was written, as its weekdays tell, is kept with its account as in `brief`
    assert {a["id"]: a["written"] for a in document["articles"]}["003_30ad9f7ecbf3dbe6"] == "2020-01-07"
    assert main(["events", "--db", str(db), "--date", "2020-01-07", "--format", "markdown",
                 "--out", str(tmp_path / "day.md")]) == 0
    assert "Putin" in (tmp_path / "day.md").read_text(encoding="utf-8")
    # Nothing changed: a second run briefs nothing.
    with open_store(db) as store:
        assert digest([seeds], store, Config()).briefs == 0


def test_a_grown_event_is_briefed_again_reading_only_its_new_article(
        tmp_path: Path, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(seeds.iterdir())[:4]:
        shutil.copy(path, folder)
    db = tmp_path / "news.db"
    with open_store(db) as store:
        digest([folder], store, Config())
    shutil.copy(sorted(seeds.iterdir())[4], folder)
    read = []
    split = nlp.split
    monkeypatch.setattr(nlp, "split", lambda articles, model: read.extend(a.article.id for a in articles)
                        or split(articles, model))
    with open_store(db) as store:
        assert digest([folder], store, Config()).briefs == 1
        [event] = store.briefs()
        kept = store.sentences([p.stem for p in seeds.iterdir()])
    assert read == ["004_0d07f67901c73ebf"]  # the four read before come from the store
    assert len(event.articles) == 5 and "Putin" in event.headline
    [fresh] = brief([seeds]).events  # the same brief as from reading every article anew
    assert (event.headline, event.summary, event.timeline) == (fresh.headline, fresh.summary, fresh.timeline)
    new_sentences, _ = kept["004_0d07f67901c73ebf"]
    assert len(kept) == 5 and any(e.text == "Tayyip Erdogan" for s in new_sentences for e in s.entities)


def test_events_on_a_missing_database_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", str(tmp_path / "none.db")]) == 1
    assert "no such database" in capsys.readouterr().err


def test_seeds_form_one_event_of_their_own_in_the_pool(tmp_path: Path, seeds: Path) -> None:
    pool = [shared_or_skip(DATA / name / "dev.jsonl") for name in ("duc2004_task2", "multi_news")]
    with open_store(tmp_path / "news.db") as store:
        digest([*pool, seeds], store, Config(), briefs=False)
        rows = store.grouping()
    seed_events = {event for _, path, event in rows if Path(path).parent == seeds}
    assert len(seed_events) == 1
    assert {path for _, path, event in rows if event in seed_events} == {str(p) for p in seeds.iterdir()}


def test_web_archive_pages_are_read_as_articles(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc"
    archive.write_bytes(_warc([("https://example.org/storm", STORM), ("https://example.org/chile", ELECTION)]))
    with open_store(tmp_path / "news.db") as store:
        report = digest([archive], store, Config(), briefs=False)
        accounts = {a.id: a for a in store.accounts()}
    assert report.stored == 2
    assert (accounts["crawl/1"].path, accounts["crawl/1"].url) == (f"{archive}#1", "https://example.org/storm")


def test_two_inputs_of_one_file_name_given_again_are_already_stored(tmp_path: Path) -> None:
    """24-id-collision: a/story.txt and b/story.txt, digested three times, are two rows, not one more each run."""
    case = shared_or_skip(HOSTILE / "24-id-collision")
    db = tmp_path / "news.db"
    for run in range(3):
        with open_store(db) as store:
            report = digest([case / "a" / "story.txt", case / "b" / "story.txt"], store, Config(), briefs=False)
            stored = [a.id for a in store.accounts()]
        assert len(stored) == 2, stored
        assert report.already_stored == (0 if run == 0 else 2)


def test_a_brief_that_fails_is_recorded_and_never_blocks_the_others(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A library failing on one event (spaCy's E088 on a paragraph over 1,000,000 characters) fails that event."""
    import newsbrief.pipeline as pipeline

    original = pipeline.read_articles

    def refusing_the_storm(articles, config):  # type: ignore[no-untyped-def]
        if any("Tromso" in a.text for a in articles):
            raise ValueError("[E088] Text of length 1100000 exceeds maximum of 1000000. The parser and NER "
                             "models require roughly 1GB of temporary memory per 100,000 characters.")
        return original(articles, config)

    monkeypatch.setattr(pipeline, "read_articles", refusing_the_storm)
    folder = tmp_path / "in"
    _write(folder, "storm.txt", STORM, "2021-11-01")
    _write(folder, "chile.txt", ELECTION, "2021-11-01")
    db = tmp_path / "news.db"
    with open_store(db) as store:
        report = digest([folder], store, Config())
        accounts = {a.id: a for a in store.accounts()}
        assert store.stale_events() == []
        assert len(store.briefs()) == 1
    assert report.briefs == 1
    assert len(report.failed_briefs) == 1
    assert report.failed_briefs[0].endswith(": ValueError: [E088] Text of length 1100000 exceeds maximum of 1000000")
    assert accounts["storm"].status is Status.UNREADABLE
    assert accounts["storm"].reason == "no brief of its event: ValueError: [E088] Text of length 1100000 exceeds " \
                                       "maximum of 1000000"
    # A later run is not stopped by the failed event: it briefs what is new.
    _write(folder, "chile-2.txt", ELECTION.replace("Sunday", "Sunday night"), "2021-11-01")
    _write(folder, "storm-2.txt", STORM_AGAIN, "2021-11-02")
    with open_store(db) as store:
        again = digest([folder], store, Config())
    assert (again.already_stored, again.briefs, len(again.failed_briefs)) == (2, 1, 1)


def test_ctrl_c_while_workers_start_is_held_back_not_lost() -> None:
    """A Ctrl-C pressed while a pool starts stops the run once it has started, and the threads started
    meanwhile are born blocking it. In a process of its own: a thread of an earlier test (the entity
    recogniser's, onnxruntime's) may take the signal, and Python then raises it in the block."""
    script = """
import signal, threading
from newsbrief.digest import _interrupts_held
seen = []
reached = False
try:
    with _interrupts_held():
        thread = threading.Thread(target=lambda: seen.append(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
        thread.start()
        thread.join()
        # To the main thread itself: one sent to the process may go to a native thread started before the
        # block (OpenBLAS's), which the docstring allows; the one Ctrl-C gives the main thread is held.
        signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)
        reached = True  # held back: the block runs to its end
except KeyboardInterrupt:
    print(reached, signal.SIGINT in seen[0], signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.stdout.split() == ["True", "True", "False"], done.stderr
