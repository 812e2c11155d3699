"""Command line: a thin layer over :func:`newsbrief.brief` and :mod:`newsbrief.evaluate`.

Exit codes: 0 when a brief was written, 1 when none could be (with a one-line reason on
stderr), 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from newsbrief.config import Config
from newsbrief.model import NewsbriefError
from newsbrief.render import RENDERERS, problems

_DEFAULTS = Config()
# Kept here, not imported from newsbrief.evaluate, so that --help stays fast (no model imports).
SYSTEMS = ("newsbrief", "lexrank", "textrank", "lsa", "klsum", "sumbasic", "lead", "oracle")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbrief", description="Trustworthy briefs of news events.")
    commands = parser.add_subparsers(dest="command", required=True)

    brief = commands.add_parser("brief", help="brief the event told by a set of articles")
    brief.add_argument("inputs", nargs="+", help="article files (.txt, .html, .jsonl), folders, or - for stdin")
    brief.add_argument("--format", choices=sorted(RENDERERS), default="markdown", help="output format")
    brief.add_argument("--out", type=Path, help="write here instead of standard output")
    brief.add_argument("--words", type=int, default=_DEFAULTS.summary_words, help="summary length in words")
    brief.add_argument("--cluster", help="id of the cluster to brief in a JSONL file of several")

    evaluate = commands.add_parser("eval", aliases=["evaluate"],
                                   help="ROUGE of newsbrief and peers against human reference summaries")
    evaluate.add_argument("dataset", type=Path, help="JSONL file of clusters with reference summaries")
    evaluate.add_argument("--words", type=int, default=_DEFAULTS.summary_words,
                          help="cut every summary to this many words (40 or fewer: newsbrief's headline)")
    evaluate.add_argument("--systems", default=",".join(SYSTEMS),
                          help=f"comma-separated systems to run (default: {','.join(SYSTEMS)})")
    evaluate.add_argument("--published", type=Path, help="JSONL of published system summaries to score alongside")
    evaluate.add_argument("--limit", type=int, help="score only the first N clusters")
    evaluate.add_argument("--json", type=Path, help="write the per-cluster figures here")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "brief":
            return _brief(args)
        return _evaluate(args)
    except NewsbriefError as error:
        print(f"newsbrief: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _brief(args: argparse.Namespace) -> int:
    from newsbrief.pipeline import brief  # heavy imports (spaCy, onnxruntime) only when needed

    config = dataclasses.replace(Config(), summary_words=args.words, cluster=args.cluster)
    result = brief(args.inputs, config, stdin=sys.stdin.buffer)
    for line in problems(result):
        print(f"newsbrief: skipped {line}", file=sys.stderr)
    text = RENDERERS[args.format](result)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        args.out.write_text(text, encoding="utf-8")
    except OSError as error:
        raise NewsbriefError(f"cannot write {args.out}: {error.strerror}") from None
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from newsbrief.evaluate import evaluate, report, to_json

    config = dataclasses.replace(Config(), summary_words=args.words)
    systems = [name.strip() for name in args.systems.split(",") if name.strip()]
    result = evaluate(args.dataset, config, systems, limit=args.limit, published=args.published, progress=True)
    print(report(result))
    if args.json is not None:
        try:
            args.json.write_text(json.dumps(to_json(result), indent=2) + "\n", encoding="utf-8")
        except OSError as error:
            raise NewsbriefError(f"cannot write {args.json}: {error.strerror}") from None
    return 0


if __name__ == "__main__":
    sys.exit(main())
