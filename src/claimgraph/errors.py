"""Coded errors and warnings, one place for every message a user can see.

Codes: CG-E1xx usage and configuration errors (the run stops), CG-W2xx input problems (the file is
skipped, the run goes on), CG-W3xx processing warnings (an article is dropped or degraded).
"""

from __future__ import annotations

CODES: dict[str, str] = {
    "CG-E101": "No input path given, or none of the given paths exists.",
    "CG-E102": "No article could be stored from the inputs: every file was skipped (see the problems listed above).",
    "CG-E103": "The database file cannot be opened (is another claimgraph process writing to it?).",
    "CG-E104": "The database was written by a newer claimgraph (schema version too high): upgrade claimgraph.",
    "CG-E105": "An optional extra is missing: the message names the pip command that installs it.",
    "CG-E106": "Unknown export format.",
    "CG-E107": "The pipeline is misconfigured: a stage needs a layer that no earlier stage provides.",
    "CG-W301": "No article text was left after cleaning the page: the page holds only chrome (menus, widgets, links).",
    "CG-W302": "The article text is shorter than the minimum length for an article.",
    "CG-W303": "A stage failed on this article; the article was dropped and the run went on.",
}


class ClaimgraphError(Exception):
    """An error with a code from CODES and a message that says what to do."""

    def __init__(self, code: str, message: str | None = None) -> None:
        self.code = code
        self.message = message or CODES.get(code, "")
        super().__init__(f"{code}: {self.message}")


def missing_extra(module: str, extra: str) -> ClaimgraphError:
    """The error raised when an optional dependency is not installed."""
    return ClaimgraphError(
        "CG-E105", f"{module} is not installed: run `pip install 'claimgraph[{extra}]'`."
    )
