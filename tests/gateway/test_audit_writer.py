"""Appends awaited from the event loop: group-committed, in order, failing closed."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from audit import Ledger, LedgerWriteError, verify_ledger
from gateway.audit_writer import AuditWriter
from tests.audit.conftest import keyring, make_event, signer, trusted  # noqa: F401 - fixtures


@pytest.fixture
def ledger(tmp_path: Path, signer) -> Ledger:
    with Ledger.open(tmp_path / "audit", signer, checkpoint_every=1000) as opened:
        yield opened


def test_concurrent_appends_share_commits_and_every_receipt_is_its_own(ledger, tmp_path, trusted):
    writer = AuditWriter(ledger)

    async def burst() -> list:
        return await asyncio.gather(*(writer.append(make_event(i)) for i in range(200)))

    try:
        receipts = asyncio.run(burst())
    finally:
        writer.close()
    assert sorted(r.index for r in receipts) == list(range(200))
    assert [r.event_id for r in receipts] == [make_event(i)["event"]["id"] for i in range(200)]
    assert ledger.commits < 200  # queued events went out together, one fdatasync per batch
    ledger.close()
    assert verify_ledger(tmp_path / "audit", trusted).entries_checked == 200


def test_a_ledger_that_cannot_write_fails_every_waiting_request(ledger):
    writer = AuditWriter(ledger)
    ledger.close()  # every append now raises LedgerWriteError

    async def burst() -> list:
        return await asyncio.gather(*(writer.append(make_event(i)) for i in range(5)), return_exceptions=True)

    try:
        results = asyncio.run(burst())
    finally:
        writer.close()
    assert len(results) == 5 and all(isinstance(r, LedgerWriteError) for r in results)


def test_an_event_the_ledger_refuses_fails_alone(ledger):
    writer = AuditWriter(ledger)
    bad = {**make_event(1), "not_json": float("nan")}  # no canonical JSON: InvalidEvent

    async def burst() -> list:
        return await asyncio.gather(writer.append(make_event(0)), writer.append(bad), writer.append(make_event(2)),
                                    return_exceptions=True)

    try:
        first, refused, third = asyncio.run(burst())
    finally:
        writer.close()
    assert refused.__class__.__name__ == "InvalidEvent"
    assert (first.index, third.index) == (0, 1)


def test_a_closed_writer_refuses_at_once(ledger):
    writer = AuditWriter(ledger)
    writer.close()
    with pytest.raises(LedgerWriteError):
        asyncio.run(writer.append(make_event(0)))
    assert ledger.size == 0
