"""verify_ledger: one test per tamper class, each editing the real files on disk."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import rfc8785
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit import Ledger, LedgerCorrupt, LedgerNotFound, LedgerVerificationError, verify_ledger
from audit.checkpoint import Checkpoint, sign_checkpoint
from keys import Keyring, Signer
from tests.audit.conftest import T0, make_event

SEG = "events-000001.jsonl"
CPS = "checkpoints.jsonl"
N = 10


@pytest.fixture
def ledger_dir(tmp_path: Path, signer: Signer) -> Path:
    d = tmp_path / "audit"
    with Ledger.open(d, signer, checkpoint_every=1) as ledger:
        for i in range(N):
            ledger.append(make_event(i))
    return d


def read_entries(d: Path) -> list[dict]:
    return [json.loads(line) for line in (d / SEG).read_bytes().splitlines()]


def write_entries(d: Path, entries: list[dict]) -> None:
    (d / SEG).write_bytes(b"".join(rfc8785.dumps(e) + b"\n" for e in entries))


def read_notes(d: Path) -> list[str]:
    return [json.loads(line)["note"] for line in (d / CPS).read_bytes().splitlines()]


def write_notes(d: Path, notes: list[str]) -> None:
    (d / CPS).write_bytes(b"".join(rfc8785.dumps({"note": n}) + b"\n" for n in notes))


def chained(index: int, prev_hex: str, event: dict) -> dict:
    leaf = hashlib.sha256(b"\x00" + rfc8785.dumps(event)).digest()
    digest = hashlib.sha256(bytes.fromhex(prev_hex) + leaf).hexdigest()
    return {"index": index, "prev": prev_hex, "hash": digest, "event": event}


def failure(d: Path, trusted: dict[str, bytes]) -> LedgerVerificationError:
    with pytest.raises(LedgerVerificationError) as info:
        verify_ledger(d, trusted)
    return info.value


def test_untouched_ledger_verifies(ledger_dir: Path, trusted: dict[str, bytes], keyring: Keyring) -> None:
    report = verify_ledger(ledger_dir, trusted, origin="govgate.huzhou/audit")
    assert (report.entries_checked, report.checkpoints_checked, report.unsealed) == (N, N, 0)
    # The keyring's own objects are accepted as trusted keys too.
    assert verify_ledger(ledger_dir, keyring.public_keys("audit-signing")).entries_checked == N


def test_modified_event(ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    entries = read_entries(ledger_dir)
    entries[4]["event"]["govgate"]["rows"] = 999
    write_entries(ledger_dir, entries)
    err = failure(ledger_dir, trusted)
    assert (err.index, err.step) == (4, 6)


def test_deleted_entry(ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    entries = read_entries(ledger_dir)
    del entries[4]
    write_entries(ledger_dir, entries)
    err = failure(ledger_dir, trusted)
    assert (err.index, err.step) == (4, 4)


def test_deleted_and_renumbered(ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    entries = read_entries(ledger_dir)
    del entries[4]
    for i, e in enumerate(entries):
        e["index"] = i
    write_entries(ledger_dir, entries)
    err = failure(ledger_dir, trusted)
    assert (err.index, err.step) == (4, 5)  # the link from 3 to the old 5 is broken


def test_inserted_forged_entry(ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    entries = read_entries(ledger_dir)
    forged = make_event(100)
    entries.insert(4, chained(4, entries[3]["hash"], forged))  # its own hash is right
    write_entries(ledger_dir, entries)
    err = failure(ledger_dir, trusted)
    assert (err.index, err.step) == (4, 8)  # the signed root for size 5 does not include it


def test_inserted_and_rechained_to_the_end(ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    # The strongest file-level attacker: re-number and re-hash every later entry.
    events = [e["event"] for e in read_entries(ledger_dir)]
    events.insert(4, make_event(100))
    rebuilt, prev = [], "00" * 32
    for i, ev in enumerate(events):
        rebuilt.append(chained(i, prev, ev))
        prev = rebuilt[-1]["hash"]
    write_entries(ledger_dir, rebuilt)
    err = failure(ledger_dir, trusted)
    assert (err.index, err.step) == (4, 8)


def test_swapped_entries(ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    lines = (ledger_dir / SEG).read_bytes().splitlines(keepends=True)
    lines[3], lines[4] = lines[4], lines[3]
    (ledger_dir / SEG).write_bytes(b"".join(lines))
    err = failure(ledger_dir, trusted)
    assert (err.index, err.step) == (3, 4)


def test_truncated_end(ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    write_entries(ledger_dir, read_entries(ledger_dir)[:7])
    err = failure(ledger_dir, trusted)
    assert (err.index, err.step) == (7, 9)
    assert "covers 8 entries but only 7" in err.reason


def test_checkpoint_with_wrong_root(ledger_dir: Path, trusted: dict[str, bytes], signer: Signer) -> None:
    notes = read_notes(ledger_dir)
    # Properly signed by the real key, but over a root the entries do not have.
    notes[4] = sign_checkpoint(Checkpoint("govgate.huzhou/audit", 5, hashlib.sha256(b"lie").digest()), signer)
    write_notes(ledger_dir, notes)
    err = failure(ledger_dir, trusted)
    assert (err.index, err.step) == (4, 8)


def test_checkpoint_with_corrupted_signature(ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    notes = read_notes(ledger_dir)
    body, _, sig_line = notes[4].rpartition("\n\n")
    prefix, b64 = sig_line.rstrip("\n").rsplit(" ", 1)
    raw = bytearray(base64.b64decode(b64))
    raw[20] ^= 0x01  # a bit of the Ed25519 signature, not the key hash
    notes[4] = f"{body}\n\n{prefix} {base64.b64encode(bytes(raw)).decode()}\n"
    write_notes(ledger_dir, notes)
    err = failure(ledger_dir, trusted)
    assert (err.index, err.step) == (4, 7) and "does not verify" in err.reason


def test_checkpoint_signed_by_unknown_key(ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    notes = read_notes(ledger_dir)
    cp = Checkpoint.parse_body(notes[4].split("\n\n")[0] + "\n")
    impostor = Signer.from_seed("govgate.huzhou/audit", hashlib.sha256(b"impostor").digest())
    notes[4] = sign_checkpoint(cp, impostor)  # the right root, the wrong key
    write_notes(ledger_dir, notes)
    err = failure(ledger_dir, trusted)
    assert (err.index, err.step) == (4, 7) and "not signed by any trusted key" in err.reason


def test_reordered_checkpoints(ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    notes = read_notes(ledger_dir)
    notes[4], notes[5] = notes[5], notes[4]
    write_notes(ledger_dir, notes)
    err = failure(ledger_dir, trusted)
    assert err.step == 2 and "reordered" in err.reason


def test_first_bad_index_wins(ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    entries = read_entries(ledger_dir)
    entries[7]["event"]["govgate"]["rows"] = 1
    entries[2]["event"]["govgate"]["purpose"] = "其他"
    write_entries(ledger_dir, entries)
    assert failure(ledger_dir, trusted).index == 2


def test_inputs(tmp_path: Path, ledger_dir: Path, trusted: dict[str, bytes]) -> None:
    with pytest.raises(LedgerVerificationError, match="no trusted public keys"):
        verify_ledger(ledger_dir, {})
    with pytest.raises(LedgerNotFound):
        verify_ledger(tmp_path / "absent", trusted)
    with pytest.raises(LedgerVerificationError, match="origin"):
        verify_ledger(ledger_dir, trusted, origin="someone.else/log")


def test_cli_verify_and_tail(ledger_dir: Path, tmp_path: Path, keyring: Keyring,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from audit.cli import audit_app

    monkeypatch.setenv("GOVGATE_HOME", str(tmp_path))  # $GOVGATE_HOME/audit and /keys
    runner = CliRunner()
    ok = runner.invoke(audit_app, ["verify"])
    assert ok.exit_code == 0 and f"OK: {N} events, {N} checkpoints" in ok.output
    vkey = keyring.export_public("audit-signing")
    assert runner.invoke(audit_app, ["verify", "--verifier-key", vkey]).exit_code == 0
    shown = runner.invoke(audit_app, ["tail", "-n", "3", "--format", "json"])
    assert [json.loads(x)["index"] for x in shown.output.splitlines()] == [7, 8, 9]
    table = runner.invoke(audit_app, ["tail"], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "DENY_NO_GRANT" in table.output and "市公安局" in table.output
    assert runner.invoke(audit_app, ["verify", "--ledger-dir", str(tmp_path / "x")]).exit_code == 2
    entries = read_entries(ledger_dir)
    entries[6]["event"]["govgate"]["rows"] = 0
    write_entries(ledger_dir, entries)
    bad = runner.invoke(audit_app, ["verify"])
    assert bad.exit_code == 1 and "first bad index 6" in bad.output


# -- any single-byte mutation of the events file is detected ------------------------------

@pytest.fixture(scope="module")
def pristine() -> Iterator[tuple[Path, dict[str, bytes], Signer]]:
    root = Path(tempfile.mkdtemp(prefix="govgate-pristine-"))
    kr = Keyring.open(root / "keys", create=True)
    kr.ensure_defaults(now=T0)
    signer = kr.signer("audit-signing")
    with Ledger.open(root / "audit", signer) as ledger:
        for i in range(6):
            ledger.append(make_event(i))
    yield root / "audit", {k: v.public_bytes_raw() for k, v in kr.public_keys("audit-signing").items()}, signer
    shutil.rmtree(root)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_single_byte_mutation_is_detected(pristine: tuple[Path, dict[str, bytes], Signer],
                                              data: st.DataObject) -> None:
    src, trusted, signer = pristine
    original = (src / SEG).read_bytes()
    pos = data.draw(st.integers(0, len(original) - 1), label="position")
    new = data.draw(st.integers(0, 255).filter(lambda b: b != original[pos]), label="byte")
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "audit"
        shutil.copytree(src, d)
        mutated = bytearray(original)
        mutated[pos] = new
        (d / SEG).write_bytes(bytes(mutated))
        try:
            verify_ledger(d, trusted)
        except LedgerVerificationError:
            pass
        else:  # the brief allows "or open fails"; with checkpoint_every=1 verify already fails
            with pytest.raises(LedgerCorrupt):
                Ledger.open(d, signer).close()
            pytest.fail(f"verify_ledger accepted a mutation at byte {pos}")
