"""UUIDv7 (RFC 9562 §5.7): 48-bit Unix milliseconds, version, 74 random bits.

Python 3.11 has no ``uuid.uuid7``. Time and randomness are arguments so the RFC's
test vector pins the layout (tests/policy/test_uuid7.py).
"""

from __future__ import annotations

import os
import time
import uuid

_RAND_A_MASK = (1 << 12) - 1
_RAND_B_MASK = (1 << 62) - 1


def uuid7(unix_ms: int | None = None, random_bytes: bytes | None = None) -> uuid.UUID:
    """A UUIDv7 for ``unix_ms`` (default: now) from 10 bytes of randomness (default: urandom).

    The first 2 bytes give rand_a (low 12 bits used), the next 8 give rand_b (low 62 bits).
    """
    if unix_ms is None:
        unix_ms = time.time_ns() // 1_000_000
    if not 0 <= unix_ms < 1 << 48:
        raise ValueError("unix_ms out of range for UUIDv7")
    if random_bytes is None:
        random_bytes = os.urandom(10)
    if len(random_bytes) != 10:
        raise ValueError("UUIDv7 needs exactly 10 random bytes")
    rand_a = int.from_bytes(random_bytes[:2], "big") & _RAND_A_MASK
    rand_b = int.from_bytes(random_bytes[2:], "big") & _RAND_B_MASK
    value = (unix_ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return uuid.UUID(int=value)
