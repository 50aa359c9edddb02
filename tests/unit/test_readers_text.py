"""Plain-text and HTML files: decoding, bad content, truncation."""

import codecs
from pathlib import Path

from claimgraph.readers import Problem, Record, iter_inputs
from claimgraph.readers import codes
from claimgraph.readers.text import read_file

DATA = Path(__file__).resolve().parents[1] / "data" / "readers"
SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


def _read(path, **kw):
    items = list(iter_inputs([path], **kw))
    assert len(items) == 1
    return items[0]


def test_readers_text_utf8_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Kyiv — “quoted” text.\n\nSecond paragraph.", encoding="utf-8")
    rec = _read(f)
    assert isinstance(rec, Record)
    assert rec.content == "Kyiv — “quoted” text.\n\nSecond paragraph."
    assert (rec.format, rec.encoding, rec.warnings, rec.hints) == ("text", "utf-8", [], {})
    assert rec.source == rec.path == str(f)


def test_readers_text_seed_articles_read_cleanly():
    records = list(iter_inputs([SEEDS]))
    assert len(records) == len(list(SEEDS.glob("*.txt"))) > 0
    for rec in records:
        assert isinstance(rec, Record) and rec.warnings == []
        assert rec.content == (SEEDS / Path(rec.source).name).read_text(encoding="utf-8").replace("\r\n", "\n")


def test_readers_text_crlf_normalised(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"one\r\ntwo\rthree\n")
    assert _read(f).content == "one\ntwo\nthree\n"


def test_readers_text_cp1252_file_decoded_with_warning():
    rec = _read(DATA / "cp1252.txt")
    assert rec.encoding == "cp1252"
    assert rec.content.startswith("Café owners said the minister’s plan was “unworkable” — and naïve.\nSecond")
    assert any("cp1252" in w and "not valid UTF-8" in w for w in rec.warnings)


