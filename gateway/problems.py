"""The one place that turns errors into RFC 9457 problem responses.

Security failures are terse to the client and detailed in the server log.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from gateway.errors import AuditUnavailable, BadRequest, Refused, Throttled, Unauthenticated
from gateway.api_errors import ApiError
from policy import PolicyError

log = logging.getLogger("govgate.gateway")

PROBLEM_JSON = "application/problem+json"
_TYPE = "tag:govgate,2026:problem/"


def problem(status: int, kind: str, title: str, detail: str, instance: str = "", **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {"type": _TYPE + kind, "title": title, "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    body.update(extra)
    headers = {"WWW-Authenticate": 'Bearer realm="govgate"'} if status == 401 else None
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(Refused)
    async def _refused(request: Request, exc: Refused) -> JSONResponse:
        decision = exc.decision
        reasons = [r.model_dump() for r in decision.reasons]
        kind = {404: "not-found", 400: "bad-request"}.get(exc.status, "policy-refused")
        title = {404: "数据集不存在 (not found)", 400: "请求无效 (bad request)"}.get(exc.status, "访问被拒绝 (access refused)")
        return problem(exc.status, kind, title, "；".join(r["message"] for r in reasons), request.url.path,
                       reasons=reasons, decision_id=decision.decision_id,
                       policy_revision=decision.policy_revision, receipt=exc.receipt)

    @app.exception_handler(Unauthenticated)
    async def _unauthenticated(request: Request, exc: Unauthenticated) -> JSONResponse:
        log.warning("unauthenticated request to %s from %s: %s", request.url.path,
                    request.client.host if request.client else "?", exc.code)
        extra = {"receipt": exc.receipt} if exc.receipt else {}
        return problem(401, "unauthenticated", "未认证 (unauthenticated)",
                       "缺少或无效的访问凭证 (missing or invalid API key)", request.url.path,
                       reasons=[{"code": exc.code, "message": "缺少或无效的访问凭证"}], **extra)

    @app.exception_handler(Throttled)
    async def _throttled(request: Request, exc: Throttled) -> JSONResponse:
        response = problem(429, "too-many-requests", "请求过多 (too many requests)",
                           f"{exc.message}；请在 {exc.retry_after} 秒后重试 (retry after {exc.retry_after} s)",
                           request.url.path, reasons=[{"code": exc.code, "message": exc.message}],
                           retry_after=exc.retry_after, receipt=exc.receipt)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response

    @app.exception_handler(BadRequest)
    async def _bad_request(request: Request, exc: BadRequest) -> JSONResponse:
        return problem(400, "bad-request", "请求无效 (bad request)", exc.detail, request.url.path,
                       parameter=exc.parameter)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"parameter": ".".join(str(p) for p in e["loc"][1:]) or str(e["loc"][0]), "message": e["msg"]}
                  for e in exc.errors()]
        detail = "; ".join(f"{e['parameter']}: {e['message']}" for e in errors)
        return problem(400, "bad-request", "请求无效 (bad request)", detail, request.url.path, errors=errors)

    @app.exception_handler(AuditUnavailable)
    async def _audit_down(request: Request, exc: AuditUnavailable) -> JSONResponse:
        log.error("audit ledger unavailable for %s: %s", request.url.path, exc.__cause__ or exc)
        return problem(503, "audit-unavailable", "审计不可用 (audit unavailable)",
                       "the request could not be durably audited, so no data was returned; retry later",
                       request.url.path)

    @app.exception_handler(PolicyError)
    async def _policy_down(request: Request, exc: PolicyError) -> JSONResponse:
        log.error("policy engine failed for %s: %s", request.url.path, exc)
        return problem(503, "policy-unavailable", "策略不可用 (policy unavailable)",
                       "no decision could be made, so no data was returned; retry later", request.url.path)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        if exc.status in (401, 403, 429):  # security refusals: terse here, detailed in the log
            log.warning("%s %s refused: %s", request.method, request.url.path, exc)
        extra = dict(exc.extra)
        if exc.retry_after is not None:
            extra["retry_after"] = exc.retry_after
        response = problem(exc.status, exc.kind, exc.title, exc.message, request.url.path,
                           reasons=[{"code": exc.code, "message": exc.message}], **extra)
        if exc.retry_after is not None:
            response.headers["Retry-After"] = str(exc.retry_after)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem(exc.status_code, "http", str(exc.detail), str(exc.detail), request.url.path)
