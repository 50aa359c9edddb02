"""A synthetic corpus of web-page text copies for benchmarks: FNC-1 bodies wrapped in page chrome
like the seeds' (weather/date widgets, teasers, related-article lists, comment forms), plus the seeds."""

from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parents[3]
SHARED_DATA = REPO.parent / "shared" / "data"
SEEDS = REPO / "examples" / "seeds"

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_RELATED = ["Related Articles", "Related Post", "You might also like", "Most Popular Articles"]
_TEASERS = ["Scientists puzzled by new findings", "What we know so far about the crisis",
            "Markets react to the announcement", "Officials deny the latest reports", "Five things to watch this week"]


def fnc_bodies(path: Path | None = None) -> list[str]:
    """The article bodies of FNC-1's train_bodies.csv (empty if the data is absent)."""
    path = path or SHARED_DATA / "fnc-1" / "train_bodies.csv"
    if not path.exists():
        return []
    csv.field_size_limit(1 << 24)
    with path.open(encoding="utf-8", newline="") as fh:
        return [row["articleBody"] for row in csv.DictReader(fh) if len(row["articleBody"]) > 300]


def wrap_in_chrome(body: str, i: int, rng: random.Random) -> str:
    """One page: chrome lines around a body, paragraphs separated by blank lines."""
    paras = [p.strip() for p in body.split("\n") if p.strip()]
    title = (paras[0][:90].rsplit(" ", 1)[0] if paras else f"Article {i}").rstrip(".,;:")
    y, m, d = rng.choice([2022, 2023, 2024]), rng.randrange(12), rng.randrange(1, 28)
    top = [f"{rng.uniform(-5, 35):.1f} C", f"{rng.choice(_WEEKDAYS)}, {_MONTHS[rng.randrange(12)]} {rng.randrange(1, 28)}, 2024",
           "", title, "", f"By {rng.choice(['Staff Reporter', 'Jane Doe', 'News Desk'])}", "Share this article", ""]
    mid = ["", "Read more", "", rng.choice(_TEASERS), ""]
    k = max(1, len(paras) // 2)
    bottom = ["", f"First published on: {d:02d}-{m + 1:02d}-{y} at 09:{rng.randrange(60):02d} IST", "",
              rng.choice(_RELATED), ""] + rng.sample(_TEASERS, 3) + ["", "Leave a Reply", "",
              "Your email address will not be published. Required fields are marked *", "", "Back to top button"]
    return "\n".join(top + ["\n\n".join(paras[:k])] + mid + ["\n\n".join(paras[k:])] + bottom) + "\n"


def iter_pages(n: int, seed: int = 13) -> Iterator[tuple[str, str]]:
    """(name, page text) for n pages: the seeds first, then wrapped FNC-1 bodies, cycled as needed."""
    rng = random.Random(seed)
    seeds = sorted(SEEDS.glob("*.txt"))
    bodies = fnc_bodies()
    count = 0
    for p in seeds:
        if count >= n:
            return
        yield p.name, p.read_text(encoding="utf-8")
        count += 1
    if not bodies:
        raise FileNotFoundError(f"FNC-1 bodies not found under {SHARED_DATA}: the benchmark corpus needs them")
    i = 0
    while count < n:
        yield f"fnc_{i:06d}.txt", wrap_in_chrome(bodies[i % len(bodies)], i, rng)
        count += 1
        i += 1


def write_corpus(out_dir: Path, n: int) -> Path:
    """Write n pages as .txt files under out_dir (in sub-folders of 1,000)."""
    for k, (name, text) in enumerate(iter_pages(n)):
        sub = out_dir / f"{k // 1000:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / name).write_text(text, encoding="utf-8")
    return out_dir
