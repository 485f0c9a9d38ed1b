"""Fixtures for the policy tests: a small catalog built from the models, never the real one.

Ids follow the packaged catalog (so policy/rego/testdata/example_input.json is allowed
here too); grades are given explicitly by a precomputed field_grades mapping.
"""

from __future__ import annotations

import copy
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from classify.catalog import Catalog, Dataset, DatasetField, Department, Purpose
from policy import DEFAULT_BUNDLE_DIR, Decision, EmbeddedEngine, build_data
from policy.grants import grants_document, with_grants
from tests.policy.synthetic import split_grants

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
        for p in ("social-insurance", "data-governance", "health-services", "market-supervision", "social-governance",
                  "public-security")
    }
    departments = {
        "hr-social-security": Department(id="hr-social-security", name="市人力社保局", kind="government", purposes=("social-insurance",)),
        "big-data-center": Department(id="big-data-center", name="市大数据管理中心", kind="government", purposes=("data-governance",)),
        "health-commission": Department(id="health-commission", name="市卫生健康委", kind="government", purposes=("health-services",)),
        "market-supervision": Department(id="market-supervision", name="市市场监管局", kind="government", purposes=("market-supervision",)),
        "political-legal": Department(id="political-legal", name="市委政法委", kind="party", purposes=("social-governance",), roles=("incident-response",)),
        "public-security": Department(id="public-security", name="市公安局", kind="government", purposes=("public-security",), roles=("incident-response",)),
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


def small_data(rules: dict[str, Any] | None = None, grants: Any = None) -> dict[str, Any]:
    return build_data(small_catalog(), FIELD_GRADES, rules=rules, entities=ENTITIES, grants=grants)


# -- grants: data, named by id in the input ---------------------------------------------------
#
# Fixtures write a request as the department sees it, with its grant object inline in
# ``grant``; before deciding, ``by_reference`` does what the gateway does: the grant goes
# into the engine's data (``set_grants``) and the input names it by id.


def by_reference(doc: Any) -> tuple[Any, dict[str, Any]]:
    """(``doc`` with an inline grant object replaced by its id, {id: grant})."""
    (referenced,), grants = split_grants([doc])
    return referenced, grants


def decide(engine: Any, doc: Any) -> Decision:
    """One decision; an inline grant replaces the engine's grants first (only if it differs)."""
    referenced, grants = by_reference(doc)
    if grants and grants_document(grants) != engine.grants:
        engine.set_grants(grants)
    return engine.decide(referenced)


def prepare(engine: Any, docs: list[Any]) -> list[Any]:
    """Put every inline grant of ``docs`` into the engine at once; the docs by reference."""
    referenced, pool = split_grants(docs)
    if pool and grants_document(pool) != engine.grants:
        engine.set_grants(pool)
    return referenced


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
    return small_data(grants=[VALID_GRANT])


@pytest.fixture
def engine(data: dict[str, Any]) -> EmbeddedEngine:
    return EmbeddedEngine(DEFAULT_BUNDLE_DIR, data)  # per test: decide() may replace its grants


# -- real processes and the real catalog -----------------------------------------------------


class CompatServer:
    """``python -m policy.opa_compat_server`` as a real process on a free loopback port."""

    def __init__(self, workers: int, state_dir: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "policy.opa_compat_server", "--port", "0", "--workers", str(workers),
             "--state-dir", str(state_dir)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=Path(__file__).resolve().parents[2],
        )
        assert self.process.stdout is not None
        first = self.process.stdout.readline()
        match = re.search(r"http://[\d.]+:\d+", first)
        if not match:
            self.stop()
            raise RuntimeError(f"compat server did not start: {first!r}")
        self.url = match.group(0)
        deadline = time.monotonic() + 10
        while True:
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=1) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise
                time.sleep(0.05)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture(scope="session")
def opa_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CompatServer]:
    """One compat server with two workers for the whole session."""
    server = CompatServer(2, tmp_path_factory.mktemp("opa-state"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def real_catalog() -> Catalog:
    from classify import load_catalog

    return load_catalog()


@pytest.fixture(scope="session")
def real_data(real_catalog: Catalog) -> dict[str, Any]:
    from policy import catalog_data

    return catalog_data(real_catalog)


def decide_all(engine: Any, inputs: list[dict[str, Any]], threads: int = 2) -> list[Any]:
    """Decisions for ``inputs`` in order, from ``threads`` threads (regopy releases the GIL);
    inline grants go into the engine first (``prepare``)."""
    referenced = prepare(engine, inputs)
    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(engine.decide, referenced))


@pytest.fixture(scope="session")
def table_requests(real_catalog: Catalog, real_data: dict[str, Any]) -> tuple[list[Any], list[Any], dict[str, Any]]:
    """The decision table's cases, their inputs naming grants by id, and the real data
    with the table's grants in it."""
    from tests.policy.decision_table import cases

    all_cases = list(cases(real_catalog))
    inputs, grants = split_grants([c.input for c in all_cases])
    return all_cases, inputs, with_grants(real_data, grants_document(grants))


@pytest.fixture(scope="session")
def table(table_requests: tuple[list[Any], list[Any], dict[str, Any]]) -> list[tuple[Any, Decision]]:
    """The decision table's cases with the embedded engine's decisions (computed once)."""
    all_cases, inputs, data = table_requests
    engine = EmbeddedEngine(DEFAULT_BUNDLE_DIR, data)
    return list(zip(all_cases, decide_all(engine, inputs), strict=True))
