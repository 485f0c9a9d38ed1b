"""Lockout with exponential back-off after failed logins or TOTP proofs (pure).

After ``threshold`` consecutive failures the account is locked for ``base`` seconds; each
further failure (once the lock has passed) doubles it, up to ``maximum``. A success resets
the count. An administrator's lock (``govgate users lock``) is separate and has no end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class LockoutPolicy:
    threshold: int = 5
    base_seconds: int = 60
    max_seconds: int = 3600

    def lock_seconds(self, failures: int) -> int:
        """Seconds to lock after the ``failures``-th consecutive failure (0: not locked)."""
        if failures < self.threshold:
            return 0
        exponent = min(failures - self.threshold, 32)
        return min(self.max_seconds, self.base_seconds * 2 ** exponent)

    def locked_until(self, failures: int, now: datetime) -> datetime | None:
        seconds = self.lock_seconds(failures)
        return now + timedelta(seconds=seconds) if seconds else None


def retry_after(locked_until: datetime, now: datetime) -> int:
    return max(1, math.ceil((locked_until - now).total_seconds()))
