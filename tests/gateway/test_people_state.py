"""People and applications state on both backends: the same short journey over HTTP with the
state database on SQLite (the embedded default) and on PostgreSQL (its own database per run,
created and dropped here; migrations 0001–0003 to head)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from gateway.app import create_app
from tests.gateway._people import (
    Clock,
    actions,
    add_user,
    api_keys,
    bearer,
    enrol,
    login,
    prepared_home,
    step_up,
)
from tests.gateway._postgres import throwaway_database


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    yield from throwaway_database("govgate_people")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def settings(request, tmp_path):
    db_url = None if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    return prepared_home(tmp_path, db_url=db_url)


def test_journey_on_both_state_backends(settings):
    clock = Clock()
    keys = api_keys(settings)
    with TestClient(create_app(settings)) as client:
        client.app.state.clock = clock
        add_user(client, "st.requester", "civil-affairs", ["requester"])
        add_user(client, "st.reviewer", "big-data-center", ["compliance_officer"])
        add_user(client, "st.owner", "hr-social-security", ["data_owner"])
        requester, reviewer, owner = (enrol(client, clock, n) for n in ("st.requester", "st.reviewer", "st.owner"))
        login(client, clock, requester)  # replay protection holds across backends: a fresh step each time
        body = {"dataset": "social-security", "fields": ["name", "status"], "purpose": "social-assistance",
                "duration_days": 7, "justification": "低保核对", "legal_basis": "《社会救助暂行办法》第十一条"}
        app_id = client.post("/v1/applications", headers=requester.headers, json=body).json()["id"]
        step_up(client, clock, reviewer)
        assert client.post(f"/v1/applications/{app_id}/compliance", headers=reviewer.headers,
                           json={"decision": "pass"}).status_code == 200
        step_up(client, clock, owner)
        grant = client.post(f"/v1/applications/{app_id}/approve", headers=owner.headers, json={}).json()["grant"]
        url = "/v1/datasets/social-security/rows?fields=name,status&purpose=social-assistance&limit=4"
        assert client.get(url, headers=bearer(keys["civil-affairs"])).json()["grant"] == grant
        usage = client.get("/v1/usage", headers=bearer(keys["civil-affairs"])).json()
        assert usage["rows_today"] == 4
        clock.advance(days=8)
        assert client.get(url, headers=bearer(keys["civil-affairs"])).status_code == 403
        assert client.get(f"/v1/applications/{app_id}", headers=bearer(keys["civil-affairs"])).json()["status"] == "expired"
        bad = {"username": "st.owner", "password": "Wrong-Pass-2026!"}
        assert [client.post("/v1/auth/login", json=bad).status_code for _ in range(5)][-1] == 429
    assert ("grant.expire", "success") in actions(settings) and ("auth.lockout", "success") in actions(settings)
