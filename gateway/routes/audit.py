"""GET /v1/audit/events and /v1/audit/subjects — the audit trail, searched.

Interim access rule (until security-officer roles exist): a valid department key is
required, and results are restricted to *the caller's own department's* events — a
department sees what it did, never what others did.  The per-person report therefore
answers "which of *our* accesses touched this person".  Prefer ``POST
/v1/audit/subjects`` (ID in the body): with ``GET …?id=`` the resident ID is in the URL,
which access logs and proxies record.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel, Field

from audit import LocalIndex, SearchBackend, SearchBackendError, SearchFilter, subject_hash
from gateway.deps import CurrentPrincipal, Gov

router = APIRouter(prefix="/v1/audit", tags=["audit"])

_MAX = 1000


def search_backend(request: Request, gov: Gov) -> SearchBackend:
    """The backend the app was given (``app.state.audit_search``), else the local index, made once."""
    backend = getattr(request.app.state, "audit_search", None)
    if backend is None:
        home = gov.settings.home
        backend = LocalIndex(gov.settings.ledger_dir, home / "audit-index.db")
        request.app.state.audit_search = backend
    return backend


def _search(backend: SearchBackend, f: SearchFilter) -> dict[str, Any]:
    try:
        hits = backend.search(f)
    except SearchBackendError as exc:
        raise HTTPException(503, "audit search unavailable") from exc
    return {"department": f.department, "count": len(hits), "events": [h.to_dict() for h in hits]}


@router.get("/events", summary="Search the caller's department's audit events")
def search_events(
    request: Request,
    gov: Gov,
    principal: CurrentPrincipal,
    since: Annotated[datetime | None, Query(description="RFC 3339, inclusive")] = None,
    until: Annotated[datetime | None, Query(description="RFC 3339, exclusive")] = None,
    department: Annotated[str | None, Query(description="must be your own department")] = None,
    dataset: str | None = None,
    action: str | None = None,
    outcome: Literal["success", "failure"] | None = None,
    purpose: str | None = None,
    decision_id: str | None = None,
    subject: Annotated[str | None, Query(pattern=r"^[0-9a-f]{64}$", description="a keyed subject hash")] = None,
    text: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=_MAX)] = 100,
) -> dict[str, Any]:
    own = principal.department_id
    if department is not None and department != own:
        raise HTTPException(403, "only your own department's audit events can be searched")
    f = SearchFilter(since=since, until=until, department=own, dataset=dataset, action=action, outcome=outcome,
                     purpose=purpose, decision_id=decision_id, subject=subject, text=text, limit=limit)
    return _search(search_backend(request, gov), f)


class SubjectQuery(BaseModel):
    id: str = Field(min_length=6, max_length=64, description="the person's resident ID")
    limit: int = Field(default=_MAX, ge=1, le=_MAX)


def _subject(request: Request, gov: Gov, department: str, q: SubjectQuery) -> dict[str, Any]:
    f = SearchFilter(subject=subject_hash(gov.subject_mac, q.id), department=department, limit=q.limit)
    body = _search(search_backend(request, gov), f)
    body.pop("department")
    return {"department": department, **body}


@router.get("/subjects", summary="Your department's accesses to one person's data (ID in the URL)")
def subject_report(request: Request, gov: Gov, principal: CurrentPrincipal,
                   id: Annotated[str, Query(min_length=6, max_length=64)],  # noqa: A002 - the API's name
                   limit: Annotated[int, Query(ge=1, le=_MAX)] = _MAX) -> dict[str, Any]:
    return _subject(request, gov, principal.department_id, SubjectQuery(id=id, limit=limit))


@router.post("/subjects", summary="Your department's accesses to one person's data (ID in the body)")
def subject_report_post(request: Request, gov: Gov, principal: CurrentPrincipal, q: SubjectQuery) -> dict[str, Any]:
    return _subject(request, gov, principal.department_id, q)
