"""UUIDv7 known-answer vector from RFC 9562, Appendix A.6."""

from __future__ import annotations

import uuid

import pytest

from policy._uuid7 import uuid7


def test_rfc9562_vector() -> None:
    # unix_ts_ms 0x017F22E279B0, rand_a 0xCC3, rand_b 0x18C4DC0C0C07398F
    value = uuid7(0x017F22E279B0, bytes.fromhex("0CC3") + bytes.fromhex("18C4DC0C0C07398F"))
    assert value == uuid.UUID("017F22E2-79B0-7CC3-98C4-DC0C0C07398F")
    assert value.version == 7 and value.variant == uuid.RFC_4122


def test_time_orders_and_randomness_defaults() -> None:
    a, b = uuid7(1_700_000_000_000), uuid7(1_700_000_000_001)
    assert a.version == b.version == 7 and a < b
    assert uuid7() != uuid7()


@pytest.mark.parametrize(("ms", "rand"), [(-1, None), (1 << 48, None), (0, b"short")])
def test_rejects_out_of_range(ms: int, rand: bytes | None) -> None:
    with pytest.raises(ValueError):
        uuid7(ms, rand)
