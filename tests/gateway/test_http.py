"""The governed read over real HTTP: allowed, masked and refused requests, and the ledger after."""

from __future__ import annotations

import json
import re
import resource
import signal
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from audit import verify_ledger
from gateway.settings import Settings
from gateway.state import issue, make_engine, revoke, session_factory, set_department_status
from keys import Keyring, Purpose
from tests.gateway.conftest import bearer

PROBLEM = "application/problem+json"
MASKED_ID = re.compile(r"^\d{3}\*{11}[\dX]{4}$")


def rows_url(dataset: str, fields: str, purpose: str, limit: int = 5, **extra: object) -> str:
    query = f"fields={fields}&purpose={purpose}&limit={limit}"
    for key, value in extra.items():
        query += f"&{key}={value}"
    return f"/v1/datasets/{dataset}/rows?{query}"


def ledger_entries(home: Path) -> list[dict]:
    entries = []
    for segment in sorted((home / "audit").glob("events-*.jsonl")):
        entries += [json.loads(line) for line in segment.read_text("utf-8").splitlines() if line.strip()]
    return entries


def entry_at(home: Path, index: int) -> dict:
    return next(e for e in ledger_entries(home) if e["index"] == index)["event"]


def raw_resident_ids(home: Path, table: str, column: str = "resident_id") -> set[str]:
    with sqlite3.connect(home / "demo" / "store.db") as conn:
        return {r[0] for r in conn.execute(f'SELECT "{column}" FROM "{table}"')}


def test_catalog_lists_every_dataset(client, demo_keys):
    resp = client.get("/v1/datasets", headers=bearer(demo_keys["tourism"]))
    assert resp.status_code == 200
    ids = {d["id"] for d in resp.json()["datasets"]}
    assert {"population", "legal-person", "spatial-geo", "macro-economy", "health-records"} <= ids
    detail = client.get("/v1/datasets/population", headers=bearer(demo_keys["tourism"])).json()
    resident = next(f for f in detail["fields"] if f["name"] == "resident_id")
    assert (resident["entity"], resident["grade"]) == ("CN_RESIDENT_ID", "L4")


def test_granted_read_is_masked_and_audited_without_identifiers(client, demo_keys, demo_home):
    resp = client.get(rows_url("population", "resident_id,name,birth_date,household_town", "social-assistance"),
                      headers=bearer(demo_keys["civil-affairs"]))
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["grant"] == "demo-grant-civil-affairs-population"
    assert body["row_count"] == len(body["rows"]) == 5
    assert body["obligations"]["fields"]["resident_id"] == "mask"
    for row in body["rows"]:
        assert set(row) == {"resident_id", "name", "birth_date", "household_town"}
        assert MASKED_ID.match(row["resident_id"]), row["resident_id"]
    event = entry_at(demo_home, body["receipt"]["index"])
    assert event["event"]["outcome"] == "success"
    assert event["govgate"]["dataset"] == "population"
    assert event["govgate"]["decision"]["id"] == body["decision"]["id"]
    assert len(event["govgate"]["subjects"]) == 5  # keyed hashes of the five IDs returned
    ledger_text = "".join(p.read_text("utf-8") for p in (demo_home / "audit").glob("*.jsonl"))
    assert not any(rid in ledger_text for rid in raw_resident_ids(demo_home, "population"))


def test_unconditional_read_masks_the_sensitive_fields(client, demo_keys):
    resp = client.get(rows_url("legal-person", "uscc,org_name,legal_rep_name,legal_rep_mobile", "tourism-services"),
                      headers=bearer(demo_keys["tourism"]))
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["grant"] is None
    ops = body["obligations"]["fields"]
    assert ops["uscc"] == "keep" and ops["legal_rep_mobile"] == "mask"
    for row in body["rows"]:
        assert re.match(r"^1[3-9]\d\*{4}\d{4}$", row["legal_rep_mobile"])
        assert len(row["uscc"]) == 18


