"""The department's own data usage: rows received per day (CST) against the daily quota."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict

from gateway.deps import CurrentCaller, Gov, Now
from gateway.limits import quota_day
from gateway.state.applications import usage_between

router = APIRouter(prefix="/v1", tags=["usage"])


class Day(BaseModel):
    day: str
    rows: int


class Usage(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "department": "civil-affairs", "daily_row_quota": 200000, "today": "2026-11-30", "rows_today": 300,
        "days": [{"day": "2026-11-29", "rows": 1200}, {"day": "2026-11-30", "rows": 300}], "total": 1500}]})

    department: str
    daily_row_quota: int
    today: str
    rows_today: int
    days: list[Day]
    total: int


@router.get("/usage", response_model=Usage, summary="Rows this department received per day (its own only)")
def get_usage(gov: Gov, caller: CurrentCaller, now: Now,
              days: Annotated[int, Query(ge=1, le=366, description="how many days back, today included")] = 30) -> Usage:
    today = quota_day(now)
    gov.usage.flush()  # counts are written in the background; include this replica's pending ones
    with gov.sessions() as session:
        rows = usage_between(session, caller.department_id, today - timedelta(days=days - 1), today)
    series = [Day(day=r.day.isoformat(), rows=r.rows) for r in rows]
    return Usage(department=caller.department_id, daily_row_quota=gov.settings.daily_row_quota, today=today.isoformat(),
                 rows_today=next((d.rows for d in series if d.day == today.isoformat()), 0), days=series,
                 total=sum(d.rows for d in series))
