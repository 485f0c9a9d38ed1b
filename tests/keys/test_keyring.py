"""Keyring: creation, master key sources, envelope on disk, permissions, migration, secrecy."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import stat
from pathlib import Path

import pytest

from keys import (
    KeyFileError, KeyNotFound, KeyringNotFound, Keyring, MasterKey, MasterKeyError, Purpose, SignatureError, Signer,
    UnprotectedKeyring, key_id_for, parse_verifier_key, verify_ed25519,
)
from keys.records import mac_key_id, new_key_record
from tests.keys.conftest import NOW, leak_forms, local_master, snapshot, unwrapped_secrets, write_legacy_keyring

RFC8032_SECRET = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
RFC8032_PUBLIC = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
# golang.org/x/mod/sumdb/note, note_test.go / package docs: the PeterNeumann key pair.
GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_SKEY_MATERIAL = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"  # 0x01 || seed
SUMDB_VKEY = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"
KEY_A = base64.b64encode(bytes(range(32))).decode()
KEY_B = base64.b64encode(bytes(range(1, 33))).decode()


def test_note_key_id_matches_go_reference() -> None:
    seed = base64.b64decode(GO_SKEY_MATERIAL)[1:]
    signer = Signer.from_seed("PeterNeumann", seed)
    assert signer.key_id == "c74f20a3" and signer.verifier_key == GO_VKEY
    parsed = parse_verifier_key(GO_VKEY)
    assert (parsed.name, parsed.key_id, parsed.public_key_bytes) == ("PeterNeumann", "c74f20a3", signer.public_key_bytes)
    sumdb = parse_verifier_key(SUMDB_VKEY)
    assert sumdb.key_id == "033de0ae" and key_id_for("sum.golang.org", sumdb.public_key_bytes) == "033de0ae"


@pytest.mark.parametrize("bad", [
    GO_VKEY.replace("c74f20a3", "c74f20a4"), GO_VKEY.replace("PeterNeumann", "PeterNeuman"), GO_VKEY + "=",
    GO_VKEY.replace("+A", "+B"), "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
    "PeterNeumann+c74f20a3",
])
def test_parse_verifier_key_rejects_manglings(bad: str) -> None:
    with pytest.raises(KeyFileError):
        parse_verifier_key(bad)


def test_create_and_reopen(tmp_path: Path, keyring: Keyring) -> None:
    ids = {r.purpose: r.id for r in keyring.records()}
    assert set(ids) == set(Purpose)
    meta = json.loads((tmp_path / "keys" / "keyring.json").read_text())
    assert meta["master_key_id"] == local_master(tmp_path).key_id == keyring.master_key_id
    again = Keyring.open(tmp_path / "keys")
    assert {r.purpose: r.id for r in again.records()} == ids
    assert again.ensure_defaults() == []  # idempotent
    assert again.signer("audit-signing").key_id == ids[Purpose.AUDIT_SIGNING]
    assert again.signer("audit-signing").name == "govgate.huzhou/audit"
    assert again.mac_key("identifier-mac").key_id == ids[Purpose.IDENTIFIER_MAC]
    assert {r.created for r in again.records()} == {"2026-03-01T08:00:00Z"}
    assert {r.state.value for r in again.records()} == {"active"}


def test_missing_directory_without_create(tmp_path: Path) -> None:
    with pytest.raises(KeyringNotFound):
        Keyring.open(tmp_path / "absent")


def test_permissions(tmp_path: Path, keyring: Keyring) -> None:
    assert stat.S_IMODE((tmp_path / "keys").stat().st_mode) == 0o700
    files = list((tmp_path / "keys").glob("*.json"))
    assert len(files) == len(Purpose) + 1  # + keyring.json
    for f in [*files, tmp_path / "master.key"]:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
    assert not list((tmp_path / "keys").glob(".*.tmp"))


def test_group_readable_key_file_is_refused(tmp_path: Path, keyring: Keyring) -> None:
    next((tmp_path / "keys").glob("audit-signing-*.json")).chmod(0o640)
    with pytest.raises(KeyFileError, match="group/others"):
        Keyring.open(tmp_path / "keys")


def test_no_key_material_in_the_clear_on_disk(tmp_path: Path, keyring: Keyring) -> None:
    material = unwrapped_secrets(tmp_path / "keys", local_master(tmp_path))
    assert set(material) == {r.id for r in keyring.records()}
    on_disk = b"".join(p.read_bytes() for p in (tmp_path / "keys").iterdir() if p.is_file())
    for secret in material.values():
        assert secret not in on_disk
        for form in leak_forms(secret):
            assert form.encode() not in on_disk
    doc = json.loads(next((tmp_path / "keys").glob("identifier-mac-*.json")).read_text())
    assert doc["format"] == "govgate-key/2" and doc["secret"]["protection"] == "aes-256-gcm"
    assert set(doc["secret"]) == {"protection", "master_key_id", "nonce", "value"}


def test_inconsistent_key_file_is_refused_without_leaking(tmp_path: Path, keyring: Keyring) -> None:
    material = unwrapped_secrets(tmp_path / "keys", local_master(tmp_path))
    victim = next((tmp_path / "keys").glob("audit-signing-*.json"))
    doc = json.loads(victim.read_text())
    doc["public_key"] = base64.b64encode(Signer.from_seed("x", bytes(32)).public_key_bytes).decode()
    victim.write_text(json.dumps(doc))
    with pytest.raises(KeysErrorTypes) as info:
        Keyring.open(tmp_path / "keys")
    for secret in material.values():
        assert all(form not in str(info.value) for form in leak_forms(secret))


KeysErrorTypes = (KeyFileError, MasterKeyError)


def test_wrapped_secret_is_bound_to_its_record(tmp_path: Path, keyring: Keyring) -> None:
    a, b = sorted((tmp_path / "keys").glob("*-mac-*.json"))
    doc_a, doc_b = json.loads(a.read_text()), json.loads(b.read_text())
    doc_a["secret"], doc_b["secret"] = doc_b["secret"], doc_a["secret"]  # swap the sealed secrets
    a.write_text(json.dumps(doc_a))
    with pytest.raises(MasterKeyError, match="does not open"):
        Keyring.open(tmp_path / "keys")
    doc_a["secret"] = doc_b["secret"]
    doc_a["secret"]["value"] = doc_a["secret"]["value"][:-4] + "AAA="  # flip bytes of the tag
    a.write_text(json.dumps(doc_a))
    with pytest.raises((MasterKeyError, KeyFileError)):
        Keyring.open(tmp_path / "keys")


def test_wrong_master_key_fails_without_damaging_the_keyring(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVGATE_MASTER_KEY", KEY_A)
    kr = Keyring.open(tmp_path / "keys", create=True)
    kr.ensure_defaults(now=NOW)
    before = snapshot(tmp_path / "keys")
    assert not (tmp_path / "master.key").exists()  # an env master key: no local file
    monkeypatch.setenv("GOVGATE_MASTER_KEY", KEY_B)
    with pytest.raises(MasterKeyError) as info:
        Keyring.open(tmp_path / "keys", create=True)
    assert kr.master_key_id in str(info.value) and MasterKey.from_base64(KEY_B, source="b").key_id in str(info.value)
    monkeypatch.delenv("GOVGATE_MASTER_KEY")
    with pytest.raises(MasterKeyError, match="no master key is configured"):
        Keyring.open(tmp_path / "keys")
    assert snapshot(tmp_path / "keys") == before
    monkeypatch.setenv("GOVGATE_MASTER_KEY", KEY_A)
    assert Keyring.open(tmp_path / "keys").signer("audit-signing").key_id == kr.signer("audit-signing").key_id


def test_master_key_from_file_raw_or_base64_and_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = tmp_path / "kms" / "raw.key"
    raw.parent.mkdir()
    raw.write_bytes(bytes(range(32)))
    raw.chmod(0o600)
    monkeypatch.setenv("GOVGATE_MASTER_KEY_FILE", str(raw))
    kr = Keyring.open(tmp_path / "keys", create=True)
    kr.ensure_defaults(now=NOW)
    b64 = tmp_path / "kms" / "b64.key"
    b64.write_text(KEY_A + "\n")
    b64.chmod(0o600)
    monkeypatch.setenv("GOVGATE_MASTER_KEY_FILE", str(b64))
    assert Keyring.open(tmp_path / "keys").master_key_id == kr.master_key_id  # same 32 bytes
    b64.chmod(0o644)
    with pytest.raises(MasterKeyError, match="group/others"):
        Keyring.open(tmp_path / "keys")
    monkeypatch.setenv("GOVGATE_MASTER_KEY", KEY_A)
    with pytest.raises(MasterKeyError, match="only one"):
        Keyring.open(tmp_path / "keys")


def test_master_key_from_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVGATE_MASTER_PASSPHRASE", "湖州 correct horse battery staple")
    kr = Keyring.open(tmp_path / "keys", create=True)
    kr.ensure_defaults(now=NOW)
    meta = json.loads((tmp_path / "keys" / "keyring.json").read_text())
    assert meta["master_kdf"]["name"] == "scrypt" and meta["master_kdf"]["n"] >= 2**15
    assert len(base64.b64decode(meta["master_kdf"]["salt"])) == 16
    assert Keyring.open(tmp_path / "keys").mac_key("pseudonym-mac").hexdigest(b"x") == \
        kr.mac_key("pseudonym-mac").hexdigest(b"x")
    monkeypatch.setenv("GOVGATE_MASTER_PASSPHRASE", "wrong horse battery staple")
    with pytest.raises(MasterKeyError, match="wrong key"):
        Keyring.open(tmp_path / "keys")
    monkeypatch.setenv("GOVGATE_MASTER_PASSPHRASE", "short")
    with pytest.raises(MasterKeyError, match="12 characters"):
        Keyring.open(tmp_path / "keys")


def test_production_refuses_the_local_master_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  keyring: Keyring) -> None:
    monkeypatch.setenv("GOVGATE_ENV", "production")
    with pytest.raises(MasterKeyError, match="production"):
        Keyring.open(tmp_path / "keys")
    with pytest.raises(MasterKeyError, match="production"):
        Keyring.open(tmp_path / "other" / "keys", create=True)
    monkeypatch.setenv("GOVGATE_MASTER_KEY_FILE", str(tmp_path / "master.key"))  # the same key, named explicitly
    assert Keyring.open(tmp_path / "keys").master_key_id == keyring.master_key_id


def test_legacy_keyring_is_refused_then_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    material = write_legacy_keyring(tmp_path / "keys")
    with pytest.raises(UnprotectedKeyring, match="keys rewrap"):
        Keyring.open(tmp_path / "keys")
    monkeypatch.setenv("GOVGATE_ENV", "development")
    dev = Keyring.open(tmp_path / "keys")
    signature = dev.signer("audit-signing").sign(b"checkpoint")
    tag = dev.mac_key("identifier-mac").hexdigest(b"330502199001011234")
    monkeypatch.delenv("GOVGATE_ENV")
    events: list[tuple[str, dict[str, object]]] = []
    migrated = Keyring.open(tmp_path / "keys", create=True, unprotected="migrate",
                            on_event=lambda a, d: events.append((a, d)))
    assert [a for a, _ in events] == ["keyring.migrate"] and events[0][1]["keys"] == 4
    assert migrated.unprotected_keys == [] and set(material) == {r.id for r in migrated.records()}
    assert migrated.signer("audit-signing").sign(b"checkpoint") == signature  # same key, now wrapped
    assert migrated.mac_key("identifier-mac").hexdigest(b"330502199001011234") == tag
    reopened = Keyring.open(tmp_path / "keys")
    assert unwrapped_secrets(tmp_path / "keys", local_master(tmp_path)) == material
    on_disk = b"".join(p.read_bytes() for p in (tmp_path / "keys").glob("*.json"))
    assert all(form.encode() not in on_disk for s in material.values() for form in leak_forms(s))
    assert reopened.ensure_defaults(now=NOW) != []  # secret-wrapping and tokenization are added


def test_sign_and_verify(keyring: Keyring) -> None:
    signer = keyring.signer(Purpose.AUDIT_SIGNING)
    sig = signer.sign(b"checkpoint body\n")
    verify_ed25519(signer.public_key_bytes, sig, b"checkpoint body\n")
    public = keyring.public_keys("audit-signing")
    assert list(public) == [signer.key_id]
    public[signer.key_id].verify(sig, b"checkpoint body\n")
    keyring.verify("audit-signing", signer.key_id, sig, b"checkpoint body\n")
    with pytest.raises(SignatureError):
        keyring.verify("audit-signing", signer.key_id, sig, b"checkpoint body?")
    with pytest.raises(SignatureError):
        verify_ed25519(keyring.signer("response-signing").public_key_bytes, sig, b"checkpoint body\n")


def test_mac_key_is_hmac_sha256_of_the_wrapped_secret(tmp_path: Path, keyring: Keyring) -> None:
    mac = keyring.mac_key("identifier-mac")
    raw = unwrapped_secrets(tmp_path / "keys", local_master(tmp_path))[mac.key_id]
    assert mac.mac(b"330102199001011234") == hmac.new(raw, b"330102199001011234", hashlib.sha256).digest()
    assert mac.hexdigest(b"x") == mac.mac(b"x").hex() and mac.key_id == mac_key_id(raw)
    assert mac.hexdigests([b"x", b"y", b"x"]) == [mac.hexdigest(b"x"), mac.hexdigest(b"y"), mac.hexdigest(b"x")]


def test_wrong_purpose_kind(keyring: Keyring) -> None:
    for call, purpose in [(keyring.signer, "identifier-mac"), (keyring.mac_key, "audit-signing"),
                          (keyring.export_public, "identifier-mac"), (keyring.signer, "no-such-purpose"),
                          (keyring.public_keys, "no-such-purpose"), (keyring.aead, "identifier-mac"),
                          (keyring.token_key, None)]:
        with pytest.raises(KeyNotFound):
            call(purpose) if purpose else call("deadbeef")  # type: ignore[operator]


def test_empty_keyring_has_no_public_keys(tmp_path: Path) -> None:
    with pytest.raises(KeyNotFound):
        Keyring.open(tmp_path / "empty", create=True).public_keys("audit-signing")


def test_export_public_round_trips(keyring: Keyring) -> None:
    parsed = parse_verifier_key(keyring.export_public("audit-signing"))
    signer = keyring.signer("audit-signing")
    assert (parsed.name, parsed.key_id, parsed.public_key_bytes) == (signer.name, signer.key_id,
                                                                     signer.public_key_bytes)


def test_repr_never_shows_secret_bytes(tmp_path: Path, keyring: Keyring) -> None:
    shown = [repr(keyring), str(keyring), repr(keyring.signer("audit-signing")), repr(keyring.mac_key("identifier-mac")),
             repr(keyring.aead("secret-wrapping")), repr(keyring.token_key()), repr(local_master(tmp_path)),
             *(repr(r) for r in keyring.records()), *(json.dumps(r.public_view()) for r in keyring.records()),
             *(r.model_dump_json() for r in keyring.records())]
    material = unwrapped_secrets(tmp_path / "keys", local_master(tmp_path))
    master_raw = base64.b64decode((tmp_path / "master.key").read_text())
    assert len(material) == len(Purpose)
    for text in shown:
        for secret in [*material.values(), master_raw]:
            assert all(form not in text for form in leak_forms(secret))
    with pytest.raises(TypeError):
        __import__("pickle").dumps(local_master(tmp_path))


def test_new_key_record_is_deterministic_given_time_and_secret() -> None:
    a = new_key_record(Purpose.AUDIT_SIGNING, now=NOW, secret=RFC8032_SECRET)
    assert a == new_key_record(Purpose.AUDIT_SIGNING, now=NOW, secret=RFC8032_SECRET)
    assert a.public_key_bytes() == RFC8032_PUBLIC
    assert a.id == key_id_for("govgate.huzhou/audit", RFC8032_PUBLIC)


def test_keyring_open_leaves_no_trace_of_secrets_in_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    kr = Keyring.open(tmp_path / "keys", create=True)
    kr.ensure_defaults(now=NOW)
    kr.rotate("secret-wrapping", now=NOW)
    material = unwrapped_secrets(tmp_path / "keys", local_master(tmp_path))
    master_raw = base64.b64decode((tmp_path / "master.key").read_text())
    assert "generated a local master key" in caplog.text
    for secret in [*material.values(), master_raw]:
        assert all(form not in caplog.text for form in leak_forms(secret))
    assert os.environ.get("GOVGATE_MASTER_KEY") is None
