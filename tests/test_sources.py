"""Who carried each article: outlet, URL and authors read from every input kind, kept in the store,
cited with links, and counted once per outlet as support."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from pathlib import Path

import numpy as np

from conftest import SHARED, shared_or_skip
from newsbrief.config import Config
from newsbrief.facts import SupportIndex
from newsbrief.ingest import read_inputs
from newsbrief.model import Account, Article, Brief, Event, Sentence, Status, SummarySentence
from newsbrief.render import to_dict, to_html, to_markdown
from newsbrief.sources import credited, credited_outlets, outlets, record_source, witnesses
from newsbrief.store import SCHEMA_VERSION, migrate, open_store

CONFIG = Config()

FERRY = ("The ferry strike on the northern islands ended on Monday after dock workers accepted a new pay offer "
         "from the operator.\n\nThe union said the pay deal raises wages by six percent over two years and restores "
         "the night shift allowance.\n\nIsland shops had run short of fresh food during the two-week stoppage.")

PAGE = f"""<!doctype html><html><head>
<title>Ferry strike ends after two weeks | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta name="author" content="Jane Roe; Sam Poe">
<link rel="canonical" href="https://www.harbourgazette.example/news/ferry-strike-ends">
</head><body><article><h1>Ferry strike ends after two weeks</h1>
{"".join(f"<p>{p}</p>" for p in FERRY.split(chr(10) * 2))}
</article></body></html>"""


def _read(tmp_path: Path, name: str, content: str) -> Article:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [article] = read_inputs([path], CONFIG).articles
    return article


def test_html_page_gives_its_site_name_authors_and_canonical_url(tmp_path: Path) -> None:
    article = _read(tmp_path, "ferry.html", PAGE)
    assert article.outlet == "Harbour Gazette"
    assert article.authors == ("Jane Roe", "Sam Poe")
    assert article.url == "https://www.harbourgazette.example/news/ferry-strike-ends"


def test_html_page_without_a_site_name_is_named_by_its_domain(tmp_path: Path) -> None:
    page = (PAGE.replace('<meta property="og:site_name" content="Harbour Gazette">', "")
            .replace("<title>Ferry strike ends after two weeks | Harbour Gazette</title>", "<title>Ferry</title>"))
    article = _read(tmp_path, "ferry.html", page)
    assert article.outlet == "harbourgazette.example"


def test_web_archive_record_gives_its_target_uri(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    page = PAGE.replace('<link rel="canonical" href="https://www.harbourgazette.example/news/ferry-strike-ends">', "")
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://harbourgazette.example/2021/ferry", "response",
                                                  payload=io.BytesIO(page.encode()), http_headers=headers))
    path = tmp_path / "crawl.warc"
    path.write_bytes(out.getvalue())
    [article] = read_inputs([path], CONFIG).articles
    assert (article.outlet, article.url) == ("Harbour Gazette", "https://harbourgazette.example/2021/ferry")


def test_text_header_lines_give_url_outlet_authors_and_date_and_are_not_text(tmp_path: Path) -> None:
    text = ("URL: https://coastdaily.example/ferry\nSource: Coast Daily\nAuthor: Ann Loe and Tom Berg\n"
            "Published: 2021-03-02\n\nFerry strike ends\n\n" + FERRY)
    article = _read(tmp_path, "coast.txt", text)
    assert (article.url, article.outlet, article.authors) == (
        "https://coastdaily.example/ferry", "Coast Daily", ("Ann Loe", "Tom Berg"))
    assert article.published == dt.date(2021, 3, 2)
    assert article.title == "Ferry strike ends"
    assert article.text.startswith("The ferry strike")
    assert [r.why for r in article.removed] == ["metadata line: address", "metadata line: outlet",
                                                "metadata line: authors", "metadata line: publication date"]


def test_a_byline_under_the_title_gives_the_authors(tmp_path: Path) -> None:
    article = _read(tmp_path, "byline.txt", "Ferry strike ends\nBy Jane Roe and Sam Poe\n\n" + FERRY)
    assert article.authors == ("Jane Roe", "Sam Poe")
    assert "Jane Roe" not in article.text and article.outlet is None
    assert [(r.text, r.why) for r in article.removed] == [("By Jane Roe and Sam Poe", "boilerplate: byline or credit")]


def test_05_bylines_under_the_title_give_the_authors() -> None:
    """05-byline-forms: the reporters are the articles' authors (and stay out of the text)."""
    folder = shared_or_skip(SHARED / "cases" / "05-byline-forms" / "input")
    articles = {a.id: a for a in read_inputs([folder], CONFIG).articles}
    assert articles["a-coastal-ledger"].authors == ("ANA RUIZ", "TOMAS BERG", "LENA VOSS")
    assert articles["b-bay-courier"].authors == ("Marta Quell",)
    assert all("Marta Quell" not in a.text and "ANA RUIZ" not in a.text for a in articles.values())


