"""Latency and throughput of ``newsbrief serve`` under bounded concurrent readers on loopback.

    PYTHONPATH=src python benchmarks/serve_load.py --db news.db [--concurrency 50] [--requests 1000]
        [--client raw|httpx] [--baseline OLD/src] [--rounds 2] [--digest PATH...]

Starts ``newsbrief serve`` on a free port of 127.0.0.1, waits until it answers, then for each of
the day page (``/``), the newest event's page and its JSON (``/api/events/ID``) sends ``--requests``
GET requests from ``--concurrency`` readers at once (one keep-alive connection each) after a
warm-up, and prints p50/p99 latency in milliseconds and requests per second. Only 127.0.0.1 is
contacted; the request count bounds the run, and the server is stopped at the end.

The readers and the server share the machine's cores, so the readers must cost little: ``raw``
(the default) writes each request and reads its answer on an asyncio stream, parsing only the
status line and ``Content-Length`` (about a tenth of a millisecond of CPU a request); ``httpx``
uses httpx's client, as this script did first, which costs about 3 ms of CPU a request: at 50
readers on 2 cores it measured mostly itself.

With ``--baseline``, a second server runs the newsbrief source tree given (for example ``git
archive OLD src | tar -x -C /tmp/old``) as it ran then: without httptools and uvloop, which its
uvicorn would otherwise pick up now that they are installed. The two servers take turns,
``--rounds`` times, so that both meet the same load from the rest of the machine.

With ``--digest``, a ``newsbrief digest PATH... --db`` runs from the start of each server's loads
into a fresh copy of the store (``--db`` is not written), to show reads going on while a digest
writes; the script then says whether it was still writing when the loads ended, and stops it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
import numpy as np

_SRC = Path(__file__).resolve().parents[1] / "src"
_WARM_UP = 20
# The baseline as it ran before this round: no C HTTP parser, no uvloop (the modules are hidden).
_WITHOUT_C_SERVER = "import sys; sys.modules['httptools'] = sys.modules['uvloop'] = None; "
_MAIN = "from newsbrief.cli import main; raise SystemExit(main())"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(db: Path, port: int, src: Path, baseline: bool) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    env.pop("NEWSBRIEF_TOKEN", None)
    code = (_WITHOUT_C_SERVER if baseline else "") + _MAIN
    process = subprocess.Popen([sys.executable, "-c", code, "serve", "--db", str(db), "--port", str(port)], env=env,
                               text=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/days", timeout=1)
            return process
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise SystemExit(f"the server did not start: {process.communicate()[1]}") from None
            time.sleep(0.2)


class _RawReader:
    """One keep-alive HTTP/1.1 connection that sends GETs and reads answers with a Content-Length."""

    def __init__(self, port: int) -> None:
        self._port = port
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, path: str) -> int:
        """The status of a GET of ``path``, once its whole body is read."""
        if self._streams is None:
            self._streams = await asyncio.open_connection("127.0.0.1", self._port)
        reader, writer = self._streams
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{self._port}\r\n\r\n".encode("ascii"))
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split()[1])
        length = next((int(line.split(b":", 1)[1]) for line in lines[1:]
                       if line.lower().startswith(b"content-length:")), None)
        if length is None:
            raise ConnectionError(f"{path}: an answer without Content-Length")
        await reader.readexactly(length)
        return status

    def close(self) -> None:
        if self._streams is not None:
            self._streams[1].close()


async def _load(port: int, path: str, requests: int, concurrency: int, client: str) -> tuple[list[float], float, int]:
    """Seconds of each request, the wall-clock seconds of all, and the number of failed requests."""
    latencies: list[float] = []
    failed = 0
    left = requests
    if client == "raw":
        readers = [_RawReader(port) for _ in range(concurrency)]
        gets: list[Callable[[], Awaitable[int]]] = [lambda r=r: r.get(path) for r in readers]  # type: ignore[misc]
        closing: Callable[[], Awaitable[None]] | None = None
    else:
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        session = httpx.AsyncClient(limits=limits, timeout=30)

        async def one() -> int:
            return (await session.get(f"http://127.0.0.1:{port}{path}")).status_code

        gets = [one] * concurrency
        closing = session.aclose
    try:
        for n in range(_WARM_UP):
            await gets[n % concurrency]()

        async def reader(get: Callable[[], Awaitable[int]]) -> None:
            nonlocal failed, left
            while left > 0:
                left -= 1
                start = time.perf_counter()
                try:
                    failed += await get() != 200
                except (OSError, asyncio.IncompleteReadError, httpx.TransportError):  # counted, not hidden
                    failed += 1
                latencies.append(time.perf_counter() - start)

        start = time.perf_counter()
        await asyncio.gather(*(reader(get) for get in gets))
        return latencies, time.perf_counter() - start, failed
    finally:
        if client == "raw":
            for r in readers:
                r.close()
        elif closing is not None:
            await closing()


def _wait_for_a_write(db: Path, writer: subprocess.Popen[bytes]) -> None:
    """Wait until the digest has committed its first articles (its models load first), so that the
    loads meet it writing."""
    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as store:
        before = store.execute("SELECT MAX(rowid) FROM articles").fetchone()[0]
        deadline = time.monotonic() + 600
        while store.execute("SELECT MAX(rowid) FROM articles").fetchone()[0] == before:
            if writer.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the digest wrote nothing (it exited {writer.poll()})")
            time.sleep(0.5)


def _run(name: str, db: Path, src: Path, baseline: bool, args: argparse.Namespace) -> None:
    if args.digest:  # each server's digest writes into a fresh copy, so that each writes as much
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / db.name
            with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
                source.backup(target)
            _measure(name, copy, src, baseline, args)
    else:
        _measure(name, db, src, baseline, args)


def _measure(name: str, db: Path, src: Path, baseline: bool, args: argparse.Namespace) -> None:
    port = _free_port()
    process = _start(db, port, src, baseline)
    writer = None
    base = f"http://127.0.0.1:{port}"
    try:
        days = httpx.get(f"{base}/api/days", timeout=10).json()
        if not days:
            raise SystemExit(f"{db}: no events to read")
        day = days[0]["day"] or "undated"
        event = httpx.get(f"{base}/api/days/{day}/events", timeout=10).json()[0]["id"]
        print(f"{name} ({src}): load average {os.getloadavg()[0]:.1f} at the start")
        if args.digest:
            writer = subprocess.Popen([sys.executable, "-c", _MAIN, "digest", *args.digest, "--db", str(db)],
                                      env={**os.environ, "PYTHONPATH": str(src)}, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
            _wait_for_a_write(db, writer)
        for page, path in (("day page", "/"), ("event page", f"/event/{event}"), ("event API", f"/api/events/{event}")):
            latencies, seconds, failed = asyncio.run(_load(port, path, args.requests, args.concurrency, args.client))
            ms = np.asarray(latencies) * 1000
            print(f"  {page:11} p50 {np.percentile(ms, 50):6.1f} ms  p99 {np.percentile(ms, 99):6.1f} ms  "
                  f"{len(latencies) / seconds:6.0f} requests/s  {failed} failed", flush=True)
        if writer is not None:
            print(f"  the digest was {'still writing' if writer.poll() is None else 'done'} when the loads ended")
    finally:
        process.terminate()
        process.wait(timeout=10)
        if writer is not None and writer.poll() is None:
            writer.kill()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="a store written by newsbrief digest")
    parser.add_argument("--concurrency", type=int, default=50, help="readers at once")
    parser.add_argument("--requests", type=int, default=1000, help="requests per page")
    parser.add_argument("--client", choices=("raw", "httpx"), default="raw", help="how the readers make requests")
    parser.add_argument("--baseline", type=Path, help="a newsbrief src folder to measure in turn with this one")
    parser.add_argument("--rounds", type=int, default=1, help="turns of each server")
    parser.add_argument("--digest", nargs="+", help="inputs a digest writes into the store during each load")
    args = parser.parse_args()
    print(f"{args.db}: {args.concurrency} concurrent readers ({args.client} client), {args.requests} requests per "
          f"page, server and readers on one machine ({os.cpu_count()} cores)")
    for round_ in range(1, args.rounds + 1):
        if args.baseline is not None:
            _run(f"round {round_}, baseline", args.db, args.baseline, True, args)
        _run(f"round {round_}, this tree", args.db, _SRC, False, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
