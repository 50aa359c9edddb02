"""Readers for the FNC-1 and Emergent CSVs, and claim groups for grouped cross-validation."""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

csv.field_size_limit(1 << 30)

FNC_LABELS = ("agree", "disagree", "discuss", "unrelated")
EMERGENT_LABELS = ("for", "against", "observing")


@dataclass
class FncData:
    """FNC-1 rows: headlines, body ids, stances (None when unlabelled), and the body texts."""

    headlines: list[str]
    body_ids: list[str]
    stances: list[str | None]
    bodies: dict[str, str]


def read_fnc(bodies: Path, stances: Path) -> FncData:
    """Read `Body ID,articleBody` and `Headline,Body ID[,Stance]` CSVs (row order kept)."""
    with open(bodies, encoding="utf-8", newline="") as fh:
        body_map = {r["Body ID"].strip(): r["articleBody"] for r in csv.DictReader(fh)}
    h, b, s = [], [], []
    with open(stances, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            h.append(r["Headline"])
            b.append(r["Body ID"].strip())
            st = (r.get("Stance") or "").strip()
            s.append(st or None)
    return FncData(h, b, s, body_map)


def read_ids(path: Path) -> set[str]:
    """Body ids, one per line."""
    return {line.strip() for line in Path(path).read_text().splitlines() if line.strip()}


def read_emergent(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The CSV's column names and rows (dicts), in file order."""
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def fnc_claim_groups(data: FncData) -> tuple[list[str], list[str]]:
    """Claim group of each row's body and of each row's headline.

    A claim is a connected component of headlines and bodies joined by related (non-unrelated)
    pairs; a headline seen only in unrelated pairs is its own group.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for h, b, s in zip(data.headlines, data.body_ids, data.stances):
        find("h:" + h)
        find("b:" + b)
        if s and s != "unrelated":
            ra, rb = find("h:" + h), find("b:" + b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return [find("b:" + b) for b in data.body_ids], [find("h:" + h) for h in data.headlines]


def group_fold(group: str, n_folds: int, seed: int = 0) -> int:
    """Deterministic fold of a group (hash-based, independent of row order)."""
    digest = hashlib.sha1(f"{seed}:{group}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % n_folds