def test_a_title_starting_with_by_is_no_byline_and_a_bad_url_header_is_not_kept(tmp_path: Path) -> None:
    article = _read(tmp_path, "by.txt", "By The Numbers\n\n" + FERRY)
    assert article.authors == ()
    assert not any(r.why.startswith("metadata") for r in article.removed)
    article = _read(tmp_path, "bad.txt", "URL: javascript:alert(1)\nSource: Coast Daily\n\nFerry\n\n" + FERRY)
    assert (article.url, article.outlet) == (None, "Coast Daily")
    assert "javascript" not in article.text


def test_news_please_fields_of_a_cluster_article(tmp_path: Path) -> None:
    record = {"id": "ferry", "articles": [
        {"text": FERRY, "title": "Ferry strike ends", "url": "https://www.coastdaily.example/ferry",
         "source_domain": "coastdaily.example", "authors": ["Ann Loe", "Tom Berg"],
         "date_publish": "2021-03-02 14:03:00"},
        {"text": FERRY, "title": "Ferry strike ends", "url": "not a url", "authors": 7},
    ]}
    path = tmp_path / "cluster.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    first, second = read_inputs([path], CONFIG).articles
    assert (first.outlet, first.url, first.authors, first.published) == (
        "coastdaily.example", "https://www.coastdaily.example/ferry", ("Ann Loe", "Tom Berg"), dt.date(2021, 3, 2))
    assert (second.outlet, second.url, second.authors) == (None, None, ())


def test_trafilatura_json_fields() -> None:
    found = record_source({"source": "https://harbourgazette.example/a", "source-hostname": "Harbour Gazette",
                           "hostname": "harbourgazette.example", "author": "Jane Roe; Sam Poe"})
    assert (found.outlet, found.url, found.authors) == (
        "Harbour Gazette", "https://harbourgazette.example/a", ("Jane Roe", "Sam Poe"))


def _article(article_id: str, outlet: str | None = None, url: str | None = None) -> Article:
    return Article(article_id, f"{article_id}.txt", None, None, "", outlet=outlet, url=url)


def test_two_pages_of_one_outlet_support_a_sentence_once() -> None:
    articles = [_article("a", "Harbour Gazette", "https://harbourgazette.example/1"),
                _article("b", "harbourgazette.example", "https://www.harbourgazette.example/2"),
                _article("c", "Coast Daily")]
    said = "The ferry strike ended on Monday."
    sentences = [Sentence(a.id, 0, 0, said) for a in articles]
    vectors = np.ones((3, 2), dtype=np.float32) / np.sqrt(2)
    story_of = {"a": "a", "b": "b", "c": "c"}
    index = SupportIndex(sentences, vectors, witnesses(story_of, articles), ["a", "b", "c"])
    support = index.support(vectors[0], "a", 0.9)
    assert (support.sources, support.stories) == (("a", "b", "c"), 2)
    assert outlets(articles) == ("Harbour Gazette", "Coast Daily")
    # Without outlets every article is its own witness, as before.
    plain = [_article("a"), _article("b"), _article("c")]
    assert SupportIndex(sentences, vectors, witnesses(story_of, plain), ["a", "b", "c"]).support(
        vectors[0], "a", 0.9).stories == 3


LINKED = Brief(
    events=(Event("event-1", "Ferry strike ends.",
                  (SummarySentence("The ferry strike ended on Monday.", ("a", "b", "c"), 2, "a", 0),), ("a", "b", "c"),
                  outlets=("Harbour Gazette",)),),
    articles=(
        Account("a", "a.html", "Ferry strike ends", dt.date(2021, 3, 1), Status.USED, "used",
                outlet="Harbour Gazette", url="https://harbourgazette.example/ferry_(live)", authors=("Jane Roe",)),
        Account("b", "b.txt", "Strike over", None, Status.USED, "used", outlet="Harbour Gazette",
                url="javascript:alert(1)"),
        Account("c", "c.txt", None, None, Status.USED, "used"),
    ),
)


