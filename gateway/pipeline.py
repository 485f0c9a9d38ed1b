"""One governed read, in one direction: decide → fetch → mask → audit → respond.

Each stage is one call into a package's public API. The audit event is appended (durably)
before any row is returned; if it cannot be, nothing is returned (fail closed).

``plan_read`` does everything up to the audit append and returns the event with what follows
its receipt (the rows, or the refusal to raise); ``read_rows`` appends it blocking, and
``read_rows_async`` awaits it through the audit writer so the event loop never blocks on the
ledger's fdatasync (gateway/audit_writer.py).
"""

from __future__ import annotations

import logging
import math
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from starlette.concurrency import run_in_threadpool

from audit import AuditError, LedgerWriteError, Receipt, build_access_event, uuid7
from classify import mask_rows
from gateway.auditing import record
from gateway.context import Governance
from gateway.errors import AuditUnavailable, Refused, Throttled
from gateway.limits import quota_day, seconds_until_next_day
from gateway.state import Principal
from gateway.state.models import Incident
from gateway.tokenizing import active_tokenizer
from gateway.sources.query import Filter, Sort
from policy import Decision, Operator, Reason

log = logging.getLogger("govgate.gateway")

# Personal identifiers whose keyed hashes go into the audit event, so that "who accessed this
# person's data" can be answered without the audit store holding the identifier.
SUBJECT_ENTITIES = frozenset({"CN_RESIDENT_ID", "CN_SOCIAL_SECURITY"})

# Reason codes that mean the request itself is wrong rather than forbidden.
_NOT_FOUND = frozenset({"unknown_dataset"})
_BAD_REQUEST = frozenset({"unknown_field", "unknown_purpose", "input_missing", "input_invalid",
                          "break_glass_justification_required"})


@dataclass(frozen=True)
class ReadRequest:
    dataset: str
    fields: tuple[str, ...]
    purpose: str
    limit: int
    after: int = 0
    source_ip: str | None = None
    method: str = "GET"
    path: str = ""
    filters: tuple[Filter, ...] = ()  # pushed down to the source; each must be readable in clear
    sort: Sort | None = None
    mfa: bool = False  # a person's fresh TOTP step-up; always False for department API keys
    emergency: str | None = None  # break-glass justification (incident-response departments only)

    @property
    def decided_fields(self) -> tuple[str, ...]:
        """What policy decides on: the fields returned plus any filtered or sorted on."""
        extra = (*(f.field for f in self.filters), *((self.sort.field,) if self.sort else ()))
        return tuple(dict.fromkeys((*self.fields, *extra)))


@dataclass
class ReadResult:
    decision: Decision
    rows: list[dict[str, Any]]
    receipt: dict[str, Any]
    next_after: int | None
    grant_id: str | None = None
    token_key_id: str | None = None  # the key of any `tokenize`d field (tokens carry no key id)


def _status_for(decision: Decision) -> int:
    codes = {reason.code for reason in decision.reasons}
    if codes & _NOT_FOUND:
        return 404
    if codes & _BAD_REQUEST:
        return 400
    return 403


def policy_input(principal: Principal, request: ReadRequest, grant_id: str | None,
                 now: datetime, rows_today: int = 0) -> dict[str, Any]:
    """The input document of docs/policy.md; the grant is named by id (the policy reads it from its data)."""
    return {
        "principal": {
            "department": principal.department_id,
            "credential": principal.credential_id,
            "credential_status": principal.credential_status,
            "department_status": principal.department_status,
        },
        "resource": {"dataset": request.dataset, "fields": list(request.decided_fields)},
        "purpose": request.purpose,
        "grant": grant_id,
        "context": {"time": now.isoformat().replace("+00:00", "Z"), "requested_rows": request.limit, "mfa": request.mfa,
                    "rows_today": rows_today},
        **({"emergency": {"justification": request.emergency}} if request.emergency is not None else {}),
    }


