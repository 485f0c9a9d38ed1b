"""Per-department request rate (token bucket) and daily row quota.

The bucket is per process: with N replicas behind a load balancer the effective rate is N
times the setting (a shared store such as Redis is the scale-out path). The daily quota is in
the state database, so it holds across restarts and replicas. Days are China Standard Time.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

CST = timezone(timedelta(hours=8))


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Token bucket per key: ``rate`` tokens per second, at most ``burst`` saved up."""

    def __init__(self, rate: float, burst: int) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be > 0 and burst ≥ 1")
        self.rate, self.burst = rate, burst
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def acquire(self, key: str, now: float) -> float:
        """Take one token; return 0 if granted, else the seconds until one is available."""
        with self._lock:
            bucket = self._buckets.get(key) or _Bucket(float(self.burst), now)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            self._buckets[key] = bucket
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return 0.0
            return (1 - bucket.tokens) / self.rate


def quota_day(now: datetime) -> date:
    return now.astimezone(CST).date()


def seconds_until_next_day(now: datetime) -> int:
    local = now.astimezone(CST)
    midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), tzinfo=CST)
    return max(1, math.ceil((midnight - local).total_seconds()))
