"""The ungoverned baseline for bench/gateway_wrk.py: the same rows from the same SQLite store,
serialized the same way (``gateway.formats.json_body`` — pydantic-core's encoder for plain JSON,
json.dumps otherwise, as the governed route — into a Response), with no authentication, policy, masking,
audit or quota. Two handler styles: ``/rows`` is a sync ``def`` run in the threadpool, like the
governed route (the like-for-like baseline); ``/rows-async`` runs on the event loop.

    GOVGATE_BENCH_STORE=var/demo/store.db uvicorn bench.gateway_bare:app --loop uvloop --http httptools
"""

from __future__ import annotations

import os
from typing import Annotated

from fastapi import FastAPI, Query, Response

from gateway.formats import json_body
from gateway.sources import SqliteStore

app = FastAPI(title="bare rows (no governance)")
_store = SqliteStore(os.environ.get("GOVGATE_BENCH_STORE", "var/demo/store.db"))


def _page(dataset_id: str, fields: str, limit: int) -> Response:
    names = fields.split(",")
    page, cursor = _store.fetch_page(dataset_id, names, limit)
    body = {"dataset": dataset_id, "fields": names, "rows": page, "row_count": len(page), "next_after": cursor}
    return Response(json_body(body), media_type="application/json")


@app.get("/rows/{dataset_id}")
def rows(dataset_id: str, fields: Annotated[str, Query()], limit: int = 100) -> Response:
    return _page(dataset_id, fields, limit)


@app.get("/rows-async/{dataset_id}")
async def rows_async(dataset_id: str, fields: Annotated[str, Query()], limit: int = 100) -> Response:
    return _page(dataset_id, fields, limit)
