"""``govgate keys …``: list, rotate, retire, destroy, export-public, rewrap.  Never prints secrets.

Every command that changes the keyring reports the change through the event sink that
the ``govgate`` root command installs with :func:`set_event_sink` (keys/ does not import
audit/); without one, the command says that the change was not recorded.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from keys.errors import KeysError
from keys.keyring import EventHook, Keyring
from keys.master import KdfParams, MasterKey
from keys.records import KeyRecord, Purpose
from keys.suites import Suite
from keys.verify_response import ResponseVerificationError, verify_saved_response

keys_app = typer.Typer(help="The keyring: list, rotate, retire, destroy, export public keys, rewrap.",
                       no_args_is_help=True)
err = Console(stderr=True, soft_wrap=True)

_event_sink: Callable[[Keyring], EventHook | None] | None = None


def set_event_sink(factory: Callable[[Keyring], EventHook | None] | None) -> None:
    """Install ``factory(keyring) -> on_event`` for the mutating commands (audit wiring): the
    factory gets the opened keyring, so its hook can sign ledger checkpoints with the keyring's
    audit key even right after a rewrap."""
    global _event_sink
    _event_sink = factory


class Format(str, Enum):
    table = "table"
    json = "json"


KeysDir = Annotated[
    Path | None,
    typer.Option("--keys-dir", help="Keyring directory [default: $GOVGATE_HOME/keys, GOVGATE_HOME=./var]"),
]
FormatOpt = Annotated[Format, typer.Option("--format", help="table or json")]


def default_keys_dir() -> Path:
    # Read at call time, not import time: tests and services set GOVGATE_HOME late.
    return Path(os.environ.get("GOVGATE_HOME", "var")) / "keys"


def _fail(exc: Exception, code: int = 2) -> typer.Exit:
    text = exc.diagnostics() if isinstance(exc, KeysError) else str(exc)
    err.print(f"[red]{escape(text)}[/red]")
    return typer.Exit(code)


def _open(keys_dir: Path | None, *, create: bool = False, unprotected: str = "refuse",
          suite: Suite | None = None, mutating: bool = False) -> Keyring:
    try:
        keyring = Keyring.open(keys_dir or default_keys_dir(), create=create, suite=suite,
                               unprotected=unprotected)  # type: ignore[arg-type]
    except KeysError as exc:
        raise _fail(exc) from None
    if mutating:
        hook = _event_sink(keyring) if _event_sink else None
        if hook is None:
            err.print("[yellow]note: no audit event sink is wired; this key operation is logged only[/yellow]")
        keyring.set_event_hook(hook)
    return keyring


def _show(records: list[KeyRecord], fmt: Format) -> None:
    views = [r.public_view() for r in records]
    if fmt is Format.json:
        typer.echo(json.dumps(views, indent=2, ensure_ascii=False))
        return
    table = Table("id", "purpose", "algorithm", "state", "created", "since", box=box.SIMPLE_HEAD, padding=(0, 1))
    for v in views:  # dates only; --format json has the times, suite, name and verifier key
        since = v.get("destroyed") or v.get("retired") or "-"
        table.add_row(*(str(v[k]) for k in ("id", "purpose", "algorithm", "state")), str(v["created"])[:10],
                      str(since)[:10])
    Console().print(table)


@keys_app.command("init")
def init_keys(keys_dir: KeysDir = None, suite: Annotated[Suite, typer.Option(help="default suite")] = Suite.INTL,
              fmt: FormatOpt = Format.table) -> None:
    """Create the keyring and any missing default key (idempotent)."""
    keyring = _open(keys_dir, create=True, suite=suite, mutating=True)
    try:
        created = keyring.ensure_defaults(suite=suite)
    except KeysError as exc:
        raise _fail(exc, 1) from None
    _show(created, fmt) if fmt is Format.json or created else typer.echo("every purpose has an active key")


@keys_app.command("list")
def list_keys(keys_dir: KeysDir = None, purpose: Annotated[Purpose | None, typer.Option()] = None,
              fmt: FormatOpt = Format.table) -> None:
    """List keys (id, purpose, suite, algorithm, state, dates, public key) — never secrets."""
    _show(_open(keys_dir).records(purpose), fmt)


@keys_app.command("rotate")
def rotate(purpose: Annotated[Purpose, typer.Option("--purpose")], keys_dir: KeysDir = None,
           suite: Annotated[Suite | None, typer.Option(help="suite of the new key [default: the old key's]")] = None,
           fmt: FormatOpt = Format.table) -> None:
    """Add a new active key for a purpose; the previous one retires (verifies/decrypts only)."""
    keyring = _open(keys_dir, mutating=True)
    try:
        record = keyring.rotate(purpose, suite=suite)
    except KeysError as exc:
        raise _fail(exc, 1) from None
    _show([record, *[r for r in keyring.records(purpose) if r.retired and r.id != record.id][-1:]], fmt)


@keys_app.command("retire")
def retire(key_id: Annotated[str, typer.Argument(help="key id (8 hex digits)")], keys_dir: KeysDir = None,
           fmt: FormatOpt = Format.table) -> None:
    """Active → retired: stops signing/encrypting, still verifies/decrypts."""
    keyring = _open(keys_dir, mutating=True)
    try:
        _show([keyring.retire(key_id)], fmt)
    except KeysError as exc:
        raise _fail(exc, 1) from None


@keys_app.command("destroy")
def destroy(key_id: Annotated[str, typer.Argument(help="key id (8 hex digits)")], keys_dir: KeysDir = None,
            yes: Annotated[bool, typer.Option("--yes", help="do not ask")] = False,
            fmt: FormatOpt = Format.table) -> None:
    """Retired → destroyed: erase the key material; what it signed or encrypted is lost for good."""
    keyring = _open(keys_dir, mutating=True)
    if not yes:
        typer.confirm(f"Destroy key {key_id}? Its ciphertexts will never decrypt and its signatures will no "
                      "longer verify", abort=True)
    try:
        _show([keyring.destroy(key_id)], fmt)
    except KeysError as exc:
        raise _fail(exc, 1) from None


@keys_app.command("export-public")
def export_public(purpose: Annotated[Purpose, typer.Option("--purpose", help="a signing purpose")],
                  keys_dir: KeysDir = None,
                  key_id: Annotated[str | None, typer.Option("--key-id", help="default: the active key")] = None,
                  fmt: FormatOpt = Format.table) -> None:
    """Print a public key as a note verifier key (name+hash+base64); json adds suite and algorithm."""
    keyring = _open(keys_dir)
    try:
        vkey = keyring.export_public(purpose, key_id)
    except KeysError as exc:
        raise _fail(exc, 1) from None
    if fmt is Format.json:
        record = keyring.record(vkey.split("+")[1])
        typer.echo(json.dumps(record.public_view(), indent=2, ensure_ascii=False))
    else:
        typer.echo(vkey)


def _target_master(keys_dir: Path, keyring: Keyring, *, to_file: Path | None, generate: Path | None,
                   to_env: str | None, to_passphrase_env: str | None, to_local: bool) -> MasterKey:
    chosen = [x for x in (to_file, generate, to_env, to_passphrase_env, to_local or None) if x is not None]
    if len(chosen) > 1:
        raise typer.BadParameter("give at most one of --to-file, --generate, --to-env, --to-passphrase-env, "
                                 "--to-local")
    if to_file is not None:
        return MasterKey.from_file(to_file)
    if generate is not None:
        return MasterKey.generate_file(generate)
    if to_env is not None:
        return MasterKey.from_base64(os.environ.get(to_env, ""), source=f"${to_env}")
    if to_passphrase_env is not None:
        return MasterKey.from_passphrase(os.environ.get(to_passphrase_env, ""), KdfParams.new())
    if to_local:
        local = keys_dir.parent / "master.key"
        staged = local.with_name("master.key.new")
        staged.unlink(missing_ok=True)
        return MasterKey.generate_file(staged)
    raise typer.BadParameter("the keyring is already wrapped; say where the new master key is "
                             "(--to-file, --generate, --to-env, --to-passphrase-env or --to-local)")


@keys_app.command("rewrap")
def rewrap(keys_dir: KeysDir = None,
           to_file: Annotated[Path | None, typer.Option(help="new master key in this existing file (0600)")] = None,
           generate: Annotated[Path | None, typer.Option(help="generate a new master key into this file")] = None,
           to_env: Annotated[str | None, typer.Option(help="new master key (base64) in this env variable")] = None,
           to_passphrase_env: Annotated[str | None, typer.Option(help="new passphrase in this env variable")] = None,
           to_local: Annotated[bool, typer.Option(help="replace $GOVGATE_HOME/master.key by a new key")] = False,
           fmt: FormatOpt = Format.table) -> None:
    """Re-seal every key under a new master key (key values unchanged); without a target, wrap
    keys stored in the clear under the configured master key (migration)."""
    directory = keys_dir or default_keys_dir()
    keyring = _open(directory, unprotected="allow", mutating=True)
    before = keyring.master_key_id
    no_target = not (to_file or generate or to_env or to_passphrase_env or to_local)
    if no_target and keyring.unprotected_keys:  # migration: wrap under the configured master key
        try:
            count = keyring.protect()
        except KeysError as exc:
            raise _fail(exc, 1) from None
        typer.echo(f"{count} key(s) stored in the clear are now wrapped under master key {keyring.master_key_id}")
        return
    try:
        target = _target_master(directory, keyring, to_file=to_file, generate=generate, to_env=to_env,
                                to_passphrase_env=to_passphrase_env, to_local=to_local)
        keyring.rewrap(target)
        if to_local:
            os.replace(directory.parent / "master.key.new", directory.parent / "master.key")
    except KeysError as exc:
        raise _fail(exc, 1) from None
    result: dict[str, Any] = {"keyring": str(directory), "keys": len(keyring.records()),
                              "previous_master_key_id": before, "master_key_id": target.key_id,
                              "master_source": target.source}
    if fmt is Format.json:
        typer.echo(json.dumps(result, indent=2))
        return
    typer.echo(f"{result['keys']} keys now wrapped under master key {target.key_id} ({target.source}); "
               f"previous master key: {before or 'none (keys were in the clear)'}")
    if not to_local and (to_file or generate or to_env or to_passphrase_env):
        typer.echo("every process that opens this keyring must now be given the new master key "
                   "(GOVGATE_MASTER_KEY, GOVGATE_MASTER_KEY_FILE or GOVGATE_MASTER_PASSPHRASE)")


def verify_response_command(
    saved: Annotated[Path, typer.Argument(help="the saved response (curl -si … > saved.http)")],
    verifier_key: Annotated[list[str] | None, typer.Option("--verifier-key", help="trusted key "
                            "(govgate keys export-public --purpose response-signing); repeatable")] = None,
    keys_dir: KeysDir = None,
    max_age: Annotated[int | None, typer.Option(help="refuse signatures older than this many seconds")] = None,
) -> None:
    """Verify a saved gateway response offline: Content-Digest and HTTP Message Signature.

    Exit codes: 0 verified, 1 verification failed, 2 input or keys missing.
    """
    import time

    try:
        raw = saved.read_bytes()
        if verifier_key:
            trusted: Any = list(verifier_key)
            destroyed: dict[str, str] = {}
        else:
            keyring = Keyring.open(keys_dir or default_keys_dir())
            trusted = {k: v.public_bytes_raw() for k, v in keyring.public_keys(Purpose.RESPONSE_SIGNING).items()}
            destroyed = {k: str(r.destroyed) for k, r in keyring.destroyed_keys(Purpose.RESPONSE_SIGNING).items()}
    except (OSError, KeysError) as exc:
        raise _fail(exc) from None
    try:
        ok = verify_saved_response(raw, trusted=trusted, destroyed=destroyed,
                                   now=int(time.time()) if max_age is not None else None, max_age=max_age)
    except ResponseVerificationError as exc:
        typer.echo(f"FAILED {exc}")
        raise typer.Exit(1) from None
    typer.echo(f"OK: status {ok.status}, {len(ok.body)} body bytes, key {ok.keyid} ({ok.alg}), "
               f"created {ok.created}, digests {', '.join(ok.digests)}, covers {' '.join(ok.components)}")


keys_app.command("verify-response")(verify_response_command)
