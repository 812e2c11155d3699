"""The whole pipeline on the project's seeds and on benchmark clusters, asserting on content."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from conftest import DATA, SEEDS, cluster, shared_or_skip
from newsbrief import Brief, Config, NewsbriefError, Status, brief
from newsbrief.clean import typeset_quotes
from newsbrief.evaluate import rouge
from newsbrief.framing import LOADED_TERMS
from newsbrief.ingest import Inputs, cluster_articles
from newsbrief.pipeline import brief_inputs
from newsbrief.timeline import date_at

# Words only found in the unrelated tail of 001 and in the seeds' boilerplate.
TAIL_AND_BOILERPLATE = ["Muhandis", "Puerto Rico", "NASA", "Goldilocks", "NATO", "earthquake", "Japan Times",
                        "newsletter", "Follow us", "Read also", "Getty", "Loading", "Skip to main", "min read"]


@pytest.fixture(scope="module")
def seeds_brief(seeds: Path) -> Brief:
    return brief([seeds])


def test_one_event_whose_headline_says_putin_meets_assad_in_syria(seeds_brief: Brief) -> None:
    [event] = seeds_brief.events
    headline = event.headline
    # Who did what, where: "... meets Bashar al-Assad in Damascus", "... travels to Syria to meet ... Assad".
    assert re.search(r"\bPutin\b.*\b(meets?|holds talks|visits)\b.*\bAssad\b", headline), headline
    assert re.search(r"\b(Damascus|Syria)\b", headline), headline
    assert len(headline.split()) <= 40
    assert headline.endswith(".") and headline[0].isupper()
    assert not set(re.findall(r"[\w-]+", headline.casefold())) & LOADED_TERMS
    assert not re.search(r"\b(said|says|added)\b", headline)


def test_summary_is_cited_clean_and_about_100_words(seeds_brief: Brief) -> None:
    [event] = seeds_brief.events
    words = sum(len(s.text.split()) for s in event.summary)
    assert 70 <= words <= 110
    texts = " ".join(s.text for s in event.summary)
    for sentence in event.summary:
        assert sentence.sources and set(sentence.sources) <= set(event.articles)
        assert sentence.support >= 1
    for phrase in TAIL_AND_BOILERPLATE:
        assert phrase.casefold() not in (texts + event.headline).casefold(), phrase
    assert any(s.support >= 3 for s in event.summary)


def test_summary_sentences_come_from_the_articles(seeds: Path, seeds_brief: Brief) -> None:
    corpus = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in seeds.iterdir())
    for sentence in seeds_brief.events[0].summary:
        assert sentence.text in corpus


def test_every_seed_is_accounted_for(seeds_brief: Brief) -> None:
    accounts = {a.id[:3]: a for a in seeds_brief.articles}
    assert sorted(accounts) == ["000", "001", "002", "003", "004"]
    copy = [a for a in seeds_brief.articles if a.status is Status.COPY]
    assert [(a.id[:3], (a.copy_of or "")[:3]) for a in copy] in ([("002", "001")], [("001", "002")])
    assert all(a.status in (Status.USED, Status.COPY) for a in accounts.values())
    assert accounts["001"].published == dt.date(2020, 1, 8)
    assert accounts["000"].published == dt.date(2020, 1, 7)
    assert accounts["003"].published == dt.date(2020, 1, 11)
    assert accounts["004"].published is None


def test_removed_spans_are_listed_with_reasons(seeds_brief: Brief) -> None:
    removed = {a.id[:3]: {r.text: r.why for r in a.removed} for a in seeds_brief.articles}
    tail = [text for text, why in removed["001"].items() if why.startswith("off-topic")]
    for teaser in ("Iraqi mourners", "Germany, NATO", "Puerto Rico", "NASA planet hunter"):
        assert any(teaser in text for text in tail), teaser
    assert removed["004"]["Skip to main content"] == "boilerplate: navigation"
    assert any("newsletter" in why for why in removed["004"].values())
    assert removed["000"]["Follow us on Twitter and Instagram to stay connected"].startswith("boilerplate")
    assert removed["000"]["07 January, 2020"] == "dateline: publication date"
    assert all(why for spans in removed.values() for why in spans.values())


def test_entities_name_the_main_actors(seeds_brief: Brief) -> None:
    names = [e.text for e in seeds_brief.events[0].entities[:6]]
    assert any("Putin" in n for n in names) and any("Assad" in n for n in names) and "Syria" in names


def test_output_is_deterministic(seeds: Path, seeds_brief: Brief) -> None:
    assert brief([seeds]) == seeds_brief


def test_single_article(seeds: Path) -> None:
    result = brief([seeds / "001_81b42dbded943786.txt"])
    [event] = result.events
    assert "Putin" in event.headline and "NASA" not in " ".join(s.text for s in event.summary)
    assert [a.status for a in result.articles] == [Status.USED]


def test_every_article_a_copy_of_one(seeds: Path, tmp_path: Path) -> None:
    for n in range(3):
        shutil.copy(seeds / "004_0d07f67901c73ebf.txt", tmp_path / f"copy{n}.txt")
    result = brief([tmp_path])
    assert [(a.status, a.copy_of) for a in result.articles] == [
        (Status.USED, None), (Status.DUPLICATE, "copy0"), (Status.DUPLICATE, "copy0")]
    assert all(s.support == 1 for s in result.events[0].summary)


def test_non_english_and_off_topic_articles_are_set_aside(seeds: Path, tmp_path: Path) -> None:
    for path in sorted(seeds.iterdir())[:3]:
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "german.txt").write_text(
        "Putin besucht Damaskus\n\nDer russische Präsident Wladimir Putin hat am Dienstag überraschend die syrische "
        "Hauptstadt Damaskus besucht und dort Präsident Baschar al-Assad getroffen. Es war sein erster Besuch in "
        "der Hauptstadt seit Beginn des Krieges.", encoding="utf-8")
    (tmp_path / "quake.txt").write_text(
        "Quake strikes Puerto Rico\n\nA 6.4-magnitude earthquake struck Puerto Rico before dawn on Tuesday, killing "
        "one man, injuring at least eight other people and collapsing buildings in the southern part of the island. "
        "The quake followed a 5.8 temblor the day before.", encoding="utf-8")
    accounts = {a.id: a for a in brief([tmp_path]).articles}
    assert accounts["german"].status is Status.NOT_ENGLISH and "'de'" in accounts["german"].reason
    assert accounts["quake"].status is Status.OFF_TOPIC


def test_nothing_usable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("Follow us on Twitter\n\nLoading...\n")
    with pytest.raises(NewsbriefError, match="no input could be used"):
        brief([tmp_path])


@pytest.mark.parametrize(("dataset", "index"), [("duc2004_task2", 0), ("multi_news", 3), ("tac2011_multiling_en", 0)])
def test_benchmark_cluster(dataset: str, index: int) -> None:
    record, other = cluster(dataset, index), cluster(dataset, index + 1)
    articles, rejected = cluster_articles(record, str(record["id"]), dataset)
    result = brief_inputs(Inputs(tuple(articles), tuple(rejected)), Config())
    [event] = result.events
    assert 0 < len(event.headline.split()) <= 40
    assert 60 <= sum(len(s.text.split()) for s in event.summary) <= 110
    # the article's words, its typewriter quotation marks typeset
    corpus = " ".join(" ".join(typeset_quotes(a.text).split()) for a in articles)
    for sentence in event.summary:
        # a sentence that lost a time no date placed keeps its source's words in ``original``
        assert (sentence.original or sentence.text) in corpus
        if sentence.original:
            assert _words_taken_out(sentence.original, sentence.text), sentence
    # The summary is about this cluster's event: much closer to its references than to another cluster's.
    summary = " ".join(s.text for s in event.summary)
    own = rouge(summary, record["summaries"], 100)  # type: ignore[arg-type]
    unrelated = rouge(summary, other["summaries"], 100)  # type: ignore[arg-type]
    assert own.rouge2_recall >= 0.03
    assert own.rouge1_recall >= 1.5 * unrelated.rouge1_recall
    assert event.entities[0].stories >= 2
    assert len(result.articles) == len(record["articles"])  # type: ignore[arg-type]


def test_jsonl_cluster_through_the_public_api() -> None:
    path = shared_or_skip(DATA / "duc2004_task2" / "dev.jsonl")
    with pytest.raises(NewsbriefError, match="choose one with --cluster"):
        brief([path])


def test_seed_facts_disagreement_agreement_unconfirmed(seeds_brief: Brief) -> None:
    [event] = seeds_brief.events
    [toll] = [f for f in event.disagreements if f.about == "killed"]
    values = {c.value for c in toll.claims}
    assert {380_000, 400_000, 500_000} <= values
    assert len({s for c in toll.claims for s in c.sources}) >= 3
    assert any(c.stated.casefold() == "hundreds of thousands" and c.high for c in toll.claims)
    # "11 million" displaced is one story's (two versions of it); "millions" of a third holds it but confirms
    # no figure, so no row of agreement rests on it (r16: "hundreds" beside "205")
    assert not [f for f in event.agreements if f.about == "displaced"]
    assert not [f for f in event.agreements if any(c.high for c in f.claims) and len(f.claims) > 1]
    assert not event.updates
    [claim] = [u for u in event.unconfirmed if "Iranian reprisals" in u.text]
    assert claim.sources == ("003_30ad9f7ecbf3dbe6",) and "sources report" in claim.why


def test_seed_timeline(seeds_brief: Brief) -> None:
    [event] = seeds_brief.events
    timeline = {(d.date, d.text) for d in event.timeline}

    def dated(date: str, *words: str) -> bool:
        return any(d == date and all(w in text for w in words) for d, text in timeline)

    assert dated("2020-01-07", "Putin", "Assad")
    assert dated("2020-01-03", "Soleimani") or dated("2020-01-03", "drone")
    assert dated("2015", "Russia joined the war")
    assert dated("2017", "Putin came to Syria")
    # 003's page says 11 January, but others date its Friday the 3rd and its Tuesday the 7th: it was
    # written on the 7th, so the talks it announces "on Wednesday" are on the 8th, not the 15th.
    [late] = [a for a in seeds_brief.articles if a.id == "003_30ad9f7ecbf3dbe6"]
    assert late.written == dt.date(2020, 1, 7) and "not its page date 2020-01-11" in late.reason
    text = (shared_or_skip(SEEDS) / "003_30ad9f7ecbf3dbe6.txt").read_text(encoding="utf-8")
    talks = re.search(r"meet with Erdogan in \w+ on (Wednesday)", text)
    assert talks is not None and date_at(text, talks.start(1), late.written) == "2020-01-08"
    # Its sentence ("While the timing of this visit could be related to ...") reads as no entry alone.
    assert not [d for d in event.timeline if "Erdogan" in d.text]
    assert [d.date for d in event.timeline] == sorted(d.date for d in event.timeline)
    assert {d.date for d in event.timeline if len(d.date) == 10} <= {"2020-01-03", "2020-01-07", "2020-01-08"}


def test_seed_entities_and_framing(seeds_brief: Brief) -> None:
    [event] = seeds_brief.events
    names = {e.text for e in event.entities}
    assert {"Vladimir Putin", "Bashar al-Assad", "Qassem Soleimani", "Damascus", "Syria", "Iran", "Russia",
            "Turkey"} <= names
    assad = next(e for e in event.entities if e.text == "Bashar al-Assad")
    assert assad.mentions >= 30 and len(assad.sources) == 5
    framed = {a.id: a.framing for a in seeds_brief.articles}
    loaded = framed["000_ffd6d680225236f6"]
    assert loaded is not None and {"brutal", "dictator", "blood-letting pair"} <= set(loaded.loaded_terms)
    assert loaded.score > 0
    assert all(f is not None and not {"brutal", "dictator"} & set(f.loaded_terms)
               for a, f in framed.items() if a != "000_ffd6d680225236f6")


def test_records_and_articles_through_the_public_api() -> None:
    from newsbrief import Article

    ferry = [
        {"id": "coast", "title": "Ferry strike ends after two weeks", "sitename": "Coast Daily",
         "url": "https://coastdaily.example/ferry", "date": "2021-03-02",
         "text": "The ferry strike on the northern islands ended on Tuesday after two weeks, when the crews' union "
                 "accepted a new pay offer from the operator Nordline.\n\nBoats to the three largest islands will "
                 "sail again from Thursday, Nordline said. The strike had cut off supplies of fresh food to the "
                 "islands and kept hundreds of students from their schools on the mainland."},
        {"maintext": "Crews of Nordline accepted a pay offer on Tuesday and ended their two-week strike, the union "
                     "said.\n\nFerries to the northern islands will run again from Thursday. Island shops had run "
                     "short of fresh food during the strike, and students could not reach their schools.",
         "title": "Nordline crews accept pay offer", "source_domain": "harbourgazette.example",
         "date_publish": "2021-03-02 19:10:00"},
    ]
    mine = Article("radio", "radio notes", "Island ferries to sail on Thursday", dt.date(2021, 3, 3),
                   "Ferries to the northern islands sail again on Thursday after the two-week strike of Nordline "
                   "crews ended on Tuesday with a new pay offer, the operator said. Shops on the islands expect "
                   "fresh food on the first boats.", outlet="Island Radio")
    result = brief([*ferry, mine])
    [event] = result.events
    assert "strike" in event.headline.lower() or "ferr" in event.headline.lower()
    assert {a.id: a.outlet for a in result.articles} == {
        "coast": "Coast Daily", "record2": "harbourgazette.example", "radio": "Island Radio"}
    assert all(a.status in (Status.USED, Status.COPY) for a in result.articles)


def _words_taken_out(original: str, text: str) -> bool:
    """Whether ``text`` is ``original`` with words and commas taken out, and maybe its first letter capitalised."""
    words = iter(re.findall(r"[\w'’]+|[^\w\s,]", original.casefold()))
    return all(word in words for word in re.findall(r"[\w'’]+|[^\w\s,]", text.casefold()))
