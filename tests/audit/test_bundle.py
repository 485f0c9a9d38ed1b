"""Replayed checkpoints, rollbacks against a known checkpoint, --deep, and bundles a third party verifies."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import rfc8785
from typer.testing import CliRunner

from audit import Ledger, LedgerVerificationError, export_bundle, verify_bundle, verify_ledger
from audit.checkpoint import Checkpoint, sign_checkpoint
from audit.cli import audit_app
from keys import Keyring, Signer
from tests.audit.conftest import make_event

CPS = "checkpoints.jsonl"


@pytest.fixture
def ledger_dir(tmp_path: Path, signer: Signer) -> Path:
    d = tmp_path / "audit"
    with Ledger.open(d, signer, checkpoint_every=2) as ledger:
        for i in range(10):
            ledger.append(make_event(i))
    return d


def _notes(d: Path) -> list[str]:
    return [json.loads(x)["note"] for x in (d / CPS).read_bytes().splitlines()]


def test_replayed_checkpoint_is_rejected(ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    notes = _notes(ledger_dir)
    with open(ledger_dir / CPS, "ab") as f:
        f.write(rfc8785.dumps({"note": notes[1]}) + b"\n")  # a genuine, older checkpoint, again
    with pytest.raises(LedgerVerificationError) as info:
        verify_ledger(ledger_dir, trusted)
    assert info.value.step == 2 and "replayed" in info.value.reason


def test_checkpoint_of_another_log_is_rejected(ledger_dir: Path, trusted: dict[str, bytes], signer: Signer) -> None:
    notes = _notes(ledger_dir)
    foreign = sign_checkpoint(Checkpoint("govgate.huzhou/other-replica", 12, hashlib.sha256(b"x").digest()), signer)
    (ledger_dir / CPS).write_bytes(b"".join(rfc8785.dumps({"note": n}) + b"\n" for n in [*notes, foreign]))
    with pytest.raises(LedgerVerificationError) as info:
        verify_ledger(ledger_dir, trusted)
    assert info.value.step == 2 and "another log" in info.value.reason


def test_rollback_behind_a_known_checkpoint(ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    latest = _notes(ledger_dir)[-1]  # what a client got in a receipt
    lines = (ledger_dir / "events-000001.jsonl").read_bytes().splitlines(keepends=True)
    (ledger_dir / "events-000001.jsonl").write_bytes(b"".join(lines[:6]))
    (ledger_dir / CPS).write_bytes(b"".join(rfc8785.dumps({"note": n}) + b"\n" for n in _notes(ledger_dir)[:3]))
    assert verify_ledger(ledger_dir, trusted).entries_checked == 6  # consistent on its own …
    with pytest.raises(LedgerVerificationError) as info:
        verify_ledger(ledger_dir, trusted, known=[latest])  # … but behind what was promised
    assert (info.value.step, info.value.index) == (9, 6)


def test_deep_catches_a_non_canonical_event_with_valid_hashes(tmp_path: Path, signer: Signer,
                                                              trusted: dict[str, bytes]) -> None:
    from audit._store import chain_hash
    from audit._merkle import leaf_hash

    d = tmp_path / "audit"
    d.mkdir()
    event = b'{"b":1, "a":2}'  # JSON, hashed correctly, but not RFC 8785
    leaf = leaf_hash(event)
    digest = chain_hash(bytes(32), leaf)
    line = b'{"event":' + event + b',"hash":"' + digest.hex().encode() + b'","index":0,"prev":"' + b"0" * 64 + b'"}\n'
    (d / "events-000001.jsonl").write_bytes(line)
    (d / CPS).write_bytes(rfc8785.dumps({"note": sign_checkpoint(Checkpoint("govgate.huzhou/audit", 1, leaf),
                                                                 signer)}) + b"\n")
    assert verify_ledger(d, trusted).entries_checked == 1  # the bytes are what was signed
    with pytest.raises(LedgerVerificationError) as info:
        verify_ledger(d, trusted, deep=True)
    assert (info.value.step, info.value.index) == (3, 0)


def test_bundle_verifies_with_the_public_key_and_nothing_else(ledger_dir: Path, tmp_path: Path,
                                                             keyring: Keyring, signer: Signer,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with Ledger.open(ledger_dir, signer, checkpoint_every=100) as ledger:
        ledger.append_many([make_event(i) for i in range(10, 13)])  # sealed on close
        ledger.append(make_event(13))
    bundle = tmp_path / "audit-bundle.tar"
    runner = CliRunner()
    monkeypatch.setenv("GOVGATE_HOME", str(tmp_path))
    assert runner.invoke(audit_app, ["export", "--out", str(bundle)]).exit_code == 0
    pubkey = tmp_path / "audit.pub"
    pubkey.write_text(keyring.export_public("audit-signing") + "\n")
    elsewhere = tmp_path / "third-party"
    elsewhere.mkdir()
    monkeypatch.setenv("GOVGATE_HOME", str(elsewhere))  # no ledger, no keyring there
    ok = runner.invoke(audit_app, ["verify", "--bundle", str(bundle), "--pubkey", str(pubkey)])
    assert ok.exit_code == 0 and "OK: 14 events" in ok.output
    # Tampering inside the bundle is found the same way.
    import tarfile

    with tarfile.open(bundle) as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]
    members["events-000001.jsonl"] = members["events-000001.jsonl"].replace(b'"rows":3', b'"rows":4', 1)
    forged = tmp_path / "forged.tar"
    with tarfile.open(forged, "w") as tar:
        for name, data in members.items():
            import io

            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    bad = runner.invoke(audit_app, ["verify", "--bundle", str(forged), "--pubkey", str(pubkey)])
    assert bad.exit_code == 1 and "first bad index 3" in bad.output
    other = Signer.from_seed("govgate.huzhou/audit", hashlib.sha256(b"other").digest())
    with pytest.raises(LedgerVerificationError):
        verify_bundle(bundle, {other.key_id: other.public_key_bytes})
    assert export_bundle(ledger_dir, tmp_path / "again.tar")["tree_size"] == 14


def test_prove_and_consistency_commands(ledger_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from audit import ConsistencyProof, InclusionProof, verify_consistency, verify_inclusion
    from audit.proof import hash_of

    monkeypatch.setenv("GOVGATE_HOME", str(tmp_path))
    runner = CliRunner()
    out = runner.invoke(audit_app, ["prove", "3"])
    assert out.exit_code == 0, out.output
    p = json.loads(out.output)
    assert p["tree_size"] == 10 and p["checkpoint"].startswith("govgate.huzhou/audit\n10\n")
    verify_inclusion(InclusionProof(p["index"], p["tree_size"], hash_of(p["leaf_hash"]), hash_of(p["root_hash"]),
                                    tuple(hash_of(h) for h in p["path"])))
    c = json.loads(runner.invoke(audit_app, ["consistency", "4"]).output)
    verify_consistency(ConsistencyProof(4, 10, hash_of(c["old_root"]), hash_of(c["new_root"]),
                                        tuple(hash_of(h) for h in c["path"])))
    assert runner.invoke(audit_app, ["prove", "10"]).exit_code == 1
