"""GET /v1/datasets/{id}/rows — the governed read."""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.routing import APIRoute
from fastapi.telemetry import get_telemetry_data
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import QueryParams

from gateway.auth import Caller
from gateway.context import Governance
from gateway.deps import Gov, client_ip, get_governance, get_now, resolve_caller_for
from gateway.errors import BadRequest, Unauthenticated
from gateway.formats import Format, json_body, metadata_headers, negotiate, streamed
from gateway.pipeline import ReadRequest, append_event_async, read_rows_async, unauthenticated_event
from gateway.sources.query import MAX_FILTERS, Filter, coerce, parse_filter, parse_sort

_FIELD = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_PURPOSE = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
_MAX_FIELDS = 64
_DEFAULT_LIMIT = 100
_MAX_AFTER = 2**63 - 1
_MAX_BREAK_GLASS = 500
# A decimal that FastAPI reads as the same int: no sign, space, underscore or leading zero, and
# under 10**18 (so within `after`'s bound); anything else is left to FastAPI's validation.
_PLAIN_COUNT = re.compile(r"0|[1-9][0-9]{0,17}")
_FORMATS = {f.value: f for f in Format}


def parse_fields(raw: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in raw.split(",") if name.strip())
    if not names:
        raise BadRequest("fields", "name at least one field, e.g. fields=name,district")
    bad = [n for n in names if not _FIELD.match(n)]
    if bad:
        raise BadRequest("fields", f"not a field name: {', '.join(repr(b[:70]) for b in bad[:5])}")
    if len(set(names)) != len(names):
        raise BadRequest("fields", "a field is named twice")
    if len(names) > _MAX_FIELDS:
        raise BadRequest("fields", f"at most {_MAX_FIELDS} fields per request")
    return names


def parse_filters(gov: Any, dataset_id: str, raw: list[str]) -> tuple[Filter, ...]:
    """``field:op:value`` strings → typed filters (by the catalog's field type). Unknown datasets and
    fields are left to policy (404 / 400 unknown_field), so that refusal is decided and audited."""
    if len(raw) > MAX_FILTERS:
        raise BadRequest("filter", f"at most {MAX_FILTERS} filters per request")
    dataset = gov.catalog.datasets.get(dataset_id)
    out = []
    for item in raw:
        name, op, value = parse_filter(item)
        spec = dataset.field(name) if dataset is not None else None
        out.append(Filter(name, op, coerce(spec.type.value if spec else "string", op, value, field=name)))
    return tuple(out)


def plain_query(query: QueryParams) -> dict[str, Any] | None:
    """``get_rows``'s query parameters, when each value is one FastAPI would accept as it is,
    converted as FastAPI converts it (a repeated name: the last value, as FastAPI reads it);
    otherwise None, and FastAPI validates the query and words the errors."""
    fields, purpose = query.get("fields"), query.get("purpose")
    limit, after = query.get("limit"), query.get("after")
    if fields is None or purpose is None:
        return None
    if limit is not None and (limit == "0" or not _PLAIN_COUNT.fullmatch(limit)):
        return None
    if after is not None and not _PLAIN_COUNT.fullmatch(after):
        return None
    fmt = query.get("format")
    if fmt is not None and fmt not in _FORMATS:
        return None
    break_glass = query.get("break_glass")
    if break_glass is not None and len(break_glass) > _MAX_BREAK_GLASS:
        return None
    return {"fields": fields, "purpose": purpose,
            "limit": _DEFAULT_LIMIT if limit is None else int(limit), "after": 0 if after is None else int(after),
            "format": None if fmt is None else _FORMATS[fmt], "filter": query.getlist("filter") or None,
            "break_glass": break_glass, "sort": query.get("sort")}


