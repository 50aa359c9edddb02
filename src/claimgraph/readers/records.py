"""The values the readers yield: a Record per article, a Problem per bad input, and run counters."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Record:
    """One article read from the input, not yet cleaned.

    `source` is the path as given (joined with the folder walk), plus "#L<n>" for a JSONL line
    or "#<WARC-Record-ID>" for a WARC record. `content` is plain text (format "text") or HTML
    markup (format "html"). `hints` holds metadata the input itself gave (url, title, published,
    outlet, byline; for WARC: url, warc_date, warc_record_id). `warnings` are human-readable notes
    on what the reader had to do (truncation, non-UTF-8 decoding...).
    """

    source: str
    content: str
    format: str
    hints: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    path: str = ""  # the file the record came from (source without the "#..." part)
    encoding: str | None = None  # encoding the bytes were decoded with (None: JSON strings)


@dataclass(slots=True)
class Problem:
    """A bad input: `code` from `claimgraph.readers.codes`, `reason` one clear sentence."""

    source: str
    code: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason} [{self.code}]"


@dataclass(slots=True)
class ReadStats:
    """Counters a caller can pass to `iter_inputs` / `discover` to see what was skipped silently."""

    files: int = 0  # supported files found
    records: int = 0
    problems: int = 0
    hidden_skipped: int = 0  # hidden files and folders inside walked folders
    unsupported_skipped: int = 0  # files with other extensions inside walked folders
    duplicate_paths: int = 0  # the same file reached twice (named twice, or via a link)
    warc_records_skipped: int = 0  # WARC records that are not 2xx HTML responses
    jsonl_blank_lines: int = 0
    truncated: int = 0  # records cut to max_chars
    by_code: dict[str, int] = field(default_factory=dict)

    def count_problem(self, problem: Problem) -> None:
        self.problems += 1
        self.by_code[problem.code] = self.by_code.get(problem.code, 0) + 1
