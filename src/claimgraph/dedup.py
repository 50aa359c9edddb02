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
_A = _rng.randint(1, int(_MERSENNE), size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.randint(0, int(_MERSENNE), size=NUM_PERM, dtype=np.uint64)


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word k-shingles of the lower-cased text (fewer words than k: the whole text as one)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def _shingle_hashes(text: str, k: int = SHINGLE) -> np.ndarray:
    """32-bit hashes of the text's distinct word k-shingles: crc32 of each word, combined over k
    consecutive words by a polynomial rolling hash (vectorised; same shingles as ``shingles``)."""
    import zlib

    words = _WORD.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    wh = np.fromiter((zlib.crc32(w.encode("utf-8", "surrogatepass")) for w in words), dtype=np.uint64, count=len(words))
    if len(words) < k:
        k = len(words)
    n = len(words) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    for j in range(k):  # wraps modulo 2**64 on purpose
        acc = acc * np.uint64(1_000_003) + wh[j : j + n]
    return np.unique(acc & _MAX_HASH)


def signature(text: str) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint32 values) of the text's shingles.

    Each permutation is a multiply-shift universal hash ((a*h + b) mod 2**64) >> 32 with odd a,
    vectorised over all shingles at once.
    """
    hv = _shingle_hashes(text)
    if hv.size == 0:
        return np.full(NUM_PERM, int(_MAX_HASH), dtype=np.uint32)
    with np.errstate(over="ignore"):
        phv = (np.outer(hv, _A) + _B) >> np.uint64(32)
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