def _subject_hashes(gov: Governance, dataset_id: str, raw_rows: list[dict[str, Any]]) -> list[str]:
    dataset = gov.catalog.datasets[dataset_id]
    id_fields = [f.name for f in dataset.fields if f.entity in SUBJECT_ENTITIES and raw_rows and f.name in raw_rows[0]]
    identifiers: set[str] = set()
    for name in id_fields:
        present = list(filter(None, [row.get(name) for row in raw_rows]))  # the truthy values
        if set(map(type, present)) <= {str}:  # a store's text column: C-level calls, no frame per value
            identifiers.update(map(str.upper, map(str.strip, present)))
        else:
            identifiers.update(str(value).strip().upper() for value in present)
    return gov.identifier_macs(identifiers)


def _access_event(gov: Governance, *, now: datetime, principal: Principal | None, request: ReadRequest,
                  decision: Decision | None, reasons: list[dict[str, str]], status: int, row_count: int = 0,
                  returned: dict[str, str] | None = None, grant_id: str | None = None,
                  subjects: list[str] | None = None, token_key_id: str | None = None) -> dict[str, Any]:
    event = build_access_event(
        now=now,
        event_id=uuid7(now, secrets.token_bytes(10)),
        action="dataset.read",
        outcome="success" if status < 400 else "failure",
        allow=bool(decision and decision.allow),
        department=principal.department_id if principal else None,
        credential_id=principal.credential_id if principal else None,
        source_ip=request.source_ip,
        dataset=request.dataset,
        fields_requested=list(request.decided_fields),
        fields_returned=returned or {},
        purpose=request.purpose,
        decision_id=decision.decision_id if decision else None,
        policy_revision=decision.policy_revision if decision else gov.engine.revision,
        reasons=reasons,
        row_count=row_count,
        grant_id=grant_id,
        subject_hashes=subjects or [],
        http={"method": request.method, "path": request.path, "status": status},
        flags=decision.flags if decision else (),
        open_incident=decision.obligations.open_incident if decision else None,
    )
    if token_key_id:  # beside the `tokenize` operators in fields.returned: detokenizable after rotation
        event["govgate"]["tokens"] = {"key_id": token_key_id}
    return event


def _receipt(gov: Governance, receipt: Receipt, started: float) -> dict[str, Any]:
    gov.metrics.audit_append.observe(time.perf_counter() - started)
    gov.metrics.ledger_size.set(receipt.tree_size)
    return receipt.model_dump(mode="json")


def append_event(gov: Governance, event: dict[str, Any]) -> dict[str, Any]:
    """Durably append ``event`` (blocking); its receipt, or ``AuditUnavailable`` (fail closed)."""
    started = time.perf_counter()
    try:
        receipt = gov.ledger.append(event)
    except LedgerWriteError as exc:
        raise AuditUnavailable("the audit ledger could not record the request") from exc
    return _receipt(gov, receipt, started)


async def append_event_async(gov: Governance, event: dict[str, Any]) -> dict[str, Any]:
    """``append_event`` awaited on the event loop: group-committed by the audit writer thread."""
    started = time.perf_counter()
    try:
        receipt = await gov.audit_writer.append(event)
    except AuditError as exc:
        raise AuditUnavailable("the audit ledger could not record the request") from exc
    return _receipt(gov, receipt, started)


def unauthenticated_event(gov: Governance, request: ReadRequest, *, now: datetime, code: str) -> dict[str, Any]:
    """The audit event of a request that carried no valid credential."""
    reasons = [{"code": code, "message": "缺少或无效的访问凭证"}]
    return _access_event(gov, now=now, principal=None, request=request, decision=None, reasons=reasons, status=401)


@dataclass
class PendingRead:
    """A read decided (and, when allowed, fetched and masked) whose audit event is not yet durable.

    ``finish(receipt)`` runs once the event is: it returns the result or raises the audited
    refusal. ``blocking_finish`` marks a finish that writes (an obliged incident), which an
    async caller runs in the threadpool."""

    event: dict[str, Any]
    finish: Callable[[dict[str, Any]], ReadResult]
    blocking_finish: bool = False


def _refusal(event: dict[str, Any], error: Callable[[dict[str, Any]], Exception]) -> PendingRead:
    def finish(receipt: dict[str, Any]) -> ReadResult:
        raise error(receipt)

    return PendingRead(event, finish)


