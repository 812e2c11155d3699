"""Walk every page of a portal store as a reader's clicks would, and every day of its JSON API.

    PYTHONPATH=src python benchmarks/portal_walk.py --db news.db

Starts from the day page, the Atom feed and a search, follows every link to a day, an event, an
article, an entity or a feed (in process, through the app's test client: no server, no network),
then asks ``/api/days/DAY/events`` for every day ``/api/days`` lists. Prints the pages walked by
kind, the answers by status (every one should be 200: anything else is printed as it is met),
and the median and three slowest pages in milliseconds. It checks the promise that a store of the
whole dev pool is browsable, e.g. one made by

    newsbrief digest ../shared/data/*/dev.jsonl ../shared/seeds --db news.db --workers 2
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from fastapi.testclient import TestClient

from newsbrief.serve import create_app

_LINK = re.compile(r'href="(/(?:day|event|article|entity|feed)[^"#?]*)"')
_STARTS = ("/", "/feed.xml", "/search?q=earthquake")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--db", type=Path, required=True, help="the store to walk")
    args = parser.parse_args()
    client = TestClient(create_app(args.db))
    seen: set[str] = set()
    queue = list(_STARTS)
    statuses: Counter[int] = Counter()
    times: list[tuple[float, str]] = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        start = time.perf_counter()
        answer = client.get(url)
        times.append((time.perf_counter() - start, url))
        statuses[answer.status_code] += 1
        if answer.status_code != 200:
            print(f"{answer.status_code} {url}")
        if "html" in answer.headers.get("content-type", ""):
            queue.extend(link for link in _LINK.findall(answer.text) if link not in seen)
    for day in client.get("/api/days").json():
        answer = client.get(f"/api/days/{day['day']}/events")
        statuses[answer.status_code] += 1
        if answer.status_code != 200:
            print(f"{answer.status_code} /api/days/{day['day']}/events")
    kinds = Counter(url.split("/")[1].split("?")[0] or "home" for url in seen)
    times.sort(reverse=True)
    print(f"pages walked: {len(seen)} {dict(kinds)}; answers by status (pages and API days): {dict(statuses)}")
    slowest = ", ".join(f"{url} {1000 * seconds:.0f}" for seconds, url in times[:3])
    print(f"median page {1000 * statistics.median(t for t, _ in times):.1f} ms; slowest (ms): {slowest}")


if __name__ == "__main__":
    main()
