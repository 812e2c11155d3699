"""The command line: formats, output file, exit codes and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main


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
