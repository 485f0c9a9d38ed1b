"""Daily row usage, counted in memory and written to the state database in the background.

The quota check and the count used to be a SELECT and an UPDATE+COMMIT on every request, which
serialised requests on SQLite's write lock (docs/performance.md, "Gateway under load"). Now each
(department, day) total is read once, requests add to it in memory, and a background thread
adds the pending counts to the database every ``flush_seconds`` (and on close), re-reading the
totals so that other replicas' usage is seen. With N replicas a department can overshoot its
quota by what the others served within one flush interval.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from gateway.state import add_dataset_rows, add_rows, dataset_rows_used, rows_used

log = logging.getLogger("govgate.gateway")

# (department, dataset, day); dataset None is the department's total (the daily row quota),
# a dataset id its rows from that dataset (the policy's export limit).
Key = tuple[str, str | None, date]


def _stored(session: Session, key: Key) -> int:
    department_id, dataset_id, day = key
    if dataset_id is None:
        return rows_used(session, department_id, day)
    return dataset_rows_used(session, department_id, dataset_id, day)


def _store(session: Session, key: Key, rows: int) -> None:
    department_id, dataset_id, day = key
    if dataset_id is None:
        add_rows(session, department_id, day, rows)
    else:
        add_dataset_rows(session, department_id, dataset_id, day, rows)


class UsageMeter:
    def __init__(self, sessions: Callable[[], Session], flush_seconds: float = 1.0) -> None:
        self._sessions = sessions
        self._flush_seconds = flush_seconds
        self._base: dict[Key, int] = {}
        self._pending: dict[Key, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def used(self, department_id: str, day: date, dataset_id: str | None = None) -> int:
        """Rows so far today: the department's total, or from ``dataset_id`` only."""
        key = (department_id, dataset_id, day)
        with self._lock:
            if key in self._base:
                return self._base[key] + self._pending.get(key, 0)
        with self._sessions() as session:
            stored = _stored(session, key)
        with self._lock:
            self._base.setdefault(key, stored)
            return self._base[key] + self._pending.get(key, 0)

    def add(self, department_id: str, dataset_id: str, day: date, rows: int) -> None:
        if rows > 0:
            with self._lock:
                for key in ((department_id, None, day), (department_id, dataset_id, day)):
                    self._pending[key] = self._pending.get(key, 0) + rows

    def flush(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, {}
        if not pending:
            return
        try:
            with self._sessions() as session:
                for key, rows in pending.items():
                    _store(session, key, rows)
                totals = {key: _stored(session, key) for key in pending}
        except Exception:  # keep the counts: they are retried on the next flush
            log.exception("could not write daily usage; will retry")
            with self._lock:
                for key, rows in pending.items():
                    self._pending[key] = self._pending.get(key, 0) + rows
            return
        with self._lock:
            self._base.update(totals)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, daemon=True, name="govgate-usage")
            self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self._flush_seconds):
            self.flush()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.flush()
