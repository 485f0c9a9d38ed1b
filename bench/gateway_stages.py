"""Where one governed read's time goes, in process (no HTTP, one thread), by pipeline stage.

    .venv/bin/python -m bench.gateway_stages [requests]

Prepares a 2,000-person demo in a temporary GOVGATE_HOME, then runs the route's stages —
authenticate the key (through the key cache, as the route does), read_rows (grant, usage,
decision, fetch, mask, subject hashes, audit event, a blocking ledger append) and the JSON body — for the same request as bench.gateway_wrk, first unprofiled
(the total), then under cProfile (cumulative time per stage).
"""

from __future__ import annotations

import cProfile
import json
import pstats
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from gateway.context import open_governance
from bench.gateway_setup import prepare_bench_home
from gateway.pipeline import ReadRequest, read_rows
from gateway.settings import Settings

STAGES = {"resolve": "authenticate the key (cached: one indexed read)", "find_grant": "grant lookup",
          "rows_used": "today's usage read", "decide": "policy decision", "fetch_page": "fetch 100 rows",
          "mask_rows": "mask", "_subject_hashes": "keyed subject hashes", "_access_event": "audit event built",
          "append_event": "audit append (ledger, fsync)", "add_rows": "usage UPDATE + COMMIT",
          "dumps": "JSON (all json.dumps)"}


def main(n: int = 400) -> None:
    with tempfile.TemporaryDirectory(dir=".") as tmp:
        home = Path(tmp).resolve()
        env, key = prepare_bench_home(home)
        settings = Settings(home=home, policy_dir=Path(env["GOVGATE_POLICY_DIR"]), rate_per_second=1e9,
                            rate_burst=10**9, daily_row_quota=10**12)
        gov = open_governance(settings)
        request = ReadRequest("population", ("resident_id", "name", "birth_date", "household_town"),
                              "social-assistance", 100, path="/v1/datasets/population/rows")

        def one() -> bytes:
            now = datetime.now(timezone.utc)
            caller = gov.principals.resolve(gov, key, now=now)  # as the route does
            result = read_rows(gov, caller.principal, request, now=now)
            body = {"rows": result.rows, "obligations": result.decision.obligations.model_dump(mode="json"),
                    "receipt": result.receipt}
            return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()

        try:
            for _ in range(50):
                one()
            started = time.perf_counter()
            for _ in range(n):
                one()
            print(f"{n} requests: {1000 * (time.perf_counter() - started) / n:.2f} ms each (unprofiled)")
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(n):
                one()
            profile.disable()
        finally:
            gov.close()
    totals: dict[str, float] = {}
    for (filename, _line, name), (_cc, _nc, _tt, cumulative, _callers) in pstats.Stats(profile).stats.items():
        if name in STAGES and "site-packages/sqlalchemy" not in filename:
            totals[STAGES[name]] = totals.get(STAGES[name], 0.0) + cumulative
    for label, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{1000 * seconds / n:6.2f} ms  {label}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
