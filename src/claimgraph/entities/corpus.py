"""Corpus-level canonicalisation: one entity per name across articles, actors, co-occurrence."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Iterable

from .mention import ACTOR_KINDS, Mention
from .names import name_tokens, normalise, resolve_partials


def _surface(m: Mention) -> str:
    s = normalise(m.text)
    return s[4:] if s.lower().startswith("the ") else s


@dataclass
class Corpus:
    """Entities, actors and co-occurrence of a set of tagged articles.

    ``entities``: dicts {name, kind, aliases, mentions}; ``actors``: dicts {name, aliases, kind, role,
    affiliation, mentions}; ``cooccurrence``: (entity_a, entity_b, n_articles) with a < b.
    """

    entities: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    cooccurrence: list[tuple[str, str, int]] = field(default_factory=list)
    merges: dict[str, str] = field(default_factory=dict)   # cross-article partial name -> full name
    _article_maps: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def resolve(self, article_id: str, mention: Mention) -> tuple[str, str | None]:
        """(entity name, actor name or None) of a mention after cross-corpus merging."""
        local = self._article_maps.get(article_id, {})
        name = local.get(mention.canonical, self.merges.get(mention.canonical, mention.canonical))
        actor = mention.actor
        if actor is not None:
            actor = local.get(actor, self.merges.get(actor, actor))
        return name, actor


def canonicalise_corpus(docs: Iterable[tuple[str, list[Mention]]]) -> Corpus:
    """Merge the article-level mentions of many articles into corpus entities and actors.

    A partial name is merged into a full name seen in another article when exactly one full
    name ends with it ("Kirby" → "John Kirby"); organisations likewise when the short form has
    at least two words ("Air Force" → "Ukrainian Air Force").
    """
    docs = [(aid, list(ms)) for aid, ms in docs]
    _fix_surname_kinds(docs)
    persons = [m.canonical for _, ms in docs for m in ms if m.kind == "person"]
    orgs = [m.canonical for _, ms in docs for m in ms if m.kind == "organization"]
    merges = resolve_partials(persons)
    merges.update({k: v for k, v in resolve_partials(orgs).items() if len(k.split()) >= 2})

    ent_count: Counter[tuple[str, str]] = Counter()
    ent_alias: dict[tuple[str, str], set[str]] = defaultdict(set)
    act_kind: dict[str, Counter] = defaultdict(Counter)
    act_alias: dict[str, set[str]] = defaultdict(set)
    act_role: dict[str, Counter] = defaultdict(Counter)
    act_aff: dict[str, Counter] = defaultdict(Counter)
    act_count: Counter[str] = Counter()
    per_article: dict[str, set[str]] = {}
    maps: dict[str, dict[str, str]] = {}

    for aid, ms in docs:
        names: set[str] = set()
        local: dict[str, str] = {}
        for m in ms:
            name = merges.get(m.canonical, m.canonical)
            if name != m.canonical:
                local[m.canonical] = name
            key = (name, m.kind)
            ent_count[key] += 1
            surf = _surface(m)
            if not m.metonym and surf != name:
                ent_alias[key].add(surf)
            if m.kind != "other":
                names.add(name)
            if m.kind in ACTOR_KINDS or (m.kind == "other" and m.actor):
                # every person, organisation and country can hold a stance, acting here or not;
                # "other" mentions that act ("the West", "the Americans") are groups
                act_kind[name][m.kind if m.kind in ACTOR_KINDS else "group"] += 1
                if surf != name:
                    act_alias[name].add(surf)
                if m.actor is not None:
                    act_count[name] += 1
                if m.role:
                    act_role[name][m.role] += 1
                aff = merges.get(m.affiliation, m.affiliation) if m.affiliation else None
                if aff and aff != name:
                    act_aff[name][aff] += 1
        per_article[aid] = names
        if local:
            maps[aid] = local

    entities = [
        {"name": n, "kind": k, "aliases": sorted(ent_alias[(n, k)]), "mentions": c}
        for (n, k), c in sorted(ent_count.items())
    ]
    actors = []
    for name in sorted(act_kind):
        kind = act_kind[name].most_common(1)[0][0]
        actors.append({
            "name": name, "kind": kind, "aliases": sorted(act_alias[name]),
            "role": _top(act_role[name], prefer_long=True), "affiliation": _top(act_aff[name]),
            "mentions": sum(act_kind[name].values()), "acting_mentions": act_count[name],
        })
    # an affiliation that is itself an organisation with a country resolves to that country
    # ("Air Force Commander" → Ukrainian Air Force → Ukraine)
    org_country = {a["name"]: a["affiliation"] for a in actors if a["kind"] == "organization" and a["affiliation"]}
    for a in actors:
        if a["kind"] == "person" and a["affiliation"] in org_country:
            a["affiliation"] = org_country[a["affiliation"]]
    pairs: Counter[tuple[str, str]] = Counter()
    for names in per_article.values():
        for a, b in combinations(sorted(names), 2):
            pairs[(a, b)] += 1
    cooc = [(a, b, n) for (a, b), n in sorted(pairs.items(), key=lambda x: (-x[1], x[0]))]
    return Corpus(entities, actors, cooc, merges, maps)


def _fix_surname_kinds(docs: list[tuple[str, list[Mention]]]) -> None:
    """spaCy labels a lone surname ORG or GPE now and then ("Halvorsen said"); when it is the
    surname of exactly one person in the corpus, the mention is that person (changed in place)."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for _, ms in docs:
        for m in ms:
            if m.kind == "person" and len(m.canonical.split()) > 1:
                by_surname[name_tokens(m.canonical)[-1]].add(m.canonical)
    for _, ms in docs:
        for m in ms:
            if (m.source == "spacy" and m.kind in ("organization", "place") and len(m.canonical.split()) == 1
                    and len(by_surname.get(name_tokens(m.canonical)[0], ())) == 1):
                m.kind = "person"
                m.actor = m.canonical


def _top(c: Counter, prefer_long: bool = False) -> str | None:
    if not c:
        return None
    # most frequent; ties go to the longer (more informative) value if asked, then by name,
    # so the result is deterministic
    return sorted(c.items(), key=lambda x: (-x[1], -len(x[0]) if prefer_long else 0, x[0]))[0][0]
