"""Durable audit appends awaited from the event loop, group-committed by one writer thread.

``Ledger.append`` blocks until the event is fdatasync'ed. An async route that called it would
stall the event loop for a whole commit, and running every request in the threadpool instead
costs a thread hop and GIL hand-offs per request (docs/performance.md, "Gateway under load").
Here a request queues its event and awaits a future; one thread takes everything queued,
appends it with ``Ledger.append_many`` (one write and one fdatasync for the lot) and resolves
each future with its receipt. While a commit is in flight the next batch gathers, so the wait
is at most the commit in flight plus one — the ledger's own group-commit bound.

Fail closed: a future resolves only with the receipt of a durable entry; any failure (the
ledger's or this thread's) resolves it with the error, and the request answers 503 with no
data. A writer that has stopped refuses new events at once.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from audit import AuditError, Ledger, LedgerWriteError, Receipt

log = logging.getLogger("govgate.gateway")

_Item = tuple[Mapping[str, Any], asyncio.Future[Receipt], asyncio.AbstractEventLoop]


class AuditWriter:
    """Queue events from coroutines; one daemon thread appends them in group commits."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self._queue: queue.SimpleQueue[_Item | None] = queue.SimpleQueue()  # None: close
        self._lock = threading.Lock()  # orders "still open?" with put, against close()
        self._closed = False
        self._stopped: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="govgate-audit-writer", daemon=True)
        self._thread.start()

    async def append(self, event: Mapping[str, Any]) -> Receipt:
        """The receipt once ``event`` is durable; raises ``LedgerWriteError`` when it cannot be."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Receipt] = loop.create_future()
        with self._lock:
            if self._closed or self._stopped is not None:
                raise LedgerWriteError(f"the audit writer has stopped: {self._stopped or 'closed'}")
            self._queue.put((event, future, loop))
        return await future

    def close(self) -> None:
        """Append what is queued, then stop the thread (before the ledger is closed)."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._queue.put(None)
        self._thread.join(timeout=30)

    def _run(self) -> None:
        closing = False
        batch: list[_Item] = []
        try:
            while not closing:
                batch = []
                item = self._queue.get()  # wait for work, then take everything queued with it
                while True:
                    if item is None:
                        closing = True
                    else:
                        batch.append(item)
                    try:
                        item = self._queue.get_nowait()
                    except queue.Empty:
                        break
                if batch:
                    self._deliver(batch, self._commit([event for event, _, _ in batch]))
                    batch = []
        except BaseException as exc:  # a bug here must not leave requests waiting forever
            log.exception("audit writer stopped; governed reads now fail closed")
            with self._lock:
                self._stopped = exc
            batch += [item for item in _drain(self._queue) if item is not None]
            self._deliver(batch, [LedgerWriteError(f"audit writer stopped: {exc!r}")] * len(batch))

    def _commit(self, events: Sequence[Mapping[str, Any]]) -> list[Receipt | BaseException]:
        try:
            return list(self._ledger.append_many(events))
        except LedgerWriteError as exc:  # nothing of the batch is acknowledged
            return [exc] * len(events)
        except AuditError:
            # An event the ledger refuses (InvalidEvent, raised before anything is written)
            # must not take its batch-mates down with it: append them one by one.
            results: list[Receipt | BaseException] = []
            for event in events:
                try:
                    results.append(self._ledger.append(event))
                except AuditError as exc:
                    results.append(exc)
            return results

    @staticmethod
    def _deliver(batch: Sequence[_Item], results: Sequence[Receipt | BaseException]) -> None:
        by_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[Receipt], Receipt | BaseException]]] = {}
        for (_, future, loop), result in zip(batch, results, strict=True):
            by_loop.setdefault(loop, []).append((future, result))
        for loop, outcomes in by_loop.items():
            try:
                loop.call_soon_threadsafe(_resolve, outcomes)
            except RuntimeError:  # that loop is closed: nobody is waiting any more
                pass


def _resolve(outcomes: Sequence[tuple[asyncio.Future[Receipt], Receipt | BaseException]]) -> None:
    for future, result in outcomes:
        if future.done():  # the request was cancelled (client gone); the entry stays recorded
            continue
        if isinstance(result, BaseException):
            future.set_exception(result)
        else:
            future.set_result(result)


def _drain(items: queue.SimpleQueue[_Item | None]) -> list[_Item | None]:
    drained = []
    while True:
        try:
            drained.append(items.get_nowait())
        except queue.Empty:
            return drained
