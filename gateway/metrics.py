"""Prometheus metrics: one registry per app (so tests and replicas never share counters)."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

__all__ = ["CONTENT_TYPE_LATEST", "Metrics"]


@dataclass
class Metrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.requests = Counter("govgate_http_requests", "HTTP requests by route and status",
                                ["method", "route", "status"], registry=r)
        self.latency = Histogram("govgate_http_request_seconds", "HTTP request latency", ["route"],
                                 buckets=(.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5), registry=r)
        self.decisions = Counter("govgate_policy_decisions", "Policy decisions by outcome and basis",
                                 ["outcome", "basis"], registry=r)
        self.refusals = Counter("govgate_policy_refusals", "Refusal reason codes", ["code"], registry=r)
        self.rows = Counter("govgate_rows_returned", "Rows returned, by dataset", ["dataset"], registry=r)
        self.audit_append = Histogram("govgate_audit_append_seconds", "Durable ledger append latency",
                                      buckets=(.0002, .0005, .001, .002, .005, .01, .025, .05, .1), registry=r)
        self.ledger_size = Gauge("govgate_audit_ledger_events", "Events in the local ledger", registry=r)
        self.audit_lag = Gauge("govgate_audit_ship_lag_events",
                               "Ledger events not yet shipped to Elasticsearch (0 when no shipper runs)",
                               registry=r)

    def render(self) -> bytes:
        return generate_latest(self.registry)
