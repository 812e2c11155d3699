"""Hostile and careless inputs (issue 17): each kind is read or accounted for in one line, in bounded memory.

Reproducers are read from ../shared/cases/hostile (see its README); big ones are made here, smaller,
with the same shape. Fuzzing (hypothesis) covers JSONL records, file names and archive bytes.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import subprocess
import sys
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SHARED, shared_or_skip
from newsbrief.config import Config
from newsbrief.ingest import Inputs, decode, read_inputs, read_warc, shown
from newsbrief.model import NewsbriefError, Status

CONFIG = Config()
HOSTILE = SHARED / "cases" / "hostile"
TITLE = "Putin meets with Syria's Assad with the Middle East on edge"


def case(*parts: str) -> Path:
    return shared_or_skip(HOSTILE.joinpath(*parts))


def reasons(read: Inputs) -> dict[str, tuple[Status, str]]:
    return {account.id: (account.status, account.reason) for account in read.rejected}


def one_line(text: str) -> bool:
    return "\n" not in text and "\r" not in text and text.isprintable()


# --- 04, 05: encodings; folders that cannot be read ---------------------------------------------------------


def test_truncated_utf8_stays_utf8_with_the_broken_tail_replaced() -> None:
    [article] = read_inputs([case("04-truncated-utf8", "truncated.txt")], CONFIG).articles
    assert article.title == TITLE
    assert article.text.endswith("The meeting ended in Zürich café \ufffd")
    assert "Ã" not in article.text


def test_broken_bytes_in_the_middle_of_utf8_are_replaced_not_mojibake() -> None:
    data = ("Béchar, Zürich, café, naïve, Ménard, Évian. " * 5).encode() + b"\xff" + "Fin à Béchar.".encode()
    text, problem = decode(data)
    assert problem == ""
    assert text is not None and "\ufffdFin à Béchar." in text and "Ã" not in text


@pytest.mark.parametrize("name", ["utf16le.txt", "utf16be.txt"])
def test_utf16_without_byte_order_mark_is_read(name: str) -> None:
    read = read_inputs([case("05-utf16-nobom", name)], CONFIG)
    [article] = read.articles
    assert article.title == TITLE
    assert read.rejected == ()


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_with_byte_order_mark_is_not_read_as_utf16(encoding: str) -> None:
    # UTF-32 LE's mark (FF FE 00 00) begins with UTF-16 LE's: read as UTF-16, every letter had a NUL.
    data = "\ufeffFloods hit Béchar.".encode(encoding)
    assert decode(data) == ("Floods hit Béchar.", "")


def test_nul_bytes_that_are_not_utf16_are_still_binary() -> None:
    assert decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))) == (
        None, "binary file, not text (it contains NUL bytes)")


def test_folder_that_cannot_be_read_is_reported_as_such(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("Title\n\nBody.")
    real_scandir = os.scandir

    def scandir(path: str | Path) -> object:  # tests run as root, which reads any folder
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    read = read_inputs([tmp_path / "locked"], CONFIG)
    assert read.articles == ()
    assert reasons(read) == {"locked": (
        Status.UNREADABLE, f"{tmp_path / 'locked'}: folder cannot be read (Permission denied); check its permissions")}


def test_folder_linked_into_itself_is_listed_once(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(f"{TITLE}\n\nPutin met Assad in Damascus on Tuesday.\n")
    (tmp_path / "news" / "loop").symlink_to(tmp_path / "news")
    read = read_inputs([tmp_path / "news"], CONFIG)
    assert [a.id for a in read.articles] == ["a"]


# --- 10: pages drawn by scripts -----------------------------------------------------------------------------


def test_noscript_placeholder_is_not_an_article() -> None:
    read = read_inputs([case("10-html-scripts-only")], CONFIG)
    assert read.articles == ()
    assert {account.id: account.status for account in read.rejected} == {
        "scripts": Status.EMPTY, "scripts-no-noscript": Status.EMPTY}


def test_enable_javascript_placeholder_in_the_body_is_not_an_article(tmp_path: Path) -> None:
    page = ("<html><head><title>World news</title></head><body><article><p>You need to enable JavaScript to "
            "run this app. Please turn on JavaScript in your browser and reload the page.</p></article></body></html>")
    (tmp_path / "app.html").write_text(page)
    read = read_inputs([tmp_path / "app.html"], CONFIG)
    assert read.articles == ()
    [(status, reason)] = reasons(read).values()
    assert status is Status.EMPTY and "only a placeholder asking to enable JavaScript" in reason


# --- 11, 12, 25: JSONL --------------------------------------------------------------------------------------


def test_broken_jsonl_line_is_accounted_for_and_a_chosen_cluster_read() -> None:
    path = case("11-jsonl-broken-line", "broken-middle.jsonl")
    with pytest.raises(NewsbriefError, match="holds 2 clusters; choose one with --cluster: c1, c2"):
        read_inputs([path], CONFIG)
    read = read_inputs([path], Config(cluster="c2"))
    assert len(read.articles) == 3 and all(a.path.startswith(f"{path}#c2/") for a in read.articles)
    assert reasons(read) == {"line2": (Status.UNREADABLE, f"{path}:2: not valid JSON (Unterminated string "
                                                          "starting at, column 2798)")}


def test_one_cluster_then_garbage_briefs_the_cluster() -> None:
    path = case("11-jsonl-broken-line", "one-cluster-then-garbage.jsonl")
    read = read_inputs([path], CONFIG)
    assert len(read.articles) == 3
    assert list(reasons(read)) == ["line2"]


SINGLE = {
    "article-not-object.jsonl": {"article-not-object/0": "not text", "article-not-object/1": "not a number (42)",
                                 "article-not-object/2": "not null"},
    "articles-not-list.jsonl": {"articles-not-list": "a cluster needs an 'articles' list (not text)"},
    "articles-null.jsonl": {"articles-null": "a cluster needs an 'articles' list (not null)"},
    "docid-dict.jsonl": {"docid-dict/0": "'doc_id' must be text or a number, not an object"},
    "id-list.jsonl": {"line1": "the cluster 'id' must be text or a number, not a list"},
    "no-articles.jsonl": {"no-articles": "a cluster needs an 'articles' list (it has none)"},
    "text-int.jsonl": {"ti": "'text' must be a string, not a number (5)"},
    "text-missing.jsonl": {"tm": "an article needs a 'text' string (it has none)"},
    "title-dict.jsonl": {"title-dict": "'title' must be a string or null, not an object"},
    "title-int.jsonl": {"title-int": "'title' must be a string or null, not a number (12345)"},
    "title-list.jsonl": {"title-list": "'title' must be a string or null, not a list"},
}


@pytest.mark.parametrize(("name", "expected"), sorted(SINGLE.items()))
def test_jsonl_field_of_the_wrong_type_refuses_that_article_naming_the_field(name: str,
                                                                             expected: dict[str, str]) -> None:
    read = read_inputs([case("12-jsonl-bad-fields", "single", name)], CONFIG)
    assert read.articles == ()
    found = reasons(read)
    assert sorted(found) == sorted(expected)
    for article_id, part in expected.items():
        status, reason = found[article_id]
        assert status is Status.UNREADABLE and part in reason and one_line(reason)


@pytest.mark.parametrize("line", ["[" * 100_000, '{"id": ' + "9" * 5000 + "}", "{" * 3])
def test_jsonl_line_the_parser_cannot_take_is_accounted_for(line: str) -> None:
    read = read_inputs(["-"], CONFIG, stdin=io.BytesIO(('{"x": 1}' + "\n" + line).encode()), every_cluster=True)
    assert read.articles == ()
    assert [a.id for a in read.rejected] == ["line1", "line2"]


def test_jsonl_lone_surrogate_escape_is_replaced_not_a_crash() -> None:
    # "\\ud800" is valid JSON but no UTF-8 character: spaCy and SQLite failed on it with a traceback.
    line = json.dumps({"id": "c1", "articles": [{"title": "\ud800 Floods", "text": "Floods hit Béchar \udfff.",
                                                  "doc_id": "a\ud83d"}]})
    [article] = read_inputs(["-"], CONFIG, stdin=io.BytesIO(line.encode())).articles
    assert (article.id, article.title, article.text) == ("a\ufffd", "\ufffd Floods", "Floods hit Béchar \ufffd.")
    article.text.encode("utf-8")


def test_jsonl_date_that_is_no_date_gives_way_to_the_date_line() -> None:
    # "date": "yesterday" is no date; the line under the title, "Saturday, 11 Jan, 2020", is.
    [article] = read_inputs([case("12-jsonl-bad-fields", "single", "date-weird.jsonl")], CONFIG).articles
    assert (article.id, article.published) == ("date-weird", dt.date(2020, 1, 11))


@pytest.mark.parametrize(("name", "given"), [("date-int.jsonl", "20200107"), ("date-weird.jsonl", "yesterday")])
def test_jsonl_date_that_cannot_be_read_is_noted_never_costs_the_article(name: str, given: str) -> None:
    # A number and a word alike: no date, said among the removed spans; the dateline dates it.
    read = read_inputs([case("12-jsonl-bad-fields", "single", name)], CONFIG)
    [article] = read.articles
    assert (read.rejected, article.published) == ((), dt.date(2020, 1, 11))
    assert any(f"date '{given}' not read" in removed.why for removed in article.removed)


def test_jsonl_impossible_date_is_no_date_and_said(tmp_path: Path) -> None:
    record = {"id": "x", "articles": [{"doc_id": "a", "text": "Floods hit the town on Monday.", "date": "2020-13-45"}]}
    (tmp_path / "c.jsonl").write_text(json.dumps(record))
    [article] = read_inputs([tmp_path / "c.jsonl"], CONFIG).articles
    assert article.published is None
    assert [removed.why.split(" (")[0] for removed in article.removed] == ["date '2020-13-45' not read"]


def test_cluster_with_no_articles_is_accounted_for(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"articles": []}\n')
    read = read_inputs([tmp_path / "c.jsonl"], CONFIG)
    assert read.articles == ()
    assert [(a.status, a.reason.split(": ", 1)[1]) for a in read.rejected] == [
        (Status.EMPTY, "a cluster with no articles")]


def test_jsonl_dataset_with_bad_fields_keeps_the_good_articles() -> None:
    path = case("12-jsonl-bad-fields", "bad-fields.jsonl")
    read = read_inputs([path], CONFIG, every_cluster=True)
    lines = [line for line in path.read_text().splitlines() if line.strip()]
    assert read.articles and read.rejected
    assert all(one_line(account.reason) for account in read.rejected)
    # every line's articles are either read or accounted for; a line that is no cluster is one account
    assert len(read.articles) + len(read.rejected) == sum(_inputs_in(json.loads(line)) for line in lines)


def _inputs_in(record: object) -> int:
    """How many inputs a JSONL line holds: its articles, or one (the line) when it is no cluster or has none."""
    if not isinstance(record, dict) or not isinstance(record.get("articles"), list):
        return 1
    good_id = record.get("id") in (None, "") or type(record.get("id")) in (str, int)
    return max(len(record["articles"]), 1) if good_id else 1


def test_jsonl_article_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    gen = case("25-jsonl-no-size-limit", "gen.py")
    (tmp_path / "shared").symlink_to(SHARED)  # gen.py reads ../shared/data from where it runs
    (tmp_path / "work").mkdir()
    if not (SHARED / "data" / "multi_news" / "dev.jsonl").exists():
        pytest.skip("multi_news dev data is not available")
    subprocess.run([sys.executable, str(gen), str(path)], cwd=tmp_path / "work", check=True)
    read = read_inputs([path], CONFIG)
    assert read.articles == ()
    assert reasons(read) == {"huge-article": (
        Status.UNREADABLE, f"{path}#huge/0: article text is 12.1 MB, over the 10.0 MB limit for one article; "
                           "split it or raise max_file_bytes")}


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8)
_ARTICLE = st.fixed_dictionaries({}, optional={"text": _JSON | st.text(min_size=1, max_size=80),
                                               "title": _JSON, "date": _JSON, "doc_id": _JSON})


@settings(max_examples=150, deadline=None)
@given(st.lists(_ARTICLE | _JSON, max_size=5), _JSON)
def test_any_jsonl_record_is_read_or_accounted_for_article_by_article(items: list[object], cluster_id: object) -> None:
    text = json.dumps({"id": cluster_id, "articles": items})
    read = read_inputs(["-"], CONFIG, stdin=io.BytesIO(text.encode()))
    assert len(read.articles) + len(read.rejected) == _inputs_in({"id": cluster_id, "articles": items})
    assert all(one_line(account.reason) for account in read.rejected)
    assert all(isinstance(a.title, str | None) and isinstance(a.text, str) for a in read.articles)


# --- 13, 14: web archives -----------------------------------------------------------------------------------


def test_good_archive_is_read_whole() -> None:
    read = read_warc(case("13-warc-truncated", "good.warc.gz"), CONFIG)
    assert [a.id for a in read[0]] == [f"good/{n}" for n in range(1, 6)]
    assert read[1] == []


def test_truncated_archive_accounts_for_the_cut_record() -> None:
    path = case("13-warc-truncated", "truncated.warc.gz")
    articles, rejected = read_warc(path, CONFIG)
    assert [a.id for a in articles] == ["truncated/1", "truncated/2"]
    [account] = rejected
    assert account.id == "truncated/3" and account.status is Status.UNREADABLE
    assert account.reason.startswith(f"{path}#3: the archive is cut short inside this record (")


def test_archive_cut_inside_its_first_record_is_reported() -> None:
    path = case("13-warc-truncated", "truncated-first.warc.gz")
    articles, rejected = read_warc(path, CONFIG)
    assert articles == []
    assert [(a.id, a.reason) for a in rejected] == [(
        "truncated-first/1", f"{path}#1: the archive is cut short inside this record's header; the record is lost: "
                             "copy or download the archive again")]


def _member(head: bytes, filler: bytes, size: int, tail: bytes = b"") -> bytes:
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    block = filler * (1 << 20)
    parts = [packer.compress(head)]
    for start in range(0, size, len(block)):
        parts.append(packer.compress(block[:min(len(block), size - start)]))
    return b"".join([*parts, packer.compress(tail), packer.flush()])


_HTTP = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
_WARC = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789012>\r\n"
         b"WARC-Target-URI: https://example.com/bomb\r\nWARC-Date: 2020-01-08T00:00:00Z\r\n"
         b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n")
_MB = 1 << 20
BOMBS: dict[str, tuple[Callable[[], bytes], str]] = {
    "zeros without a header": (lambda: _member(b"", b"\x00", 200 * _MB),
                               "broken archive record: no 'WARC/' header here"),
    "body of 4 GB announced": (lambda: _member((_WARC % (4 << 30)) + _HTTP + b"<p>", b" ", 100 * _MB),
                               "record of 4,295.0 MB, over the 10.0 MB limit for one article"),
    "HTTP header line within the record limit": (
        lambda: _member((_WARC % (9 * _MB + 20)) + b"HTTP/1.1 200 OK ", b"A", 9 * _MB, b"\r\n\r\n"),
        "HTTP header longer than 65,536 bytes"),
    "WARC header line": (lambda: _member(b"WARC/1.0\r\nX-Long: ", b"A", 100 * _MB),
                         "record header longer than 65,536 bytes"),
}


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_archive_bombs_are_refused_in_bounded_memory(tmp_path: Path, kind: str) -> None:
    make, expected = BOMBS[kind]
    good = case("13-warc-truncated", "good.warc.gz").read_bytes()
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(make() + good)  # a bomb first, then five good records
    tracemalloc.start()
    try:
        articles, rejected = read_warc(path, CONFIG)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 60 * _MB, f"{peak / _MB:.0f} MB"
    [account] = rejected
    assert account.id == "bomb/1" and expected in account.reason and one_line(account.reason)
    assert [a.id for a in articles] == [f"bomb/{n}" for n in range(2, 7)]


def test_uncompressed_archive_is_bounded_too(tmp_path: Path) -> None:
    good = gzip.decompress(case("13-warc-truncated", "good.warc.gz").read_bytes())
    path = tmp_path / "plain.warc"
    path.write_bytes((_WARC % (4 << 30)) + b"x" * 1000 + b"\r\n\r\n" + good)
    articles, rejected = read_warc(path, CONFIG)
    assert [a.id for a in articles] == [f"plain/{n}" for n in range(2, 7)]
    assert "over the 10.0 MB limit" in rejected[0].reason


def test_warcio_warnings_go_to_the_log(tmp_path: Path, capfd: pytest.CaptureFixture[str],
                                      caplog: pytest.LogCaptureFixture) -> None:
    # A page sent gzip-encoded whose compressed body breaks after its first block: warcio writes the
    # zlib error to standard error itself.
    words = " ".join(os.urandom(4).hex() for _ in range(40_000)).encode()
    body = bytearray(gzip.compress(b"<html><body><p>" + words + b"</p></body></html>"))
    body[60_000:60_100] = b"\x00" * 100
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + bytes(body)
    path = tmp_path / "encoded.warc"
    path.write_bytes((_WARC % len(http)) + http + b"\r\n\r\n")
    read_warc(path, CONFIG)
    assert capfd.readouterr().err == ""
    assert "warcio" in caplog.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_damaged_archive_never_fails_and_keeps_what_is_whole(tmp_path: Path, data: st.DataObject) -> None:
    good = case("13-warc-truncated", "good.warc.gz").read_bytes()
    damaged = bytearray(good[:data.draw(st.integers(0, len(good)), label="cut")])
    for _ in range(data.draw(st.integers(0, 4), label="flips")):
        if damaged:
            damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    damaged[data.draw(st.integers(0, len(damaged))):0] = data.draw(st.binary(max_size=50), label="inserted")
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(bytes(damaged))
    articles, rejected = read_warc(path, CONFIG)
    assert len(articles) <= 5
    assert all(one_line(account.reason) and account.reason.startswith(str(path)) for account in rejected)


# --- 16: pipes and devices ----------------------------------------------------------------------------------


def test_named_pipe_and_device_are_refused_without_reading(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text(f"{TITLE}\n\nPutin met Assad in Damascus on Tuesday.\n")
    os.mkfifo(tmp_path / "pipe.txt")  # nobody writes to it: reading would hang
    read = read_inputs([tmp_path, "/dev/zero"], CONFIG)
    assert [a.id for a in read.articles] == ["real"]
    assert reasons(read) == {
        "pipe": (Status.UNREADABLE, f"{tmp_path / 'pipe.txt'}: is a named pipe (FIFO), not a file; "
                                    "only regular files are read"),
        "zero": (Status.UNREADABLE, "/dev/zero: is a character device, not a file; only regular files are read"),
    }


# --- 19: file names -----------------------------------------------------------------------------------------


def test_unusual_file_names_give_safe_one_line_ids_and_messages(tmp_path: Path) -> None:
    names = ["日本語の記事.txt", "مقالة.txt", "📰 news 🚀.txt", "cafe\u0301.txt", "new\nline.txt"]
    for name in names:
        (tmp_path / name).write_text(f"{TITLE}\n\nPutin met Assad in Damascus on Tuesday.\n")
    with open(os.path.join(os.fsencode(tmp_path), b"latin1-\xe9t\xe9.txt"), "wb") as handle:
        handle.write(b"\x00\x01binary")  # refused, so its name appears in a message
    read = read_inputs([tmp_path], CONFIG)
    ids = sorted(a.id for a in read.articles)
    assert ids == sorted(["日本語の記事", "مقالة", "📰 news 🚀", "cafe\u0301", "new\\nline"])
    [account] = read.rejected
    assert account.id == "latin1-\\xe9t\\xe9"
    assert account.reason.startswith(f"{tmp_path}/latin1-\\xe9t\\xe9.txt: binary file")
    for text in [*ids, *(a.path for a in read.articles), account.reason]:
        text.encode("utf-8")  # no surrogates: a store or a terminal takes it
        assert "\n" not in text


_NAME = st.binary(min_size=1, max_size=30).filter(lambda n: b"/" not in n and b"\x00" not in n and n not in (b".",
                                                                                                            b".."))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_NAME)
def test_any_file_name_is_read_and_shown_on_one_line(tmp_path: Path, name: bytes) -> None:
    folder = os.path.join(os.fsencode(tmp_path), os.urandom(6).hex().encode())
    os.mkdir(folder)
    with open(os.path.join(folder, b"x" + name), "wb") as handle:  # x: not a hidden file
        handle.write(b"\xff\xfe\x00binary")
    read = read_inputs([os.fsdecode(folder)], CONFIG)
    [account] = read.rejected
    for text in (account.id, account.path, account.reason):
        text.encode("utf-8")
        assert one_line(text.replace(" ", "x"))


def test_shown_escapes_controls_and_undecodable_bytes() -> None:
    assert shown("a\nb\rc\u202ed") == "a\\nb\\rc\\u202ed"
    assert shown(os.fsdecode(b"caf\xe9")) == "caf\\xe9"
    assert shown("café 日本 📰") == "café 日本 📰"


# --- 24: two files with one name ----------------------------------------------------------------------------


def test_files_with_one_name_get_distinct_ids_that_are_the_same_on_every_run() -> None:
    folder = case("24-id-collision")
    by_folder = read_inputs([folder], CONFIG).articles
    assert [a.id for a in by_folder] == ["a/story", "b/story"]
    by_file = read_inputs([folder / "a" / "story.txt", folder / "b" / "story.txt"], CONFIG).articles
    assert [a.id for a in by_file] == ["a/story", "b/story"]
    assert [a.text for a in by_file] == [a.text for a in by_folder]
    # alone, a file keeps its plain name
    assert [a.id for a in read_inputs([folder / "b" / "story.txt"], CONFIG).articles] == ["story"]


# --- usage --------------------------------------------------------------------------------------------------


def test_empty_input_name_is_an_error_not_the_current_folder() -> None:
    with pytest.raises(NewsbriefError, match="an input is an empty name"):
        read_inputs(["", "-"], CONFIG, stdin=io.BytesIO(b"x"))


# --- encodings the tester found misread ----------------------------------------------------------------------


def test_one_stray_byte_in_a_short_utf8_article_is_replaced_not_mojibake() -> None:
    data = "Le maire de Béchar a parlé hier.".encode() + b"\xff" + b" Il pleut."
    assert decode(data) == ("Le maire de Béchar a parlé hier.\ufffd Il pleut.", "")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_western_code_pages_are_still_read_right(encoding: str) -> None:
    text = "Le café à Paris, déjà vu: naïve Zoë reçoit l'élève à Béchar."
    assert decode(text.encode(encoding)) == (text, "")


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_without_byte_order_mark_is_read(encoding: str) -> None:
    assert decode("Floods hit Béchar on Monday.".encode(encoding)) == ("Floods hit Béchar on Monday.", "")


def test_gzip_of_plain_text_is_named_as_gzip(tmp_path: Path) -> None:
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(b"Floods hit the town.\n"))
    [(status, reason)] = reasons(read_inputs([tmp_path / "story.txt.gz"], CONFIG)).values()
    assert status is Status.UNREADABLE
    assert reason.endswith("a gzip file; newsbrief reads .warc.gz archives and plain files (unpack it first)")


# --- pages that stand in for an article ----------------------------------------------------------------------

INTERSTITIALS = {
    "cloudflare.html": (
        "<html><head><title>Just a moment...</title></head><body><h1>www.example-news.com</h1>"
        "<h2>Checking if the site connection is secure</h2><p>www.example-news.com needs to review the security "
        "of your connection before proceeding.</p><p>Ray ID: 7a1b2c3d4e5f6789</p>"
        "<p>Performance &amp; security by Cloudflare</p></body></html>", "a bot check"),
    "consent.html": (
        "<html><head><title>Before you continue to World News</title></head><body><h1>We value your privacy</h1>"
        "<p>We and our partners store and/or access information on a device, such as cookies, and process "
        "personal data, such as unique identifiers and standard information sent by a device for personalised "
        "ads and content, ad and content measurement, and audience insights.</p><p>You can accept all cookies or "
        "manage your preferences. You can change your choices at any time by visiting our cookie policy.</p>"
        "<button>Accept all</button><button>Reject all</button></body></html>", "a cookie-consent notice"),
    "gdpr.html": (
        "<html><head><title>451: Unavailable for legal reasons</title></head><body><h1>451: Unavailable due to "
        "legal reasons</h1><p>We recognize you are attempting to access this website from a country belonging "
        "to the European Economic Area (EEA) including the EU which enforces the General Data Protection "
        "Regulation (GDPR) and therefore access cannot be granted at this time.</p></body></html>",
        "a notice that the page is withheld here for legal reasons"),
    "challenge.txt": ("Just a moment...\n\nChecking your browser before accessing example.com.\n\nThis process is "
                      "automatic. Your browser will redirect to your requested content shortly.\n", "a bot check"),
}


@pytest.mark.parametrize("name", sorted(INTERSTITIALS))
def test_consent_challenge_and_legal_block_pages_are_not_articles(tmp_path: Path, name: str) -> None:
    page, kind = INTERSTITIALS[name]
    (tmp_path / name).write_text(page)
    read = read_inputs([tmp_path / name], CONFIG)
    assert read.articles == ()
    [(status, reason)] = reasons(read).values()
    assert status is Status.EMPTY and f": no article text, only {kind}" in reason and one_line(reason)


def test_real_article_that_mentions_cookies_is_kept(tmp_path: Path) -> None:
    text = ("EU regulators fine news sites over cookie banners\n\n"
            "BRUSSELS - European regulators on Tuesday fined three news publishers a combined 12 million euros, "
            "saying their cookie banners made it far harder to reject cookies than to accept all cookies. "
            "The decision follows a two-year inquiry by data protection authorities in France, Belgium and "
            "Ireland into how the largest publishers ask readers for consent.\n\n"
            "Investigators found that on two of the sites the button to refuse was hidden behind a second "
            "screen, while the button to agree was shown at once in a bright colour. The publishers have two "
            "months to change their pages and said they would appeal.\n\n"
            "Consumer groups welcomed the ruling. \"Readers should be able to say no as easily as yes,\" said a "
            "spokesperson for the European consumer organisation BEUC, which filed the first complaint in 2023.")
    (tmp_path / "fine.txt").write_text(text)
    read = read_inputs([tmp_path / "fine.txt"], CONFIG)
    [article] = read.articles
    assert (article.title, read.rejected) == ("EU regulators fine news sites over cookie banners", ())


# --- empty archives and system files -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_empty_archive_is_said_to_be_empty(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    read = read_inputs([tmp_path / name], CONFIG)
    assert read.articles == ()
    assert list(reasons(read).values()) == [(Status.EMPTY, f"{tmp_path / name}: file is empty")]


@pytest.mark.parametrize("given", ["/proc/self/status", "/proc/cpuinfo", "/proc/self"])
def test_system_files_are_not_article_files(given: str) -> None:
    if not Path(given).exists():
        pytest.skip(f"{given} is not on this system")
    read = read_inputs([given], CONFIG)
    assert read.articles == ()
    [(status, reason)] = reasons(read).values()
    assert status is Status.UNREADABLE and reason.startswith(f"{given}: not a")
    assert "(a system f" in reason


@pytest.mark.parametrize(("name", "data", "said"), [
    ("blank.warc.gz", gzip.compress(b""), "the archive holds no records"),
    ("blank.warc", b"\r\n\r\n", "the archive holds no records"),
    ("info.warc", b"WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                  b"WARC-Date: 2020-01-01T00:00:00Z\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n",
     "the archive holds 1 record, none of them a web page"),
])
def test_archive_without_pages_is_said_so(tmp_path: Path, name: str, data: bytes, said: str) -> None:
    (tmp_path / name).write_bytes(data)
    read = read_inputs([tmp_path / name], CONFIG)
    assert list(reasons(read).values()) == [(Status.EMPTY, f"{tmp_path / name}: {said}")]


def test_article_page_with_a_cookie_banner_is_kept(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in [
        "Floods swept through the town of Béchar on Monday after two days of heavy rain, officials said.",
        "Rescue teams evacuated more than 300 families from low-lying districts near the river overnight.",
        "The regional governor said schools would stay closed until Thursday while roads were cleared.",
        "Forecasters expect more rain later in the week, and residents were told to avoid the river banks.",
        "Aid groups sent tents, blankets and drinking water to shelters set up in the town's sports halls.",
    ] * 2)
    page = (f"<html><head><title>Floods hit Béchar</title></head><body><div class=consent><p>We use cookies to "
            f"improve your experience. Accept all cookies or manage your preferences.</p></div><article>"
            f"<h1>Floods hit Béchar</h1>{paragraphs}</article></body></html>")
    (tmp_path / "floods.html").write_text(page)
    read = read_inputs([tmp_path / "floods.html"], CONFIG)
    [article] = read.articles
    assert (read.rejected, "Rescue teams evacuated" in article.text) == ((), True)
