"""The command line: a thin Typer layer over the library (`claimgraph --help`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import ClaimgraphError

app = typer.Typer(
    help="claimgraph: who claims what about a news story, who supports or denies it, and when — "
    "with a pointer to the exact sentence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Quality evaluations on annotated corpora (the main metric is printed last).", no_args_is_help=True)
bench_app = typer.Typer(help="Speed and memory benchmarks against a baseline measured in the same run.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")


def _fail(exc: ClaimgraphError) -> None:
    typer.secho(f"error {exc.code}: {exc.message}", fg="red", err=True)
    raise typer.Exit(2)


@app.command()
def analyze(
    paths: List[Path] = typer.Argument(..., help="Files or folders: .txt, .html/.htm, .jsonl, .warc/.warc.gz (folders are read recursively)."),
    db: Path = typer.Option(Path("claimgraph.duckdb"), "--db", help="DuckDB file to create or update."),
    engine: str = typer.Option("local", "--engine", help="Execution engine: local (process pool) or ray (needs the [ray] extra)."),
    address: Optional[str] = typer.Option(None, "--address", help="With --engine ray: an existing Ray cluster (e.g. ray://head:10001 or auto); default starts a local Ray."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Worker processes (default: one per core)."),
    stages: str = typer.Option("all", "--stages", help="all: every stage; ingest: only clean, metadata and near-duplicates (fast)."),
    gazetteer: List[Path] = typer.Option([], "--gazetteer", help="Extra gazetteer TSV file(s) extending resources/gazetteers (repeatable)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary table."),
) -> None:
    """Ingest articles, run every stage and store the results in DuckDB.

    Re-running on the same input changes nothing; new files are added; bad files are reported and
    skipped. Exit code 0 when at least one article from the inputs is in the database.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .analyze import analyze as run_analyze
    from .stages import pipeline_factory
    from .report.console import print_summary

    err = Console(stderr=True, highlight=False)
    labels = {"problem": "[yellow]skipped[/]", "warning": "[cyan]warning[/]", "dropped": "[yellow]dropped[/]"}

    def on_event(kind: str, source: str, message: str) -> None:
        err.print(f"{labels[kind]} {source}: {message}", markup=True, soft_wrap=True)

    progress = Progress(SpinnerColumn(), TextColumn("analyzing"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("articles"), TimeElapsedColumn(), console=err, disable=quiet, transient=True)
    try:
        with progress:
            task = progress.add_task("analyze", total=None)
            summary = run_analyze([str(p) for p in paths], db, workers=workers, engine=engine, on_event=on_event,
                                  progress=lambda n: progress.advance(task, n), factory=pipeline_factory(stages, gazetteer),
                                  address=address)
    except ClaimgraphError as exc:
        _fail(exc)
        return
    if not quiet:
        print_summary(summary, db, err)
    if not summary.ok:
        typer.secho("error CG-E102: no article could be stored from the inputs (see the problems above).", fg="red", err=True)
        raise typer.Exit(1)


@app.command()
def export(
    db: Path = typer.Option(Path("claimgraph.duckdb"), "--db", help="The database to export."),
    format: str = typer.Option("json", "--format", "-f", help="json (the contract document), csv or parquet (a folder of tables), claimreview (schema.org JSON-LD), graphml (actors, claims, stance edges)."),
    out: str = typer.Option("-", "--out", "-o", help="Output file (json; - for stdout) or folder (csv, parquet)."),
) -> None:
    """Export the database: the JSON document of CONTRACT.md, or CSV / Parquet tables."""
    from .export import export as run_export

    try:
        run_export(db, format, out)
    except ClaimgraphError as exc:
        _fail(exc)


@app.command()
def report(
    db: Path = typer.Option(Path("claimgraph.duckdb"), "--db", help="The database to report on."),
    out: Path = typer.Option(Path("claimgraph-report.html"), "--out", "-o", help="The HTML file to write."),
) -> None:
    """Write one self-contained HTML report (opens offline; no scripts or styles from the network)."""
    from .report.html import write_report

    try:
        write_report(db, out)
    except ClaimgraphError as exc:
        _fail(exc)
    typer.echo(f"report written to {out}")


@app.command()
def serve(
    db: Path = typer.Option(Path("claimgraph.duckdb"), "--db", help="The database to serve (opened read-only)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default: this machine only)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
) -> None:
    """Web UI and JSON API over a database (OpenAPI at /docs)."""
    try:
        import uvicorn
    except ImportError:
        _fail(ClaimgraphError("CG-E105", "uvicorn is not installed: run `pip install 'claimgraph[web]'`."))
        return
    from .web.app import create_app

    try:
        app_ = create_app(db)
    except ClaimgraphError as exc:
        _fail(exc)
        return
    typer.echo(f"serving {db} on http://{host}:{port}  (API docs: http://{host}:{port}/docs)")
    uvicorn.run(app_, host=host, port=port, log_level="warning")


# -- evaluations -------------------------------------------------------------------------------
@eval_app.command("textpages")
def eval_textpages(
    dir: Path = typer.Option(..., "--dir", help="Folder with pages/*.txt and snippets.json (as shared/data/textpages-dev)."),
    predictions_out: Optional[Path] = typer.Option(None, "--predictions-out", help="Write {page: {articleBody}} JSON here."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N pages."),
) -> None:
    """Page cleaning: share of must-keep snippets kept and must-drop snippets dropped."""
    from .eval.textpages import run

    run(dir, predictions_out, limit=limit)


@eval_app.command("timex")
def eval_timex(
    dir: Path = typer.Option(..., "--dir", help="Folder of TempEval-3 TimeML files (.tml or .tml.TE3input) with a DCT."),
    predictions_out: Optional[Path] = typer.Option(None, "--predictions-out", help="Write <name>.tml predictions here."),
) -> None:
    """Temporal expressions: strict/relaxed span F1, type and value F1 (TempEval-3 task A)."""
    from .eval.timex import run

    run(dir, predictions_out)


@eval_app.command("polnear")
def eval_polnear(
    dir: Path = typer.Option(..., "--dir", help="A PolNeAR split: text/*.txt and attributions/*.ann (gold, optional)."),
    predictions_out: Optional[Path] = typer.Option(None, "--predictions-out", help="Write brat .ann predictions here."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N articles."),
) -> None:
    """Attribution: source, cue and content P/R/F1, exact and overlap."""
    from .eval.polnear import run

    run(dir, predictions_out, limit=limit)


@eval_app.command("fnc1")
def eval_fnc1(
    bodies: Path = typer.Option(..., "--bodies", help="FNC-1 bodies CSV (Body ID,articleBody)."),
    stances: Path = typer.Option(..., "--stances", help="FNC-1 stances CSV (Headline,Body ID[,Stance])."),
    predictions_out: Optional[Path] = typer.Option(None, "--predictions-out", help="Write Headline,Body ID,Stance here."),
    ids: Optional[Path] = typer.Option(None, "--ids", help="Only rows whose Body ID is listed in this file (e.g. hold_out_ids.txt)."),
) -> None:
    """Article stance: the official FNC-1 relative score."""
    from .eval.fnc1 import run

    run(bodies, stances, predictions_out, ids=ids)


@eval_app.command("emergent")
def eval_emergent(
    csv: Path = typer.Option(..., "--csv", help="Emergent CSV (claimHeadline,articleHeadline,articleHeadlineStance,...)."),
    predictions_out: Optional[Path] = typer.Option(None, "--predictions-out", help="Write the rows plus predictedStance here."),
) -> None:
    """Headline stance toward a claim: accuracy over for / against / observing."""
    from .eval.emergent import run

    run(csv, predictions_out)


@eval_app.command("entities")
def eval_entities(
    gold: Optional[Path] = typer.Option(None, "--gold", help="Gold file (default: the hand-annotated seeds gold)."),
) -> None:
    """Entities and actors on the seeds: precision/recall of canonical entities and actor affiliation."""
    from .eval.entities import run

    run(gold)


# -- benchmarks --------------------------------------------------------------------------------
@bench_app.command("ingest")
def bench_ingest(
    articles: int = typer.Option(10_000, "--articles", "-n", min=10, help="Largest corpus size (also runs at 1/4 and 1/2)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes for claimgraph."),
) -> None:
    """Read + clean + metadata + dedup: articles/s and peak RSS vs trafilatura's extract."""
    from .bench.ingest import run

    run(articles, workers)


@bench_app.command("pipeline")
def bench_pipeline(
    articles: int = typer.Option(1000, "--articles", "-n", min=10, help="Corpus size (seeds + wrapped FNC-1 bodies)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes for claimgraph."),
) -> None:
    """The full pipeline: articles/s and peak RSS vs bare spaCy on the same texts."""
    from .bench.pipeline import run

    run(articles, workers)


@bench_app.command("timex")
def bench_timex() -> None:
    """Temporal tagging: expressions/s vs dateparser's search_dates on the same text."""
    from .bench.timex import run

    run()


@bench_app.command("entities")
def bench_entities() -> None:
    """Entity stage words/s vs bare spaCy NER on the same text."""
    from .bench.entities import run

    run()


@bench_app.command("attribution")
def bench_attribution() -> None:
    """Attribution cost relative to the spaCy parse it uses."""
    from .bench.attribution import run

    run()


def main() -> None:
    """Entry point of the `claimgraph` command."""
    try:
        app()
    except ClaimgraphError as exc:  # pragma: no cover - commands catch their own
        print(f"error {exc.code}: {exc.message}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
