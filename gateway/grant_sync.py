"""The policy's grants (data.govgate.grants) kept in step with the state database.

Grants are data for the policy (policy/grants.py): a request names the grant it relies on
and the policy reads that grant from its data. The state database stays the source of
truth, and a request never relies on a grant the database no longer has:

- each read looks its grant up in the database first (``lookup``: the newest unrevoked,
  started grant for the department, dataset and purpose, as ``find_grant`` has it), so a
  revocation refuses the next request at once, in every process, whatever the engine
  still holds. The lookup is one indexed read compiled once and run on a DB-API connection
  (``CompiledRead``: ≈ 6 µs on SQLite; through the ORM it was ≈ 0.5 ms, a sixth of a governed read);
- ``ensure`` makes the engine hold exactly that grant before deciding: when the engine
  lacks it or holds another version, all grants in force are reloaded (``refresh``), a new
  policy revision;
- approvals and revocations refresh right away, so the data (and the revision recorded in
  the audit trail) says which grants were in force.

Each refresh recompiles the policy (≈ 0.5 ms per grant in force, once per worker thread at
its next decision, docs/policy.md); grants change a few times a day, requests all the time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from gateway.state import grant_document, grants_in_force
from gateway.state.db import CompiledRead
from gateway.state.grants import GRANT_CANDIDATES, candidate_id, grant_from_row, relied_on
from policy import PolicyError
from policy.grants import grants_document

log = logging.getLogger("govgate.gateway")


class GrantSync:
    """Loads the grants in force from state into a policy engine (``set_grants``)."""

    def __init__(self, engine: Any, sessions: Callable[[], Session], database: Engine) -> None:
        self._engine = engine
        self._sessions = sessions
        self._lock = threading.Lock()
        self._candidates = CompiledRead(database, GRANT_CANDIDATES)
        self._held: dict[str, Any] = {}  # grant id → its row when last seen held by the engine

    def lookup(self, department: str, dataset: str, purpose: str, now: datetime) -> str | None:
        """The id of the grant a read by ``department`` of ``dataset`` for ``purpose`` relies
        on now — read from the state database on every call — held by the engine as it is."""
        row = relied_on(self._candidates.rows(department=department, dataset=dataset, purpose=purpose), now)
        if row is None:
            return None
        grant_id = candidate_id(row)
        if self._held.get(grant_id) != row or grant_id not in self._engine.grants:
            self.ensure(grant_document(grant_from_row(row)), now)
            self._held[grant_id] = row
        return grant_id

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

