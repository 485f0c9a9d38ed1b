"""People in state: users, login sessions (peppered token digests only) and recovery codes."""

from __future__ import annotations

import base64
import secrets
from datetime import datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from gateway.state.models import RecoveryCode, User, UserSession
from gateway.state.peppers import Pepper
from keys import Aead

SESSION_PREFIX = "gs_"
_SESSION_ID_LEN = 16
# TOTP seeds are sealed with the keyring's secret-wrapping key, bound to their user (gateway/auth/service.py).
SEED_AAD = b"govgate/totp-seed/v1\nuser:"


def new_user_id() -> str:
    return "u-" + secrets.token_hex(6)


def get_user(session: Session, user_id: str) -> User | None:
    return session.get(User, user_id)


def get_user_by_username(session: Session, username: str) -> User | None:
    return session.scalars(select(User).where(User.username == username)).first()


def list_users(session: Session, department_id: str | None = None) -> list[User]:
    query = select(User).order_by(User.department_id, User.username)
    if department_id:
        query = query.where(User.department_id == department_id)
    return list(session.scalars(query))


def create_session(session: Session, user: User, *, pepper: Pepper, state: str, now: datetime, expires_at: datetime,
                   mfa_at: datetime | None) -> tuple[UserSession, str]:
    """A new session row; returns it and its token ``gs_<id>_<secret>`` (shown once)."""
    session_id = secrets.token_hex(_SESSION_ID_LEN // 2)
    secret = secrets.token_urlsafe(32)
    row = UserSession(id=session_id, user_id=user.id, token_hash=pepper.digest(secret), state=state,
                      created_at=now, last_seen_at=now, expires_at=expires_at, mfa_at=mfa_at)
    session.add(row)
    return row, f"{SESSION_PREFIX}{session_id}_{secret}"


def find_session(session: Session, token: str, pepper: Pepper) -> UserSession | None:
    """The session behind ``token`` whatever its state, or None; the secret is compared in constant time."""
    if not token.startswith(SESSION_PREFIX):
        return None
    session_id, sep, secret = token[len(SESSION_PREFIX):].partition("_")
    if not sep or len(session_id) != _SESSION_ID_LEN or not secret:
        return None
    row = session.get(UserSession, session_id)
    if not pepper.matches(secret, row.token_hash if row else None) or row is None:
        return None
    return row


def reseal_totp_seeds(session: Session, box: Aead) -> int:
    """Re-seal under the active secret-wrapping key every TOTP seed an older (retired) key sealed,
    so that the retired key can be destroyed without locking anyone out; returns how many."""
    count = 0
    for user in session.scalars(select(User).where(or_(User.totp_seed.is_not(None), User.totp_pending.is_not(None)))):
        for column in ("totp_seed", "totp_pending"):
            blob = getattr(user, column)
            if blob and Aead.key_id_of(base64.b64decode(blob)) != box.key_id:
                aad = SEED_AAD + user.id.encode()
                setattr(user, column, base64.b64encode(box.encrypt(box.decrypt(base64.b64decode(blob), aad), aad))
                        .decode("ascii"))
                count += 1
    if count:
        session.commit()
    return count


def end_sessions(session: Session, user_id: str, *, now: datetime) -> int:
    result = session.execute(update(UserSession).where(UserSession.user_id == user_id, UserSession.ended_at.is_(None))
                             .values(ended_at=now))
    return result.rowcount or 0


def replace_recovery_codes(session: Session, user_id: str, digests: list[str], *, now: datetime) -> None:
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))
    for d in digests:
        session.add(RecoveryCode(user_id=user_id, code_hash=d, created_at=now))


def consume_recovery_code(session: Session, user_id: str, digest: str, *, now: datetime) -> bool:
    """Mark an unused code as used (atomically: two concurrent uses cannot both succeed)."""
    result = session.execute(update(RecoveryCode)
                             .where(RecoveryCode.user_id == user_id, RecoveryCode.code_hash == digest,
                                    RecoveryCode.used_at.is_(None))
                             .values(used_at=now))
    return (result.rowcount or 0) == 1


def unused_recovery_codes(session: Session, user_id: str) -> int:
    return len(list(session.scalars(select(RecoveryCode.id).where(RecoveryCode.user_id == user_id,
                                                                  RecoveryCode.used_at.is_(None)))))
