"""Search the audit trail: Elasticsearch when configured, else a local SQLite full-text index.

Both backends take the same :class:`SearchFilter` and return the same :class:`Hit`s, so
``govgate audit search``, ``govgate audit subject`` and ``GET /v1/audit/events`` do not
care which one answers.  A data subject is searched by its *keyed hash* only; turning
a resident ID into that hash is the caller's (it holds the MAC key), so neither index
ever sees an identifier in the clear.

The local index (``audit-index.db``, SQLite WAL) is a convenience copy of the ledger,
brought up to date before each query by reading the entries it has not seen (their
chain is checked against the last entry it indexed); the ledger stays the authority.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TYPE_CHECKING

from audit._es import SearchBackendError
from audit._reader import iter_entries
from audit.errors import LedgerCorrupt
from audit.event import rfc3339_millis

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch


@dataclass(frozen=True)
class SearchFilter:
    since: datetime | None = None
    until: datetime | None = None
    department: str | None = None
    dataset: str | None = None
    action: str | None = None
    outcome: str | None = None
    purpose: str | None = None
    decision_id: str | None = None
    subject: str | None = None  # a keyed hash, never an identifier
    text: str | None = None  # free text over reasons, dataset, purpose, fields
    limit: int = 100


@dataclass(frozen=True)
class Hit:
    index: int
    timestamp: str
    department: str | None
    credential: str | None
    dataset: str | None
    purpose: str | None
    action: str | None
    outcome: str | None
    decision_id: str | None
    grant_id: str | None
    rows: int | None
    fields: dict[str, str] = field(default_factory=dict)  # field → operator applied
    reasons: list[str] = field(default_factory=list)
    event_hash: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class SearchBackend(Protocol):
    def search(self, f: SearchFilter) -> list[Hit]: ...


def _get(doc: Any, *path: str) -> Any:
    for key in path:
        doc = doc.get(key) if isinstance(doc, dict) else None
    return doc


def hit_from_event(index: int, digest: str, ev: dict[str, Any]) -> Hit:
    returned = _get(ev, "govgate", "fields", "returned")
    reasons = _get(ev, "govgate", "decision", "reasons") or []
    return Hit(index=index, timestamp=str(ev.get("@timestamp", "")), department=_get(ev, "user", "group", "id"),
               credential=_get(ev, "user", "id"), dataset=_get(ev, "govgate", "dataset"),
               purpose=_get(ev, "govgate", "purpose"), action=_get(ev, "event", "action"),
               outcome=_get(ev, "event", "outcome"), decision_id=_get(ev, "govgate", "decision", "id"),
               grant_id=_get(ev, "govgate", "grant", "id"), rows=_get(ev, "govgate", "rows"),
               fields=dict(returned) if isinstance(returned, dict) else {},
               reasons=[str(r.get("code")) for r in reasons if isinstance(r, dict)], event_hash=digest)


def _rfc3339(t: datetime) -> str:
    # The events' own form (millisecond precision, "Z"), so text order is time order.
    return rfc3339_millis(t if t.tzinfo else t.replace(tzinfo=UTC))


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events(idx INTEGER PRIMARY KEY, ts TEXT, department TEXT, dataset TEXT,
    action TEXT, outcome TEXT, purpose TEXT, decision_id TEXT, hash TEXT NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_ts ON events(ts);
CREATE INDEX IF NOT EXISTS events_dept ON events(department, ts);
CREATE INDEX IF NOT EXISTS events_dataset ON events(dataset, ts);
CREATE INDEX IF NOT EXISTS events_decision ON events(decision_id);
CREATE TABLE IF NOT EXISTS subjects(subject TEXT NOT NULL, idx INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS subjects_subject ON subjects(subject);
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(body, tokenize='trigram');
"""
_COLUMNS = {"department": "department", "dataset": "dataset", "action": "action", "outcome": "outcome",
            "purpose": "purpose", "decision_id": "decision_id"}


