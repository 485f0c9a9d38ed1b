"""Applications and grants: submit, act (compliance check, approve, reject, withdraw), expire,
revoke — each step an audit event — and the department-scoped views.

Who sees what (the cross-department matrix test walks every endpoint):
- an application: its own department (key or any person of it), data owners of the department
  that owns the dataset, and the compliance officers of the competent department;
- a grant: the department that holds it and data owners of the dataset's owner department;
- usage: only the department's own.
Anything else is "not found" (404), so ids of other departments' objects are not confirmed.
"""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from audit import uuid7
from gateway import auditing
from gateway.api_errors import Conflict, Forbidden, Invalid, NotFound
from gateway.auth.callers import Caller
from gateway.auth.roles import Role
from gateway.auth.service import require_step_up
from gateway.context import Governance
from gateway.state import Application, Grant
from gateway.state.applications import (
    add_application,
    application_for_grant,
    approved_with_lapsed_grant,
    get_application,
    open_duplicate,
    owned_uncatalogued,
    scoped_applications,
    scoped_grants,
)
from gateway.state.models import utc
from gateway.workflow.calendar import WorkingCalendar, load_calendar
from gateway.workflow.transitions import NEEDS_REASON, OPEN, PARTY, STEP_UP, ZH, Action, Party, Status, next_status
from classify import token_formats
from policy import Operator

log = logging.getLogger("govgate.gateway")

_ID = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
_FIELD = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_TEXT_MAX = 2000


def calendar_for(gov: Governance) -> WorkingCalendar:
    return load_calendar(gov.settings.holidays_file)


@dataclass(frozen=True)
class NewApplication:
    dataset: str
    fields: tuple[str, ...]
    purpose: str
    duration_days: int
    justification: str
    legal_basis: str
    scenario: str = ""
    owner_department: str | None = None  # required only for data not yet in the catalog


def _text(name: str, value: str, minimum: int = 4) -> str:
    value = (value or "").strip()
    if not minimum <= len(value) <= _TEXT_MAX:
        raise Invalid(f"invalid_{name}", f"{name} 须为 {minimum}–{_TEXT_MAX} 个字符")
    return value


