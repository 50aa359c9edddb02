"""Evaluations on annotated corpora: each `run(...)` prints its metrics, the main one last."""
