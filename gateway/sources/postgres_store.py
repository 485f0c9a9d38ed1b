"""PostgreSQL tables as a source: one table per dataset in one schema, SQLAlchemy Core.

Same contract as the SQLite demo store (``SourceStore`` in query.py): the table for dataset
``a-b`` is ``<schema>.a_b`` and has an integer ``row_id`` key (the cursor); every field,
filter and sort column must be one of its reflected columns; all values are bound
parameters (SQLAlchemy expressions, never SQL text from a client). Values come back in the
same JSON-ready forms as the demo store: dates as ISO text, timestamps as ISO text in +08:00,
numerics as floats — so masking and every response format treat both stores alike.

``load_from_sqlite`` copies the demo store into PostgreSQL with column types from the catalog
(for tests, demos and benchmarks).
"""

from __future__ import annotations

import operator
import sqlite3
import threading
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Engine,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    create_engine,
    insert,
    and_,
    or_,
    select,
    true,
)
from sqlalchemy.exc import NoSuchTableError, SQLAlchemyError

from gateway import sources
from gateway.sources.query import CST, Filter, InvalidCursor, Op, Sort, check_page_request

_COMPARE = {Op.EQ: operator.eq, Op.NE: operator.ne, Op.LT: operator.lt, Op.LE: operator.le, Op.GT: operator.gt,
            Op.GE: operator.ge}


def _table_name(dataset_id: str) -> str:
    return dataset_id.replace("-", "_")


def _out(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime):
        return value.astimezone(CST).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _bind(column: Column, value: Any) -> Any:
    """A filter value in the column's own type (text columns get the demo store's text forms)."""
    if isinstance(column.type, String):
        if isinstance(value, datetime):
            return value.astimezone(CST).isoformat(timespec="seconds")
        if isinstance(value, (date, Decimal, int, float)) and not isinstance(value, bool):
            return value.isoformat() if isinstance(value, date) else str(value)
    return value


