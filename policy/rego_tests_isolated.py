"""A bundle's Rego unit tests run in a child process (what a serving process uses).

regopy compiles each ``with`` modifier of a test by copying the policy it reaches: the
packaged authz tests' helper (nine ``with``s over ``authz.decision``) takes ≈ 7 s of CPU and
≈ 6.5 GB of memory to build, which the C++ allocator keeps after the tests end; and a test
that trips one of regopy's C++ aborts would end the process that ran it. A gateway checking a
candidate bundle before activating it must pay neither, so it runs them here:

    python -m policy.rego_tests_isolated BUNDLE_DIR     # one JSON document on stdout

The parent gets the same ``TestResult`` list as ``run_rego_tests``, or the same
``BundleError`` (file and line) when the bundle does not compile; a child that dies or runs
past ``timeout`` seconds is a ``PolicyError`` saying so. Memory and crashes stay in the child.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import asdict
import sys
from pathlib import Path

from policy.bundle import TestResult, run_rego_tests
from policy.errors import BundleError, PolicyError, RegoLocation

DEFAULT_TIMEOUT_S = 600.0


def run_rego_tests_isolated(bundle_dir: Path, *, timeout: float = DEFAULT_TIMEOUT_S) -> list[TestResult]:
    """``run_rego_tests(bundle_dir)`` in a child process (the bundle's own data files)."""
    try:
        done = subprocess.run([sys.executable, "-m", "policy.rego_tests_isolated", str(bundle_dir)],
                              capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise PolicyError(f"the Rego tests of {bundle_dir} ran past {timeout:.0f} s (stopped)") from None
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1][:300]
        raise PolicyError(f"the Rego tests of {bundle_dir} ended the test process (exit {done.returncode}): "
                          f"{tail}") from None
    if "error" in report:
        error = report["error"]
        raise BundleError(error["message"], file=error.get("file"), line=error.get("line"),
                          column=error.get("column"), detail=error.get("detail", ""),
                          locations=tuple(RegoLocation(**loc) for loc in error.get("locations", ())))
    return [TestResult(r["name"], r["passed"], r.get("error")) for r in report["results"]]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m policy.rego_tests_isolated BUNDLE_DIR", file=sys.stderr)
        return 2
    try:
        results = run_rego_tests(Path(argv[0]))
    except BundleError as exc:
        print(json.dumps({"error": {"message": exc.message, "file": exc.file, "line": exc.line,
                                    "column": exc.column, "detail": exc.detail,
                                    "locations": [asdict(loc) for loc in exc.locations]}}, ensure_ascii=False))
        return 0
    except PolicyError as exc:
        print(json.dumps({"error": {"message": str(exc)}}, ensure_ascii=False))
        return 0
    print(json.dumps({"results": [{"name": r.name, "passed": r.passed, "error": r.error} for r in results]},
                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
