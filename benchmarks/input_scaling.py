"""How a brief's time and memory grow with its input: one long article, and many one-line files.

    python benchmarks/input_scaling.py [--cases 1mb,3mb,9.9mb,500,1500,5000] [--folder /tmp/newsbrief-scaling]

Each case is generated under ``--folder`` (deterministically, from a seeded generator) and briefed by
``newsbrief brief --format json`` in a fresh process; the figures are the wall time of that process and
its peak resident memory (``ru_maxrss`` of the child). The generated text is ordinary news prose made of
varied sentences, so neither the duplicate check nor the text-keyed caches of sentences and vectors make
it cheap. Issue 17: before its fix 1 MB took 101 s, 9.9 MB and 5,000 files no brief in 10 minutes.

The articles are cut and sampled by ``Config.max_article_words`` and ``Config.max_event_articles``: below
them the figures grow with the input (the small cases), past them only with the part of the input that is
still read in full (cleaning, the language and duplicate checks), and stay bounded.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

_PLACES = ["Damascus", "Aleppo", "Homs", "Idlib", "Beirut", "Amman", "Ankara", "Moscow", "Geneva", "Raqqa"]
_PEOPLE = ["Vladimir Putin", "Bashar al-Assad", "Recep Tayyip Erdogan", "Antonio Guterres", "Sergei Lavrov",
           "Staffan de Mistura", "Hassan Rouhani", "Mike Pompeo", "Emmanuel Macron", "Angela Merkel"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_VERBS = ["met", "called", "criticised", "praised", "warned", "visited", "thanked", "urged"]
_TOPICS = ["the ceasefire", "the talks", "aid convoys", "the offensive", "the refugees", "the reconstruction",
           "the sanctions", "the border crossings", "the prisoner exchange", "the new constitution"]
# Below the caps (an article of 2,400-9,700 words, 25-100 files) what is read grows with the input; above
# them only cleaning and the language and duplicate checks do. "1" is the cost of loading the models.
_CASES = {"1": ("files", 1),
          "16kb": ("article", 16_000), "32kb": ("article", 32_000), "64kb": ("article", 64_000),
          "1mb": ("article", 1_000_000), "3mb": ("article", 3_000_000), "9.9mb": ("article", 9_900_000),
          "25": ("files", 25), "50": ("files", 50), "100": ("files", 100),
          "500": ("files", 500), "1500": ("files", 1_500), "5000": ("files", 5_000),
          # the most one event reads by default: 120 articles of about 600 words, 30,000 words read
          "120x4kb": ("articles", 120)}


def _sentence(rng: random.Random) -> str:
    return (f"{rng.choice(_PEOPLE)} {rng.choice(_VERBS)} {rng.choice(_PEOPLE)} in {rng.choice(_PLACES)} on "
            f"{rng.choice(_DAYS)} about {rng.choice(_TOPICS)}, and {rng.randint(2, 9_999):,} people "
            f"{rng.choice(['gathered', 'fled', 'waited', 'protested'])} near {rng.choice(_PLACES)}, officials said.")


def make_article(path: Path, size: int, seed: int = 17) -> Path:
    """An article of ordinary paragraphs (3-6 sentences each) of about ``size`` bytes."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < size:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    path.write_text("\n\n".join(paragraphs)[:size], encoding="utf-8")
    return path


def make_articles(folder: Path, count: int) -> Path:
    """``count`` different articles of about 600 words (4,200 bytes) each, in a folder of their own."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        make_article(folder / f"a{n:03d}.txt", 4_200, seed=n)
    return folder


def make_files(folder: Path, count: int, seed: int = 17) -> Path:
    """``count`` one-line articles, each one sentence, in a folder of their own."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for n in range(count):
        (folder / f"line{n:05d}.txt").write_text(_sentence(rng) + "\n", encoding="utf-8")
    return folder


_RUN = """
import resource, sys, time
from newsbrief.cli import main
start = time.perf_counter()
try:
    code = main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
seconds = time.perf_counter() - start
print(f"{seconds:.1f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} {code}", file=sys.stderr)
"""


def run(inputs: Path, output: Path) -> tuple[float, float, str]:
    """Wall seconds of a fresh process briefing ``inputs``, its peak resident MB, and its exit code."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _RUN, "brief", str(inputs), "--format", "json", "--out", str(output)],
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    report = (done.stderr.strip().splitlines() or [""])[-1].split()  # the child's last line: seconds, MB, exit code
    if len(report) != 3:
        return seconds, float("nan"), "?"
    return seconds, float(report[1]), report[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(_CASES), help="comma-separated cases: " + ", ".join(_CASES))
    parser.add_argument("--folder", type=Path, default=Path("/tmp/newsbrief-scaling"))
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    print(f"{'case':>8} {'input MB':>9} {'words':>10} {'seconds':>8} {'peak MB':>8}  account of the largest input")
    for name in args.cases.split(","):
        kind, size = _CASES[name]
        if kind == "article":
            inputs = make_article(args.folder / f"article-{name}.txt", size)
            megabytes = inputs.stat().st_size / 1e6
            words = len(inputs.read_text(encoding="utf-8").split())
        else:
            maker = make_files if kind == "files" else make_articles
            inputs = maker(args.folder / f"{kind}-{name}", size)
            texts = [p.read_text(encoding="utf-8") for p in inputs.glob("*.txt")]
            megabytes = sum(len(t.encode()) for t in texts) / 1e6
            words = sum(len(t.split()) for t in texts)
        output = args.folder / f"brief-{name}.json"
        seconds, peak, code = run(inputs, output)
        print(f"{name:>8} {megabytes:>9.2f} {words:>10,} {seconds:>8.1f} {peak:>8.0f}  {_note(output, code)}",
              flush=True)


def _note(output: Path, code: str) -> str:
    """The statuses of the inputs, and the account line of a cut or left-out one."""
    if code != "0" or not output.exists():
        return f"exit {code}"
    brief = json.loads(output.read_text(encoding="utf-8"))
    accounts = brief["articles"]
    statuses: dict[str, int] = {}
    for account in accounts:
        statuses[account["status"]] = statuses.get(account["status"], 0) + 1
    reasons = sorted({a["reason"].split("; ")[-1] for a in accounts
                      if "cut to" in a["reason"] or "not read" in a["reason"]})
    return ", ".join(f"{v} {k}" for k, v in sorted(statuses.items())) + (f" ({reasons[0]})" if reasons else "")


if __name__ == "__main__":
    main()
