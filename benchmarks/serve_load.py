"""Latency and throughput of ``newsbrief serve`` under bounded concurrent readers on loopback.

    PYTHONPATH=src python benchmarks/serve_load.py --db news.db [--concurrency 50] [--requests 1000] [--digest PATH...]

Starts ``newsbrief serve`` on a free port of 127.0.0.1, waits until it answers, then for each of
the day page (``/``), the newest event's page and its JSON (``/api/events/ID``) sends ``--requests``
GET requests from ``--concurrency`` readers at once (httpx, one connection each) after a warm-up,
and prints p50/p99 latency in milliseconds and requests per second. Only 127.0.0.1 is contacted;
the request count bounds the run, and the server is stopped at the end. With ``--digest``, a
``newsbrief digest PATH... --db`` of the same store runs from the start of the load (it writes into
the store: give a copy), to show reads going on while a digest writes; the script then says whether
it was still writing when the load ended, and waits for it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import numpy as np

_SRC = Path(__file__).resolve().parents[1] / "src"
_WARM_UP = 20


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(db: Path, port: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(_SRC)}
    process = subprocess.Popen([sys.executable, "-c", "from newsbrief.cli import main; raise SystemExit(main())",
                                "serve", "--db", str(db), "--port", str(port)], env=env, text=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/days", timeout=1)
            return process
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise SystemExit(f"the server did not start: {process.communicate()[1]}") from None
            time.sleep(0.2)


async def _load(url: str, requests: int, concurrency: int) -> tuple[list[float], float, int]:
    """Seconds of each request, the wall-clock seconds of all, and the number of failed requests."""
    latencies: list[float] = []
    failed = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(requests):
        queue.put_nowait(n)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        for _ in range(_WARM_UP):
            await client.get(url)

        async def reader() -> None:
            nonlocal failed
            while not queue.empty():
                queue.get_nowait()
                start = time.perf_counter()
                try:
                    answer = await client.get(url)
                    failed += answer.status_code != 200
                except httpx.TransportError:  # counted, so a server that drops connections shows
                    failed += 1
                latencies.append(time.perf_counter() - start)

        start = time.perf_counter()
        await asyncio.gather(*(reader() for _ in range(concurrency)))
        return latencies, time.perf_counter() - start, failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="a store written by newsbrief digest")
    parser.add_argument("--concurrency", type=int, default=50, help="readers at once")
    parser.add_argument("--requests", type=int, default=1000, help="requests per page")
    parser.add_argument("--digest", nargs="+", help="inputs a digest writes into the store during the load")
    args = parser.parse_args()
    port = _free_port()
    process = _start(args.db, port)
    writer = None
    base = f"http://127.0.0.1:{port}"
    try:
        days = httpx.get(f"{base}/api/days", timeout=10).json()
        if not days:
            raise SystemExit(f"{args.db}: no events to read")
        day = days[0]["day"] or "undated"
        event = httpx.get(f"{base}/api/days/{day}/events", timeout=10).json()[0]["id"]
        print(f"{args.db}: {len(days)} days; {args.concurrency} concurrent readers, {args.requests} requests per page, "
              f"server and readers on one machine ({os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.1f} at the start)")
        if args.digest:
            writer = subprocess.Popen([sys.executable, "-c", "from newsbrief.cli import main; raise SystemExit(main())",
                                       "digest", *args.digest, "--db", str(args.db)],
                                      env={**os.environ, "PYTHONPATH": str(_SRC)}, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
        for name, path in (("day page", "/"), ("event page", f"/event/{event}"),
                           ("event API", f"/api/events/{event}")):
            latencies, seconds, failed = asyncio.run(_load(base + path, args.requests, args.concurrency))
            ms = np.asarray(latencies) * 1000
            print(f"  {name:11} p50 {np.percentile(ms, 50):6.1f} ms  p99 {np.percentile(ms, 99):6.1f} ms  "
                  f"{len(latencies) / seconds:6.0f} requests/s  {failed} failed")
        if writer is not None:
            print(f"  the digest was {'still writing' if writer.poll() is None else 'done'} when the load ended; "
                  f"it exited {writer.wait()}")
    finally:
        process.terminate()
        process.wait(timeout=10)
        if writer is not None and writer.poll() is None:
            writer.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
