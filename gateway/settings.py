"""Typed settings, read from the environment (prefix ``GOVGATE_``) when asked, never at import."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from policy.bundle import DEFAULT_BUNDLE_DIR


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GOVGATE_", extra="ignore")

    home: Path = Field(default=Path("var"), description="where state, keys, the ledger and the demo store live")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    access_log: bool = Field(default=False, description="uvicorn's access log (query strings may carry filter values)")
    db_url: str | None = Field(default=None, description="SQLAlchemy URL of the state database; default SQLite in home")
    store_path: Path | None = Field(default=None, description="the SQLite demo source store; default home/demo/store.db")
    checkpoint_every: int = Field(default=1000, ge=1, description="sign a ledger checkpoint at least every N events")
    checkpoint_interval_ms: int | None = Field(default=1000, ge=1,
                                               description="… and within T ms of an unsealed entry")
    es_url: str | None = Field(default=None, description="Elasticsearch for audit search and shipping; unset = local SQLite search")
    es_target: str = Field(default="logs-govgate.audit-default", description="data stream (or index) of audit events")
    es_flavor: str = Field(default="auto", pattern="^(auto|elasticsearch|opensearch)$")
    audit_ship: bool = Field(default=True, description="ship the ledger to es_url in the background")
    opa_url: str | None = Field(default=None, description="a remote OPA (Data API) instead of the embedded engine")
    policy_dir: Path = Field(default=DEFAULT_BUNDLE_DIR, description="the Rego bundle the gateway serves and watches")
    policy_watch_seconds: float = Field(default=2.0, ge=0, description="poll the bundle for changes (0 = never)")
    max_rows: int = Field(default=1000, ge=1, description="largest `limit` a request may ask for")
    rate_per_second: float = Field(default=50.0, gt=0, description="requests per second per department (per process)")
    rate_burst: int = Field(default=100, ge=1, description="requests a department may send at once")
    daily_row_quota: int = Field(default=200_000, ge=1, description="rows per department per day (CST)")
    # People (docs/gateway.md, "People"): password + TOTP, lockout, sessions, step-up.
    password_min_length: int = Field(default=12, ge=8, description="shortest password accepted")
    argon2_time_cost: int = Field(default=3, ge=1, description="Argon2id passes (RFC 9106 low-memory default 3)")
    argon2_memory_kib: int = Field(default=65536, ge=8, description="Argon2id memory in KiB (default 64 MiB)")
    argon2_parallelism: int = Field(default=4, ge=1, description="Argon2id lanes")
    totp_issuer: str = Field(default="govgate 湖州", description="issuer shown in authenticator apps")
    lockout_threshold: int = Field(default=5, ge=1, description="failed logins/TOTP proofs before a lockout")
    lockout_base_seconds: int = Field(default=60, ge=1, description="first lockout; doubles with each further failure")
    lockout_max_seconds: int = Field(default=3600, ge=1, description="longest automatic lockout")
    session_idle_minutes: int = Field(default=15, ge=1, description="a session ends after this long unused")
    session_max_hours: int = Field(default=8, ge=1, description="a session ends this long after login, used or not")
    step_up_seconds: int = Field(default=300, ge=10, description="how long a TOTP step-up stays fresh")
    # Applications (standards.md §2): the competent authority and time limits in working days.
    competent_department: str = Field(default="big-data-center", description="公共数据主管部门 (compliance check)")
    compliance_days: int = Field(default=2, ge=1, description="working days for the compliance check")
    owner_days: int = Field(default=5, ge=1, description="working days for the provider's reply")
    owner_days_uncatalogued: int = Field(default=10, ge=1, description="… when the data is not yet in the catalog")
    holidays_file: Path | None = Field(default=None, description="holiday calendar YAML; default gateway/workflow/holidays.yaml")
    max_grant_days: int = Field(default=366, ge=1, description="longest duration an application may ask for")
    # Source data: the SQLite demo store (default) or PostgreSQL tables.
    source_url: str | None = Field(default=None, description="postgresql+psycopg://… of the source database; default the demo store")
    source_schema: str = Field(default="public", pattern=r"^[a-z_][a-z0-9_]{0,62}$", description="schema of the source tables")

    @property
    def keys_dir(self) -> Path:
        return self.home / "keys"

    @property
    def ledger_dir(self) -> Path:
        return self.home / "audit"

    @property
    def demo_dir(self) -> Path:
        return self.home / "demo"

    @property
    def store(self) -> Path:
        return self.store_path or self.demo_dir / "store.db"

    @property
    def credentials_file(self) -> Path:
        return self.demo_dir / "credentials.json"

    @property
    def database_url(self) -> str:
        return self.db_url or f"sqlite:///{(self.home / 'state.db').resolve()}"
