"""Gazetteers: versioned TSV files of names, variants, affiliations and role words.

Every entry file has the header ``name kind aliases affiliation adjectives metonyms role``
(tab-separated, list fields separated by ``|``; trailing columns may be omitted).
``titles.tsv`` has ``word type`` rows (role, honorific, modifier, org_head, org_modifier).
User files in the same format extend or override the shipped ones (later wins).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable

from .mention import KINDS

ENTRY_FILES = ("countries.tsv", "places.tsv", "organizations.tsv", "weapons.tsv", "persons.tsv")
COLUMNS = ("name", "kind", "aliases", "affiliation", "adjectives", "metonyms", "role")


@dataclass(slots=True)
class Entry:
    """One gazetteer entry (a canonical entity and what is known about it)."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None
    adjectives: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    role: str | None = None


def shipped_dir() -> Path:
    """Folder of the gazetteers shipped with claimgraph."""
    return Path(str(resources.files("claimgraph") / "resources" / "gazetteers"))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def read_entries(path: Path) -> list[Entry]:
    """Read one TSV entry file; rows with an unknown kind raise ValueError."""
    out: list[Entry] = []
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows, None)
        if header is None:
            return out
        header = [h.strip().lower() for h in header]
        if "name" not in header or "kind" not in header:
            raise ValueError(f"{path}: gazetteer needs a header with at least 'name' and 'kind' (got {header})")
        for lineno, row in enumerate(rows, start=2):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            rec = dict(zip(header, row))
            kind = rec.get("kind", "").strip()
            if kind not in KINDS:
                raise ValueError(f"{path}:{lineno}: kind {kind!r} is not one of {KINDS}")
            out.append(Entry(
                name=rec["name"].strip(), kind=kind, aliases=_split(rec.get("aliases")),
                affiliation=(rec.get("affiliation") or "").strip() or None,
                adjectives=_split(rec.get("adjectives")), metonyms=_split(rec.get("metonyms")),
                role=(rec.get("role") or "").strip() or None,
            ))
    return out


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation built as a character trie: fast on long alias lists."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        if list(node) == [""]:
            return ""
        alts, optional = [], False
        for ch in sorted(node):
            if ch == "":
                optional = True
                continue
            alts.append(re.escape(ch) + build(node[ch]))
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if optional:
            body = "(?:" + body + ")?"
        return body

    return build(trie)


class Gazetteer:
    """All gazetteer knowledge, indexed for the tagger."""

    def __init__(self, entries: Iterable[Entry], titles: dict[str, str] | None = None) -> None:
        self.entries: dict[str, Entry] = {}
        # surface form -> (canonical name, kind); metonyms kept apart
        self.alias: dict[str, tuple[str, str]] = {}
        self.metonym: dict[str, str] = {}        # "Washington" -> "United States"
        self.adjective: dict[str, str] = {}      # "South Korean" -> "South Korea"
        for e in entries:
            self.add(e)
        self.titles = dict(titles or {})
        self._regex: re.Pattern[str] | None = None
        self._adj_regex: re.Pattern[str] | None = None

    def add(self, e: Entry) -> None:
        """Add (or override) an entry; later entries win on conflicting aliases."""
        old = self.entries.get(e.name)
        if old is not None and old.kind == e.kind:
            # extension of an existing entry: merge the lists, override scalars when given
            e = Entry(e.name, e.kind, sorted(set(old.aliases) | set(e.aliases)),
                      e.affiliation or old.affiliation, sorted(set(old.adjectives) | set(e.adjectives)),
                      sorted(set(old.metonyms) | set(e.metonyms)), e.role or old.role)
        key = e.name if old is None or old.kind == e.kind else f"{e.name}#{e.kind}"
        self.entries[key] = e
        for form in [e.name, *e.aliases]:
            self.alias[form] = (e.name, e.kind)
            if form.startswith("the ") or form.startswith("The "):
                self.alias.setdefault(form[4:], (e.name, e.kind))
        for adj in e.adjectives:
            self.adjective[adj] = e.name
        for m in e.metonyms:
            m2 = m[4:] if m.lower().startswith("the ") else m
            self.metonym[m2] = e.name
        self._regex = None
        self._adj_regex = None

    def entry(self, name: str, kind: str | None = None) -> Entry | None:
        """The entry for a canonical name (optionally of a given kind)."""
        e = self.entries.get(name)
        if e is not None and (kind is None or e.kind == kind):
            return e
        if kind is not None:
            return self.entries.get(f"{name}#{kind}")
        return e

    def affiliation_of(self, name: str, kind: str | None = None) -> str | None:
        """Country (or organisation) a gazetteer entity belongs to, None if unknown."""
        if kind == "country":
            return None
        e = self.entry(name, kind)
        return e.affiliation if e is not None else None

    def titles_of(self, typ: str) -> set[str]:
        return {w for w, t in self.titles.items() if t == typ}

    @property
    def regex(self) -> re.Pattern[str]:
        """Regex matching any alias or metonym as a whole word; group 2 catches a plural 's'."""
        if self._regex is None:
            forms = {f for f in self.alias if len(f) > 1} | set(self.metonym)
            self._regex = re.compile(r"(?<![\w])(" + _trie_pattern(forms) + r")(s?)(?![\w])")
        return self._regex

    @property
    def adjective_regex(self) -> re.Pattern[str]:
        if self._adj_regex is None:
            self._adj_regex = re.compile(r"(?<![\w-])(" + _trie_pattern(self.adjective) + r")(?![\w])")
        return self._adj_regex


def read_titles(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows, None)
        for row in rows:
            if len(row) >= 2 and row[0].strip():
                out[row[0].strip().lower()] = row[1].strip()
    return out


def load(extra: Iterable[Path] = (), shipped: Iterable[str] = ENTRY_FILES) -> Gazetteer:
    """Load the shipped gazetteers (``shipped`` names which entry files), then each user file in
    ``extra`` (entry files or titles files, told apart by their header)."""
    base = shipped_dir()
    entries: list[Entry] = []
    for name in shipped:
        entries.extend(read_entries(base / name))
    titles = read_titles(base / "titles.tsv")
    for p in extra:
        p = Path(p)
        with open(p, encoding="utf-8") as fh:
            first = fh.readline().strip().lower().split("\t")
        if first[:2] == ["word", "type"]:
            titles.update(read_titles(p))
        else:
            entries.extend(read_entries(p))
    return Gazetteer(entries, titles)
