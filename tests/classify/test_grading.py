"""Grading rules (rules/grading.yaml) against standards.md §1–§2, and field_grade."""

from __future__ import annotations

import pytest

from classify import ClassifyError, DatasetField, Grade, Opening, Sharing, field_grade, load_catalog, load_entities
from classify.grading import GRADING_RULES_PATH, default_sharing, load_grading_rules

# standards.md §1 default field grades by entity type
STANDARD_GRADES = {
    Grade.L4: ["CN_RESIDENT_ID", "BANK_CARD", "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_SOCIAL_SECURITY",
               "CN_MEDICAL_RECORD", "HEALTH_INFO", "FINANCIAL_INFO", "LOCATION_TRACE"],
    Grade.L3: ["PERSON", "CN_MOBILE", "EMAIL_ADDRESS", "CN_ADDRESS"],
    Grade.L2: ["CN_LANDLINE", "IP_ADDRESS", "CN_LICENSE_PLATE", "DATE_OF_BIRTH"],
    Grade.L1: ["CN_USCC", "ORGANIZATION"],
}


@pytest.fixture(scope="module")
def rules():
    return load_grading_rules()


@pytest.fixture(scope="module")
def entities():
    return load_entities()


def _field(**kw) -> DatasetField:
    return DatasetField.model_validate({"name": "x", "label": "字段", "type": "string", "class": "测试", **kw})


def test_the_rules_file_is_marked_configurable():
    assert "(configurable)" in GRADING_RULES_PATH.read_text(encoding="utf-8")


def test_every_entity_type_has_a_default_grade(rules, entities):
    assert set(rules.entity_grades) == set(entities)
    for name, rule in rules.entity_grades.items():
        assert rule.reason.strip(), name


@pytest.mark.parametrize(
    ("entity", "grade"), [(e, g) for g, names in STANDARD_GRADES.items() for e in names]
)
def test_entity_default_grade_follows_the_standard(rules, entities, entity, grade):
    got, reason = field_grade(_field(entity=entity), rules, entities)
    assert got is grade
    assert reason == rules.entity_grades[entity].reason


def test_declared_grade_wins(rules, entities):
    f = _field(entity="CN_ADDRESS", grade="L2", grade_reason="地址仅到县区")
    assert field_grade(f, rules, entities) == (Grade.L2, "地址仅到县区")


def test_no_entity_is_l1(rules, entities):
    assert field_grade(_field(), rules, entities) == (Grade.L1, "no personal or sensitive entity")


def test_unknown_entity_is_an_error(rules, entities):
    with pytest.raises(ClassifyError, match="CN_IDCARD"):
        field_grade(_field(entity="CN_IDCARD"), rules, entities)


@pytest.mark.parametrize(
    ("grade", "sharing", "opening"),
    [
        (Grade.L1, Sharing.UNCONDITIONAL, Opening.UNCONDITIONAL),
        (Grade.L2, Sharing.UNCONDITIONAL, Opening.RESTRICTED),
        (Grade.L3, Sharing.RESTRICTED, Opening.RESTRICTED),
        (Grade.L4, Sharing.RESTRICTED, Opening.PROHIBITED),
    ],
)
def test_default_sharing_by_grade(rules, grade, sharing, opening):
    assert default_sharing(grade, rules) == (sharing, opening)


def test_rules_missing_an_entity_type_are_refused(tmp_path, entities):
    text = GRADING_RULES_PATH.read_text(encoding="utf-8")
    broken = tmp_path / "grading.yaml"
    broken.write_text("\n".join(line for line in text.splitlines() if not line.strip().startswith("BANK_CARD:")), encoding="utf-8")
    with pytest.raises(ClassifyError, match="BANK_CARD"):
        load_grading_rules(broken, entities)


def test_catalog_overrides_of_the_default_state_a_reason(rules):
    for ds in load_catalog().datasets.values():
        if (ds.sharing, ds.opening) != default_sharing(ds.grade, rules):
            assert ds.sharing_reason.strip(), ds.id


def test_the_under_graded_dataset_is_detectable(rules, entities):
    # legal-person is declared L2, but its legal representative's name and mobile are L3:
    # exactly what the later grade check (就高从严) must report.
    catalog = load_catalog()
    effective = {
        ds_id: max((field_grade(f, rules, entities)[0] for f in ds.fields), key=lambda g: g.level)
        for ds_id, ds in catalog.datasets.items()
    }
    under = sorted(ds_id for ds_id, g in effective.items() if g.level > catalog.datasets[ds_id].grade.level)
    assert under == ["legal-person"]


def test_packaged_rules_are_the_default(rules, entities):
    f = _field(entity="CN_MOBILE")
    assert field_grade(f) == field_grade(f, rules, entities) == (Grade.L3, rules.entity_grades["CN_MOBILE"].reason)
