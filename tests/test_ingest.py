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


# --- JSON files of single articles: news-please, trafilatura --json, JSON Lines -----------------------------

FERRY = ("The ferry strike on the northern islands ended on Tuesday after two weeks, when the crews' union accepted "
         "a new pay offer from the operator.\n\nBoats to the three largest islands will sail again from Thursday, "
         "the operator said.")
# news-please writes one article per file, pretty-printed, with these fields.
NEWS_PLEASE = {
    "authors": ["Ann Loe", "Tom Berg"],
    "date_download": "2021-03-03 07:02:11",
    "date_modify": None,
    "date_publish": "2021-03-02 18:40:00",
    "description": "The crews accepted a new pay offer.",
    "filename": "https%3A%2F%2Fwww.harbourgazette.example%2Fnews%2Fferry-strike-ends.json",
    "image_url": None,
    "language": "en",
    "localpath": None,
    "maintext": FERRY,
    "source_domain": "www.harbourgazette.example",
    "title": "Ferry strike ends after two weeks",
    "title_page": None,
    "title_rss": None,
    "url": "https://www.harbourgazette.example/news/ferry-strike-ends",
}
# trafilatura --json writes one object a line, with these fields.
TRAFILATURA = {
    "title": "Island ferries to sail again on Thursday",
    "author": "Mia Sørensen; Joe Park",
    "hostname": "coastdaily.example",
    "date": "2021-03-02",
    "fingerprint": "a1b2c3d4e5f6a7b8",
    "id": None,
    "license": None,
    "comments": "",
    "raw_text": FERRY.replace("\n\n", " "),
    "text": FERRY,
    "language": None,
    "image": None,
    "pagetype": "article",
    "source": "https://coastdaily.example/2021/03/02/ferries",
    "source-hostname": "Coast Daily",
    "excerpt": None,
    "categories": "",
    "tags": "",
}


def test_news_please_file_gives_text_outlet_url_authors_and_dates(tmp_path: Path) -> None:
    path = write(tmp_path, "ferry.json", json.dumps(NEWS_PLEASE, indent=4))
    read = read_inputs([path], CONFIG)
    assert read.rejected == ()
    [article] = read.articles
    assert (article.id, article.path, article.title) == ("ferry", str(path), "Ferry strike ends after two weeks")
    assert article.text == FERRY
    assert (article.outlet, article.url) == ("www.harbourgazette.example",
                                             "https://www.harbourgazette.example/news/ferry-strike-ends")
    assert article.authors == ("Ann Loe", "Tom Berg")
    assert (article.published, article.fetched) == (dt.date(2021, 3, 2), dt.date(2021, 3, 3))


def test_trafilatura_json_gives_site_name_authors_and_address(tmp_path: Path) -> None:
    path = write(tmp_path, "ferries.json", json.dumps(TRAFILATURA, ensure_ascii=False) + "\n")
    [article] = read_inputs([path], CONFIG).articles
    assert (article.id, article.title, article.text) == ("ferries", "Island ferries to sail again on Thursday", FERRY)
    assert (article.outlet, article.url) == ("Coast Daily", "https://coastdaily.example/2021/03/02/ferries")
    assert article.authors == ("Mia Sørensen", "Joe Park")
    assert article.published == dt.date(2021, 3, 2)


def test_trafilatura_without_site_name_is_named_by_its_hostname(tmp_path: Path) -> None:
    record = {key: value for key, value in TRAFILATURA.items() if key not in ("source-hostname", "source", "text")}
    path = write(tmp_path, "t.json", json.dumps(record))
    [article] = read_inputs([path], CONFIG).articles
    assert (article.outlet, article.url) == ("coastdaily.example", None)
    assert article.text == FERRY.replace("\n\n", " ")  # raw_text when there is no text