def test_markdown_cites_outlets_with_links_and_never_a_script_link() -> None:
    text = to_markdown(LINKED)
    assert ("- The ferry strike ended on Monday. ([Harbour Gazette](https://harbourgazette.example/ferry_%28live%29); "
            "Harbour Gazette [2]; [3])") in text
    assert "*Covered by 1 outlet: Harbour Gazette; 1 article names no outlet*" in text
    assert ("[1] [Harbour Gazette](https://harbourgazette.example/ferry_%28live%29): Ferry strike ends, "
            "2021-03-01, by Jane Roe (a)") in text
    assert "[2] Harbour Gazette: Strike over, undated (b)" in text
    assert "[3] c: (untitled), undated" in text
    assert "javascript" not in text


def test_html_links_outlets_escaped_and_only_http() -> None:
    page = to_html(LINKED)
    assert ('<a class=outlet href="https://harbourgazette.example/ferry_(live)" rel="noopener noreferrer">'
            'Harbour Gazette</a>') in page
    assert "javascript" not in page
    assert "Covered by 1 outlet: Harbour Gazette" in page
    hostile = Brief(LINKED.events, (Account("a", "a.html", None, None, Status.USED, "used",
                                            outlet="<b>Gazette</b>", url='https://x.example/"><script>'),))
    page = to_html(hostile)
    assert "<script" not in page and "<b>Gazette" not in page
    assert 'href="https://x.example/&quot;&gt;&lt;script&gt;"' in page


def test_json_keeps_ids_and_adds_the_source_fields() -> None:
    data = to_dict(LINKED)
    assert data["events"][0]["articles"] == ["a", "b", "c"]
    assert data["events"][0]["outlets"] == ["Harbour Gazette"]
    first = data["articles"][0]
    assert (first["outlet"], first["url"], first["authors"]) == (
        "Harbour Gazette", "https://harbourgazette.example/ferry_(live)", ["Jane Roe"])


