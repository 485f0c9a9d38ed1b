"""The audit event for one data access, as an ECS document (pure).

Field names follow the Elastic Common Schema so Kibana / Elastic Security read
the events unchanged; everything govgate-specific lives under ``govgate.*``.

What never goes in: row values, raw personal identifiers, secrets.  The caller
passes *keyed hashes* of data subjects (``MacKey.hexdigest`` of the identifier,
optionally prefixed ``<mac key id>:``); anything that does not look like one is
refused, so a raw ID-card or phone number cannot slip into the ledger by mistake.
Which fields were masked is recorded by name and operator, never by value.
"""

from __future__ import annotations

import functools
import ipaddress
import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from audit._ids import is_uuid7
from audit.errors import InvalidEvent

ECS_VERSION = "8.11.0"
ACTION_DATASET_READ = "dataset.read"

_ACTION_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
_OPERATOR_RE = re.compile(r"^[a-z][a-z_]*$")
# 32–128 hex digits: a keyed hash; 18-character ID numbers and 11-digit phone
# numbers cannot match, even in upper case.
_HEX_AND_COLON = b"0123456789abcdef:"
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def rfc3339_millis(now: datetime) -> str:
    """``2025-01-02T03:04:05.678Z`` — RFC 3339, UTC, millisecond precision."""
    if now.tzinfo is None:
        raise InvalidEvent("timestamps must be timezone-aware")
    utc = now.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _text(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidEvent(f"{name} must be a non-empty string")
    return value


def _check_header(event_id: object, action: object, outcome: object) -> str:
    """The parts every event has: a UUIDv7 id (policy/_uuid7.py gives UUID objects), a dotted
    action such as ``dataset.read`` or ``application.approve``, and an ECS outcome."""
    if isinstance(event_id, uuid.UUID):
        event_id = str(event_id)
    if not isinstance(event_id, str) or not is_uuid7(event_id):
        raise InvalidEvent("event_id must be a UUIDv7 (a UUID or its lower-case string)")
    if not isinstance(action, str) or not _ACTION_RE.match(action):
        raise InvalidEvent("action must be dotted lower-case, e.g. dataset.read")
    if outcome not in ("success", "failure"):
        raise InvalidEvent("outcome must be 'success' or 'failure'")
    return event_id


def _ip(source_ip: str) -> str:
    if type(source_ip) is str:  # the usual case: the same few peers, parsed once each
        text = ip_text(source_ip)
        if text is not None:
            return text
    try:
        return str(ipaddress.ip_address(source_ip))
    except ValueError:
        raise InvalidEvent("source_ip is not an IP address") from None


@functools.lru_cache(maxsize=4096)
def ip_text(address: str) -> str | None:
    """The canonical text of an IP address, or None when ``address`` is none. Cached: a gateway's
    peers are few, and each governed read parses its peer's address (≈ 3 µs) more than once."""
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def _are_subject_hashes(values: Sequence[object]) -> bool:
    """Each value is ``[<8 hex>:]<32–128 hex>``, lower case. A response carries hundreds: one
    C-level pass over all characters, then lengths per value (a regex per value cost 30 µs)."""
    try:
        joined = "".join(values)  # type: ignore[arg-type]  # TypeError: a value that is not a str
        if joined.encode("ascii").translate(None, _HEX_AND_COLON):
            return False
    except (TypeError, UnicodeEncodeError):
        return False
    if ":" not in joined:  # no key ids (the gateway's hashes): only the digests' lengths, in C
        return not values or (32 <= min(map(len, values)) and max(map(len, values)) <= 128)  # type: ignore[arg-type]
    for value in values:
        key_id, colon, digest = value.rpartition(":")  # type: ignore[union-attr]
        if not 32 <= len(digest) <= 128 or (colon and (len(key_id) != 8 or ":" in key_id)):
            return False
    return True


def _reason(value: object) -> dict[str, str]:
    if hasattr(value, "model_dump"):  # policy.decision.Reason and friends
        value = value.model_dump()
    if not isinstance(value, Mapping):
        raise InvalidEvent("each reason must be a mapping with code and message")
    # Only code and message: a reason is policy text, and copying arbitrary
    # keys could carry request data into the trail.
    return {"code": _text("reason.code", value.get("code")),
            "message": _text("reason.message", value.get("message"))}


def build_access_event(
    *,
    now: datetime,
    event_id: str | uuid.UUID,
    action: str,
    outcome: Literal["success", "failure"],
    allow: bool,
    department: str | None,
    credential_id: str | None,
    source_ip: str | None,
    dataset: str,
    fields_requested: Sequence[str],
    fields_returned: Mapping[str, Any],
    purpose: str,
    decision_id: str | None,
    policy_revision: str,
    reasons: Sequence[Mapping[str, str] | Any],
    row_count: int,
    grant_id: str | None,
    subject_hashes: Sequence[str],
    http: Mapping[str, Any],
    flags: Sequence[str] = (),
    open_incident: str | None = None,
) -> dict[str, Any]:
    """Build the ECS document for one access decision and its result.

    ``outcome`` is whether the request succeeded; ``allow`` is what policy
    decided — they differ when policy allowed but the source failed, so both
    are recorded.  ``fields_returned`` maps each returned field to the masking
    operator actually applied (``keep``, ``mask``, ``hash`` …).  ``http`` holds
    ``method``, ``path`` (no query string) and ``status``. ``department`` and
    ``credential_id`` are None together for a request that carried no valid
    credential; ``decision_id`` is None when no decision was made.
    """
    event_id = _check_header(event_id, action, outcome)
    if not isinstance(allow, bool):
        raise InvalidEvent("allow must be a bool")
    if isinstance(row_count, bool) or not isinstance(row_count, int) or row_count < 0:
        raise InvalidEvent("row_count must be a non-negative int")

    requested = [_text("fields_requested[]", f) for f in fields_requested]
    returned: dict[str, str] = {}
    for field, operator in fields_returned.items():
        op = str(getattr(operator, "value", operator))
        if not _OPERATOR_RE.match(op):
            raise InvalidEvent(f"operator for {field!r} is not an operator name")
        returned[_text("fields_returned key", field)] = op
    subjects = sorted(set(subject_hashes))  # sorted: row order could hint at content
    if not _are_subject_hashes(subjects):
        raise InvalidEvent("subject_hashes must be keyed hashes (hex), never raw identifiers")
    reason_list = [_reason(r) for r in reasons]

    method = str(http.get("method", "")).upper()
    if method not in _METHODS:
        raise InvalidEvent("http.method is not an HTTP method")
    path = _text("http.path", http.get("path"))
    if not path.startswith("/") or "?" in path or "#" in path:
        # Query strings are where identifiers hide; the path alone is recorded.
        raise InvalidEvent("http.path must be an absolute path without query or fragment")
    status = http.get("status")
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise InvalidEvent("http.status must be an HTTP status code")

    event: dict[str, Any] = {
        "id": event_id,
        "kind": "event",
        "category": ["database"],
        "type": ["access", "allowed" if allow else "denied"],
        "action": action,
        "outcome": outcome,
    }
    if reason_list:
        event["reason"] = ", ".join(r["code"] for r in reason_list)

    doc: dict[str, Any] = {
        "@timestamp": rfc3339_millis(now),
        "ecs": {"version": ECS_VERSION},
        "event": event,
        "http": {"request": {"method": method}, "response": {"status_code": status}},
        "url": {"path": path},
        "govgate": {
            "dataset": _text("dataset", dataset),
            "purpose": _text("purpose", purpose),
            "fields": {"requested": requested, "returned": returned},
            "decision": {
                **({"id": _text("decision_id", decision_id)} if decision_id is not None else {}),
                "allow": allow,
                "reasons": reason_list,
                "policy_revision": _text("policy_revision", policy_revision),
                # e.g. break_glass: always visible to reviewers, allowed or not
                **({"flags": sorted({_text("flags[]", f) for f in flags})} if flags else {}),
                **({"open_incident": _text("open_incident", open_incident)} if open_incident else {}),
            },
            "rows": row_count,
            "subjects": subjects,
        },
    }
    # An unauthenticated attempt has no credential, so the event has no user.
    if credential_id is not None or department is not None:
        doc["user"] = {"id": _text("credential_id", credential_id),
                       "group": {"id": _text("department", department)}}
    if source_ip is not None:
        doc["source"] = {"ip": _ip(source_ip)}
    if grant_id is not None:
        doc["govgate"]["grant"] = {"id": _text("grant_id", grant_id)}
    return doc


def build_action_event(
    *,
    now: datetime,
    event_id: str | uuid.UUID,
    action: str,
    outcome: Literal["success", "failure"],
    actor_id: str | None,
    department: str | None,
    category: str = "iam",
    reasons: Sequence[Mapping[str, str] | Any] = (),
    details: Mapping[str, str | int | bool | None | Sequence[str]] | None = None,
    source_ip: str | None = None,
) -> dict[str, Any]:
    """An ECS document for an administrative or security action (not a data read).

    Applications and approvals, credential and key operations, logins, policy reloads:
    ``action`` is dotted (``application.approve``), ``actor_id`` the user or credential that
    acted, ``details`` flat govgate-specific facts (ids, field *names*, states — never
    values or secrets) recorded under ``govgate.<first part of the action>``.
    """
    event_id = _check_header(event_id, action, outcome)
    if not re.fullmatch(r"[a-z_]+", category):
        raise InvalidEvent("category must be an ECS category name")
    reason_list = [_reason(r) for r in reasons]
    facts: dict[str, Any] = {}
    for key, value in (details or {}).items():
        if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
            raise InvalidEvent(f"detail key {key!r} is not a snake_case name")
        if isinstance(value, (list, tuple)):
            facts[key] = [_text(f"details.{key}[]", v) for v in value]
        elif value is None or isinstance(value, (str, int, bool)):
            facts[key] = value
        else:
            raise InvalidEvent(f"detail {key!r} must be a string, number, boolean or list of strings")
    event: dict[str, Any] = {"id": event_id, "kind": "event", "category": [category], "action": action,
                             "outcome": outcome}
    if reason_list:
        event["reason"] = ", ".join(r["code"] for r in reason_list)
    doc: dict[str, Any] = {
        "@timestamp": rfc3339_millis(now),
        "ecs": {"version": ECS_VERSION},
        "event": event,
        "govgate": {action.split(".", 1)[0]: facts, "reasons": reason_list},
    }
    if actor_id is not None or department is not None:
        doc["user"] = {"id": _text("actor_id", actor_id)}
        if department is not None:
            doc["user"]["group"] = {"id": _text("department", department)}
    if source_ip is not None:
        doc["source"] = {"ip": _ip(source_ip)}
    return doc
