"""The FastAPI application: ``create_app(settings)``; nothing is built at import time."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request

from gateway import problems
from gateway.context import Governance, open_governance
from gateway.routes import audit as audit_routes
from gateway.routes import catalog, health, rows
from gateway.settings import Settings

log = logging.getLogger("govgate.gateway")


def create_app(settings: Settings | None = None, governance: Governance | None = None) -> FastAPI:
    """Build the app; the governance context opens in the lifespan (or is given, for tests)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        gov = governance or open_governance(settings)
        app.state.governance = gov
        log.info("govgate ready: policy %s, ledger %s", gov.engine.revision[:19], settings.ledger_dir)
        try:
            yield
        finally:
            if governance is None:
                gov.close()

    app = FastAPI(
        title="govgate",
        version="0.1.0",
        summary="湖州市公共数据网关：策略决策、分级分类、脱敏、可验证审计",
        description="Every read is decided by Rego policy, masked per its obligations, and durably "
                    "audited in a signed hash-chained ledger before any row leaves.",
        lifespan=lifespan,
    )
    problems.install(app)

    @app.middleware("http")
    async def count_requests(request: Request, call_next):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        response = await call_next(request)
        gov = getattr(request.app.state, "governance", None)
        if gov is not None:
            route = request.scope.get("route")
            template = getattr(route, "path", "unmatched")  # the template, never ids or values
            gov.metrics.requests.labels(request.method, template, str(response.status_code)).inc()
            gov.metrics.latency.labels(template).observe(time.perf_counter() - started)
        return response

    app.include_router(health.router)
    app.include_router(catalog.router)
    app.include_router(rows.router)
    app.include_router(audit_routes.router)
    return app
