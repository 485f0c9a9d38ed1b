"""A throwaway PostgreSQL database on the local server (127.0.0.1:5432; `.ci/run` starts it).

Where no server answers, the test is skipped with the reason — except under CI, where that is
a failure.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

PG_ADMIN_URL = os.environ.get("GOVGATE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def throwaway_database(prefix: str) -> Iterator[str]:
    """Create a database named ``<prefix>_<random>``, yield its URL, drop it afterwards."""
    name = f"{prefix}_{secrets.token_hex(4)}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        admin.dispose()
        if os.environ.get("CI"):
            raise
        pytest.skip(f"no PostgreSQL at {PG_ADMIN_URL}: {exc.orig}")
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
