"""Command line: a thin layer over :func:`newsbrief.brief` and :mod:`newsbrief.evaluate`.

Exit codes: 0 when a brief was written, 1 when none could be (with a one-line reason on
stderr: no usable input, a digest of no readable input, which leaves no new store behind, a store
that cannot be used, a config file or ``--set`` that is wrong), 2 for wrong usage (option values, an empty
input name, an ``--out`` that cannot be written, a closed stdout; found before any work), 3 when
``events --date`` finds no event that day (nothing is written), 130 after Ctrl-C. Tracebacks are for
bugs only.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import signal
import sqlite3
import sys
import threading
import time
import tomllib
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# Only light modules here: every command's own work (spaCy, onnxruntime, the store) is imported inside
# that command, so `--help`, `--version` and a mistyped option answer at once.
from newsbrief.config import Config, default_path, from_toml, with_settings
from newsbrief.model import Account, NewsbriefError, Status
from newsbrief.render import EDITIONS, RENDERERS, Edition, Listed, problems

if TYPE_CHECKING:
    from newsbrief.store import Reader

_DEFAULTS = Config()
# Kept here, not imported from newsbrief.evaluate, so that --help stays fast (no model imports).
SYSTEMS = ("newsbrief", "lexrank", "textrank", "lsa", "klsum", "sumbasic", "lead", "oracle")
HEADLINE_SYSTEMS = ("newsbrief", "first-newest", "first-oldest", "human-one", "human-oracle")
# The exit status of `events --date` on a day without events: told apart from errors (1) and usage (2).
NO_EVENTS = 3


class _HelpFormatter(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    """Help that shows each option's default, unless it has none (``None``, an unset flag), and keeps the
    lines of the examples as written."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default is None or action.default is False:
            return action.help
        return super()._get_help_string(action)


def _version() -> str:
    import importlib.metadata  # 20 ms that no other command needs

    try:
        return importlib.metadata.version("newsbrief")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


