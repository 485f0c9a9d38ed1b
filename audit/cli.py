"""``govgate audit …``: tail, verify, prove, consistency, export (+ es-setup, ship, search, subject).

No command takes the writer's lock, so all work while the gateway runs.
Exit codes of ``verify``: 0 verified, 1 verification failed (ledger, bundle or
Elasticsearch cross-check), 2 ledger, keys or Elasticsearch missing.
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

from audit._parallel import default_workers
from audit._reader import iter_entries, read_leaves
from audit._store import read_tail
from audit.bundle import export_bundle, verify_bundle
from audit.checkpoint import split_note
from audit.errors import AuditError, LedgerVerificationError
from audit.proof import prove_consistency, prove_inclusion
from audit.status import latest_checkpoint
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
        Console(stderr=True, soft_wrap=True).print(f"[red]no ledger at {escape(str(directory))}[/red]")
        raise typer.Exit(2)
    try:
        entries = read_tail(directory, n)
    except (AuditError, ValueError, KeyError, TypeError) as exc:
        Console(stderr=True, soft_wrap=True).print(f"[red]cannot read the ledger: {escape(str(exc))}[/red]")
        raise typer.Exit(1) from None
    if fmt == "json":
        for entry in entries:
            typer.echo(json.dumps(entry.to_dict(), ensure_ascii=False))
        return
    table = Table("index", "time", "action", "department", "dataset", "purpose", "outcome", "rows", "reasons")
    for entry in entries:
        ev = entry.event
        outcome = str(_get(ev, "event", "outcome") or "-")
        colour = "green" if outcome == "success" else "red"
        # read events keep reasons under the decision; action events (logins, approvals…) at the top
        reasons = _get(ev, "govgate", "decision", "reasons") or _get(ev, "govgate", "reasons") or []
        table.add_row(
            str(entry.index),
            escape(str(_get(ev, "@timestamp") or "-")),
            escape(str(_get(ev, "event", "action") or "-")),
            escape(str(_get(ev, "user", "group", "id") or "-")),
            escape(str(_get(ev, "govgate", "dataset") or "-")),
            escape(str(_get(ev, "govgate", "purpose") or "-")),
            f"[{colour}]{escape(outcome)}[/{colour}]",
            str(_get(ev, "govgate", "rows") if _get(ev, "govgate", "rows") is not None else "-"),
            escape(", ".join(str(r.get("code")) for r in reasons if isinstance(r, dict)) or "-"),
        )
    Console().print(table)


def _trusted(keys_dir: Path | None, verifier_keys: list[str] | None) -> dict[str, object]:
    """Trusted audit-signing keys: the given verifier keys (strings or files), else the keyring."""
    if verifier_keys:
        parsed = []
        for v in verifier_keys:
            text = Path(v).read_text("utf-8").strip() if "+" not in v and Path(v).is_file() else v.strip()
            parsed.append(parse_verifier_key(text))
        return {p.key_id: p.public_key_bytes for p in parsed}
    keyring = Keyring.open(keys_dir or _home() / "keys")
    return dict(keyring.public_keys(Purpose.AUDIT_SIGNING))


@audit_app.command("verify")
def verify(
    ledger_dir: LedgerDir = None,
    keys_dir: KeysDir = None,
    verifier_key: Annotated[
        list[str] | None,
        typer.Option("--verifier-key", "--pubkey", help="trust this note verifier key (name+hash+key, or a file "
                     "holding it) instead of the keyring; repeatable"),
    ] = None,
    bundle: Annotated[Path | None, typer.Option("--bundle", help="verify an exported bundle instead")] = None,
    deep: Annotated[bool, typer.Option("--deep", help="also re-canonicalise every event (RFC 8785)")] = False,
    known: Annotated[list[Path] | None, typer.Option("--known-checkpoint", help="a signed checkpoint seen "
                     "earlier (receipt, witness): the ledger must still contain it; repeatable")] = None,
    workers: Annotated[int, typer.Option(help="processes checking entries (0 = one per core)")] = 0,
    es: Annotated[bool, typer.Option("--es", help="then cross-check Elasticsearch ($GOVGATE_ES_URL)")] = False,
) -> None:
    """Verify the hash chain, every checkpoint signature and root, and completeness (exit 1 on failure)."""
    out, err = Console(), Console(stderr=True, soft_wrap=True)
    directory = ledger_dir or _home() / "audit"
    if bundle is None and not directory.is_dir():
        err.print(f"[red]no ledger at {escape(str(directory))}[/red]")
        raise typer.Exit(2)
    try:
        trusted = _trusted(keys_dir, verifier_key)
        known_notes = tuple(p.read_text("utf-8") for p in known or [])
    except (KeysError, OSError) as exc:
        err.print(f"[red]cannot load trusted keys: {escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    try:
        if bundle is not None:
            report = verify_bundle(bundle, trusted, deep=deep, known=known_notes)
        else:
            report = verify_ledger(directory, trusted, deep=deep, known=known_notes,
                                   workers=workers or default_workers())
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
    if es and bundle is None:
        from audit._cli_es import es_crosscheck

        es_crosscheck(directory, report.latest_checkpoint_size)


def _proof_out(obj: dict[str, object], note: str | None) -> None:
    if note is not None:
        obj["checkpoint"] = note
    typer.echo(json.dumps(obj, indent=2, ensure_ascii=False))


@audit_app.command("prove")
def prove(
    index: Annotated[int, typer.Argument(help="ledger index (the receipt's index)")],
    tree_size: Annotated[int | None, typer.Option("--tree-size", help="prove against this size "
                         "[default: the latest signed checkpoint]")] = None,
    ledger_dir: LedgerDir = None,
) -> None:
    """Print the RFC 9162 inclusion proof of an entry against a signed checkpoint (JSON)."""
    directory = ledger_dir or _home() / "audit"
    note = latest_checkpoint(directory)
    size = tree_size if tree_size is not None else (split_note(note).checkpoint.size if note else 0)
    try:
        leaves = read_leaves(directory, size)
        proof = prove_inclusion(leaves, index, size)
    except (AuditError, OSError) as exc:
        Console(stderr=True, soft_wrap=True).print(f"[red]cannot prove index {index}: {escape(str(exc))}[/red]")
        raise typer.Exit(1) from None
    obj = proof.to_dict()
    obj["event_hash"] = next(iter_entries(directory, index, index + 1))[0].hash
    _proof_out(obj, note if tree_size is None or (note and split_note(note).checkpoint.size == size) else None)


@audit_app.command("consistency")
def consistency(
    old_size: Annotated[int, typer.Argument(help="the older tree size (an earlier checkpoint)")],
    new_size: Annotated[int | None, typer.Argument(help="the newer size [default: latest checkpoint]")] = None,
    ledger_dir: LedgerDir = None,
) -> None:
    """Print the RFC 9162 consistency proof between two tree sizes (JSON)."""
    directory = ledger_dir or _home() / "audit"
    note = latest_checkpoint(directory)
    size = new_size if new_size is not None else (split_note(note).checkpoint.size if note else 0)
    try:
        proof = prove_consistency(read_leaves(directory, size), old_size, size)
    except (AuditError, OSError) as exc:
        Console(stderr=True, soft_wrap=True).print(f"[red]cannot prove consistency: {escape(str(exc))}[/red]")
        raise typer.Exit(1) from None
    _proof_out(proof.to_dict(), note if new_size is None else None)


@audit_app.command("export")
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="bundle file to write (tar)")],
    ledger_dir: LedgerDir = None,
) -> None:
    """Write a bundle of everything sealed; verify it with `audit verify --bundle B --pubkey K`."""
    directory = ledger_dir or _home() / "audit"
    try:
        manifest = export_bundle(directory, out)
    except (AuditError, OSError) as exc:
        Console(stderr=True, soft_wrap=True).print(f"[red]cannot export: {escape(str(exc))}[/red]")
        raise typer.Exit(1) from None
    Console(stderr=True, soft_wrap=True).print(f"wrote {escape(str(out))}: {manifest['tree_size']} events, "
                               f"root {str(manifest['root_hash'])[:16]}…")


from audit import _cli_es  # noqa: E402,F401 - registers es-setup, ship, search, subject
