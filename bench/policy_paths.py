"""Policy decisions by evaluation path, on the real catalog (68 departments, 16 datasets).

    .venv/bin/python -m bench.policy_paths [calls]

Paths, all deciding the same policy on the same mixed inputs (allowed and refused, from
tests/policy/synthetic.py's generator over the real catalog):

| path | what runs per decision |
| --- | --- |
| fresh interpreter | new Interpreter, add modules and data, build, evaluate (no reuse at all) |
| reused interpreter, query() | one Interpreter, `query("data.govgate.authz.decision")` (recompiles each call) |
| regopy bundle entrypoint | the reference: `set_input_term` + `query_bundle_entrypoint` on a built bundle, nothing else |
| compiled bundle (EmbeddedEngine) | the above plus input checks, output validation, Decision, UUIDv7 |
| decision cache (CachedEngine) | the gateway's path: repeated requests at a moving clock (hits, some misses) |
| OPA Data API, 1 / 2 workers | OpaEngine → opa-python-client → POST /v1/data/… on policy.opa_compat_server over loopback |

Prints decisions/s (one client thread; for 2 server workers also two client threads),
p50/p99 and each path's p50 ratio to the fastest. Not collected by pytest.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from typing import Any

from classify import load_catalog
from policy import DEFAULT_BUNDLE_DIR, CachedEngine, EmbeddedEngine, OpaEngine, catalog_data
from policy.bundle import ENTRYPOINT, compile_bundle, load_modules, modules_revision, new_interpreter
from policy.engine import served_data
from tests.policy.synthetic import mixed_inputs, split_grants

Result = tuple[str, float, float, float]  # name, decisions/s, p50 µs, p99 µs


def _measure(name: str, fn: Callable[[Any], Any], inputs: Sequence[Any], warmup: int = 20) -> Result:
    for doc in inputs[:warmup]:
        fn(doc)
    samples = []
    start = time.perf_counter()
    for doc in inputs:
        t = time.perf_counter()
        fn(doc)
        samples.append(time.perf_counter() - t)
    total = time.perf_counter() - start
    samples.sort()
    return name, len(inputs) / total, samples[len(samples) // 2] * 1e6, samples[min(len(samples) - 1, int(len(samples) * 0.99))] * 1e6


def _paired(a: tuple[str, Callable[[Any], Any]], b: tuple[str, Callable[[Any], Any]], inputs: Sequence[Any]) -> list[Result]:
    samples: dict[str, list[float]] = {a[0]: [], b[0]: []}
    for doc in inputs[:20]:
        a[1](doc)
        b[1](doc)
    for i, doc in enumerate(inputs):
        for name, fn in (a, b) if i % 2 else (b, a):
            t = time.perf_counter()
            fn(doc)
            samples[name].append(time.perf_counter() - t)
    out = []
    for name, values in samples.items():
        values.sort()
        out.append((name, len(values) / sum(values), values[len(values) // 2] * 1e6, values[int(len(values) * 0.99)] * 1e6))
    return out


def _threaded(name: str, fn: Callable[[Any], Any], inputs: Sequence[Any], threads: int) -> Result:
    samples: list[float] = []

    def one(doc: Any) -> None:
        t = time.perf_counter()
        fn(doc)
        samples.append(time.perf_counter() - t)

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(fn, inputs[:40]))
        start = time.perf_counter()
        list(pool.map(one, inputs))
        total = time.perf_counter() - start
    samples.sort()
    return name, len(inputs) / total, samples[len(samples) // 2] * 1e6, samples[int(len(samples) * 0.99)] * 1e6


def _server(workers: int) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, "-m", "policy.opa_compat_server", "--port", "0", "--workers", str(workers)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    url = re.search(r"http://[\d.]+:\d+", proc.stdout.readline())
    assert url, "compat server did not start"
    for _ in range(100):
        try:
            urllib.request.urlopen(url.group(0) + "/health", timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    return proc, url.group(0)


def main(calls: int = 2000) -> None:
    catalog = load_catalog()
    inputs, grants = split_grants(mixed_inputs(catalog, calls))  # grants are data; inputs name them
    data = catalog_data(catalog, grants=grants)
    modules = load_modules(DEFAULT_BUNDLE_DIR)
    served = served_data(data, modules_revision(modules, data))
    served_json = json.dumps(served, ensure_ascii=False)
    results: list[Result] = []

    def fresh(doc: Any) -> Any:
        interp, bundle = compile_bundle(modules, None, [ENTRYPOINT], data_json=served_json)
        interp.set_input_term(json.dumps(doc, ensure_ascii=False))
        return interp.query_bundle_entrypoint(bundle, ENTRYPOINT)

    results.append(_measure("fresh interpreter per decision", fresh, inputs[: max(20, calls // 50)], warmup=2))

    reused = new_interpreter()
    for module in modules:
        reused.add_module(module.path, module.text)
    reused.add_data_json(served_json)

    def query(doc: Any) -> Any:
        reused.set_input_term(json.dumps(doc, ensure_ascii=False))
        return reused.query("data.govgate.authz.decision")

    results.append(_measure("reused interpreter, query()", query, inputs[: max(50, calls // 20)], warmup=3))

    interp, bundle = compile_bundle(modules, None, [ENTRYPOINT], data_json=served_json)

    def entrypoint(doc: Any) -> Any:
        interp.set_input_term(json.dumps(doc, ensure_ascii=False))
        return interp.query_bundle_entrypoint(bundle, ENTRYPOINT)

    engine = EmbeddedEngine(DEFAULT_BUNDLE_DIR, data)
    # interleaved, input by input, so that load on the machine hits both alike
    results += _paired(("regopy bundle entrypoint (reference)", entrypoint),
                       ("compiled bundle (EmbeddedEngine.decide)", engine.decide), inputs)

    # the gateway's path: the same requests come back (200 distinct), each at a later time
    cache = CachedEngine(engine)
    clock = datetime(2026, 6, 1, 8, tzinfo=timezone.utc)
    repeated = []
    for i in range(max(calls, 2000) * 5):
        doc = json.loads(json.dumps(inputs[i % 200]))
        doc["context"]["time"] = (clock + timedelta(milliseconds=37 * i)).isoformat().replace("+00:00", "Z")
        repeated.append(doc)
    results.append(_measure("decision cache (CachedEngine, 200 distinct)", cache.decide, repeated, warmup=400))
    stats = cache.stats

    for workers in (1, 2):
        proc, url = _server(workers)
        try:
            remote = OpaEngine(url, DEFAULT_BUNDLE_DIR, data)
            results.append(_measure(f"OPA Data API, {workers} worker(s), 1 client", remote.decide, inputs))
            if workers == 2:
                results.append(_threaded("OPA Data API, 2 workers, 2 clients", remote.decide, inputs, 2))
        finally:
            proc.terminate()
            proc.wait(timeout=10)

    fastest = min(r[2] for r in results)
    print(f"{len(inputs)} mixed inputs on the real catalog; cache: {stats.hits} hits, {stats.misses} misses\n")
    print("| path | decisions/s | p50 | p99 | p50 ÷ fastest |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, rate, p50, p99 in results:
        print(f"| {name} | {rate:,.0f} | {_fmt(p50)} | {_fmt(p99)} | {p50 / fastest:,.1f}× |")
    reference = next(r for r in results if r[0].startswith("regopy bundle"))[2]
    ours = next(r for r in results if r[0].startswith("compiled bundle"))[2]
    print(f"\nuncached EmbeddedEngine ÷ regopy entrypoint (p50): {ours / reference:.2f}× (target ≤ 1.2×)")


def _fmt(us: float) -> str:
    return f"{us / 1000:.2f} ms" if us >= 1000 else f"{us:.0f} µs"


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
