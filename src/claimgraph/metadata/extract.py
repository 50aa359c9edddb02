"""``extract_metadata``: byline, outlet or credit, and publication date of one page."""

from __future__ import annotations

from dataclasses import dataclass

from .byline import match_byline
from .credits import match_credit
from .dates import find_dates, parse_given_date
from .infer import infer_from_text
from .lines import TOP_ZONE, body_line_range, is_temperature, split_lines
from .outlets import canonical_outlet
from .published import find_explicit, is_chrome_widget

_CAPTION_MIN_WORDS = 8
_MAX_RAW = 2_000_000  # longer inputs are not article pages; only their start is read


@dataclass(slots=True)
class Published:
    """Publication date with its basis ("explicit" | "inferred" | "unknown") and the text it rests on."""

    date: str | None
    basis: str
    evidence: str | None
    ambiguous: bool = False  # a numeric day/month order that could read both ways (noted in evidence)


@dataclass(slots=True)
class Metadata:
    """Article-level metadata: byline as written, outlet or credit, publication date."""

    byline: str | None
    outlet: str | None
    published: Published


def extract_metadata(
    raw: str, body: str | None = None, *, year_hint: int | None = None, hints: dict | None = None
) -> Metadata:
    """Byline, outlet/credit and publication date of a page.

    ``raw`` is the whole page as text (chrome included), ``body`` the cleaned article text when
    known, ``year_hint`` the corpus's median publication year (anchors yearless dates only when
    the text has no year), ``hints`` values given by the input: ``published``, ``outlet`` (JSONL),
    ``date``, ``author``/``byline``, ``sitename`` (HTML metadata).
    """
    raw = raw if isinstance(raw, str) else ("" if raw is None else str(raw))
    raw = raw[:_MAX_RAW]
    body = body if isinstance(body, str) and body.strip() else None
    hints = hints if isinstance(hints, dict) else {}
    lines = split_lines(raw)

    byline = None
    byline_credit = None
    credits: list[tuple[int, int, str]] = []
    for ln in lines:
        if byline is None:
            hit = match_byline(ln.text)
            if hit is not None:
                byline, byline_credit = hit.byline, hit.credit
                continue
        c = match_credit(ln.text)
        if c is not None:
            credits.append((c[0], ln.rank, c[1]))
    if byline_credit:
        credits.append((2, -1, byline_credit))
    if byline and canonical_outlet(byline):
        credits.append((8, -1, canonical_outlet(byline)))
    if byline is None:
        byline = _given_text(hints.get("byline")) or _given_text(hints.get("author"))

    outlet = _given_text(hints.get("outlet"))
    if outlet is None and credits:
        outlet = min(credits)[2]
    if outlet is None:
        outlet = _given_text(hints.get("sitename"))

    return Metadata(byline, outlet, _published(raw, body, lines, year_hint, hints))


def _published(raw, body, lines, year_hint, hints) -> Published:
    for key, label in (("published", "input field published"), ("date", "input field date (HTML metadata)")):
        given = parse_given_date(hints.get(key)) if hints.get(key) is not None else None
        if given:
            return Published(given, "explicit", label)
    cand = find_explicit(lines, raw, body)
    if cand is not None:
        value = cand.date.to_date()
        if value is not None:
            if cand.date.ambiguous:
                return Published(value.isoformat(), "explicit", f"{cand.line.raw} [{cand.date.ambiguous}]", True)
            return Published(value.isoformat(), "explicit", cand.line.raw)
    return infer_published(_inference_text(raw, body, lines), year_hint=year_hint)


def infer_published(body: str, *, year_hint: int | None = None) -> Published:
    """Infer the publication date from the dates and weekdays ``body`` mentions; "unknown" if none."""
    if not isinstance(body, str) or not body:
        return Published(None, "unknown", None)
    if year_hint is not None and not isinstance(year_hint, int):
        year_hint = None
    found = infer_from_text(body, year_hint=year_hint)
    if found is None:
        return Published(None, "unknown", None)
    return Published(found[0].isoformat(), "inferred", found[1])


def _inference_text(raw: str, body: str | None, lines) -> str:
    """The text whose mentions count: the body plus photo captions of the page, never chrome widgets."""
    temperature_ranks = {ln.rank for ln in lines if ln.rank < TOP_ZONE + 2 and is_temperature(ln.text)}
    if body is None:
        keep = []
        for ln in lines:
            full = [d for d in find_dates(ln.text) if d.year is not None] if ln.rank < TOP_ZONE + 2 else []
            if full and is_chrome_widget(ln, full, set(), temperature_ranks):
                continue
            keep.append(ln.raw)
        return "\n\n".join(keep)
    span = body_line_range(lines, raw, body)
    captions = []
    for ln in lines:
        if span is not None and ln.rank > span[1]:
            break  # after the article: related links and comments, not captions
        if len(ln.text.split()) < _CAPTION_MIN_WORDS or ln.raw in body:
            continue
        full = [d for d in find_dates(ln.text) if d.year is not None]
        if full and not is_chrome_widget(ln, full, set(), temperature_ranks):
            captions.append(ln.raw)
    if not captions:
        return body
    return body + "\n\n" + "\n\n".join(dict.fromkeys(captions))


def _given_text(value) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
