"""Read inputs into :class:`Article` records: plain text, HTML pages and JSONL clusters.

Every input ends up either as an :class:`Article` or as an :class:`Account` saying why it
could not be read, so nothing a user gives is silently dropped. Only problems that make
the whole request meaningless (no inputs, an ambiguous JSONL cluster) raise
:class:`NewsbriefError`.

Readers are registered by file suffix in :data:`READERS`; anything else is read as text.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import charset_normalizer

from newsbrief import published as dates
from newsbrief.clean import boilerplate_reason
from newsbrief.config import Config
from newsbrief.model import Account, Article, NewsbriefError, Removed, Status

STDIN = "-"

# " date 2020-01-08 World / Politics": the scraper's metadata line that opens some text files.
_METADATA_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_DATELINE_SEARCH_LINES = 8
_TITLE_MAX_WORDS = 30
_SNIFF_BYTES = 8192
_ASCII_SHARE = 0.7


@dataclass(frozen=True, slots=True)
class Inputs:
    """What the readers made of the inputs: articles to brief, and accounts of inputs that could not be used."""

    articles: tuple[Article, ...]
    rejected: tuple[Account, ...]


Reader = Callable[[str, str, str, Config], tuple[list[Article], list[Account]]]


def refused(
    article_id: str, path: str, status: Status, reason: str, title: str | None = None,
    published: dt.date | None = None,
) -> Account:
    """The account of an input that cannot be briefed."""
    return Account(article_id, path, title, published, status, reason)


def read_inputs(
    inputs: Sequence[str | Path], config: Config, stdin: BinaryIO | None = None, every_cluster: bool = False
) -> Inputs:
    """Read files, folders (their files, sorted by name) and ``-`` for standard input.

    Args:
        inputs: Paths of files or folders, or ``-``.
        config: Run settings (size limit, JSONL cluster id).
        stdin: Stream read for ``-``.
        every_cluster: Read every cluster of a JSONL dataset instead of one chosen cluster.

    Returns:
        The articles read, and an :class:`Account` of every input that could not be read.

    Raises:
        NewsbriefError: No inputs were given, or a JSONL cluster choice is needed or wrong.
    """
    articles: list[Article] = []
    rejected: list[Account] = []
    for found, failed in stream_inputs(inputs, config, stdin, every_cluster):
        articles.extend(found)
        rejected.extend(failed)
    return Inputs(tuple(_unique_ids(_date_orders(articles))), tuple(rejected))


def stream_inputs(
    inputs: Sequence[str | Path], config: Config, stdin: BinaryIO | None = None, every_cluster: bool = False
) -> Iterator[tuple[list[Article], list[Account]]]:
    """Read inputs one file at a time, so a long stream is never held in memory whole.

    Yields, per file, the articles read from it and the accounts of what could not be read.
    Arguments are those of :func:`read_inputs`; ids are unique within a file, not across files.
    """
    if not inputs:
        raise NewsbriefError("no input given: name article files or folders, or - for standard input")
    rejected: list[Account] = []
    for source, name, data in _sources(inputs, stdin, config, rejected):
        if rejected:
            yield [], list(rejected)
            rejected.clear()  # _sources keeps appending to this list
        if isinstance(data, Path):
            yield read_warc(data, config)
        else:
            yield _read_one(source, name, data, config, every_cluster)
    if rejected:
        yield [], rejected


def _sources(
    inputs: Sequence[str | Path], stdin: BinaryIO | None, config: Config, rejected: list[Account]
) -> Iterable[tuple[str, str, bytes | Path]]:
    """Yield (path shown to the user, file name, raw bytes) for every readable file.

    A web archive is yielded as its path: it is streamed record by record, not read whole.
    """
    for given in inputs:
        if str(given) == STDIN:
            if stdin is None:
                rejected.append(refused("stdin", STDIN, Status.UNREADABLE, "standard input is not available"))
                continue
            data = stdin.read(config.max_file_bytes + 1)
            if len(data) > config.max_file_bytes:
                reason = f"standard input is over the {config.max_file_bytes / 1e6:.1f} MB limit for one article"
                rejected.append(refused("stdin", STDIN, Status.UNREADABLE, reason))
                continue
            yield STDIN, "stdin", data
            continue
        path = Path(given)
        if path.is_dir():
            # Subfolders too, in name order; hidden files (.DS_Store, .git) are not articles.
            files = sorted(p for p in path.rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                rejected.append(refused(path.name, str(path), Status.EMPTY, f"{path}: folder holds no files"))
            for file in files:
                yield from _file_bytes(file, config, rejected)
        else:
            yield from _file_bytes(path, config, rejected)


def _file_bytes(path: Path, config: Config, rejected: list[Account]) -> Iterable[tuple[str, str, bytes | Path]]:
    try:
        size = path.stat().st_size
        if is_warc(path.name):
            yield str(path), path.name, path
            return
        # The limit is for one article; a JSONL file holds whole clusters, and datasets of them.
        if size > config.max_file_bytes and path.suffix.lower() != ".jsonl":
            reason = (
                f"{path}: file is {size / 1e6:.1f} MB, over the {config.max_file_bytes / 1e6:.1f} MB limit "
                "for one article; split it or raise max_file_bytes"
            )
            rejected.append(refused(path.stem, str(path), Status.UNREADABLE, reason))
            return
        data = path.read_bytes()
    except FileNotFoundError:
        rejected.append(refused(path.stem, str(path), Status.UNREADABLE, f"{path}: no such file or folder"))
        return
    except OSError as error:
        rejected.append(refused(path.stem, str(path), Status.UNREADABLE, f"{path}: {error.strerror}"))
        return
    yield str(path), path.name, data


def _read_one(
    source: str, name: str, data: bytes, config: Config, every_cluster: bool
) -> tuple[list[Article], list[Account]]:
    article_id = Path(name).stem
    text, problem = decode(data)
    if text is None:
        return [], [refused(article_id, source, Status.UNREADABLE, f"{source}: {problem}")]
    if not text.strip():
        return [], [refused(article_id, source, Status.EMPTY, f"{source}: file is empty")]
    suffix = Path(name).suffix.lower()
    start = text.lstrip()[:200].lower()
    if suffix not in READERS or name == "stdin":
        # No telling suffix: go by the content's first characters.
        if start.startswith("{"):
            suffix = ".jsonl"
        elif start.startswith(("<!doctype html", "<html")) or "<head" in start:
            suffix = ".html"
    if every_cluster and suffix == ".jsonl":
        return read_dataset(source, text)
    reader = READERS.get(suffix, read_text)
    return reader(article_id, source, text, config)


def decode(data: bytes) -> tuple[str | None, str]:
    """Decode bytes as text, detecting the encoding when it is not UTF-8.

    Returns:
        The text and ``""``, or ``None`` and what is wrong (binary data, unknown encoding).

    >>> decode("café".encode("cp1252"))
    ('café', '')
    >>> decode("Zürich".encode("utf-16"))
    ('Zürich', '')
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ""
        except UnicodeDecodeError:
            return None, "starts like UTF-16 text but does not decode as UTF-16"
    if b"\x00" in data[:_SNIFF_BYTES]:
        return None, "binary file, not text (it contains NUL bytes)"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    # Mostly-ASCII text that is not UTF-8 is, for English news, a Western code page; detectors guess
    # wildly on such text when it is short.
    if sum(byte < 0x80 for byte in data) >= _ASCII_SHARE * len(data):
        return data.decode("cp1252", errors="replace"), ""
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None, "binary file or unknown text encoding; save it as UTF-8"
    return str(best), ""