def _throttle(gov: Governance, now: datetime, principal: Principal, request: ReadRequest, code: str,
              message: str, retry_after: int, decision: Decision | None = None) -> PendingRead:
    reasons = [{"code": code, "message": message}]
    gov.metrics.refusals.labels(code).inc()
    event = _access_event(gov, now=now, principal=principal, request=request, decision=decision, reasons=reasons,
                          status=429)
    return _refusal(event, lambda receipt: Throttled(code, message, retry_after, receipt))


def _refuse_hidden_filters(gov: Governance, now: datetime, principal: Principal, request: ReadRequest,
                           decision: Decision) -> PendingRead | None:
    named = dict.fromkeys((*(f.field for f in request.filters), *((request.sort.field,) if request.sort else ())))
    hidden = [f for f in named if decision.obligations.fields.get(f) is not Operator.KEEP]
    if not hidden:
        return None
    reason = Reason(code="filter_on_masked_field",
                    message=f"不能按未明文提供的字段筛选或排序：{', '.join(hidden)}")
    refused = decision.model_copy(update={"allow": False, "reasons": (reason,)})
    gov.metrics.refusals.labels(reason.code).inc()
    event = _access_event(gov, now=now, principal=principal, request=request, decision=refused,
                          reasons=[reason.model_dump()], status=403)
    return _refusal(event, lambda receipt: Refused(refused, 403, receipt))


def _open_incident(gov: Governance, now: datetime, principal: Principal, request: ReadRequest,
                   decision: Decision, receipt: dict[str, Any]) -> None:
    """The decision obliges an incident (break-glass): record it, and audit that it was opened.

    The data has already been audited; if this fails the response still goes (the access event
    carries ``open_incident``), and the failure is logged loudly for the security officer."""
    incident_id = "inc-" + uuid7(now, secrets.token_bytes(10))
    try:
        with gov.sessions() as session:
            session.add(Incident(id=incident_id, kind=decision.obligations.open_incident, category="异常行为",
                                 grade="一般", status="open", department_id=principal.department_id,
                                 dataset_id=request.dataset, decision_id=decision.decision_id,
                                 audit_index=receipt["index"], justification=request.emergency or "",
                                 opened_at=now))
            session.commit()
        record(gov, now=now, action="incident.open", outcome="success", actor_id="govgate",
               department=principal.department_id, category="intrusion_detection",
               details={"incident_id": incident_id, "kind": decision.obligations.open_incident,
                        "decision_id": decision.decision_id, "audit_index": receipt["index"],
                        "dataset": request.dataset})
    except Exception:
        log.exception("could not open the incident obliged by decision %s", decision.decision_id)


def read_rows(gov: Governance, principal: Principal, request: ReadRequest, *, now: datetime) -> ReadResult:
    """Run one governed read. Raises ``Refused``/``Throttled`` (audited) or ``AuditUnavailable``."""
    pending = plan_read(gov, principal, request, now=now)
    return pending.finish(append_event(gov, pending.event))


async def read_rows_async(gov: Governance, principal: Principal, request: ReadRequest, *, now: datetime,
                          plan_inline: bool = True) -> ReadResult:
    """``read_rows`` on the event loop: the audit append is awaited, never blocking the loop.

    ``plan_inline`` runs the reads before it (state DB, source) on the loop — right for SQLite
    files, where a query costs tens of µs; a networked database is read in the threadpool."""
    if plan_inline:
        pending = plan_read(gov, principal, request, now=now)
    else:
        pending = await run_in_threadpool(plan_read, gov, principal, request, now=now)
    receipt = await append_event_async(gov, pending.event)
    if pending.blocking_finish:
        return await run_in_threadpool(pending.finish, receipt)
    return pending.finish(receipt)


