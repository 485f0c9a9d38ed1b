"""Filter/sort cases run against every source store and checked against a plain-Python
reference over the whole table (so both stores are held to the same semantics)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from gateway.sources.query import Filter, Op, Sort, coerce

# (dataset, fields, [(field, op, raw value)], sort) — raw values as a client would send them.
CASES: list[tuple[str, list[str], list[tuple[str, str, str]], str | None]] = [
    ("population", ["name", "sex"], [("sex", "eq", "女")], None),
    ("population", ["name", "household_district"], [("household_district", "ne", "吴兴区")], "name"),
    ("population", ["name", "birth_date"], [("birth_date", "ge", "1990-01-01"), ("birth_date", "lt", "2000-01-01")],
     "-birth_date"),
    ("population", ["name", "household_town"], [("household_town", "in", "飞英街道|八里店镇|水口乡")], "household_town"),
    ("population", ["resident_id"], [("resident_id", "prefix", "330502")], "-resident_id"),
    ("population", ["name"], [("name", "prefix", "王")], None),
    ("population", ["name"], [("name", "eq", "' OR 1=1 --")], None),  # a value, never SQL
    ("population", ["name", "education"], [], "education"),
    ("health-records", ["visit_id", "total_cost"], [("total_cost", "gt", "1000.5")], "-total_cost"),
    ("health-records", ["visit_id", "visit_time"], [("visit_time", "le", "2024-06-30T23:59:59+08:00")], "visit_time"),
    ("urban-management", ["case_id", "handling_hours", "closed"],
     [("closed", "eq", "true"), ("handling_hours", "le", "12")], "-handling_hours"),
    ("spatial-geo", ["address_code", "floors", "longitude"], [("floors", "in", "1|2|3"), ("longitude", "lt", "120")],
     "longitude"),
]


def typed_filters(catalog: Any, dataset: str, raw: list[tuple[str, str, str]]) -> tuple[Filter, ...]:
    ds = catalog.datasets[dataset]
    return tuple(Filter(f, Op(op), coerce(ds.field(f).type.value, Op(op), v, field=f)) for f, op, v in raw)


def _typed(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if kind == "decimal":
        return Decimal(str(value))
    if kind == "boolean":
        return bool(value)
    return value


def _norm(value: Any) -> Any:
    return Decimal(str(value)) if isinstance(value, float) else value


def reference(store_path: Path, catalog: Any, dataset: str, fields: list[str], filters: tuple[Filter, ...],
              sort: Sort | None) -> list[tuple[Any, ...]]:
    """The expected rows (row_id first) in the expected order, from a full scan in Python."""
    ds = catalog.datasets[dataset]
    kinds = {f.name: f.type.value for f in ds.fields}
    with sqlite3.connect(store_path) as conn:
        conn.row_factory = sqlite3.Row
        table = [dict(r) for r in conn.execute(f'SELECT * FROM "{dataset.replace("-", "_")}"')]

    def matches(row: dict[str, Any], f: Filter) -> bool:
        v = _typed(kinds[f.field], row[f.field])
        if v is None:
            return False
        want = f.value
        if f.op is Op.IN:
            return any(_norm(v) == _norm(w) for w in want)
        if f.op is Op.PREFIX:
            return v.startswith(want)
        v, want = _norm(v), _norm(want)
        return {Op.EQ: v == want, Op.NE: v != want, Op.LT: v < want, Op.LE: v <= want,
                Op.GT: v > want, Op.GE: v >= want}[f.op]

    kept = [r for r in table if all(matches(r, f) for f in filters)]
    if sort is None:
        kept.sort(key=lambda r: r["row_id"])
    else:
        nulls = [r for r in kept if r[sort.field] is None]
        values = [r for r in kept if r[sort.field] is not None]
        values.sort(key=lambda r: r["row_id"])
        values.sort(key=lambda r: _norm(_typed(kinds[sort.field], r[sort.field])), reverse=sort.descending)
        if sort.descending:  # ties keep row_id ascending
            groups: dict[Any, list[dict[str, Any]]] = {}
            for r in values:
                groups.setdefault(_norm(_typed(kinds[sort.field], r[sort.field])), []).append(r)
            values = [r for key in groups for r in sorted(groups[key], key=lambda x: x["row_id"])]
        kept = values + sorted(nulls, key=lambda r: r["row_id"])
    return [(r["row_id"], *(r[f] for f in fields)) for r in kept]


def walk(store: Any, dataset: str, fields: list[str], filters: tuple[Filter, ...], sort: Sort | None,
         page: int = 7) -> list[tuple[Any, ...]]:
    """Every row through cursor pagination (``after`` = the previous page's cursor), row_id first."""
    out: list[tuple[Any, ...]] = []
    after = 0
    while True:
        rows, cursor = store.fetch_page(dataset, ["row_id", *fields], page, after, filters=filters, sort=sort)
        out += [tuple(r[f] for f in ["row_id", *fields]) for r in rows]
        if len(rows) < page:
            return out
        assert cursor == rows[-1]["row_id"]
        after = cursor
