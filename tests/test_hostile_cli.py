"""The command line on careless and hostile use (../shared/cases/hostile, issue 17): closed streams,
wrong option values, faulty stores, Ctrl-C and injected Markdown give one line and the right exit code,
never a traceback."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, SHARED, shared_or_skip
from newsbrief.cli import main
from newsbrief.config import Config
from newsbrief.digest import digest
from newsbrief.store import open_store

HOSTILE = SHARED / "cases" / "hostile"
ARTICLE = SEEDS / "001_81b42dbded943786.txt"


def _without(fd: int, *args: str) -> subprocess.CompletedProcess[str]:
    """newsbrief with file descriptor ``fd`` closed, as the shell's ``<&-`` (0) or ``>&-`` (1)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "newsbrief.cli", *args]
    return subprocess.run(["sh", "-c", f'exec "$@" {fd}>&-', "sh", *command], capture_output=True,
                          text=True, env=env, timeout=300)


def test_closed_stdout_is_refused_before_the_work_in_one_line() -> None:
    shared_or_skip(ARTICLE)
    done = _without(1, "brief", str(ARTICLE))
    assert (done.returncode, "Traceback" in done.stderr) == (2, False)
    assert done.stderr.splitlines()[-1] == ("newsbrief: error: standard output is closed (>&-); give --out FILE")


def test_stdout_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    # /dev/full fails every write with ENOSPC, as a full disk does: a traceback before.
    with open_store(tmp_path / "s.db"):
        pass
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "newsbrief.cli", "events", "--db", str(tmp_path / "s.db")]
    done = subprocess.run(["sh", "-c", 'exec "$@" >/dev/full', "sh", *command], capture_output=True, text=True,
                          env=env, timeout=300)
    said = "newsbrief: cannot write to standard output: No space left on device\n"
    assert (done.returncode, done.stderr) == (1, said)


def test_closed_stdin_matters_only_when_dash_is_an_input(tmp_path: Path) -> None:
    shared_or_skip(ARTICLE)
    done = _without(0, "brief", str(ARTICLE), "--format", "json")
    assert (done.returncode, done.stderr) == (0, "")
    assert '"schema": "newsbrief/1"' in done.stdout
    done = _without(0, "brief", "-")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.splitlines() == ["newsbrief: no brief: no input could be used: standard input is not available"]


@pytest.mark.parametrize(("args", "said"), [
    (["brief", "x", "--words", "0"], "argument --words: a whole number, 1 or more: '0'"),
    (["digest", "x", "--db", "n.db", "--words", "-3"], "argument --words: a whole number, 1 or more: '-3'"),
    (["eval", "x.jsonl", "--limit", "0"], "argument --limit: a whole number, 1 or more: '0'"),
    (["brief", ""], "argument inputs: an empty input name (an unset variable?); give a file, a folder or -"),
    (["digest", "a", "", "--db", "n.db"], "argument inputs: an empty input name (an unset variable?)"),
    (["digest", "x", "--db", ""], "argument --db: an empty store name (an unset variable?)"),
    (["events", "--db", " "], "argument --db: an empty store name (an unset variable?)"),
    (["brief", "x", "--out", "/no/such/folder/brief.md"],
     "argument --out: '/no/such/folder/brief.md': no folder '/no/such/folder' to write it in"),
])
def test_wrong_option_values_are_usage_errors(args: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert said in capsys.readouterr().err


def test_out_a_folder_is_found_before_the_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["events", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path)])
    assert exit_info.value.code == 2
    assert f"argument --out: '{tmp_path}' is a folder; give a file name" in capsys.readouterr().err


def _sql(path: Path, statement: str) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute(statement).fetchall()


