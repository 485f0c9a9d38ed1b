"""A prepared demo (small synthetic city) and the real HTTP app over it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from gateway.app import create_app
from gateway.demo.prepare import prepare_demo
from gateway.settings import Settings


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("govgate-home")
    prepare_demo(Settings(home=home), people=300)
    return home


@pytest.fixture(scope="session")
def demo_keys(demo_home: Path) -> dict[str, str]:
    data = json.loads((demo_home / "demo" / "credentials.json").read_text("utf-8"))
    return {dept: entry["api_key"] for dept, entry in data.items()}


@pytest.fixture()
def client(demo_home: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(home=demo_home))) as test_client:
        yield test_client


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}
