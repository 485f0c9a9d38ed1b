"""Fixtures for the policy tests: a small catalog built from the models, never the real one.

Ids follow the packaged catalog (so policy/rego/testdata/example_input.json is allowed
here too); grades are given explicitly by a precomputed field_grades mapping.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from classify.catalog import Catalog, Dataset, DatasetField, Department, Purpose
from policy import DEFAULT_BUNDLE_DIR, EmbeddedEngine, build_data

# sensitive flag by entity type (PIPL art. 28), as classify/entities.yaml has it
ENTITIES: dict[str, bool] = {
    "CN_RESIDENT_ID": True,
    "PERSON": False,
    "CN_MOBILE": False,
    "DATE_OF_BIRTH": False,
    "CN_USCC": False,
    "ORGANIZATION": False,
    "HEALTH_INFO": True,
}

NOW = "2025-06-01T08:00:00Z"


def _field(name: str, entity: str | None = None) -> DatasetField:
    return DatasetField(name=name, label=name, type="string", data_class="测试", entity=entity)


def _dataset(ds_id: str, owner: str, grade: str, sharing: str, fields: list[DatasetField]) -> Dataset:
    return Dataset(
        id=ds_id,
        name=ds_id,
        owner=owner,
        subject="人口",
        grade=grade,
        sharing=sharing,
        opening="prohibited",
        rows=10,
        fields=tuple(fields),
    )


def small_catalog() -> Catalog:
    purposes = {
        p: Purpose(id=p, name=p)
        for p in ("social-insurance", "data-governance", "health-services", "market-supervision", "social-governance")
    }
    departments = {
        "hr-social-security": Department(id="hr-social-security", name="市人力社保局", kind="government", purposes=("social-insurance",)),
        "big-data-center": Department(id="big-data-center", name="市大数据管理中心", kind="government", purposes=("data-governance",)),
        "health-commission": Department(id="health-commission", name="市卫生健康委", kind="government", purposes=("health-services",)),
        "market-supervision": Department(id="market-supervision", name="市市场监管局", kind="government", purposes=("market-supervision",)),
        "political-legal": Department(id="political-legal", name="市委政法委", kind="party", purposes=("social-governance",), roles=("incident-response",)),
    }
    datasets = {
        "population": _dataset("population", "big-data-center", "L4", "restricted", [
            _field("resident_id", "CN_RESIDENT_ID"), _field("name", "PERSON"),
            _field("birth_date", "DATE_OF_BIRTH"), _field("mobile", "CN_MOBILE"), _field("sex"),
        ]),
        "legal-person": _dataset("legal-person", "market-supervision", "L3", "unconditional", [
            _field("uscc", "CN_USCC"), _field("org_name", "ORGANIZATION"),
            _field("legal_rep_name", "PERSON"), _field("legal_rep_mobile", "CN_MOBILE"), _field("registered_capital"),
        ]),
        "petition-reports": _dataset("petition-reports", "political-legal", "L4", "not_shared", [
            _field("case_no"), _field("informant_resident_id", "CN_RESIDENT_ID"),
        ]),
        "health-records": _dataset("health-records", "health-commission", "L4", "restricted", [
            _field("resident_id", "CN_RESIDENT_ID"), _field("diagnosis", "HEALTH_INFO"),
        ]),
    }
    return Catalog(purposes=purposes, departments=departments, datasets=datasets)


FIELD_GRADES: dict[tuple[str, str], str] = {
    ("population", "resident_id"): "L4",
    ("population", "name"): "L3",
    ("population", "birth_date"): "L2",
    ("population", "mobile"): "L3",
    ("population", "sex"): "L2",
    ("legal-person", "uscc"): "L1",
    ("legal-person", "org_name"): "L1",
    ("legal-person", "legal_rep_name"): "L3",
    ("legal-person", "legal_rep_mobile"): "L3",
    ("legal-person", "registered_capital"): "L2",
    ("petition-reports", "case_no"): "L2",
    ("petition-reports", "informant_resident_id"): "L4",
    ("health-records", "resident_id"): "L4",
    ("health-records", "diagnosis"): "L4",
}


def small_data(rules: dict[str, Any] | None = None) -> dict[str, Any]:
    return build_data(small_catalog(), FIELD_GRADES, rules=rules, entities=ENTITIES)


def principal(dept: str, **overrides: Any) -> dict[str, Any]:
    return {
        "department": dept,
        "credential": "cred-0001",
        "credential_status": "active",
        "department_status": "active",
        **overrides,
    }


VALID_GRANT: dict[str, Any] = {
    "id": "grant-0001",
    "department": "hr-social-security",
    "dataset": "population",
    "fields": ["resident_id", "name", "birth_date", "mobile"],
    "purpose": "social-insurance",
    "not_after": "2025-12-31T16:00:00Z",
}


def granted_input(**grant_overrides: Any) -> dict[str, Any]:
    """hr-social-security reads restricted population data under an approved application."""
    return {
        "principal": principal("hr-social-security"),
        "resource": {"dataset": "population", "fields": ["resident_id", "name"]},
        "purpose": "social-insurance",
        "grant": {**copy.deepcopy(VALID_GRANT), **grant_overrides},
        "context": {"time": NOW, "requested_rows": 10, "mfa": False},
    }


def unconditional_input() -> dict[str, Any]:
    """hr-social-security reads unconditional legal-person data."""
    return {
        "principal": principal("hr-social-security"),
        "resource": {"dataset": "legal-person", "fields": ["uscc", "legal_rep_name", "registered_capital"]},
        "purpose": "social-insurance",
        "grant": None,
        "context": {"time": NOW, "requested_rows": 10, "mfa": False},
    }


@pytest.fixture(scope="session")
def data() -> dict[str, Any]:
    return small_data()


@pytest.fixture(scope="session")
def engine(data: dict[str, Any]) -> EmbeddedEngine:
    return EmbeddedEngine(DEFAULT_BUNDLE_DIR, data)
