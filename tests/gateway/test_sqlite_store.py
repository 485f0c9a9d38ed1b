"""SqliteStore over a real generated demo store."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from classify import load_catalog
from gateway.demo.synth import generate_demo_store
from gateway.sources import SourceError, SqliteStore


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "store.db"
    generate_demo_store(load_catalog(), path, people=200, seed=11)
    return path


@pytest.fixture()
def store(store_path) -> SqliteStore:
    s = SqliteStore(store_path)
    yield s
    s.close()


def _direct(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_fetch_returns_only_the_requested_fields(store, store_path):
    rows = store.fetch("population", ["name", "household_town"], limit=5)
    assert [set(r) for r in rows] == [{"name", "household_town"}] * 5
    expected = _direct(store_path, "SELECT name, household_town FROM population ORDER BY row_id LIMIT 5")
    assert [(r["name"], r["household_town"]) for r in rows] == expected


def test_fetch_keeps_the_requested_order_and_types(store):
    row = store.fetch("health-records", ["total_cost", "visit_id"], limit=1)[0]
    assert list(row) == ["total_cost", "visit_id"]
    assert isinstance(row["total_cost"], float) and isinstance(row["visit_id"], str)


@pytest.mark.parametrize(
    ("dataset", "fields", "message"),
    [
        ("population", ["name", "salary"], "no field(s): 'salary'"),
        ("population", ['name" FROM population; --'], "no field(s)"),
        ("population", ["name FROM sqlite_master --"], "no field(s)"),
        ("population", ["*"], "no field(s): '*'"),
        ("population; DROP TABLE population", ["name"], "unknown dataset"),
        ("no-such-dataset", ["name"], "unknown dataset 'no-such-dataset'"),
        ("population", [], "no fields requested"),
        ("population", "name", "not a string"),
    ],
)
def test_bad_requests_raise_source_error(store, store_path, dataset, fields, message):
    with pytest.raises(SourceError, match=message.replace("(", r"\(").replace(")", r"\)").replace("*", r"\*")):
        store.fetch(dataset, fields, limit=5)
    assert _direct(store_path, "SELECT COUNT(*) FROM population") == [(200,)]  # nothing was harmed


@pytest.mark.parametrize(("limit", "after"), [(-1, 0), (10, -5), (True, 0), (10**9, 0)])
def test_bad_paging_values(store, limit, after):
    with pytest.raises(SourceError):
        store.fetch("population", ["name"], limit=limit, after_row_id=after)


def test_pagination_with_after_row_id(store, store_path):
    total = store.count("social-governance")
    assert total == round(200 * 0.15)
    seen: list[str] = []
    cursor = 0
    while True:
        page, next_cursor = store.fetch_page("social-governance", ["event_id"], limit=7, after_row_id=cursor)
        if not page:
            assert next_cursor is None
            break
        assert len(page) <= 7
        seen += [r["event_id"] for r in page]
        cursor = next_cursor
    expected = [r[0] for r in _direct(store_path, "SELECT event_id FROM social_governance ORDER BY row_id")]
    assert seen == expected and len(seen) == total
    # row ids are 1..n, so a page after row 10 starts with the 11th row
    assert store.fetch("social-governance", ["event_id"], limit=2, after_row_id=10) == [
        {"event_id": expected[10]},
        {"event_id": expected[11]},
    ]
    assert store.fetch("social-governance", ["event_id"], limit=0) == []


def test_count_unknown_dataset(store):
    with pytest.raises(SourceError, match="unknown dataset"):
        store.count("nope")


def test_missing_or_corrupt_store(tmp_path):
    with pytest.raises(SourceError, match="cannot open the store"):
        SqliteStore(tmp_path / "missing.db").count("population")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(SourceError, match="cannot read the store"):
        SqliteStore(junk).fetch("population", ["name"], limit=1)


def test_the_store_is_opened_read_only(store, store_path):
    store.fetch("population", ["name"], limit=1)
    conn = store._conn()  # the connection fetch used
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM population")


def test_threads_each_get_a_connection(store):
    expected = store.fetch("population", ["resident_id"], limit=200)

    def read(_: int) -> list[dict]:
        return store.fetch("population", ["resident_id"], limit=200)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(read, range(32)))
    assert all(r == expected for r in results)