class _VersionAction(argparse.Action):
    """``--version`` as argparse's own, but the version is looked up only when it is asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()


# One example per command: the last line of its --help, and all of them at the end of `newsbrief --help`.
EXAMPLES = {
    "brief": "newsbrief brief examples/ --out brief.html",
    "digest": "newsbrief digest examples/ --db news.db",
    "events": "newsbrief events --db news.db --date 2026-03-10",
    "serve": "newsbrief serve --db news.db --port 8000",
    "eval": "newsbrief eval ../shared/data/duc2004_task2/dev.jsonl --limit 5",
    "eval-clusters": "newsbrief eval-clusters ../shared/data/duc2004_task2/dev.jsonl",
}


def _example(command: str) -> str:
    return f"example:\n  {EXAMPLES[command]}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbrief", description="Trustworthy briefs of news events.",
                                     formatter_class=_HelpFormatter,
                                     epilog="examples:\n" + "\n".join(f"  {line}" for line in EXAMPLES.values()))
    parser.add_argument("--version", action=_VersionAction, help="show program's version number and exit")
    talk = parser.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true",
                      help="no progress bars, warnings or skipped inputs on stderr: errors only")
    talk.add_argument("-v", "--verbose", action="store_true",
                      help="also the seconds the work took (a digest tells them per stage anyway)")
    commands = parser.add_subparsers(dest="command", required=True)

    brief = commands.add_parser("brief", help="brief the event told by a set of articles", epilog=_example("brief"))
    brief.add_argument("inputs", nargs="*", type=_input,
                       help="article files (.txt, .html, .json, .jsonl), folders, - for stdin, or web addresses "
                            "(https://...) of article pages")
    brief.add_argument("--urls", type=_input,
                       help="a file of web addresses of article pages, one a line ('#' starts a comment line), "
                            "or - for stdin")
    brief.add_argument("--format", choices=sorted(RENDERERS), help=_FORMAT_HELP)
    brief.add_argument("--out", type=_output, help="write here instead of standard output")
    brief.add_argument("--words", type=_count, help=_WORDS_HELP)
    brief.add_argument("--cluster", help="id of the cluster to brief in a JSONL file of several")
    _settings_options(brief)
    _web_options(brief)

    evaluate = commands.add_parser("eval", aliases=["evaluate"],
                                   help="ROUGE of newsbrief and peers against human reference summaries",
                                   epilog=_example("eval"))
    evaluate.add_argument("dataset", type=Path, help="JSONL file of clusters with reference summaries")
    evaluate.add_argument("--words", type=_count,
                          help=f"cut every summary to this many words (default {_DEFAULTS.summary_words}; "
                               "40 or fewer: newsbrief's headline)")
    evaluate.add_argument("--systems",
                          help=f"comma-separated systems to run (default: {','.join(SYSTEMS)}; "
                               f"with --headlines: {','.join(HEADLINE_SYSTEMS)})")
    evaluate.add_argument("--published", type=Path, help="JSONL of published system summaries to score alongside")
    evaluate.add_argument("--headlines", type=Path,
                          help="score headlines instead, against this JSONL of human headlines of the dataset's "
                               "documents (a DUC Task 1 file of the same clusters)")
    evaluate.add_argument("--checks", action="store_true",
                          help="instead of ROUGE, run the editorial checks over newsbrief's briefs: faults of "
                               "headlines and summary sentences, with examples")
    evaluate.add_argument("--limit", type=_count, help="score only the first N clusters")
    evaluate.add_argument("--json", type=_output, help="write the per-cluster figures here")
    _settings_options(evaluate)

    digest = commands.add_parser("digest", help="group a stream of articles into events in a store and brief them",
                                 epilog=_example("digest"))
    digest.add_argument("inputs", nargs="*", type=_input,
                        help="article files (.txt, .html), folders, JSONL datasets (every cluster), .warc/.warc.gz, "
                             "web addresses of article pages, - for stdin; none: brief the store's stale events")
    digest.add_argument("--feeds", type=_input,
                        help="a file listing RSS/Atom feeds (OPML, or one address a line under '[category]' lines); "
                             "their new articles are fetched and read")
    digest.add_argument("--db", type=_store, required=True, help="the store (an SQLite file; created if missing)")
    digest.add_argument("--workers", type=_workers, default=1,
                        help="processes cleaning and fingerprinting articles, then briefing events")
    digest.add_argument("--no-briefs", action="store_true", help="group only; brief the events on a later run")
    digest.add_argument("--words", type=_count, help=_WORDS_HELP)
    _settings_options(digest)
    _web_options(digest)

    events = commands.add_parser("events", help="the briefs of the events in a store",
                                 description="The events of a store under their days (newest first) and "
                                             "categories, after an index; each with its own footnotes, its "
                                             "timeline and inputs behind a link; events not briefed yet with "
                                             "their articles' titles. JSON is the newsbrief/1 contract: the "
                                             "briefs and every input's account.",
                                 epilog=f"exit status {NO_EVENTS} (and nothing written) when --date finds no event "
                                        f"that day\n\n{_example('events')}")
    events.add_argument("--db", type=_store, required=True, help="the store written by digest")
    events.add_argument("--date", type=_day, help="only events with an article published that day (YYYY-MM-DD)")
    events.add_argument("--format", choices=sorted(RENDERERS), help=_FORMAT_HELP)
    events.add_argument("--out", type=_output, help="write here instead of standard output")

    serve = commands.add_parser("serve", help="a day-by-day news portal and JSON API over a store (read-only "
                                              "unless NEWSBRIEF_TOKEN is set)", epilog=_example("serve"))
    serve.add_argument("--db", type=_store, required=True, help="the store written by digest")
    serve.add_argument("--host", default="127.0.0.1",
                       help="the address to listen on; another than 127.0.0.1 lets other machines read the portal")
    serve.add_argument("--port", type=_port, default=8000, help="the TCP port to listen on")
    _settings_options(serve)  # the settings articles posted to the portal are digested with

    grouping = commands.add_parser("eval-clusters",
                                   help="B-cubed precision and recall of digest's events against true clusters",
                                   epilog=_example("eval-clusters"))
    grouping.add_argument("datasets", nargs="+", type=Path,
                          help="JSONL datasets whose clusters are the truth, and article folders (one event each)")
    grouping.add_argument("--workers", type=_workers, default=1, help="processes cleaning and fingerprinting articles")
    grouping.add_argument("--json", type=_output, help="write the figures here")
    _settings_options(grouping)
    for command in commands.choices.values():
        command.formatter_class = _HelpFormatter
    return parser


_FORMAT_HELP = "output format (default: the one --out names by its suffix, .html, .json or .md; else markdown)"
_WORDS_HELP = f"summary length in words (default: {_DEFAULTS.summary_words}, or summary_words of the config file)"
# What --out's suffix says of the format wanted, when --format does not say it.
_SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".json": "json", ".md": "markdown", ".markdown": "markdown"}


def _settings_options(command: argparse.ArgumentParser) -> None:
    """The options that reach every setting of :class:`Config` without Python."""
    command.add_argument("--config", type=_config_file, metavar="FILE.toml",
                         help=f"settings from a TOML file whose keys are the fields of newsbrief.Config "
                              f"(summary_words = 80, ...); read from {_shown_default_path()} when it exists "
                              "and no --config is given")
    command.add_argument("--set", action="append", metavar="NAME=VALUE", dest="settings",
                         help="one setting, a field of newsbrief.Config as in the config file "
                              "(--set off_topic_article=0.25); may be repeated; wins over the file")


def _shown_default_path() -> str:
    path = default_path()
    home = Path.home()
    return f"~/{path.relative_to(home)}" if path.is_relative_to(home) else str(path)


def _config_file(value: str) -> Path:
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty file name (an unset variable?)")
    if not Path(value).is_file():
        raise argparse.ArgumentTypeError(f"no config file {value!r}")
    return Path(value)


def _setting(given: str) -> tuple[str, object]:
    """A ``NAME=VALUE`` of ``--set``: the value read as TOML (80, 0.25, "text"), else as plain text."""
    name, equals, value = given.partition("=")
    if not equals or not name.strip():
        raise NewsbriefError(f"--set {given!r}: give NAME=VALUE, a field of newsbrief.Config and its value")
    try:
        return name.strip(), tomllib.loads(f"value = {value.strip()}")["value"]
    except tomllib.TOMLDecodeError:
        return name.strip(), value.strip()


def _config(args: argparse.Namespace) -> Config:
    """The settings of a run: the defaults, then the config file, then ``--set``, then the options."""
    config = Config()
    path = args.config if args.config is not None else default_path()
    if args.config is not None or path.is_file():
        config = from_toml(path, config)
    for given in args.settings or []:
        name, value = _setting(given)
        config = with_settings(config, {name: value}, f"--set {given}")
    options = {"summary_words": getattr(args, "words", None), "cluster": getattr(args, "cluster", None),
               "host_delay": getattr(args, "delay", None), "fetch_timeout": getattr(args, "timeout", None),
               "user_agent": getattr(args, "user_agent", None)}
    return with_settings(config, {k: v for k, v in options.items() if v is not None}, "options")


def _format(args: argparse.Namespace) -> str:
    """The output format: ``--format``, else the one the suffix of ``--out`` names, else Markdown."""
    if args.format is not None:
        return str(args.format)
    return _SUFFIX_FORMATS.get(args.out.suffix.lower(), "markdown") if args.out is not None else "markdown"


def _web_options(command: argparse.ArgumentParser) -> None:
    """The settings of fetching web pages and feeds."""
    command.add_argument("--delay", type=_seconds,
                         help=f"seconds between two requests to one host, longer if its robots.txt asks "
                              f"(default: {_DEFAULTS.host_delay})")
    command.add_argument("--timeout", type=_seconds,
                         help=f"seconds to wait for a web server (default: {_DEFAULTS.fetch_timeout})")
    command.add_argument("--user-agent", help="the User-Agent of web requests (default: newsbrief/VERSION ...)")


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"a number of seconds, 0 or more: {value!r}")
    return seconds


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _workers(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"a number of processes, 1 or more: {value!r}")
    return int(value)


def _port(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise argparse.ArgumentTypeError(f"a TCP port, 1 to 65535: {value!r}")
    return int(value)


def _count(value: str) -> int:
    if not value.strip().isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"a whole number, 1 or more: {value!r}")
    return int(value)


def _input(value: str) -> str:
    # An unset shell variable gives "": read as a path it would be the current folder, recursively.
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty input name (an unset variable?); give a file, a folder or -")
    return value


def _store(value: str) -> Path:
    # "" would name the current folder; a usage error, as for inputs.
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty store name (an unset variable?); give an SQLite file")
    return Path(value)


def _output(value: str) -> Path:
    """An output file that can be written, checked before the work rather than found after it."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty file name (an unset variable?)")
    path = Path(value)
    folder = path.parent
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{value!r} is a folder; give a file name")
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"{value!r}: no folder {str(folder)!r} to write it in")
    if not os.access(path if path.exists() else folder, os.W_OK):
        raise argparse.ArgumentTypeError(f"{value!r}: no permission to write it")
    return path


