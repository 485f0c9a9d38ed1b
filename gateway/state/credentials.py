"""Department API keys: issue (shown once), authenticate, revoke, list.

A key reads ``gg_<id>_<secret>``: the id finds the row, the secret is checked against its
peppered digest (HMAC-SHA256 under a pepper sealed by the keyring's secret-wrapping key,
gateway/state/peppers.py) in constant time. 256-bit random secrets need no slow hash.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.state.models import Credential, DepartmentStatus, utc
from gateway.state.peppers import Pepper

KEY_PREFIX = "gg_"


class CredentialError(Exception):
    """A credential operation that cannot be done (unknown department or credential)."""


@dataclass(frozen=True)
class IssuedKey:
    credential_id: str
    department_id: str
    api_key: str  # shown once, never stored


@dataclass(frozen=True)
class Principal:
    """Who is asking: the department behind a credential, and the states policy checks."""

    department_id: str
    credential_id: str
    credential_status: str  # active | revoked | expired
    department_status: str  # active | suspended


def issue(session: Session, department_id: str, *, pepper: Pepper, now: datetime, label: str = "",
          expires_at: datetime | None = None) -> IssuedKey:
    if session.get(DepartmentStatus, department_id) is None:
        raise CredentialError(f"unknown department {department_id!r}; see `govgate catalog departments`")
    credential_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    session.add(Credential(id=credential_id, department_id=department_id, secret_hash=pepper.digest(secret),
                           label=label, created_at=now, expires_at=expires_at))
    session.commit()
    return IssuedKey(credential_id, department_id, f"{KEY_PREFIX}{credential_id}_{secret}")


def parse_key(api_key: str) -> tuple[str, str] | None:
    if not api_key.startswith(KEY_PREFIX):
        return None
    credential_id, sep, secret = api_key[len(KEY_PREFIX):].partition("_")
    if not sep or len(credential_id) != 12 or not secret:
        return None
    return credential_id, secret


def authenticate(session: Session, api_key: str, *, pepper: Pepper, now: datetime) -> Principal | None:
    """The principal behind ``api_key``, or None when the key is unknown or its secret wrong.

    Revoked and expired keys still resolve, with their status, so that policy refuses them
    with a reason and the refusal is audited under the right department.
    """
    parsed = parse_key(api_key)
    if parsed is None:
        return None
    credential_id, secret = parsed
    row = session.get(Credential, credential_id)
    if not pepper.matches(secret, row.secret_hash if row else None) or row is None:
        return None
    if row.revoked_at is not None:
        status = "revoked"
    elif row.expires_at is not None and utc(row.expires_at) <= now:
        status = "expired"
    else:
        status = "active"
    dept = session.get(DepartmentStatus, row.department_id)
    return Principal(row.department_id, row.id, status, dept.status if dept else "suspended")


def revoke(session: Session, credential_id: str, *, now: datetime) -> Credential:
    row = session.get(Credential, credential_id)
    if row is None:
        raise CredentialError(f"no credential with id {credential_id!r}")
    if row.revoked_at is None:
        row.revoked_at = now
        session.commit()
    return row


def list_credentials(session: Session, department_id: str | None = None) -> list[Credential]:
    query = select(Credential).order_by(Credential.department_id, Credential.created_at)
    if department_id:
        query = query.where(Credential.department_id == department_id)
    return list(session.scalars(query))

