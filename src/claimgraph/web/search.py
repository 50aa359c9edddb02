"""Full-text search over article bodies, titles and quotes: an SQLite FTS5 index (BM25) built from
the database when the server starts (SQLite ships with Python; DuckDB's fts extension cannot be
installed offline)."""

from __future__ import annotations

import sqlite3


class SearchIndex:
    """An in-memory FTS5 index of articles and quotes."""

    def __init__(self, con) -> None:
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.execute("CREATE VIRTUAL TABLE docs USING fts5(kind UNINDEXED, ref UNINDEXED, article_id UNINDEXED, title, text)")
        rows = [("article", aid, aid, title or "", body) for aid, title, body in
                con.execute("SELECT id, title, body FROM articles").fetchall()]
        rows += [("quote", qid, aid, speaker or "", content) for qid, aid, speaker, content in
                 con.execute("SELECT id, article_id, speaker_text, content FROM quotes").fetchall()]
        self.db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)", rows)
        self.db.commit()

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict]:
        """Best matches first: kind (article or quote), ref id, article id, and a highlighted snippet."""
        terms = [t for t in "".join(c if c.isalnum() else " " for c in query).split() if t]
        if not terms:
            return []
        match = " ".join(f'"{t}"' for t in terms)  # every word, quoted: no FTS syntax from users
        cur = self.db.execute(
            "SELECT kind, ref, article_id, title, snippet(docs, 4, '[', ']', ' … ', 16), bm25(docs) "
            "FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ? OFFSET ?",
            (match, limit, offset),
        )
        return [{"kind": k, "id": r, "article_id": a, "title": t, "snippet": s, "score": round(-b, 3)}
                for k, r, a, t, s, b in cur.fetchall()]
