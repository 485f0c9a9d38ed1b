"""CachedEngine: the same decisions as the engine it wraps, invalidated by revision, by
grant expiry and by the day's volume, as the policy declares (Decision.validity)."""

from __future__ import annotations

import copy
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policy import DEFAULT_BUNDLE_DIR, CachedEngine, EmbeddedEngine, PolicyUnavailable, build_data
from policy.cache import instant_ns
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
