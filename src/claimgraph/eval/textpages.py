"""`claimgraph eval textpages`: score the page cleaner on text renderings with with/without snippets.

Corpus layout (as in shared/data/textpages-dev): `DIR/pages/<name>.txt` and `DIR/snippets.json`
(`{name: {"with": [...], "without": [...]}}`). A "with" snippet counts as kept when it occurs in
the cleaned body or the title; a "without" snippet counts as removed when it is absent from the
body. Matching is on whitespace-normalised text (`re.sub(r"\\s+", " ", s).strip()`).
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

__all__ = ["run", "score_page"]

_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def score_page(body: str, title: str | None, with_: list[str], without: list[str]) -> dict:
    """Counts for one page: with snippets found (body or title), without snippets present (body)."""
    nb = _norm(body)
    nt = _norm(title or "")
    found = sum(1 for w in with_ if _norm(w) in nb or (nt and _norm(w) in nt))
    present = sum(1 for w in without if _norm(w) in nb)
    return {"with": len(with_), "found": found, "without": len(without), "present": present}


def run(dir: Path, predictions_out: Path | None = None, limit: int | None = None) -> dict:
    """Clean `dir/pages/*.txt`, score against `dir/snippets.json`, print a table; return the metrics."""
    from claimgraph.clean import clean_page

    dir = Path(dir)
    snippets = json.loads((dir / "snippets.json").read_text(encoding="utf-8"))
    pages = sorted((dir / "pages").glob("*.txt"))
    if limit is not None:
        pages = pages[:limit]
    preds: dict[str, dict] = {}
    wr, wo, share = [], [], []
    tp = fn = fp = tn = 0
    elapsed = 0.0
    n_chars = 0
    for path in pages:
        name = path.stem
        raw = path.read_text(encoding="utf-8", errors="replace")
        t0 = time.process_time()
        res = clean_page(raw)
        elapsed += time.process_time() - t0
        n_chars += len(raw)
        preds[name] = {"articleBody": res.body}
        page_words = len(raw.split()) or 1
        share.append(len(res.body.split()) / page_words)
        snip = snippets.get(name)
        if not snip:
            continue
        c = score_page(res.body, res.title, snip.get("with", []), snip.get("without", []))
        if c["with"]:
            wr.append(c["found"] / c["with"])
        if c["without"]:
            wo.append(1 - c["present"] / c["without"])
        tp += c["found"]
        fn += c["with"] - c["found"]
        fp += c["present"]
        tn += c["without"] - c["present"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out = {
        "pages": len(pages),
        "with_recall": sum(wr) / len(wr) if wr else 0.0,
        "without_removal": sum(wo) / len(wo) if wo else 0.0,
        "micro_precision": precision,
        "micro_recall": recall,
        "micro_f1": f1,
        "kept_word_share": sum(share) / len(share) if share else 0.0,
        "pages_per_s": len(pages) / elapsed if elapsed else 0.0,
        "kb_per_s": n_chars / 1024 / elapsed if elapsed else 0.0,
    }
    if predictions_out is not None:
        Path(predictions_out).write_text(json.dumps(preds, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{'pages':<22}{out['pages']}")
    for k in ("with_recall", "without_removal", "micro_precision", "micro_recall", "micro_f1", "kept_word_share"):
        print(f"{k:<22}{out[k]:.3f}")
    print(f"{'speed (CPU time)':<22}{out['pages_per_s']:.0f} pages/s, {out['kb_per_s']:.0f} KB/s")
    print(f"textpages with_recall={out['with_recall']:.3f} without_removal={out['without_removal']:.3f}")
    return out
