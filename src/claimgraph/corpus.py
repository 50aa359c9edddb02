"""Corpus-level steps that run after the per-article stages, over the store.

- ``infer_dates``: articles without an explicit publication date get one inferred from their text,
  with a year hint from the corpus (the median year of its explicit dates) for yearless dates.
- ``resolve_duplicates``: near-duplicate groups from the LSH band table; every copy points to the
  group's earliest article (earliest published, then first ingested). Incremental: only articles
  not yet checked are looked up, but a group's canonical article is recomputed when it grows.
"""

from __future__ import annotations

import statistics

import numpy as np

from .dedup import DUPLICATE_THRESHOLD, similarity, sig_from_bytes


def corpus_year_hint(con) -> int | None:
    """The median year (upper median) of the explicit publication dates in the store."""
    years = [r[0] for r in con.execute(
        "SELECT year(published_date) FROM articles WHERE published_basis = 'explicit' AND published_date IS NOT NULL"
    ).fetchall()]
    return int(statistics.median_high(years)) if years else None


def infer_dates(con) -> int:
    """Infer publication dates of articles without an explicit one, using the corpus year hint for
    yearless dates ("December 30"). A new inference replaces an old one only when the old one is
    missing or earlier (an article is published no earlier than the latest date it mentions).
    Returns how many articles changed."""
    from .metadata import infer_published

    hint = corpus_year_hint(con)
    if hint is None:
        return 0
    rows = con.execute(
        "SELECT id, body, published_date FROM articles WHERE published_basis IN ('unknown', 'inferred')"
    ).fetchall()
    updates = []
    for art_id, body, old in rows:
        p = infer_published(body, year_hint=hint)
        if p.date and (old is None or p.date > old.isoformat()):
            updates.append((p.date, p.basis, p.evidence, art_id))
    if updates:
        con.executemany(
            "UPDATE articles SET published_date = ?, published_basis = ?, published_evidence = ? WHERE id = ?", updates
        )
    return len(updates)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve_duplicates(con, threshold: float = DUPLICATE_THRESHOLD) -> int:
    """Group near-duplicates among new articles and the stored ones; returns the number of
    articles marked as copies in the groups touched."""
    new = [r[0] for r in con.execute("SELECT id FROM articles WHERE NOT dedup_done ORDER BY seq").fetchall()]
    if not new:
        return 0
    pairs = con.execute(
        """
        SELECT DISTINCT a.article_id, b.article_id
        FROM minhash_bands a JOIN minhash_bands b
          ON a.band_hash = b.band_hash AND a.article_id <> b.article_id
        WHERE a.article_id IN (SELECT unnest(?))
        """,
        [new],
    ).fetchall()
    ids = sorted({x for p in pairs for x in p})
    sigs = {}
    if ids:
        sigs = {
            r[0]: sig_from_bytes(r[1])
            for r in con.execute("SELECT article_id, sig FROM minhash WHERE article_id IN (SELECT unnest(?))", [ids]).fetchall()
        }
    uf = _UnionFind()
    sims: dict[tuple[str, str], float] = {}
    for a, b in pairs:
        if a in sigs and b in sigs:
            s = similarity(sigs[a], sigs[b])
            if s >= threshold:
                uf.union(a, b)
                sims[(a, b)] = sims[(b, a)] = s
    touched = set(uf.parent)
    if touched:
        # Bring in the existing members of the groups touched, so the canonical article is global.
        rows = con.execute(
            """
            SELECT id, duplicate_of FROM articles
            WHERE id IN (SELECT unnest(?)) OR duplicate_of IN (SELECT unnest(?))
               OR id IN (SELECT duplicate_of FROM articles WHERE id IN (SELECT unnest(?)))
            """,
            [sorted(touched)] * 3,
        ).fetchall()
        for art_id, dup in rows:
            uf.find(art_id)
            if dup:
                uf.union(art_id, dup)
    groups: dict[str, list[str]] = {}
    for x in list(uf.parent):
        groups.setdefault(uf.find(x), []).append(x)
    n_copies = 0
    updates = []
    for members in groups.values():
        if len(members) < 2:
            continue
        info = con.execute(
            "SELECT id, published_date, seq FROM articles WHERE id IN (SELECT unnest(?))", [members]
        ).fetchall()
        # Earliest published first (unknown dates last), then first ingested.
        info.sort(key=lambda r: (r[1] is None, r[1] or 0, r[2]))
        canon = info[0][0]
        for art_id, _, _ in info:
            if art_id == canon:
                updates.append((None, None, art_id))
            else:
                n_copies += 1
                s = sims.get((art_id, canon))
                if s is None and art_id in sigs and canon in sigs:
                    s = similarity(sigs[art_id], sigs[canon])
                updates.append((canon, s, art_id))
    con.execute("BEGIN TRANSACTION")
    if updates:
        con.executemany("UPDATE articles SET duplicate_of = ?, similarity = ? WHERE id = ?", updates)
    con.execute("UPDATE articles SET dedup_done = TRUE WHERE id IN (SELECT unnest(?))", [new])
    con.execute("COMMIT")
    return n_copies
