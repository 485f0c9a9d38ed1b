"""Dataset grades with reasons: 就高从严, the aggregation rules of standards.md §1, and the
content rules (address granularity, indirect identifiers outside personal datasets)."""

from __future__ import annotations

from collections import Counter

import pytest

from classify import DatasetField, Grade, load_catalog, load_entities
from classify.aggregation import FieldFacts, catalog_facts, grade_dataset, rules_applied
from classify.columns import ColumnProfile, checked_facts, detected_facts
from classify.grading import load_grading_rules
from classify.recognizers.address import granularity


@pytest.fixture(scope="module")
def rules():
    return load_grading_rules()


@pytest.fixture(scope="module")
def entities():
    return load_entities()


def facts(name: str, grade: str, *types: str, label: str | None = None) -> FieldFacts:
    return FieldFacts(name, label or name, frozenset(types), Grade(grade), f"reason of {name}")


def test_highest_field_wins_and_is_named(rules, entities) -> None:
    g = grade_dataset([facts("a", "L1"), facts("name", "L3", "PERSON"), facts("mobile", "L3", "CN_MOBILE")], rules, entities)
    assert g.grade is Grade.L3
    assert g.responsible == ("name", "mobile")
    assert g.reasons[0].rule == "field.max" and "name" in g.reasons[0].text


def test_direct_identifier_with_sensitive_information_is_l4(rules, entities) -> None:
    g = grade_dataset([facts("name", "L3", "PERSON"), facts("dx", "L3", "HEALTH_INFO")], rules, entities)
    assert g.grade is Grade.L4
    rule = next(r for r in g.reasons if r.rule == "aggregation.direct_with_sensitive")
    assert rule.fields == ("name", "dx") and rule.text == rules.aggregation.direct_with_sensitive.reason


def test_sensitive_information_without_a_person_is_not_raised(rules, entities) -> None:
    g = grade_dataset([facts("dx", "L2", "HEALTH_INFO"), facts("org", "L1", "ORGANIZATION")], rules, entities)
    assert all(r.rule != "aggregation.direct_with_sensitive" for r in g.reasons)


def test_three_kinds_of_quasi_identifiers_make_l3(rules, entities) -> None:
    three = [facts("birth", "L2", "DATE_OF_BIRTH"), facts("town", "L2", "CN_ADDRESS"), facts("sex", "L2", label="性别")]
    g = grade_dataset(three, rules, entities)
    assert g.grade is Grade.L3
    assert next(r for r in g.reasons if r.rule == "aggregation.quasi_identifiers").fields == ("birth", "town", "sex")


def test_several_columns_of_one_kind_count_once(rules, entities) -> None:
    addresses = [facts("district", "L2", "CN_ADDRESS"), facts("town", "L2", "CN_ADDRESS"), facts("addr", "L2", "CN_ADDRESS")]
    assert grade_dataset(addresses, rules, entities).grade is Grade.L2


def test_volume_raises_personal_datasets_only_when_the_count_is_known(rules, entities) -> None:
    threshold = rules.aggregation.volume.threshold_records
    personal = [facts("name", "L3", "PERSON")]
    assert grade_dataset(personal, rules, entities, records=threshold).grade is Grade.L4
    assert grade_dataset(personal, rules, entities, records=threshold - 1).grade is Grade.L3
    unknown = grade_dataset(personal, rules, entities, records=None)
    assert unknown.grade is Grade.L3 and unknown.not_evaluated == ("aggregation.volume",)
    stats = [facts("value", "L1")]
    assert grade_dataset(stats, rules, entities, records=threshold * 10).grade is Grade.L1


def test_no_personal_field_means_no_responsible_field(rules, entities) -> None:
    g = grade_dataset([facts("period", "L1"), facts("value", "L1")], rules, entities)
    assert g.grade is Grade.L1 and g.responsible == ()


def test_catalog_grades_only_legal_person_under_graded(rules, entities) -> None:
    catalog = load_catalog()
    under = [ds.id for ds in catalog.datasets.values()
             if grade_dataset(catalog_facts(ds, rules, entities), rules, entities).grade.level > ds.grade.level]
    assert under == ["legal-person"]