def plan_read(gov: Governance, principal: Principal, request: ReadRequest, *, now: datetime) -> PendingRead:
    """Everything before the audit append: limits, grant, decision, fetch, mask, the event."""
    # 0. the department's request rate (cheap, before any other work)
    wait = gov.rate_limiter.acquire(principal.department_id, time.monotonic())
    if wait > 0:
        return _throttle(gov, now, principal, request, "rate_limited", "请求频率超过本部门限额", math.ceil(wait))

    # 1. the grant this department holds for this dataset and purpose, and today's row usage
    day = quota_day(now)
    # (read from state on every request; the policy reads the grant itself from its data)
    held_grant = gov.grants.lookup(principal.department_id, request.dataset, request.purpose, now)  # type: ignore[union-attr]
    used = gov.usage.used(principal.department_id, day)
    rows_today = gov.usage.used(principal.department_id, day, request.dataset)

    # 2. decide; a PolicyError propagates and is answered 503 (fail closed)
    decision = gov.engine.decide(policy_input(principal, request, held_grant, now, rows_today))
    reasons = [r.model_dump() for r in decision.reasons]
    gov.metrics.decisions.labels("allow" if decision.allow else "deny", decision.basis or "-").inc()
    for reason in decision.reasons:
        gov.metrics.refusals.labels(reason.code).inc()
    if not decision.allow:
        status = _status_for(decision)
        event = _access_event(gov, now=now, principal=principal, request=request, decision=decision,
                              reasons=reasons, status=status)
        return _refusal(event, lambda receipt: Refused(decision, status, receipt))

    # 2b. a filter or sort reveals the values of its field, so it is allowed only on fields
    #     policy gives in clear (operator keep); otherwise the request is refused, audited
    hidden_filter = _refuse_hidden_filters(gov, now, principal, request, decision)
    if hidden_filter is not None:
        return hidden_filter

    # 3. fetch only the allowed fields, at most the policy's row limit and what is left of
    #    today's quota, in the order the caller asked for them (policy's object has no order)
    remaining = gov.settings.daily_row_quota - used
    if remaining <= 0:
        return _throttle(gov, now, principal, request, "daily_quota_exhausted", "本部门今日数据行数配额已用完",
                         seconds_until_next_day(now), decision)
    operators = {name: decision.obligations.fields[name].value for name in request.fields}
    limit = min(request.limit, decision.obligations.row_limit or request.limit, remaining)
    if decision.obligations.export_limit is not None:  # rows per department and dataset per day
        limit = max(1, min(limit, decision.obligations.export_limit - rows_today))
    pushed = {"filters": request.filters, "sort": request.sort} if request.filters or request.sort else {}
    raw, cursor = gov.store.fetch_page(request.dataset, list(operators), limit, after_row_id=request.after, **pushed)
    # A full page may have a successor; the last page can be empty when rows divide evenly.
    next_after = cursor if len(raw) == limit else None

    # 4. mask per the obligations (column types come from the catalog)
    dataset = gov.catalog.datasets[request.dataset]
    entities = {f.name: f.entity for f in dataset.fields}
    tokens = active_tokenizer(gov) if "tokenize" in operators.values() else None
    rows = mask_rows(raw, operators, entities, mac=gov.pseudonym_mac.hexdigest,
                     tokenize=tokens.tokenize if tokens else None)

    # 5. the audit event; it must be durable before anything leaves (the caller appends it)
    grant_id = held_grant if decision.allow and principal.department_id != dataset.owner else None
    token_key_id = tokens.key_id if tokens else None
    event = _access_event(gov, now=now, principal=principal, request=request, decision=decision, reasons=reasons,
                          status=200, row_count=len(rows), returned=operators, grant_id=grant_id,
                          subjects=_subject_hashes(gov, request.dataset, raw), token_key_id=token_key_id)

    def finish(receipt: dict[str, Any]) -> ReadResult:
        gov.usage.add(principal.department_id, request.dataset, day, len(rows))
        if decision.obligations.open_incident:
            _open_incident(gov, now, principal, request, decision, receipt)
        gov.metrics.rows.labels(request.dataset).inc(len(rows))
        return ReadResult(decision, rows, receipt, next_after, grant_id, token_key_id)

    return PendingRead(event, finish, blocking_finish=bool(decision.obligations.open_incident))