def _stores(folder: Path) -> dict[str, Path]:
    """Faulty stores as 22-store-faults/make.sh makes them, from a small real store."""
    real = folder / "real.db"
    with open_store(real) as store:
        digest([shared_or_skip(SEEDS)], store, Config(), briefs=False)
    _sql(real, "PRAGMA wal_checkpoint(TRUNCATE)")
    data = real.read_bytes()
    (folder / "truncated-half.db").write_bytes(data[:len(data) // 2])
    (folder / "truncated-8k.db").write_bytes(data[:8192])
    _sql(folder / "other.db", "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    (folder / "newer.db").write_bytes(data)
    _sql(folder / "newer.db", "PRAGMA user_version = 999")
    (folder / "text.db").write_text("just some text, not a database\n")
    (folder / "isadir.db").mkdir()
    return {path.name: path for path in folder.iterdir()}


def test_faulty_stores_are_one_line_each_in_digest_and_events(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    stores = _stores(tmp_path)
    said = {
        "truncated-half.db": "the store is damaged (database disk image is malformed); restore it from a copy",
        "truncated-8k.db": "the store is damaged (database disk image is malformed)",
        "other.db": "an SQLite file of another program (tables photos); give a new file name",
        "newer.db": "written by a newer newsbrief (schema 999",
        "text.db": "not a newsbrief database (not an SQLite file)",
        "isadir.db": "a folder, not a store; give --db the name of a file",
    }
    for name, problem in said.items():
        for command in (["events", "--db", str(stores[name])],
                        ["digest", str(ARTICLE), "--no-briefs", "--db", str(stores[name])]):
            assert main(command) == 1, command
            err = capsys.readouterr().err.splitlines()
            assert err == [f"newsbrief: {stores[name]}: {err[0].split(': ', 2)[2]}"], command
            assert problem in err[0], command


def test_events_reads_a_store_without_writing_to_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stores = _stores(tmp_path)
    _sql(stores["real.db"], "PRAGMA journal_mode = DELETE")
    before = stores["real.db"].read_bytes()
    assert main(["events", "--db", str(stores["real.db"])]) == 0
    out = capsys.readouterr().out  # its event, not briefed, listed with its articles' titles
    assert out.startswith("# Events in real.db\n\n1 event on 1 day: 0 briefed, 1 not briefed yet")
    assert "Putin visits Syria to meet Assad, a key Iran ally" in out
    assert stores["real.db"].read_bytes() == before
    assert not (tmp_path / "real.db-wal").exists()


def test_events_on_an_empty_file_says_so_and_makes_no_store_of_it(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "new.db").write_bytes(b"")
    _sql(tmp_path / "blank.db", "PRAGMA user_version = 0")  # an SQLite file with no tables
    for name, said in (("new.db", "an empty file, not a store yet"),
                       ("blank.db", "an empty SQLite file, not a store yet")):
        assert main(["events", "--db", str(tmp_path / name)]) == 1
        [line] = capsys.readouterr().err.splitlines()
        assert line.startswith(f"newsbrief: {tmp_path / name}: {said}; make one with: newsbrief digest")
    assert (tmp_path / "new.db").read_bytes() == b""
    assert sorted(path.name for path in tmp_path.iterdir()) == ["blank.db", "new.db"]


def test_named_pipe_as_store_is_said_to_be_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(tmp_path / "pipe.db")
    article = tmp_path / "article.txt"  # the test's own, so it runs where ../shared is not beside the checkout
    article.write_text("The council voted on Monday to close the Eastgate library by the end of June.\n")
    for command in (["events", "--db", str(tmp_path / "pipe.db")],
                    ["digest", str(article), "--no-briefs", "--db", str(tmp_path / "pipe.db")]):
        assert main(command) == 1
        assert capsys.readouterr().err.splitlines() == [
            f"newsbrief: {tmp_path / 'pipe.db'}: a named pipe (FIFO), not a file; give --db the name of a store file"]


def test_many_unusable_inputs_are_summarised_on_one_short_line(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    for number in range(2_000):
        (tmp_path / f"empty{number:04}.txt").write_bytes(b"")
    assert main(["brief", str(tmp_path)]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"newsbrief: no brief: no input could be used: {tmp_path / 'empty0000.txt'}: file is empty;")
    assert line.endswith("; and 1,995 more") and len(line) < 1_500


def test_markdown_of_injected_articles_renders_no_html_or_links(tmp_path: Path) -> None:
    """21-html-injection: titles, text and file names carrying HTML, javascript: links and headings."""
    markdown_it = pytest.importorskip("markdown_it")
    case = shared_or_skip(HOSTILE / "21-html-injection")
    out = tmp_path / "brief.md"
    assert main(["brief", str(case / "txt"), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    page = markdown_it.MarkdownIt("commonmark").render(text)
    assert "<img" not in page and "<script" not in page
    assert "<a " not in page and 'href="javascript:' not in page  # the payload stays visible text
    assert "&lt;img src=x onerror=alert(15)&gt;" in page  # the file name, shown as text


def _two_worker_digest_under_way(db: Path, committed: bool = False) -> subprocess.Popen[str]:
    """A digest of the seeds and DUC 2004 into ``db`` over two workers, in a session of its own, once
    its workers are preparing or briefing (and, with ``committed``, once it has stored articles)."""
    seeds = shared_or_skip(SEEDS)
    pool = shared_or_skip(SHARED / "data" / "duc2004_task2" / "dev.jsonl")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen([sys.executable, "-m", "newsbrief.cli", "digest", str(seeds), str(pool), "--db", str(db),
                                "--workers", "2"], stderr=subprocess.PIPE, text=True, env=env,
                               start_new_session=True)
    deadline = time.monotonic() + 120
    while not db.exists() and time.monotonic() < deadline:  # past the imports: the command runs
        time.sleep(0.2)
    time.sleep(4)  # workers are preparing or briefing
    # On a loaded machine the first batch can take a minute to be stored: wait for it rather than guess.
    while committed and _stored_articles(db) == 0 and time.monotonic() < deadline + 180:
        time.sleep(0.5)
    return process


def _stored_articles(db: Path) -> int:
    """How many articles ``db`` holds; 0 while its tables are not made yet."""
    try:
        with contextlib.closing(sqlite3.connect(db, timeout=5)) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # no such table yet, or locked beyond the timeout
        return 0


def test_ctrl_c_during_a_two_worker_digest_is_quiet(tmp_path: Path) -> None:
    """The terminal sends Ctrl-C to the whole process group: main process and workers alike."""
    process = _two_worker_digest_under_way(tmp_path / "news.db")
    os.killpg(process.pid, signal.SIGINT)
    # A worker finishes the sentence batch it is in first; on a loaded machine that took over 60 s once.
    _, err = process.communicate(timeout=240)
    assert process.returncode == 130, err
    assert err == ""  # no traceback, no worker's KeyboardInterrupt, no "leaked semaphore" warning


def test_sigterm_to_a_two_worker_digest_stops_its_workers_and_keeps_what_it_committed(tmp_path: Path) -> None:
    """``kill PID`` reaches the main process alone: its workers must not go on briefing."""
    db = tmp_path / "news.db"
    process = _two_worker_digest_under_way(db, committed=True)
    process.terminate()
    _, err = process.communicate(timeout=240)
    assert process.returncode == 143
    assert "Traceback" not in err
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # every worker of the run's process group is gone
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.5)
    else:
        os.killpg(process.pid, signal.SIGKILL)
        raise AssertionError("a worker went on after the digest was stopped")
    assert _stored_articles(db) > 0
