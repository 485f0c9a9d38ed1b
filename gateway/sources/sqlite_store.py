"""The embedded demo source: a read-only SQLite file, one table per dataset.

Identifiers never come from the caller into SQL unchecked: the table must exist and
every requested field must be one of its real columns (``PRAGMA table_info``, cached),
and both are then double-quoted; values (limit, cursor) are bound parameters.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.request import pathname2url

from gateway import sources
from gateway.sources import _sqlsqlite as _sql
from gateway.sources.query import MAX_LIMIT, Filter, InvalidCursor, Sort, check_page_request

__all__ = ["SqliteStore", "MAX_LIMIT"]



def _table(dataset_id: str) -> str:
    return dataset_id.replace("-", "_")


class SqliteStore:
    """Read rows of the demo store. Thread-safe: one read-only connection per thread."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._uri = f"file:{pathname2url(str(self.path.resolve()))}?mode=ro"
        self._local = threading.local()
        self._columns: dict[str, tuple[str, ...]] = {}
        self._lock = threading.Lock()

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self._uri, uri=True, check_same_thread=True)
            except sqlite3.Error as exc:
                raise sources.SourceError(f"cannot open the store {self.path}: {exc}") from exc
            self._local.conn = conn
        return conn

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._conn().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise sources.SourceError(f"cannot read the store {self.path}: {exc}") from exc

    def columns(self, dataset_id: str) -> tuple[str, ...]:
        """The table's columns (``row_id`` first); ``SourceError`` for an unknown dataset."""
        table = _table(dataset_id)
        cached = self._columns.get(table)
        if cached is not None:
            return cached
        exists = self._execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
        if not exists:
            raise sources.SourceError(f"unknown dataset {dataset_id!r}: no table {table!r} in {self.path}")
        cols = tuple(r[1] for r in self._execute(f'PRAGMA table_info("{table}")'))
        with self._lock:
            self._columns[table] = cols
        return cols

    def fetch(
        self, dataset_id: str, fields: Sequence[str], limit: int, after_row_id: int = 0
    ) -> list[dict[str, Any]]:
        """Up to ``limit`` rows with ``row_id > after_row_id``, ordered by ``row_id``, each a
        dict holding exactly ``fields``."""
        rows, _ = self._select(dataset_id, fields, limit, after_row_id)
        return rows

    def fetch_page(
        self, dataset_id: str, fields: Sequence[str], limit: int, after_row_id: int = 0, *,
        filters: Sequence[Filter] = (), sort: Sort | None = None,
    ) -> tuple[list[dict[str, Any]], int | None]:
        """Like ``fetch``, plus the cursor for the next page (``None`` when no row came).

        ``filters`` and ``sort`` (gateway/sources/query.py) are pushed down as parameterized SQL;
        the cursor stays the last row's ``row_id`` (its sort value is looked up, keyset-style).
        """
        return self._select(dataset_id, fields, limit, after_row_id, filters, sort)

    def _select(
        self, dataset_id: str, fields: Sequence[str], limit: int, after_row_id: int,
        filters: Sequence[Filter] = (), sort: Sort | None = None,
    ) -> tuple[list[dict[str, Any]], int | None]:
        names = check_page_request(dataset_id, fields, limit, after_row_id, filters, sort, self.columns(dataset_id))
        cols = ", ".join(f'"{f}"' for f in ["row_id", *names])
        table = _table(dataset_id)
        cursor_value = None
        if sort is not None and after_row_id > 0:
            found = self._execute(f'SELECT {_sql.q(sort.field)} FROM "{table}" WHERE "row_id" = ?', (after_row_id,))
            if not found:
                raise InvalidCursor(f"no row {after_row_id}: start again without `after`")
            cursor_value = found[0][0]
        position, params = _sql.after(sort, after_row_id, cursor_value)
        clauses, values = _sql.where(filters)
        sql = (f'SELECT {cols} FROM "{table}" WHERE {" AND ".join([position, *clauses])} '
               f'ORDER BY {_sql.order_by(sort)} LIMIT ?')
        result = self._execute(sql, (*params, *values, limit))
        rows = [dict(zip(names, r[1:])) for r in result]
        return rows, (result[-1][0] if result else None)

    def count(self, dataset_id: str) -> int:
        """Number of rows of a dataset."""
        self.columns(dataset_id)  # validates the dataset id
        return self._execute(f'SELECT COUNT(*) FROM "{_table(dataset_id)}"')[0][0]

    def close(self) -> None:
        """Close this thread's connection (other threads' close when they end)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
