"""What a source is asked for: fields, structured filters, one sort key, a cursor — and the
``SourceStore`` protocol every source (SQLite demo store, PostgreSQL tables) implements.

Filters are data, never SQL: ``Filter(field, op, value)`` with ``op`` one of ``Op``; each
store checks the field against the table's real columns and binds the value as a parameter.
Comparisons never match NULL (SQL semantics, in both stores); a sort puts NULLs last.

The HTTP form is ``filter=<field>:<op>:<value>`` (repeatable; ``in`` takes values separated by
``|``) and ``sort=<field>`` or ``sort=-<field>``; values are converted to the field's catalog
type here, so a store gets ``int``, ``Decimal``, ``date``, ``datetime``, ``bool`` or ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from gateway.errors import BadRequest
from gateway.sources import SourceError

MAX_LIMIT = 100_000  # rows per source call; the gateway pages with after_row_id
MAX_FILTERS = 8
MAX_IN_VALUES = 50
MAX_VALUE_CHARS = 200
CST = timezone(timedelta(hours=8))
_FIELD = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


class Op(StrEnum):
    EQ = "eq"
    NE = "ne"
    LT = "lt"
    LE = "le"
    GT = "gt"
    GE = "ge"
    IN = "in"
    PREFIX = "prefix"


ORDERED = frozenset({Op.LT, Op.LE, Op.GT, Op.GE})


@dataclass(frozen=True)
class Filter:
    field: str
    op: Op
    value: Any  # a scalar; a tuple of scalars for ``in``


@dataclass(frozen=True)
class Sort:
    field: str
    descending: bool = False


class InvalidCursor(SourceError, BadRequest):
    """The cursor names no row of the table (answered 400, parameter ``after``)."""

    def __init__(self, detail: str) -> None:
        BadRequest.__init__(self, "after", detail)


@runtime_checkable
class SourceStore(Protocol):
    """A source of rows, one table per dataset, each with an integer ``row_id`` key (the cursor)."""

    def columns(self, dataset_id: str) -> tuple[str, ...]: ...

    def fetch_page(self, dataset_id: str, fields: Sequence[str], limit: int, after_row_id: int = 0, *,
                   filters: Sequence[Filter] = (), sort: Sort | None = None
                   ) -> tuple[list[dict[str, Any]], int | None]: ...

    def count(self, dataset_id: str) -> int: ...

    def close(self) -> None: ...


# --- the HTTP form --------------------------------------------------------------------------

def parse_filter(raw: str) -> tuple[str, Op, str]:
    """``field:op:value`` → its parts (the value is converted later, by field type)."""
    name, sep1, rest = raw.partition(":")
    op_text, sep2, value = rest.partition(":")
    if not (sep1 and sep2):
        raise BadRequest("filter", f"write filters as field:op:value, e.g. household_town:eq:飞英街道 (got {raw[:60]!r})")
    if not _FIELD.match(name):
        raise BadRequest("filter", f"not a field name: {name[:70]!r}")
    try:
        op = Op(op_text)
    except ValueError:
        raise BadRequest("filter", f"unknown operator {op_text[:20]!r}; use one of {', '.join(Op)}") from None
    if len(value) > MAX_VALUE_CHARS * (MAX_IN_VALUES if op is Op.IN else 1):
        raise BadRequest("filter", "filter value too long")
    return name, op, value


def parse_sort(raw: str | None) -> Sort | None:
    if raw is None or raw == "":
        return None
    descending = raw.startswith("-")
    name = raw[1:] if descending else raw
    if not _FIELD.match(name):
        raise BadRequest("sort", "sort=<field> or sort=-<field> (descending)")
    return Sort(name, descending)


def coerce(field_type: str, op: Op, raw: str, *, field: str) -> Any:
    """Convert a filter value to the field's catalog type; BadRequest names the filter."""
    if op is Op.PREFIX and field_type != "string":
        raise BadRequest("filter", f"prefix applies to text fields only ({field} is {field_type})")
    if op in ORDERED and field_type == "boolean":
        raise BadRequest("filter", f"{op} does not apply to a boolean field ({field})")
    if op is Op.IN:
        parts = raw.split("|")
        if not 1 <= len(parts) <= MAX_IN_VALUES:
            raise BadRequest("filter", f"in takes 1–{MAX_IN_VALUES} values separated by |")
        return tuple(_scalar(field_type, p, field) for p in parts)
    if op is Op.PREFIX and raw == "":
        raise BadRequest("filter", "an empty prefix matches everything; leave the filter out")
    return _scalar(field_type, raw, field)


def _scalar(field_type: str, raw: str, field: str) -> Any:
    if len(raw) > MAX_VALUE_CHARS:
        raise BadRequest("filter", f"value for {field} longer than {MAX_VALUE_CHARS} characters")
    try:
        if field_type == "integer":
            if not re.fullmatch(r"-?\d{1,18}", raw):
                raise ValueError
            return int(raw)
        if field_type == "decimal":
            value = Decimal(raw)
            if not value.is_finite():
                raise ValueError
            return value
        if field_type == "date":
            return date.fromisoformat(raw)
        if field_type == "datetime":
            moment = datetime.fromisoformat(raw)
            return moment if moment.tzinfo else moment.replace(tzinfo=CST)  # naive = Huzhou time
        if field_type == "boolean":
            if raw.lower() not in ("true", "false", "1", "0"):
                raise ValueError
            return raw.lower() in ("true", "1")
    except (ValueError, InvalidOperation):
        raise BadRequest("filter", f"{raw[:40]!r} is not a valid {field_type} for {field}") from None
    return raw


def check_page_request(dataset_id: str, fields: Sequence[str], limit: int, after_row_id: int,
                       filters: Sequence[Filter], sort: Sort | None, known: Sequence[str] | Any) -> list[str]:
    """What every store checks before it builds a query; returns the fields to select, each
    once. ``known`` holds the table's real column names (anything supporting ``in``)."""
    if isinstance(fields, str):  # a bare string would be read as one field per character
        raise SourceError("fields must be a sequence of field names, not a string")
    if not fields:
        raise SourceError("no fields requested")
    if not isinstance(limit, int) or isinstance(limit, bool) or not 0 <= limit <= MAX_LIMIT:
        raise SourceError(f"limit must be an integer 0..{MAX_LIMIT}")
    if not isinstance(after_row_id, int) or isinstance(after_row_id, bool) or after_row_id < 0:
        raise SourceError("after_row_id must be a non-negative integer")
    named = [*fields, *(f.field for f in filters), *([sort.field] if sort else [])]
    unknown = [f for f in dict.fromkeys(named) if f not in known]
    if unknown:
        raise SourceError(f"dataset {dataset_id!r} has no field(s): {', '.join(map(repr, unknown))}")
    return list(dict.fromkeys(fields))  # a field asked twice is returned once
