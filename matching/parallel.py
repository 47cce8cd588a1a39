"""Linking many queries at once, in worker processes forked after the index is built.

A forked worker shares the built index with its parent (copy-on-write), so nothing is
rebuilt or sent to it but a range of query numbers; results come back in query order,
so the output is the same as linking one query after another.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from itertools import repeat
from typing import Iterator, Sequence

from .linker import Linker
from .types import Candidate, Person

CHUNK = 100          # queries per task: small enough to share out evenly, big enough to batch
MIN_PARALLEL = 500   # below this, starting the workers costs more than they save
MAX_AUTO_WORKERS = 2  # each worker touches (and so copies) part of the index's memory

# What the forked workers link: set just before the pool starts, cleared after.
_JOB: tuple[Linker, Sequence[Person]] | None = None
_JOB_LOCK = threading.Lock()   # one forked batch at a time per process


def default_workers() -> int:
    """One worker per CPU this process may use, at most MAX_AUTO_WORKERS."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:   # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_AUTO_WORKERS))


def can_fork() -> bool:
    return "fork" in mp.get_all_start_methods()


def link_many(linker: Linker, queries: Sequence[Person], workers: int = 0
              ) -> Iterator[tuple[Person, list[Candidate], float]]:
    """(query, candidates, seconds taken) for each query, in the order given.

    `workers`: 0 picks default_workers(); 1, a small batch, a platform without fork, or
    no room to start the workers links in this process.
    """
    workers = workers or default_workers()
    if workers > 1 and len(queries) >= MIN_PARALLEL and can_fork():
        yield from _link_forked(linker, queries, workers)
    else:
        yield from map(_timed, repeat(linker), queries)


def _timed(linker: Linker, q: Person) -> tuple[Person, list[Candidate], float]:
    started = time.perf_counter()
    found = linker.link(q)
    return q, found, time.perf_counter() - started


def _link_forked(linker: Linker, queries: Sequence[Person], workers: int
                 ) -> Iterator[tuple[Person, list[Candidate], float]]:
    global _JOB
    ranges = [(i, min(i + CHUNK, len(queries))) for i in range(0, len(queries), CHUNK)]
    with _JOB_LOCK:
        _JOB = (linker, queries)
        try:
            try:
                pool = mp.get_context("fork").Pool(workers)
            except OSError:     # no memory or process slots for workers: link here
                yield from map(_timed, repeat(linker), queries)
                return
            with pool:
                for (start, end), results in zip(ranges, pool.imap(_link_range, ranges)):
                    for q, (found, seconds) in zip(queries[start:end], results):
                        yield q, found, seconds
        finally:
            _JOB = None


def _link_range(bounds: tuple[int, int]) -> list[tuple[list[Candidate], float]]:
    """In a worker: link queries[start:end] of the job inherited from the parent."""
    linker, queries = _JOB
    return [_timed(linker, q)[1:] for q in queries[bounds[0]:bounds[1]]]
