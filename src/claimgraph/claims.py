"""Claims and stances (first version): claim candidates from attributions and headlines, one claim
per cluster of paraphrases (MiniLM embeddings + entity overlap), and the stance of each attribution
toward its claim from its cue and from denial, doubt and no-comment words (resources/claims).

Runs as a corpus step over the store: candidates of all articles are clustered together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

#: Cosine similarity of MiniLM embeddings above which two candidates may state one proposition.
SIMILARITY = 0.66
#: ... provided that the entities they name overlap at least this much (Jaccard), when both name some.
ENTITY_OVERLAP = 0.3
MIN_WORDS = 5
#: Contents that point back to a claim already in play ("brushed off the allegations").
ANAPHORIC = re.compile(r"^(the|these|those|such|its|their|this)\s+(allegations?|claims?|accusations?|charges?|reports?|assertions?)\b(?!\s+that)", re.I)


@dataclass
class Candidate:
    text: str
    article_id: str
    quote_id: str | None = None
    actor_id: str | None = None
    cue: str | None = None
    content: str = ""
    start: int = 0
    end: int = 0
    sentence: tuple[int, int] | None = None
    entities: frozenset = field(default_factory=frozenset)
    anaphoric: bool = False


@lru_cache(maxsize=1)
def stance_rules() -> tuple[dict[str, str], list[tuple[str, re.Pattern]]]:
    """(cue lemma → stance, [(stance, content pattern)]) from the shipped data file."""
    cues: dict[str, str] = {}
    content: list[tuple[str, re.Pattern]] = []
    text = resources.files("claimgraph.resources.claims").joinpath("stance_cues.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, stance, pattern = line.split("\t")
        if kind == "cue":
            cues[pattern] = stance
        else:
            content.append((stance, re.compile(pattern, re.I)))
    return cues, content


def stance_of(cue: str | None, content: str, sentence: str = "") -> str:
    """supports / denies / doubts / no_comment / reports for one attribution."""
    cues, patterns = stance_rules()
    by_cue = cues.get((cue or "").lower())
    if by_cue == "denies":
        return "denies"
    for stance, pat in patterns:
        if pat.search(content) or (stance in ("no_comment", "doubts") and pat.search(sentence)):
            return stance
    return by_cue or "reports"


def _normalise_claim(text: str) -> str:
    t = re.sub(r"^\s*(that|whether)\s+", "", text.strip(" “”\"'‘’,.;:"), flags=re.I)
    return t[:1].upper() + t[1:] if t else t


def cluster(vectors: np.ndarray, entities: list[frozenset], threshold: float = SIMILARITY) -> list[list[int]]:
    """Groups of candidate indices by centroid linkage: each candidate, in order, joins the cluster
    whose centroid it is most similar to (cosine ≥ threshold) when their named entities agree,
    else starts a new one. Single linkage chained unrelated propositions together.

    Exact similarities against the current centroids; an approximate nearest-neighbour index over
    centroids replaces this beyond tens of thousands of clusters (not yet done).
    """
    sums: list[np.ndarray] = []
    ents: list[set] = []
    groups: list[list[int]] = []
    for i, v in enumerate(vectors):
        best, best_sim = -1, threshold
        if sums:
            cent = np.stack(sums)
            cent = cent / np.clip(np.linalg.norm(cent, axis=1, keepdims=True), 1e-9, None)
            sims = cent @ v
            for k in np.argsort(-sims):
                if sims[k] < best_sim:
                    break
                a, b = entities[i], ents[k]
                if a and b and len(a & b) / len(a | b) < ENTITY_OVERLAP:
                    continue
                best = int(k)
                break
        if best < 0:
            sums.append(v.astype(np.float64).copy())
            ents.append(set(entities[i]))
            groups.append([i])
        else:
            sums[best] += v
            ents[best] |= entities[i]
            groups[best].append(i)
    return groups


def central(members: list[int], vectors: np.ndarray) -> int:
    """The member with the highest mean similarity to the others (ties: the first)."""
    sub = vectors[members]
    return members[int(np.argmax((sub @ sub.T).mean(axis=1)))]


def cached_embedder(con, embed):
    """Wrap ``embed`` with the store's text_embeddings table: each distinct text is embedded once,
    across runs."""
    from .embed import text_key

    def run(texts: list[str]) -> np.ndarray:
        keys = [text_key(t) for t in texts]
        known = {k: np.asarray(v, dtype=np.float32) for k, v in con.execute(
            "SELECT text_hash, vec FROM text_embeddings WHERE text_hash IN (SELECT unnest(?))", [sorted(set(keys))]
        ).fetchall()}
        todo = sorted({k: t for k, t in zip(keys, texts) if k not in known}.items())
        if todo:
            vecs = np.asarray(embed([t for _, t in todo]), dtype=np.float32)
            from .store.db import insert_rows

            insert_rows(con, "text_embeddings", ("text_hash", "vec"),
                        [(k, v.tolist()) for (k, _), v in zip(todo, vecs)])
            known.update({k: v for (k, _), v in zip(todo, vecs)})
        return np.stack([known[k] for k in keys]) if keys else np.zeros((0, 384), dtype=np.float32)

    return run


def build_claims(con, embed=None) -> int:
    """Rebuild the claims and stances tables from the stored quotes, mentions and titles; returns
    the number of claims. ``embed(texts) -> (n, 384) array`` defaults to the MiniLM embedder."""
    from .corpus import _replace_table
    from .model import content_id

    if embed is None:
        from .embed import get_embedder

        embed = cached_embedder(con, get_embedder().embed)
    bodies = dict(con.execute("SELECT id, body FROM articles").fetchall())
    sents: dict[str, list[tuple[int, int]]] = {}
    for aid, s, e in con.execute('SELECT article_id, start, "end" FROM sentences ORDER BY article_id, start').fetchall():
        sents.setdefault(aid, []).append((s, e))
    ments: dict[str, list[tuple[int, int, str]]] = {}
    for aid, s, e, name in con.execute(
        "SELECT m.article_id, m.start, m.\"end\", coalesce(e.name, m.canonical) FROM mentions m "
        "LEFT JOIN entities e ON e.id = m.entity_id WHERE m.kind IN ('country', 'place', 'weapon', 'organization', 'person')"
    ).fetchall():
        ments.setdefault(aid, []).append((s, e, name))

    cands: list[Candidate] = []
    for qid, aid, speaker, cue, content, start, end in con.execute(
        'SELECT id, article_id, speaker_id, cue_lemma, content, start, "end" FROM quotes ORDER BY article_id, start, id'
    ).fetchall():
        sent = next(((s, e) for s, e in sents.get(aid, ()) if s <= start < e), None)
        ents = frozenset(n for s, e, n in ments.get(aid, ()) if start <= s and e <= end)
        c = Candidate(_normalise_claim(content), aid, qid, speaker, cue, content, start, end, sent, ents,
                      bool(ANAPHORIC.match(content.strip())))
        cands.append(c)
    titles = [Candidate(_normalise_claim(t), aid) for aid, t in
              con.execute("SELECT id, title FROM articles WHERE title IS NOT NULL ORDER BY seq").fetchall()]
    # Embeddings cost ~100x a token of parsing: only propositions about something named are embedded.
    pool = [c for c in cands if not c.anaphoric and len(c.text.split()) >= MIN_WORDS and c.entities] + \
           [t for t in titles if len(t.text.split()) >= MIN_WORDS]
    if not pool:
        _replace_table(con, "claims", ("id", "text"), [])
        _replace_table(con, "stances", ("id", "claim_id", "actor_id", "article_id", "stance", "quote_id", "evidence", "start", "end"), [])
        return 0
    vecs = np.asarray(embed([c.text for c in pool]), dtype=np.float32)
    groups = cluster(vecs, [c.entities for c in pool])
    claims = []
    member_of: dict[int, int] = {}  # id(candidate) -> claim index
    for g in groups:
        quotes = [pool[i] for i in g if pool[i].quote_id]
        voices = {(c.actor_id or c.article_id) for c in quotes}
        if not quotes or len({pool[i].article_id for i in g}) < 2 and len(voices) < 2:
            continue  # one voice in one article: not a claim in play across the story
        k = len(claims)
        claims.append({"text": pool[central(g, vecs)].text, "members": [pool[i] for i in g]})
        for i in g:
            member_of[id(pool[i])] = k
    # Anaphoric attributions ("brushed off the allegations", "corroborated the claim") and short
    # no-comment replies take the claim most discussed in their article.
    per_article: dict[str, dict[int, int]] = {}
    for k, cl in enumerate(claims):
        for c in cl["members"]:
            if c.quote_id:
                per_article.setdefault(c.article_id, {}).setdefault(k, 0)
                per_article[c.article_id][k] += 1
    for c in cands:
        if id(c) in member_of or not (c.anaphoric or stance_of(c.cue, c.content) in ("no_comment", "denies", "doubts")):
            continue
        counts = per_article.get(c.article_id)
        if counts and (c.anaphoric or len(c.text.split()) < MIN_WORDS):
            k = max(sorted(counts), key=lambda x: counts[x])
            claims[k]["members"].append(c)
            member_of[id(c)] = k
    claim_rows, stance_rows = [], []
    for cl in claims:
        cid = content_id("claim", cl["text"])
        claim_rows.append((cid, cl["text"]))
        for c in cl["members"]:
            if not c.quote_id:
                continue
            body = bodies.get(c.article_id, "")
            s, e = c.sentence or (c.start, c.end)
            sentence = body[s:e].strip()
            stance_rows.append((content_id(cid, c.quote_id), cid, c.actor_id, c.article_id,
                                stance_of(c.cue, c.content, sentence), c.quote_id, sentence, s, e))
    _replace_table(con, "claims", ("id", "text"), claim_rows)
    _replace_table(con, "stances", ("id", "claim_id", "actor_id", "article_id", "stance", "quote_id", "evidence",
                                    "start", "end"), stance_rows)
    return len(claim_rows)
