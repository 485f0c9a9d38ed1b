"""Applications and approvals (standards.md §2): the transition table exhaustively, working
days with the holiday calendar, deadlines and overdue flags, four eyes, and the journey over
HTTP — enrol with TOTP, apply, compliance check, approve with step-up, fetch under the grant,
expire (injected time), be refused — with every step in the ledger."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from gateway.api_errors import Conflict
from gateway.app import create_app
from gateway.settings import Settings
from gateway.workflow import TRANSITIONS, Action, CalendarError, Status, load_calendar, next_status
from gateway.workflow.calendar import CST
from tests.gateway._people import (
    Clock,
    actions,
    add_user,
    api_keys,
    bearer,
    enrol,
    ledger_events,
    login,
    prepared_home,
    step_up,
)


# --- the table ------------------------------------------------------------------------------

EXPECTED = {
    ("pending_compliance", "compliance_pass"): "pending_owner",
    ("pending_compliance", "compliance_reject"): "rejected",
    ("pending_compliance", "withdraw"): "withdrawn",
    ("pending_owner", "approve"): "approved",
    ("pending_owner", "reject"): "rejected",
    ("pending_owner", "withdraw"): "withdrawn",
    ("approved", "expire"): "expired",
    ("approved", "revoke"): "revoked",
}


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("action", list(Action))
def test_every_status_and_action(status, action):
    expected = EXPECTED.get((status.value, action.value))
    if expected:
        assert next_status(status, action) is Status(expected)
    else:
        with pytest.raises(Conflict):
            next_status(status, action)
    assert {(s.value, a.value): t.value for (s, a), t in TRANSITIONS.items()} == EXPECTED


# --- working days ---------------------------------------------------------------------------

def _at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00").replace(tzinfo=CST)


@pytest.mark.parametrize(("submitted", "days", "last_day"), [
    ("2026-11-30", 2, "2026-12-02"),  # Monday → Wednesday
    ("2026-12-04", 2, "2026-12-08"),  # Friday → Tuesday (weekend skipped)
    ("2026-12-05", 2, "2026-12-08"),  # submitted on a Saturday
    ("2026-09-30", 2, "2026-10-09"),  # 国庆 1–7 off, Sat 10-10 worked … Thu 10-08, Fri 10-09
    ("2026-09-18", 2, "2026-09-21"),  # Fri → Sun 09-20 is a 调休 workday → Mon 09-21
    ("2026-02-12", 5, "2026-02-26"),  # 春节: Sat 02-14 worked, 02-15…23 off
    ("2026-12-31", 1, "2027-01-04"),  # 2027-01-01 statutory holiday, then the weekend
])
def test_working_day_deadlines_follow_the_holiday_calendar(submitted, days, last_day):
    calendar = load_calendar()
    due = calendar.deadline(_at(submitted), days)
    assert due == datetime.combine(date.fromisoformat(last_day) + timedelta(days=1), time(0), tzinfo=CST)


def test_the_calendar_says_what_it_does_not_know(tmp_path: Path):
    calendar = load_calendar()
    assert calendar.covers(date(2026, 5, 1)) and not calendar.covers(date(2027, 5, 1))
    assert not calendar.is_working_day(date(2027, 2, 8)) and calendar.is_working_day(date(2028, 2, 8))
    bad = tmp_path / "bad.yaml"
    bad.write_text("years:\n  2026:\n    complete: true\n    source: x\n    holidays: [2026-01-01]\n"
                   "    workdays: [2026-01-05]\n", "utf-8")  # a Monday cannot be a 调休 workday
    with pytest.raises(CalendarError, match="weekend"):
        load_calendar(bad)


# --- over HTTP ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> Settings:
    return prepared_home(tmp_path_factory.mktemp("apps-home"), step_up_seconds=300)


@pytest.fixture()
def clock() -> Clock:
    return Clock()


@pytest.fixture()
def client(settings, clock) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        test_client.app.state.clock = clock
        yield test_client


APPLICATION = {"dataset": "social-security", "fields": ["name", "insurance_type", "status"],
               "purpose": "social-assistance", "duration_days": 30,
               "justification": "低保家庭成员参保状态核对", "legal_basis": "《社会救助暂行办法》第十一条",
               "scenario": "低保审核"}
ROWS = "/v1/datasets/social-security/rows?fields=name,insurance_type,status&purpose=social-assistance&limit=5"


def test_journey_enrol_apply_check_approve_fetch_expire_refused(client, clock, settings):
    keys = api_keys(settings)
    add_user(client, "journey.requester", "civil-affairs", ["requester"])
    add_user(client, "journey.reviewer", "big-data-center", ["compliance_officer"])
    add_user(client, "journey.owner", "hr-social-security", ["data_owner"])
    requester = enrol(client, clock, "journey.requester")  # 1. first login enrols TOTP (QR code)
    reviewer = enrol(client, clock, "journey.reviewer")
    owner = enrol(client, clock, "journey.owner")

    before = client.get(ROWS, headers=bearer(keys["civil-affairs"]))  # no grant yet
    assert before.status_code == 403 and "grant_required" in [r["code"] for r in before.json()["reasons"]]

    applied = client.post("/v1/applications", headers=requester.headers, json=APPLICATION)  # 2. apply
    assert applied.status_code == 201, applied.text
    app_id = applied.json()["id"]
    assert applied.json()["status"] == "pending_compliance"
    assert applied.json()["due_at"] == "2026-12-02T16:00:00Z"  # Monday + 2 working days, 24:00 CST
    assert client.post("/v1/applications", headers=requester.headers, json=APPLICATION).status_code == 409

    premature = client.post(f"/v1/applications/{app_id}/approve", headers=owner.headers, json={})
    assert premature.status_code == 409  # the owner cannot skip the compliance check

    clock.advance(seconds=301)  # 3. the compliance check needs a fresh second factor
    stale = client.post(f"/v1/applications/{app_id}/compliance", headers=reviewer.headers,
                        json={"decision": "pass", "note": "用途与职责相符"})
    assert stale.status_code == 403 and stale.json()["reasons"][0]["code"] == "step_up_required"
    step_up(client, clock, reviewer)
    checked = client.post(f"/v1/applications/{app_id}/compliance", headers=reviewer.headers,
                          json={"decision": "pass", "note": "用途与职责相符"})
    assert checked.status_code == 200, checked.text
    assert checked.json()["status"] == "pending_owner"
    assert checked.json()["owner_decision"]["due_at"] == "2026-12-07T16:00:00Z"  # 5 working days

    clock.advance(seconds=301)  # 4. approval with step-up
    stale = client.post(f"/v1/applications/{app_id}/approve", headers=owner.headers, json={})
    assert stale.status_code == 403 and stale.json()["reasons"][0]["code"] == "step_up_required"
    step_up(client, clock, owner)
    untokenizable = client.post(f"/v1/applications/{app_id}/approve", headers=owner.headers,
                                json={"note": "同意", "operators": {"name": "tokenize"}})  # a name has no token format
    assert untokenizable.status_code == 400 and untokenizable.json()["reasons"][0]["code"] == "invalid_operators"
    assert "name" in untokenizable.json()["reasons"][0]["message"]
    approved = client.post(f"/v1/applications/{app_id}/approve", headers=owner.headers,
                           json={"note": "同意", "operators": {"name": "mask"}})
    assert approved.status_code == 200, approved.text
    grant_id = approved.json()["grant"]
    assert approved.json()["status"] == "approved" and grant_id == f"grant-{app_id}"

    fetched = client.get(ROWS, headers=bearer(keys["civil-affairs"]))  # 5. fetch under the grant
    assert fetched.status_code == 200, fetched.text
    assert fetched.json()["grant"] == grant_id and fetched.json()["row_count"] == 5
    assert fetched.json()["obligations"]["fields"]["name"] == "mask"  # the owner's operator applies
    as_person = client.get(ROWS, headers=requester.headers)
    assert as_person.status_code == 200 and as_person.json()["grant"] == grant_id
    grant = client.get(f"/v1/grants/{grant_id}", headers=requester.headers).json()
    assert grant["state"] == "active" and grant["application"] == app_id

    clock.advance(days=31)  # 6. time passes (injected): the grant expires
    refused = client.get(ROWS, headers=bearer(keys["civil-affairs"]))
    assert refused.status_code == 403 and "grant_expired" in [r["code"] for r in refused.json()["reasons"]]
    closed = client.get(f"/v1/applications/{app_id}", headers=bearer(keys["civil-affairs"])).json()
    assert closed["status"] == "expired" and closed["closed_at"]
    assert client.get(f"/v1/grants/{grant_id}", headers=bearer(keys["civil-affairs"])).json()["state"] == "expired"

    done = actions(settings)
    for step in ("auth.login", "auth.totp_enrol", "application.submit", "auth.step_up",
                 "application.compliance_pass", "application.approve", "grant.expire"):
        assert (step, "success") in done, step
    events = ledger_events(settings)
    approve = next(e for e in events if e["event"]["action"] == "application.approve"
                   and e["govgate"]["application"]["id"] == app_id)
    assert approve["govgate"]["application"]["grant_id"] == grant_id
    assert approve["user"]["group"]["id"] == "hr-social-security"
    read = events[fetched.json()["receipt"]["index"]]
    assert read["govgate"]["grant"]["id"] == grant_id
    assert [e["event"]["action"] for e in events].count("grant.expire") >= 1


def test_reject_with_reason_withdraw_and_revoke(client, clock, settings):
    keys = api_keys(settings)
    add_user(client, "rv.reviewer", "big-data-center", ["compliance_officer"])
    add_user(client, "rv.owner", "big-data-center", ["data_owner"])
    reviewer = enrol(client, clock, "rv.reviewer")
    owner = enrol(client, clock, "rv.owner")
    body = {**APPLICATION, "dataset": "population", "fields": ["name", "household_town"], "purpose": "statistics"}
    key = bearer(keys["statistics"])  # a department system applies with its key
    app_id = client.post("/v1/applications", headers=key, json=body).json()["id"]
    no_reason = client.post(f"/v1/applications/{app_id}/compliance", headers=reviewer.headers,
                            json={"decision": "reject"})
    assert no_reason.status_code == 400 and no_reason.json()["reasons"][0]["code"] == "reason_required"
    rejected = client.post(f"/v1/applications/{app_id}/compliance", headers=reviewer.headers,
                           json={"decision": "reject", "note": "用途表述不清"})
    assert rejected.json()["status"] == "rejected" and rejected.json()["compliance"]["note"] == "用途表述不清"
    assert client.post(f"/v1/applications/{app_id}/withdraw", headers=key).status_code == 409  # closed
    second = client.post("/v1/applications", headers=key, json=body).json()["id"]  # apply again
    withdrawn = client.post(f"/v1/applications/{second}/withdraw", headers=key, json={"note": "需求取消"})
    assert withdrawn.json()["status"] == "withdrawn"
    third = client.post("/v1/applications", headers=key, json=body).json()["id"]
    client.post(f"/v1/applications/{third}/compliance", headers=reviewer.headers, json={"decision": "pass", "note": "ok"})
    own_reject = client.post(f"/v1/applications/{third}/reject", headers=owner.headers, json={"note": "超出最小必要范围"})
    assert own_reject.json()["status"] == "rejected" and own_reject.json()["owner_decision"]["note"]
    fourth = client.post("/v1/applications", headers=key, json=body).json()["id"]
    client.post(f"/v1/applications/{fourth}/compliance", headers=reviewer.headers, json={"decision": "pass"})
    grant_id = client.post(f"/v1/applications/{fourth}/approve", headers=owner.headers, json={}).json()["grant"]
    url = "/v1/datasets/population/rows?fields=name,household_town&purpose=statistics&limit=2"
    assert client.get(url, headers=key).status_code == 200
    no_note = client.post(f"/v1/grants/{grant_id}/revoke", headers=owner.headers, json={"note": ""})
    assert no_note.status_code == 400
    revoked = client.post(f"/v1/grants/{grant_id}/revoke", headers=owner.headers, json={"note": "发现超范围使用"})
    assert revoked.status_code == 200 and revoked.json()["state"] == "revoked"
    assert client.get(f"/v1/applications/{fourth}", headers=key).json()["status"] == "revoked"
    assert client.get(url, headers=key).status_code == 403
    done = actions(settings)
    for step in ("application.compliance_reject", "application.withdraw", "application.reject", "grant.revoke"):
        assert (step, "success") in done, step


def test_four_eyes_and_who_may_act(client, clock, settings):
    keys = api_keys(settings)
    add_user(client, "fe.both", "big-data-center", ["compliance_officer", "data_owner", "requester"])
    both = enrol(client, clock, "fe.both")
    add_user(client, "fe.requester", "tourism", ["requester"])
    requester = enrol(client, clock, "fe.requester")
    body = {**APPLICATION, "dataset": "population", "fields": ["name"], "purpose": "education-services"}
    app_id = client.post("/v1/applications", headers=bearer(keys["education"]), json=body).json()["id"]
    step_up(client, clock, both)
    assert client.post(f"/v1/applications/{app_id}/compliance", headers=bearer(keys["big-data-center"]),
                       json={"decision": "pass"}).status_code == 404  # a key is no reviewer: not even visible
    passed = client.post(f"/v1/applications/{app_id}/compliance", headers=both.headers, json={"decision": "pass"})
    assert passed.status_code == 200
    same = client.post(f"/v1/applications/{app_id}/approve", headers=both.headers, json={})
    assert same.status_code == 403 and same.json()["reasons"][0]["code"] == "separation_of_duties"
    # a requester of another department cannot even see it
    assert client.get(f"/v1/applications/{app_id}", headers=requester.headers).status_code == 404
    own = client.post("/v1/applications", headers=both.headers, json={**body, "purpose": "data-governance"})
    assert own.status_code == 400 and own.json()["reasons"][0]["code"] == "own_dataset"


@pytest.mark.parametrize(("change", "code"), [
    ({"dataset": "legal-person", "fields": ["uscc"], "purpose": "tourism-services"}, "application_not_required"),
    ({"dataset": "petition-reports", "fields": ["case_no"], "purpose": "social-governance"}, "not_shared"),
    ({"fields": ["name", "shoe_size"]}, "unknown_field"),
    ({"purpose": "public-security"}, "purpose_not_in_duties"),
    ({"purpose": "sightseeing"}, "unknown_purpose"),
    ({"duration_days": 400}, "invalid_duration"),
    ({"legal_basis": "  "}, "invalid_legal_basis"),
    ({"dataset": "housing-registry", "fields": ["owner_name"]}, "owner_department_required"),
])
def test_applications_are_checked_against_the_catalog(client, settings, change, code):
    resp = client.post("/v1/applications", headers=bearer(api_keys(settings)["civil-affairs"]),
                       json={**APPLICATION, **change})
    assert resp.status_code == 400, resp.text
    assert resp.json()["reasons"][0]["code"] == code


def test_uncatalogued_data_gets_ten_working_days_and_overdue_is_flagged(client, clock, settings):
    keys = api_keys(settings)
    add_user(client, "od.reviewer", "big-data-center", ["compliance_officer"])
    reviewer = enrol(client, clock, "od.reviewer")
    body = {**APPLICATION, "dataset": "housing-registry", "fields": ["owner_name", "area"],
            "owner_department": "construction"}
    assert body["owner_department"] in client.app.state.governance.catalog.departments
    applied = client.post("/v1/applications", headers=bearer(keys["civil-affairs"]), json=body)
    assert applied.status_code == 201, applied.text
    app_id = applied.json()["id"]
    assert applied.json()["in_catalog"] is False
    clock.advance(days=3)  # Thursday: past the 2-working-day compliance check
    overdue = client.get("/v1/applications/overdue", headers=bearer(keys["civil-affairs"])).json()
    assert app_id in [a["id"] for a in overdue["applications"]]
    assert client.get(f"/v1/applications/{app_id}", headers=bearer(keys["civil-affairs"])).json()["overdue"] is True
    login(client, clock, reviewer)  # three days later: a new session
    flagged = client.get("/v1/applications?overdue=true", headers=reviewer.headers).json()["applications"]
    assert app_id in [a["id"] for a in flagged]
    checked = client.post(f"/v1/applications/{app_id}/compliance", headers=reviewer.headers,
                          json={"decision": "pass", "note": "目录待补录"}).json()
    # Thursday 2026-12-03 + 10 working days → Thursday 2026-12-17, 24:00 CST
    assert checked["owner_decision"]["due_at"] == "2026-12-17T16:00:00Z" and checked["overdue"] is False
    # the housing department's data owner sees it (it names them as the provider)
    add_user(client, "od.owner", "construction", ["data_owner"])
    owner = enrol(client, clock, "od.owner")
    assert client.get(f"/v1/applications/{app_id}", headers=owner.headers).status_code == 200


def test_cli_lists_overdue_applications(settings, monkeypatch, client, clock):
    from typer.testing import CliRunner

    from gateway.applications_cli import applications_app

    keys = api_keys(settings)
    body = {**APPLICATION, "dataset": "traffic", "fields": ["vehicle_type"], "purpose": "public-security"}
    applied = client.post("/v1/applications", headers=bearer(keys["public-security"]), json=body)
    assert applied.status_code == 201, applied.text
    monkeypatch.setenv("GOVGATE_HOME", str(settings.home))
    result = CliRunner().invoke(applications_app, ["list", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert applied.json()["id"] in result.output
    # as of a later day, the applications still pending are overdue
    overdue = CliRunner().invoke(applications_app, ["overdue", "--format", "json", "--as-of", "2026-12-31T00:00:00Z"])
    assert overdue.exit_code == 0, overdue.output
    assert applied.json()["id"] in overdue.output and '"overdue": false' not in overdue.output
    early = CliRunner().invoke(applications_app, ["overdue", "--format", "json", "--as-of", clock.now.isoformat()])
    assert applied.json()["id"] not in early.output
