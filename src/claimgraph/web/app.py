"""FastAPI application: HTML pages and a JSON API over one claimgraph database, opened read-only."""

from __future__ import annotations

import csv
import io
import json
import threading
from pathlib import Path
from typing import Optional

from ..errors import missing_extra

PAGE_SIZE = 50
MAX_PAGE = 500
#: Tables downloadable as CSV or JSON from /api/tables/{name}.{csv|json}.
TABLES = ("articles", "actors", "entities", "mentions", "quotes", "claims", "stances", "events", "timexes")


def create_app(db: str | Path):
    """The ASGI app serving database ``db``."""
    try:
        from fastapi import FastAPI, HTTPException, Query, Request
        from fastapi.responses import HTMLResponse, Response
        from jinja2 import Environment, PackageLoader, select_autoescape
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise missing_extra("fastapi", "web") from exc
    from markupsafe import Markup

    from ..report.highlight import highlight
    from ..report.timeline import svg_overview
    from ..store import Store
    from .search import SearchIndex

    store = Store(db, read_only=True)
    lock = threading.Lock()  # one DuckDB connection: requests take turns (reads are fast)
    index = SearchIndex(store.con)
    env = Environment(loader=PackageLoader("claimgraph.web", "templates"), autoescape=select_autoescape(["html", "j2"]))
    app = FastAPI(title="claimgraph", description="Claims, quotes, actors and events of a news corpus.", version="1")

    def rows(sql: str, params: list | None = None) -> list[dict]:
        with lock:
            cur = store.con.execute(sql, params or [])
            cols = [c[0] for c in cur.description]
            return [dict(zip(cols, (v.isoformat() if hasattr(v, "isoformat") else v for v in r))) for r in cur.fetchall()]

    def page(name: str, **ctx) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**ctx))

    # -- queries shared by pages and API ----------------------------------------------------
    def q_articles(outlet, date_from, date_to, limit, offset):
        where, params = ["1=1"], []
        if outlet:
            where.append("outlet = ?"); params.append(outlet)
        if date_from:
            where.append("published_date >= CAST(? AS DATE)"); params.append(date_from)
        if date_to:
            where.append("published_date <= CAST(? AS DATE)"); params.append(date_to)
        sql = ("SELECT id, source, title, byline, outlet, published_date, published_basis, published_evidence, "
               f"duplicate_of FROM articles WHERE {' AND '.join(where)} ORDER BY published_date NULLS LAST, seq LIMIT ? OFFSET ?")
        return rows(sql, params + [limit, offset])

    def q_quotes(actor, article, stance_free_text, limit, offset):
        where, params = ["1=1"], []
        if actor:
            where.append("(q.speaker_id = ? OR a.name = ?)"); params += [actor, actor]
        if article:
            where.append("q.article_id = ?"); params.append(article)
        if stance_free_text:
            where.append("q.content ILIKE ?"); params.append(f"%{stance_free_text}%")
        sql = ('SELECT q.id, q.article_id, q.speaker_id, a.name AS speaker, q.speaker_text, q.cue, q.content, q.direct, '
               f'q.start, q."end" FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_id WHERE {" AND ".join(where)} '
               'ORDER BY q.article_id, q.start LIMIT ? OFFSET ?')
        return rows(sql, params + [limit, offset])

    def q_events(date_from, date_to, actor, limit, offset):
        where, params = ["1=1"], []
        if date_from:
            where.append("date >= ?"); params.append(date_from)
        if date_to:
            where.append("date <= ?"); params.append(date_to)
        if actor:
            where.append("list_contains(actor_ids, ?)"); params.append(actor)
        return rows(f'SELECT * FROM events WHERE {" AND ".join(where)} ORDER BY date, article_id, start LIMIT ? OFFSET ?',
                    params + [limit, offset])

    Limit = Query(PAGE_SIZE, ge=1, le=MAX_PAGE)
    Offset = Query(0, ge=0)

    # -- JSON API ---------------------------------------------------------------------------
    @app.get("/api/articles", tags=["api"])
    def api_articles(outlet: Optional[str] = None, date_from: Optional[str] = None, date_to: Optional[str] = None,
                     limit: int = Limit, offset: int = Offset):
        """Articles (without bodies), filtered by outlet and publication date range."""
        return {"items": q_articles(outlet, date_from, date_to, limit, offset), "limit": limit, "offset": offset}

    @app.get("/api/articles/{article_id}", tags=["api"])
    def api_article(article_id: str):
        """One article with its body, quotes and events."""
        found = rows("SELECT * EXCLUDE (hints, dropped_lines, dedup_done) FROM articles WHERE id = ?", [article_id])
        if not found:
            raise HTTPException(404, f"no article {article_id}")
        return {**found[0], "quotes": q_quotes(None, article_id, None, MAX_PAGE, 0),
                "events": rows("SELECT * FROM events WHERE article_id = ? ORDER BY start", [article_id])}

    @app.get("/api/actors", tags=["api"])
    def api_actors(kind: Optional[str] = None, limit: int = Limit, offset: int = Offset):
        """Actors (people, organisations, countries) with their aliases, role and affiliation."""
        where, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
        return {"items": rows(f"SELECT * FROM actors {where} ORDER BY name LIMIT ? OFFSET ?", params + [limit, offset]),
                "limit": limit, "offset": offset}

    @app.get("/api/quotes", tags=["api"])
    def api_quotes(actor: Optional[str] = None, article: Optional[str] = None, contains: Optional[str] = None,
                   limit: int = Limit, offset: int = Offset):
        """Quotes and reported speech, filtered by speaker (actor id or name), article, or words in the content."""
        return {"items": q_quotes(actor, article, contains, limit, offset), "limit": limit, "offset": offset}

    @app.get("/api/events", tags=["api"])
    def api_events(date_from: Optional[str] = None, date_to: Optional[str] = None, actor: Optional[str] = None,
                   limit: int = Limit, offset: int = Offset):
        """Dated events in date order, filtered by date range and actor id."""
        return {"items": q_events(date_from, date_to, actor, limit, offset), "limit": limit, "offset": offset}

    @app.get("/api/claims", tags=["api"])
    def api_claims(limit: int = Limit, offset: int = Offset):
        """Claims with their stances."""
        items = rows("SELECT * FROM claims ORDER BY id LIMIT ? OFFSET ?", [limit, offset])
        for c in items:
            c["stances"] = rows("SELECT actor_id, article_id, stance, quote_id, evidence, start, \"end\" FROM stances "
                                "WHERE claim_id = ? ORDER BY article_id, start", [c["id"]])
        return {"items": items, "limit": limit, "offset": offset}

    @app.get("/api/search", tags=["api"])
    def api_search(q: str = Query(..., min_length=1), limit: int = Limit, offset: int = Offset):
        """Full-text search (BM25) over article titles and bodies and over quotes."""
        return {"items": index.search(q, limit, offset), "limit": limit, "offset": offset}

    @app.get("/api/tables/{name}.{fmt}", tags=["api"])
    def api_table(name: str, fmt: str, limit: int = Query(10_000, ge=1, le=1_000_000), offset: int = Offset):
        """Download a table as CSV or JSON."""
        if name not in TABLES or fmt not in ("csv", "json"):
            raise HTTPException(404, f"tables: {', '.join(TABLES)}; formats: csv, json")
        data = rows(f"SELECT * FROM {name} LIMIT ? OFFSET ?", [limit, offset])
        if fmt == "json":
            return Response(json.dumps(data, default=str, ensure_ascii=False), media_type="application/json")
        buf = io.StringIO()
        w = csv.writer(buf)
        if data:
            w.writerow(list(data[0]))
            w.writerows([[json.dumps(v) if isinstance(v, (list, dict)) else v for v in r.values()] for r in data])
        return Response(buf.getvalue(), media_type="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})

    # -- pages ------------------------------------------------------------------------------
    def glance():
        r = rows("SELECT count(*) AS n, count(*) FILTER (WHERE duplicate_of IS NULL) AS independent, "
                 "count(DISTINCT outlet) AS outlets, min(published_date) AS first, max(published_date) AS last FROM articles")[0]
        r.update(rows("SELECT (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM events) AS events, "
                      "(SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM actors) AS actors")[0])
        return r

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(outlet: Optional[str] = None, date_from: Optional[str] = None, date_to: Optional[str] = None,
             offset: int = Offset):
        outlets = [r["outlet"] for r in rows("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1")]
        return page("home.html.j2", glance=glance(), outlets=outlets,
                    articles=q_articles(outlet, date_from, date_to, PAGE_SIZE, offset),
                    f={"outlet": outlet or "", "date_from": date_from or "", "date_to": date_to or ""},
                    offset=offset, page_size=PAGE_SIZE)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str):
        a = api_article(article_id)
        tx = rows('SELECT start, "end" FROM timexes WHERE article_id = ?', [article_id])
        spans = [(q["start"], q["end"], "quote" if q["direct"] else "reported", f"q-{q['id']}") for q in a["quotes"]]
        spans += [(t["start"], t["end"], "date", None) for t in tx]
        spans += [(e["start"], e["end"], "event", f"ev-{e['id']}") for e in a["events"]]
        return page("article.html.j2", a=a, body=Markup(highlight(a["body"], spans)))

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(actor: Optional[str] = None, contains: Optional[str] = None, offset: int = Offset):
        actors = rows("SELECT DISTINCT a.id, a.name FROM actors a JOIN quotes q ON q.speaker_id = a.id ORDER BY a.name")
        return page("quotes.html.j2", quotes=q_quotes(actor, None, contains, PAGE_SIZE, offset), actors=actors,
                    f={"actor": actor or "", "contains": contains or ""}, offset=offset, page_size=PAGE_SIZE)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(date_from: Optional[str] = None, date_to: Optional[str] = None, actor: Optional[str] = None):
        events = q_events(date_from, date_to, actor, MAX_PAGE, 0)
        names = {r["id"]: r["name"] for r in rows("SELECT id, name FROM actors")}
        labels = {r["id"]: (r["outlet"] or r["title"] or r["source"]) for r in rows("SELECT id, outlet, title, source FROM articles")}
        for e in events:
            e["actors"] = [names.get(i, i) for i in e["actor_ids"]]
        return page("timeline.html.j2", events=events, svg=Markup(svg_overview(events, labels)), labels=labels,
                    f={"date_from": date_from or "", "date_to": date_to or ""})

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page():
        return page("actors.html.j2", actors=rows(
            "SELECT a.*, (SELECT count(*) FROM quotes q WHERE q.speaker_id = a.id) AS quotes FROM actors a ORDER BY kind, name"))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: str = ""):
        return page("search.html.j2", q=q, results=index.search(q, PAGE_SIZE) if q.strip() else [])

    app.state.store = store
    return app
