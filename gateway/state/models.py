"""Gateway state: department status, credentials and grants (one schema for SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utc(moment: datetime | str | None) -> datetime | None:
    """A stored timestamp, aware, in UTC (everything govgate stores is UTC). SQLite gives
    naive datetimes through SQLAlchemy and ISO text through its bare DB-API driver
    (``gateway.state.db.CompiledRead``); PostgreSQL gives aware datetimes either way."""
    if moment is None:
        return None
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    pass


class DepartmentStatus(Base):
    """Operational status of a catalog department (the catalog itself stays in YAML)."""

    __tablename__ = "department_status"

    department_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | suspended
    reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Credential(Base):
    """A department system's API key: only its peppered digest is kept (gateway/state/peppers.py); the key is
    shown once."""

    __tablename__ = "credentials"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # public key id, part of the key
    department_id: Mapped[str] = mapped_column(ForeignKey("department_status.department_id"), index=True)
    secret_hash: Mapped[str] = mapped_column(String(96))  # hmac-sha256:<pepper id>:<hex>
    label: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Grant(Base):
    """An approved, time-bound permission to use restricted data (受限共享)."""

    __tablename__ = "grants"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    department_id: Mapped[str] = mapped_column(ForeignKey("department_status.department_id"), index=True)
    dataset_id: Mapped[str] = mapped_column(String(64), index=True)
    purpose: Mapped[str] = mapped_column(String(64))
    fields: Mapped[list] = mapped_column(JSON)
    operators: Mapped[dict] = mapped_column(JSON, default=dict)
    basis: Mapped[str] = mapped_column(Text, default="")  # the application or legal basis
    not_before: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    not_after: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class DailyUsage(Base):
    """Rows a department received on one day (China Standard Time), for the daily quota."""

    __tablename__ = "daily_usage"

    department_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    rows: Mapped[int] = mapped_column(Integer, default=0)


class User(Base):
    """A person: password (Argon2id) + TOTP (seed AES-256-GCM under the keyring), roles, lockout."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    department_id: Mapped[str] = mapped_column(ForeignKey("department_status.department_id"), index=True)
    roles: Mapped[list] = mapped_column(JSON, default=list)
    password_hash: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | disabled (locked by an admin)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    totp_seed: Mapped[str | None] = mapped_column(Text, nullable=True)  # base64 AES-256-GCM blob
    totp_pending: Mapped[str | None] = mapped_column(Text, nullable=True)  # enrolment not yet confirmed
    totp_last_step: Mapped[int | None] = mapped_column(Integer, nullable=True)  # replay protection
    totp_enabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    password_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class UserSession(Base):
    """A login session: only the peppered digest of its token is kept; idle and absolute expiry."""

    __tablename__ = "user_sessions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(96))  # hmac-sha256:<pepper id>:<hex>
    state: Mapped[str] = mapped_column(String(16))  # enrol (TOTP enrolment only) | active
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # absolute lifetime
    mfa_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)  # last TOTP proof
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class RecoveryCode(Base):
    """One-time recovery codes (80-bit random, shown once, peppered digest kept)."""

    __tablename__ = "recovery_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(96))  # hmac-sha256:<pepper id>:<hex>
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Application(Base):
    """An application for restricted data (standards.md §2): compliance check → owner's reply → grant."""

    __tablename__ = "applications"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # UUIDv7
    department_id: Mapped[str] = mapped_column(ForeignKey("department_status.department_id"), index=True)
    requester_id: Mapped[str] = mapped_column(String(64))  # user id or credential id
    requester_kind: Mapped[str] = mapped_column(String(16))  # user | key
    dataset_id: Mapped[str] = mapped_column(String(64), index=True)
    owner_department_id: Mapped[str] = mapped_column(String(64), index=True)
    in_catalog: Mapped[bool] = mapped_column(Boolean, default=True)
    fields: Mapped[list] = mapped_column(JSON)
    purpose: Mapped[str] = mapped_column(String(64))
    duration_days: Mapped[int] = mapped_column(Integer)
    justification: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str] = mapped_column(Text)
    scenario: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(24), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    compliance_due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    compliance_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    compliance_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    compliance_note: Mapped[str] = mapped_column(Text, default="")
    owner_due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    operators: Mapped[dict] = mapped_column(JSON, default=dict)  # per-field operators the owner approved
    grant_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class DatasetUsage(Base):
    """Rows a department received from one dataset on one day (CST): the export limit."""

    __tablename__ = "dataset_usage"

    department_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    dataset_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    rows: Mapped[int] = mapped_column(Integer, default=0)


class Incident(Base):
    """An incident the gateway opened itself — today: every access granted by break-glass.

    Category and grade follow standards.md §6 (GB/T 20986-2023): break-glass is 异常行为
    (abnormal behaviour) at 一般 (Ⅳ) until a security officer regrades it; playbooks come later.
    """

    __tablename__ = "incidents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(64))  # break_glass
    category: Mapped[str] = mapped_column(String(64))
    grade: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), index=True)  # open | closed
    department_id: Mapped[str] = mapped_column(String(64))
    dataset_id: Mapped[str] = mapped_column(String(64))
    decision_id: Mapped[str] = mapped_column(String(64))
    audit_index: Mapped[int] = mapped_column(Integer)
    justification: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SecretPepper(Base):
    """The pepper of the secret digests above, sealed under the keyring's secret-wrapping key
    (gateway/state/peppers.py): never stored in clear."""

    __tablename__ = "secret_peppers"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)  # "default"
    pepper_id: Mapped[str] = mapped_column(String(8))  # key check value: names the pepper, reveals nothing
    wrapped: Mapped[str] = mapped_column(Text)  # base64 of a keys.Aead blob (names its wrapping key)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    rewrapped_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
