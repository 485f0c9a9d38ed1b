"""The PostgreSQL source against the real server on 127.0.0.1:5432: its own database per run
(created and dropped here), the demo tables copied in with catalog types, the same filter/sort
cases and reference as the SQLite store, and a governed read over HTTP served from it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine

from classify import load_catalog
from gateway.app import create_app
from gateway.context import open_governance
from gateway.sources import SourceError
from gateway.sources.factory import open_source
from gateway.sources.postgres_store import PostgresStore, load_from_sqlite
from gateway.sources.query import (
    Filter,
    InvalidCursor,
    Op,
    Sort,
    SourceStore,
    parse_sort,
)
from tests.gateway._people import api_keys, bearer, prepared_home
from tests.gateway._postgres import throwaway_database
from tests.gateway._source_cases import CASES, reference, typed_filters, walk

pytestmark = pytest.mark.postgres

CATALOG = load_catalog()
SCHEMA = "source_data"


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return prepared_home(tmp_path_factory.mktemp("pg-source-home"))


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    yield from throwaway_database("govgate_src")


@pytest.fixture(scope="module")
def store(settings, pg_url) -> Iterator[PostgresStore]:
    engine = create_engine(pg_url)
    wanted = sorted({case[0] for case in CASES} | {"social-security", "legal-person"})
    counts = load_from_sqlite(CATALOG, settings.store, engine, SCHEMA, datasets=wanted)
    assert counts["population"] == 120
    engine.dispose()
    s = PostgresStore(pg_url, SCHEMA)
    yield s
    s.close()


def test_it_is_a_source_store_chosen_by_setting(store, settings, pg_url):
    assert isinstance(store, SourceStore)
    chosen = open_source(settings.model_copy(update={"source_url": pg_url, "source_schema": SCHEMA}))
    try:
        assert isinstance(chosen, PostgresStore) and chosen.count("population") == 120
    finally:
        chosen.close()
    assert type(open_source(settings)).__name__ == "SqliteStore"


@pytest.mark.parametrize(("dataset", "fields", "raw", "sort"), CASES)
def test_same_results_as_the_reference(settings, store, dataset, fields, raw, sort):
    filters, order = typed_filters(CATALOG, dataset, raw), parse_sort(sort)
    assert walk(store, dataset, fields, filters, order) == reference(settings.store, CATALOG, dataset, fields,
                                                                     filters, order)


def test_values_come_back_like_the_demo_store(store):
    rows, _ = store.fetch_page("health-records", ["visit_time", "total_cost"], 1)
    assert isinstance(rows[0]["visit_time"], str) and rows[0]["visit_time"].endswith("+08:00")
    assert isinstance(rows[0]["total_cost"], float)
    rows, _ = store.fetch_page("population", ["birth_date"], 1)
    assert len(rows[0]["birth_date"]) == 10


def test_identifiers_are_checked_and_values_bound(store):
    with pytest.raises(SourceError):
        store.fetch_page("population", ["name"], 5, filters=(Filter('name" OR 1=1 --', Op.EQ, "x"),))
    with pytest.raises(SourceError):
        store.fetch_page("population; DROP TABLE x", ["name"], 5)
    with pytest.raises(SourceError):
        store.fetch_page("population", ["name"], 5, sort=Sort("nope"))
    assert store.fetch_page("population", ["name"], 5, filters=(Filter("name", Op.PREFIX, "%"),))[0] == []
    assert store.fetch_page("population", ["name"], 5, filters=(Filter("name", Op.EQ, "' OR 1=1 --"),))[0] == []
    with pytest.raises(InvalidCursor):
        store.fetch_page("population", ["name"], 5, 999_999, sort=Sort("name"))
    assert store.count("population") == 120  # nothing was dropped


def test_a_governed_read_served_from_postgres(settings, store):
    governance = open_governance(settings)
    governance.store.close()
    governance.store = store  # what GOVGATE_SOURCE_URL selects once gateway/context.py calls open_source
    key = api_keys(settings)["civil-affairs"]
    with TestClient(create_app(settings, governance)) as client:
        resp = client.get("/v1/datasets/population/rows?purpose=social-assistance&fields=resident_id,name,birth_date"
                          "&filter=birth_date:lt:1970-01-01&sort=birth_date&limit=5", headers=bearer(key))
        assert resp.status_code == 200, resp.text
        body = resp.json()
        assert body["row_count"] == 5 and body["grant"] == "demo-grant-civil-affairs-population"
        assert all(r["resident_id"][3:14] == "*" * 11 for r in body["rows"])  # masked as with SQLite
        dates = [r["birth_date"] for r in body["rows"]]
        assert dates == sorted(dates) and all(d < "1970-01-01" for d in dates)
        masked_filter = client.get("/v1/datasets/population/rows?purpose=social-assistance&fields=name"
                                   "&filter=resident_id:eq:x", headers=bearer(key))
        assert masked_filter.status_code == 403
    governance.ledger.close()
