"""The ledger writer: durability contract, resume, torn tails, locking, failure."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import rfc8785
from pydantic import ValidationError

from audit import (
    InvalidEvent, Ledger, LedgerCorrupt, LedgerLocked, LedgerWriteError, Receipt, verify_ledger,
)
from audit._merkle import leaf_hash, root_from_leaf_hashes
from audit.checkpoint import split_note, verify_note
from keys import Signer
from tests.audit.conftest import make_event

SEG = "events-000001.jsonl"
CPS = "checkpoints.jsonl"


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def test_append_reopen_resume(tmp_path: Path, signer: Signer, trusted: dict[str, bytes]) -> None:
    d = tmp_path / "audit"
    with Ledger.open(d, signer) as ledger:
        first = [ledger.append(make_event(i)) for i in range(5)]
    with Ledger.open(d, signer) as ledger:
        assert ledger.size == 5 and ledger.head == first[-1].event_hash
        second = [ledger.append(make_event(i)) for i in range(5, 12)]
    receipts = first + second
    assert [r.index for r in receipts] == list(range(12))
    for prev, cur in zip(receipts, receipts[1:]):
        assert cur.prev_hash == prev.event_hash  # the chain runs across the reopen
    leaves = [leaf_hash(rfc8785.dumps(make_event(i))) for i in range(12)]
    assert receipts[-1].root_hash == root_from_leaf_hashes(leaves).hex()
    report = verify_ledger(d, trusted)
    assert (report.entries_checked, report.checkpoints_checked, report.head) == (12, 12, receipts[-1].event_hash)


def test_receipt_fields(tmp_path: Path, signer: Signer, trusted: dict[str, bytes]) -> None:
    with Ledger.open(tmp_path / "audit", signer) as ledger:
        r0 = ledger.append(make_event(0))
        r1 = ledger.append(make_event(1))
    canon = rfc8785.dumps(make_event(1))
    assert r1.index == 1 and r1.tree_size == 2 and r1.origin == "govgate.huzhou/audit"
    assert r1.event_id == make_event(1)["event"]["id"]
    assert r1.prev_hash == r0.event_hash
    assert r1.event_hash == hashlib.sha256(bytes.fromhex(r0.event_hash) + leaf_hash(canon)).hexdigest()
    assert r1.chain_head == r1.event_hash
    assert r1.leaf_hash == leaf_hash(canon).hex()
    assert r0.prev_hash == "00" * 32
    assert r1.checkpoint is not None
    note = split_note(r1.checkpoint)
    assert note.checkpoint.size == 2 and note.checkpoint.root_hash.hex() == r1.root_hash
    assert verify_note(note, trusted) == signer.key_id
    # JSON-serialisable both ways.
    assert Receipt.model_validate_json(r1.model_dump_json()) == r1
    json.dumps(r1.model_dump())


def test_receipt_is_what_model_construct_builds(tmp_path: Path, signer: Signer) -> None:
    """The ledger builds receipts without model_construct's loop; the result must not differ."""
    with Ledger.open(tmp_path / "audit", signer, checkpoint_every=2) as ledger:
        receipts = [ledger.append(make_event(i)) for i in range(3)]
    for r in receipts:
        values = {name: getattr(r, name) for name in Receipt.model_fields}
        built = Receipt.model_construct(**values)
        assert r == built and r.model_fields_set == built.model_fields_set
        assert r.__pydantic_extra__ == built.__pydantic_extra__
        assert r.__pydantic_private__ == built.__pydantic_private__
        assert r.model_dump(mode="json") == built.model_dump(mode="json") == Receipt.model_validate(values).model_dump()
        assert hash(r) == hash(built)
        with pytest.raises(ValidationError):
            r.index = 5  # still frozen


def test_line_format_on_disk(tmp_path: Path, signer: Signer) -> None:
    with Ledger.open(tmp_path / "audit", signer) as ledger:
        r = ledger.append(make_event(0))
    (line,) = _lines(tmp_path / "audit" / SEG)
    obj = json.loads(line)
    assert line == rfc8785.dumps(obj) + b"\n"  # canonical, one line
    assert obj == {"index": 0, "prev": "00" * 32, "hash": r.event_hash, "event": make_event(0)}
    (cp_line,) = _lines(tmp_path / "audit" / CPS)
    assert json.loads(cp_line) == {"note": r.checkpoint}