class _Terminated(KeyboardInterrupt):
    """SIGTERM, stopping the run as Ctrl-C does."""


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Stop on SIGTERM as on Ctrl-C: a digest's workers are stopped with it (left to the default
    action, the main process died at once and its workers went on with the events in hand)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Errors of the user's inputs, store or output are one line on stderr and exit 1; wrong usage
    exits 2 (argparse's message); Ctrl-C exits 130 without a traceback, and SIGTERM (``kill``, a
    service manager) 143 the same way: what a digest committed stays, its workers are stopped.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if getattr(args, "workers", 1) > 1:
        # multiprocessing's resource tracker frees the semaphores of workers stopped by Ctrl-C, and
        # would warn of each "leaked semaphore" on stderr; it reads this when it starts.
        os.environ.setdefault("PYTHONWARNINGS", "ignore:resource_tracker:UserWarning")
    if args.command in ("brief", "events") and args.out is None and sys.stdout is None:
        parser.error("standard output is closed (>&-); give --out FILE")
    if args.command == "brief" and not args.inputs and args.urls is None:
        parser.error("brief: give article files, folders, web addresses or - for stdin, or --urls FILE")
    if args.command == "brief" and args.urls == "-" and "-" in args.inputs:
        parser.error("brief: standard input can be read once: as articles (-) or as --urls -, not both")
    if args.command == "digest" and args.feeds == "-" and "-" in args.inputs:
        parser.error("digest: standard input can be read once: as articles (-) or as --feeds -, not both")
    if args.command == "digest" and not args.inputs and args.feeds is None and args.no_briefs:
        parser.error("digest --no-briefs: give article files, folders or web addresses, or --feeds FILE")
    try:
        # The server has its own way out on SIGTERM (uvicorn's graceful shutdown).
        stopping = _terminate_as_interrupt() if args.command != "serve" else contextlib.nullcontext()
        with _quieted(args.quiet), stopping:
            return _run(args)
    except NewsbriefError as error:
        _say(f"newsbrief: {error}")
        return 1
    except sqlite3.Error as error:
        if getattr(args, "db", None) is None:
            raise
        # The store commands (digest, events, serve) open args.db: say what SQLite's error means for it.
        from newsbrief.store import store_error

        _say(f"newsbrief: {store_error(args.db, error)}")
        return 1
    except BrokenPipeError:
        # The reader went away (`newsbrief events ... | head`): nothing more is wanted.
        _silence_stdout()
        return 1
    except ImportError as error:
        # Ctrl-C during a native module's first import (onnxruntime's) surfaces as that module's
        # ImportError("initialization failed"), raised from the KeyboardInterrupt.
        if not isinstance(error.__cause__, KeyboardInterrupt):
            raise
        return _interrupted(error.__cause__, args)
    except KeyboardInterrupt as stop:
        return _interrupted(stop, args)


