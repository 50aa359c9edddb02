"""Helpers for the pipeline: tag many articles at once, write the co-occurrence table to DuckDB."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

from .corpus import Corpus, canonicalise_corpus
from .mention import Mention
from .tagger import EntityTagger

COOC_TABLE = "entity_cooccurrence"


def analyze(articles: Iterable[tuple[str, str]], gazetteers: Sequence[Path] = (),
            tagger: EntityTagger | None = None, batch_size: int = 32) -> tuple[list[tuple[str, list[Mention]]], Corpus]:
    """Tag ``(article_id, body)`` pairs and canonicalise them as one corpus.

    Returns the per-article mentions (article-level canonical names; use ``corpus.resolve`` for the
    corpus-level names) and the Corpus."""
    articles = list(articles)
    tagger = tagger or EntityTagger(gazetteers)
    docs = list(zip([a for a, _ in articles], tagger.tag_many((t for _, t in articles), batch_size=batch_size)))
    return docs, canonicalise_corpus(docs)


def write_cooccurrence(con, corpus: Corpus, table: str = COOC_TABLE) -> int:
    """(Re)create ``table(entity_a, entity_b, n_articles)`` in a DuckDB connection; returns the row count."""
    if not table.replace("_", "").isalnum():
        raise ValueError(f"bad table name {table!r}")
    con.execute(f"CREATE OR REPLACE TABLE {table} (entity_a VARCHAR, entity_b VARCHAR, n_articles INTEGER)")
    if corpus.cooccurrence:
        con.executemany(f"INSERT INTO {table} VALUES (?, ?, ?)", [list(r) for r in corpus.cooccurrence])
    return len(corpus.cooccurrence)