def test_every_rule_in_force_is_listed_for_reports(rules) -> None:
    ids = [r for r, _ in rules_applied(rules)]
    for rule in ("field.max", "aggregation.direct_with_sensitive", "aggregation.quasi_identifiers", "aggregation.volume",
                 "content.address_granularity"):
        assert rule in ids
    assert len([r for r in ids if r.startswith("entity.")]) == len(rules.entity_grades)


def _profile(name: str, counts: dict[str, int], values: int, granularity: dict[str, int] | None = None) -> ColumnProfile:
    return ColumnProfile(name, name, values, Counter(counts), Counter(granularity or {}))


def test_detected_address_grade_follows_its_granularity(rules) -> None:
    house = detected_facts(_profile("addr", {"CN_ADDRESS": 10}, 10, {"house": 9, "town": 1}), rules)[0]
    town = detected_facts(_profile("town", {"CN_ADDRESS": 10}, 10, {"town": 10}), rules)[0]
    assert (house.grade, town.grade) == (Grade.L3, Grade.L2)
    assert "house" in house.reason and "town" in town.reason


def test_rare_matches_below_the_minimum_share_are_noise(rules) -> None:
    facts_, entity, _ = detected_facts(_profile("note", {"PERSON": 1}, 100), rules)
    assert entity is None and facts_.grade is Grade.L1


def test_content_raises_a_field_with_undeclared_types(rules, entities) -> None:
    field = DatasetField.model_validate({"name": "description", "label": "事件描述", "type": "string", "class": "x"})
    check = checked_facts(field, _profile("description", {"CN_MOBILE": 80}, 100), rules, entities)
    assert check.facts.grade is Grade.L3 and check.new_types == ("CN_MOBILE",)
    assert "80%" in check.facts.reason


def test_declared_grade_stands_for_the_declared_type(rules, entities) -> None:
    field = DatasetField.model_validate({"name": "location", "label": "发生地点", "type": "string", "class": "x",
                                         "entity": "CN_ADDRESS", "grade": "L2", "grade_reason": "案件发生地点，不是个人住址"})
    check = checked_facts(field, _profile("location", {"CN_ADDRESS": 10}, 10, {"house": 10}), rules, entities)
    assert check.facts.grade is Grade.L2 and check.new_types == ()
    assert any("house" in n for n in check.notes)  # the assessor still sees it


def test_indirect_identifiers_do_not_raise_non_personal_datasets(rules, entities) -> None:
    field = DatasetField.model_validate({"name": "project", "label": "项目名称", "type": "string", "class": "x"})
    profile = _profile("project", {"CN_ADDRESS": 10}, 10, {"street": 10})
    assert checked_facts(field, profile, rules, entities, personal=False).facts.grade is Grade.L1
    assert checked_facts(field, profile, rules, entities, personal=True).facts.grade is Grade.L2


def test_equivalent_types_are_not_discrepancies(rules, entities) -> None:
    field = DatasetField.model_validate({"name": "ssn", "label": "社会保障号码", "type": "string", "class": "x",
                                         "entity": "CN_SOCIAL_SECURITY"})
    check = checked_facts(field, _profile("ssn", {"CN_RESIDENT_ID": 10}, 10), rules, entities)
    assert check.new_types == () and check.notes == ()


@pytest.mark.parametrize(("address", "level"), [
    ("湖州市吴兴区飞英街道", "town"),  # 街道 is a township, not a street (街)
    ("湖州市吴兴区飞英街道红旗路", "street"),
    ("湖州市吴兴区飞英街道红旗路123号", "house"),
    ("上海市黄浦区南京东路299弄", "house"),  # a lane's number locates a few buildings
    ("宁夏银川市兴庆区丽景湖畔小区12-2-501", "house"),  # unit-floor-room without 号 or 室
    ("新疆生产建设兵团第八师石河子市143团12连", "house"),  # a company, like a village's group
    ("湖州市南浔区练市镇荃步村", "street"),
    ("湖州市吴兴区", "district"),
])
def test_address_granularity_reads_as_detection_does(address: str, level: str) -> None:
    assert granularity(address) == level
