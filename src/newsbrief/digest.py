"""Digest a stream of articles about many events into a store: read, clean, deduplicate against
everything stored, embed, group into events, and brief every event whose articles changed.

Articles are taken in batches of ``config.digest_batch``; each batch is one transaction, and so
is each event's brief, so an interrupted run keeps every finished batch and brief and the next
run picks up the rest: articles already stored are skipped, and events whose brief is stale are
briefed again.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import dataclasses
import datetime as dt
import hashlib
import itertools
import multiprocessing
import multiprocessing.context
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import numpy as np
import scipy.sparse
from tqdm import tqdm

from newsbrief import cluster, dedup, nlp
from newsbrief.categories import Classifier, event_day, feed_category
from newsbrief.clean import clean
from newsbrief.cluster import Group
from newsbrief.config import Config
from newsbrief.embed import load_embedder, term_counts, term_vectors
from newsbrief.ingest import Inputs, is_address, stream_inputs
from newsbrief.model import Account, Article, Brief, Event, NewsbriefError, Status
from newsbrief.store import Store

if TYPE_CHECKING:
    from newsbrief.feeds import Feed
    from newsbrief.fetch import Fetcher
    from newsbrief.pipeline import Reading

# A batch smaller than this is prepared in this process: starting workers would cost more than they save.
_POOL_FROM = 200


@dataclass(slots=True)
class Digested:
    """What a digest run did, with seconds spent per stage."""

    read: int = 0
    stored: int = 0
    already_stored: int = 0
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)  # why each refused input was refused
    unchanged: int = 0  # web feeds and pages not read again: unchanged since the last run
    events_touched: int = 0
    briefs: int = 0
    failed_briefs: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=lambda: {"read": 0.0, "clean+fingerprint": 0.0, "dedup": 0.0,
                                                                 "embed": 0.0, "cluster": 0.0, "store": 0.0,
                                                                 "brief": 0.0})

    def summary(self) -> str:
        timing = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in self.seconds.items())
        web = f"{self.unchanged} web feeds and pages unchanged since the last run (not read again); " if (
            self.unchanged) else ""
        return (f"{web}{self.read} articles read: {self.stored} stored, {self.already_stored} already stored, "
                f"{self.duplicates} duplicates, {len(self.problems)} refused; {self.events_touched} events touched, "
                f"{self.briefs} briefs written ({timing})")


def digest(inputs: Sequence[str | Path], store: Store, config: Config, workers: int = 1, briefs: bool = True,
           progress: bool = False, feeds: Sequence[Feed] = (), stdin: BinaryIO | None = None,
           read: Sequence[tuple[list[Article], list[Account]]] = ()) -> Digested:
    """Add articles to a store, group them into events and brief the events they touch.

    Web addresses among the inputs, and the pages of the feeds' entries, are fetched politely (see
    :mod:`newsbrief.fetch`) with the store's fetch log: a feed or page unchanged since the last run
    is not read again, and an entry whose page is stored is not fetched again. The log of a batch's
    pages is written once the batch is stored.

    Args:
        inputs: Files, folders, JSONL datasets (every cluster), web archives and web addresses.
        store: The open store to add to.
        config: Settings (grouping thresholds, batch size, brief settings).
        workers: Processes cleaning and fingerprinting articles, then briefing events (reading,
            deduplicating against the store and grouping run in this process).
        briefs: Brief the touched events; without, only grouping is done (events stay stale).
        progress: Show progress bars on standard error.
        feeds: RSS/Atom feeds whose entries' pages are read after the inputs (see :mod:`newsbrief.feeds`).
        stdin: Stream read for an input ``-`` (refused as unreadable when ``None``).
        read: Inputs read already (what the portal was posted), as readers give them: their
            articles and the accounts of those refused; taken before ``inputs``.

    Returns:
        Counts of what was done and the seconds spent per stage.
    """
    if briefs and workers == 1:
        # The embedder first, while little else is resident (see newsbrief.pipeline.brief); briefs by
        # more workers run in fresh processes.
        load_embedder()
    report = Digested()
    touched: set[str] = set()
    with contextlib.ExitStack() as stack:
        fetcher = _fetcher(inputs, feeds, config, store, stack)
        bar = stack.enter_context(tqdm(desc="reading", unit=" articles", disable=not progress))
        prepare = stack.enter_context(_preparing(workers))
        stream = itertools.chain(read, _stream(inputs, feeds, config, store, fetcher, stdin))
        for batch in _batches(_read(stream, store, report),
                              config.digest_batch):
            # The whole batch is prepared before the write lock is taken, so a concurrent run
            # waits for the writing only, never for the cleaning and fingerprinting.
            prepared = list(_timed(prepare(batch), report.seconds))
            touched |= _add_batch(prepared, store, config, report)
            _log_fetches(fetcher, store)
            bar.update(len(batch))
        _log_fetches(fetcher, store)
        if fetcher is not None:
            report.unchanged = len(fetcher.unchanged)
    report.events_touched = len(touched)
    if briefs:
        brief_stale(store, config, workers, progress, report)
    return report


def _fetcher(inputs: Sequence[str | Path], feeds: Sequence[Feed], config: Config, store: Store,
             stack: contextlib.ExitStack) -> Fetcher | None:
    """A client logging to the store, when the web is read."""
    if not feeds and not any(isinstance(given, str) and is_address(given) for given in inputs):
        return None
    from newsbrief.fetch import Fetcher  # httpx only when the web is read

    return stack.enter_context(Fetcher(config, store))


def _stream(inputs: Sequence[str | Path], feeds: Sequence[Feed], config: Config, store: Store,
            fetcher: Fetcher | None, stdin: BinaryIO | None) -> Iterator[tuple[list[Article], list[Account]]]:
    """What each input gives, in order: the files and addresses, then the feeds' pages."""
    if inputs:
        fetch = None
        if fetcher is not None:
            from newsbrief.fetch import read_page

            def fetch(url: str) -> tuple[list[Article], list[Account]]:
                return read_page(fetcher, url, config, conditional=store.has_page(url))

        yield from stream_inputs(inputs, config, stdin, every_cluster=True, fetch=fetch)
    if feeds and fetcher is not None:
        from newsbrief.feeds import read_feeds

        yield from read_feeds(feeds, config, fetcher, store.has_page)


