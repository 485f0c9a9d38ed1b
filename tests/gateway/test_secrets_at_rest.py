"""Secrets at rest: API-key secrets, session tokens and recovery codes are stored only as
HMAC-SHA256 digests under a pepper that is itself stored sealed by the keyring's
secret-wrapping key; digests from before (plain SHA-256) are protected in place and keep
working; rotating or rewrapping the wrapping key does not break a login."""

from __future__ import annotations

import base64
import hashlib
import os
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import text

from gateway.app import create_app
from gateway.auth import recovery
from gateway.settings import Settings
from gateway.state import (PepperError, authenticate, issue, load_pepper, make_engine, migrate, session_factory,
                           sync_departments)
from gateway.state.db import alembic_config
from keys import Keyring, MasterKey, Purpose
from tests.gateway._people import Clock, add_user, bearer, enrol, fresh_code, prepared_home

NOW = datetime(2026, 11, 29, 8, 0, tzinfo=timezone.utc)


def _all_cells(db_path: Path) -> list[str]:
    """Every value of every row of every table, as text (bytes as hex and base64 too)."""
    cells: list[str] = []
    with sqlite3.connect(db_path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - names from sqlite_master
                for value in row:
                    if isinstance(value, bytes):
                        cells += [value.hex(), base64.b64encode(value).decode()]
                    elif value is not None:
                        cells.append(str(value))
    return cells


def _forms(secret: str) -> list[str]:
    """A secret in clear and in the plain-SHA-256 forms this module forbids."""
    return [secret, hashlib.sha256(secret.encode()).hexdigest(), hashlib.sha256(secret.encode()).digest().hex()]


def test_no_secret_in_clear_or_plain_sha256_in_the_state_database(tmp_path):
    settings = prepared_home(tmp_path)
    clock = Clock()
    with TestClient(create_app(settings)) as client:
        client.app.state.clock = clock
        gov = client.app.state.governance
        with gov.sessions() as session:
            key = issue(session, "tourism", pepper=gov.pepper, now=clock.now, label="scan")
        add_user(client, "scan.me", "tourism", ["requester"])
        person = enrol(client, clock, "scan.me")
        assert client.get("/v1/datasets", headers=bearer(key.api_key)).status_code == 200
        assert client.get("/v1/datasets", headers=person.headers).status_code == 200
        pepper_key = gov.pepper._key
    # gg_<id>_<secret>, gs_<id>_<secret>: the secret is everything after the id — it is URL-safe
    # base64 and may hold "_" itself (split at the last "_", a one-character tail such as "8"
    # was then "found" in the database now and then)
    key_secret = key.api_key.removeprefix("gg_").partition("_")[2]
    session_secret = person.token.removeprefix("gs_").partition("_")[2]
    assert len(key_secret) >= 40 and len(session_secret) >= 40
    secrets = [key.api_key, key_secret, person.token, session_secret, person.seed,
               *person.recovery_codes, *(recovery.normalize(c) for c in person.recovery_codes),
               pepper_key.hex(), base64.b64encode(pepper_key).decode()]
    cells = _all_cells(settings.home / "state.db")
    joined = "\n".join(cells)
    leaked = [s for secret in secrets for s in _forms(secret) if s in joined]
    assert leaked == []
    # what is there instead: peppered digests, and the pepper only sealed
    with sqlite3.connect(settings.home / "state.db") as db:
        digests = [r[0] for r in db.execute("SELECT secret_hash FROM credentials UNION ALL SELECT token_hash FROM "
                                            "user_sessions UNION ALL SELECT code_hash FROM recovery_codes")]
        (wrapped,) = db.execute("SELECT wrapped FROM secret_peppers").fetchone()
    assert digests and all(d.startswith("hmac-sha256:") and len(d) == 85 for d in digests)
    assert base64.b64decode(wrapped)[:1] in (b"\x01", b"\x02")  # a keys.Aead blob


def test_digests_from_before_the_pepper_keep_working(tmp_path):
    """A state database from before migration 0006 (plain SHA-256 digests) is upgraded in place:
    no API key, session or recovery code is invalidated, and no plain SHA-256 is left."""
    url = f"sqlite:///{tmp_path / 'state.db'}"
    command.upgrade(alembic_config(url), "0005")
    engine = make_engine(url)
    secret = "legacy-secret-0123456789abcdefghijklmnopqrstu"
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO department_status (department_id, status, reason, updated_at) "
                          "VALUES ('tourism', 'active', '', :now)"), {"now": NOW})
        conn.execute(text("INSERT INTO credentials (id, department_id, secret_sha256, label, created_at) "
                          "VALUES ('0123456789ab', 'tourism', :h, 'old', :now)"),
                     {"h": hashlib.sha256(secret.encode()).hexdigest(), "now": NOW})
    migrate(url)
    sessions = session_factory(engine)
    keyring = Keyring.open(tmp_path / "keys", create=True, master=MasterKey(os.urandom(32), source="test"))
    keyring.ensure_defaults()
    pepper = load_pepper(sessions, keyring, now=NOW)
    with sessions() as session:
        principal = authenticate(session, f"gg_0123456789ab_{secret}", pepper=pepper, now=NOW)
        assert principal is not None and principal.credential_status == "active"
        assert authenticate(session, f"gg_0123456789ab_{secret}x", pepper=pepper, now=NOW) is None
        stored = session.execute(text("SELECT secret_hash FROM credentials")).scalar_one()
    assert stored == pepper.digest(secret) and hashlib.sha256(secret.encode()).hexdigest() not in stored
    # idempotent: a second start finds nothing left to protect and the same pepper
    assert load_pepper(sessions, keyring, now=NOW).pepper_id == pepper.pepper_id


