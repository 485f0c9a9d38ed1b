"""Opt-in: the same bundle on a real OPA server, decisions identical to the embedded engine.

    OPA_URL=http://127.0.0.1:8181 python -m pytest -m opa tests/policy/test_opa_real.py

The OPA binary cannot be installed on the development machines (design/ARCHITECTURE.md),
so this runs only where one is reachable; everywhere else it is skipped with the reason.
It pushes the bundle (PUT /v1/policies, PUT /v1/data/govgate) — use a scratch OPA.
"""

from __future__ import annotations

import os

import pytest

from policy import DEFAULT_BUNDLE_DIR, EmbeddedEngine, OpaEngine, build_data
from tests.policy.conftest import decide, granted_input, small_data, unconditional_input
from tests.policy.synthetic import mixed_inputs, split_grants, synthetic_catalog, synthetic_entities

OPA_URL = os.environ.get("OPA_URL")

pytestmark = [
    pytest.mark.opa,
    pytest.mark.skipif(not OPA_URL, reason="OPA_URL is not set: no real OPA server to test against (opt-in)"),
]


def _same(a: object, b: object) -> bool:
    return a.model_dump(exclude={"decision_id"}) == b.model_dump(exclude={"decision_id"})  # type: ignore[attr-defined]


def test_real_opa_matches_embedded_on_mixed_inputs() -> None:
    assert OPA_URL
    catalog, grades = synthetic_catalog()
    inputs, grants = split_grants(mixed_inputs(catalog, 500))
    data = build_data(catalog, grades, entities=synthetic_entities(), grants=grants)
    local, remote = EmbeddedEngine(DEFAULT_BUNDLE_DIR, data), OpaEngine(OPA_URL, DEFAULT_BUNDLE_DIR, data)
    differ = [doc for doc in inputs if not _same(local.decide(doc), remote.decide(doc))]
    assert not differ, f"{len(differ)} differ, first input: {differ[0]}"


def test_real_opa_matches_embedded_on_edge_inputs() -> None:
    assert OPA_URL
    data = small_data()
    local, remote = EmbeddedEngine(DEFAULT_BUNDLE_DIR, data), OpaEngine(OPA_URL, DEFAULT_BUNDLE_DIR, data)
    expired = granted_input(not_after="2025-06-01T16:00:00+08:00")
    odd = [granted_input(), expired, unconditional_input(), {}, None,
           {**granted_input(), "emergency": {"justification": "重大案件侦查需核实嫌疑人身份信息"}}]
    for doc in odd:
        assert _same(decide(local, doc), decide(remote, doc)), doc
