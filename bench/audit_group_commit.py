"""Group commit, signing, verification and shipping, measured in one run (no assertions).

    .venv/bin/python -m bench.audit_group_commit [DIR] [N] [THREADS]

DIR must be on the disk the ledger will live on (fsync cost is the point).  Prints
durable appends/s for one writer (``append_many``) and for THREADS writers calling the
blocking ``append``, the same events through a commit-per-event SQLite WAL loop
(synchronous=FULL), checkpoint signing cost, verification events/s (serial and 2
processes), shipping into a real osmem-server process, and per-append latency.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from audit import Ledger, Shipper, connect, es_setup, verify_ledger
from audit._canonical import canonicalize
from audit.checkpoint import Checkpoint, sign_checkpoint
from audit._es import EsConfig
from keys import Keyring
from tests.audit.conftest import T0, make_event


def line(label: str, n: int, seconds: float, extra: str = "") -> None:
    print(f"{label:52s} {n / seconds:10.0f} /s  ({seconds / n * 1e6:7.1f} µs each){extra}")


def run(base: Path, n: int, threads: int) -> None:
    kr = Keyring.open(base / "keys", create=True)
    kr.ensure_defaults(now=T0)
    signer = kr.signer("audit-signing")
    trusted = dict(kr.public_keys("audit-signing"))
    events = [make_event(i) for i in range(n)]

    # 1. one writer, batches (group commit by the caller)
    d1 = base / "one"
    with Ledger.open(d1, signer, checkpoint_every=1000) as ledger:
        t = time.perf_counter()
        for i in range(0, n, 1000):
            ledger.append_many(events[i:i + 1000])
        line("one writer, append_many(1000), durable", n, time.perf_counter() - t, f"  [{ledger.commits} fdatasyncs]")

    # 2. concurrent writers, blocking append() (group commit by the ledger)
    d2 = base / "many"
    latencies: list[float] = []
    with Ledger.open(d2, signer, checkpoint_every=1000, checkpoint_interval_ms=1000) as ledger:
        per = n // threads

        def work(k: int) -> None:
            mine = []
            for ev in events[k * per:(k + 1) * per]:
                s = time.perf_counter()
                ledger.append(ev)
                mine.append(time.perf_counter() - s)
            latencies.extend(mine)

        ts = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
        t = time.perf_counter()
        for th in ts:
            th.start()
        for th in ts:
            th.join()
        elapsed = time.perf_counter() - t
        commits = ledger.commits
    line(f"{threads} writers, append(), durable", per * threads, elapsed,
         f"  [{commits} fdatasyncs, {per * threads / commits:.0f} events each]")
    cycle = elapsed / commits
    q = statistics.quantiles(latencies, n=100)
    print(f"{'  append latency p50 / p99 / max':52s} {q[49] * 1e3:.2f} / {q[98] * 1e3:.2f} / "
          f"{max(latencies) * 1e3:.2f} ms; one group-commit interval ≈ {cycle * 1e3:.2f} ms")

    # 3. the same events, one SQLite WAL commit each
    db = sqlite3.connect(base / "baseline.db", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE e(i INTEGER PRIMARY KEY, doc BLOB)")
    m = min(n, 5000)
    t = time.perf_counter()
    for i, ev in enumerate(events[:m]):
        db.execute("BEGIN")
        db.execute("INSERT INTO e VALUES (?, ?)", (i, canonicalize(ev)))
        db.execute("COMMIT")
    line("SQLite WAL, one commit per event (baseline)", m, time.perf_counter() - t)
    db.close()

    # 4. checkpoint signing
    cp = Checkpoint("govgate.huzhou/audit", 12345, bytes(32))
    t = time.perf_counter()
    for _ in range(2000):
        sign_checkpoint(cp, signer)
    line("sign a checkpoint (Ed25519 note)", 2000, time.perf_counter() - t)

    # 5. verification
    for workers in (1, 2):
        t = time.perf_counter()
        report = verify_ledger(d1, trusted, workers=workers)
        line(f"verify_ledger, {workers} process(es)", report.entries_checked, time.perf_counter() - t,
             f"  [{report.checkpoints_checked} signatures]")
    t = time.perf_counter()
    report = verify_ledger(d1, trusted, deep=True)
    line("verify_ledger --deep (re-canonicalise)", report.entries_checked, time.perf_counter() - t)

    # 6. shipping into osmem-server (a real server process)
    try:
        from osmem_server import OsmemServer
    except ImportError:
        print("osmem-server not installed: shipping not measured")
        return
    with OsmemServer.start(japanese=False) as server:
        client, flavor = connect(EsConfig(server.url, target="logs-govgate.audit-bench"))
        es_setup(client, target="logs-govgate.audit-bench", flavor=flavor)
        shipper = Shipper(d1, client, "logs-govgate.audit-bench", base / "ship.json", batch=1000)
        t = time.perf_counter()
        while shipper.ship_once():
            pass
        line(f"ship into osmem-server ({flavor}), bulk 1000", shipper.status.shipped, time.perf_counter() - t)
        print(json.dumps({"shipper": shipper.status.__dict__}, default=str))


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 50000
    writers = int(sys.argv[3]) if len(sys.argv) > 3 else 32
    with tempfile.TemporaryDirectory(dir=target) as tmp:
        run(Path(tmp), count, writers)
