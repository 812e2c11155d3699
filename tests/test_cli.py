"""The command line: formats, output file, exit codes and one-line errors."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.cli import main

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
    assert "summary length in words (default: 100)" in out
    assert "output format (default: markdown)" in out
    assert "(default: None)" not in out


_HEAVY = ("spacy", "thinc", "onnxruntime", "tokenizers", "sklearn", "nltk", "torch", "newsbrief.pipeline")
# Run in a fresh interpreter: this test process has imported the models already.
_LOADED_AFTER = f"""
import sys
from newsbrief.cli import main
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
