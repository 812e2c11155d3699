"""ROUGE scoring pinned to the reference package, the published systems' known ranking, the CLI,
and a quality gate on a fixed dev subset."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from conftest import DATA, shared_or_skip
from newsbrief.cli import SYSTEMS, main
from newsbrief.config import Config
from newsbrief.evaluate import OURS, SUMMARIZERS, evaluate, report, rouge

# newsbrief on the first 5 DUC 2004 dev clusters measured 36.84 R-1 / 9.64 R-2 recall (2026-11-21, after
# concept coverage; 36.2 / 9.3 before); the floors, raised from 0.34 / 0.075, leave room for platform noise in
# the models' arithmetic. Lower one only on purpose, saying why in the commit.
GATE_CLUSTERS = 5
GATE_SHA1 = "35e6d366d03a1f476f4842bf50ee55a1e0335152"
FLOOR_R1, FLOOR_R2 = 0.355, 0.085


def test_rouge_is_recall_cut_and_averaged_over_references() -> None:
    references = ["putin meets assad in damascus", "putin visits syria"]
    scores = rouge("Putin meets Assad in Damascus today and more words here", references, words=5)
    # unigram recall against each reference: 5/5 and 1/3; bigrams: 4/4 and 0/2; LCS: 5/5 and 1/3.
    assert scores.rouge1_recall == pytest.approx((1 + 1 / 3) / 2)
    assert scores.rouge2_recall == pytest.approx(0.5)
    assert scores.rougeL_recall == pytest.approx((1 + 1 / 3) / 2)
    # precision of the 5 words kept: 5/5 and 1/5, so F1 is 1 and 2 * (1/3 * 1/5) / (1/3 + 1/5) = 0.25.
    assert scores.rouge1_f == pytest.approx((1 + 0.25) / 2)


def test_published_duc2004_systems_rank_as_published() -> None:
    """Hong et al. (2014) report, on ROUGE-2 recall: Lead lowest; LexRank and Centroid below ICSISumm,
    RegSum and DPP. Our scorer must reproduce that order on the dev clusters."""
    dataset = shared_or_skip(DATA / "duc2004_task2" / "dev.jsonl")
    result = evaluate(dataset, Config(), systems=(), published=dataset.parent / "system_summaries.dev.jsonl")
    r2 = {s.system: s.rouge.rouge2_recall for s in result.scores}
    assert len(r2) == 13 and all(s.clusters == 30 for s in result.scores)
    assert min(r2, key=r2.__getitem__) == "Lead"
    for weaker in ("LexRank", "Centroid"):
        for stronger in ("ICSISumm", "RegSum", "DPP"):
            assert r2[weaker] < r2[stronger], (weaker, stronger)
    assert r2["Lead"] == pytest.approx(0.0648, abs=0.002)


def test_peers_and_published_are_scored_beside_ours() -> None:
    dataset = shared_or_skip(DATA / "duc2004_task2" / "dev.jsonl")
    result = evaluate(dataset, Config(), systems=(OURS, "lead", "oracle"), limit=2,
                      published=dataset.parent / "system_summaries.dev.jsonl")
    systems = {s.system: s for s in result.scores}
    assert {OURS, "lead", "oracle", "Lead", "ICSISumm"} <= set(systems)
    assert all(s.clusters == 2 for s in systems.values())
    # Our lead baseline is DUC's: the first 100 words of the most recent article.
    assert systems["lead"].rouge == systems["Lead"].rouge
    r2 = {name: s.rouge.rouge2_recall for name, s in systems.items()}
    assert r2["oracle"] > r2[OURS] > r2["lead"]
    assert systems[OURS].seconds is not None and systems["Lead"].seconds is None
    assert len(result.clusters) == 2 * len(systems)
    assert "newsbrief" in report(result)


def test_cli_lists_every_summarizer() -> None:
    assert tuple(SUMMARIZERS) == SYSTEMS


def test_cli_writes_per_cluster_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dataset = shared_or_skip(DATA / "duc2004_task2" / "dev.jsonl")
    out = tmp_path / "results.json"
    assert main(["eval", str(dataset), "--limit", "2", "--systems", "lead,oracle", "--json", str(out)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[1].split()[:5] == ["system", "clusters", "R1-R", "R2-R", "RL-R"]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["system"] for s in data["scores"]] == ["oracle", "lead"]
    assert {c["cluster"] for c in data["clusters"]} == {"duc2004-d30005t", "duc2004-d30006t"}
    assert all(0 < c["rouge"]["rouge1_recall"] < 1 for c in data["clusters"])


def test_cli_refuses_unknown_system(capsys: pytest.CaptureFixture[str]) -> None:
    dataset = shared_or_skip(DATA / "duc2004_task2" / "dev.jsonl")
    assert main(["eval", str(dataset), "--systems", "gpt"]) == 1
    assert capsys.readouterr().err.startswith("newsbrief: unknown system gpt; choose from newsbrief, lexrank")


def test_forty_words_scores_the_headline() -> None:
    dataset = shared_or_skip(DATA / "duc2004_task2" / "dev.jsonl")
    result = evaluate(dataset, Config(summary_words=40), limit=1)
    assert "scored by its headline" in report(result)
    assert result.score(OURS).rouge.rouge1_recall > 0.1


def test_quality_gate_on_duc2004_dev_subset() -> None:
    dataset = shared_or_skip(DATA / "duc2004_task2" / "dev.jsonl")
    subset = "\n".join(dataset.read_text(encoding="utf-8").splitlines()[:GATE_CLUSTERS])
    assert hashlib.sha1(subset.encode()).hexdigest() == GATE_SHA1, "the gate's clusters changed"
    ours = evaluate(dataset, Config(), limit=GATE_CLUSTERS).score(OURS).rouge
    assert ours.rouge1_recall >= FLOOR_R1
    assert ours.rouge2_recall >= FLOOR_R2
