"""Break-glass over HTTP: flagged in the audit trail whether refused or allowed; allowed only
for an incident-response department's person with a fresh TOTP step-up and a justification."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from gateway.app import create_app
from gateway.settings import Settings
from tests.gateway._people import Clock, add_user, api_keys, bearer, enrol, ledger_events, prepared_home, step_up

URL = "/v1/datasets/population/rows?fields=resident_id,name&purpose=public-security&limit=2"
WHY = "&break_glass=持刀伤人案件现场核查嫌疑人身份（案件编号 2026-1129-07）"


@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> Settings:
    return prepared_home(tmp_path_factory.mktemp("break-glass-home"))


@pytest.fixture()
def client(settings) -> Iterator[TestClient]:
    clock = Clock()
    with TestClient(create_app(settings)) as test_client:
        test_client.app.state.clock = clock
        yield test_client


def _last_read(settings: Settings) -> dict:
    return [e for e in ledger_events(settings) if e["event"]["action"] == "dataset.read"][-1]


def test_without_justification_the_normal_rules_refuse(client, settings):
    resp = client.get(URL, headers=bearer(api_keys(settings)["public-security"]))
    assert resp.status_code == 403 and "grant_required" in resp.text
    assert "flags" not in _last_read(settings)["govgate"]["decision"]


def test_a_department_key_cannot_step_up_so_break_glass_is_refused_but_flagged(client, settings):
    resp = client.get(URL + WHY, headers=bearer(api_keys(settings)["public-security"]))
    assert resp.status_code == 403
    assert "mfa_required" in [r["code"] for r in resp.json()["reasons"]]
    assert _last_read(settings)["govgate"]["decision"]["flags"] == ["break_glass"]


def test_a_department_outside_incident_response_is_refused(client, settings):
    resp = client.get(URL.replace("public-security&", "tourism-services&") + WHY,
                      headers=bearer(api_keys(settings)["tourism"]))
    assert resp.status_code == 403
    assert _last_read(settings)["govgate"]["decision"]["flags"] == ["break_glass"]


def test_an_officer_with_step_up_gets_the_data_and_an_incident_is_obliged(client, settings):
    clock = client.app.state.clock
    add_user(client, "officer.bg", "public-security", ["security_officer"])
    person = enrol(client, clock, "officer.bg")
    step_up(client, clock, person)
    resp = client.get(URL + WHY, headers=person.headers)
    assert resp.status_code == 200, resp.text
    assert resp.json()["obligations"]["open_incident"] == "break_glass"
    decision = _last_read(settings)["govgate"]["decision"]
    assert decision["flags"] == ["break_glass"] and decision["open_incident"] == "break_glass"


def test_break_glass_access_opened_an_incident(client, settings):
    from gateway.state.models import Incident

    with client.app.state.governance.sessions() as session:
        incidents = session.query(Incident).all()
    assert len(incidents) == 1
    incident = incidents[0]
    assert (incident.kind, incident.status, incident.department_id) == ("break_glass", "open", "public-security")
    assert "案件编号" in incident.justification
    opened = [e for e in ledger_events(settings) if e["event"]["action"] == "incident.open"]
    assert opened and opened[-1]["govgate"]["incident"]["incident_id"] == incident.id