def test_owner_reads_its_own_data_in_clear(client, demo_keys, demo_home):
    resp = client.get(rows_url("population", "resident_id", "data-governance", limit=3),
                      headers=bearer(demo_keys["big-data-center"]))
    assert resp.status_code == 200, resp.text
    ids = raw_resident_ids(demo_home, "population")
    assert all(row["resident_id"] in ids for row in resp.json()["rows"])


def test_grant_operator_override_pseudonymises(client, demo_keys, demo_home):
    resp = client.get(rows_url("health-records", "resident_id,hospital", "social-insurance", limit=3),
                      headers=bearer(demo_keys["hr-social-security"]))
    assert resp.status_code == 200, resp.text
    rows = resp.json()["rows"]
    assert all(re.fullmatch(r"[0-9a-f]{32}", row["resident_id"]) for row in rows)


@pytest.mark.parametrize(
    ("department", "url", "status", "code"),
    [
        ("tourism", rows_url("population", "resident_id,name", "tourism-services"), 403, "grant_required"),
        ("education", rows_url("population", "name,birth_date", "education-services"), 403, "grant_expired"),
        ("civil-affairs", rows_url("population", "resident_id,mobile", "social-assistance"), 403, "grant_mismatch"),
        ("public-security", rows_url("petition-reports", "case_no", "public-security"), 403, "not_shared"),
        ("tourism", rows_url("legal-person", "uscc", "public-security"), 403, "purpose_not_in_duties"),
        ("tourism", rows_url("no-such-dataset", "a", "tourism-services"), 404, "unknown_dataset"),
        ("tourism", rows_url("legal-person", "uscc,shoe_size", "tourism-services"), 400, "unknown_field"),
        ("tourism", rows_url("legal-person", "uscc", "sightseeing"), 400, "unknown_purpose"),
    ],
)
def test_refusals_are_problems_with_reasons_and_audited(client, demo_keys, demo_home, department, url, status, code):
    resp = client.get(url, headers=bearer(demo_keys[department]))
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith(PROBLEM)
    body = resp.json()
    assert code in [r["code"] for r in body["reasons"]]
    assert all(r["message"] for r in body["reasons"])  # a Chinese message for each
    assert "rows" not in body
    event = entry_at(demo_home, body["receipt"]["index"])
    assert event["event"]["outcome"] == "failure"
    assert code in [r["code"] for r in event["govgate"]["decision"]["reasons"]]
    assert event["user"]["group"]["id"] == department


@pytest.mark.parametrize(
    ("query", "parameter"),
    [("fields=&purpose=x", "fields"), ("fields=a;drop&purpose=x", "fields"), ("fields=a,a&purpose=x", "fields"),
     ("fields=a&purpose=x&limit=0", "limit"), ("fields=a&purpose=x&limit=100000", "limit"),
     ("purpose=x", "fields"), ("fields=a", "purpose")],
)
def test_malformed_parameters_name_the_parameter(client, demo_keys, query, parameter):
    resp = client.get(f"/v1/datasets/legal-person/rows?{query}", headers=bearer(demo_keys["tourism"]))
    assert resp.status_code == 400
    assert resp.headers["content-type"].startswith(PROBLEM)
    assert parameter in resp.text


@pytest.mark.parametrize("header", [None, "Bearer nope", "Bearer gg_000000000000_wrong", "Basic abc"])
def test_missing_or_invalid_key_is_401_and_audited(client, demo_home, header):
    before = len(ledger_entries(demo_home))
    resp = client.get(rows_url("legal-person", "uscc", "tourism-services"),
                      headers={"Authorization": header} if header else {})
    assert resp.status_code == 401
    assert resp.headers["www-authenticate"].startswith("Bearer")
    assert len(ledger_entries(demo_home)) == before + 1
    assert entry_at(demo_home, before)["event"]["outcome"] == "failure"


