"""Policy bundles reload without restart: a broken one is rejected with file and line, the last
good one keeps serving, and both outcomes are audit events."""

from __future__ import annotations

import shutil

from fastapi.testclient import TestClient

from gateway.app import create_app
from gateway.settings import Settings
from policy import DEFAULT_BUNDLE_DIR
from tests.gateway.conftest import bearer
from tests.gateway.test_http import ledger_entries

URL = "/v1/datasets/legal-person/rows?fields=uscc&purpose=tourism-services&limit=1"


def test_reload_rejects_a_broken_bundle_then_activates_a_good_one(demo_home, demo_keys, tmp_path):
    bundle = tmp_path / "rego"
    shutil.copytree(DEFAULT_BUNDLE_DIR, bundle)
    authz = bundle / "govgate" / "authz" / "authz.rego"
    original = authz.read_text("utf-8")
    settings = Settings(home=demo_home, policy_dir=bundle, policy_watch_seconds=0)
    with TestClient(create_app(settings)) as client:
        reloader = client.app.state.policy_reloader
        serving = client.app.state.governance.engine.revision

        authz.write_text(original + "\nallow if {\n", "utf-8")  # a syntax error at the end
        result = reloader.reload()
        assert not result.activated and result.rejected.file.endswith("authz.rego") and result.rejected.line
        assert client.app.state.governance.engine.revision == serving
        assert client.get(URL, headers=bearer(demo_keys["tourism"])).status_code == 200  # still deciding
        event = ledger_entries(demo_home)[-2]["event"]  # before the read just made
        assert event["event"]["action"] == "policy.bundle_rejected" and event["event"]["outcome"] == "failure"

        authz.write_text(original + "\n# reviewed 2026-11-29\n", "utf-8")
        result = reloader.reload()
        assert result.activated and result.revision != serving
        assert client.app.state.governance.engine.revision == result.revision
        event = ledger_entries(demo_home)[-1]["event"]
        assert event["event"]["action"] == "policy.bundle_activated"
        body = client.get(URL, headers=bearer(demo_keys["tourism"])).json()
        assert body["decision"]["policy_revision"] == result.revision
