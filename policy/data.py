"""The data document the Rego policy reads, built from the catalog and the rules file.

Shape (``data`` as seen by Rego)::

    govgate:
      catalog:
        purposes:    {<purpose id>: {name}}
        departments: {<department id>: {purposes: [<purpose id>…], roles: [<role>…]}}
        datasets:    {<dataset id>: {owner: <department id>, grade: "L1".."L4",
                                     sharing: "unconditional"|"restricted"|"not_shared",
                                     fields: {<field name>: {grade: "L1".."L4",
                                                             entity: <entity type>|null,
                                                             sensitive: bool}}}}
      grants:         # approved applications in force, from the state database (``grants_document``)
        <grant id>: {id, department, dataset, purpose, fields: [<field name>…],
                     not_after: "<RFC 3339>", operators: {<field>: <operator>}}
      rules:          # policy/rego/govgate/rules/data.yaml, validated by ``Rules``
        operators_by_grade: {unconditional|granted|owner|break_glass: {L1..L4: <operator>}}
        row_limits:         {L1..L4: int > 0}
        export_limits:      {L1..L4: int > 0}        # rows per department × dataset × day
        mfa_grades:         [grade…]
        mfa_bulk_rows:      {grade: int > 0}         # more rows than this → step-up
        watermark_grades:   [grade…]
        watermark_sensitive: bool
        break_glass:        {roles: [role…], purposes: [purpose id…],
                             min_justification_chars: int > 0, require_mfa: bool}
        operators:          [every Operator value]   # added here: the host's vocabulary
        tokenizable_entities: [entity type…]         # added here: types the host can tokenize
                                                     #   (classify/rules/masking.yaml `tokenize`)
      meta:
        revision: "sha256:…"  # added by the engine that loads the data (policy.engine)

Only what the policy decides on is copied: names, descriptions and demo hints stay in
the catalog, so editing a label does not move the policy revision.

Grants live here, not in the input: a request only names the grant it relies on
(``input.grant = "<grant id>"``) and the policy reads the grant itself from data, so no
caller can hand the policy a grant of its own making. Approving or revoking an application
changes the data and therefore the revision (``engine.set_grants``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, PositiveInt, ValidationError, field_validator

from classify.catalog import Catalog, Dataset, DatasetField, Grade
from policy.bundle import DEFAULT_BUNDLE_DIR
from policy.decision import Operator
from policy.errors import BundleError, PolicyError
from policy.grants import grants_document

DEFAULT_RULES_PATH = DEFAULT_BUNDLE_DIR / "govgate" / "rules" / "data.yaml"

GRADES = tuple(g.value for g in Grade)

# The effective grade of one field: either precomputed, keyed by (dataset id, field
# name), or computed on demand, e.g.
#   lambda ds, f: classify.field_grade(f, grading_rules, entity_types)
# (a (grade, reason) tuple is accepted as well as a bare grade).
FieldGrades = Mapping[tuple[str, str], "Grade | str"] | Callable[[Dataset, DatasetField], "Grade | str"]

Basis = Literal["unconditional", "granted", "owner", "break_glass"]
BASES: tuple[str, ...] = ("unconditional", "granted", "owner", "break_glass")


class BreakGlass(BaseModel):
    """Emergency access (rules/data.yaml ``break_glass``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    roles: list[str]
    purposes: list[str]
    min_justification_chars: PositiveInt
    require_mfa: bool = True


class Rules(BaseModel):
    """The configurable rules (schema of rules/data.yaml). Every grade must be covered."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    operators_by_grade: dict[Basis, dict[Grade, Operator]]
    row_limits: dict[Grade, PositiveInt]
    export_limits: dict[Grade, PositiveInt]
    mfa_grades: list[Grade] = []
    mfa_bulk_rows: dict[Grade, PositiveInt] = {}
    watermark_grades: list[Grade] = []
    watermark_sensitive: bool = True
    break_glass: BreakGlass

    @field_validator("operators_by_grade")
    @classmethod
    def _every_basis_and_grade(cls, value: dict[str, dict[Grade, Operator]]) -> dict[str, dict[Grade, Operator]]:
        for basis in BASES:
            table = value.get(basis)  # type: ignore[call-overload]
            if table is None:
                raise ValueError(f"operators_by_grade.{basis} is missing")
            missing = [g.value for g in Grade if g not in table]
            if missing:
                raise ValueError(f"operators_by_grade.{basis} misses grades {missing}")
        return value

    @field_validator("row_limits", "export_limits")
    @classmethod
    def _every_grade(cls, value: dict[Grade, int]) -> dict[Grade, int]:
        missing = [g.value for g in Grade if g not in value]
        if missing:
            raise ValueError(f"misses grades {missing}")
        return value

    def document(self) -> dict[str, Any]:
        """The JSON form served as data.govgate.rules."""
        doc = self.model_dump(mode="json")
        doc["operators"] = sorted(op.value for op in Operator)
        from classify.masking import token_formats  # noqa: PLC0415 - masking loads Presidio; only needed here

        doc["tokenizable_entities"] = sorted(token_formats())
        return doc


def load_rules(path: Path = DEFAULT_RULES_PATH) -> dict[str, Any]:
    """Read and validate the rules file; return its raw mapping."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise BundleError(
            f"cannot parse rules: {exc.problem or exc}",
            file=str(path),
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from exc
    except (OSError, yaml.YAMLError) as exc:
        raise BundleError(f"cannot read rules: {exc}", file=str(path)) from exc
    validate_rules(raw, source=str(path), text=Path(path).read_text(encoding="utf-8"))
    return raw


def validate_rules(raw: Any, *, source: str = "rules", text: str | None = None) -> Rules:
    """The rules as a model, or BundleError naming the source (and, given its text, the
    line of the top-level key the first error is under)."""
    try:
        return Rules.model_validate(raw)
    except ValidationError as exc:
        line = None
        errors = exc.errors()
        if text is not None and errors and errors[0]["loc"]:
            match = re.search(rf"^{re.escape(str(errors[0]['loc'][0]))}\s*:", text, re.MULTILINE)
            line = text.count("\n", 0, match.start()) + 1 if match else None
        raise BundleError(f"invalid rules: {exc}", file=source, line=line) from exc


def load_entity_sensitivity(path: Path) -> dict[str, bool]:
    """``{entity type: sensitive}`` from an entities.yaml (format of classify/entities.yaml)."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        return {name: bool(spec.get("sensitive", False)) for name, spec in raw["entities"].items()}
    except (OSError, yaml.YAMLError, KeyError, AttributeError, TypeError) as exc:
        raise PolicyError(f"cannot read entity types from {path}: {exc}") from exc


def _default_entities() -> dict[str, bool]:
    import classify  # noqa: PLC0415 — only when the caller did not wire entities

    path = Path(classify.__file__).resolve().parent / "entities.yaml"
    if not path.exists():
        raise PolicyError(f"{path} not found; pass entities= (sensitive flag by entity type) to build_data")
    return load_entity_sensitivity(path)


def build_data(
    catalog: Catalog,
    field_grades: FieldGrades | None = None,
    rules: Mapping[str, Any] | None = None,
    entities: Mapping[str, bool] | None = None,
    grants: Iterable[Mapping[str, Any]] | Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """Build the data document (see module docstring) for the Rego policy.

    ``field_grades`` gives each field's effective grade; where it has no answer, the
    field's declared grade is used, and failing that the dataset's grade (a dataset's
    grade is the highest of its parts, so this errs on the strict side).
    ``rules`` defaults to policy/rego/govgate/rules/data.yaml. ``entities`` maps entity
    type → sensitive (PIPL art. 28); by default it is read from classify/entities.yaml.
    ``grants`` are the approved applications in force (``grants_document``); without
    them the document has no ``grants`` member and an engine loading it keeps the grants
    it already holds (a bundle reload does not forget approvals).
    Raises ``PolicyError`` when a grade, entity type or grant cannot be resolved.
    """
    rules_model = validate_rules(dict(rules) if rules is not None else load_rules())
    sensitivity = dict(entities) if entities is not None else _default_entities()

    datasets: dict[str, Any] = {}
    for ds_id, dataset in sorted(catalog.datasets.items()):
        fields: dict[str, Any] = {}
        for field in dataset.fields:
            if field.entity is not None and field.entity not in sensitivity:
                raise PolicyError(f"{ds_id}.{field.name}: unknown entity type {field.entity!r}")
            fields[field.name] = {
                "grade": _grade_of(dataset, field, field_grades),
                "entity": field.entity,
                "sensitive": bool(field.entity is not None and sensitivity[field.entity]),
            }
        datasets[ds_id] = {
            "owner": dataset.owner,
            "grade": Grade(dataset.grade).value,
            "sharing": dataset.sharing.value,
            "fields": fields,
        }

    document: dict[str, Any] = {
        "govgate": {
            "catalog": {
                "purposes": {pid: {"name": p.name} for pid, p in sorted(catalog.purposes.items())},
                "departments": {
                    did: {"purposes": list(d.purposes), "roles": list(d.roles)}
                    for did, d in sorted(catalog.departments.items())
                },
                "datasets": datasets,
            },
            "rules": rules_model.document(),
        }
    }
    if grants is not None:
        document["govgate"]["grants"] = grants_document(grants)
    return document


def _grade_of(dataset: Dataset, field: DatasetField, field_grades: FieldGrades | None) -> str:
    grade: Any = None
    if callable(field_grades):
        grade = field_grades(dataset, field)
    elif field_grades is not None:
        grade = field_grades.get((dataset.id, field.name))
    if isinstance(grade, tuple):  # classify.grading.field_grade returns (grade, reason)
        grade = grade[0]
    if grade is None:
        grade = field.grade if field.grade is not None else dataset.grade
    try:
        return Grade(grade).value
    except ValueError as exc:
        raise PolicyError(f"{dataset.id}.{field.name}: invalid grade {grade!r}") from exc


def catalog_data(
    catalog: Catalog, rules: Mapping[str, Any] | None = None, *, bundle_dir: Path | None = None,
    grants: Iterable[Mapping[str, Any]] | Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """The data document for ``catalog`` with classify's packaged grading and entity types.

    Field grades come from ``classify.field_grade`` (declared grade, else the entity
    type's default, else the no-entity rule); sensitivity from ``classify.load_entities``.
    Rules: ``rules`` if given, else the rules file of ``bundle_dir`` (default: the
    packaged bundle) — so a reload of another bundle directory reads its own rules.
    """
    import classify  # noqa: PLC0415 — classify's grading is needed only here

    types = classify.load_entities()
    grading = classify.load_grading_rules()
    if rules is None and bundle_dir is not None:
        rules = load_rules(rules_path(bundle_dir))

    def grade(_dataset: Dataset, field: DatasetField) -> Any:
        return classify.field_grade(field, grading, types)

    return build_data(catalog, grade, rules=rules, entities={name: t.sensitive for name, t in types.items()},
                      grants=grants)


def rules_path(bundle_dir: Path) -> Path:
    """Where a bundle keeps its rules (data.govgate.rules)."""
    return Path(bundle_dir) / "govgate" / "rules" / "data.yaml"
