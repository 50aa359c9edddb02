"""DuckDB schema as named, numbered migrations. A database records which ones it has applied."""

from __future__ import annotations

#: (version, name, SQL). Append new migrations; never edit an applied one.
MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial layers",
        """
        CREATE TABLE IF NOT EXISTS runs (
            run_id INTEGER PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP,
            args VARCHAR, stage_versions VARCHAR, counts VARCHAR, status VARCHAR);
        CREATE TABLE IF NOT EXISTS articles (
            id VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, format VARCHAR,
            title VARCHAR, dek VARCHAR, byline VARCHAR, outlet VARCHAR,
            published_date DATE, published_basis VARCHAR NOT NULL, published_evidence VARCHAR,
            body VARCHAR NOT NULL, language VARCHAR NOT NULL, duplicate_of VARCHAR,
            similarity DOUBLE, hints VARCHAR, warnings VARCHAR, dropped_lines VARCHAR,
            run_id INTEGER NOT NULL, seq BIGINT NOT NULL, dedup_done BOOLEAN NOT NULL DEFAULT FALSE);
        CREATE TABLE IF NOT EXISTS minhash (article_id VARCHAR PRIMARY KEY, sig BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS minhash_bands (band_hash BIGINT NOT NULL, article_id VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS problems (
            run_id INTEGER, source VARCHAR, code VARCHAR, reason VARCHAR);
        CREATE TABLE IF NOT EXISTS stage_counts (
            run_id INTEGER, stage VARCHAR, version VARCHAR, n_in BIGINT, n_out BIGINT,
            dropped VARCHAR, seconds DOUBLE);
        CREATE TABLE IF NOT EXISTS sentences (
            id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER);
        CREATE TABLE IF NOT EXISTS entities (
            id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,
            aliases VARCHAR[], mentions INTEGER);
        CREATE TABLE IF NOT EXISTS actors (
            id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,
            aliases VARCHAR[], role VARCHAR, affiliation VARCHAR);
        CREATE TABLE IF NOT EXISTS mentions (
            id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER,
            text VARCHAR, kind VARCHAR, entity_id VARCHAR, actor_id VARCHAR, role VARCHAR, affiliation VARCHAR);
        CREATE TABLE IF NOT EXISTS entity_cooccurrence (
            entity_a VARCHAR, entity_b VARCHAR, articles INTEGER);
        CREATE TABLE IF NOT EXISTS quotes (
            id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, speaker_id VARCHAR, speaker_text VARCHAR,
            cue VARCHAR, content VARCHAR NOT NULL, direct BOOLEAN NOT NULL, start INTEGER, "end" INTEGER,
            parent_id VARCHAR);
        CREATE TABLE IF NOT EXISTS claims (id VARCHAR PRIMARY KEY, text VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS stances (
            id VARCHAR PRIMARY KEY, claim_id VARCHAR NOT NULL, actor_id VARCHAR, article_id VARCHAR NOT NULL,
            stance VARCHAR NOT NULL, quote_id VARCHAR, evidence VARCHAR NOT NULL, start INTEGER, "end" INTEGER);
        CREATE TABLE IF NOT EXISTS timexes (
            id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER,
            text VARCHAR, type VARCHAR, value VARCHAR);
        CREATE TABLE IF NOT EXISTS events (
            id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, date VARCHAR NOT NULL, date_text VARCHAR,
            description VARCHAR, actor_ids VARCHAR[], places VARCHAR[], start INTEGER, "end" INTEGER);
        """,
    ),
]

MIGRATIONS.append((
    2,
    "mention resolution, attribution spans and timex mods",
    """
    ALTER TABLE mentions ADD COLUMN canonical VARCHAR;
    ALTER TABLE mentions ADD COLUMN actor_name VARCHAR;
    ALTER TABLE mentions ADD COLUMN metonym BOOLEAN;
    ALTER TABLE quotes ADD COLUMN cue_lemma VARCHAR;
    ALTER TABLE quotes ADD COLUMN kind VARCHAR;
    ALTER TABLE quotes ADD COLUMN content_spans VARCHAR;
    ALTER TABLE quotes ADD COLUMN cue_start INTEGER;
    ALTER TABLE quotes ADD COLUMN cue_end INTEGER;
    ALTER TABLE quotes ADD COLUMN source_start INTEGER;
    ALTER TABLE quotes ADD COLUMN source_end INTEGER;
    ALTER TABLE quotes ADD COLUMN antecedent_start INTEGER;
    ALTER TABLE quotes ADD COLUMN antecedent_end INTEGER;
    ALTER TABLE quotes ADD COLUMN source_kind VARCHAR;
    ALTER TABLE timexes ADD COLUMN mod VARCHAR;
    """,
))

MIGRATIONS.append((
    3,
    "embedding cache for claim candidates",
    """
    CREATE TABLE IF NOT EXISTS text_embeddings (text_hash VARCHAR PRIMARY KEY, vec FLOAT[384] NOT NULL);
    """,
))

SCHEMA_VERSION = MIGRATIONS[-1][0]

#: Tables holding per-article layers: re-processing an article replaces its rows in these.
ARTICLE_LAYER_TABLES = ("sentences", "mentions", "quotes", "timexes", "events")
