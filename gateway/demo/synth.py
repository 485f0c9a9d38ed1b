"""Synthetic Huzhou source data for the demo store (one SQLite table per dataset).

A synthetic population of ``people`` persons and max(50, people // 20) organisations
lives in Huzhou's real districts and townships (``_gazetteer.py``); every dataset draws
its rows from it, so a person has the same resident ID, name and mobile everywhere.
Resident IDs carry a real region code, a valid birth date, sex parity and the MOD 11-2
check; credit codes the GB 32100 check (their organisation codes GB 11714); bank cards
Luhn; the social security number is the resident ID (社会保险法 art. 58).

Rows per dataset: ``rows_per_person: r`` → round(people × r) rows spread over the persons
(a dataset-level ``synth: {min_age, max_age}`` restricts which persons); ``rows_per_org``
likewise over organisations; ``rows: n`` → n rows. ``synth: {org_industry: …}`` makes
a person row's organisation one of that 行业门类 instead of the person's employer. Each table's first column is
``row_id INTEGER PRIMARY KEY`` (1..n, in subject order) so pagination is stable.

A field's value comes from its ``synth`` hint or, without one, from its ``entity``
(CN_RESIDENT_ID, PERSON, CN_MOBILE, DATE_OF_BIRTH, BANK_CARD, CN_SOCIAL_SECURITY,
CN_MEDICAL_RECORD → the row's person; CN_USCC, ORGANIZATION, CN_LANDLINE → the row's
organisation; CN_ADDRESS → the row subject's address; CN_LICENSE_PLATE, EMAIL_ADDRESS,
IP_ADDRESS, CN_PASSPORT, CN_HK_MACAO_PERMIT → generated). HEALTH_INFO, FINANCIAL_INFO
and LOCATION_TRACE need a hint. The row's person/organisation/place: for
rows_per_person the person, their employer and their home; for rows_per_org the
organisation, its legal representative and its seat; for fixed rows random ones.

Hint vocabulary (``synth:`` on a field; unknown kinds or keys are errors naming the
dataset and field):

====================================================  ===========================================
``{kind: choice, values: [..], weights: [..]}``       one of values (weights optional)
``{kind: int, min: a, max: b}``                       integer in [a, b]
``{kind: decimal, min: a, max: b, digits: 2}``        uniform, rounded to ``digits``
``… group: g`` on choice / int / decimal              hints with the same group draw one index
                                                      per row (codes match names, ranges match
                                                      indicators); int/decimal then take lists
                                                      ``min: [..]``, ``max: [..]``
``{kind: date, start: D, end: D, min_age: n}``        ISO date; in person rows never before birth
                                                      (+ ``min_age`` years)
``{kind: datetime, start, end, hours: [8, 18]}``      ISO ``YYYY-MM-DDTHH:MM:SS+08:00``
``{kind: month, start: 2019-01, end: 2024-12}``       ``YYYY-MM``; ``order: subject`` gives a
                                                      subject's rows its latest months in turn
``{kind: ratio, of: FIELD, min: a, max: b}``          an earlier numeric field × uniform(a, b)
``{kind: seq, prefix: JZ, width: 10, start: 1}``      prefix + zero-padded row number
``{kind: district, attr: name|code}``                 the row's district
``{kind: town, attr: name|code}``                     the row's township (乡镇/街道)
``{kind: person, attr: …}``                           name, sex, birth_date, age, resident_id,
                                                      mobile, address, ethnicity, education,
                                                      marital_status, household_district[_code],
                                                      household_town[_code], medical_record_no,
                                                      bank_card
``{kind: org, attr: …, pick: row|random}``            name, uscc, org_type, industry,
                                                      registered_capital, established, address,
                                                      district, town, authority, landline
``{kind: address}``                                   a random address in the row's township
``{kind: geo, axis: lon|lat}``                        coordinate near the row's district centre
``{kind: text, template: "…"}``                       see ``_template.py`` for placeholders
``{kind: bool, p: 0.9}``                              true with probability p
====================================================  ===========================================

Determinism: the population comes from ``random.Random(seed)`` and a Faker ``zh_CN``
seeded with ``seed_instance(seed)``; each dataset from ``random.Random(f"{seed}:{id}")``.
The same seed and ``people`` give identical rows.
"""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from classify.catalog import Catalog, Dataset, FieldType
from gateway.demo._hints import HINT_KINDS, RowContext, SynthError, compile_dataset
from gateway.demo._world import World, build_world, random_place

__all__ = ["generate_demo_store", "table_name", "SynthError", "HINT_KINDS", "DEFAULT_SEED", "dataset_rows"]

DEFAULT_SEED = 20171213  # the seed document's issue date, 2017-12-13
_BATCH = 5000
_SQL_TYPES = {
    FieldType.STRING: "TEXT",
    FieldType.INTEGER: "INTEGER",
    FieldType.DECIMAL: "REAL",
    FieldType.DATE: "TEXT",
    FieldType.DATETIME: "TEXT",
    FieldType.BOOLEAN: "INTEGER",
}
_DATASET_SYNTH_KEYS = {"min_age", "max_age", "org_industry"}

Progress = Callable[[int, int], None]


def table_name(dataset_id: str) -> str:
    """SQLite table of a dataset: its id with ``-`` → ``_``."""
    return dataset_id.replace("-", "_")


