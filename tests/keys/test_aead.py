"""AES-256-GCM under the keyring's secret-wrapping key: round trip, context binding, tamper,
a known-answer vector, rotation-ready blobs, and secrets never shown."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from keys import Aead, DecryptionError, KeyNotFound, Keyring, Purpose

NOW = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def keyring(tmp_path: Path) -> Keyring:
    kr = Keyring.open(tmp_path / "keys", create=True)
    kr.ensure_defaults(now=NOW)
    return kr


def test_round_trip_and_context_binding(keyring: Keyring) -> None:
    box = keyring.aead(Purpose.SECRET_WRAPPING)
    blob = box.encrypt(b"JBSWY3DPEHPK3PXP", aad=b"totp\nuser:u-1")
    assert box.decrypt(blob, aad=b"totp\nuser:u-1") == b"JBSWY3DPEHPK3PXP"
    assert b"JBSWY3DPEHPK3PXP" not in blob
    assert box.encrypt(b"x", b"a") != box.encrypt(b"x", b"a")  # random nonces
    with pytest.raises(DecryptionError):
        box.decrypt(blob, aad=b"totp\nuser:u-2")  # copied to another user's row
    for i in (0, 3, 10, 20, len(blob) - 1):
        tampered = bytearray(blob)
        tampered[i] ^= 1
        with pytest.raises(DecryptionError):
            box.decrypt(bytes(tampered), aad=b"totp\nuser:u-1")
    with pytest.raises(DecryptionError):
        box.decrypt(blob[:20], aad=b"totp\nuser:u-1")


def test_known_answer_through_the_primitive() -> None:
    key, nonce = bytes(range(32)), bytes(range(12))
    box = Aead("secret-wrapping", "01020304", {"01020304": key})
    blob = box.encrypt_with_nonce(b"seed", b"ctx", nonce)
    header = b"\x01" + bytes.fromhex("01020304") + nonce
    assert blob == header + AESGCM(key).encrypt(nonce, b"seed", header + b"ctx")
    assert box.decrypt(blob, b"ctx") == b"seed"


def test_old_keys_still_decrypt_and_unknown_keys_are_named() -> None:
    old = Aead("secret-wrapping", "aaaaaaaa", {"aaaaaaaa": bytes(32)})
    blob = old.encrypt(b"s", b"c")
    rotated = Aead("secret-wrapping", "bbbbbbbb", {"aaaaaaaa": bytes(32), "bbbbbbbb": bytes([1]) * 32})
    assert rotated.decrypt(blob, b"c") == b"s"
    assert rotated.encrypt(b"s", b"c")[1:5].hex() == "bbbbbbbb"
    with pytest.raises(DecryptionError, match="aaaaaaaa"):
        Aead("secret-wrapping", "bbbbbbbb", {"bbbbbbbb": bytes(32)}).decrypt(blob, b"c")


def test_purpose_kinds_and_secrecy(tmp_path: Path, keyring: Keyring) -> None:
    with pytest.raises(KeyNotFound):
        keyring.aead(Purpose.IDENTIFIER_MAC)
    with pytest.raises(KeyNotFound):
        keyring.mac_key(Purpose.SECRET_WRAPPING)
    with pytest.raises(KeyNotFound):
        Keyring.open(tmp_path / "empty", create=True).aead(Purpose.SECRET_WRAPPING)
    record = keyring.records(Purpose.SECRET_WRAPPING)[0]
    assert record.algorithm.value == "aes-256-gcm"
    box = keyring.aead("secret-wrapping")
    assert box.key_id == record.id and record.id in repr(box)
    stored = json.loads(next((tmp_path / "keys").glob("secret-wrapping-*.json")).read_text())["secret"]["value"]
    assert stored not in repr(box) and stored not in json.dumps(record.public_view())
    with pytest.raises(TypeError):
        __import__("pickle").dumps(box)
