"""Measure ledger appends/s (not a test; no timing assertions anywhere).

    .venv/bin/python -m bench.audit_append [DIR] [N]

DIR must be on the disk the ledger will live on (fsync cost is the point).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from audit import Ledger, verify_ledger
from keys import Keyring
from tests.audit.conftest import T0, make_event


def run(base: Path, n: int) -> None:
    kr = Keyring.open(base / "keys", create=True)
    kr.ensure_defaults(now=T0)
    signer = kr.signer("audit-signing")
    trusted = {k: v.public_bytes_raw() for k, v in kr.public_keys("audit-signing").items()}
    events = [make_event(i) for i in range(n)]
    cases = [("append, checkpoint_every=1", 1, 1), ("append, checkpoint_every=100", 100, 1),
             ("append_many(100), checkpoint_every=100", 100, 100)]
    for label, every, batch in cases:
        d = base / f"audit-{every}-{batch}"
        with Ledger.open(d, signer, checkpoint_every=every) as ledger:
            start = time.perf_counter()
            if batch == 1:
                for ev in events:
                    ledger.append(ev)
            else:
                for i in range(0, n, batch):
                    ledger.append_many(events[i : i + batch])
            elapsed = time.perf_counter() - start
        print(f"{label:42s} {n / elapsed:9.0f} events/s  ({elapsed / n * 1e6:7.1f} µs/event)")
        start = time.perf_counter()
        report = verify_ledger(d, trusted)
        v = time.perf_counter() - start
        print(f"{'  verify_ledger':42s} {n / v:9.0f} events/s  ({report.checkpoints_checked} checkpoints)")
        start = time.perf_counter()
        Ledger.open(d, signer).close()
        print(f"{'  reopen (rescan)':42s} {n / (time.perf_counter() - start):9.0f} events/s")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    with tempfile.TemporaryDirectory(dir=target) as tmp:
        run(Path(tmp), count)
