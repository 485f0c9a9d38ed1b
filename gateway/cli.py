"""The ``govgate`` command: each package contributes its own command group."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime, timedelta, timezone
from enum import Enum
from typing import Annotated, Any, Optional

import importlib

import click
import typer
import typer.main
from rich.console import Console
from rich.table import Table
from typer.core import TyperGroup

from gateway.settings import Settings
from keys.cli import verify_response_command

console = Console()
err = Console(stderr=True, soft_wrap=True)

# Each package's command group, imported only when it is used: `govgate audit verify` does
# not pay for Presidio and spaCy (classify) or the Elasticsearch client (≈ 1.5 s of imports),
# and `govgate --help` lists them from the one-line summaries here without importing any
# (tests/gateway/test_cli.py checks each summary against its group's own help).
# Order as in `govgate --help`.
LAZY_GROUPS: dict[str, tuple[str, str, str]] = {
    "catalog": ("classify.cli", "catalog_app",
                "Browse and validate the public-data catalog (departments, purposes, datasets)."),
    "classify": ("classify.cli_classify", "classify_app",
                 "Detect personal information (text, tables), mask text, and check catalog grades."),
    "policy": ("policy.cli", "policy_app", "Policy bundle: Rego tests, evaluation, explanation, revision."),
    "audit": ("audit.cli", "audit_app", "Inspect and verify the audit ledger."),
    "keys": ("keys.cli", "keys_app", "The keyring: list, rotate, retire, destroy, export public keys, rewrap."),
    "demo": ("gateway.demo.cli", "demo_app", "The embedded demo: keys, state, synthetic Huzhou data, demo credentials."),
    "users": ("gateway.users_cli", "users_app",
              "People: add (initial password shown once), list, lock, unlock, roles, reset-totp."),
    "applications": ("gateway.applications_cli", "applications_app",
                     "Applications for restricted data: list, overdue, expire lapsed grants."),
}


class _LazyGroup(TyperGroup):
    """The top-level group: the commands defined here, plus each package's group on demand."""

    _listing = False  # true while `govgate --help` is being written: summaries, no imports

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*LAZY_GROUPS, *(name for name in super().list_commands(ctx) if name not in LAZY_GROUPS)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_GROUPS and cmd_name not in self.commands:
            module, attribute, summary = LAZY_GROUPS[cmd_name]
            if self._listing:
                return click.Group(cmd_name, help=summary)
            command = typer.main.get_command(getattr(importlib.import_module(module), attribute))
            command.name = cmd_name
            self.commands[cmd_name] = command
        return super().get_command(ctx, cmd_name)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False


app = typer.Typer(name="govgate", help="湖州市公共数据安全治理网关 govgate — policy, masking, audit.",
                  no_args_is_help=True, add_completion=False, cls=_LazyGroup)
credentials_app = typer.Typer(help="Department API keys: issue (shown once), list, revoke.", no_args_is_help=True)

app.add_typer(credentials_app, name="credentials")
app.command("verify-response")(verify_response_command)


class Format(str, Enum):
    table = "table"
    json = "json"


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option(help="bind address (GOVGATE_HOST)")] = None,
    port: Annotated[Optional[int], typer.Option(help="port (GOVGATE_PORT, default 8000)")] = None,
    access_log: Annotated[Optional[bool], typer.Option(
        "--access-log/--no-access-log",
        help="uvicorn's per-request log line (GOVGATE_ACCESS_LOG, default off: every data request is in the "
             "audit ledger, and query strings can carry filter values such as identifiers)")] = None,
) -> None:
    """Start the gateway (uvicorn, one process, uvloop + httptools)."""
    import uvicorn

    from audit import AuditError
    from classify import ClassifyError
    from gateway.app import create_app
    from gateway.context import open_governance
    from gateway.errors import NotReady
    from keys import KeysError
    from policy import PolicyError

    settings = Settings()
    try:
        governance = open_governance(settings)
    except NotReady as exc:
        typer.echo(f"not ready: {exc}", err=True)
        raise typer.Exit(2) from exc
    except (ClassifyError, AuditError, KeysError, PolicyError) as exc:
        # Refuse to serve on a broken catalog, ledger, keyring or bundle: name it and stop.
        typer.echo(f"cannot start: {type(exc).__name__}: {exc}", err=True)
        if isinstance(exc, AuditError):
            typer.echo(f"  the ledger in {settings.ledger_dir} is kept as evidence; "
                       "`govgate audit verify` names the first bad entry", err=True)
        raise typer.Exit(2) from exc
    bind_host, bind_port = host or settings.host, port or settings.port
    typer.echo(f"govgate serving on http://{bind_host}:{bind_port}  "
               f"(policy {governance.engine.revision[:19]}…, ledger {settings.ledger_dir})", err=True)
    uvicorn.run(create_app(settings, governance, freeze_startup=True), host=bind_host, port=bind_port, log_level="info",
                loop="uvloop", http="httptools",
                access_log=settings.access_log if access_log is None else access_log)


