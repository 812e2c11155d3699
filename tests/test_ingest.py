"""Readers: plain text, HTML, JSONL clusters and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.clean import parse_dateline
from newsbrief.config import Config
from newsbrief.ingest import decode, read_inputs
from newsbrief.model import NewsbriefError, Status

CONFIG = Config()

ARTICLE = """ date 2020-01-08 World / Politics

Putin visits Syria to meet Assad, a key Iran ally

DAMASCUS – Russian President Vladimir Putin traveled to Syria to meet with President Bashar Assad.

The visit came amid soaring tensions in the Middle East.
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_text_title_metadata_date_and_body(tmp_path: Path) -> None:
    path = write(tmp_path, "001_ap.txt", ARTICLE)
    [article] = read_inputs([path], CONFIG).articles
    assert article.id == "001_ap"
    assert article.title == "Putin visits Syria to meet Assad, a key Iran ally"
    assert article.published == dt.date(2020, 1, 8)
    assert article.text.startswith("DAMASCUS – Russian President")
    assert [r.why for r in article.removed] == ["metadata line: publication date"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [("07 January, 2020", dt.date(2020, 1, 7)), ("Saturday, 11 Jan, 2020", dt.date(2020, 1, 11))],
)
def test_dateline_line_gives_the_date(tmp_path: Path, line: str, expected: dt.date) -> None:
    path = write(tmp_path, "a.txt", f"Putin meets Assad in Damascus\n\n{line}\n\nPutin met Assad on Tuesday.\n")
    [article] = read_inputs([path], CONFIG).articles
    assert article.published == expected
    assert line not in article.text


