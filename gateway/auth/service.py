"""People: create, log in (password + TOTP), enrol TOTP, step up, log out, lock and unlock.

Each function takes the governance context, a state session and the time, does its state
change, appends its audit event and commits — in that order, so an action the ledger could
not record is rolled back (503). Failed attempts are committed before they are audited: a
ledger outage never resets an attacker's failure count.

Audit events name users by id, never by username or display name (those are personal
information); an unknown username is recorded as a keyed hash.
"""

from __future__ import annotations

import base64
import functools
import re
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NoReturn

from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from gateway import auditing
from gateway.api_errors import Conflict, Forbidden, Invalid, LoginFailed, LoginThrottled, NotFound, StepUpRequired, Unavailable
from gateway.auth import recovery, totp
from gateway.auth.callers import Caller
from gateway.auth.lockout import LockoutPolicy, retry_after
from gateway.auth.passwords import Passwords
from gateway.auth.roles import Role, check_roles
from gateway.context import Governance
from gateway.settings import Settings
from gateway.state import DepartmentStatus
from gateway.state.models import User, UserSession, utc
from gateway.state.users import (
    consume_recovery_code,
    create_session,
    end_sessions,
    get_user,
    get_user_by_username,
    new_user_id,
    replace_recovery_codes,
    unused_recovery_codes,
)
from gateway.state.users import SEED_AAD as _SEED_AAD
from keys import Aead, DecryptionError, KeysError, Purpose

USERNAME = re.compile(r"^[a-z][a-z0-9._-]{2,63}$")
_GENERIC = "用户名、口令或动态验证码错误 (invalid username, password or code)"


@functools.lru_cache(maxsize=8)
def _passwords(time_cost: int, memory_kib: int, parallelism: int, min_length: int) -> Passwords:
    return Passwords(time_cost=time_cost, memory_kib=memory_kib, parallelism=parallelism, min_length=min_length)


def passwords_for(settings: Settings) -> Passwords:
    return _passwords(settings.argon2_time_cost, settings.argon2_memory_kib, settings.argon2_parallelism,
                      settings.password_min_length)


def lockout_for(settings: Settings) -> LockoutPolicy:
    return LockoutPolicy(settings.lockout_threshold, settings.lockout_base_seconds, settings.lockout_max_seconds)


def generate_password(length: int = 16) -> str:
    """A random password meeting the rule (lower, upper, digit and symbol)."""
    alphabet = string.ascii_letters + string.digits + "!#%+-=@"
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(length))
        if (any(c.islower() for c in candidate) and any(c.isupper() for c in candidate)
                and any(c.isdigit() for c in candidate) and any(not c.isalnum() for c in candidate)):
            return candidate


# --- TOTP seeds: AES-256-GCM under the keyring's secret-wrapping key, bound to the user -----

def _box(gov: Governance) -> Aead:
    try:
        return gov.keyring.aead(Purpose.SECRET_WRAPPING)
    except KeysError as exc:
        raise Unavailable("secret_wrapping_key_missing",
                          "密钥环缺少 secret-wrapping 密钥；请运行 `govgate keys init` (no secret-wrapping key)") from exc


def seal_seed(gov: Governance, user_id: str, seed: str) -> str:
    return base64.b64encode(_box(gov).encrypt(seed.encode("ascii"), _SEED_AAD + user_id.encode())).decode("ascii")


def open_seed(gov: Governance, user_id: str, blob: str) -> str:
    try:
        return _box(gov).decrypt(base64.b64decode(blob), _SEED_AAD + user_id.encode()).decode("ascii")
    except (DecryptionError, ValueError) as exc:
        raise Unavailable("totp_seed_unreadable", "无法解密动态口令种子 (TOTP seed does not decrypt)") from exc


# --- users --------------------------------------------------------------------------------

