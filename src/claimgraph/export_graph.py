"""Exports for other tools: GraphML (actors, claims, stance edges; opens in Gephi) and schema.org
ClaimReview JSON-LD (one review per claim, with its appearances)."""

from __future__ import annotations

import json
from typing import IO
from xml.sax.saxutils import escape, quoteattr


def write_graphml(doc: dict, out: IO[str]) -> None:
    """Nodes: actors (kind, affiliation) and claims; edges: actor → claim, labelled with the stance
    (weight = how many attributions say so)."""
    edges: dict[tuple[str, str, str], int] = {}
    for c in doc["claims"]:
        for s in c["stances"]:
            if s["actor_id"]:
                key = (s["actor_id"], c["id"], s["stance"])
                edges[key] = edges.get(key, 0) + 1
    used = {a for a, _, _ in edges}
    w = out.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    w('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for key, target, name, typ in [("d0", "node", "label", "string"), ("d1", "node", "type", "string"),
                                   ("d2", "node", "kind", "string"), ("d3", "node", "affiliation", "string"),
                                   ("d4", "edge", "stance", "string"), ("d5", "edge", "weight", "int")]:
        w(f'  <key id="{key}" for="{target}" attr.name="{name}" attr.type="{typ}"/>\n')
    w('  <graph id="claimgraph" edgedefault="directed">\n')
    for a in doc["actors"]:
        if a["id"] not in used:
            continue
        w(f'    <node id={quoteattr("a-" + a["id"])}><data key="d0">{escape(a["name"])}</data><data key="d1">actor</data>'
          f'<data key="d2">{escape(a["kind"])}</data><data key="d3">{escape(a["affiliation"] or "")}</data></node>\n')
    for c in doc["claims"]:
        w(f'    <node id={quoteattr("c-" + c["id"])}><data key="d0">{escape(c["text"])}</data><data key="d1">claim</data></node>\n')
    for i, ((a, c, st), n) in enumerate(sorted(edges.items())):
        w(f'    <edge id="e{i}" source={quoteattr("a-" + a)} target={quoteattr("c-" + c)}>'
          f'<data key="d4">{st}</data><data key="d5">{n}</data></edge>\n')
    w("  </graph>\n</graphml>\n")


#: ClaimReview has no rating of its own here: claimgraph reports who says what, it does not judge.
def claimreview(doc: dict) -> list[dict]:
    """One schema.org ClaimReview per claim; each appearance is an article where an actor takes a
    stance, with the stance and the evidence sentence."""
    arts = {a["id"]: a for a in doc["articles"]}
    actors = {a["id"]: a for a in doc["actors"]}
    out = []
    for c in doc["claims"]:
        appearances = []
        for s in c["stances"]:
            a = arts.get(s["article_id"], {})
            appearances.append({
                "@type": "CreativeWork", "url": a.get("source"), "headline": a.get("title"),
                "datePublished": (a.get("published") or {}).get("date"),
                "author": {"@type": "Organization", "name": a.get("outlet")} if a.get("outlet") else None,
                "text": s["evidence"],
                "about": {"@type": "Thing", "name": (actors.get(s["actor_id"]) or {}).get("name")},
                "additionalProperty": [{"@type": "PropertyValue", "name": "stance", "value": s["stance"]}],
            })
        first = min((x for x in appearances if x["datePublished"]), key=lambda x: x["datePublished"], default=None)
        out.append({
            "@context": "https://schema.org", "@type": "ClaimReview", "identifier": c["id"],
            "claimReviewed": c["text"],
            "itemReviewed": {"@type": "Claim", "appearance": appearances,
                             "firstAppearance": first},
            "author": {"@type": "Organization", "name": "claimgraph (automatic extraction, no verdict)"},
        })
    return out


def write_claimreview(doc: dict, out: IO[str]) -> None:
    json.dump(claimreview(doc), out, ensure_ascii=False, indent=2)
    out.write("\n")
