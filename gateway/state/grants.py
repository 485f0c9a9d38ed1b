"""Grants: approved, time-bound permissions for restricted data, and department status."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from gateway.state.models import DepartmentStatus, Grant, utc


def sync_departments(session: Session, department_ids: Iterable[str], *, now: datetime) -> int:
    """Make sure every catalog department has a status row (new ones start active)."""
    known = set(session.scalars(select(DepartmentStatus.department_id)))
    added = 0
    for dept_id in department_ids:
        if dept_id not in known:
            session.add(DepartmentStatus(department_id=dept_id, status="active", reason="", updated_at=now))
            added += 1
    session.commit()
    return added


def set_department_status(session: Session, department_id: str, status: str, reason: str, *,
                          now: datetime) -> None:
    row = session.get(DepartmentStatus, department_id)
    if row is None:
        raise LookupError(f"unknown department {department_id!r}")
    row.status, row.reason, row.updated_at = status, reason, now
    session.commit()


def put_grant(session: Session, grant: Grant) -> None:
    session.merge(grant)
    session.commit()


# The grants a read by (department, dataset, purpose) may rely on: unrevoked, the latest end
# first; the first that has started is the one (``relied_on``). ``find_grant`` runs it through a
# session; the gateway runs it on every read on a bare connection (gateway/grant_sync.py).
_GRANTS = Grant.__table__
GRANT_CANDIDATES = (
    select(_GRANTS)
    .where(_GRANTS.c.department_id == bindparam("department"), _GRANTS.c.dataset_id == bindparam("dataset"),
           _GRANTS.c.purpose == bindparam("purpose"), _GRANTS.c.revoked_at.is_(None))
    .order_by(_GRANTS.c.not_after.desc())
)
_COLUMNS = tuple(_GRANTS.c.keys())
_ID, _NOT_BEFORE = _COLUMNS.index("id"), _COLUMNS.index("not_before")


def relied_on(rows: Iterable[Sequence[Any]], now: datetime) -> Sequence[Any] | None:
    """The row of ``GRANT_CANDIDATES`` a read relies on at ``now``, as any driver returns it.

    Whether it is still valid and covers the requested fields is policy's decision: an
    expired grant is passed on so the refusal says "expired", not "no grant".
    """
    return next((row for row in rows if utc(row[_NOT_BEFORE]) <= now), None)  # type: ignore[operator]


def candidate_id(row: Sequence[Any]) -> str:
    return str(row[_ID])


def grant_from_row(row: Sequence[Any]) -> Grant:
    """A transient ``Grant`` of a ``GRANT_CANDIDATES`` row (JSON arrives as text from SQLite's
    bare driver, timestamps as text too: ``utc`` reads both)."""
    values = dict(zip(_COLUMNS, row))
    for name in ("fields", "operators"):
        if isinstance(values[name], str):
            values[name] = json.loads(values[name])
    return Grant(**values)


def find_grant(session: Session, department_id: str, dataset_id: str, purpose: str,
               *, now: datetime) -> Grant | None:
    """The grant a read by this department of this dataset for this purpose relies on now."""
    row = relied_on(session.execute(GRANT_CANDIDATES, {"department": department_id, "dataset": dataset_id,
                                                       "purpose": purpose}), now)
    return session.get(Grant, candidate_id(row)) if row is not None else None


# Expired grants stay in the policy's data this long, so a late request is told "expired"
# rather than "unknown"; older ones leave it (the data, and each compile, stay small).
EXPIRED_GRANTS_KEPT = timedelta(days=90)


def grants_in_force(session: Session, *, now: datetime) -> list[Grant]:
    """Unrevoked grants that have started and ended less than EXPIRED_GRANTS_KEPT ago."""
    rows = session.scalars(
        select(Grant).where(Grant.revoked_at.is_(None), Grant.not_after > now - EXPIRED_GRANTS_KEPT)
        .order_by(Grant.id)
    )
    return [row for row in rows if utc(row.not_before) <= now]


def grant_document(grant: Grant) -> dict[str, Any]:
    """The grant as the policy's data document has it (data.govgate.grants[id])."""
    return {
        "id": grant.id,
        "department": grant.department_id,
        "dataset": grant.dataset_id,
        "purpose": grant.purpose,
        "fields": list(grant.fields),
        "operators": dict(grant.operators or {}),
        "not_after": utc(grant.not_after).isoformat().replace("+00:00", "Z"),
    }
