"""Peak memory and wall time of newsbrief on every hostile reproducer (issue 17).

Runs each reproducer of ``../shared/cases/hostile`` through the case folder's ``harness.py`` (a time
limit and a memory watchdog over the whole process tree, sampled every 0.2 s) and prints one row per
run: exit code, peak memory of the process tree, wall time, whether a traceback was printed, and the
first line of standard error. Big inputs are made by the cases' own scripts in a work folder, once
(``--work`` keeps them between runs). The target is under 500 MB for every reproducer; the Python
process with newsbrief's imports alone takes about 220 MB.

Usage, from the project root::

    PYTHONPATH=src python benchmarks/hostile_memory.py [--work DIR] [--timeout S] [--limit-mb MB] [--only TEXT]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
HOSTILE = SHARED / "cases" / "hostile"
TARGET_MB = 500


@dataclass(frozen=True, slots=True)
class Run:
    """One command on one reproducer: ``args`` follow ``newsbrief``; ``stdin`` is a file, closed or none."""

    name: str
    args: tuple[str, ...]
    stdin: str = "none"


@dataclass(frozen=True, slots=True)
class Measured:
    """What the harness recorded of one run."""

    name: str
    rc: int | None
    peak_mb: int
    wall_s: float
    killed: str | None
    traceback: bool
    first_error: str


def _make_inputs(work: Path) -> None:
    """Make the big and special inputs with the cases' own scripts (once; kept in ``work``)."""
    made = work / "made"
    if (made / "done").exists():
        return
    made.mkdir(parents=True, exist_ok=True)
    bombs = made / "14"
    bombs.mkdir(exist_ok=True)
    if not (bombs / "bomb-httpline.warc.gz").exists():  # a minute or two of compressing
        subprocess.run([sys.executable, str(HOSTILE / "14-gzip-bomb" / "gen.py"), str(bombs)], check=True)
    if not (bombs / "zeros-2gb.warc.gz").exists():
        subprocess.run([sys.executable, str(HOSTILE / "14-gzip-bomb" / "gen_sized.py"),
                        str(bombs / "zeros-2gb.warc.gz"), "2000"], check=True)
    subprocess.run(["sh", str(HOSTILE / "08-single-line-9.9mb" / "gen.sh"), str(made / "single-line-1.1mb.txt"),
                    "1100000"], check=True)
    subprocess.run([sys.executable, str(HOSTILE / "25-jsonl-no-size-limit" / "gen.py"), str(made / "huge.jsonl")],
                   check=True, cwd=ROOT)
    subprocess.run(["sh", str(HOSTILE / "16-fifo" / "setup.sh"), str(made / "16")], check=True, cwd=ROOT)
    subprocess.run(["sh", str(HOSTILE / "19-unicode-filenames" / "setup.sh"), str(made / "19")], check=True,
                   cwd=ROOT)
    _faulty_stores(made / "22")
    (made / "done").touch()


