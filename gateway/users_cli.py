"""``govgate users …``: the administrator's bootstrap on the server (any department).

Every command is audited in the ledger; while the gateway runs (it holds the ledger) they
refuse and point to the HTTP API, where a department's system_admin manages its own people.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from enum import Enum
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from gateway.admin import AdminError, admin_context, state_sessions
from gateway.api_errors import ApiError
from gateway.settings import Settings

users_app = typer.Typer(help="People: add (initial password shown once), list, lock, unlock, roles, reset-totp.",
                        no_args_is_help=True)
_out = Console()
_err = Console(stderr=True, soft_wrap=True)


class Format(str, Enum):
    table = "table"
    json = "json"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _fail(exc: Exception) -> typer.Exit:
    if isinstance(exc, ApiError):
        _err.print(f"[red]error:[/red] {exc.code}: {exc.message}")
    else:
        _err.print(f"[red]error:[/red] {exc}")
    return typer.Exit(2)


@users_app.command("add")
def add(
    username: Annotated[str, typer.Argument(help="login name: lower-case letters, digits, . _ -")],
    department: Annotated[str, typer.Option("--department", "-d", help="department id")],
    role: Annotated[list[str], typer.Option("--role", "-r", help="requester, data_owner, compliance_officer, "
                                            "security_officer, security_admin, assessor, system_admin (repeat)")],
    name: Annotated[str, typer.Option("--name", help="display name")] = "",
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="read the password from stdin "
                                                 "instead of generating one")] = False,
) -> None:
    """Create a person; prints the initial password once (they enrol TOTP at first login)."""
    from gateway.auth.service import create_user

    password = sys.stdin.readline().rstrip("\n") if password_stdin else None
    try:
        with admin_context(Settings()) as ctx, ctx.sessions() as session:
            user, generated = create_user(ctx, session, username=username, display_name=name,  # type: ignore[arg-type]
                                          department=department, roles=role, password=password, now=_now())
    except (AdminError, ApiError) as exc:
        raise _fail(exc) from None
    _err.print(f"created [bold]{user.id}[/bold] {user.username} ({user.department_id}: {', '.join(user.roles)}); "
               "first login enrols TOTP")
    if generated:
        _err.print("initial password — shown once:")
        print(generated)


@users_app.command("list")
def list_(
    department: Annotated[Optional[str], typer.Option("--department", "-d")] = None,
    fmt: Annotated[Format, typer.Option("--format")] = Format.table,
) -> None:
    """List people (never passwords, seeds or codes)."""
    from gateway.auth.service import user_view
    from gateway.state.users import list_users

    with state_sessions(Settings())() as session:
        views = [user_view(u) for u in list_users(session, department)]
    if fmt is Format.json:
        print(json.dumps(views, ensure_ascii=False, indent=2))
        return
    table = Table("id", "username", "name", "department", "roles", "status", "TOTP", "locked until")
    for v in views:
        table.add_row(v["id"], v["username"], v["display_name"], v["department"], ", ".join(v["roles"]), v["status"],
                      "yes" if v["totp_enrolled"] else "no", (v["locked_until"] or "-")[:19])
    _out.print(table)


def _admin_action(fn, user: str, **kwargs) -> None:  # noqa: ANN001
    try:
        with admin_context(Settings()) as ctx, ctx.sessions() as session:
            row = fn(ctx, session, user, now=_now(), **kwargs)
    except (AdminError, ApiError) as exc:
        raise _fail(exc) from None
    _out.print(f"{row.id} {row.username}: status {row.status}, roles {', '.join(row.roles)}, "
               f"TOTP {'enrolled' if row.totp_seed else 'not enrolled'}")


@users_app.command("lock")
def lock(user: Annotated[str, typer.Argument(help="user id or username")],
         reason: Annotated[str, typer.Option(help="why (recorded in the audit trail)")] = "") -> None:
    """Lock a person indefinitely: their sessions end and logins are refused."""
    from gateway.auth.service import set_locked

    _admin_action(lambda ctx, s, u, now: set_locked(ctx, s, u, True, now=now, reason_text=reason), user)


@users_app.command("unlock")
def unlock(user: Annotated[str, typer.Argument(help="user id or username")]) -> None:
    """Unlock a person and clear the failed-attempt back-off."""
    from gateway.auth.service import set_locked

    _admin_action(lambda ctx, s, u, now: set_locked(ctx, s, u, False, now=now), user)


@users_app.command("roles")
def roles(user: Annotated[str, typer.Argument(help="user id or username")],
          role: Annotated[list[str], typer.Option("--role", "-r", help="the complete new set (repeat)")]) -> None:
    """Replace a person's roles (separation of duties enforced); their sessions end."""
    from gateway.auth.service import set_roles

    _admin_action(lambda ctx, s, u, now: set_roles(ctx, s, u, role, now=now), user)


@users_app.command("reset-totp")
def reset_totp_cmd(user: Annotated[str, typer.Argument(help="user id or username")]) -> None:
    """Forget a person's TOTP (lost device): they enrol again at the next login."""
    from gateway.auth.service import reset_totp

    _admin_action(lambda ctx, s, u, now: reset_totp(ctx, s, u, now=now), user)