def create_user(gov: Governance, session: Session, *, username: str, display_name: str, department: str,
                roles: list[str], now: datetime, password: str | None = None, actor_id: str | None = None,
                actor_department: str | None = None, source_ip: str | None = None) -> tuple[User, str | None]:
    """Create a person; returns the user and the generated initial password (None if one was given)."""
    if not USERNAME.match(username or ""):
        raise Invalid("invalid_username", "用户名须为 3–64 个小写字母、数字或 . _ -，以字母开头")
    if department not in gov.catalog.departments or session.get(DepartmentStatus, department) is None:
        raise Invalid("unknown_department", f"未知部门：{department}")
    chosen = check_roles(roles, department=department, competent_department=gov.settings.competent_department)
    passwords = passwords_for(gov.settings)
    generated = None
    if password is None:
        password = generated = generate_password()
    passwords.check_rule(password, username=username)
    if get_user_by_username(session, username) is not None:
        raise Conflict("username_taken", "用户名已存在")
    user = User(id=new_user_id(), username=username, display_name=display_name, department_id=department,
                roles=[r.value for r in chosen], password_hash=passwords.hash(password), status="active",
                failed_attempts=0, created_at=now, password_changed_at=now)
    session.add(user)
    session.flush()
    auditing.record(gov, now=now, action="user.create", outcome="success", actor_id=actor_id or "cli",
                    department=actor_department, details={"user_id": user.id, "user_department": department,
                                                          "roles": [r.value for r in chosen]},
                    source_ip=source_ip)
    session.commit()
    return user, generated


def set_roles(gov: Governance, session: Session, user_id: str, roles: list[str], *, now: datetime,
              actor_id: str = "cli") -> User:
    user = _existing(session, user_id)
    chosen = check_roles(roles, department=user.department_id, competent_department=gov.settings.competent_department)
    user.roles = [r.value for r in chosen]
    end_sessions(session, user.id, now=now)  # new roles take effect at the next login
    auditing.record(gov, now=now, action="user.roles", outcome="success", actor_id=actor_id, department=None,
                    details={"user_id": user.id, "roles": user.roles})
    session.commit()
    return user


def set_locked(gov: Governance, session: Session, user_id: str, locked: bool, *, now: datetime,
               actor_id: str = "cli", actor_department: str | None = None, reason_text: str = "",
               source_ip: str | None = None) -> User:
    """An administrator's lock (indefinite; ends the user's sessions) or unlock (also clears back-off)."""
    user = _existing(session, user_id)
    if locked:
        user.status = "disabled"
        end_sessions(session, user.id, now=now)
    else:
        user.status, user.failed_attempts, user.locked_until = "active", 0, None
    auditing.record(gov, now=now, action="user.lock" if locked else "user.unlock", outcome="success",
                    actor_id=actor_id, department=actor_department,
                    reasons=[auditing.reason("admin", reason_text)] if reason_text else (),
                    details={"user_id": user.id, "user_department": user.department_id}, source_ip=source_ip)
    session.commit()
    return user


def reset_totp(gov: Governance, session: Session, user_id: str, *, now: datetime, actor_id: str = "cli") -> User:
    """Forget the user's TOTP (lost device): sessions end, the next login enrols again."""
    user = _existing(session, user_id)
    user.totp_seed = user.totp_pending = None
    user.totp_last_step = user.totp_enabled_at = None
    replace_recovery_codes(session, user.id, [], now=now)
    end_sessions(session, user.id, now=now)
    auditing.record(gov, now=now, action="user.totp_reset", outcome="success", actor_id=actor_id, department=None,
                    category="iam", details={"user_id": user.id})
    session.commit()
    return user


def _existing(session: Session, user_id: str) -> User:
    user = get_user(session, user_id) or get_user_by_username(session, user_id)
    if user is None:
        raise NotFound("unknown_user", "用户不存在")
    return user


# --- login ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class LoginResult:
    token: str
    session_id: str
    state: str  # enrol | active
    expires_at: datetime
    idle_timeout_seconds: int
    user: User
    mfa_at: datetime | None


def _fail(gov: Governance, session: Session, user: User, *, now: datetime, action: str, code: str,
          source_ip: str | None, session_id: str | None = None) -> NoReturn:
    """Count a failed proof, lock with back-off at the threshold, audit both; then raise."""
    policy = lockout_for(gov.settings)
    user.failed_attempts = (user.failed_attempts or 0) + 1
    until = policy.locked_until(user.failed_attempts, now)
    if until is not None:
        user.locked_until = until
    session.commit()
    details: dict[str, Any] = {"user_id": user.id, "failed_attempts": user.failed_attempts}
    if session_id:
        details["session_id"] = session_id
    auditing.record(gov, now=now, action=action, outcome="failure", actor_id=user.id, department=user.department_id,
                    category="authentication", reasons=[auditing.reason(code, "身份验证失败")], details=details,
                    source_ip=source_ip)
    if until is not None:
        seconds = policy.lock_seconds(user.failed_attempts)
        auditing.record(gov, now=now, action="auth.lockout", outcome="success", actor_id=user.id,
                        department=user.department_id, category="authentication",
                        reasons=[auditing.reason("too_many_failures", "连续验证失败，账户暂时锁定")],
                        details={"user_id": user.id, "failed_attempts": user.failed_attempts,
                                 "locked_seconds": seconds}, source_ip=source_ip)
        raise LoginThrottled("account_locked", f"连续验证失败，账户已锁定 {seconds} 秒", retry_after=seconds)
    raise LoginFailed("invalid_credentials", _GENERIC)


