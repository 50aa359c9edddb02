"""The co-occurrence table lands in DuckDB as the corpus computed it."""
import duckdb

from claimgraph.entities.export import analyze, write_cooccurrence


def test_entities_export_cooccurrence_duckdb():
    docs, corpus = analyze([
        ("a", "Washington has accused Moscow of buying missiles from Pyongyang."),
        ("b", "Russia denied it. The United States said fighting continued near Kharkov."),
    ])
    assert [a for a, _ in docs] == ["a", "b"]
    con = duckdb.connect()
    n = write_cooccurrence(con, corpus)
    rows = con.execute("SELECT entity_a, entity_b, n_articles FROM entity_cooccurrence ORDER BY 1, 2").fetchall()
    assert len(rows) == n
    got = {(a, b): k for a, b, k in rows}
    assert got[("Russia", "United States")] == 2
    assert got[("Kharkiv", "Russia")] == 1
    # rewriting replaces, never duplicates
    write_cooccurrence(con, corpus)
    assert con.execute("SELECT count(*) FROM entity_cooccurrence").fetchone()[0] == n
