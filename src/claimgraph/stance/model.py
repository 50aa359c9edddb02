"""The article-level stance model: (claim or headline, body) -> unrelated / agree / disagree / discuss.

Two heads share one feature extractor (`features.Featurizer`):
- the FNC-1 head, a LightGBM multiclass model over pair features (headline vs article body);
- the Emergent head, a LightGBM model over (claim headline vs article headline) features that
  predicts for / against / observing.
Weights are LightGBM text models plus JSON (no pickle), in ``resources/stance/``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np

from claimgraph.embed import EmbeddingCache
from claimgraph.stance.features import Featurizer

FNC_LABELS = ("agree", "disagree", "discuss", "unrelated")
EMERGENT_LABELS = ("for", "against", "observing")
RESOURCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "stance"

_TO_CLAIMGRAPH = {
    "agree": "supports",
    "disagree": "denies",
    "discuss": "reports",
    "unrelated": None,
    "for": "supports",
    "against": "denies",
    "observing": "reports",
}


def to_claimgraph_stance(label: str) -> str | None:
    """Map an FNC-1 or Emergent label to claimgraph's stance (agree->supports, disagree->denies,
    discuss->reports, unrelated->None; for/against/observing likewise)."""
    key = (label or "").strip().lower()
    if key not in _TO_CLAIMGRAPH:
        raise ValueError(f"unknown stance label {label!r}; expected one of {sorted(_TO_CLAIMGRAPH)}")
    return _TO_CLAIMGRAPH[key]


def fnc_decide(proba: np.ndarray) -> np.ndarray:
    """Label indices maximising the expected FNC-1 score given class probabilities (agree, disagree, discuss, unrelated).

    Predicting a related class c earns 0.25*P(related) + 0.75*P(c); predicting unrelated earns 0.25*P(unrelated).
    """
    p_rel = proba[:, :3].sum(axis=1, keepdims=True)
    gain = np.concatenate([0.25 * p_rel + 0.75 * proba[:, :3], 0.25 * proba[:, 3:4]], axis=1)
    return gain.argmax(axis=1)


def featurize(
    fz: Featurizer,
    pairs: Sequence[tuple[str, str]],
    cache: EmbeddingCache | None,
    with_embeddings: bool = True,
) -> np.ndarray:
    """Feature matrix of pairs. Each distinct headline and body is processed once, and each distinct
    text to embed (headlines and the selected body sentences) is embedded once through `cache`."""
    heads = {h: fz.head(h) for h in dict.fromkeys(p[0] for p in pairs)}
    bodies = {b: fz.body(b) for b in dict.fromkeys(p[1] for p in pairs)}
    with_embeddings = with_embeddings and cache is not None
    selections = [fz.select(heads[h], bodies[b]) if with_embeddings else [] for h, b in pairs]
    vec_of: dict[str, np.ndarray] = {}
    if with_embeddings:
        texts = list(heads)
        for (h, b), sel in zip(pairs, selections):
            sents = bodies[b].sents
            texts.extend(sents[i] for i in sel)
        texts = list(dict.fromkeys(texts))
        vecs = cache.get(texts)
        vec_of = dict(zip(texts, vecs))
    rows = []
    for (h, b), sel in zip(pairs, selections):
        bi = bodies[b]
        if vec_of:
            rows.append(fz.pair(heads[h], bi, vec_of[h], {i: vec_of[bi.sents[i]] for i in sel}))
        else:
            rows.append(fz.pair(heads[h], bi))
    if not rows:
        from claimgraph.stance.features import FEATURE_NAMES

        return np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32)
    return np.stack(rows)


class StanceModel:
    """Article-level stance classifier loaded from LightGBM text models and JSON metadata."""

    def __init__(
        self, meta: dict, fnc_booster, emergent_booster=None, cache: EmbeddingCache | None = None, fast: bool = False
    ) -> None:
        self.meta = meta
        self.fast = fast
        self.featurizer = Featurizer(meta["idf"], meta["default_idf"])
        self.fnc = fnc_booster
        self.emergent = emergent_booster
        # ~1.5 kB per vector: at most ~75 MB of cached sentence vectors per model
        self.cache = cache if cache is not None else EmbeddingCache(max_items=50_000)

    @classmethod
    def load(cls, path: Path | None = None, fast: bool = False) -> "StanceModel":
        """Load weights from `path` (a directory); default: the shipped ``resources/stance/``.

        `fast=True` loads the lexical-only FNC-1 model (no MiniLM, several times faster, ~1 point lower);
        the Emergent head always uses MiniLM."""
        import lightgbm as lgb

        d = Path(path) if path else RESOURCE_DIR
        meta_file = d / "meta.json"
        if not meta_file.is_file():
            raise FileNotFoundError(f"no stance model in {d}; build it with `make train-stance`")
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        fnc_file = d / ("fnc1_fast.lgb.txt" if fast else "fnc1.lgb.txt")
        fnc = lgb.Booster(model_str=fnc_file.read_text(encoding="utf-8"))
        em_file = d / "emergent.lgb.txt"
        em = lgb.Booster(model_str=em_file.read_text(encoding="utf-8")) if em_file.is_file() else None
        return cls(meta, fnc, em, fast=fast)

    def features(self, pairs: Sequence[tuple[str, str]], with_embeddings: bool = True) -> np.ndarray:
        """Pair features (embedding each distinct text once, cached across calls)."""
        return featurize(self.featurizer, pairs, self.cache, with_embeddings=with_embeddings)

    def predict_proba(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """(n, 4) probabilities in the order agree, disagree, discuss, unrelated."""
        if not pairs:
            return np.zeros((0, 4), dtype=np.float64)
        return self.fnc.predict(self.features(pairs, with_embeddings=not self.fast), num_threads=1)

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[str]:
        """FNC-1 labels ("unrelated", "agree", "disagree", "discuss") for (claim/headline, body) pairs."""
        if not pairs:
            return []
        return [FNC_LABELS[i] for i in fnc_decide(self.predict_proba(pairs))]

    def predict_emergent_proba(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """(n, 3) probabilities (for, against, observing) for (claim headline, article headline) pairs."""
        if self.emergent is None:
            raise RuntimeError("this stance model has no Emergent head; rebuild it with `make train-stance`")
        if not pairs:
            return np.zeros((0, 3), dtype=np.float64)
        return self.emergent.predict(self.features(pairs), num_threads=1)

    def predict_emergent(self, pairs: Sequence[tuple[str, str]]) -> list[str]:
        """Emergent labels ("for", "against", "observing") for (claim headline, article headline) pairs."""
        return [EMERGENT_LABELS[i] for i in self.predict_emergent_proba(pairs).argmax(axis=1)]

    def claimgraph_stances(self, pairs: Sequence[tuple[str, str]]) -> list[str | None]:
        """claimgraph stances (supports / denies / reports, None when unrelated) for (claim, body) pairs."""
        return [to_claimgraph_stance(lab) for lab in self.predict(pairs)]


_MODEL: StanceModel | None = None


def get_model() -> StanceModel:
    """The shipped model, loaded once per process."""
    global _MODEL
    if _MODEL is None:
        _MODEL = StanceModel.load()
    return _MODEL