def test_readers_text_utf8_bom_and_utf16(tmp_path):
    text = "Zelensky said “no”.\n"
    (tmp_path / "a_bom8.txt").write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    (tmp_path / "b_bom16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "c_nobom16.txt").write_bytes(text.encode("utf-16-le"))
    rec8, rec16, nobom = list(iter_inputs([tmp_path]))
    assert rec8.content == text and rec8.warnings == []
    assert rec16.content == text and "UTF-16" in rec16.warnings[0]
    assert nobom.content == text and "UTF-16" in nobom.warnings[0]


def test_readers_text_cyrillic_cp1251_guessed(tmp_path):
    text = "Министр обороны заявил, что войска отошли от границы после переговоров в Москве."
    f = tmp_path / "ru.txt"
    f.write_bytes(text.encode("cp1251"))
    rec = _read(f)
    assert isinstance(rec, Record)
    assert rec.content == text
    assert rec.encoding != "utf-8" and rec.warnings


def test_readers_text_mostly_utf8_with_a_bad_byte(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("Zürich – “Genève” – Köln – Málaga – Dnipró – Łódź – Kraków – Gdańsk ".encode() * 3 + b"\xff end\x81")
    rec = _read(f)
    assert rec.encoding == "utf-8"
    assert rec.content.startswith("Zürich – “Genève” – Köln")
    assert rec.content.endswith("ÿ end\ufffd")  # 0x81 has no cp1252 character
    assert "2 stray byte sequence(s) read as cp1252" in rec.warnings[0]


def test_readers_text_empty_and_whitespace_only(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\r\n  ")
    blank, empty = list(iter_inputs([tmp_path]))
    assert isinstance(empty, Problem) and empty.code == codes.EMPTY and "0 bytes" in empty.reason
    assert isinstance(blank, Problem) and blank.code == codes.EMPTY and "whitespace" in blank.reason


def test_readers_text_binary_content(tmp_path):
    (tmp_path / "a_nul.txt").write_bytes(b"hello\x00\x00\x01\x02world" * 50)
    (tmp_path / "b_pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (tmp_path / "c_ctrl.html").write_bytes(bytes(range(1, 32)) * 40 + b"<p>hi</p>")
    (tmp_path / "d_png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    items = list(iter_inputs([tmp_path]))
    assert [type(i) for i in items] == [Problem] * 4
    assert all(i.code == codes.BINARY and "binary content" in i.reason for i in items)
    assert "PDF" in items[1].reason and "NUL" in items[0].reason


def test_readers_text_nul_after_text_is_removed(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"x" * 10000 + b"\x00tail")
    rec = _read(f)
    assert rec.content == "x" * 10000 + "tail"
    assert "NUL" in rec.warnings[0]


def test_readers_text_truncated_to_max_chars(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("é" * 3000, encoding="utf-8")  # 6000 bytes, 2 bytes a character
    rec = _read(f, max_chars=1000)
    assert rec.content == "é" * 1000
    assert rec.warnings == ["truncated to 1,000 characters (file is 6.0 kB)"]


def test_readers_text_truncation_never_splits_a_character(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"a" + "€".encode() * 100)  # 1 + 300 bytes
    rec = read_file(f, max_chars=10)  # reads 40 bytes: the cut falls inside a euro sign
    assert isinstance(rec, Record)
    assert rec.content == "a" + "€" * 9
    assert rec.encoding == "utf-8"


def test_readers_text_html_file_keeps_markup():
    rec = _read(DATA / "article.html")
    assert rec.format == "html"
    assert rec.content.startswith("<!DOCTYPE html>")
    assert "</html>" in rec.content


def test_readers_text_html_declared_charset_used(tmp_path):
    page = '<html><head><meta charset="windows-1251"></head><body><p>Привет, мир. Это новость.</p></body></html>'
    f = tmp_path / "p.html"
    f.write_bytes(page.encode("cp1251"))
    rec = _read(f)
    assert rec.encoding == "cp1251"
    assert "Привет, мир" in rec.content
    assert "declared" in rec.warnings[0]


def test_readers_text_html_latin1_declaration_read_as_cp1252(tmp_path):
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>It’s “fine”.</p></body></html>'
    f = tmp_path / "p.htm"
    f.write_bytes(page.encode("cp1252"))
    rec = _read(f)
    assert rec.encoding == "cp1252" and "It’s “fine”." in rec.content


def test_readers_text_wrong_utf16_declaration_ignored(tmp_path):
    f = tmp_path / "p.html"
    f.write_bytes(b'<html><head><meta charset="utf-16"></head><body><p>Plain \xe9 bytes here.</p></body></html>')
    rec = _read(f)
    assert rec.encoding == "utf-8" and "Plain é bytes here." in rec.content


def test_readers_text_truncation_of_multibyte_text_is_exact(tmp_path):
    cases = {
        "ascii_then_euro.txt": "a" * 800 + "€" * 600,  # the first 1,000 bytes hold only 934 characters
        "cyrillic.txt": "Привет мир. " * 300,
        "emoji.txt": "🙂" * 2000,
    }
    for name, text in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        rec = read_file(tmp_path / name, max_chars=1000)
        assert rec.content == text[:1000], name
        assert rec.warnings and rec.warnings[-1].startswith("truncated to 1,000 characters"), name


def test_readers_text_exactly_max_chars_is_not_truncated(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("é" * 1000, encoding="utf-8")
    rec = read_file(f, max_chars=1000)
    assert rec.content == "é" * 1000 and rec.warnings == []


def test_readers_text_utf8_with_stray_cp1252_quotes(tmp_path):
    # A UTF-8 page with Windows smart quotes pasted in: keep both readable, no mojibake.
    f = tmp_path / "a.txt"
    f.write_bytes("Zürich café: ".encode("utf-8") + b"\x93quoted\x94 and the minister\x92s words")
    rec = _read(f)
    assert rec.content == "Zürich café: “quoted” and the minister’s words"
    assert rec.encoding == "utf-8" and "read as cp1252" in rec.warnings[0]