def test_rotating_and_rewrapping_the_wrapping_key_keeps_logins(tmp_path):
    settings = prepared_home(tmp_path)
    clock = Clock()
    with TestClient(create_app(settings)) as client:
        client.app.state.clock = clock
        add_user(client, "rotate.me", "tourism", ["requester"])
        person = enrol(client, clock, "rotate.me")
        gov = client.app.state.governance
        with gov.sessions() as session:
            key = issue(session, "tourism", pepper=gov.pepper, now=clock.now)
        pepper_id = gov.pepper.pepper_id
        old_wrapping = gov.keyring.aead(Purpose.SECRET_WRAPPING).key_id
    keyring = Keyring.open(settings.keys_dir)
    new_wrapping = keyring.rotate(Purpose.SECRET_WRAPPING).id
    # a new master key: data keys (and so the pepper's seal) are unchanged
    master = MasterKey(os.urandom(32), source="test")
    keyring.rewrap(master)
    master_file = settings.home / "master.key"
    master_file.write_text(base64.b64encode(master._key).decode() + "\n")
    sessions = session_factory(make_engine(settings.database_url))
    pepper = load_pepper(sessions, Keyring.open(settings.keys_dir))  # reads under the retired key, re-seals
    assert pepper.pepper_id == pepper_id
    with sqlite3.connect(settings.home / "state.db") as db:
        (wrapped,) = db.execute("SELECT wrapped FROM secret_peppers").fetchone()
    assert base64.b64decode(wrapped)[1:5].hex() == new_wrapping != old_wrapping
    with sqlite3.connect(settings.home / "state.db") as db:  # TOTP seeds were re-sealed at the same start
        seeds = [r[0] for r in db.execute("SELECT totp_seed FROM users WHERE totp_seed IS NOT NULL")]
    assert seeds and {base64.b64decode(s)[1:5].hex() for s in seeds} == {new_wrapping}
    keyring.destroy(old_wrapping)  # safe now: nothing is sealed under it
    with TestClient(create_app(settings)) as client:
        client.app.state.clock = clock
        assert client.get("/v1/datasets", headers=bearer(key.api_key)).status_code == 200
        assert client.get("/v1/datasets", headers=person.headers).status_code == 200
        resp = client.post("/v1/auth/login", json={"username": "rotate.me", "password": "Huzhou-Test-2026!",
                                                   "totp_code": fresh_code(clock, person.seed)})
        assert resp.status_code == 200, resp.text
        relog = client.post("/v1/auth/login", json={"username": "rotate.me", "password": "Huzhou-Test-2026!",
                                                    "recovery_code": person.recovery_codes[0]})
        assert relog.status_code == 200, relog.text


def test_a_pepper_sealed_under_a_destroyed_key_fails_clearly(tmp_path):
    url = f"sqlite:///{tmp_path / 'state.db'}"
    migrate(url)
    sessions = session_factory(make_engine(url))
    with sessions() as session:
        sync_departments(session, ["tourism"], now=NOW)
    keyring = Keyring.open(tmp_path / "keys", create=True, master=MasterKey(os.urandom(32), source="test"))
    keyring.ensure_defaults()
    load_pepper(sessions, keyring, now=NOW)
    old = keyring.aead(Purpose.SECRET_WRAPPING).key_id
    keyring.rotate(Purpose.SECRET_WRAPPING, now=NOW + timedelta(seconds=1))
    keyring.destroy(old, now=NOW + timedelta(seconds=2))  # destroyed before any start re-sealed the pepper
    with pytest.raises(PepperError, match="does not decrypt"):
        load_pepper(sessions, keyring, now=NOW)