def test_checkpoint_every_and_seal_on_close(tmp_path: Path, signer: Signer, trusted: dict[str, bytes]) -> None:
    with Ledger.open(tmp_path / "audit", signer, checkpoint_every=3) as ledger:
        receipts = [ledger.append(make_event(i)) for i in range(7)]
        assert [r.checkpoint is not None for r in receipts] == [False, False, True, False, False, True, False]
        assert verify_ledger(tmp_path / "audit", trusted).unsealed == 1
    report = verify_ledger(tmp_path / "audit", trusted)  # close() sealed the tail
    assert (report.checkpoints_checked, report.latest_checkpoint_size, report.unsealed) == (3, 7, 0)


def test_append_many_is_one_group_commit(tmp_path: Path, signer: Signer, trusted: dict[str, bytes]) -> None:
    with Ledger.open(tmp_path / "audit", signer, checkpoint_every=100) as ledger:
        ledger.append(make_event(0))
        batch = ledger.append_many([make_event(i) for i in range(1, 11)])
        assert [r.index for r in batch] == list(range(1, 11))
        assert {r.tree_size for r in batch} == {11} and {r.chain_head for r in batch} == {batch[-1].event_hash}
        assert ledger.append_many([]) == []
    assert verify_ledger(tmp_path / "audit", trusted).entries_checked == 11


def test_invalid_event_writes_nothing(tmp_path: Path, signer: Signer) -> None:
    with Ledger.open(tmp_path / "audit", signer) as ledger:
        ledger.append(make_event(0))
        for bad in ({"x": float("nan")}, {"x": 2**60}, {"x": object()}):
            with pytest.raises(InvalidEvent):
                ledger.append(bad)
        with pytest.raises(InvalidEvent):
            ledger.append_many([make_event(1), {"x": float("inf")}])  # all or nothing
        assert ledger.size == 1
    assert len(_lines(tmp_path / "audit" / SEG)) == 1


@pytest.mark.parametrize("torn", [b'{"event":{"@timestamp":"2025', b'{"event":{"x":1},"hash":"ab\n', b"\x00\x00\x00"])
def test_torn_last_line_is_truncated(tmp_path: Path, signer: Signer, trusted: dict[str, bytes],
                                     caplog: pytest.LogCaptureFixture, torn: bytes) -> None:
    d = tmp_path / "audit"
    with Ledger.open(d, signer) as ledger:
        receipts = [ledger.append(make_event(i)) for i in range(3)]
    good = (d / SEG).read_bytes()
    with open(d / SEG, "ab") as f:
        f.write(torn)  # a crash mid-write: never acknowledged
    assert verify_ledger(d, trusted).torn_tail  # readers ignore it; nothing covers it
    with caplog.at_level(logging.WARNING, logger="audit.ledger"):
        ledger = Ledger.open(d, signer)
    assert "torn entry" in caplog.text and "2025" not in caplog.text  # sizes, never content
    assert (d / SEG).read_bytes() == good
    assert ledger.size == 3 and ledger.head == receipts[-1].event_hash
    r = ledger.append(make_event(3))
    assert r.index == 3 and r.prev_hash == receipts[-1].event_hash
    ledger.close()
    report = verify_ledger(d, trusted)
    assert report.entries_checked == 4 and not report.torn_tail


def test_torn_checkpoint_line_is_truncated(tmp_path: Path, signer: Signer, trusted: dict[str, bytes]) -> None:
    d = tmp_path / "audit"
    with Ledger.open(d, signer) as ledger:
        ledger.append(make_event(0))
    good = (d / CPS).read_bytes()
    with open(d / CPS, "ab") as f:
        f.write(b'{"note":"govgate.huzhou/audit\\n2\\n')
    with Ledger.open(d, signer) as ledger:
        assert (d / CPS).read_bytes() == good
        ledger.append(make_event(1))
    assert verify_ledger(d, trusted).checkpoints_checked == 2


def test_torn_line_covered_by_a_checkpoint_is_corruption_and_left_alone(tmp_path: Path, signer: Signer) -> None:
    d = tmp_path / "audit"
    with Ledger.open(d, signer) as ledger:
        for i in range(3):
            ledger.append(make_event(i))
    data = (d / SEG).read_bytes()
    (d / SEG).write_bytes(data[:-1])  # the last, *checkpointed*, entry loses its newline
    with pytest.raises(LedgerCorrupt) as info:
        Ledger.open(d, signer)
    assert info.value.index == 2
    assert (d / SEG).read_bytes() == data[:-1]  # evidence untouched


