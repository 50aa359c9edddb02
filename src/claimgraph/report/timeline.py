"""The timeline: events in date order, events told by several articles grouped, conflicting dates
flagged, and a small inline SVG overview (no scripts, opens offline)."""

from __future__ import annotations

import datetime as dt
import re
from html import escape

_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_STOP = frozenset("that this with from have been were which their they said says also after before about "
                  "would could there these those into over more than when while where what only other".split())


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _span(value: str) -> tuple[dt.date, dt.date]:
    """First and last day a date value covers (2024 → whole year, 2024-01 → the month)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = dt.date(*parts)
        return d, d
    if len(parts) == 2:
        start = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def conflicts(events: list[dict], duplicate_of: dict[str, str | None]) -> list[tuple[dict, dict]]:
    """Pairs of events from independent articles that tell the same happening (shared actors or
    places, ≥ 35% of content words shared) with day dates that differ."""
    out = []
    day = [e for e in events if len(e["date"]) == 10]
    for i, a in enumerate(day):
        for b in day[i + 1 :]:
            if a["article_id"] == b["article_id"] or a["date"] == b["date"]:
                continue
            if (duplicate_of.get(a["article_id"]) or a["article_id"]) == (duplicate_of.get(b["article_id"]) or b["article_id"]):
                continue
            if not (set(a["actor_ids"]) & set(b["actor_ids"]) or set(a["places"]) & set(b["places"])):
                continue
            wa, wb = _words(a["description"]), _words(b["description"])
            if wa and wb and len(wa & wb) / len(wa | wb) >= 0.35:
                out.append((a, b))
    return out


def svg_overview(events: list[dict], article_label: dict[str, str], width: int = 1000) -> str:
    """An SVG strip: one row per article, a dot per day event, a bar per month/year event."""
    dated = [(e, *_span(e["date"])) for e in events]
    if not dated:
        return ""
    lo = min(s for _, s, _ in dated)
    hi = max(e for _, _, e in dated)
    span_days = max(1, (hi - lo).days)
    rows = list(dict.fromkeys(e["article_id"] for e, _, _ in sorted(dated, key=lambda x: x[1])))
    left, right, row_h = 170, 20, 26
    height = 40 + row_h * len(rows)

    def x(d: dt.date) -> float:
        return left + (width - left - right) * (d - lo).days / span_days

    parts = [f'<svg class="timeline" role="img" aria-label="Timeline of {len(events)} dated events" '
             f'viewBox="0 0 {width} {height}" width="100%" xmlns="http://www.w3.org/2000/svg">']
    for i, aid in enumerate(rows):
        y = 20 + row_h * i
        parts.append(f'<text x="4" y="{y + 4}" class="tl-label">{escape(article_label.get(aid, aid)[:26])}</text>')
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y}" y2="{y}" class="tl-row"/>')
    for e, s, t in dated:
        y = 20 + row_h * rows.index(e["article_id"])
        tip = escape(f'{e["date"]} — {e["date_text"]}: {e["description"][:140]}')
        href = f'#ev-{escape(e["id"])}'
        if s == t:
            parts.append(f'<a href="{href}"><circle cx="{x(s):.1f}" cy="{y}" r="5" class="tl-day"><title>{tip}</title></circle></a>')
        else:
            parts.append(f'<a href="{href}"><rect x="{x(s):.1f}" y="{y - 4}" width="{max(3.0, x(t) - x(s)):.1f}" height="8" '
                         f'class="tl-period"><title>{tip}</title></rect></a>')
    parts.append(f'<text x="{left}" y="{height - 6}" class="tl-axis">{lo.isoformat()}</text>')
    parts.append(f'<text x="{width - right}" y="{height - 6}" text-anchor="end" class="tl-axis">{hi.isoformat()}</text>')
    parts.append("</svg>")
    return "".join(parts)
