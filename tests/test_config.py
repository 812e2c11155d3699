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
