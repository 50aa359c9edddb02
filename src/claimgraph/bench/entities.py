"""`claimgraph bench entities`: words/s of EntityTagger.tag_many against bare spaCy NER-only.

Both run on the same texts in the same process, interleaved in chunks of 30 texts (alternating
which goes first) over ``rounds`` passes, timed in CPU seconds of this process
(``time.process_time``) so that the ratio holds on a shared, busy machine. Default texts: the
first 300 FNC-1 training bodies, or the seeds when the shared data is absent.
"""
from __future__ import annotations

import csv
import sys
import time
from pathlib import Path
from typing import Sequence

from claimgraph.eval.entities import default_seeds


def default_texts(n: int = 300) -> list[str]:
    """First ``n`` FNC-1 bodies from /work/shared/data (beside the repo), else the seed articles."""
    root = Path(__file__).resolve().parents[3]
    bodies = root.parent / "shared" / "data" / "fnc-1" / "train_bodies.csv"
    if bodies.exists():
        csv.field_size_limit(sys.maxsize)
        with open(bodies, encoding="utf-8", newline="") as fh:
            rows = csv.DictReader(fh)
            out = [r["articleBody"] for _, r in zip(range(n), rows)]
        if out:
            return out
    return [p.read_text(encoding="utf-8") for p in sorted(default_seeds().glob("*.txt"))]


def run(texts: Sequence[str] | None = None, rounds: int = 2, batch_size: int = 32) -> dict:
    """Measure and print words/s of both; the last line is ``entities/spacy ratio=R``."""
    from claimgraph.entities import EntityTagger
    from claimgraph.entities.tagger import load_spacy_ner

    texts = list(texts) if texts is not None else default_texts()
    words = sum(len(t.split()) for t in texts)
    tagger = EntityTagger()
    tagger.setup()
    nlp = load_spacy_ner()
    warm = texts[:8]
    list(nlp.pipe(warm))
    list(tagger.tag_many(warm))
    # interleave in chunks, alternating which goes first, so both see the same machine load
    chunk = 30
    t_spacy = t_tagger = 0.0
    n_mentions = 0
    for r in range(rounds):
        for i in range(0, len(texts), chunk):
            part = texts[i:i + chunk]
            order = ("spacy", "tagger") if (r + i // chunk) % 2 == 0 else ("tagger", "spacy")
            for which in order:
                t0 = time.process_time()
                if which == "spacy":
                    for _doc in nlp.pipe(part, batch_size=batch_size):
                        pass
                    t_spacy += time.process_time() - t0
                else:
                    n = sum(len(ms) for ms in tagger.tag_many(part, batch_size=batch_size))
                    t_tagger += time.process_time() - t0
                    if r == 0:
                        n_mentions += n
    best_spacy, best_tagger = t_spacy / rounds, t_tagger / rounds
    wps_spacy = words / best_spacy
    wps_tagger = words / best_tagger
    ratio = wps_tagger / wps_spacy
    print(f"texts={len(texts)} words={words} mentions={n_mentions}")
    print(f"spacy NER-only: {wps_spacy:,.0f} words/s ({best_spacy:.2f} CPU s per pass)")
    print(f"EntityTagger:   {wps_tagger:,.0f} words/s ({best_tagger:.2f} CPU s per pass)")
    print(f"entities/spacy ratio={ratio:.3f}")
    return {"texts": len(texts), "words": words, "spacy_wps": wps_spacy, "entities_wps": wps_tagger, "ratio": ratio}


if __name__ == "__main__":
    run()
