"""The audit ledger's speed, everything in one run (a measurement, not a test: no assertions).

    python -m bench.audit_group_commit [--dir DIR] [--events N] [--threads 1,8,32]
                                       [--verify-entries M] [--no-ship]

DIR must be on the disk the ledger will live on (fsync cost is the point).  Prints, for the
same ``make_event`` events (≈ 880 bytes of canonical JSON each):

1. the disk: one small ``write`` + ``fdatasync`` (bounds group commits per second);
2. one writer: ``append_many(1000)`` and a plain ``append()`` loop;
3. 1/8/32 threads each calling the blocking ``append()`` (the gateway's pattern): durable
   events/s, fdatasyncs, events per commit, and each call's latency (p50/p99/max) against the
   group-commit interval (wall time / commits) — the added latency the target bounds;
4. the same events through a commit-per-event SQLite WAL loop (synchronous=FULL), before and
   after the ledger runs, and the ratios to the faster of the two;
5. checkpoint cost: signing a note, and a ledger commit that signs one vs one that does not;
6. verification of a ledger of M entries: ``verify_ledger`` in process (1 and 2 processes), the
   real ``govgate audit verify`` command (interpreter start-up reported apart), and ``--deep``;
7. shipping into a real osmem-server process.

The machine is shared: the load average is printed at the start and the end; compare the
ratios within one run and repeat the run to see the spread.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from audit import Ledger, Shipper, connect, es_setup, verify_ledger
from audit._canonical import canonicalize
from audit._es import EsConfig
from audit.checkpoint import Checkpoint, sign_checkpoint
from keys import Keyring, Signer
from tests.audit.conftest import T0, make_event


def rate(label: str, n: int, seconds: float, extra: str = "") -> float:
    print(f"{label:50s} {n / seconds:10,.0f} /s  ({seconds / n * 1e6:8.1f} µs each){extra}", flush=True)
    return n / seconds


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def fsync_probe(base: Path, rounds: int = 300) -> None:
    path = base / "fsync-probe"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        t = time.perf_counter()
        for _ in range(rounds):
            os.write(fd, b"x" * 8192)
            os.fdatasync(fd)
        rate("disk: write 8 KiB + fdatasync", rounds, time.perf_counter() - t)
    finally:
        os.close(fd)
        path.unlink()


def one_writer(base: Path, signer: Signer, events: list[dict[str, Any]]) -> tuple[Path, float]:
    d = base / "one"
    with Ledger.open(d, signer, checkpoint_every=1000) as ledger:
        t = time.perf_counter()
        for i in range(0, len(events), 1000):
            ledger.append_many(events[i:i + 1000])
        best = rate("one writer, append_many(1000)", len(events), time.perf_counter() - t,
                    f"  [{ledger.commits} fdatasyncs]")
    m = min(len(events), 2000)
    with Ledger.open(base / "one-append", signer, checkpoint_every=1000) as ledger:
        t = time.perf_counter()
        for ev in events[:m]:
            ledger.append(ev)
        rate("one writer, append() loop (one fdatasync each)", m, time.perf_counter() - t)
    return d, best


def writers(base: Path, signer: Signer, events: list[dict[str, Any]], threads: int) -> float:
    """``threads`` threads each appending one event at a time and waiting until it is durable."""
    per = min(len(events), 4000 * threads) // threads  # one thread pays an fdatasync per event: fewer
    latencies: list[list[float]] = [[] for _ in range(threads)]
    with Ledger.open(base / f"threads-{threads}", signer, checkpoint_every=1000,
                     checkpoint_interval_ms=1000) as ledger:
        start = threading.Barrier(threads + 1)

        def work(k: int) -> None:
            mine, clock, append = latencies[k], time.perf_counter, ledger.append
            start.wait()
            for ev in events[k * per:(k + 1) * per]:
                s = clock()
                append(ev)
                mine.append(clock() - s)

        ts = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
        for th in ts:
            th.start()
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        start.wait()
        t = time.perf_counter()
        for th in ts:
            th.join()
        elapsed = time.perf_counter() - t
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
        commits = ledger.commits
    n = per * threads
    cpu = (cpu1.ru_utime - cpu0.ru_utime + cpu1.ru_stime - cpu0.ru_stime) / n * 1e6
    got = rate(f"{threads} thread(s), blocking append()", n, elapsed,
               f"  [{commits} fdatasyncs, {n / commits:.1f} events each; CPU {cpu:.0f} µs/event]")
    flat = sorted(x for xs in latencies for x in xs)
    q = statistics.quantiles(flat, n=100)
    cycle = elapsed / commits
    print(f"{'  latency p50 / p99 / max':50s} {q[49] * 1e3:.2f} / {q[98] * 1e3:.2f} / {flat[-1] * 1e3:.2f} ms; "
          f"group-commit interval {cycle * 1e3:.2f} ms → p50 {q[49] / cycle:.1f}, p99 {q[98] / cycle:.1f} intervals",
          flush=True)
    return got


def sqlite_baseline(base: Path, events: list[dict[str, Any]], when: str) -> float:
    db = sqlite3.connect(base / f"baseline-{when}.db", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE e(i INTEGER PRIMARY KEY, doc BLOB)")
    m = min(len(events), 3000)
    t = time.perf_counter()
    for i, ev in enumerate(events[:m]):
        db.execute("BEGIN")
        db.execute("INSERT INTO e VALUES (?, ?)", (i, canonicalize(ev)))
        db.execute("COMMIT")
    got = rate(f"SQLite WAL, synchronous=FULL, commit per event ({when})", m, time.perf_counter() - t)
    db.close()
    return got


def checkpoint_cost(base: Path, signer: Signer, events: list[dict[str, Any]]) -> None:
    cp = Checkpoint("govgate.huzhou/audit", 12345, bytes(32))
    t = time.perf_counter()
    for _ in range(2000):
        sign_checkpoint(cp, signer)
    rate("sign a checkpoint note (Ed25519)", 2000, time.perf_counter() - t)
    m = min(len(events), 300)
    for every, label in ((1, "commit of one event + signed checkpoint"), (10**9, "commit of one event, no checkpoint")):
        with Ledger.open(base / f"cp-{every}", signer, checkpoint_every=every) as ledger:
            t = time.perf_counter()
            for ev in events[:m]:
                ledger.append(ev)
            rate(label, m, time.perf_counter() - t)


def big_ledger(base: Path, signer: Signer, m: int) -> Path:
    d = base / "big"
    chunk = [make_event(i) for i in range(1000)]
    with Ledger.open(d, signer, checkpoint_every=1000) as ledger:
        for _ in range(m // 1000):
            ledger.append_many(chunk)
    return d


def cpu_seconds() -> float:
    """CPU time of this process and of every child it has waited for (forked workers, the CLI)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def verification(base: Path, d: Path, trusted: dict[str, Any]) -> None:
    """Wall-clock rates, and CPU per entry: on a shared machine the latter says what a free core does."""
    for workers in (1, 2):
        c, t = cpu_seconds(), time.perf_counter()
        report = verify_ledger(d, trusted, workers=workers)
        wall, cpu = time.perf_counter() - t, cpu_seconds() - c
        n = report.entries_checked
        rate(f"verify_ledger in process, {workers} process(es)", n, wall,
             f"  [{report.checkpoints_checked} signatures; CPU {cpu / n * 1e6:.2f} µs/entry = "
             f"{n / cpu:,.0f} /CPU-s]")
    govgate = Path(sys.executable).with_name("govgate")
    env = {**os.environ, "GOVGATE_HOME": str(base)}
    cmd = [str(govgate), "audit", "verify", "--keys-dir", str(base / "keys")]

    def timed(*extra: str) -> tuple[float, float, str]:
        c, t = cpu_seconds(), time.perf_counter()
        done = subprocess.run([*cmd, *extra], env=env, check=True, capture_output=True, text=True)
        return time.perf_counter() - t, cpu_seconds() - c, done.stdout

    # Start-up, imports and keys: the command on a 2,000-entry ledger (best of 3).
    startup, startup_cpu, _ = min(timed("--ledger-dir", str(base / "one-append"), "--workers", "1")
                                  for _ in range(3))
    n = report.entries_checked
    for workers in ("1", "0"):
        wall, cpu, out = min(timed("--ledger-dir", str(d), "--workers", workers) for _ in range(2))
        label = f"govgate audit verify --workers {workers}{' (one per core)' if workers == '0' else ''}"
        print(f"{label:50s} {wall:.2f} s for {n:,} entries ({n / wall:,.0f} /s end to end; start-up alone "
              f"{startup:.2f} s); CPU {cpu:.2f} s, less start-up {(cpu - startup_cpu) / n * 1e6:.2f} µs/entry = "
              f"{n / max(cpu - startup_cpu, 1e-9):,.0f} /CPU-s; says {out.split()[0] if out else '?'}", flush=True)
    c, t = cpu_seconds(), time.perf_counter()
    deep = verify_ledger(base / "one", trusted, deep=True)
    rate("verify_ledger --deep (re-canonicalise each event)", deep.entries_checked, time.perf_counter() - t,
         f"  [CPU {(cpu_seconds() - c) / deep.entries_checked * 1e6:.1f} µs/entry]")


