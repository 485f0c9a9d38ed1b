"""Every response is signed (RFC 9421 over an RFC 9530 digest); a saved one verifies offline."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from keys import Keyring, Purpose
from keys.verify_response import ResponseVerificationError, verify_saved_response
from tests.gateway.conftest import bearer

URL = "/v1/datasets/population/rows?fields=resident_id,name&purpose=social-assistance&limit=3"


def _raw(resp) -> bytes:
    head = f"HTTP/1.1 {resp.status_code} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in resp.headers.items())
    return head.encode("latin-1") + b"\r\n" + resp.content


@pytest.fixture()
def trusted(demo_home):
    keyring = Keyring.open(demo_home / "keys")
    return {k: v.public_bytes_raw() for k, v in keyring.public_keys(Purpose.RESPONSE_SIGNING).items()}


@pytest.mark.parametrize(("department", "status"), [("civil-affairs", 200), ("tourism", 403)])
def test_data_and_refusals_are_signed_over_the_receipt(client, demo_keys, trusted, department, status):
    resp = client.get(URL, headers=bearer(demo_keys[department]))
    assert resp.status_code == status
    verified = verify_saved_response(_raw(resp), trusted=trusted)
    assert verified.status == status
    assert "content-digest" in verified.components
    if status == 200:
        assert {"govgate-decision-id", "govgate-audit-index", "govgate-audit-event-hash"} <= set(verified.components)


def test_a_tampered_body_or_receipt_header_fails(client, demo_keys, trusted):
    raw = _raw(client.get(URL, headers=bearer(demo_keys["civil-affairs"])))
    head, body = raw.split(b"\r\n\r\n", 1)
    with pytest.raises(ResponseVerificationError, match="body modified"):
        verify_saved_response(head + b"\r\n\r\n" + body.replace(b'"name"', b'"nome"', 1), trusted=trusted)
    index = next(line for line in head.split(b"\r\n") if line.lower().startswith(b"govgate-audit-index"))
    forged = head.replace(index, b"govgate-audit-index: 999999") + b"\r\n\r\n" + body
    with pytest.raises(ResponseVerificationError):
        verify_saved_response(forged, trusted=trusted)


def test_verify_response_command_with_the_exported_key(client, demo_keys, demo_home, tmp_path: Path):
    saved = tmp_path / "saved.http"
    saved.write_bytes(_raw(client.get(URL, headers=bearer(demo_keys["civil-affairs"]))))
    env = {**os.environ, "GOVGATE_HOME": str(demo_home)}
    key = subprocess.run([sys.executable, "-m", "gateway.cli", "keys", "export-public", "--purpose",
                          "response-signing"], capture_output=True, text=True, env=env, check=True).stdout.strip()
    ok = subprocess.run([sys.executable, "-m", "gateway.cli", "verify-response", str(saved), "--verifier-key", key],
                        capture_output=True, text=True, env=env)
    assert ok.returncode == 0 and ok.stdout.startswith("OK"), ok.stdout + ok.stderr
    saved.write_bytes(saved.read_bytes().replace(b"330", b"331", 1))
    bad = subprocess.run([sys.executable, "-m", "gateway.cli", "verify-response", str(saved), "--verifier-key", key],
                         capture_output=True, text=True, env=env)
    assert bad.returncode == 1 and "FAILED" in bad.stdout
