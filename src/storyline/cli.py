"""The ``storyline`` command: thin commands that parse options, call the library, format.

Exit status: 0 when the command did its job (for ingest: something was read),
1 when it could not (nothing ingested, unknown document), 2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from storyline.config import Settings, describe, load_settings
from storyline.errors import StorylineError
from storyline.exports import (
    article_row,
    entity_row,
    event_row,
    quote_row,
    write_csv,
    write_jsonl,
    write_parquet,
)
from storyline.pipeline import IngestSummary
from storyline.store import Store
from storyline.store.queries import EventFilter, find_events, resolve_entity

app = typer.Typer(help="Noisy news pages in, a clean, sourced timeline of events out.", no_args_is_help=True)
console = Console(stderr=True)
out = Console()

DbOption = Annotated[str | None, typer.Option("--db", help="SQLite store (default ./storyline.db).")]


class Kind(StrEnum):
    articles = "articles"
    events = "events"
    entities = "entities"
    quotes = "quotes"


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    timelinejs = "timelinejs"
    markdown = "markdown"


def _settings(db: str | None, **overrides: Any) -> Settings:
    try:
        return load_settings().with_overrides(db=db, **overrides)
    except ValueError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


def _open(settings: Settings, readonly: bool = False) -> Store:
    try:
        return Store(settings.db, readonly=readonly)
    except StorylineError as exc:
        console.print(f"[red]error:[/] {exc.describe()}")
        raise typer.Exit(1) from None


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files and folders: .txt, .html, .warc(.gz), .jsonl")],
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option(help="Processes for the per-document stages.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read pages, extract their articles, annotate them and merge them into the timeline."""
    from storyline.pipeline import ingest_paths

    if workers is not None and workers < 1:
        console.print("[red]error:[/] --workers must be at least 1")
        raise typer.Exit(2)
    settings = _settings(db, workers=workers)
    with _open(settings) as store, Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, disable=quiet or not console.is_terminal,
    ) as bar:  # fmt: skip
        tasks: dict[str, Any] = {}

        def progress(phase: str, done: int, total: int | None) -> None:
            if phase not in tasks:
                tasks[phase] = bar.add_task({"read": "reading", "process": "extracting"}[phase], total=total)
            bar.update(tasks[phase], completed=done, total=total)

        summary = ingest_paths(paths, store, settings, progress)
    _print_summary(summary, settings)


def _print_summary(summary: IngestSummary, settings: Settings) -> None:
    """One line per rejected input, then the counts; exit 1 when nothing was read."""
    for line in summary.errors:
        console.print(f"[yellow]skipped[/] {escape(line)}", highlight=False)
    console.print(
        f"read {summary.read}, new {summary.new}, unchanged {summary.unchanged}, failed {summary.failed}"
        f" | {summary.entities} entities, {summary.events} events in {settings.db}",
        highlight=False,
    )
    if summary.read == 0:
        raise typer.Exit(1)


@app.command()
def articles(db: DbOption = None, limit: Annotated[int, typer.Option(min=1)] = 50) -> None:
    """List the stored articles: date, outlet, title."""
    with _open(_settings(db), readonly=True) as store:
        table = Table("published", "outlet", "author", "title", "words", title="articles")
        for n, art in enumerate(store.iter_articles()):
            if n >= limit:
                break
            date = art.published or (f"~{art.published_estimate}" if art.published_estimate else "")
            table.add_row(
                date, art.outlet or "", art.author or "", art.title or art.doc, str(len(art.body.split()))
            )
        out.print(table)


def _rows(store: Store, kind: Kind) -> Iterator[dict[str, Any]]:
    if kind is Kind.articles:
        yield from (article_row(a) for a in store.iter_articles())
    elif kind is Kind.events:
        yield from (event_row(e) for e in store.iter_events())
    elif kind is Kind.entities:
        yield from (entity_row(e) for e in store.entities())
    else:
        yield from (quote_row(*row) for row in store.iter_quotes())


@app.command()
def export(
    kind: Annotated[Kind, typer.Argument(help="What to export.")],
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.jsonl,
    db: DbOption = None,
    output: Annotated[Path | None, typer.Option("--out", "-o", help="File (required for parquet).")] = None,
) -> None:
    """Print (or write) articles, events, entities or quotes."""
    if format is Format.parquet and output is None:
        console.print("[red]error:[/] --format parquet needs --out FILE")
        raise typer.Exit(2)
    if format in (Format.timelinejs, Format.markdown) and kind is not Kind.events:
        console.print(f"[red]error:[/] --format {format.value} is for events")
        raise typer.Exit(2)
    with _open(_settings(db), readonly=True) as store:
        if format is Format.parquet:
            assert output is not None
            count = write_parquet(_rows(store, kind), output)
            console.print(f"{count} {kind.value} written to {output}")
            return
        stream = output.open("w", encoding="utf-8") if output else sys.stdout
        try:
            if format is Format.jsonl:
                write_jsonl(_rows(store, kind), stream)
            elif format is Format.csv:
                write_csv(_rows(store, kind), stream)
            else:
                from storyline.exports.timeline import to_markdown, to_timelinejs

                events = list(store.iter_events())
                text = (
                    to_markdown(events)
                    if format is Format.markdown
                    else json.dumps(to_timelinejs(events), ensure_ascii=False, indent=1)
                )
                stream.write(text + "\n")
        finally:
            if output:
                stream.close()


