"""Problem codes: well-formed, unique, and every one documented in docs/input-formats.md."""

import re
from pathlib import Path

from claimgraph.readers import codes

DOC = Path(__file__).resolve().parents[2] / "docs" / "input-formats.md"


def test_readers_codes_are_well_formed_and_unique():
    constants = {name: value for name, value in vars(codes).items() if name.isupper() and isinstance(value, str)}
    assert sorted(constants.values()) == sorted(codes.CODES)
    assert len(set(constants.values())) == len(constants)
    for code, meaning in codes.CODES.items():
        assert re.fullmatch(r"CG-W2\d\d", code)
        assert meaning.endswith(".") and "\n" not in meaning
        assert codes.describe(code) == meaning


def test_readers_codes_all_documented():
    documented = set(re.findall(r"^\| `(CG-W2\d\d)` \|", DOC.read_text(encoding="utf-8"), flags=re.M))
    assert documented == set(codes.CODES)


def test_readers_codes_used_by_the_readers_exist():
    src = Path(codes.__file__).parent
    used = set()
    for module in src.glob("*.py"):
        used |= set(re.findall(r"codes\.([A-Z_]+)", module.read_text(encoding="utf-8")))
    assert used and used <= {name for name in vars(codes) if name.isupper()}
