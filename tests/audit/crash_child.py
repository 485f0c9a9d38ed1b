"""Child for test_crash: append forever, printing each receipt once it is returned.

Run as ``python crash_child.py KEYS_DIR LEDGER_DIR CHECKPOINT_EVERY [THREADS]``; the parent
kills it with SIGKILL at a random moment.  A line on stdout means "acknowledged".
"""

from __future__ import annotations

import hashlib
import json
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from audit import Ledger, build_access_event
from audit._ids import uuid7
from keys import Keyring


def main() -> None:
    keys_dir, ledger_dir, every = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    threads = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    signer = Keyring.open(keys_dir).signer("audit-signing")
    ledger = Ledger.open(ledger_dir, signer, checkpoint_every=every)
    lock = threading.Lock()
    workers = [threading.Thread(target=run, args=(ledger, lock, ledger.size + 1_000_000 * t), daemon=True)
               for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def run(ledger: Ledger, lock: threading.Lock, i: int) -> None:
    """Append forever from one thread (several share each group commit)."""
    t0 = datetime(2025, 3, 1, tzinfo=UTC)
    while True:
        now = t0 + timedelta(milliseconds=i)
        event = build_access_event(
            now=now, event_id=uuid7(now, hashlib.sha256(b"%d" % i).digest()), action="dataset.read",
            outcome="success", allow=True, department="市人力社保局", credential_id="cred-crash",
            source_ip=None, dataset="social.insurance", fields_requested=["name"],
            fields_returned={"name": "mask"}, purpose="测试", decision_id=f"d{i}", policy_revision="r",
            reasons=[], row_count=1, grant_id=None, subject_hashes=[],
            http={"method": "GET", "path": "/v1/rows", "status": 200},
        )
        receipt = ledger.append(event)
        with lock:
            sys.stdout.write(json.dumps({"index": receipt.index, "event_hash": receipt.event_hash}) + "\n")
            sys.stdout.flush()
        i += 1


if __name__ == "__main__":
    main()
