"""Which articles and paragraphs belong to the event."""

from __future__ import annotations

import numpy as np

from newsbrief.cluster import event_names, naming_paragraphs, off_topic_articles, paragraph_relevance
from newsbrief.config import Config
from newsbrief.embed import centroid, load_embedder
from newsbrief.model import Entity, Sentence


def test_article_about_another_event_is_off_topic() -> None:
    texts = ["Putin met Assad in Damascus on Tuesday.", "Russian President Putin visited Syria and met Assad.",
             "Assad hosted Putin at a Russian command post in Damascus.",
             "A 6.4-magnitude earthquake struck Puerto Rico before dawn, killing one man."]
    vectors = load_embedder().embed(texts)
    off = off_topic_articles(["a", "b", "c", "quake"], vectors, [1, 1, 1, 1], threshold=0.3)
    assert list(off) == ["quake"]
    assert off["quake"] < 0.3


def test_single_article_is_never_off_topic() -> None:
    assert off_topic_articles(["a"], np.ones((1, 4), dtype=np.float32) / 2, [3], 0.9) == {}


def test_of_two_unrelated_articles_the_longer_is_the_story() -> None:
    vectors = np.eye(2, 4, dtype=np.float32)
    assert off_topic_articles(["widget", "story"], vectors, [2, 30], 0.3) == {"widget": 0.0}


def test_paragraph_confirmed_by_another_outlet_is_relevant() -> None:
    own = ["Putin met Assad in Damascus.", "Germany moved 35 soldiers out of Iraq to Jordan.",
           "More than 400,000 people have been killed in Syria's civil war."]
    other = ["Putin and Assad met at a command post in Damascus.",
             "Nearly half a million people have been killed in Syria's civil war."]
    embedder = load_embedder()
    sentences = [Sentence("a", paragraph, paragraph, text) for paragraph, text in enumerate(own)]
    others = embedder.embed(other)
    relevance = paragraph_relevance(sentences, embedder.embed(own), others, centroid(others))
    assert relevance[2] > 0.8
    assert relevance[1] < 0.6  # background no other outlet gives: well below the confirmed paragraph


def test_a_lone_article_opening_with_short_lines_is_compared_with_its_first_sentences() -> None:
    # Button labels left on top of a page are no reference: the opening is the first paragraphs of text.
    own = ["Tweet", "Send", "Link",
           "Floodwaters cut off the mountain town of Valley Town on Friday after the only bridge collapsed.",
           "Rescue teams in boats evacuated 140 people from houses on the river bank.",
           "The river rose by more than two metres overnight after three days of heavy rain."]
    embedder = load_embedder()
    sentences = [Sentence("a", paragraph, paragraph, text) for paragraph, text in enumerate(own)]
    empty = np.zeros((0, embedder.embed(["x"]).shape[1]), dtype=np.float32)
    relevance = paragraph_relevance(sentences, embedder.embed(own), empty, None)
    assert min(relevance[p] for p in (3, 4, 5)) >= Config().off_topic_paragraph, relevance
    assert max(relevance[p] for p in (0, 1, 2)) < min(relevance[p] for p in (3, 4, 5)), relevance


def test_a_lone_article_opening_with_short_lines_is_compared_with_a_lead_s_worth_of_words() -> None:
    # A review that opens with its cast: three short lines are no lead, so the opening runs into the text.
    own = ["The Man John Doe", "The Boy Tom Roe", "The Old Man Sam Poe",
           "The film follows a father and his son walking south through a burned America after an unnamed disaster.",
           "Doe plays the father with a quiet, wasted intensity, and Roe matches him scene for scene.",
           "The director keeps the camera close and the colours grey, so the rare sunlit flashbacks hurt.",
           "It is a hard film to watch, and an easy one to admire."]
    embedder = load_embedder()
    sentences = [Sentence("a", paragraph, paragraph, text) for paragraph, text in enumerate(own)]
    empty = np.zeros((0, embedder.embed(["x"]).shape[1]), dtype=np.float32)
    relevance = paragraph_relevance(sentences, embedder.embed(own), empty, None)
    assert min(relevance[p] for p in (5, 6)) >= Config().off_topic_paragraph, relevance


def test_a_paragraph_with_no_embedded_sentence_is_not_scored_and_so_kept() -> None:
    vectors = np.array([[1, 0], [0, 0]], dtype=np.float32)
    sentences = [Sentence("a", 0, 0, "Floodwaters cut off the town."),
                 Sentence("a", 1, 1, "The bridge had stood since 1890.")]
    relevance = paragraph_relevance(sentences, vectors, np.array([[1, 0]], dtype=np.float32), np.array([1, 0]))
    assert relevance == {0: 1.0}


def test_a_paragraph_naming_the_events_people_by_part_of_a_name_names_the_event() -> None:
    told = [Sentence("a", 0, 0, "Judge Lou Olivera spent the night in a cell with the veteran he had sentenced.",
                     (Entity("Lou Olivera", "PERSON"),)),
            Sentence("a", 1, 1, "The Seattle Reign said its players could choose how to honour the anthem.",
                     (Entity("the Seattle Reign", "ORG"),)),
            Sentence("a", 2, 2, "Mr. Tran, a Kenyan, spoke.", (Entity("Mr. Tran", "PERSON"), Entity("Kenyan", "NORP")))]
    names = event_names(told)
    assert names == {"lou olivera", "lou", "olivera", "seattle reign", "mr. tran", "tran"}
    paragraphs = [
        Sentence("b", 5, 9, "Olivera said he had never done it before.", (Entity("Olivera", "ORG"),)),
        Sentence("b", 6, 10, "The Reign's statement followed.", (Entity("the Seattle Reign’s", "ORG"),)),
        Sentence("b", 7, 11, "Download the Click2Houston app.", (Entity("Click2Houston", "ORG"),)),
        Sentence("b", 8, 12, "Mr. Ruiz, a Kenyan, scored twice.",
                 (Entity("Mr. Ruiz", "PERSON"), Entity("Kenyan", "NORP"))),
        Sentence("b", 9, 13, "Authorities say the investigation is ongoing.", ()),
    ]
    # a title is no name, and a people (NORP) is shared by the stories of many events
    assert naming_paragraphs(paragraphs, names) == {5, 6}
