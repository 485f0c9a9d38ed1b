"""The local SQLite index, `audit search`/`audit subject`, and the HTTP router (own department only)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit import Ledger, LocalIndex, SearchFilter, subject_hash
from audit.cli import audit_app
from keys import Keyring, Purpose, Signer
from tests.audit.conftest import T0, make_event


@pytest.fixture
def home(tmp_path: Path, signer: Signer) -> Path:
    with Ledger.open(tmp_path / "audit", signer, checkpoint_every=10) as ledger:
        ledger.append_many([make_event(i) for i in range(40)])
    return tmp_path


def test_local_index_filters(home: Path) -> None:
    index = LocalIndex(home / "audit", home / "audit-index.db")
    assert index.sync() == 40 and index.sync() == 0
    assert len(index.search(SearchFilter(outcome="failure"))) == 8
    assert [h.index for h in index.search(SearchFilter(decision_id="dec-7"))] == [7]
    window = index.search(SearchFilter(since=T0 + timedelta(seconds=5), until=T0 + timedelta(seconds=9)))
    assert sorted(h.index for h in window) == [5, 6, 7, 8]
    assert len(index.search(SearchFilter(department="市公安局", dataset="population.basic", action="dataset.read",
                                         purpose="治安管理", limit=1000))) == 40
    assert index.search(SearchFilter(department="市旅委")) == []
    assert [h.index for h in index.search(SearchFilter(subject=make_event(3)["govgate"]["subjects"][0]))] == [3]
    assert len(index.search(SearchFilter(text="DENY_NO_GRANT"))) == 8
    assert len(index.search(SearchFilter(text="依据授权", limit=5))) == 5  # Chinese full text (trigram)
    with Ledger.open(home / "audit", Keyring.open(home / "keys").signer("audit-signing")) as ledger:
        ledger.append(make_event(40))
    assert index.sync() == 1


def test_subject_report_by_resident_id(home: Path, signer: Signer, monkeypatch: pytest.MonkeyPatch) -> None:
    resident = "33050219900101123X"
    mac = Keyring.open(home / "keys").mac_key(Purpose.IDENTIFIER_MAC)
    hashed = subject_hash(mac, " 33050219900101123x ")  # normalised as the gateway does
    assert hashed == mac.hexdigest(resident.encode())
    event = make_event(51)
    event["govgate"]["subjects"] = [hashed]
    with Ledger.open(home / "audit", signer) as ledger:
        ledger.append(event)
    monkeypatch.setenv("GOVGATE_HOME", str(home))
    monkeypatch.delenv("GOVGATE_ES_URL", raising=False)
    out = CliRunner().invoke(audit_app, ["subject", "--id", resident, "--format", "json"])
    assert out.exit_code == 0, out.output
    (hit,) = [json.loads(x) for x in out.output.splitlines()]
    assert hit["index"] == 40 and hit["department"] == "市公安局" and hit["grant_id"] == "grant-1"
    assert hit["fields"] == {"name": "mask", "id_number": "hash", "mobile": "mask"} and hit["purpose"] == "治安管理"
    prompted = CliRunner().invoke(audit_app, ["subject"], input=resident + "\n", env={"COLUMNS": "250"})
    assert prompted.exit_code == 0 and "grant-1" in prompted.output and resident not in prompted.output
    # Neither the ledger nor the index holds the identifier in clear.
    for path in [*home.glob("audit/*"), *home.glob("audit-index.db*")]:
        assert resident.encode() not in path.read_bytes() and b"33050219900101123" not in path.read_bytes()
    table = CliRunner().invoke(audit_app, ["search", "--outcome", "failure", "--limit", "3"], env={"COLUMNS": "250"})
    assert table.exit_code == 0 and "DENY_NO_GRANT" in table.output


def test_http_router_is_restricted_to_own_department(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from gateway.app import create_app
    from gateway.demo.prepare import prepare_demo
    from gateway.routes import audit as audit_routes
    from gateway.settings import Settings

    settings = Settings(home=tmp_path / "home")
    prepare_demo(settings, people=50)
    keys = {d: e["api_key"] for d, e in json.loads((settings.demo_dir / "credentials.json").read_text()).items()}
    app = create_app(settings)
    if not any(getattr(r, "path", "") == "/v1/audit/events" for r in app.routes):
        app.include_router(audit_routes.router)  # until gateway/app.py includes it
    auth = {"Authorization": f"Bearer {keys['civil-affairs']}"}
    with TestClient(app) as client:
        rows = client.get("/v1/datasets/population/rows?fields=resident_id,name&purpose=social-assistance&limit=2",
                          headers=auth)
        assert rows.status_code == 200
        client.get("/v1/datasets/population/rows?fields=name&purpose=tourism-services",
                   headers={"Authorization": f"Bearer {keys['tourism']}"})
        mine = client.get("/v1/audit/events", headers=auth).json()
        assert mine["count"] >= 1 and {e["department"] for e in mine["events"]} == {"civil-affairs"}
        assert client.get("/v1/audit/events?department=tourism", headers=auth).status_code == 403
        assert client.get("/v1/audit/events").status_code == 401
        import sqlite3

        with sqlite3.connect(settings.store) as conn:
            resident = conn.execute("SELECT resident_id FROM population ORDER BY rowid LIMIT 1").fetchone()[0]
        report = client.post("/v1/audit/subjects", json={"id": resident}, headers=auth).json()
        assert report["count"] >= 1 and report["events"][0]["dataset"] == "population"
        assert client.get(f"/v1/audit/subjects?id={resident}", headers=auth).json()["count"] == report["count"]
        other = client.post("/v1/audit/subjects", json={"id": resident},
                            headers={"Authorization": f"Bearer {keys['tourism']}"}).json()
        assert other["count"] == 0  # tourism never received this person's rows
