"""Latency of one governed read through the real app (in process, no network).

    .venv/bin/python -m bench.governed_read [requests] [rows]

Prepares a demo city in a temporary GOVGATE_HOME, then times GET /v1/datasets/population/rows
(granted, masked, audited with fsync and a signed checkpoint per event) and a refused request.
In-process through Starlette's TestClient: it measures the pipeline, not HTTP serving; the wrk
load test against uvicorn belongs to the gateway issue.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from gateway.app import create_app
from gateway.demo.prepare import prepare_demo
from gateway.settings import Settings


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1e3


def main(requests: int = 500, rows: int = 100) -> None:
    with tempfile.TemporaryDirectory(dir=".") as tmp:
        settings = Settings(home=Path(tmp))
        prepare_demo(settings, people=2000)
        keys = json.loads(settings.credentials_file.read_text("utf-8"))
        cases = {
            f"granted, {rows} rows masked": (
                keys["civil-affairs"]["api_key"],
                f"/v1/datasets/population/rows?fields=resident_id,name,birth_date,household_town,address"
                f"&purpose=social-assistance&limit={rows}"),
            "refused (grant_required)": (
                keys["tourism"]["api_key"],
                "/v1/datasets/population/rows?fields=resident_id,name&purpose=tourism-services"),
        }
        with TestClient(create_app(settings)) as client:
            for label, (key, url) in cases.items():
                headers = {"Authorization": f"Bearer {key}"}
                for _ in range(20):
                    client.get(url, headers=headers)
                samples = []
                for _ in range(requests):
                    start = time.perf_counter()
                    client.get(url, headers=headers)
                    samples.append(time.perf_counter() - start)
                print(f"{label:28s} n={requests}  p50={_pct(samples, .5):.2f} ms  "
                      f"p99={_pct(samples, .99):.2f} ms  ({requests / sum(samples):.0f} req/s, one client)")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
