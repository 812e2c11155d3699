"""The peers: sumy's algorithms on our sentence splitter, the lead baseline and the oracle."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.config import Config
from newsbrief.evaluate import rouge
from newsbrief.model import Article
from newsbrief.peers import PEERS, Cluster, lead, oracle

STORM = (
    "A powerful storm hit the coast of Texas on Monday. It destroyed hundreds of homes near Houston. "
    "Officials said three people died. Schools will stay closed until Friday."
)
RESCUE = (
    "Rescue teams searched flooded streets in Houston on Tuesday. The storm killed three people and left "
    "thousands without power. Officials opened shelters across the city."
)
CLUSTER = Cluster(
    "storm",
    (Article("a", "a.txt", None, dt.date(2024, 5, 6), STORM), Article("b", "b.txt", None, dt.date(2024, 5, 7), RESCUE)),
    ("A storm hit Texas, killing three people and destroying hundreds of homes near Houston.",),
)
SENTENCES = {s.strip() + "." for text in (STORM, RESCUE) for s in text.split(".") if s.strip()}


@pytest.mark.parametrize("name", ["lexrank", "textrank", "lsa", "klsum", "sumbasic"])
def test_sumy_peers_extract_whole_sentences_up_to_the_budget(name: str) -> None:
    summary = PEERS[name](CLUSTER, Config(summary_words=12))
    picked = [s.strip() + "." for s in summary.split(".") if s.strip()]
    assert picked and set(picked) <= SENTENCES
    # best-rated sentences until 12 words are reached: never more than one sentence past the budget
    assert len(" ".join(picked[:-1]).split()) < 12


def test_lead_takes_the_newest_article() -> None:
    assert lead(CLUSTER, Config(summary_words=10)).startswith("Rescue teams searched flooded streets in Houston")


def test_oracle_picks_what_the_reference_says() -> None:
    summary = oracle(CLUSTER, Config(summary_words=20))
    # picked in order of gain: the reference's "hundreds of homes near Houston", then its "killing three people"
    assert summary.startswith("It destroyed hundreds of homes near Houston. The storm killed three people")
    best_peer = max(rouge(PEERS[n](CLUSTER, Config(summary_words=20)), CLUSTER.references, 20).rouge2_recall
                    for n in PEERS if n != "oracle")
    assert rouge(summary, CLUSTER.references, 20).rouge2_recall >= best_peer
