"""Errors of people, applications, grants and sources; gateway/problems.py answers each as a
problem (``ApiError`` handler). Every one carries a reason code and a Chinese message.

Objects of another department are answered 404 (``NotFound``), never 403: whether an
application or grant id exists elsewhere is itself not disclosed.
"""

from __future__ import annotations

from typing import Any

from gateway.errors import GatewayError


class ApiError(GatewayError):
    """Root: an HTTP status, a problem kind and title, a reason code and message."""

    status = 400
    kind = "bad-request"
    title = "请求无效 (bad request)"

    def __init__(self, code: str, message: str, *, retry_after: int | None = None, **extra: Any) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.retry_after = retry_after
        self.extra = extra


class Invalid(ApiError):
    status, kind, title = 400, "bad-request", "请求无效 (bad request)"


class Forbidden(ApiError):
    status, kind, title = 403, "forbidden", "无权操作 (forbidden)"


class StepUpRequired(Forbidden):
    """A fresh TOTP proof is needed: POST /v1/auth/step-up, then retry."""

    kind, title = "step-up-required", "须二次验证 (step-up required)"

    def __init__(self, message: str = "该操作须在近期完成 TOTP 二次验证（POST /v1/auth/step-up）") -> None:
        super().__init__("step_up_required", message)


class NotFound(ApiError):
    status, kind, title = 404, "not-found", "不存在 (not found)"


class Conflict(ApiError):
    status, kind, title = 409, "conflict", "状态冲突 (conflict)"


class LoginThrottled(ApiError):
    status, kind, title = 429, "too-many-requests", "请求过多 (too many requests)"


class LoginFailed(ApiError):
    status, kind, title = 401, "unauthenticated", "未认证 (unauthenticated)"


class Unavailable(ApiError):
    status, kind, title = 503, "unavailable", "服务不可用 (unavailable)"
