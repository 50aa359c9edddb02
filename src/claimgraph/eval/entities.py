"""`claimgraph eval entities`: the tagger and corpus canonicalisation against the hand-annotated seeds.

Entities are scored as (article, canonical name, kind) over the kinds person, organization,
country, place and weapon; actors as (name, affiliation) at corpus level over the gold actors'
kinds; affiliation accuracy is over gold actors whose name was found.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

SCORED_KINDS = ("person", "organization", "country", "place", "weapon")


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def default_gold() -> Path:
    return repo_root() / "tests" / "data" / "seeds_entities_gold.json"


def default_seeds() -> Path:
    return repo_root() / "examples" / "seeds"


def _prf(pred: set, gold: set) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(pred_entities: dict[str, set[tuple[str, str]]], pred_actors: dict[str, str | None],
          gold: dict) -> dict:
    """Compare predictions with the gold document; returns the metrics and the errors."""
    g_ent = {(a, n, k) for a, art in gold["articles"].items() for n, k in art["entities"] if k in SCORED_KINDS}
    p_ent = {(a, n, k) for a, s in pred_entities.items() if a in gold["articles"] for n, k in s if k in SCORED_KINDS}
    ep, er, ef = _prf(p_ent, g_ent)
    gold_actors = {a["name"]: a.get("affiliation") for a in gold["actors"]}
    g_act = set(gold_actors.items())
    p_act = set(pred_actors.items())
    ap, ar, af = _prf(p_act, g_act)
    found = [n for n in gold_actors if n in pred_actors]
    aff_ok = sum(1 for n in found if pred_actors[n] == gold_actors[n])
    aff_acc = aff_ok / len(found) if found else 0.0
    return {
        "entities": {"precision": ep, "recall": er, "f1": ef, "gold": len(g_ent), "predicted": len(p_ent)},
        "actors": {"precision": ap, "recall": ar, "f1": af, "gold": len(g_act), "predicted": len(p_act)},
        "affiliation_accuracy": aff_acc, "actors_found": len(found),
        "missed_entities": sorted(g_ent - p_ent), "spurious_entities": sorted(p_ent - g_ent),
        "wrong_affiliations": sorted((n, pred_actors[n], gold_actors[n]) for n in found
                                     if pred_actors[n] != gold_actors[n]),
    }


def predict(seeds: Path | None = None, gazetteers=(), without: Sequence[str] = ()) -> tuple[dict, dict, object]:
    """Tag the seed files and canonicalise them as one corpus (``without``: shipped gazetteer
    files to leave out, e.g. ``("persons.tsv",)`` to measure what the rules do alone)."""
    from claimgraph.entities import EntityTagger, canonicalise_corpus
    from claimgraph.entities.gazetteer import ENTRY_FILES

    seeds = Path(seeds) if seeds else default_seeds()
    files = sorted(seeds.glob("*.txt"))
    tagger = EntityTagger(gazetteers, shipped=[f for f in ENTRY_FILES if f not in without])
    texts = [f.read_text(encoding="utf-8") for f in files]
    docs = [(f.stem, ms) for f, ms in zip(files, tagger.tag_many(texts))]
    corpus = canonicalise_corpus(docs)
    ents: dict[str, set[tuple[str, str]]] = {}
    for aid, ms in docs:
        s = set()
        for m in ms:
            name, _ = corpus.resolve(aid, m)
            s.add((name, m.kind))
        ents[aid] = s
    gold_kinds = ("person", "organization", "country")
    actors = {a["name"]: a["affiliation"] for a in corpus.actors if a["kind"] in gold_kinds}
    return ents, actors, corpus


def run(gold: Path | None = None, verbose: bool = True, without: Sequence[str] = (),
        gazetteers: Sequence[Path] = ()) -> dict:
    """Run the evaluation, print the metrics (main line last) and return them.

    ``without`` leaves shipped gazetteer files out (ablation); ``gazetteers`` adds user files."""
    gold_path = Path(gold) if gold else default_gold()
    gold_doc = json.loads(gold_path.read_text(encoding="utf-8"))
    ents, actors, _ = predict(gazetteers=gazetteers, without=without)
    res = score(ents, actors, gold_doc)
    if verbose:
        for a, n, k in res["missed_entities"]:
            print(f"missed   {a[:3]} {k:12} {n}")
        for a, n, k in res["spurious_entities"]:
            print(f"spurious {a[:3]} {k:12} {n}")
        for n, p, g in res["wrong_affiliations"]:
            print(f"affiliation {n}: predicted {p!r}, gold {g!r}")
        e, ac = res["entities"], res["actors"]
        print(f"canonical entities (name+kind, per article): P={e['precision']:.3f} R={e['recall']:.3f} "
              f"F1={e['f1']:.3f} (gold {e['gold']}, predicted {e['predicted']})")
        print(f"actors (name+affiliation, corpus): P={ac['precision']:.3f} R={ac['recall']:.3f} F1={ac['f1']:.3f} "
              f"(gold {ac['gold']}, predicted {ac['predicted']})")
    print(f"entities precision={res['entities']['precision']:.3f} recall={res['entities']['recall']:.3f} "
          f"affiliation_accuracy={res['affiliation_accuracy']:.3f}")
    return res


def default_fnc1_dev() -> Path:
    return repo_root() / "tests" / "data" / "fnc1_entities_dev.json"


def run_fnc1_dev(gold: Path | None = None, bodies: Path | None = None, verbose: bool = True) -> dict | None:
    """Unseen check: entities (name, kind) on the blind-annotated FNC-1 bodies; None when the
    FNC-1 file is absent. Prints ``entities_fnc1dev precision=… recall=…`` last."""
    import csv
    import sys

    from claimgraph.entities import EntityTagger, canonicalise_corpus

    bodies = Path(bodies) if bodies else repo_root().parent / "shared" / "data" / "fnc-1" / "train_bodies.csv"
    if not bodies.exists():
        return None
    gold_doc = json.loads((Path(gold) if gold else default_fnc1_dev()).read_text(encoding="utf-8"))
    want = gold_doc["bodies"]
    csv.field_size_limit(sys.maxsize)
    with open(bodies, encoding="utf-8", newline="") as fh:
        texts = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(fh) if r["Body ID"] in want}
    ids = sorted(texts)
    docs = list(zip(ids, EntityTagger().tag_many([texts[i] for i in ids])))
    corpus = canonicalise_corpus(docs)
    pred = {(a, corpus.resolve(a, m)[0], m.kind) for a, ms in docs for m in ms if m.kind in SCORED_KINDS}
    g = {(a, n, k) for a, ents in want.items() for n, k in ents if k in SCORED_KINDS}
    p, r, f = _prf(pred, g)
    if verbose:
        for a, n, k in sorted(g - pred):
            print(f"missed   {a} {k:12} {n}")
        for a, n, k in sorted(pred - g):
            print(f"spurious {a} {k:12} {n}")
    print(f"entities_fnc1dev precision={p:.3f} recall={r:.3f} f1={f:.3f}")
    return {"precision": p, "recall": r, "f1": f, "gold": len(g), "predicted": len(pred)}


if __name__ == "__main__":
    import sys

    if "fnc1dev" in sys.argv[1:]:
        run_fnc1_dev()
    else:
        run(without=tuple(a for a in sys.argv[1:] if a.endswith(".tsv")))
