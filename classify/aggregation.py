"""Dataset grades: the highest field grade (就高从严) and the aggregation rules, with reasons.

Pure functions over ``FieldFacts`` — what a field holds and its grade — so the same rules
grade a catalog dataset (declared entity types), a scanned table (detected types) and a
grade check (both). The rules are those of ``rules/grading.yaml`` (standards.md §1):

- ``field.max`` — a dataset takes the highest grade among its fields;
- ``aggregation.direct_with_sensitive`` — a record joining a direct identifier of a person
  with sensitive information (health, property, whereabouts) is L4;
- ``aggregation.quasi_identifiers`` — fields each at most L2 that together single out a
  person (birth date + address + sex …) are L3;
- ``aggregation.volume`` — a dataset of personal records above the threshold rises a grade.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from classify.catalog import Dataset, Grade
from classify.entities import EntityType
from classify.grading import GradingRules, field_grade

__all__ = ["FieldFacts", "Reason", "DatasetGrading", "grade_dataset", "catalog_facts", "rules_applied",
           "direct_identifiers", "sensitive_information"]

_ORDER = [Grade.L1, Grade.L2, Grade.L3, Grade.L4]


@dataclass(frozen=True)
class FieldFacts:
    """What one field (column) holds and the grade that follows, with its reason."""

    name: str
    label: str
    entities: frozenset[str]
    grade: Grade
    reason: str


@dataclass(frozen=True)
class Reason:
    """One rule that applied: its id, the grade it implies, why, and the fields involved."""

    rule: str
    grade: Grade
    text: str
    fields: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"rule": self.rule, "grade": self.grade.value, "text": self.text, "fields": list(self.fields)}


@dataclass(frozen=True)
class DatasetGrading:
    grade: Grade
    reasons: tuple[Reason, ...]  # every rule that applied, highest grade first
    responsible: tuple[str, ...]  # the fields behind the final grade
    not_evaluated: tuple[str, ...] = field(default=())  # rules that lacked an input (e.g. row count)

    def to_dict(self) -> dict[str, object]:
        return {
            "grade": self.grade.value,
            "reasons": [r.to_dict() for r in self.reasons],
            "responsible_fields": list(self.responsible),
            "not_evaluated": list(self.not_evaluated),
        }


def direct_identifiers(entities: Mapping[str, EntityType]) -> frozenset[str]:
    """Entity types that identify a natural person on their own (entities.yaml)."""
    return frozenset(n for n, e in entities.items() if e.identifies == "direct" and e.subject == "person")


def sensitive_information(entities: Mapping[str, EntityType]) -> frozenset[str]:
    """Sensitive personal information that is content, not an identifier (health, property, whereabouts)."""
    return frozenset(n for n, e in entities.items() if e.sensitive and e.identifies != "direct")


def catalog_facts(ds: Dataset, rules: GradingRules, entities: Mapping[str, EntityType]) -> list[FieldFacts]:
    """Facts of a catalog dataset's fields from their declarations alone."""
    out = []
    for f in ds.fields:
        grade, reason = field_grade(f, rules, entities)
        out.append(FieldFacts(f.name, f.label, frozenset({f.entity} if f.entity else ()), grade, reason))
    return out


def _raise(grade: Grade, by: int) -> Grade:
    return _ORDER[min(len(_ORDER) - 1, _ORDER.index(grade) + by)]


