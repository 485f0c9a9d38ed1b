"""The application workflow as data (standards.md §2), and its one pure step function.

    pending_compliance ──compliance_pass──▶ pending_owner ──approve──▶ approved ──expire──▶ expired
            │                                    │                        └────revoke──▶ revoked
            ├──compliance_reject──▶ rejected ◀───┤reject
            └──withdraw──▶ withdrawn ◀───────────┘withdraw

Who may act (``PARTY``) and which actions need a fresh TOTP proof (``STEP_UP``) are data
too; the service checks them, and a test walks every status × action pair.
"""

from __future__ import annotations

from enum import StrEnum

from gateway.api_errors import Conflict


class Status(StrEnum):
    PENDING_COMPLIANCE = "pending_compliance"  # 待主管部门合规审查
    PENDING_OWNER = "pending_owner"  # 待提供部门审批
    APPROVED = "approved"  # 已批准（授权有效期内）
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"  # 授权到期
    REVOKED = "revoked"  # 授权被撤销


class Action(StrEnum):
    COMPLIANCE_PASS = "compliance_pass"
    COMPLIANCE_REJECT = "compliance_reject"
    APPROVE = "approve"
    REJECT = "reject"
    WITHDRAW = "withdraw"
    EXPIRE = "expire"
    REVOKE = "revoke"


class Party(StrEnum):
    REQUESTER = "requester"  # the applying department (its key, or a person with the requester role)
    COMPETENT = "competent"  # a compliance officer of the 公共数据主管部门
    OWNER = "owner"  # a data owner of the department that owns the dataset
    OWNER_OR_REQUESTER = "owner_or_requester"
    SYSTEM = "system"  # the gateway itself (time)


TRANSITIONS: dict[tuple[Status, Action], Status] = {
    (Status.PENDING_COMPLIANCE, Action.COMPLIANCE_PASS): Status.PENDING_OWNER,
    (Status.PENDING_COMPLIANCE, Action.COMPLIANCE_REJECT): Status.REJECTED,
    (Status.PENDING_COMPLIANCE, Action.WITHDRAW): Status.WITHDRAWN,
    (Status.PENDING_OWNER, Action.APPROVE): Status.APPROVED,
    (Status.PENDING_OWNER, Action.REJECT): Status.REJECTED,
    (Status.PENDING_OWNER, Action.WITHDRAW): Status.WITHDRAWN,
    (Status.APPROVED, Action.EXPIRE): Status.EXPIRED,
    (Status.APPROVED, Action.REVOKE): Status.REVOKED,
}

PARTY: dict[Action, Party] = {
    Action.COMPLIANCE_PASS: Party.COMPETENT,
    Action.COMPLIANCE_REJECT: Party.COMPETENT,
    Action.APPROVE: Party.OWNER,
    Action.REJECT: Party.OWNER,
    Action.WITHDRAW: Party.REQUESTER,
    Action.EXPIRE: Party.SYSTEM,
    Action.REVOKE: Party.OWNER_OR_REQUESTER,
}

# Steps towards giving data need a fresh second factor.
STEP_UP = frozenset({Action.COMPLIANCE_PASS, Action.APPROVE})
# Refusals must say why.
NEEDS_REASON = frozenset({Action.COMPLIANCE_REJECT, Action.REJECT, Action.REVOKE})
OPEN = frozenset({Status.PENDING_COMPLIANCE, Status.PENDING_OWNER})
ZH = {Status.PENDING_COMPLIANCE: "待合规审查", Status.PENDING_OWNER: "待提供部门审批", Status.APPROVED: "已批准",
      Status.REJECTED: "已拒绝", Status.WITHDRAWN: "已撤回", Status.EXPIRED: "授权已到期", Status.REVOKED: "授权已撤销"}


def next_status(status: Status | str, action: Action | str) -> Status:
    """The status after ``action``; Conflict (409) when the action does not apply in ``status``."""
    current, act = Status(status), Action(action)
    after = TRANSITIONS.get((current, act))
    if after is None:
        raise Conflict("invalid_transition", f"申请当前状态为「{ZH[current]}」({current})，不能执行 {act}")
    return after
