"""Golden tests: the whole pipeline on the five seed articles, through the JSON export."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from claimgraph.analyze import analyze
from claimgraph.export import build_document
from claimgraph.store import Store

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "tests" / "data" / "export.schema.json").read_text())

#: seed file prefix → (publication date, basis)
DATES = {
    "000": ("2023-07-30", "explicit"),
    "001": ("2024-01-11", "explicit"),
    "002": ("2024-01-04", "inferred"),
    "004": ("2024-06-27", "inferred"),
}


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    analyze([str(REPO / "examples" / "seeds")], db, workers=1)
    with Store(db, read_only=True) as s:
        return build_document(s)


def by_seed(export: dict) -> dict[str, dict]:
    return {Path(a["source"]).name[:3]: a for a in export["articles"]}


def test_seeds_pipeline_export_is_valid(export):
    jsonschema.validate(export, SCHEMA)
    assert len(export["articles"]) == 5
    for q in export["quotes"]:
        art = next(a for a in export["articles"] if a["id"] == q["article_id"])
        assert 0 <= q["start"] < q["end"] <= len(art["body"])


def test_seeds_pipeline_publication_dates(export):
    arts = by_seed(export)
    for seed, (date, basis) in DATES.items():
        assert (arts[seed]["published"]["date"], arts[seed]["published"]["basis"]) == (date, basis), seed
    # The page-view widget dates are never the publication date.
    assert arts["001"]["published"]["date"] != "2024-02-22"
    assert arts["003"]["published"]["date"] != "2024-06-23"
    assert arts["003"]["published"]["basis"] == "inferred"
    assert "2023-12-30" <= arts["003"]["published"]["date"] <= "2024-01-31"


def test_seeds_pipeline_no_duplicates_among_different_articles(export):
    assert all(a["duplicate_of"] is None for a in export["articles"])


def _speaker(export: dict, needle: str) -> tuple[str | None, str | None]:
    """Speaker of the shortest quote containing the needle (the quote itself, not a wider one around it)."""
    actors = {a["id"]: a["name"] for a in export["actors"]}
    hits = sorted((len(q["content"]), q["start"], q["speaker_id"], q["speaker_text"])
                  for q in export["quotes"] if needle in q["content"])
    if not hits:
        raise AssertionError(f"no quote contains {needle!r}")
    return actors.get(hits[0][2]), hits[0][3]


@pytest.mark.parametrize("needle, speaker", [
    ("It turns out that the United States replicates deliberately false information", "Vassily Nebenzia"),
    ("significant and concerning escalation", "John Kirby"),
    ("No comment", "Dmitry Peskov"),
    ("Thanks again to the Air Force pilots", "Mykola Oleshchuk"),
    ("We hope that Russia gives up its dependency on North Korea", "Lim Soo-suk"),
    ("no forensic evidence to confirm the US claims", "Yury Ignat"),
    ("the Americans are always accusing everyone", "Sergey Lavrov"),
])
def test_seeds_pipeline_quote_speakers_resolve_to_actors(export, needle, speaker):
    assert _speaker(export, needle)[0] == speaker


def test_seeds_pipeline_nominal_speaker_kept_as_written(export):
    assert _speaker(export, "It turns out that the United States")[1] == "the Russian diplomat"


def test_seeds_pipeline_variants_and_metonyms_merge(export):
    actors = {a["name"]: a for a in export["actors"]}
    assert {"Kiev", "Kyiv"} <= set(actors["Ukraine"]["aliases"])
    assert "Washington" in actors["United States"]["aliases"]
    assert actors["Vassily Nebenzia"]["affiliation"] == "Russia"
    assert actors["Dmitry Peskov"]["affiliation"] == "Russia"
    ents = {e["name"]: e for e in export["entities"]}
    assert any("Kharkov" in a for a in ents["Kharkiv Oblast"]["aliases"])
    assert any("Zaporizhia" in a for a in ents["Zaporizhzhia Oblast"]["aliases"])


def test_seeds_pipeline_stances_on_north_korean_missiles(export):
    """First-version claims: the stances on claims about North Korean missiles/arms for Russia
    include the sides the story has (the full golden expectations of issue 5 are not met yet)."""
    actors = {a["id"]: a["name"] for a in export["actors"]}
    seen = set()
    for c in export["claims"]:
        if "North Korea" in c["text"]:
            seen |= {(actors.get(s["actor_id"]), s["stance"]) for s in c["stances"]}
    for expected in [("Vassily Nebenzia", "denies"), ("Sergey Lavrov", "denies"), ("Dmitry Peskov", "no_comment"),
                     ("Hwang Joon-kook", "supports"), ("United Kingdom", "supports")]:
        assert expected in seen, expected
    for c in export["claims"]:
        for s in c["stances"]:
            art = next(a for a in export["articles"] if a["id"] == s["article_id"])
            assert art["body"][s["start"]:s["end"]].strip() == s["evidence"]
