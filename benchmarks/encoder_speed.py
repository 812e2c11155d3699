"""Sentence encoders side by side: MiniLM, the static table distilled from it, and both, in one process.

Each unseen 10-article DUC 2004 dev cluster is briefed once with each encoder (``Config.sentence_vectors``:
"minilm", "static", "hybrid"), the order rotating from cluster to cluster, with the embedder's and spaCy's
text-keyed caches emptied before every brief, so every brief of a cluster does all of its work. CPU
seconds (the machine is shared): of the sentence vectors (both encoders' with "hybrid"; less the entity
recogniser's thread, which runs beside them) and of the whole brief; medians over the clusters.

    python benchmarks/encoder_speed.py [--clusters 6] [--encoders minilm hybrid]
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import statistics
import threading
import time
from collections.abc import Callable
from typing import Any

from brief_speed import _clusters
from newsbrief import Config, nlp
from newsbrief.cache import LruCache
from newsbrief.embed import CACHE_SENTENCES, Embedder, StaticEmbedder, load_embedder, load_static_embedder
from newsbrief.ingest import Inputs, cluster_articles
from newsbrief.pipeline import brief_inputs


def _entity_cpu() -> float:
    """CPU seconds of the entity recogniser's thread so far (0 before it exists)."""
    return sum(time.clock_gettime(time.pthread_getcpuclockid(thread.ident)) for thread in threading.enumerate()
               if thread.name.startswith("newsbrief-entities") and thread.ident is not None)


def _timed(embed: Callable[..., Any], spent: list[float]) -> Callable[..., Any]:
    @functools.wraps(embed)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start, entities = time.process_time(), _entity_cpu()
        try:
            return embed(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - start - (_entity_cpu() - entities)

    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=6, help="clusters timed (at most 14 on DUC 2004 dev)")
    parser.add_argument("--encoders", nargs="+", default=["minilm", "static", "hybrid"],
                        choices=["minilm", "static", "hybrid"], help="settings of Config.sentence_vectors compared")
    args = parser.parse_args()
    configs = {name: dataclasses.replace(Config(), sentence_vectors=name) for name in args.encoders}
    records = _clusters(1 + args.clusters)
    minilm, annotator = load_embedder(), nlp.load_annotator(Config().spacy_model)
    load_static_embedder()
    for config in configs.values():  # the first cluster loads everything, both ways
        articles, rejected = cluster_articles(records[0], records[0]["id"], "bench")
        brief_inputs(Inputs(tuple(articles), tuple(rejected)), config)
    spent = [0.0]
    Embedder.embed = _timed(Embedder.embed, spent)  # type: ignore[method-assign]
    StaticEmbedder.embed = _timed(StaticEmbedder.embed, spent)  # type: ignore[method-assign]
    vectors: dict[str, list[float]] = {name: [] for name in configs}
    whole: dict[str, list[float]] = {name: [] for name in configs}
    for number, record in enumerate(records[1:]):
        names = list(configs)
        for name in names[number % len(names):] + names[:number % len(names)]:
            minilm._cache = LruCache(CACHE_SENTENCES)
            annotator._paragraphs = LruCache(nlp.CACHE_PARAGRAPHS)
            annotator._parses = LruCache(nlp.CACHE_PARSES)
            annotator._entity_spans = LruCache(nlp.CACHE_SENTENCES)
            articles, rejected = cluster_articles(record, record["id"], "bench")
            spent[0], start = 0.0, time.process_time()
            brief_inputs(Inputs(tuple(articles), tuple(rejected)), configs[name])
            whole[name].append(time.process_time() - start)
            vectors[name].append(spent[0])
    print(f"DUC 2004 dev, {len(records) - 1} unseen 10-article clusters, CPU seconds per cluster (medians)")
    print(f"{'encoder':<10}{'vectors':>10}{'whole brief':>14}")
    for name in configs:
        print(f"{name:<10}{statistics.median(vectors[name]):>10.3f}{statistics.median(whole[name]):>14.2f}")


if __name__ == "__main__":
    main()
