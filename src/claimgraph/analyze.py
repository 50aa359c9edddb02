"""`analyze`: read inputs, run the stages, store everything, then run the corpus-level steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

from .errors import ClaimgraphError
from .model import Doc
from .pipeline import Pipeline, StageCount
from .store import Store


@dataclass
class RunSummary:
    """What a run did: articles read, stored, skipped as already stored, dropped, problems."""

    run_id: int = 0
    read: int = 0
    stored: int = 0
    already: int = 0
    dropped: list[tuple[str, str]] = field(default_factory=list)
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    counts: dict[str, dict] = field(default_factory=dict)
    duplicates: int = 0
    dates_inferred: int = 0
    entities: int = 0
    actors: int = 0
    events: int = 0
    claims: int = 0
    total_in_db: int = 0

    @property
    def ok(self) -> bool:
        """True when the inputs gave at least one article that is now in the database."""
        return self.stored + self.already > 0


def _default_factory() -> Pipeline:
    from .stages import default_pipeline

    return default_pipeline()


def analyze(
    paths: Sequence[str | Path],
    db: str | Path = "claimgraph.duckdb",
    *,
    workers: int | None = None,
    engine: str = "local",
    factory: Callable[[], Pipeline] = _default_factory,
    on_event: Callable[[str, str, str], None] | None = None,
    progress: Callable[[int], None] | None = None,
    batch_size: int = 256,
    max_chars: int = 5_000_000,
    address: str | None = None,
) -> RunSummary:
    """Ingest files and folders into the DuckDB file ``db``; idempotent and resumable.

    ``on_event(kind, source, message)`` is called for every problem ("problem"), input warning
    ("warning") and dropped article ("dropped") as it happens; ``progress(n)`` after each article.
    """
    from .readers import Problem, iter_inputs
    from .runners.local import default_workers, run_local

    if not paths:
        raise ClaimgraphError("CG-E101", "no input path given: `claimgraph analyze PATH... --db FILE`.")
    if engine not in ("local", "ray"):
        raise ClaimgraphError("CG-E101", f"unknown engine {engine!r}: use local or ray.")
    workers = workers or default_workers()
    emit = on_event or (lambda *a: None)
    summary = RunSummary()
    pipeline = factory()  # built here too, so a misconfigured chain fails before any work
    store = Store(db)
    try:
        run_id = store.start_run({"paths": [str(p) for p in paths], "workers": workers, "engine": engine}, pipeline.versions)
        summary.run_id = run_id
        seq0 = store.next_seq()
        seen: set[str] = set()

        def docs() -> Iterator[Doc]:
            pending: list[Doc] = []

            def flush() -> Iterator[Doc]:
                known = store.known_ids(d.id for d in pending)
                for d in pending:
                    if d.id in known:
                        summary.already += 1
                        if progress:
                            progress(1)
                    else:
                        yield d
                pending.clear()

            for item in iter_inputs(paths, max_chars=max_chars):
                if isinstance(item, Problem):
                    summary.problems.append((item.source, item.code, item.reason))
                    emit("problem", item.source, f"{item.reason} [{item.code}]")
                    continue
                for w in item.warnings:
                    summary.warnings.append((item.source, w))
                    emit("warning", item.source, w)
                d = Doc.from_content(item.source, item.content, item.format, item.hints, seq=seq0 + summary.read)
                d.warnings = list(item.warnings)
                summary.read += 1
                if d.id in seen:  # the same input twice in one run
                    summary.already += 1
                    continue
                seen.add(d.id)
                pending.append(d)
                if len(pending) >= 256:
                    yield from flush()
            yield from flush()

        counts: dict[str, StageCount] = {}
        batch: list[Doc] = []
        if engine == "ray":
            from .runners.ray import run_ray

            processed = run_ray(docs(), factory, workers, counts, address=address)
        else:
            processed = run_local(docs(), factory, workers, counts)
        for d in processed:
            if progress:
                progress(1)
            if d.dropped:
                summary.dropped.append((d.source, d.dropped))
                emit("dropped", d.source, d.dropped)
                continue
            batch.append(d)
            if len(batch) >= batch_size:
                store.write_docs(batch, run_id, replace=False)
                summary.stored += len(batch)
                batch = []
        store.write_docs(batch, run_id, replace=False)
        summary.stored += len(batch)

        from .corpus import build_events, canonicalise_entities, infer_dates, resolve_duplicates

        summary.dates_inferred = infer_dates(store.con, reanchor="timexes" in pipeline.provides)
        summary.duplicates = resolve_duplicates(store.con)
        if "mentions" in pipeline.provides:
            summary.entities, summary.actors = canonicalise_entities(store.con)
        if "timexes" in pipeline.provides and "sentences" in pipeline.provides:
            summary.events = build_events(store.con)
        if "quotes" in pipeline.provides:
            from .claims import build_claims

            store.con.execute("BEGIN TRANSACTION")
            summary.claims = build_claims(store.con)
            store.con.execute("COMMIT")
        order = list(pipeline.versions)
        summary.counts = {k: counts[k].as_dict() for k in order if k in counts}
        store.record_stage_counts(run_id, pipeline.versions, summary.counts)
        store.record_problems(run_id, summary.problems + [(s, r.split(":")[0], r) for s, r in summary.dropped])
        summary.total_in_db = store.con.execute("SELECT count(*) FROM articles").fetchone()[0]
        store.finish_run(run_id, {"read": summary.read, "stored": summary.stored, "already": summary.already,
                                  "dropped": len(summary.dropped), "problems": len(summary.problems)})
    finally:
        store.close()
    return summary
