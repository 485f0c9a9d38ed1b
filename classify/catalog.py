"""The public-data catalog: departments, purposes, datasets and their fields.

The catalog is reviewable YAML under ``classify/catalog/``; these models are what a
loaded catalog is. Holding a ``Catalog`` means it is well formed: every reference
(owner department, purpose, entity type) resolves.
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Grade(StrEnum):
    """DB33/T 2351-2021 grades; the number is also the GB/T 43697 一般数据 level."""

    L1 = "L1"  # 不敏感
    L2 = "L2"  # 低敏感
    L3 = "L3"  # 较敏感
    L4 = "L4"  # 敏感

    @property
    def level(self) -> int:
        return int(self.value[1])

    @property
    def zh(self) -> str:
        return {"L1": "不敏感", "L2": "低敏感", "L3": "较敏感", "L4": "敏感"}[self.value]


class Sharing(StrEnum):
    """共享属性 (浙江省公共数据条例)."""

    UNCONDITIONAL = "unconditional"  # 无条件共享
    RESTRICTED = "restricted"  # 受限共享
    NOT_SHARED = "not_shared"  # 不予共享

    @property
    def zh(self) -> str:
        return {"unconditional": "无条件共享", "restricted": "受限共享", "not_shared": "不予共享"}[self.value]


class Opening(StrEnum):
    """开放属性."""

    UNCONDITIONAL = "unconditional"  # 无条件开放
    RESTRICTED = "restricted"  # 受限开放
    PROHIBITED = "prohibited"  # 禁止开放

    @property
    def zh(self) -> str:
        return {"unconditional": "无条件开放", "restricted": "受限开放", "prohibited": "禁止开放"}[self.value]


class FieldType(StrEnum):
    STRING = "string"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "datetime"
    BOOLEAN = "boolean"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Purpose(_Model):
    """A registered purpose of use (用途), tied to a statutory duty (PIPL arts. 34-37)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    name: str  # Chinese name
    description: str = ""


class Department(_Model):
    """A member unit of the 湖州市大数据发展领导小组 (seed, 附件2)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    name: str  # Chinese name, Simplified
    kind: str  # party | government | judicial | county | enterprise | utility | telecom | education | central
    duties: str = ""  # the duty text from the seed, Simplified
    purposes: tuple[str, ...] = ()  # Purpose ids
    roles: tuple[str, ...] = ()  # e.g. "incident-response" (may use break-glass)


class DatasetField(_Model):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str  # Chinese label
    type: FieldType
    data_class: str = Field(alias="class")  # 数据分类 label, e.g. 个人基本信息
    entity: str | None = None  # a name from entities.yaml, or None
    grade: Grade | None = None  # declared field grade; None → derived from entity defaults
    grade_reason: str = ""
    synth: dict[str, Any] | None = None  # synthetic-data hint for the demo generator

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Dataset(_Model):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    name: str  # Chinese name
    owner: str  # Department id (the lead unit the seed names)
    description: str = ""
    subject: str  # 数据对象: 人口 | 法人 | 空间地理 | 宏观经济 | …
    grade: Grade  # declared dataset grade
    grade_reason: str = ""
    sharing: Sharing
    opening: Opening
    sharing_reason: str = ""  # required when sharing/opening differ from the grade default
    purposes: tuple[str, ...] = ()  # purposes this dataset serves (for the catalog view)
    # demo generator: how many rows to synthesise — per synthetic person, per synthetic
    # organisation, or a fixed count (exactly one of the three is set)
    rows_per_person: float | None = None
    rows_per_org: float | None = None
    rows: int | None = None
    # demo generator hints for the dataset as a whole: {min_age, max_age} restrict which
    # persons get rows_per_person rows; {org_industry} picks the row's organisation from
    # one 行业门类 (see gateway/demo/synth.py)
    synth: dict[str, Any] | None = None
    fields: tuple[DatasetField, ...]

    def field(self, name: str) -> DatasetField | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


class Catalog(_Model):
    purposes: dict[str, Purpose]
    departments: dict[str, Department]
    datasets: dict[str, Dataset]


# The default catalog ships with the package, next to this module.
CATALOG_ROOT = Path(__file__).with_name("catalog")


def load_catalog(root: Path | None = None) -> Catalog:
    """Load and validate the catalog under ``root`` (default: the packaged ``catalog/``).

    Raises ``CatalogError`` naming file, line, column and path of every problem found.
    The packaged catalog is loaded once per process (models are frozen, so sharing is
    safe); an explicit ``root`` is always read afresh.
    """
    if root is None:
        return _load_default_catalog()
    return _load(Path(root))


@lru_cache(maxsize=1)
def _load_default_catalog() -> Catalog:
    return _load(CATALOG_ROOT)


def _load(root: Path) -> Catalog:
    # Imported here: the loader needs the models above, and grading imports them too.
    from classify._catalog_loader import load

    return load(root)
