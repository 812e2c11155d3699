"""Read inputs into :class:`Article` records: plain text, HTML pages, web archives, and JSON or
JSON Lines files of articles (newsbrief's clusters, news-please, ``trafilatura --json``).

Every input ends up either as an :class:`Article` or as an :class:`Account` saying why it
could not be read, so nothing a user gives is silently dropped. Only problems that make
the whole request meaningless (no inputs, an ambiguous JSONL cluster) raise
:class:`NewsbriefError`.

Readers are registered by file suffix in :data:`READERS`; anything else is read as text.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import datetime as dt
import io
import json
import logging
import os
import re
import stat
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import charset_normalizer

from newsbrief import published as dates
from newsbrief.clean import boilerplate_reason
from newsbrief.config import Config
from newsbrief.model import Account, Article, NewsbriefError, Removed, Status, special_file_kind
from newsbrief.sources import author_names, name, outlet_of, record_source, web_url

STDIN = "-"
_LOG = logging.getLogger(__name__)

# " date 2020-01-08 World / Politics": the scraper's metadata line that opens some text files.
_METADATA_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_DATELINE_SEARCH_LINES = 8
_TITLE_MAX_WORDS = 30
_SNIFF_BYTES = 8192
_ASCII_SHARE = 0.7
# UTF-8 with at most this many broken bytes per intact multi-byte sequence is damaged UTF-8, not a code
# page: cp1252 text almost never forms a valid multi-byte sequence (a capital accented letter followed by
# a smart quote or symbol), so its broken bytes outnumber its intact sequences many times over, while
# damaged UTF-8 has one stray byte among many intact letters. One is enough to keep a short article
# with a single accent and a single stray byte ("Béchar" + b"\xff") in UTF-8.
_BROKEN_PER_INTACT_UTF8 = 1
# UTF-16 without a byte-order mark: the share of NULs among the high bytes of Latin-script text.
_UTF16_NUL_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class Inputs:
    """What the readers made of the inputs: articles to brief, and accounts of inputs that could not be used."""

    articles: tuple[Article, ...]
    rejected: tuple[Account, ...]


Reader = Callable[[str, str, str, Config], tuple[list[Article], list[Account]]]
#: Reads the page of a web address given as an input: its article, or the account of why there is none.
FetchPage = Callable[[str], tuple[list[Article], list[Account]]]
# An input naming a web address rather than a file ("https://...", and "ftp://..." to be refused as such).
_ADDRESS = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def refused(
    article_id: str, path: str, status: Status, reason: str, title: str | None = None,
    published: dt.date | None = None, url: str | None = None,
) -> Account:
    """The account of an input that cannot be briefed."""
    return Account(article_id, path, title, published, status, reason, url=url)


#: What a Python caller may give as input: a path (``str`` or :class:`~pathlib.Path`: a file, a folder
#: or ``-``), an :class:`Article` already built, or a mapping with the fields of a JSON article
#: (see :func:`record_article`).
Input = str | os.PathLike[str] | Article | Mapping[str, Any]


def read_inputs(
    inputs: Sequence[Input] | Input, config: Config, stdin: BinaryIO | None = None, every_cluster: bool = False,
    fetch: FetchPage | None = None,
) -> Inputs:
    """Read files, folders (their files, sorted by name), ``-`` for standard input, web addresses and records.

    Args:
        inputs: Paths of files or folders, ``-``, or web addresses (``https://...``);
            :class:`Article` objects, used as they are; and mappings with the fields of a JSON
            article (``text``, ``title``, ``url``, ``date`` ..., see :func:`record_article`; their
            id is ``id`` or ``doc_id``, else ``record<N>``, N the input's place from 1). A string is
            always a path or an address: give a text as ``{"text": ...}``. One input may be given
            alone rather than in a list. The files are read first, then the records.
        config: Run settings (size limit, JSONL cluster id).
        stdin: Stream read for ``-``.
        every_cluster: Read every cluster of a JSONL dataset instead of one chosen cluster.
        fetch: Reads the page of a web address (see :func:`newsbrief.fetch.read_page`); without
            it, web addresses are refused.

    Returns:
        The articles read, and an :class:`Account` of every input that could not be read.

    Raises:
        NewsbriefError: No inputs were given, or a JSONL cluster choice is needed or wrong.
    """
    if isinstance(inputs, str | os.PathLike | Article | Mapping):
        inputs = [inputs]
    if not inputs:
        raise NewsbriefError("no input given: name article files or folders, or - for standard input")
    paths = [item for item in inputs if isinstance(item, str | os.PathLike)]
    articles: list[Article] = []
    rejected: list[Account] = []
    if paths:
        for found, failed in stream_inputs([os.fspath(path) for path in paths], config, stdin, every_cluster,
                                           fetch):
            articles.extend(found)
            rejected.extend(failed)
    for number, item in enumerate(inputs, start=1):
        if isinstance(item, str | os.PathLike):
            continue
        found, failed = _given_record(item, number, config)
        articles.extend(found)
        rejected.extend(failed)
    return Inputs(tuple(_unique_ids(_date_orders(articles))), tuple(rejected))


def _given_record(item: object, number: int, config: Config) -> tuple[list[Article], list[Account]]:
    """The article of a record given by a Python caller: an :class:`Article`, or a mapping of JSON fields."""
    where = f"record {number}"
    if isinstance(item, Article):
        if not isinstance(item.text, str) or not item.text.strip():
            return [], [refused(item.id, item.path or where, Status.EMPTY, f"{item.path or where}: article text "
                                "is empty", item.title, item.published)]
        return [item], []
    if not isinstance(item, Mapping):
        return [], [refused(f"record{number}", where, Status.UNREADABLE,
                            f"{where}: not an input: give a path, an Article or a mapping of article fields, "
                            f"not {type(item).__name__}")]
    record = dict(item)
    if record.get("doc_id") is None and isinstance(record.get("id"), str | int):
        record["doc_id"] = record["id"]
    return record_article(record, f"record{number}", where, config)


def is_address(value: str) -> bool:
    """Whether an input names a web address (``scheme://...``) rather than a file.

    >>> is_address("https://example.org/a"), is_address("ftp://x/y"), is_address("news/a.html")
    (True, True, False)
    """
    return _ADDRESS.match(value) is not None


def stream_inputs(
    inputs: Sequence[str | Path], config: Config, stdin: BinaryIO | None = None, every_cluster: bool = False,
    fetch: FetchPage | None = None,
) -> Iterator[tuple[list[Article], list[Account]]]:
    """Read inputs one file at a time, so a long stream is never held in memory whole.

    Yields, per file (or web address, read by ``fetch``), the articles read from it and the
    accounts of what could not be read. Arguments are those of :func:`read_inputs`. File ids are
    unique across the inputs (see :func:`input_ids`); ids of JSONL records are unique within a file.

    Raises:
        NewsbriefError: No inputs were given, or one is an empty name.
    """
    if not inputs:
        raise NewsbriefError("no input given: name article files or folders, or - for standard input")
    if any(str(given) == "" for given in inputs):
        raise NewsbriefError("an input is an empty name (an unset variable?): name article files or folders, "
                             "or - for standard input")
    rejected: list[Account] = []
    files = _input_files(inputs, rejected)
    ids = input_ids([file for file in files if isinstance(file, Path)])
    if rejected:
        yield [], list(rejected)
    for file in files:
        if isinstance(file, str) and file != STDIN:
            yield fetch(file) if fetch is not None else ([], [refused(
                shown(file), shown(file), Status.UNREADABLE, f"{shown(file)}: a web address, and this reader "
                "fetches none (newsbrief brief and digest do)")])
        elif not isinstance(file, Path):
            yield _read_stdin(stdin, config, every_cluster)
        elif is_warc(file.name):
            yield read_warc(file, config, ids[file])
        else:
            yield _read_file(file, ids[file], config, every_cluster)


def shown(name: str | Path) -> str:
    """A file name as it can be shown on one line: any name, any bytes, safely.

    Bytes that are not UTF-8 (kept by Python as surrogates) become ``\\xNN``; control and
    format characters (a newline, a right-to-left override) become Python escapes, so a name
    can neither forge a second line of messages nor break a store that holds only valid text.

    >>> shown("new\\nline.txt")
    'new\\\\nline.txt'
    >>> shown(os.fsdecode(b"caf\\xe9.txt"))
    'caf\\\\xe9.txt'
    """
    text = str(name)
    try:
        raw = os.fsencode(text)
    except UnicodeEncodeError:  # a surrogate that did not come from a file name's bytes
        raw = text.encode("utf-8", "surrogatepass")
    text = raw.decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii") for c in text)


def input_ids(files: Sequence[Path]) -> dict[Path, str]:
    """The article id of each input file: its name without suffix, shown safely (see :func:`shown`).

    Files of one run that share a name are told apart by the folders that differ between them
    (``a/story`` and ``b/story``), and then by their suffix (``story.txt``, ``story.html``), so
    an id names the same file on every run with the same inputs, and a store recognises what it
    holds already. A file given twice keeps one id (it is the same text, found as a duplicate).
    """
    by_stem: dict[str, list[Path]] = {}
    for file in dict.fromkeys(files):
        by_stem.setdefault(shown(_stem(file)), []).append(file)
    ids: dict[Path, str] = {}
    for stem, group in by_stem.items():
        if len(group) == 1:
            ids[group[0]] = stem
            continue
        folders = [file.parent.parts for file in group]
        common = 0
        while all(len(parts) > common and parts[common] == folders[0][common] for parts in folders):
            common += 1
        for file, parts in zip(group, folders, strict=True):
            ids[file] = shown("/".join([*parts[common:], _stem(file)]))
        if len(set(ids[file] for file in group)) < len(group):
            for file, parts in zip(group, folders, strict=True):
                ids[file] = shown("/".join([*parts[common:], file.name]))
    return ids


# A message names at most this many inputs, each in at most this many characters; the rest are counted.
# A terminal line holds about two such names; five show the kind of problem without flooding stderr.
_LISTED_ITEMS = 5
_LISTED_CHARS = 200


def listed(items: Sequence[str], separator: str = "; ") -> str:
    """Items joined on one line of bounded length: the first few, each cut short, then "and N more".

    >>> listed(["a: empty", "b: empty", "c: empty", "d: empty", "e: empty", "f: empty", "g: empty"])
    'a: empty; b: empty; c: empty; d: empty; e: empty; and 2 more'
    """
    shown_items = [item if len(item) <= _LISTED_CHARS else item[:_LISTED_CHARS - 1] + "…"
                   for item in items[:_LISTED_ITEMS]]
    rest = len(items) - len(shown_items)
    return separator.join(shown_items + ([f"and {rest:,} more"] if rest else []))


def _stem(path: Path) -> str:
    """A file's name without its suffix; both suffixes of a compressed archive (``x.warc.gz``)."""
    return path.name[:-len(".warc.gz")] if path.name.lower().endswith(".warc.gz") else path.stem


def _input_files(inputs: Sequence[str | Path], rejected: list[Account]) -> list[Path | str]:
    """The files to read, in order: the inputs, with each folder replaced by its files in name order.

    Folders and entries that cannot be listed, and names that are not regular files or folders,
    are accounted for in ``rejected``; ``-`` stays as it is.
    """
    files: list[Path | str] = []
    for given in inputs:
        if str(given) == STDIN or (isinstance(given, str) and is_address(given)):
            files.append(str(given))  # standard input, or a web address (read by ``fetch``)
            continue
        path = Path(given)
        if not path.is_dir():
            files.append(path)  # what it is, if anything, is found when it is opened
            continue
        if _system_file(path):  # /proc holds a folder per process, each a maze of links
            rejected.append(refused(shown(path.name), shown(path), Status.UNREADABLE,
                                    _SYSTEM_FOLDER.format(shown(path))))
            continue
        problems = len(rejected)
        found = _folder_files(path, rejected, set())
        if not found and len(rejected) == problems:
            rejected.append(refused(shown(path.name), shown(path), Status.EMPTY,
                                    f"{shown(path)}: folder holds no files"))
        files.extend(sorted(found))
    return files


def _folder_files(folder: Path, rejected: list[Account], seen: set[tuple[int, int]]) -> list[Path]:
    """Files in a folder and its subfolders; hidden ones (.DS_Store, .git) are not articles.

    ``seen`` holds the (device, inode) of the folders listed, so a link back to a folder above
    is listed once, not until the path is too long.
    """
    try:
        folder_stat = folder.stat()
        if (folder_stat.st_dev, folder_stat.st_ino) in seen:
            return []
        seen.add((folder_stat.st_dev, folder_stat.st_ino))
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        rejected.append(refused(shown(folder.name), shown(folder), Status.UNREADABLE,
                                f"{shown(folder)}: folder cannot be read ({error.strerror}); "
                                "check its permissions"))
        return []
    files: list[Path] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir():  # follows a link to a folder; a loop of links ends at the OS's depth limit
                files.extend(_folder_files(path, rejected, seen))
            else:
                files.append(path)  # anything else is accounted for when it is opened
        except OSError as error:
            rejected.append(refused(shown(path.stem), shown(path), Status.UNREADABLE,
                                    f"{shown(path)}: {error.strerror}"))
    return files


def _open_regular(path: Path) -> tuple[BinaryIO | None, str]:
    """An open regular file, or ``None`` and why the name cannot be read as an article.

    Opening does not block on a named pipe (``O_NONBLOCK``), and the type is checked on the open
    file, so what is read is what was checked: a pipe or a device (``/dev/zero``) is never read.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        return None, f"{shown(path)}: no such file or folder"
    except OSError as error:
        return None, f"{shown(path)}: {error.strerror}"
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        kind = special_file_kind(mode) or "not a regular file"
        return None, f"{shown(path)}: is {kind}, not a file; only regular files are read"
    if _system_file(path):
        os.close(descriptor)
        return None, _SYSTEM_FILE.format(shown(path))
    return os.fdopen(descriptor, "rb"), ""


# The kernel's pseudo-filesystems: their files look regular, but are made as they are read.
_SYSTEM_FOLDERS = ("/proc", "/sys", "/dev")
_SYSTEM_FILE = "{}: not an article file (a system file: /proc, /sys and /dev hold the kernel's files)"
_SYSTEM_FOLDER = "{}: not a folder of articles (a system folder: /proc, /sys and /dev hold the kernel's files)"


def _system_file(path: Path) -> bool:
    """Whether a file lies in one of the kernel's pseudo-filesystems, by where it resolves to."""
    try:
        real = os.path.realpath(path)
    except (OSError, ValueError):
        return False
    if real == _SHARED_MEMORY or real.startswith(_SHARED_MEMORY + os.sep):
        return False  # /dev/shm is an ordinary memory-backed folder, sometimes used for scratch files
    return any(real == folder or real.startswith(folder + os.sep) for folder in _SYSTEM_FOLDERS)


_SHARED_MEMORY = "/dev/shm"


def _read_file(path: Path, article_id: str, config: Config, every_cluster: bool) -> tuple[list[Article], list[Account]]:
    """The articles of one regular file, or the account of why it cannot be read."""
    source = shown(path)
    handle, problem = _open_regular(path)
    if handle is None:
        return [], [refused(article_id, source, Status.UNREADABLE, problem)]
    with handle:
        size = os.fstat(handle.fileno()).st_size
        # The limit is for one article; a JSONL file holds whole clusters, and datasets of them,
        # and its readers apply the limit to each article.
        jsonl = path.suffix.lower() in _JSON_SUFFIXES
        if size > config.max_file_bytes and not jsonl:
            reason = (
                f"{source}: file is {size / 1e6:.1f} MB, over the {config.max_file_bytes / 1e6:.1f} MB limit "
                "for one article; split it or raise max_file_bytes"
            )
            return [], [refused(article_id, source, Status.UNREADABLE, reason)]
        try:
            data = handle.read() if jsonl else handle.read(config.max_file_bytes + 1)
        except OSError as error:
            return [], [refused(article_id, source, Status.UNREADABLE, f"{source}: {error.strerror}")]
    if size == 0 and data:  # a size of 0 with content to read: a file made as it is read, as in /proc
        return [], [refused(article_id, source, Status.UNREADABLE, _SYSTEM_FILE.format(source))]
    if len(data) > config.max_file_bytes and not jsonl:  # it grew while being read
        reason = f"{source}: file is over the {config.max_file_bytes / 1e6:.1f} MB limit for one article"
        return [], [refused(article_id, source, Status.UNREADABLE, reason)]
    return _read_one(source, path.name, article_id, data, config, every_cluster)


def _read_stdin(stdin: BinaryIO | None, config: Config, every_cluster: bool) -> tuple[list[Article], list[Account]]:
    if stdin is None:
        return [], [refused("stdin", STDIN, Status.UNREADABLE, "standard input is not available")]
    try:
        data = stdin.read(config.max_file_bytes + 1)
    except (OSError, ValueError) as error:  # closed (ValueError) or unreadable
        return [], [refused("stdin", STDIN, Status.UNREADABLE, f"standard input cannot be read ({error})")]
    if len(data) > config.max_file_bytes:
        reason = f"standard input is over the {config.max_file_bytes / 1e6:.1f} MB limit for one article"
        return [], [refused("stdin", STDIN, Status.UNREADABLE, reason)]
    return _read_one(STDIN, "stdin", "stdin", data, config, every_cluster)


def _read_one(
    source: str, name: str, article_id: str, data: bytes, config: Config, every_cluster: bool
) -> tuple[list[Article], list[Account]]:
    text, problem = decode(data)
    if text is None:
        return [], [refused(article_id, source, Status.UNREADABLE, f"{source}: {problem}")]
    if not text.strip():
        return [], [refused(article_id, source, Status.EMPTY, f"{source}: file is empty")]
    suffix = Path(name).suffix.lower()
    start = text.lstrip()[:200].lower()
    if suffix not in READERS or name == "stdin":
        # No telling suffix: go by the content's first characters.
        if start.startswith(("{", "[")):
            suffix = ".json"
        elif start.startswith(("<!doctype html", "<html")) or "<head" in start:
            suffix = ".html"
    if suffix in _JSON_SUFFIXES:
        return _read_json(article_id, source, text, config, every_cluster)
    reader = READERS.get(suffix, read_text)
    return reader(article_id, source, text, config)


def decode(data: bytes) -> tuple[str | None, str]:
    """Decode bytes as text, detecting the encoding when it is not UTF-8.

    UTF-8 damaged in a few places (a file cut inside its last character) stays UTF-8, with the
    broken bytes replaced by U+FFFD, rather than turning every accented letter into mojibake.
    UTF-16 is recognised with or without a byte-order mark.

    Returns:
        The text and ``""``, or ``None`` and what is wrong (binary data, unknown encoding).

    >>> decode("café".encode("cp1252"))
    ('café', '')
    >>> decode("Zürich".encode("utf-16"))
    ('Zürich', '')
    >>> decode("Zürich".encode("utf-16-le"))
    ('Zürich', '')
    >>> decode("Béchar".encode()[:-1] + "é".encode()[:1])
    ('Bécha\ufffd', '')
    """
    if data.startswith(_GZIP_MAGIC):
        return None, "a gzip file; newsbrief reads .warc.gz archives and plain files (unpack it first)"
    # UTF-32's little-endian mark begins with UTF-16's: test it first.
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return data.decode("utf-32"), ""
        except UnicodeDecodeError:
            return None, "starts like UTF-32 text but does not decode as UTF-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ""
        except UnicodeDecodeError:
            return None, "starts like UTF-16 text but does not decode as UTF-16"
    if b"\x00" in data[:_SNIFF_BYTES]:
        if (wide := _utf32_without_bom(data) or _utf16_without_bom(data)) is not None:
            return wide, ""
        return None, "binary file, not text (it contains NUL bytes)"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":  # cut inside the last character
            with contextlib.suppress(UnicodeDecodeError):
                head = data[:error.start].decode("utf-8-sig")
                # Intact UTF-8 before the cut tells it from a code page's accented last letter.
                if any(char >= "\x80" for char in head):
                    return head + "\ufffd", ""
    replaced = data.decode("utf-8-sig", errors="replace")
    broken = replaced.count("\ufffd") - data.count("\ufffd".encode())
    whole = sum(char >= "\x80" for char in replaced) - broken
    if whole and broken <= whole * _BROKEN_PER_INTACT_UTF8:
        return replaced, ""
    # Mostly-ASCII text that is not UTF-8 is, for English news, a Western code page; detectors guess
    # wildly on such text when it is short.
    if sum(byte < 0x80 for byte in data) >= _ASCII_SHARE * len(data):
        return data.decode("cp1252", errors="replace"), ""
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None, "binary file or unknown text encoding; save it as UTF-8"
    return str(best), ""


_GZIP_MAGIC = b"\x1f\x8b"


def _utf32_without_bom(data: bytes) -> str | None:
    """The text of UTF-32 bytes without a byte-order mark, told by where its NUL bytes fall.

    A character of the Basic Multilingual Plane has two NUL high bytes: the last two of every four
    in little-endian, the first two in big-endian. UTF-16 never has NULs in both.
    """
    sample = data[:_SNIFF_BYTES // 4 * 4]
    if len(data) % 4 or len(sample) < 4:
        return None
    for encoding, high in (("utf-32-le", (2, 3)), ("utf-32-be", (0, 1))):
        if all(not any(sample[offset::4]) for offset in high):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not any(char < " " and char not in "\t\n\r\f" for char in text):
                return text
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 bytes without a byte-order mark, told by where its NUL bytes fall.

    Text in a Latin script has a NUL as the high byte of most characters: the odd bytes in
    little-endian, the even ones in big-endian, and almost never the others.
    """
    sample = data[:_SNIFF_BYTES]
    pairs = len(sample) // 2
    if pairs == 0:
        return None
    high_even, high_odd = sample[0::2].count(0) / pairs, sample[1::2].count(0) / pairs
    for encoding, high, low in (("utf-16-le", high_odd, high_even), ("utf-16-be", high_even, high_odd)):
        if high >= _UTF16_NUL_SHARE and low <= 1 - _UTF16_NUL_SHARE:
            text = data[:len(data) // 2 * 2].decode(encoding, errors="replace")
            if not any(char < " " and char not in "\t\n\r\f" for char in text):
                return text
    return None


def read_text(article_id: str, source: str, text: str, config: Config) -> tuple[list[Article], list[Account]]:
    """Read a plain-text article: optional header lines, title on the first line, optional metadata,
    byline and dateline lines.

    Header lines open the file, before the title, one ``Name: value`` each (see :data:`_HEADER`):
    ``URL:`` (or ``Link:``), ``Source:`` (or ``Outlet:``, ``Site:``, ``Publisher:``), ``Author:``
    (or ``Authors:``, ``By:``, names joined by ``,``, ``;`` or "and") and ``Published:`` (or
    ``Date:``, as YYYY-MM-DD). A "By Jane Roe" line among them, or right under the title, gives the
    authors. All of them are taken out of the text and listed as removed.
    """
    if (kind := interstitial(text)) is not None:
        return [], [refused(article_id, source, Status.EMPTY, f"{source}: no article text, only {kind}")]
    lines = text.splitlines()
    header, removed = _text_headers(lines)
    published: dt.date | None = header.published
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
    authors = header.authors
    below = _first_nonempty(lines, body_start) if title is not None else None
    if below is not None and (byline := _BYLINE_LINE.match(lines[below])):
        authors = authors or author_names(byline.group(1))
        removed.append(Removed(lines[below].strip(), _BYLINE_WHY))
        lines[below] = ""
    dateline, taken = _take_date_line(lines, 0, body_start + _DATELINE_SEARCH_LINES, text)
    published = published or dateline
    removed.extend(taken)
    body = "\n".join(lines).strip("\n")
    return [Article(article_id, source, title, published, body, tuple(removed),
                    outlet=outlet_of(header.site, header.url), url=header.url, authors=authors)], []


# A header line of a text file: "URL: https://...", "Source: Reuters", "Author: Jane Roe", ...
_HEADER = re.compile(r"^\s*(url|link|source|outlet|site|publisher|authors?|by|published|date)\s*:\s*(\S.*?)\s*$",
                     re.IGNORECASE)
_HEADER_KINDS = {"url": "address", "link": "address", "source": "outlet", "outlet": "outlet", "site": "outlet",
                 "publisher": "outlet", "author": "authors", "authors": "authors", "by": "authors",
                 "published": "publication date", "date": "publication date"}
# "By Jane Roe", "By ANA RUIZ and Sam O'Poe": one to four capitalised words a name, nothing else on the line.
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al|bin))*"
_BYLINE_LINE = re.compile(rf"^\s*By\s+({_NAME}(?:\s*(?:,|;|&|\band\b)\s*{_NAME})*)\s*$")
_MAX_HEADER_LINES = 12
_BYLINE_WHY = "boilerplate: byline or credit"  # as cleaning says it of the bylines it removes


@dataclass(frozen=True, slots=True)
class _Header:
    """What the header lines of a text file tell (see :func:`read_text`)."""

    url: str | None = None
    site: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None


def _text_headers(lines: list[str]) -> tuple[_Header, list[Removed]]:
    """Read and blank the header lines that open a text file; a "By ..." line counts only beside a
    ``Name:`` line, as a title may start with "By" too."""
    found: dict[str, str] = {}
    bylines: dict[int, str] = {}  # line index to the names it gives
    taken: list[int] = []
    for index, line in enumerate(lines[:_MAX_HEADER_LINES * 2]):
        if not line.strip():
            continue
        match = _HEADER.match(line)
        kind = _HEADER_KINDS[match.group(1).lower()] if match else None
        if match and kind == "publication date" and _iso_date(match.group(2)) is None:
            break  # "Date: Tuesday morning" is text; a dateline is read later
        if match and kind:
            found.setdefault(kind, match.group(2))
            taken.append(index)
        elif byline := _BYLINE_LINE.match(line):
            bylines[index] = byline.group(1)
        else:
            break
        if len(taken) + len(bylines) >= _MAX_HEADER_LINES:
            break
    if not taken:
        return _Header(), []
    removed: list[Removed] = []
    for index in sorted([*taken, *bylines]):
        match = _HEADER.match(lines[index])
        kind = _HEADER_KINDS[match.group(1).lower()] if match else "authors"
        why = f"metadata line: {kind}" if match else _BYLINE_WHY
        if kind == "address" and match and web_url(match.group(2)) is None:
            why += " (not an http or https URL, so not kept)"
        removed.append(Removed(lines[index].strip(), why))
        if index in bylines:
            found.setdefault("authors", bylines[index])
        lines[index] = ""
    header = _Header(web_url(found.get("address")), name(found.get("outlet")), author_names(found.get("authors")),
                     _iso_date(found.get("publication date") or ""))
    return header, removed


def read_html(
    article_id: str, source: str, html: str, config: Config, url: str | None = None, fetched: dt.date | None = None
) -> tuple[list[Article], list[Account]]:
    """Read an HTML page: main text and title through trafilatura, its date as :mod:`newsbrief.published` reads it.

    Lines of the page's visible text that trafilatura left out are listed as removed. ``url`` is the
    page's address where the page does not give it; ``fetched`` the day a crawler saw it, after which
    it cannot have been published.
    """
    import trafilatura  # a third of a second to import; only HTML inputs need it
    extracted = trafilatura.extract(_without_noscript(html), output_format="json", with_metadata=True,
                                    include_comments=False, favor_precision=True,
                                    date_extraction_params=_QUICK_HTMLDATE)
    document: dict[str, Any] = json.loads(extracted) if extracted else {}
    body = str(document.get("text") or "")
    if not body.strip():
        return [], [refused(article_id, source, Status.EMPTY, f"{source}: no article text found in the page")]
    title = str(document.get("title") or "") or None
    if (kind := interstitial(f"{title or ''}\n{body}")) is not None:
        return [], [refused(article_id, source, Status.EMPTY, f"{source}: no article text, only {kind}")]
    kept = " ".join(body.split())
    blocks = _page_blocks(html)
    removed = [Removed(block, "outside the page's main text") for block in blocks
               if block not in kept and block != title]
    # The blocks above the first one of the main text; none when no block is found in it (a footer or
    # a reader comment is never above the text).
    first = next((index for index, block in enumerate(blocks) if block in kept), 0)
    heading = blocks[:first]
    # The page's own name, canonical address and authors (og:site_name, <link rel=canonical>, author
    # meta), as trafilatura reads them; the address the page was fetched from where it gives none.
    source_of = record_source(document, url)
    url = str(document.get("source") or "") or url  # trafilatura's name for the page's own address
    published, body, taken = _page_date(html, heading, body, url, fetched)
    removed.extend(taken)
    return [Article(article_id, source, title, published, body, tuple(removed), fetched,
                    source_of.outlet, source_of.url, source_of.authors)], []


# What a page stands in for an article with: what a site says to a reader without scripts, a consent
# banner, a block by law, a bot check. Each is never an article; the text says what it was instead.
_INTERSTITIALS = (
    (re.compile(r"\b(enable|activate|turn on|switch on|allow)\s+(your\s+)?javascript\b|\bjavascript\s+(is\s+)?"
                r"(disabled|required|must be enabled|needs to be enabled|is not enabled)\b|\brequires\s+javascript\b",
                re.IGNORECASE),
     "a placeholder asking to enable JavaScript (the page is drawn by scripts; save it from a browser)"),
    (re.compile(r"\bjust a moment\b|\bchecking (if the site connection is secure|your browser)\b|\bneeds to "
                r"review the security of your connection\b|\bverify(ing)? (that )?you are (a )?human\b|"
                r"\bare you a robot\b|\bcloudflare\b|\bray id\b|\bddos protection\b|\battention required\b|"
                r"\benable cookies\b|\bcaptcha\b|\bredirect(ed)? to your requested content\b|"
                r"\bthis process is automatic\b|\bplease (stand by|wait)\b|\bsecurity check\b",
                re.IGNORECASE),
     "a bot check ('checking your browser'): the site did not serve the page; save it from a browser"),
    (re.compile(r"\b(error|http|status|code)\s*451\b|\b451\s*[:-]?\s*unavailable\b|"
                r"\bunavailable (for|due to) legal reasons\b|\baccess (cannot|can not|could not) be granted\b|"
                r"\bfrom a country (belonging to|in) the (EEA|EU|European)|\benforces the (GDPR|General Data)|"
                r"\bnot available in your (country|region|location)\b|"
                r"\b(visitors|users|readers) (from|in) (the )?(EEA|EU|European (Economic Area|Union))\b|"
                r"\b(due to|because of|comply with) (the )?(GDPR|General Data Protection Regulation)\b|"
                r"\bunable to (serve|provide|show) (this|our|you) (content|site|page|website)\b", re.IGNORECASE),
     "a notice that the page is withheld here for legal reasons (HTTP 451, a GDPR block); the article was not "
     "served"),
    (re.compile(r"\b(we|this (web)?site|our (web)?site|our partners) (and our partners )?(uses?|store) cookies\b|"
                r"\b(accept|reject|decline|allow) (all |optional |necessary )?cookies\b|\bcookie (settings|"
                r"preferences|policy|consent|notice|banner|choices)\b|\bmanage (your )?(cookie|consent|privacy) "
                r"(settings|preferences|choices|options)\b|\baccess information on (a|your) device\b|"
                r"\b(your|our) privacy choices\b|\bconsent to (the|our) use of cookies\b|\bwe value your privacy\b|"
                r"\bpersonali[sz]ed (ads|advertising|content)\b",
                re.IGNORECASE),
     "a cookie-consent notice (save the page from a browser after answering it)"),
)
# A placeholder is short, and its wording is most of it: up to the longer bound, a third or more of its
# words are in sentences of such wording; a request to enable JavaScript counts anywhere in a text of up
# to the shorter bound (its phrases are never news). A real article that mentions cookies has them in a
# sentence or two of hundreds of words. Set on the placeholders met in crawls (15-120 words) and the
# shortest seed articles (over 200 words).
_PLACEHOLDER_MAX_WORDS = 40
_INTERSTITIAL_MAX_WORDS = 200
_INTERSTITIAL_SHARE = 1 / 3
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+|\n+")


def interstitial(text: str) -> str | None:
    """What stands in for an article in ``text``, or ``None`` when it may be one.

    Returns the kind of placeholder, as shown to a user ("a cookie-consent notice (...)"): a
    request to enable JavaScript, a bot check, a block for legal reasons or a consent banner, when
    the text is short and dominated by that wording (see :data:`_INTERSTITIAL_SHARE`).
    """
    words = len(text.split())
    if words == 0 or words > _INTERSTITIAL_MAX_WORDS:
        return None
    sentences = [sentence for sentence in _SENTENCE_BREAK.split(text) if sentence.strip()]
    best: tuple[int, str] | None = None
    for index, (pattern, kind) in enumerate(_INTERSTITIALS):
        if not pattern.search(text):
            continue
        covered = sum(len(sentence.split()) for sentence in sentences if pattern.search(sentence))
        anywhere = index == 0 and words <= _PLACEHOLDER_MAX_WORDS  # "enable JavaScript" is never news
        if (anywhere or covered >= _INTERSTITIAL_SHARE * words) and (best is None or covered > best[0]):
            best = covered, kind
    return best[1] if best else None


def _without_noscript(html: str) -> str | Any:
    """The page without its ``<noscript>`` blocks: what they hold is for browsers without scripts
    ("Please enable JavaScript"), not the article. The parsed tree is returned (trafilatura reads
    it as it is); the page as it was when it cannot be parsed."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    for element in list(root.iter("noscript")):
        element.drop_tree()
    return root


def read_jsonl(article_id: str, source: str, text: str, config: Config) -> tuple[list[Article], list[Account]]:
    """Read a JSON or JSON Lines file of articles, or one cluster of a file of clusters.

    The form is told by the content, whatever the suffix: a file that is one JSON document of more
    than one line (or a list) is an article (a news-please or ``trafilatura --json`` file), a
    cluster, or a list of them. Otherwise it is JSON Lines, each line a cluster (an object with an
    ``articles`` list, the format of ``shared/data``) or one article (an object with a ``text``,
    ``maintext`` or ``raw_text`` string: newsbrief's, news-please's and trafilatura's fields, see
    :func:`record_article`). Article ids are ``doc_id``, else the file's id (one article), else
    ``<file id>/<line number>`` (JSONL) or ``<file id>/<index>`` (a list).

    Every article line is read, and one cluster among the cluster lines. A line that is neither
    (not JSON, no text, an id that is not text) is accounted for as unreadable, naming the file and
    line: one broken line never loses the others.

    Raises:
        NewsbriefError: The file holds several clusters and none (or an unknown one) was chosen
            with ``config.cluster``.
    """
    return _read_json(article_id, source, text, config, every_cluster=False)


def read_dataset(source: str, text: str, config: Config | None = None) -> tuple[list[Article], list[Account]]:
    """Read every cluster and article of a JSONL dataset (the format of ``shared/data``, or one
    article a line).

    A line that is neither a cluster nor an article is accounted for as unreadable; the other lines
    are still read.
    """
    return _read_json(shown(_stem(Path(source))), source, text, config or Config(), every_cluster=True)


_JSON_SUFFIXES = (".json", ".jsonl")


def _read_json(
    file_id: str, source: str, text: str, config: Config, every_cluster: bool
) -> tuple[list[Article], list[Account]]:
    """The articles of a JSON or JSON Lines text: every cluster with ``every_cluster``, else one."""
    document = _json_document(text)
    if document is _NOT_ONE_DOCUMENT and not _json_lines(text):
        return [], [refused(file_id, source, Status.UNREADABLE, f"{source}: {_json_problem(text)}")]
    # One cluster on one line is a JSONL file of one cluster, which --cluster may name.
    if document is not _NOT_ONE_DOCUMENT and not (isinstance(document, dict) and not _is_article(document)
                                                  and _one_line(text)):
        return _document_articles(document, file_id, source, config)
    records, rejected = _jsonl_records(source, text)
    articles: list[Article] = []
    clusters: list[tuple[str, dict[str, Any]]] = []
    for cluster_id, number, record in records:
        if cluster_id is None:
            found, failed = record_article(record, f"{file_id}/{number}", f"{source}:{number}", config)
            articles.extend(found)
            rejected.extend(failed)
        else:
            clusters.append((cluster_id, record))
    if not every_cluster and (config.cluster is not None or len(clusters) > 1):
        ids = [cluster_id for cluster_id, _ in clusters]
        shown_ids = ", ".join(ids[:20]) + (f", ... ({len(ids)} in all)" if len(ids) > 20 else "")
        if config.cluster is None:
            raise NewsbriefError(f"{source} holds {len(ids)} clusters; choose one with --cluster: {shown_ids}")
        if config.cluster not in ids:
            raise NewsbriefError(f"{source}: no cluster {config.cluster!r}; clusters are: {shown_ids or 'none'}")
        clusters = [clusters[ids.index(config.cluster)]]
    for cluster_id, record in clusters:
        found, failed = cluster_articles(record, cluster_id, source, config)
        articles.extend(found)
        rejected.extend(failed)
    return articles, rejected


_NOT_ONE_DOCUMENT = object()
# A JSON Lines file whose first lines are broken is still JSON Lines when one of these is a whole object.
_SNIFFED_LINES = 3


def _json_document(text: str) -> Any:
    """The one JSON value a whole text holds, or :data:`_NOT_ONE_DOCUMENT` (JSON Lines, or broken)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError; RecursionError: [[[[...
        return _NOT_ONE_DOCUMENT
    return _without_lone_surrogates(value) if _SURROGATE_ESCAPE.search(text) else value


def _one_line(text: str) -> bool:
    return sum(1 for line in text.splitlines() if line.strip()) == 1


def _json_lines(text: str) -> bool:
    """Whether a text that is not one JSON document is JSON Lines: one of its first lines is a whole object.

    A pretty-printed document that is broken somewhere has no such line (its first is ``{`` alone).
    """
    lines = [line for line in text.splitlines() if line.strip()][:_SNIFFED_LINES]
    for line in lines:
        try:
            if isinstance(json.loads(line), dict):
                return True
        except (ValueError, RecursionError):
            continue
    return bool(lines) and lines[0].lstrip().startswith("{") and lines[0].strip() != "{"


def _json_problem(text: str) -> str:
    """What is wrong with a text that is neither one JSON document nor JSON Lines, for a user."""
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return (f"not valid JSON ({error.msg}, line {error.lineno} column {error.colno}); a JSON file holds "
                "one article, a cluster or a list of them, a JSONL file one of them a line")
    except (ValueError, RecursionError):
        pass
    return "not valid JSON (nested too deep, or a number too long to read)"


def _document_articles(
    document: Any, file_id: str, source: str, config: Config
) -> tuple[list[Article], list[Account]]:
    """The articles of a JSON document: one article (news-please, trafilatura), one cluster, or a list of them."""
    if isinstance(document, dict):
        if "articles" in document and not _is_article(document):
            cluster_id = _record_id(document.get("id"), file_id) or file_id
            if not isinstance(document["articles"], list):
                return [], [refused(cluster_id, source, Status.UNREADABLE,
                                    f"{source}: a cluster needs an 'articles' list (not "
                                    f"{_json_type(document['articles'])})")]
            return cluster_articles(document, cluster_id, source, config)
        return record_article(document, file_id, source, config)
    if not isinstance(document, list):
        return [], [refused(file_id, source, Status.UNREADABLE,
                            f"{source}: a JSON file must hold an article object or a list of them, "
                            f"not {_json_type(document)}")]
    if not document:
        return [], [refused(file_id, source, Status.EMPTY, f"{source}: an empty list, no articles")]
    articles: list[Article] = []
    rejected: list[Account] = []
    for index, item in enumerate(document):
        found, failed = record_article(item, f"{file_id}/{index}", f"{source}#{index}", config)
        articles.extend(found)
        rejected.extend(failed)
    return articles, rejected


def _is_article(record: Mapping[str, Any]) -> bool:
    """Whether a JSON record is one article (it has a text field), not a cluster."""
    return "articles" not in record and any(field in record for field in _TEXT_FIELDS)


def _jsonl_records(source: str, text: str) -> tuple[list[tuple[str | None, int, dict[str, Any]]], list[Account]]:
    """The records of a JSONL text as (cluster id, or ``None`` for an article; line number; record),
    and the accounts of lines that are neither."""
    records: list[tuple[str | None, int, dict[str, Any]]] = []
    rejected: list[Account] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = _json_object(line, source, number)
        except NewsbriefError as error:
            rejected.append(refused(f"line{number}", where, Status.UNREADABLE, str(error)))
            continue
        if _is_article(record):
            records.append((None, number, record))
            continue
        cluster_id = _record_id(record.get("id"), f"line{number}")
        if cluster_id is None:
            rejected.append(refused(f"line{number}", where, Status.UNREADABLE,
                                    f"{where}: the cluster 'id' must be text or a number, not "
                                    f"{_json_type(record['id'])}"))
        elif not isinstance(record.get("articles"), list):
            got = "it has none" if "articles" not in record else f"not {_json_type(record['articles'])}"
            rejected.append(refused(cluster_id, where, Status.UNREADABLE,
                                    f"{where}: a cluster needs an 'articles' list ({got}); an article a 'text' "
                                    "string (or news-please's 'maintext', trafilatura's 'raw_text')"))
        else:
            records.append((cluster_id, number, record))
    return records, rejected


def jsonl_records(text: str, source: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """The JSON objects of a JSONL text with their line numbers, skipping blank lines.

    Raises:
        NewsbriefError: A line is not a JSON object; the message names the file and line.
    """
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, _json_object(line, source, number)


# A JSON escape of a surrogate; the parser joins a proper pair into one character, so any left is lone.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_object(line: str, source: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise NewsbriefError(f"{source}:{number}: not valid JSON ({error.msg}, column {error.colno})") from None
    except RecursionError:  # [[[[... nested deeper than the parser's stack
        raise NewsbriefError(f"{source}:{number}: not a cluster (JSON nested too deep)") from None
    except ValueError as error:  # a number of more digits than Python converts
        raise NewsbriefError(f"{source}:{number}: not a cluster ({str(error).splitlines()[0][:80]})") from None
    if not isinstance(record, dict):
        raise NewsbriefError(f"{source}:{number}: expected a JSON object, not {_json_type(record)}")
    if _SURROGATE_ESCAPE.search(line):
        cleaned: dict[str, Any] = _without_lone_surrogates(record)
        return cleaned
    return record


def _without_lone_surrogates(value: Any) -> Any:
    """A JSON value with every lone surrogate (a ``\\ud800`` escape without its pair) made U+FFFD.

    Such a character cannot be encoded as UTF-8, so no store, model or terminal takes it.
    """
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_lone_surrogates(key): _without_lone_surrogates(item) for key, item in value.items()}
    return value


def _json_type(value: object) -> str:
    """How a JSON value's type is named to a user."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"


def _record_id(value: object, default: str) -> str | None:
    """An id given in a record as text or a whole number, shown safely; the default when absent."""
    if value is None or value == "":
        return default
    if isinstance(value, str):
        return shown(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def cluster_articles(
    cluster: Mapping[str, Any], cluster_id: str, source: str, config: Config | None = None
) -> tuple[list[Article], list[Account]]:
    """The articles of one cluster record; ids are ``doc_id``, else ``<cluster id>/<index>``.

    Each article is read by :func:`record_article`: one that fails is accounted for, naming the
    field; the others are still read.
    """
    articles: list[Article] = []
    rejected: list[Account] = []
    if not cluster.get("articles"):
        where = f"{source}#{cluster_id}"
        return [], [refused(cluster_id, where, Status.EMPTY, f"{where}: a cluster with no articles")]
    for index, item in enumerate(cluster.get("articles") or []):
        found, failed = record_article(item, f"{cluster_id}/{index}", f"{source}#{cluster_id}/{index}", config)
        articles.extend(found)
        rejected.extend(failed)
    return _date_orders(articles, one_source=True), rejected


# Fields that hold an article's text, in the order they are trusted: newsbrief's and trafilatura's
# ("text"), news-please's ("maintext"), trafilatura's text without its formatting ("raw_text").
_TEXT_FIELDS = ("text", "maintext", "raw_text")
# Fields of the publication date: newsbrief's and trafilatura's ("2020-01-09"), news-please's
# ("2020-01-09 14:03:00"); and of the day the page was read (news-please's "date_download").
_DATE_FIELDS = ("date", "date_publish")
_FETCHED_FIELDS = ("date_download",)


def record_article(
    item: object, fallback: str, where: str, config: Config | None = None
) -> tuple[list[Article], list[Account]]:
    """The article of one JSON record: a cluster's article, a JSONL line, a news-please or trafilatura file.

    Fields, where given (names of newsbrief, trafilatura ``--json`` and news-please):

    - text: ``text``, else ``maintext``, else ``raw_text``; a string, within
      ``config.max_file_bytes`` (the limit for one article). Null is no text (news-please writes
      null when it found none): the article is accounted for as empty.
    - ``title``: a string or null. ``doc_id``: the article's id, text or a number; else ``fallback``.
    - published: ``date``, else ``date_publish``; read as YYYY-MM-DD at its start. A date that cannot
      be read is no date, noted among the article's removed spans; it never costs the article. Without
      one, a date line under the title dates it. ``date_download`` is the day it was ``fetched``.
    - outlet, url and authors: see :func:`newsbrief.sources.record_source` (``sitename``,
      ``source_domain``, ``hostname``; ``url``, ``source``; ``authors``, ``author``). Fields of the
      wrong type there are no value.

    Returns:
        The article, or the account of why it cannot be read (unreadable, naming the field, or
        empty); ``where`` names it in messages.
    """
    limit = (config or Config()).max_file_bytes
    if not isinstance(item, dict):
        return [], [refused(fallback, where, Status.UNREADABLE,
                            f"{where}: an article must be an object with a 'text' string, not {_json_type(item)}")]
    article_id = _record_id(item.get("doc_id"), fallback)
    problem = _article_problem(item, limit)
    if article_id is None:
        article_id, problem = fallback, f"'doc_id' must be text or a number, not {_json_type(item['doc_id'])}"
    if problem:
        return [], [refused(article_id, where, Status.UNREADABLE, f"{where}: {problem}")]
    field = _text_field(item)
    body = (item.get(field) or "") if field else ""
    title = item.get("title") or None
    date = next((item[key] for key in _DATE_FIELDS if item.get(key) is not None), None)
    published = _iso_date(date) if isinstance(date, str) and date else None
    removed: list[Removed] = []
    if published is None and date is not None and date != "":
        # An unreadable date is no date, never a reason to lose the article; the account says so.
        given = shown(str(date))[:_SHOWN_DATE_CHARS]
        removed.append(Removed(given, f"date '{given}' not read (not a YYYY-MM-DD date); the article is "
                                      "undated unless its text dates it"))
    if published is None and body.strip():
        # No date field: the date line under the title dates it (TAC's "Saturday, January 1, 2005").
        lines = body.splitlines()
        published, taken = _take_date_line(lines, 0, _DATELINE_SEARCH_LINES, body)
        removed.extend(taken)
        body = "\n".join(lines)
    if not body.strip():
        why = f"'{field}' is null" if field and item.get(field) is None else "article text is empty"
        return [], [refused(article_id, where, Status.EMPTY, f"{where}: {why}, no article text", title, published)]
    fetched = next((day for key in _FETCHED_FIELDS
                    if isinstance(item.get(key), str) and (day := _iso_date(item[key])) is not None), None)
    source_of = record_source(item)
    return [Article(article_id, where, title, published, body, tuple(removed), fetched,
                    source_of.outlet, source_of.url, source_of.authors)], []


_SHOWN_DATE_CHARS = 40


def _text_field(item: Mapping[str, Any]) -> str | None:
    """The field holding an article's text: the first of :data:`_TEXT_FIELDS` with a value, else the first given."""
    given = [field for field in _TEXT_FIELDS if field in item]
    return next((field for field in given if item[field] is not None), given[0] if given else None)


def _article_problem(item: Mapping[str, Any], limit: int) -> str:
    """What is wrong with the fields of one JSON article, or ``""``."""
    field = _text_field(item)
    if field is None:
        return ("an article needs a 'text' string (it has none); news-please's 'maintext' and trafilatura's "
                "'raw_text' are read too")
    text = item[field]
    if text is None:
        return ""  # no text: accounted for as empty
    if not isinstance(text, str):
        return f"an article's '{field}' must be a string, not {_json_type(text)}"
    if item.get("title") is not None and not isinstance(item["title"], str):
        return f"an article's 'title' must be a string or null, not {_json_type(item['title'])}"
    # Characters are at most 4 bytes; count bytes only when the length alone does not settle it.
    if len(text) > limit or (4 * len(text) > limit and len(text.encode("utf-8", "surrogatepass")) > limit):
        size = len(text.encode("utf-8", "surrogatepass"))
        return (f"article text is {size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit for one article; "
                "split it or raise max_file_bytes")
    return ""


def is_warc(name: str) -> bool:
    """Whether a file name is that of a web archive (``.warc`` or ``.warc.gz``)."""
    return name.lower().endswith((".warc", ".warc.gz"))


def read_warc(path: Path, config: Config, base_id: str | None = None) -> tuple[list[Article], list[Account]]:
    """Read the HTML pages of a web archive: one article per ``response`` record.

    Ids are ``<archive id>/<record number>``. The archive is framed here, record by record
    (header block, ``Content-Length``, content), and every read is bounded whatever the archive
    holds: a header block over ``config.max_header_bytes`` or a record over the article limit is
    refused without unpacking it. Only one record at a time, already framed and within the
    bounds, is handed to warcio to parse (warcio reads lines without a limit). A broken or
    refused record is accounted for as unreadable and reading resumes at the next record start
    found after it; an archive cut short accounts for the record it cuts, even the first.
    """
    source = shown(path)
    stem = base_id or shown(_stem(path))
    articles: list[Article] = []
    rejected: list[Account] = []
    handle, problem = _open_regular(path)
    if handle is None:
        return [], [refused(stem, source, Status.UNREADABLE, problem)]
    packed = path.name.lower().endswith(".gz")
    number = 0
    with handle:
        if os.fstat(handle.fileno()).st_size == 0:
            return [], [refused(stem, source, Status.EMPTY, f"{source}: file is empty")]
        start: int | None = 0
        while start is not None:
            unpacked = _Unpacked(handle, packed, start)
            start = None
            while True:
                try:
                    data = _next_record(unpacked, config)
                except _BrokenRecord as broken:
                    number += 1
                    article_id = f"{stem}/{number}"
                    rejected.append(refused(article_id, f"{source}#{number}", Status.UNREADABLE,
                                            f"{source}#{number}: {broken.problem}"))
                    if broken.resume:
                        start = _next_record_start(handle, packed, unpacked.file_offset(broken.at) + 1)
                    break
                if data is None:
                    break
                number += 1
                found, failed = _warc_record(data, f"{stem}/{number}", f"{source}#{number}", config)
                articles.extend(found)
                rejected.extend(failed)
    if not articles and not rejected:  # nothing to say of any record: say it of the archive
        what = (f"{number:,} record{'s' if number != 1 else ''}, none of them a web page" if number
                else "no records")
        return [], [refused(stem, source, Status.EMPTY, f"{source}: the archive holds {what}")]
    return articles, rejected


class _BrokenRecord(Exception):
    """A record that cannot be read: why, where it began (unpacked offset), and whether to look for the next."""

    def __init__(self, problem: str, at: int, resume: bool = True) -> None:
        super().__init__(problem)
        self.problem, self.at, self.resume = problem, at, resume


_WARC_HEADER_END = b"\r\n\r\n"
_CONTENT_LENGTH = re.compile(rb"^content-length:[ \t]*(\d{1,15})[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


def _next_record(unpacked: _Unpacked, config: Config) -> bytes | None:
    """The next whole record of an archive (header block and content), or ``None`` at its end.

    Raises:
        _BrokenRecord: The record is not a WARC record, is over a bound, or is cut short.
    """
    unpacked.skip_blank_lines(config.max_header_bytes)
    at = unpacked.position
    if not unpacked.fill(1):
        if unpacked.cut:
            raise _BrokenRecord("the archive is cut short (it ends inside a compressed block); "
                                "the record there is lost: copy or download the archive again", at, False)
        return None
    header_end = unpacked.find(_WARC_HEADER_END, config.max_header_bytes)
    if not unpacked.peek(5).startswith(b"WARC/"):
        raise _BrokenRecord("broken archive record: no 'WARC/' header here (the archive is damaged, or not "
                            "a web archive); reading resumes at the next record", at)
    if header_end < 0:
        if unpacked.ended:
            raise _BrokenRecord("the archive is cut short inside this record's header; the record is lost: "
                                "copy or download the archive again", at, False)
        raise _BrokenRecord(f"record header longer than {config.max_header_bytes:,} bytes; "
                            "the record is refused unread", at)
    header = unpacked.peek(header_end + len(_WARC_HEADER_END))
    match = _CONTENT_LENGTH.search(header)
    if match is None:
        raise _BrokenRecord("record header without a Content-Length; the record is refused unread", at)
    length = int(match.group(1))
    if length > config.max_file_bytes + config.max_header_bytes:
        raise _BrokenRecord(f"record of {length / 1e6:,.1f} MB, over the {config.max_file_bytes / 1e6:.1f} MB "
                            "limit for one article; it is refused unread", at)
    size = len(header) + length
    data = unpacked.take(size)
    if len(data) < size:
        raise _BrokenRecord(f"the archive is cut short inside this record ({len(data) - len(header):,} of "
                            f"{length:,} bytes); the record is lost: copy or download the archive again", at, False)
    if b"application/http" in header.lower():
        content = data[len(header):len(header) + config.max_header_bytes]
        if b"\r\n\r\n" not in content and b"\n\n" not in content:
            raise _BrokenRecord(f"HTTP header longer than {config.max_header_bytes:,} bytes; "
                                "the record is refused unread", at)
    return data + b"\r\n\r\n"


class _Unpacked:
    """The unpacked bytes of a web archive, from a file offset, unpacked only as far as asked.

    A ``.gz`` archive is a series of gzip members (one per record, as the WARC standard
    recommends); members are unpacked in turn with :mod:`zlib`, never more than a read asks
    for, so a gzip bomb costs what its bounded reads cost. Offsets in the unpacked stream map
    back to the file offset of the member holding them, where reading can resume.
    """

    _CHUNK = 1 << 16

    def __init__(self, handle: BinaryIO, packed: bool, start: int) -> None:
        handle.seek(start)
        self._handle = handle
        self._packed = packed
        self._start = start
        self._inflater = zlib.decompressobj(31) if packed else None
        self._pending = b""  # packed bytes read from the file, not yet unpacked
        self._read_to = start  # file offset after the last byte read
        self._buffer = bytearray()
        self._members = [(0, start)]  # (unpacked offset, file offset) where each member starts
        self.position = 0  # unpacked offset of the first byte of the buffer
        self.ended = False  # nothing more will come
        self.cut = False  # the file ends inside a gzip member

    def file_offset(self, at: int) -> int:
        """The file offset where reading can resume for the unpacked offset ``at``."""
        if not self._packed:
            return self._start + at
        return max((file for unpacked, file in self._members if unpacked <= at), default=self._start)

    def fill(self, size: int) -> bool:
        """Unpack until the buffer holds ``size`` bytes or the archive ends; whether it holds any."""
        while len(self._buffer) < size and not self.ended:
            self._unpack(size - len(self._buffer))
        return bool(self._buffer)

    def _unpack(self, wanted: int) -> None:
        if self._inflater is None:
            chunk = self._handle.read(max(wanted, self._CHUNK))
            self._buffer += chunk
            self.ended = not chunk
            return
        if self._inflater.eof:
            rest = self._inflater.unused_data + self._pending
            if not rest.strip(b"\x00\r\n \t"):
                rest = self._handle.read(self._CHUNK)
                self._read_to += len(rest)
                if not rest.strip(b"\x00\r\n \t"):
                    self.ended = not rest  # padding after the last member is no record
                    self._pending = b""
                    return
            self._members.append((self.position + len(self._buffer), self._read_to - len(rest)))
            self._inflater, self._pending = zlib.decompressobj(31), rest
            del self._members[:-64]  # only recent members are ever resumed from
        if not self._pending:
            self._pending = self._handle.read(self._CHUNK)
            self._read_to += len(self._pending)
            if not self._pending:
                self.ended = self.cut = True
                return
        try:
            self._buffer += self._inflater.decompress(self._pending, max(wanted, self._CHUNK))
        except zlib.error as error:
            raise _BrokenRecord(f"broken archive record: not gzip data here ({error}); reading resumes at the "
                                "next record", self.position + len(self._buffer)) from None
        self._pending = self._inflater.unconsumed_tail

    def find(self, marker: bytes, limit: int) -> int:
        """Index of ``marker`` in the next ``limit`` bytes, or -1."""
        self.fill(limit)
        return self._buffer.find(marker, 0, limit)

    def peek(self, size: int) -> bytes:
        """The next ``size`` bytes (fewer at the end), left unread."""
        self.fill(size)
        return bytes(self._buffer[:size])

    def take(self, size: int) -> bytes:
        """The next ``size`` bytes (fewer at the end)."""
        self.fill(size)
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        self.position += len(data)
        return data

    def skip_blank_lines(self, limit: int) -> None:
        """Pass the line ends between records (at most ``limit`` bytes of them)."""
        while limit > 0 and self.fill(1) and self._buffer[0] in b"\r\n":
            self.take(1)
            limit -= 1


def _warc_record(data: bytes, article_id: str, where: str, config: Config) -> tuple[list[Article], list[Account]]:
    """The article of one framed record, parsed by warcio; its warnings go to the log, not the terminal."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    warnings = io.StringIO()
    try:
        with contextlib.redirect_stderr(warnings):
            records = ArchiveIterator(io.BytesIO(data), check_digests=False)
            return next((_warc_page(record, article_id, where, config) for record in records), ([], []))
    except (ArchiveLoadFailed, ValueError, OSError, EOFError, zlib.error) as error:
        problem = (str(error).splitlines() or ["unreadable"])[0][:120]
        return [], [refused(article_id, where, Status.UNREADABLE, f"{where}: broken archive record ({problem})")]
    finally:
        if warnings.getvalue().strip():
            _LOG.warning("%s: warcio: %s", where, " ".join(warnings.getvalue().split())[:500])


def _warc_page(record: Any, article_id: str, where: str, config: Config) -> tuple[list[Article], list[Account]]:
    """The article of one archive record, if it is an HTML response."""
    if record.rec_type != "response":
        return [], []
    target = shown(record.rec_headers.get_header("WARC-Target-URI") or "")
    url = web_url(target)
    # The path stays the archive and record number, so it names a file a user can open; messages
    # name the page's address as well, and the article keeps it as its url.
    named = f"{where} ({target})" if target else where
    content_type = record.http_headers.get_header("Content-Type") if record.http_headers else None
    if content_type and "html" not in content_type.lower():
        return [], [refused(article_id, where, Status.UNREADABLE,
                            f"{named}: not an HTML page ({shown(content_type)})", url=url)]
    body = _read_up_to(record.content_stream(), config.max_file_bytes + 1)
    if len(body) > config.max_file_bytes:
        return [], [refused(article_id, where, Status.UNREADABLE,
                            f"{named}: page is over the {config.max_file_bytes / 1e6:.1f} MB limit for one article",
                            url=url)]
    page, problem = decode(body)
    if page is None:
        return [], [refused(article_id, where, Status.UNREADABLE, f"{named}: {problem}", url=url)]
    # When a crawler saw the page, not when it was written: kept apart as ``fetched``.
    captured = _iso_date(record.rec_headers.get_header("WARC-Date") or "")
    found, failed = read_html(article_id, where, page, config, url=url, fetched=captured)
    return found, [dataclasses.replace(account, url=url, reason=account.reason.replace(where, named, 1))
                   for account in failed]


def _read_up_to(stream: BinaryIO, limit: int) -> bytes:
    # A decompressing reader returns a chunk at a time, not all that was asked for.
    chunks: list[bytes] = []
    size = 0
    while size < limit and (chunk := stream.read(min(limit - size, 1 << 20))):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _next_record_start(handle: BinaryIO, packed: bool, start: int) -> int | None:
    """File offset of the next WARC record header (or gzip member holding one) at or after ``start``."""
    import mmap

    marker = b"\x1f\x8b\x08" if packed else b"WARC/1."
    size = os.fstat(handle.fileno()).st_size
    if start >= size:
        return None
    with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        found = data.find(marker, start)
    return None if found < 0 else found


READERS: dict[str, Reader] = {
    ".html": read_html,
    ".htm": read_html,
    ".json": read_jsonl,
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

