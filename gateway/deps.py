"""FastAPI dependencies: the governance context and the authenticated principal."""

from __future__ import annotations

import ipaddress
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request

from audit import ip_text
from gateway import auditing
from gateway.api_errors import Forbidden
from gateway.auth import Caller, resolve_caller
from gateway.context import Governance, utcnow
from gateway.errors import Unauthenticated
from gateway.state import Principal


async def get_governance(request: Request) -> Governance:
    # async: FastAPI runs a sync dependency in the threadpool, a thread hop per request for a lookup
    return request.app.state.governance


Gov = Annotated[Governance, Depends(get_governance)]


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def get_now(request: Request) -> datetime:
    """The time of this request; tests inject a clock as ``app.state.clock`` (no sleeping)."""
    clock = getattr(request.app.state, "clock", None)
    return clock() if clock is not None else utcnow()


Now = Annotated[datetime, Depends(get_now)]


def client_ip(request: Request) -> str | None:
    """The peer's IP address, or None when the peer is not an IP endpoint (tests, sockets)."""
    host = request.client.host if request.client else None
    if not host:
        return None
    if type(host) is str:  # an ASGI server's text: parsed once per address seen
        return ip_text(host)
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


ClientIp = Annotated[str | None, Depends(client_ip)]


def resolve_caller_for(request: Request, gov: Governance) -> Caller | str:
    """The department system (API key) or person (session token) behind the bearer token, or why none."""
    token = _bearer(request)
    if token is None:
        return "missing_credential"
    if gov.principals is not None:  # the same answer, one indexed read for a key seen before
        return gov.principals.resolve(gov, token, now=get_now(request), source_ip=client_ip(request))
    return resolve_caller(gov, token, now=get_now(request), source_ip=client_ip(request))


def resolve_principal(request: Request, gov: Governance) -> Principal | str:
    """The principal behind the bearer token (key or fully signed-in person), or the reason code why there is none."""
    caller = resolve_caller_for(request, gov)
    if isinstance(caller, str):
        return caller
    return caller.principal if caller.session_state == "active" else "totp_enrolment_required"


def get_session_caller(request: Request, gov: Gov) -> Caller:
    """Any authenticated caller, including a person who must still enrol TOTP; 401 (audited) otherwise."""
    caller = resolve_caller_for(request, gov)
    if isinstance(caller, str):
        receipt = auditing.record(gov, now=get_now(request), action="auth.reject", outcome="failure", actor_id=None,
                                  department=None, category="authentication",
                                  reasons=[auditing.reason(caller, "缺少或无效的访问凭证")],
                                  details={"method": request.method, "route": _route(request)},
                                  source_ip=client_ip(request))
        raise Unauthenticated(caller, receipt)
    return caller


SessionCaller = Annotated[Caller, Depends(get_session_caller)]


def get_caller(caller: SessionCaller) -> Caller:
    """An active caller: a key whose credential and department are active, or a fully signed-in person."""
    if caller.session_state != "active":
        raise Forbidden("totp_enrolment_required", "首次登录须先绑定动态口令（POST /v1/auth/totp/enrol）")
    if caller.principal.credential_status != "active":
        raise Forbidden("credential_inactive", "访问凭证已吊销或过期")
    if caller.principal.department_status != "active":
        raise Forbidden("department_suspended", "本部门已被暂停访问")
    return caller


CurrentCaller = Annotated[Caller, Depends(get_caller)]


def _route(request: Request) -> str:
    route = request.scope.get("route")
    return getattr(route, "path", None) or "unmatched"


def get_principal(request: Request, gov: Gov) -> Principal:
    """The department behind the bearer key; 401 (terse) when there is none."""
    principal = resolve_principal(request, gov)
    if isinstance(principal, str):
        raise Unauthenticated(principal)
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]
