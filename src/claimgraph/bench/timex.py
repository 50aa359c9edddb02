"""`claimgraph bench timex`: expressions per second of claimgraph's tagger against dateparser's search_dates.

Both run on the same texts in the same process, one after the other; each is timed with
time.perf_counter over the whole list. The anchor/RELATIVE_BASE is each text's own date when known
(TBAQ: the DCT), else 2024-01-10.
"""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

DEFAULT_ANCHOR = dt.date(2024, 1, 10)


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def default_texts() -> list[tuple[str, dt.date]]:
    """TBAQ plain texts with their DCTs when ../shared/data is present, else the example seeds."""
    from claimgraph.timex.timeml import read

    root = _repo_root()
    tbaq = root.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
    if tbaq.is_dir():
        docs = [read(p) for p in sorted(tbaq.rglob("*.tml"))]
        return [(d.text, d.dct or DEFAULT_ANCHOR) for d in docs]
    seeds = root / "examples" / "seeds"
    return [(p.read_text("utf-8"), DEFAULT_ANCHOR) for p in sorted(seeds.glob("*.txt"))]


def run(texts: list[str] | None = None, *, quiet: bool = False, repeat: int = 3) -> dict:
    """Time claimgraph.timex.tag and dateparser.search.search_dates on the same texts.

    Returns {'texts', 'chars', 'timex_expressions', 'timex_seconds', 'timex_per_s',
    'dateparser_expressions', 'dateparser_seconds', 'dateparser_per_s', 'ratio'}; prints a summary
    ending with `timex/dateparser ratio=R` unless quiet. The tagger (fast) is timed as the best of
    `repeat` passes; dateparser (slow) once.
    """
    from claimgraph.timex import tag

    items = [(t, DEFAULT_ANCHOR) for t in texts] if texts is not None else default_texts()
    chars = sum(len(t) for t, _ in items)

    best = float("inf")
    n_timex = 0
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        n_timex = sum(len(tag(t, a)) for t, a in items)
        best = min(best, time.perf_counter() - t0)

    from dateparser.search import search_dates

    n_dp = 0
    t0 = time.perf_counter()
    for t, a in items:
        base = dt.datetime(a.year, a.month, a.day)
        found = search_dates(t, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
        n_dp += len(found or [])
    dp_s = time.perf_counter() - t0

    res = {
        "texts": len(items),
        "chars": chars,
        "timex_expressions": n_timex,
        "timex_seconds": best,
        "timex_per_s": n_timex / best if best > 0 else float("inf"),
        "dateparser_expressions": n_dp,
        "dateparser_seconds": dp_s,
        "dateparser_per_s": n_dp / dp_s if dp_s > 0 else float("inf"),
    }
    res["ratio"] = res["timex_per_s"] / res["dateparser_per_s"] if res["dateparser_per_s"] else float("inf")
    if not quiet:
        print(f"texts={res['texts']} chars={chars}")
        print(f"claimgraph.timex: {n_timex} expressions in {best:.3f} s = {res['timex_per_s']:.0f} expressions/s "
              f"({chars / best / 1000:.0f} kchar/s)")
        print(f"dateparser.search_dates: {n_dp} expressions in {dp_s:.3f} s = {res['dateparser_per_s']:.0f} expressions/s")
        print(f"timex/dateparser ratio={res['ratio']:.1f}")
    return res


if __name__ == "__main__":  # python -m claimgraph.bench.timex
    run()
