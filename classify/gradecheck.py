"""The grade check: for every catalog dataset, its declared grade against the grade its
content implies, the fields responsible and a verdict.

``grade_check`` is pure: the catalog, the rules and — optionally — sampled rows per dataset
come in as arguments, a ``GradeCheckReport`` goes out. With no rows the implied grade comes
from the declared entity types and grades alone (``content_checked`` is false and the
report says so); with rows each field's values are scanned and entity types it does not
declare can raise its grade. The aggregation rules apply either way.

Verdicts: ``under`` (declared lower than implied — the finding an assessor reports; the CLI
exits 1), ``over`` (declared stricter than needed: allowed, 就高从严), ``ok``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from classify.aggregation import DatasetGrading, direct_identifiers, grade_dataset, rules_applied
from classify.catalog import Catalog, Dataset, Grade
from classify.columns import ColumnProfile, FieldCheck, checked_facts, holds_person, profile_column
from classify.detect import Scanner
from classify.entities import EntityType, load_entities
from classify.grading import GradingRules, load_grading_rules

__all__ = ["DatasetRows", "DatasetCheck", "GradeCheckReport", "grade_check", "VERDICTS"]

VERDICTS = {"under": "定级偏低 under-graded", "over": "定级偏高 over-graded (allowed)", "ok": "一致 consistent"}


@dataclass(frozen=True)
class DatasetRows:
    """Rows sampled from a dataset's table (dicts by field name) and the table's row count."""

    rows: Sequence[Mapping[str, Any]]
    total: int


@dataclass
class DatasetCheck:
    dataset: Dataset
    owner_name: str
    declared: Grade
    grading: DatasetGrading
    fields: list[FieldCheck]
    profiles: dict[str, ColumnProfile] = field(default_factory=dict)
    rows_sampled: int | None = None
    rows_total: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def implied(self) -> Grade:
        return self.grading.grade

    @property
    def verdict(self) -> str:
        if self.implied.level > self.declared.level:
            return "under"
        if self.implied.level < self.declared.level:
            return "over"
        return "ok"

    def to_dict(self) -> dict[str, Any]:
        ds = self.dataset
        return {
            "dataset": ds.id,
            "name": ds.name,
            "owner": ds.owner,
            "owner_name": self.owner_name,
            "declared_grade": self.declared.value,
            "declared_reason": ds.grade_reason,
            "implied_grade": self.implied.value,
            "verdict": self.verdict,
            "responsible_fields": list(self.grading.responsible),
            "reasons": [r.to_dict() for r in self.grading.reasons],
            "not_evaluated": list(self.grading.not_evaluated),
            "rows_total": self.rows_total,
            "rows_sampled": self.rows_sampled,
            "notes": self.notes,
            "fields": [
                {
                    "name": fc.facts.name,
                    "label": fc.facts.label,
                    "declared_grade": fc.declared_grade.value,
                    "declared_reason": fc.declared_reason,
                    "implied_grade": fc.facts.grade.value,
                    "implied_reason": fc.facts.reason,
                    "entities": sorted(fc.facts.entities),
                    "detected_not_declared": list(fc.new_types),
                    "content": self.profiles[fc.facts.name].to_dict()["entities"] if fc.facts.name in self.profiles else None,
                    "notes": list(fc.notes),
                }
                for fc in self.fields
            ],
        }


@dataclass
class GradeCheckReport:
    generated_at: dt.datetime
    content_checked: bool
    store: str | None
    sample: int | None
    checks: list[DatasetCheck]
    rules: list[tuple[str, str]]

    @property
    def under_graded(self) -> list[DatasetCheck]:
        return [c for c in self.checks if c.verdict == "under"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "content_checked": self.content_checked,
            "store": self.store,
            "sample_per_dataset": self.sample,
            "summary": {v: sum(1 for c in self.checks if c.verdict == v) for v in VERDICTS},
            "datasets": [c.to_dict() for c in self.checks],
            "rules_applied": [{"rule": r, "text": t} for r, t in self.rules],
        }


def grade_check(
    catalog: Catalog,
    *,
    now: dt.datetime,
    rows: Mapping[str, DatasetRows | None] | None = None,
    scanner: Scanner | None = None,
    rules: GradingRules | None = None,
    entities: Mapping[str, EntityType] | None = None,
    dataset_ids: Sequence[str] | None = None,
    store: str | None = None,
    sample: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> GradeCheckReport:
    """Check ``dataset_ids`` (default: every dataset). ``rows`` maps a dataset id to its
    sampled rows (``None`` for a dataset the store lacks); ``rows=None`` means no store."""
    rules = rules or load_grading_rules()
    entities = entities if entities is not None else load_entities()
    ids = list(dataset_ids) if dataset_ids is not None else list(catalog.datasets)
    if rows is not None and scanner is None:
        scanner = Scanner()
    direct = direct_identifiers(entities)
    checks = []
    for ds_id in ids:
        ds = catalog.datasets[ds_id]
        if progress is not None:
            progress(ds_id)
        owner = catalog.departments.get(ds.owner)
        sampled = rows.get(ds_id) if rows is not None else None
        profiles: dict[str, ColumnProfile] = {}
        notes: list[str] = []
        if rows is not None and sampled is None:
            notes.append("数据存储中没有该数据集的表：仅按声明的实体类型定级")
        if sampled is not None and scanner is not None:
            for f in ds.fields:
                present = [r[f.name] for r in sampled.rows if f.name in r]
                if present:
                    profiles[f.name] = profile_column(f.name, present, scanner, f.label)
        personal = holds_person(profiles, (f.entity for f in ds.fields), rules, direct)
        fields = [checked_facts(f, profiles.get(f.name), rules, entities, personal) for f in ds.fields]
        records = sampled.total if sampled is not None else None
        grading = grade_dataset([fc.facts for fc in fields], rules, entities, records)
        checks.append(
            DatasetCheck(
                ds, owner.name if owner else ds.owner, ds.grade, grading, fields, profiles,
                len(sampled.rows) if sampled is not None else None, records, notes,
            )
        )
    return GradeCheckReport(now, rows is not None, store, sample, checks, rules_applied(rules))
