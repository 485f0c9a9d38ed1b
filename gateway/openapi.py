"""The OpenAPI document as clients (and schemathesis) read it.

FastAPI generates the operations; this adds what it cannot know: every error is an RFC 9457
problem (``application/problem+json``, the ``Problem`` schema, an example per status), the
bearer security scheme, the CSV/NDJSON bodies of the rows endpoint, and an example for every
success response (from the response model's examples, or from ``EXAMPLES`` for the routes
that return free-form JSON). FastAPI's 422 is removed: validation errors are answered 400.
tests/gateway/test_schemathesis.py checks that every operation has its examples.
"""

from __future__ import annotations

import copy
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

PROBLEM = "application/problem+json"

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "RFC 9457 problem details; govgate adds reason codes and, for audited refusals, the receipt.",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "description": "tag:govgate,2026:problem/<kind>"},
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "reasons": {"type": "array", "items": {
            "type": "object", "required": ["code", "message"],
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}},
        "parameter": {"type": "string", "description": "the bad parameter (400)"},
        "errors": {"type": "array", "items": {"type": "object"}},
        "retry_after": {"type": "integer", "description": "seconds (429), also in Retry-After"},
        "receipt": {"type": "object", "description": "audit receipt of the refusal"},
        "decision_id": {"type": "string"},
        "policy_revision": {"type": "string"},
    },
}

_PROBLEM_EXAMPLES: dict[str, dict[str, Any]] = {
    "400": {"type": "tag:govgate,2026:problem/bad-request", "title": "请求无效 (bad request)", "status": 400,
            "detail": "fields: name at least one field, e.g. fields=name,district", "parameter": "fields"},
    "401": {"type": "tag:govgate,2026:problem/unauthenticated", "title": "未认证 (unauthenticated)", "status": 401,
            "detail": "缺少或无效的访问凭证 (missing or invalid API key)",
            "reasons": [{"code": "missing_credential", "message": "缺少或无效的访问凭证"}]},
    "403": {"type": "tag:govgate,2026:problem/step-up-required", "title": "须二次验证 (step-up required)",
            "status": 403, "detail": "该操作须在近期完成 TOTP 二次验证（POST /v1/auth/step-up）",
            "reasons": [{"code": "step_up_required", "message": "该操作须在近期完成 TOTP 二次验证（POST /v1/auth/step-up）"}]},
    "404": {"type": "tag:govgate,2026:problem/not-found", "title": "不存在 (not found)", "status": 404,
            "detail": "申请不存在", "reasons": [{"code": "unknown_application", "message": "申请不存在"}]},
    "409": {"type": "tag:govgate,2026:problem/conflict", "title": "状态冲突 (conflict)", "status": 409,
            "detail": "申请当前状态为「已批准」(approved)，不能执行 reject",
            "reasons": [{"code": "invalid_transition", "message": "申请当前状态为「已批准」(approved)，不能执行 reject"}]},
    "429": {"type": "tag:govgate,2026:problem/too-many-requests", "title": "请求过多 (too many requests)",
            "status": 429, "detail": "连续验证失败，账户已锁定 60 秒", "retry_after": 60,
            "reasons": [{"code": "account_locked", "message": "连续验证失败，账户已锁定 60 秒"}]},
    "410": {"type": "tag:govgate,2026:problem/gone", "title": "已销毁 (gone)", "status": 410,
            "detail": "令牌密钥 5e6f7a8b 已销毁，令牌无法还原",
            "reasons": [{"code": "token_key_destroyed", "message": "令牌密钥 5e6f7a8b 已销毁，令牌无法还原"}]},
    "503": {"type": "tag:govgate,2026:problem/audit-unavailable", "title": "审计不可用 (audit unavailable)",
            "status": 503, "detail": "the request could not be durably audited, so no data was returned; retry later"},
}
_DESCRIPTIONS = {"400": "bad parameter or body", "401": "no valid API key or session", "403": "refused",
                 "404": "no such object (or not visible to this department)", "409": "not in a state that allows this",
                 "429": "rate limit, quota or login lockout: retry after Retry-After seconds",
                 "410": "gone for good (e.g. a destroyed key)",
                 "503": "policy, audit or keys unavailable: nothing done"}

