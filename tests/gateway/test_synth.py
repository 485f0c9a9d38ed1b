"""The synthetic demo store: deterministic, valid identifiers, a consistent gazetteer,
row counts as the catalog says, and atomic writes."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from classify import Catalog, is_valid_luhn, is_valid_resident_id, is_valid_uscc, load_catalog
from gateway.demo._gazetteer import DISTRICTS
from gateway.demo.synth import SynthError, generate_demo_store, table_name

PEOPLE, SEED = 400, 7
N_ORGS = max(50, PEOPLE // 20)
TOWNS = {d.name: {t.name for t in d.towns} for d in DISTRICTS}
DISTRICT_CODES = {d.code: d.name for d in DISTRICTS}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def store(tmp_path_factory, catalog) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("synth") / "store.db"
    counts = generate_demo_store(catalog, path, people=PEOPLE, seed=SEED)
    return path, counts


def _dump(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY row_id').fetchall() for t in tables}


def _fields_with(catalog: Catalog, entity: str) -> list[tuple[str, str]]:
    return [(table_name(ds.id), f.name) for ds in catalog.datasets.values() for f in ds.fields if f.entity == entity]


def _values(path: Path, table: str, column: str) -> list:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute(f'SELECT "{column}" FROM "{table}"')]


def test_same_seed_same_rows_other_seed_other_rows(tmp_path, catalog, store):
    path, _ = store
    again = tmp_path / "again.db"
    generate_demo_store(catalog, again, people=PEOPLE, seed=SEED)
    assert _dump(again) == _dump(path)
    other = tmp_path / "other.db"
    generate_demo_store(catalog, other, people=PEOPLE, seed=SEED + 1)
    assert _dump(other)["population"] != _dump(path)["population"]


def test_row_counts_follow_the_catalog(catalog, store):
    path, counts = store
    dumped = _dump(path)
    for ds in catalog.datasets.values():
        if ds.rows_per_person is not None:
            expected = round(PEOPLE * ds.rows_per_person)
        elif ds.rows_per_org is not None:
            expected = round(N_ORGS * ds.rows_per_org)
        else:
            expected = ds.rows
        rows = dumped[table_name(ds.id)]
        assert counts[ds.id] == len(rows) == expected, ds.id
        assert [r[0] for r in rows] == list(range(1, expected + 1)), ds.id  # row_id 1..n


def test_columns_are_the_catalog_fields(catalog, store):
    path, _ = store
    with sqlite3.connect(path) as conn:
        for ds in catalog.datasets.values():
            cols = [(r[1], r[2]) for r in conn.execute(f'PRAGMA table_info("{table_name(ds.id)}")')]
            assert cols[0] == ("row_id", "INTEGER")
            assert [c for c, _ in cols[1:]] == [f.name for f in ds.fields]


@pytest.mark.parametrize(
    ("entity", "check"),
    [
        ("CN_RESIDENT_ID", is_valid_resident_id),
        ("CN_SOCIAL_SECURITY", is_valid_resident_id),  # 社会保险法 art. 58
        ("CN_USCC", is_valid_uscc),
        ("BANK_CARD", lambda v: is_valid_luhn(v) and v.startswith("62") and len(v) == 19),
        ("CN_MOBILE", lambda v: v is None or re.fullmatch(r"1[3-9]\d{9}", v) is not None),
        ("CN_LICENSE_PLATE", lambda v: re.fullmatch(r"浙E([A-HJ-NP-Z0-9]{5}|[DF]\d{5})", v) is not None),
    ],
)
def test_every_identifier_is_valid(catalog, store, entity, check):
    path, _ = store
    fields = _fields_with(catalog, entity)
    assert fields, entity
    for table, column in fields:
        bad = [v for v in _values(path, table, column) if not check(v)]
        assert not bad, (table, column, bad[:5])


def test_resident_ids_agree_with_the_person(store):
    path, _ = store
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT resident_id, sex, birth_date, household_district FROM population").fetchall()
    assert len({r[0] for r in rows}) == len(rows)  # unique
    for rid, sex, birth, district in rows:
        assert rid[6:14] == birth.replace("-", "")
        assert int(rid[16]) % 2 == (1 if sex == "男" else 0)
        assert DISTRICT_CODES[rid[:6]] == district


@pytest.mark.parametrize(
    ("table", "district", "town"),
    [
        ("population", "household_district", "household_town"),
        ("social_governance", "district", "town"),
        ("urban_management", "district", "town"),
        ("spatial_geo", "district", "town"),
    ],
)
def test_towns_belong_to_their_district(store, table, district, town):
    path, _ = store
    with sqlite3.connect(path) as conn:
        pairs = conn.execute(f'SELECT DISTINCT "{district}", "{town}" FROM "{table}"').fetchall()
    assert pairs
    for d, t in pairs:
        assert t in TOWNS[d], (d, t)


@pytest.mark.parametrize(
    ("table", "column", "district", "town"),
    [
        ("population", "address", "household_district", "household_town"),
        ("urban_management", "location", "district", "town"),
        ("spatial_geo", "standard_address", "district", "town"),
    ],
)
def test_addresses_are_in_their_town(store, table, column, district, town):
    path, _ = store
    with sqlite3.connect(path) as conn:
        rows = conn.execute(f'SELECT "{column}", "{district}", "{town}" FROM "{table}"').fetchall()
    for address, d, t in rows:
        assert address.startswith(f"浙江省湖州市{d}{t}"), address


def test_a_person_is_the_same_in_every_dataset(store):
    path, _ = store
    with sqlite3.connect(path) as conn:
        people = dict(conn.execute("SELECT resident_id, name FROM population"))
        mobiles = dict(conn.execute("SELECT resident_id, mobile FROM population"))
        for rid, name in conn.execute("SELECT resident_id, patient_name FROM health_records"):
            assert people[rid] == name
        for ssn, name in conn.execute("SELECT social_security_no, name FROM social_security"):
            assert people[ssn] == name
        for rid, name, mobile in conn.execute(
            "SELECT informant_resident_id, informant_name, informant_mobile FROM petition_reports"
        ):
            assert (people[rid], mobiles[rid]) == (name, mobile)
        legal = dict(conn.execute("SELECT uscc, org_name FROM legal_person"))
        for uscc, name in conn.execute("SELECT uscc, org_name FROM public_credit"):
            assert legal[uscc] == name


def test_default_population_is_quick(tmp_path, catalog):
    import time

    start = time.perf_counter()
    counts = generate_demo_store(catalog, tmp_path / "default.db")
    assert counts["population"] == 2000
    assert time.perf_counter() - start < 10


def test_unknown_hint_kind_names_dataset_and_field(tmp_path, catalog):
    ds = catalog.datasets["commerce"]
    bad_field = ds.fields[1].model_copy(update={"synth": {"kind": "normal", "mean": 3}})
    bad = ds.model_copy(update={"fields": (ds.fields[0], bad_field, *ds.fields[2:])})
    broken = Catalog(purposes=catalog.purposes, departments=catalog.departments, datasets={"commerce": bad})
    path = tmp_path / "store.db"
    with pytest.raises(SynthError, match=r"dataset 'commerce', field 'area': unknown synth hint kind 'normal'"):
        generate_demo_store(broken, path, people=50)
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_a_failed_run_leaves_the_previous_store_untouched(tmp_path, catalog):
    path = tmp_path / "store.db"
    generate_demo_store(catalog, path, people=100, seed=1)
    before = path.read_bytes()

    def explode(done: int, total: int) -> None:
        if done > 0:
            raise RuntimeError("simulated crash mid-write")

    with pytest.raises(RuntimeError):
        generate_demo_store(catalog, path, people=2000, seed=2, progress=explode)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.db"]  # no temp file left


def test_progress_reaches_the_total(tmp_path, catalog):
    seen: list[tuple[int, int]] = []
    counts = generate_demo_store(catalog, tmp_path / "s.db", people=PEOPLE, seed=SEED, progress=lambda d, t: seen.append((d, t)))
    total = sum(counts.values())
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
