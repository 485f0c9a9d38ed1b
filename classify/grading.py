"""Field grades and the grade → (sharing, opening) default, from ``rules/grading.yaml``.

``field_grade`` and ``default_sharing`` are pure: they take the loaded rules as an
argument. ``load_grading_rules`` is the only function that reads a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from classify.catalog import DatasetField, Grade, Opening, Sharing
from classify.entities import EntityType, load_entities
from classify.errors import CatalogError, ClassifyError

__all__ = [
    "GRADING_RULES_PATH",
    "GradeRule",
    "SharingRule",
    "GradingRules",
    "AggregationRules",
    "load_grading_rules",
    "field_grade",
    "default_sharing",
]

GRADING_RULES_PATH = Path(__file__).parent / "rules" / "grading.yaml"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GradeRule(_Frozen):
    grade: Grade
    reason: str


class SharingRule(_Frozen):
    sharing: Sharing
    opening: Opening


class DirectWithSensitiveRule(_Frozen):
    grade: Grade = Grade.L4
    reason: str


class VolumeRule(_Frozen):
    threshold_records: int = Field(gt=0)
    raise_by: int = Field(default=1, ge=1, le=3)
    reason: str


class QuasiIdentifierRule(_Frozen):
    min_distinct: int = Field(ge=2)
    max_member_grade: Grade = Grade.L2
    grade: Grade = Grade.L3
    entities: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    reason: str


class AggregationRules(_Frozen):
    direct_with_sensitive: DirectWithSensitiveRule | None = None
    volume: VolumeRule | None = None
    quasi_identifiers: QuasiIdentifierRule | None = None


class GradingRules(_Frozen):
    entity_grades: dict[str, GradeRule]
    no_entity: GradeRule
    sharing_defaults: dict[Grade, SharingRule]
    aggregation: AggregationRules = AggregationRules()
    address_granularity: dict[str, Grade] = {}
    content_min_share: float = Field(default=0.05, gt=0, le=1)
    entity_classes: dict[str, str] = {}


def load_grading_rules(
    path: Path | None = None, entities: Mapping[str, EntityType] | None = None
) -> GradingRules:
    """Load and check the rules: every entity type has a grade, every grade a default."""
    if path is None and entities is None:
        return _load_default()
    return _load(path or GRADING_RULES_PATH, entities if entities is not None else load_entities())


@lru_cache(maxsize=1)
def _load_default() -> GradingRules:
    return _load(GRADING_RULES_PATH, load_entities())


def _load(path: Path, entities: Mapping[str, EntityType]) -> GradingRules:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        rules = GradingRules.model_validate(doc)
    except OSError as exc:
        raise CatalogError(path, None, None, "", f"cannot read grading rules: {exc}") from exc
    except (yaml.YAMLError, ValidationError) as exc:
        raise CatalogError(path, None, None, "", f"invalid grading rules: {exc}") from exc
    unknown = sorted(set(rules.entity_grades) - set(entities))
    if unknown:
        raise CatalogError(path, None, None, "entity_grades", f"not entity types in entities.yaml: {', '.join(unknown)}")
    missing = sorted(set(entities) - set(rules.entity_grades))
    if missing:
        raise CatalogError(path, None, None, "entity_grades", f"no default grade for: {', '.join(missing)}")
    qi = rules.aggregation.quasi_identifiers
    unknown_qi = sorted(set(qi.entities) - set(entities)) if qi else []
    unknown_cls = sorted(set(rules.entity_classes) - set(entities))
    if unknown_qi or unknown_cls:
        raise CatalogError(path, None, None, "aggregation" if unknown_qi else "entity_classes",
                           f"not entity types in entities.yaml: {', '.join(unknown_qi or unknown_cls)}")
    missing_grades = [g.value for g in Grade if g not in rules.sharing_defaults]
    if missing_grades:
        raise CatalogError(path, None, None, "sharing_defaults", f"no default for grade(s): {', '.join(missing_grades)}")
    return rules


def field_grade(
    field: DatasetField,
    rules: GradingRules | None = None,
    entities: Mapping[str, EntityType] | None = None,
) -> tuple[Grade, str]:
    """The effective grade of one field and why.

    A declared grade wins (its ``grade_reason``, or "declared"); else the entity type's
    default; else the ``no_entity`` rule ("no personal or sensitive entity").
    Pure when ``rules`` and ``entities`` are given; ``None`` means the packaged files
    (read once and cached).
    """
    if rules is None:
        rules = load_grading_rules()
    if entities is None:
        entities = load_entities()
    if field.grade is not None:
        return field.grade, field.grade_reason or "declared"
    if field.entity is None:
        return rules.no_entity.grade, rules.no_entity.reason
    if field.entity not in entities:
        raise ClassifyError(f"field {field.name!r}: {field.entity!r} is not an entity type in entities.yaml")
    rule = rules.entity_grades.get(field.entity)
    if rule is None:
        raise ClassifyError(f"field {field.name!r}: no default grade for entity type {field.entity!r}")
    return rule.grade, rule.reason


def default_sharing(grade: Grade, rules: GradingRules) -> tuple[Sharing, Opening]:
    """The (共享属性, 开放属性) a dataset of ``grade`` gets unless it states otherwise."""
    rule = rules.sharing_defaults[Grade(grade)]
    return rule.sharing, rule.opening
