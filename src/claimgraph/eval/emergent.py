"""`claimgraph eval emergent`: claim vs article-headline stance (for / against / observing), accuracy."""

from __future__ import annotations

import csv as _csv
import time
from pathlib import Path

from claimgraph.stance.data import read_emergent
from claimgraph.stance.metrics import accuracy, confusion, per_class_f1
from claimgraph.stance.model import EMERGENT_LABELS, StanceModel


def run(csv: Path, predictions_out: Path | None = None, model_dir: Path | None = None) -> dict:
    """Predict each row (claimHeadline vs articleHeadline) with the shipped Emergent head.

    Writes the input columns plus `predictedStance` to `predictions_out`, in input order; with gold
    `articleHeadlineStance` prints per-class F1 and, last, `emergent accuracy=0.XXX`.
    """
    fields, rows = read_emergent(Path(csv))
    model = StanceModel.load(model_dir)
    pairs = [(r["claimHeadline"], r["articleHeadline"]) for r in rows]
    t0 = time.perf_counter()
    pred = model.predict_emergent(pairs)
    secs = time.perf_counter() - t0
    result: dict = {"rows": len(rows), "seconds": secs}
    if predictions_out:
        out = Path(predictions_out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = _csv.DictWriter(fh, fieldnames=[*fields, "predictedStance"])
            w.writeheader()
            for r, p in zip(rows, pred):
                w.writerow({**r, "predictedStance": p})
    print(f"emergent predicted {len(rows)} pairs in {secs:.1f}s")
    gold = [(r.get("articleHeadlineStance") or "").strip() for r in rows]
    if rows and all(g in EMERGENT_LABELS for g in gold):
        cm = confusion(gold, pred, EMERGENT_LABELS)
        print("confusion (rows gold, columns predicted)")
        print(" " * 10 + "".join(f"{lab:>10}" for lab in EMERGENT_LABELS))
        for lab, r in zip(EMERGENT_LABELS, cm):
            print(f"{lab:>10}" + "".join(f"{v:10d}" for v in r))
        f1 = per_class_f1(gold, pred, EMERGENT_LABELS)
        print("F1 " + " ".join(f"{k}={v:.3f}" for k, v in f1.items()))
        acc = accuracy(gold, pred)
        result.update({"accuracy": acc, "f1": f1, "confusion": cm})
        print(f"emergent accuracy={acc:.3f}")
    return result