def test_jsonl_of_single_articles_reads_each_line_and_accounts_for_the_bad_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "Ferry strike ends", "text": FERRY, "url": "https://a.example/1", "date": "2021-03-02"}),
        json.dumps({"title": "Ferries sail", "text": 7}),
        "{broken",
        "",
        json.dumps({**NEWS_PLEASE, "maintext": None}),
        json.dumps({"title": "Crews back at work", "maintext": FERRY, "source_domain": "b.example"}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    read = read_inputs([path], CONFIG)
    assert [(a.id, a.path, a.title, a.outlet) for a in read.articles] == [
        ("feed/1", f"{path}:1", "Ferry strike ends", "a.example"),
        ("feed/6", f"{path}:6", "Crews back at work", "b.example")]
    assert [(a.id, a.status, a.reason) for a in read.rejected] == [
        ("line3", Status.UNREADABLE, f"{path}:3: not valid JSON (Expecting property name enclosed in double quotes, "
                                     "column 2)"),
        ("feed/2", Status.UNREADABLE, f"{path}:2: an article's 'text' must be a string, not a number (7)"),
        ("feed/5", Status.EMPTY, f"{path}:5: 'maintext' is null, no article text"),
    ]


def test_a_record_that_is_neither_article_nor_cluster_says_what_each_needs(tmp_path: Path) -> None:
    path = write(tmp_path, "x.jsonl", json.dumps({"id": "s1", "headline": "Ferry strike ends"}) + "\n")
    [account] = read_inputs([path], CONFIG).rejected
    assert account.reason == (f"{path}:1: a cluster needs an 'articles' list (it has none); an article a 'text' "
                              "string (or news-please's 'maintext', trafilatura's 'raw_text')")


def test_json_list_of_articles_and_a_broken_document(tmp_path: Path) -> None:
    listed_ = write(tmp_path, "two.json", json.dumps([TRAFILATURA, "not an article"], indent=2))
    broken = write(tmp_path, "broken.json", json.dumps(NEWS_PLEASE, indent=2)[:300])
    read = read_inputs([listed_, broken], CONFIG)
    assert [(a.id, a.path) for a in read.articles] == [("two/0", f"{listed_}#0")]
    reasons = {a.id: a.reason for a in read.rejected}
    assert reasons["two/1"] == f"{listed_}#1: an article must be an object with a 'text' string, not text"
    assert reasons["broken"] == (f"{broken}: not valid JSON (Unterminated string starting at, line 10 column 15); a "
                                 "JSON file holds one article, a cluster or a list of them, a JSONL file one of "
                                 "them a line")


def test_news_please_json_on_stdin_and_in_a_digest_dataset(tmp_path: Path) -> None:
    [article] = read_inputs(["-"], CONFIG, stdin=io.BytesIO(json.dumps(NEWS_PLEASE, indent=1).encode())).articles
    assert (article.id, article.authors) == ("stdin", ("Ann Loe", "Tom Berg"))
    # a digest reads every cluster of a dataset, and the single articles beside them
    path = write(tmp_path, "mixed.jsonl", cluster_line("c1", [{"text": "Putin met Assad."}]) + "\n"
                 + json.dumps(TRAFILATURA) + "\n" + cluster_line("c2", [{"text": "Assad met Putin."}]) + "\n")
    read = read_inputs([path], CONFIG, every_cluster=True)
    assert [a.id for a in read.articles] == ["mixed/2", "c1/0", "c2/0"]


def test_web_archive_record_has_a_clean_path_and_its_address_as_url(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    page = (f"<html><head><title>Ferry strike ends</title></head><body><article><h1>Ferry strike ends</h1>"
            f"{''.join(f'<p>{p}</p>' for p in FERRY.split(chr(10) * 2))}</article></body></html>")
    for url, kind, payload in (("https://harbourgazette.example/2021/ferry", "text/html", page),
                               ("https://harbourgazette.example/logo.png", "image/png", "PNG")):
        headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload.encode()),
                                                      http_headers=headers))
    path = write(tmp_path, "crawl.warc", out.getvalue())
    read = read_inputs([path], CONFIG)
    [article] = read.articles
    assert (article.id, article.path, article.url) == ("crawl/1", f"{path}#1",
                                                       "https://harbourgazette.example/2021/ferry")
    [account] = read.rejected
    assert (account.path, account.url) == (f"{path}#2", "https://harbourgazette.example/logo.png")
    assert account.reason == f"{path}#2 (https://harbourgazette.example/logo.png): not an HTML page (image/png)"


# --- records given by a Python caller -------------------------------------------------------------------------


def test_records_and_articles_are_read_beside_paths(tmp_path: Path) -> None:
    from newsbrief.model import Article

    path = write(tmp_path, "001_ap.txt", ARTICLE)
    built = Article("mine", "notes/ferry", "Ferry strike ends", dt.date(2021, 3, 2), FERRY, outlet="Coast Daily")
    given = [path, {"id": "np", **NEWS_PLEASE}, built, TRAFILATURA, {"title": "No text"}, 42]
    read = read_inputs(given, CONFIG)  # type: ignore[arg-type]  # 42: what a caller may pass by mistake
    assert [(a.id, a.path) for a in read.articles] == [
        ("001_ap", str(path)), ("np", "record 2"), ("mine", "notes/ferry"), ("record4", "record 4")]
    assert read.articles[1].authors == ("Ann Loe", "Tom Berg")
    assert read.articles[2] == built
    assert read.articles[3].outlet == "Coast Daily"
    assert [(a.id, a.reason) for a in read.rejected] == [
        ("record5", "record 5: an article needs a 'text' string (it has none); news-please's 'maintext' and "
                    "trafilatura's 'raw_text' are read too"),
        ("record6", "record 6: not an input: give a path, an Article or a mapping of article fields, not int")]


def test_one_input_alone_is_one_input_not_a_list_of_letters(tmp_path: Path) -> None:
    path = write(tmp_path, "001_ap.txt", ARTICLE)
    assert [a.id for a in read_inputs(str(path), CONFIG).articles] == ["001_ap"]
    assert [a.text for a in read_inputs({"text": FERRY}, CONFIG).articles] == [FERRY]
    # a string is a path, never a text: a text given as one is a missing file, said so
    [account] = read_inputs(["The ferry strike ended."], CONFIG).rejected
    assert account.reason == "The ferry strike ended.: no such file or folder"