def _refuse_if_locked(gov: Governance, user: User, *, now: datetime, action: str, source_ip: str | None) -> None:
    if user.status != "active":
        auditing.record(gov, now=now, action=action, outcome="failure", actor_id=user.id,
                        department=user.department_id, category="authentication",
                        reasons=[auditing.reason("account_disabled", "账户已被管理员锁定")],
                        details={"user_id": user.id}, source_ip=source_ip)
        raise Forbidden("account_disabled", "账户已被管理员锁定，请联系本部门系统管理员")
    if user.locked_until is not None and utc(user.locked_until) > now:
        wait = retry_after(utc(user.locked_until), now)
        auditing.record(gov, now=now, action=action, outcome="failure", actor_id=user.id,
                        department=user.department_id, category="authentication",
                        reasons=[auditing.reason("account_locked", "账户暂时锁定")],
                        details={"user_id": user.id, "retry_after": wait}, source_ip=source_ip)
        raise LoginThrottled("account_locked", f"账户暂时锁定，请在 {wait} 秒后重试", retry_after=wait)


def _accept_totp(gov: Governance, session: Session, user: User, code: str, now: datetime) -> bool:
    """Verify a TOTP code and record its step, atomically (the same code cannot pass twice)."""
    if not user.totp_seed:
        return False
    step = totp.verify(open_seed(gov, user.id, user.totp_seed), code, now=now, last_step=user.totp_last_step)
    if step is None:
        return False
    result = session.execute(update(User).where(User.id == user.id, or_(User.totp_last_step.is_(None),
                                                                        User.totp_last_step < step))
                             .values(totp_last_step=step))
    if (result.rowcount or 0) != 1:
        return False  # a concurrent request used this step first
    user.totp_last_step = step
    return True


def _second_factor(gov: Governance, session: Session, user: User, *, code: str | None, recovery_code: str | None,
                   now: datetime) -> str | None:
    """Which second factor passed ("totp" | "recovery_code"), or None."""
    if code and _accept_totp(gov, session, user, code, now):
        return "totp"
    if recovery_code and consume_recovery_code(session, user.id, recovery.digest(recovery_code, gov.pepper), now=now):
        return "recovery_code"
    return None


def login(gov: Governance, session: Session, *, username: str, password: str, code: str | None = None,
          recovery_code: str | None = None, now: datetime, source_ip: str | None = None) -> LoginResult:
    settings = gov.settings
    passwords = passwords_for(settings)
    user = get_user_by_username(session, username) if USERNAME.match(username or "") else None
    if user is None:
        passwords.verify(None, password or "")  # same time as a real check
        auditing.record(gov, now=now, action="auth.login", outcome="failure", actor_id=None, department=None,
                        category="authentication", reasons=[auditing.reason("unknown_user", "用户不存在")],
                        details={"username_hash": gov.identifier_mac(f"username:{username}")}, source_ip=source_ip)
        raise LoginFailed("invalid_credentials", _GENERIC)
    _refuse_if_locked(gov, user, now=now, action="auth.login", source_ip=source_ip)
    if not passwords.verify(user.password_hash, password or ""):
        _fail(gov, session, user, now=now, action="auth.login", code="bad_password", source_ip=source_ip)
    factor = None
    if user.totp_seed:
        factor = _second_factor(gov, session, user, code=code, recovery_code=recovery_code, now=now)
        if factor is None:
            _fail(gov, session, user, now=now, action="auth.login", code="bad_second_factor", source_ip=source_ip)
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash(password)
    user.failed_attempts, user.locked_until, user.last_login_at = 0, None, now
    state = "active" if factor else "enrol"
    mfa_at = now if factor else None
    expires = now + timedelta(hours=settings.session_max_hours)
    row, token = create_session(session, user, pepper=gov.pepper, state=state, now=now, expires_at=expires,
                                mfa_at=mfa_at)
    session.flush()
    details: dict[str, Any] = {"user_id": user.id, "session_id": row.id, "second_factor": factor or "none",
                               "totp_enrolment_required": factor is None}
    auditing.record(gov, now=now, action="auth.login", outcome="success", actor_id=user.id,
                    department=user.department_id, category="authentication", details=details, source_ip=source_ip)
    if factor == "recovery_code":
        _audit_recovery_use(gov, session, user, now, source_ip)
    session.commit()
    return LoginResult(token, row.id, state, expires, settings.session_idle_minutes * 60, user, mfa_at)


