"""The served UI in a real headless browser (Debian's chromium driven by Playwright)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from claimgraph.analyze import analyze

pytest.importorskip("playwright")
pytest.importorskip("uvicorn")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Debian chromium not installed (make test installs it)", allow_module_level=True)

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
SCRIPT_PAGE = ("Report on the border incident\n\n"
               "Officials said the drones were launched overnight from the northern region, the ministry said on Monday. "
               "One resident wrote <script>window.__pwned = 1</script> on a wall, which the paper printed verbatim. "
               "The council met on Tuesday to discuss the response and the damage to the regional power grid.\n")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from claimgraph.web.app import create_app

    tmp = tmp_path_factory.mktemp("web")
    corpus = tmp / "in"
    shutil.copytree(REPO / "examples" / "seeds", corpus)
    (corpus / "script.txt").write_text(SCRIPT_PAGE, encoding="utf-8")
    db = tmp / "web.duckdb"
    analyze([str(corpus)], db, workers=1)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        yield pg
        browser.close()


def test_web_click_quote_opens_article_at_highlighted_sentence(server, page):
    page.goto(f"{server}/quotes?contains=No+comment")
    link = page.locator("a.quote-link").first
    href, quote_text = link.get_attribute("href"), link.inner_text()
    assert "No comment" in quote_text
    link.click()
    page.wait_for_load_state()
    assert page.url.endswith(href)
    anchor_id = href.split("#", 1)[1]
    lit = page.locator("article.body .hl")
    # Every piece of the quote is lit, and together they are exactly the quote's words.
    assert "".join("".join(lit.all_inner_texts()).split()) == "".join(quote_text.split())
    bg = lit.first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert bg == "rgb(255, 213, 77)"
    assert page.locator(f"#{anchor_id}").count() == 1
    page.screenshot(path=str(ARTIFACTS / "article-quote.png"))


def test_web_search_finds_articles_and_quotes(server, page):
    page.goto(server)
    page.fill("input[name=q]", "Nebenzia")
    page.press("input[name=q]", "Enter")
    page.wait_for_load_state()
    items = page.locator("ol.results li")
    assert items.count() >= 1
    assert "Nebenzia" in page.locator("ol.results").inner_text()
    page.screenshot(path=str(ARTIFACTS / "search.png"))


def test_web_timeline_renders(server, page):
    page.goto(f"{server}/timeline")
    svg = page.locator("svg.timeline")
    assert svg.count() == 1
    assert page.locator("svg.timeline circle").count() >= 5
    assert "2024-01-04" in page.locator("table").inner_text()
    box = svg.bounding_box()
    assert box and box["width"] > 400 and box["height"] > 60
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)


def test_web_article_with_script_shows_it_as_text(server, page):
    page.goto(f"{server}/search?q=resident+wall")
    page.locator("ol.results a").first.click()
    page.wait_for_load_state()
    assert "<script>window.__pwned = 1</script>" in page.locator("article.body").inner_text()
    assert page.evaluate("() => window.__pwned === undefined")


def test_web_api_and_downloads(server, page):
    r = page.request.get(f"{server}/api/quotes?limit=5")
    assert r.ok and len(r.json()["items"]) == 5
    r = page.request.get(f"{server}/api/articles?limit=2&offset=1")
    assert r.ok and r.json()["offset"] == 1 and len(r.json()["items"]) == 2
    r = page.request.get(f"{server}/api/tables/actors.csv")
    assert r.ok and r.text().splitlines()[0].startswith("id,name,kind")
    assert page.request.get(f"{server}/api/quotes?limit=100000").status == 422
    assert page.request.get(f"{server}/openapi.json").json()["info"]["title"] == "claimgraph"
