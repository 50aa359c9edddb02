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


def infer_dates(con, reanchor: bool = False) -> int:
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
        if reanchor:
            reanchor_timexes(con, [u[-1] for u in updates])
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


def _replace_table(con, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    from .store.db import insert_rows

    con.execute(f"DELETE FROM {table}")
    insert_rows(con, table, columns, rows)


def _update_from(con, table: str, key: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """UPDATE table SET columns FROM rows (key first in each row), in one statement."""
    if not rows:
        return
    from .store.db import arrow_view

    sets = ", ".join(f'"{c}" = _cg_upd."{c}"' for c in columns)
    with arrow_view(con, "_cg_upd", (key, *columns), rows):
        con.execute(f'UPDATE {table} SET {sets} FROM _cg_upd WHERE {table}."{key}" = _cg_upd."{key}"')


def canonicalise_entities(con) -> tuple[int, int]:
    """Corpus-wide entities and actors from the stored mentions; links mentions to them and quotes
    to their speaker's actor. Returns (entities, actors)."""
    from .entities import Mention, canonicalise_corpus
    from .model import content_id

    rows = con.execute(
        'SELECT id, article_id, start, "end", text, kind, canonical, actor_name, role, affiliation, metonym '
        'FROM mentions ORDER BY article_id, start, id'
    ).fetchall()
    if not rows:
        return 0, 0
    by_article: dict[str, list] = {}
    refs = []
    for mid, aid, s, e, text, kind, canonical, actor, role, aff, metonym in rows:
        m = Mention(s, e, text, kind, canonical or text, actor, role, aff, metonym=bool(metonym))
        by_article.setdefault(aid, []).append(m)
        refs.append((mid, aid, m))
    corpus = canonicalise_corpus(by_article.items())
    ent_id = {(e["name"], e["kind"]): content_id("entity", e["kind"], e["name"]) for e in corpus.entities}
    ent_by_name = {}
    for (name, _kind), i in sorted(ent_id.items()):
        ent_by_name.setdefault(name, i)
    act_id = {a["name"]: content_id("actor", a["name"]) for a in corpus.actors}
    con.execute("BEGIN TRANSACTION")
    _replace_table(con, "entities", ("id", "name", "kind", "aliases", "mentions"),
                   [(ent_id[(e["name"], e["kind"])], e["name"], e["kind"], e["aliases"], e["mentions"]) for e in corpus.entities])
    _replace_table(con, "actors", ("id", "name", "kind", "aliases", "role", "affiliation"),
                   [(act_id[a["name"]], a["name"], a["kind"], a["aliases"], a["role"], a["affiliation"]) for a in corpus.actors])
    _replace_table(con, "entity_cooccurrence", ("entity_a", "entity_b", "articles"), list(corpus.cooccurrence))
    updates = []
    actor_at: dict[str, list[tuple[int, int, str, str]]] = {}
    for mid, aid, m in refs:
        name, actor = corpus.resolve(aid, m)
        eid = ent_id.get((name, m.kind)) or ent_by_name.get(name)
        aid_ = act_id.get(actor) if actor else None
        updates.append((mid, eid, aid_))
        if aid_:
            actor_at.setdefault(aid, []).append((m.start, m.end, aid_, m.kind))
    _update_from(con, "mentions", "id", ("entity_id", "actor_id"), updates)
    # Speakers: the actor of a mention inside the resolved antecedent, else inside the source span;
    # a person before an organisation or country ("White House NSC spokesman John Kirby" is Kirby),
    # then the last one (the head of the noun phrase).
    q_updates = []
    for qid, aid, ss, se, as_, ae in con.execute(
        "SELECT id, article_id, source_start, source_end, antecedent_start, antecedent_end FROM quotes"
    ).fetchall():
        speaker = None
        for lo, hi in ((as_, ae), (ss, se)):
            if lo is None:
                continue
            inside = [(k == "person", s, a) for s, e, a, k in actor_at.get(aid, ()) if s < hi and e > lo]
            if inside:
                speaker = max(inside)[2]
                break
        q_updates.append((qid, speaker))
    _update_from(con, "quotes", "id", ("speaker_id",), q_updates)
    con.execute("COMMIT")
    return len(corpus.entities), len(corpus.actors)


def reanchor_timexes(con, article_ids: list[str]) -> None:
    """Re-normalise the time expressions of articles whose publication date changed."""
    if not article_ids:
        return
    import datetime as dt

    from .model import Span
    from .stages.timex import timex_spans
    from .store.layers import write_timexes

    rows = con.execute(
        "SELECT id, body, published_date FROM articles WHERE id IN (SELECT unnest(?))", [article_ids]
    ).fetchall()
    con.execute("BEGIN TRANSACTION")
    con.execute("DELETE FROM timexes WHERE article_id IN (SELECT unnest(?))", [article_ids])
    for aid, body, date in rows:
        anchor = date if isinstance(date, dt.date) else None
        write_timexes(con, aid, body, timex_spans(body, anchor))
    con.execute("COMMIT")


_EVENT_DATE = __import__("re").compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def build_events(con) -> int:
    """One event per dated happening: each DATE expression with a calendar value (a day, month or
    year, not after the publication date) and the sentence it stands in, with the actors and places
    mentioned in that sentence. Rebuilt for the whole corpus (actor ids follow canonicalisation)."""
    from .model import content_id

    arts = dict(con.execute("SELECT id, published_date FROM articles").fetchall())
    timexes = con.execute(
        "SELECT article_id, start, \"end\", text, value FROM timexes WHERE type = 'DATE' ORDER BY article_id, start"
    ).fetchall()
    sents: dict[str, list[tuple[int, int]]] = {}
    for aid, s, e in con.execute('SELECT article_id, start, "end" FROM sentences ORDER BY article_id, start').fetchall():
        sents.setdefault(aid, []).append((s, e))
    ments: dict[str, list[tuple]] = {}
    for aid, s, e, kind, actor_id, canonical, entity_id in con.execute(
        'SELECT m.article_id, m.start, m."end", m.kind, m.actor_id, m.canonical, e.name FROM mentions m '
        "LEFT JOIN entities e ON e.id = m.entity_id ORDER BY m.article_id, m.start"
    ).fetchall():
        ments.setdefault(aid, []).append((s, e, kind, actor_id, entity_id or canonical))
    bodies: dict[str, str] = {}
    rows = []
    for aid, ts, te, text, value in timexes:
        if not value or not _EVENT_DATE.match(value):
            continue
        pub = arts.get(aid)
        if pub is not None and value > pub.isoformat()[: len(value)]:
            continue  # a forecast or a deadline, not something that happened
        sent = next(((s, e) for s, e in sents.get(aid, ()) if s <= ts < e), None)
        if sent is None:
            continue
        if aid not in bodies:
            bodies[aid] = con.execute("SELECT body FROM articles WHERE id = ?", [aid]).fetchone()[0]
        ss, se = sent
        inside = [m for m in ments.get(aid, ()) if ss <= m[0] and m[1] <= se]
        actor_ids = sorted({m[3] for m in inside if m[3]})
        places = sorted({m[4] for m in inside if m[2] == "place" and m[4]})
        rows.append((content_id(aid, "event", ts, te), aid, value, text, bodies[aid][ss:se].strip(), actor_ids, places, ss, se))
    _replace_table(con, "events", ("id", "article_id", "date", "date_text", "description", "actor_ids", "places",
                                   "start", "end"), rows)
    return len(rows)