def _state():  # noqa: ANN202 - small local helper
    from gateway.state import make_engine, migrate, session_factory

    settings = Settings()
    migrate(settings.database_url)
    return session_factory(make_engine(settings.database_url))


incidents_app = typer.Typer(help="Incidents the gateway opened (today: break-glass accesses).", no_args_is_help=True)
app.add_typer(incidents_app, name="incidents")


@incidents_app.command("list")
def incidents_list(
    status: Annotated[Optional[str], typer.Option(help="open or closed (default: all)")] = None,
    fmt: Annotated[Format, typer.Option("--format")] = Format.table,
) -> None:
    """List incidents with the decision and audit entry that opened them."""
    from sqlalchemy import select

    from gateway.state.models import Incident

    with _state()() as session:
        query = select(Incident).order_by(Incident.opened_at)
        if status:
            query = query.where(Incident.status == status)
        rows = list(session.scalars(query))
    records = [{"id": r.id, "kind": r.kind, "category": r.category, "grade": r.grade, "status": r.status,
                "department": r.department_id, "dataset": r.dataset_id, "decision_id": r.decision_id,
                "audit_index": r.audit_index, "justification": r.justification,
                "opened_at": r.opened_at.isoformat()} for r in rows]
    if fmt is Format.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return
    table = Table("id", "opened", "kind", "category", "grade", "status", "department", "dataset", "audit #")
    for r in records:
        table.add_row(r["id"], r["opened_at"][:19], r["kind"], r["category"], r["grade"], r["status"],
                      r["department"], r["dataset"], str(r["audit_index"]))
    console.print(table)


@credentials_app.command("issue")
def credentials_issue(
    department: Annotated[str, typer.Option("--department", "-d", help="department id (see `govgate catalog departments`)")],
    label: Annotated[str, typer.Option(help="what the key is for, e.g. the calling system")] = "",
    days: Annotated[int, typer.Option(help="expires after this many days (0 = no expiry)")] = 365,
) -> None:
    """Issue an API key for a department; the key is printed once and stored only as a hash."""
    from classify import load_catalog
    from gateway.state import CredentialError, PepperError, issue, load_pepper, sync_departments
    from keys import Keyring, KeysError

    catalog = load_catalog()
    if department not in catalog.departments:
        err.print(f"[red]error:[/red] --department: unknown department {department!r}; "
                  "see `govgate catalog departments`")
        raise typer.Exit(2)
    now = datetime.now(timezone.utc)
    sessions = _state()
    try:  # the key's digest is keyed by the pepper, sealed under the keyring's secret-wrapping key
        pepper = load_pepper(sessions, Keyring.open(Settings().keys_dir), now=now)
    except (KeysError, PepperError) as exc:
        err.print(f"[red]error:[/red] cannot open the secret-digest pepper: {exc}")
        raise typer.Exit(2) from exc
    with sessions() as session:
        sync_departments(session, catalog.departments, now=now)
        try:
            key = issue(session, department, pepper=pepper, now=now, label=label,
                        expires_at=now + timedelta(days=days) if days > 0 else None)
        except CredentialError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from exc
    err.print(f"issued credential [bold]{key.credential_id}[/bold] for {department} "
              f"({catalog.departments[department].name}); store it now — it is not shown again:")
    print(key.api_key)


@credentials_app.command("list")
def credentials_list(
    department: Annotated[Optional[str], typer.Option("--department", "-d")] = None,
    fmt: Annotated[Format, typer.Option("--format")] = Format.table,
) -> None:
    """List credentials (ids and states, never the keys)."""
    from gateway.state import list_credentials

    with _state()() as session:
        rows = list_credentials(session, department)
    records = [{"id": r.id, "department": r.department_id, "label": r.label,
                "created": r.created_at.isoformat(), "expires": r.expires_at.isoformat() if r.expires_at else None,
                "revoked": r.revoked_at.isoformat() if r.revoked_at else None} for r in rows]
    if fmt is Format.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return
    table = Table("id", "department", "label", "created", "expires", "revoked")
    for r in records:
        table.add_row(r["id"], r["department"], r["label"], r["created"][:19], (r["expires"] or "-")[:19],
                      (r["revoked"] or "-")[:19])
    console.print(table)


@credentials_app.command("revoke")
def credentials_revoke(credential_id: Annotated[str, typer.Argument(help="the credential id (gg_<id>_…)")]) -> None:
    """Revoke a credential: requests with it are refused (and audited) from now on."""
    from gateway.state import CredentialError, revoke

    with _state()() as session:
        try:
            row = revoke(session, credential_id, now=datetime.now(timezone.utc))
        except CredentialError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from exc
    console.print(f"revoked {row.id} ({row.department_id})")


def _key_events(keyring: Any) -> Any:
    """Key operations from the CLI are audit events (gateway/key_audit.py), loaded only when one happens."""
    from gateway.key_audit import key_event_sink  # noqa: PLC0415 - it opens the ledger and imports audit

    return key_event_sink(Settings())(keyring)


def main() -> None:
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    from keys.cli import set_event_sink

    set_event_sink(_key_events)
    app(prog_name="govgate")


if __name__ == "__main__":
    sys.exit(main())
