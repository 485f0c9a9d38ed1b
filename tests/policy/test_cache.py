"""CachedEngine: the same decisions as the engine it wraps, invalidated by revision, by
grant expiry and by the day's volume, as the policy declares (Decision.validity)."""

from __future__ import annotations

import copy
import json
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policy import DEFAULT_BUNDLE_DIR, CachedEngine, EmbeddedEngine, PolicyUnavailable, build_data
from policy.cache import _gateway_key, _key, instant_ns
from policy.data import load_rules
from tests.policy.conftest import decide, granted_input, small_data, unconditional_input
from tests.policy.synthetic import mixed_inputs, split_grants, synthetic_catalog, synthetic_entities

ENGINE = EmbeddedEngine(DEFAULT_BUNDLE_DIR, small_data())


def _answer(d: Any) -> dict[str, Any]:
    return d.model_dump(exclude={"decision_id"})


def test_hit_returns_the_same_decision_with_a_fresh_id() -> None:
    cache = CachedEngine(ENGINE)
    first, second = decide(cache, granted_input()), decide(cache, granted_input())
    assert _answer(first) == _answer(second) and first.decision_id != second.decision_id
    assert (cache.stats.hits, cache.stats.misses) == (1, 1)
    later = granted_input()
    later["context"]["time"] = "2025-09-01T00:00:00+08:00"  # other time, same validity range
    assert _answer(decide(cache, later)) == _answer(first) and cache.stats.hits == 2


def test_grant_expiry_invalidates() -> None:
    cache = CachedEngine(ENGINE)
    assert decide(cache, granted_input()).allow
    expired = granted_input()
    expired["context"]["time"] = "2025-12-31T16:00:00Z"  # the grant's not_after
    decision = decide(cache, expired)
    assert not decision.allow and [r.code for r in decision.reasons] == ["grant_expired"]
    assert cache.stats.hits == 0
    before = granted_input()
    before["context"]["time"] = "2025-12-31T15:59:59.999999999Z"
    assert decide(cache, before).allow  # one nanosecond earlier: still valid


def test_export_limit_invalidates() -> None:
    cache = CachedEngine(ENGINE)
    doc = granted_input()
    doc["context"]["rows_today"] = 10
    assert decide(cache, doc).allow
    doc["context"]["rows_today"] = 1999
    assert decide(cache, doc).allow and cache.stats.hits == 1
    doc["context"]["rows_today"] = 2000
    refused = decide(cache, doc)
    assert not refused.allow and refused.reasons[0].code == "export_limit_exceeded"


def test_every_other_member_is_part_of_the_key() -> None:
    cache = CachedEngine(ENGINE)
    assert decide(cache, granted_input()).allow
    for path, value in [("principal.credential_status", "revoked"), ("principal.department_status", "suspended"),
                        ("grant.id", "other"), ("context.mfa", True), ("context.requested_rows", 11),
                        ("resource.fields", ["name"]), ("grant.operators", {"name": "hash"})]:
        doc = granted_input()
        *parents, last = path.split(".")
        node = doc
        for key in parents:
            node = node[key]
        node[last] = value
        assert _answer(decide(cache, doc)) == _answer(decide(ENGINE, doc)), path
    assert cache.stats.hits == 0


