"""Opening, migrating and writing the DuckDB database."""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Sequence

from ..errors import ClaimgraphError
from ..model import Doc
from .layers import write_layers
from .schema import ARTICLE_LAYER_TABLES, MIGRATIONS, SCHEMA_VERSION


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Store:
    """A claimgraph database. Writers commit article batches in one transaction each, so an
    interrupted run leaves every batch either fully stored or absent."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        import duckdb

        self.path = str(path)
        self.read_only = read_only
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except Exception as exc:  # locked by another process, unreadable, not a database
            raise ClaimgraphError("CG-E103", f"cannot open database {self.path}: {exc}") from exc
        if not read_only:
            self.migrate()
        else:
            self._check_version()

    # -- schema -----------------------------------------------------------------------------
    def _applied(self) -> set[int]:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()[0]
        if not exists:
            return set()
        return {r[0] for r in self.con.execute("SELECT version FROM schema_version").fetchall()}

    def _check_version(self) -> None:
        applied = self._applied()
        if applied and max(applied) > SCHEMA_VERSION:
            raise ClaimgraphError("CG-E104", f"{self.path} has schema version {max(applied)}; this claimgraph knows {SCHEMA_VERSION}: upgrade claimgraph.")

    def migrate(self) -> None:
        """Apply the migrations this database has not had yet."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
        )
        self._check_version()
        applied = self._applied()
        for version, name, sql in MIGRATIONS:
            if version in applied:
                continue
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(sql)
            self.con.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [version, name, _now()])
            self.con.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return max(self._applied() or {0})

    # -- runs ---------------------------------------------------------------------------------
    def start_run(self, args: dict, stage_versions: dict) -> int:
        run_id = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()[0]
        self.con.execute(
            "INSERT INTO runs VALUES (?, ?, NULL, ?, ?, NULL, 'running')",
            [run_id, _now(), json.dumps(args, default=str), json.dumps(stage_versions)],
        )
        return run_id

    def finish_run(self, run_id: int, counts: dict, status: str = "done") -> None:
        self.con.execute(
            "UPDATE runs SET finished = ?, counts = ?, status = ? WHERE run_id = ?",
            [_now(), json.dumps(counts), status, run_id],
        )

    def record_stage_counts(self, run_id: int, versions: dict[str, str], counts: dict) -> None:
        rows = [
            (run_id, stage, versions.get(stage, ""), c["in"], c["out"], json.dumps(c["dropped"]), c["seconds"])
            for stage, c in counts.items()
        ]
        if rows:
            self.con.executemany("INSERT INTO stage_counts VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def record_problems(self, run_id: int, problems: Sequence[tuple[str, str, str]]) -> None:
        if problems:
            self.con.executemany("INSERT INTO problems VALUES (?, ?, ?, ?)", [(run_id, *p) for p in problems])

    # -- articles -----------------------------------------------------------------------------
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of the given article ids already stored."""
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def next_seq(self) -> int:
        return self.con.execute("SELECT coalesce(max(seq), -1) + 1 FROM articles").fetchone()[0]

    def write_docs(self, docs: Sequence[Doc], run_id: int, replace: bool = True) -> None:
        """Store a batch of processed docs in one transaction, replacing earlier rows for them
        (``replace=False`` when the caller knows the ids are new: skips the deletes)."""
        if not docs:
            return
        ids = [d.id for d in docs]
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table in ("articles", "minhash") if replace else ():
                key = "id" if table == "articles" else "article_id"
                con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))", [ids])
            for table in ("minhash_bands", *ARTICLE_LAYER_TABLES) if replace else ():
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
            insert_rows(con, "articles", ARTICLE_COLUMNS, [_article_row(d, run_id) for d in docs])
            insert_rows(con, "minhash", ("article_id", "sig"),
                        [(d.id, d.meta["minhash"]) for d in docs if "minhash" in d.meta])
            insert_rows(con, "minhash_bands", ("band_hash", "article_id"),
                        [(h, d.id) for d in docs for h in d.meta.get("bands", ())])
            write_layers(con, docs)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


ARTICLE_COLUMNS = (
    "id", "source", "format", "title", "dek", "byline", "outlet", "published_date", "published_basis",
    "published_evidence", "body", "language", "hints", "warnings", "dropped_lines", "run_id", "seq",
)


@contextmanager
def arrow_view(con, name: str, columns: Sequence[str], rows: Sequence[tuple]):
    """Rows (tuples in ``columns`` order) visible to SQL as the view ``name`` for the block's
    duration, through one Arrow table: DuckDB's executemany works row by row and was the bottleneck."""
    import pyarrow as pa

    con.register(name, pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)}))
    try:
        yield name
    finally:
        con.unregister(name)


def insert_rows(con, table: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """Insert rows (tuples in ``columns`` order) in one statement."""
    if not rows:
        return
    cols = ", ".join(f'"{c}"' for c in columns)
    with arrow_view(con, "_cg_rows", columns, rows):
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _cg_rows")


def _article_row(d: Doc, run_id: int) -> tuple:
    pub = d.meta.get("published") or {}
    return (
        d.id, d.source, d.format,
        d.meta.get("title"), d.meta.get("dek"), d.meta.get("byline"), d.meta.get("outlet"),
        pub.get("date"), pub.get("basis", "unknown"), pub.get("evidence"),
        d.text or "", d.meta.get("language", "en"),
        json.dumps(d.hints, default=str, sort_keys=True), json.dumps(d.warnings),
        json.dumps(d.meta.get("dropped_lines", [])),
        run_id, d.seq,
    )
