"""Rate limits and daily row quotas: refusals say when to retry, and are audited."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from fastapi.testclient import TestClient

from gateway.app import create_app
from gateway.limits import RateLimiter, quota_day, seconds_until_next_day
from gateway.settings import Settings
from tests.gateway.conftest import bearer


def test_token_bucket_refills_at_the_rate():
    limiter = RateLimiter(rate=2.0, burst=3)
    assert [limiter.acquire("a", 0.0) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.acquire("a", 0.0) == pytest.approx(0.5)
    assert limiter.acquire("b", 0.0) == 0.0  # per department
    assert limiter.acquire("a", 0.5) == 0.0


def test_quota_days_are_china_standard_time():
    late_utc = datetime(2026, 11, 29, 16, 30, tzinfo=timezone.utc)  # 00:30 on the 30th in Huzhou
    assert quota_day(late_utc).isoformat() == "2026-11-30"
    assert seconds_until_next_day(late_utc) == 23 * 3600 + 30 * 60


def _client(home, **limits) -> TestClient:
    return TestClient(create_app(Settings(home=home, **limits)))


def test_daily_row_quota_caps_then_refuses_with_retry_after(demo_home, demo_keys):
    url = "/v1/datasets/macro-economy/rows?fields=period&purpose=statistics&limit=6"
    headers = bearer(demo_keys["statistics"])
    with _client(demo_home, daily_row_quota=10) as client:
        assert client.get(url, headers=headers).json()["row_count"] == 6
        assert client.get(url, headers=headers).json()["row_count"] == 4  # what is left today
        refused = client.get(url, headers=headers)
    assert refused.status_code == 429
    assert 0 < int(refused.headers["retry-after"]) <= 86400
    body = refused.json()
    assert body["reasons"][0]["code"] == "daily_quota_exhausted" and body["receipt"]["index"] >= 0


def test_request_rate_refuses_with_retry_after(demo_home, demo_keys):
    url = "/v1/datasets/public-credit/rows?fields=record_type&purpose=audit-supervision&limit=1"
    headers = bearer(demo_keys["audit"])
    with _client(demo_home, rate_per_second=0.01, rate_burst=2) as client:
        statuses = [client.get(url, headers=headers).status_code for _ in range(3)]
        refused = client.get(url, headers=headers)
    assert statuses[:2] == [200, 200] and statuses[2] == 429
    assert refused.json()["reasons"][0]["code"] == "rate_limited"
    assert int(refused.headers["retry-after"]) >= 1
