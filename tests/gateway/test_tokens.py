"""Reversible tokens over HTTP: the `tokenize` masking operator keeps the format and is stable
across requests; POST /v1/tokens/detokenize gives the identifier back only to a 安全管理员 with a
fresh TOTP step-up, a purpose of their department and a justification — and audits every attempt
with a keyed hash of the identifier, never the identifier."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from audit.search import subject_hash
from gateway.app import create_app
from gateway.settings import Settings
from gateway.state import Grant, make_engine, put_grant, session_factory
from classify import is_valid_resident_id
from keys import Purpose, detokenize
from tests.gateway._people import START, Clock, add_user, api_keys, bearer, enrol, ledger_events, prepared_home, step_up

ROWS = "/v1/datasets/population/rows?fields=resident_id,mobile,name&purpose={purpose}&limit=5"
DETOKENIZE = "/v1/tokens/detokenize"
WHY = "网络安全事件 inc-0193：核实泄露样本所涉人员身份，以便依法通知本人"


@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> Settings:
    config = prepared_home(tmp_path_factory.mktemp("tokens-home"))
    sessions = session_factory(make_engine(config.database_url))
    with sessions() as session:  # the owner approved reversible tokens for the two identifiers
        put_grant(session, Grant(id="grant-tokens", department_id="public-security", dataset_id="population",
                                 purpose="public-security", fields=["resident_id", "mobile", "name"],
                                 operators={"resident_id": "tokenize", "mobile": "tokenize"}, basis="test",
                                 not_before=START - timedelta(days=1), not_after=START + timedelta(days=30)))
    return config


@pytest.fixture(scope="module")
def client(settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        test_client.app.state.clock = Clock()
        yield test_client


@pytest.fixture(scope="module")
def clear_rows(client, settings) -> list[dict]:
    """The same rows as the owner (big-data-center) reads them: in clear."""
    resp = client.get(ROWS.format(purpose="data-governance"), headers=bearer(api_keys(settings)["big-data-center"]))
    assert resp.status_code == 200, resp.text
    return resp.json()["rows"]


@pytest.fixture(scope="module")
def tokenized(client, settings) -> dict:
    resp = client.get(ROWS.format(purpose="public-security"), headers=bearer(api_keys(settings)["public-security"]))
    assert resp.status_code == 200, resp.text
    return resp.json()


@pytest.fixture(scope="module")
def admin(client):
    clock = client.app.state.clock
    add_user(client, "secadmin.tok", "big-data-center", ["security_admin"])
    return enrol(client, clock, "secadmin.tok")


def admin_id(client) -> str:
    from gateway.state.users import get_user_by_username
    with client.app.state.governance.sessions() as session:
        return get_user_by_username(session, "secadmin.tok").id


def _detokenize_events(settings: Settings) -> list[dict]:
    return [e for e in ledger_events(settings) if e["event"]["action"] == "token.detokenize"]


def _ask(client, headers, **body):
    return client.post(DETOKENIZE, headers=headers, json={"purpose": "cyber-security", "justification": WHY, **body})


def test_tokenized_read_keeps_format_and_is_stable(client, settings, clear_rows, tokenized):
    body = tokenized
    assert body["obligations"]["fields"] == {"resident_id": "tokenize", "mobile": "tokenize", "name": "keep"}
    key_id = body["token_key_id"]
    assert re.fullmatch(r"[0-9a-f]{8}", key_id)
    rows = body["rows"]
    assert len(rows) == len(clear_rows) == 5
    for token_row, clear in zip(rows, clear_rows, strict=True):
        assert re.fullmatch(r"[0-9X]{18}", token_row["resident_id"]) and token_row["resident_id"] != clear["resident_id"]
        assert re.fullmatch(r"\d{11}", token_row["mobile"]) and token_row["mobile"] != clear["mobile"]
        assert token_row["name"] == clear["name"]
    # the same identifiers give the same tokens on another request
    again = client.get(ROWS.format(purpose="public-security"), headers=bearer(api_keys(settings)["public-security"]))
    assert again.json()["rows"] == rows and again.headers["Govgate-Token-Key-Id"] == key_id
    # and the tokens are FF1 under the keyring's tokenization key
    key = client.app.state.governance.keyring.token_key(key_id)
    assert [detokenize(r["resident_id"], key) for r in rows] == [c["resident_id"] for c in clear_rows]
    # the audit event names the operator and the key, never a token's value or the identifier
    read = [e for e in ledger_events(settings) if e["event"]["action"] == "dataset.read"][-1]
    assert read["govgate"]["fields"]["returned"]["resident_id"] == "tokenize"
    assert read["govgate"]["tokens"] == {"key_id": key_id}
    text = json.dumps(read, ensure_ascii=False)
    assert not any(c["resident_id"] in text or r["resident_id"] in text for c, r in zip(clear_rows, rows))


def test_security_admin_with_step_up_recovers_the_identifier(client, settings, clear_rows, tokenized, admin):
    step_up(client, client.app.state.clock, admin)
    token, key_id = tokenized["rows"][0]["resident_id"], tokenized["token_key_id"]
    before = len(_detokenize_events(settings))
    resp = _ask(client, admin.headers, token=token, key_id=key_id)
    assert resp.status_code == 200, resp.text
    assert resp.json()["value"] == clear_rows[0]["resident_id"] and resp.json()["key_id"] == key_id
    assert resp.headers["Cache-Control"] == "no-store"
    events = _detokenize_events(settings)
    assert len(events) == before + 1
    event = events[-1]
    gov = client.app.state.governance
    expected_hash = subject_hash(gov.subject_mac, clear_rows[0]["resident_id"])
    assert event["event"]["outcome"] == "success"
    assert event["govgate"]["token"]["identifier_hash"] == expected_hash
    assert event["govgate"]["subjects"] == [expected_hash]  # what `govgate audit subject --id` searches
    assert event["govgate"]["token"]["token"] == token and event["govgate"]["token"]["key_id"] == key_id
    assert event["govgate"]["token"]["justification"] == WHY and event["govgate"]["token"]["purpose"] == "cyber-security"
    assert event["user"]["id"] == admin_id(client) and event["user"]["group"]["id"] == "big-data-center"
    assert clear_rows[0]["resident_id"] not in json.dumps(event, ensure_ascii=False)
    # the per-person report (what `govgate audit subject --id` runs) finds the re-identification
    report = client.post("/v1/audit/subjects", json={"id": clear_rows[0]["resident_id"]},
                         headers=bearer(api_keys(settings)["big-data-center"]))
    assert report.status_code == 200, report.text
    assert "token.detokenize" in {e["action"] for e in report.json()["events"]}
    # a mobile number too (no subject index entry: not a resident ID)
    mobile = _ask(client, admin.headers, token=tokenized["rows"][0]["mobile"], entity="CN_MOBILE")
    assert mobile.status_code == 200 and mobile.json()["value"] == clear_rows[0]["mobile"]
    assert _detokenize_events(settings)[-1]["govgate"]["subjects"] == []


@pytest.mark.parametrize(("who", "body", "status", "codes"), [
    ("key", {}, 403, {"people_only", "detokenize_role_required", "step_up_required"}),
    ("officer", {}, 403, {"detokenize_role_required"}),
    ("admin", {"justification": "查一下"}, 400, {"justification_required"}),
    ("admin", {"purpose": "curiosity"}, 400, {"unknown_purpose"}),
    ("admin", {"purpose": "public-security"}, 403, {"purpose_not_permitted"}),
    ("admin", {"entity": "PERSON"}, 400, {"entity_not_tokenizable"}),
    ("other-dept", {}, 403, {"purpose_not_permitted"}),
])
def test_refusals_carry_reason_codes_and_are_audited(client, settings, tokenized, admin, who, body, status, codes):
    clock = client.app.state.clock
    if who == "key":
        headers = bearer(api_keys(settings)["big-data-center"])
    elif who == "admin":
        step_up(client, clock, admin)
        headers = admin.headers
    else:
        name, dept, role = {"officer": ("audit.tok", "big-data-center", "security_officer"),
                            "other-dept": ("secadmin.tour", "tourism", "security_admin")}[who]
        add_user(client, name, dept, [role])  # one case each
        headers = enrol(client, clock, name).headers  # enrolment leaves a fresh step-up: only the role refuses
    before = len(_detokenize_events(settings))
    resp = _ask(client, headers, **{"token": tokenized["rows"][0]["resident_id"], **body})
    assert resp.status_code == status, resp.text
    assert {r["code"] for r in resp.json()["reasons"]} == codes
    events = _detokenize_events(settings)
    assert len(events) == before + 1 and events[-1]["event"]["outcome"] == "failure"
    assert set(events[-1]["event"]["reason"].split(", ")) == codes
    assert "identifier_hash" not in events[-1]["govgate"]["token"] and events[-1]["govgate"]["subjects"] == []
    assert resp.json()["receipt"]["event_hash"]  # the refusal's audit receipt travels with the problem


def test_without_a_fresh_step_up_refused(client, settings, tokenized, admin):
    clock = client.app.state.clock
    step_up(client, clock, admin)
    clock.advance(seconds=client.app.state.governance.settings.step_up_seconds + 1)
    resp = _ask(client, admin.headers, token=tokenized["rows"][0]["resident_id"])
    assert resp.status_code == 403
    assert [r["code"] for r in resp.json()["reasons"]] == ["step_up_required"]
    assert _detokenize_events(settings)[-1]["event"]["reason"] == "step_up_required"


def test_malformed_and_unknown_tokens_refused(client, settings, admin):
    clock = client.app.state.clock
    gov = client.app.state.governance
    key = gov.keyring.token_key()
    for token, status, code in [("", 400, "malformed_token"), ("12345", 400, "malformed_token"),
                                ("33050219900101123Y", 400, "malformed_token")]:
        step_up(client, clock, admin)
        resp = _ask(client, admin.headers, token=token)
        assert resp.status_code == status and resp.json()["reasons"][0]["code"] == code, resp.text
        assert _detokenize_events(settings)[-1]["event"]["reason"] == code
    # a well-formed string that no identifier was tokenized to: it decrypts to a non-ID
    made_up = next(t for t in (f"5{n:017d}" for n in range(100)) if not is_valid_resident_id(detokenize(t, key)))
    step_up(client, clock, admin)
    resp = _ask(client, admin.headers, token=made_up)
    assert resp.status_code == 404 and resp.json()["reasons"][0]["code"] == "unknown_token"
    step_up(client, clock, admin)
    resp = _ask(client, admin.headers, token=made_up, key_id="0badc0de")
    assert resp.status_code == 404 and resp.json()["reasons"][0]["code"] == "unknown_token_key"


def test_rotation_keeps_old_tokens_detokenizable_and_destruction_ends_them(client, settings, clear_rows, tokenized,
                                                                           admin):
    clock = client.app.state.clock
    gov = client.app.state.governance
    old = tokenized["token_key_id"]
    new = gov.keyring.rotate(Purpose.TOKENIZATION, now=clock.now).id
    fresh = client.get(ROWS.format(purpose="public-security"), headers=bearer(api_keys(settings)["public-security"]))
    assert fresh.json()["token_key_id"] == new and fresh.json()["rows"][0]["resident_id"] != tokenized["rows"][0]["resident_id"]
    step_up(client, clock, admin)  # the retired key still detokenizes what it made
    resp = _ask(client, admin.headers, token=tokenized["rows"][0]["resident_id"], key_id=old)
    assert resp.status_code == 200 and resp.json()["value"] == clear_rows[0]["resident_id"]
    gov.keyring.destroy(old, now=clock.now)
    step_up(client, clock, admin)
    resp = _ask(client, admin.headers, token=tokenized["rows"][0]["resident_id"], key_id=old)
    assert resp.status_code == 410 and resp.json()["reasons"][0]["code"] == "token_key_destroyed"
    assert _detokenize_events(settings)[-1]["event"]["reason"] == "token_key_destroyed"
    assert resp.json()["receipt"]["event_hash"]


def test_every_tokenizable_type_has_a_token_format_and_others_are_refused_clearly():
    from classify import MaskingError, mask_rows, token_formats
    from keys import token_format

    assert set(token_formats()) == {"CN_RESIDENT_ID", "CN_SOCIAL_SECURITY", "CN_MOBILE", "BANK_CARD"}
    for name in token_formats().values():
        token_format(name)  # raises TokenError for an unknown format
    with pytest.raises(MaskingError, match="type PERSON has no token format"):
        mask_rows([{"name": "张三"}], {"name": "tokenize"}, {"name": "PERSON"}, tokenize=lambda f, v: v)
    with pytest.raises(MaskingError, match="needs the tokenization key"):
        mask_rows([{"id": "x"}], {"id": "tokenize"}, {"id": "CN_RESIDENT_ID"})
    # a value that does not fit the format is withheld (None), never passed through
    rows = [{"id": "33050219900101123X"}, {"id": "not-an-id"}, {"id": None}]
    out = mask_rows(rows, {"id": "tokenize"}, {"id": "CN_RESIDENT_ID"},
                    tokenize=lambda fmt, v: (fmt + ":" + v) if v[0].isdigit() else None)
    assert out == [{"id": "CN_RESIDENT_ID:33050219900101123X"}, {"id": None}, {"id": None}]
    assert rows[1] == {"id": "not-an-id"}  # the caller's rows are not mutated
