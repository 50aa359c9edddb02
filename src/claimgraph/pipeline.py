"""Stages and the pipeline that chains them.

A stage is a small deterministic step over one Doc with a versioned name and declared needs
(``requires``) and outputs (``provides``). The chain is checked when it is built: a stage whose needs
no earlier stage provides is refused. Stages know nothing of processes or Ray; runners adapt them.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import ClassVar, Iterable, Sequence

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

    def run(self, docs: Iterable[Doc], counts: dict[str, StageCount]) -> Iterable[Doc]:
        """Run the chain over docs, yielding those that survive; dropped ones are yielded too, with
        ``doc.dropped`` set, so that the caller can report them."""
        self.setup()
        for doc in docs:
            for st in self.stages:
                c = counts.setdefault(st.name, StageCount())
                c.n_in += 1
                t0 = time.perf_counter()
                try:
                    out = st.process(doc)
                except Exception as exc:  # one bad article must not stop the run
                    out = None
                    doc.dropped = f"CG-W303 stage {st.id} failed: {type(exc).__name__}: {exc}"
                c.seconds += time.perf_counter() - t0
                if out is None:
                    reason = (doc.dropped or "dropped").split(":")[0]
                    c.dropped[reason] += 1
                    if not doc.dropped:
                        doc.dropped = f"dropped by {st.id}"
                    break
                c.n_out += 1
            yield doc
