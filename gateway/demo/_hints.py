"""Compile a dataset's fields into value generators (the hint vocabulary is documented
in ``gateway/demo/synth.py``). Compilation checks every hint up front, so a typo in the
catalog fails before any row is written, with the dataset and field named.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from classify.catalog import Dataset, DatasetField, FieldType
from gateway.demo._fillers import ENTITY_FILLERS, ORG_ATTRS, PERSON_ATTRS
from gateway.demo._world import Org, Person, Place, random_address

Gen = Callable[["RowContext"], Any]


class SynthError(Exception):
    """The catalog asks the demo generator for something it cannot produce."""


@dataclass(slots=True)
class RowContext:
    row_no: int  # 1-based, per dataset
    subject_row: int  # 0-based index of this row among its subject's rows
    person: Person
    org: Org
    place: Place
    orgs: list[Org]  # every organisation, for hints that pick one at random
    rng: random.Random
    person_subject: bool  # rows_per_person: dates must not precede the person's birth
    org_subject: bool  # rows_per_org: an address is the organisation's
    values: dict[str, Any] = field(default_factory=dict)  # earlier fields of this row
    groups: dict[str, int] = field(default_factory=dict)  # group name -> drawn index


@dataclass(slots=True)
class _Group:
    size: int
    cum: list[float] | None = None  # cumulative weights, or uniform

    def draw(self, rng: random.Random) -> int:
        if self.cum is None:
            return rng.randrange(self.size)
        return rng.choices(range(self.size), cum_weights=self.cum)[0]


_KEYS: dict[str, set[str]] = {
    "choice": {"values", "weights", "group"},
    "int": {"min", "max", "group"},
    "decimal": {"min", "max", "digits", "group"},
    "date": {"start", "end", "min_age"},
    "datetime": {"start", "end", "hours", "min_age"},
    "month": {"start", "end", "order"},
    "ratio": {"of", "min", "max", "digits"},
    "seq": {"prefix", "width", "start"},
    "district": {"attr"},
    "town": {"attr"},
    "person": {"attr"},
    "org": {"attr", "pick"},
    "address": set(),
    "geo": {"axis"},
    "text": {"template"},
    "bool": {"p"},
}
HINT_KINDS = tuple(_KEYS)


class _Compiler:
    def __init__(self, ds: Dataset) -> None:
        self.ds = ds
        self.groups: dict[str, _Group] = {}
        self.where = ""

    def fail(self, message: str) -> SynthError:
        return SynthError(f"dataset {self.ds.id!r}, {self.where}: {message}")

    # -- groups: hints sharing a group draw one index per row -----------------------
    def group(self, name: Any, size: int, weights: list | None = None) -> _Group:
        if not isinstance(name, str) or not name:
            raise self.fail("group must be a non-empty string")
        g = self.groups.get(name)
        if g is None:
            g = self.groups[name] = _Group(size)
        if g.size != size:
            raise self.fail(f"group {name!r} has {g.size} options elsewhere but {size} here")
        if weights is not None:
            cum = list(accumulate(float(w) for w in weights))
            if g.cum is not None and g.cum != cum:
                raise self.fail(f"group {name!r} is given different weights in two places")
            g.cum = cum
        return g

    def group_index(self, name: Any, size: int, weights: list | None = None) -> Callable[[RowContext], int]:
        """Register a group use; return the function giving a row's index in it."""
        self.group(name, size, weights)
        groups = self.groups
        return lambda c: _index(c, groups, name)

    def _grouped_bounds(self, hint: dict) -> tuple[Callable[[RowContext], tuple[Any, Any]], bool]:
        lo, hi = hint.get("min"), hint.get("max")
        if lo is None or hi is None:
            raise self.fail("min and max are required")
        if "group" in hint:
            if not (isinstance(lo, list) and isinstance(hi, list) and len(lo) == len(hi)):
                raise self.fail("with a group, min and max are lists of equal length")
            row_index = self.group_index(hint["group"], len(lo))
            return (lambda c: (lo[row_index(c)], hi[row_index(c)])), True
        if isinstance(lo, list) or isinstance(hi, list):
            raise self.fail("min and max are lists only with a group")
        if lo > hi:
            raise self.fail(f"min {lo} is greater than max {hi}")
        return (lambda c: (lo, hi)), False

    # -- one field ------------------------------------------------------------------
    def compile(self, f: DatasetField, earlier: list[str]) -> Gen:
        self.where = f"field {f.name!r}"
        hint = f.synth
        if hint is None:
            if f.entity is None:
                raise self.fail("needs a synth hint (it names no entity type)")
            filler = ENTITY_FILLERS.get(f.entity)
            if filler is None:
                raise self.fail(f"entity type {f.entity} has no default generator; give a synth hint")
            return filler
        kind = hint.get("kind")
        if kind not in _KEYS:
            raise self.fail(f"unknown synth hint kind {kind!r} (known: {', '.join(HINT_KINDS)})")
        extra = set(hint) - _KEYS[kind] - {"kind"}
        if extra:
            raise self.fail(f"unknown key(s) {sorted(extra)} for a {kind!r} hint")
        return getattr(self, f"k_{kind}")(hint, earlier)

    def k_choice(self, h: dict, earlier: list[str]) -> Gen:
        values, weights = h.get("values"), h.get("weights")
        if not isinstance(values, list) or not values:
            raise self.fail("values must be a non-empty list")
        if weights is not None and (not isinstance(weights, list) or len(weights) != len(values)):
            raise self.fail("weights must be a list as long as values")
        if "group" in h:
            row_index = self.group_index(h["group"], len(values), weights)
            return lambda c: values[row_index(c)]
        cum = list(accumulate(weights)) if weights else None
        if cum is None:
            return lambda c: c.rng.choice(values)
        return lambda c: c.rng.choices(values, cum_weights=cum)[0]

    def k_int(self, h: dict, earlier: list[str]) -> Gen:
        bounds, _ = self._grouped_bounds(h)

        def gen(c: RowContext) -> int:
            lo, hi = bounds(c)
            return c.rng.randint(int(lo), int(hi))

        return gen

    def k_decimal(self, h: dict, earlier: list[str]) -> Gen:
        bounds, _ = self._grouped_bounds(h)
        digits = h.get("digits", 2)
        if not isinstance(digits, int) or not 0 <= digits <= 6:
            raise self.fail("digits must be an integer 0..6")

        def gen(c: RowContext) -> float:
            lo, hi = bounds(c)
            return round(c.rng.uniform(float(lo), float(hi)), digits)

        return gen

    def _dates(self, h: dict) -> tuple[dt.date, dt.date, int | None]:
        start, end = _as_date(h.get("start")), _as_date(h.get("end"))
        if start is None or end is None or start > end:
            raise self.fail("start and end must be ISO dates with start <= end")
        min_age = h.get("min_age")
        if min_age is not None and (not isinstance(min_age, int) or min_age < 0):
            raise self.fail("min_age must be a non-negative integer")
        return start, end, min_age

    def k_date(self, h: dict, earlier: list[str]) -> Gen:
        start, end, min_age = self._dates(h)
        return lambda c: _draw_day(c, start, end, min_age).isoformat()

    def k_datetime(self, h: dict, earlier: list[str]) -> Gen:
        start, end, min_age = self._dates(h)
        hours = h.get("hours", [0, 24])
        if not (isinstance(hours, list) and len(hours) == 2 and 0 <= hours[0] < hours[1] <= 24):
            raise self.fail("hours must be [from, to] within 0..24")
        lo_s, hi_s = hours[0] * 3600, hours[1] * 3600

        def gen(c: RowContext) -> str:
            day = _draw_day(c, start, end, min_age)
            secs = c.rng.randrange(lo_s, hi_s)
            t = dt.datetime.combine(day, dt.time(secs // 3600, secs // 60 % 60, secs % 60))
            return t.isoformat() + "+08:00"  # local time in China Standard Time

        return gen

    def k_month(self, h: dict, earlier: list[str]) -> Gen:
        start, end = _as_month(h.get("start")), _as_month(h.get("end"))
        if start is None or end is None or start > end:
            raise self.fail("start and end must be YYYY-MM with start <= end")
        order = h.get("order", "random")
        if order not in ("random", "subject"):
            raise self.fail("month order is random or subject")

        def fmt(m: int) -> str:
            return f"{m // 12:04d}-{m % 12 + 1:02d}"

        if order == "subject":  # a subject's rows are its latest months: end, end-1, …
            return lambda c: fmt(max(start, end - c.subject_row))
        return lambda c: fmt(c.rng.randint(start, end))

    def k_ratio(self, h: dict, earlier: list[str]) -> Gen:
        of, lo, hi, digits = h.get("of"), h.get("min"), h.get("max"), h.get("digits", 2)
        if of not in earlier:
            raise self.fail("ratio needs 'of': an earlier numeric field")
        if not isinstance(lo, (int, float)) or not isinstance(hi, (int, float)) or lo > hi:
            raise self.fail("ratio needs numeric min <= max")
        if not isinstance(digits, int) or not 0 <= digits <= 6:
            raise self.fail("digits must be an integer 0..6")
        return lambda c: round(float(c.values[of] or 0) * c.rng.uniform(lo, hi), digits)

    def k_seq(self, h: dict, earlier: list[str]) -> Gen:
        prefix, width, first = str(h.get("prefix", "")), h.get("width", 8), h.get("start", 1)
        if not isinstance(width, int) or not isinstance(first, int) or width < 1:
            raise self.fail("width and start must be integers (width >= 1)")
        return lambda c: f"{prefix}{c.row_no - 1 + first:0{width}d}"

    def k_district(self, h: dict, earlier: list[str]) -> Gen:
        attr = h.get("attr", "name")
        if attr not in ("name", "code"):
            raise self.fail("district attr is name or code")
        return (lambda c: c.place.district.name) if attr == "name" else (lambda c: c.place.district.code)

    def k_town(self, h: dict, earlier: list[str]) -> Gen:
        attr = h.get("attr", "name")
        if attr not in ("name", "code"):
            raise self.fail("town attr is name or code")
        return (lambda c: c.place.town.name) if attr == "name" else (lambda c: c.place.town.code)

    def k_person(self, h: dict, earlier: list[str]) -> Gen:
        get = PERSON_ATTRS.get(h.get("attr", ""))
        if get is None:
            raise self.fail(f"person attr must be one of {sorted(PERSON_ATTRS)}")
        return lambda c: get(c.person)

    def k_org(self, h: dict, earlier: list[str]) -> Gen:
        get = ORG_ATTRS.get(h.get("attr", ""))
        if get is None:
            raise self.fail(f"org attr must be one of {sorted(ORG_ATTRS)}")
        pick = h.get("pick", "row")
        if pick not in ("row", "random"):
            raise self.fail("org pick is row (the row's organisation) or random")
        if pick == "random":
            return lambda c: get(c.orgs[c.rng.randrange(len(c.orgs))])
        return lambda c: get(c.org)

    def k_address(self, h: dict, earlier: list[str]) -> Gen:
        return lambda c: random_address(c.rng, c.place)

    def k_geo(self, h: dict, earlier: list[str]) -> Gen:
        axis = h.get("axis")
        if axis not in ("lon", "lat"):
            raise self.fail("geo axis is lon or lat")
        # within about 8 km of the district's centre: inside Huzhou, never at sea
        if axis == "lon":
            return lambda c: round(c.place.district.lon + c.rng.uniform(-0.08, 0.08), 6)
        return lambda c: round(c.place.district.lat + c.rng.uniform(-0.07, 0.07), 6)

    def k_bool(self, h: dict, earlier: list[str]) -> Gen:
        p = h.get("p", 0.5)
        if not isinstance(p, (int, float)) or not 0 <= p <= 1:
            raise self.fail("p must be a probability 0..1")
        return lambda c: c.rng.random() < p

    def k_text(self, h: dict, earlier: list[str]) -> Gen:
        from gateway.demo._template import compile_template

        template = h.get("template")
        if not isinstance(template, str) or not template:
            raise self.fail("template must be a non-empty string")
        try:
            return compile_template(template, earlier, self.group_index)
        except ValueError as exc:
            raise self.fail(str(exc)) from exc


def _index(c: RowContext, groups: dict[str, _Group], name: str) -> int:
    i = c.groups.get(name)
    if i is None:
        i = c.groups[name] = groups[name].draw(c.rng)
    return i


def _as_date(v: Any) -> dt.date | None:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            return None
    return None


def _as_month(v: Any) -> int | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})", v) if isinstance(v, str) else None
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return int(m.group(1)) * 12 + int(m.group(2)) - 1


