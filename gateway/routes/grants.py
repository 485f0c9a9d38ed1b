"""Grants: the time-bound permissions policy uses. A department sees the grants it holds;
data owners also see grants on their department's datasets. Expiry is policy's (and is
recorded as a `grant.expire` event); revocation is here."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from gateway.deps import ClientIp, CurrentCaller, Gov, Now
from gateway.workflow.service import expire_lapsed, get_grant, grant_view, list_grants, revoke_grant

router = APIRouter(prefix="/v1", tags=["grants"])

_EXAMPLE = {
    "id": "grant-019ac5f2-6b1e-7c3a-9d4e-2f5a6b7c8d9e", "department": "civil-affairs", "dataset": "social-security",
    "owner_department": "hr-social-security", "purpose": "social-assistance",
    "fields": ["name", "insurance_type", "status"], "operators": {"name": "mask"}, "state": "active",
    "not_before": "2026-11-30T05:00:00Z", "not_after": "2027-05-29T05:00:00Z", "revoked_at": None,
    "application": "019ac5f2-6b1e-7c3a-9d4e-2f5a6b7c8d9e",
}


class GrantView(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    id: str
    department: str
    dataset: str
    owner_department: str | None
    purpose: str
    fields: list[str]
    operators: dict[str, str]
    state: str = Field(description="active | pending | expired | revoked")
    not_before: str
    not_after: str
    revoked_at: str | None
    application: str | None


class GrantList(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"grants": [_EXAMPLE], "count": 1}]})

    grants: list[GrantView]
    count: int


class RevokeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"note": "用途已完成，提前终止"}]})

    note: str = Field(max_length=2000, description="why (required)")


GrantId = Annotated[str, Path(min_length=1, max_length=64, examples=["grant-019ac5f2-6b1e-7c3a-9d4e-2f5a6b7c8d9e"])]


@router.get("/grants", response_model=GrantList, summary="Grants the department holds (and, for data owners, on its datasets)")
def get_grants(gov: Gov, caller: CurrentCaller, now: Now) -> GrantList:
    with gov.sessions() as session:
        expire_lapsed(gov, session, now=now)
        grants = list_grants(gov, session, caller)
        return GrantList(grants=[GrantView(**grant_view(gov, session, g, now)) for g in grants], count=len(grants))


@router.get("/grants/{grant_id}", response_model=GrantView, summary="One visible grant")
def get_one_grant(grant_id: GrantId, gov: Gov, caller: CurrentCaller, now: Now) -> GrantView:
    with gov.sessions() as session:
        return GrantView(**grant_view(gov, session, get_grant(gov, session, caller, grant_id), now))


@router.post("/grants/{grant_id}/revoke", response_model=GrantView,
             summary="Revoke (owner's data owner) or give up (holding department) a grant, with a reason")
def post_revoke(grant_id: GrantId, body: RevokeRequest, gov: Gov, caller: CurrentCaller, now: Now,
                ip: ClientIp) -> GrantView:
    with gov.sessions() as session:
        grant = revoke_grant(gov, session, caller, grant_id, now=now, note=body.note, source_ip=ip)
        return GrantView(**grant_view(gov, session, grant, now))