class RowsRoute(APIRoute):
    """``get_rows`` with its query parsed by ``plain_query`` instead of FastAPI's parameter solving.

    That solving cost ≈ 10% of a governed read's CPU (docs/performance.md, "Fourth round"). The
    declared signature stays what the OpenAPI document describes and the path of every query
    ``plain_query`` does not vouch for, so validation errors are FastAPI's, word for word; so is
    any request while dependency overrides or FastAPI's telemetry are in use."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        solved = super().get_route_handler()

        async def handler(request: Request) -> Response:
            params = plain_query(request.query_params)
            if params is None or request.app.dependency_overrides or get_telemetry_data() is not None:
                return await solved(request)
            return await _read(request.path_params["dataset_id"], request, await get_governance(request), **params)

        return handler


async def get_rows(
    dataset_id: str,
    request: Request,
    gov: Gov,
    fields: Annotated[str, Query(description="comma-separated field names", examples=["name,sex,district"])],
    purpose: Annotated[str, Query(description="a registered purpose id", examples=["social-assistance"])],
    limit: Annotated[int, Query(ge=1, description="rows wanted; capped by policy's row limit")] = _DEFAULT_LIMIT,
    after: Annotated[int, Query(ge=0, le=_MAX_AFTER, description="cursor: the next_after of the previous page")] = 0,
    format: Annotated[Format | None, Query(description="json (default), csv or ndjson; or send Accept")] = None,
    filter: Annotated[list[str] | None, Query(
        description="field:op:value, repeatable; op in eq ne lt le gt ge in prefix (in: a|b|c). Only on fields "
                    "policy gives in clear; the field is decided on like a requested one",
        examples=[["household_town:eq:飞英街道"]])] = None,
    break_glass: Annotated[str | None, Query(
        description="emergency access (break-glass): the written justification; incident-response departments "
                    "only, needs a TOTP step-up, always flagged in the audit trail",
        max_length=_MAX_BREAK_GLASS)] = None,
    sort: Annotated[str | None, Query(description="field (ascending) or -field (descending); NULLs last",
                                      examples=["-birth_date"])] = None,
) -> Any:
    # The parameters as FastAPI solved them; RowsRoute calls _read directly for a plainly valid query.
    return await _read(dataset_id, request, gov, fields=fields, purpose=purpose, limit=limit, after=after,
                       format=format, filter=filter, break_glass=break_glass, sort=sort)


router = APIRouter(prefix="/v1", tags=["data"])
router.add_api_route(
    "/datasets/{dataset_id}/rows", get_rows, methods=["GET"], route_class_override=RowsRoute,
    summary="Fetch rows of a dataset, decided by policy, masked and audited",
    responses={400: {"description": "bad parameter"}, 401: {"description": "no valid API key"},
               403: {"description": "refused by policy"}, 404: {"description": "unknown dataset"},
               503: {"description": "policy or audit unavailable: nothing returned"}},
)


async def _read(dataset_id: str, request: Request, gov: Governance, *, fields: str, purpose: str, limit: int,
                after: int, format: Format | None, filter: list[str] | None, break_glass: str | None,
                sort: str | None) -> Response:
    now = get_now(request)
    if limit > gov.settings.max_rows:
        raise BadRequest("limit", f"at most {gov.settings.max_rows} rows per request; page with `after`")
    if not _PURPOSE.match(purpose.strip()):
        raise BadRequest("purpose", "a purpose id such as social-assistance; see GET /v1/me for yours")
    read = ReadRequest(dataset=dataset_id, fields=parse_fields(fields), purpose=purpose.strip(), limit=limit,
                       after=after, source_ip=client_ip(request),
                       method=request.method, path=request.url.path,
                       filters=parse_filters(gov, dataset_id, filter or []), sort=parse_sort(sort))
    # On the event loop: reads of local SQLite files cost less there than a thread hop, and the
    # audit append is awaited (group-committed by gov.audit_writer), never blocking the loop.
    inline = gov.local_reads
    caller = resolve_caller_for(request, gov) if inline else await run_in_threadpool(resolve_caller_for, request, gov)
    if isinstance(caller, Caller) and caller.session_state != "active":
        caller = "totp_enrolment_required"
    if isinstance(caller, str):
        event = unauthenticated_event(gov, read, now=now, code=caller)
        raise Unauthenticated(caller, await append_event_async(gov, event))
    principal = caller.principal
    read = replace(read, mfa=caller.mfa_fresh(now, gov.settings.step_up_seconds), emergency=break_glass)
    result = await read_rows_async(gov, principal, read, now=now, plan_inline=inline)
    decision = result.decision
    headers: dict[str, str] = {}  # lower-case names, as a FastAPI sub-response's headers were
    body = {
        "dataset": dataset_id,
        "purpose": read.purpose,
        "fields": list(read.fields),
        "rows": result.rows,
        "row_count": len(result.rows),
        "next_after": result.next_after,
        "obligations": decision.obligations.model_dump(mode="json"),
        "decision": {"id": decision.decision_id, "allow": decision.allow,
                     "policy_revision": decision.policy_revision,
                     "reasons": [r.model_dump() for r in decision.reasons]},
        "grant": result.grant_id,
        "receipt": result.receipt,
    }
    if result.token_key_id:  # needed to detokenize these tokens later, after the key has rotated
        body["token_key_id"] = result.token_key_id
        headers["govgate-token-key-id"] = result.token_key_id
    if decision.obligations.watermark:
        # Attribution label: names the recipient and the decision in the body and a header, so a
        # leaked copy can be traced back to its audit record. Row-level fingerprinting is not built.
        label = f"govgate:{principal.department_id}:{decision.decision_id}"
        body["watermark"] = label
        headers["govgate-watermark"] = label
    fmt = negotiate(format, request.headers.get("accept", ""))
    if fmt is not Format.JSON:
        return streamed(fmt, body, headers)
    # Serialized directly: every value is already JSON (store rows are str/int/float/None), and
    # FastAPI's generic jsonable_encoder walk cost ≈ 2 ms per 100-row page (docs/performance.md);
    # json_body writes json.dumps's bytes, faster. The decision and receipt also go in headers,
    # where the response signature covers them.
    return Response(json_body(body), media_type="application/json", headers={**metadata_headers(body), **headers})
