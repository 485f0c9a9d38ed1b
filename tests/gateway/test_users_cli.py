"""`govgate users …` (the administrator's bootstrap) and the demo people: initial passwords
shown once / in a 0600 file, separation of duties, lock and unlock — all audited — and the
refusal while the gateway holds the ledger."""

from __future__ import annotations

import json
import stat

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from gateway.app import create_app
from gateway.users_cli import users_app
from tests.gateway._people import Clock, actions, enrol, prepared_home


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return prepared_home(tmp_path_factory.mktemp("users-cli-home"))


@pytest.fixture()
def cli(settings, monkeypatch):
    for name, value in (("GOVGATE_HOME", settings.home), ("GOVGATE_ARGON2_MEMORY_KIB", 64),
                        ("GOVGATE_ARGON2_TIME_COST", 1), ("GOVGATE_ARGON2_PARALLELISM", 1)):
        monkeypatch.setenv(name, str(value))
    runner = CliRunner()
    return lambda *args, **kw: runner.invoke(users_app, list(args), **kw)


def test_demo_people_have_initial_passwords_in_a_private_file_and_enrol_at_first_login(settings):
    path = settings.demo_dir / "people.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    people = json.loads(path.read_text("utf-8"))
    assert {"admin.bdc", "audit.bdc", "secadmin.bdc", "reviewer.bdc", "owner.hrss", "requester.civil",
            "assessor"} <= set(people)
    roles = {p["roles"][0] for p in people.values()}
    assert {"system_admin", "security_officer", "security_admin", "compliance_officer", "data_owner", "requester",
            "assessor"} <= roles
    clock = Clock()
    with TestClient(create_app(settings)) as client:
        client.app.state.clock = clock
        person = enrol(client, clock, "requester.civil", people["requester.civil"]["initial_password"])
        assert client.get("/v1/applications", headers=person.headers).status_code == 200
    again = prepared_home(settings.home)  # demo init again: nobody is re-created, the file is kept
    assert json.loads((again.demo_dir / "people.json").read_text("utf-8")) == people


def test_users_add_list_lock_unlock_roles(cli, settings):
    added = cli("add", "zhao.min", "--department", "planning", "--role", "requester", "--name", "赵敏")
    assert added.exit_code == 0, added.output
    password = added.stdout.strip().splitlines()[-1]
    assert len(password) == 16
    listed = cli("list", "--format", "json", "--department", "planning")
    record = next(u for u in json.loads(listed.stdout) if u["username"] == "zhao.min")
    assert record["roles"] == ["requester"] and not record["totp_enrolled"]
    assert password not in listed.stdout and "argon2" not in listed.stdout
    sod = cli("add", "too.much", "--department", "big-data-center", "--role", "system_admin",
              "--role", "security_admin")
    assert sod.exit_code == 2 and "separation_of_duties" in sod.output
    bad_dept = cli("add", "nobody.x", "--department", "ministry-of-magic", "--role", "requester")
    assert bad_dept.exit_code == 2 and "unknown_department" in bad_dept.output
    dup = cli("add", "zhao.min", "--department", "planning", "--role", "requester")
    assert dup.exit_code == 2 and "username_taken" in dup.output
    given = cli("add", "qian.li", "--department", "planning", "--role", "data_owner", "--password-stdin",
                input="Chosen-Pass-2026!\n")
    assert given.exit_code == 0 and "Chosen-Pass" not in given.stdout
    assert cli("lock", "zhao.min", "--reason", "调岗").exit_code == 0
    assert "disabled" in cli("list").stdout
    assert cli("unlock", "zhao.min").exit_code == 0
    assert cli("roles", "zhao.min", "--role", "requester", "--role", "data_owner").exit_code == 0
    assert cli("roles", "zhao.min", "--role", "assessor", "--role", "requester").exit_code == 2
    assert cli("reset-totp", "zhao.min").exit_code == 0
    assert cli("lock", "no.such.user").exit_code == 2
    done = actions(settings)
    for action in ("user.create", "user.lock", "user.unlock", "user.roles", "user.totp_reset"):
        assert (action, "success") in done, action


def test_cli_refuses_while_the_gateway_holds_the_ledger(cli, settings):
    with TestClient(create_app(settings)):
        held = cli("add", "while.running", "--department", "planning", "--role", "requester")
    assert held.exit_code == 2 and "HTTP API" in held.output
    assert "while.running" not in cli("list").stdout  # nothing done without its audit record


def test_the_root_command_mounts_the_groups():
    from gateway.cli import app

    runner = CliRunner()
    assert runner.invoke(app, ["users", "--help"]).exit_code == 0
    assert runner.invoke(app, ["applications", "--help"]).exit_code == 0
