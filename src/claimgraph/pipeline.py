"""Stages and the pipeline that chains them.

A stage is a small deterministic step over one Doc with a versioned name and declared needs
(``requires``) and outputs (``provides``). The chain is checked when it is built: a stage whose needs
no earlier stage provides is refused. Stages know nothing of processes or Ray; runners adapt them.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import ClassVar, Iterable, Iterator, Sequence

from .errors import ClaimgraphError
from .model import Doc

#: What a Doc carries before any stage runs (set by the readers).
INPUT_LAYERS = frozenset({"content", "hints"})


class Stage:
    """Base class of per-article stages.

    Subclasses set ``name``, ``version``, ``requires`` and ``provides`` and implement ``process``,
    which returns the Doc (changed in place) or None to drop it (after setting ``doc.dropped``).
    ``setup`` loads models once per worker process.
    """

    name: ClassVar[str] = "stage"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ()

    @property
    def id(self) -> str:
        return f"{self.name}@{self.version}"

    def setup(self) -> None:
        """Load models and data once per worker; default: nothing to load."""

    def process(self, doc: Doc) -> Doc | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def process_batch(self, docs: list[Doc]) -> None:
        """Process a batch in place (dropped docs get ``doc.dropped``); stages that gain from
        batching (spaCy's ``nlp.pipe``) override this."""
        for doc in docs:
            _guarded(self, doc)


@dataclass
class StageCount:
    """Counts for one stage over a run: in, out, dropped with reason, and time spent."""

    n_in: int = 0
    n_out: int = 0
    dropped: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def merge(self, other: "StageCount") -> None:
        self.n_in += other.n_in
        self.n_out += other.n_out
        self.dropped.update(other.dropped)
        self.seconds += other.seconds

    def as_dict(self) -> dict:
        return {"in": self.n_in, "out": self.n_out, "dropped": dict(self.dropped), "seconds": round(self.seconds, 3)}


class Pipeline:
    """An ordered chain of stages, checked when built."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        available = set(INPUT_LAYERS)
        for st in stages:
            missing = [r for r in st.requires if r not in available]
            if missing:
                raise ClaimgraphError(
                    "CG-E107",
                    f"stage {st.id} needs {', '.join(missing)}, which no earlier stage provides "
                    f"(available: {', '.join(sorted(available))}).",
                )
            available.update(st.provides)
        self.stages = list(stages)
        self.provides = frozenset(available)
        self._ready = False

    @property
    def versions(self) -> dict[str, str]:
        return {st.name: st.version for st in self.stages}

    def setup(self) -> None:
        """Run every stage's setup once."""
        if not self._ready:
            for st in self.stages:
                st.setup()
            self._ready = True

    def run(self, docs: Iterable[Doc], counts: dict[str, StageCount], batch_size: int = 16) -> Iterator[Doc]:
        """Run the chain over docs in batches, yielding every doc: those dropped carry
        ``doc.dropped`` (the reason, starting with its code) so that the caller can report them."""
        self.setup()
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self.run_batch(batch, counts)
                batch = []
        if batch:
            yield from self.run_batch(batch, counts)

    def run_batch(self, batch: list[Doc], counts: dict[str, StageCount]) -> list[Doc]:
        """Run every stage over one batch; a stage sees only the docs still alive."""
        self.setup()
        alive = list(batch)
        for st in self.stages:
            if not alive:
                break
            c = counts.setdefault(st.name, StageCount())
            c.n_in += len(alive)
            t0 = time.perf_counter()
            try:
                st.process_batch(alive)
            except Exception:
                # The batch path failed: redo one by one so that only the bad article is dropped.
                for doc in alive:
                    if doc.dropped is None:
                        _guarded(st, doc)
            c.seconds += time.perf_counter() - t0
            for doc in alive:
                if doc.dropped is not None:
                    c.dropped[doc.dropped.split(":")[0]] += 1
            alive = [d for d in alive if d.dropped is None]
            c.n_out += len(alive)
        for doc in batch:
            doc.scratch.clear()
        return batch


def _guarded(st: Stage, doc: Doc) -> None:
    try:
        if st.process(doc) is None and doc.dropped is None:
            doc.dropped = f"dropped by {st.id}"
    except Exception as exc:  # one bad article must not stop the run
        doc.dropped = f"CG-W303 stage {st.id} failed: {type(exc).__name__}: {exc}"
