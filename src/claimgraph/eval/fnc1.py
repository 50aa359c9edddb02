"""`claimgraph eval fnc1`: FNC-1 stance detection with the shipped stance model, official relative score."""

from __future__ import annotations

import csv
import time
from pathlib import Path

from claimgraph.stance.data import read_fnc, read_ids
from claimgraph.stance.metrics import confusion, fnc_max_score, fnc_relative_score, fnc_score, per_class_f1
from claimgraph.stance.model import FNC_LABELS, StanceModel


def run(
    bodies: Path,
    stances: Path,
    predictions_out: Path | None = None,
    ids: Path | None = None,
    model_dir: Path | None = None,
    fast: bool = False,
) -> dict:
    """Predict every row of `stances` (only rows whose Body ID is listed in `ids`, if given).

    Writes `Headline,Body ID,Stance` rows in input order to `predictions_out`; when the input has gold
    stances, prints the confusion matrix, per-class F1 and, last, `fnc1 relative_score=0.XXXX`.
    `fast` uses the lexical-only model (no MiniLM). Returns the metrics (and `pairs_per_s`, counting feature extraction and embedding of each distinct text once).
    """
    data = read_fnc(Path(bodies), Path(stances))
    keep = read_ids(Path(ids)) if ids else None
    rows = [i for i, b in enumerate(data.body_ids) if keep is None or b in keep]
    missing = sorted({data.body_ids[i] for i in rows if data.body_ids[i] not in data.bodies})
    if missing:
        raise ValueError(f"{len(missing)} Body IDs of {stances} are not in {bodies}, e.g. {missing[:3]}")
    model = StanceModel.load(model_dir, fast=fast)
    pairs = [(data.headlines[i], data.bodies[data.body_ids[i]]) for i in rows]
    t0 = time.perf_counter()
    pred = model.predict(pairs)
    secs = time.perf_counter() - t0
    result: dict = {"rows": len(rows), "seconds": secs, "pairs_per_s": len(rows) / secs if secs else 0.0}
    if predictions_out:
        out = Path(predictions_out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["Headline", "Body ID", "Stance"])
            for i, p in zip(rows, pred):
                w.writerow([data.headlines[i], data.body_ids[i], p])
    print(f"fnc1 predicted {len(rows)} pairs in {secs:.1f}s ({result['pairs_per_s']:.0f} pairs/s)")
    gold = [data.stances[i] for i in rows]
    if rows and all(g in FNC_LABELS for g in gold):
        cm = confusion(gold, pred, FNC_LABELS)
        f1 = per_class_f1(gold, pred, FNC_LABELS)
        print("confusion (rows gold, columns predicted)")
        print(" " * 10 + "".join(f"{lab:>10}" for lab in FNC_LABELS))
        for lab, r in zip(FNC_LABELS, cm):
            print(f"{lab:>10}" + "".join(f"{v:10d}" for v in r))
        print("F1 " + " ".join(f"{k}={v:.3f}" for k, v in f1.items()))
        raw, mx = fnc_score(gold, pred), fnc_max_score(gold)
        rel = fnc_relative_score(gold, pred)
        print(f"score {raw:.2f} / {mx:.2f}")
        result.update({"confusion": cm, "f1": f1, "score": raw, "max_score": mx, "relative_score": rel})
        print(f"fnc1 relative_score={rel:.4f}")
    return result
