"""The cross-department access matrix: for EVERY endpoint of the app, no object of another
department is readable or writable by id.

Department A is 市民政局 (civil-affairs): it holds an approved application (with its grant), a
pending one, its people and its usage. Department B is 市旅委 (tourism), acting as its API
key, a requester, a data owner and a system administrator — each tries every endpoint on A's
objects. The table below must name every route the app serves (a new endpoint without a row
fails the test). The documented exceptions are checked as positive controls: the owner
department's data owner and the competent department's compliance officer see the
applications they decide on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from gateway.app import create_app
from gateway.settings import Settings
from tests.gateway._people import Clock, Person, add_user, api_keys, bearer, enrol, prepared_home

A, B = "civil-affairs", "tourism"


@dataclass
class World:
    client: TestClient
    settings: Settings
    a_key: dict[str, str]
    a_requester: Person
    a_user_ids: list[str]
    approved: str  # A's approved application
    pending: str  # A's pending application
    grant: str
    b_actors: dict[str, dict[str, str]]  # name → headers
    owner: Person  # hr-social-security data owner (owns social-security)
    reviewer: Person  # big-data-center compliance officer


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Iterator[World]:
    settings = prepared_home(tmp_path_factory.mktemp("isolation-home"), step_up_seconds=3600)
    clock = Clock()
    keys = api_keys(settings)
    with TestClient(create_app(settings)) as client:
        client.app.state.clock = clock
        ids = [add_user(client, "a.requester", A, ["requester"]), add_user(client, "a.admin", A, ["system_admin"])]
        for name, dept, roles in [("hrss.owner", "hr-social-security", ["data_owner"]),
                                  ("bdc.reviewer", "big-data-center", ["compliance_officer"]),
                                  ("b.requester", B, ["requester"]), ("b.owner", B, ["data_owner"]),
                                  ("b.admin", B, ["system_admin"])]:
            add_user(client, name, dept, roles)
        people = {name: enrol(client, clock, name) for name in
                  ("a.requester", "hrss.owner", "bdc.reviewer", "b.requester", "b.owner", "b.admin")}
        body = {"dataset": "social-security", "fields": ["name", "status"], "purpose": "social-assistance",
                "duration_days": 90, "justification": "低保核对", "legal_basis": "《社会救助暂行办法》第十一条"}
        approved = client.post("/v1/applications", headers=people["a.requester"].headers, json=body).json()["id"]
        client.post(f"/v1/applications/{approved}/compliance", headers=people["bdc.reviewer"].headers,
                    json={"decision": "pass"})
        grant = client.post(f"/v1/applications/{approved}/approve", headers=people["hrss.owner"].headers,
                            json={}).json()["grant"]
        pending = client.post("/v1/applications", headers=bearer(keys[A]),
                              json={**body, "dataset": "population", "fields": ["name"]}).json()["id"]
        read = client.get("/v1/datasets/social-security/rows?fields=name,status&purpose=social-assistance&limit=3",
                          headers=bearer(keys[A]))
        assert read.status_code == 200 and read.json()["grant"] == grant
        people_read = client.get("/v1/datasets/population/rows?fields=resident_id,name&purpose=social-assistance"
                                 "&limit=2", headers=bearer(keys[A]))  # leaves keyed subject hashes in the trail
        assert people_read.status_code == 200
        b_actors = {"b.key": bearer(keys[B]), **{n: people[n].headers for n in ("b.requester", "b.owner", "b.admin")}}
        yield World(client, settings, bearer(keys[A]), people["a.requester"], ids, approved, pending, grant, b_actors,
                    people["hrss.owner"], people["bdc.reviewer"])


def _not_found_or_refused(resp, who: str, what: str) -> None:
    assert resp.status_code in (403, 404), f"{who} on {what}: {resp.status_code} {resp.text[:200]}"
    assert resp.headers["content-type"].startswith("application/problem+json")


def _leaks(text: str, w: World) -> list[str]:
    secret = [w.approved, w.pending, w.grant, *w.a_user_ids, "a.requester", "a.admin"]
    return [s for s in secret if s in text]


# --- one check per route ---------------------------------------------------------------------

def health(w: World, path: str) -> None:
    for headers in w.b_actors.values():
        resp = w.client.get(path, headers=headers)
        assert resp.status_code in (200, 503) and not _leaks(resp.text, w)


def catalog_shared(w: World, path: str) -> None:
    """The catalog is shared by design (every department browses it); it holds no department's objects."""
    url = path.replace("{dataset_id}", "social-security")
    for headers in w.b_actors.values():
        resp = w.client.get(url, headers=headers)
        assert resp.status_code == 200 and not _leaks(resp.text, w)


