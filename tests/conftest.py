"""Shared paths and a fast way to brief small texts."""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# No property test is timed: CI machines are shared and a first call pays for imports and caches
# (test_decode_gives_text_or_a_reason once took 302 ms against hypothesis's default 200 ms deadline).
settings.register_profile("newsbrief", deadline=None)
settings.load_profile("newsbrief")


@pytest.fixture(autouse=True)
def _ctrl_c_restored() -> Iterator[None]:
    """Each test leaves Ctrl-C as Python sets it. A library that leaves it ignored (a browser
    driver, an in-process server) made every later subprocess start ignoring it too, so the
    Ctrl-C test's digest ran to its end (exit status 0) in the full suite and passed alone."""
    yield
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        signal.signal(signal.SIGINT, signal.default_int_handler)


ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"


def shared_or_skip(path: Path) -> Path:
    """The path under ../shared, or skip the test where the shared data is not beside the clone."""
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def cluster(dataset: str, index: int = 0) -> dict[str, object]:
    """One cluster record of a ../shared/data dataset (dev split)."""
    path = shared_or_skip(DATA / dataset / "dev.jsonl")
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number == index:
                return dict(json.loads(line))
    raise IndexError(index)


@pytest.fixture(scope="session")
def seeds() -> Path:
    return shared_or_skip(SEEDS)
