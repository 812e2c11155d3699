"""Which sentences a brief embeds (pipeline._needs_vector): those its decisions compare by meaning."""

from __future__ import annotations

import dataclasses

from newsbrief.config import Config
from newsbrief.model import Sentence
from newsbrief.pipeline import _needs_vector

_CONFIG = dataclasses.replace(Config(), embed_lead_sentences=2)


def _article(article_id: str, texts: list[str]) -> list[Sentence]:
    return [Sentence(article_id, 0, position, text) for position, text in enumerate(texts)]


def test_leads_dates_hedges_and_neighbours_in_words_are_embedded_and_nothing_else() -> None:
    wire = _article("wire", [
        "A ferry carrying 300 passengers sank off the coast of Marnia.",
        "Rescue boats searched the cold water through the night.",
        "The shipping company has run ferries on the route for forty years.",  # background: not embedded
        "The ferry left the port of Tarn on Tuesday evening.",  # dates a happening
        "The captain was reportedly drunk.",  # a hedged claim
        "Divers found the wreck of the ferry carrying the passengers off the Marnia coast.",
    ])
    other = _article("other", [
        "Divers found the wreck of the sunken ferry off the coast of Marnia.",
        "Families waited at the harbour for news.",
        "The company's chairman is a keen sailor and golfer.",
    ])
    needed = _needs_vector([*wire, *other], _CONFIG).tolist()
    assert needed[:6] == [True, True, False, True, True, True]  # the last: close in words to other's lead
    assert needed[6:] == [True, True, False]


def test_every_sentence_is_embedded_when_all_are_anchors_or_none_are() -> None:
    lone = _article("lone", ["The strike ended.", "Trains ran again."])
    assert _needs_vector(lone, _CONFIG).tolist() == [True, True]