def me(w: World, path: str) -> None:
    for headers in w.b_actors.values():
        resp = w.client.get(path, headers=headers)
        assert resp.json()["department"] == B


def rows(w: World, path: str) -> None:
    url = path.replace("{dataset_id}", "social-security") + "?fields=name,status&purpose=social-assistance&limit=3"
    for who, headers in w.b_actors.items():
        resp = w.client.get(url, headers=headers)  # A's grant does not carry over to B
        assert resp.status_code in (400, 403), (who, resp.text)
        assert "grant" not in resp.json() or resp.json().get("grant") is None


def own_session_only(w: World, path: str, method: str) -> None:
    """Auth endpoints act on the caller's own session and take no object id."""
    for who, headers in w.b_actors.items():
        if method == "GET" and path == "/v1/auth/session":
            if who != "b.key":
                assert w.client.get(path, headers=headers).json()["user"]["department"] == B
            continue
        if path in ("/v1/auth/logout",):
            continue  # ending B's own session would only hurt B; covered in test_auth
        resp = w.client.request(method, path, headers=headers, json={"code": "000000", "current_password": "x",
                                                                     "new_password": "y"})
        assert not _leaks(resp.text, w), (who, path)


def login(w: World, path: str) -> None:
    resp = w.client.post(path, json={"username": "a.requester", "password": "not-the-password-1A!"})
    assert resp.status_code == 401 and not _leaks(resp.text.replace("a.requester", ""), w)


def users_list(w: World, path: str) -> None:
    for headers in w.b_actors.values():
        resp = w.client.get(path, headers=headers)
        assert resp.status_code == 200 and not _leaks(resp.text, w)
        assert all(u["department"] == B for u in resp.json()["users"])


def user_by_id(w: World, path: str, method: str) -> None:
    for who, headers in w.b_actors.items():
        for uid in w.a_user_ids:
            _not_found_or_refused(w.client.request(method, path.replace("{user_id}", uid), headers=headers,
                                                   json={"reason": "x"} if path.endswith("lock") else None), who, path)
    with w.client.app.state.governance.sessions() as session:
        from gateway.state.users import get_user

        assert all(get_user(session, uid).status == "active" for uid in w.a_user_ids)


def users_create(w: World, path: str) -> None:
    for who, headers in w.b_actors.items():
        resp = w.client.post(path, headers=headers, json={"username": f"planted.{who.replace('.', '')}",
                                                          "roles": ["requester"], "department": A})
        assert resp.status_code in (400, 403), (who, resp.text)


def applications_list(w: World, path: str) -> None:
    for headers in w.b_actors.values():
        resp = w.client.get(path, headers=headers)
        assert resp.status_code == 200 and not _leaks(resp.text, w)
    # positive controls: the owner's data owner and the competent department's reviewer see A's application
    assert w.approved in w.client.get(path.replace("/overdue", "") + "", headers=w.owner.headers).text
    assert w.pending in w.client.get("/v1/applications", headers=w.reviewer.headers).text
    assert w.pending not in w.client.get("/v1/applications", headers=w.owner.headers).text  # not hrss's dataset