def read_text(article_id: str, source: str, text: str, config: Config) -> tuple[list[Article], list[Account]]:
    """Read a plain-text article: title on the first line, optional metadata and dateline lines."""
    lines = text.splitlines()
    removed: list[Removed] = []
    published: dt.date | None = None
    body_start = 0
    first = _first_nonempty(lines, 0)
    if first is not None and (match := _METADATA_DATE.match(lines[first])):
        published = _iso_date(match.group(1))
        removed.append(Removed(lines[first].strip(), "metadata line: publication date"))
        lines[first] = ""
    title: str | None = None
    for index, line in enumerate(lines):
        stripped = line.strip()
        # a date line above the title is no title (a date run into a sentence starts the body)
        if not stripped or boilerplate_reason(stripped) or _whole_date_line(stripped):
            continue
        if _is_title(stripped):
            title = stripped
            lines[index] = ""
            body_start = index + 1
        break
    dateline, taken = _take_date_line(lines, 0, body_start + _DATELINE_SEARCH_LINES, text)
    published = published or dateline
    removed.extend(taken)
    body = "\n".join(lines).strip("\n")
    return [Article(article_id, source, title, published, body, tuple(removed))], []


def read_html(
    article_id: str, source: str, html: str, config: Config, url: str | None = None, fetched: dt.date | None = None
) -> tuple[list[Article], list[Account]]:
    """Read an HTML page: main text and title through trafilatura, its date as :mod:`newsbrief.published` reads it.

    Lines of the page's visible text that trafilatura left out are listed as removed. ``url`` is the
    page's address where the page does not give it; ``fetched`` the day a crawler saw it, after which
    it cannot have been published.
    """
    import trafilatura  # a third of a second to import; only HTML inputs need it
    extracted = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                                    favor_precision=True, date_extraction_params=_QUICK_HTMLDATE)
    document: dict[str, Any] = json.loads(extracted) if extracted else {}
    body = str(document.get("text") or "")
    if not body.strip():
        return [], [refused(article_id, source, Status.EMPTY, f"{source}: no article text found in the page")]
    title = str(document.get("title") or "") or None
    kept = " ".join(body.split())
    blocks = _page_blocks(html)
    removed = [Removed(block, "outside the page's main text") for block in blocks
               if block not in kept and block != title]
    # The blocks above the first one of the main text; none when no block is found in it (a footer or
    # a reader comment is never above the text).
    first = next((index for index, block in enumerate(blocks) if block in kept), 0)
    heading = blocks[:first]
    url = str(document.get("source") or "") or url  # trafilatura's name for the page's own address
    published, body, taken = _page_date(html, heading, body, url, fetched)
    removed.extend(taken)
    return [Article(article_id, source, title, published, body, tuple(removed), fetched)], []


