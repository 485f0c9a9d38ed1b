"""Applications for restricted data (standards.md §2): apply → compliance check by the
公共数据主管部门 → the owner's approval (TOTP step-up) or refusal with reasons → a time-bound
grant. Deadlines count working days; overdue applications are flagged and listed."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict, Field

from gateway.deps import ClientIp, CurrentCaller, Gov, Now
from gateway.workflow import Action, Status
from gateway.workflow.service import (
    NewApplication,
    act,
    application_view,
    expire_lapsed,
    get_visible,
    is_overdue,
    list_visible,
    submit,
)

router = APIRouter(prefix="/v1", tags=["applications"])

_EXAMPLE: dict[str, Any] = {
    "id": "019ac5f2-6b1e-7c3a-9d4e-2f5a6b7c8d9e", "department": "civil-affairs", "dataset": "social-security",
    "owner_department": "hr-social-security", "in_catalog": True, "fields": ["name", "insurance_type", "status"],
    "purpose": "social-assistance", "duration_days": 180,
    "justification": "低保家庭参保状态核对", "legal_basis": "《社会救助暂行办法》第十一条", "scenario": "低保审核",
    "status": "pending_owner", "status_zh": "待提供部门审批",
    "requester": {"kind": "user", "id": "u-3f9a1c0b7d2e"},
    "created_at": "2026-11-30T01:00:00Z", "updated_at": "2026-11-30T03:00:00Z",
    "compliance": {"due_at": "2026-12-01T16:00:00Z", "by": "u-0c1d2e3f4a5b", "at": "2026-11-30T03:00:00Z",
                   "note": "用途与职责相符"},
    "owner_decision": {"due_at": "2026-12-07T16:00:00Z", "by": None, "at": None, "note": "", "operators": {}},
    "due_at": "2026-12-07T16:00:00Z", "overdue": False, "calendar_complete": True, "grant": None, "closed_at": None,
}


class Stage(BaseModel):
    due_at: str | None
    by: str | None
    at: str | None
    note: str


class OwnerStage(Stage):
    operators: dict[str, str]


class Requester(BaseModel):
    kind: str = Field(description="user | key")
    id: str


class ApplicationView(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    id: str
    department: str
    dataset: str
    owner_department: str
    in_catalog: bool
    fields: list[str]
    purpose: str
    duration_days: int
    justification: str
    legal_basis: str
    scenario: str
    status: Status
    status_zh: str
    requester: Requester
    created_at: str
    updated_at: str
    compliance: Stage
    owner_decision: OwnerStage
    due_at: str | None = Field(description="deadline of the step the application waits for (24:00 CST)")
    overdue: bool
    calendar_complete: bool = Field(description="false when the deadline falls in a year the holiday calendar "
                                                "lists only partly (weekdays counted)")
    grant: str | None
    closed_at: str | None


class ApplicationList(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"applications": [_EXAMPLE], "count": 1}]})

    applications: list[ApplicationView]
    count: int


class ApplicationRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "dataset": "social-security", "fields": ["name", "insurance_type", "status"], "purpose": "social-assistance",
        "duration_days": 180, "justification": "低保家庭参保状态核对", "legal_basis": "《社会救助暂行办法》第十一条",
        "scenario": "低保审核"}]})

    dataset: str = Field(min_length=1, max_length=64, description="catalog dataset id (or a dataset not yet in it)")
    fields: list[str] = Field(min_length=1, max_length=64)
    purpose: str = Field(min_length=1, max_length=64, description="a purpose among the department's duties")
    duration_days: int = Field(ge=1, le=3660, description="how long the grant should last")
    justification: str = Field(max_length=2000, description="why the data is needed")
    legal_basis: str = Field(max_length=2000, description="the statutory duty it serves (PIPL arts. 34–37)")
    scenario: str = Field(default="", max_length=2000, description="use scenario")
    owner_department: str | None = Field(default=None, max_length=64,
                                         description="the provider, for data not yet in the catalog")


class ComplianceRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"decision": "pass", "note": "用途与职责相符，法律依据充分"}]})

    decision: Literal["pass", "reject"]
    note: str = Field(default="", max_length=2000, description="required when rejecting")


class ApproveRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"note": "同意，按最小必要原则", "operators": {"name": "mask"}}]})

    note: str = Field(default="", max_length=2000)
    operators: dict[str, str] = Field(default_factory=dict,
                                      description="per-field masking the owner requires (keep|mask|redact|hash|generalize|tag)")


class ReasonRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"note": "超出最小必要范围"}]})

    note: str = Field(default="", max_length=2000)


ApplicationId = Annotated[str, Path(min_length=1, max_length=40, examples=["019ac5f2-6b1e-7c3a-9d4e-2f5a6b7c8d9e"])]


def _view(gov, app, now) -> ApplicationView:  # noqa: ANN001
    return ApplicationView(**application_view(gov, app, now))


@router.post("/applications", status_code=201, response_model=ApplicationView,
             summary="Apply for restricted data (department key or a requester); due for compliance check in 2 working days")
def post_application(body: ApplicationRequest, gov: Gov, caller: CurrentCaller, now: Now, ip: ClientIp) -> ApplicationView:
    new = NewApplication(dataset=body.dataset, fields=tuple(body.fields), purpose=body.purpose,
                         duration_days=body.duration_days, justification=body.justification,
                         legal_basis=body.legal_basis, scenario=body.scenario, owner_department=body.owner_department)
    with gov.sessions() as session:
        return _view(gov, submit(gov, session, caller, new, now=now, source_ip=ip), now)


@router.get("/applications", response_model=ApplicationList,
            summary="Applications visible to the caller (own department; owned datasets for data owners; all for compliance officers)")
def get_applications(gov: Gov, caller: CurrentCaller, now: Now,
                     status: Annotated[Status | None, Query(description="only this status")] = None,
                     overdue: Annotated[bool | None, Query(description="only overdue (true) or not (false)")] = None,
                     ) -> ApplicationList:
    with gov.sessions() as session:
        expire_lapsed(gov, session, now=now)
        apps = list_visible(gov, session, caller, status=status.value if status else None)
        if overdue is not None:
            apps = [a for a in apps if is_overdue(a, now) == overdue]
        return ApplicationList(applications=[_view(gov, a, now) for a in apps], count=len(apps))


@router.get("/applications/overdue", response_model=ApplicationList,
            summary="Visible applications past their deadline (compliance check or the owner's reply)")
def get_overdue(gov: Gov, caller: CurrentCaller, now: Now) -> ApplicationList:
    with gov.sessions() as session:
        apps = [a for a in list_visible(gov, session, caller) if is_overdue(a, now)]
        return ApplicationList(applications=[_view(gov, a, now) for a in apps], count=len(apps))


@router.get("/applications/{application_id}", response_model=ApplicationView, summary="One visible application")
def get_application(application_id: ApplicationId, gov: Gov, caller: CurrentCaller, now: Now) -> ApplicationView:
    with gov.sessions() as session:
        expire_lapsed(gov, session, now=now)
        return _view(gov, get_visible(gov, session, caller, application_id), now)


@router.post("/applications/{application_id}/compliance", response_model=ApplicationView,
             summary="The competent department's compliance check: pass (TOTP step-up) or reject with a reason")
def post_compliance(application_id: ApplicationId, body: ComplianceRequest, gov: Gov, caller: CurrentCaller, now: Now,
                    ip: ClientIp) -> ApplicationView:
    action = Action.COMPLIANCE_PASS if body.decision == "pass" else Action.COMPLIANCE_REJECT
    with gov.sessions() as session:
        return _view(gov, act(gov, session, caller, application_id, action, now=now, note=body.note, source_ip=ip), now)


@router.post("/applications/{application_id}/approve", response_model=ApplicationView,
             summary="The owner's data owner approves (TOTP step-up): a time-bound grant is issued")
def post_approve(application_id: ApplicationId, gov: Gov, caller: CurrentCaller, now: Now, ip: ClientIp,
                 body: ApproveRequest | None = None) -> ApplicationView:
    body = body or ApproveRequest()
    with gov.sessions() as session:
        return _view(gov, act(gov, session, caller, application_id, Action.APPROVE, now=now, note=body.note,
                              operators=body.operators, source_ip=ip), now)


@router.post("/applications/{application_id}/reject", response_model=ApplicationView,
             summary="The owner's data owner refuses, with a reason")
def post_reject(application_id: ApplicationId, body: ReasonRequest, gov: Gov, caller: CurrentCaller, now: Now,
                ip: ClientIp) -> ApplicationView:
    with gov.sessions() as session:
        return _view(gov, act(gov, session, caller, application_id, Action.REJECT, now=now, note=body.note,
                              source_ip=ip), now)


@router.post("/applications/{application_id}/withdraw", response_model=ApplicationView,
             summary="The applying department withdraws an open application")
def post_withdraw(application_id: ApplicationId, gov: Gov, caller: CurrentCaller, now: Now, ip: ClientIp,
                  body: ReasonRequest | None = None) -> ApplicationView:
    with gov.sessions() as session:
        return _view(gov, act(gov, session, caller, application_id, Action.WITHDRAW, now=now,
                              note=(body.note if body else ""), source_ip=ip), now)
