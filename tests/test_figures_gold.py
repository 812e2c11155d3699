"""Hand-checked figure disagreements of ../shared/data clusters (tests/figures_gold.py)."""

from __future__ import annotations

import pytest

from conftest import DATA, shared_or_skip
from figures_gold import CLUSTERS, DATASET, GOLD, found_by
from newsbrief.config import Config
from newsbrief.evaluate import Cluster, load_clusters
from newsbrief.ingest import Inputs
from newsbrief.model import Event
from newsbrief.pipeline import brief_inputs


@pytest.fixture(scope="module")
def clusters() -> dict[str, Cluster]:
    return {c.id: c for c in load_clusters(shared_or_skip(DATA) / DATASET / "dev.jsonl") if c.id in CLUSTERS}


def _event(cluster: Cluster) -> Event:
    return brief_inputs(Inputs(cluster.articles, ()), Config()).events[0]


def test_gold_set_covers_fifteen_clusters_and_still_matches_the_data(clusters: dict[str, Cluster]) -> None:
    assert len(CLUSTERS) >= 15 and {g.cluster for g in GOLD} <= set(CLUSTERS)
    texts = {a.id: a.text for c in clusters.values() for a in c.articles}
    for gold in GOLD:
        assert len({s.value for s in gold.claims}) >= 2, gold.about
        for stated in gold.claims:
            assert stated.matches(texts[stated.doc_id]), f"the data moved: {gold.about} in {stated.doc_id}"


@pytest.mark.parametrize("cluster_id", ["duc2004-d30010t", "duc2004-d30015t"])
def test_injured_and_refugee_counts_that_differ_are_found(clusters: dict[str, Cluster], cluster_id: str) -> None:
    event = _event(clusters[cluster_id])
    [gold] = [g for g in GOLD if g.cluster == cluster_id]
    # Refugees of a war still going may be told as an update: both show the figures side by side.
    assert any(found_by(f, gold) for f in (*event.disagreements, *event.updates))


def test_a_precise_toll_and_its_rounding_are_no_disagreement(clusters: dict[str, Cluster]) -> None:
    # 213 dead in Nairobi and "more than 200"; 26 killed in Afghanistan and 11 in Dar es Salaam.
    event = _event(clusters["duc2004-d30005t"])
    assert not [f for f in event.disagreements if f.about == "killed"]
    assert any({c.value for c in f.claims} == {213.0, 200.0} for f in event.agreements)
