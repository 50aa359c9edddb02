"""``extract_metadata``: byline, outlet or credit, and publication date of one page."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .byline import match_byline
from .credits import credit_lines_anywhere, match_credit
from .dates import find_dates, parse_given_date
from .infer import infer_from_text
from .lines import Page, at_line_start, body_line_range, keyword_trie
from .outlets import canonical_outlet
from .published import dates_by_line, find_explicit, is_chrome_widget, is_cue_line, temperature_lines

_CAPTION_MIN_WORDS = 8
# One pass over the line starts finds every byline, publication-cue and credit candidate line:
# the first word of each is in this list (a superset; each candidate is then read exactly).
_START_WORDS = (
    "by von written reported posted compiled edited published words text texte story report bericht "
    "author authors autor autorin autoren reporter correspondent first originally publication created "
    "date dated released veröffentlicht erstellt erschienen datum publié publicado pubblicato "
    "opublikowano post pub publish last updated modified aktualisiert zuletzt geändert stand editiert mis with "
    "additional reporting source sources quelle quellen credit credits"
).split()
_START_RE = at_line_start(
    r"[*•·>|\[(-]*[^\S\n]*" + keyword_trie(_START_WORDS) + r"(?![a-zà-ÿ])"
    r"|[\[(][^\n\[\]()]{2,40}[\])]\.?[^\S\n]*(?=\n|$)",
    re.IGNORECASE,
)
_EVIDENCE_CHARS = 160
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
    year_hint = _coerce_year(year_hint)
    page = Page(raw)

    byline_ranks: set[int] = set()
    hits = []
    credit_cands = credit_lines_anywhere(page)
    for ln in page.lines_starting(_START_RE):
        if is_cue_line(ln.text):
            byline_ranks.add(ln.rank)
        nxt = page.line(ln.rank + 1).text if ln.rank + 1 < len(page) else None
        hit = match_byline(ln.text, nxt)
        if hit is not None:
            byline_ranks.add(ln.rank)
            if "\n" in hit.line:
                byline_ranks.add(ln.rank + 1)
            hits.append((ln.rank, hit))
            continue
        credit_cands.setdefault(ln.rank, ln)
    span = body_line_range(page, body) if len(hits) > 1 and body else None
    before = [(r, h) for r, h in hits if span is not None and r <= span[0]]
    if before:
        # With the body located, the article's byline is the last one before it: sidebars and
        # related-article teasers higher up carry bylines too.
        best = before[-1][1]
    else:
        best = hits[0][1] if hits else None
    byline = best.byline if best else None
    byline_credit = best.credit if best else None
    credits: list[tuple[int, int, str]] = []
    for rank in sorted(credit_cands):
        ln = credit_cands[rank]
        c = match_credit(ln.text)
        if c is not None and rank not in byline_ranks:
            credits.append((c[0], rank, c[1]))
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

    return Metadata(byline, outlet, _published(page, body, byline_ranks, year_hint, hints))


def _published(page: Page, body, byline_ranks, year_hint, hints) -> Published:
    for key, label in (("published", "input field published"), ("date", "input field date (HTML metadata)")):
        given = parse_given_date(hints.get(key)) if hints.get(key) is not None else None
        if given:
            return Published(given, "explicit", label)
    all_dates = find_dates(page.raw)
    by_line = dates_by_line(page, all_dates)
    cand = find_explicit(page, by_line, byline_ranks, body)
    if cand is not None:
        value = cand.date.to_date()
        if value is not None:
            # A dateline can open a long paragraph: the evidence is the line's start (still a
            # substring of the page), long enough to hold the date.
            line = cand.line.raw[: max(_EVIDENCE_CHARS, cand.date.end)]
            if cand.date.ambiguous:
                return Published(value.isoformat(), "explicit", f"{line} [{cand.date.ambiguous}]", True)
            return Published(value.isoformat(), "explicit", line)
    text, dates = _inference_input(page, body, by_line, all_dates)
    found = infer_from_text(text, year_hint=year_hint, dates=dates) if text else None
    if found is None:
        return Published(None, "unknown", None)
    return Published(found[0].isoformat(), "inferred", found[1])


def infer_published(body: str, *, year_hint: int | None = None, raw: str | None = None) -> Published:
    """Infer the publication date from the dates and weekdays ``body`` mentions; "unknown" if none.

    With ``raw`` (the whole page) the page's photo captions count as mentions too.
    """
    if not isinstance(body, str) or not body:
        return Published(None, "unknown", None)
    year_hint = _coerce_year(year_hint)
    dates = None
    if isinstance(raw, str) and raw:
        page = Page(raw[:_MAX_RAW])
        all_dates = find_dates(page.raw)
        body, dates = _inference_input(page, body, dates_by_line(page, all_dates), all_dates)
    found = infer_from_text(body, year_hint=year_hint, dates=dates)
    if found is None:
        return Published(None, "unknown", None)
    return Published(found[0].isoformat(), "inferred", found[1])


def _inference_input(page: Page, body: str | None, by_line, all_dates):
    """The text whose mentions count: the body plus photo captions of the page, never chrome widgets."""
    temperature_ranks = temperature_lines(page)
    widgets = [
        page.line(r) for r, full in by_line.items() if is_chrome_widget(page.line(r), full, set(), temperature_ranks)
    ]
    if body is None:
        # The whole page is the text; only the dates inside chrome widgets are left out.
        cut = [(ln.start, ln.end) for ln in widgets]
        text = page.raw
        for s, e in cut:
            text = text[:s] + " " * (e - s) + text[e:]  # same length: the dates' offsets stay valid
        return text, [d for d in all_dates if not any(s <= d.start < e for s, e in cut)]
    for ln in widgets:
        if ln.raw in body:
            # A cleaner that kept the page's date widget: its date is still not a mention.
            body = body.replace(ln.raw, " " * len(ln.raw))
    span = body_line_range(page, body)
    widget_ranks = {ln.rank for ln in widgets}
    captions = []
    for rank in sorted(by_line):
        if span is not None and rank > span[1]:
            break  # after the article: related links and comments, not captions
        ln = page.line(rank)
        if rank in widget_ranks or len(ln.text.split()) < _CAPTION_MIN_WORDS or ln.raw in body:
            continue
        captions.append(ln.raw)
    if not captions:
        return body, None
    return body + "\n\n" + "\n\n".join(dict.fromkeys(captions)), None


def _coerce_year(value) -> int | None:
    """A usable year from a hint: ints, numpy integers, a median such as 2023.5, or "2024"."""
    if value is None or isinstance(value, bool):
        return None
    try:
        year = int(round(float(value)))
    except (TypeError, ValueError, OverflowError):
        return None
    return year if 1000 < year < 3000 else None


def _given_text(value) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
