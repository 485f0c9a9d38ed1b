"""Verified API keys, remembered so each request costs one indexed read, not a full authentication.

Authenticating a key (``gateway.auth.resolve_caller`` → ``gateway.state.authenticate``) opens
an ORM session, loads the credential and the department and checks the secret: ≈ 0.36 ms, a
quarter of a governed read's work (docs/performance.md). This cache wraps it without changing
it: the first request with a key runs it; later requests with the same key reuse the resulting
``Caller`` — **only while the credential's row and its department's row in the state database
are exactly as they were when it ran**. Every request re-reads both rows (one primary-key read
with a join, compiled once and run on a DB-API connection, ``CompiledRead``: ≈ 6 µs on SQLite,
where the same statement through SQLAlchemy's result machinery cost ≈ 50) and compares them whole, so:

- revoking a key, suspending (or deleting) its department, or any other change to either row
  takes effect on the very next request, in every worker and replica sharing the database —
  whoever made the change (the API, ``govgate credentials revoke``, another process, SQL);
- a key past its ``expires_at`` is never reused (the entry ends there);
- only fully active callers are kept; refused ones run the full path, which audits why.

Each entry is also dropped after ``max_age_seconds`` (60 by default), which bounds anything
``authenticate`` might depend on beyond these two rows. Entries are keyed by the key's SHA-256,
never the key itself, and their number is bounded.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, bindparam, select

from gateway.auth import Caller, resolve_caller
from gateway.state.credentials import parse_key
from gateway.state.db import CompiledRead
from gateway.state.models import Credential, DepartmentStatus, utc

_CREDENTIALS = Credential.__table__
_DEPARTMENTS = DepartmentStatus.__table__
# Every column of both rows: a change to any of them (a new column too) ends the reuse.
_ROWS = (
    select(_CREDENTIALS, _DEPARTMENTS)
    .select_from(_CREDENTIALS.outerjoin(_DEPARTMENTS, _DEPARTMENTS.c.department_id == _CREDENTIALS.c.department_id))
    .where(_CREDENTIALS.c.id == bindparam("credential_id"))
)


@dataclass(frozen=True)
class _Entry:
    caller: Caller
    rows: tuple[Any, ...]  # the credential and department rows as they were when authenticated
    expires_at: datetime | None
    cached_at: float  # monotonic


class PrincipalCache:
    def __init__(self, engine: Engine, *, max_age_seconds: float = 60.0, max_entries: int = 4096,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self._read = CompiledRead(engine, _ROWS)
        self._expires_at = [c.name for c in _CREDENTIALS.c].index("expires_at")
        self._max_age = max_age_seconds
        self._max_entries = max_entries
        self._monotonic = monotonic
        self._entries: dict[bytes, _Entry] = {}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def resolve(self, gov: Any, token: str, *, now: datetime, source_ip: str | None = None) -> Caller | str:
        """What ``resolve_caller`` returns for ``token`` at ``now``, reusing a verified key's caller."""
        parsed = parse_key(token)
        if parsed is None:  # a person's session token, or not a key at all: not cached
            return resolve_caller(gov, token, now=now, source_ip=source_ip)
        credential_id = parsed[0]
        digest = hashlib.sha256(token.encode("utf-8")).digest()
        rows = self._rows(credential_id)  # read BEFORE authenticating: a change after it is seen next time
        entry = self._entries.get(digest)
        if (entry is not None and rows == entry.rows and (entry.expires_at is None or now < entry.expires_at)
                and self._monotonic() - entry.cached_at < self._max_age):
            self.hits += 1
            return entry.caller
        self.misses += 1
        caller = resolve_caller(gov, token, now=now, source_ip=source_ip)
        if (isinstance(caller, Caller) and caller.kind == "key" and caller.actor_id == credential_id
                and caller.principal.credential_status == "active" and caller.principal.department_status == "active"
                and rows is not None):
            self._put(digest, _Entry(caller, rows, utc(rows[self._expires_at]), self._monotonic()))
        else:
            self._entries.pop(digest, None)
        return caller

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def _rows(self, credential_id: str) -> tuple[Any, ...] | None:
        """Both rows as the driver returns them (values compared, never interpreted, but expiry)."""
        rows = self._read.rows(credential_id=credential_id)
        return rows[0] if rows else None

    def _put(self, digest: bytes, entry: _Entry) -> None:
        with self._lock:
            self._entries.pop(digest, None)
            while len(self._entries) >= self._max_entries:
                self._entries.pop(next(iter(self._entries)))  # the oldest
            self._entries[digest] = entry

