"""CSV and NDJSON bodies (masked and audited like JSON), and the Prometheus metrics."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.formats import Format, json_body, plain_json
from tests.gateway.conftest import bearer

URL = "/v1/datasets/population/rows?fields=resident_id,name,household_town&purpose=social-assistance&limit=4"


def test_csv_is_masked_and_carries_the_receipt_in_headers(client, demo_keys):
    resp = client.get(URL + "&format=csv", headers=bearer(demo_keys["civil-affairs"]))
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(resp.text)))
    assert rows[0] == ["resident_id", "name", "household_town"] and len(rows) == 5
    assert all("*" in r[0] for r in rows[1:])
    assert json.loads(resp.headers["govgate-obligations"])["resident_id"] == "mask"
    assert int(resp.headers["govgate-audit-index"]) >= 0 and len(resp.headers["govgate-audit-event-hash"]) == 64
    assert resp.headers["govgate-watermark"].startswith("govgate:civil-affairs:")


def test_ndjson_by_accept_header(client, demo_keys):
    resp = client.get(URL, headers={**bearer(demo_keys["civil-affairs"]), "Accept": "application/x-ndjson"})
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in resp.text.splitlines()]
    assert len(lines) == 4 and list(lines[0]) == ["resident_id", "name", "household_town"]


def test_refusal_in_csv_is_still_a_problem(client, demo_keys):
    resp = client.get(URL + "&format=csv", headers=bearer(demo_keys["tourism"]))
    assert resp.status_code == 403 and resp.headers["content-type"].startswith("application/problem+json")


def test_unknown_format_names_the_parameter(client, demo_keys):
    resp = client.get(URL + "&format=xml", headers=bearer(demo_keys["civil-affairs"]))
    assert resp.status_code == 400 and "format" in resp.text


def test_metrics_count_requests_decisions_and_audit(client, demo_keys):
    client.get(URL, headers=bearer(demo_keys["civil-affairs"]))
    client.get(URL, headers=bearer(demo_keys["tourism"]))
    text = client.get("/metrics").text
    assert 'govgate_http_requests_total{method="GET",route="/v1/datasets/{dataset_id}/rows",status="200"}' in text
    assert 'govgate_policy_refusals_total{code="grant_required"}' in text
    assert "govgate_audit_append_seconds_count" in text


_KEYS = st.one_of(st.text(max_size=6), st.sampled_from([Format.CSV, Format.JSON]))
_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.text(), st.floats(allow_nan=True),
                    st.floats(-1e-3, 1e-3), st.sampled_from([1e-4, -1e-4, 1e16, 1e-5, 5e-324, 0.0, -0.0]),
                    st.binary(max_size=4), st.sampled_from(["\ud800", "a\udfffb", Format.CSV, "\x00\x1f\x7f\u2028"]))
_VALUES = st.recursive(_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.tuples(inner, inner), st.dictionaries(_KEYS, inner, max_size=4),
    st.dictionaries(st.one_of(st.integers(), st.booleans(), st.none()), inner, max_size=2),
    st.lists(st.dictionaries(_KEYS, inner, max_size=4), min_size=1, max_size=4)), max_leaves=24)


def _written(fn: Callable[[], bytes]) -> object:
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - the comparison is of what each raises
        return type(exc)


@settings(max_examples=600, deadline=None)
@given(body=_VALUES)
def test_json_body_writes_what_json_dumps_writes(body: object) -> None:
    """The governed JSON body's encoder against ``json.dumps`` (what it replaces): the same bytes,
    or a failure where json fails."""
    expected = _written(lambda: json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    assert _written(lambda: json_body(body)) == expected  # type: ignore[arg-type]


def test_json_body_takes_the_fast_encoder_for_a_page_of_rows() -> None:
    rows = [{"resident_id": "330***********6270", "name": "李平兵", "n": i, "cost": 12.5, "none": None} for i in range(3)]
    assert plain_json({"rows": rows, "next_after": None, "fields": ["a"], "ok": True})
    assert not plain_json({"rows": [{"cost": 1e-5}]}) and not plain_json({"rows": [{1: "x"}]})
    assert not plain_json([Format.CSV]) and not plain_json({"x": float("nan")})
