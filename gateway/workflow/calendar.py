"""Working days for the application time limits (standards.md §2), in China Standard Time.

The holiday calendar is data (holidays.yaml beside this file, or GOVGATE_HOLIDAYS_FILE),
validated when loaded. "Within N working days" of a moment means: by the end (24:00 CST) of
the N-th working day after the day it happened — the day itself does not count.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, time, timedelta, timezone
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

CST = timezone(timedelta(hours=8))
DEFAULT_FILE = "holidays.yaml"


class CalendarError(Exception):
    """The holiday calendar file is missing or malformed; the message names the problem."""


class _Year(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    complete: bool
    source: str
    holidays: tuple[date, ...] = ()
    workdays: tuple[date, ...] = ()


class _CalendarFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    years: dict[int, _Year]

    @model_validator(mode="after")
    def _consistent(self) -> _CalendarFile:
        for year, entry in self.years.items():
            for d in (*entry.holidays, *entry.workdays):
                if d.year != year:
                    raise ValueError(f"{d} is listed under {year}")
            both = set(entry.holidays) & set(entry.workdays)
            if both:
                raise ValueError(f"{year}: {sorted(both)[0]} is both a holiday and a workday")
            weekdays = [d for d in entry.workdays if d.weekday() < 5]
            if weekdays:
                raise ValueError(f"{year}: workday {weekdays[0]} is not a weekend day (调休 days are weekends)")
        return self


class WorkingCalendar:
    def __init__(self, years: dict[int, _Year]) -> None:
        self._years = years
        self._holidays = {d for y in years.values() for d in y.holidays}
        self._workdays = {d for y in years.values() for d in y.workdays}

    def is_working_day(self, day: date) -> bool:
        if day in self._workdays:
            return True
        if day in self._holidays:
            return False
        return day.weekday() < 5

    def covers(self, day: date) -> bool:
        """Whether ``day``'s year is listed with its full arrangement."""
        entry = self._years.get(day.year)
        return bool(entry and entry.complete)

    def add_working_days(self, day: date, n: int) -> date:
        """The n-th working day after ``day`` (n ≥ 1)."""
        if n < 1:
            raise ValueError("n must be ≥ 1")
        current = day
        while n:
            current += timedelta(days=1)
            if self.is_working_day(current):
                n -= 1
        return current

    def deadline(self, start: datetime, n: int) -> datetime:
        """End (24:00 CST, as UTC) of the n-th working day after ``start``'s day in CST."""
        last = self.add_working_days(start.astimezone(CST).date(), n)
        return datetime.combine(last + timedelta(days=1), time(0), tzinfo=CST).astimezone(timezone.utc)

    def deadline_complete(self, start: datetime, n: int) -> bool:
        """Whether every day up to that deadline is in a complete year of the calendar."""
        first = start.astimezone(CST).date()
        last = self.add_working_days(first, n)
        return all(self.covers(date(y, 1, 1)) for y in range(first.year, last.year + 1))


def load_calendar(path: Path | None = None) -> WorkingCalendar:
    """Load and validate a calendar file (default: the packaged holidays.yaml)."""
    return _load(str(path) if path else None)


@functools.lru_cache(maxsize=4)
def _load(path: str | None) -> WorkingCalendar:
    where = path or f"gateway/workflow/{DEFAULT_FILE}"
    try:
        text = (Path(path).read_text(encoding="utf-8") if path
                else resources.files("gateway.workflow").joinpath(DEFAULT_FILE).read_text(encoding="utf-8"))
        parsed = _CalendarFile.model_validate(yaml.safe_load(text))
    except (OSError, yaml.YAMLError) as exc:
        raise CalendarError(f"{where}: {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        raise CalendarError(f"{where}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    return WorkingCalendar(parsed.years)
