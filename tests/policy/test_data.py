"""build_data and the rules file."""

from __future__ import annotations

from typing import Any

import pytest

from policy import BundleError, PolicyError, build_data
from policy.data import DEFAULT_RULES_PATH, load_entity_sensitivity, load_rules, validate_rules
from policy.decision import Operator
from tests.policy.conftest import ENTITIES, FIELD_GRADES, small_catalog


def test_document_shape() -> None:
    data = build_data(small_catalog(), FIELD_GRADES, entities=ENTITIES)
    gg = data["govgate"]
    assert set(gg) == {"catalog", "rules"}
    assert set(gg["catalog"]) == {"purposes", "departments", "datasets"}
    assert gg["catalog"]["departments"]["political-legal"] == {"purposes": ["social-governance"], "roles": ["incident-response"]}
    assert gg["catalog"]["purposes"]["social-insurance"] == {"name": "social-insurance"}
    population = gg["catalog"]["datasets"]["population"]
    assert population["owner"] == "big-data-center" and population["grade"] == "L4" and population["sharing"] == "restricted"
    assert population["fields"]["resident_id"] == {"grade": "L4", "entity": "CN_RESIDENT_ID", "sensitive": True}
    assert population["fields"]["sex"] == {"grade": "L2", "entity": None, "sensitive": False}
    assert gg["rules"]["operators"] == sorted(op.value for op in Operator)


def test_shipped_rules_are_valid_and_complete() -> None:
    rules = validate_rules(load_rules(DEFAULT_RULES_PATH))
    assert rules.mfa_grades == []  # department system credentials: no step-up by default
    assert rules.row_limits["L4"] < rules.row_limits["L1"]


def test_grade_falls_back_to_declared_then_dataset() -> None:
    data = build_data(small_catalog(), {}, entities=ENTITIES)  # no effective grades known
    fields = data["govgate"]["catalog"]["datasets"]["legal-person"]["fields"]
    assert {f["grade"] for f in fields.values()} == {"L3"}  # the dataset's grade


def test_callable_may_return_grade_with_reason() -> None:
    data = build_data(small_catalog(), lambda ds, f: ("L1", "why"), entities=ENTITIES)
    assert data["govgate"]["catalog"]["datasets"]["population"]["fields"]["resident_id"]["grade"] == "L1"


def test_invalid_grade_is_an_error() -> None:
    with pytest.raises(PolicyError, match="invalid grade"):
        build_data(small_catalog(), lambda ds, f: "L9", entities=ENTITIES)


def test_unknown_entity_type_is_an_error() -> None:
    with pytest.raises(PolicyError, match="unknown entity type"):
        build_data(small_catalog(), FIELD_GRADES, entities={"PERSON": False})


@pytest.mark.parametrize(
    "mutate",
    [
        lambda r: r["operators_by_grade"].pop("granted"),
        lambda r: r["operators_by_grade"]["owner"].pop("L4"),
        lambda r: r["operators_by_grade"]["owner"].update(L4="decrypt"),
        lambda r: r["row_limits"].update(L1=0),
        lambda r: r["row_limits"].pop("L2"),
        lambda r: r.update(mfa_grades=["L5"]),
        lambda r: r.update(unexpected=True),
    ],
)
def test_invalid_rules_are_refused(mutate: Any) -> None:
    rules = load_rules()
    mutate(rules)
    with pytest.raises(BundleError, match="invalid rules"):
        build_data(small_catalog(), FIELD_GRADES, rules=rules, entities=ENTITIES)


def test_entity_sensitivity_reader(tmp_path: Any) -> None:
    path = tmp_path / "entities.yaml"
    path.write_text("entities:\n  A: {sensitive: true}\n  B: {zh: x}\n", encoding="utf-8")
    assert load_entity_sensitivity(path) == {"A": True, "B": False}
    path.write_text("nothing: here\n", encoding="utf-8")
    with pytest.raises(PolicyError):
        load_entity_sensitivity(path)


def test_catalog_data_uses_classify_grading() -> None:
    from classify import field_grade, load_entities, load_grading_rules
    from policy.data import catalog_data

    catalog = small_catalog()
    data = catalog_data(catalog)
    types, grading = load_entities(), load_grading_rules()
    for ds_id, dataset in catalog.datasets.items():
        for field in dataset.fields:
            served = data["govgate"]["catalog"]["datasets"][ds_id]["fields"][field.name]
            assert served["grade"] == field_grade(field, grading, types)[0].value
            assert served["sensitive"] == bool(field.entity and types[field.entity].sensitive)
