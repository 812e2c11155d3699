"""Which sentences a brief embeds (pipeline._needs_vector, pipeline._refined): those its decisions compare by
meaning."""

from __future__ import annotations

import dataclasses

import numpy as np

from newsbrief.config import Config
from newsbrief.embed import load_embedder, load_static_embedder
from newsbrief.model import Sentence
from newsbrief.pipeline import _needs_vector, _refined

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


def test_hybrid_embeds_with_minilm_the_shortlist_openings_dates_and_their_neighbours_only() -> None:
    wire = _article("wire", [
        "A ferry carrying 300 passengers sank off the coast of Marnia late at night.",
        "Rescue boats searched the cold dark water for survivors through the night.",
        "The shipping company has run ferries on the long island route for forty years.",
        "The ferry left the port of Tarn on Tuesday evening with a full load of cars.",  # dates a happening
        "Its chairman, a keen sailor and golfer, owns three racing yachts and a horse.",
        "Divers found the wreck of the ferry carrying the passengers off the Marnia coast.",
    ])
    other = _article("other", [
        "Divers found the wreck of the sunken ferry off the rocky coast of Marnia.",
        "Families waited at the harbour all day for news of their relatives.",
        "Officials said the storm had closed the port to every other ship that day.",
    ])
    sentences = [*wire, *other]
    coarse = load_static_embedder().embed([s.text for s in sentences])
    coarse[2] = 0.0  # a sentence the brief did not embed is none of the shortlist, and gets no MiniLM vector
    config = dataclasses.replace(Config(), sentence_vectors="hybrid", hybrid_shortlist=3)
    event = coarse.mean(axis=0) / np.linalg.norm(coarse.mean(axis=0))
    vectors, shortlist, direction = _refined(sentences, coarse, event, {"wire": "wire", "other": "other"},
                                             ["wire", "other"], config)
    listed = shortlist.any(axis=1)
    embedded = vectors.any(axis=1)
    assert listed.sum() == 3 and not listed[2]
    assert np.allclose(shortlist[listed], vectors[listed])
    # MiniLM's vectors, not the static ones: the same as embedding the sentence alone
    row = int(np.flatnonzero(listed)[0])
    assert np.allclose(vectors[row], load_embedder().embed([sentences[row].text])[0], atol=1e-5)
    assert embedded[[0, 1, 3, 6, 7]].all()  # the openings of both articles and the dated sentence
    assert not embedded[2]
    assert abs(float(np.linalg.norm(direction)) - 1.0) < 1e-5
    # The background sentence that shares no words with the other article is embedded only if shortlisted.
    assert embedded[4] == listed[4]
    # close in words ("port") only to the dated sentence, whose neighbours no decision compares it with
    assert not embedded[8] or listed[8]
