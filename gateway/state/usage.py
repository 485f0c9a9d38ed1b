"""Daily row usage per department (for the row quota)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlalchemy.orm import Session

from gateway.state.models import DailyUsage


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
