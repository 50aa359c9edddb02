"""TimeML reading/writing and TempEval-3 scoring: predictions keep every byte but the TIMEX3 tags."""
import datetime as dt
import re
from pathlib import Path
from xml.dom import minidom

import pytest

from claimgraph.eval.timex import match, run, score
from claimgraph.timex.timeml import parse, read, render, strip_timex
from claimgraph.timex.types import Timex

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Bombs &amp; embassies</TITLE>
<TEXT>
NAIROBI, Kenya (AP) _ Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> outside the embassies <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, AT&amp;T &lt;said&gt;. Talks <EVENT eid="e2" class="OCCURRENCE">resume</EVENT> <TIMEX3 tid="t2" type="DATE" value="1998-08-10">Monday</TIMEX3> after <TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3> of mourning.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
</TimeML>
"""


def test_timex_timeml_plain_text_and_gold_offsets():
    doc = parse(DOC)
    assert doc.dct == dt.date(1998, 8, 7)
    assert "<EVENT" not in doc.text and "<TIMEX3" not in doc.text and "AT&T <said>" in doc.text
    assert [(g.text, g.value) for g in doc.gold] == [("Friday", "1998-08-07"), ("Monday", "1998-08-10"), ("two days", "P2D")]
    for g in doc.gold:
        assert doc.text[g.start : g.end] == g.text


def test_timex_timeml_render_is_byte_identical_outside_timex_tags():
    doc = parse(DOC)
    pred = [Timex(g.start, g.end, g.text, g.type, g.value) for g in doc.gold]
    # a span straddling an EVENT boundary cannot be written without breaking the XML: it is dropped
    i = doc.text.index("exploded")
    pred.append(Timex(i - 3, i + 4, doc.text[i - 3 : i + 4], "DATE", "XXXX"))
    out = render(doc, pred)
    assert strip_timex(out) == strip_timex(DOC)
    assert out.count("<TIMEX3") == 4  # DCT + three
    assert re.search(r'<TIMEX3 tid="t\d+" type="DURATION" value="P2D">two days</TIMEX3>', out)


def test_timex_timeml_render_round_trips_a_real_tbaq_file(tmp_path):
    tbaq = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
    if not tbaq.is_dir():
        pytest.skip("TBAQ-cleaned not present")
    files = sorted(tbaq.rglob("*.tml"))[:8]
    for f in files:
        (tmp_path / f.name).write_bytes(f.read_bytes())
    out = tmp_path / "out"
    res = run(tmp_path, out, quiet=True)
    assert res["files"] == len(files)
    for f in files:
        src = f.read_bytes().decode("utf-8")
        pred = (out / f.name).read_bytes().decode("utf-8")
        assert strip_timex(pred) == strip_timex(src)
        minidom.parseString(pred.encode("utf-8"))  # still well-formed XML
        # the written file reads back with our timexes as its "gold"
        assert len(read(out / f.name).gold) == pred.count("<TIMEX3") - 1


def test_timex_timeml_scoring_strict_relaxed_and_value():
    text = "on Friday morning and in two days"
    gold = [Timex(3, 9, "Friday", "DATE", "1998-08-07"), Timex(24, 32, "two days", "DURATION", "P2D")]
    pred = [Timex(3, 17, "Friday morning", "TIME", "1998-08-07TMO"), Timex(24, 32, "two days", "DURATION", "P2D")]
    c = match(gold, pred, text)
    assert (c["strict"], c["relaxed"], c["type_ok"], c["value_ok"]) == (1, 2, 1, 1)
    c.pop("pairs")
    s = score(c)
    assert s["relaxed_f1"] == 1.0 and s["strict_f1"] == 0.5 and s["value_f1"] == 0.5


def test_timex_timeml_te3input_files_are_read(tmp_path):
    (tmp_path / "a.tml.TE3input").write_text(re.sub(r"</?TIMEX3 tid=\"t[1-9][^>]*>|</TIMEX3>(?!</DCT>)", "", DOC), "utf-8")
    res = run(tmp_path, tmp_path / "o", quiet=True)
    assert res["files"] == 1 and res["gold"] == 0 and res["pred"] >= 2
    assert (tmp_path / "o" / "a.tml").exists()
