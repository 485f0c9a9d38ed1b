"""Structured filters and sorting, pushed down to the SQLite store as parameterized SQL, with
keyset pagination; and over HTTP, where a filter or sort field is decided by policy like a
requested field and must be one policy gives in clear (else 403 filter_on_masked_field)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from classify import load_catalog
from gateway.app import create_app
from gateway.errors import BadRequest
from gateway.sources import SourceError, SqliteStore
from gateway.sources.query import Filter, InvalidCursor, Op, Sort, SourceStore, coerce, parse_filter, parse_sort
from tests.gateway._people import api_keys, bearer, ledger_events, prepared_home
from tests.gateway._source_cases import CASES, reference, typed_filters, walk

CATALOG = load_catalog()


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return prepared_home(tmp_path_factory.mktemp("filters-home"))


@pytest.fixture(scope="module")
def store(settings) -> Iterator[SqliteStore]:
    s = SqliteStore(settings.store)
    yield s
    s.close()


def test_the_sqlite_store_is_a_source_store(store):
    assert isinstance(store, SourceStore)


@pytest.mark.parametrize(("dataset", "fields", "raw", "sort"), CASES)
def test_filters_and_sort_match_the_reference_through_every_page(settings, store, dataset, fields, raw, sort):
    filters, order = typed_filters(CATALOG, dataset, raw), parse_sort(sort)
    expected = reference(settings.store, CATALOG, dataset, fields, filters, order)
    got = walk(store, dataset, fields, filters, order)
    assert got == expected
    if raw and raw[0][2] != "' OR 1=1 --":
        assert 0 < len(got) < store.count(dataset) or len(raw) > 1


def test_nulls_sort_last_and_keyset_pages_over_ties(tmp_path):
    path = tmp_path / "nulls.db"
    with sqlite3.connect(path) as conn:
        conn.execute('CREATE TABLE "t" ("row_id" INTEGER PRIMARY KEY, "v" TEXT, "n" INTEGER)')
        conn.executemany('INSERT INTO "t" VALUES (?, ?, ?)',
                         [(1, "b", 2), (2, None, 1), (3, "a", 2), (4, "b", None), (5, None, 3), (6, "a", 1)])
    s = SqliteStore(path)
    order = lambda sort: [r[0] for r in walk(s, "t", ["v"], (), sort, page=2)]  # noqa: E731
    assert order(Sort("v")) == [3, 6, 1, 4, 2, 5]
    assert order(Sort("v", descending=True)) == [1, 4, 3, 6, 2, 5]
    assert order(Sort("n")) == [2, 6, 1, 3, 5, 4]
    assert [r[0] for r in walk(s, "t", ["v"], (Filter("v", Op.NE, "a"),), None)] == [1, 4]  # NULL never matches
    with pytest.raises(InvalidCursor):
        s.fetch_page("t", ["v"], 2, 99, sort=Sort("v"))


def test_identifiers_are_checked_and_values_bound(store):
    with pytest.raises(SourceError):
        store.fetch_page("population", ["name"], 5, filters=(Filter('name" OR 1=1 --', Op.EQ, "x"),))
    with pytest.raises(SourceError):
        store.fetch_page("population", ["name"], 5, sort=Sort("nope"))
    rows, _ = store.fetch_page("population", ["name"], 5, filters=(Filter("name", Op.PREFIX, "%"),))
    assert rows == []  # '%' is a character here, not a wildcard


@pytest.mark.parametrize(("raw", "parameter"), [
    ("name", "filter"), ("name:like:x", "filter"), ("Name:eq:x", "filter"), ("n;drop:eq:x", "filter")])
def test_malformed_filters_name_the_parameter(raw, parameter):
    with pytest.raises(BadRequest) as info:
        parse_filter(raw)
    assert info.value.parameter == parameter


@pytest.mark.parametrize(("kind", "op", "raw"), [
    ("integer", Op.EQ, "1.5"), ("decimal", Op.GT, "NaN"), ("date", Op.LT, "2024-13-01"),
    ("datetime", Op.EQ, "yesterday"), ("boolean", Op.LT, "true"), ("integer", Op.PREFIX, "1"),
    ("string", Op.PREFIX, ""), ("string", Op.IN, "|".join(["x"] * 51))])
def test_values_must_fit_the_field_type(kind, op, raw):
    with pytest.raises(BadRequest):
        coerce(kind, op, raw, field="f")


# --- over HTTP ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _rows(client, key, query):
    return client.get(f"/v1/datasets/population/rows?purpose=social-assistance&{query}", headers=bearer(key))


def test_filter_over_http_returns_only_matching_rows_and_pages_with_sort(client, settings):
    key = api_keys(settings)["civil-affairs"]  # demo grant: resident_id, name, sex, birth_date, household_town, address
    with sqlite3.connect(settings.store) as conn:
        town = conn.execute("SELECT household_town, COUNT(*) c FROM population GROUP BY 1 ORDER BY c DESC").fetchone()
    resp = _rows(client, key, f"fields=name,household_town&filter=household_town:eq:{town[0]}&limit=500")
    assert resp.status_code == 200, resp.text
    assert resp.json()["row_count"] == town[1] and {r["household_town"] for r in resp.json()["rows"]} == {town[0]}
    seen, after = [], 0
    while True:
        page = _rows(client, key, f"fields=name,birth_date&filter=birth_date:ge:1980-01-01&sort=-birth_date"
                                  f"&limit=9&after={after}").json()
        seen += [r["birth_date"] for r in page["rows"]]
        if page["next_after"] is None:
            break
        after = page["next_after"]
    assert seen == sorted(seen, reverse=True) and all(d >= "1980-01-01" for d in seen) and len(seen) > 9


def test_filter_fields_are_decided_by_policy_and_must_be_in_clear(client, settings):
    key = api_keys(settings)["civil-affairs"]
    masked = _rows(client, key, "fields=name&filter=resident_id:prefix:330502")  # resident_id is masked at L4
    assert masked.status_code == 403
    assert masked.json()["reasons"][0]["code"] == "filter_on_masked_field"
    event = ledger_events(settings)[masked.json()["receipt"]["index"]]
    assert "resident_id" in event["govgate"]["fields"]["requested"]  # the filter field is on record…
    assert "330502" not in str(event)  # …its value is not
    sorted_masked = _rows(client, key, "fields=name&sort=resident_id")
    assert sorted_masked.status_code == 403 and sorted_masked.json()["reasons"][0]["code"] == "filter_on_masked_field"
    outside = _rows(client, key, "fields=name&filter=mobile:eq:13800000000")  # mobile is not in the grant
    assert outside.status_code == 403 and "grant_mismatch" in [r["code"] for r in outside.json()["reasons"]]
    unknown = _rows(client, key, "fields=name&filter=shoe_size:eq:42")
    assert unknown.status_code == 400 and "unknown_field" in [r["code"] for r in unknown.json()["reasons"]]
    for bad in ("filter=birth_date:eq:yesterday", "filter=name:like:王", "sort=-", "filter=name"):
        resp = _rows(client, key, f"fields=name&{bad}")
        assert resp.status_code == 400, (bad, resp.text)
        assert resp.headers["content-type"].startswith("application/problem+json")
    owner = client.get("/v1/datasets/population/rows?purpose=data-governance&fields=name"
                       "&filter=resident_id:prefix:330502&limit=3", headers=bearer(api_keys(settings)["big-data-center"]))
    assert owner.status_code == 200  # the owner reads it in clear, so may filter on it


def test_csv_and_ndjson_carry_filtered_rows(client, settings):
    key = api_keys(settings)["civil-affairs"]
    csv = _rows(client, key, "fields=name,sex&filter=sex:eq:男&format=csv&limit=5")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert all(line.endswith(",男") for line in csv.text.strip().splitlines()[1:])