def _log_fetches(fetcher: Fetcher | None, store: Store) -> None:
    """Write the fetch log of the pages read so far; every one of them is stored by now."""
    if fetcher is not None:
        with store.transaction():
            fetcher.flush()


def _read(stream: Iterable[tuple[list[Article], list[Account]]], store: Store, report: Digested) -> Iterator[Article]:
    """Articles read, one at a time; refused inputs are stored with their reason."""
    start = time.perf_counter()
    for articles, rejected in stream:
        if rejected:
            with store.transaction():
                for account in rejected:
                    store.add_article(_refused_again(store, account), None, None)
            report.problems.extend(a.reason for a in rejected)
        report.read += len(articles) + len(rejected)
        report.seconds["read"] += time.perf_counter() - start
        yield from articles
        start = time.perf_counter()


def _refused_again(store: Store, account: Account) -> Account:
    # An input refused again replaces its earlier refusal, never an article that was read.
    if store.status(account.id) in (None, Status.UNREADABLE, Status.EMPTY):
        return account
    return dataclasses.replace(account, id=store.free_id(account.id))


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass(frozen=True, slots=True)
class _Prepared:
    """What deduplication and grouping need of an article, computed without the store (so in any process)."""

    fingerprint: dedup.Fingerprint | None  # None when nothing is left once cleaned
    foreign: nlp.LanguageGuess | None
    counts: scipy.sparse.csr_matrix | None  # term counts of the title and cleaned text


def _prepare(article: Article) -> _Prepared:
    text = clean(article).text
    if not text.strip():
        return _Prepared(None, None, None)
    return _Prepared(dedup.fingerprint(text), nlp.is_foreign(text), term_counts([f"{article.title or ''}\n{text}"]))


@contextmanager
def _preparing(workers: int) -> Iterator[Callable[[list[Article]], Iterator[tuple[Article, _Prepared]]]]:
    """A function preparing a batch of articles, in order: over ``workers`` processes when it is large."""
    with contextlib.ExitStack() as stack:
        pool: concurrent.futures.Executor | None = None

        def prepare(batch: list[Article]) -> Iterator[tuple[Article, _Prepared]]:
            nonlocal pool
            if workers <= 1 or len(batch) < _POOL_FROM:
                return zip(batch, map(_prepare, batch), strict=True)
            if pool is None:
                # Preparing runs no model runtime, so a fork (no imports again) is safe on Linux even after
                # briefs have started threads; elsewhere, spawn. A worker loads the language model if it needs it.
                context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
                pool = stack.enter_context(_pool(workers, context))
            # small chunks: article lengths vary a hundredfold, and one long chunk would keep a core waiting
            return zip(batch, pool.map(_prepare, batch, chunksize=8), strict=True)

        yield prepare


