"""CSV and NDJSON bodies (masked and audited like JSON), and the Prometheus metrics."""

from __future__ import annotations

import csv
import io
import json

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
