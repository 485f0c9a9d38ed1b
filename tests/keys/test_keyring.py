"""Keyring: creation, reopening, permissions, signing, and secrets staying secret."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from typer.testing import CliRunner

from keys import (
    KeyFileError, KeyNotFound, KeyringNotFound, Keyring, Purpose, SignatureError, Signer,
    key_id_for, parse_verifier_key, verify_ed25519,
)
from keys.cli import keys_app
from keys.keyring import mac_key_id, new_key_record

NOW = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)

# RFC 8032 §7.1, TEST 1 (empty message).
RFC8032_SECRET = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
RFC8032_PUBLIC = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
RFC8032_SIG = bytes.fromhex(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
)

# golang.org/x/mod/sumdb/note, note_test.go / package docs: the PeterNeumann key pair.
GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_SKEY_MATERIAL = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"  # 0x01 || seed
# The Go checksum database's published verifier key (golang.org/x/mod/sumdb).
SUMDB_VKEY = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"


@pytest.fixture
def keyring(tmp_path: Path) -> Keyring:
    kr = Keyring.open(tmp_path / "keys", create=True)
    kr.ensure_defaults(now=NOW)
    return kr


def _secrets_of(directory: Path) -> list[str]:
    """Every secret as it could leak: base64 as stored, hex, and the raw-bytes repr."""
    out = []
    for path in directory.glob("*.json"):
        b64 = json.loads(path.read_text())["secret"]["value"]
        raw = base64.b64decode(b64)
        out += [b64, raw.hex(), repr(raw)[2:-1]]
    return out


def test_rfc8032_test1_through_cryptography() -> None:
    key = Ed25519PrivateKey.from_private_bytes(RFC8032_SECRET)
    assert key.public_key().public_bytes_raw() == RFC8032_PUBLIC
    assert key.sign(b"") == RFC8032_SIG
    verify_ed25519(RFC8032_PUBLIC, RFC8032_SIG, b"")
    signer = Signer.from_seed("rfc8032", RFC8032_SECRET)
    assert signer.sign(b"") == RFC8032_SIG and signer.public_key_bytes == RFC8032_PUBLIC


def test_note_key_id_matches_go_reference() -> None:
    seed = base64.b64decode(GO_SKEY_MATERIAL)[1:]
    signer = Signer.from_seed("PeterNeumann", seed)
    assert signer.key_id == "c74f20a3"
    assert signer.verifier_key == GO_VKEY
    parsed = parse_verifier_key(GO_VKEY)
    assert (parsed.name, parsed.key_id, parsed.public_key_bytes) == (
        "PeterNeumann", "c74f20a3", signer.public_key_bytes)
    sumdb = parse_verifier_key(SUMDB_VKEY)  # checks the hash against name and key
    assert sumdb.key_id == "033de0ae"
    assert key_id_for("sum.golang.org", sumdb.public_key_bytes) == "033de0ae"


@pytest.mark.parametrize("bad", [
    GO_VKEY.replace("c74f20a3", "c74f20a4"),  # wrong hash
    GO_VKEY.replace("PeterNeumann", "PeterNeuman"),  # name not bound to hash
    GO_VKEY + "=",  # non-canonical base64
    GO_VKEY.replace("+A", "+B"),  # algorithm byte not 0x01
    "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
    "PeterNeumann+c74f20a3",
])
def test_parse_verifier_key_rejects_manglings(bad: str) -> None:
    with pytest.raises(KeyFileError):
        parse_verifier_key(bad)


def test_create_and_reopen(tmp_path: Path, keyring: Keyring) -> None:
    ids = {r.purpose: r.id for r in keyring.records()}
    assert set(ids) == set(Purpose)
    again = Keyring.open(tmp_path / "keys")
    assert {r.purpose: r.id for r in again.records()} == ids
    assert again.ensure_defaults() == []  # idempotent
    assert again.signer("audit-signing").key_id == ids[Purpose.AUDIT_SIGNING]
    assert again.signer("audit-signing").name == "govgate.huzhou/audit"
    assert again.mac_key("identifier-mac").key_id == ids[Purpose.IDENTIFIER_MAC]
    assert {r.created for r in again.records()} == {"2025-03-01T08:00:00Z"}


def test_missing_directory_without_create(tmp_path: Path) -> None:
    with pytest.raises(KeyringNotFound):
        Keyring.open(tmp_path / "absent")


def test_permissions(tmp_path: Path, keyring: Keyring) -> None:
    assert stat.S_IMODE((tmp_path / "keys").stat().st_mode) == 0o700
    files = list((tmp_path / "keys").glob("*.json"))
    assert len(files) == len(Purpose)
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
    assert not list((tmp_path / "keys").glob(".*.tmp"))  # no temp file left behind


def test_group_readable_key_file_is_refused(tmp_path: Path, keyring: Keyring) -> None:
    victim = next((tmp_path / "keys").glob("audit-signing-*.json"))
    victim.chmod(0o640)
    with pytest.raises(KeyFileError, match="group/others"):
        Keyring.open(tmp_path / "keys")


def test_inconsistent_key_file_is_refused_without_leaking(tmp_path: Path, keyring: Keyring) -> None:
    victim = next((tmp_path / "keys").glob("audit-signing-*.json"))
    doc = json.loads(victim.read_text())
    other = Signer.from_seed("x", bytes(32)).public_key_bytes
    doc["public_key"] = base64.b64encode(other).decode()
    victim.write_text(json.dumps(doc))
    with pytest.raises(KeyFileError) as info:
        Keyring.open(tmp_path / "keys")
    for secret in _secrets_of(tmp_path / "keys"):
        assert secret not in str(info.value)


def test_sign_and_verify(keyring: Keyring) -> None:
    signer = keyring.signer(Purpose.AUDIT_SIGNING)
    sig = signer.sign(b"checkpoint body\n")
    verify_ed25519(signer.public_key_bytes, sig, b"checkpoint body\n")
    public = keyring.public_keys("audit-signing")
    assert list(public) == [signer.key_id]
    public[signer.key_id].verify(sig, b"checkpoint body\n")  # the cryptography object works too


def test_wrong_signature_raises(keyring: Keyring) -> None:
    signer = keyring.signer("audit-signing")
    sig = bytearray(signer.sign(b"data"))
    with pytest.raises(SignatureError):
        verify_ed25519(signer.public_key_bytes, bytes(sig), b"datA")
    sig[10] ^= 1
    with pytest.raises(SignatureError):
        verify_ed25519(signer.public_key_bytes, bytes(sig), b"data")
    with pytest.raises(SignatureError):
        verify_ed25519(signer.public_key_bytes, bytes(sig[:63]), b"data")
    other = keyring.signer("response-signing")
    with pytest.raises(SignatureError):
        verify_ed25519(other.public_key_bytes, signer.sign(b"data"), b"data")


def test_mac_key(keyring: Keyring, tmp_path: Path) -> None:
    mac = keyring.mac_key("identifier-mac")
    raw = base64.b64decode(json.loads(next((tmp_path / "keys").glob("identifier-mac-*.json"))
                                      .read_text())["secret"]["value"])
    assert mac.mac(b"330102199001011234") == hmac.new(raw, b"330102199001011234", hashlib.sha256).digest()
    assert mac.hexdigest(b"x") == mac.mac(b"x").hex()
    assert mac.key_id == mac_key_id(raw)


def test_wrong_purpose_kind(keyring: Keyring) -> None:
    with pytest.raises(KeyNotFound):
        keyring.signer("identifier-mac")
    with pytest.raises(KeyNotFound):
        keyring.mac_key("audit-signing")
    with pytest.raises(KeyNotFound):
        keyring.export_public("identifier-mac")
    with pytest.raises(KeyNotFound):
        keyring.signer("no-such-purpose")
    with pytest.raises(KeyNotFound):
        keyring.public_keys("no-such-purpose")


def test_empty_keyring_has_no_public_keys(tmp_path: Path) -> None:
    kr = Keyring.open(tmp_path / "empty", create=True)
    with pytest.raises(KeyNotFound):
        kr.public_keys("audit-signing")  # an empty key list is an error, not "nothing to check"


def test_export_public_round_trips(keyring: Keyring) -> None:
    vkey = keyring.export_public("audit-signing")
    parsed = parse_verifier_key(vkey)
    signer = keyring.signer("audit-signing")
    assert (parsed.name, parsed.key_id, parsed.public_key_bytes) == (
        signer.name, signer.key_id, signer.public_key_bytes)


def test_repr_never_shows_secret_bytes(tmp_path: Path, keyring: Keyring) -> None:
    shown = [repr(keyring), str(keyring), repr(keyring.signer("audit-signing")),
             str(keyring.signer("response-signing")), repr(keyring.mac_key("identifier-mac")),
             *(repr(r) for r in keyring.records()), *(str(r) for r in keyring.records()),
             *(json.dumps(r.public_view()) for r in keyring.records()),
             *(r.model_dump_json() for r in keyring.records())]
    secrets = _secrets_of(tmp_path / "keys")
    assert len(secrets) == 3 * len(Purpose)  # each secret in three encodings
    for text in shown:
        for secret in secrets:
            assert secret not in text


def test_new_key_record_is_deterministic_given_time_and_secret() -> None:
    a = new_key_record(Purpose.AUDIT_SIGNING, now=NOW, secret=RFC8032_SECRET)
    b = new_key_record(Purpose.AUDIT_SIGNING, now=NOW, secret=RFC8032_SECRET)
    assert a == b and a.public_key_bytes() == RFC8032_PUBLIC
    assert a.id == key_id_for("govgate.huzhou/audit", RFC8032_PUBLIC)


def test_cli_list_and_export(tmp_path: Path, keyring: Keyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVGATE_HOME", str(tmp_path))  # default keys dir = $GOVGATE_HOME/keys
    runner = CliRunner()
    listed = runner.invoke(keys_app, ["list", "--format", "json"])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.output)
    assert {r["purpose"] for r in rows} == {p.value for p in Purpose}
    for secret in _secrets_of(tmp_path / "keys"):
        assert secret not in listed.output
    table = runner.invoke(keys_app, ["list"])
    assert table.exit_code == 0 and "ed25519" in table.output
    exported = runner.invoke(keys_app, ["export-public", "--purpose", "audit-signing"])
    assert exported.exit_code == 0
    assert exported.output.strip() == keyring.export_public("audit-signing")
    assert runner.invoke(keys_app, ["export-public", "--purpose", "identifier-mac"]).exit_code == 1
    assert runner.invoke(keys_app, ["list", "--keys-dir", str(tmp_path / "nope")]).exit_code == 2
