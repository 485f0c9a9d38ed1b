"""Roles of people, and separation of duties (GB/T 22239-2019 level 3: 三权分立).

| role | who | may |
| --- | --- | --- |
| requester | 数据需求方经办人 | apply for data for their department, withdraw, read their department's applications, grants, usage |
| data_owner | 数据提供方审批人 | approve (with TOTP step-up) or reject applications for datasets their department owns; revoke those grants |
| compliance_officer | 主管部门合规审查员 (only in the competent department, 市大数据管理中心) | the compliance check of every application |
| security_officer | 安全审计员 (audit administrator) | the audit trail (audit/ endpoints, later) |
| security_admin | 安全管理员 | security configuration (suspensions, keys; later) |
| assessor | 测评人员 (third party, read-only) | grading checks and risk assessment (later) |
| system_admin | 系统管理员 | the people of their own department: create, lock, unlock |

Separation of duties, enforced whenever roles are set: system_admin, security_officer and
security_admin are mutually exclusive (the system, audit and security administrators are
three different people), and an assessor — an independent third party — holds no other role.
Per application, the requester, the compliance reviewer and the approver are three different
people (gateway/workflow/transitions.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from gateway.api_errors import Invalid


class Role(StrEnum):
    REQUESTER = "requester"
    DATA_OWNER = "data_owner"
    COMPLIANCE_OFFICER = "compliance_officer"
    SECURITY_OFFICER = "security_officer"
    SECURITY_ADMIN = "security_admin"
    ASSESSOR = "assessor"
    SYSTEM_ADMIN = "system_admin"

    @property
    def zh(self) -> str:
        return ROLE_NAMES[self]


ROLE_NAMES = {
    Role.REQUESTER: "数据需求方经办人",
    Role.DATA_OWNER: "数据提供方审批人",
    Role.COMPLIANCE_OFFICER: "主管部门合规审查员",
    Role.SECURITY_OFFICER: "安全审计员",
    Role.SECURITY_ADMIN: "安全管理员",
    Role.ASSESSOR: "测评人员",
    Role.SYSTEM_ADMIN: "系统管理员",
}

# 三权分立: no two of these in one person.
ADMINISTRATORS = frozenset({Role.SYSTEM_ADMIN, Role.SECURITY_OFFICER, Role.SECURITY_ADMIN})


class RoleConflict(Invalid):
    """Roles that one person may not hold together (or not in that department)."""


def check_roles(roles: Iterable[str], *, department: str, competent_department: str) -> tuple[Role, ...]:
    """Validate a set of roles for a person of ``department``; return them sorted. Raises RoleConflict."""
    names = list(roles)
    unknown = sorted({r for r in names if r not in Role._value2member_map_})
    if unknown:
        raise RoleConflict("unknown_role", f"未知角色：{', '.join(unknown)}（可选：{', '.join(Role)}）")
    chosen = sorted({Role(r) for r in names})
    if not chosen:
        raise RoleConflict("no_role", "至少需要一个角色")
    admins = [r for r in chosen if r in ADMINISTRATORS]
    if len(admins) > 1:
        raise RoleConflict("separation_of_duties",
                           f"三权分立：{'、'.join(r.zh for r in admins)}不能由同一人担任 ({', '.join(admins)})")
    if Role.ASSESSOR in chosen and len(chosen) > 1:
        raise RoleConflict("separation_of_duties", "测评人员为独立第三方，不能兼任其他角色")
    if Role.COMPLIANCE_OFFICER in chosen and department != competent_department:
        raise RoleConflict("compliance_officer_department",
                           f"合规审查员只能由公共数据主管部门（{competent_department}）的人员担任")
    return tuple(chosen)
