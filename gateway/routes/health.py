"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import text

from gateway.deps import Gov
from gateway.metrics import CONTENT_TYPE_LATEST

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Liveness: the process answers")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/metrics", summary="Prometheus metrics", response_class=Response)
def metrics(gov: Gov, request: Request) -> Response:
    shipper = getattr(request.app.state, "shipper", None)
    gov.metrics.audit_lag.set(shipper.status.lag if shipper is not None else 0)
    return Response(gov.metrics.render(), media_type=CONTENT_TYPE_LATEST)


@router.get("/readyz", summary="Readiness: policy loaded, ledger writable, state reachable")
def readyz(gov: Gov) -> JSONResponse:
    checks: dict[str, str] = {}
    checks["policy"] = "ok" if gov.engine.revision else "no bundle"
    checks["ledger"] = "ok" if gov.ledger.writable() else "not writable"
    try:
        with gov.sessions() as session:
            session.execute(text("SELECT 1"))
        checks["state"] = "ok"
    except Exception as exc:  # readiness reports, it does not raise
        checks["state"] = f"unreachable: {type(exc).__name__}"
    ready = all(v == "ok" for v in checks.values())
    return JSONResponse({"status": "ready" if ready else "not ready", "checks": checks,
                         "policy_revision": gov.engine.revision}, status_code=200 if ready else 503)
