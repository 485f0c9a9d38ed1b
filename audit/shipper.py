"""Ship the ledger into Elasticsearch: bulk, idempotent, resumable, and honest about its lag.

* Only *sealed* entries are shipped — those covered by the latest signed checkpoint —
  so Elasticsearch never holds an event the ledger could still lose in a crash.
* Each entry is chain-checked as it is read (the byte-level check of verification).
* Document id = the entry's chain hash; bulk ``create`` — a re-sent entry is a 409
  "already exists", which counts as shipped: nothing is ever duplicated.
* The cursor (next index, its prev hash, the segment and offset) is saved durably
  (write, fsync, rename, fsync dir) after every accepted bulk request: a restart
  resumes where the last acknowledged bulk ended.
* Failures (Elasticsearch down, 429, 5xx) are retried with capped exponential backoff
  and jitter; a document refused for its content (4xx other than 409/429) stops the
  shipper — skipping it would lose an event.
* Before the first bulk after (re)start or an outage, the shipper checks that the last
  document it shipped is still there.  If Elasticsearch lost documents (restored from
  an older snapshot; an in-memory test server restarted) it rewinds to just after the
  highest ledger index still present and re-ships from there.
"""

from __future__ import annotations

import json
import logging
import os
import random
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TYPE_CHECKING


from audit._es import SearchBackendError
from audit._files import fsync_dir
from audit._reader import fast
from audit._store import list_segments
from audit.errors import LedgerCorrupt
from audit.status import latest_checkpoint_size

if TYPE_CHECKING:  # the client comes with the Shipper; this module loads without it
    from elasticsearch import Elasticsearch

logger = logging.getLogger(__name__)
_RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})


@dataclass
class Cursor:
    next_index: int = 0
    prev_hash: str = "00" * 32
    segment: int = 1
    offset: int = 0


@dataclass
class ShipperStatus:
    shipped: int = 0  # entries [0, shipped) are in Elasticsearch
    sealed: int = 0  # entries covered by the latest signed checkpoint
    lag: int = 0  # sealed - shipped
    failures: int = 0  # consecutive failed attempts
    last_error: str | None = None
    last_success: float | None = None  # wall-clock time of the last accepted bulk
    rewound: int = 0  # documents found missing in Elasticsearch and re-shipped
    extra: dict[str, Any] = field(default_factory=dict)


