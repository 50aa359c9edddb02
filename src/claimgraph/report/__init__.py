"""Human-facing output: the console summary of a run and the self-contained HTML report."""
