"""Who supports what: the articles behind each sentence, and the event's main entities.

Support is counted in *stories*, not articles: a reworded copy of a wire story confirms
nothing its original did not already say (see :mod:`newsbrief.dedup`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsbrief.embed import Vectors
from newsbrief.model import RankedEntity, Sentence

# Titles that precede a name but are not part of it ("Mr. Putin" is Putin).
_HONORIFIC = re.compile(r"^(mr|mrs|ms|dr|gen|president|prime minister|king|queen|sen|rep)\.?\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s$")


@dataclass(frozen=True, slots=True)
class Support:
    """The articles with a sentence saying the same as a given sentence, and how many stories they are."""

    sources: tuple[str, ...]
    stories: int


class SupportIndex:
    """Answers "which articles say this?" for sentences of the articles being briefed.

    Args:
        sentences: All sentences of the articles read (copies included).
        vectors: Their unit vectors, row for row.
        story_of: Article id to story id.
        order: Article ids in input order, for stable source lists.
    """

    def __init__(
        self,
        sentences: Sequence[Sentence],
        vectors: Vectors,
        story_of: Mapping[str, str],
        order: Sequence[str],
    ) -> None:
        self._articles = np.array([order.index(s.article_id) for s in sentences], dtype=np.int64)
        self._vectors = vectors
        self._order = list(order)
        self._story_of = story_of

    def support(self, vector: Vectors, article_id: str, threshold: float) -> Support:
        """The articles supporting a sentence of ``article_id``: itself, plus any with a sentence within
        ``threshold`` cosine of ``vector``."""
        if len(self._vectors):
            close = self._articles[(self._vectors @ vector) >= threshold]
            indices = {int(i) for i in close}
        else:
            indices = set()
        indices.add(self._order.index(article_id))
        sources = tuple(self._order[i] for i in sorted(indices))
        return Support(sources, len({self._story_of[s] for s in sources}))


def rank_entities(
    sentences: Sequence[Sentence], story_of: Mapping[str, str], limit: int = 12
) -> tuple[RankedEntity, ...]:
    """The event's main named entities, most widely reported first.

    Mentions are merged on a normalised name: honorifics and possessives dropped, and a
    person's surname folded into the full name used elsewhere ("Putin" into "Vladimir Putin").
    """
    names: dict[tuple[str, str], str] = {}
    stories: dict[tuple[str, str], set[str]] = defaultdict(set)
    mentions: dict[tuple[str, str], int] = defaultdict(int)
    for sentence in sentences:
        for entity in sentence.entities:
            name = _POSSESSIVE.sub("", _HONORIFIC.sub("", entity.text.strip()))
            if not name or not any(ch.isalpha() for ch in name):
                continue
            key = (name.casefold(), entity.label)
            if key not in names or len(name) > len(names[key]):
                names[key] = name
            stories[key].add(story_of[sentence.article_id])
            mentions[key] += 1
    for key in sorted(names, key=lambda k: len(k[0])):
        full = _full_name(key, names)
        if full is not None:
            stories[full] |= stories.pop(key)
            mentions[full] += mentions.pop(key)
            del names[key]
    ranked = sorted(names, key=lambda k: (-len(stories[k]), -mentions[k], names[k]))
    return tuple(RankedEntity(names[k], k[1], len(stories[k]), mentions[k]) for k in ranked[:limit])


def _full_name(key: tuple[str, str], names: Mapping[tuple[str, str], str]) -> tuple[str, str] | None:
    """The longest other person name ending with this one's words, if this is a bare surname."""
    surname, label = key
    if label != "PERSON" or " " in surname:
        return None
    longer = [k for k in names if k[1] == label and k != key and re.search(rf"[\s-]{re.escape(surname)}$", k[0])]
    return max(longer, key=lambda k: (len(k[0]), k[0])) if longer else None