class LocalIndex:
    """SQLite FTS5 index of the ledger at ``path``; safe to share between threads."""

    def __init__(self, ledger_dir: Path, path: Path) -> None:
        self._ledger = Path(ledger_dir)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def sync(self) -> int:
        """Index the entries added to the ledger since the last sync; return how many."""
        with self._lock:
            row = dict(self._db.execute("SELECT k, v FROM meta").fetchall())
            start, head = int(row.get("next", 0)), row.get("head", "00" * 32)
            added = 0
            self._db.execute("BEGIN")
            try:
                for entry, _event in iter_entries(self._ledger, start):
                    if entry.prev != head:
                        raise LedgerCorrupt(entry.index, "ledger does not continue the indexed chain")
                    self._add(entry.index, entry.hash, entry.event)
                    head, added = entry.hash, added + 1
                self._db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                                     [("next", str(start + added)), ("head", head)])
                self._db.execute("COMMIT")  # one commit per sync: the group-commit of SQLite
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            return added

    def _add(self, index: int, digest: str, ev: dict[str, Any]) -> None:
        h = hit_from_event(index, digest, ev)
        self._db.execute("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?)",
                         (index, h.timestamp, h.department, h.dataset, h.action, h.outcome, h.purpose,
                          h.decision_id, digest, json.dumps(ev, ensure_ascii=False)))
        subjects = _get(ev, "govgate", "subjects") or []
        self._db.executemany("INSERT INTO subjects VALUES (?, ?)", [(s, index) for s in subjects])
        messages = [str(r.get("message", "")) for r in _get(ev, "govgate", "decision", "reasons") or []
                    if isinstance(r, dict)]
        body = " ".join([*(h.reasons), *messages, h.dataset or "", h.purpose or "", h.department or "",
                         *h.fields])
        self._db.execute("INSERT INTO events_fts(rowid, body) VALUES (?, ?)", (index, body))

    def search(self, f: SearchFilter) -> list[Hit]:
        self.sync()
        where, args = [], []
        for name, column in _COLUMNS.items():
            value = getattr(f, name)
            if value is not None:
                where.append(f"e.{column} = ?")
                args.append(value)
        if f.since is not None:
            where.append("e.ts >= ?")
            args.append(_rfc3339(f.since))
        if f.until is not None:
            where.append("e.ts < ?")
            args.append(_rfc3339(f.until))
        if f.subject is not None:
            where.append("e.idx IN (SELECT idx FROM subjects WHERE subject = ?)")
            args.append(f.subject)
        if f.text:
            where.append("e.idx IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
            args.append('"' + f.text.replace('"', '""') + '"')
        sql = "SELECT idx, hash, doc FROM events e" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY e.idx DESC LIMIT ?"
        with self._lock:
            rows = self._db.execute(sql, [*args, f.limit]).fetchall()
        return [hit_from_event(i, h, json.loads(d)) for i, h, d in rows]


class EsSearch:
    """The same search against the Elasticsearch target the shipper writes."""

    def __init__(self, client: Elasticsearch, target: str) -> None:
        self._es = client
        self._target = target

    def search(self, f: SearchFilter) -> list[Hit]:
        terms = {"department": "user.group.id", "dataset": "govgate.dataset", "action": "event.action",
                 "outcome": "event.outcome", "purpose": "govgate.purpose", "decision_id": "govgate.decision.id",
                 "subject": "govgate.subjects"}
        filters: list[dict[str, Any]] = [{"term": {fld: getattr(f, name)}} for name, fld in terms.items()
                                         if getattr(f, name) is not None]
        if f.since is not None or f.until is not None:
            rng: dict[str, str] = {}
            if f.since is not None:
                rng["gte"] = _rfc3339(f.since)
            if f.until is not None:
                rng["lt"] = _rfc3339(f.until)
            filters.append({"range": {"@timestamp": rng}})
        query: dict[str, Any] = {"bool": {"filter": filters}}
        if f.text:
            query["bool"]["must"] = [{"multi_match": {"query": f.text, "fields": [
                "govgate.decision.reasons.message", "govgate.decision.reasons.code", "govgate.dataset",
                "govgate.purpose", "govgate.fields.requested", "user.group.id"]}}]
        try:
            found = self._es.search(index=self._target, query=query, size=f.limit,
                                    sort=[{"govgate.ledger.index": "desc"}])
        except Exception as exc:  # noqa: BLE001 - the caller answers 503 / exit 2
            raise SearchBackendError(f"Elasticsearch search failed: {exc.__class__.__name__}") from exc
        hits = []
        for hit in found["hits"]["hits"]:
            src = dict(hit["_source"])
            meta = _get(src, "govgate", "ledger") or {}
            hits.append(hit_from_event(int(meta.get("index", -1)), hit["_id"], src))
        return hits


def subject_hash(mac: Any, identifier: str) -> str:
    """The keyed hash the gateway records for a resident ID (``gateway.pipeline``'s normalisation)."""
    return str(mac.hexdigest(identifier.strip().upper().encode("utf-8")))
