"""CPU per governed read, in process, through the whole ASGI app (middleware, routing, route,
pipeline, audit writer) — the same request as bench.gateway_wrk, without the HTTP server.

    .venv/bin/python -m bench.gateway_asgi [--requests 2000] [--concurrency 8] [--profile N]

Prepares the 2,000-person bench demo (bench/gateway_setup.py), opens the real app
(`create_app`, lifespan included) and the bare one (bench/gateway_bare.py) in this process and
drives both with raw ASGI calls from ``--concurrency`` coroutines on uvloop. Reports process CPU
time (every thread, the audit writer's included) per request for each, and their ratio: the
part of bench.gateway_wrk's ratio the application decides — uvicorn's HTTP parsing, the same
for both, is left out. Being CPU time, it moves little when the machine is busy, so it is the
figure to iterate on; wrk's requests/s remain the figure of record. ``--profile N`` prints the N
heaviest functions (cumulative and own time) of the governed run under cProfile and saves the
profile to $GOVGATE_PROFILE_OUT (default /tmp/gateway_asgi.prof) for `pstats` (who calls what).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import os
import pstats
import tempfile
import time
from pathlib import Path
from typing import Any

FIELDS = "resident_id,name,birth_date,household_town"
GOVERNED = ("/v1/datasets/population/rows", f"fields={FIELDS}&purpose=social-assistance&limit=100")
BARE = ("/rows-async/population", f"fields={FIELDS}&limit=100")


def _scope(path: str, query: str, headers: list[tuple[bytes, bytes]], app: Any) -> dict[str, Any]:
    return {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"}, "http_version": "1.1",
            "method": "GET", "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "",
            "query_string": query.encode(), "headers": headers, "client": ("127.0.0.1", 50000),
            "server": ("127.0.0.1", 8000), "state": {}, "app": app}


async def _call(app: Any, scope: dict[str, Any]) -> tuple[int, int]:
    sent: dict[str, Any] = {"status": 0, "size": 0}

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            sent["status"] = message["status"]
        elif message["type"] == "http.response.body":
            sent["size"] += len(message.get("body", b""))

    await app(dict(scope), receive, send)
    return sent["status"], sent["size"]


async def _drive(app: Any, scope: dict[str, Any], requests: int, concurrency: int) -> tuple[float, float]:
    """CPU seconds per request over ``requests`` calls from ``concurrency`` coroutines: the
    process's, and the part of it spent in other threads (the audit writer's)."""
    remaining = requests

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            status, size = await _call(app, scope)
            if status != 200:
                raise SystemExit(f"{scope['path']} answered {status}")

    cpu, loop_cpu = time.process_time(), time.thread_time()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    cpu, loop_cpu = time.process_time() - cpu, time.thread_time() - loop_cpu
    return cpu / requests, (cpu - loop_cpu) / requests


async def _lifespan(app: Any) -> tuple[asyncio.Task, asyncio.Queue]:
    inbox: asyncio.Queue = asyncio.Queue()
    outbox: asyncio.Queue = asyncio.Queue()
    await inbox.put({"type": "lifespan.startup"})
    task = asyncio.create_task(app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, inbox.get,
                                   outbox.put))
    message = await outbox.get()
    if message["type"] != "lifespan.startup.complete":
        raise SystemExit(f"app did not start: {message}")
    return task, inbox


async def run(args: argparse.Namespace) -> None:
    from bench.gateway_setup import prepare_bench_home

    with tempfile.TemporaryDirectory(dir=".") as tmp:
        home = Path(tmp).resolve()
        env, key = prepare_bench_home(home, args.people)
        os.environ.update(env)
        from gateway.app import create_app
        from gateway.settings import Settings
        import bench.gateway_bare as bare_module

        governed = create_app(Settings(), freeze_startup=True)  # as `govgate serve` builds it
        task, inbox = await _lifespan(governed)
        try:
            gscope = _scope(*GOVERNED, [(b"authorization", f"Bearer {key}".encode()), (b"host", b"bench")], governed)
            bscope = _scope(*BARE, [(b"host", b"bench")], bare_module.app)
            await _drive(governed, gscope, 300, args.concurrency)  # warm-up: caches, compiled reads
            await _drive(bare_module.app, bscope, 300, args.concurrency)
            for _ in range(args.rounds):
                b, _ = await _drive(bare_module.app, bscope, args.requests, args.concurrency)
                g, g_threads = await _drive(governed, gscope, args.requests, args.concurrency)
                print(f"governed {1e6 * g:7.0f} µs/request (other threads {1e6 * g_threads:4.0f})   "
                      f"bare async {1e6 * b:5.0f} µs/request   bare ÷ governed {100 * b / g:4.1f}%", flush=True)
            if args.profile:
                profile = cProfile.Profile()
                profile.enable()
                await _drive(governed, gscope, args.requests, args.concurrency)
                profile.disable()
                for order in ("cumulative", "tottime"):
                    out = io.StringIO()
                    pstats.Stats(profile, stream=out).sort_stats(order).print_stats(args.profile)
                    print(out.getvalue())
                profile.dump_stats(os.environ.get("GOVGATE_PROFILE_OUT", "/tmp/gateway_asgi.prof"))  # for pstats callers
        finally:
            await inbox.put({"type": "lifespan.shutdown"})
            await task


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args()
    import uvloop

    uvloop.run(run(args))


if __name__ == "__main__":
    main()
