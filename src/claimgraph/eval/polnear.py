"""`claimgraph eval polnear`: attribution extraction scored on PolNeAR-format data.

Input: ``DIR/text/<article>.txt`` and optionally ``DIR/attributions/<article>_<annotator>.ann``
(brat standoff). Scoring conventions (fixed so that figures compare):

- where an article has several annotator files, the first in sorted name order is the gold;
- an attribution's content is the union of its ``Content`` and ``Content2`` spans;
- gold attributions without any content span are skipped (they cannot be matched);
- overlap matching pairs contents one-to-one, largest character overlap first; exact
  matching pairs identical span sets (surrounding whitespace ignored);
- source and cue count end to end: a source (cue) is right only when its attribution's
  content matched under the same mode and the source (cue) spans overlap / are identical.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int]


@dataclass(slots=True)
class Unit:
    """One attribution as scored: span lists per role."""

    content: list[Span]
    source: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)


def _parse_offsets(s: str) -> list[Span]:
    out = []
    for part in s.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> list[Unit]:
    """Read the attributions (E lines) of one brat ``.ann`` file."""
    spans: dict[str, tuple[str, list[Span]]] = {}
    events: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not parts or not parts[0]:
            continue
        if parts[0].startswith("T") and len(parts) >= 2:
            label, _, offs = parts[1].partition(" ")
            try:
                spans[parts[0]] = (label, _parse_offsets(offs))
            except ValueError:
                continue
        elif parts[0].startswith("E") and len(parts) >= 2:
            args: dict[str, list[str]] = {}
            for arg in parts[1].split():
                role, _, tid = arg.partition(":")
                role = role.rstrip("0123456789") or role
                args.setdefault(role, []).append(tid)
            events.append(args)
    units = []
    for ev in events:
        def collect(role: str) -> list[Span]:
            return sorted(s for tid in ev.get(role, []) if tid in spans for s in spans[tid][1])
        content = collect("Content")
        if not content:
            continue
        units.append(Unit(content=content, source=collect("Source"), cue=collect("Cue")))
    return units


def _norm(text: str, spans: list[Span]) -> frozenset[Span]:
    out = set()
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.add((a, b))
    return frozenset(out)


def _chars(spans) -> set[int]:
    s: set[int] = set()
    for a, b in spans:
        s.update(range(a, b))
    return s


def _match(text: str, gold: list[Unit], pred: list[Unit], mode: str) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) of matching contents."""
    if mode == "exact":
        used: set[int] = set()
        pairs = []
        pn = [_norm(text, p.content) for p in pred]
        for gi, g in enumerate(gold):
            gs = _norm(text, g.content)
            for pi, ps in enumerate(pn):
                if pi not in used and ps == gs:
                    used.add(pi)
                    pairs.append((gi, pi))
                    break
        return pairs
    gch = [_chars(g.content) for g in gold]
    pch = [_chars(p.content) for p in pred]
    cands = []
    for gi, gs in enumerate(gch):
        for pi, ps in enumerate(pch):
            ov = len(gs & ps)
            if ov:
                cands.append((-ov, gi, pi))
    cands.sort()
    ug: set[int] = set()
    up: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi in ug or pi in up:
            continue
        ug.add(gi)
        up.add(pi)
        pairs.append((gi, pi))
    return pairs


def _role_ok(text: str, g: list[Span], p: list[Span], mode: str) -> bool:
    if not g or not p:
        return False
    if mode == "exact":
        return _norm(text, g) == _norm(text, p)
    return bool(_chars(g) & _chars(p))


def score_article(text: str, gold: list[Unit], pred: list[Unit]) -> dict[str, list[int]]:
    """Counts [true positives, predicted, gold] per ``role_mode``."""
    counts: dict[str, list[int]] = {}
    for mode in ("exact", "overlap"):
        pairs = _match(text, gold, pred, mode)
        counts[f"content_{mode}"] = [len(pairs), len(pred), len(gold)]
        for role in ("source", "cue"):
            tp = sum(
                _role_ok(text, getattr(gold[gi], role), getattr(pred[pi], role), mode) for gi, pi in pairs
            )
            counts[f"{role}_{mode}"] = [
                tp,
                sum(1 for p in pred if getattr(p, role)),
                sum(1 for g in gold if getattr(g, role)),
            ]
    return counts


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0 when undefined)."""
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def top_level(attributions) -> list:
    """Drop attributions nested inside another one's content (PolNeAR gives each token one role)."""
    return [
        a for a in attributions
        if (a.parent is None or a.extra.get("nest") != "content") and "in_quote" not in a.extra
    ]