class Shipper:
    def __init__(self, ledger_dir: Path, client: Elasticsearch, target: str, state_path: Path, *,
                 origin: str = "govgate.huzhou/audit", batch: int = 500, max_backoff: float = 30.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._dir = Path(ledger_dir)
        self._es = client
        self._target = target
        self._state_path = Path(state_path)
        self._origin = origin
        self._batch = batch
        self._max_backoff = max_backoff
        self._sleep = sleep
        self.cursor = self._load()
        self.status = ShipperStatus(shipped=self.cursor.next_index)
        self._probe = True

    # -- state ----------------------------------------------------------------
    def _load(self) -> Cursor:
        try:
            return Cursor(**json.loads(self._state_path.read_text("utf-8")))
        except FileNotFoundError:
            return Cursor()
        except (ValueError, TypeError) as exc:
            raise SearchBackendError(f"shipper state {self._state_path} is unreadable: {exc}") from None

    def _save(self) -> None:
        tmp = self._state_path.with_suffix(".tmp")
        data = json.dumps(asdict(self.cursor), sort_keys=True).encode()
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o640)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self._state_path)
        fsync_dir(self._state_path.parent)

    # -- reading the ledger -----------------------------------------------------
    def _read(self, upto: int) -> tuple[list[tuple[int, str, bytes]], Cursor]:
        """Up to ``batch`` chain-checked entries from the cursor: (index, hash hex, event bytes)."""
        c = self.cursor
        out: list[tuple[int, str, bytes]] = []
        segment, offset, index, head = c.segment, c.offset, c.next_index, bytes.fromhex(c.prev_hash)
        numbers = [int(p.name[7:13]) for p in list_segments(self._dir)]
        while index < upto and len(out) < self._batch and segment in numbers:
            path = self._dir / f"events-{segment:06d}.jsonl"
            with open(path, "rb") as f:
                f.seek(offset)
                data = f.read(4 << 20)
            end = data.rfind(b"\n") + 1
            if end == 0:
                if segment + 1 in numbers:
                    segment, offset = segment + 1, 0
                    continue
                break
            leaves: list[bytes] = []
            want = min(upto - index, self._batch - len(out))
            stop = 0
            for _ in range(want):  # bound the check to the lines we will ship
                nl = data.find(b"\n", stop, end)
                if nl < 0:
                    break
                stop = nl + 1
            pos, new_index, new_head = fast(data, 0, stop, index, head, leaves)
            if pos != stop:
                raise LedgerCorrupt(new_index, "entry does not chain-check; shipping stopped (run audit verify)")
            at = 0
            for _ in range(new_index - index):
                nl = data.find(b"\n", at)
                line = data[at:nl]
                sep = line.rfind(b',"hash":"')
                out.append((index, line[sep + 9:sep + 73].decode(), line[9:sep]))
                index, at = index + 1, nl + 1
            offset += stop
            head = new_head
        return out, Cursor(index, head.hex(), segment, offset)

    def _seek(self, index: int) -> Cursor:
        """A cursor at entry ``index`` found by counting lines (after a rewind)."""
        seen = 0
        for path in list_segments(self._dir):
            data = path.read_bytes()
            count = data.count(b"\n")
            if seen + count > index:
                offset = 0
                for _ in range(index - seen):
                    offset = data.index(b"\n", offset) + 1
                line = data[offset:data.index(b"\n", offset)]
                return Cursor(index, line[-66:-2].decode(), int(path.name[7:13]), offset)
            seen += count
        return Cursor()

    # -- shipping ---------------------------------------------------------------
    def _document(self, index: int, digest: str, event: bytes) -> dict[str, Any]:
        doc = json.loads(event)
        gg = doc.setdefault("govgate", {})
        if not isinstance(gg, dict) or "ledger" in gg:
            raise SearchBackendError(f"entry {index}: govgate.ledger is reserved for the shipper")
        gg["ledger"] = {"index": index, "hash": digest, "origin": self._origin}
        return doc

    def _check_watermark(self) -> None:
        """The last shipped document must still be there; else rewind to what is."""
        from elasticsearch import NotFoundError  # noqa: PLC0415 - loaded with the client by now

        c = self.cursor
        if c.next_index == 0:
            return
        try:
            self._es.get(index=self._target, id=c.prev_hash, source=False)
            return
        except NotFoundError:
            pass
        found = self._es.search(index=self._target, size=0, aggs={"top": {"max": {"field": "govgate.ledger.index"}}})
        top = found.get("aggregations", {}).get("top", {}).get("value")
        resume = 0 if top is None else int(top) + 1
        logger.warning("Elasticsearch no longer holds document %d of %s; re-shipping from %d",
                       c.next_index - 1, self._target, resume)
        self.status.rewound += c.next_index - resume
        self.cursor = self._seek(min(resume, c.next_index))
        self._save()

    def ship_once(self) -> int:
        """Ship one bulk request of sealed entries; return how many (0 when caught up)."""
        from elasticsearch import ApiError  # noqa: PLC0415 - loaded with the client by now

        sealed = latest_checkpoint_size(self._dir)
        self.status.sealed = sealed
        try:
            if self._probe:
                self._check_watermark()
                self._probe = False
            entries, after = self._read(sealed)
            if not entries:
                self._mark(0, sealed)
                return 0
            ops: list[dict[str, Any]] = []
            for index, digest, event in entries:
                ops += [{"create": {"_index": self._target, "_id": digest}}, self._document(index, digest, event)]
            response = self._es.bulk(operations=ops)
        except (ApiError, SearchBackendError, LedgerCorrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - transport: connection refused, timeout
            self._probe = True
            raise SearchBackendError(f"Elasticsearch unreachable: {exc.__class__.__name__}") from exc
        if response.get("errors"):
            for item in response["items"]:
                result = next(iter(item.values()))
                status = int(result.get("status", 500))
                if status < 300 or status == 409:
                    continue  # created, or already there from an earlier attempt
                reason = result.get("error", {})
                if status in _RETRY_STATUS:
                    raise SearchBackendError(f"bulk item {status}: retry later")
                raise SearchBackendError(f"document {result.get('_id')} refused ({status}): "
                                         f"{reason.get('type') if isinstance(reason, dict) else reason}")
        self.cursor = after
        self._save()
        self._mark(len(entries), sealed)
        return len(entries)

    def _mark(self, shipped: int, sealed: int) -> None:
        s = self.status
        s.shipped, s.sealed = self.cursor.next_index, sealed
        s.lag = max(0, sealed - s.shipped)
        s.failures, s.last_error = 0, None
        if shipped:
            s.last_success = time.time()

    def run(self, stop: threading.Event, *, idle: float = 1.0) -> None:
        """Ship until ``stop`` is set: catch up in bulks, poll when idle, back off on failure."""
        from elasticsearch import ApiError  # noqa: PLC0415 - loaded with the client by now

        while not stop.is_set():
            try:
                if self.ship_once():
                    continue
                stop.wait(idle)
            except (SearchBackendError, ApiError) as exc:
                self._probe = True
                s = self.status
                s.failures += 1
                s.last_error = str(exc)
                delay = min(self._max_backoff, 0.1 * 2 ** min(s.failures, 16)) * (0.5 + random.random() / 2)
                logger.warning("shipping to %s failed (%d in a row): %s; retrying in %.1fs",
                               self._target, s.failures, exc, delay)
                stop.wait(delay)
            except LedgerCorrupt as exc:
                self.status.last_error = str(exc)
                logger.error("shipping stopped: %s", exc)
                return
