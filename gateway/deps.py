"""FastAPI dependencies: the governance context and the authenticated principal."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from gateway.context import Governance, utcnow
from gateway.errors import Unauthenticated
from gateway.state import Principal, authenticate


def get_governance(request: Request) -> Governance:
    return request.app.state.governance


Gov = Annotated[Governance, Depends(get_governance)]


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def resolve_principal(request: Request, gov: Governance) -> Principal | str:
    """The department behind the bearer key, or the reason code why there is none."""
    token = _bearer(request)
    if token is None:
        return "missing_credential"
    with gov.sessions() as session:
        principal = authenticate(session, token, now=utcnow())
    return principal if principal is not None else "invalid_credential"


def get_principal(request: Request, gov: Gov) -> Principal:
    """The department behind the bearer key; 401 (terse) when there is none."""
    principal = resolve_principal(request, gov)
    if isinstance(principal, str):
        raise Unauthenticated(principal)
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]