def _timed(prepared: Iterator[tuple[Article, _Prepared]],
           seconds: dict[str, float]) -> Iterator[tuple[Article, _Prepared]]:
    """The prepared articles, counting the time spent waiting for each as preparation's."""
    while True:
        start = time.perf_counter()
        item = next(prepared, None)
        seconds["clean+fingerprint"] += time.perf_counter() - start
        if item is None:
            return
        yield item


def _add_batch(batch: Sequence[tuple[Article, _Prepared]], store: Store, config: Config,
               report: Digested) -> set[str]:
    """Store one batch and group its new articles, in one transaction; returns the events touched."""
    with store.transaction():
        start = time.perf_counter()
        live: list[tuple[Article, scipy.sparse.csr_matrix]] = []  # article, term counts
        for article, prepared in batch:
            found, counts = prepared.fingerprint, prepared.counts
            if found is None or counts is None:
                refusal = _account(article, Status.EMPTY, f"{article.path}: no article text left once "
                                                          "boilerplate was removed")
                store.add_article(refusal, None, article.text)
                report.problems.append(refusal.reason)
                continue
            key = found.content
            if store.has_content(article.id, key):
                report.already_stored += 1
                continue
            article = dataclasses.replace(article, id=store.free_id(article.id))
            original = store.first_with_content(key) or next(
                (stored for stored, other in store.near_duplicates(found.bands)
                 if dedup.estimated_jaccard(found.signature, other) >= config.duplicate_jaccard), None)
            if original is not None:
                store.add_article(_account(article, Status.DUPLICATE, f"same text as {original}; adds nothing",
                                           original), key, article.text)
                report.duplicates += 1
                continue
            if foreign := prepared.foreign:
                refusal = _account(article, Status.NOT_ENGLISH, f"{article.path}: text is in language "
                                   f"'{foreign.code}' (p={foreign.probability:.2f}); newsbrief reads English")
                store.add_article(refusal, key, article.text)
                report.problems.append(refusal.reason)
                continue
            store.add_article(_account(article, Status.USED, "grouped; not briefed yet"), key, article.text, found)
            live.append((article, counts))
        report.seconds["dedup"] += time.perf_counter() - start
        if not live:
            return set()

        start = time.perf_counter()
        counts = scipy.sparse.vstack([row for _, row in live], format="csr")
        frequencies, documents = store.frequencies()
        np.add.at(frequencies, counts.indices, 1)  # a row holds each column once: document frequency
        documents += len(live)
        store.set_frequencies(frequencies, documents)
        vectors = term_vectors(counts, frequencies, documents)
        report.seconds["embed"] += time.perf_counter() - start

        start = time.perf_counter()
        published = [a.published for a, _ in live]
        days = [d for d in published if d is not None]
        # Three decay periods past the grace damp similarity below 0.05: no event farther away can win.
        window = config.event_grace_days + 3 * config.event_decay_days
        stored = store.events_near(min(days, default=None), max(days, default=None), window)
        assigned = cluster.group(vectors, published, [g for _, g in stored], config.event_similarity,
                                 config.event_grace_days, config.event_decay_days)
        report.seconds["cluster"] += time.perf_counter() - start

        start = time.perf_counter()
        event_ids = [event_id for event_id, _ in stored]
        rows_of: dict[str, list[int]] = collections.defaultdict(list)
        for row, ((article, _), target) in enumerate(zip(live, assigned, strict=True)):
            if target >= len(event_ids):
                event_ids.append("event-" + hashlib.sha1(article.id.encode()).hexdigest()[:10])
            store.assign(article.id, event_ids[target], vectors[row])
            rows_of[event_ids[target]].append(row)
        groups = dict(stored)
        touched = sorted(rows_of)
        sums = cluster.summed(vectors, [rows_of[event_id] for event_id in touched])
        for e, event_id in enumerate(touched):
            rows = rows_of[event_id]
            store.put_event(event_id, _joined(groups.get(event_id), sums[e], len(rows), [published[r] for r in rows]))
        report.stored += len(live)
        report.seconds["store"] += time.perf_counter() - start
    return set(touched)


