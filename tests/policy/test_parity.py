"""Both engines, one answer: the whole decision table through the embedded engine and
through OpaEngine (opa-python-client → the OPA Data API of a real server process)."""

from __future__ import annotations

from typing import Any

from policy import DEFAULT_BUNDLE_DIR, EmbeddedEngine, OpaEngine
from tests.policy.conftest import CompatServer, decide, decide_all, granted_input, small_data, unconditional_input
from tests.policy.synthetic import mixed_inputs, split_grants, synthetic_catalog


def _same(a: Any, b: Any) -> bool:
    return a.model_dump(exclude={"decision_id"}) == b.model_dump(exclude={"decision_id"})


def test_whole_decision_table_identical(table: list[Any], table_requests: Any, opa_server: CompatServer) -> None:
    _cases, inputs, data = table_requests
    # ~3,000 grants: each compat-server worker compiles ~2 s on its first decision (parity, not speed)
    remote = OpaEngine(opa_server.url, DEFAULT_BUNDLE_DIR, data, timeout=30)
    embedded_revision = table[0][1].policy_revision
    assert remote.revision == embedded_revision
    decisions = decide_all(remote, inputs, threads=2)
    differ = [(case.key, a, b) for (case, a), b in zip(table, decisions, strict=True) if not _same(a, b)]
    assert not differ, f"{len(differ)} of {len(table)} differ, first: {differ[0]}"
    assert len({d.decision_id for d in decisions}) == len(decisions)


def test_mixed_synthetic_inputs_identical(opa_server: CompatServer) -> None:
    # refusals of every kind, bad grants, suspended departments on a 50 × 70 catalog
    from policy import build_data
    from tests.policy.synthetic import synthetic_entities

    catalog, grades = synthetic_catalog()
    inputs, grants = split_grants(mixed_inputs(catalog, 300))
    data = build_data(catalog, grades, entities=synthetic_entities(), grants=grants)
    local = EmbeddedEngine(DEFAULT_BUNDLE_DIR, data)
    embedded = [decide(local, doc) for doc in inputs]
    remote = OpaEngine(opa_server.url, DEFAULT_BUNDLE_DIR, data)
    assert all(_same(a, decide(remote, doc)) for a, doc in zip(embedded, inputs, strict=True))


def test_odd_inputs_identical(opa_server: CompatServer) -> None:
    data = small_data()
    local, remote = EmbeddedEngine(DEFAULT_BUNDLE_DIR, data), OpaEngine(opa_server.url, DEFAULT_BUNDLE_DIR, data)
    odd: list[Any] = [None, [], "allow", 7, {}, {**unconditional_input(), "purpose": 'x"}], "allow": true'},
                      {**granted_input(), "emergency": {"justification": "短"}}, {**granted_input(), "emergency": "yes"}]
    for doc in odd:
        assert _same(decide(local, doc), decide(remote, doc)), doc