_ROWS_EXAMPLE = {
    "dataset": "population", "purpose": "social-assistance", "fields": ["resident_id", "name", "household_town"],
    "rows": [{"resident_id": "330***********6270", "name": "李平兵", "household_town": "水口乡"}],
    "row_count": 1, "next_after": 1,
    "obligations": {"fields": {"resident_id": "mask", "name": "keep", "household_town": "keep"}, "row_limit": 200,
                    "require_mfa": False, "watermark": True},
    "decision": {"id": "01a226b9-7d3c-7e2a-9b1c-0d2e3f4a5b6c", "allow": True, "policy_revision": "sha256:11f2f6…",
                 "reasons": []},
    "grant": "demo-grant-civil-affairs-population",
    "receipt": {"index": 0, "event_hash": "7abfee8d…", "tree_size": 1, "root_hash": "b6c92584…",
                "checkpoint": "govgate.huzhou/audit\n1\n…"},
    "watermark": "govgate:civil-affairs:01a226b9-7d3c-7e2a-9b1c-0d2e3f4a5b6c",
}

_AUDIT_HIT = {
    "index": 0, "timestamp": "2026-11-30T01:02:03.456Z", "department": "civil-affairs", "credential": "3f9a1c0b7d2e",
    "dataset": "population", "purpose": "social-assistance", "action": "dataset.read", "outcome": "success",
    "decision_id": "01a226b9-7d3c-7e2a-9b1c-0d2e3f4a5b6c", "grant_id": "demo-grant-civil-affairs-population",
    "rows": 3, "fields": {"resident_id": "mask", "name": "keep"}, "reasons": [], "event_hash": "7abfee8d…",
}

# Examples for routes whose handlers return free-form JSON (no response model).
EXAMPLES: dict[tuple[str, str], Any] = {
    ("get", "/healthz"): {"status": "ok"},
    ("get", "/readyz"): {"status": "ready", "checks": {"policy": "ok", "ledger": "ok", "state": "ok"},
                         "policy_revision": "sha256:11f2f6…"},
    ("get", "/v1/datasets"): {"datasets": [{
        "id": "population", "name": "人口基础信息", "owner": "big-data-center", "subject": "人口", "grade": "L4",
        "sharing": "restricted", "sharing_zh": "受限共享", "opening": "prohibited", "opening_zh": "禁止开放",
        "purposes": ["social-assistance"], "fields": ["resident_id", "name"]}]},
    ("get", "/v1/datasets/{dataset_id}"): {
        "id": "population", "name": "人口基础信息", "owner": "big-data-center", "grade": "L4", "sharing": "restricted",
        "description": "全市户籍和常住人口的基础信息",
        "fields": [{"name": "resident_id", "label": "公民身份号码", "type": "string", "class": "个人基本信息",
                    "entity": "CN_RESIDENT_ID", "grade": "L4", "grade_reason": "default for CN_RESIDENT_ID"}]},
    ("get", "/v1/departments"): {"departments": [{"id": "civil-affairs", "name": "市民政局", "kind": "government",
                                                  "purposes": ["social-assistance"]}]},
    ("get", "/v1/me"): {"department": "civil-affairs", "name": "市民政局", "credential": "3f9a1c0b7d2e",
                        "purposes": ["social-assistance"]},
    ("get", "/v1/datasets/{dataset_id}/rows"): _ROWS_EXAMPLE,
    ("get", "/v1/audit/events"): {"department": "civil-affairs", "count": 1, "events": [_AUDIT_HIT]},
    ("get", "/v1/audit/subjects"): {"department": "civil-affairs", "count": 1, "events": [_AUDIT_HIT]},
    ("post", "/v1/audit/subjects"): {"department": "civil-affairs", "count": 1, "events": [_AUDIT_HIT]},
}

# Request-body examples for routes whose body models carry none.
REQUEST_EXAMPLES: dict[tuple[str, str], Any] = {
    ("post", "/v1/audit/subjects"): {"id": "11010519491231002X", "limit": 100},
}

_PARAMETER_EXAMPLES = {"dataset_id": "population", "format": "json", "status": "pending_owner", "overdue": True,
                       "days": 30, "limit": 100, "after": 0, "id": "11010519491231002X", "outcome": "success",
                       "since": "2026-11-01T00:00:00Z", "until": "2026-12-01T00:00:00Z", "action": "dataset.read",
                       "purpose": "social-assistance", "dataset": "population", "department": "civil-affairs",
                       "filter": ["household_town:eq:飞英街道"], "sort": "-birth_date"}


