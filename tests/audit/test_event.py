"""The ECS access event: shape, determinism, and refusal of raw identifiers."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
import rfc8785

from audit import InvalidEvent, build_access_event
from audit._ids import is_uuid7, uuid7
from tests.audit.conftest import T0, make_event


def _args(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = dict(
        now=T0, event_id=uuid7(T0, bytes(10)), action="dataset.read", outcome="success", allow=True,
        department="市卫生计生局", credential_id="cred-7", source_ip="192.0.2.1", dataset="health.visits",
        fields_requested=["name"], fields_returned={"name": "mask"}, purpose="疾病防控", decision_id="d",
        policy_revision="r", reasons=[], row_count=1, grant_id=None, subject_hashes=[],
        http={"method": "get", "path": "/v1/datasets/health.visits/rows", "status": 200},
    )
    base.update(over)
    return base


def test_ecs_shape() -> None:
    ev = make_event(1)
    assert ev["@timestamp"] == "2025-03-01T08:00:01.000Z"
    assert ev["event"]["kind"] == "event" and ev["event"]["action"] == "dataset.read"
    assert ev["event"]["outcome"] == "success" and ev["event"]["type"] == ["access", "allowed"]
    assert ev["user"] == {"id": "cred-1", "group": {"id": "市公安局"}}
    assert ev["source"] == {"ip": "10.1.2.3"}
    assert ev["http"] == {"request": {"method": "GET"}, "response": {"status_code": 200}}
    assert ev["url"] == {"path": "/v1/datasets/population.basic/rows"}
    g = ev["govgate"]
    assert g["fields"]["returned"] == {"name": "mask", "id_number": "hash", "mobile": "mask"}
    assert g["decision"] == {"id": "dec-1", "allow": True, "policy_revision": "rev-1",
                             "reasons": [{"code": "ALLOW_GRANT", "message": "依据授权"}]}
    assert g["grant"] == {"id": "grant-1"} and g["rows"] == 1 and len(g["subjects"]) == 1
    denied = make_event(5)
    assert denied["event"]["type"] == ["access", "denied"] and "grant" not in denied["govgate"]
    assert denied["event"]["reason"] == "DENY_NO_GRANT"


def test_deterministic_and_canonical() -> None:
    assert rfc8785.dumps(make_event(3)) == rfc8785.dumps(make_event(3))


def test_optional_parts_and_operators_as_enums() -> None:
    from enum import StrEnum

    class Op(StrEnum):
        MASK = "mask"

    ev = build_access_event(**_args(source_ip=None, fields_returned={"name": Op.MASK}))
    assert "source" not in ev and ev["govgate"]["fields"]["returned"] == {"name": "mask"}
    assert type(ev["govgate"]["fields"]["returned"]["name"]) is str


def test_time_is_utc_with_millis() -> None:
    east8 = timezone(timedelta(hours=8))
    ev = build_access_event(**_args(now=datetime(2025, 3, 1, 16, 0, 0, 123456, tzinfo=east8)))
    assert ev["@timestamp"] == "2025-03-01T08:00:00.123Z"
    with pytest.raises(InvalidEvent):
        build_access_event(**_args(now=datetime(2025, 3, 1)))


@pytest.mark.parametrize("raw", [
    "330102199001011234",  # ID-card number
    "33010219900101123X",
    "13812345678",  # mobile number
    "张三",
    "ABABABABABABABABABABABABABABABABAB",  # upper-case is not our hash format
    "a" * 31,  # too short for a keyed hash
    "a" * 129,  # too long
    "330102199001011234:" + "a" * 64,  # a key id is 8 hex digits, not an ID number
    "0c0ffee:" + "a" * 64,  # 7-digit key id
    "00c0ffee:00c0ffee:" + "a" * 64,  # two key ids
    "a" * 63 + "\n",  # no separators smuggled in
    "ａ" * 64,  # full-width letters are not hex
    None,  # not a string at all
])
def test_raw_identifiers_are_refused(raw: str | None) -> None:
    with pytest.raises(InvalidEvent, match="keyed hashes"):
        build_access_event(**_args(subject_hashes=[raw]))


@pytest.mark.parametrize("over", [
    {"event_id": str(uuid.uuid4())},
    {"outcome": "ok"},
    {"action": "read"},
    {"row_count": -1},
    {"row_count": True},
    {"allow": "yes"},
    {"source_ip": "not-an-ip"},
    {"department": ""},
    {"http": {"method": "GET", "path": "/rows?id=330102199001011234", "status": 200}},
    {"http": {"method": "GET", "path": "/rows", "status": 99}},
    {"http": {"method": "BREW", "path": "/rows", "status": 200}},
    {"reasons": [{"code": "X"}]},
    {"fields_returned": {"name": "Mask Me"}},
])
def test_malformed_inputs_are_refused(over: dict[str, Any]) -> None:
    with pytest.raises(InvalidEvent):
        build_access_event(**_args(**over))


def test_subject_hashes_may_carry_a_key_id_and_are_sorted() -> None:
    a, b = "f" * 64, "00c0ffee:" + "a" * 64
    ev = build_access_event(**_args(subject_hashes=[a, b, a]))
    assert ev["govgate"]["subjects"] == sorted({a, b})


def test_uuid7() -> None:
    u = uuid7(T0, bytes(range(10)))
    assert is_uuid7(u)
    parsed = uuid.UUID(u)
    assert parsed.version == 7 and parsed.int >> 80 == int(T0.timestamp() * 1000)
    assert uuid7(T0, bytes(10)) < uuid7(T0 + timedelta(milliseconds=1), bytes(10))
    assert not is_uuid7(str(uuid.uuid4())) and not is_uuid7(u.upper()) and not is_uuid7(parsed)


def test_event_id_may_be_a_uuid_object() -> None:
    ev = build_access_event(**_args(event_id=uuid.UUID(uuid7(T0, bytes(10)))))
    assert ev["event"]["id"] == uuid7(T0, bytes(10))
    with pytest.raises(InvalidEvent):
        build_access_event(**_args(event_id=uuid.uuid4()))


def test_action_event_records_facts_not_values():
    from audit import build_action_event

    now = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
    doc = build_action_event(now=now, event_id=uuid7(now, bytes(10)), action="application.approve",
                             outcome="success", actor_id="user-1", department="big-data-center",
                             details={"application_id": "app-1", "fields": ["resident_id", "name"], "days": 90})
    assert doc["event"]["action"] == "application.approve"
    assert doc["govgate"]["application"] == {"application_id": "app-1", "fields": ["resident_id", "name"], "days": 90}
    assert doc["user"] == {"id": "user-1", "group": {"id": "big-data-center"}}
    with pytest.raises(InvalidEvent):
        build_action_event(now=now, event_id=uuid7(now, bytes(10)), action="application.approve", outcome="success",
                           actor_id="u", department=None, details={"Bad Key": "x"})
