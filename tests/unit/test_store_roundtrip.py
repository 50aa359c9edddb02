from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.corpus import resolve_duplicates
from claimgraph.export import build_document
from claimgraph.model import Doc
from claimgraph.stages.fingerprint import FingerprintStage
from claimgraph.store import Store
from claimgraph.store.schema import SCHEMA_VERSION

SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "export.schema.json").read_text())


def make_doc(source: str, body: str, *, date: str | None = None, basis: str = "unknown", seq: int = 0, title="T") -> Doc:
    d = Doc.from_content(source, f"{title}\n\n{body}", seq=seq)
    d.set_text(body)
    d.meta.update(title=title, byline=None, outlet=None,
                  published={"date": date, "basis": basis if date else "unknown", "evidence": "x" if date else None})
    return FingerprintStage().process(d)


def test_store_migrations_apply_once(tmp_path):
    db = tmp_path / "a.duckdb"
    with Store(db) as s:
        assert s.schema_version == SCHEMA_VERSION
    with Store(db) as s:  # reopening does not re-apply
        n = s.con.execute("SELECT count(*) FROM schema_version").fetchone()[0]
        assert n == len({v for v, *_ in __import__("claimgraph.store.schema", fromlist=["x"]).MIGRATIONS})


text_st = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=text_st, title=text_st, source=text_st)
def test_store_article_roundtrip_is_lossless(tmp_path_factory, body, title, source):
    db = tmp_path_factory.mktemp("rt") / "rt.duckdb"
    d = make_doc(source, body, title=title, date="2024-01-11", basis="explicit")
    with Store(db) as s:
        s.write_docs([d], run_id=1)
    with Store(db, read_only=True) as s:
        doc = build_document(s)
    (a,) = doc["articles"]
    assert a["id"] == d.id and a["body"] == body and a["title"] == title and a["source"] == source
    assert a["published"] == {"date": "2024-01-11", "basis": "explicit", "evidence": "x"}
    jsonschema.validate(doc, SCHEMA)


def test_store_rewriting_same_docs_adds_nothing(tmp_path):
    db = tmp_path / "a.duckdb"
    docs = [make_doc(f"s{i}", f"body number {i} " * 20, seq=i) for i in range(3)]
    with Store(db) as s:
        s.write_docs(docs, run_id=1)
        first = build_document(s)
        s.write_docs(docs, run_id=2)
        assert build_document(s) == first
        assert s.con.execute("SELECT count(*) FROM minhash_bands").fetchone()[0] == 3 * 16


BODY = " ".join(f"Sentence {w} about the missiles fired at Ukrainian targets on day {w}." for w in range(40))


def test_dedup_copy_points_to_earliest_published(tmp_path):
    db = tmp_path / "d.duckdb"
    orig = make_doc("wire.txt", BODY, date="2024-01-04", basis="explicit", seq=1)
    copy = make_doc("copy.txt", BODY + " (With Reuters inputs)", date="2024-01-05", basis="explicit", seq=0)
    other = make_doc("other.txt", "A different story entirely about weather and sports results today. " * 10, seq=2)
    with Store(db) as s:
        s.write_docs([copy, orig, other], run_id=1)
        assert resolve_duplicates(s.con) == 1
        dup = dict(s.con.execute("SELECT id, duplicate_of FROM articles").fetchall())
    assert dup[copy.id] == orig.id and dup[orig.id] is None and dup[other.id] is None


def test_dedup_is_incremental_and_regroups_when_earlier_copy_arrives(tmp_path):
    db = tmp_path / "d.duckdb"
    later = make_doc("later.txt", BODY, date="2024-01-09", basis="explicit", seq=0)
    with Store(db) as s:
        s.write_docs([later], run_id=1)
        assert resolve_duplicates(s.con) == 0
    earlier = make_doc("earlier.txt", BODY + " Updated.", date="2024-01-02", basis="explicit", seq=1)
    third = make_doc("third.txt", "Extra words. " + BODY, seq=2)  # no date: sorts after dated copies
    with Store(db) as s:
        s.write_docs([earlier, third], run_id=2)
        assert resolve_duplicates(s.con) == 2
        dup = dict(s.con.execute("SELECT id, duplicate_of FROM articles").fetchall())
        assert resolve_duplicates(s.con) == 0  # nothing new: nothing changes
        assert dict(s.con.execute("SELECT id, duplicate_of FROM articles").fetchall()) == dup
    assert dup == {earlier.id: None, later.id: earlier.id, third.id: earlier.id}