def _faulty_stores(folder: Path) -> None:
    """The stores of 22-store-faults (its make.sh, on the seeds only, without the sqlite3 program)."""
    folder.mkdir(exist_ok=True)
    real = folder / "real.db"
    subprocess.run([sys.executable, "-m", "newsbrief.cli", "digest", str(SHARED / "seeds"), "--db", str(real),
                    "--no-briefs"], check=True, env=_env(), stderr=subprocess.DEVNULL)
    with sqlite3.connect(real) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = real.read_bytes()
    (folder / "truncated-half.db").write_bytes(data[:len(data) // 2])
    (folder / "truncated-8k.db").write_bytes(data[:8192])
    with sqlite3.connect(folder / "other.db") as db:
        db.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    shutil.copy(real, folder / "newer.db")
    with sqlite3.connect(folder / "newer.db") as db:
        db.execute("PRAGMA user_version = 999")
    shutil.copy(real, folder / "readonly.db")
    (folder / "readonly.db").chmod(0o444)
    (folder / "text.db").write_text("just some text, not a database\n")
    (folder / "empty.db").write_bytes(b"")
    (folder / "isadir.db").mkdir(exist_ok=True)
    corrupt = bytearray(data)
    corrupt[4096 * 3:4096 * 3 + 512] = b"\xff" * 512
    (folder / "corrupt-page.db").write_bytes(bytes(corrupt))


def _runs(work: Path) -> list[Run]:
    made, db = work / "made", work / "db"
    hostile = str(HOSTILE)
    bombs = sorted((made / "14").glob("*.warc.gz"))
    runs = [
        Run("04 truncated utf-8", ("brief", f"{hostile}/04-truncated-utf8/truncated.txt")),
        Run("05 utf-16 without bom", ("brief", f"{hostile}/05-utf16-nobom")),
        Run("08 single line 1.1 MB", ("brief", str(made / "single-line-1.1mb.txt"))),
        Run("10 scripts only", ("brief", f"{hostile}/10-html-scripts-only")),
        Run("11 broken line, --cluster c1", ("brief", f"{hostile}/11-jsonl-broken-line/broken-middle.jsonl",
                                             "--cluster", "c1")),
        Run("11 one cluster then garbage", ("brief", f"{hostile}/11-jsonl-broken-line/one-cluster-then-garbage.jsonl")),
        Run("12 title a number", ("brief", f"{hostile}/12-jsonl-bad-fields/single/title-int.jsonl",
                                  f"{hostile}/04-truncated-utf8/truncated.txt")),
        Run("12 bad fields, digest", ("digest", f"{hostile}/12-jsonl-bad-fields", "--db", f"{db}-12.db",
                                      "--no-briefs")),
        Run("13 truncated archives, digest", ("digest", f"{hostile}/13-warc-truncated", "--db", f"{db}-13.db",
                                              "--no-briefs")),
        *(Run(f"14 {bomb.name}, digest", ("digest", str(bomb), "--db", f"{db}-14.db", "--no-briefs"))
          for bomb in bombs),
        *(Run(f"14 {bomb.name}, brief", ("brief", str(bomb))) for bomb in bombs[:1]),
        Run("16 folder with a fifo", ("brief", str(made / "16"))),
        Run("16 /dev/zero", ("brief", "/dev/zero", f"{hostile}/04-truncated-utf8/truncated.txt")),
        Run("16 stdin from /dev/zero", ("brief", "-"), stdin="/dev/zero"),
        Run("19 unicode file names", ("brief", str(made / "19"))),
        Run("19 unicode file names, digest", ("digest", str(made / "19"), "--db", f"{db}-19.db", "--no-briefs")),
        Run("21 injection, txt", ("brief", f"{hostile}/21-html-injection/txt", "--format", "html")),
        Run("21 injection, html", ("brief", f"{hostile}/21-html-injection/html", "--format", "html")),
        *(Run(f"22 events on {store.name}", ("events", "--db", str(store)))
          for store in sorted((made / "22").glob("*.db")) if store.name != "real.db"),
        Run("24 same name, digest", ("digest", f"{hostile}/24-id-collision", "--db", f"{db}-24.db", "--no-briefs")),
        Run("24 same name, digest again", ("digest", f"{hostile}/24-id-collision", "--db", f"{db}-24.db",
                                           "--no-briefs")),
        Run("25 12 MB article in JSONL", ("brief", str(made / "huge.jsonl"))),
        Run("empty input name", ("brief", "")),
        Run("closed stdin", ("brief", f"{hostile}/04-truncated-utf8/truncated.txt"), stdin="closed"),
    ]
    return runs


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def measure(run: Run, work: Path, timeout: float, limit_mb: int) -> Measured:
    """Run one command under the harness; what it recorded."""
    command = [sys.executable, str(HOSTILE / "harness.py"), run.name.replace(" ", "_").replace("/", "_"),
               str(timeout), str(limit_mb), "--stdin", run.stdin, "--",
               sys.executable, "-m", "newsbrief.cli", *run.args]
    done = subprocess.run(command, capture_output=True, text=True, env={**_env(), "HARNESS_OUT": str(work / "out")},
                          check=False)
    record = json.loads(done.stdout.strip().splitlines()[-1])
    return Measured(run.name, record["rc"], record["peak_rss_mb"], record["wall_s"], record["killed"],
                    record["traceback"], (record["stderr_head"] or [""])[0][:110])


def main() -> int:
    """Make the inputs, run every reproducer, print the table; exit 1 if one is over the target or crashed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="folder for made inputs and stores (kept); default a temporary one")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds before a run is killed")
    parser.add_argument("--limit-mb", type=int, default=2000, help="memory at which a run is killed")
    parser.add_argument("--only", help="run only reproducers whose name contains this")
    args = parser.parse_args()
    if not HOSTILE.is_dir():
        print(f"no reproducers at {HOSTILE}", file=sys.stderr)
        return 2
    work = args.work or Path(tempfile.mkdtemp(prefix="hostile-"))
    work.mkdir(parents=True, exist_ok=True)
    _make_inputs(work)
    for stale in work.glob("db-*.db*"):
        stale.unlink()
    print(f"{'reproducer':44} {'rc':>4} {'peak MB':>8} {'wall s':>7}  tb  first line of stderr")
    failed = False
    for run in _runs(work):
        if args.only and args.only not in run.name:
            continue
        found = measure(run, work, args.timeout, args.limit_mb)
        bad = found.traceback or found.killed is not None or found.peak_mb >= TARGET_MB
        failed |= bad
        print(f"{found.name:44} {found.rc!s:>4} {found.peak_mb:>8} {found.wall_s:>7.1f}  "
              f"{'TB' if found.traceback else '--'}  {found.killed or found.first_error}"
              + ("   <-- over target" if bad else ""), flush=True)
    print(f"inputs and harness records: {work}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

