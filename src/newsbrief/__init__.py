"""newsbrief: trustworthy, cited briefs of news events from piles of articles.

>>> from newsbrief import brief
>>> result = brief(["../shared/seeds"])  # doctest: +SKIP
>>> result.events[0].headline  # doctest: +SKIP
"""

from newsbrief.config import Config
from newsbrief.model import Account, Brief, Event, NewsbriefError, RankedEntity, Removed, Status, SummarySentence
from newsbrief.pipeline import brief

__all__ = [
    "Account",
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