def test_no_date_is_null_not_invented(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Putin meets Assad\n\nPutin met Assad in Damascus in 2020.\n")
    [article] = read_inputs([path], CONFIG).articles
    assert article.published is None


def test_first_line_that_is_a_sentence_is_body_not_title(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Skip to main content\nPutin met Assad in Damascus on Tuesday.\n")
    [article] = read_inputs([path], CONFIG).articles
    assert article.title is None
    assert "Putin met Assad" in article.text


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    page = """<html><head><title>Putin meets Assad in Damascus</title>
    <meta property="article:published_time" content="2020-01-07T10:00:00Z"></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
    <article><h1>Putin meets Assad in Damascus</h1>
    <p>Russian President Vladimir Putin met Syrian President Bashar al-Assad in Damascus on Tuesday,
    his first visit to the Syrian capital since the start of the war, the Kremlin said.</p>
    <p>The two leaders listened to a military presentation by the commander of Russian forces in Syria,
    and Putin congratulated the troops on Orthodox Christmas.</p></article>
    <footer>Copyright 2020 Example News. All rights reserved.</footer></body></html>"""
    path = write(tmp_path, "page.html", page)
    [article] = read_inputs([path], CONFIG).articles
    assert article.title == "Putin meets Assad in Damascus"
    assert article.published == dt.date(2020, 1, 7)
    assert "military presentation" in article.text
    assert "All rights reserved" not in article.text
    assert any("All rights reserved" in r.text for r in article.removed)


def cluster_line(cluster_id: str, docs: list[dict[str, str]]) -> str:
    return json.dumps({"id": cluster_id, "articles": docs, "summaries": ["x"]})


def test_jsonl_ids_from_doc_id_or_index(tmp_path: Path) -> None:
    docs = [{"text": "Putin met Assad.", "doc_id": "APW1", "date": "1998-10-03"}, {"text": "Assad met Putin."}]
    path = write(tmp_path, "c.jsonl", cluster_line("c1", docs) + "\n")
    articles = read_inputs([path], CONFIG).articles
    assert [a.id for a in articles] == ["APW1", "c1/1"]
    assert articles[0].published == dt.date(1998, 10, 3)


def test_jsonl_with_several_clusters_needs_a_choice(tmp_path: Path) -> None:
    lines = [cluster_line(f"c{n}", [{"text": f"Story {n}."}]) for n in (1, 2)]
    path = write(tmp_path, "c.jsonl", "\n".join(lines))
    with pytest.raises(NewsbriefError, match="2 clusters; choose one with --cluster: c1, c2"):
        read_inputs([path], CONFIG)
    chosen = read_inputs([path], Config(cluster="c2")).articles
    assert [a.text for a in chosen] == ["Story 2."]
    with pytest.raises(NewsbriefError, match="no cluster 'c9'"):
        read_inputs([path], Config(cluster="c9"))


def test_jsonl_file_larger_than_one_article_is_read_but_each_article_is_limited(tmp_path: Path) -> None:
    docs = [{"text": "Putin met Assad. " * 20, "doc_id": f"D{n}"} for n in range(3)]
    docs.append({"text": "Putin met Assad. " * 40, "doc_id": "HUGE"})
    path = write(tmp_path, "c.jsonl", cluster_line("c1", docs))
    read = read_inputs([path], Config(max_file_bytes=500))
    assert [a.id for a in read.articles] == ["D0", "D1", "D2"]
    [account] = read.rejected
    assert (account.id, account.status) == ("HUGE", Status.UNREADABLE)
    assert "article text is 0.0 MB, over the 0.0 MB limit for one article" in account.reason


def test_jsonl_bad_line_is_accounted_for_and_the_cluster_still_read(tmp_path: Path) -> None:
    path = write(tmp_path, "c.jsonl", cluster_line("c1", [{"text": "Putin met Assad."}]) + "\n{not json\n")
    read = read_inputs([path], CONFIG)
    assert [a.text for a in read.articles] == ["Putin met Assad."]
    [account] = read.rejected
    assert account.id == "line2" and account.status is Status.UNREADABLE
    assert account.reason.startswith(f"{path}:2: not valid JSON")


def test_bad_inputs_are_accounted_for_and_the_rest_read(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", ARTICLE)
    empty = write(tmp_path, "empty.txt", "  \n\n")
    binary = write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50_000_000)
    folder = tmp_path / "nothing"
    folder.mkdir()
    read = read_inputs([good, empty, binary, big, tmp_path / "missing.txt", folder], CONFIG)
    assert [a.id for a in read.articles] == ["good"]
    reasons = {r.id: (r.status, r.reason) for r in read.rejected}
    assert reasons["empty"] == (Status.EMPTY, f"{empty}: file is empty")
    assert reasons["photo"][0] is Status.UNREADABLE and "binary" in reasons["photo"][1]
    assert reasons["big"][0] is Status.UNREADABLE and "50.0 MB" in reasons["big"][1]
    assert reasons["missing"] == (Status.UNREADABLE, f"{tmp_path / 'missing.txt'}: no such file or folder")
    assert reasons["nothing"][0] is Status.EMPTY and "folder holds no files" in reasons["nothing"][1]


def test_non_utf8_text_is_decoded(tmp_path: Path) -> None:
    text = "Café owners in Zürich protest\n\nOwners of cafés in Zürich protested on Monday against new rules."
    path = write(tmp_path, "latin.txt", text.encode("cp1252"))
    [article] = read_inputs([path], CONFIG).articles
    assert article.title == "Café owners in Zürich protest"
    assert "cafés in Zürich" in article.text


def test_stdin_text_and_jsonl() -> None:
    [article] = read_inputs(["-"], CONFIG, stdin=io.BytesIO(ARTICLE.encode())).articles
    assert article.id == "stdin" and article.published == dt.date(2020, 1, 8)
    line = cluster_line("c1", [{"text": "Putin met Assad.", "doc_id": "D1"}])
    [record] = read_inputs(["-"], CONFIG, stdin=io.BytesIO(line.encode())).articles
    assert record.id == "D1"


def test_folders_are_read_recursively_in_name_order_without_hidden_files(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "Second story\n\nBody two.")
    (tmp_path / "more").mkdir()
    write(tmp_path / "more", "a.txt", "Nested story\n\nBody nested.")
    write(tmp_path, ".DS_Store", b"\x00\x01")
    assert [a.id for a in read_inputs([tmp_path], CONFIG).articles] == ["b", "a"]


def test_html_without_html_suffix_is_read_as_html(tmp_path: Path) -> None:
    page = "<!DOCTYPE html><html><head><title>Quake hits</title></head><body><article><p>" + (
        "A strong earthquake struck the island before dawn on Tuesday. " * 5) + "</p></article></body></html>"
    [article] = read_inputs([write(tmp_path, "saved.page", page)], CONFIG).articles
    assert article.title == "Quake hits" and "<p>" not in article.text


def test_stdin_over_the_limit_is_refused() -> None:
    read = read_inputs(["-"], Config(max_file_bytes=100), stdin=io.BytesIO(ARTICLE.encode()))
    assert read.articles == ()
    [account] = read.rejected
    assert (account.status, account.reason) == (
        Status.UNREADABLE, "standard input is over the 0.0 MB limit for one article")


def test_colliding_ids_are_made_unique(tmp_path: Path) -> None:
    one = write(tmp_path, "a.txt", "Title one\n\nBody one.")
    page = "<html><body><article><p>" + "Body two is here. " * 20 + "</p></article></body></html>"
    two = write(tmp_path, "a.html", page)
    assert [a.id for a in read_inputs([one, two], CONFIG).articles] == ["a.txt", "a.html"]


def test_no_inputs_is_an_error() -> None:
    with pytest.raises(NewsbriefError, match="no input given"):
        read_inputs([], CONFIG)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thursday, July 14, 2005", dt.date(2005, 7, 14)),
        ("April 10th, 2016", dt.date(2016, 4, 10)),
        ("Sunday, July 31, 2011 21:39 EDT", dt.date(2011, 7, 31)),
        ("January 2020", None),  # no day: a month, not a dateline
        ("Crawl start date: 09 March, 2011", None),
        ("Putin met Assad on 7 January 2020 in Damascus, officials said.", None),  # a sentence
    ],
)
def test_parse_dateline_needs_day_month_and_year(line: str, expected: dt.date | None) -> None:
    assert parse_dateline(line) == expected


@given(st.text(max_size=60))
def test_parse_dateline_never_fails(line: str) -> None:
    result = parse_dateline(line)
    assert result is None or 1900 <= result.year <= 2099


@given(st.binary(max_size=200))
def test_decode_gives_text_or_a_reason(data: bytes) -> None:
    text, problem = decode(data)
    assert (text is None) == bool(problem)


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40), max_size=8))
def test_text_reader_keeps_every_line_somewhere(lines: list[str]) -> None:
    from newsbrief.ingest import read_text

    [article], _ = read_text("a", "a.txt", "\n".join(lines), CONFIG)
    kept = article.text + "\n" + (article.title or "") + "\n" + "\n".join(r.text for r in article.removed)
    for line in lines:
        assert line.strip() in kept
