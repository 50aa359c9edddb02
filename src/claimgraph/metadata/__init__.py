"""Article metadata from raw page text: byline, outlet or credit, and publication date.

``extract_metadata(raw, body)`` reads publication lines ("First published on: 30-07-2023 at 09:51
IST"), dated bylines and bare date lines; with none it infers a date from the dates and weekdays
the body mentions (``infer_published``). Chrome date widgets are never taken for a publication
date. Pure regex + ``datetime``: no models, fast to import and to run.
"""

from __future__ import annotations

from .extract import Metadata, Published, extract_metadata, infer_published
from .tool import run

__all__ = ["Metadata", "Published", "extract_metadata", "infer_published", "run"]
