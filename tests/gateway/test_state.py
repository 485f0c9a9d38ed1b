"""Gateway state on both backends: SQLite (the embedded default) and PostgreSQL.

The PostgreSQL cases use the server on 127.0.0.1:5432 (`.ci/run` starts it when stopped).
Each run creates its own database and drops it afterwards. Where no server answers, the
cases are skipped with the reason — except under CI, where that is a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from gateway.state import (
    Grant,
    authenticate,
    find_grant,
    grant_document,
    issue,
    make_engine,
    migrate,
    put_grant,
    revoke,
    session_factory,
    set_department_status,
    sync_departments,
)
from gateway.state.peppers import Pepper
from tests.gateway._postgres import throwaway_database

PEPPER = Pepper(bytes(range(32)))  # load_pepper (keyring-sealed) is tested in test_secrets_at_rest.py

NOW = datetime(2026, 11, 29, 8, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    yield from throwaway_database("govgate_test")


@pytest.fixture(params=["sqlite", "postgresql"])
def sessions(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'state.db'}" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    migrate(url)
    migrate(url)  # idempotent
    engine = make_engine(url)
    factory = session_factory(engine)
    with factory() as session:
        sync_departments(session, ["civil-affairs", "tourism"], now=NOW)
    yield factory
    if request.param == "postgresql":
        with engine.begin() as conn:
            for table in ("grants", "credentials", "department_status"):
                conn.execute(text(f"DELETE FROM {table}"))
    engine.dispose()


def test_credentials_issue_authenticate_expire_revoke(sessions):
    with sessions() as session:
        key = issue(session, "tourism", pepper=PEPPER, now=NOW, expires_at=NOW + timedelta(days=1))
        principal = authenticate(session, key.api_key, pepper=PEPPER, now=NOW)
        assert (principal.department_id, principal.credential_status) == ("tourism", "active")
        assert authenticate(session, key.api_key[:-1] + "x", pepper=PEPPER, now=NOW) is None
        assert authenticate(session, key.api_key, pepper=PEPPER, now=NOW + timedelta(days=2)).credential_status == "expired"
        revoke(session, key.credential_id, now=NOW)
        assert authenticate(session, key.api_key, pepper=PEPPER, now=NOW).credential_status == "revoked"
        set_department_status(session, "tourism", "suspended", "audit finding", now=NOW)
        assert authenticate(session, key.api_key, pepper=PEPPER, now=NOW).department_status == "suspended"


def test_grants_round_trip_with_timezones_and_json(sessions):
    with sessions() as session:
        put_grant(session, Grant(id="g1", department_id="civil-affairs", dataset_id="population",
                                 purpose="social-assistance", fields=["resident_id", "name"],
                                 operators={"resident_id": "hash"}, basis="test",
                                 not_before=NOW - timedelta(days=1), not_after=NOW + timedelta(days=30)))
        grant = find_grant(session, "civil-affairs", "population", "social-assistance", now=NOW)
        assert grant is not None
        doc = grant_document(grant)
        assert doc["fields"] == ["resident_id", "name"] and doc["operators"] == {"resident_id": "hash"}
        assert doc["not_after"] == "2026-12-29T08:00:00Z"
        assert find_grant(session, "civil-affairs", "population", "statistics", now=NOW) is None
        assert find_grant(session, "civil-affairs", "population", "social-assistance",
                          now=NOW - timedelta(days=2)) is None  # not yet valid
