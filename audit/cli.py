"""``govgate audit …``: show the tail of the ledger and verify it.

Neither command takes the writer's lock, so both work while the gateway runs.
Exit codes of ``verify``: 0 verified, 1 verification failed, 2 ledger or keys missing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from keys import Keyring, KeysError, Purpose, parse_verifier_key
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from audit._store import read_tail
from audit.errors import AuditError, LedgerVerificationError
from audit.verify import verify_ledger

audit_app = typer.Typer(help="Inspect and verify the audit ledger.", no_args_is_help=True)


def _home() -> Path:
    # Read at call time, not import time.
    return Path(os.environ.get("GOVGATE_HOME", "var"))


LedgerDir = Annotated[
    Path | None,
    typer.Option("--ledger-dir", help="Ledger directory [default: $GOVGATE_HOME/audit, GOVGATE_HOME=./var]"),
]
KeysDir = Annotated[
    Path | None, typer.Option("--keys-dir", help="Keyring directory [default: $GOVGATE_HOME/keys]")
]


def _get(doc: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(doc, dict):
            return None
        doc = doc.get(key)
    return doc


@audit_app.command("tail")
def tail(
    n: Annotated[int, typer.Option("-n", help="number of entries")] = 20,
    fmt: Annotated[Literal["table", "json"], typer.Option("--format")] = "table",
    ledger_dir: LedgerDir = None,
) -> None:
    """Show the last N audit entries."""
    directory = ledger_dir or _home() / "audit"
    if not directory.is_dir():
        Console(stderr=True).print(f"[red]no ledger at {escape(str(directory))}[/red]")
        raise typer.Exit(2)
    try:
        entries = read_tail(directory, n)
    except (AuditError, ValueError, KeyError, TypeError) as exc:
        Console(stderr=True).print(f"[red]cannot read the ledger: {escape(str(exc))}[/red]")
        raise typer.Exit(1) from None
    if fmt == "json":
        for entry in entries:
            typer.echo(json.dumps(entry.to_dict(), ensure_ascii=False))
        return
    table = Table("index", "time", "department", "dataset", "purpose", "outcome", "rows", "decision reasons")
    for entry in entries:
        ev = entry.event
        outcome = str(_get(ev, "event", "outcome") or "-")
        colour = "green" if outcome == "success" else "red"
        reasons = _get(ev, "govgate", "decision", "reasons") or []
        table.add_row(
            str(entry.index),
            escape(str(_get(ev, "@timestamp") or "-")),
            escape(str(_get(ev, "user", "group", "id") or "-")),
            escape(str(_get(ev, "govgate", "dataset") or "-")),
            escape(str(_get(ev, "govgate", "purpose") or "-")),
            f"[{colour}]{escape(outcome)}[/{colour}]",
            str(_get(ev, "govgate", "rows") if _get(ev, "govgate", "rows") is not None else "-"),
            escape(", ".join(str(r.get("code")) for r in reasons if isinstance(r, dict)) or "-"),
        )
    Console().print(table)


@audit_app.command("verify")
def verify(
    ledger_dir: LedgerDir = None,
    keys_dir: KeysDir = None,
    verifier_key: Annotated[
        list[str] | None,
        typer.Option("--verifier-key", help="trust this note verifier key (name+hash+key) "
                     "instead of the keyring; repeatable"),
    ] = None,
) -> None:
    """Verify the hash chain, every checkpoint signature and root, and completeness."""
    out, err = Console(), Console(stderr=True)
    directory = ledger_dir or _home() / "audit"
    if not directory.is_dir():
        err.print(f"[red]no ledger at {escape(str(directory))}[/red]")
        raise typer.Exit(2)
    try:
        if verifier_key:
            parsed = [parse_verifier_key(v) for v in verifier_key]
            trusted: dict[str, object] = {v.key_id: v.public_key_bytes for v in parsed}
        else:
            keyring = Keyring.open(keys_dir or _home() / "keys")
            trusted = dict(keyring.public_keys(Purpose.AUDIT_SIGNING))
    except KeysError as exc:
        err.print(f"[red]cannot load trusted keys: {escape(exc.diagnostics())}[/red]")
        raise typer.Exit(2) from None
    try:
        report = verify_ledger(directory, trusted)
    except LedgerVerificationError as exc:
        where = "-" if exc.index is None else str(exc.index)
        out.print(f"[bold red]FAILED[/bold red] [red]first bad index {where} "
                  f"(step {exc.step}): {escape(exc.reason)}[/red]")
        raise typer.Exit(1) from None
    except AuditError as exc:
        out.print(f"[bold red]FAILED[/bold red] [red]{escape(exc.diagnostics())}[/red]")
        raise typer.Exit(1) from None
    out.print(f"[bold green]OK[/bold green][green]: {report.entries_checked} events, "
              f"{report.checkpoints_checked} checkpoints, head {report.head[:16]}…, "
              f"root {report.root_hash[:16]}…[/green]")
    if report.unsealed:
        out.print(f"[yellow]{report.unsealed} newest events are not yet covered by a signed checkpoint[/yellow]")
    if report.torn_tail:
        out.print("[yellow]an unacknowledged partial last line is present (the writer drops it on reopen)[/yellow]")
