"""Grants: approved, time-bound permissions for restricted data, and department status."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
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


def find_grant(session: Session, department_id: str, dataset_id: str, purpose: str,
               *, now: datetime) -> Grant | None:
    """The newest unrevoked grant for this department, dataset and purpose.

    Whether it is still valid and covers the requested fields is policy's decision: an
    expired grant is passed on so the refusal says "expired", not "no grant".
    """
    rows = session.scalars(
        select(Grant)
        .where(Grant.department_id == department_id, Grant.dataset_id == dataset_id,
               Grant.purpose == purpose, Grant.revoked_at.is_(None))
        .order_by(Grant.not_after.desc())
    )
    for row in rows:
        if utc(row.not_before) <= now:
            return row
    return None


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
