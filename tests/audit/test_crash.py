"""kill -9 a writer at a random moment: every acknowledged event survives, the ledger verifies."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from audit import Ledger, verify_ledger
from keys import Keyring, Signer

CHILD = Path(__file__).with_name("crash_child.py")


def _run_and_kill(keys: Path, ledger: Path, every: int, acks_before_kill: int, threads: int = 1) -> list[dict]:
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(keys), str(ledger), str(every), str(threads)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    acked: list[dict] = []
    try:
        assert proc.stdout is not None
        while len(acked) < acks_before_kill:
            line = proc.stdout.readline()
            if not line:
                pytest.fail(f"child died early: {proc.stderr.read().decode() if proc.stderr else ''}")
            acked.append(json.loads(line))
        os.kill(proc.pid, signal.SIGKILL)  # mid-append, most likely
        # Whatever the child printed before it died was acknowledged too. Read it through the same
        # buffered reader: readline() may already hold the next lines and part of one, which
        # communicate() (reading the pipe's descriptor) would skip, leaving a line's tail to parse.
        rest = proc.stdout.read()
        proc.wait(timeout=30)
        acked += [json.loads(x) for x in rest.splitlines() if x.endswith(b"}")]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return acked


@pytest.mark.parametrize("seed,threads", [(1, 1), (2, 1), (3, 8), (4, 8)])
def test_kill_9_loses_no_acknowledged_event(tmp_path: Path, keyring: Keyring, signer: Signer,
                                            trusted: dict[str, bytes], seed: int, threads: int) -> None:
    """Group commit included: with 8 writer threads many acks share one fdatasync."""
    rng = random.Random(seed)
    ledger_dir = tmp_path / "audit"
    acked: list[dict] = []
    for _round in range(2):  # kill, resume, kill again
        every = rng.choice([1, 7])
        acked += _run_and_kill(tmp_path / "keys", ledger_dir, every, rng.randint(1, 150) * threads, threads)
        with Ledger.open(ledger_dir, signer) as ledger:  # resumes (drops a torn tail if any)
            on_disk = {e.index: e.hash for e in ledger.iter_entries()}
        for r in acked:
            assert on_disk.get(r["index"]) == r["event_hash"], r
        report = verify_ledger(ledger_dir, trusted)
        assert report.entries_checked >= len(acked)
    assert len({r["index"] for r in acked}) == len(acked)  # no index acknowledged twice
