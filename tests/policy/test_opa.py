"""OpaEngine against a real HTTP server speaking OPA's REST API (policy.opa_compat_server),
and the server's own semantics through opa-python-client."""

from __future__ import annotations

import json
import shutil
import threading
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from policy import DEFAULT_BUNDLE_DIR, BundleError, EmbeddedEngine, OpaEngine, PolicyError, PolicyUnavailable
from policy.data import load_rules
from tests.policy.conftest import VALID_GRANT, CompatServer, decide, granted_input, small_data, unconditional_input


def _http(method: str, url: str, body: bytes | None = None) -> tuple[int, Any]:
    request = urllib.request.Request(url, data=body, method=method)
    try:
        with urllib.request.urlopen(request, timeout=5) as resp:
            raw = resp.read()
            return resp.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"null")


def test_engine_decides_like_embedded(opa_server: CompatServer) -> None:
    engine = OpaEngine(opa_server.url, DEFAULT_BUNDLE_DIR, small_data())
    allowed = decide(engine, granted_input())
    assert allowed.allow and allowed.basis == "granted" and allowed.policy_revision == engine.revision
    refused = decide(engine, {**granted_input(), "grant": None})
    assert not refused.allow and [r.code for r in refused.reasons] == ["grant_required"]


def test_server_api_shapes(opa_server: CompatServer) -> None:
    url = opa_server.url
    assert _http("GET", url + "/health") == (200, {})
    assert _http("PUT", url + "/v1/policies/t/x.rego", b"package t.x\n\nanswer := input.q * 2\n") == (200, {})
    assert _http("PUT", url + "/v1/data/t/settings", b'{"k": "\xe6\xb9\x96"}') == (204, None)
    assert _http("POST", url + "/v1/data/t/x/answer", b'{"input": {"q": 21}}') == (200, {"result": 42})
    assert _http("GET", url + "/v1/data/t/settings/k") == (200, {"result": "湖"})
    assert _http("POST", url + "/v1/data/t/x/nothing", b'{"input": {}}') == (200, {})  # undefined
    status, body = _http("GET", url + "/v1/policies")
    assert status == 200 and {"id": "t/x.rego", "raw": "package t.x\n\nanswer := input.q * 2\n"} in body["result"]
    status, body = _http("PUT", url + "/v1/policies/t/y.rego", b"package t.y\n\nbroken if {\n\t1 ==\n}\n")
    assert status == 400 and body["code"] == "invalid_parameter"
    assert body["errors"][0]["location"] == {"file": "t/y.rego", "row": 4, "col": 4}
    assert _http("DELETE", url + "/v1/policies/t/x.rego") == (200, {})
    assert _http("DELETE", url + "/v1/policies/t/x.rego")[0] == 404
    assert _http("DELETE", url + "/v1/data/t") == (204, None)
    assert _http("GET", url + "/nothing")[0] == 404


def test_writes_reach_every_worker(opa_server: CompatServer) -> None:
    # two worker processes share the socket: a PUT through one is seen by all
    for value in range(5):
        assert _http("PUT", opa_server.url + "/v1/data/t/n", str(value).encode())[0] == 204
        seen = {_http("GET", opa_server.url + "/v1/data/t/n")[1]["result"] for _ in range(8)}
        assert seen == {value}
    _http("DELETE", opa_server.url + "/v1/data/t")


def test_someone_else_reprovisioning_fails_closed(opa_server: CompatServer) -> None:
    first = OpaEngine(opa_server.url, DEFAULT_BUNDLE_DIR, small_data(grants=[VALID_GRANT]))
    rules = load_rules()
    rules["row_limits"]["L4"] = 50
    second = OpaEngine(opa_server.url, DEFAULT_BUNDLE_DIR, small_data(rules, grants=[VALID_GRANT]))
    by_id = {**granted_input(), "grant": VALID_GRANT["id"]}
    assert second.decide(by_id).obligations.row_limit == 50
    with pytest.raises(PolicyUnavailable, match="revision"):
        first.decide(by_id)  # it would otherwise label 50 with its own revision
    observer = OpaEngine(opa_server.url, push=False)  # provisioned elsewhere: carries what it sees
    assert observer.revision == second.revision
    assert observer.decide(by_id).policy_revision == second.revision
    with pytest.raises(PolicyError, match="provisioned elsewhere"):
        observer.set_grants({})  # its grants come with its provisioning


