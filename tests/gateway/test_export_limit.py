"""The policy's export limit (rows per department and dataset per day) over HTTP: the last page
is cut to what is left, then requests are refused until the next day (CST)."""

from __future__ import annotations

import shutil

import yaml
from fastapi.testclient import TestClient

from gateway.app import create_app
from policy import DEFAULT_BUNDLE_DIR
from tests.gateway._people import api_keys, bearer, prepared_home

URL = "/v1/datasets/population/rows?fields=name,household_town&purpose=social-assistance&limit=100"


def test_export_limit_cuts_the_last_page_then_refuses(tmp_path):
    bundle = tmp_path / "rego"
    shutil.copytree(DEFAULT_BUNDLE_DIR, bundle)
    rules_file = bundle / "govgate" / "rules" / "data.yaml"
    rules = yaml.safe_load(rules_file.read_text("utf-8"))
    rules["export_limits"]["L4"] = 150
    rules_file.write_text(yaml.safe_dump(rules, allow_unicode=True), "utf-8")
    settings = prepared_home(tmp_path / "home", policy_dir=bundle, policy_watch_seconds=0)
    headers = bearer(api_keys(settings)["civil-affairs"])
    with TestClient(create_app(settings)) as client:
        first = client.get(URL, headers=headers).json()
        assert first["row_count"] == 100 and first["obligations"]["export_limit"] == 150
        second = client.get(URL + f"&after={first['next_after']}", headers=headers).json()
        assert second["row_count"] == 20  # 120 people in this home; fewer than the 50 left
        third = client.get(URL, headers=headers)
        assert third.status_code == 200 and third.json()["row_count"] == 30  # cut to what is left
        refused = client.get(URL, headers=headers)
    assert refused.status_code == 403
    assert "export_limit_exceeded" in [r["code"] for r in refused.json()["reasons"]]
