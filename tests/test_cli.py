"""The command line: formats, output file, exit codes and one-line errors."""

from __future__ import annotations

import importlib.metadata
import io
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.model import Account, Status

ROOT = Path(__file__).resolve().parents[1]


def test_json_to_file(seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "brief.json"
    assert main(["brief", str(seeds), "--format", "json", "--out", str(out), "--words", "60"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "newsbrief/1"
    words = sum(len(s["text"].split()) for s in data["events"][0]["summary"])
    assert 30 <= words <= 66
    assert capsys.readouterr().out == ""


def test_bad_inputs_warn_on_stderr_and_still_brief(seeds: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("")
    assert main(["brief", str(seeds / "001_81b42dbded943786.txt"), str(tmp_path / "empty.txt"),
                 str(tmp_path / "gone.txt")]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("# ")
    assert f"newsbrief: skipped {tmp_path / 'empty.txt'}: file is empty" in captured.err
    assert f"newsbrief: skipped {tmp_path / 'gone.txt'}: no such file or folder" in captured.err


def test_quiet_says_errors_only_and_verbose_also_the_seconds(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    examples = str(ROOT / "examples")
    gone = tmp_path / "gone.txt"
    assert main(["-q", "brief", examples, str(gone)]) == 0
    quiet = capsys.readouterr()
    assert quiet.out.startswith("# ") and "Velmora Rail" in quiet.out.splitlines()[0]
    assert quiet.err == ""
    # put back for the next run in this process
    assert logging.root.manager.disable == 0 and os.environ.get("PYTHONWARNINGS") != "ignore"
    assert main(["--verbose", "brief", examples, str(gone)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"newsbrief: skipped {gone}: no such file or folder"
    assert re.fullmatch(r"newsbrief: 5 inputs read and briefed in \d+\.\d s \(loading the models included\)", err[1])
    assert len(err) == 2
    assert main(["-q", "brief", str(gone)]) == 1  # errors are still told
    assert capsys.readouterr().err.startswith("newsbrief: no brief: no input could be used")
    for argv in (["-q", "-v", "brief", examples], ["brief", "-q", examples]):
        with pytest.raises(SystemExit) as usage:
            main(argv)
        assert usage.value.code == 2
    assert "-q" in capsys.readouterr().err


def test_no_usable_input_exits_1_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("\n\n")
    assert main(["brief", str(tmp_path / "empty.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("newsbrief: no brief: no input could be used")
    assert "Traceback" not in "\n".join(err)


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["brief", "x", "--format", "pdf"])
    assert exit_info.value.code == 2


def _import_stopped_by_ctrl_c(args: object) -> int:
    """What onnxruntime's first import raises when Ctrl-C lands inside its native initialisation."""
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt as stop:
        raise ImportError("initialization failed") from stop


def _import_failing(args: object) -> int:
    raise ImportError("initialization failed")


def test_ctrl_c_inside_a_native_import_exits_130_and_a_real_import_error_still_raises(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["brief", str(tmp_path), "--out", str(tmp_path / "brief.md")]
    monkeypatch.setattr("newsbrief.cli._run", _import_stopped_by_ctrl_c)
    assert main(argv) == 130
    assert capsys.readouterr().err == ""
    monkeypatch.setattr("newsbrief.cli._run", _import_failing)
    with pytest.raises(ImportError, match="initialization failed"):
        main(argv)


@pytest.mark.parametrize("value", ["0", "-2", "two"])
def test_workers_must_be_a_count_of_processes(value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["digest", str(tmp_path), "--db", str(tmp_path / "news.db"), "--workers", value])
    assert exit_info.value.code == 2
    assert f"--workers: a number of processes, 1 or more: '{value}'" in capsys.readouterr().err


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"newsbrief {importlib.metadata.version('newsbrief')}\n"


def test_help_shows_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["brief", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "summary length in words (default: 100, or summary_words of the config file)" in out
    assert "output format (default: the one --out names by its suffix, .html, .json or .md; else markdown)" in out
    assert "--set NAME=VALUE" in out and "(default: [])" not in out
    assert "(default: None)" not in out


@pytest.mark.parametrize(("command", "example"), [
    ("brief", "newsbrief brief examples/ --out brief.html"), ("digest", "newsbrief digest examples/ --db news.db"),
    ("events", "newsbrief events --db news.db --date 2026-03-10"),
    ("serve", "newsbrief serve --db news.db --port 8000"),
    ("eval", "newsbrief eval ../shared/data/duc2004_task2/dev.jsonl --limit 5"),
    ("eval-clusters", "newsbrief eval-clusters ../shared/data/duc2004_task2/dev.jsonl")])
def test_help_of_each_command_ends_with_an_example_and_the_top_help_lists_them(
        command: str, example: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert capsys.readouterr().out.endswith(f"\nexample:\n  {example}\n")
    with pytest.raises(SystemExit):
        main(["--help"])
    top = capsys.readouterr().out
    assert f"  {example}" in top.split("\nexamples:\n")[1].splitlines()
    assert "-q, --quiet" in top and "-v, --verbose" in top


_HEAVY = ("spacy", "thinc", "onnxruntime", "tokenizers", "sklearn", "nltk", "torch", "newsbrief.pipeline")
# Run in a fresh interpreter: this test process has imported the models already.
_LOADED_AFTER = f"""
import sys
from newsbrief.cli import main
from newsbrief.model import Account, Status
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(" ".join(sorted(m for m in sys.modules if m.startswith({_HEAVY!r}))))
"""


def heavy_modules_loaded_by(argv: list[str]) -> list[str]:
    """The model libraries that running the command line with ``argv`` imported, in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", _LOADED_AFTER, *argv], capture_output=True, text=True,
                          check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    return done.stdout.splitlines()[-1].split()


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["brief", "--help"], ["brief", "--words", "0", "x"]])
def test_help_and_usage_errors_load_no_model(argv: list[str]) -> None:
    assert heavy_modules_loaded_by(argv) == []


def test_brief_loads_its_models_where_it_runs(tmp_path: Path) -> None:
    # the check above would pass vacuously if it could not see an import
    assert "spacy" in heavy_modules_loaded_by(["brief", str(tmp_path / "gone.txt")])


def test_events_loads_no_model(tmp_path: Path) -> None:
    from newsbrief.store import open_store

    with open_store(tmp_path / "store.db"):
        pass
    assert heavy_modules_loaded_by(["events", "--db", str(tmp_path / "store.db")]) == []


def test_events_of_a_day_without_events_says_so_and_exits_3(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from newsbrief.store import open_store

    with open_store(tmp_path / "store.db"):
        pass
    out = tmp_path / "day.md"
    assert main(["events", "--db", str(tmp_path / "store.db"), "--date", "2026-03-12", "--out", str(out)]) == 3
    assert capsys.readouterr() == ("", f"newsbrief: no events on 2026-03-12 in {tmp_path / 'store.db'}\n")
    assert not out.exists()
    with pytest.raises(SystemExit):
        main(["events", "--help"])
    assert "exit status 3 (and nothing written) when --date finds no event that day" in capsys.readouterr().out


QUAKE = ("Quake strikes Puerto Rico\n\nA 6.4-magnitude earthquake struck Puerto Rico before dawn on Tuesday, killing "
         "one man, injuring at least eight other people and collapsing buildings in the southern part of the island. "
         "The quake followed a 5.8 temblor the day before.")


def test_out_suffix_picks_the_format_unless_format_is_given(seeds: Path, tmp_path: Path) -> None:
    seed = str(seeds / "001_81b42dbded943786.txt")
    assert main(["brief", seed, "--out", str(tmp_path / "page.html")]) == 0
    assert (tmp_path / "page.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")
    assert main(["brief", seed, "--out", str(tmp_path / "page.HTM"), "--format", "markdown"]) == 0
    assert (tmp_path / "page.HTM").read_text(encoding="utf-8").startswith("# ")
    assert main(["brief", seed, "--out", str(tmp_path / "brief.txt")]) == 0
    assert (tmp_path / "brief.txt").read_text(encoding="utf-8").startswith("# ")


def test_two_events_say_on_stderr_how_many_were_set_aside_and_config_sets_the_length(
        seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(seeds.iterdir())[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "quake.txt").write_text(QUAKE, encoding="utf-8")
    (tmp_path / "short.toml").write_text("summary_words = 50\noff_topic_article = 0.3\n", encoding="utf-8")
    out = tmp_path / "brief.json"
    assert main(["brief", str(folder), "--out", str(out), "--config", str(tmp_path / "short.toml")]) == 0
    err = capsys.readouterr().err
    assert ("newsbrief: 1 of 4 articles is about another event and was set aside (the account lists them); use "
            "`newsbrief digest` to brief several events") in err
    data = json.loads(out.read_text(encoding="utf-8"))  # JSON by the suffix
    assert {a["id"]: a["status"] for a in data["articles"]}["quake"] == "off_topic"  # the account keeps it
    words = sum(len(s["text"].split()) for s in data["events"][0]["summary"])
    assert 25 <= words <= 55


@pytest.mark.parametrize(("content", "message"), [
    ("summary_wrds = 80\n", "'summary_wrds' is not a setting; did you mean 'summary_words'?"),
    ("summary_words = '80'\n", "summary_words must be a whole number, not '80'"),
    ("off_topic_article = 1.5\n", "off_topic_article must be in [0.0, 1.0], got 1.5"),
    ("summary_words = \n", "not valid TOML (Invalid value (at line 1, column 17))"),
])
def test_config_file_errors_name_the_file_and_the_setting(content: str, message: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "newsbrief.toml"
    config.write_text(content, encoding="utf-8")
    assert main(["brief", str(tmp_path), "--config", str(config)]) == 1
    assert capsys.readouterr().err == f"newsbrief: {config}: {message}\n"


def test_set_and_the_default_config_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", str(tmp_path), "--set", "max_event_words=0"]) == 1
    assert capsys.readouterr().err == "newsbrief: --set max_event_words=0: max_event_words must be at least 1, got 0\n"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    (tmp_path / "cfg" / "newsbrief").mkdir(parents=True)
    default = tmp_path / "cfg" / "newsbrief" / "config.toml"
    default.write_text("cluster = 7\n", encoding="utf-8")
    assert main(["digest", str(tmp_path), "--db", str(tmp_path / "x.db")]) == 1
    assert capsys.readouterr().err == f"newsbrief: {default}: cluster must be text, not 7\n"
    with pytest.raises(SystemExit):
        main(["digest", "--help"])
    shown = "".join(capsys.readouterr().out.split())  # argparse breaks a long path anywhere
    assert f"readfrom{default}whenitexists".replace(" ", "") in shown


def test_digest_of_nothing_readable_exits_1_and_creates_no_store(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    done = subprocess.run([sys.executable, "-m", "newsbrief.cli", "digest", "/nonexistent", "--db", str(db)],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.returncode == 1
    assert done.stderr == f"newsbrief: nothing to digest: /nonexistent: no such file or folder; {db} was not touched\n"
    assert not db.exists()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    assert main(["digest", str(tmp_path / "in"), "--db", str(db)]) == 1
    assert list(tmp_path.iterdir()) == [tmp_path / "in"]


def test_digest_with_no_inputs_briefs_the_stale_events_of_the_store(seeds: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "news.db"
    assert main(["digest", str(seeds), "--db", str(db), "--no-briefs"]) == 0
    assert main(["events", "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["events"] == []
    assert main(["digest", "--db", str(db)]) == 0
    assert "newsbrief: 1 stale events briefed (" in capsys.readouterr().err
    assert main(["events", "--db", str(db), "--format", "json"]) == 0
    [event] = json.loads(capsys.readouterr().out)["events"]
    assert "Putin" in event["headline"] and len(event["articles"]) == 5
    assert main(["digest", "--db", str(tmp_path / "missing.db")]) == 1
    assert "no such store" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["digest", "--db", str(db), "--no-briefs"])  # nothing to do: a usage error


def test_digest_reads_articles_from_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    # JSON Lines, one article a line, as a scraper would pipe them: three outlets' stories of one derailment.
    records = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        records.append({"title": lines[2], "text": "\n".join(lines[3:]), "date": lines[1].split()[1],
                        "url": f"https://{path.stem}.example/derailment"})
    stdin = io.TextIOWrapper(io.BytesIO("".join(json.dumps(r) + "\n" for r in records).encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    db = tmp_path / "news.db"
    assert main(["digest", "-", "--db", str(db)]) == 0
    assert "skipped" not in capsys.readouterr().err
    assert main(["events", "--db", str(db), "--format", "json"]) == 0
    [event] = json.loads(capsys.readouterr().out)["events"]
    assert "Velmora Rail" in event["headline"] and len(event["articles"]) == 3
    assert main(["events", "--db", str(db), "--date", "2026-03-10", "--format", "json"]) == 0
    assert [e["headline"] for e in json.loads(capsys.readouterr().out)["events"]] == [event["headline"]]
    assert main(["events", "--db", str(db), "--date", "2026-03-12"]) == 3
    assert capsys.readouterr() == ("", f"newsbrief: no events on 2026-03-12 in {db}\n")
    with pytest.raises(SystemExit):
        main(["digest", "-", "--feeds", "-", "--db", str(db)])  # stdin is read once
    assert "standard input can be read once" in capsys.readouterr().err


def _small_store(path: Path) -> None:
    """A store of three events on two days, written as digest writes it, without the models: a
    disaster and a not-yet-briefed event on 8 January, a diplomatic meeting on the 7th; and an
    unreadable input in no event."""
    import datetime as dt

    import scipy.sparse

    from newsbrief.cluster import Group
    from newsbrief.embed import TERM_FEATURES
    from newsbrief.model import Dated, Event, RankedEntity, SummarySentence
    from newsbrief.store import open_store

    def article(article_id: str, title: str, day: int, outlet: str | None, event_id: str | None,
                status: Status = Status.USED, reason: str = "supports 1 of 1 summary sentences") -> None:
        url = f"https://{outlet.lower().replace(' ', '')}.example/{article_id}" if outlet else None
        account = Account(article_id, f"in/{article_id}.txt", title, dt.date(2020, 1, day), status, reason,
                          outlet=outlet, url=url)
        store.add_article(account, article_id, None if event_id is None else f"{title}. Text.", event_id=event_id)

    empty = scipy.sparse.csr_matrix((1, TERM_FEATURES))
    with open_store(path) as store, store.transaction():
        for event_id, first, last, size in (("event-storm", 8, 8, 2), ("event-summit", 7, 7, 1),
                                            ("event-ferry", 8, 8, 2)):
            store.put_event(event_id, Group(dt.date(2020, 1, first), dt.date(2020, 1, last), size, empty))
        article("storm-a", "Storm floods the coast", 8, "Coast Daily", "event-storm")
        article("storm-b", "Hundreds flee rising water", 8, "River Post", "event-storm")
        article("summit-a", "Leaders meet in Geneva", 7, "World Wire", "event-summit")
        article("ferry-a", "Ferry strike ends in Calais", 8, None, "event-ferry", Status.USED, "grouped; not briefed")
        article("ferry-b", "Sailings resume to Dover", 8, "Channel News", "event-ferry", Status.USED,
                "grouped; not briefed")
        article("broken", "", 8, None, None, Status.UNREADABLE, "in/broken.bin: a binary file, not text")
        store.put_brief(Event("event-storm", "A storm floods the coast.", (
            SummarySentence("The storm flooded the coast on Wednesday.", ("storm-a", "storm-b"), 2),
            SummarySentence("Hundreds fled.", ("storm-b",), 1)), ("storm-a", "storm-b"),
            (RankedEntity("Calder Bay", "GPE", 2, 3, ("storm-a", "storm-b")),),
            timeline=(Dated("2020-01-08", "The river burst its banks at dawn.", ("storm-b",)),),
            outlets=("Coast Daily", "River Post")))
        store.put_event_facts("event-storm", dt.date(2020, 1, 8), "disasters", ["Coast Daily", "River Post"])
        store.put_brief(Event("event-summit", "Leaders meet in Geneva.", (
            SummarySentence("Leaders met in Geneva.", ("summit-a",), 1),), ("summit-a",), outlets=("World Wire",)))
        store.put_event_facts("event-summit", dt.date(2020, 1, 7), "international", ["World Wire"])


def _events_of_small_store(tmp_path: Path, format: str) -> tuple[Path, str]:
    """The store of :func:`_small_store` and what ``newsbrief events`` writes of it in ``format``."""
    db = tmp_path / "news.db"
    _small_store(db)
    out = tmp_path / f"events.{'md' if format == 'markdown' else format}"
    assert main(["events", "--db", str(db), "--format", format, "--out", str(out)]) == 0
    return db, out.read_text(encoding="utf-8")


def test_events_are_grouped_by_day_and_category_with_an_index_and_footnotes_per_event(tmp_path: Path) -> None:
    _, text = _events_of_small_store(tmp_path, "markdown")
    assert text.startswith("# Events in news.db\n\n3 events on 2 days: 2 briefed")
    assert "1 not briefed yet" in text.splitlines()[2] and "1 input in no event" in text.splitlines()[2]
    index, _, body = text.partition("<a id=\"day-2020-01-08\"></a>")
    # the index: newest day first, categories in the portal's order, each event a link to its section
    assert index.index("[Wednesday, 8 January 2020](#day-2020-01-08)") < index.index(
        "[Tuesday, 7 January 2020](#day-2020-01-07)")
    assert "    - [A storm floods the coast.](#event-storm) (2 outlets, 2 articles)" in index
    assert index.index("  - Disasters and accidents") < index.index("  - Other news") < index.index(
        "  - International relations")
    assert ("    - [Not briefed yet: Ferry strike ends in Calais · Sailings resume to Dover](#event-ferry) "
            "(2 articles)") in index
    events, _, more = body.partition("## Timelines and inputs")
    storm = events[events.index("#### A storm floods the coast."):events.index("### Other news")]
    assert "- The storm flooded the coast on Wednesday. ([Coast Daily](https://coastdaily.example/storm-a); " \
           "[River Post](https://riverpost.example/storm-b))" in storm
    assert "1. [Coast Daily](https://coastdaily.example/storm-a): Storm floods the coast, 2020-01-08" in storm
    assert "[timeline and inputs](#event-storm-more)" in storm
    assert "The river burst its banks" not in events  # the timeline is behind its link
    summit = events[events.index("#### Leaders meet in Geneva."):]
    assert "1. [World Wire](https://worldwire.example/summit-a): Leaders meet in Geneva" in summit  # numbered anew
    ferry = events[events.index("#### Not briefed yet"):events.index("## Tuesday")]
    assert "- Ferry strike ends in Calais — ferry-a, 2020-01-08" in ferry
    assert "- Sailings resume to Dover — Channel News, 2020-01-08" in ferry
    storm_more = more[more.index('<a id="event-storm-more">'):more.index('<a id="event-summit-more">')]
    assert "- 2020-01-08: The river burst its banks at dawn. ([River Post](https://riverpost.example/storm-b))" \
        in storm_more
    assert "- **storm-b**: used — supports 1 of 1 summary sentences" in storm_more
    assert more.endswith("## Inputs in no event\n\n- **broken**: unreadable — in/broken.bin: a binary file, "
                         "not text\n")


def test_events_as_html_fold_timelines_and_inputs_and_number_footnotes_per_event(tmp_path: Path) -> None:
    db, page = _events_of_small_store(tmp_path, "html")
    assert "<nav class=index><h2>Index</h2>" in page and "<a href='#event-storm'>A storm floods the coast.</a>" in page
    assert ("<details id='event-storm-timeline'><summary>Timeline (1 entry)</summary>" in page)
    assert "<details id='event-ferry-inputs'><summary>Inputs (2 articles: status and why)</summary>" in page
    assert "<sup><a href='#event-storm-src-2'>[2]</a></sup>" in page and "id='event-summit-src-1'" in page
    assert page.index("id='day-2020-01-08'") < page.index("id='day-2020-01-07'")
    day = main(["events", "--db", str(db), "--date", "2020-01-07", "--format", "markdown",
                "--out", str(tmp_path / "day.md")])
    assert day == 0
    one_day = (tmp_path / "day.md").read_text(encoding="utf-8")
    assert "Leaders meet in Geneva." in one_day and "storm" not in one_day
