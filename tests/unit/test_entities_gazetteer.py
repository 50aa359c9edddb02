"""Users extend the gazetteers with their own TSV files."""
import pytest

from claimgraph.entities import EntityTagger
from claimgraph.entities.gazetteer import load, read_entries

HEADER = "name\tkind\taliases\taffiliation\tadjectives\tmetonyms\trole\n"


def test_entities_gazetteer_user_file_extends(tmp_path):
    p = tmp_path / "mine.tsv"
    p.write_text(HEADER
                 + "Vovchansk\tplace\tVolchansk\tUkraine\t\t\t\n"
                 + "Zhuravlik-7\tweapon\tZhuravlik\tRussia\t\t\t\n"
                 + "Kyiv\tplace\tKijow\t\t\t\t\n", encoding="utf-8")
    t = EntityTagger([p])
    ms = t.tag("Troops near Volchansk saw a Zhuravlik launcher. Residents of Kijow were told to shelter.")
    got = {(m.text, m.canonical, m.kind) for m in ms}
    assert ("Volchansk", "Vovchansk", "place") in got
    assert ("Zhuravlik", "Zhuravlik-7", "weapon") in got
    assert ("Kijow", "Kyiv", "place") in got
    # the shipped variants of an extended entry are kept
    assert load([p]).alias["Kiev"] == ("Kyiv", "place")


def test_entities_gazetteer_without_user_file_misses_them():
    ms = EntityTagger().tag("Troops near Volchansk saw a Zhuravlik launcher.")
    assert not [m for m in ms if m.canonical in ("Vovchansk", "Zhuravlik-7")]


def test_entities_gazetteer_bad_kind_rejected(tmp_path):
    p = tmp_path / "bad.tsv"
    p.write_text(HEADER + "Somewhere\tcity\t\t\t\t\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="kind"):
        read_entries(p)


def test_entities_gazetteer_shipped_files_are_consistent():
    g = load()
    kinds = {e.kind for e in g.entries.values()}
    assert {"country", "place", "organization", "weapon", "person"} <= kinds
    # every affiliation names a known country or organisation
    known = {e.name for e in g.entries.values() if e.kind in ("country", "organization")}
    bad = [(e.name, e.affiliation) for e in g.entries.values()
           if e.affiliation and e.kind != "place" and e.affiliation not in known]
    assert bad == []
    assert g.adjective["South Korean"] == "South Korea" and g.metonym["Washington"] == "United States"