def _draw_day(c: RowContext, start: dt.date, end: dt.date, min_age: int | None) -> dt.date:
    lo = start
    if c.person_subject:
        born = c.person.birth_date
        floor = born if min_age is None else _add_years(born, min_age)
        lo = max(lo, min(floor, end))
    return lo + dt.timedelta(days=c.rng.randrange((end - lo).days + 1))


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


_SQL_CONVERT: dict[FieldType, Callable[[Any], Any]] = {
    FieldType.STRING: str,
    FieldType.INTEGER: int,
    FieldType.DECIMAL: float,
    FieldType.BOOLEAN: lambda v: 1 if v else 0,
    FieldType.DATE: lambda v: v.isoformat() if isinstance(v, dt.date) else str(v),
    FieldType.DATETIME: lambda v: v.isoformat() if isinstance(v, dt.datetime) else str(v),
}


def compile_dataset(ds: Dataset) -> list[tuple[str, Gen, Callable[[Any], Any]]]:
    """(field name, generator, SQLite converter) for each field, in catalog order."""
    comp = _Compiler(ds)
    out = []
    earlier: list[str] = []
    for f in ds.fields:
        out.append((f.name, comp.compile(f, earlier), _SQL_CONVERT[f.type]))
        earlier.append(f.name)
    return out
