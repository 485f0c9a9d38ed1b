"""The decision table of the real catalog against its hand-reviewed expectations file."""

from __future__ import annotations

from typing import Any

from tests.policy.decision_table import EXPECTATIONS, kind_of, read, row

# the table covers every department × dataset × purpose kind × grant variant
PURPOSE_KINDS = {"in_duties", "outside", "unknown"}


def test_table_covers_the_catalog(table: list[Any], real_catalog: Any) -> None:
    seen = {(c.department, c.dataset, c.purpose_kind, c.variant) for c, _ in table}
    for dept in real_catalog.departments:
        for ds in real_catalog.datasets:
            for kind in PURPOSE_KINDS:
                assert (dept, ds, kind, "no_grant") in seen and (dept, ds, kind, "grant") in seen


def test_decisions_match_expectations(table: list[Any]) -> None:
    expected = read()
    actual = [row(case, decision) for case, decision in table]
    for r in actual:
        r["reviewed"] = ""
    stripped = [{**r, "reviewed": ""} for r in expected]
    assert len(actual) == len(stripped), "table size changed: python -m tests.policy.decision_table --write"
    differ = [(a, e) for a, e in zip(actual, stripped, strict=True) if a != e]
    assert not differ, (
        f"{len(differ)} decisions differ from {EXPECTATIONS.name}, first: {differ[0]}\n"
        "review, then: python -m tests.policy.decision_table --write"
    )


def test_first_row_of_every_kind_was_reviewed_by_hand() -> None:
    rows = read()
    first: dict[tuple[str, ...], dict[str, str]] = {}
    for r in rows:
        first.setdefault(kind_of(r), r)
    unreviewed = [kind for kind, r in first.items() if r["reviewed"] != "hand"]
    assert not unreviewed, f"kinds whose first row is not hand-reviewed: {unreviewed}"
    assert len(first) >= 20


def test_table_has_every_outcome(table: list[Any]) -> None:
    bases = {d.basis for _, d in table if d.allow}
    assert bases == {"owner", "unconditional", "granted", "break_glass"}
    codes = {r.code for _, d in table for r in d.reasons}
    assert {"purpose_not_in_duties", "unknown_purpose", "grant_required", "not_shared", "break_glass_purpose"} <= codes
