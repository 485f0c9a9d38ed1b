"""schemathesis over the OpenAPI document: generated requests for every operation, as a
department key and as a signed-in person; no 5xx, and every response — status, content type,
headers and body — conforms to the document. Bounded: a few examples per operation (< 60 s).
Also: every operation documents its examples and its problem responses."""

from __future__ import annotations

import time

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hsettings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from gateway.app import create_app
from gateway.context import open_governance
from tests.gateway._people import Clock, add_user, api_keys, bearer, enrol, prepared_home

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          response_headers_conformance]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    settings = prepared_home(tmp_path_factory.mktemp("schemathesis-home"), lockout_threshold=100_000,
                             step_up_seconds=100_000, session_idle_minutes=600, rate_per_second=10_000,
                             rate_burst=10_000)
    governance = open_governance(settings)
    app = create_app(settings, governance)
    app.state.governance = governance  # schemathesis calls the ASGI app without running its lifespan
    clock = Clock()
    app.state.clock = clock
    from fastapi.testclient import TestClient

    client = TestClient(app)
    add_user(client, "fuzz.person", "civil-affairs", ["requester", "data_owner"])
    person = enrol(client, clock, "fuzz.person")
    identities = {"key": bearer(api_keys(settings)["civil-affairs"]), "person": person.headers, "none": {}}
    yield app, identities
    governance.close()


def test_api_conforms_to_its_openapi_document(world):
    """Each operation: up to 6 generated requests (explicit examples first), each sent as a
    department key, a signed-in person and anonymously. (schemathesis's pytest integration,
    ``from_fixture``, does not run under pytest 9, so the strategies are driven directly.)"""
    started = time.monotonic()
    app, identities = world
    api = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) >= 30
    for operation in operations:

        @given(case=operation.as_strategy())
        @hsettings(max_examples=6, deadline=None, derandomize=True, database=None,
                   phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        def run(case) -> None:  # noqa: ANN001
            for identity, headers in identities.items():
                if identity == "person" and case.path in ("/v1/auth/logout", "/v1/auth/password"):
                    continue  # would end or change the shared person; tests/gateway/test_auth.py covers them
                case.call_and_validate(headers=headers, checks=CHECKS)

        try:
            run()
        except Exception as exc:
            raise AssertionError(f"{operation.label}: {exc}") from exc
    assert time.monotonic() - started < 60, "keep the schemathesis run bounded (max_examples)"


def test_every_operation_has_examples_and_problem_responses(world):
    app, _ = world
    document = app.openapi()
    for path, item in document["paths"].items():
        for method, op in item.items():
            where = f"{method.upper()} {path}"
            assert op.get("summary"), where
            success = [r for s, r in op["responses"].items() if s.startswith("2")]
            assert success and all("example" in media or "examples" in media
                                   for r in success for media in r.get("content", {}).values()), where
            assert all(r.get("content") for r in success), where
            if path.startswith("/v1"):
                for status in ("400", "401", "403", "404", "429", "503"):
                    content = op["responses"][status]["content"]
                    assert list(content) == ["application/problem+json"], where
                    assert content["application/problem+json"]["example"]["status"] == int(status)
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if body:
                assert "example" in body, where
            assert "422" not in op["responses"], where  # validation errors are answered 400
