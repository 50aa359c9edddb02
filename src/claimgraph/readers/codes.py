"""Problem codes for input reading (CG-W2xx), each with a one-line meaning.

One table so the CLI, the docs and the tests agree; `docs/input-formats.md` lists the same codes.
"""

from __future__ import annotations

NOT_FOUND = "CG-W201"
UNREADABLE = "CG-W202"
DANGLING_LINK = "CG-W203"
UNSUPPORTED = "CG-W204"
NO_INPUT_FILES = "CG-W205"
EMPTY = "CG-W206"
BINARY = "CG-W207"
UNDECODABLE = "CG-W208"
JSONL_BAD_JSON = "CG-W210"
JSONL_NOT_OBJECT = "CG-W211"
JSONL_NO_TEXT = "CG-W212"
JSONL_LINE_TOO_LONG = "CG-W213"
JSONL_MORE_BAD_LINES = "CG-W214"
WARC_TRUNCATED = "CG-W220"
WARC_NO_HTML = "CG-W221"
WARC_NOT_WARC = "CG-W222"
HTML_NO_TEXT = "CG-W230"

#: code -> one-line meaning (what went wrong; the Problem's reason gives the details).
CODES: dict[str, str] = {
    NOT_FOUND: "The path does not exist.",
    UNREADABLE: "The file or folder exists but cannot be read (permission denied or I/O error).",
    DANGLING_LINK: "The path is a symbolic link whose target does not exist.",
    UNSUPPORTED: "A file named explicitly has an extension claimgraph does not read (or is not a regular file).",
    NO_INPUT_FILES: "A folder contains no file with a supported extension.",
    EMPTY: "The file (or JSONL file) holds no text at all, or only whitespace / blank lines.",
    BINARY: "The file has a text extension but binary content (NUL bytes, control characters, a known binary signature).",
    UNDECODABLE: "The text is in an encoding this format does not allow (a UTF-16/32 JSONL file).",
    JSONL_BAD_JSON: "A JSONL line is not valid JSON; the line is skipped, the other lines are kept.",
    JSONL_NOT_OBJECT: "A JSONL line is valid JSON but not an object; the line is skipped.",
    JSONL_NO_TEXT: "A JSONL object has no non-empty string 'text' or 'html' field; the line is skipped.",
    JSONL_LINE_TOO_LONG: "A JSONL line is larger than the size limit; it is skipped without being loaded.",
    JSONL_MORE_BAD_LINES: "Summary: further bad lines in one JSONL file that were not reported one by one.",
    WARC_TRUNCATED: "A WARC file ends early or is corrupt; the records before the damage are kept.",
    WARC_NO_HTML: "A WARC file holds no HTML response record.",
    WARC_NOT_WARC: "A .warc/.warc.gz file is not a WARC file (or not gzip where .gz is claimed).",
    HTML_NO_TEXT: "No article text could be extracted from an HTML page (extract_html gave method 'none'; raised by the caller).",
}


def describe(code: str) -> str:
    """Return the one-line meaning of a problem code ('' when unknown)."""
    return CODES.get(code, "")