def test_store_keeps_the_source_fields_and_an_older_store_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path, isolation_level=None)
    for version in range(1, 7):  # the schema before outlets were kept
        migrate(connection, version)
    connection.execute("INSERT INTO articles (id, path, status, reason) VALUES ('old', 'old.txt', 'used', 'kept')")
    connection.close()
    with open_store(path) as store:
        with store.transaction():
            store.add_article(LINKED.articles[0], "key", FERRY, event_id="event-1")
        accounts = {a.id: a for a in store.accounts()}
        assert (accounts["old"].outlet, accounts["old"].url, accounts["old"].authors) == (None, None, ())
        assert (accounts["a"].outlet, accounts["a"].authors) == ("Harbour Gazette", ("Jane Roe",))
        [article] = store.event_articles("event-1")
        assert (article.outlet, article.url) == ("Harbour Gazette", "https://harbourgazette.example/ferry_(live)")
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_brief_counts_two_pages_of_one_outlet_once(tmp_path: Path) -> None:
    from newsbrief.pipeline import brief

    texts = {
        "gazette-1.txt": ("Source: Harbour Gazette\nURL: https://harbourgazette.example/1\n\nFerry strike ends\n\n"
                          + FERRY),
        "gazette-2.txt": ("Source: Harbour Gazette\nURL: https://harbourgazette.example/2\n\nIslands count the cost\n\n"
                          "Fishermen on the northern islands said they lost a fortnight of sales during the ferry "
                          "strike because catches could not reach the mainland markets.\n\nUnder the pay deal, wages "
                          "rise by six percent over two years, the union said.\n\nHotel owners reported a wave of "
                          "cancellations for the Easter weekend.\n\nThe island council will ask the operator to "
                          "compensate traders for their losses.\n\nA freight ferry carrying fuel and groceries left "
                          "the harbour late on Tuesday night."),
        "coast.txt": ("Source: Coast Daily\n\nDock workers back pay deal\n\nThe strike by dock workers that halted "
                      "ferries to the northern islands ended on Monday when they accepted a new pay offer.\n\nThe "
                      "operator said normal sailings would resume on Wednesday morning."),
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = brief([tmp_path / name for name in texts], CONFIG, progress=False)
    [event] = result.events
    assert event.outlets == ("Harbour Gazette", "Coast Daily")
    outlet_of = {a.id: a.outlet for a in result.articles}
    # Both Gazette pages are read as stories of their own (neither is a copy): only their outlet joins them.
    assert {a.id: a.status for a in result.articles} == {"gazette-1": Status.USED, "gazette-2": Status.USED,
                                                          "coast": Status.USED}
    assert outlet_of == {"gazette-1": "Harbour Gazette", "gazette-2": "Harbour Gazette", "coast": "Coast Daily"}
    # Each sentence is supported by as many witnesses as it has outlets, however many pages say it.
    assert event.summary
    assert [s.support for s in event.summary] == [len({outlet_of[a] for a in s.sources}) for s in event.summary]
    # The wage rise is told by both pages of the Gazette: two sources, one witness (2 without the
    # Source: lines, as measured).
    wages = next(s for s in event.summary if "six percent" in s.text)
    assert (wages.sources, wages.support) == (("gazette-1", "gazette-2"), 1)


def test_hostile_page_metadata_is_text_and_no_script_link(tmp_path: Path) -> None:
    """21-html-injection's kind, in the source fields: a site name carrying markup, a javascript: canonical."""
    page = (PAGE.replace('content="Harbour Gazette"', 'content="Gazette &lt;script&gt;alert(1)&lt;/script&gt;"')
            .replace("https://www.harbourgazette.example/news/ferry-strike-ends", "javascript:alert(2)"))
    article = _read(tmp_path, "hostile.html", page)
    assert (article.outlet, article.url) == ("Gazette <script>alert(1)</script>", None)
    account = Account(article.id, article.path, article.title, None, Status.USED, "used", outlet=article.outlet,
                      url=article.url, authors=article.authors)
    brief = Brief((Event("e", "Ferry strike ends.", (SummarySentence("It ended.", ("hostile",), 1),), ("hostile",),
                         outlets=(article.outlet or "",)),), (account,))
    assert "<script" not in to_html(brief) and "javascript" not in to_html(brief)
    assert "Gazette \\<script\\>alert(1)\\</script\\> [1]" in to_markdown(brief)  # escaped: shown as text


def test_a_report_crediting_a_station_throughout_retells_its_report() -> None:
    # r18: three rewrites of one station's report ("according to WKMG", "WKMG reported") were cited as
    # independent agreement.
    rewrite = ["A woman was arrested after crashing a wedding, according to news station WKMG.",
               "She threw a drink at the couple, the sheriff's office said.",
               "Bridesmaids dragged her out of a stall, WKMG reported.",
               "The groom told deputies she had not been invited.",
               "The resort declined to comment, The Palm Beach Post reported."]
    found = credited(rewrite, 1 / 12)
    assert found is not None and (found.name, found.key, found.sentences) == ("WKMG", "wkmg", 2)
    assert [(c.key, c.sentences) for c in credited_outlets(rewrite)] == [("wkmg", 2), ("palm beach post", 1)]
    # one credit in a long report is a quote, not a retelling; "told deputies" names no outlet
    assert credited([rewrite[0], *rewrite[1:2] * 30], 1 / 12) is None
    assert credited_outlets(["He told deputies she had left, police said.", "The Post reported nothing."]) == []
    # quotes given to a paper relay interviews, not its report; crediting several outlets compiles them
    assert credited(["The minister told the Valley Post the games were ready.", "He told the Post so."], 1 / 12) is None
    compiled = ["The quake hit at noon, Reuters reported.", "Waves were small, the BBC reports.",
                "An official told the BBC they would grow.", "The Tide Herald reported evacuations."]
    assert credited(compiled, 1 / 12) is None
    # "the Post" after "the Bangkok Post" is that paper; "told the AP" and "according to The Associated Press"
    # are one agency; a station's "Channel 11" is a name
    assert [(c.key, c.sentences) for c in credited_outlets([
        "The Bangkok Post reported the fire.", "The Post said 12 died.", "Officials told the Post so.",
        "He told the AP.", "The toll rose, according to The Associated Press.",
        "Neighbors told Channel 11 they saw her."])] == [
        ("bangkok post", 2), ("associated press", 2), ("channel 11", 1)]


def test_reports_retelling_one_outlet_are_one_witness_with_it() -> None:
    station = Article("station", "", None, None, "", outlet="WKMG")
    first = Article("first", "", None, None, "")
    second = Article("second", "", None, None, "", outlet="Daily Planet")
    other = Article("other", "", None, None, "", outlet="Coast Daily")
    ids = ["station", "first", "second", "other"]
    assert witnesses({i: i for i in ids}, [station, first, second, other], {"first": "wkmg", "second": "wkmg"}) == {
        "station": "station", "first": "station", "second": "station", "other": "other"}
    # without the station among the inputs, its two retellings are still one witness
    assert witnesses({i: i for i in ids[1:]}, [first, second, other], {"first": "wkmg", "second": "wkmg"}) == {
        "first": "first", "second": "first", "other": "other"}
