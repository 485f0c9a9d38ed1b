"""``govgate demo …``: the embedded demo's synthetic data."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from classify import CatalogError, load_catalog
from gateway.settings import Settings
from gateway.demo.synth import DEFAULT_SEED, SynthError, generate_demo_store, table_name

demo_app = typer.Typer(help="The embedded demo: keys, state, synthetic Huzhou data, demo credentials.",
                       no_args_is_help=True)

_out = Console()
_err = Console(stderr=True, soft_wrap=True)


@demo_app.command()
def init(
    people: Annotated[int, typer.Option("--people", min=1, help="Synthetic persons, if the store is new.")] = 2000,
) -> None:
    """Prepare the embedded demo, reusing what exists: catalog check, keys, state, data, grants, keys per department."""
    from gateway.demo.prepare import DemoError, prepare_demo

    settings = Settings()
    started = time.perf_counter()
    try:
        with Progress(TextColumn("[bold]生成演示数据[/bold]"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=_err, transient=True) as bar:
            task = bar.add_task("rows", total=None)
            summary = prepare_demo(settings, people=people,
                                   progress=lambda done, total: bar.update(task, completed=done, total=total))
    except CatalogError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    except (DemoError, SynthError, OSError) as exc:
        typer.echo(f"cannot prepare the demo: {exc}", err=True)
        raise typer.Exit(2) from exc
    elapsed = time.perf_counter() - started
    store = (f"generated, {sum(summary.store_rows.values()):,} rows" if summary.store_rows is not None
             else "reused")
    creds = (f"{summary.credentials_issued} new keys" if summary.credentials_issued else "reused")
    typer.echo(f"demo ready in {elapsed:.1f} s — home {settings.home.resolve()}", err=True)
    typer.echo(f"  source store   {settings.store}  ({store})", err=True)
    typer.echo(f"  demo grants    {summary.grants_added} added", err=True)
    typer.echo(f"  API keys       {settings.credentials_file}  ({creds}; one per department, mode 0600)", err=True)
    for note in summary.notes:
        typer.echo(f"  {note}", err=True)
    # Plain echo for the commands: Rich would wrap them and break copy-and-paste.
    typer.echo("next, in another terminal (README.md, \"Five-minute walkthrough\"):", err=True)
    typer.echo(f"  KEY=$(python3 -c \"import json; print(json.load(open('{settings.credentials_file}'))"
               f"['civil-affairs']['api_key'])\")", err=True)
    typer.echo(f"  curl -s -H \"Authorization: Bearer $KEY\" \"http://{settings.host}:{settings.port}"
               "/v1/datasets/population/rows?fields=resident_id,name,birth_date&purpose=social-assistance&limit=3\"",
               err=True)


def default_store_path() -> Path:
    """``$GOVGATE_HOME/demo/store.db``; GOVGATE_HOME defaults to ``./var``."""
    return Settings().store


@demo_app.command()
def seed(
    people: Annotated[int, typer.Option("--people", min=1, help="Synthetic persons to generate.")] = 2000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed; the same seed gives the same rows.")] = DEFAULT_SEED,
    store: Annotated[
        Path | None, typer.Option("--store", help="SQLite file to write [default: $GOVGATE_HOME/demo/store.db].")
    ] = None,
) -> None:
    """Generate the synthetic source store (replaces the file atomically)."""
    path = store or default_store_path()
    try:
        catalog = load_catalog()
    except CatalogError as exc:
        typer.echo(str(exc), err=True)  # plain: file:line:col must not be wrapped
        raise typer.Exit(2) from exc
    started = time.perf_counter()
    with Progress(
        TextColumn("[bold]生成演示数据[/bold]"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=_err
    ) as bar:
        task = bar.add_task("rows", total=None)

        def report(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        try:
            counts = generate_demo_store(catalog, path, people=people, seed=seed, progress=report)
        except (SynthError, OSError) as exc:
            typer.echo(f"cannot generate the demo store: {exc}", err=True)
            raise typer.Exit(2) from exc
    elapsed = time.perf_counter() - started
    table = Table(title=f"{path} — {people} persons, seed {seed}, {elapsed:.1f} s")
    table.add_column("dataset")
    table.add_column("table")
    table.add_column("名称")
    table.add_column("rows", justify="right")
    for ds_id, n in counts.items():
        table.add_row(ds_id, table_name(ds_id), catalog.datasets[ds_id].name, f"{n:,}")
    table.add_row("", "", "合计", f"{sum(counts.values()):,}", style="bold")
    _out.print(table)