def test_reload_invalidates(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(DEFAULT_BUNDLE_DIR, bundle)
    cache = CachedEngine(EmbeddedEngine(bundle, small_data()))
    assert decide(cache, unconditional_input()).obligations.fields["legal_rep_name"].value == "mask"
    rules = load_rules()
    rules["operators_by_grade"]["unconditional"]["L3"] = "redact"
    new = cache.reload(bundle, small_data(rules))
    decision = decide(cache, unconditional_input())
    assert decision.policy_revision == new and decision.obligations.fields["legal_rep_name"].value == "redact"


def test_revision_change_under_the_cache_invalidates(tmp_path: Path) -> None:
    # the wrapped engine reloaded directly (not through the cache): keys carry the revision
    engine = EmbeddedEngine(DEFAULT_BUNDLE_DIR, small_data())
    cache = CachedEngine(engine)
    decide(cache, unconditional_input())
    rules = load_rules()
    rules["row_limits"]["L3"] = 7
    engine.reload(DEFAULT_BUNDLE_DIR, small_data(rules))
    assert decide(cache, unconditional_input()).obligations.row_limit == 7


@pytest.mark.parametrize("time", ["2025-06-01 08:00:00Z", "2025-06-01T08:00:00", "yesterday", "2025-02-30T00:00:00Z", 7])
def test_unusual_times_bypass_the_cache(time: Any) -> None:
    cache = CachedEngine(ENGINE)
    doc = unconditional_input()
    doc["context"]["time"] = time
    for _ in range(2):
        assert _answer(decide(cache, doc)) == _answer(decide(ENGINE, doc))
    assert cache.stats.hits == 0


def test_non_json_input_still_fails_closed() -> None:
    doc = unconditional_input()
    doc["context"]["requested_rows"] = float("nan")
    with pytest.raises(PolicyUnavailable):
        decide(CachedEngine(ENGINE), doc)


def test_instant_ns_matches_known_values() -> None:
    assert instant_ns("1970-01-01T00:00:00Z") == 0
    assert instant_ns("2025-12-31T16:00:00Z") == 1767196800 * 10**9
    assert instant_ns("2026-01-01T00:00:00+08:00") == 1767196800 * 10**9
    assert instant_ns("2025-06-01T08:00:00.5Z") == instant_ns("2025-06-01T08:00:00Z") + 500_000_000
    assert instant_ns("2024-02-29T00:00:00Z") is not None and instant_ns("2023-02-29T00:00:00Z") is None


times = st.datetimes(timezones=st.just(None)).map(lambda t: t.strftime("%Y-%m-%dT%H:%M:%S"))
suffixes = st.sampled_from(["Z", "+08:00", "-05:30", ".1Z", ".123456789Z", ".000001+00:00"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(["2025-12-31T15:59:59", "2025-12-31T16:00:00", "2025-06-01T08:00:00"]) | times,
                       suffixes, st.none() | st.integers(0, 3000)), min_size=1, max_size=6),
    st.sampled_from(["2025-12-31T16:00:00Z", "2025-12-31T23:59:59.999999999+08:00", "1969-12-31T23:00:00Z"]),
)
def test_cached_equals_uncached(requests: list[tuple[str, str, int | None]], not_after: str) -> None:
    cache = CachedEngine(ENGINE)
    for base, suffix, rows_today in requests:
        doc = granted_input(not_after=not_after)
        doc["context"]["time"] = base + suffix
        if rows_today is not None:
            doc["context"]["rows_today"] = rows_today
        assert _answer(decide(cache, copy.deepcopy(doc))) == _answer(decide(ENGINE, doc)), doc


def test_concurrent_cached_decisions_match_sequential() -> None:
    catalog, grades = synthetic_catalog()
    requests, grants = split_grants(mixed_inputs(catalog, 300))
    engine = EmbeddedEngine(DEFAULT_BUNDLE_DIR, build_data(catalog, grades, entities=synthetic_entities(), grants=grants))
    inputs = [doc for doc in requests for _ in range(3)]  # repeats: hits and misses race
    expected = [_answer(decide(engine, doc)) for doc in inputs]
    cache = CachedEngine(engine, max_entries=64)  # small: eviction under load too
    mismatches: list[int] = []

    def worker(offset: int) -> None:
        for i in range(offset, len(inputs), 4):
            if _answer(decide(cache, inputs[i])) != expected[i]:
                mismatches.append(i)

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert mismatches == [] and cache.stats.hits > 0


# -- the key: equal keys for equal inputs only ---------------------------------------------------

class _Name(str):
    """A str subclass: JSON-equal to its value, never of the fast key's exact types."""


def _canonical(doc: dict[str, Any]) -> str:
    """What the engine is given, with the time and an integer day's volume blanked (as the key)."""
    doc = copy.deepcopy(doc)
    context = doc.get("context")
    if isinstance(context, dict):
        context["time"] = "*"
        if isinstance(context.get("rows_today"), int) and not isinstance(context["rows_today"], bool):
            context["rows_today"] = "*"
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, default=list)


_ABSENT = object()


def _doc(principal_value: Any, fields: Any, grant: Any, requested: Any, mfa: Any, rows_today: Any,
         emergency: Any, time: str, extra: bool) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "principal": {"department": "d", "credential": principal_value, "credential_status": "active",
                      "department_status": "active"},
        "resource": {"dataset": "population", "fields": fields},
        "purpose": "p",
        "grant": grant,
        "context": {"time": time, "requested_rows": requested, "mfa": mfa},
    }
    if rows_today is not _ABSENT:
        doc["context"]["rows_today"] = rows_today
    if emergency is not _ABSENT:
        doc["emergency"] = emergency
    if extra:
        doc["resource"]["extra"] = 1
    return doc