def _audit_recovery_use(gov: Governance, session: Session, user: User, now: datetime, source_ip: str | None) -> None:
    auditing.record(gov, now=now, action="auth.recovery_code", outcome="success", actor_id=user.id,
                    department=user.department_id, category="authentication",
                    details={"user_id": user.id, "recovery_codes_left": unused_recovery_codes(session, user.id)},
                    source_ip=source_ip)


def logout(gov: Governance, session: Session, caller: Caller, *, now: datetime, source_ip: str | None = None) -> None:
    row = session.get(UserSession, caller.session_id)
    if row is not None and row.ended_at is None:
        row.ended_at = now
    auditing.record(gov, now=now, action="session.logout", outcome="success", actor_id=caller.actor_id,
                    department=caller.department_id, category="session", details={"session_id": caller.session_id},
                    source_ip=source_ip)
    session.commit()


# --- TOTP enrolment and step-up -----------------------------------------------------------

def _user_of(session: Session, caller: Caller) -> User:
    if caller.kind != "user":
        raise Forbidden("people_only", "此操作仅限个人账户（会话令牌），部门 API 密钥不可用")
    user = get_user(session, caller.actor_id)
    if user is None:
        raise NotFound("unknown_user", "用户不存在")
    return user


def begin_enrolment(gov: Governance, session: Session, caller: Caller, *, now: datetime,
                    source_ip: str | None = None) -> tuple[str, str]:
    """A new pending seed (encrypted in state); returns (otpauth URI, base32 seed for manual entry)."""
    user = _user_of(session, caller)
    if user.totp_seed:
        raise Conflict("totp_already_enrolled", "已绑定动态口令；如需更换设备请联系系统管理员重置")
    seed = totp.new_seed()
    user.totp_pending = seal_seed(gov, user.id, seed)
    auditing.record(gov, now=now, action="auth.totp_enrol_start", outcome="success", actor_id=user.id,
                    department=user.department_id, category="authentication", details={"user_id": user.id},
                    source_ip=source_ip)
    session.commit()
    return totp.provisioning_uri(seed, account=user.username, issuer=gov.settings.totp_issuer), seed


def pending_uri(gov: Governance, session: Session, caller: Caller) -> str:
    user = _user_of(session, caller)
    if not user.totp_pending:
        raise Conflict("no_pending_enrolment", "没有待确认的动态口令绑定；先 POST /v1/auth/totp/enrol")
    return totp.provisioning_uri(open_seed(gov, user.id, user.totp_pending), account=user.username,
                                 issuer=gov.settings.totp_issuer)


def confirm_enrolment(gov: Governance, session: Session, caller: Caller, code: str, *, now: datetime,
                      source_ip: str | None = None) -> list[str]:
    """Check a code from the new seed; activate TOTP and the session; return recovery codes (shown once)."""
    user = _user_of(session, caller)
    _refuse_if_locked(gov, user, now=now, action="auth.totp_enrol", source_ip=source_ip)
    if not user.totp_pending:
        raise Conflict("no_pending_enrolment", "没有待确认的动态口令绑定；先 POST /v1/auth/totp/enrol")
    step = totp.verify(open_seed(gov, user.id, user.totp_pending), code, now=now, last_step=None)
    if step is None:
        _fail(gov, session, user, now=now, action="auth.totp_enrol", code="bad_totp", source_ip=source_ip,
              session_id=caller.session_id)
    user.totp_seed, user.totp_pending = user.totp_pending, None
    user.totp_last_step, user.totp_enabled_at, user.failed_attempts = step, now, 0
    codes = recovery.new_codes()
    replace_recovery_codes(session, user.id, [recovery.digest(c, gov.pepper) for c in codes], now=now)
    row = session.get(UserSession, caller.session_id)
    if row is not None:
        row.state, row.mfa_at = "active", now
    auditing.record(gov, now=now, action="auth.totp_enrol", outcome="success", actor_id=user.id,
                    department=user.department_id, category="authentication",
                    details={"user_id": user.id, "session_id": caller.session_id, "recovery_codes": len(codes)},
                    source_ip=source_ip)
    session.commit()
    return codes


