"""Publication dates: date lines, HTML metadata, web archives, and day/month order only with evidence."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SHARED, cluster, shared_or_skip
from newsbrief.config import Config
from newsbrief.ingest import Inputs, cluster_articles, read_inputs
from newsbrief.model import Article
from newsbrief.published import Order, among_others, date_line, html_date, text_order, url_date, url_order
from newsbrief.timeline import date_at

CASES = SHARED / "cases"


def _case(name: str) -> dict[str, Article]:
    read: Inputs = read_inputs([shared_or_skip(CASES / name / "input")], Config())
    return {article.id: article for article in read.articles}


def _on(article: Article, words: str) -> str | None:
    """The date that ``words`` ("on Sunday": its weekday) stand for in the article, read from its publication."""
    return date_at(article.text, article.text.index(words) + len(words.split()[0]) + 1, article.published)


@pytest.mark.parametrize(
    ("line", "published", "label"),
    [
        ("Published: 6 March 2023 | Updated: 8 March 2023", dt.date(2023, 3, 6), "published"),
        ("Last updated: 8 March 2023 | First published: 6 March 2023", dt.date(2023, 3, 6), "published"),
        ("Updated March 8, 2023, 5:02 PM", dt.date(2023, 3, 8), "updated"),
        ("Posted on 6 March 2023", dt.date(2023, 3, 6), "published"),
        ("Published 12:01 AM ET, Sat March 7, 2023", dt.date(2023, 3, 7), "published"),
        ("Saturday, January 1, 2005", dt.date(2005, 1, 1), ""),
        ("Sunday, July 31, 2011 21:39 EDT", dt.date(2011, 7, 31), ""),
        ("2008-03-12", dt.date(2008, 3, 12), ""),
        ("March 12, 2008", dt.date(2008, 3, 12), ""),
        ("12th of March 2008", dt.date(2008, 3, 12), ""),
        ("13/03/2020", dt.date(2020, 3, 13), ""),  # only one reading
        ("03/13/2020", dt.date(2020, 3, 13), ""),
        ("Wednesday 04/03/2020", dt.date(2020, 3, 4), ""),  # 2020-04-03 was a Friday
        ("04.03.2020", dt.date(2020, 3, 4), ""),  # dots: the European form
        ("By Jane Doe | Published: 6 March 2023", dt.date(2023, 3, 6), "published"),
        ("First published on Mon 6 Mar 2023 09.12 GMT", dt.date(2023, 3, 6), "published"),
        ("PUBLISHED: 09:12 GMT, 6 March 2023 | UPDATED: 11:40 GMT, 8 March 2023", dt.date(2023, 3, 6), "published"),
        ("Published: 2023-03-06T09:12:00.000+00:00", dt.date(2023, 3, 6), "published"),
        ("Date: 6 March 2023", dt.date(2023, 3, 6), "published"),
        ("Posted by Jane Doe on 6 March 2023", dt.date(2023, 3, 6), "published"),
        ("Published by Reuters at 10:02 on 6 March 2023", dt.date(2023, 3, 6), "published"),
    ],
)
def test_date_lines_give_the_original_publication(line: str, published: dt.date, label: str) -> None:
    found = date_line(line)
    assert found is not None
    assert (found.date, found.label, found.text) == (published, label, line)


@pytest.mark.parametrize(
    "line",
    [
        "The fire broke out on March 8, 2023.",
        "© 2021 The Pellow Valley Herald",
        "Posted by Jane on 2 June 2021: terrible news",
        "Crawl start date: 09 March, 2011",
        "January 2020",
        "Print edition 22 March 2019",
        "The data updated on 6 March 2023 show a rise.",
        "Dec. 2004 Sumatra quake was longest ever recorded",
    ],
)
def test_lines_that_are_not_date_lines(line: str) -> None:
    assert date_line(line) is None


def test_ambiguous_numeric_date_is_unknown_without_evidence() -> None:
    found = date_line("04/03/2020")
    assert found is not None
    assert found.date is None
    assert found.readings == (dt.date(2020, 3, 4), dt.date(2020, 4, 3))
    day_first = date_line("04/03/2020", Order.DAY_FIRST)
    month_first = date_line("04/03/2020", Order.MONTH_FIRST)
    assert (day_first and day_first.date, month_first and month_first.date) == (dt.date(2020, 3, 4),
                                                                               dt.date(2020, 4, 3))


def test_evidence_of_day_and_month_order() -> None:
    assert text_order("04/03/2020\n\nThe council met on 17/02/2020.") is Order.DAY_FIRST
    assert text_order("04/03/2020\n\nThe council met on 02/17/2020.") is Order.MONTH_FIRST
    assert text_order("04/03/2020, 17/02/2020 and 02/17/2020") is None  # contradictory
    assert url_order("https://www.standard.co.uk/news/1") is Order.DAY_FIRST
    assert url_order("https://www.example.com.au/news/1") is Order.DAY_FIRST
    assert url_order("https://www.example.us/news/1") is Order.MONTH_FIRST
    assert url_order("https://www.example.com/news/1") is None
    assert url_order(None) is None
    readings = [dt.date(2020, 3, 4), dt.date(2020, 4, 3)]
    assert among_others(readings, [dt.date(2020, 3, 4)]) == dt.date(2020, 3, 4)
    assert among_others(readings, [dt.date(2020, 4, 5)]) == dt.date(2020, 4, 3)
    assert among_others(readings, [dt.date(2020, 3, 4), dt.date(2020, 4, 3)]) is None
    assert among_others(readings, []) is None


PAGE = """<!DOCTYPE html><html><head><title>Storm hits coast</title>{head}</head><body>
<article><h1>Storm hits coast</h1>
<p>A storm struck the northern coast on Monday, killing twelve people and cutting power to thousands of homes.</p>
<p>Emergency crews worked through Tuesday to clear roads blocked by fallen trees, officials said.</p>
</article>{tail}<footer>© 2021 The Coast Herald</footer></body></html>"""


def test_html_metadata_prefers_the_original_date_over_the_update() -> None:
    head = ('<meta property="article:modified_time" content="2021-05-12T10:00:00Z">'
            '<meta property="article:published_time" content="2021-05-10T08:00:00Z">')
    assert html_date(PAGE.format(head=head, tail="")) == dt.date(2021, 5, 10)


def test_html_never_dated_by_a_footer_year_or_a_reader_comment() -> None:
    comments = ('<div class="comments"><div class="comment"><span class="date">June 2, 2021</span>'
                '<p>Terrible news.</p></div></div>')
    assert html_date(PAGE.format(head="", tail=comments)) is None


def test_html_metadata_wins_over_the_url_date() -> None:
    head = ('<link rel="canonical" href="https://gazette.example/2019/03/22/storm/">'
            '<meta property="article:published_time" content="2019-03-15T09:12:00+00:00">')
    assert html_date(PAGE.format(head=head, tail="")) == dt.date(2019, 3, 15)
    assert url_date("https://gazette.example/2019/03/22/storm/") == dt.date(2019, 3, 22)


def test_html_url_date_is_the_last_resort(tmp_path: Path) -> None:
    page = PAGE.format(head='<link rel="canonical" href="https://gazette.example/2019/03/22/storm/">', tail="")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    assert read_inputs([tmp_path / "a.html"], Config()).articles[0].published == dt.date(2019, 3, 22)


def test_html_published_line_above_the_text(tmp_path: Path) -> None:
    page = PAGE.format(head="", tail="").replace("<h1>", '<p class="dateline">Published: 6 March 2023 | '
                                                         "Updated: 8 March 2023</p><h1>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    assert read_inputs([tmp_path / "a.html"], Config()).articles[0].published == dt.date(2023, 3, 6)


def _warc(page: str, captured: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://herald.example/storm", "response", payload=io.BytesIO(page.encode()), http_headers=http,
        warc_headers_dict={"WARC-Date": captured}))
    return out.getvalue()


def test_web_archive_capture_date_is_fetched_not_published(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2021-05-10T08:00:00Z">'
    (tmp_path / "dated.warc").write_bytes(_warc(PAGE.format(head=head, tail=""), "2021-06-05T03:14:00Z"))
    (tmp_path / "undated.warc").write_bytes(_warc(PAGE.format(head="", tail=""), "2021-06-05T03:14:00Z"))
    read = {a.id: a for a in read_inputs([tmp_path], Config()).articles}
    assert (read["dated/1"].published, read["dated/1"].fetched) == (dt.date(2021, 5, 10), dt.date(2021, 6, 5))
    assert (read["undated/1"].published, read["undated/1"].fetched) == (None, dt.date(2021, 6, 5))


def test_a_page_is_not_published_after_it_was_captured(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2021-07-01T08:00:00Z">'
    (tmp_path / "later.warc").write_bytes(_warc(PAGE.format(head=head, tail=""), "2021-06-05T03:14:00Z"))
    assert read_inputs([tmp_path], Config()).articles[0].published is None


def test_case_07_published_wins_over_updated_and_lines_are_removed() -> None:
    read = _case("07-published-updated-lines")
    a, b, c = read["a-valley-times"], read["b-lorne-weekly"], read["c-north-herald"]
    assert (a.published, b.published, c.published) == (dt.date(2023, 3, 6), dt.date(2023, 3, 8), dt.date(2023, 3, 6))
    assert [r.text for r in a.removed] == ["Published: 6 March 2023 | Updated: 8 March 2023"]
    assert [r.text for r in b.removed] == ["Updated March 8, 2023, 5:02 PM"]
    assert [r.text for r in c.removed] == ["Posted on 6 March 2023"]
    for article in (a, b, c):
        assert article.removed[0].why.startswith("dateline:")
        assert "2023" not in article.text
    # c's "on Sunday" shares its sentence with a future ("is expected to peak"): the timeline's to read
    assert (_on(a, "on Sunday"), _on(c, "on Wednesday")) == ("2023-03-05", "2023-03-08")


def test_case_08_page_metadata_before_the_url_date() -> None:
    read = _case("08-url-date-vs-meta")
    a = read["a-weekly-gazette"]
    assert a.published == dt.date(2019, 3, 15)
    assert _on(a, "on Thursday") == "2019-03-14"
    assert {read["b-port-news"].published, read["c-shipping-daily"].published} == {dt.date(2019, 3, 15)}


def test_case_18_day_first_date_read_by_the_other_stories() -> None:
    read = _case("18-day-month-order-dateline")
    a = read["a-london-evening"]
    assert a.published == dt.date(2020, 3, 4)
    assert "other stories" in a.removed[0].why
    assert (_on(a, "on Tuesday night"), _on(a, "on Wednesday")) == ("2020-03-03", "2020-03-04")


def test_case_18_alone_the_numeric_date_is_unknown(tmp_path: Path) -> None:
    source = shared_or_skip(CASES / "18-day-month-order-dateline" / "input" / "a-london-evening.txt")
    (tmp_path / "a.txt").write_bytes(source.read_bytes())
    article = read_inputs([tmp_path / "a.txt"], Config()).articles[0]
    assert article.published is None
    assert article.removed[0].text == "04/03/2020"
    assert "04/03/2020" not in article.text


def test_case_22_web_archive_capture_date_is_not_the_publication() -> None:
    read = _case("22-warc-capture-date-as-published")
    page = read["cc-news-sample/1"]
    assert (page.published, page.fetched) == (None, dt.date(2021, 6, 5))
    assert _on(page, "Yesterday") is None
    assert read["b-fire-wire"].published == dt.date(2021, 5, 11)


def test_tac_articles_get_the_date_line_under_their_title() -> None:
    record = cluster("tac2011_multiling_en", 0)
    articles = {a.id: a for a in cluster_articles(record, str(record["id"]), "tac")[0]}
    assert sum(a.published is not None for a in articles.values()) == len(articles) == 10
    assert articles["M0001.english"].published == dt.date(2005, 1, 1)
    assert articles["M0006.english"].published == dt.date(2004, 12, 29)
    # the date run into the first sentence: read, and the sentence kept
    romania = articles["M0004.english"]
    assert romania.published == dt.date(2005, 1, 18)
    assert [r.text for r in romania.removed] == ["Tuesday, January 18, 2005"]
    assert "\nThrough a telethon, Romanians" in romania.text


def test_jsonl_date_field_wins_over_the_text() -> None:
    record = {"id": "c", "articles": [{"text": "Title\n\nMarch 12, 2008\n\nBody.", "date": "2008-03-13"}]}
    article = cluster_articles(record, "c", "x")[0][0]
    assert (article.published, article.removed) == (dt.date(2008, 3, 13), ())


def test_text_date_line_above_the_title_is_no_title(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Posted on 6 March 2023\nDam opens spillway\n\nThe dam opened on Sunday.\n",
                                    encoding="utf-8")
    article = read_inputs([tmp_path / "a.txt"], Config()).articles[0]
    assert (article.title, article.published, article.text) == ("Dam opens spillway", dt.date(2023, 3, 6),
                                                               "The dam opened on Sunday.")


def test_jsonl_cluster_date_lines_tell_their_format() -> None:
    articles = [{"text": "Barrier closed\n\n04/03/2020\n\nThe barrier was closed."},
                {"text": "Barrier opens again\n\n17/03/2020\n\nThe barrier was opened."}]
    read = cluster_articles({"id": "c", "articles": articles}, "c", "x")[0]
    assert [a.published for a in read] == [dt.date(2020, 3, 4), dt.date(2020, 3, 17)]
    assert "format of the other date lines" in read[0].removed[0].why


def test_store_keeps_the_capture_date_apart(tmp_path: Path) -> None:
    from newsbrief.digest import digest
    from newsbrief.store import open_store

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "crawl.warc").write_bytes(_warc(PAGE.format(head="", tail=""), "2021-06-05T03:14:00Z"))
    with open_store(tmp_path / "news.db") as store:
        digest([tmp_path / "in"], store, Config(), briefs=False)
        [account] = store.accounts()
    assert (account.published, account.fetched) == (None, dt.date(2021, 6, 5))


def test_text_update_line_above_the_publication_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Dam opens spillway\nUpdated 8 March 2023\n\nPublished 6 March 2023\n\n"
                                    "The dam opened on Sunday.\n", encoding="utf-8")
    article = read_inputs([tmp_path / "a.txt"], Config()).articles[0]
    assert (article.published, article.text) == (dt.date(2023, 3, 6), "The dam opened on Sunday.")
    assert [r.why.split(",")[0] for r in article.removed] == ["dateline: another date of the page (not its first "
                                                             "publication)", "dateline: publication date"]


def test_text_numeric_date_read_by_another_date_of_the_same_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Barrier closed\n04/03/2020\n\nThe barrier closed on Tuesday night.\n\n"
                                    "A review is due on 17/03/2020.\n", encoding="utf-8")
    article = read_inputs([tmp_path / "a.txt"], Config()).articles[0]
    assert article.published == dt.date(2020, 3, 4)
    assert "article's other dates" in article.removed[0].why


def test_html_numeric_date_read_by_the_outlet_country(tmp_path: Path) -> None:
    page = PAGE.format(head='<link rel="canonical" href="https://www.evening.co.uk/news/barrier">', tail="")
    (tmp_path / "uk.html").write_text(page.replace("<h1>", "<p>04/03/2020</p><h1>"), encoding="utf-8")
    (tmp_path / "us.html").write_text(page.replace("<h1>", "<p>04/03/2020</p><h1>").replace(".co.uk", ".us"),
                                      encoding="utf-8")
    read = {a.id: a.published for a in read_inputs([tmp_path], Config()).articles}
    assert read == {"uk": dt.date(2020, 3, 4), "us": dt.date(2020, 4, 3)}


def test_text_opening_with_a_date_run_into_its_lead_has_no_title(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Saturday, March 26, 2005 Up to four times as many women as men died.\n"
                                    "Aid agencies said so on Friday\n", encoding="utf-8")
    article = read_inputs([tmp_path / "a.txt"], Config()).articles[0]
    assert (article.title, article.published) == (None, dt.date(2005, 3, 26))
    assert article.text.startswith("Up to four times")


_DATE_WORDS = st.sampled_from(["Published", "Updated", "Posted on", "by Jane", "|", "March", "6", "2023", "04/03/2020",
                               "Sat,", "12:01", "PM", "GMT", "2023-03-06T09:12:00Z", "The", "fire", ".", "on"])


@given(st.lists(_DATE_WORDS, max_size=12).map(" ".join) | st.text(max_size=80))
def test_date_line_never_fails_and_takes_only_the_line_opening(line: str) -> None:
    found = date_line(line)
    if found is not None:
        assert line.strip().startswith(found.text)
        assert found.date is not None or len(found.readings) == 2
