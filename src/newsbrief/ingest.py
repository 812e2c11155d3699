"""Read inputs into :class:`Article` records: plain text, HTML pages and JSONL clusters.

Every input ends up either as an :class:`Article` or as an :class:`Account` saying why it
could not be read, so nothing a user gives is silently dropped. Only problems that make
the whole request meaningless (no inputs, an ambiguous JSONL cluster) raise
:class:`NewsbriefError`.

Readers are registered by file suffix in :data:`READERS`; anything else is read as text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import charset_normalizer

from newsbrief.clean import boilerplate_reason, parse_dateline
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


def read_inputs(inputs: Sequence[str | Path], config: Config, stdin: BinaryIO | None = None) -> Inputs:
    """Read files, folders (their files, sorted by name) and ``-`` for standard input.

    Args:
        inputs: Paths of files or folders, or ``-``.
        config: Run settings (size limit, JSONL cluster id).
        stdin: Stream read for ``-``.

    Returns:
        The articles read, and an :class:`Account` of every input that could not be read.

    Raises:
        NewsbriefError: No inputs were given, or a JSONL cluster choice is needed or wrong.
    """
    if not inputs:
        raise NewsbriefError("no input given: name article files or folders, or - for standard input")
    articles: list[Article] = []
    rejected: list[Account] = []
    for source, name, data in _sources(inputs, stdin, config, rejected):
        found, failed = _read_one(source, name, data, config)
        articles.extend(found)
        rejected.extend(failed)
    return Inputs(tuple(_unique_ids(articles)), tuple(rejected))


def _sources(
    inputs: Sequence[str | Path], stdin: BinaryIO | None, config: Config, rejected: list[Account]
) -> Iterable[tuple[str, str, bytes]]:
    """Yield (path shown to the user, file name, raw bytes) for every readable file."""
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


def _file_bytes(path: Path, config: Config, rejected: list[Account]) -> Iterable[tuple[str, str, bytes]]:
    try:
        size = path.stat().st_size
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


def _read_one(source: str, name: str, data: bytes, config: Config) -> tuple[list[Article], list[Account]]:
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
        if not stripped or boilerplate_reason(stripped):
            continue
        if _is_title(stripped):
            title = stripped
            lines[index] = ""
            body_start = index + 1
        break
    for index in range(body_start, min(len(lines), body_start + _DATELINE_SEARCH_LINES)):
        stripped = lines[index].strip()
        if (dateline := parse_dateline(stripped)) is not None:
            published = published or dateline
            removed.append(Removed(stripped, "dateline: publication date"))
            lines[index] = ""
            break
    body = "\n".join(lines).strip("\n")
    return [Article(article_id, source, title, published, body, tuple(removed))], []


def read_html(article_id: str, source: str, html: str, config: Config) -> tuple[list[Article], list[Account]]:
    """Read an HTML page: main text, title and date through trafilatura.

    Lines of the page's visible text that trafilatura left out are listed as removed.
    """
    import trafilatura  # a third of a second to import; only HTML inputs need it
    extracted = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                                    favor_precision=True)
    document: dict[str, Any] = json.loads(extracted) if extracted else {}
    body = str(document.get("text") or "")
    if not body.strip():
        return [], [refused(article_id, source, Status.EMPTY, f"{source}: no article text found in the page")]
    title = str(document.get("title") or "") or None
    kept = " ".join(body.split())
    removed = [Removed(block, "outside the page's main text") for block in _page_blocks(html)
               if block not in kept and block != title]
    published = _iso_date(str(document["date"])) if document.get("date") else None
    return [Article(article_id, source, title, published, body, tuple(removed))], []


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


def jsonl_records(text: str, source: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """The JSON objects of a JSONL text with their line numbers, skipping blank lines.

    Raises:
        NewsbriefError: A line is not a JSON object; the message names the file and line.
    """
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise NewsbriefError(f"{source}:{number}: not valid JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise NewsbriefError(f"{source}:{number}: expected a JSON object")
        yield number, record


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
        if not body.strip():
            rejected.append(refused(article_id, where, Status.EMPTY, f"{where}: article text is empty",
                                     title, published))
            continue
        articles.append(Article(article_id, where, title, published, body))
    return articles, rejected


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
        unique.append(article if article_id == article.id else _with_id(article, article_id))
    return unique


def _with_id(article: Article, article_id: str) -> Article:
    return Article(article_id, article.path, article.title, article.published, article.text, article.removed)
