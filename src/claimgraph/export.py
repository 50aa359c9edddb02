"""Exports of a claimgraph database: the contract JSON document, CSV tables and Parquet files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from .errors import ClaimgraphError
from .store import Store

SCHEMA_VERSION = "1"
FORMATS = ("json", "csv", "parquet", "claimreview", "graphml")


def _rows(con, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def build_document(store: Store) -> dict:
    """The JSON export document (CONTRACT.md, export.schema.json) as Python objects."""
    con = store.con
    articles = [
        {
            "id": r["id"], "source": r["source"], "title": r["title"], "byline": r["byline"], "outlet": r["outlet"],
            "published": {
                "date": r["published_date"].isoformat() if r["published_date"] else None,
                "basis": r["published_basis"], "evidence": r["published_evidence"],
            },
            "body": r["body"], "duplicate_of": r["duplicate_of"], "language": r["language"],
        }
        for r in _rows(con, "SELECT * FROM articles ORDER BY seq, id")
    ]
    actors = [
        {"id": r["id"], "name": r["name"], "aliases": list(r["aliases"] or []), "kind": r["kind"],
         "role": r["role"], "affiliation": r["affiliation"]}
        for r in _rows(con, "SELECT * FROM actors ORDER BY name, id")
    ]
    quotes = [
        {"id": r["id"], "article_id": r["article_id"], "speaker_id": r["speaker_id"], "speaker_text": r["speaker_text"],
         "cue": r["cue"], "content": r["content"], "direct": bool(r["direct"]), "start": r["start"], "end": r["end"]}
        for r in _rows(con, 'SELECT q.* FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY a.seq, q.start, q.id')
    ]
    stances: dict[str, list[dict]] = {}
    for r in _rows(con, 'SELECT * FROM stances ORDER BY claim_id, article_id, start, id'):
        stances.setdefault(r["claim_id"], []).append(
            {"actor_id": r["actor_id"], "article_id": r["article_id"], "stance": r["stance"], "quote_id": r["quote_id"],
             "evidence": r["evidence"], "start": r["start"], "end": r["end"]}
        )
    claims = [{"id": r["id"], "text": r["text"], "stances": stances.get(r["id"], [])}
              for r in _rows(con, "SELECT * FROM claims ORDER BY id")]
    events = [
        {"id": r["id"], "article_id": r["article_id"], "date": r["date"], "date_text": r["date_text"],
         "description": r["description"], "actor_ids": list(r["actor_ids"] or []), "places": list(r["places"] or []),
         "start": r["start"], "end": r["end"]}
        for r in _rows(con, "SELECT * FROM events ORDER BY date, article_id, start, id")
    ]
    entities = [
        {"id": r["id"], "name": r["name"], "kind": r["kind"], "aliases": list(r["aliases"] or []), "mentions": r["mentions"] or 0}
        for r in _rows(con, "SELECT * FROM entities ORDER BY mentions DESC, name, id")
    ]
    return {"schema_version": SCHEMA_VERSION, "articles": articles, "actors": actors, "quotes": quotes,
            "claims": claims, "events": events, "entities": entities}


def write_json(store: Store, out: IO[str]) -> None:
    json.dump(build_document(store), out, ensure_ascii=False, indent=2)
    out.write("\n")


#: The tables written by the csv and parquet exports.
TABLES = ("articles", "actors", "entities", "mentions", "quotes", "claims", "stances", "events", "timexes",
          "entity_cooccurrence", "problems", "stage_counts", "runs")


def write_tables(store: Store, out_dir: Path, fmt: str) -> list[Path]:
    """One file per table in out_dir (``fmt`` is csv or parquet). Internal columns are left out."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = out_dir / f"{table}.{fmt}"
        sel = "SELECT * EXCLUDE (hints, dropped_lines, dedup_done) FROM articles ORDER BY seq" if table == "articles" else f"SELECT * FROM {table}"
        opts = "(FORMAT csv, HEADER true)" if fmt == "csv" else "(FORMAT parquet)"
        store.con.execute(f"COPY ({sel}) TO '{_sql_str(str(path))}' {opts}")
        written.append(path)
    return written


def _sql_str(s: str) -> str:
    return s.replace("'", "''")


def export(db: str | Path, fmt: str, out: str) -> None:
    """Write the export of database ``db`` in format ``fmt`` to ``out`` ("-" = stdout, json only)."""
    import sys

    if fmt not in FORMATS:
        raise ClaimgraphError("CG-E106", f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}.")
    with Store(db, read_only=True) as store:
        if fmt in ("json", "claimreview", "graphml"):
            from .export_graph import write_claimreview, write_graphml

            writer = {"json": write_json, "claimreview": lambda s, fh: write_claimreview(build_document(s), fh),
                      "graphml": lambda s, fh: write_graphml(build_document(s), fh)}[fmt]
            if out == "-":
                writer(store, sys.stdout)
            else:
                with open(out, "w", encoding="utf-8") as fh:
                    writer(store, fh)
        else:
            if out == "-":
                raise ClaimgraphError("CG-E106", f"--format {fmt} writes a folder of tables: give --out DIR.")
            write_tables(store, Path(out), fmt)