@app.command()
def timeline(
    entities: Annotated[
        list[str] | None, typer.Argument(help="Entities that must take part (name or alias).")
    ] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    type_: Annotated[list[str] | None, typer.Option("--type", help="PLOVER type, repeatable.")] = None,
    background: Annotated[bool, typer.Option(help="Include events recalled as background.")] = True,
    db: DbOption = None,
) -> None:
    """Events in date order: date, type, actors, summary, number of sources."""
    with _open(_settings(db), readonly=True) as store:
        ids: list[str] = []
        for name in entities or []:
            found = resolve_entity(store.conn, name)
            if not found:
                console.print(f"[red]error:[/] no entity called {name!r}")
                raise typer.Exit(1)
            ids.append(found[0])
        flt = EventFilter(ids, date_from, date_to, type_ or [], include_background=background)
        table = Table("date", "type", "actors", "summary", "sources", title="timeline")
        for event in find_events(store.conn, flt):
            names = ", ".join(a.name for a in [*event.actors, *event.recipients])
            kind = event.type + (f"/{event.mode}" if event.mode else "")
            badge = " [red]≠[/]" if event.conflicts else ""
            table.add_row(event.date or "?", kind, names, event.summary, f"{len(event.sources)}{badge}")
        out.print(table)


@app.command()
def show(doc: Annotated[str, typer.Argument(help="Document id or input name.")], db: DbOption = None) -> None:
    """Print one article with its entities, dates and quotes highlighted."""
    from storyline.exports.terminal import render_article

    with _open(_settings(db), readonly=True) as store:
        row = store.conn.execute("SELECT doc_id FROM articles WHERE doc_id=? OR doc=?", (doc, doc)).fetchone()
        if row is None:
            console.print(f"[red]error:[/] no article {doc!r}")
            raise typer.Exit(1)
        out.print(render_article(store, row["doc_id"]))


@app.command("eval")
def evaluate(
    gold: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="Gold file (seeds.gold.json schema).")
    ],
    docs: Annotated[Path, typer.Option("--docs", exists=True, help="Folder of the gold's pages.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    db: Annotated[str | None, typer.Option("--db", help="Store to use (default: a temporary one).")] = None,
) -> None:
    """Run the pipeline on DOCS and score it against GOLD."""
    from storyline.evaluate import evaluate_folder, render_scores

    scores = evaluate_folder(gold, docs, db)
    if as_json:
        out.print_json(data=scores)
    else:
        out.print(render_scores(scores))


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    allow_upload: Annotated[bool, typer.Option("--allow-upload", help="Let visitors add pages.")] = False,
) -> None:
    """Open the corpus in the browser: timeline, events, entities, articles, search."""
    from storyline.web.app import run

    settings = _settings(db, host=host, port=port)
    _open(settings).close()
    run(settings.db, settings.host, settings.port, allow_upload)


class Engine(StrEnum):
    ray = "ray"


@app.command()
def run(
    inputs: Annotated[
        list[str], typer.Argument(help="Files and folders (WARC, JSONL, text, HTML, Parquet).")
    ],
    out: Annotated[Path, typer.Option("--out", help="Folder for the Parquet output.")],
    engine: Annotated[Engine, typer.Option(help="Where the per-document stages run.")] = Engine.ray,
    address: Annotated[str | None, typer.Option(help="ray://host:port of an existing cluster.")] = None,
    num_cpus: Annotated[int | None, typer.Option(min=1, help="CPUs of a local Ray.")] = None,
) -> None:
    """Run the per-document stages on Ray Data and write Parquet (then: storyline merge OUT)."""
    try:
        from storyline.engines.ray_engine import run_ray
    except ImportError:
        console.print("[red]error:[/] Ray is not installed: pip install 'storyline[ray]'")
        raise typer.Exit(2) from None
    counts = run_ray(inputs, str(out), address=address, num_cpus=num_cpus, settings=_settings(None))
    console.print(", ".join(f"{k} {v}" for k, v in counts.items()), highlight=False)
    if not counts.get("articles"):
        raise typer.Exit(1)


@app.command()
def merge(
    folder: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="Output of storyline run.")],
    db: DbOption = None,
) -> None:
    """Store the Parquet output of `storyline run` and merge it into the timeline."""
    from storyline.engines.parquet import merge_parquet

    settings = _settings(db)
    with _open(settings) as store:
        summary = merge_parquet(str(folder), store, settings)
    _print_summary(summary, settings)


@app.command()
def settings() -> None:
    """Every setting with its default (override in storyline.yaml or STORYLINE_<NAME>)."""
    table = Table("name", "default", "help")
    for name, default, help_text in describe():
        table.add_row(name, repr(default), help_text)
    out.print(table)


def main() -> None:
    app()