def _joined(event: Group | None, terms: scipy.sparse.csr_matrix, size: int,
            published: Sequence[dt.date | None]) -> Group:
    """An event (or a new one) with ``size`` articles added: the sum of their unit term vectors, their dates."""
    if event is not None:
        terms = scipy.sparse.csr_matrix(terms + event.terms)
        published = [*published, event.first, event.last]
        size += event.size
    days = [d for d in published if d is not None]
    return Group(min(days, default=None), max(days, default=None), size, terms)


def brief_stale(store: Store, config: Config, workers: int, progress: bool, report: Digested) -> None:
    """Brief every event whose articles changed since its last brief; one transaction per event.

    An event's articles read by an earlier brief are not read again: their sentences and vectors
    come from the store, and those of its new articles go there with the brief. The store keeps
    MiniLM's vectors only: with ``config.sentence_vectors`` "static" or "hybrid" (whose readings hold
    static vectors), every article is read again and nothing is kept, so one store never holds vectors
    of two spaces.
    """
    kept = config.sentence_vectors == "minilm"
    stale = store.stale_events()
    start = time.perf_counter()
    classifier = _Lazy(Classifier)

    def job(event_id: str) -> _Job:
        articles = store.event_articles(event_id)
        return _Job(event_id, articles, store.sentences([a.id for a in articles]) if kept else {})

    with tqdm(total=len(stale), desc="briefing", unit=" events", disable=not progress) as bar:
        for done, result, readings in _run_briefs(map(job, stale), config, workers):
            with store.transaction():
                if isinstance(result, _Failure):
                    report.failed_briefs.append(f"{done.event_id}: {result.reason}")
                    store.put_failed_brief(done.event_id)
                    for article in done.articles:
                        store.set_account(_account(article, result.status, f"no brief of its event: {result.reason}"))
                    _put_event_facts(store, done.event_id, None, done.articles, classifier)
                else:
                    store.put_brief(dataclasses.replace(result.events[0], id=done.event_id))
                    for account in result.articles:
                        store.set_account(account)
                    _put_event_facts(store, done.event_id, result.events[0], done.articles, classifier)
                    report.briefs += 1
                if kept:
                    store.put_sentences(readings)
            bar.update(1)
    report.seconds["brief"] += time.perf_counter() - start


class _Lazy:
    """A category classifier made when first needed: events whose feeds give their category need none."""

    def __init__(self, make: Callable[[], Classifier]) -> None:
        self._make = make
        self._made: Classifier | None = None

    def __call__(self) -> Classifier:
        if self._made is None:
            self._made = self._make()
        return self._made


def _put_event_facts(store: Store, event_id: str, event: Event | None, articles: Sequence[Article],
                     classifier: _Lazy) -> None:
    """Store the portal's facts of an event: the day of its main happening, its category (its feeds'
    sections', else its headline and summary's, else none when it has no brief) and its outlets."""
    read = set(event.articles) if event is not None else {a.id for a in articles}
    articles = [a for a in articles if a.id in read] or list(articles)
    day = event_day(event.timeline if event is not None else (), [a.published for a in articles])
    category = feed_category(a.category for a in articles)
    if category is None and event is not None:
        category = classifier().classify([" ".join([event.headline, *(s.text for s in event.summary)])])[0]
    store.put_event_facts(event_id, day, category, [a.outlet for a in articles])


@dataclass(frozen=True, slots=True)
class _Failure:
    """Why an event has no brief, and the status its articles take."""

    reason: str
    status: Status


# Characters of an unexpected error's message kept as a failed brief's reason (spaCy's run to a page).
_REASON_CHARACTERS = 200


@dataclass(frozen=True, slots=True)
class _Job:
    """An event to brief: its articles, and the sentences of those read before."""

    event_id: str
    articles: list[Article]
    known: dict[str, Reading]


def _run_briefs(jobs: Iterable[_Job], config: Config,
                workers: int) -> Iterator[tuple[_Job, Brief | _Failure, dict[str, Reading]]]:
    if workers <= 1:
        for job in jobs:
            yield job, *_brief_event(job, config)
        return
    # A fresh interpreter per worker: forking a process that holds BLAS and onnxruntime threads can hang.
    context = multiprocessing.get_context("spawn")
    with _pool(workers, context) as pool:
        # A few events in flight per worker: enough to keep them busy, few enough to hold in memory.
        pending: collections.deque[tuple[_Job, concurrent.futures.Future[tuple[Brief | _Failure, dict[str, Reading]]]]]
        pending = collections.deque()
        for job in jobs:
            pending.append((job, pool.submit(_brief_event, job, config)))
            if len(pending) >= 2 * workers:
                submitted, future = pending.popleft()
                yield submitted, *_outcome(future)
        while pending:
            submitted, future = pending.popleft()
            yield submitted, *_outcome(future)