def _interrupted(stop: KeyboardInterrupt, args: argparse.Namespace) -> int:
    """The exit code of a run stopped by Ctrl-C (130) or SIGTERM (143); a run with workers leaves at once."""
    code = 143 if isinstance(stop, _Terminated) else 130
    if getattr(args, "workers", 1) > 1:
        # The stopped workers' queues would make Python's exit wait, or fail loudly; every store
        # transaction is rolled back and the store closed by now, so leave at once.
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        os._exit(code)
    return code


def _run(args: argparse.Namespace) -> int:
    """The work of the command given."""
    if args.command == "brief":
        return _brief(args)
    if args.command == "digest":
        return _digest(args)
    if args.command == "events":
        return _events(args)
    if args.command == "serve":
        from newsbrief.serve import serve  # FastAPI and uvicorn only for this command

        serve(args.db, args.host, args.port, _config(args))
        return 0
    if args.command == "eval-clusters":
        return _eval_clusters(args)
    return _evaluate(args)


@contextlib.contextmanager
def _quieted(quiet: bool) -> Iterator[None]:
    """With ``--quiet``, libraries' warnings and logging below errors are silenced, in the worker
    processes too (through ``PYTHONWARNINGS``); all is put back after, as :func:`main` may be called again."""
    if not quiet:
        yield
        return
    given = os.environ.get("PYTHONWARNINGS")
    os.environ["PYTHONWARNINGS"] = "ignore"
    logging.disable(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(logging.NOTSET)
        if given is None:
            del os.environ["PYTHONWARNINGS"]
        else:
            os.environ["PYTHONWARNINGS"] = given


def _say(line: str) -> None:
    """A line on stderr, if there is one (``2>&-`` closes it)."""
    if sys.stderr is not None:
        print(line, file=sys.stderr)


def _warn(args: argparse.Namespace, line: str) -> None:
    """A warning or a report of the work on stderr, unless ``--quiet``: errors only then."""
    if not args.quiet:
        _say(line)


def _progress(args: argparse.Namespace) -> bool:
    """Progress bars when stderr is a terminal, unless ``--quiet``."""
    return not args.quiet and sys.stderr is not None and sys.stderr.isatty()


def _silence_stdout() -> None:
    # Python flushes stdout once more at exit; pointed at /dev/null that flush cannot fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _write(text: str, out: Path | None) -> None:
    if out is None:
        if sys.stdout is None:  # started with >&-
            raise NewsbriefError("standard output is closed; give --out FILE to write the result")
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as error:  # a full disk, /dev/full, a lost terminal
            _silence_stdout()
            raise NewsbriefError(f"cannot write to standard output: {error.strerror or error}") from None
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as error:
        raise NewsbriefError(f"cannot write {out}: {error.strerror}") from None


def _digest(args: argparse.Namespace) -> int:
    from newsbrief.digest import digest
    from newsbrief.ingest import is_address
    from newsbrief.store import open_store

    config = _config(args)
    feeds = []
    if args.feeds is not None:
        from newsbrief.feeds import feed_list

        feeds = feed_list(_list_file(args.feeds), args.feeds)
    if not args.inputs and not feeds:
        return _brief_stale(args, config)
    missing = [str(given) for given in args.inputs
               if given != "-" and not is_address(str(given)) and not os.path.lexists(given)]
    if args.inputs and len(missing) == len(args.inputs) and not feeds:
        raise NewsbriefError(f"nothing to digest: {'; '.join(missing[:5])}: no such file or folder; {args.db} was not "
                             "touched")
    new = not os.path.lexists(args.db)
    with open_store(args.db) as store:
        # Started with <&-, there is no stdin: reading `-` is then refused like a missing file.
        result = digest(args.inputs, store, config, workers=args.workers, briefs=not args.no_briefs,
                        progress=_progress(args), feeds=feeds, stdin=None if sys.stdin is None else sys.stdin.buffer)
    for problem in result.problems:
        _warn(args, f"newsbrief: skipped {problem}")
    for failure in result.failed_briefs:
        _say(f"newsbrief: no brief for {failure}")
    _warn(args, f"newsbrief: {result.summary()}")
    if result.read and result.read == len(result.problems):  # not one input could be read
        if new:  # a store of refusals only is no store: leave nothing behind
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(f"{args.db}{suffix}")
        raise NewsbriefError("nothing to digest: no input could be read" + (f"; {args.db} was not created" if new
                                                                           else ""))
    return 0


def _brief_stale(args: argparse.Namespace, config: Config) -> int:
    """``digest --db`` with no inputs: brief every event grouped without a brief (``--no-briefs``) or
    left stale by a run that stopped."""
    from newsbrief.digest import Digested, brief_stale
    from newsbrief.store import open_store

    if not os.path.isfile(args.db):
        raise NewsbriefError(f"{args.db}: no such store; give article files, folders or web addresses, "
                             "or --feeds FILE, to digest into a new one")
    report = Digested()
    with open_store(args.db) as store:
        brief_stale(store, config, args.workers, _progress(args), report)
    for failure in report.failed_briefs:
        _say(f"newsbrief: no brief for {failure}")
    _warn(args, f"newsbrief: {report.briefs} stale events briefed ({report.seconds['brief']:.1f} s)")
    return 0


def _events(args: argparse.Namespace) -> int:
    from newsbrief.model import Brief
    from newsbrief.store import open_reader

    with open_reader(args.db) as reader:
        if _format(args) == "json":  # the newsbrief/1 contract: the briefs and every account
            events = tuple(reader.briefs(args.date))
            accounts = tuple(reader.accounts())
            found = bool(events)
        else:
            edition = _edition(reader, args.date)
            found = bool(edition.events)
    if args.date is not None and not found:
        _say(f"newsbrief: no events on {args.date.isoformat()} in {args.db}")
        return NO_EVENTS
    if _format(args) != "json":
        _write(EDITIONS[_format(args)](edition), args.out)
        return 0
    if args.date is not None:
        shown = {article for event in events for article in event.articles}
        accounts = tuple(a for a in accounts if a.id in shown)
    _write(RENDERERS["json"](Brief(events, accounts)), args.out)
    return 0


def _edition(reader: Reader, day: dt.date | None) -> Edition:
    """Every event of the store (with ``day``, those with an article published that day, briefed or
    not) under its day, newest first, and its category, in the portal's order; then the inputs that
    are in no event."""
    from newsbrief.categories import BY_SLUG, CATEGORIES

    order = {c.slug: n for n, c in enumerate(CATEGORIES)}
    listed = []
    for event_day, _ in reader.days():
        for listing in sorted(reader.listings(event_day), key=lambda e: order.get(e.category or "", len(order))):
            accounts = tuple(reader.event_accounts(listing.id))
            if day is not None and not any(a.published == day for a in accounts):
                continue
            section = BY_SLUG[listing.category].name if listing.category in BY_SLUG else "Other news"
            listed.append(Listed(listing.id, listing.day, section, reader.brief(listing.id), accounts,
                                 listing.outlets, listing.stale))
    placed = {article_id for article_id, _, event_id in reader.grouping() if event_id is not None}
    unplaced = () if day is not None else tuple(a for a in reader.accounts() if a.id not in placed)
    title = f"Events of {day.isoformat()} in {reader.path.name}" if day else f"Events in {reader.path.name}"
    return Edition(title, tuple(listed), unplaced)


def _eval_clusters(args: argparse.Namespace) -> int:
    from newsbrief.evaluate import evaluate_grouping

    result = evaluate_grouping(args.datasets, _config(args), workers=args.workers, progress=_progress(args))
    print(result.report())
    if args.json is not None:
        _write(json.dumps(dataclasses.asdict(result), indent=2) + "\n", args.json)
    return 0


def _brief(args: argparse.Namespace) -> int:
    from newsbrief.pipeline import brief  # heavy imports (spaCy, onnxruntime) only when needed

    config = _config(args)
    inputs = list(args.inputs)
    if args.urls is not None:
        from newsbrief.fetch import address_list

        inputs += address_list(_list_file(args.urls))
        if not inputs:
            raise NewsbriefError(f"{args.urls}: lists no web address")
    # Started with <&-, there is no stdin: reading `-` is then refused like a missing file.
    start = time.perf_counter()
    result = brief(inputs, config, stdin=None if sys.stdin is None else sys.stdin.buffer, progress=_progress(args))
    for line in problems(result):
        _warn(args, f"newsbrief: skipped {line}")
    if (aside := _set_aside(result.articles)) is not None:
        _warn(args, f"newsbrief: {aside}")
    if args.verbose:
        _say(f"newsbrief: {len(result.articles)} inputs read and briefed in {time.perf_counter() - start:.1f} s "
             "(loading the models included)")
    _write(RENDERERS[_format(args)](result), args.out)
    return 0


def _set_aside(accounts: Sequence[Account]) -> str | None:
    """The warning that a brief set articles aside as about another event, or ``None`` when it set none aside.

    Of the articles read: those the readers refused are warned of one by one, as skipped.
    """
    off_topic = sum(1 for a in accounts if a.status is Status.OFF_TOPIC)
    if not off_topic:
        return None
    read = sum(1 for a in accounts if a.status not in (Status.UNREADABLE, Status.EMPTY))
    return (f"{off_topic} of {read} articles {'is' if off_topic == 1 else 'are'} about another event and "
            f"{'was' if off_topic == 1 else 'were'} set aside (the account lists them); use `newsbrief digest` "
            "to brief several events")


def _list_file(name: str) -> str:
    """The text of a list of addresses or feeds (``-``: standard input)."""
    if name == "-":
        if sys.stdin is None:
            raise NewsbriefError("standard input is not available to read the list from")
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise NewsbriefError(f"{name}: cannot read the list ({error.strerror})") from None


def _evaluate(args: argparse.Namespace) -> int:
    from newsbrief import evaluate
    from newsbrief.checks import report as checks_report

    data: dict[str, object]
    if args.checks:
        found = evaluate.check_briefs(args.dataset, _config(args),
                                      limit=args.limit, progress=not args.quiet)
        table, data = checks_report(found, args.dataset.parent.name or args.dataset.name), dataclasses.asdict(found)
    elif args.headlines is not None:
        if args.words is not None or args.published is not None:
            raise NewsbriefError("--headlines scores headlines, cut at the headline limit of "
                                 f"{_DEFAULTS.headline_words} words: drop --words and --published")
        systems = _names(args.systems, HEADLINE_SYSTEMS)
        headlines = evaluate.evaluate_headlines(args.dataset, args.headlines, _config(args), systems, limit=args.limit,
                                                progress=not args.quiet)
        table, data = evaluate.headline_report(headlines), evaluate.headline_json(headlines)
    else:
        config = _config(args)
        summaries = evaluate.evaluate(args.dataset, config, _names(args.systems, SYSTEMS), limit=args.limit,
                                      published=args.published, progress=not args.quiet)
        table, data = evaluate.report(summaries), evaluate.to_json(summaries)
    print(table)
    if args.json is not None:
        _write(json.dumps(data, indent=2) + "\n", args.json)
    return 0


def _names(given: str | None, default: Sequence[str]) -> list[str]:
    """The systems named in a comma-separated ``--systems``, or the default ones."""
    if given is None:
        return list(default)
    return [name.strip() for name in given.split(",") if name.strip()]


if __name__ == "__main__":
    sys.exit(main())
