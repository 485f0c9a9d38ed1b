"""``govgate audit es-setup``: ILM policy, ECS index template and data stream for the audit events.

Against Elasticsearch (the target) this installs, idempotently:

1. ILM policy ``govgate-audit``: *hot* (rollover at 1 day or 50 GB per primary shard),
   *delete* after ``retention_days`` (≥ 180: the Cybersecurity Law, art. 21, asks for
   network logs to be kept at least six months).
2. Component template ``govgate-audit@mappings``: the ECS field mappings of the
   events govgate writes, plus ``govgate.*`` and ``govgate.ledger.*``.
3. Index template ``govgate-audit`` for ``logs-govgate.audit-*`` (priority 200, above
   the built-in ``logs`` template) with ``data_stream: {}`` and the ILM policy.
4. The data stream ``logs-govgate.audit-default``.

A server without ILM or data streams (osmem-server; OpenSearch without ISM) is
detected by its answer, not by its name: the template is then installed without the
lifecycle setting and without ``data_stream``, and a plain index of the same name is
created.  Nothing is ever deleted on such a server — retention is at least as long as
asked, never shorter — and the report says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TYPE_CHECKING


from audit._es import SearchBackendError

if TYPE_CHECKING:
    from elasticsearch import ApiError, Elasticsearch

POLICY = "govgate-audit"
TEMPLATE = "govgate-audit"
COMPONENT = "govgate-audit@mappings"
MIN_RETENTION_DAYS = 180

_KW = {"type": "keyword"}


def ecs_mappings(flavor: str = "elasticsearch") -> dict[str, Any]:
    """ECS 8.11 types for the fields of :func:`audit.build_access_event` (unknown fields: source only)."""
    return {
        "dynamic": False,  # a new event field is kept in _source, never breaks ingestion
        "date_detection": False,
        "properties": {
            "@timestamp": {"type": "date"},
            "ecs": {"properties": {"version": _KW}},
            "event": {"properties": {k: _KW for k in ("id", "kind", "category", "type", "action",
                                                       "outcome", "reason")}},
            "http": {"properties": {"request": {"properties": {"method": _KW}},
                                    "response": {"properties": {"status_code": {"type": "long"}}}}},
            # ECS types url.path as wildcard; OpenSearch-compatible servers lack it.
            "url": {"properties": {"path": {"type": "wildcard"} if flavor == "elasticsearch" else _KW}},
            "user": {"properties": {"id": _KW, "group": {"properties": {"id": _KW}}}},
            "source": {"properties": {"ip": {"type": "ip"}}},
            "govgate": {"properties": {
                "dataset": _KW, "purpose": _KW, "rows": {"type": "long"}, "subjects": _KW,
                "fields": {"properties": {"requested": _KW,
                                          # field name → operator: kept, not indexed (names are data)
                                          "returned": {"type": "object", "enabled": False}}},
                "decision": {"properties": {"id": _KW, "allow": {"type": "boolean"}, "policy_revision": _KW,
                                            "reasons": {"properties": {"code": _KW, "message": {"type": "text"}}}}},
                "grant": {"properties": {"id": _KW}},
                # the key behind `tokenize`d fields of a read, and detokenization attempts
                # (token.detokenize events): which token, under which key, for what, decided how
                "tokens": {"properties": {"key_id": _KW}},
                "token": {"properties": {k: _KW for k in ("token", "key_id", "entity", "purpose", "decision_id")}},
                "ledger": {"properties": {"index": {"type": "long"}, "hash": _KW, "origin": _KW}},
            }},
        },
    }


def ilm_policy(retention_days: int) -> dict[str, Any]:
    return {"phases": {
        "hot": {"min_age": "0ms", "actions": {"rollover": {"max_age": "1d", "max_primary_shard_size": "50gb"}}},
        "delete": {"min_age": f"{retention_days}d", "actions": {"delete": {}}},
    }}


@dataclass
class SetupReport:
    target: str
    flavor: str
    ilm: bool = False
    data_stream: bool = False
    retention_days: int = MIN_RETENTION_DAYS
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"target": self.target, "flavor": self.flavor, "ilm": self.ilm, "data_stream": self.data_stream,
                "retention_days": self.retention_days, "notes": self.notes}


def _unsupported(exc: ApiError) -> bool:
    text = str(exc).lower()
    return exc.meta.status in (400, 404, 405, 501) and (
        "no handler found" in text or "not supported" in text or "unsupported" in text
        or "unknown setting [index.lifecycle" in text)


def es_setup(client: Elasticsearch, *, target: str, flavor: str,
             retention_days: int = MIN_RETENTION_DAYS) -> SetupReport:
    """Install policy, templates and the data stream (or the fallback index); idempotent."""
    from elasticsearch import ApiError  # noqa: PLC0415 - loaded with the client by now

    if retention_days < MIN_RETENTION_DAYS:
        raise SearchBackendError(f"retention must be at least {MIN_RETENTION_DAYS} days, not {retention_days}")
    if not target.startswith("logs-") or target.count("-") < 2:
        raise SearchBackendError("the target must be a data stream name like logs-govgate.audit-default")
    report = SetupReport(target=target, flavor=flavor, retention_days=retention_days)
    pattern = target.rsplit("-", 1)[0] + "-*"
    try:
        # 1. lifecycle policy
        try:
            client.ilm.put_lifecycle(name=POLICY, policy=ilm_policy(retention_days))
            report.ilm = True
        except ApiError as exc:
            if not _unsupported(exc):
                raise
            report.notes.append("server has no ILM: retention is not enforced here (nothing is deleted)")
        # 2. mappings
        client.cluster.put_component_template(name=COMPONENT, template={"mappings": ecs_mappings(flavor)},
                                              meta={"managed_by": "govgate"})
        settings: dict[str, Any] = {"index.lifecycle.name": POLICY} if report.ilm else {}
        # 3. + 4. index template and data stream
        try:
            client.indices.put_index_template(name=TEMPLATE, index_patterns=[pattern], priority=200,
                                              composed_of=[COMPONENT], data_stream={},
                                              template={"settings": settings}, meta={"managed_by": "govgate"})
            try:
                client.indices.create_data_stream(name=target)
            except ApiError as exc:
                if exc.meta.status != 400 or "already_exists" not in str(exc):
                    raise
            report.data_stream = True
        except ApiError as exc:
            if not _unsupported(exc):
                raise
            report.notes.append("server has no data streams: a plain index of the same name is used")
            client.indices.put_index_template(name=TEMPLATE, index_patterns=[pattern], priority=200,
                                              composed_of=[COMPONENT], template={"settings": settings},
                                              meta={"managed_by": "govgate"})
            if not client.indices.exists(index=target):
                client.indices.create(index=target)
    except ApiError as exc:
        raise SearchBackendError(f"es-setup refused: {exc.meta.status} {exc.message}") from exc
    except Exception as exc:  # noqa: BLE001 - transport errors
        if isinstance(exc, SearchBackendError):
            raise
        raise SearchBackendError(f"es-setup failed: {exc.__class__.__name__}: {exc}") from exc
    return report