def submit(gov: Governance, session: Session, caller: Caller, new: NewApplication, *, now: datetime,
           source_ip: str | None = None) -> Application:
    """Check an application against the catalog and open it, with its compliance deadline."""
    if not (caller.kind == "key" or caller.has(Role.REQUESTER)):
        raise Forbidden("role_required", "申请须由本部门系统（API 密钥）或具有 requester 角色的人员提交")
    catalog, settings = gov.catalog, gov.settings
    if not _ID.match(new.dataset or ""):
        raise Invalid("invalid_dataset", "dataset 须为数据集标识，如 population")
    fields = tuple(new.fields)
    if not fields or len(set(fields)) != len(fields) or not all(_FIELD.match(f) for f in fields) or len(fields) > 64:
        raise Invalid("invalid_fields", "fields 须为 1–64 个不重复的字段名")
    dataset = catalog.datasets.get(new.dataset)
    if dataset is not None:
        owner = dataset.owner
        unknown = [f for f in fields if dataset.field(f) is None]
        if unknown:
            raise Invalid("unknown_field", f"数据集 {dataset.id} 没有字段：{', '.join(unknown)}")
        if dataset.sharing.value == "unconditional":
            raise Invalid("application_not_required", "无条件共享数据无需申请，可直接按职责用途访问")
        if dataset.sharing.value == "not_shared":
            raise Invalid("not_shared", "不予共享数据不接受共享申请（须有法律依据，由目录登记）")
        if new.owner_department and new.owner_department != owner:
            raise Invalid("owner_mismatch", f"数据集 {dataset.id} 的提供部门是 {owner}")
    else:
        owner = new.owner_department or ""
        if owner not in catalog.departments:
            raise Invalid("owner_department_required", "目录中尚无该数据集：须注明提供部门 owner_department（目录中的部门标识）")
    if owner == caller.department_id:
        raise Invalid("own_dataset", "本部门是该数据的提供部门，无需申请")
    if new.purpose not in catalog.purposes:
        raise Invalid("unknown_purpose", f"未登记的用途：{new.purpose}")
    if new.purpose not in catalog.departments[caller.department_id].purposes:
        raise Invalid("purpose_not_in_duties", "该用途不在本部门登记的职责范围内")
    if not 1 <= new.duration_days <= settings.max_grant_days:
        raise Invalid("invalid_duration", f"duration_days 须为 1–{settings.max_grant_days}")
    justification = _text("justification", new.justification)
    legal_basis = _text("legal_basis", new.legal_basis)
    scenario = (new.scenario or "").strip()[:_TEXT_MAX]
    if open_duplicate(session, caller.department_id, new.dataset, new.purpose, [s.value for s in OPEN]):
        raise Conflict("duplicate_application", "本部门对同一数据集和用途已有在办申请")
    application = Application(
        id=uuid7(now, secrets.token_bytes(10)), department_id=caller.department_id, requester_id=caller.actor_id,
        requester_kind=caller.kind, dataset_id=new.dataset, owner_department_id=owner,
        in_catalog=dataset is not None, fields=list(fields), purpose=new.purpose, duration_days=new.duration_days,
        justification=justification, legal_basis=legal_basis, scenario=scenario,
        status=Status.PENDING_COMPLIANCE.value, created_at=now, updated_at=now,
        compliance_due_at=calendar_for(gov).deadline(now, settings.compliance_days), compliance_note="",
        decision_note="", operators={})
    add_application(session, application)
    _audit(gov, now, "application.submit", caller, application, source_ip=source_ip)
    session.commit()
    return application


def _audit(gov: Governance, now: datetime, action: str, caller: Caller | None, application: Application,
           *, note: str = "", source_ip: str | None = None, extra: dict[str, Any] | None = None) -> None:
    details: dict[str, Any] = {
        "id": application.id, "department": application.department_id, "dataset": application.dataset_id,
        "owner_department": application.owner_department_id, "purpose": application.purpose,
        "fields": list(application.fields), "status": application.status, **(extra or {})}
    reasons = [auditing.reason(action.rsplit(".", 1)[1], note)] if note else ()
    auditing.record(gov, now=now, action=action, outcome="success",
                    actor_id=caller.actor_id if caller else "govgate", department=caller.department_id if caller else None,
                    category="iam", reasons=reasons, details=details, source_ip=source_ip)


# --- visibility ---------------------------------------------------------------------------

def can_see(gov: Governance, caller: Caller, application: Application) -> bool:
    return (application.department_id == caller.department_id
            or (caller.has(Role.DATA_OWNER) and application.owner_department_id == caller.department_id)
            or (caller.has(Role.COMPLIANCE_OFFICER) and caller.department_id == gov.settings.competent_department))


def get_visible(gov: Governance, session: Session, caller: Caller, application_id: str) -> Application:
    application = get_application(session, application_id)
    if application is None or not can_see(gov, caller, application):
        raise NotFound("unknown_application", "申请不存在")
    return application


def list_visible(gov: Governance, session: Session, caller: Caller, *, status: str | None = None) -> list[Application]:
    return scoped_applications(
        session, department=caller.department_id,
        owner_of=caller.department_id if caller.has(Role.DATA_OWNER) else None,
        review_all=caller.has(Role.COMPLIANCE_OFFICER) and caller.department_id == gov.settings.competent_department,
        status=status)


# --- acting on an application ---------------------------------------------------------------

