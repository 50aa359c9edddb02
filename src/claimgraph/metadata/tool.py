"""Run the extractor over files, or measure its coverage and speed (``python -m claimgraph.metadata``).

    python -m claimgraph.metadata show FILE...            # JSON lines, one per file
    python -m claimgraph.metadata coverage DIR [--year-hint Y] [--clean 1]   # how often each field is found
    python -m claimgraph.metadata agreement DIR [--clean 1] [--own-year 1]   # inferred vs explicit (proxy)
    python -m claimgraph.metadata timeml DIR [--own-year 1]       # inferred dates vs TimeML DCTs
    python -m claimgraph.metadata bench DIR [--repeat N] [--size CHARS]   # articles per second, one core
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from .extract import extract_metadata


def run(paths: list[str], *, year_hint: int | None = None) -> list[dict]:
    """Metadata of each text file as a dict: {"source", "byline", "outlet", "published": {...}}."""
    out = []
    for p in paths:
        text = Path(p).read_text("utf-8", errors="replace")
        md = extract_metadata(text, year_hint=year_hint)
        pub = md.published
        out.append(
            {
                "source": str(p),
                "byline": md.byline,
                "outlet": md.outlet,
                "published": {"date": pub.date, "basis": pub.basis, "evidence": pub.evidence},
            }
        )
    return out


def _pages(folder: str) -> list[tuple[str, str]]:
    files = sorted(Path(folder).glob("*.txt"))
    return [(f.name, f.read_text("utf-8", errors="replace")) for f in files]


def coverage(folder: str, *, year_hint: int | None = None, clean: bool = False) -> dict:
    """Counts of pages with an explicit / inferred / unknown date, a byline and an outlet.

    With ``clean`` each page's body comes from ``claimgraph.clean.clean_page`` (as in the pipeline).
    """
    counts: Counter[str] = Counter()
    pages = _pages(folder)
    if clean:
        from ..clean import clean_page
    for _, text in pages:
        body = clean_page(text).body if clean else None
        md = extract_metadata(text, body, year_hint=year_hint)
        counts[md.published.basis] += 1
        counts["byline"] += md.byline is not None
        counts["outlet"] += md.outlet is not None
    n = len(pages)
    return {"pages": n, **{k: counts[k] for k in ("explicit", "inferred", "unknown", "byline", "outlet")}}


def agreement(folder: str, *, clean: bool = False, own_year: bool = False) -> dict:
    """How inference compares with the explicit date on pages that have one (a proxy check).

    For every page with an explicit date, the date is inferred from its body alone (``clean``:
    the cleaner's body, else the whole page with the explicit line removed), with the corpus's
    median explicit year as the year hint (``own_year``: the explicit date's own year, as in a
    corpus whose articles come from one period), and compared with the explicit date.
    """
    import statistics
    from datetime import date

    from .extract import Page, _inference_input, dates_by_line, find_dates
    from .infer import infer_from_text

    if clean:
        from ..clean import clean_page
    rows = []
    for _, text in _pages(folder):
        body = clean_page(text).body if clean else None
        pub = extract_metadata(text, body).published
        if pub.basis == "explicit":
            rows.append((text, body, pub))
    hint = int(statistics.median_high(int(p.date[:4]) for _, _, p in rows)) if rows else None
    counts: Counter[str] = Counter()
    for text, body, pub in rows:
        line = pub.evidence.split(" [ambiguous", 1)[0]
        # Blank the explicit line (and any copy of it): inference must not see the answer.
        text = text.replace(line, " " * len(line))
        body = body.replace(line, " " * len(line)) if body else None
        page = Page(text)
        all_dates = find_dates(text)
        src, dates = _inference_input(page, body, dates_by_line(page, all_dates), all_dates)
        found = infer_from_text(src, year_hint=int(pub.date[:4]) if own_year else hint, dates=dates)
        counts["explicit"] += 1
        if found is None:
            continue
        gap = (found[0] - date.fromisoformat(pub.date)).days
        counts["inferred"] += 1
        counts["exact"] += gap == 0
        counts["within_3_days"] += abs(gap) <= 3
        counts["within_31_days"] += abs(gap) <= 31
        counts["later_than_explicit"] += gap > 0
    return {"year_hint": "own" if own_year else hint, **counts}


def timeml_documents(folder: str) -> list[tuple[str, str, str]]:
    """(name, document creation date, plain text) of each TimeML ``.tml`` file under ``folder``."""
    import html
    import re

    out = []
    for f in sorted(Path(folder).rglob("*.tml")):
        xml = f.read_text("utf-8", errors="replace")
        dct = re.search(r'<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})', xml)
        body = re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S)
        if dct and body:
            out.append((f.name, dct.group(1), html.unescape(re.sub(r"<[^>]+>", "", body.group(1))).strip()))
    return out


def timeml_eval(folder: str, *, own_year: bool = False) -> dict:
    """Inferred publication dates against TimeML document creation times (an accuracy check).

    Only the ``<TEXT>`` of each document is read (its headers hold the date); the year hint is
    the median creation year of the corpus, as the pipeline would pass (``own_year``: each
    document's own year, as for a corpus from one period).
    """
    import statistics
    from datetime import date

    from .extract import infer_published

    docs = timeml_documents(folder)
    hint = int(statistics.median_high(int(d[:4]) for _, d, _ in docs)) if docs else None
    counts: Counter[str] = Counter()
    for _, dct, text in docs:
        counts["docs"] += 1
        pub = infer_published(text, year_hint=int(dct[:4]) if own_year else hint)
        if pub.date is None:
            continue
        gap = (date.fromisoformat(pub.date) - date.fromisoformat(dct)).days
        counts["inferred"] += 1
        counts["exact"] += gap == 0
        counts["within_1_day"] += abs(gap) <= 1
        counts["within_7_days"] += abs(gap) <= 7
        counts["later_than_dct"] += gap > 0
    return {"year_hint": "own" if own_year else hint, **counts}


def bench(folder: str, *, repeat: int = 3, size: int | None = None) -> dict:
    """Articles per second over the pages (optionally cut to ``size`` characters each)."""
    texts = [t[:size] if size else t for _, t in _pages(folder)]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()  # CPU time: the machine is shared, wall time is not ours
        for t in texts:
            extract_metadata(t)
        best = min(best, time.process_time() - t0)
    chars = sum(len(t) for t in texts)
    return {"pages": len(texts), "mean_chars": round(chars / max(1, len(texts))), "seconds": round(best, 3),
            "articles_per_s": round(len(texts) / best, 1)}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print(__doc__)
        return 2
    cmd, rest = args[0], args[1:]
    opts = {}
    pos = []
    i = 0
    while i < len(rest):
        if rest[i].startswith("--") and i + 1 < len(rest):
            opts[rest[i][2:]] = int(rest[i + 1])
            i += 2
        else:
            pos.append(rest[i])
            i += 1
    if cmd == "show":
        for row in run(pos, year_hint=opts.get("year-hint")):
            print(json.dumps(row, ensure_ascii=False))
    elif cmd == "coverage":
        r = coverage(pos[0], year_hint=opts.get("year-hint"), clean=bool(opts.get("clean")))
        n = max(1, r["pages"])
        print(json.dumps(r))
        print(
            f"metadata-coverage pages={r['pages']} explicit={r['explicit'] / n:.3f} inferred={r['inferred'] / n:.3f}"
            f" byline={r['byline'] / n:.3f} outlet={r['outlet'] / n:.3f}"
        )
    elif cmd == "agreement":
        r = agreement(pos[0], clean=bool(opts.get("clean")), own_year=bool(opts.get("own-year")))
        n = max(1, r.get("inferred", 0))
        print(json.dumps(r))
        print(
            f"metadata-agreement explicit={r.get('explicit', 0)} inferred={r.get('inferred', 0)}"
            f" exact={r.get('exact', 0) / n:.3f} within_3_days={r.get('within_3_days', 0) / n:.3f}"
            f" within_31_days={r.get('within_31_days', 0) / n:.3f} later={r.get('later_than_explicit', 0) / n:.3f}"
        )
    elif cmd == "timeml":
        r = timeml_eval(pos[0], own_year=bool(opts.get("own-year")))
        n = max(1, r.get("inferred", 0))
        print(json.dumps(r))
        print(
            f"metadata-timeml docs={r.get('docs', 0)} inferred={r.get('inferred', 0) / max(1, r.get('docs', 0)):.3f}"
            f" exact={r.get('exact', 0) / n:.3f} within_1_day={r.get('within_1_day', 0) / n:.3f}"
            f" within_7_days={r.get('within_7_days', 0) / n:.3f} later={r.get('later_than_dct', 0) / n:.3f}"
        )
    elif cmd == "bench":
        r = bench(pos[0], repeat=opts.get("repeat", 3), size=opts.get("size"))
        print(f"metadata-bench pages={r['pages']} mean_chars={r['mean_chars']} seconds={r['seconds']} articles_per_s={r['articles_per_s']}")
    else:
        print(__doc__)
        return 2
    return 0