def shipping(base: Path, d: Path) -> None:
    try:
        from osmem_server import OsmemServer
    except ImportError:
        print("osmem-server not installed: shipping not measured")
        return
    with OsmemServer.start(japanese=False) as server:
        client, flavor = connect(EsConfig(server.url, target="logs-govgate.audit-bench"))
        es_setup(client, target="logs-govgate.audit-bench", flavor=flavor)
        shipper = Shipper(d, client, "logs-govgate.audit-bench", base / "ship.json", batch=1000)
        t = time.perf_counter()
        while shipper.ship_once():
            pass
        rate(f"ship into osmem-server ({flavor}), bulk 1000", shipper.status.shipped, time.perf_counter() - t,
             f"  [lag {shipper.status.lag}, failures {shipper.status.failures}]")


def run(base: Path, n: int, thread_counts: list[int], verify_entries: int, ship: bool) -> None:
    print(f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, load {load()}, "
          f"{n} events, ledger on {base}", flush=True)
    kr = Keyring.open(base / "keys", create=True)
    kr.ensure_defaults(now=T0)
    signer = kr.signer("audit-signing")
    trusted = dict(kr.public_keys("audit-signing"))
    events = [make_event(i) for i in range(n)]
    fsync_probe(base)
    # The baseline before and after the ledger runs; the ratio uses the faster of the two
    # (the disk's speed drifts on a shared machine; this errs against the ledger).
    before = sqlite_baseline(base, events, "before")
    one_dir, best = one_writer(base, signer, events)
    by_threads = {k: writers(base, signer, events, k) for k in thread_counts}
    baseline = max(before, sqlite_baseline(base, events, "after"))
    print(f"{'ratio to the faster SQLite loop, same run':50s} one writer {best / baseline:.1f}×, "
          + ", ".join(f"{k} threads {v / baseline:.1f}×" for k, v in by_threads.items()), flush=True)
    checkpoint_cost(base, signer, events)
    big = big_ledger(base, signer, verify_entries)
    verification(base, big, trusted)
    if ship:
        shipping(base, one_dir)
    print(f"# load at the end {load()}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", type=Path, default=None, help="where to put the ledgers (the ledger's disk)")
    ap.add_argument("--events", type=int, default=32000)
    ap.add_argument("--threads", default="1,8,32")
    ap.add_argument("--verify-entries", type=int, default=400_000)
    ap.add_argument("--no-ship", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        run(Path(tmp), args.events, [int(x) for x in args.threads.split(",")], args.verify_entries,
            not args.no_ship)


if __name__ == "__main__":
    main()
