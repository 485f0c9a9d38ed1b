"""SQL fragments for the SQLite store: filters, sort and keyset cursor, with bound parameters.

Column names reaching here have been checked against the table's real columns; they are
double-quoted. Values are always ``?`` parameters, converted to the demo store's storage
forms (dates as ISO text, datetimes as ISO text in +08:00, decimals as REAL, booleans 0/1).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from gateway.sources.query import CST, Filter, Op, Sort

_COMPARE = {Op.EQ: "=", Op.NE: "<>", Op.LT: "<", Op.LE: "<=", Op.GT: ">", Op.GE: ">="}


def storage(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime):
        return value.astimezone(CST).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def where(filters: Sequence[Filter]) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for f in filters:
        col = q(f.field)
        if f.op is Op.IN:
            clauses.append(f"{col} IN ({', '.join('?' for _ in f.value)})")
            params += [storage(v) for v in f.value]
        elif f.op is Op.PREFIX:
            clauses.append(f"substr({col}, 1, ?) = ?")  # case-sensitive, unlike SQLite's LIKE
            params += [len(f.value), f.value]
        else:
            clauses.append(f"{col} {_COMPARE[f.op]} ?")
            params.append(storage(f.value))
    return clauses, params


def order_by(sort: Sort | None) -> str:
    if sort is None:
        return '"row_id"'
    col = q(sort.field)
    return f'({col} IS NULL), {col} {"DESC" if sort.descending else "ASC"}, "row_id"'


def after(sort: Sort | None, cursor_id: int, cursor_value: Any) -> tuple[str, list[Any]]:
    """Rows after the cursor row in the sort order (NULLs last, row_id breaks ties)."""
    if sort is None:
        return '"row_id" > ?', [cursor_id]
    if cursor_id == 0:  # from the start
        return "1 = 1", []
    col = q(sort.field)
    if cursor_value is None:
        return f'({col} IS NULL AND "row_id" > ?)', [cursor_id]
    beyond = "<" if sort.descending else ">"
    return (f'({col} IS NULL OR {col} {beyond} ? OR ({col} = ? AND "row_id" > ?))',
            [cursor_value, cursor_value, cursor_id])