def _check_party(gov: Governance, caller: Caller, application: Application, action: Action) -> None:
    party = PARTY[action]
    if party is Party.COMPETENT:
        ok = caller.has(Role.COMPLIANCE_OFFICER) and caller.department_id == gov.settings.competent_department
        who = "主管部门合规审查员 (compliance_officer)"
    elif party is Party.OWNER:
        ok = caller.has(Role.DATA_OWNER) and caller.department_id == application.owner_department_id
        who = "提供部门审批人 (data_owner)"
    elif party is Party.REQUESTER:
        ok = caller.department_id == application.department_id and (caller.kind == "key" or caller.has(Role.REQUESTER))
        who = "申请部门 (requester)"
    else:
        ok, who = False, "system"
    if not ok:
        raise Forbidden("not_your_step", f"该步骤须由{who}完成")
    # Four eyes: the requester, the compliance reviewer and the approver are different people.
    if party in (Party.COMPETENT, Party.OWNER) and caller.actor_id == application.requester_id:
        raise Forbidden("separation_of_duties", "申请人不能审查或审批自己的申请")
    if party is Party.OWNER and caller.actor_id == application.compliance_by:
        raise Forbidden("separation_of_duties", "合规审查人与审批人不能为同一人")


def act(gov: Governance, session: Session, caller: Caller, application_id: str, action: Action, *, now: datetime,
        note: str = "", operators: dict[str, str] | None = None, source_ip: str | None = None) -> Application:
    """One workflow step by ``caller``; approval issues the grant. Audited; 409 when it does not apply."""
    application = get_visible(gov, session, caller, application_id)
    _check_party(gov, caller, application, action)
    after = next_status(application.status, action)
    note = (note or "").strip()
    if action in NEEDS_REASON and len(note) < 2:
        raise Invalid("reason_required", "拒绝或撤销须说明理由 (note)")
    if len(note) > _TEXT_MAX:
        raise Invalid("invalid_note", f"note 至多 {_TEXT_MAX} 个字符")
    if action in STEP_UP:
        require_step_up(gov, caller, now)
    extra: dict[str, Any] = {"from_status": application.status}
    if action in (Action.COMPLIANCE_PASS, Action.COMPLIANCE_REJECT):
        application.compliance_by, application.compliance_at, application.compliance_note = caller.actor_id, now, note
        if action is Action.COMPLIANCE_PASS:
            days = gov.settings.owner_days if application.in_catalog else gov.settings.owner_days_uncatalogued
            application.owner_due_at = calendar_for(gov).deadline(now, days)
    elif action in (Action.APPROVE, Action.REJECT):
        application.decided_by, application.decided_at, application.decision_note = caller.actor_id, now, note
        if action is Action.APPROVE:
            application.operators = _operators(gov, application, operators or {})
            grant = _issue_grant(session, application, now)
            extra.update(grant_id=grant.id, not_after=_iso(utc(grant.not_after)))
    elif action is Action.WITHDRAW:
        application.decision_note = note
    application.status, application.updated_at = after.value, now
    if after not in OPEN:
        application.closed_at = now
    session.flush()
    _audit(gov, now, f"application.{action.value}", caller, application, note=note, source_ip=source_ip, extra=extra)
    session.commit()
    if action is Action.APPROVE:
        _refresh_policy_grants(gov, now)
    return application


def _refresh_policy_grants(gov: Governance, now: datetime) -> None:
    """The policy's data follows an approval or revocation at once. Safe to fail: a read
    looks its grant up in state first (gateway/grant_sync.py), so a grant revoked in state
    is never relied on, and a new one is loaded when first used."""
    try:
        gov.grants.refresh(now)  # type: ignore[union-attr]
    except Exception:
        log.exception("policy grants not refreshed; the next read that needs them reloads them")


