"""The rich summary printed at the end of `claimgraph analyze`."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table


def print_summary(summary, db, console: Console) -> None:
    """Per-stage counters (in, out, dropped with reason, time) and the run totals."""
    t = Table(title=f"claimgraph run {summary.run_id} → {db}", title_justify="left")
    t.add_column("stage")
    t.add_column("in", justify="right")
    t.add_column("out", justify="right")
    t.add_column("dropped (reason)")
    t.add_column("seconds", justify="right")
    for stage, c in summary.counts.items():
        dropped = ", ".join(f"{n} {r}" for r, n in sorted(c["dropped"].items())) or "-"
        t.add_row(stage, str(c["in"]), str(c["out"]), dropped, f"{c['seconds']:.2f}")
    console.print(t)
    console.print(
        f"read {summary.read} · stored {summary.stored} new · {summary.already} already stored · "
        f"{len(summary.dropped)} dropped · {len(summary.problems)} files skipped · "
        f"{summary.duplicates} near-duplicates · {summary.dates_inferred} dates inferred from the corpus · "
        f"{summary.total_in_db} articles in the database"
    )
    if summary.entities or summary.claims or summary.events:
        console.print(
            f"corpus: {summary.entities} entities · {summary.actors} actors · {summary.events} dated events · "
            f"{summary.claims} claims"
        )
