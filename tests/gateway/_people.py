"""Helpers for the people/applications tests: a prepared home of their own, an injected clock
(no sleeping), and sign-in helpers that always move to a fresh TOTP step (codes are one-use)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from gateway.auth import totp
from gateway.auth.service import create_user
from gateway.demo.prepare import prepare_demo
from gateway.settings import Settings

# Argon2id at test cost: the parameters are settings; production defaults are RFC 9106's.
CHEAP = {"argon2_memory_kib": 64, "argon2_time_cost": 1, "argon2_parallelism": 1}
PASSWORD = "Huzhou-Test-2026!"
START = datetime(2026, 11, 30, 1, 0, tzinfo=timezone.utc)  # Monday 09:00 in Huzhou


class Clock:
    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def prepared_home(base: Path, **settings: Any) -> Settings:
    config = Settings(home=base, **{**CHEAP, **settings})
    prepare_demo(config, people=120)
    return config


def api_keys(settings: Settings) -> dict[str, str]:
    data = json.loads(settings.credentials_file.read_text("utf-8"))
    return {dept: entry["api_key"] for dept, entry in data.items()}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def add_user(client: TestClient, username: str, department: str, roles: list[str], password: str = PASSWORD) -> str:
    gov = client.app.state.governance
    with gov.sessions() as session:
        user, _ = create_user(gov, session, username=username, display_name=username, department=department,
                              roles=roles, password=password, now=client.app.state.clock())
    return user.id


@dataclass
class Person:
    username: str
    seed: str
    token: str
    recovery_codes: list[str]

    @property
    def headers(self) -> dict[str, str]:
        return bearer(self.token)


def fresh_code(clock: Clock, seed: str) -> str:
    clock.advance(seconds=30)  # a new time step: the previous code was used
    return totp.code_at(seed, clock.now)


def enrol(client: TestClient, clock: Clock, username: str, password: str = PASSWORD) -> Person:
    first = client.post("/v1/auth/login", json={"username": username, "password": password})
    assert first.status_code == 200, first.text
    assert first.json()["state"] == "enrol"
    token = first.json()["token"]
    started = client.post("/v1/auth/totp/enrol", headers=bearer(token))
    assert started.status_code == 200, started.text
    seed = started.json()["secret"]
    confirmed = client.post("/v1/auth/totp/confirm", headers=bearer(token), json={"code": fresh_code(clock, seed)})
    assert confirmed.status_code == 200, confirmed.text
    return Person(username, seed, token, confirmed.json()["recovery_codes"])


def login(client: TestClient, clock: Clock, person: Person, password: str = PASSWORD) -> Person:
    resp = client.post("/v1/auth/login", json={"username": person.username, "password": password,
                                               "totp_code": fresh_code(clock, person.seed)})
    assert resp.status_code == 200, resp.text
    person.token = resp.json()["token"]
    return person


def step_up(client: TestClient, clock: Clock, person: Person) -> None:
    resp = client.post("/v1/auth/step-up", headers=person.headers, json={"code": fresh_code(clock, person.seed)})
    assert resp.status_code == 200, resp.text


def ledger_events(settings: Settings) -> list[dict[str, Any]]:
    events = []
    for segment in sorted(settings.ledger_dir.glob("events-*.jsonl")):
        events += [json.loads(line)["event"] for line in segment.read_text("utf-8").splitlines() if line.strip()]
    return events


def actions(settings: Settings) -> list[tuple[str, str]]:
    return [(e["event"]["action"], e["event"]["outcome"]) for e in ledger_events(settings)]