def _operators(gov: Governance, application: Application, operators: dict[str, str]) -> dict[str, str]:
    allowed = {op.value for op in Operator}
    bad_fields = [f for f in operators if f not in application.fields]
    bad_ops = [v for v in operators.values() if v not in allowed]
    if bad_fields or bad_ops:
        raise Invalid("invalid_operators",
                      f"operators 只能为所申请字段指定 {', '.join(sorted(allowed))} 之一")
    # `tokenize` needs a token format for the field's type; policy would refuse every read
    # under such a grant (grant_invalid), so the approval is refused now, naming the fields
    dataset = gov.catalog.datasets.get(application.dataset_id)
    entities = {f.name: f.entity for f in dataset.fields} if dataset else {}
    formats = token_formats()
    untokenizable = sorted(f for f, op in operators.items()
                           if op == Operator.TOKENIZE.value and entities.get(f) not in formats)
    if untokenizable:
        raise Invalid("invalid_operators",
                      f"tokenize 仅适用于可还原令牌的类型（{', '.join(sorted(formats))}）；"
                      f"不适用的字段：{', '.join(untokenizable)}")
    return dict(operators)


def _issue_grant(session: Session, application: Application, now: datetime) -> Grant:
    grant = Grant(id=f"grant-{application.id}", department_id=application.department_id,
                  dataset_id=application.dataset_id, purpose=application.purpose, fields=list(application.fields),
                  operators=dict(application.operators or {}),
                  basis=f"application {application.id}: {application.legal_basis[:400]}",
                  not_before=now, not_after=now + timedelta(days=application.duration_days))
    session.add(grant)  # committed with the application, after the audit event
    application.grant_id = grant.id
    return grant


def expire_lapsed(gov: Governance, session: Session, *, now: datetime) -> int:
    """Close approved applications whose grant has passed its end: one `grant.expire` event each."""
    count = 0
    for application, grant in approved_with_lapsed_grant(session, now, Status.APPROVED.value):
        application.status = next_status(application.status, Action.EXPIRE).value
        application.updated_at = application.closed_at = now
        session.flush()
        _audit(gov, now, "grant.expire", None, application,
               extra={"grant_id": grant.id, "not_after": _iso(utc(grant.not_after))})
        session.commit()
        count += 1
    return count


# --- grants -------------------------------------------------------------------------------

def _owned_datasets(gov: Governance, session: Session, department: str) -> list[str]:
    owned = [d.id for d in gov.catalog.datasets.values() if d.owner == department]
    return owned + owned_uncatalogued(session, department)


def list_grants(gov: Governance, session: Session, caller: Caller) -> list[Grant]:
    owned = _owned_datasets(gov, session, caller.department_id) if caller.has(Role.DATA_OWNER) else []
    return scoped_grants(session, department=caller.department_id, owned_datasets=owned)


def grant_owner(gov: Governance, session: Session, grant: Grant) -> str | None:
    dataset = gov.catalog.datasets.get(grant.dataset_id)
    if dataset is not None:
        return dataset.owner
    application = application_for_grant(session, grant.id)
    return application.owner_department_id if application else None


def get_grant(gov: Governance, session: Session, caller: Caller, grant_id: str) -> Grant:
    grant = session.get(Grant, grant_id)
    visible = grant is not None and (
        grant.department_id == caller.department_id
        or (caller.has(Role.DATA_OWNER) and grant_owner(gov, session, grant) == caller.department_id))
    if not visible:
        raise NotFound("unknown_grant", "授权不存在")
    return grant