def to_units(attributions) -> list[Unit]:
    """Convert extractor output (:class:`claimgraph.attribution.Attribution`) to scoring units."""
    return [
        Unit(
            content=sorted(a.content),
            source=[a.source] if a.source else [],
            cue=[a.cue] if a.cue else [],
        )
        for a in attributions
        if a.content
    ]


def write_ann(path: Path, text: str, attributions) -> None:
    """Write predictions as brat standoff in the PolNeAR conventions."""
    lines: list[str] = []
    t = 0
    for e, a in enumerate(attributions, 1):
        if not a.content:
            continue
        args = []

        def add(label: str, spans: list[Span]) -> str:
            nonlocal t
            t += 1
            offs = ";".join(f"{s} {en}" for s, en in spans)
            words = " ".join(text[s:en] for s, en in spans).replace("\n", " ").replace("\t", " ")
            lines.append(f"T{t}\t{label} {offs}\t{words}")
            return f"T{t}"

        src = add("Source", [a.source]) if a.source else None
        cue = add("Cue", [a.cue]) if a.cue else None
        content = add("Content", sorted(a.content))
        anchor_span = a.cue or sorted(a.content)[0]
        anchor = add("Attribution" if a.source else "Attribution-no-source", [anchor_span])
        args = [f"Attribution:{anchor}", f"Content:{content}"]
        if cue:
            args.append(f"Cue:{cue}")
        if src:
            args.append(f"Source:{src}")
        lines.append(f"E{e}\t" + " ".join(args))
    path.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")


def gold_file(ann_dir: Path, article: str) -> Path | None:
    """The gold ``.ann`` of an article: the first annotator file in sorted name order."""
    if not ann_dir.is_dir():
        return None
    cands = sorted(p for p in ann_dir.glob(f"{article}_*.ann") if p.stem[len(article) + 1 :].find("_") < 0)
    return cands[0] if cands else None


def run(dir: Path, predictions_out: Path | None = None, limit: int | None = None, attributor=None) -> dict:
    """Extract attributions from ``dir/text/*.txt``, score against ``dir/attributions`` if present.

    Returns ``{"articles": n, "scored": n_with_gold, "<role>_<mode>_{p,r,f1}": ...}`` and prints
    the table, the last line being ``polnear content_overlap_f1=… source_overlap_f1=… cue_overlap_f1=…``.
    """
    from claimgraph.attribution import Attributor

    dir = Path(dir)
    texts = sorted((dir / "text").glob("*.txt"))
    if limit is not None:
        texts = texts[:limit]
    if not texts:
        raise FileNotFoundError(f"no {dir}/text/*.txt files")
    att = attributor or Attributor()
    att.setup()
    if predictions_out is not None:
        predictions_out = Path(predictions_out)
        predictions_out.mkdir(parents=True, exist_ok=True)
    total: dict[str, list[int]] = {}
    scored = 0
    ann_dir = dir / "attributions"
    for path in texts:
        text = path.read_text(encoding="utf-8")
        attrs = top_level(att.extract(text))
        if predictions_out is not None:
            write_ann(predictions_out / f"{path.stem}.ann", text, attrs)
        gpath = gold_file(ann_dir, path.stem)
        if gpath is None:
            continue
        scored += 1
        counts = score_article(text, read_ann(gpath), to_units(attrs))
        for k, v in counts.items():
            acc = total.setdefault(k, [0, 0, 0])
            for i in range(3):
                acc[i] += v[i]
    result: dict = {"articles": len(texts), "scored": scored}
    out = sys.stdout
    if scored:
        print(f"{'measure':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'pred':>7}{'gold':>7}", file=out)
        for role in ("content", "source", "cue"):
            for mode in ("exact", "overlap"):
                k = f"{role}_{mode}"
                p, r, f = prf(*total[k])
                result[f"{k}_p"], result[f"{k}_r"], result[f"{k}_f1"] = p, r, f
                print(f"{k:<18}{p:7.3f}{r:7.3f}{f:7.3f}{total[k][0]:7d}{total[k][1]:7d}{total[k][2]:7d}", file=out)
        print(
            f"polnear content_overlap_f1={result['content_overlap_f1']:.3f} "
            f"source_overlap_f1={result['source_overlap_f1']:.3f} cue_overlap_f1={result['cue_overlap_f1']:.3f}",
            file=out,
        )
    else:
        print(f"polnear articles={len(texts)} (no gold annotations found; predictions only)", file=out)
    return result


if __name__ == "__main__":  # python -m claimgraph.eval.polnear --dir DIR [--predictions-out OUT] [--limit N]
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", required=True, type=Path)
    ap.add_argument("--predictions-out", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    run(args.dir, predictions_out=args.predictions_out, limit=args.limit)
