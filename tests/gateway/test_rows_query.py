"""The rows route's own query parsing (``plain_query``) against FastAPI's: whatever it accepts,
FastAPI accepts too, with the same values; what it declines goes to FastAPI, whose errors the
client gets (tests/gateway/test_http.py checks those answers over HTTP)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.dependencies.utils import get_dependant, request_params_to_args
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from starlette.datastructures import QueryParams

from gateway.routes.rows import get_rows, plain_query

DEPENDANT = get_dependant(path="/v1/datasets/{dataset_id}/rows", call=get_rows)
NAMES = ["fields", "purpose", "limit", "after", "format", "filter", "break_glass", "sort", "other"]
BENCH = "fields=resident_id,name,birth_date,household_town&purpose=social-assistance&limit=100"


def fastapi_values(query: str) -> tuple[dict[str, object], list[object]]:
    return request_params_to_args(DEPENDANT.query_params, QueryParams(query))


def assert_agrees(query: str) -> None:
    plain = plain_query(QueryParams(query))
    values, errors = fastapi_values(query)
    if plain is not None:
        assert errors == [], query
        assert plain == values, query
        assert [type(plain[k]) for k in plain] == [type(values[k]) for k in plain], query


@pytest.mark.parametrize("query", [
    BENCH, "fields=a&purpose=b", "fields=&purpose=", "fields=a&purpose=b&limit=1&after=0",
    "fields=a&purpose=b&limit=999999999999999999&after=999999999999999999",
    "fields=a&purpose=b&after=9223372036854775807", "fields=a&purpose=b&after=9223372036854775808",
    "fields=a&purpose=b&limit=0", "fields=a&purpose=b&limit=-1", "fields=a&purpose=b&limit=+1",
    "fields=a&purpose=b&limit=01", "fields=a&purpose=b&limit=%201", "fields=a&purpose=b&limit=1_0",
    "fields=a&purpose=b&limit=1.0", "fields=a&purpose=b&limit=", "fields=a&purpose=b&limit=%D9%A1",
    "fields=a&purpose=b&limit=2&limit=x", "fields=a&purpose=b&limit=x&limit=2",
    "fields=a&purpose=b&format=csv", "fields=a&purpose=b&format=ndjson", "fields=a&purpose=b&format=CSV",
    "fields=a&purpose=b&format=", "fields=a&purpose=b&format=xml&format=json",
    "fields=a&purpose=b&filter=x:eq:1&filter=y:in:a|b", "fields=a&purpose=b&filter=", "fields=a&purpose=b&filter",
    "fields=a&purpose=b&break_glass=" + "字" * 500, "fields=a&purpose=b&break_glass=" + "字" * 501,
    "fields=a&purpose=b&break_glass=", "fields=a&purpose=b&sort=-x&sort=", "fields=a", "purpose=b", "",
    "fields=a&fields=b&purpose=c&purpose=d", "fields=%ZZ&purpose=%00",
])
def test_plain_query_agrees_with_fastapi(query):
    assert_agrees(query)


@hsettings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAMES), st.one_of(
    st.sampled_from(["", "0", "1", "100", "01", "-1", "+1", " 1", "1 ", "1_0", "1.0", "1e3", "json", "csv", "JSON",
                     "9223372036854775807", "9223372036854775808", "999999999999999999", "a:eq:b"]),
    st.text(max_size=600))), max_size=8))
def test_plain_query_never_accepts_what_fastapi_would_not(pairs):
    assert_agrees("&".join(f"{quote(name)}={quote(value)}" for name, value in pairs))


def test_the_benchmark_query_takes_the_plain_path():
    assert plain_query(QueryParams(BENCH)) is not None
    assert plain_query(QueryParams(BENCH + "&after=3&format=json&filter=a:eq:b&sort=-a&break_glass=x")) is not None
