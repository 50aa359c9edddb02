"""The self-contained HTML report: everything inline, every piece of article text escaped."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from markupsafe import Markup

from ..export import build_document
from ..store import Store
from .highlight import highlight
from .timeline import conflicts, svg_overview


STANCES = ("supports", "denies", "doubts", "no_comment", "reports")


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
    actors = {a["id"]: a for a in doc["actors"]}
    quotes_by_article: dict[str, list[dict]] = {}
    for q in doc["quotes"]:
        q["speaker"] = actors.get(q["speaker_id"])
        quotes_by_article.setdefault(q["article_id"], []).append(q)
    timexes: dict[str, list[tuple]] = {}
    for aid, s_, e_, typ, value in con.execute('SELECT article_id, start, "end", type, value FROM timexes').fetchall():
        timexes.setdefault(aid, []).append((s_, e_, typ, value))
    for a in arts:
        dup = a["duplicate_of"]
        a["duplicate_title"] = (by_id[dup]["title"] or by_id[dup]["source"]) if dup in by_id else None
        a["copies"] = [b["id"] for b in arts if b["duplicate_of"] == a["id"]]
        a["quotes"] = quotes_by_article.get(a["id"], [])
        spans = [(q["start"], q["end"], "quote" if q["direct"] else "reported", f"q-{q['id']}") for q in a["quotes"]]
        spans += [(s_, e_, "date", None) for s_, e_, _, _ in timexes.get(a["id"], [])]
        spans += [(e["start"], e["end"], "event", f"ev-{e['id']}") for e in doc["events"] if e["article_id"] == a["id"]]
        a["html"] = Markup(highlight(a["body"], spans))
    label = {a["id"]: (a["outlet"] or a["title"] or a["source"]) for a in arts}
    speakers: dict[str, dict] = {}
    for q in doc["quotes"]:
        key = q["speaker_id"] or ""
        entry = speakers.setdefault(key, {"actor": actors.get(q["speaker_id"]), "quotes": []})
        entry["quotes"].append(q)
    speaker_list = sorted(speakers.values(), key=lambda x: (x["actor"] is None, -len(x["quotes"]),
                                                             (x["actor"] or {}).get("name", "")))
    events = sorted(doc["events"], key=lambda e: (e["date"], e["article_id"], e["start"]))
    conflict_pairs = conflicts(events, {a["id"]: a["duplicate_of"] for a in arts})
    conflicted = {e["id"] for pair in conflict_pairs for e in pair}
    for e in events:
        e["actors"] = [actors[i]["name"] for i in e["actor_ids"] if i in actors]
        e["article_label"] = label.get(e["article_id"], e["article_id"])
        e["conflict"] = e["id"] in conflicted
    claims = []
    quote_by_id = {q["id"]: q for q in doc["quotes"]}
    for c in doc["claims"]:
        sides: dict[str, list[dict]] = {k: [] for k in STANCES}
        for st in c["stances"]:
            st["actor"] = actors.get(st["actor_id"], {}).get("name") if st["actor_id"] else None
            st["article_label"] = label.get(st["article_id"], "")
            st["quote"] = quote_by_id.get(st["quote_id"])
            sides[st["stance"]].append(st)
        voices = {k: {st["actor"] or st["article_label"] for st in v} for k, v in sides.items()}
        contested = min(len(voices["supports"]), len(voices["denies"])) * 10 + len(voices["doubts"]) * 3 + len(voices["no_comment"])
        claims.append({"id": c["id"], "text": c["text"], "sides": sides, "contested": contested, "n": len(c["stances"])})
    claims.sort(key=lambda c: (-c["contested"], -c["n"], c["text"]))
    matrix_actors = sorted({st["actor"] for c in claims for v in c["sides"].values() for st in v if st["actor"]})
    matrix = {(st["actor"], c["id"]): sorted({x["stance"] for v in c["sides"].values() for x in v if x["actor"] == st["actor"]})
              for c in claims for v in c["sides"].values() for st in v if st["actor"]}
    return {
        "claims": claims,
        "stance_names": STANCES,
        "matrix_actors": matrix_actors,
        "matrix": {f"{a}\x1f{cid}": v for (a, cid), v in matrix.items()},
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
        "speakers": speaker_list,
        "events": events,
        "conflicts": conflict_pairs,
        "timeline_svg": Markup(svg_overview(events, label)),
        "actors": sorted(doc["actors"], key=lambda a: (a["kind"], a["name"])),
        "entities": doc["entities"],
        "quote_counts": {k: len(v["quotes"]) for k, v in speakers.items()},
    }


def write_report(db: str | Path, out: str | Path) -> Path:
    """Render the report of database ``db`` to the HTML file ``out``."""
    with Store(db, read_only=True) as store:
        ctx = report_context(store)
    html = _env().get_template("report.html.j2").render(**ctx)
    out = Path(out)
    out.write_text(html, encoding="utf-8")
    return out