class PostgresStore:
    """Read rows from PostgreSQL. Thread-safe (SQLAlchemy pool; reflected tables cached)."""

    def __init__(self, url: str | None = None, schema: str = "public", *, engine: Engine | None = None) -> None:
        if engine is None and not url:
            raise sources.SourceError("a PostgreSQL source needs a URL (GOVGATE_SOURCE_URL)")
        self._engine = engine or create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)
        self._owns_engine = engine is None
        self.schema = schema
        self._tables: dict[str, Table] = {}
        self._lock = threading.Lock()

    def _table(self, dataset_id: str) -> Table:
        name = _table_name(dataset_id)
        table = self._tables.get(name)
        if table is not None:
            return table
        try:
            table = Table(name, MetaData(), schema=self.schema, autoload_with=self._engine)
        except NoSuchTableError:
            raise sources.SourceError(f"unknown dataset {dataset_id!r}: no table {self.schema}.{name}") from None
        except SQLAlchemyError as exc:
            raise sources.SourceError(f"cannot read the PostgreSQL source: {type(exc).__name__}") from exc
        if "row_id" not in table.c:
            raise sources.SourceError(f"table {self.schema}.{name} has no row_id column (the cursor key)")
        with self._lock:
            self._tables[name] = table
        return table

    def columns(self, dataset_id: str) -> tuple[str, ...]:
        table = self._table(dataset_id)
        return ("row_id", *(c.name for c in table.c if c.name != "row_id"))

    def fetch(self, dataset_id: str, fields: Sequence[str], limit: int, after_row_id: int = 0) -> list[dict[str, Any]]:
        return self.fetch_page(dataset_id, fields, limit, after_row_id)[0]

    def fetch_page(self, dataset_id: str, fields: Sequence[str], limit: int, after_row_id: int = 0, *,
                   filters: Sequence[Filter] = (), sort: Sort | None = None) -> tuple[list[dict[str, Any]], int | None]:
        table = self._table(dataset_id)
        names = check_page_request(dataset_id, fields, limit, after_row_id, filters, sort, table.c)
        row_id = table.c.row_id
        conditions = [self._condition(table.c[f.field], f) for f in filters]
        try:
            with self._engine.connect() as conn:
                if sort is None:
                    conditions.append(row_id > after_row_id)
                    order = [row_id.asc()]
                else:
                    col = table.c[sort.field]
                    order = [col.is_(None).asc(), col.desc() if sort.descending else col.asc(), row_id.asc()]
                    if after_row_id > 0:
                        found = conn.execute(select(col).where(row_id == after_row_id)).first()
                        if found is None:
                            raise InvalidCursor(f"no row {after_row_id}: start again without `after`")
                        conditions.append(self._after(col, row_id, sort, after_row_id, found[0]))
                stmt = (select(row_id, *(table.c[n] for n in names)).where(and_(true(), *conditions))
                        .order_by(*order).limit(limit))
                result = conn.execute(stmt).all()
        except SQLAlchemyError as exc:
            raise sources.SourceError(f"cannot read {self.schema}.{table.name}: {type(exc).__name__}") from exc
        rows = [dict(zip(names, (_out(v) for v in r[1:]))) for r in result]
        return rows, (result[-1][0] if result else None)

    @staticmethod
    def _condition(column: Column, f: Filter) -> Any:
        if f.op is Op.IN:
            return column.in_([_bind(column, v) for v in f.value])
        value = _bind(column, f.value)
        if f.op is Op.PREFIX:
            return column.startswith(value, autoescape=True)  # LIKE 'v%' with % and _ escaped; case-sensitive
        return _COMPARE[f.op](column, value)

    @staticmethod
    def _after(col: Column, row_id: Column, sort: Sort, cursor_id: int, cursor_value: Any) -> Any:
        if cursor_value is None:
            return and_(col.is_(None), row_id > cursor_id)
        beyond = col < cursor_value if sort.descending else col > cursor_value
        return or_(col.is_(None), beyond, and_(col == cursor_value, row_id > cursor_id))

    def count(self, dataset_id: str) -> int:
        from sqlalchemy import func

        table = self._table(dataset_id)
        with self._engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

    def close(self) -> None:
        if self._owns_engine:
            self._engine.dispose()


_TYPES = {"string": Text, "integer": BigInteger, "decimal": Numeric, "date": Date,
          "datetime": lambda: DateTime(timezone=True), "boolean": Boolean}


def load_from_sqlite(catalog: Any, sqlite_path: Path, engine: Engine, schema: str,
                     datasets: Sequence[str] | None = None) -> dict[str, int]:
    """Copy demo-store tables into ``schema`` (created if missing), typed by the catalog."""
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    counts: dict[str, int] = {}
    src = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    try:
        for dataset in catalog.datasets.values():
            if datasets is not None and dataset.id not in datasets:
                continue
            name = _table_name(dataset.id)
            if not src.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone():
                continue
            columns = [Column("row_id", Integer, primary_key=True, autoincrement=False)]
            columns += [Column(f.name, _TYPES[f.type.value]()) for f in dataset.fields]
            table = Table(name, MetaData(), *columns, schema=schema)
            table.drop(engine, checkfirst=True)
            table.create(engine)
            names = ["row_id", *(f.name for f in dataset.fields)]
            kinds = {f.name: f.type.value for f in dataset.fields}
            rows = src.execute(f'SELECT {", ".join(chr(34) + n + chr(34) for n in names)} FROM "{name}"').fetchall()
            batch = [{n: _typed(kinds.get(n), v) for n, v in zip(names, r)} for r in rows]
            with engine.begin() as conn:
                for i in range(0, len(batch), 2000):
                    conn.execute(insert(table), batch[i:i + 2000])
            counts[dataset.id] = len(batch)
    finally:
        src.close()
    return counts


def _typed(kind: str | None, value: Any) -> Any:
    if value is None or kind in (None, "string", "integer"):
        return value
    if kind == "decimal":
        return Decimal(str(value))
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if kind == "boolean":
        return bool(value)
    return value


__all__ = ["PostgresStore", "load_from_sqlite"]