def application_by_id(w: World, path: str, method: str) -> None:
    bodies = {"compliance": {"decision": "reject", "note": "planted"}, "approve": {}, "reject": {"note": "planted"},
              "withdraw": {"note": "planted"}}
    action = path.rsplit("/", 1)[1]
    for who, headers in w.b_actors.items():
        for app_id in (w.approved, w.pending):
            resp = w.client.request(method, path.replace("{application_id}", app_id), headers=headers,
                                    json=bodies.get(action))
            assert resp.status_code == 404, (who, path, resp.text)
            assert not _leaks(resp.text.replace(app_id, ""), w)
    with w.client.app.state.governance.sessions() as session:
        from gateway.state.applications import get_application

        assert get_application(session, w.pending).status == "pending_compliance"
        assert get_application(session, w.approved).status == "approved"


def grants_list(w: World, path: str) -> None:
    for headers in w.b_actors.values():
        resp = w.client.get(path, headers=headers)
        assert resp.status_code == 200 and not _leaks(resp.text, w)
    assert w.grant in w.client.get(path, headers=w.a_key).text
    assert w.grant in w.client.get(path, headers=w.owner.headers).text  # the owner's data owner


def grant_by_id(w: World, path: str, method: str) -> None:
    for who, headers in w.b_actors.items():
        resp = w.client.request(method, path.replace("{grant_id}", w.grant), headers=headers,
                                json={"note": "planted"} if method == "POST" else None)
        assert resp.status_code == 404, (who, path, resp.text)
    assert w.client.get(f"/v1/grants/{w.grant}", headers=w.a_key).json()["state"] == "active"


def audit_events(w: World, path: str) -> None:
    """A department searches only its own events; asking for another's is refused."""
    for who, headers in w.b_actors.items():
        refused = w.client.get(path + "?department=civil-affairs", headers=headers)
        assert refused.status_code == 403, (who, refused.text)
        own = w.client.get(path + "?limit=1000", headers=headers)
        assert own.status_code == 200 and own.json()["department"] == B
        assert all(e["department"] == B for e in own.json()["events"]) and not _leaks(own.text, w)
    mine = w.client.get(path + "?limit=1000", headers=w.a_key).json()
    assert mine["count"] > 0 and all(e["department"] == A for e in mine["events"])  # positive control


def audit_subjects(w: World, path: str, method: str) -> None:
    """The per-person report answers only for the caller's department's accesses."""
    resident_id = _a_read_resident_id(w)
    for who, headers in w.b_actors.items():
        resp = (w.client.get(path, params={"id": resident_id}, headers=headers) if method == "GET"
                else w.client.post(path, json={"id": resident_id}, headers=headers))
        assert resp.status_code == 200 and resp.json()["department"] == B and resp.json()["count"] == 0, who
    mine = w.client.post(path, json={"id": resident_id}, headers=w.a_key).json()
    assert mine["count"] >= 1  # positive control: A's own access is found


def _a_read_resident_id(w: World) -> str:
    import sqlite3

    with sqlite3.connect(w.settings.store) as conn:  # the first rows A read above (row_id order)
        return conn.execute("SELECT resident_id FROM population ORDER BY row_id LIMIT 1").fetchone()[0]


def usage(w: World, path: str) -> None:
    a_rows = w.client.get(path, headers=w.a_key).json()["total"]
    assert a_rows >= 3
    for headers in w.b_actors.values():
        resp = w.client.get(path + "?department=civil-affairs", headers=headers)  # asking for A is ignored
        assert resp.json()["department"] == B and resp.json()["total"] == 0


def detokenize(w: World, path: str) -> None:
    """No key, and no person of B without the security administrator's role, recovers an identifier
    (tests/gateway/test_tokens.py has the allowed case and every refusal code)."""
    body = {"token": _a_read_resident_id(w), "purpose": "tourism-services", "justification": "核对游客身份信息的真实性"}
    for who, headers in w.b_actors.items():
        resp = w.client.post(path, headers=headers, json=body)
        assert resp.status_code == 403, (who, resp.text)
        assert "detokenize_role_required" in {r["code"] for r in resp.json()["reasons"]}, who
        assert "value" not in resp.json() and not _leaks(resp.text, w)


