"""Audit events for actions that are not data reads: logins, TOTP, lockouts, users, the
application workflow, grants. One call per event; a ledger that cannot take it means the
action is not done (the caller's transaction rolls back) and the client gets 503.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal

from audit import LedgerWriteError, build_action_event, uuid7
from gateway.context import Governance
from gateway.errors import AuditUnavailable


def record(gov: Governance, *, now: datetime, action: str, outcome: Literal["success", "failure"],
           actor_id: str | None, department: str | None, category: str = "iam",
           reasons: Sequence[Mapping[str, str]] = (), details: Mapping[str, Any] | None = None,
           source_ip: str | None = None) -> dict[str, Any]:
    """Append one action event durably; returns the receipt. Raises AuditUnavailable (→ 503)."""
    event = build_action_event(now=now, event_id=uuid7(now, secrets.token_bytes(10)), action=action,
                               outcome=outcome, actor_id=actor_id, department=department, category=category,
                               reasons=reasons, details=details, source_ip=source_ip)
    try:
        return gov.ledger.append(event).model_dump(mode="json")
    except LedgerWriteError as exc:
        raise AuditUnavailable(f"the audit ledger could not record {action}") from exc


def reason(code: str, message: str) -> dict[str, str]:
    return {"code": code, "message": message}


def flat_details(details: Mapping[str, Any]) -> dict[str, Any]:
    """Details another package reports (key operations, bundle rejections) in the flat shape an
    action event takes: scalars as they are, sequences as lists of strings, anything else left out."""
    return {key: (list(map(str, value)) if isinstance(value, (list, tuple)) else value)
            for key, value in details.items()
            if value is None or isinstance(value, (str, int, bool, list, tuple))}
