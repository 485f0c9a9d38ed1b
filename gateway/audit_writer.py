"""Durable audit appends awaited from the event loop, group-committed by the ledger's writer.

``Ledger.append`` blocks until the event is fdatasync'ed. An async route that called it would
stall the event loop for a whole commit, and running every request in the threadpool instead
costs a thread hop and GIL hand-offs per request (docs/performance.md, "Gateway under load").
Here a request encodes its event on the loop, queues it with ``Ledger.submit`` (no waiting)
and awaits a future; the ledger's writer thread appends everything queued with one write and
one fdatasync, as for blocking callers, and hands each request its receipts back through
``call_soon_threadsafe``. While a commit is in flight the next batch gathers, so the wait is at
most the commit in flight plus one — the ledger's own group-commit bound. (A thread of its own
used to take the queue and call ``Ledger.append_many``: two more thread wake-ups per batch.)

Fail closed: a future resolves only with the receipt of a durable entry; a failed commit
resolves it with the error, and the request answers 503 with no data. An event without
canonical JSON is refused alone, at once (``InvalidEvent``); a closed writer or ledger refuses
new events at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import Any

from audit import Ledger, LedgerWriteError, Receipt


class AuditWriter:
    """Appends awaited from coroutines; the ledger's writer thread group-commits them."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self._closed = False

    async def append(self, event: Mapping[str, Any]) -> Receipt:
        """The receipt once ``event`` is durable; raises ``LedgerWriteError`` when it cannot be."""
        if self._closed:
            raise LedgerWriteError("the audit writer has stopped: closed")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Receipt] = loop.create_future()

        def settled(receipts: Callable[[], list[Receipt]]) -> None:  # on the ledger's writer thread
            try:
                loop.call_soon_threadsafe(_resolve, future, receipts)
            except RuntimeError:  # that loop is closed: nobody is waiting any more
                pass

        self._ledger.submit([event], settled)  # InvalidEvent / LedgerWriteError here, nothing queued
        return await future

    def close(self) -> None:
        """Refuse new events; those queued are committed by the ledger (closed after this)."""
        self._closed = True


def _resolve(future: asyncio.Future[Receipt], receipts: Callable[[], list[Receipt]]) -> None:
    if future.done():  # the request was cancelled (client gone); the entry stays recorded
        return
    try:
        future.set_result(receipts()[0])
    except LedgerWriteError as exc:
        future.set_exception(exc)
    except Exception as exc:  # noqa: BLE001 - a bug must not leave the request waiting, nor answer with data
        future.set_exception(LedgerWriteError(f"audit append failed: {exc!r}"))
