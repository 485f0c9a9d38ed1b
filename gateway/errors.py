"""The gateway's error vocabulary; gateway/problems.py turns each into an HTTP problem."""

from __future__ import annotations

from typing import Any


class GatewayError(Exception):
    """Root of the gateway's errors."""


class Refused(GatewayError):
    """Policy refused the request; the refusal is already audited."""

    def __init__(self, decision: Any, status: int, receipt: dict[str, Any]) -> None:
        super().__init__(", ".join(r.code for r in decision.reasons) or "refused")
        self.decision = decision
        self.status = status
        self.receipt = receipt


class Unauthenticated(GatewayError):
    """No valid credential; audited with the receipt attached."""

    def __init__(self, code: str, receipt: dict[str, Any] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.receipt = receipt


class Throttled(GatewayError):
    """A rate limit or the daily row quota: 429 with Retry-After; audited."""

    def __init__(self, code: str, message: str, retry_after: int, receipt: dict[str, Any]) -> None:
        super().__init__(code)
        self.code, self.message, self.retry_after, self.receipt = code, message, retry_after, receipt


class BadRequest(GatewayError):
    """A parameter is malformed; names the parameter."""

    def __init__(self, parameter: str, detail: str) -> None:
        super().__init__(f"{parameter}: {detail}")
        self.parameter = parameter
        self.detail = detail


class AuditUnavailable(GatewayError):
    """The ledger could not durably record the request: nothing is returned (fail closed)."""


class NotReady(GatewayError):
    """The demo or state is not prepared (e.g. `govgate demo init` has not run)."""