def read_jsonl(_: str, source: str, text: str, config: Config) -> tuple[list[Article], list[Account]]:
    """Read one cluster of a JSONL file in the format of ``shared/data`` (one cluster per line).

    Raises:
        NewsbriefError: A line is not JSON, or the file holds several clusters and none (or an
            unknown one) was chosen with ``config.cluster``.
    """
    clusters: list[dict[str, Any]] = []
    for number, record in jsonl_records(text, source):
        if not isinstance(record.get("articles"), list):
            raise NewsbriefError(f"{source}:{number}: a cluster needs an 'articles' list")
        clusters.append(record)
    ids = [str(cluster.get("id", f"line{n}")) for n, cluster in enumerate(clusters, start=1)]
    shown = ", ".join(ids[:20]) + (f", ... ({len(ids)} in all)" if len(ids) > 20 else "")
    if config.cluster is not None:
        if config.cluster not in ids:
            raise NewsbriefError(f"{source}: no cluster {config.cluster!r}; clusters are: {shown}")
        chosen = ids.index(config.cluster)
    elif len(clusters) == 1:
        chosen = 0
    else:
        raise NewsbriefError(f"{source} holds {len(ids)} clusters; choose one with --cluster: {shown}")
    return cluster_articles(clusters[chosen], ids[chosen], source)


