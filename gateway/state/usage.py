"""Daily row usage per department (the row quota) and per department and dataset (the
policy's export limit)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlalchemy.orm import Session

from gateway.state.models import DailyUsage, DatasetUsage


def rows_used(session: Session, department_id: str, day: date) -> int:
    row = session.get(DailyUsage, (department_id, day))
    return row.rows if row else 0


def add_rows(session: Session, department_id: str, day: date, rows: int) -> None:
    """Add to the day's count (an UPDATE ... SET rows = rows + n, so concurrent adds don't race)."""
    if rows <= 0:
        return
    result = session.execute(update(DailyUsage)
                             .where(DailyUsage.department_id == department_id, DailyUsage.day == day)
                             .values(rows=DailyUsage.rows + rows))
    if result.rowcount == 0:
        session.add(DailyUsage(department_id=department_id, day=day, rows=rows))
    session.commit()


def dataset_rows_used(session: Session, department_id: str, dataset_id: str, day: date) -> int:
    row = session.get(DatasetUsage, (department_id, dataset_id, day))
    return row.rows if row else 0


def add_dataset_rows(session: Session, department_id: str, dataset_id: str, day: date, rows: int) -> None:
    if rows <= 0:
        return
    result = session.execute(update(DatasetUsage)
                             .where(DatasetUsage.department_id == department_id, DatasetUsage.dataset_id == dataset_id,
                                    DatasetUsage.day == day)
                             .values(rows=DatasetUsage.rows + rows))
    if result.rowcount == 0:
        session.add(DatasetUsage(department_id=department_id, dataset_id=dataset_id, day=day, rows=rows))
    session.commit()
