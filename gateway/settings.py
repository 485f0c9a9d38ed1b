"""Typed settings, read from the environment (prefix ``GOVGATE_``) when asked, never at import."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GOVGATE_", extra="ignore")

    home: Path = Field(default=Path("var"), description="where state, keys, the ledger and the demo store live")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    db_url: str | None = Field(default=None, description="SQLAlchemy URL of the state database; default SQLite in home")
    store_path: Path | None = Field(default=None, description="the SQLite demo source store; default home/demo/store.db")
    checkpoint_every: int = Field(default=1, ge=1, description="sign a ledger checkpoint every N events")
    opa_url: str | None = Field(default=None, description="a remote OPA (Data API) instead of the embedded engine")
    max_rows: int = Field(default=1000, ge=1, description="largest `limit` a request may ask for")
    rate_per_second: float = Field(default=50.0, gt=0, description="requests per second per department (per process)")
    rate_burst: int = Field(default=100, ge=1, description="requests a department may send at once")
    daily_row_quota: int = Field(default=200_000, ge=1, description="rows per department per day (CST)")

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
