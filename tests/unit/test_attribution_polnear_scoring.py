"""The PolNeAR scorer: gold choice, Content2 merging, one-to-one overlap, end-to-end sources."""

from pathlib import Path

from claimgraph.attribution import Attribution
from claimgraph.eval.polnear import gold_file, prf, read_ann, score_article, to_units, write_ann

TEXT = "Officials said that the bridge fell. “It is gone,” she added. “Totally.”"


def _ann(tmp_path: Path, name: str, body: str) -> Path:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_attribution_polnear_scoring_reads_content2_as_one_content(tmp_path):
    p = _ann(tmp_path, "a_x1.ann",
             "T1\tSource 50 53\tshe\nT2\tCue 54 59\tadded\nT3\tContent 37 49\t“It is gone,”\n"
             "T4\tContent 61 71\t“Totally.”\nT5\tAttribution 54 59\tadded\n"
             "E1\tAttribution:T5 Cue:T2 Source:T1 Content:T3 Content2:T4\n")
    units = read_ann(p)
    assert len(units) == 1 and units[0].content == [(37, 49), (61, 71)]


def test_attribution_polnear_scoring_first_annotator_file_is_gold(tmp_path):
    (tmp_path / "art_b2.ann").write_text("", encoding="utf-8")
    (tmp_path / "art_a1.ann").write_text("", encoding="utf-8")
    (tmp_path / "art_extra_c3.ann").write_text("", encoding="utf-8")
    assert gold_file(tmp_path, "art").name == "art_a1.ann"


def test_attribution_polnear_scoring_overlap_and_source_end_to_end(tmp_path):
    gold = read_ann(_ann(tmp_path, "g_x.ann",
                         "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tContent 15 35\tthat the bridge fell\n"
                         "T4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"))
    good = Attribution(content=[(20, 35)], cue=(10, 14), source=(0, 9), direct=False, cue_lemma="say")
    wrong_src = Attribution(content=[(15, 35)], cue=(10, 14), source=(50, 53), direct=False, cue_lemma="say")
    c = score_article(TEXT, gold, to_units([good]))
    assert c["content_overlap"] == [1, 1, 1] and c["content_exact"] == [0, 1, 1]
    assert c["source_overlap"] == [1, 1, 1] and c["source_exact"] == [0, 1, 1]
    c = score_article(TEXT, gold, to_units([wrong_src]))
    assert c["content_exact"] == [1, 1, 1] and c["source_exact"][0] == 0 and c["cue_exact"][0] == 1


def test_attribution_polnear_scoring_one_to_one(tmp_path):
    gold = read_ann(_ann(tmp_path, "g_y.ann",
                         "T1\tContent 15 35\tthat the bridge fell\nT2\tCue 10 14\tsaid\n"
                         "T3\tAttribution-no-source 10 14\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T2\n"))
    a = Attribution(content=[(15, 25)], cue=None, source=None, direct=False, cue_lemma=None)
    b = Attribution(content=[(15, 35)], cue=None, source=None, direct=False, cue_lemma=None)
    c = score_article(TEXT, gold, to_units([a, b]))
    assert c["content_overlap"] == [1, 2, 1]
    assert prf(*c["content_overlap"])[0] == 0.5


def test_attribution_polnear_scoring_write_roundtrip(tmp_path):
    a = Attribution(content=[(37, 49), (61, 71)], cue=(54, 59), source=(50, 53), direct=True, cue_lemma="add")
    out = tmp_path / "pred.ann"
    write_ann(out, TEXT, [a])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[-1].startswith("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1")
    units = read_ann(out)
    assert units[0].content == [(37, 49), (61, 71)] and units[0].source == [(50, 53)] and units[0].cue == [(54, 59)]
