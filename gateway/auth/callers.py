"""Who is calling: a department system (API key ``gg_…``) or a person (session token ``gs_…``).

Both become a ``Caller`` carrying the ``Principal`` policy sees; a person's principal names
the user id as its credential, so audit events name the person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from gateway import auditing
from gateway.auth.roles import Role
from gateway.context import Governance
from gateway.state import DepartmentStatus, Principal, authenticate
from gateway.state.models import utc
from gateway.state.users import SESSION_PREFIX, find_session, get_user

# What a department system (API key) may do: act as its department's requester.
KEY_ROLES = frozenset({Role.REQUESTER.value})


@dataclass(frozen=True)
class Caller:
    kind: Literal["key", "user"]
    actor_id: str  # credential id or user id
    department_id: str
    principal: Principal
    roles: frozenset[str] = field(default_factory=frozenset)
    username: str | None = None
    session_id: str | None = None
    session_state: str = "active"  # enrol: only TOTP enrolment is allowed
    mfa_at: datetime | None = None

    def has(self, role: Role | str) -> bool:
        return str(role) in self.roles

    def mfa_fresh(self, now: datetime, window_seconds: int) -> bool:
        """A TOTP proof within the step-up window (always False for API keys)."""
        return self.mfa_at is not None and timedelta(0) <= now - self.mfa_at <= timedelta(seconds=window_seconds)


def resolve_caller(gov: Governance, token: str, *, now: datetime, source_ip: str | None = None) -> Caller | str:
    """The caller behind a bearer token, or the reason code why there is none."""
    if token.startswith(SESSION_PREFIX):
        return _person(gov, token, now=now, source_ip=source_ip)
    with gov.sessions() as session:
        principal = authenticate(session, token, pepper=gov.pepper, now=now)
    if principal is None:
        return "invalid_credential"
    return Caller(kind="key", actor_id=principal.credential_id, department_id=principal.department_id,
                  principal=principal, roles=KEY_ROLES)


def _person(gov: Governance, token: str, *, now: datetime, source_ip: str | None) -> Caller | str:
    settings = gov.settings
    with gov.sessions() as session:
        row = find_session(session, token, gov.pepper)
        if row is None:
            return "invalid_session"
        if row.ended_at is not None:
            return "session_ended"
        idle = now - utc(row.last_seen_at) > timedelta(minutes=settings.session_idle_minutes)
        if now >= utc(row.expires_at) or idle:
            code = "session_idle_timeout" if idle and now < utc(row.expires_at) else "session_expired"
            row.ended_at = now
            auditing.record(gov, now=now, action="session.timeout", outcome="success", actor_id=row.user_id,
                            department=None, category="session", reasons=[auditing.reason(code, "会话超时")],
                            details={"session_id": row.id}, source_ip=source_ip)
            session.commit()
            return code
        user = get_user(session, row.user_id)
        if user is None or user.status != "active":
            return "account_disabled"
        if user.locked_until is not None and utc(user.locked_until) > now:
            return "account_locked"
        row.last_seen_at = now
        dept = session.get(DepartmentStatus, user.department_id)
        caller = Caller(kind="user", actor_id=user.id, department_id=user.department_id,
                        principal=Principal(user.department_id, user.id, "active", dept.status if dept else "suspended"),
                        roles=frozenset(user.roles or ()), username=user.username, session_id=row.id,
                        session_state=row.state, mfa_at=utc(row.mfa_at))
        session.commit()
    return caller