def read_dataset(source: str, text: str) -> tuple[list[Article], list[Account]]:
    """Read every cluster of a JSONL dataset (the format of ``shared/data``).

    A line that is not a cluster is accounted for as unreadable; the other lines are still read.
    """
    articles: list[Article] = []
    rejected: list[Account] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = _json_object(line, source, number)
        except NewsbriefError as error:
            rejected.append(refused(f"line{number}", f"{source}:{number}", Status.UNREADABLE, str(error)))
            continue
        cluster_id = str(record.get("id", f"line{number}"))
        if not isinstance(record.get("articles"), list):
            rejected.append(refused(cluster_id, f"{source}:{number}", Status.UNREADABLE,
                                    f"{source}:{number}: a cluster needs an 'articles' list"))
            continue
        found, failed = cluster_articles(record, cluster_id, source)
        articles.extend(found)
        rejected.extend(failed)
    return articles, rejected


def jsonl_records(text: str, source: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """The JSON objects of a JSONL text with their line numbers, skipping blank lines.

    Raises:
        NewsbriefError: A line is not a JSON object; the message names the file and line.
    """
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, _json_object(line, source, number)


def _json_object(line: str, source: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise NewsbriefError(f"{source}:{number}: not valid JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise NewsbriefError(f"{source}:{number}: expected a JSON object")
    return record


def cluster_articles(cluster: Mapping[str, Any], cluster_id: str, source: str) -> tuple[list[Article], list[Account]]:
    """The articles of one cluster record; ids are ``doc_id``, else ``<cluster id>/<index>``."""
    articles: list[Article] = []
    rejected: list[Account] = []
    for index, item in enumerate(cluster.get("articles") or []):
        where = f"{source}#{cluster_id}/{index}"
        if not isinstance(item, dict) or not isinstance(item.get("text", ""), str):
            rejected.append(refused(f"{cluster_id}/{index}", where, Status.UNREADABLE,
                                     f"{where}: an article must be an object with a 'text' string"))
            continue
        article_id = str(item.get("doc_id") or f"{cluster_id}/{index}")
        body = item.get("text") or ""
        title = item.get("title") or None
        published = _iso_date(str(item["date"])) if item.get("date") else None
        removed: list[Removed] = []
        if published is None and body.strip():
            # No date field: the date line under the title dates it (TAC's "Saturday, January 1, 2005").
            lines = body.splitlines()
            published, removed = _take_date_line(lines, 0, _DATELINE_SEARCH_LINES, body)
            body = "\n".join(lines)
        if not body.strip():
            rejected.append(refused(article_id, where, Status.EMPTY, f"{where}: article text is empty",
                                     title, published))
            continue
        articles.append(Article(article_id, where, title, published, body, tuple(removed)))
    return _date_orders(articles, one_source=True), rejected


def is_warc(name: str) -> bool:
    """Whether a file name is that of a web archive (``.warc`` or ``.warc.gz``)."""
    return name.lower().endswith((".warc", ".warc.gz"))


def read_warc(path: Path, config: Config) -> tuple[list[Article], list[Account]]:
    """Read the HTML pages of a web archive: one article per ``response`` record.

    Ids are ``<archive name>/<record number>``. A broken record is accounted for as unreadable
    and reading resumes at the next record start found after it, so one bad record does not
    lose the rest of the archive.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stem = path.name[:-len(".warc.gz")] if path.name.lower().endswith(".gz") else path.stem
    articles: list[Article] = []
    rejected: list[Account] = []
    number = 0
    try:
        handle = path.open("rb")
    except OSError as error:
        return [], [refused(stem, str(path), Status.UNREADABLE, f"{path}: {error.strerror}")]
    with handle:
        start: int | None = 0
        while start is not None:
            offset = start
            handle.seek(offset)
            records = ArchiveIterator(handle)
            resume_after: int | None = None
            try:
                for record in records:
                    number += 1
                    found, failed = _warc_page(record, f"{stem}/{number}", f"{path}#{number}", config)
                    articles.extend(found)
                    rejected.extend(failed)
                    # Known only once the record has been read to its end.
                    resume_after = offset + records.get_record_offset()
                start = None
            except (ArchiveLoadFailed, ValueError, OSError, EOFError) as error:
                broken_at = resume_after if resume_after is not None else offset
                rejected.append(refused(f"{stem}@{broken_at}", f"{path}@{broken_at}", Status.UNREADABLE,
                                        f"{path}: broken archive record after byte {broken_at} "
                                        f"({str(error).splitlines()[0][:120]}); reading resumes at the next record"))
                start = _next_record_start(path, broken_at + 1)
    return articles, rejected


def _warc_page(record: Any, article_id: str, where: str, config: Config) -> tuple[list[Article], list[Account]]:
    """The article of one archive record, if it is an HTML response."""
    if record.rec_type != "response":
        return [], []
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{where} {url}".strip()
    content_type = record.http_headers.get_header("Content-Type") if record.http_headers else None
    if content_type and "html" not in content_type.lower():
        return [], [refused(article_id, where, Status.UNREADABLE, f"{where}: not an HTML page ({content_type})")]
    body = _read_up_to(record.content_stream(), config.max_file_bytes + 1)
    if len(body) > config.max_file_bytes:
        return [], [refused(article_id, where, Status.UNREADABLE,
                            f"{where}: page is over the {config.max_file_bytes / 1e6:.1f} MB limit for one article")]
    page, problem = decode(body)
    if page is None:
        return [], [refused(article_id, where, Status.UNREADABLE, f"{where}: {problem}")]
    # When a crawler saw the page, not when it was written: kept apart as ``fetched``.
    captured = _iso_date(record.rec_headers.get_header("WARC-Date") or "")
    return read_html(article_id, where, page, config, url=url or None, fetched=captured)


def _read_up_to(stream: BinaryIO, limit: int) -> bytes:
    # A decompressing reader returns a chunk at a time, not all that was asked for.
    chunks: list[bytes] = []
    size = 0
    while size < limit and (chunk := stream.read(limit - size)):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _next_record_start(path: Path, start: int) -> int | None:
    """Offset of the next WARC record header (or gzip member holding one) at or after ``start``."""
    import mmap

    marker = b"\x1f\x8b\x08" if path.name.lower().endswith(".gz") else b"WARC/1."
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        found = data.find(marker, start)
    return None if found < 0 else found


READERS: dict[str, Reader] = {
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".txt": read_text,
}


_BLOCK_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "td", "th", "dt", "dd",
                         "blockquote", "pre", "nav", "header", "footer", "aside", "section", "div", "article"})


def _page_blocks(html: str) -> list[str]:
    """The visible text of each innermost block element of a page, in order, without repeats."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    for element in root.iter("script", "style", "noscript", "template", "head"):
        element.drop_tree()
    blocks: list[str] = []
    for element in root.iter(*_BLOCK_TAGS):
        if any(child.tag in _BLOCK_TAGS for child in element.iterdescendants()):
            continue
        text = " ".join(element.text_content().split())
        if text and text not in blocks:
            blocks.append(text)
    return blocks


def _first_nonempty(lines: list[str], start: int) -> int | None:
    return next((i for i in range(start, len(lines)) if lines[i].strip()), None)


def _is_title(line: str) -> bool:
    # Headlines are short and, unlike body sentences, do not end with a full stop.
    return len(line.split()) <= _TITLE_MAX_WORDS and not _SENTENCE_END.search(line)


_AMBIGUOUS = "dateline: publication date, day and month order unknown"
# Trafilatura's own date reading, made cheap: its date is not used (see newsbrief.published.html_date).
_QUICK_HTMLDATE = {"extensive_search": False, "original_date": True, "deferred_url_extractor": True}


def _whole_date_line(line: str) -> bool:
    found = dates.date_line(line)
    return found is not None and found.text == line


def _take_date_line(
    lines: list[str], start: int, stop: int, text: str, order: dates.Order | None = None
) -> tuple[dt.date | None, list[Removed]]:
    """Read the first date lines of ``lines[start:stop]`` and take them out of the lines (in place).

    A date run into the first sentence leaves that sentence in its line. A numeric date of unknown
    day and month order is read by ``order`` (the outlet's), else by the other numeric dates of
    ``text``, the whole article.

    Returns:
        The publication date (``None`` when none, or when its day and month order is unknown),
        and the date lines as removed, with their reasons.
    """
    run = dates.opening_dates(lines, start, stop - start, order)
    chosen = dates.publication([line for _, line in run])
    if chosen is None:
        return None, []
    taken = chosen
    if chosen.date is None and (told := dates.text_order(text)) is not None:
        # only now is the whole text searched for a date that tells the order
        chosen = dates.date_line(chosen.text, told) or chosen
    removed: list[Removed] = []
    for index, line in run:
        lines[index] = lines[index].strip()[len(line.text):].strip()
        if line is not taken:
            why = "dateline: another date of the page (not its first publication)"
        elif chosen.date is None:
            why = _AMBIGUOUS
        elif line.date is None:
            why = "dateline: publication date, day and month order told by the article's other dates"
        elif line.label == "updated":
            why = "dateline: last update, the page gives no publication date"
        else:
            why = "dateline: publication date"
        removed.append(Removed(line.text, why))
    return chosen.date, removed


def _page_date(
    html: str, heading: list[str], body: str, url: str | None, fetched: dt.date | None
) -> tuple[dt.date | None, str, list[Removed]]:
    """The publication date of a page, its text without the date line, and that line as removed.

    In this order: the page's metadata; a date line among the blocks above the main text, or at the
    top of the text (taken out of it); the date in the page's URL. Nothing after ``fetched``.
    """
    published = dates.html_date(html, fetched)
    if published is not None:
        return published, body, []
    lines = body.splitlines()
    order = dates.url_order(url)
    above = dates.publication([line for _, line in dates.opening_dates(heading[-_DATELINE_SEARCH_LINES:], 0,
                                                                          _DATELINE_SEARCH_LINES, order)])
    published, taken = (above.date, []) if above else _take_date_line(lines, 0, _DATELINE_SEARCH_LINES, body, order)
    if published is None and (in_url := dates.url_date(url)) is not None and (fetched is None or in_url <= fetched):
        published = in_url
    return published, "\n".join(lines).strip("\n"), taken


def _date_orders(articles: list[Article], one_source: bool = False) -> list[Article]:
    """Read numeric dates of unknown day and month order by the other articles, where they tell.

    From one source (a JSONL cluster), the other date lines' format tells first: "17/03/2020" in one
    says the cluster writes the day first. Then the other stories' dates: one reading of "04/03/2020"
    among stories dated 2020-03-04 and the other a month from any of them, the first is taken (see
    :func:`newsbrief.published.among_others`).
    """
    others = [a.published for a in articles if a.published is not None]
    lines = [r.text for a in articles for r in a.removed if r.why.startswith("dateline: publication date")]
    order = dates.text_order("\n".join(lines)) if one_source else None
    read: list[Article] = []
    for article in articles:
        line = next((r for r in article.removed if r.why == _AMBIGUOUS), None)
        ambiguous = dates.date_line(line.text) if line is not None and article.published is None else None
        if line is None or ambiguous is None or len(ambiguous.readings) != 2:
            read.append(article)
            continue
        day_first, month_first = ambiguous.readings
        day: dt.date | None
        if order is not None:
            day = day_first if order is dates.Order.DAY_FIRST else month_first
            why = "the format of the other date lines of its source"
        else:
            day, why = dates.among_others(ambiguous.readings, others), "the other stories' dates"
        if day is not None:
            told = Removed(line.text, f"dateline: publication date, day and month order told by {why}")
            article = dataclasses.replace(article, published=day,
                                          removed=tuple(told if r is line else r for r in article.removed))
        read.append(article)
    return read


def _iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Give articles whose ids collide (``a.txt`` and ``a.html``) distinct ids, keeping the first as is."""
    seen: set[str] = set()
    unique: list[Article] = []
    for article in articles:
        article_id, n = article.id, 1
        while article_id in seen:
            n += 1
            article_id = f"{article.id}~{n}"
        seen.add(article_id)
        unique.append(dataclasses.replace(article, id=article_id))
    return unique

