"""decide() latency on a synthetic catalog of 50 datasets and 70 departments.

    .venv/bin/python -m bench.policy_decide [calls]

Prints p50/p90/p99 over mixed inputs (allowed and refused), then for the allowed and
refused subsets. Not collected by pytest.
"""

from __future__ import annotations

import sys
import time

from policy import DEFAULT_BUNDLE_DIR, EmbeddedEngine, build_data
from tests.policy.synthetic import mixed_inputs, split_grants, synthetic_catalog, synthetic_entities


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1e3


def main(calls: int = 2000) -> None:
    catalog, grades = synthetic_catalog()
    inputs, grants = split_grants(mixed_inputs(catalog, calls))  # grants are data; inputs name them
    engine = EmbeddedEngine(DEFAULT_BUNDLE_DIR, build_data(catalog, grades, entities=synthetic_entities(), grants=grants))
    for doc in inputs[:100]:  # warm up
        engine.decide(doc)
    timings: dict[bool, list[float]] = {True: [], False: []}
    for doc in inputs:
        start = time.perf_counter()
        decision = engine.decide(doc)
        timings[decision.allow].append(time.perf_counter() - start)
    every = timings[True] + timings[False]
    for label, samples in (("all", every), ("allowed", timings[True]), ("refused", timings[False])):
        print(f"{label:8} n={len(samples):5}  p50={_pct(samples, .5):.3f} ms  p90={_pct(samples, .9):.3f} ms  p99={_pct(samples, .99):.3f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
