"""``govgate keys …``: list keys and export public halves.  Never prints secrets."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console
from rich.table import Table

from keys.errors import KeysError
from keys.keyring import Keyring, Purpose

keys_app = typer.Typer(help="Inspect the govgate keyring.", no_args_is_help=True)

KeysDir = Annotated[
    Path | None,
    typer.Option("--keys-dir", help="Keyring directory [default: $GOVGATE_HOME/keys, GOVGATE_HOME=./var]"),
]


def default_keys_dir() -> Path:
    # Read at call time, not import time: tests and services set GOVGATE_HOME late.
    return Path(os.environ.get("GOVGATE_HOME", "var")) / "keys"


def _open(keys_dir: Path | None, *, create: bool = False) -> Keyring:
    err = Console(stderr=True)
    try:
        return Keyring.open(keys_dir or default_keys_dir(), create=create)
    except KeysError as exc:
        err.print(f"[red]{exc.diagnostics()}[/red]")
        raise typer.Exit(2) from None


@keys_app.command("init")
def init_keys(keys_dir: KeysDir = None) -> None:
    """Create the keyring and any missing default key (idempotent)."""
    keyring = _open(keys_dir, create=True)
    for record in keyring.ensure_defaults():
        typer.echo(f"created {record.purpose.value} key {record.id}")


@keys_app.command("list")
def list_keys(
    keys_dir: KeysDir = None,
    fmt: Annotated[Literal["table", "json"], typer.Option("--format")] = "table",
) -> None:
    """List keys (id, purpose, algorithm, state, created, public key)."""
    keyring = _open(keys_dir)
    views = [r.public_view() for r in keyring.records()]
    if fmt == "json":
        typer.echo(json.dumps(views, indent=2, ensure_ascii=False))
        return
    table = Table("id", "purpose", "algorithm", "state", "created", "name")
    for v in views:
        table.add_row(*(str(v.get(k) or "-") for k in ("id", "purpose", "algorithm", "state", "created", "name")))
    Console().print(table)


@keys_app.command("export-public")
def export_public(
    purpose: Annotated[Purpose, typer.Option("--purpose", help="a signing purpose")],
    keys_dir: KeysDir = None,
) -> None:
    """Print the active key's note verifier key (name+hash+base64)."""
    keyring = _open(keys_dir)
    try:
        typer.echo(keyring.export_public(purpose))
    except KeysError as exc:
        Console(stderr=True).print(f"[red]{exc.diagnostics()}[/red]")
        raise typer.Exit(1) from None