def revoke_grant(gov: Governance, session: Session, caller: Caller, grant_id: str, *, now: datetime, note: str,
                 source_ip: str | None = None) -> Grant:
    """Revoke by the owner's data owner, or give up by the holding department; audited."""
    grant = get_grant(gov, session, caller, grant_id)
    is_owner = caller.has(Role.DATA_OWNER) and grant_owner(gov, session, grant) == caller.department_id
    is_holder = grant.department_id == caller.department_id and (caller.kind == "key" or caller.has(Role.REQUESTER))
    if not (is_owner or is_holder):
        raise Forbidden("not_your_step", "撤销授权须由提供部门审批人或持有授权的部门完成")
    note = (note or "").strip()
    if not 2 <= len(note) <= _TEXT_MAX:
        raise Invalid("reason_required", "撤销授权须说明理由 (note)")
    if grant.revoked_at is not None:
        raise Conflict("already_revoked", "授权已撤销")
    if utc(grant.not_after) <= now:
        raise Conflict("already_expired", "授权已到期")
    grant.revoked_at = now
    application = application_for_grant(session, grant.id)
    if application is not None and application.status == Status.APPROVED.value:
        application.status = next_status(application.status, Action.REVOKE).value
        application.updated_at = application.closed_at = now
    session.flush()
    auditing.record(gov, now=now, action="grant.revoke", outcome="success", actor_id=caller.actor_id,
                    department=caller.department_id, category="iam",
                    reasons=[auditing.reason("revoke", note)],
                    details={"grant_id": grant.id, "department": grant.department_id, "dataset": grant.dataset_id,
                             "purpose": grant.purpose, "application_id": application.id if application else None,
                             "by": "owner" if is_owner else "holder"}, source_ip=source_ip)
    session.commit()
    _refresh_policy_grants(gov, now)
    return grant


# --- views ----------------------------------------------------------------------------------

def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment else None


def due_at(application: Application) -> datetime | None:
    """The deadline of the step the application waits for (None once it is decided)."""
    if application.status == Status.PENDING_COMPLIANCE.value:
        return utc(application.compliance_due_at)
    if application.status == Status.PENDING_OWNER.value:
        return utc(application.owner_due_at)
    return None


def is_overdue(application: Application, now: datetime) -> bool:
    due = due_at(application)
    return due is not None and now >= due


def application_view(gov: Governance, application: Application, now: datetime) -> dict[str, Any]:
    due = due_at(application)
    status = Status(application.status)
    return {
        "id": application.id, "department": application.department_id, "dataset": application.dataset_id,
        "owner_department": application.owner_department_id, "in_catalog": application.in_catalog,
        "fields": list(application.fields), "purpose": application.purpose,
        "duration_days": application.duration_days, "justification": application.justification,
        "legal_basis": application.legal_basis, "scenario": application.scenario,
        "status": status.value, "status_zh": ZH[status],
        "requester": {"kind": application.requester_kind, "id": application.requester_id},
        "created_at": _iso(utc(application.created_at)), "updated_at": _iso(utc(application.updated_at)),
        "compliance": {"due_at": _iso(utc(application.compliance_due_at)), "by": application.compliance_by,
                       "at": _iso(utc(application.compliance_at)), "note": application.compliance_note},
        "owner_decision": {"due_at": _iso(utc(application.owner_due_at)), "by": application.decided_by,
                           "at": _iso(utc(application.decided_at)), "note": application.decision_note,
                           "operators": dict(application.operators or {})},
        "due_at": _iso(due), "overdue": due is not None and now >= due,
        "calendar_complete": calendar_for(gov).deadline_complete(utc(application.created_at),
                                                                 gov.settings.compliance_days),
        "grant": application.grant_id, "closed_at": _iso(utc(application.closed_at)),
    }


def grant_view(gov: Governance, session: Session, grant: Grant, now: datetime) -> dict[str, Any]:
    if grant.revoked_at is not None:
        state = "revoked"
    elif utc(grant.not_after) <= now:
        state = "expired"
    elif utc(grant.not_before) > now:
        state = "pending"
    else:
        state = "active"
    application = application_for_grant(session, grant.id)
    return {"id": grant.id, "department": grant.department_id, "dataset": grant.dataset_id,
            "owner_department": grant_owner(gov, session, grant), "purpose": grant.purpose,
            "fields": list(grant.fields), "operators": dict(grant.operators or {}), "state": state,
            "not_before": _iso(utc(grant.not_before)), "not_after": _iso(utc(grant.not_after)),
            "revoked_at": _iso(utc(grant.revoked_at)), "application": application.id if application else None}
