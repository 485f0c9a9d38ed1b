"""Key operations from the CLI become audit events (keys/ reports them; audit/ records them).

Fail closed: the ledger is opened *before* the keyring changes. While a running gateway holds
the ledger's lock, key commands refuse to run rather than change keys without a record.
"""

from __future__ import annotations

import atexit
import getpass
import secrets
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

import typer

from audit import Ledger, LedgerLocked, build_action_event, uuid7
from gateway.auditing import flat_details
from gateway.settings import Settings
from keys import Keyring, Purpose

Hook = Callable[[str, Mapping[str, Any]], None]


def key_event_sink(settings: Settings) -> Callable[[Keyring], Hook]:
    def factory(keyring: Keyring) -> Hook:
        try:
            ledger = Ledger.open(settings.ledger_dir, keyring.signer(Purpose.AUDIT_SIGNING))
        except LedgerLocked as exc:
            typer.echo(f"refused: the audit ledger in {settings.ledger_dir} is held by a running gateway; "
                       "stop it first, so that this key operation is recorded", err=True)
            raise typer.Exit(2) from exc
        atexit.register(ledger.close)

        def hook(action: str, details: Mapping[str, Any]) -> None:
            facts = dict(details)
            outcome = facts.pop("outcome", "success")
            reason, message = facts.pop("reason", None), facts.pop("message", None)
            now = datetime.now(timezone.utc)
            ledger.append(build_action_event(
                now=now, event_id=uuid7(now, secrets.token_bytes(10)), action=action, outcome=outcome,
                actor_id=f"cli:{getpass.getuser()}", department=None, category="configuration",
                reasons=[{"code": reason, "message": message or reason}] if reason else (), details=flat_details(facts)))

        return hook

    return factory