def test_broken_bundle_is_refused_before_the_server_changes(opa_server: CompatServer, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(DEFAULT_BUNDLE_DIR, bundle)
    engine = OpaEngine(opa_server.url, bundle, small_data())
    good = engine.revision
    authz = bundle / "govgate" / "authz" / "authz.rego"
    authz.write_text(authz.read_text(encoding="utf-8") + "\nbroken if {\n\tinput.a ==\n}\n", encoding="utf-8")
    with pytest.raises(BundleError) as info:
        engine.reload(bundle, small_data())
    assert info.value.file is not None and info.value.file.endswith("govgate/authz/authz.rego") and info.value.line
    assert engine.revision == good and decide(engine, unconditional_input()).allow


def test_server_side_rejection_names_file_and_line(opa_server: CompatServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a module the local compile accepts but the server refuses: the server's location is reported
    import policy.opa as opa_module

    engine = OpaEngine(opa_server.url, DEFAULT_BUNDLE_DIR, small_data())
    good = engine.revision
    bundle = tmp_path / "bundle"
    shutil.copytree(DEFAULT_BUNDLE_DIR, bundle)
    (bundle / "govgate" / "extra").mkdir()
    (bundle / "govgate" / "extra" / "extra.rego").write_text("package govgate.extra\n\nx if {\n\t1 ==\n}\n", encoding="utf-8")
    monkeypatch.setattr(opa_module, "compile_bundle", lambda *a, **k: None)
    with pytest.raises(BundleError) as info:
        engine.reload(bundle, small_data())
    assert info.value.file == str(bundle / "govgate/extra/extra.rego") and info.value.line == 4
    assert engine.revision == good and decide(engine, unconditional_input()).allow  # restored


def test_unreachable_server_is_unavailable(opa_server: CompatServer) -> None:
    engine = OpaEngine(opa_server.url, DEFAULT_BUNDLE_DIR, small_data())
    engine._options["port"] = 1  # nothing listens there
    engine._local = threading.local()
    with pytest.raises(PolicyUnavailable):
        decide(engine, unconditional_input())


@pytest.mark.parametrize("url", ["ftp://x", "http://", "http://h:8181/v1/data", "opa"])
def test_bad_url_is_refused(url: str) -> None:
    with pytest.raises(PolicyError):
        OpaEngine(url, DEFAULT_BUNDLE_DIR, small_data())


def test_concurrent_decisions_match_sequential(opa_server: CompatServer) -> None:
    from tests.policy.conftest import decide_all
    from tests.policy.synthetic import mixed_inputs, split_grants, synthetic_catalog, synthetic_entities
    from policy import build_data

    catalog, grades = synthetic_catalog()
    inputs, grants = split_grants(mixed_inputs(catalog, 200))
    engine = OpaEngine(opa_server.url, DEFAULT_BUNDLE_DIR,
                       build_data(catalog, grades, entities=synthetic_entities(), grants=grants))
    sequential = [decide(engine, doc).model_dump(exclude={"decision_id"}) for doc in inputs]
    concurrent = [d.model_dump(exclude={"decision_id"}) for d in decide_all(engine, inputs, threads=4)]
    assert concurrent == sequential


def test_embedded_is_still_the_default() -> None:
    from policy import CachedEngine, engine_from_settings
    from tests.policy.conftest import small_catalog

    engine = engine_from_settings(None, small_catalog())
    assert isinstance(engine, CachedEngine) and isinstance(engine.engine, EmbeddedEngine)
    assert not isinstance(engine_from_settings("", small_catalog(), cache=False), CachedEngine)


def test_settings_select_the_remote_engine(opa_server: CompatServer) -> None:
    from policy import engine_from_settings
    from tests.policy.conftest import small_catalog

    engine = engine_from_settings(opa_server.url, small_catalog(), cache=False)
    assert isinstance(engine, OpaEngine)
    assert decide(engine, unconditional_input()).policy_revision == engine.revision


def test_grants_pushed_as_data(opa_server: CompatServer) -> None:
    """Approving and revoking push the grants to the server: a new revision each time."""
    engine = OpaEngine(opa_server.url, DEFAULT_BUNDLE_DIR, small_data())
    by_id = {**granted_input(), "grant": VALID_GRANT["id"]}
    assert [r.code for r in engine.decide(by_id).reasons] == ["grant_unknown"]
    approved = engine.set_grants({VALID_GRANT["id"]: VALID_GRANT})
    allowed = engine.decide(by_id)
    assert allowed.allow and allowed.policy_revision == approved == engine.revision
    revoked = engine.set_grants({})
    refused = engine.decide(by_id)
    assert revoked != approved and [r.code for r in refused.reasons] == ["grant_unknown"]
    assert EmbeddedEngine(DEFAULT_BUNDLE_DIR, small_data(grants=[VALID_GRANT])).revision == approved