def grade_dataset(
    facts: Sequence[FieldFacts],
    rules: GradingRules,
    entities: Mapping[str, EntityType],
    records: int | None = None,
) -> DatasetGrading:
    """The dataset grade implied by ``facts`` (and ``records``, its row count, if known)."""
    if not facts:
        return DatasetGrading(rules.no_entity.grade, (Reason("field.max", rules.no_entity.grade, rules.no_entity.reason),), ())
    reasons: list[Reason] = []
    not_evaluated: list[str] = []
    top = max((f.grade for f in facts), key=lambda g: g.level)
    top_fields = tuple(f.name for f in facts if f.grade is top)
    first = next(f for f in facts if f.grade is top)
    reasons.append(Reason("field.max", top, f"就高从严：字段 {first.label}（{first.name}）为 {top.value}：{first.reason}", top_fields))
    for f in facts:
        if f.grade is not top and f.grade.level >= Grade.L2.level:
            reasons.append(Reason("field", f.grade, f"字段 {f.label}（{f.name}）为 {f.grade.value}：{f.reason}", (f.name,)))

    direct, sensitive = direct_identifiers(entities), sensitive_information(entities)
    personal = [f for f in facts if f.entities & direct]
    agg = rules.aggregation
    if agg.direct_with_sensitive is not None:
        holding = [f for f in facts if f.entities & sensitive]
        if personal and holding:
            involved = tuple(dict.fromkeys([f.name for f in personal] + [f.name for f in holding]))
            reasons.append(Reason("aggregation.direct_with_sensitive", agg.direct_with_sensitive.grade,
                                  agg.direct_with_sensitive.reason, involved))
    if agg.quasi_identifiers is not None:
        rule = agg.quasi_identifiers
        members, kinds = [], set()
        for f in facts:
            if f.grade.level > rule.max_member_grade.level:
                continue
            kind = sorted(f.entities & set(rule.entities)) or [w for w in rule.labels if w in f.label]
            if kind:
                members.append(f)
                kinds.add(kind[0])  # three address columns are one kind of identifier, not three
        if len(kinds) >= rule.min_distinct:
            reasons.append(Reason("aggregation.quasi_identifiers", rule.grade, rule.reason, tuple(f.name for f in members)))
    grade_so_far = max((r.grade for r in reasons), key=lambda g: g.level)
    if agg.volume is not None and personal:
        if records is None:
            not_evaluated.append("aggregation.volume")
        elif records >= agg.volume.threshold_records:
            raised = _raise(grade_so_far, agg.volume.raise_by)
            text = f"{agg.volume.reason}（{records} 条 ≥ {agg.volume.threshold_records}）"
            reasons.append(Reason("aggregation.volume", raised, text, tuple(f.name for f in personal)))
    final = max((r.grade for r in reasons), key=lambda g: g.level)
    ordered = tuple(sorted(reasons, key=lambda r: -r.grade.level))
    responsible = tuple(dict.fromkeys(name for r in ordered if r.grade is final for name in r.fields))
    if final is rules.no_entity.grade and all(r.rule == "field.max" for r in ordered):
        responsible = ()  # nothing personal or sensitive: no field is "responsible"
    return DatasetGrading(final, ordered, responsible, tuple(not_evaluated))


def rules_applied(rules: GradingRules) -> list[tuple[str, str]]:
    """(rule id, description) of every grading rule in force, for reports."""
    out = [("field.max", "数据集取其字段的最高级别（就高从严，GB/T 43697-2024）；字段级别按实体类型默认（rules/grading.yaml entity_grades），声明的字段级别优先")]
    out += [(f"entity.{name}", f"{rule.grade.value}：{rule.reason}") for name, rule in rules.entity_grades.items()]
    agg = rules.aggregation
    if agg.direct_with_sensitive:
        out.append(("aggregation.direct_with_sensitive", f"{agg.direct_with_sensitive.grade.value}：{agg.direct_with_sensitive.reason}"))
    if agg.quasi_identifiers:
        q = agg.quasi_identifiers
        out.append(("aggregation.quasi_identifiers",
                    f"{q.grade.value}：{q.reason}（至少 {q.min_distinct} 个，成员：{'、'.join((*q.entities, *q.labels))}）"))
    if agg.volume:
        out.append(("aggregation.volume", f"+{agg.volume.raise_by}：{agg.volume.reason}（阈值 {agg.volume.threshold_records} 条）"))
    if rules.address_granularity:
        parts = "、".join(f"{k} {v.value}" for k, v in rules.address_granularity.items())
        out.append(("content.address_granularity", f"检出地址按精度定级：{parts}"))
    out.append(("content.min_share", f"抽样值中至少 {rules.content_min_share:.0%} 含某实体类型才计入内容检测结果"))
    return out
