"""People: password + TOTP, enrolment by QR code, recovery codes, replay protection, lockout
with back-off, sessions (idle and absolute expiry), step-up, roles and separation of duties —
over HTTP with an injected clock, plus the pure pieces table-driven. Every login, TOTP and
lockout event must be in the ledger."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pyotp
import pytest
from fastapi.testclient import TestClient

from gateway.app import create_app
from gateway.auth import RoleConflict, check_roles, recovery, totp
from gateway.auth.lockout import LockoutPolicy
from gateway.auth.passwords import Passwords
from gateway.settings import Settings
from gateway.state.peppers import Pepper
from tests.gateway._people import (
    PASSWORD,
    Clock,
    actions,
    add_user,
    api_keys,
    bearer,
    enrol,
    fresh_code,
    ledger_events,
    login,
    prepared_home,
    step_up,
)

T0 = datetime(2026, 11, 30, 1, 0, tzinfo=timezone.utc)


# --- pure pieces --------------------------------------------------------------------------

def test_totp_accepts_drift_of_one_step_and_never_the_same_step_twice():
    seed = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    ref = pyotp.TOTP(seed)
    step = totp.time_step(T0)
    assert totp.verify(seed, ref.at(T0), now=T0, last_step=None) == step
    assert totp.verify(seed, ref.at(T0 - timedelta(seconds=30)), now=T0, last_step=None) == step - 1
    assert totp.verify(seed, ref.at(T0 + timedelta(seconds=30)), now=T0, last_step=None) == step + 1
    assert totp.verify(seed, ref.at(T0 - timedelta(seconds=90)), now=T0, last_step=None) is None  # too old
    assert totp.verify(seed, ref.at(T0), now=T0, last_step=step) is None  # replay
    assert totp.verify(seed, ref.at(T0 - timedelta(seconds=30)), now=T0, last_step=step) is None  # older than used
    for bad in ("", "12345", "1234567", "abcdef", None):
        assert totp.verify(seed, bad, now=T0, last_step=None) is None
    assert totp.code_at(seed, T0) == ref.at(T0)


def test_provisioning_uri_and_qr_code():
    uri = totp.provisioning_uri("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", account="wang.fang", issuer="govgate 湖州")
    assert uri.startswith("otpauth://totp/") and "secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" in uri and "issuer=" in uri
    svg = totp.qr_svg(uri)
    assert svg.startswith(b"<?xml") and b"<svg" in svg and b"<path" in svg
    assert b"href" not in svg and b"<image" not in svg  # self-contained: nothing fetched from elsewhere


@pytest.mark.parametrize(("failures", "seconds"), [(1, 0), (4, 0), (5, 60), (6, 120), (7, 240), (11, 3600), (99, 3600)])
def test_lockout_backs_off_exponentially_up_to_the_cap(failures, seconds):
    policy = LockoutPolicy(threshold=5, base_seconds=60, max_seconds=3600)
    assert policy.lock_seconds(failures) == seconds
    until = policy.locked_until(failures, T0)
    assert (until - T0).total_seconds() == seconds if seconds else until is None


def test_recovery_codes_are_random_and_normalised():
    codes = recovery.new_codes()
    assert len(codes) == len(set(codes)) == 10
    assert all(len(c) == 19 and c.count("-") == 3 for c in codes)
    pepper = Pepper(bytes(range(32)))
    assert recovery.digest(codes[0].upper().replace("-", " "), pepper) == recovery.digest(codes[0], pepper)


@pytest.mark.parametrize(("roles", "department", "ok"), [
    (["requester"], "civil-affairs", True),
    (["requester", "data_owner"], "civil-affairs", True),
    (["system_admin"], "civil-affairs", True),
    (["system_admin", "security_officer"], "big-data-center", False),  # 三权分立
    (["system_admin", "security_admin"], "big-data-center", False),
    (["security_officer", "security_admin"], "big-data-center", False),
    (["system_admin", "requester"], "civil-affairs", True),
    (["assessor"], "big-data-center", True),
    (["assessor", "requester"], "big-data-center", False),  # an independent third party
    (["compliance_officer"], "big-data-center", True),
    (["compliance_officer"], "civil-affairs", False),  # only the competent department reviews
    (["wizard"], "civil-affairs", False),
    ([], "civil-affairs", False),
])
def test_separation_of_duties(roles, department, ok):
    if ok:
        assert set(check_roles(roles, department=department, competent_department="big-data-center")) == set(roles)
    else:
        with pytest.raises(RoleConflict):
            check_roles(roles, department=department, competent_department="big-data-center")


@pytest.mark.parametrize(("password", "ok"), [
    ("Huzhou-Test-2026!", True), ("short1!A", False), ("alllowercaseletters", False),
    ("lowercase-and-1234", True), ("ALLUPPER12345678", False), ("has-Wang.Fang-2026", False)])
def test_password_rule(password, ok):
    rule = Passwords(time_cost=1, memory_kib=64, parallelism=1, min_length=12)
    if ok:
        rule.check_rule(password, username="wang.fang")
    else:
        with pytest.raises(Exception, match="口令"):
            rule.check_rule(password, username="wang.fang")


def test_argon2id_hashes_verify_and_an_unknown_user_costs_a_verify():
    rule = Passwords(time_cost=1, memory_kib=64, parallelism=1, min_length=12)
    stored = rule.hash(PASSWORD)
    assert stored.startswith("$argon2id$") and rule.verify(stored, PASSWORD) and not rule.verify(stored, "x")
    assert rule.verify(None, PASSWORD) is False


# --- over HTTP ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> Settings:
    return prepared_home(tmp_path_factory.mktemp("auth-home"), lockout_threshold=3, lockout_base_seconds=60,
                         session_idle_minutes=15, session_max_hours=8, step_up_seconds=300)


@pytest.fixture()
def clock() -> Clock:
    return Clock()


@pytest.fixture()
def client(settings, clock) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        test_client.app.state.clock = clock
        yield test_client


def test_first_login_enrols_totp_by_qr_code_and_shows_recovery_codes_once(client, clock, settings):
    add_user(client, "enrol.first", "civil-affairs", ["requester"])
    first = client.post("/v1/auth/login", json={"username": "enrol.first", "password": PASSWORD})
    assert first.status_code == 200 and first.json()["state"] == "enrol"
    token = first.json()["token"]
    assert token.startswith("gs_")
    # an enrolment session can do nothing else
    assert client.get("/v1/datasets", headers=bearer(token)).status_code == 401
    refused = client.get("/v1/applications", headers=bearer(token))
    assert refused.status_code == 403 and refused.json()["reasons"][0]["code"] == "totp_enrolment_required"
    started = client.post("/v1/auth/totp/enrol", headers=bearer(token)).json()
    assert started["otpauth_uri"].startswith("otpauth://totp/") and started["qr_svg"] == "/v1/auth/totp/qr.svg"
    qr = client.get("/v1/auth/totp/qr.svg", headers=bearer(token))
    assert qr.status_code == 200 and qr.headers["content-type"].startswith("image/svg+xml") and b"<svg" in qr.content
    assert client.post("/v1/auth/totp/confirm", headers=bearer(token), json={"code": "000000"}).status_code == 401
    code = fresh_code(clock, started["secret"])
    confirmed = client.post("/v1/auth/totp/confirm", headers=bearer(token), json={"code": code})
    assert confirmed.status_code == 200, confirmed.text
    codes = confirmed.json()["recovery_codes"]
    assert len(codes) == 10
    assert client.get("/v1/datasets", headers=bearer(token)).status_code == 200  # the session is now active
    me = client.get("/v1/users/" + first.json()["user"]["id"], headers=bearer(token)).json()
    assert me["totp_enrolled"] and me["recovery_codes_left"] == 10
    # the seed is stored only encrypted (AES-256-GCM), the codes only as hashes
    with sqlite3.connect(settings.home / "state.db") as db:
        row = db.execute("SELECT totp_seed, totp_pending FROM users WHERE username = 'enrol.first'").fetchone()
        hashes = [r[0] for r in db.execute("SELECT code_hash FROM recovery_codes")]
    assert row[0] and started["secret"] not in row[0] and row[1] is None
    assert not any(c in h for c in codes for h in hashes)
    # enrolling again is refused; the same code cannot sign in (replay)
    assert client.post("/v1/auth/totp/enrol", headers=bearer(token)).status_code == 409
    replay = client.post("/v1/auth/login", json={"username": "enrol.first", "password": PASSWORD, "totp_code": code})
    assert replay.status_code == 401
    assert ("auth.totp_enrol_start", "success") in actions(settings)
    assert ("auth.totp_enrol", "success") in actions(settings)


def test_login_needs_both_factors_and_a_code_is_accepted_once(client, clock, settings):
    add_user(client, "both.factors", "tourism", ["requester"])
    person = enrol(client, clock, "both.factors")
    no_code = client.post("/v1/auth/login", json={"username": "both.factors", "password": PASSWORD})
    assert no_code.status_code == 401 and no_code.json()["reasons"][0]["code"] == "invalid_credentials"
    code = fresh_code(clock, person.seed)
    ok = client.post("/v1/auth/login", json={"username": "both.factors", "password": PASSWORD, "totp_code": code})
    assert ok.status_code == 200 and ok.json()["state"] == "active"
    again = client.post("/v1/auth/login", json={"username": "both.factors", "password": PASSWORD, "totp_code": code})
    assert again.status_code == 401  # the same code, the same step: refused
    wrong_pw = client.post("/v1/auth/login", json={"username": "both.factors", "password": "Wrong-Pass-2026!",
                                                  "totp_code": fresh_code(clock, person.seed)})
    unknown = client.post("/v1/auth/login", json={"username": "nobody.here", "password": PASSWORD})
    assert wrong_pw.status_code == unknown.status_code == 401
    assert wrong_pw.json()["detail"] == unknown.json()["detail"]  # no hint which part was wrong
    events = ledger_events(settings)
    unknown_event = [e for e in events if e["event"]["action"] == "auth.login"
                     and e["event"].get("reason") == "unknown_user"][-1]
    assert "nobody.here" not in str(unknown_event)  # a keyed hash, not the name
    assert len(unknown_event["govgate"]["auth"]["username_hash"]) == 64


def test_recovery_code_signs_in_once(client, clock):
    add_user(client, "lost.phone", "tourism", ["requester"])
    person = enrol(client, clock, "lost.phone")
    code = person.recovery_codes[3]
    first = client.post("/v1/auth/login", json={"username": "lost.phone", "password": PASSWORD, "recovery_code": code})
    assert first.status_code == 200 and first.json()["state"] == "active"
    second = client.post("/v1/auth/login", json={"username": "lost.phone", "password": PASSWORD, "recovery_code": code})
    assert second.status_code == 401
    me = client.get("/v1/users/" + first.json()["user"]["id"], headers=bearer(first.json()["token"])).json()
    assert me["recovery_codes_left"] == 9


def test_lockout_after_failures_with_back_off_audited_and_admin_unlock(client, clock, settings):
    add_user(client, "brute.target", "tourism", ["requester"])
    person = enrol(client, clock, "brute.target")
    bad = {"username": "brute.target", "password": "Wrong-Pass-2026!"}
    assert [client.post("/v1/auth/login", json=bad).status_code for _ in range(2)] == [401, 401]
    third = client.post("/v1/auth/login", json=bad)
    assert third.status_code == 429 and third.headers["retry-after"] == "60"
    # while locked even the right password and code are refused, and that is audited too
    locked = client.post("/v1/auth/login", json={"username": "brute.target", "password": PASSWORD,
                                                 "totp_code": fresh_code(clock, person.seed)})
    assert locked.status_code == 429 and locked.json()["reasons"][0]["code"] == "account_locked"
    clock.advance(seconds=61)
    fourth = client.post("/v1/auth/login", json=bad)  # the next failure doubles the lock
    assert fourth.status_code == 429 and fourth.headers["retry-after"] == "120"
    clock.advance(seconds=121)
    login(client, clock, person)  # success resets the count
    assert client.post("/v1/auth/login", json=bad).status_code == 401
    events = [e for e in ledger_events(settings) if e.get("govgate", {}).get("auth", {}).get("user_id")
              and e["event"]["action"] == "auth.lockout"]
    assert [e["govgate"]["auth"]["locked_seconds"] for e in events][-2:] == [60, 120]
    # an administrator's lock ends sessions and holds until unlocked
    from gateway.auth.service import set_locked

    gov = client.app.state.governance
    with gov.sessions() as session:
        set_locked(gov, session, "brute.target", True, now=clock.now, reason_text="离职")
    assert client.get("/v1/applications", headers=person.headers).status_code == 401
    disabled = client.post("/v1/auth/login", json={"username": "brute.target", "password": PASSWORD,
                                                   "totp_code": fresh_code(clock, person.seed)})
    assert disabled.status_code == 403 and disabled.json()["reasons"][0]["code"] == "account_disabled"
    with gov.sessions() as session:
        set_locked(gov, session, "brute.target", False, now=clock.now)
    login(client, clock, person)
    done = actions(settings)
    assert ("user.lock", "success") in done and ("user.unlock", "success") in done
    assert ("auth.login", "failure") in done and ("auth.lockout", "success") in done


def test_sessions_expire_when_idle_and_at_their_absolute_end(client, clock, settings):
    add_user(client, "session.user", "tourism", ["requester"])
    person = enrol(client, clock, "session.user")
    clock.advance(minutes=14)
    assert client.get("/v1/applications", headers=person.headers).status_code == 200  # use keeps it alive
    clock.advance(minutes=16)
    idle = client.get("/v1/applications", headers=person.headers)
    assert idle.status_code == 401 and idle.json()["reasons"][0]["code"] == "session_idle_timeout"
    assert client.get("/v1/applications", headers=person.headers).status_code == 401  # ended for good
    login(client, clock, person)
    started = clock.now
    while clock.now + timedelta(minutes=14) < started + timedelta(hours=8):
        clock.advance(minutes=14)  # used every 14 minutes: never idle
        assert client.get("/v1/applications", headers=person.headers).status_code == 200
    clock.advance(minutes=14)
    end = client.get("/v1/applications", headers=person.headers)
    assert end.status_code == 401 and end.json()["reasons"][0]["code"] == "session_expired"
    assert ("session.timeout", "success") in actions(settings)


def test_step_up_is_fresh_for_its_window_only(client, clock):
    add_user(client, "stepper", "tourism", ["requester"])
    person = enrol(client, clock, "stepper")
    assert client.get("/v1/auth/session", headers=person.headers).json()["mfa_fresh"] is True
    clock.advance(seconds=301)
    assert client.get("/v1/auth/session", headers=person.headers).json()["mfa_fresh"] is False
    refused = client.post("/v1/auth/recovery-codes", headers=person.headers)
    assert refused.status_code == 403 and refused.json()["reasons"][0]["code"] == "step_up_required"
    assert client.post("/v1/auth/step-up", headers=person.headers, json={"code": "123456"}).status_code == 401
    step_up(client, clock, person)
    assert client.get("/v1/auth/session", headers=person.headers).json()["mfa_fresh"] is True
    renewed = client.post("/v1/auth/recovery-codes", headers=person.headers)
    assert renewed.status_code == 200 and len(renewed.json()["recovery_codes"]) == 10
    with_recovery = client.post("/v1/auth/step-up", headers=person.headers,
                                json={"recovery_code": renewed.json()["recovery_codes"][0]})
    assert with_recovery.status_code == 200
    assert client.post("/v1/auth/step-up", headers=person.headers,
                       json={"recovery_code": person.recovery_codes[0]}).status_code == 401  # replaced


def test_api_keys_cannot_step_up_and_people_can_read_rows_with_mfa_in_context(client, clock, settings):
    key = api_keys(settings)["civil-affairs"]
    refused = client.post("/v1/auth/step-up", headers=bearer(key), json={"code": "123456"})
    assert refused.status_code == 403 and refused.json()["reasons"][0]["code"] == "people_only"
    add_user(client, "civil.reader", "civil-affairs", ["requester"])
    person = enrol(client, clock, "civil.reader")
    url = "/v1/datasets/population/rows?fields=name,household_town&purpose=social-assistance&limit=2"
    resp = client.get(url, headers=person.headers)
    assert resp.status_code == 200, resp.text
    event = ledger_events(settings)[resp.json()["receipt"]["index"]]
    user_id = client.get("/v1/auth/session", headers=person.headers).json()["user"]["id"]
    assert event["user"]["id"] == user_id and event["user"]["group"]["id"] == "civil-affairs"


def test_password_change_and_logout(client, clock, settings):
    add_user(client, "changer", "tourism", ["requester"])
    person = enrol(client, clock, "changer")
    weak = client.post("/v1/auth/password", headers=person.headers,
                       json={"current_password": PASSWORD, "new_password": "weak"})
    assert weak.status_code == 400 and weak.json()["reasons"][0]["code"] == "weak_password"
    ok = client.post("/v1/auth/password", headers=person.headers,
                     json={"current_password": PASSWORD, "new_password": "Another-Pass-2027#"})
    assert ok.status_code == 200
    assert client.post("/v1/auth/logout", headers=person.headers).status_code == 200
    assert client.get("/v1/auth/session", headers=person.headers).status_code == 401
    login(client, clock, person, password="Another-Pass-2027#")
    assert ("auth.password_change", "success") in actions(settings)
    assert ("session.logout", "success") in actions(settings)


def test_system_admin_manages_only_their_department_with_step_up(client, clock, settings):
    add_user(client, "admin.tourism", "tourism", ["system_admin"])
    admin = enrol(client, clock, "admin.tourism")
    made = client.post("/v1/users", headers=admin.headers, json={"username": "new.tourist", "roles": ["requester"]})
    assert made.status_code == 201, made.text
    assert made.json()["user"]["department"] == "tourism" and len(made.json()["initial_password"]) >= 12
    sod = client.post("/v1/users", headers=admin.headers,
                      json={"username": "too.powerful", "roles": ["system_admin", "security_officer"]})
    assert sod.status_code == 400 and sod.json()["reasons"][0]["code"] == "separation_of_duties"
    other = client.post("/v1/users", headers=admin.headers,
                        json={"username": "elsewhere", "roles": ["requester"], "department": "civil-affairs"})
    assert other.status_code == 400
    listed = {u["username"] for u in client.get("/v1/users", headers=admin.headers).json()["users"]}
    assert "new.tourist" in listed and "requester.civil" not in listed
    uid = made.json()["user"]["id"]
    assert client.post(f"/v1/users/{uid}/lock", headers=admin.headers, json={"reason": "测试"}).json()["status"] == "disabled"
    clock.advance(seconds=301)
    stale = client.post(f"/v1/users/{uid}/unlock", headers=admin.headers)
    assert stale.status_code == 403 and stale.json()["reasons"][0]["code"] == "step_up_required"
    step_up(client, clock, admin)
    assert client.post(f"/v1/users/{uid}/unlock", headers=admin.headers).json()["status"] == "active"
    requester = client.post("/v1/users", headers=bearer(api_keys(settings)["tourism"]),
                            json={"username": "by.key", "roles": ["requester"]})
    assert requester.status_code == 403


def test_policy_step_up_uses_the_persons_fresh_totp_and_never_an_api_key(client, clock, settings):
    """Policy obliges a second factor for bulk reads of high-grade fields (rules.mfa_bulk_rows);
    the pipeline passes context.mfa = a fresh step-up of the person, false for department keys."""
    import yaml

    from policy import DEFAULT_BUNDLE_DIR

    rules = yaml.safe_load((DEFAULT_BUNDLE_DIR / "govgate" / "rules" / "data.yaml").read_text("utf-8"))
    threshold = (rules.get("mfa_bulk_rows") or {}).get("L4")
    if not threshold or threshold >= rules["row_limits"]["L4"]:
        pytest.skip("the policy data has no bulk-read step-up for L4 below the row limit")
    url = (f"/v1/datasets/population/rows?fields=resident_id,name&purpose=social-assistance"
           f"&limit={threshold + 1}")
    key = client.get(url, headers=bearer(api_keys(settings)["civil-affairs"]))
    assert key.status_code == 403 and "mfa_required" in [r["code"] for r in key.json()["reasons"]]
    add_user(client, "bulk.reader", "civil-affairs", ["requester"])
    person = enrol(client, clock, "bulk.reader")  # enrolment is a fresh TOTP proof
    fresh = client.get(url, headers=person.headers)
    assert fresh.status_code == 200, fresh.text
    assert fresh.json()["obligations"]["require_mfa"] is True
    clock.advance(seconds=301)
    stale = client.get(url, headers=person.headers)
    assert stale.status_code == 403 and "mfa_required" in [r["code"] for r in stale.json()["reasons"]]
    step_up(client, clock, person)
    assert client.get(url, headers=person.headers).status_code == 200
