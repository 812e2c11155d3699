"""Settings are validated when made, with messages that say what is wrong."""

from __future__ import annotations

import dataclasses

import pytest

from newsbrief.config import Config
from newsbrief.model import NewsbriefError


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"summary_words": 0}, "summary length must be at least 1 word, got 0"),
        ({"headline_words": 200}, "headline limit must be within 5-100 words, got 200"),
        ({"copy_coverage": 1.5}, r"copy_coverage must be in \[0.0, 1.0\], got 1.5"),
        ({"support_weight": -0.1}, r"support_weight must be in \[0.0, 1.0\], got -0.1"),
        ({"fetch_timeout": 0.0}, "fetch_timeout must be positive seconds, got 0.0"),
        ({"host_delay": -1.0}, "host_delay must be 0 seconds or more, got -1.0"),
        ({"fetch_retries": -1}, "fetch_retries must be 0 or more, got -1"),
        ({"max_fetch_bytes": 0}, "max_fetch_bytes must be positive, got 0"),
        ({"sentence_vectors": "glove"}, "sentence_vectors must be .minilm., .static. or .hybrid., got .glove."),
        ({"hybrid_shortlist": 0}, "hybrid_shortlist must be at least 1, got 0"),
        ({"user_agent": "bot\nX-Evil: 1"}, "user_agent must be one line of printable text"),
    ],
)
def test_bad_settings_are_refused(change: dict[str, object], message: str) -> None:
    with pytest.raises(NewsbriefError, match=message):
        Config(**change)  # type: ignore[arg-type]


def test_variants_are_made_with_replace() -> None:
    shorter = dataclasses.replace(Config(), summary_words=60)
    assert shorter.summary_words == 60 and Config().summary_words == 100
    with pytest.raises(dataclasses.FrozenInstanceError):
        shorter.summary_words = 10  # type: ignore[misc]


def test_seconds_are_not_shares() -> None:
    slow = Config(fetch_timeout=60.0, host_delay=5.0, retry_wait=2.0)
    assert (slow.fetch_timeout, slow.host_delay, slow.retry_wait) == (60.0, 5.0, 2.0)