def test_corruption_refuses_to_open(tmp_path: Path, signer: Signer) -> None:
    d = tmp_path / "audit"
    with Ledger.open(d, signer) as ledger:
        for i in range(4):
            ledger.append(make_event(i))
    lines = _lines(d / SEG)
    lines[1] = lines[1].replace(b'"rows":1', b'"rows":9')
    (d / SEG).write_bytes(b"".join(lines))
    with pytest.raises(LedgerCorrupt) as info:
        Ledger.open(d, signer)
    assert info.value.index == 1


def test_origin_mismatch_refuses_to_open(tmp_path: Path, signer: Signer) -> None:
    with Ledger.open(tmp_path / "audit", signer) as ledger:
        ledger.append(make_event(0))
    with pytest.raises(LedgerCorrupt, match="origin"):
        Ledger.open(tmp_path / "audit", signer, origin="other.example/log")


def test_second_writer_is_locked_out(tmp_path: Path, signer: Signer) -> None:
    d = tmp_path / "audit"
    ledger = Ledger.open(d, signer)
    with pytest.raises(LedgerLocked):
        Ledger.open(d, signer)  # same process, another open file description
    child = subprocess.run(
        [sys.executable, "-c",
         "import sys; from pathlib import Path; from keys import Keyring; from audit import Ledger, LedgerLocked\n"
         "kr = Keyring.open(Path(sys.argv[1]))\n"
         "try:\n    Ledger.open(Path(sys.argv[2]), kr.signer('audit-signing'))\n"
         "except LedgerLocked:\n    sys.exit(3)\n",
         str(tmp_path / "keys"), str(d)],
        capture_output=True, timeout=30,
    )
    assert child.returncode == 3, child.stderr
    ledger.close()
    Ledger.open(d, signer).close()  # released on close


def test_concurrent_appends_from_threads(tmp_path: Path, signer: Signer, trusted: dict[str, bytes]) -> None:
    d = tmp_path / "audit"
    indices: list[int] = []
    with Ledger.open(d, signer, checkpoint_every=10) as ledger:
        def work(t: int) -> None:
            for i in range(40):
                indices.append(ledger.append(make_event(t * 1000 + i)).index)

        threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    assert sorted(indices) == list(range(160))
    assert verify_ledger(d, trusted).entries_checked == 160


def test_write_failure_fails_closed(tmp_path: Path, signer: Signer, trusted: dict[str, bytes]) -> None:
    d = tmp_path / "audit"
    ledger = Ledger.open(d, signer)
    ledger.append(make_event(0))
    # Disk full, for real: point the segment descriptor at /dev/full.
    full = os.open("/dev/full", os.O_WRONLY)
    os.dup2(full, ledger._segments.fd)  # noqa: SLF001 - the only way to fill the disk in a test
    os.close(full)
    with pytest.raises(LedgerWriteError):
        ledger.append(make_event(1))
    with pytest.raises(LedgerWriteError, match="earlier write failure"):
        ledger.append(make_event(2))  # poisoned until reopened
    ledger.close()
    with Ledger.open(d, signer) as again:
        assert again.size == 1
        again.append(make_event(1))
    assert verify_ledger(d, trusted).entries_checked == 2


def test_tail_and_iter_entries(tmp_path: Path, signer: Signer) -> None:
    with Ledger.open(tmp_path / "audit", signer) as ledger:
        assert ledger.tail(5) == []
        for i in range(30):
            ledger.append(make_event(i))
        assert [e.index for e in ledger.tail(3)] == [27, 28, 29]
        assert [e.index for e in ledger.tail(100)] == list(range(30))
        assert ledger.tail(1)[0].event == make_event(29)
        assert [e.index for e in ledger.iter_entries()] == list(range(30))


def test_closed_ledger_refuses_appends(tmp_path: Path, signer: Signer) -> None:
    ledger = Ledger.open(tmp_path / "audit", signer)
    ledger.close()
    ledger.close()  # idempotent
    with pytest.raises(LedgerWriteError, match="closed"):
        ledger.append(make_event(0))


# -- submit: the same commits, without waiting -----------------------------------------------------