MATRIX: dict[tuple[str, str], Callable[..., None]] = {
    ("GET", "/healthz"): health,
    ("GET", "/readyz"): health,
    ("GET", "/metrics"): health,
    ("GET", "/v1/datasets"): catalog_shared,
    ("GET", "/v1/datasets/{dataset_id}"): catalog_shared,
    ("GET", "/v1/departments"): catalog_shared,
    ("GET", "/v1/me"): me,
    ("GET", "/v1/datasets/{dataset_id}/rows"): rows,
    ("POST", "/v1/auth/login"): login,
    ("GET", "/v1/auth/session"): own_session_only,
    ("POST", "/v1/auth/logout"): own_session_only,
    ("POST", "/v1/auth/totp/enrol"): own_session_only,
    ("GET", "/v1/auth/totp/qr.svg"): own_session_only,
    ("POST", "/v1/auth/totp/confirm"): own_session_only,
    ("POST", "/v1/auth/step-up"): own_session_only,
    ("POST", "/v1/auth/recovery-codes"): own_session_only,
    ("POST", "/v1/auth/password"): own_session_only,
    ("GET", "/v1/users"): users_list,
    ("GET", "/v1/users/{user_id}"): user_by_id,
    ("POST", "/v1/users"): users_create,
    ("POST", "/v1/users/{user_id}/lock"): user_by_id,
    ("POST", "/v1/users/{user_id}/unlock"): user_by_id,
    ("POST", "/v1/applications"): None,  # creates in the caller's own department only: tested below
    ("GET", "/v1/applications"): applications_list,
    ("GET", "/v1/applications/overdue"): applications_list,
    ("GET", "/v1/applications/{application_id}"): application_by_id,
    ("POST", "/v1/applications/{application_id}/compliance"): application_by_id,
    ("POST", "/v1/applications/{application_id}/approve"): application_by_id,
    ("POST", "/v1/applications/{application_id}/reject"): application_by_id,
    ("POST", "/v1/applications/{application_id}/withdraw"): application_by_id,
    ("GET", "/v1/grants"): grants_list,
    ("GET", "/v1/grants/{grant_id}"): grant_by_id,
    ("POST", "/v1/grants/{grant_id}/revoke"): grant_by_id,
    ("GET", "/v1/usage"): usage,
    ("GET", "/v1/audit/events"): audit_events,
    ("GET", "/v1/audit/subjects"): audit_subjects,
    ("POST", "/v1/audit/subjects"): audit_subjects,
    ("POST", "/v1/tokens/detokenize"): detokenize,
}


def _routes() -> set[tuple[str, str]]:
    """Every operation the app serves, from its OpenAPI document (nothing is opened)."""
    paths = create_app(Settings()).openapi()["paths"]
    return {(method.upper(), path) for path, item in paths.items() for method in item}


def test_the_matrix_names_every_endpoint():
    assert set(MATRIX) == _routes()


@pytest.mark.parametrize(("method", "path"), sorted(MATRIX))
def test_no_object_of_another_department_by_id(world, method, path):
    check = MATRIX[(method, path)]
    if check is None:
        return
    params = check.__code__.co_varnames[: check.__code__.co_argcount]
    check(world, path, method) if "method" in params else check(world, path)


def test_applying_always_files_under_the_callers_department(world):
    body = {"dataset": "social-security", "fields": ["name"], "purpose": "tourism-services", "duration_days": 10,
            "justification": "test", "legal_basis": "test basis", "owner_department": "hr-social-security"}
    resp = world.client.post("/v1/applications", headers=world.b_actors["b.key"], json={**body, "department": A})
    assert resp.status_code == 400  # no `department` field: the caller's department is implied
    resp = world.client.post("/v1/applications", headers=world.b_actors["b.requester"], json=body)
    assert resp.status_code in (201, 400)
    if resp.status_code == 201:
        assert resp.json()["department"] == B
