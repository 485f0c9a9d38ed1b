"""A verified API key is reused only while its credential and department rows are unchanged:
revocation, suspension and expiry take effect on the very next request, whoever changed the
state database (here a separate engine, as `govgate credentials revoke` or another replica)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from gateway.app import create_app
from gateway.demo.prepare import prepare_demo
from gateway.principals_cache import PrincipalCache
from gateway.settings import Settings
from gateway.state import issue, make_engine, revoke, session_factory, set_department_status
from tests.gateway.conftest import bearer

URL = "/v1/datasets/spatial-geo/rows?fields=district&purpose=spatial-planning&limit=2"
T0 = datetime.now(timezone.utc).replace(microsecond=0)


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("principals-cache")
    prepare_demo(Settings(home=home), people=60)
    return home


@pytest.fixture()
def other_process(home):
    """Sessions on an engine of their own: a second worker, a replica or the CLI."""
    engine = make_engine(Settings(home=home).database_url)
    yield session_factory(engine)
    engine.dispose()


@pytest.fixture()
def client(home):
    with TestClient(create_app(Settings(home=home))) as test_client:
        test_client.app.state.clock = lambda: test_client.now
        test_client.now = T0
        yield test_client


def codes(resp) -> list[str]:
    return [r["code"] for r in resp.json().get("reasons", [])]


def pepper(client):
    return client.app.state.governance.pepper


def cache(client) -> PrincipalCache:
    return client.app.state.governance.principals


def test_repeated_requests_reuse_the_verified_key(client, other_process):
    with other_process() as session:
        key = issue(session, "planning", pepper=pepper(client), now=T0, label="cache")
    assert client.get(URL, headers=bearer(key.api_key)).status_code == 200
    hits = cache(client).hits
    for _ in range(3):
        assert client.get(URL, headers=bearer(key.api_key)).status_code == 200
    assert cache(client).hits == hits + 3


def test_revocation_elsewhere_refuses_the_next_request(client, other_process):
    with other_process() as session:
        key = issue(session, "planning", pepper=pepper(client), now=T0, label="cache")
    for _ in range(2):
        assert client.get(URL, headers=bearer(key.api_key)).status_code == 200
    with other_process() as session:
        revoke(session, key.credential_id, now=T0)
    refused = client.get(URL, headers=bearer(key.api_key))
    assert refused.status_code == 403 and "credential_inactive" in codes(refused)
    assert refused.json()["receipt"]["index"] >= 0  # the refusal is audited


def test_suspension_refuses_at_once_and_reinstatement_restores(client, other_process):
    with other_process() as session:
        key = issue(session, "planning", pepper=pepper(client), now=T0, label="cache")
    for _ in range(2):
        assert client.get(URL, headers=bearer(key.api_key)).status_code == 200
    with other_process() as session:
        set_department_status(session, "planning", "suspended", "incident", now=T0)
    try:
        refused = client.get(URL, headers=bearer(key.api_key))
        assert refused.status_code == 403 and "department_suspended" in codes(refused)
    finally:
        with other_process() as session:
            set_department_status(session, "planning", "active", "", now=T0)
    assert client.get(URL, headers=bearer(key.api_key)).status_code == 200


def test_a_key_is_not_reused_past_its_expiry(client, other_process):
    with other_process() as session:
        key = issue(session, "planning", pepper=pepper(client), now=T0, label="cache", expires_at=T0 + timedelta(minutes=5))
    for _ in range(2):
        assert client.get(URL, headers=bearer(key.api_key)).status_code == 200
    client.now = T0 + timedelta(minutes=5)
    refused = client.get(URL, headers=bearer(key.api_key))
    assert refused.status_code == 403 and "credential_inactive" in codes(refused)


def test_a_wrong_secret_for_a_cached_credential_is_refused(client, other_process):
    with other_process() as session:
        key = issue(session, "planning", pepper=pepper(client), now=T0, label="cache")
    assert client.get(URL, headers=bearer(key.api_key)).status_code == 200
    forged = key.api_key[:-4] + ("AAAA" if not key.api_key.endswith("AAAA") else "BBBB")
    assert client.get(URL, headers=bearer(forged)).status_code == 401


def test_entries_expire_after_max_age(home, other_process):
    ticks = [0.0]
    principals = PrincipalCache(make_engine(Settings(home=home).database_url), max_age_seconds=60,
                                monotonic=lambda: ticks[0])
    with TestClient(create_app(Settings(home=home))) as client:
        gov = client.app.state.governance
        with other_process() as session:
            key = issue(session, "planning", pepper=pepper(client), now=T0, label="cache")
        first = principals.resolve(gov, key.api_key, now=T0)
        assert principals.resolve(gov, key.api_key, now=T0) is first and principals.hits == 1
        ticks[0] = 60.0
        assert principals.resolve(gov, key.api_key, now=T0) == first
        assert (principals.hits, principals.misses) == (1, 2)
