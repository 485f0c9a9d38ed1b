"""Grants are the policy's data: a read relies only on a grant the state database has now,
and the policy's data follows the database (gateway/grant_sync.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from gateway.state import Grant, put_grant
from tests.gateway.conftest import bearer
from tests.gateway.test_http import entry_at, rows_url

URL = rows_url("population", "name,birth_date", "tourism-services")
GRANT_ID = "test-grant-tourism-population"


def _codes(resp) -> list[str]:
    return [r["code"] for r in resp.json()["reasons"]]


def test_grants_in_state_are_what_the_policy_decides_on(client, demo_keys, demo_home):
    gov = client.app.state.governance
    tourism = bearer(demo_keys["tourism"])
    now = datetime.now(timezone.utc)

    refused = client.get(URL, headers=tourism)
    assert refused.status_code == 403 and _codes(refused) == ["grant_required"]
    before = gov.engine.revision

    # approved elsewhere (another worker, another process): written to state only
    with gov.sessions() as session:
        put_grant(session, Grant(id=GRANT_ID, department_id="tourism", dataset_id="population",
                                 purpose="tourism-services", fields=["name", "birth_date"], operators={},
                                 basis="test", not_before=now - timedelta(minutes=1),
                                 not_after=now + timedelta(days=1)))
    assert GRANT_ID not in gov.engine.grants

    allowed = client.get(URL, headers=tourism)
    assert allowed.status_code == 200
    assert GRANT_ID in gov.engine.grants and gov.engine.revision != before  # loaded on first use
    event = entry_at(demo_home, allowed.json()["receipt"]["index"])
    assert event["govgate"]["grant"]["id"] == GRANT_ID
    assert event["govgate"]["decision"]["policy_revision"] == gov.engine.revision

    # revoked elsewhere: the engine still holds the grant, but no read relies on it any more
    with gov.sessions() as session:
        session.get(Grant, GRANT_ID).revoked_at = datetime.now(timezone.utc)
        session.commit()
    assert GRANT_ID in gov.engine.grants
    after = client.get(URL, headers=tourism)
    assert after.status_code == 403 and _codes(after) == ["grant_required"]

    gov.grants.refresh(datetime.now(timezone.utc))
    assert GRANT_ID not in gov.engine.grants


def test_revocation_through_the_api_leaves_the_policy_data(client, demo_keys):
    gov = client.app.state.governance
    tourism = bearer(demo_keys["tourism"])
    now = datetime.now(timezone.utc)
    grant_id = GRANT_ID + "-2"
    with gov.sessions() as session:
        put_grant(session, Grant(id=grant_id, department_id="tourism", dataset_id="population",
                                 purpose="tourism-services", fields=["name"], operators={}, basis="test",
                                 not_before=now - timedelta(minutes=1), not_after=now + timedelta(days=1)))
    assert client.get(rows_url("population", "name", "tourism-services"), headers=tourism).status_code == 200
    assert grant_id in gov.engine.grants
    revoked = client.post(f"/v1/grants/{grant_id}/revoke", headers=tourism, json={"note": "任务已完成，主动放弃"})
    assert revoked.status_code == 200 and revoked.json()["state"] == "revoked"
    assert grant_id not in gov.engine.grants  # refreshed with the revocation, not at the next read
    again = client.get(rows_url("population", "name", "tourism-services"), headers=tourism)
    assert again.status_code == 403 and _codes(again) == ["grant_required"]
