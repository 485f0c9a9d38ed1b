"""The `govgate` command as a user runs it: demo init, credentials, audit verify, serve refusals."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest


def govgate(home: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GOVGATE_HOME": str(home), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "gateway.cli", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("cli-home")
    first = govgate(home, "demo", "init", "--people", "200")
    assert first.returncode == 0, first.stderr
    assert "68 new keys" in first.stderr and "curl" in first.stderr
    return home


def test_demo_init_writes_private_credentials_and_reuses_everything(home):
    creds = home / "demo" / "credentials.json"
    assert stat.S_IMODE(creds.stat().st_mode) == 0o600
    keys = json.loads(creds.read_text("utf-8"))
    assert len(keys) == 68 and all(v["api_key"].startswith("gg_") for v in keys.values())
    again = govgate(home, "demo", "init")
    assert again.returncode == 0, again.stderr
    assert "(reused)" in again.stderr and "reused;" in again.stderr
    assert json.loads(creds.read_text("utf-8")) == keys


def test_credentials_issue_shows_the_key_once_and_list_never_does(home):
    issued = govgate(home, "credentials", "issue", "--department", "planning", "--label", "gis")
    assert issued.returncode == 0, issued.stderr
    key = issued.stdout.strip()
    assert key.startswith("gg_") and len(key.splitlines()) == 1
    listed = govgate(home, "credentials", "list", "--department", "planning", "--format", "json")
    records = json.loads(listed.stdout)
    credential_id = key.split("_")[1]
    assert credential_id in [r["id"] for r in records]
    assert key.split("_", 2)[2] not in listed.stdout
    revoked = govgate(home, "credentials", "revoke", credential_id)
    assert revoked.returncode == 0 and "revoked" in revoked.stdout
    assert govgate(home, "credentials", "revoke", "nope").returncode == 2


def test_credentials_issue_for_an_unknown_department_names_it(home):
    result = govgate(home, "credentials", "issue", "--department", "ministry-of-magic")
    assert result.returncode == 2
    assert "--department" in result.stderr and "ministry-of-magic" in result.stderr


def test_serve_refuses_a_corrupted_ledger_and_keeps_it(home, tmp_path):
    from fastapi.testclient import TestClient

    from gateway.app import create_app
    from gateway.settings import Settings

    keys = json.loads((home / "demo" / "credentials.json").read_text("utf-8"))
    with TestClient(create_app(Settings(home=home))) as client:
        for _ in range(3):
            client.get("/v1/datasets/legal-person/rows?fields=uscc&purpose=tourism-services",
                       headers={"Authorization": f"Bearer {keys['tourism']['api_key']}"})
    assert govgate(home, "audit", "verify").returncode == 0
    segment = max((home / "audit").glob("events-*.jsonl"))
    original = segment.read_bytes()
    segment.write_bytes(original.replace(b'"tourism-services"', b'"tourism-servicez"', 1))
    try:
        verify = govgate(home, "audit", "verify")
        assert verify.returncode == 1 and "first bad index" in verify.stdout + verify.stderr
        serve = govgate(home, "serve", "--port", "8799", timeout=60)
        assert serve.returncode == 2
        assert "cannot start" in serve.stderr and "Traceback" not in serve.stderr
        assert segment.read_bytes() != original  # evidence left as found
    finally:
        segment.write_bytes(original)
    assert govgate(home, "audit", "verify").returncode == 0


def test_serve_before_demo_init_says_what_to_run(tmp_path):
    result = govgate(tmp_path / "empty", "serve", timeout=60)
    assert result.returncode == 2
    assert "govgate demo init" in result.stderr


def test_key_operations_are_audited_and_refused_while_the_gateway_holds_the_ledger(home):
    from fastapi.testclient import TestClient

    from gateway.app import create_app
    from gateway.settings import Settings

    rotated = govgate(home, "keys", "rotate", "--purpose", "pseudonym-mac")
    assert rotated.returncode == 0, rotated.stderr
    entries = [json.loads(line) for seg in sorted((home / "audit").glob("events-*.jsonl"))
               for line in seg.read_text("utf-8").splitlines()]
    assert entries[-1]["event"]["event"]["action"] == "key.rotate"
    assert govgate(home, "audit", "verify").returncode == 0
    with TestClient(create_app(Settings(home=home))):
        refused = govgate(home, "keys", "rotate", "--purpose", "pseudonym-mac")
    assert refused.returncode == 2 and "held by a running gateway" in refused.stderr


def test_help_lists_every_group_with_its_own_summary_without_importing_it(tmp_path):
    import importlib

    import typer.main

    from gateway.cli import LAZY_GROUPS

    probe = ("import sys, gateway.cli as c; from typer.testing import CliRunner; "
             "out = CliRunner().invoke(c.app, ['--help'], terminal_width=200).output; "
             "print(out); print('IMPORTED', [m for m in ('classify.cli_classify', 'policy.cli', 'audit.cli', "
             "'gateway.demo.cli') if m in sys.modules])")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "GOVGATE_HOME": str(tmp_path), "COLUMNS": "200"})
    assert run.returncode == 0, run.stderr
    assert "IMPORTED []" in run.stdout  # listing the groups imported none of them
    for name, (module, attribute, summary) in LAZY_GROUPS.items():
        group = typer.main.get_command(getattr(importlib.import_module(module), attribute))
        assert group.help == summary, f"LAZY_GROUPS[{name!r}] summary differs from the group's own help"
        assert name in run.stdout and summary in run.stdout
    # a group named on the command line is still the real one
    sub = govgate(tmp_path, "audit", "--help")
    assert sub.returncode == 0 and "verify" in sub.stdout


def test_classify_help_does_not_load_presidio(tmp_path):
    probe = ("import sys, gateway.cli as c; from typer.testing import CliRunner; "
             "out = CliRunner().invoke(c.app, ['classify', '--help'], terminal_width=200).output; "
             "assert 'grade-check' in out and 'mask' in out, out; print('LOADED', 'presidio_analyzer' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "GOVGATE_HOME": str(tmp_path), "COLUMNS": "200"})
    assert run.returncode == 0, run.stderr
    assert "LOADED False" in run.stdout
