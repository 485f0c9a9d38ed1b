"""``govgate policy explain``: which rules fired for one input, and why it was refused.

Every condition below is a rule of the bundle, evaluated by regopy on the input (nothing
is re-decided in Python): ``allow`` needs each of the first group; the second group
shows how the basis and the grant were judged. Each refusal reason is traced back to the
rule(s) carrying its code in a ``# METADATA`` block (``custom: code: …``), with file,
line and description.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from policy._uuid7 import uuid7
from policy.bundle import ENTRYPOINT, compile_bundle, load_modules, modules_revision
from policy.decision import Decision
from policy.engine import _plain, parse_decision, served_data, set_input

_PACKAGE = ENTRYPOINT.rsplit("/", 1)[0]

# (rule, what it means) — allow needs all of ALLOW_CONDITIONS (authz.rego `allow`).
ALLOW_CONDITIONS: tuple[tuple[str, str], ...] = (
    ("input_well_formed", "请求格式完整、正确 / input well formed"),
    ("department_active", "部门已登记且未暂停 / department registered and active"),
    ("credential_active", "凭证有效 / credential active"),
    ("purpose_permitted", "用途已登记且在本部门职责内 / purpose within the department's duties"),
    ("fields_known", "数据集及所有字段已登记 / dataset and every field known"),
    ("mfa_satisfied", "无需或已完成二次验证 / no step-up needed, or done"),
    ("within_export_limit", "未超过当日导出上限 / within today's export limit"),
)
DETAIL_CONDITIONS: tuple[tuple[str, str], ...] = (
    ("is_owner", "请求部门是数据提供方 / the department owns the dataset"),
    ("no_emergency", "未申请应急访问 / no break-glass claim"),
    ("break_glass_valid", "应急访问条件全部满足 / break-glass conditions all hold"),
    ("has_break_glass_role", "部门具有应急角色 / department holds a break-glass role"),
    ("justification_sufficient", "书面理由足够 / written justification long enough"),
    ("grant_needed", "需要批准的申请 / a grant is needed"),
    ("grant_valid", "申请有效 / grant valid"),
    ("grant_matches", "申请与请求一致 / grant names this department, dataset, purpose, fields"),
    ("grant_unexpired", "申请未过期 / grant not expired"),
    ("grant_operators_valid", "申请中的脱敏方式有效 / grant operators known"),
    ("mfa_needed", "需要二次验证 / step-up required"),
)


@dataclass(frozen=True)
class RuleSource:
    code: str
    title: str
    description: str
    file: str
    line: int


@dataclass(frozen=True)
class Explanation:
    decision: Decision
    conditions: tuple[tuple[str, str, bool], ...]  # (rule, meaning, holds)
    details: tuple[tuple[str, str, bool], ...]
    refusals: tuple[tuple[str, str, tuple[RuleSource, ...]], ...]  # (code, message, sources)

    def as_dict(self) -> dict[str, Any]:
        return {
            "decision": self.decision.model_dump(mode="json"),
            "conditions": [{"rule": r, "meaning": m, "holds": h} for r, m, h in self.conditions],
            "details": [{"rule": r, "meaning": m, "holds": h} for r, m, h in self.details],
            "refusals": [
                {"code": c, "message": msg, "rules": [s.__dict__ for s in sources]} for c, msg, sources in self.refusals
            ],
        }


def explain(bundle_dir: Path, data: Mapping[str, Any], input: Any) -> Explanation:
    """Evaluate the decision and every listed condition on ``input``."""
    modules = load_modules(bundle_dir)
    revision = modules_revision(modules, data)
    names = [name for name, _ in ALLOW_CONDITIONS + DETAIL_CONDITIONS]
    entrypoints = [ENTRYPOINT, f"{_PACKAGE}/refusals", *(f"{_PACKAGE}/{n}" for n in names)]
    interp, bundle = compile_bundle(modules, served_data(data, revision), entrypoints, bundle_dir=Path(bundle_dir))
    plain = _plain(input)
    set_input(interp, plain)

    def value(entrypoint: str) -> Any:
        output = interp.query_bundle_entrypoint(bundle, entrypoint)
        return output[0].expressions[0] if output.ok() and len(output) and output[0].expressions else None

    resource = plain.get("resource") if isinstance(plain, dict) else None
    decision = parse_decision(value(ENTRYPOINT), revision=revision, decision_id=str(uuid7()),
                              requested=resource.get("fields") if isinstance(resource, dict) else None)
    sources = rule_sources(bundle_dir)
    refusals = tuple(
        (r["code"], r["message"], tuple(s for s in sources if s.code == r["code"]))
        for r in sorted(value(f"{_PACKAGE}/refusals") or [], key=lambda r: (r["code"], r["message"]))
    )
    return Explanation(
        decision=decision,
        conditions=tuple((n, m, value(f"{_PACKAGE}/{n}") is True) for n, m in ALLOW_CONDITIONS),
        details=tuple((n, m, value(f"{_PACKAGE}/{n}") is True) for n, m in DETAIL_CONDITIONS),
        refusals=refusals,
    )


_METADATA = re.compile(r"^# METADATA\n((?:#[^\n]*\n)+)", re.MULTILINE)


def rule_sources(bundle_dir: Path) -> tuple[RuleSource, ...]:
    """Every rule with a ``custom: code:`` METADATA annotation, with its location."""
    found: list[RuleSource] = []
    for module in load_modules(bundle_dir):
        for match in _METADATA.finditer(module.text):
            block = "\n".join(line[2:] if line.startswith("# ") else line[1:] for line in match.group(1).splitlines())
            try:
                meta = yaml.safe_load(block) or {}
            except yaml.YAMLError:
                continue
            code = (meta.get("custom") or {}).get("code") if isinstance(meta, dict) else None
            if not code:
                continue
            line = module.text.count("\n", 0, match.end()) + 1
            found.append(RuleSource(code, str(meta.get("title", "")), str(meta.get("description", "")).strip(),
                                    str(Path(bundle_dir) / module.path), line))
    return tuple(found)
