"""A synthetic catalog of realistic size (50 datasets, 70 departments) and mixed inputs,
for the thread-safety test and latency measurement. Seeded: the same every run."""

from __future__ import annotations

import random
from typing import Any

from classify.catalog import Catalog, Dataset, DatasetField, Department, Purpose

GRADES = ("L1", "L2", "L3", "L4")
SHARING = ("unconditional", "restricted", "not_shared")
ENTITIES = {"CN_RESIDENT_ID": True, "PERSON": False, "CN_MOBILE": False, "HEALTH_INFO": True, None: False}


def synthetic_catalog(n_datasets: int = 50, n_departments: int = 70, n_purposes: int = 40, seed: int = 7) -> tuple[Catalog, dict[tuple[str, str], str]]:
    rng = random.Random(seed)
    purposes = {f"purpose-{i}": Purpose(id=f"purpose-{i}", name=f"用途{i}") for i in range(n_purposes)}
    departments = {
        f"dept-{i}": Department(
            id=f"dept-{i}",
            name=f"部门{i}",
            kind="government",
            purposes=tuple(sorted(rng.sample(sorted(purposes), 3))),
        )
        for i in range(n_departments)
    }
    datasets: dict[str, Dataset] = {}
    grades: dict[tuple[str, str], str] = {}
    for i in range(n_datasets):
        ds_id = f"dataset-{i}"
        fields = []
        for j in range(rng.randint(8, 20)):
            entity = rng.choice(sorted(ENTITIES, key=str))
            fields.append(DatasetField(name=f"f{j}", label=f"字段{j}", type="string", data_class="测试", entity=entity))
            grades[(ds_id, f"f{j}")] = rng.choice(GRADES)
        datasets[ds_id] = Dataset(
            id=ds_id,
            name=f"数据集{i}",
            owner=f"dept-{rng.randrange(n_departments)}",
            subject="人口",
            grade=max(grades[(ds_id, f.name)] for f in fields),
            sharing=SHARING[i % 3],
            opening="prohibited",
            rows=10,
            fields=tuple(fields),
        )
    return Catalog(purposes=purposes, departments=departments, datasets=datasets), grades


def synthetic_entities() -> dict[str, bool]:
    return {k: v for k, v in ENTITIES.items() if k is not None}


def mixed_inputs(catalog: Catalog, n: int, seed: int = 11) -> list[dict[str, Any]]:
    """Allowed and refused requests in roughly equal measure, with and without grants."""
    rng = random.Random(seed)
    depts = sorted(catalog.departments)
    out: list[dict[str, Any]] = []
    for i in range(n):
        ds = catalog.datasets[rng.choice(sorted(catalog.datasets))]
        dept_id = ds.owner if rng.random() < 0.2 else rng.choice(depts)
        dept = catalog.departments[dept_id]
        purpose = rng.choice(dept.purposes) if rng.random() < 0.85 else rng.choice(sorted(catalog.purposes))
        names = [f.name for f in ds.fields]
        fields = rng.sample(names, rng.randint(1, min(6, len(names))))
        if rng.random() < 0.05:
            fields.append("no_such_field")
        grant = None
        if rng.random() < 0.6:
            grant = {
                "id": f"grant-{i}-{rng.randrange(10**6)}",  # unique: grants are data, keyed by id
                "department": dept_id,
                "dataset": ds.id,
                "fields": names,
                "purpose": purpose,
                "not_after": rng.choice(["2030-01-01T00:00:00Z", "2020-01-01T00:00:00Z"]),
            }
        out.append({
            "principal": {
                "department": dept_id,
                "credential": "cred-1",
                "credential_status": "active" if rng.random() < 0.95 else "revoked",
                "department_status": "active" if rng.random() < 0.97 else "suspended",
            },
            "resource": {"dataset": ds.id, "fields": fields},
            "purpose": purpose,
            "grant": grant,
            "context": {"time": "2025-06-01T08:00:00Z", "requested_rows": 100, "mfa": False},
        })
    return out


def split_grants(docs: list[Any]) -> tuple[list[Any], dict[str, Any]]:
    """What the gateway does before deciding: every inline grant object goes into data
    (returned as {id: grant}) and its request names it by id. Two different grants
    under one id are a generator bug."""
    pool: dict[str, Any] = {}
    out: list[Any] = []
    for doc in docs:
        grant = doc.get("grant") if isinstance(doc, dict) else None
        if isinstance(grant, dict):
            if pool.setdefault(grant["id"], grant) != grant:
                raise AssertionError(f"two different grants named {grant['id']}")
            doc = {**doc, "grant": grant["id"]}
        out.append(doc)
    return out, pool

