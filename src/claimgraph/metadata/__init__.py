"""Article metadata from raw page text: byline, outlet or credit, and publication date.

``extract_metadata(raw, body)`` reads publication lines ("First published on: 30-07-2023 at 09:51
IST"), dated bylines, wire datelines and bare date lines; with none it infers a date from the
dates and weekdays the body mentions (``infer_published``). Chrome date widgets are never taken
for a publication date. Pure regex + ``datetime``: no models, fast to import and to run.
"""

from __future__ import annotations

from .extract import Metadata, Published, extract_metadata, infer_published

__all__ = ["Metadata", "Published", "extract_metadata", "infer_published", "run"]


def __getattr__(name: str):
    # The file-level tool (json, pathlib) is only imported when asked for.
    if name == "run":
        from .tool import run

        return run
    raise AttributeError(name)