def _resolve(schema: dict[str, Any], node: dict[str, Any] | None) -> dict[str, Any]:
    if node and "anyOf" in node:  # an optional body: the model or null
        node = next((n for n in node["anyOf"] if "$ref" in n), node)
    while node and "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    return node or {}


def enrich(schema: dict[str, Any]) -> dict[str, Any]:
    components = schema.setdefault("components", {})
    components.setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    for unused in ("HTTPValidationError", "ValidationError"):
        components["schemas"].pop(unused, None)
    components["securitySchemes"] = {"bearer": {
        "type": "http", "scheme": "bearer",
        "description": "a department API key (gg_…) or a person's session token (gs_…, POST /v1/auth/login)"}}
    problem_ref = {"$ref": "#/components/schemas/Problem"}
    for path, item in schema.get("paths", {}).items():
        for method, op in item.items():
            responses = op.setdefault("responses", {})
            responses.pop("422", None)
            api = path.startswith("/v1")
            if api and path != "/v1/auth/login":
                op["security"] = [{"bearer": []}]
            declared = ("410",) if api and "410" in responses else ()  # only where a route says so
            for status in (("400", "401", "403", "404", "409", "429", "503", *declared) if api else ()):
                entry = responses.setdefault(status, {"description": _DESCRIPTIONS[status]})
                entry["content"] = {PROBLEM: {"schema": problem_ref, "example": _PROBLEM_EXAMPLES[status]}}
            for param in op.get("parameters", []):
                if "example" not in param and "examples" not in param and param["name"] in _PARAMETER_EXAMPLES:
                    param["example"] = _PARAMETER_EXAMPLES[param["name"]]
            for status, entry in responses.items():
                if not status.startswith("2"):
                    continue
                for media in entry.get("content", {}).values():
                    if "example" in media or "examples" in media:
                        continue
                    examples = _resolve(schema, media.get("schema")).get("examples")
                    if examples:
                        media["example"] = examples[0]
                    elif (method, path) in EXAMPLES:
                        media["example"] = EXAMPLES[(method, path)]
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if body and "example" not in body:
                examples = _resolve(schema, body.get("schema")).get("examples")
                if examples:
                    body["example"] = examples[0]
                elif (method, path) in REQUEST_EXAMPLES:
                    body["example"] = REQUEST_EXAMPLES[(method, path)]
    _special_cases(schema)
    return schema


def _special_cases(schema: dict[str, Any]) -> None:
    paths = schema.get("paths", {})
    rows = paths.get("/v1/datasets/{dataset_id}/rows", {}).get("get")
    if rows:
        examples = {"dataset_id": "population", "fields": "name,household_town", "purpose": "social-assistance",
                    "filter": ["household_town:prefix:吴"], "sort": "household_town", "limit": 5}
        for param in rows.get("parameters", []):  # one coherent example request, allowed for civil-affairs
            if param["name"] in examples:
                param.pop("examples", None)
                param.get("schema", {}).pop("examples", None)
                param["example"] = examples[param["name"]]
        content = rows["responses"]["200"].setdefault("content", {})
        content["text/csv"] = {"schema": {"type": "string"},
                               "example": "resident_id,name,household_town\r\n330***********6270,李平兵,水口乡\r\n"}
        content["application/x-ndjson"] = {"schema": {"type": "string"}, "example":
                                           '{"resident_id":"330***********6270","name":"李平兵","household_town":"水口乡"}\n'}
    metrics = paths.get("/metrics", {}).get("get")
    if metrics:
        metrics["responses"]["200"]["content"] = {"text/plain": {
            "schema": {"type": "string"},
            "example": "# HELP govgate_http_requests_total HTTP requests by route and status\n"}}
    ready = paths.get("/readyz", {}).get("get")
    if ready:
        ready["responses"]["503"] = {"description": "not ready: a check failed", "content": {"application/json": {
            "schema": {"type": "object"},
            "example": {"status": "not ready", "checks": {"policy": "ok", "ledger": "not writable", "state": "ok"},
                        "policy_revision": "sha256:11f2f6…"}}}}


def install_openapi(app: FastAPI) -> None:
    """Serve the enriched document at /openapi.json (built once, on first request)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, summary=app.summary,
                                 description=app.description, routes=app.routes)
            app.openapi_schema = enrich(copy.deepcopy(schema))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
