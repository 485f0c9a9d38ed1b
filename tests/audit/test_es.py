"""The Elasticsearch sink through the official client against a real server process (osmem-server).

osmem is OpenSearch-compatible and in memory (see docs/audit.md for every difference);
``ES_URL`` runs the opt-in test at the end against a real Elasticsearch cluster.
"""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from audit import (
    EsConfig, EsSearch, Ledger, SearchFilter, Shipper, build_action_event, connect, cross_check, es_setup, uuid7,
)
from keys import Signer
from tests.audit.conftest import T0, make_event

osmem = pytest.importorskip("osmem_server")
N = 300


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One osmem-server process on a fixed port, which the test can kill -9 and start again."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.proc = subprocess.Popen([osmem.resolve_binary(), "--addr", f"127.0.0.1:{self.port}", "--no-stdin-watch",
                                      "--parent-pid", str(os.getpid())], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()  # {"url": …} once it listens
        assert b'"url"' in line, line

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()  # SIGKILL: an outage, and (in memory) the data is gone
        self.proc.wait()


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    srv.start()
    yield srv
    if srv.proc and srv.proc.poll() is None:
        srv.kill()


@pytest.fixture
def ledger_dir(tmp_path: Path, signer: Signer) -> Path:
    d = tmp_path / "audit"
    with Ledger.open(d, signer, checkpoint_every=50) as ledger:
        for i in range(0, N, 50):
            ledger.append_many([make_event(j) for j in range(i, i + 50)])
    return d


TARGET = "logs-govgate.audit-test"


def _setup(url: str):  # noqa: ANN202
    client, flavor = connect(EsConfig(url, target=TARGET))
    report = es_setup(client, target=TARGET, flavor=flavor, retention_days=400)
    return client, flavor, report


def _docs(client) -> dict[str, dict]:  # noqa: ANN001
    client.indices.refresh(index=TARGET)
    found = client.search(index=TARGET, size=10_000, query={"match_all": {}})
    return {h["_id"]: h["_source"] for h in found["hits"]["hits"]}


def test_setup_ship_and_idempotence(server: Server, ledger_dir: Path, tmp_path: Path) -> None:
    client, flavor, report = _setup(server.url)
    assert flavor == "opensearch" and not report.ilm and not report.data_stream and len(report.notes) == 2
    assert _setup(server.url)[2].to_dict() == report.to_dict()  # idempotent
    mapping = client.indices.get_mapping(index=TARGET).body[TARGET]["mappings"]
    assert mapping["properties"]["source"]["properties"]["ip"]["type"] == "ip"
    shipper = Shipper(ledger_dir, client, TARGET, tmp_path / "ship.json", batch=128)
    while shipper.ship_once():
        pass
    assert shipper.status.shipped == N and shipper.status.lag == 0
    docs = _docs(client)
    assert len(docs) == N
    # Idempotent: a shipper that lost its cursor re-sends everything — 409s, no duplicates.
    again = Shipper(ledger_dir, client, TARGET, tmp_path / "fresh.json", batch=128)
    while again.ship_once():
        pass
    assert len(_docs(client)) == N
    assert cross_check(client, TARGET, ledger_dir, upto=N, shipped=N).ok


def test_shipper_survives_a_server_outage(server: Server, ledger_dir: Path, tmp_path: Path) -> None:
    client, _flavor, _report = _setup(server.url)
    shipper = Shipper(ledger_dir, client, TARGET, tmp_path / "ship.json", batch=20, max_backoff=0.2)
    stop = threading.Event()
    runner = threading.Thread(target=shipper.run, args=(stop,), kwargs={"idle": 0.05})
    runner.start()
    try:
        while shipper.status.shipped < 60:
            time.sleep(0.005)
        server.kill()  # mid-shipping
        deadline = time.monotonic() + 10
        while shipper.status.failures < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        down = shipper.status
        assert down.failures >= 2 and down.last_error and down.lag > 0 and down.shipped < N  # lag is visible
        server.start()  # same port; in memory, so empty
        _setup(server.url)
        deadline = time.monotonic() + 30
        while (shipper.status.shipped < N or shipper.status.failures) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        runner.join()
    assert shipper.status.shipped == N and shipper.status.lag == 0 and shipper.status.rewound > 0
    docs = _docs(client)
    assert len(docs) == N  # nothing lost, nothing duplicated
    assert sorted(d["govgate"]["ledger"]["index"] for d in docs.values()) == list(range(N))
    # Resume from the durable cursor: a new shipper has nothing left to send.
    assert Shipper(ledger_dir, client, TARGET, tmp_path / "ship.json").ship_once() == 0


