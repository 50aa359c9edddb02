from __future__ import annotations

from claimgraph.dedup import DUPLICATE_THRESHOLD, band_hashes, shingles, signature, similarity

BODY = (
    "Ukrainian soldiers were seen using North Korean rockets in their attacks against Russian forces, the Financial "
    "Times reported on Saturday. The Ukrainian side said the rockets were seized by a friendly country before they "
    "were delivered to them. As per the report, the country's defence ministry suggested that the arms were captured "
    "from the Russians. The US has accused North Korea of supplying arms to Russia."
)
OTHER = (
    "The United States has said that Russia is using ballistic missiles from North Korea and is seeking close-range "
    "ballistic missiles from Iran. White House National Security Council spokesman John Kirby said on Thursday that "
    "recently declassified intelligence found that North Korea had provided Moscow with the weapons."
)


def test_dedup_copy_with_small_edits_is_similar():
    copy = BODY.replace("Saturday", "Sunday") + " (With Reuters inputs)"
    assert similarity(signature(BODY), signature(copy)) >= DUPLICATE_THRESHOLD


def test_dedup_different_articles_same_story_are_not_similar():
    assert similarity(signature(BODY), signature(OTHER)) < 0.2


def test_dedup_signature_is_deterministic_and_banded():
    s1, s2 = signature(BODY), signature(BODY)
    assert (s1 == s2).all()
    assert band_hashes(s1) == band_hashes(s2)
    assert len(set(band_hashes(s1))) == len(band_hashes(s1))
    assert all(0 <= h < 2**63 for h in band_hashes(s1))


def test_dedup_shingles_of_short_text():
    assert shingles("") == set()
    assert shingles("two words") == {"two words"}
    assert len(shingles("a b c d e f")) == 2