def _outcome(future: concurrent.futures.Future[tuple[Brief | _Failure, dict[str, Reading]]],
             ) -> tuple[Brief | _Failure, dict[str, Reading]]:
    """A worker's brief or failure; a worker that died (killed, out of memory) stops the run with one
    line, keeping every brief written so far."""
    try:
        return future.result()
    except concurrent.futures.process.BrokenProcessPool as error:
        raise NewsbriefError(f"a briefing process stopped ({error}); run digest again to brief the rest") from None


@contextmanager
def _pool(workers: int, context: multiprocessing.context.BaseContext) -> Iterator[concurrent.futures.Executor]:
    """A process pool whose workers die quietly on Ctrl-C (the main process reports it) and that,
    when the main process stops early, stops its workers and drops the work not yet done."""
    pool = concurrent.futures.ProcessPoolExecutor(workers, mp_context=context, initializer=_quiet_on_interrupt)
    try:
        # Every worker and the pool's threads start now, holding Ctrl-C back until the worker's
        # initializer has run: a new interpreter interrupted while importing would print a traceback of
        # its imports.
        with _interrupts_held():
            for _ in range(workers):
                pool.submit(int)
        yield pool
    except KeyboardInterrupt:
        # A worker would finish the event in hand first, or hold Ctrl-C back while it starts: every
        # worker is stopped now. The pool's queues are left as they are; a program should exit
        # without waiting on them (the CLI does).
        pool.shutdown(wait=False, cancel_futures=True)
        for child in multiprocessing.active_children():
            child.terminate()
        raise
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C back in the block, and in the threads and processes started in it, rather than
    ignore it: one pressed meanwhile stops the run when the block ends (ignored, it was lost and the
    digest went on), and stops each worker once its initializer has run.

    A pool's manager and queue threads, started in the block, keep SIGINT blocked for good. A thread
    started before it (onnxruntime's, the entity recogniser's) may still take the signal; Python then
    raises it in the main thread within the block, and the run stops all the same.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _quiet_on_interrupt() -> None:
    # The terminal sends Ctrl-C to every process of the run: a worker's traceback would say nothing
    # the main process's one line does not. A forked worker inherits the main process's SIGTERM
    # handler (see newsbrief.cli), which would keep it alive when the main process stops it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # born blocking it (see _interrupts_held): a Ctrl-C held back ends it now
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _brief_event(job: _Job, config: Config) -> tuple[Brief | _Failure, dict[str, Reading]]:
    """The brief of one event's articles, or why there is none; and the sentences it read anew.

    Any failure of reading or briefing is returned as the event's failure, so one event that
    cannot be briefed (a paragraph spaCy refuses, say) never stops the others.
    """
    from newsbrief.pipeline import brief_inputs, read_articles

    readings: dict[str, Reading] = {}
    try:
        readings = read_articles([a for a in job.articles if a.id not in job.known], config)
        return brief_inputs(Inputs(tuple(job.articles), ()), config, {**job.known, **readings}), readings
    except NewsbriefError as error:
        return _Failure(str(error), Status.EMPTY), readings
    except Exception as error:
        # Any library's failure on one event is that event's, not the run's.
        return _Failure(_first_sentence(error), Status.UNREADABLE), readings


def _first_sentence(error: Exception) -> str:
    """An unexpected error as one short line: its type and the first sentence of its message."""
    message = " ".join(str(error).split())
    sentence = message.split(". ", 1)[0]
    if len(sentence) > _REASON_CHARACTERS:
        sentence = sentence[:_REASON_CHARACTERS] + "…"
    return f"{type(error).__name__}: {sentence}" if sentence else type(error).__name__


def _account(article: Article, status: Status, reason: str, copy_of: str | None = None) -> Account:
    return Account(article.id, article.path, article.title, article.published, status, reason, copy_of,
                   fetched=article.fetched, outlet=article.outlet, url=article.url, authors=article.authors,
                   category=article.category)

