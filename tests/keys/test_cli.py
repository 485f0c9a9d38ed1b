"""``govgate keys …``: list, rotate, retire, destroy, export-public, rewrap, with table and json output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from keys import Keyring, Purpose
from keys import cli as keys_cli
from keys.cli import keys_app
from tests.keys.conftest import leak_forms, local_master, unwrapped_secrets, write_legacy_keyring


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GOVGATE_HOME", str(tmp_path))
    return tmp_path


def _json(result: object) -> object:
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    return json.loads(result.stdout)  # type: ignore[attr-defined]


def test_init_list_and_export(home: Path) -> None:
    runner = CliRunner()
    created = _json(runner.invoke(keys_app, ["init", "--format", "json"]))
    assert {r["purpose"] for r in created} == {p.value for p in Purpose}  # type: ignore[union-attr]
    rows = _json(runner.invoke(keys_app, ["list", "--format", "json"]))
    assert all(r["protection"] == "aes-256-gcm" and r["state"] == "active" for r in rows)  # type: ignore[union-attr]
    material = unwrapped_secrets(home / "keys", local_master(home))
    table = runner.invoke(keys_app, ["list"])
    assert table.exit_code == 0 and "ed25519" in table.output and "response-signing" in table.output
    for secret in material.values():
        assert all(f not in table.output + json.dumps(rows) for f in leak_forms(secret))
    exported = runner.invoke(keys_app, ["export-public", "--purpose", "audit-signing"])
    assert exported.output.strip() == Keyring.open(home / "keys").export_public("audit-signing")
    as_json = _json(runner.invoke(keys_app, ["export-public", "--purpose", "response-signing", "--format", "json"]))
    assert as_json["suite"] == "intl" and as_json["verifier_key"].startswith("govgate.huzhou/response+")  # type: ignore[index]
    assert runner.invoke(keys_app, ["export-public", "--purpose", "identifier-mac"]).exit_code == 1
    assert runner.invoke(keys_app, ["list", "--keys-dir", str(home / "nope")]).exit_code == 2


def test_rotate_retire_destroy_with_events(home: Path) -> None:
    events: list[tuple[str, dict[str, object]]] = []
    keys_cli.set_event_sink(lambda keyring: lambda a, d: events.append((a, d)))
    try:
        runner = CliRunner()
        runner.invoke(keys_app, ["init"])
        old = Keyring.open(home / "keys").signer("response-signing").key_id
        rotated = _json(runner.invoke(keys_app, ["rotate", "--purpose", "response-signing", "--format", "json"]))
        assert [r["state"] for r in rotated] == ["active", "retired"] and rotated[1]["id"] == old  # type: ignore[index]
        refused = runner.invoke(keys_app, ["destroy", rotated[0]["id"], "--yes"])  # type: ignore[index]
        assert refused.exit_code == 1 and "rotate or retire it" in refused.output
        aborted = runner.invoke(keys_app, ["destroy", old], input="n\n")
        assert aborted.exit_code == 1 and Keyring.open(home / "keys").record(old).state.value == "retired"
        destroyed = _json(runner.invoke(keys_app, ["destroy", old, "--yes", "--format", "json"]))
        assert destroyed[0]["state"] == "destroyed" and destroyed[0]["protection"] == "destroyed"  # type: ignore[index]
        mac = Keyring.open(home / "keys").mac_key("pseudonym-mac").key_id
        assert _json(runner.invoke(keys_app, ["retire", mac, "--format", "json"]))[0]["state"] == "retired"  # type: ignore[index]
    finally:
        keys_cli.set_event_sink(None)
    assert [a for a, _ in events] == ["key.create"] * len(Purpose) + ["key.rotate", "key.destroy", "key.destroy",
                                                                      "key.retire"]
    assert [d["outcome"] for a, d in events if a == "key.destroy"] == ["failure", "success"]


def test_rewrap_to_a_new_master_key_file(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    runner.invoke(keys_app, ["init"])
    before = Keyring.open(home / "keys").mac_key("identifier-mac").hexdigest(b"x")
    result = _json(runner.invoke(keys_app, ["rewrap", "--generate", str(home / "kms.key"), "--format", "json"]))
    assert result["previous_master_key_id"] == local_master(home).key_id  # type: ignore[index]
    failed = runner.invoke(keys_app, ["list"])  # master.key is no longer the master key
    assert failed.exit_code == 2 and "wrong key" in failed.output
    monkeypatch.setenv("GOVGATE_MASTER_KEY_FILE", str(home / "kms.key"))
    assert Keyring.open(home / "keys").mac_key("identifier-mac").hexdigest(b"x") == before
    again = runner.invoke(keys_app, ["rewrap", "--to-local"])  # back to a fresh local file
    assert again.exit_code == 0, again.output
    monkeypatch.delenv("GOVGATE_MASTER_KEY_FILE")
    assert Keyring.open(home / "keys").mac_key("identifier-mac").hexdigest(b"x") == before
    assert not (home / "master.key.new").exists()
    nothing = runner.invoke(keys_app, ["rewrap"])
    assert nothing.exit_code == 2 and "already wrapped" in nothing.output


def test_rewrap_migrates_a_legacy_keyring(home: Path) -> None:
    material = write_legacy_keyring(home / "keys")
    runner = CliRunner()
    refused = runner.invoke(keys_app, ["list"])
    assert refused.exit_code == 2 and "keys rewrap" in refused.output
    migrated = runner.invoke(keys_app, ["rewrap"])
    assert migrated.exit_code == 0 and "4 key(s) stored in the clear are now wrapped" in migrated.output
    assert unwrapped_secrets(home / "keys", local_master(home)) == material
    assert _json(runner.invoke(keys_app, ["list", "--format", "json"]))  # opens normally now
