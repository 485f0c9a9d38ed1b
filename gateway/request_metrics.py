"""Request count and latency per route template, as a plain ASGI middleware.

Starlette's ``@app.middleware("http")`` (BaseHTTPMiddleware) runs the rest of the app in a
task group and re-streams the response through memory objects: ≈ 10% of a governed read's
event-loop time under load (docs/performance.md). This one only watches the messages.
"""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class RequestMetricsMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # an exception before the response started is answered 500 by the server

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            gov = getattr(scope["app"].state, "governance", None)
            if gov is not None:
                route = scope.get("route")
                template = getattr(route, "path", "unmatched")  # the template, never ids or values
                gov.metrics.requests.labels(scope["method"], template, str(status)).inc()
                gov.metrics.latency.labels(template).observe(time.perf_counter() - started)
