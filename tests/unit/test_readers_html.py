"""extract_html(): trafilatura body with blank-line paragraphs, metadata, and fallbacks."""

from pathlib import Path

from claimgraph.readers import HtmlExtract, extract_html

DATA = Path(__file__).resolve().parents[1] / "data" / "readers"


def _article() -> HtmlExtract:
    return extract_html((DATA / "article.html").read_text(encoding="utf-8"))


def test_readers_html_body_keeps_article_and_drops_chrome():
    body = _article().body
    assert "A drone strike set fire to a fuel depot on the outskirts of Odesa" in body
    assert "Ukraine's air force said it had destroyed 14 of the 17 drones" in body
    assert "Moscow has repeatedly denied targeting civilian infrastructure" in body
    for chrome in ("Subscribe now", "Celebrity chef", "Cookie settings", "All rights reserved"):
        assert chrome not in body


def test_readers_html_paragraphs_separated_by_blank_lines():
    blocks = _article().body.split("\n\n")
    assert blocks[0].startswith("A drone strike") or blocks[1].startswith("A drone strike")
    assert "Firefighters contained the blaze within three hours,\" Kiper wrote on Telegram.\nHe said" in _article().body
    assert "On February 2, a strike damaged the port's grain terminal." in blocks
    assert "On January 28, air defences shot down eleven drones over the city." in blocks
    assert all(b == b.strip() and b for b in blocks)


def test_readers_html_title_not_repeated_in_body():
    ex = _article()
    assert ex.title == "Drone strike hits fuel depot near Odesa, officials say"
    assert not ex.body.startswith(ex.title)


def test_readers_html_metadata():
    ex = _article()
    assert ex.byline == "Maria Kovalenko"
    assert ex.date == "2024-02-14"
    assert ex.sitename == "Harbour Herald"
    assert ex.url == "https://harbour-herald.example/world/odesa-depot-strike"
    assert ex.method == "trafilatura"


def test_readers_html_url_argument_used_when_page_has_none():
    page = "<html><body><article><p>" + "The council voted to rebuild the bridge before winter. " * 6 + "</p></article></body></html>"
    ex = extract_html(page, url="https://given.example/a")
    assert ex.url == "https://given.example/a"
    assert "rebuild the bridge" in ex.body


def test_readers_html_table_rows_kept():
    page = ("<html><body><article><p>" + "Officials released the casualty figures for the week on Monday. " * 4 +
            "</p><table><tr><td>City</td><td>Injured</td></tr><tr><td>Kharkiv</td><td>12</td></tr></table>"
            "<p>" + "The figures could not be independently verified by reporters. " * 4 + "</p></article></body></html>")
    body = extract_html(page).body
    assert "City | Injured\nKharkiv | 12" in body


def test_readers_html_no_article_falls_back_or_empty():
    tiny = extract_html("<html><body><div>Hi</div></body></html>")
    assert tiny.method in ("html2txt", "trafilatura", "trafilatura-recall")
    assert "Hi" in tiny.body
    empty = extract_html("<html><body></body></html>")
    assert empty.body == "" and empty.method == "none" and empty.warnings


def test_readers_html_garbage_never_raises():
    for junk in ("", "   ", "<<<>>>", "\x00\x01binary", "<html>" * 1000, "<p>" * 5000 + "x"):
        ex = extract_html(junk)
        assert isinstance(ex, HtmlExtract) and isinstance(ex.body, str)


def test_readers_html_plain_text_without_markup_kept():
    ex = extract_html("First paragraph of plain text.\n\n\nSecond   paragraph.")
    assert ex.body == "First paragraph of plain text.\n\nSecond paragraph."
    assert ex.method == "plain"


def _words(text: str) -> list[str]:
    return [w for w in text.replace("|", " ").split() if w != "-"]


def test_readers_html_body_has_exactly_trafilaturas_text():
    # The body is rebuilt from trafilatura's tree: same words in the same order as its own text
    # output, apart from the dropped title line, list bullets and table separators.
    import trafilatura

    for name in ("article.html", "article2.html"):
        page = (DATA / name).read_text(encoding="utf-8")
        ex = extract_html(page)
        reference = trafilatura.extract(page, include_comments=False, include_tables=True, favor_precision=False)
        assert reference.startswith(ex.title)
        assert _words(ex.body) == _words(reference[len(ex.title):]), name


def test_readers_html_nested_lists_quotes_and_captions():
    body = extract_html((DATA / "article2.html").read_text(encoding="utf-8")).body
    blocks = body.split("\n\n")
    assert '"These are completely unfounded claims," Kremlin spokesman Dmitry Peskov told reporters.' in blocks
    assert "one on Nord Stream 2." in blocks
    for chrome in ("Front page", "Read more", "Great article", "Privacy", "Gas leaking at the surface"):
        assert chrome not in body
