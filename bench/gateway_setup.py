"""The demo both gateway benchmarks run against: a 2,000-person demo in a temporary home, with a
copy of the policy bundle whose daily export limits are lifted.

The export limit (rules/data.yaml ``export_limits``, 2,000 rows a day for an L4 dataset) refuses
a load test after 20 requests, by design; like the rate limit and the daily quota it is lifted
for the run, so every response is the 100-row 200 being measured. The policy still evaluates
the limit on every request (``context.rows_today`` is sent), so no work is skipped.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from gateway.demo.prepare import prepare_demo
from gateway.settings import Settings
from policy.bundle import DEFAULT_BUNDLE_DIR

LIFTED = 10**12


def prepare_bench_home(home: Path, people: int = 2000) -> tuple[dict[str, str], str]:
    """Prepare ``home``; return the GOVGATE_* environment for the run and 市民政局's API key."""
    bundle = home / "policy"
    shutil.copytree(DEFAULT_BUNDLE_DIR, bundle)
    rules = bundle / "govgate" / "rules" / "data.yaml"
    text, n = re.subn(r"^export_limits: .*$", f"export_limits: {{L1: {LIFTED}, L2: {LIFTED}, L3: {LIFTED}, "
                      f"L4: {LIFTED}}}", rules.read_text("utf-8"), flags=re.M)
    if n != 1:
        raise SystemExit(f"{rules}: no single export_limits line to lift")
    rules.write_text(text, "utf-8")
    env = {"GOVGATE_HOME": str(home), "GOVGATE_POLICY_DIR": str(bundle), "GOVGATE_RATE_PER_SECOND": "1e9",
           "GOVGATE_RATE_BURST": str(10**9), "GOVGATE_DAILY_ROW_QUOTA": str(LIFTED),
           "GOVGATE_BENCH_STORE": str(home / "demo" / "store.db")}
    settings = Settings(home=home, policy_dir=bundle)
    prepare_demo(settings, people=people)
    key = json.loads(settings.credentials_file.read_text("utf-8"))["civil-affairs"]["api_key"]
    return env, key
