"""Briefing an event again when an article joins it: with its old articles' sentences from the
store, against reading every article anew (the store's sentences cleared), in the same run.

The seeds' first four articles are digested, then the fifth joins their event and the second
digest's brief time is measured, each run in a fresh process (models loaded cold, as a daily run
would); medians of --repeat runs, the two ways alternating.

    python benchmarks/rebrief_speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _child(db: str, folder: str) -> None:
    from newsbrief.config import Config
    from newsbrief.digest import digest
    from newsbrief.store import open_store

    with open_store(Path(db)) as store:
        print(digest([folder], store, Config()).seconds["brief"])


def _brief_seconds(db: Path, folder: Path) -> float:
    out = subprocess.run([sys.executable, __file__, "--child", str(db), str(folder)], check=True,
                         capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    seconds: dict[str, list[float]] = {"stored sentences": [], "reading all anew": []}
    seeds = sorted(SEEDS.iterdir())
    for _ in range(args.repeat):
        for way, found in seconds.items():
            with tempfile.TemporaryDirectory() as temporary:
                folder, db = Path(temporary) / "in", Path(temporary) / "news.db"
                folder.mkdir()
                for path in seeds[:-1]:
                    shutil.copy(path, folder)
                _brief_seconds(db, folder)
                shutil.copy(seeds[-1], folder)
                if way == "reading all anew":
                    with sqlite3.connect(db) as connection:
                        connection.execute("DELETE FROM sentences")
                found.append(_brief_seconds(db, folder))
    for way, found in seconds.items():
        print(f"{way}: {statistics.median(found):.2f} s to brief the grown event (median of {args.repeat})")
    print(f"reading all anew / stored sentences: "
          f"{statistics.median(seconds['reading all anew']) / statistics.median(seconds['stored sentences']):.2f}x")


if __name__ == "__main__":
    main()
