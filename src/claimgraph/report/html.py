"""The self-contained HTML report: everything inline, every piece of article text escaped."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from ..export import build_document
from ..store import Store


def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("claimgraph.report", "templates"),
                       autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)


def report_context(store: Store) -> dict:
    """The data the report shows, from the database."""
    doc = build_document(store)
    con = store.con
    arts = doc["articles"]
    by_id = {a["id"]: a for a in arts}
    dates = sorted(a["published"]["date"] for a in arts if a["published"]["date"])
    outlets = sorted({a["outlet"] for a in arts if a["outlet"]})
    last_run = con.execute("SELECT max(run_id) FROM runs").fetchone()[0]
    stage_rows = con.execute(
        "SELECT stage, version, n_in, n_out, dropped, seconds FROM stage_counts WHERE run_id = ? ORDER BY rowid", [last_run]
    ).fetchall() if last_run else []
    problems = con.execute("SELECT run_id, source, code, reason FROM problems ORDER BY run_id, source").fetchall()
    for a in arts:
        a["paragraphs"] = [p for p in a["body"].split("\n\n") if p.strip()]
        dup = a["duplicate_of"]
        a["duplicate_title"] = (by_id[dup]["title"] or by_id[dup]["source"]) if dup in by_id else None
        a["copies"] = [b["id"] for b in arts if b["duplicate_of"] == a["id"]]
    return {
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "articles": arts,
        "n_articles": len(arts),
        "n_independent": sum(1 for a in arts if not a["duplicate_of"]),
        "outlets": outlets,
        "date_range": (dates[0], dates[-1]) if dates else None,
        "stages": [{"stage": s, "version": v, "in": i, "out": o, "dropped": json.loads(d or "{}"), "seconds": sec}
                   for s, v, i, o, d, sec in stage_rows],
        "problems": [{"run": r, "source": s, "code": c, "reason": m} for r, s, c, m in problems],
        "doc": doc,
    }


def write_report(db: str | Path, out: str | Path) -> Path:
    """Render the report of database ``db`` to the HTML file ``out``."""
    with Store(db, read_only=True) as store:
        ctx = report_context(store)
    html = _env().get_template("report.html.j2").render(**ctx)
    out = Path(out)
    out.write_text(html, encoding="utf-8")
    return out
