"""Runners adapt the stages to an execution engine: a local process pool, or Ray Data (``[ray]``)."""
