"""The local runner: a pool of worker processes, each with the pipeline set up once.

Records are read in the main process (cheap), sent to workers in small batches with a bounded
number of batches in flight (so memory stays flat however large the corpus), and the processed
Docs come back to the main process, which is the only writer of the database.
"""

from __future__ import annotations

import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing import get_context
from typing import Callable, Iterable, Iterator

from ..model import Doc
from ..pipeline import Pipeline, StageCount

_PIPELINE: Pipeline | None = None
_FACTORY: Callable[[], Pipeline] | None = None


def _init_worker(factory: Callable[[], Pipeline]) -> None:
    global _PIPELINE
    _PIPELINE = factory()
    _PIPELINE.setup()


def _process_batch(docs: list[Doc]) -> tuple[list[Doc], dict[str, StageCount]]:
    assert _PIPELINE is not None
    counts: dict[str, StageCount] = {}
    out = _PIPELINE.run_batch(docs, counts)
    for d in out:
        d.content = ""  # the raw page is not stored; don't ship it back
    return out, counts


def default_workers() -> int:
    """One worker per core."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def run_local(
    docs: Iterable[Doc],
    factory: Callable[[], Pipeline],
    workers: int,
    counts: dict[str, StageCount],
    batch_size: int = 8,
) -> Iterator[Doc]:
    """Run the pipeline over docs, yielding processed docs (dropped ones included, flagged) in
    completion order. With one worker everything runs in this process."""
    if workers <= 1:
        pipe = factory()
        for d in pipe.run(docs, counts):
            yield d
        return
    ctx = get_context("spawn")  # no fork of a process holding DuckDB and model threads
    max_inflight = workers * 4
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(factory,)) as pool:
        inflight: set[Future] = set()

        def drain(block: bool) -> Iterator[Doc]:
            nonlocal inflight
            if not inflight:
                return
            done, inflight = wait(inflight, return_when=FIRST_COMPLETED if block else FIRST_COMPLETED, timeout=None if block else 0)
            for fut in done:
                out, c = fut.result()
                for name, sc in c.items():
                    counts.setdefault(name, StageCount()).merge(sc)
                yield from out

        batch: list[Doc] = []
        for d in docs:
            batch.append(d)
            if len(batch) >= batch_size:
                inflight.add(pool.submit(_process_batch, batch))
                batch = []
                while len(inflight) >= max_inflight:
                    yield from drain(True)
                yield from drain(False)
        if batch:
            inflight.add(pool.submit(_process_batch, batch))
        while inflight:
            yield from drain(True)