def row_count(ds: Dataset, world: World) -> int:
    if ds.rows_per_person is not None:
        return round(len(world.persons) * ds.rows_per_person)
    if ds.rows_per_org is not None:
        return round(len(world.orgs) * ds.rows_per_org)
    if ds.rows is not None:
        return ds.rows
    raise SynthError(f"dataset {ds.id!r}: none of rows_per_person, rows_per_org, rows is set")


def _spread(rng: random.Random, eligible: list, total: int) -> list:
    """``total`` subjects from ``eligible``: each the same number of times, the remainder
    on a random sample; in subject order."""
    base, rem = divmod(total, len(eligible))
    picked = sorted(rng.sample(range(len(eligible)), rem))
    counts = [base] * len(eligible)
    for i in picked:
        counts[i] += 1
    return [s for s, n in zip(eligible, counts) for _ in range(n)]


def _subjects(ds: Dataset, world: World, rng: random.Random) -> Iterator[tuple[Any, Any, Any, bool, bool]]:
    hints = ds.synth or {}
    extra = set(hints) - _DATASET_SYNTH_KEYS
    if extra:
        raise SynthError(f"dataset {ds.id!r}: unknown dataset synth key(s) {sorted(extra)}")
    total = row_count(ds, world)
    if ds.rows_per_person is not None:
        lo, hi = hints.get("min_age", 0), hints.get("max_age", 200)
        eligible = [p for p in world.persons if lo <= p.age <= hi]
        if not eligible and total:
            raise SynthError(f"dataset {ds.id!r}: no synthetic person is aged {lo}..{hi}")
        # org_industry: the row's organisation (e.g. a transport operator) is drawn from
        # that industry instead of being the person's employer; falls back to all.
        industry = hints.get("org_industry")
        pool = [o for o in world.orgs if o.industry == industry] if industry else []
        for p in _spread(rng, eligible, total) if total else []:
            org = pool[p.idx % len(pool)] if pool else world.orgs[p.employer]
            yield p, org, p.place, True, False
    elif ds.rows_per_org is not None:
        if hints:
            raise SynthError(f"dataset {ds.id!r}: dataset synth keys apply to rows_per_person only")
        for o in _spread(rng, world.orgs, total) if total else []:
            yield world.persons[o.legal_rep], o, o.place, False, True
    else:
        for _ in range(total):
            person = world.persons[rng.randrange(len(world.persons))]
            org = world.orgs[rng.randrange(len(world.orgs))]
            yield person, org, random_place(rng), False, False


def dataset_rows(ds: Dataset, world: World, seed: int = DEFAULT_SEED) -> Iterator[tuple[Any, ...]]:
    """The rows of one dataset as tuples ``(row_id, *fields)`` in SQLite-ready types."""
    gens = compile_dataset(ds)  # before any row: a bad hint fails fast
    rng = random.Random(f"{seed}:{ds.id}")
    previous, subject_row = None, 0
    for row_no, (person, org, place, by_person, by_org) in enumerate(_subjects(ds, world, rng), 1):
        subject = person if by_person else org if by_org else None
        subject_row = subject_row + 1 if subject is not None and subject is previous else 0
        previous = subject
        ctx = RowContext(row_no, subject_row, person, org, place, world.orgs, rng, by_person, by_org)
        values = ctx.values
        row: list[Any] = [row_no]
        for name, gen, convert in gens:
            v = gen(ctx)
            values[name] = v
            row.append(None if v is None else convert(v))
        yield tuple(row)


def _create_table(conn: sqlite3.Connection, ds: Dataset) -> str:
    cols = ", ".join(f'"{f.name}" {_SQL_TYPES[f.type]}' for f in ds.fields)
    table = table_name(ds.id)
    conn.execute(f'CREATE TABLE "{table}" ("row_id" INTEGER PRIMARY KEY, {cols})')
    marks = ", ".join("?" * (len(ds.fields) + 1))
    return f'INSERT INTO "{table}" VALUES ({marks})'


def generate_demo_store(
    catalog: Catalog,
    path: Path,
    people: int = 2000,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write the demo store to ``path``; return the row count per dataset id.

    The store is written in one transaction to a temporary file beside ``path`` and
    renamed onto it only when complete, so a crash never leaves a half store.
    """
    path = Path(path)
    world = build_world(people, seed)
    datasets = list(catalog.datasets.values())
    for ds in datasets:  # validate every dataset's hints before writing anything
        compile_dataset(ds)
    totals = {ds.id: row_count(ds, world) for ds in datasets}
    grand_total = sum(totals.values())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    done = 0
    if progress:
        progress(0, grand_total)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            # The temp file is discarded on failure, so SQLite's own journal buys nothing.
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            conn.execute("BEGIN")
            counts: dict[str, int] = {}
            for ds in datasets:
                insert = _create_table(conn, ds)
                n = 0
                batch: list[tuple[Any, ...]] = []
                for row in dataset_rows(ds, world, seed):
                    batch.append(row)
                    if len(batch) >= _BATCH:
                        conn.executemany(insert, batch)
                        n, done = n + len(batch), done + len(batch)
                        batch.clear()
                        if progress:
                            progress(done, grand_total)
                if batch:
                    conn.executemany(insert, batch)
                    n, done = n + len(batch), done + len(batch)
                    if progress:
                        progress(done, grand_total)
                counts[ds.id] = n
            conn.execute("COMMIT")
        finally:
            conn.close()
        _fsync(tmp)
        os.replace(tmp, path)
        _fsync(path.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return counts


def _fsync(p: Path) -> None:
    """Flush a file (or a directory entry) to disk; directories cannot be opened on Windows."""
    try:
        fd = os.open(p, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
