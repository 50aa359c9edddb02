"""Near-duplicate detection: MinHash signatures of the cleaned body, banded for LSH.

The signature is computed per article (in the workers); the banded LSH index lives in the store
(one row per band hash), so that finding candidates is a join and works incrementally across runs
and at corpus sizes that do not fit an in-memory index.
"""

from __future__ import annotations

import re
import struct

import numpy as np

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS  # LSH threshold ≈ (1/BANDS) ** (1/ROWS) ≈ 0.5
SHINGLE = 5
#: Estimated Jaccard similarity of body shingles above which two articles are copies.
DUPLICATE_THRESHOLD = 0.6
SEED = 1

_WORD = re.compile(r"\w+", re.UNICODE)
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_rng = np.random.RandomState(SEED)
_A = _rng.randint(1, int(_MERSENNE), size=NUM_PERM, dtype=np.uint64)
_B = _rng.randint(0, int(_MERSENNE), size=NUM_PERM, dtype=np.uint64)


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word k-shingles of the lower-cased text (fewer words than k: the whole text as one)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def _hash32(s: str) -> int:
    import zlib

    # crc32 is fast, deterministic across processes (unlike hash()) and spreads shingles well enough.
    return zlib.crc32(s.encode("utf-8", "surrogatepass"))


def signature(text: str) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint32 values) of the text's shingles.

    Same universal-hash scheme as datasketch's MinHash ((a*h + b) mod p, cut to 32 bits), vectorised
    over all shingles at once.
    """
    sh = shingles(text)
    if not sh:
        return np.full(NUM_PERM, int(_MAX_HASH), dtype=np.uint32)
    hv = np.fromiter((_hash32(s) for s in sh), dtype=np.uint64, count=len(sh))
    phv = ((np.outer(hv, _A) + _B) % _MERSENNE) & _MAX_HASH
    return phv.min(axis=0).astype(np.uint32)


def band_hashes(sig: np.ndarray) -> list[int]:
    """One 63-bit hash per band of the signature (band index mixed in), for the LSH table."""
    import hashlib

    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS : (b + 1) * ROWS].astype("<u4").tobytes()
        d = hashlib.blake2b(struct.pack("<H", b) + chunk, digest_size=8).digest()
        out.append(int.from_bytes(d, "little") >> 1)
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(np.asarray(a) == np.asarray(b)))


def sig_to_bytes(sig: np.ndarray) -> bytes:
    return np.asarray(sig, dtype="<u4").tobytes()


def sig_from_bytes(b: bytes) -> np.ndarray:
    return np.frombuffer(b, dtype="<u4")
