"""Rotation, retirement, destruction and rewrap, end to end; key events; gm and intl side by side."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from keys import (
    Algorithm, DecryptionError, KeyDestroyed, Keyring, KeyNotFound, KeysError, KeyStateError, MasterKey, MasterKeyError, Purpose,
    SignatureError, Suite, detokenize, tokenize, verify_signature,
)
from keys import _rewrap
from tests.keys.conftest import LATER, NOW, local_master, unwrapped_secrets

AAD = b"govgate/totp-seed/v1\nuser:u-1"


def test_rotate_then_old_and_new_signatures_verify(tmp_path: Path, keyring: Keyring) -> None:
    old = keyring.signer("audit-signing")
    old_sig = old.sign(b"checkpoint 1")
    new_record = keyring.rotate("audit-signing", now=LATER)
    new = keyring.signer("audit-signing")
    assert new.key_id == new_record.id != old.key_id and new.name == old.name == "govgate.huzhou/audit"
    new_sig = new.sign(b"checkpoint 2")
    reopened = Keyring.open(tmp_path / "keys")  # what `govgate audit verify` does
    trusted = reopened.public_keys("audit-signing")
    assert set(trusted) == {old.key_id, new.key_id}
    trusted[old.key_id].verify(old_sig, b"checkpoint 1")
    trusted[new.key_id].verify(new_sig, b"checkpoint 2")
    reopened.verify("audit-signing", old.key_id, old_sig, b"checkpoint 1")
    states = {r.id: (r.state.value, r.retired) for r in reopened.records("audit-signing")}
    assert states == {old.key_id: ("retired", "2026-06-01T08:00:00Z"), new.key_id: ("active", None)}
    assert reopened.signer("audit-signing").key_id == new.key_id  # only the active key signs


def test_aead_blobs_survive_rotation_and_die_with_destruction(keyring: Keyring) -> None:
    box = keyring.aead("secret-wrapping")
    old_blob = box.encrypt(b"JBSWY3DPEHPK3PXP", AAD)
    old_id = box.key_id
    keyring.rotate("secret-wrapping", now=LATER)
    box = keyring.aead("secret-wrapping")
    assert box.key_id != old_id and box.encrypt(b"s", AAD)[1:5].hex() == box.key_id
    assert box.decrypt(old_blob, AAD) == b"JBSWY3DPEHPK3PXP"  # retired key still decrypts
    with pytest.raises(KeyStateError):
        keyring.destroy(box.key_id)  # the active key: rotate or retire first
    keyring.destroy(old_id, now=LATER)
    with pytest.raises(KeyDestroyed, match="destroyed 2026-06-01") as info:
        keyring.aead("secret-wrapping").decrypt(old_blob, AAD)
    assert isinstance(info.value, DecryptionError)  # callers catching DecryptionError fail closed too


def test_destroyed_signing_key_no_longer_verifies_and_says_why(tmp_path: Path, keyring: Keyring) -> None:
    old = keyring.signer("response-signing")
    sig = old.sign(b"body")
    keyring.rotate("response-signing", now=NOW)
    keyring.destroy(old.key_id, now=LATER)
    reopened = Keyring.open(tmp_path / "keys")
    assert old.key_id not in reopened.public_keys("response-signing")
    assert reopened.destroyed_keys("response-signing")[old.key_id].destroyed == "2026-06-01T08:00:00Z"
    with pytest.raises(KeyDestroyed, match=f"{old.key_id} was destroyed 2026-06-01T08:00:00Z"):
        reopened.verify("response-signing", old.key_id, sig, b"body")
    with pytest.raises(KeyDestroyed):
        reopened.export_public("response-signing", old.key_id)
    doc = json.loads((tmp_path / "keys" / f"response-signing-{old.key_id}.json").read_text())
    assert doc["secret"] is None and doc["state"] == "destroyed" and doc["public_key"]
    assert old.key_id not in unwrapped_secrets(tmp_path / "keys", local_master(tmp_path))
    with pytest.raises(KeyStateError):
        reopened.destroy(old.key_id)  # once is enough


def test_retire_without_a_successor(keyring: Keyring) -> None:
    blob = keyring.aead("secret-wrapping").encrypt(b"s", AAD)
    keyring.retire(keyring.aead("secret-wrapping").key_id, now=LATER)
    box = keyring.aead("secret-wrapping")
    assert box.decrypt(blob, AAD) == b"s"
    with pytest.raises(KeyNotFound):
        box.encrypt(b"s", AAD)
    with pytest.raises(KeyStateError):
        keyring.retire(keyring.records("secret-wrapping")[0].id)
    (created,) = keyring.ensure_defaults(now=LATER)
    assert created.purpose is Purpose.SECRET_WRAPPING


def test_tokens_detokenize_with_the_key_that_made_them(keyring: Keyring) -> None:
    key = keyring.token_key()
    token = tokenize("33050219900101123X", key)
    keyring.rotate("tokenization", now=LATER)
    assert tokenize("33050219900101123X", keyring.token_key()) != token  # rotation changes tokens
    assert detokenize(token, keyring.token_key(key.key_id)) == "33050219900101123X"
    keyring.destroy(key.key_id, now=LATER)
    with pytest.raises(KeyDestroyed):
        keyring.token_key(key.key_id)


def test_every_key_operation_is_reported(tmp_path: Path) -> None:
    events: list[tuple[str, dict[str, object]]] = []
    kr = Keyring.open(tmp_path / "keys", create=True, on_event=lambda a, d: events.append((a, d)))
    kr.ensure_defaults(now=NOW)
    old = kr.signer("response-signing").key_id
    new = kr.rotate("response-signing", now=LATER).id
    kr.retire(kr.mac_key("pseudonym-mac").key_id, now=LATER)
    kr.destroy(old, now=LATER)
    with pytest.raises(KeyStateError):
        kr.destroy(new)
    kr.rewrap(MasterKey(bytes(32), source="test"))
    actions = [a for a, _ in events]
    assert actions == ["key.create"] * len(Purpose) + ["key.rotate", "key.retire", "key.destroy", "key.destroy",
                                                       "keyring.rewrap"]
    rotate = events[len(Purpose)][1]
    assert rotate["key_id"] == new and rotate["previous_key_ids"] == [old] and rotate["outcome"] == "success"
    failed = events[-2][1]
    assert failed["outcome"] == "failure" and failed["reason"] == "KeyStateError" and failed["key_id"] == new
    material = unwrapped_secrets(tmp_path / "keys", MasterKey(bytes(32), source="test"))
    for _, details in events:  # flat, snake_case facts (audit.build_action_event's shape), never secrets
        for name, value in details.items():
            assert re.fullmatch(r"[a-z][a-z0-9_]*", name)
            assert value is None or isinstance(value, (str, int, bool)) or all(isinstance(v, str) for v in value)
        text = json.dumps(details)
        assert all(base64.b64encode(s).decode() not in text and s.hex() not in text for s in material.values())


def test_rewrap_changes_the_master_key_not_the_data_keys(tmp_path: Path, keyring: Keyring) -> None:
    signature = keyring.signer("response-signing").sign(b"x")
    tag = keyring.mac_key("identifier-mac").hexdigest(b"x")
    blob = keyring.aead("secret-wrapping").encrypt(b"seed", AAD)
    token = tokenize("330502199001011234", keyring.token_key())
    material = unwrapped_secrets(tmp_path / "keys", local_master(tmp_path))
    new_master = MasterKey.generate_file(tmp_path / "kms" / "new.key")
    keyring.rewrap(new_master)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys", "kms", "master.key"]  # no staging leftovers
    with pytest.raises(MasterKeyError, match="wrong key"):
        Keyring.open(tmp_path / "keys")  # the old local master.key no longer opens it
    again = Keyring.open(tmp_path / "keys", master=MasterKey.from_file(tmp_path / "kms" / "new.key"))
    assert unwrapped_secrets(tmp_path / "keys", new_master) == material
    assert again.signer("response-signing").sign(b"x") == signature
    assert again.mac_key("identifier-mac").hexdigest(b"x") == tag
    assert again.aead("secret-wrapping").decrypt(blob, AAD) == b"seed"
    assert detokenize(token, again.token_key()) == "330502199001011234"


def test_rewrap_interrupted_between_the_renames_is_finished_on_open(tmp_path: Path, keyring: Keyring,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    tag = keyring.mac_key("identifier-mac").hexdigest(b"x")
    real_rename, calls = _rewrap.os.rename, []

    def crash_on_second(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt("power cut")
        real_rename(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(_rewrap.os, "rename", crash_on_second)
    monkeypatch.setattr(_rewrap.shutil, "rmtree", lambda *_: None)  # a power cut runs no clean-up code
    new_master = MasterKey(bytes(range(32)), source="test")
    with pytest.raises(KeyboardInterrupt):
        keyring.rewrap(new_master)
    monkeypatch.undo()
    assert not (tmp_path / "keys").exists()  # the crash window: old moved aside, new not yet in place
    recovered = Keyring.open(tmp_path / "keys", master=new_master)
    assert recovered.mac_key("identifier-mac").hexdigest(b"x") == tag
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys", "master.key"]


def test_rewrap_interrupted_before_the_swap_leaves_the_old_keyring(tmp_path: Path, keyring: Keyring,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*_: object) -> None:
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(_rewrap, "write_meta", crash)
    with pytest.raises(KeyboardInterrupt):
        keyring.rewrap(MasterKey(bytes(range(32)), source="test"))
    monkeypatch.undo()
    assert Keyring.open(tmp_path / "keys").master_key_id == local_master(tmp_path).key_id
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys", "master.key"]


def test_gm_and_intl_suites_side_by_side(tmp_path: Path) -> None:
    kr = Keyring.open(tmp_path / "keys", create=True, suite="gm")
    kr.ensure_defaults(now=NOW)
    algs = {r.purpose.value: r.algorithm.value for r in kr.records()}
    assert algs == {"audit-signing": "ed25519", "response-signing": "ed25519-sm3", "identifier-mac": "hmac-sm3",
                    "pseudonym-mac": "hmac-sm3", "secret-wrapping": "sm4-gcm", "tokenization": "ff1-sm4"}
    gm = kr.signer("response-signing")
    gm_sig = gm.sign(b"body")
    with pytest.raises(SignatureError):
        verify_signature(Algorithm.ED25519, gm.public_key_bytes, gm_sig, b"body")  # the suite matters
    gm_blob = kr.aead("secret-wrapping").encrypt(b"seed", AAD)
    assert gm_blob[:1] == b"\x02"  # SM4-GCM recorded in the blob
    kr.rotate("response-signing", suite=Suite.INTL, now=LATER)
    kr.rotate("secret-wrapping", suite=Suite.INTL, now=LATER)
    intl = kr.signer("response-signing")
    assert intl.algorithm is Algorithm.ED25519
    reopened = Keyring.open(tmp_path / "keys")
    reopened.verify("response-signing", gm.key_id, gm_sig, b"body")
    reopened.verify("response-signing", intl.key_id, intl.sign(b"body"), b"body")
    box = reopened.aead("secret-wrapping")
    assert box.decrypt(gm_blob, AAD) == b"seed" and box.encrypt(b"seed", AAD)[:1] == b"\x01"
    assert len(reopened.mac_key("identifier-mac").mac(b"x")) == 32
    with pytest.raises(KeysError, match="intl suite"):
        reopened.rotate("audit-signing", suite="gm")  # notes fix Ed25519: refused, nothing written
    assert [r.state.value for r in reopened.records("audit-signing")] == ["active"]


def test_rewrap_failing_in_process_between_the_renames_restores_the_old_keyring(
        tmp_path: Path, keyring: Keyring, monkeypatch: pytest.MonkeyPatch) -> None:
    real_rename, calls = _rewrap.os.rename, []

    def fail_on_second(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError("disk full")
        real_rename(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(_rewrap.os, "rename", fail_on_second)
    with pytest.raises(OSError):
        keyring.rewrap(MasterKey(bytes(range(32)), source="test"))
    monkeypatch.undo()
    assert Keyring.open(tmp_path / "keys").master_key_id == local_master(tmp_path).key_id
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys", "master.key"]
