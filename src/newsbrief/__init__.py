"""newsbrief: trustworthy, cited briefs of news events from piles of articles.

>>> from newsbrief import brief
>>> result = brief(["../shared/seeds"])  # doctest: +SKIP
>>> result.events[0].headline  # doctest: +SKIP

The public names are imported on first use (PEP 562), so ``import newsbrief`` and commands
that never brief (``newsbrief --help``, ``newsbrief events``) do not load spaCy or onnxruntime.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsbrief.config import Config
    from newsbrief.model import (
        Account,
        Article,
        Brief,
        Event,
        NewsbriefError,
        RankedEntity,
        Removed,
        Status,
        SummarySentence,
    )
    from newsbrief.pipeline import brief

# Each public name and the module that defines it.
_PUBLIC = {
    "Account": "newsbrief.model",
    "Article": "newsbrief.model",
    "Brief": "newsbrief.model",
    "Config": "newsbrief.config",
    "Event": "newsbrief.model",
    "NewsbriefError": "newsbrief.model",
    "RankedEntity": "newsbrief.model",
    "Removed": "newsbrief.model",
    "Status": "newsbrief.model",
    "SummarySentence": "newsbrief.model",
    "brief": "newsbrief.pipeline",
}

__all__ = [
    "Account",
    "Article",
    "Brief",
    "Config",
    "Event",
    "NewsbriefError",
    "RankedEntity",
    "Removed",
    "Status",
    "SummarySentence",
    "brief",
]


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")
    return getattr(importlib.import_module(_PUBLIC[name]), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_PUBLIC])
