"""The catalog as departments see it: datasets, their fields and labels; departments."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from classify import field_grade
from gateway.deps import CurrentPrincipal, Gov

router = APIRouter(prefix="/v1", tags=["catalog"])


def _dataset_summary(dataset: Any) -> dict[str, Any]:
    return {
        "id": dataset.id, "name": dataset.name, "owner": dataset.owner, "subject": dataset.subject,
        "grade": dataset.grade.value, "sharing": dataset.sharing.value, "sharing_zh": dataset.sharing.zh,
        "opening": dataset.opening.value, "opening_zh": dataset.opening.zh, "purposes": list(dataset.purposes),
        "fields": [f.name for f in dataset.fields],
    }


@router.get("/datasets", summary="List the catalog's datasets")
def list_datasets(gov: Gov, _principal: CurrentPrincipal) -> dict[str, Any]:
    return {"datasets": [_dataset_summary(d) for d in gov.catalog.datasets.values()]}


@router.get("/datasets/{dataset_id}", summary="One dataset with its fields, classes and grades")
def get_dataset(dataset_id: str, gov: Gov, _principal: CurrentPrincipal) -> dict[str, Any]:
    dataset = gov.catalog.datasets.get(dataset_id)
    if dataset is None:
        raise HTTPException(404, f"no dataset {dataset_id!r} in the catalog")
    body = _dataset_summary(dataset)
    body["description"] = dataset.description
    body["fields"] = []
    for f in dataset.fields:
        grade, reason = field_grade(f)
        body["fields"].append({"name": f.name, "label": f.label, "type": f.type.value, "class": f.data_class,
                               "entity": f.entity, "grade": grade.value, "grade_reason": reason})
    return body


@router.get("/departments", summary="List the departments and their registered purposes")
def list_departments(gov: Gov, _principal: CurrentPrincipal) -> dict[str, Any]:
    return {"departments": [{"id": d.id, "name": d.name, "kind": d.kind, "purposes": list(d.purposes)}
                            for d in gov.catalog.departments.values()]}


@router.get("/me", summary="The department and credential behind the presented key")
def me(gov: Gov, principal: CurrentPrincipal) -> dict[str, Any]:
    dept = gov.catalog.departments.get(principal.department_id)
    return {"department": principal.department_id, "name": dept.name if dept else None,
            "credential": principal.credential_id, "purposes": list(dept.purposes) if dept else []}
