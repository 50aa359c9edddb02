"""The DuckDB store: one table per layer, migrations, writers and the queries exports use."""

from .db import Store

__all__ = ["Store"]
