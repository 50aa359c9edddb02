"""JSONL input: good lines become Records, bad lines Problems naming the line, the rest is kept."""

import json
from pathlib import Path

from claimgraph.readers import Problem, ReadStats, Record, iter_inputs
from claimgraph.readers import codes
from claimgraph.readers.jsonl import MAX_LISTED_BAD_LINES, line_cap

DATA = Path(__file__).resolve().parents[1] / "data" / "readers"


def _lines(path: Path, rows) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_readers_jsonl_mixed_file_keeps_good_lines():
    src = str(DATA / "mixed.jsonl")
    stats = ReadStats()
    items = list(iter_inputs([DATA / "mixed.jsonl"], stats=stats))
    kinds = [(type(i).__name__, i.source, getattr(i, "code", None)) for i in items]
    assert kinds == [
        ("Record", f"{src}#L1", None),
        ("Problem", src, codes.JSONL_BAD_JSON),
        ("Record", f"{src}#L4", None),
        ("Problem", src, codes.JSONL_NO_TEXT),
        ("Problem", src, codes.JSONL_NOT_OBJECT),
    ]
    first, bad, second, no_text, not_obj = items
    assert first.content == "First article body. It has two sentences."
    assert first.format == "text"
    assert first.hints == {"url": "https://a.example/1", "title": "One", "published": "2024-01-05", "outlet": "A News"}
    assert bad.reason == "line 2: not valid JSON (Expecting ',' delimiter at column 24)"
    assert second.format == "html" and second.content.startswith("<html>")
    assert second.hints == {"url": "https://b.example/2"}
    assert no_text.reason == "line 5: no 'text' or 'html' field"
    assert not_obj.reason == "line 6: expected a JSON object, got an array"
    assert stats.jsonl_blank_lines == 1 and stats.records == 2 and stats.problems == 3


def test_readers_jsonl_wrong_field_types(tmp_path):
    f = _lines(tmp_path / "a.jsonl", [
        {"text": 42},
        {"text": "   ", "html": ""},
        {"text": "ok body", "title": ["not", "a", "string"], "published": 1704412800},
        {"text": "text wins", "html": "<p>html loses</p>"},
    ])
    p1, p2, rec, both = list(iter_inputs([f]))
    assert p1.code == codes.JSONL_NO_TEXT and "'text' is a number, not a string" in p1.reason
    assert p2.code == codes.JSONL_NO_TEXT and "'text' is empty" in p2.reason and "'html' is empty" in p2.reason
    assert rec.hints == {"published": "1704412800"}
    assert any("'title' ignored" in w for w in rec.warnings)
    assert both.content == "text wins" and both.format == "text"
    assert any("used 'text'" in w for w in both.warnings)


def test_readers_jsonl_text_is_truncated_to_max_chars(tmp_path):
    f = _lines(tmp_path / "a.jsonl", [{"text": "word " * 400}])
    [rec] = list(iter_inputs([f], max_chars=100))
    assert len(rec.content) == 100
    assert rec.warnings == ["truncated to 100 characters (the 'text' field has 2,000)"]


def test_readers_jsonl_oversized_line_skipped_without_loading(tmp_path):
    max_chars = 1000
    f = tmp_path / "a.jsonl"
    with f.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "before"}) + "\n")
        fh.write(json.dumps({"text": "x" * (line_cap(max_chars) * 3)}) + "\n")
        fh.write(json.dumps({"text": "after"}) + "\n")
    items = list(iter_inputs([f], max_chars=max_chars))
    assert [getattr(i, "content", None) for i in items] == ["before", None, "after"]
    assert items[1].code == codes.JSONL_LINE_TOO_LONG
    assert items[1].reason.startswith("line 2: ") and "skipped" in items[1].reason
    assert items[2].source.endswith("#L3")


def test_readers_jsonl_many_bad_lines_summarised(tmp_path):
    rows = ["{oops"] * (MAX_LISTED_BAD_LINES + 7) + [{"text": "the one good line"}]
    f = _lines(tmp_path / "a.jsonl", rows)
    items = list(iter_inputs([f]))
    problems = [i for i in items if isinstance(i, Problem)]
    assert len(problems) == MAX_LISTED_BAD_LINES + 1
    assert problems[-1].code == codes.JSONL_MORE_BAD_LINES and problems[-1].reason.startswith("7 more bad line(s)")
    assert [i.content for i in items if isinstance(i, Record)] == ["the one good line"]


def test_readers_jsonl_empty_blank_and_binary(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(b"")
    (tmp_path / "b.jsonl").write_bytes(b"\n\n   \n")
    (tmp_path / "c.jsonl").write_bytes(b"\x00\x01\x02\x03" * 100)
    a, b, c = list(iter_inputs([tmp_path]))
    assert (a.code, b.code, c.code) == (codes.EMPTY, codes.EMPTY, codes.BINARY)
    assert "blank lines" in b.reason


def test_readers_jsonl_bad_utf8_and_bom_and_crlf(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_bytes(b'\xef\xbb\xbf{"text": "first\\r\\nline"}\r\n{"text": "caf\xe9"}\n')
    first, second = list(iter_inputs([f]))
    assert first.content == "first\nline"
    assert second.content == "café" and "not valid UTF-8" in second.warnings[0]


def test_readers_jsonl_last_line_without_newline(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"text": "one"}\n{"text": "two"}', encoding="utf-8")
    assert [r.content for r in iter_inputs([f])] == ["one", "two"]


def test_readers_jsonl_utf16_file_is_one_clear_problem(tmp_path):
    text = '{"text": "one"}\n{"text": "two"}\n'
    (tmp_path / "a.jsonl").write_bytes(text.encode("utf-16"))
    (tmp_path / "b.jsonl").write_bytes(text.encode("utf-16-le"))
    a, b = list(iter_inputs([tmp_path]))
    assert a.code == b.code == codes.UNDECODABLE
    assert "UTF-16" in a.reason and "iconv" in a.reason


def test_readers_jsonl_problem_names_a_likely_body_field(tmp_path):
    f = _lines(tmp_path / "a.jsonl", [{"maintext": "body under another name", "title": "t"}, {"raw_html": "<p>x</p>"}])
    a, b = list(iter_inputs([f]))
    assert a.reason == "line 1: no 'text' or 'html' field (found 'maintext': rename it to 'text')"
    assert b.reason == "line 2: no 'text' or 'html' field (found 'raw_html': rename it to 'html')"