class _Settlements:
    """Collects what ``Ledger.submit`` hands back, from the writer thread."""

    def __init__(self) -> None:
        self.results: dict[int, object] = {}
        self.threads: set[str] = set()
        self.done = threading.Condition()

    def callback(self, key: int):  # type: ignore[no-untyped-def]
        def settled(receipts) -> None:  # type: ignore[no-untyped-def]
            try:
                result: object = receipts()[0]  # one event per submit here
            except LedgerWriteError as exc:
                result = exc
            with self.done:
                self.results[key] = result
                self.threads.add(threading.current_thread().name)
                self.done.notify_all()
        return settled

    def wait(self, n: int) -> dict[int, object]:
        with self.done:
            assert self.done.wait_for(lambda: len(self.results) >= n, timeout=30)
        return self.results


def test_submit_commits_like_append_many_and_hands_receipts_back(tmp_path: Path, signer: Signer,
                                                                 trusted: dict[str, bytes]) -> None:
    got = _Settlements()
    with Ledger.open(tmp_path / "audit", signer, checkpoint_every=100) as ledger:
        ledger.append(make_event(0))
        for i in range(1, 21):
            ledger.submit([make_event(i)], got.callback(i))
        results = got.wait(20)
        blocking = ledger.append(make_event(21))  # a blocking caller after them still works
    assert sorted(r.index for r in results.values()) == list(range(1, 21))  # type: ignore[attr-defined]
    assert [results[i].event_id for i in range(1, 21)] == [make_event(i)["event"]["id"] for i in range(1, 21)]
    assert blocking.index == 21 and got.threads == {"govgate-ledger-writer"}
    report = verify_ledger(tmp_path / "audit", trusted)
    assert report.entries_checked == 22
    with Ledger.open(tmp_path / "audit", signer) as reopened:
        entries = list(reopened.iter_entries())
    assert all(entries[r.index].hash == r.event_hash for r in results.values())  # type: ignore[attr-defined]


def test_submit_refuses_at_once_what_append_refuses(tmp_path: Path, signer: Signer) -> None:
    got = _Settlements()
    ledger = Ledger.open(tmp_path / "audit", signer)
    with pytest.raises(InvalidEvent):
        ledger.submit([make_event(0), {"x": float("nan")}], got.callback(0))
    with pytest.raises(ValueError):
        ledger.submit([], got.callback(0))
    ledger.close()
    with pytest.raises(LedgerWriteError, match="closed"):
        ledger.submit([make_event(1)], got.callback(1))
    assert got.results == {} and ledger.size == 0


def test_submit_of_a_failed_write_settles_with_the_error(tmp_path: Path, signer: Signer) -> None:
    got = _Settlements()
    ledger = Ledger.open(tmp_path / "audit", signer)
    full = os.open("/dev/full", os.O_WRONLY)
    os.dup2(full, ledger._segments.fd)  # noqa: SLF001 - disk full, as in test_write_failure_fails_closed
    os.close(full)
    ledger.submit([make_event(0)], got.callback(0))
    assert isinstance(got.wait(1)[0], LedgerWriteError)
    with pytest.raises(LedgerWriteError, match="earlier write failure"):
        ledger.submit([make_event(1)], got.callback(1))
    ledger.close()


def test_a_failing_callback_does_not_stop_the_writer(tmp_path: Path, signer: Signer, caplog) -> None:
    got = _Settlements()

    def broken(receipts) -> None:  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug in the caller's callback")

    with Ledger.open(tmp_path / "audit", signer) as ledger:
        with caplog.at_level(logging.ERROR):
            ledger.submit([make_event(0)], broken)
            ledger.submit([make_event(1)], got.callback(1))
            assert got.wait(1)[1].index == 1  # type: ignore[attr-defined]
        assert ledger.append(make_event(2)).index == 2
    assert "on_settled callback failed" in caplog.text


def test_close_commits_what_was_submitted(tmp_path: Path, signer: Signer, trusted: dict[str, bytes]) -> None:
    got = _Settlements()
    ledger = Ledger.open(tmp_path / "audit", signer)
    for i in range(50):
        ledger.submit([make_event(i)], got.callback(i))
    ledger.close()
    assert len(got.results) == 50 and all(not isinstance(r, Exception) for r in got.results.values())
    assert verify_ledger(tmp_path / "audit", trusted).entries_checked == 50
