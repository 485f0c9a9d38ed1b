"""The gateway under load: a governed read vs a bare endpoint, in one run, loaded with wrk.

    .venv/bin/python -m bench.gateway_wrk [--duration 15] [--connections 8,32] [--profile]

Prepares a 2,000-person demo in a temporary GOVGATE_HOME, starts two uvicorn servers on
loopback (uvloop + httptools, one process each): `govgate serve` (the real gateway) and
bench/gateway_bare.py (the same 100 rows, same store, same handler style, no governance).
Then, for each connection count, wrk loads the bare endpoint and then the governed one:

  governed: GET /v1/datasets/population/rows?fields=resident_id,name,birth_date,household_town
            &purpose=social-assistance&limit=100 as 市民政局 (granted; resident_id masked; an
            Ed25519-signed checkpoint and an fsynced ledger entry per request; a watermark)
  bare:     GET /rows-async/population?fields=resident_id,name,birth_date,household_town&limit=100
            (async def handler on the event loop, like the governed route: the baseline of the
            ratio; /rows, the same as a sync def run in the threadpool, is reported beside it)

Both servers run with the same settings: uvicorn, one process, uvloop + httptools, no access log.
Besides wrk's figures, each server's CPU time per request (user + system, from /proc) is
reported: it is less sensitive than requests/s to other work on the machine.

Rate limit, daily quota and the policy's daily export limit are lifted for the run (they would refuse
the load by design; bench/gateway_setup.py).
Every response is checked to be a 200 (wrk's non-2xx count must be 0). --profile also runs
py-spy on the governed server (`pip install py-spy`) and prints where its time goes.
wrk is the Debian package; with --install it is installed with apt-get when missing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

FIELDS = "resident_id,name,birth_date,household_town"
GOVERNED = f"/v1/datasets/population/rows?fields={FIELDS}&purpose=social-assistance&limit=100"
BARE = f"/rows/population?fields={FIELDS}&limit=100"
BARE_ASYNC = f"/rows-async/population?fields={FIELDS}&limit=100"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, headers: dict[str, str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server at {url} did not answer 200 within {timeout} s")


def _ensure_wrk(install: bool) -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if not install:
        raise SystemExit("wrk not found: apt-get update && apt-get install -y wrk (or rerun with --install)")
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    return shutil.which("wrk") or "wrk"


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * _UNITS[unit]


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_wrk(wrk: str, url: str, headers: dict[str, str], connections: int, duration: int,
            pid: int | None = None) -> dict[str, float]:
    cmd = [wrk, f"-t{min(2, connections)}", f"-c{connections}", f"-d{duration}s", "--latency", url]
    for key, value in headers.items():
        cmd[1:1] = ["-H", f"{key}: {value}"]
    cpu_before = _cpu_seconds(pid) if pid else 0.0
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    cpu = _cpu_seconds(pid) - cpu_before if pid else 0.0
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))
    p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "p50": p50, "p99": p99, "requests": total, "non2xx": int(bad.group(1)) if bad else 0,
            "socket_errors": errors.group(1) if errors else "", "cpu_us": 1e6 * cpu / total if total else 0.0}


def _profile(pid: int, seconds: int, out: Path) -> str:
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(spy).exists():
        return "py-spy not installed (pip install py-spy==0.4.3)"
    raw = out / "governed.txt"
    subprocess.run([spy, "record", "--pid", str(pid), "--duration", str(seconds), "--rate", "250", "--gil",
                    "--format", "raw", "--output", str(raw), "--nonblocking"], capture_output=True, check=False)
    if not raw.exists():
        return "py-spy could not attach (ptrace not permitted?)"
    return summarize_profile(raw)


STAGES = [  # (label, function names as py-spy shows them); the first stage a sample falls in counts
    ("authenticate the key (cache + one indexed read)", ("PrincipalCache.resolve", "resolve_caller")),
    ("grant lookup (state DB, one indexed read)", ("GrantSync.lookup", "find_grant", "grant_document")),
    ("policy decision (cached)", ("CachedEngine.decide",)),
    ("fetch 100 rows (SQLite store)", ("SqliteStore.fetch_page",)),
    ("mask (classify.mask_rows)", ("mask_rows",)),
    ("keyed hashes of the subjects (keys HMAC)", ("_subject_hashes",)),
    ("audit event built (audit.build_access_event)", ("_access_event",)),
    ("audit append: canonical JSON, hand-off, group commit", ("AuditWriter.append", "Ledger._write_loop")),
    ("JSON body", ("dumps",)),
    ("response signature (keys.http_signatures)", ("sign_response",)),
]


def summarize_profile(raw: Path) -> str:
    """Where the governed server's CPU goes: py-spy samples taken while a thread held the GIL
    (--gil), so waiting (fsync, the network, the GIL itself) is left out; a stage's share is of
    all such samples of the process, framework and server included."""
    total = 0
    stage_samples = {label: 0 for label, _ in STAGES}
    rest_by_function: dict[str, int] = {}  # samples per innermost function, outside the stages
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        names = [frame.split(" (", 1)[0] for frame in stack.split(";")]
        total += int(count)
        for label, fns in STAGES:
            if any(n in fns or n.rsplit(".", 1)[-1] in fns for n in names):
                stage_samples[label] += int(count)
                break
        else:  # where the rest spends it: the innermost frame of each sample (self time)
            rest_by_function[names[-1]] = rest_by_function.get(names[-1], 0) + int(count)
    if not total:
        return "no samples (is py-spy allowed to attach?)"
    lines = [f"{100 * n / total:5.1f}%  {label}" for label, n in stage_samples.items()]
    rest = total - sum(stage_samples.values())
    lines.append(f"{100 * rest / total:5.1f}%  the rest: HTTP server, FastAPI (parameters, routing), middleware, "
                 "metrics, route")
    heavy = sorted(rest_by_function.items(), key=lambda x: -x[1])[:15]  # the rest's heaviest functions, self time
    lines += [f"         {100 * c / total:5.1f}%  {n}" for n, c in heavy]
    return f"{total} samples holding the GIL\n" + "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--connections", default="8,32")
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--install", action="store_true", help="apt-get install wrk when missing")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    wrk = _ensure_wrk(args.install)
    load_before = os.getloadavg()

    from bench.gateway_setup import prepare_bench_home

    with tempfile.TemporaryDirectory(dir=".") as tmp:
        home = Path(tmp).resolve()
        bench_env, key = prepare_bench_home(home, args.people)
        gport, bport = _free_port(), _free_port()
        env = {**os.environ, **bench_env, "GOVGATE_PORT": str(gport)}
        governed = subprocess.Popen([sys.executable, "-m", "gateway.cli", "serve", "--port", str(gport)], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        bare = subprocess.Popen([sys.executable, "-m", "uvicorn", "bench.gateway_bare:app", "--port", str(bport),
                                 "--loop", "uvloop", "--http", "httptools", "--log-level", "warning",
                                 "--no-access-log"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        headers = {"Authorization": f"Bearer {key}"}
        results: list[dict[str, object]] = []
        try:
            _wait(f"http://127.0.0.1:{gport}{GOVERNED}", headers)
            _wait(f"http://127.0.0.1:{bport}{BARE}", {})
            for c in (int(x) for x in args.connections.split(",")):
                run_wrk(wrk, f"http://127.0.0.1:{bport}{BARE}", {}, c, 3)  # warm-up
                run_wrk(wrk, f"http://127.0.0.1:{gport}{GOVERNED}", headers, c, 3)
                b = run_wrk(wrk, f"http://127.0.0.1:{bport}{BARE}", {}, c, args.duration, bare.pid)
                ba = run_wrk(wrk, f"http://127.0.0.1:{bport}{BARE_ASYNC}", {}, c, args.duration, bare.pid)
                g = run_wrk(wrk, f"http://127.0.0.1:{gport}{GOVERNED}", headers, c, args.duration, governed.pid)
                results.append({"connections": c, "bare": b, "bare_async": ba, "governed": g,
                                "ratio": g["rps"] / ba["rps"], "ratio_sync": g["rps"] / b["rps"]})
            profile = None
            if args.profile:
                loader = subprocess.Popen([wrk, "-t2", "-c8", f"-d{args.duration + 2}s", "-H",
                                           f"Authorization: Bearer {key}", f"http://127.0.0.1:{gport}{GOVERNED}"],
                                          stdout=subprocess.DEVNULL)
                time.sleep(1)
                profile = _profile(governed.pid, args.duration, Path(tmp))
                loader.wait()
        finally:
            for proc in (governed, bare):
                proc.send_signal(signal.SIGINT)
            for proc in (governed, bare):
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()

    print(f"wrk {subprocess.run([wrk, '--version'], capture_output=True, text=True).stdout.split()[1]}, "
          f"{os.cpu_count()} cores, {args.duration} s per run, 100 rows × 4 fields per response; "
          f"load average before {load_before[0]:.2f}, after {os.getloadavg()[0]:.2f} (other work on the machine "
          "skews every figure)")
    print("| connections | endpoint | requests/s | p50 | p99 | CPU per request | non-2xx |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        for name in ("bare", "bare_async", "governed"):
            m = r[name]
            print(f"| {r['connections']} | {name} | {m['rps']:,.0f} | {m['p50']:.2f} ms | {m['p99']:.2f} ms | "
                  f"{m['cpu_us']:,.0f} µs | {m['non2xx']} |")
        g = r["governed"]
        print(f"| {r['connections']} | governed / bare async | {r['ratio']:.0%} (target ≥ 50%; / sync bare "
              f"{r['ratio_sync']:.0%}) | | {'p99 ≤ 50 ms: yes' if g['p99'] <= 50 else 'p99 ≤ 50 ms: NO'} | "
              f"{r['bare_async']['cpu_us'] / g['cpu_us']:.0%} | |")
    if profile:
        print("\ngoverned server CPU profile (py-spy --gil, 8 connections):\n" + profile)
    if args.json:
        args.json.write_text(json.dumps({"results": results, "profile": profile}, indent=2))
    if any(r[n]["non2xx"] for r in results for n in ("bare", "governed")):
        raise SystemExit("some responses were not 200: the numbers are not valid")


if __name__ == "__main__":
    main()
