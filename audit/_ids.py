"""UUIDv7 (RFC 9562 §5.7) from an explicit time and explicit randomness."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def uuid7(now: datetime, rand: bytes) -> str:
    """48-bit Unix milliseconds, version 7, 12 + 62 random bits from ``rand`` (≥ 10 bytes)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if len(rand) < 10:
        raise ValueError("uuid7 needs at least 10 random bytes")
    ms = (now - _EPOCH) // timedelta(milliseconds=1)  # integer: no float rounding
    if not 0 <= ms < 1 << 48:
        raise ValueError("time outside the UUIDv7 range")
    rand_a = int.from_bytes(rand[:2], "big") & 0x0FFF
    rand_b = int.from_bytes(rand[2:10], "big") & ((1 << 62) - 1)
    value = (ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return str(uuid.UUID(int=value))


def is_uuid7(text: object) -> bool:
    """True for the canonical lower-case string form of a UUIDv7."""
    if not isinstance(text, str):
        return False
    try:
        parsed = uuid.UUID(text)
    except ValueError:
        return False
    return parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == text
