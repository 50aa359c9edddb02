"""`claimgraph eval timex`: TempEval-3 task A (timex extraction + normalisation) on a folder of TimeML files.

Scoring follows TempEval-3's evaluate_entities: strict (exact span) and relaxed (any overlap, one-to-one)
precision/recall/F1, type and value accuracy over relaxed matches, and value F1 = value accuracy × relaxed F1.
Spans are compared as character offsets into the plain text after trimming whitespace.
"""
from __future__ import annotations

from pathlib import Path

from claimgraph.timex import tag
from claimgraph.timex.timeml import TimeMLDoc, insertable, read, render
from claimgraph.timex.types import Timex


def find_files(dir: Path) -> list[Path]:
    """The .tml and .tml.TE3input files under dir, sorted by path."""
    dir = Path(dir)
    files = [p for p in dir.rglob("*") if p.is_file() and (p.name.endswith(".tml") or p.name.endswith(".tml.TE3input"))]
    return sorted(files)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def match(gold: list[Timex], pred: list[Timex], text: str) -> dict:
    """Counts for one document: strict and relaxed matches, and type/value agreement on relaxed matches."""
    g = [_trim(text, t.start, t.end) for t in gold]
    p = [_trim(text, t.start, t.end) for t in pred]
    strict = len(set(g) & set(p))
    # relaxed one-to-one: exact matches first, then the largest overlaps
    used_g, used_p, pairs = set(), set(), []
    for i, gs in enumerate(g):
        for j, ps in enumerate(p):
            if j not in used_p and i not in used_g and gs == ps:
                used_g.add(i), used_p.add(j), pairs.append((i, j))
    overlaps = []
    for i, (gs, ge) in enumerate(g):
        for j, (ps, pe) in enumerate(p):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0:
                overlaps.append((-ov, i, j))
    for _, i, j in sorted(overlaps):
        if i not in used_g and j not in used_p:
            used_g.add(i), used_p.add(j), pairs.append((i, j))
    type_ok = sum(gold[i].type == pred[j].type for i, j in pairs)
    value_ok = sum(gold[i].value == pred[j].value for i, j in pairs)
    return {"gold": len(g), "pred": len(p), "strict": strict, "relaxed": len(pairs), "type_ok": type_ok,
            "value_ok": value_ok, "pairs": pairs}


def _prf(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = hit / pred if pred else 0.0
    r = hit / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(totals: dict) -> dict:
    """Metrics from summed counts."""
    sp, sr, sf = _prf(totals["strict"], totals["pred"], totals["gold"])
    rp, rr, rf = _prf(totals["relaxed"], totals["pred"], totals["gold"])
    rel = totals["relaxed"]
    type_acc = totals["type_ok"] / rel if rel else 0.0
    value_acc = totals["value_ok"] / rel if rel else 0.0
    return {
        "strict_p": sp, "strict_r": sr, "strict_f1": sf,
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
        "type_acc": type_acc, "value_acc": value_acc,
        "type_f1": type_acc * rf, "value_f1": value_acc * rf,
    }


def predict(doc: TimeMLDoc) -> list[Timex]:
    """Tag a document's plain text anchored on its DCT, keeping only spans that can be written back."""
    return insertable(doc, tag(doc.text, doc.dct))


def run(dir: Path, predictions_out: Path | None = None, *, quiet: bool = False, errors: list | None = None) -> dict:
    """Tag every TimeML file under dir, score against its TIMEX3 gold, optionally write `.tml` predictions.

    Returns the metrics dict (plus counts and 'files'). Prints a table and, last, the line
    `timex value_f1=… relaxed_f1=… strict_f1=… type_f1=…` unless quiet.
    `errors`, when a list, receives (file, gold, pred) tuples for every disagreement (for error analysis).
    """
    files = find_files(Path(dir))
    totals = {"gold": 0, "pred": 0, "strict": 0, "relaxed": 0, "type_ok": 0, "value_ok": 0}
    if predictions_out is not None:
        Path(predictions_out).mkdir(parents=True, exist_ok=True)
    for f in files:
        doc = read(f)
        pred = predict(doc)
        c = match(doc.gold, pred, doc.text)
        for k in totals:
            totals[k] += c[k]
        if errors is not None:
            _collect_errors(f.name, doc, pred, c, errors)
        if predictions_out is not None:
            name = f.name[: -len(".TE3input")] if f.name.endswith(".TE3input") else f.name
            Path(predictions_out, name).write_bytes(render(doc, pred).encode("utf-8"))
    res = score(totals)
    res.update(totals)
    res["files"] = len(files)
    if not quiet:
        _print(res)
    return res


def _collect_errors(name: str, doc: TimeMLDoc, pred: list[Timex], c: dict, errors: list) -> None:
    pg = {i for i, _ in c["pairs"]}
    pp = {j for _, j in c["pairs"]}
    for i, j in c["pairs"]:
        g, p = doc.gold[i], pred[j]
        if g.value != p.value or (g.start, g.end) != (p.start, p.end) or g.type != p.type:
            errors.append((name, doc.dct_value, g, p))
    for i, g in enumerate(doc.gold):
        if i not in pg:
            errors.append((name, doc.dct_value, g, None))
    for j, p in enumerate(pred):
        if j not in pp:
            errors.append((name, doc.dct_value, None, p))


def _print(res: dict) -> None:
    try:
        from rich.console import Console
        from rich.table import Table

        t = Table(title=f"TempEval-3 task A on {res['files']} files ({res['gold']} gold, {res['pred']} predicted timexes)")
        for col in ("match", "P", "R", "F1"):
            t.add_column(col)
        t.add_row("strict", f"{res['strict_p']:.3f}", f"{res['strict_r']:.3f}", f"{res['strict_f1']:.3f}")
        t.add_row("relaxed", f"{res['relaxed_p']:.3f}", f"{res['relaxed_r']:.3f}", f"{res['relaxed_f1']:.3f}")
        Console().print(t)
    except ImportError:  # rich is a dependency, but the metric line must print regardless
        print(f"strict P/R/F1 {res['strict_p']:.3f}/{res['strict_r']:.3f}/{res['strict_f1']:.3f}")
        print(f"relaxed P/R/F1 {res['relaxed_p']:.3f}/{res['relaxed_r']:.3f}/{res['relaxed_f1']:.3f}")
    print(f"type accuracy {res['type_acc']:.3f}  value accuracy {res['value_acc']:.3f}")
    print(
        f"timex value_f1={res['value_f1']:.3f} relaxed_f1={res['relaxed_f1']:.3f} "
        f"strict_f1={res['strict_f1']:.3f} type_f1={res['type_f1']:.3f}"
    )


if __name__ == "__main__":  # python -m claimgraph.eval.timex DIR [OUT]
    import sys

    run(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