def test_cross_check_finds_missing_altered_and_added(server: Server, ledger_dir: Path, tmp_path: Path) -> None:
    client, _flavor, _report = _setup(server.url)
    shipper = Shipper(ledger_dir, client, TARGET, tmp_path / "ship.json")
    while shipper.ship_once():
        pass
    docs = _docs(client)
    by_index = {d["govgate"]["ledger"]["index"]: i for i, d in docs.items()}
    client.delete(index=TARGET, id=by_index[7], refresh=True)
    altered = dict(docs[by_index[11]])
    altered["govgate"] = {**altered["govgate"], "rows": 999}
    client.index(index=TARGET, id=by_index[11], document=altered, refresh=True)
    forged = dict(docs[by_index[12]])
    forged["govgate"] = {**forged["govgate"], "ledger": {**forged["govgate"]["ledger"], "hash": "f" * 64}}
    client.index(index=TARGET, id="f" * 64, document=forged, refresh=True)
    client.index(index=TARGET, id="stray", document={"@timestamp": "2025-01-01T00:00:00Z"}, refresh=True)
    result = cross_check(client, TARGET, ledger_dir, upto=N, shipped=N)
    assert (result.missing, result.altered, sorted(result.added)) == ([7], [11], sorted(["f" * 64, "stray"]))
    lagging = cross_check(client, TARGET, ledger_dir, upto=N, shipped=5)
    assert lagging.missing == [] and lagging.pending == 1  # 7 is past the cursor: pending, not missing


def test_es_search_filters(server: Server, ledger_dir: Path, tmp_path: Path) -> None:
    client, _flavor, _report = _setup(server.url)
    shipper = Shipper(ledger_dir, client, TARGET, tmp_path / "ship.json")
    while shipper.ship_once():
        pass
    client.indices.refresh(index=TARGET)
    es = EsSearch(client, TARGET)
    failures = es.search(SearchFilter(outcome="failure", limit=1000))
    assert len(failures) == N // 5 and all(h.outcome == "failure" for h in failures)
    subject = make_event(42)["govgate"]["subjects"][0]
    (hit,) = es.search(SearchFilter(subject=subject))
    assert hit.index == 42 and hit.fields == {"name": "mask", "id_number": "hash", "mobile": "mask"}
    assert es.search(SearchFilter(decision_id="dec-17"))[0].index == 17
    window = es.search(SearchFilter(since=T0.replace(second=10), until=T0.replace(second=20), limit=100))
    assert sorted(h.index for h in window) == list(range(10, 20))
    assert es.search(SearchFilter(department="市公安局", dataset="population.basic", purpose="治安管理",
                                  action="dataset.read", limit=1000)).__len__() == N


@pytest.mark.es
@pytest.mark.skipif(not os.environ.get("ES_URL"), reason="opt-in: set ES_URL to a real Elasticsearch cluster")
def test_real_cluster(ledger_dir: Path, tmp_path: Path) -> None:
    client, flavor, report = _setup(os.environ["ES_URL"])
    assert flavor == "elasticsearch" and report.ilm and report.data_stream
    shipper = Shipper(ledger_dir, client, TARGET, tmp_path / "ship.json")
    while shipper.ship_once():
        pass
    client.indices.refresh(index=TARGET)
    assert cross_check(client, TARGET, ledger_dir, upto=N, shipped=N).ok
    client.indices.delete_data_stream(name=TARGET)


def test_token_fields_are_indexed(server: Server, tmp_path: Path, signer: Signer) -> None:
    """A tokenized read (govgate.tokens.key_id) and a detokenization attempt (govgate.token.*)
    are searchable by key id and token, so an officer can find every use of one key or token."""
    read = make_event(0)
    read["govgate"]["tokens"] = {"key_id": "tok-key-1"}
    attempt = build_action_event(
        now=T0, event_id=uuid7(T0, b"\x01" * 10), action="token.detokenize", outcome="success",
        actor_id="secadmin.bdc", department="big-data-center", category="iam",
        details={"token": "330902198011250017", "key_id": "tok-key-1", "entity": "CN_RESIDENT_ID",
                 "purpose": "data-governance", "decision_id": "dec-t1"})
    ledger_dir = tmp_path / "audit"
    with Ledger.open(ledger_dir, signer, checkpoint_every=1) as ledger:
        ledger.append_many([read, attempt])
    client, _flavor, _report = _setup(server.url)
    shipper = Shipper(ledger_dir, client, TARGET, tmp_path / "ship.json")
    while shipper.ship_once():
        pass
    client.indices.refresh(index=TARGET)
    mapping = client.indices.get_mapping(index=TARGET).body[TARGET]["mappings"]["properties"]["govgate"]["properties"]
    assert mapping["tokens"]["properties"]["key_id"]["type"] == "keyword"
    by_key = client.search(index=TARGET, query={"term": {"govgate.tokens.key_id": "tok-key-1"}})["hits"]["hits"]
    assert [h["_source"]["event"]["action"] for h in by_key] == ["dataset.read"]
    by_token = client.search(index=TARGET, query={"term": {"govgate.token.token": "330902198011250017"}})["hits"]["hits"]
    assert [h["_source"]["event"]["action"] for h in by_token] == ["token.detokenize"]
