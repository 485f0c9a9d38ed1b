from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from audit import build_access_event
from audit._ids import uuid7
from keys import Keyring, Signer

T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def make_event(i: int) -> dict[str, Any]:
    """A realistic, deterministic access event number ``i``."""
    now = T0 + timedelta(seconds=i)
    return build_access_event(
        now=now,
        event_id=uuid7(now, hashlib.sha256(b"rand%d" % i).digest()),
        action="dataset.read",
        outcome="success" if i % 5 else "failure",
        allow=bool(i % 5),
        department="市公安局",
        credential_id=f"cred-{i % 3}",
        source_ip="10.1.2.3",
        dataset="population.basic",
        fields_requested=["name", "id_number", "mobile"],
        fields_returned={"name": "mask", "id_number": "hash", "mobile": "mask"} if i % 5 else {},
        purpose="治安管理",
        decision_id=f"dec-{i}",
        policy_revision="rev-1",
        reasons=[{"code": "ALLOW_GRANT" if i % 5 else "DENY_NO_GRANT", "message": "依据授权"}],
        row_count=i % 7,
        grant_id="grant-1" if i % 5 else None,
        subject_hashes=[hashlib.sha256(b"subject%d" % i).hexdigest()],
        http={"method": "GET", "path": "/v1/datasets/population.basic/rows", "status": 200 if i % 5 else 403},
    )


@pytest.fixture
def keyring(tmp_path: Path) -> Keyring:
    kr = Keyring.open(tmp_path / "keys", create=True)
    kr.ensure_defaults(now=T0)
    return kr


@pytest.fixture
def signer(keyring: Keyring) -> Signer:
    return keyring.signer("audit-signing")


@pytest.fixture
def trusted(keyring: Keyring) -> dict[str, bytes]:
    return {k: v.public_bytes_raw() for k, v in keyring.public_keys("audit-signing").items()}
