"""ROUGE scoring pinned to the reference package, the published systems' known ranking, the CLI,
a quality gate on a fixed dev subset, and the headline scoring against DUC Task 1's human headlines."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import astuple
from pathlib import Path

import pytest

from conftest import DATA, shared_or_skip
from newsbrief import cli
from newsbrief.cli import SYSTEMS, main
from newsbrief.config import Config
from newsbrief.evaluate import (
    HEADLINE_SYSTEMS,
    HUMAN_ONE,
    HUMAN_ORACLE,
    OURS,
    SUMMARIZERS,
    HeadlineRouge,
    HeadlineScorer,
    _event,
    evaluate,
    evaluate_headlines,
    headline_report,
    load_clusters,
    report,
    rouge,
)
from newsbrief.model import Article, NewsbriefError
from newsbrief.peers import first_sentence, newest, oldest

# newsbrief on the first 5 DUC 2004 dev clusters measured 36.84 R-1 / 9.64 R-2 recall (2026-11-21, after
# concept coverage; 36.2 / 9.3 before); the floors, raised from 0.34 / 0.075, leave room for platform noise in
# the models' arithmetic. Lower one only on purpose, saying why in the commit. R-1 0.355 -> 0.35 (2026-11-30):
# on these 5, parses taking their paragraph's entities moved them 35.98 -> 36.32 R-1, 9.34 -> 9.09 R-2, then
# headlines that name who (d30005t's names bin Laden) left the summaries other words to avoid repeating: 35.39
# R-1, 9.04 R-2. On all 30 clusters: 37.16 -> 37.01 R-1, 9.23 -> 9.18 R-2, within issue 13's 0.2.
GATE_CLUSTERS = 5
GATE_SHA1 = "35e6d366d03a1f476f4842bf50ee55a1e0335152"
FLOOR_R1, FLOOR_R2 = 0.35, 0.085
# human-one on the first 3 DUC 2004 dev clusters of the headline file (README rule; 26.13 / 8.85 on all 30).
HUMAN_CLUSTERS = 3
HUMAN_SHA1 = "2b0c5fde946ce4b86e7ba5b60709d6870bf8d831"


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
    config = Config(summary_words=40)
    result = evaluate(dataset, config, limit=1)
    assert "scored by its headline" in report(result)
    [cluster] = load_clusters(dataset, limit=1)
    headline = _event(cluster, config).headline
    assert 5 <= len(headline.split()) <= config.headline_words
    assert result.score(OURS).rouge == rouge(headline, cluster.references, 40)


def test_quality_gate_on_duc2004_dev_subset() -> None:
    dataset = shared_or_skip(DATA / "duc2004_task2" / "dev.jsonl")
    subset = "\n".join(dataset.read_text(encoding="utf-8").splitlines()[:GATE_CLUSTERS])
    assert hashlib.sha1(subset.encode()).hexdigest() == GATE_SHA1, "the gate's clusters changed"
    ours = evaluate(dataset, Config(), limit=GATE_CLUSTERS).score(OURS).rouge
    assert ours.rouge1_recall >= FLOOR_R1
    assert ours.rouge2_recall >= FLOOR_R2


# ------------------------------------------------------------------------------------- headlines

ONE = HeadlineRouge(1.0, 1.0, 1.0)


def test_a_headline_identical_to_every_documents_headline_scores_one() -> None:
    documents = [["Putin meets Assad in Damascus"], ["Storm hits coast", "Putin meets Assad in Damascus"]]
    assert HeadlineScorer().score("Putin meets Assad in Damascus", documents) == ONE
    # Porter stemming and case: "meeting" and "meets" are one word to ROUGE.
    assert HeadlineScorer().score("putin meeting assad in damascus", documents) == ONE


def test_a_headline_scores_its_best_match_per_document_then_the_mean_over_documents() -> None:
    documents = [["putin meets assad", "flood kills ten"], ["storm hits coast"]]
    scores = HeadlineScorer().score("putin meets assad", documents)
    # 1 against the first document (its best headline), 0 against the second.
    assert scores == HeadlineRouge(0.5, 0.5, 0.5)
    half = HeadlineScorer().score("putin meets", [["putin meets assad"]])
    # unigrams: precision 2/2, recall 2/3; bigrams: 1/1 and 1/2.
    assert half.rouge1_f == pytest.approx(0.8)
    assert half.rouge2_f == pytest.approx(2 / 3)


def test_a_human_headline_is_not_scored_against_itself() -> None:
    documents = [["alpha beta", "gamma delta"], ["alpha beta", "epsilon zeta"]]
    scored = HeadlineScorer().human(documents, words=40)
    assert [h.text for h in scored] == ["alpha beta", "gamma delta", "alpha beta", "epsilon zeta"]
    # "alpha beta" of the first document: 0 against "gamma delta" (not 1 against itself), 1 against the second.
    assert [h.rouge.rouge1_f for h in scored] == [0.5, 0.0, 0.5, 0.0]


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_human_one_is_the_mean_and_the_oracle_the_best_then_the_mean_over_clusters(tmp_path: Path) -> None:
    articles = [{"doc_id": "d1", "text": "Words."}, {"doc_id": "d2", "text": "Words."}]
    dataset = _write_jsonl(tmp_path / "task2.jsonl", [{"id": name, "articles": articles} for name in ("a", "b")])
    headlines = _write_jsonl(tmp_path / "task1.jsonl", [
        {"id": "a", "documents": [{"doc_id": "d1", "headlines": ["alpha beta", "gamma delta"]},
                                  {"doc_id": "d2", "headlines": ["alpha beta", "epsilon zeta"]}]},
        {"id": "b", "documents": [{"doc_id": "d1", "headlines": ["same words", "same words"]},
                                  {"doc_id": "d2", "headlines": ["same words"]}]},
    ])
    result = evaluate_headlines(dataset, headlines, Config(), systems=(HUMAN_ONE, HUMAN_ORACLE))
    # cluster a: human-one (0.5 + 0 + 0.5 + 0) / 4, oracle 0.5; cluster b: 1 and 1.
    assert result.score(HUMAN_ONE).rouge == HeadlineRouge(0.625, 0.625, 0.625)
    assert result.score(HUMAN_ORACLE).rouge == HeadlineRouge(0.75, 0.75, 0.75)
    assert result.score(HUMAN_ONE).words == 2.0
    oracle_a = next(c for c in result.clusters if c.cluster == "a" and c.system == HUMAN_ORACLE)
    assert oracle_a.headlines == ("alpha beta",)
    assert [s.system for s in result.scores] == [HUMAN_ORACLE, HUMAN_ONE]
    assert "human-oracle" in headline_report(result).splitlines()[2]


def test_headline_clusters_must_be_in_the_dataset(tmp_path: Path) -> None:
    dataset = _write_jsonl(tmp_path / "task2.jsonl", [{"id": "a", "articles": [{"text": "Words."}]}])
    headlines = _write_jsonl(tmp_path / "task1.jsonl", [{"id": "z", "documents": [{"headlines": ["x y"]}]}])
    with pytest.raises(NewsbriefError, match="cluster z is not in"):
        evaluate_headlines(dataset, headlines, Config(), systems=(HUMAN_ONE,))


def test_newest_and_oldest_articles_by_date_ties_to_the_later_and_the_earlier() -> None:
    day, later = dt.date(1998, 10, 3), dt.date(1998, 10, 4)
    articles = [Article(name, "", None, date, "") for name, date in
                (("a", day), ("b", day), ("c", later), ("d", later), ("e", None))]
    assert newest(articles) == 3
    assert oldest(articles) == 0
    assert newest([Article("a", "", None, None, "")]) == 0


def test_first_sentence_keeps_the_wire_dateline_with_the_sentence_it_opens() -> None:
    text = ("NEW YORK _ A federal district judge agreed Tuesday to review complaints by lawyers for three men "
            "arrested after the bombings of two U.S. embassies in Africa that their jail conditions in Manhattan "
            "are unconstitutional and inhumane.\n\nJudge Leonard Sand of U.S. District Court said he would visit.")
    sentence = first_sentence(Article("a", "", None, None, text), Config())
    assert sentence.startswith("NEW YORK")
    assert sentence.endswith("unconstitutional and inhumane.")


def test_human_one_on_duc2004_dev_subset() -> None:
    dataset = shared_or_skip(DATA / "duc2004_task2" / "dev.jsonl")
    headlines = shared_or_skip(DATA / "duc2004_task1" / "dev.jsonl")
    subset = "\n".join(headlines.read_text(encoding="utf-8").splitlines()[:HUMAN_CLUSTERS])
    assert hashlib.sha1(subset.encode()).hexdigest() == HUMAN_SHA1, "the subset's clusters changed"
    result = evaluate_headlines(dataset, headlines, Config(), systems=(HUMAN_ONE, HUMAN_ORACLE), limit=HUMAN_CLUSTERS)
    assert astuple(result.score(HUMAN_ONE).rouge) == pytest.approx((0.249498, 0.076275, 0.214443), abs=1e-6)
    assert astuple(result.score(HUMAN_ORACLE).rouge) == pytest.approx((0.318704, 0.170583, 0.289982), abs=1e-6)


def test_cli_lists_every_headline_system() -> None:
    assert HEADLINE_SYSTEMS == cli.HEADLINE_SYSTEMS


def test_cli_scores_headlines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dataset = shared_or_skip(DATA / "duc2004_task2" / "dev.jsonl")
    headlines = shared_or_skip(DATA / "duc2004_task1" / "dev.jsonl")
    out = tmp_path / "headlines.json"
    assert main(["eval", str(dataset), "--headlines", str(headlines), "--limit", "1",
                 "--systems", "first-newest,human-one", "--json", str(out)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[1].split() == ["system", "clusters", "R1-F", "R2-F", "RL-F", "words", "seconds"]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["system"] for s in data["scores"]] == ["human-one", "first-newest"]
    newest_row = next(c for c in data["clusters"] if c["system"] == "first-newest")
    assert newest_row["cluster"] == "duc2004-d30005t"
    assert newest_row["words"] == len(newest_row["headlines"][0].split()) <= 40


def test_cli_refuses_words_with_headlines(capsys: pytest.CaptureFixture[str]) -> None:
    dataset = shared_or_skip(DATA / "duc2004_task2" / "dev.jsonl")
    headlines = shared_or_skip(DATA / "duc2004_task1" / "dev.jsonl")
    assert main(["eval", str(dataset), "--headlines", str(headlines), "--words", "20"]) == 1
    assert "drop --words and --published" in capsys.readouterr().err