def step_up(gov: Governance, session: Session, caller: Caller, *, code: str | None, recovery_code: str | None,
            now: datetime, source_ip: str | None = None) -> datetime:
    """A fresh second-factor proof for this session; returns its time."""
    user = _user_of(session, caller)
    _refuse_if_locked(gov, user, now=now, action="auth.step_up", source_ip=source_ip)
    if not user.totp_seed:
        raise Conflict("totp_not_enrolled", "尚未绑定动态口令")
    factor = _second_factor(gov, session, user, code=code, recovery_code=recovery_code, now=now)
    if factor is None:
        _fail(gov, session, user, now=now, action="auth.step_up", code="bad_second_factor", source_ip=source_ip,
              session_id=caller.session_id)
    user.failed_attempts = 0
    row = session.get(UserSession, caller.session_id)
    row.mfa_at = now
    auditing.record(gov, now=now, action="auth.step_up", outcome="success", actor_id=user.id,
                    department=user.department_id, category="authentication",
                    details={"user_id": user.id, "session_id": caller.session_id, "second_factor": factor},
                    source_ip=source_ip)
    if factor == "recovery_code":
        _audit_recovery_use(gov, session, user, now, source_ip)
    session.commit()
    return now


def require_step_up(gov: Governance, caller: Caller, now: datetime) -> None:
    """Raise StepUpRequired unless the caller is a person with a fresh TOTP proof."""
    if caller.kind != "user":
        raise Forbidden("people_only", "此操作须由个人账户完成（并经 TOTP 二次验证）")
    if not caller.mfa_fresh(now, gov.settings.step_up_seconds):
        raise StepUpRequired()


def regenerate_recovery_codes(gov: Governance, session: Session, caller: Caller, *, now: datetime,
                              source_ip: str | None = None) -> list[str]:
    user = _user_of(session, caller)
    require_step_up(gov, caller, now)
    codes = recovery.new_codes()
    replace_recovery_codes(session, user.id, [recovery.digest(c, gov.pepper) for c in codes], now=now)
    auditing.record(gov, now=now, action="auth.recovery_codes", outcome="success", actor_id=user.id,
                    department=user.department_id, category="authentication",
                    details={"user_id": user.id, "recovery_codes": len(codes)}, source_ip=source_ip)
    session.commit()
    return codes


def change_password(gov: Governance, session: Session, caller: Caller, *, current: str, new: str, now: datetime,
                    source_ip: str | None = None) -> None:
    user = _user_of(session, caller)
    passwords = passwords_for(gov.settings)
    _refuse_if_locked(gov, user, now=now, action="auth.password_change", source_ip=source_ip)
    if not passwords.verify(user.password_hash, current or ""):
        _fail(gov, session, user, now=now, action="auth.password_change", code="bad_password", source_ip=source_ip)
    passwords.check_rule(new, username=user.username)
    if passwords.verify(user.password_hash, new):
        raise Invalid("password_reused", "新口令不能与旧口令相同")
    user.password_hash, user.password_changed_at, user.failed_attempts = passwords.hash(new), now, 0
    auditing.record(gov, now=now, action="auth.password_change", outcome="success", actor_id=user.id,
                    department=user.department_id, category="authentication", details={"user_id": user.id},
                    source_ip=source_ip)
    session.commit()


def user_view(user: User, *, recovery_left: int | None = None) -> dict[str, Any]:
    """A user as the API shows it: never a hash, a seed or a code."""
    view = {"id": user.id, "username": user.username, "display_name": user.display_name,
            "department": user.department_id, "roles": list(user.roles or []), "status": user.status,
            "locked_until": _iso(utc(user.locked_until)), "totp_enrolled": bool(user.totp_seed),
            "created_at": _iso(utc(user.created_at)), "last_login_at": _iso(utc(user.last_login_at))}
    if recovery_left is not None:
        view["recovery_codes_left"] = recovery_left
    return view


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment else None


__all__ = ["LoginResult", "Role", "begin_enrolment", "change_password", "confirm_enrolment", "create_user",
           "generate_password", "login", "logout", "pending_uri", "regenerate_recovery_codes", "require_step_up",
           "reset_totp", "set_locked", "set_roles", "step_up", "user_view"]
