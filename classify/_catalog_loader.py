"""Reads ``catalog/`` into a ``Catalog``, or raises one ``CatalogError`` listing every
problem found, each with its file, line and column.

Layout of a catalog root::

    purposes.yaml          purposes: [ {id, name, description}, ... ]
    departments.yaml       departments: [ {id, name, kind, duties, purposes, roles}, ... ]
    datasets/<id>.yaml     one dataset per file; the file name is the dataset id

Checks, in order: YAML syntax and duplicate keys; the schema (pydantic; unknown keys
are errors); duplicate ids and names; references (owner department, purpose ids,
entity types); field names unique within a dataset; exactly one of rows_per_person /
rows_per_org / rows; a dataset whose sharing/opening differs from the grade default
states a ``sharing_reason``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from classify._yamlnodes import join_path, locate, parse
from classify.catalog import Catalog, Dataset, Department, Purpose
from classify.entities import EntityType, load_entities
from classify.errors import CatalogError
from classify.grading import GradingRules, default_sharing, load_grading_rules

DEPARTMENT_KINDS = ("party", "government", "judicial", "county", "enterprise", "utility", "telecom", "education", "central")
_ROW_KEYS = ("rows_per_person", "rows_per_org", "rows")


class _PurposesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    purposes: list[Purpose]


class _DepartmentsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    departments: list[Department]


class _Source:
    """One parsed file: where errors in it point to."""

    def __init__(self, path: Path, logical: str, errors: list[CatalogError]) -> None:
        self.path = path
        self.logical = logical  # path prefix, e.g. "datasets[population]"
        self.errors = errors
        self.data: Any = None
        self.node: yaml.Node | None = None
        try:
            self.data, self.node, dups = parse(path, logical)
            errors.extend(dups)
        except CatalogError as exc:
            errors.append(exc)

    @property
    def ok(self) -> bool:
        return self.node is not None

    def error(self, loc: tuple[str | int, ...], message: str, *, key: bool = False) -> None:
        line, col = locate(self.node, loc, key=key)
        self.errors.append(CatalogError(self.path, line, col, self.logical_path(loc), message))

    def logical_path(self, loc: tuple[str | int, ...]) -> str:
        # Name list items by their id where they have one (departments[public-security].kind);
        # items without an id keep their index (fields[3].entity).
        out = self.logical
        data = self.data
        for part in loc:
            if isinstance(part, int):
                item = data[part] if isinstance(data, list) and 0 <= part < len(data) else None
                item_id = item.get("id") if isinstance(item, dict) else None
                out += f"[{item_id}]" if isinstance(item_id, str) and item_id else f"[{part}]"
                data = item
            else:
                out = join_path(out, [part])
                data = data.get(part) if isinstance(data, dict) else None
        return out

    def validation_errors(self, exc: ValidationError) -> None:
        for err in exc.errors():
            loc = tuple(err["loc"])
            kind = err["type"]
            if kind == "extra_forbidden":
                self.error(loc, f"unknown key {loc[-1]!r}", key=True)
            elif kind == "missing":
                self.error(loc, "required key is missing")
            else:
                value = err.get("input")
                got = f" (got {value!r})" if isinstance(value, (str, int, float, bool)) or value is None else ""
                self.error(loc, f"{err['msg']}{got}")


def load(root: Path) -> Catalog:
    errors: list[CatalogError] = []
    entities = load_entities()
    rules = load_grading_rules()
    purposes = _load_purposes(root / "purposes.yaml", errors)
    departments = _load_departments(root / "departments.yaml", purposes, errors)
    datasets = _load_datasets(root / "datasets", purposes, departments, entities, rules, errors)
    if errors:
        raise CatalogError.collect(errors)
    return Catalog(purposes=purposes, departments=departments, datasets=datasets)


def _load_purposes(path: Path, errors: list[CatalogError]) -> dict[str, Purpose]:
    src = _Source(path, "", errors)
    if not src.ok:
        return {}
    try:
        items = _PurposesFile.model_validate(src.data).purposes
    except ValidationError as exc:
        src.validation_errors(exc)
        return {}
    out: dict[str, Purpose] = {}
    for i, p in enumerate(items):
        if p.id in out:
            src.error(("purposes", i, "id"), f"duplicate purpose id {p.id!r}")
        out[p.id] = p
    return out


def _load_departments(path: Path, purposes: Mapping[str, Purpose], errors: list[CatalogError]) -> dict[str, Department]:
    src = _Source(path, "", errors)
    if not src.ok:
        return {}
    try:
        items = _DepartmentsFile.model_validate(src.data).departments
    except ValidationError as exc:
        src.validation_errors(exc)
        return {}
    out: dict[str, Department] = {}
    names: set[str] = set()
    for i, d in enumerate(items):
        if d.id in out:
            src.error(("departments", i, "id"), f"duplicate department id {d.id!r}")
        if d.name in names:
            src.error(("departments", i, "name"), f"duplicate department name {d.name!r}")
        if d.kind not in DEPARTMENT_KINDS:
            src.error(("departments", i, "kind"), f"{d.kind!r} is not a department kind ({' | '.join(DEPARTMENT_KINDS)})")
        _check_purposes(src, ("departments", i, "purposes"), d.purposes, purposes)
        out[d.id] = d
        names.add(d.name)
    return out


def _check_purposes(src: _Source, loc: tuple[str | int, ...], ids: tuple[str, ...], purposes: Mapping[str, Purpose]) -> None:
    if not purposes:  # purposes.yaml itself failed; its errors are already reported
        return
    for j, pid in enumerate(ids):
        if pid not in purposes:
            src.error((*loc, j), f"{pid!r} is not a purpose id in purposes.yaml")


def _load_datasets(
    folder: Path,
    purposes: Mapping[str, Purpose],
    departments: Mapping[str, Department],
    entities: Mapping[str, EntityType],
    rules: GradingRules,
    errors: list[CatalogError],
) -> dict[str, Dataset]:
    if not folder.is_dir():
        errors.append(CatalogError(folder, None, None, "datasets", "dataset folder is missing"))
        return {}
    out: dict[str, Dataset] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix == ".yml":
            errors.append(CatalogError(path, None, None, "", "dataset files end in .yaml"))
            continue
        if path.suffix != ".yaml" or not path.is_file():
            continue
        ds = _load_dataset(path, purposes, departments, entities, rules, errors)
        if ds is None:
            continue
        if ds.id in out:  # only reachable together with the file-name error, but say it
            errors.append(CatalogError(path, None, None, f"datasets[{ds.id}].id", f"duplicate dataset id {ds.id!r}"))
        out[ds.id] = ds
    return out


def _load_dataset(
    path: Path,
    purposes: Mapping[str, Purpose],
    departments: Mapping[str, Department],
    entities: Mapping[str, EntityType],
    rules: GradingRules,
    errors: list[CatalogError],
) -> Dataset | None:
    src = _Source(path, f"datasets[{path.stem}]", errors)
    if not src.ok:
        return None
    if not isinstance(src.data, dict):
        src.error((), "a dataset file holds one mapping")
        return None
    try:
        ds = Dataset.model_validate(src.data)
    except ValidationError as exc:
        src.validation_errors(exc)
        return None
    if ds.id != path.stem:
        src.error(("id",), f"dataset id {ds.id!r} must equal its file name {path.stem!r}")
    if departments and ds.owner not in departments:
        src.error(("owner",), f"{ds.owner!r} is not a department id in departments.yaml")
    _check_purposes(src, ("purposes",), ds.purposes, purposes)
    seen: set[str] = set()
    for i, f in enumerate(ds.fields):
        if f.name in seen:
            src.error(("fields", i, "name"), f"duplicate field name {f.name!r}")
        seen.add(f.name)
        if f.entity is not None and f.entity not in entities:
            src.error(("fields", i, "entity"), f"{f.entity!r} is not an entity type in entities.yaml")
        if f.grade is not None and not f.grade_reason.strip():
            src.error(("fields", i, "grade"), "a declared field grade needs a grade_reason")
    set_keys = [k for k in _ROW_KEYS if getattr(ds, k) is not None]
    if len(set_keys) != 1:
        at = (set_keys[1],) if len(set_keys) > 1 else ()
        src.error(at, f"exactly one of {', '.join(_ROW_KEYS)} must be set (found {len(set_keys)})", key=True)
    for k in set_keys:
        if getattr(ds, k) <= 0:
            src.error((k,), f"{k} must be positive")
    sharing, opening = default_sharing(ds.grade, rules)
    if (ds.sharing, ds.opening) != (sharing, opening) and not ds.sharing_reason.strip():
        at = "sharing" if ds.sharing != sharing else "opening"
        src.error(
            (at,),
            f"{ds.sharing.value}/{ds.opening.value} differs from the {ds.grade.value} default "
            f"{sharing.value}/{opening.value}: a sharing_reason is required",
        )
    return ds