# Per member of _doc: values the gateway sends (the fast key's shape), then look-alikes it must
# not confuse with them (JSON-equal str subclasses, bool for int, tuple for list, null for absent…).
_MEMBERS: dict[str, tuple[list[Any], list[Any]]] = {
    "principal_value": (["c", "c2"], [_Name("c"), None, 1, True, 1.0]),
    "fields": ([[], ["a"], ["a", "b"], ["b", "a"]], [("a",), "ab", [_Name("a")], [1], [True], ["a", None]]),
    "grant": ([None, "g", ""], [_Name("g"), 0, False, 0.0]),
    "requested": ([1, 2, -(2**63), 2**63 - 1], [True, 1.0, 2**63, "1"]),
    "mfa": ([False, True], [0, 1, None]),
    "rows_today": ([_ABSENT, 0, 5, 2**63 - 1], [None, True, -1, 2**63, 5.0]),
    "emergency": ([_ABSENT, {"justification": "j"}, {"justification": ""}],
                  [None, {"justification": _Name("j")}, {"justification": "j", "incident": "i"},
                   {"justification": 1}, {"justification": True}, "j"]),
    "time": (["2025-06-01T08:00:00Z", "2025-06-01T08:00:00.5+08:00"], ["2025-06-01 08:00:00Z"]),
    "extra": ([False], [True]),
}


@st.composite
def twin_docs(draw: st.DrawFn, shaped: bool = False) -> tuple[dict[str, Any], dict[str, Any]]:
    """An input (of the gateway's shape when ``shaped``, else mostly), and one differing from it in
    up to three members."""
    base = {name: draw(st.sampled_from(valid)) for name, (valid, _) in _MEMBERS.items()}
    for name in [] if shaped else draw(st.lists(st.sampled_from(list(_MEMBERS)), max_size=2)):
        base[name] = draw(st.sampled_from(sum(_MEMBERS[name], [])))
    other = dict(base)
    for name in draw(st.lists(st.sampled_from(list(_MEMBERS)), max_size=3)):
        other[name] = draw(st.sampled_from(sum(_MEMBERS[name], [])))
    return _doc(**base), _doc(**other)


@settings(max_examples=2000, deadline=None)
@given(twin_docs())
def test_equal_keys_only_for_equal_inputs(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    a, b = docs
    key_a, key_b = _key(a), _key(b)
    if key_a is not None and key_b is not None and key_a[0] == key_b[0]:
        assert _canonical(a) == _canonical(b)
    for doc, keyed in ((a, key_a), (b, key_b)):
        if keyed is not None:
            assert keyed[1:] == (instant_ns(doc["context"]["time"]), doc["context"].get("rows_today"))


@settings(max_examples=500, deadline=None)
@given(twin_docs(shaped=True))
def test_equal_inputs_of_the_gateways_shape_share_a_key(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    a, b = docs
    assert _gateway_key(a) is not None  # the base is of the gateway's shape
    if _gateway_key(b) is not None and _canonical(a) == _canonical(b):
        assert _key(a)[0] == _key(b)[0]  # type: ignore[index]


_BASE = {name: valid[0] for name, (valid, _) in _MEMBERS.items()}


@pytest.mark.parametrize(("member", "one", "other"), [
    ("mfa", False, 0), ("mfa", True, 1), ("requested", 1, True), ("requested", 1, 1.0),
    ("fields", ["a", "b"], "ab"), ("fields", [1], [True]), ("principal_value", 1, True),
    ("principal_value", 1, 1.0), ("grant", 0, False), ("grant", None, "None"), ("rows_today", _ABSENT, 0),
    ("rows_today", _ABSENT, None), ("emergency", _ABSENT, None), ("emergency", {"justification": 1},
                                                                  {"justification": True}),
])
def test_look_alikes_get_different_keys(member: str, one: Any, other: Any) -> None:
    # equal in Python (or by the letters), different for the policy: never one cache entry
    a, b = _doc(**{**_BASE, member: one}), _doc(**{**_BASE, member: other})
    assert _canonical(a) != _canonical(b)
    key_a, key_b = _key(a), _key(b)
    assert key_a is not None and key_b is not None and key_a[0] != key_b[0]


def test_the_gateways_input_takes_the_fast_key() -> None:
    # as gateway/pipeline.py policy_input builds it (docs/policy.md, "Input document")
    doc = _doc("cred-0001", ["resident_id", "name"], "grant-1", 100, False, 0, _ABSENT, "2026-11-29T19:40:01.123456Z",
               False)
    keyed = _gateway_key(doc)
    assert keyed is not None and keyed[1:] == (instant_ns(doc["context"]["time"]), 0)
    doc["emergency"] = {"justification": "化工厂泄漏"}
    assert _gateway_key(doc) is not None
