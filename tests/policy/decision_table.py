"""The decision table: every department × every dataset of the real catalog × three
purposes (one in the department's duties, one outside them, one unknown) × with and
without a grant, plus a break-glass claim for the incident-response departments.

    python -m tests.policy.decision_table            # compare with the expectations file
    python -m tests.policy.decision_table --write    # rewrite it (hand-review marks kept
                                                     # only on rows whose expectation is unchanged)

The expectations live in tests/policy/testdata/decision_table.csv; its README says which
rows were reviewed by hand and how.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classify import Catalog, load_catalog
from policy import Decision, PolicyEngine

EXPECTATIONS = Path(__file__).resolve().parent / "testdata" / "decision_table.csv"
NOW = "2026-06-01T08:00:00Z"
GRANT_END = "2027-01-01T00:00:00Z"
UNKNOWN_PURPOSE = "no-such-purpose"
JUSTIFICATION = "台风过境，需核对受灾片区人员信息以组织转移安置"
COLUMNS = ("department", "dataset", "purpose_kind", "purpose", "variant", "allow", "basis", "reasons",
           "fields", "row_limit", "export_limit", "require_mfa", "watermark", "flags", "open_incident", "reviewed")
KEY = COLUMNS[:5]


@dataclass(frozen=True)
class Case:
    department: str
    dataset: str
    purpose_kind: str  # in_duties | outside | unknown
    purpose: str
    variant: str  # no_grant | grant | break_glass
    input: dict[str, Any]

    @property
    def key(self) -> tuple[str, ...]:
        return (self.department, self.dataset, self.purpose_kind, self.purpose, self.variant)


def cases(catalog: Catalog | None = None) -> Iterator[Case]:
    catalog = catalog or load_catalog()
    all_purposes = sorted(catalog.purposes)
    for dept_id in sorted(catalog.departments):
        dept = catalog.departments[dept_id]
        outside = next(p for p in all_purposes if p not in dept.purposes)
        purposes = (("in_duties", dept.purposes[0]), ("outside", outside), ("unknown", UNKNOWN_PURPOSE))
        variants = ["no_grant", "grant"] + (["break_glass"] if "incident-response" in dept.roles else [])
        for ds_id in sorted(catalog.datasets):
            fields = [f.name for f in catalog.datasets[ds_id].fields]
            for kind, purpose in purposes:
                for variant in variants:
                    yield Case(dept_id, ds_id, kind, purpose, variant, _input(dept_id, ds_id, fields, purpose, variant))


def _input(dept: str, dataset: str, fields: list[str], purpose: str, variant: str) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "principal": {"department": dept, "credential": f"cred-{dept}", "credential_status": "active",
                      "department_status": "active"},
        "resource": {"dataset": dataset, "fields": fields},
        "purpose": purpose,
        "grant": None,
        "context": {"time": NOW, "requested_rows": 10, "mfa": variant == "break_glass"},
    }
    if variant == "grant":
        doc["grant"] = {"id": f"grant-{dept}-{dataset}-{purpose}", "department": dept, "dataset": dataset, "fields": fields,
                        "purpose": purpose, "not_after": GRANT_END}
    if variant == "break_glass":
        doc["emergency"] = {"justification": JUSTIFICATION}
    return doc


def row(case: Case, decision: Decision) -> dict[str, str]:
    ob = decision.obligations
    return {
        "department": case.department, "dataset": case.dataset, "purpose_kind": case.purpose_kind,
        "purpose": case.purpose, "variant": case.variant,
        "allow": "allow" if decision.allow else "deny",
        "basis": decision.basis or "",
        "reasons": " ".join(r.code for r in decision.reasons),
        "fields": " ".join(f"{name}={op.value}" for name, op in sorted(ob.fields.items())),
        "row_limit": str(ob.row_limit),
        "export_limit": "" if ob.export_limit is None else str(ob.export_limit),
        "require_mfa": str(ob.require_mfa).lower(),
        "watermark": str(ob.watermark).lower(),
        "flags": " ".join(decision.flags),
        "open_incident": ob.open_incident or "",
        "reviewed": "",
    }


def kind_of(r: dict[str, str]) -> tuple[str, ...]:
    """Rows of one kind share outcome, basis or reasons, purpose kind and variant."""
    return (r["allow"], r["basis"] or r["reasons"], r["purpose_kind"], r["variant"])


def compute(engine: PolicyEngine, catalog: Catalog | None = None) -> list[dict[str, str]]:
    return [row(case, engine.decide(case.input)) for case in cases(catalog)]


def read(path: Path = EXPECTATIONS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def render(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def merge_reviews(new: list[dict[str, str]], old: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[str]]:
    """Keep a hand-review mark where the row's expectation is unchanged; report the rest."""
    previous = {tuple(r[k] for k in KEY): r for r in old}
    lost: list[str] = []
    for r in new:
        before = previous.get(tuple(r[k] for k in KEY))
        if before and before["reviewed"]:
            if all(before[c] == r[c] for c in COLUMNS[:-1]):
                r["reviewed"] = before["reviewed"]
            else:
                lost.append(" / ".join(r[k] for k in KEY))
    return new, lost


def main(argv: list[str]) -> int:
    from policy import EmbeddedEngine  # noqa: PLC0415

    rows = compute(EmbeddedEngine.from_catalog(load_catalog()))
    old = read() if EXPECTATIONS.exists() else []
    rows, lost = merge_reviews(rows, old)
    if "--write" in argv:
        EXPECTATIONS.write_text(render(rows), encoding="utf-8")
        print(f"wrote {len(rows)} rows to {EXPECTATIONS}")
        for key in lost:
            print(f"REVIEW AGAIN (expectation changed): {key}")
        return 0
    differ = [r for r, o in zip(rows, old, strict=False) if r != o] + rows[len(old):]
    print(f"{len(rows)} rows, {len(differ)} differ from {EXPECTATIONS.name}")
    return 1 if differ or len(rows) != len(old) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
