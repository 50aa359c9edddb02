"""fingerprint: the MinHash signature and LSH band hashes of the cleaned body, for near-duplicates."""

from __future__ import annotations

from ..dedup import band_hashes, signature, sig_to_bytes
from ..model import Doc
from ..pipeline import Stage


class FingerprintStage(Stage):
    name = "fingerprint"
    version = "1"
    requires = ("text",)
    provides = ("minhash",)

    def process(self, doc: Doc) -> Doc | None:
        sig = signature(doc.text or "")
        doc.meta["minhash"] = sig_to_bytes(sig)
        doc.meta["bands"] = band_hashes(sig)
        return doc
