"""``govgate applications …``: the operator's view on the server (all departments)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from enum import Enum
from types import SimpleNamespace
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from gateway.admin import AdminError, admin_context, state_sessions
from gateway.settings import Settings

applications_app = typer.Typer(help="Applications for restricted data: list, overdue, expire lapsed grants.",
                               no_args_is_help=True)
_out = Console()


class Format(str, Enum):
    table = "table"
    json = "json"


def _rows(status: str | None, overdue_only: bool, as_of: str | None = None) -> list[dict]:
    from classify import load_catalog
    from gateway.state.applications import applications_in
    from gateway.workflow import Status
    from gateway.workflow.service import application_view, is_overdue

    settings, catalog = Settings(), load_catalog()
    now = datetime.now(timezone.utc)
    if as_of:
        try:
            now = datetime.fromisoformat(as_of.replace("Z", "+00:00"))
        except ValueError:
            raise typer.BadParameter("an RFC 3339 time, e.g. 2026-12-31T00:00:00Z", param_hint="--as-of") from None
        if now.tzinfo is None:
            raise typer.BadParameter("give a time zone (Z or +08:00)", param_hint="--as-of")
    statuses = [status] if status else [s.value for s in Status]

    ctx = SimpleNamespace(settings=settings, catalog=catalog)  # application_view needs only these
    with state_sessions(settings, catalog)() as session:
        apps = applications_in(session, statuses)
        return [application_view(ctx, a, now) for a in apps if not overdue_only or is_overdue(a, now)]  # type: ignore[arg-type]


def _show(rows: list[dict], fmt: Format) -> None:
    if fmt is Format.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table("id", "department", "dataset", "owner", "purpose", "status", "due (UTC)", "overdue")
    for r in rows:
        table.add_row(r["id"], r["department"], r["dataset"], r["owner_department"], r["purpose"], r["status_zh"],
                      (r["due_at"] or "-")[:16], "[red]逾期[/red]" if r["overdue"] else "")
    _out.print(table)


@applications_app.command("list")
def list_(status: Annotated[Optional[str], typer.Option(help="pending_compliance, pending_owner, approved, …")] = None,
          overdue: Annotated[bool, typer.Option("--overdue", help="only overdue ones")] = False,
          fmt: Annotated[Format, typer.Option("--format")] = Format.table,
          as_of: Annotated[Optional[str], typer.Option("--as-of", help="judge deadlines at this time")] = None) -> None:
    """List applications of every department (the operator's view)."""
    _show(_rows(status, overdue, as_of), fmt)


@applications_app.command("overdue")
def overdue(fmt: Annotated[Format, typer.Option("--format")] = Format.table,
            as_of: Annotated[Optional[str], typer.Option("--as-of", help="judge deadlines at this time")] = None) -> None:
    """Applications past their deadline (compliance check: 2 working days; owner: 5, or 10 if uncatalogued)."""
    rows = _rows(None, True, as_of)
    _show(rows, fmt)
    if fmt is Format.table:
        _out.print(f"{len(rows)} overdue")


@applications_app.command("sweep")
def sweep() -> None:
    """Close approved applications whose grant has lapsed (a `grant.expire` audit event each)."""
    from gateway.workflow.service import expire_lapsed

    try:
        with admin_context(Settings()) as ctx, ctx.sessions() as session:
            count = expire_lapsed(ctx, session, now=datetime.now(timezone.utc))  # type: ignore[arg-type]
    except AdminError as exc:
        Console(stderr=True, soft_wrap=True).print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    _out.print(f"{count} grant(s) expired")
