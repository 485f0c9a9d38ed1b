"""Column classification: what a column's values hold, and the class and grade that follow.

``profile_column`` scans each value of a column with the column's header as context and
counts, per entity type, the values that carry it (a value with two mobiles counts once).
``detected_facts`` turns a profile into ``FieldFacts`` for a table scanned on its own;
``checked_facts`` combines a catalog field's declaration with its profile for the grade
check. Both take the rules (grades, address granularity, minimum share) as arguments.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from classify.aggregation import FieldFacts
from classify.catalog import DatasetField, Grade
from classify.detect import Finding, Scanner
from classify.entities import EntityType
from classify.grading import GradingRules, field_grade
from classify.recognizers.address import granularity

__all__ = ["ColumnProfile", "profile_column", "content_grade", "detected_facts", "checked_facts", "holds_person", "EQUIVALENT"]

# Entity types that are the same value under another name (社会保险法 art. 58: the social
# security number is the resident ID number), so finding one where the other is declared
# is not a discrepancy.
EQUIVALENT: dict[str, frozenset[str]] = {
    "CN_SOCIAL_SECURITY": frozenset({"CN_RESIDENT_ID"}),
    "CN_RESIDENT_ID": frozenset({"CN_SOCIAL_SECURITY"}),
}
_GRANULARITY_ORDER = ("house", "street", "town", "district", "city")


@dataclass
class ColumnProfile:
    name: str
    label: str = ""
    values: int = 0  # non-empty values scanned
    counts: Counter[str] = field(default_factory=Counter)  # entity type → values carrying it
    address_granularity: Counter[str] = field(default_factory=Counter)

    def shares(self) -> dict[str, float]:
        if not self.values:
            return {}
        return {t: n / self.values for t, n in self.counts.most_common()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "values_scanned": self.values,
            "entities": {t: round(s, 4) for t, s in self.shares().items()},
            "address_granularity": dict(self.address_granularity),
        }


def profile_column(name: str, values: Iterable[Any], scanner: Scanner, label: str = "") -> ColumnProfile:
    profile = ColumnProfile(name, label)
    context = [c for c in (name, label) if c]
    block: list[str] = []
    for value in values:
        if value is None:
            continue
        text = value if isinstance(value, str) else str(value)
        if not text.strip():
            continue
        block.append(text)
        if len(block) == scanner.BLOCK:
            _count(profile, block, scanner.scan_many(block, context))
            block = []
    _count(profile, block, scanner.scan_many(block, context))
    return profile


def _count(profile: ColumnProfile, texts: list[str], found: list[list[Finding]]) -> None:
    for text, findings in zip(texts, found):
        profile.values += 1
        for entity in {f.type for f in findings}:
            profile.counts[entity] += 1
        for f in findings:
            if f.type == "CN_ADDRESS":
                profile.address_granularity[granularity(text[f.start:f.end])] += 1
                break


def _dominant_granularity(profile: ColumnProfile) -> str:
    """The finest granularity held by at least a fifth of the addresses (house before street …)."""
    total = sum(profile.address_granularity.values())
    for level in _GRANULARITY_ORDER:
        if total and profile.address_granularity[level] / total >= 0.2:
            return level
    return "city"


def content_grade(entity: str, profile: ColumnProfile, rules: GradingRules) -> tuple[Grade, str]:
    """The grade that content of ``entity`` in this column implies, and why."""
    share = profile.shares().get(entity, 0.0)
    if entity == "CN_ADDRESS" and rules.address_granularity:
        level = _dominant_granularity(profile)
        grade = rules.address_granularity.get(level, rules.entity_grades[entity].grade)
        return grade, f"内容检测：{share:.0%} 的值含 CN_ADDRESS，精度到 {level}（{grade.value}）"
    rule = rules.entity_grades[entity]
    return rule.grade, f"内容检测：{share:.0%} 的值含 {entity}（{rule.reason}）"


def _found(profile: ColumnProfile, rules: GradingRules) -> list[str]:
    return [t for t, s in profile.shares().items() if s >= rules.content_min_share]


def detected_facts(profile: ColumnProfile, rules: GradingRules) -> tuple[FieldFacts, str | None, str | None]:
    """(facts, suggested entity type, suggested class) of a column known only by its content."""
    found = _found(profile, rules)
    if not found:
        facts = FieldFacts(profile.name, profile.label or profile.name, frozenset(), rules.no_entity.grade, rules.no_entity.reason)
        return facts, None, None
    graded = [(content_grade(t, profile, rules), t) for t in found]
    (grade, reason), _ = max(graded, key=lambda item: item[0][0].level)
    main = found[0]  # the type most values carry
    facts = FieldFacts(profile.name, profile.label or profile.name, frozenset(found), grade, reason)
    return facts, main, rules.entity_classes.get(main)


@dataclass(frozen=True)
class FieldCheck:
    facts: FieldFacts
    declared_grade: Grade
    declared_reason: str
    new_types: tuple[str, ...]  # detected, not declared (nor equivalent to the declared type)
    notes: tuple[str, ...]


def checked_facts(
    f: DatasetField,
    profile: ColumnProfile | None,
    rules: GradingRules,
    entities: Mapping[str, EntityType],
    personal: bool = True,
) -> FieldCheck:
    """A catalog field's grade from its declaration, raised by what its content holds.

    A declared grade stands for the declared type (the owner stated why, e.g. an address
    only to the township); content raises it only with types the field does not declare.
    An indirect identifier (entities.yaml ``identifies: indirect`` — an address, a plate)
    identifies a person only combined with other data, so in a dataset that holds no
    direct identifier of a person (``personal`` false) it is noted and does not raise.
    """
    grade, reason = field_grade(f, rules, entities)
    declared = frozenset({f.entity} if f.entity else ())
    if profile is None:
        return FieldCheck(FieldFacts(f.name, f.label, declared, grade, reason), grade, reason, (), ())
    found = _found(profile, rules)
    allowed = set(declared) | {e for d in declared for e in EQUIVALENT.get(d, ())}
    new = tuple(t for t in found if t not in allowed)
    notes: list[str] = []
    for d in declared:
        if profile.values and not (set(found) & ({d} | EQUIVALENT.get(d, frozenset()))):
            notes.append(f"声明为 {d}，但抽样的 {profile.values} 个值中未检出")
    if "CN_ADDRESS" in declared and profile.address_granularity and f.grade is not None:
        level = _dominant_granularity(profile)
        implied = rules.address_granularity.get(level)
        if implied is not None and implied.level > f.grade.level:
            notes.append(f"地址内容精度到 {level}（默认 {implied.value}），字段声明 {f.grade.value}：{f.grade_reason}")
    best_grade, best_reason = grade, reason
    for t in new:
        g, why = content_grade(t, profile, rules)
        if not personal and entities[t].identifies != "direct":
            notes.append(f"{why}；数据集不含个人直接标识，间接标识不单独升级")
            continue
        if g.level > best_grade.level:
            best_grade, best_reason = g, why
    counted = tuple(t for t in new if personal or entities[t].identifies == "direct")
    facts = FieldFacts(f.name, f.label, declared | frozenset(counted), best_grade, best_reason)
    return FieldCheck(facts, grade, reason, counted, tuple(notes))


def holds_person(found: Mapping[str, ColumnProfile], declared: Iterable[str | None], rules: GradingRules,
                 direct: frozenset[str]) -> bool:
    """Whether a dataset holds a direct identifier of a person, declared or found in content."""
    if any(d in direct for d in declared if d):
        return True
    return any(t in direct for p in found.values() for t in _found(p, rules))


def values_of(rows: Sequence[Mapping[str, Any]] | Sequence[Sequence[Any]], key: str | int) -> Iterable[Any]:
    for row in rows:
        yield row[key]  # type: ignore[index]
