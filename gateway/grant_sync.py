"""The policy's grants (data.govgate.grants) kept in step with the state database.

Grants are data for the policy (policy/grants.py): a request names the grant it relies on
and the policy reads that grant from its data. The state database stays the source of
truth, and a request never relies on a grant the database no longer has:

- each read looks its grant up in the database first (``lookup``: the newest unrevoked,
  started grant for the department, dataset and purpose, as ``find_grant`` has it), so a
  revocation refuses the next request at once, in every process, whatever the engine
  still holds. The lookup is one indexed read compiled once and run on a pooled DB-API
  connection (tens of µs; through the ORM it was ≈ 0.5 ms, a sixth of a governed read);
- ``ensure`` makes the engine hold exactly that grant before deciding: when the engine
  lacks it or holds another version, all grants in force are reloaded (``refresh``), a new
  policy revision;
- approvals and revocations refresh right away, so the data (and the revision recorded in
  the audit trail) says which grants were in force.

Each refresh recompiles the policy (≈ 0.5 ms per grant in force, once per worker thread at
its next decision, docs/policy.md); grants change a few times a day, requests all the time.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, bindparam, select
from sqlalchemy.orm import Session

from gateway.state import grant_document, grants_in_force
from gateway.state.db import CompiledRead
from gateway.state.models import Grant, utc
from policy import PolicyError
from policy.grants import grants_document

_GRANTS = Grant.__table__
_COLUMNS = ("id", "department_id", "dataset_id", "purpose", "fields", "operators", "not_before", "not_after")
# find_grant's query, without the ORM: unrevoked grants of this triple, newest end first
_CANDIDATES = (
    select(*(_GRANTS.c[name] for name in _COLUMNS))
    .where(_GRANTS.c.department_id == bindparam("department"), _GRANTS.c.dataset_id == bindparam("dataset"),
           _GRANTS.c.purpose == bindparam("purpose"), _GRANTS.c.revoked_at.is_(None))
    .order_by(_GRANTS.c.not_after.desc())
)

log = logging.getLogger("govgate.gateway")


class GrantSync:
    """Loads the grants in force from state into a policy engine (``set_grants``)."""

    def __init__(self, engine: Any, sessions: Callable[[], Session], database: Engine | None = None) -> None:
        self._engine = engine
        self._sessions = sessions
        self._lock = threading.Lock()
        self._candidates = CompiledRead(database, _CANDIDATES) if database is not None else None
        self._held: dict[str, tuple[Any, ...]] = {}  # grant id → its row when last seen held by the engine

    def lookup(self, department: str, dataset: str, purpose: str, now: datetime) -> str | None:
        """The id of the grant a read by ``department`` of ``dataset`` for ``purpose`` relies
        on now — read from the state database on every call — held by the engine as it is."""
        if self._candidates is None:  # no raw access (tests building Governance by hand): the ORM path
            with self._sessions() as session:
                from gateway.state import find_grant  # noqa: PLC0415

                row = find_grant(session, department, dataset, purpose, now=now)
                document = grant_document(row) if row else None
            if document is not None:
                self.ensure(document, now)
            return document["id"] if document else None
        for row in self._candidates.rows(department=department, dataset=dataset, purpose=purpose):
            if _moment(row[6]) <= now:
                break
        else:
            return None
        grant_id = row[0]
        if self._held.get(grant_id) != row or grant_id not in self._engine.grants:
            self.ensure(_document(row), now)
            self._held[grant_id] = row
        return str(grant_id)

    def refresh(self, now: datetime) -> str:
        """Give the engine every grant in force now; returns the policy revision.

        A grant the policy could not read (say, an operator this build does not know) is
        left out and logged with its id: requests relying on it are refused as
        ``grant_unknown`` while every other grant keeps working.
        """
        with self._lock:
            return self._refresh(now)

    def ensure(self, grant: Mapping[str, Any], now: datetime) -> None:
        """Make sure the engine holds ``grant`` (a ``grant_document``) as it is now."""
        if self._holds(grant):
            return
        with self._lock:  # many requests seeing the same new grant: one refresh
            if not self._holds(grant):
                self._refresh(now)

    def _refresh(self, now: datetime) -> str:
        with self._sessions() as session:
            documents = [grant_document(row) for row in grants_in_force(session, now=now)]
        valid: dict[str, Any] = {}
        for document in documents:
            try:
                valid.update(grants_document([document]))
            except PolicyError as exc:
                log.error("grant left out of the policy data: %s", exc)
        return str(self._engine.set_grants(valid))

    def _holds(self, grant: Mapping[str, Any]) -> bool:
        held = self._engine.grants.get(grant["id"])
        return held is not None and all(held.get(key) == value for key, value in grant.items())


def _moment(value: Any) -> datetime:
    """A timestamp column as the driver gave it: a datetime (PostgreSQL) or ISO text (SQLite)."""
    return utc(value if isinstance(value, datetime) else datetime.fromisoformat(value))


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value  # SQLite: text; PostgreSQL: decoded


def _document(row: tuple[Any, ...]) -> dict[str, Any]:
    """``grant_document`` of a raw candidate row."""
    grant_id, department, dataset, purpose, fields, operators, _not_before, not_after = row
    return {"id": grant_id, "department": department, "dataset": dataset, "purpose": purpose,
            "fields": list(_json(fields)), "operators": dict(_json(operators) or {}),
            "not_after": _moment(not_after).isoformat().replace("+00:00", "Z")}
