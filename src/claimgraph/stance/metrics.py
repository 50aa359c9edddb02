"""FNC-1's official score (FakeNewsChallenge/fnc-1 scorer.py) and small classification metrics."""

from __future__ import annotations

from typing import Sequence

RELATED = ("agree", "disagree", "discuss")


def fnc_score(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Raw FNC-1 score: +0.25 when related/unrelated matches, +0.75 more for an exact related match."""
    score = 0.0
    for g, p in zip(gold, pred):
        if g == p:
            score += 0.25
            if g != "unrelated":
                score += 0.75
        elif g in RELATED and p in RELATED:
            score += 0.25
    return score


def fnc_max_score(gold: Sequence[str]) -> float:
    """Best possible raw score: 0.25 per unrelated row, 1.0 per related row."""
    return sum(1.0 if g in RELATED else 0.25 for g in gold)


def fnc_relative_score(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Raw score / max score (the figure the FNC-1 papers report as a percentage)."""
    m = fnc_max_score(gold)
    return fnc_score(gold, pred) / m if m else 0.0


def confusion(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> list[list[int]]:
    """Confusion matrix, rows gold, columns predicted, in `labels` order."""
    ix = {lab: i for i, lab in enumerate(labels)}
    m = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred):
        if g in ix and p in ix:
            m[ix[g]][ix[p]] += 1
    return m


def per_class_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict[str, float]:
    """F1 of each label."""
    out = {}
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        out[lab] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return out


def accuracy(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Share of exact matches."""
    return sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0
