"""What a command costs from a cold start: wall time and peak memory of fresh processes (issues 17, 18).

Each command runs ``--runs`` times (5 by default) in a fresh ``python -m newsbrief.cli`` process and
the medians are printed: ``--help``, ``--version``, ``brief`` of ../shared/seeds (as JSON), and
``events`` of a small store (five seed articles, digested once beforehand, not timed). Peak memory
is the child's maximum resident set (``wait4``'s ``ru_maxrss``). Targets: ``--help`` within 0.3 s
(issue 18), ``brief`` of the seeds within 400 MB (issue 18) and 500 MB (issue 17).

The code measured is the ``src`` folder given with ``--src`` (by default this checkout's), so one
script compares two trees in one run::

    python benchmarks/startup.py                       # this checkout
    python benchmarks/startup.py --src ../main/src     # another tree, e.g. before a change

A command the tree does not have (``--version`` before it existed) shows its exit code instead.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
STORE_ARTICLES = 5


@dataclass(frozen=True, slots=True)
class Cost:
    """One fresh process: its exit code, wall time in seconds and peak resident memory in MB."""

    code: int
    seconds: float
    peak_mb: float


def run(src: Path, args: list[str]) -> Cost:
    """Run ``newsbrief ARGS`` from the tree ``src`` in a fresh process, its output discarded."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "newsbrief.cli", *args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # wait4 gives this child's own peak, where getrusage(RUSAGE_CHILDREN) keeps the largest child's so far
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Cost(process.returncode, seconds, usage.ru_maxrss / 1024)


def median_cost(src: Path, args: list[str], runs: int) -> str:
    """The medians of ``runs`` fresh processes, as a table row's figures."""
    costs = [run(src, args) for _ in range(runs)]
    failed = [c.code for c in costs if c.code != 0]
    if failed:
        return f"exit code {failed[0]}"
    seconds = statistics.median(c.seconds for c in costs)
    peak = statistics.median(c.peak_mb for c in costs)
    return f"{seconds:6.2f} s  {peak:6.0f} MB   (wall {min(c.seconds for c in costs):.2f}-" \
           f"{max(c.seconds for c in costs):.2f} s)"


def small_store(src: Path, folder: Path) -> Path:
    """A store of the first seed articles, digested (with briefs) by the tree ``src``."""
    articles = folder / "articles"
    articles.mkdir()
    for path in sorted(SEEDS.iterdir())[:STORE_ARTICLES]:
        shutil.copy(path, articles / path.name)
    store = folder / "store.db"
    if run(src, ["digest", str(articles), "--db", str(store)]).code != 0:
        raise SystemExit(f"digest of {articles} into {store} failed with the tree {src}")
    return store


def main() -> None:
    """Print the median cost of each command for the tree given (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the src folder of the tree to measure")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per command")
    args = parser.parse_args()
    src = args.src.resolve()
    if not (src / "newsbrief" / "cli.py").is_file():
        raise SystemExit(f"{src} holds no newsbrief package; give the src folder of a checkout with --src")
    if not SEEDS.is_dir():
        raise SystemExit(f"no seed articles at {SEEDS}")
    print(f"tree {src}, medians of {args.runs} fresh processes (python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})")
    with tempfile.TemporaryDirectory(prefix="newsbrief-startup-") as work:
        store = small_store(src, Path(work))
        commands = {
            "--help": ["--help"],
            "--version": ["--version"],
            "brief seeds (json)": ["brief", str(SEEDS), "--format", "json"],
            f"events ({STORE_ARTICLES}-article store)": ["events", "--db", str(store)],
        }
        for name, command in commands.items():
            print(f"{name:28} {median_cost(src, command, args.runs)}", flush=True)


if __name__ == "__main__":
    main()
