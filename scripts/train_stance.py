"""Rebuild the shipped stance weights (`make train-stance`), or run the claim-grouped evaluations (--cv).

Deterministic: fixed seeds, one LightGBM thread, one onnxruntime thread, sorted inputs.
    python scripts/train_stance.py [--data ../shared/data] [--out src/claimgraph/resources/stance]
    python scripts/train_stance.py --cv            # FNC-1 hold-out + claim-grouped CV, Emergent grouped CV
Embedding every FNC-1 body sentence takes ~10-20 min on one shared core; pass --cache FILE.npz
(kept outside the repo, e.g. /work/cache/stance/emb.npz) to reuse vectors between runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimgraph.embed import Embedder, EmbeddingCache  # noqa: E402
from claimgraph.stance import train as T  # noqa: E402
from claimgraph.stance.features import Featurizer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "claimgraph" / "resources" / "stance")
    ap.add_argument("--cache", type=Path, default=None, help="embedding cache (.npz), outside the repo")
    ap.add_argument("--cv", action="store_true", help="print hold-out and claim-grouped CV figures, save nothing")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--fast", action="store_true", help="with --cv: grouped CV of the fast (lexical-only) FNC-1 model")
    args = ap.parse_args(argv)
    if not (args.data / "fnc-1").is_dir():
        print(f"FNC-1 data not found under {args.data}", file=sys.stderr)
        return 2
    t0 = time.time()
    cache = EmbeddingCache(Embedder(threads=1), args.cache)
    try:
        if args.cv:
            res = T.fnc_experiments(args.data, cache, folds=args.folds, fast=args.fast)
            fnc = T.D.read_fnc(args.data / "fnc-1" / "train_bodies.csv", args.data / "fnc-1" / "train_stances.csv")
            idf, dflt = T.fnc_featurizer(fnc, T.D.read_ids(args.data / "fnc-1" / "training_ids.txt"))
            em = T.emergent_experiments(args.data, Featurizer(idf, dflt), cache, folds=args.folds)
            print(
                f"summary fnc1_holdout={res['holdout']['relative_score']:.4f} "
                f"fnc1_grouped_cv={res['grouped_cv']['relative_score']:.4f} "
                f"emergent_grouped_cv_accuracy={em['accuracy']:.3f}"
            )
        else:
            T.train_and_save(args.data, args.out, cache)
    finally:
        cache.save()
    print(f"total {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