def test_revoked_key_and_suspended_department_are_refused(client, demo_home):
    settings = Settings(home=demo_home)
    sessions = session_factory(make_engine(settings.database_url))
    now = datetime.now(timezone.utc)
    with sessions() as session:
        pepper = client.app.state.governance.pepper
        key = issue(session, "planning", pepper=pepper, now=now, label="test")
        revoked = issue(session, "planning", pepper=pepper, now=now, label="test")
        revoke(session, revoked.credential_id, now=now)
    url = rows_url("spatial-geo", "district", "spatial-planning")
    assert client.get(url, headers=bearer(key.api_key)).status_code == 200
    refused = client.get(url, headers=bearer(revoked.api_key))
    assert refused.status_code == 403
    assert "credential_inactive" in [r["code"] for r in refused.json()["reasons"]]
    with sessions() as session:
        set_department_status(session, "planning", "suspended", "test", now=now)
    try:
        suspended = client.get(url, headers=bearer(key.api_key))
        assert suspended.status_code == 403
        assert "department_suspended" in [r["code"] for r in suspended.json()["reasons"]]
    finally:
        with sessions() as session:
            set_department_status(session, "planning", "active", "", now=now)


def test_pagination_walks_all_rows_once(client, demo_keys):
    seen, after = [], 0
    while True:
        resp = client.get(rows_url("legal-person", "uscc", "tourism-services", limit=7, after=after),
                          headers=bearer(demo_keys["tourism"]))
        assert resp.status_code == 200
        body = resp.json()
        seen += [r["uscc"] for r in body["rows"]]
        if body["next_after"] is None:
            break
        after = body["next_after"]
    assert len(seen) == len(set(seen)) > 7


def test_audit_failure_fails_closed(client, demo_keys, demo_home):
    """A ledger that cannot write (file size limit → EFBIG) means 503 and no rows."""
    segment = max((demo_home / "audit").glob("events-*.jsonl"))
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (segment.stat().st_size + 16, hard))
    try:
        resp = client.get(rows_url("legal-person", "uscc", "tourism-services"), headers=bearer(demo_keys["tourism"]))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert resp.status_code == 503
    assert resp.headers["content-type"].startswith(PROBLEM)
    assert "rows" not in resp.json()


def test_ledger_verifies_after_all_of_the_above(client, demo_keys, demo_home):
    client.get(rows_url("legal-person", "uscc", "tourism-services"), headers=bearer(demo_keys["tourism"]))
    client.app.state.governance.ledger.close()  # seal the tail, as a shutdown does
    keyring = Keyring.open(demo_home / "keys")
    report = verify_ledger(demo_home / "audit", keyring.public_keys(Purpose.AUDIT_SIGNING))
    assert report.entries_checked == len(ledger_entries(demo_home)) > 10
    assert report.unsealed == 0


def test_fields_come_back_in_the_order_asked_and_l4_reads_carry_a_watermark(client, demo_keys):
    resp = client.get(rows_url("population", "name,resident_id,birth_date", "social-assistance", limit=2),
                      headers=bearer(demo_keys["civil-affairs"]))
    body = resp.json()
    assert body["fields"] == ["name", "resident_id", "birth_date"]
    assert list(body["rows"][0]) == ["name", "resident_id", "birth_date"]
    assert body["obligations"]["watermark"] is True
    assert body["watermark"] == resp.headers["govgate-watermark"] == f"govgate:civil-affairs:{body['decision']['id']}"


def test_the_server_process_freezes_what_start_up_built(demo_home: Path, demo_keys: dict[str, str]) -> None:
    """`govgate serve` builds its app with freeze_startup: the start-up objects leave the cyclic
    collector's generations, and governed reads still work (the next full collection is cheap)."""
    import gc

    from fastapi.testclient import TestClient

    from gateway.app import create_app

    gc.unfreeze()
    try:
        with TestClient(create_app(Settings(home=demo_home), freeze_startup=True)) as frozen:
            assert gc.get_freeze_count() > 10_000
            reply = frozen.get(rows_url("population", "resident_id", "social-assistance"),
                               headers=bearer(demo_keys["civil-affairs"]))
            assert reply.status_code == 200 and MASKED_ID.match(reply.json()["rows"][0]["resident_id"])
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual
    with TestClient(create_app(Settings(home=demo_home))):
        assert gc.get_freeze_count() == 0  # tests' apps (the default) leave the collector alone
