from __future__ import annotations

from pathlib import Path

from claimgraph.analyze import analyze
from claimgraph.report.highlight import highlight
from claimgraph.report.html import write_report
from claimgraph.stages import pipeline_factory

BODY = ("Officials said the missiles were launched overnight from the northern region, according to the ministry. "
        "A reader wrote <script>alert('x')</script> in the comments, which the site quoted verbatim in its story. "
        "The council met on Tuesday to discuss the attack and the response of the regional government.")


def test_report_highlight_escapes_and_marks_overlapping_spans():
    html = highlight("a <b> c\n\nd", [(0, 5, "quote", "q-1"), (2, 5, "date", None)])
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert '<span id="q-1" class="anchor"></span>' in html
    assert '<span class="date quote s-q-1">&lt;b&gt;</span>' in html
    assert html.count("<p>") == 2


def test_report_shows_script_in_article_as_text(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text("Missile report\n\n" + BODY + "\n\n" + BODY.replace("Tuesday", "Monday") + "\n", encoding="utf-8")
    db = tmp_path / "r.duckdb"
    assert analyze([str(page)], db, workers=1, factory=pipeline_factory("ingest")).stored == 1
    out = write_report(db, tmp_path / "r.html")
    html = out.read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(" in html
    assert html.count("<script>") == 1 and "<script src" not in html  # one inline script of its own, nothing loaded
    assert "http://" not in html and "https://" not in html.replace("http://www.w3.org/2000/svg", "")
