"""Group commit: shared fdatasyncs, durable-before-acknowledged, checkpoints by count and time."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from audit import Ledger, LedgerWriteError, verify_ledger
from audit.checkpoint import split_note
from keys import Signer
from tests.audit.conftest import make_event


def test_concurrent_appends_share_commits(tmp_path: Path, signer: Signer, trusted: dict[str, bytes]) -> None:
    receipts = []
    lock = threading.Lock()
    with Ledger.open(tmp_path / "audit", signer, checkpoint_every=1000) as ledger:
        def work(t: int) -> None:
            for i in range(100):
                r = ledger.append(make_event(t * 1000 + i))
                with lock:
                    receipts.append(r)
        threads = [threading.Thread(target=work, args=(t,)) for t in range(16)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        assert ledger.size == 1600
        assert ledger.commits < 1600  # fdatasyncs were shared
    assert sorted(r.index for r in receipts) == list(range(1600))
    by_index = {r.index: r for r in receipts}
    for i in range(1, 1600):
        assert by_index[i].prev_hash == by_index[i - 1].event_hash
    for r in receipts:
        assert r.index < r.tree_size
        if r.checkpoint is None:  # sealed later, by count
            assert r.next_checkpoint_size == 1000 * (r.index // 1000 + 1)
        else:  # the commit that crossed 1000 signed one, covering it
            assert split_note(r.checkpoint).checkpoint.size == r.tree_size >= 1000
    report = verify_ledger(tmp_path / "audit", trusted)
    assert report.entries_checked == 1600 and report.unsealed == 0


def test_receipt_names_its_checkpoint_when_the_commit_signed_one(tmp_path: Path, signer: Signer,
                                                                   trusted: dict[str, bytes]) -> None:
    with Ledger.open(tmp_path / "audit", signer, checkpoint_every=3) as ledger:
        rs = [ledger.append(make_event(i)) for i in range(4)]
    assert [r.checkpoint is not None for r in rs] == [False, False, True, False]
    assert rs[0].next_checkpoint_size == 3 and rs[2].next_checkpoint_size is None
    assert split_note(rs[2].checkpoint).checkpoint.size == 3


def test_time_limit_seals_an_idle_tail(tmp_path: Path, signer: Signer, trusted: dict[str, bytes]) -> None:
    d = tmp_path / "audit"
    with Ledger.open(d, signer, checkpoint_every=10_000, checkpoint_interval_ms=50) as ledger:
        r = ledger.append(make_event(0))
        assert r.checkpoint is None and r.next_checkpoint_within_ms == 50
        deadline = time.monotonic() + 5
        while verify_ledger(d, trusted).unsealed and time.monotonic() < deadline:
            time.sleep(0.02)
        assert verify_ledger(d, trusted).latest_checkpoint_size == 1  # sealed by time, not count
        ledger.append(make_event(1))
        time.sleep(0.2)
        assert verify_ledger(d, trusted).latest_checkpoint_size == 2


def test_segments_rotate_and_verify(tmp_path: Path, signer: Signer, trusted: dict[str, bytes]) -> None:
    d = tmp_path / "audit"
    with Ledger.open(d, signer, checkpoint_every=7, segment_bytes=4096) as ledger:
        for i in range(0, 40, 5):
            ledger.append_many([make_event(j) for j in range(i, i + 5)])
    assert len(list(d.glob("events-*.jsonl"))) > 3
    with Ledger.open(d, signer, segment_bytes=4096) as ledger:  # resumes in the last segment
        ledger.append(make_event(40))
        assert [e.index for e in ledger.iter_entries()] == list(range(41))
    assert verify_ledger(d, trusted).entries_checked == 41


def test_a_failed_commit_fails_every_waiter(tmp_path: Path, signer: Signer) -> None:
    d = tmp_path / "audit"
    ledger = Ledger.open(d, signer)
    ledger.append(make_event(0))
    full = os.open("/dev/full", os.O_WRONLY)
    os.dup2(full, ledger._segments.fd)  # noqa: SLF001 - a full disk, for real
    os.close(full)
    errors: list[Exception] = []

    def work(i: int) -> None:
        try:
            ledger.append(make_event(i))
        except LedgerWriteError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(1, 9)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(errors) == 8  # nobody was acknowledged
    ledger.close()
    with Ledger.open(d, signer) as again:
        assert again.size == 1


def test_parallel_verification_agrees_with_serial(tmp_path: Path, signer: Signer) -> None:
    d = tmp_path / "audit"
    with Ledger.open(d, signer, checkpoint_every=50, segment_bytes=64 << 10) as ledger:
        for i in range(0, 600, 100):
            ledger.append_many([make_event(j) for j in range(i, i + 100)])
    lines = (d / "events-000002.jsonl").read_bytes().splitlines(keepends=True)
    code = ("import sys; from pathlib import Path; from keys import Keyring; from audit import verify_ledger\n"
            "kr = Keyring.open(Path(sys.argv[1]))\n"
            "r = verify_ledger(Path(sys.argv[2]), kr.public_keys('audit-signing'), workers=2)\n"
            "print(r.entries_checked, r.checkpoints_checked, r.root_hash)\n")
    run = [sys.executable, "-c", code, str(tmp_path / "keys"), str(d)]  # fork in a one-thread process
    out = subprocess.run(run, capture_output=True, text=True, timeout=60, check=True).stdout.split()
    serial = verify_ledger(d, {k: v for k, v in signer_keys(tmp_path).items()})
    assert out == [str(serial.entries_checked), str(serial.checkpoints_checked), serial.root_hash]
    lines[3] = lines[3].replace(b'"rows":', b'"rows":1')
    (d / "events-000002.jsonl").write_bytes(b"".join(lines))
    bad = subprocess.run(run, capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0 and "step 6" in bad.stderr  # the serial fallback names the step


def signer_keys(tmp_path: Path) -> dict[str, object]:
    from keys import Keyring

    return dict(Keyring.open(tmp_path / "keys").public_keys("audit-signing"))


class _GatedSigner:
    """The real signer, but signing waits for ``gate``: holds the writer inside a commit."""

    def __init__(self, signer: Signer) -> None:
        self._signer = signer
        self.gate = threading.Event()
        self.signing = threading.Event()
        self.name, self.key_id = signer.name, signer.key_id

    def sign(self, data: bytes) -> bytes:
        self.signing.set()
        self.gate.wait(30)
        return self._signer.sign(data)


def test_callers_queued_during_a_commit_all_go_in_the_next_one(tmp_path: Path, signer: Signer,
                                                               trusted: dict[str, bytes]) -> None:
    """The latency bound: a caller waits for the commit in flight and then its own, no more."""
    gated = _GatedSigner(signer)
    d = tmp_path / "audit"
    with Ledger.open(d, gated, checkpoint_every=1) as ledger:  # type: ignore[arg-type]
        first = threading.Thread(target=ledger.append, args=(make_event(0),))
        first.start()
        assert gated.signing.wait(30)  # the writer is inside commit 1 (durable, now signing)
        receipts: list = []
        threads = [threading.Thread(target=lambda i=i: receipts.append(ledger.append(make_event(i))))
                   for i in range(1, 11)]
        for th in threads:
            th.start()
        deadline = time.monotonic() + 30
        while len(ledger._queue) < 10 and time.monotonic() < deadline:  # noqa: SLF001 - all queued
            time.sleep(0.005)
        gated.gate.set()
        for th in [first, *threads]:
            th.join()
        assert ledger.commits == 2  # commit 1, then all ten together
        assert sorted(r.index for r in receipts) == list(range(1, 11))
        assert {r.tree_size for r in receipts} == {11}
    assert verify_ledger(d, trusted).entries_checked == 11
