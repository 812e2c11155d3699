"""The invented example articles of examples/: a clone without ../shared briefs them end to end."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from newsbrief import Brief, Status, brief
from newsbrief.cli import main

EXAMPLES = ROOT / "examples"
OUTLETS = ("Brackwater Evening Post", "Castlemere Herald", "Linden Falls Gazette", "Orrin Vale Courier")


@pytest.fixture(scope="module")
def examples_brief() -> Brief:
    return brief([EXAMPLES])


def test_one_event_whose_headline_names_the_train_operator(examples_brief: Brief) -> None:
    [event] = examples_brief.events
    assert "Velmora Rail" in event.headline and re.search(r"\bderail", event.headline), event.headline
    assert "Linden Falls" in event.headline
    assert event.outlets == OUTLETS


def test_every_example_is_used_with_its_header_outlet_and_date(examples_brief: Brief) -> None:
    assert sorted(a.id for a in examples_brief.articles) == sorted(p.stem for p in EXAMPLES.iterdir())
    assert {a.status for a in examples_brief.articles} == {Status.USED}
    assert {str(a.published) for a in examples_brief.articles} == {"2026-03-10", "2026-03-11"}


def test_the_injury_counts_that_differ_are_reported_as_a_disagreement(examples_brief: Brief) -> None:
    # Two outlets give 34 injured, two give 31, one of these also "dozens of passengers were hurt": a
    # vague figure that holds 31 is no second count of its article, so the 31 and the 34 are compared.
    [event] = examples_brief.events
    [injured] = [f for f in event.disagreements if f.about == "injured"]
    assert [(c.value, c.sources) for c in injured.claims if c.high is None] == [
        (34, ("castlemere-herald", "orrin-vale-courier")), (31, ("linden-falls-gazette",))]
    for figure in event.agreements:
        assert not {31, 34} <= {c.value for c in figure.claims}, figure



def test_the_timeline_opens_with_the_derailment_on_the_day_of_the_articles(examples_brief: Brief) -> None:
    [event] = examples_brief.events
    first = event.timeline[0]
    assert first.date == "2026-03-10" and "Velmora Rail passenger train derailed" in first.text


def test_brief_examples_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", str(EXAMPLES), "--out", str(tmp_path / "brief.md")]) == 0
    text = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert text.startswith("# ") and "Velmora Rail" in text.splitlines()[0]
    assert "*Covered by 4 outlets: " + ", ".join(OUTLETS) + "*" in text
    assert capsys.readouterr().err == ""
