"""Applications and approvals (standards.md §2): the transition table, the working-day
calendar, and the service that moves applications and issues grants."""

from gateway.workflow.calendar import CST, CalendarError, WorkingCalendar, load_calendar
from gateway.workflow.transitions import NEEDS_REASON, PARTY, STEP_UP, TRANSITIONS, Action, Party, Status, next_status

__all__ = ["CST", "NEEDS_REASON", "PARTY", "STEP_UP", "TRANSITIONS", "Action", "CalendarError", "Party", "Status",
           "WorkingCalendar", "load_calendar", "next_status"]
