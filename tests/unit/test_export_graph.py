from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from claimgraph.export_graph import claimreview, write_graphml

DOC = {
    "articles": [{"id": "a1", "source": "x.txt", "title": "T <1>", "outlet": "Wire", "published": {"date": "2024-01-04"}}],
    "actors": [{"id": "p1", "name": "Vassily Nebenzia", "kind": "person", "affiliation": "Russia"},
               {"id": "p2", "name": "Unused & Co", "kind": "organization", "affiliation": None}],
    "claims": [{"id": "c1", "text": "Russia used North Korean missiles & more", "stances": [
        {"actor_id": "p1", "article_id": "a1", "stance": "denies", "quote_id": "q1", "evidence": "He denied it.", "start": 0, "end": 13},
        {"actor_id": "p1", "article_id": "a1", "stance": "denies", "quote_id": "q2", "evidence": "Again.", "start": 14, "end": 20},
        {"actor_id": None, "article_id": "a1", "stance": "reports", "quote_id": None, "evidence": "x", "start": 0, "end": 1}]}],
}
NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def test_export_graphml_is_valid_xml_with_weighted_stance_edges():
    buf = io.StringIO()
    write_graphml(DOC, buf)
    root = ET.fromstring(buf.getvalue())
    nodes = {n.get("id") for n in root.iterfind(".//g:node", NS)}
    assert nodes == {"a-p1", "c-c1"}  # actors without stances are left out
    (edge,) = root.iterfind(".//g:edge", NS)
    assert (edge.get("source"), edge.get("target")) == ("a-p1", "c-c1")
    data = {d.get("key"): d.text for d in edge}
    assert data == {"d4": "denies", "d5": "2"}


def test_export_claimreview_lists_appearances_with_stance():
    (review,) = claimreview(DOC)
    assert review["@type"] == "ClaimReview" and review["claimReviewed"].startswith("Russia used")
    apps = review["itemReviewed"]["appearance"]
    assert len(apps) == 3 and apps[0]["additionalProperty"][0]["value"] == "denies"
    assert review["itemReviewed"]["firstAppearance"]["datePublished"] == "2024-01-04"
