"""The FastAPI application: ``create_app(settings)``; nothing is built at import time."""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from gateway import problems
from gateway.context import Governance, open_governance
from gateway.policy_reload import policy_reloader
from gateway.openapi import install_openapi
from gateway.routes import audit as audit_routes
from gateway.routes import applications, auth, catalog, grants, health, rows, tokens, usage, users
from gateway.settings import Settings
from gateway.request_metrics import RequestMetricsMiddleware
from gateway.signing import ResponseSigningMiddleware
from keys import Signer
from starlette.types import Scope

log = logging.getLogger("govgate.gateway")


def start_audit_shipping(app: FastAPI, settings: Settings, gov: Governance) -> threading.Event:
    """With GOVGATE_ES_URL: search through Elasticsearch and ship the ledger in the background."""
    stop = threading.Event()
    if not settings.es_url:
        return stop
    from audit import EsConfig, EsSearch, Shipper, connect

    client, _ = connect(EsConfig(settings.es_url, target=settings.es_target, flavor=settings.es_flavor))
    app.state.audit_search = EsSearch(client, settings.es_target)
    if settings.audit_ship:
        shipper = Shipper(settings.ledger_dir, client, settings.es_target, settings.home / "audit-shipper.json")
        app.state.shipper = shipper
        threading.Thread(target=shipper.run, args=(stop,), daemon=True, name="govgate-shipper").start()
    return stop


def _response_signer(scope: Scope) -> Signer | None:
    gov = getattr(scope["app"].state, "governance", None)
    return gov.response_signer if gov is not None else None


def create_app(settings: Settings | None = None, governance: Governance | None = None, *,
               freeze_startup: bool = False) -> FastAPI:
    """Build the app; the governance context opens in the lifespan (or is given, for tests).

    ``freeze_startup`` (the server process: ``govgate serve``) moves what start-up built out of
    the cyclic garbage collector's reach (``gc.freeze``); tests building many apps in one
    process leave it off, or what each one leaves would never be collected."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        gov = governance or open_governance(settings)
        app.state.governance = gov
        stop_shipping = start_audit_shipping(app, settings, gov)
        reloader = policy_reloader(gov)
        app.state.policy_reloader = reloader
        if settings.policy_watch_seconds > 0:
            reloader.watch(settings.policy_watch_seconds)
        if freeze_startup:
            # What start-up built (catalog, policy engine, recognizers: ≈ 230k objects) lives as
            # long as the process: out of the cyclic collector's sight, a full collection no longer
            # walks it (≈ 120 ms with every request in flight stalled; bench.gateway_asgi).
            gc.collect()
            gc.freeze()
        log.info("govgate ready: policy %s, ledger %s", gov.engine.revision[:19], settings.ledger_dir)
        try:
            yield
        finally:
            stop_shipping.set()
            reloader.stop()
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
    app.add_middleware(ResponseSigningMiddleware, signer_for=_response_signer)
    app.add_middleware(RequestMetricsMiddleware)  # outermost: counts every response, signed or not

    app.include_router(health.router)
    app.include_router(catalog.router)
    app.include_router(rows.router)
    app.include_router(auth.router)
    app.include_router(users.router)
    app.include_router(applications.router)
    app.include_router(grants.router)
    app.include_router(usage.router)
    app.include_router(audit_routes.router)
    app.include_router(tokens.router)
    install_openapi(app)
    return app
