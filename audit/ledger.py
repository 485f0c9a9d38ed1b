"""The audit ledger: an append-only, hash-chained, Merkle-checkpointed event log with group commit.

An event is acknowledged (its :class:`Receipt` returned) only after its line is written
*and fdatasync'ed*; the gateway sends no byte of data before that.

**Group commit.**  ``append`` is a blocking call, safe from any number of threads.  A
caller encodes its event (canonical JSON, in its own thread), puts it on the queue of
the ledger's *writer thread* under a short lock, and sleeps on a lock of its own.  The
writer takes everything queued at once, chains and hashes it, writes it with one
``write`` and one ``fdatasync``, signs a checkpoint when one is due, and only then
wakes the first caller of that batch; each woken caller wakes the next, so the writer
goes on to the next commit at once.  Callers arriving meanwhile form the next batch,
so under load one fdatasync acknowledges dozens of events, and no caller ever waits
on a lock that another caller holds for longer than a list append.  ``submit`` queues
events the same way without waiting (for an event loop): the writer hands their receipts
to a callback once their batch is settled.  A caller waits at
most for the commit in flight plus its own: the added latency is at most one
group-commit interval beyond its own commit.  If a write or fsync fails, every caller
of that batch gets the error and every later append fails (fail closed) until reopened.

**Checkpoints** are signed at the end of a commit when the tree crosses a multiple of
``checkpoint_every`` entries or, with ``checkpoint_interval_ms``, when the oldest
unsealed entry is that old (a background thread seals an idle tail).  They are written
after the entries they cover are durable.

One writer per directory (``flock`` on ``ledger.lock``).  See :mod:`audit._store` for
the file formats, :mod:`audit.checkpoint` for the notes, :mod:`audit.proof` for proofs.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from keys import Signer

from audit import _reader
from audit._canonical import canonicalize
from audit._commit import Batch, Receipt, event_id_of
from audit._files import SegmentWriter, fsync_dir, truncate_torn
from audit._merkle import EMPTY_ROOT, CompactRange
from audit._store import (
    CHECKPOINTS_NAME, LOCK_NAME, ZERO_HASH, Entry, encode_checkpoint_line, encode_entry, is_torn,
    iter_lines, parse_checkpoint_line, read_tail,
)
from audit.checkpoint import Checkpoint, sign_checkpoint
from audit.errors import AuditError, LedgerCorrupt, LedgerLocked, LedgerVerificationError, LedgerWriteError
from audit.proof import ConsistencyProof, InclusionProof, prove_consistency, prove_inclusion

logger = logging.getLogger(__name__)

DEFAULT_ORIGIN = "govgate.huzhou/audit"
DEFAULT_SEGMENT_BYTES = 64 << 20
_ORIGIN_RE = re.compile(r"^[^\s+]+$")  # origins double as note key names


class Ledger:
    """Use :meth:`Ledger.open`; close with :meth:`close` or a ``with`` block."""

    def __init__(self, directory: Path, signer: Signer, checkpoint_every: int, interval_ms: int | None,
                 origin: str, lock_fd: int, segment_bytes: int, clock: Callable[[], float]) -> None:
        self._directory = directory
        self._signer = signer
        self._every = checkpoint_every
        self._interval = None if interval_ms is None else interval_ms / 1000
        self._origin = origin
        self._lock_fd: int | None = lock_fd
        self._clock = clock
        # Queue of the writer thread — guarded by _lock (held only to append or swap).
        self._lock = threading.Lock()
        self._queue: list[_Request] = []
        self._writer_idle = True  # the writer sleeps on _wake; whoever sets this False releases it
        self._wake = threading.Lock()
        self._wake.acquire()
        self._closing = False
        self._failed: BaseException | None = None
        self._writer: threading.Thread | None = None
        # Chain and tree state — changed only by the writer thread.
        self._size = 0
        self._head = ZERO_HASH
        self._root = EMPTY_ROOT
        self._frontier = CompactRange()
        self._durable = 0
        self._durable_head = ZERO_HASH
        self._last_cp_size = 0
        self._unsealed_since: float | None = None
        self._segments = SegmentWriter(directory, segment_bytes)
        self._cp_fd: int | None = None
        self._sealer: threading.Thread | None = None
        self._stop = threading.Event()
        self.commits = 0  # number of group commits (fdatasyncs of the segment) so far

    # -- opening -------------------------------------------------------------
    @classmethod
    def open(cls, directory: Path, signer: Signer, *, checkpoint_every: int = 1,
             checkpoint_interval_ms: int | None = None, origin: str = DEFAULT_ORIGIN,
             segment_bytes: int = DEFAULT_SEGMENT_BYTES,
             clock: Callable[[], float] = time.monotonic) -> Ledger:
        """Open (creating if needed) and recover the ledger in ``directory``.

        ``checkpoint_every`` N and ``checkpoint_interval_ms`` T: a signed checkpoint
        follows at the latest N entries or T ms (when given) after an entry is durable.
        """
        if checkpoint_every < 1:
            raise AuditError("checkpoint_every must be ≥ 1")
        if checkpoint_interval_ms is not None and checkpoint_interval_ms < 1:
            raise AuditError("checkpoint_interval_ms must be ≥ 1")
        if not _ORIGIN_RE.match(origin):
            raise AuditError("origin must be non-empty, without spaces or '+'")
        if signer.name != origin:
            logger.warning("signing key name %r differs from origin %r (C2SP: SHOULD match)",
                           signer.name, origin)
        directory = Path(directory)
        if not directory.is_dir():
            directory.mkdir(mode=0o750, parents=True, exist_ok=True)
            fsync_dir(directory.parent)  # the new directory's name must survive a crash
        lock_fd = os.open(directory / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o640)
        try:
            fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(lock_fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise LedgerLocked(f"{directory} is held by another ledger writer") from None
            raise LedgerWriteError(f"cannot lock {directory}: {exc.strerror}") from exc
        ledger = cls(directory, signer, checkpoint_every, checkpoint_interval_ms, origin, lock_fd,
                     segment_bytes, clock)
        try:
            ledger._recover()
        except BaseException:
            ledger._release()
            raise
        ledger._writer = threading.Thread(target=ledger._write_loop, name="govgate-ledger-writer", daemon=True)
        ledger._writer.start()
        if ledger._interval is not None:
            ledger._sealer = threading.Thread(target=ledger._seal_loop, name="govgate-ledger-sealer",
                                              daemon=True)
            ledger._sealer.start()
        return ledger

    def _recover(self) -> None:
        """Re-derive chain head and Merkle frontier from the files; drop torn tails.

        Nothing is modified until every check has passed, so a corrupt ledger is left
        exactly as found (it is evidence).
        """
        cp_path = self._directory / CHECKPOINTS_NAME
        last_cp: Checkpoint | None = None
        cp_torn: int | None = None
        try:
            if cp_path.exists():
                for lineno, line in enumerate(iter_lines(cp_path), 1):
                    if is_torn(line):
                        cp_torn = line.offset
                        break
                    cp = parse_checkpoint_line(line, lineno).checkpoint
                    if last_cp is not None and cp.size <= last_cp.size:
                        raise LedgerCorrupt(cp.size - 1, f"{CHECKPOINTS_NAME} line {lineno}: "
                                            "tree sizes must increase")
                    last_cp = cp
            if last_cp is not None and last_cp.origin != self._origin:
                raise LedgerCorrupt(None, f"checkpoints have origin {last_cp.origin!r}, "
                                    f"not {self._origin!r}")
            roots: dict[int, bytes] = {}
            wanted = iter([last_cp.size] if last_cp is not None else [])
            found = _reader.scan(self._directory, sizes=wanted, on_size=roots.__setitem__)
        except LedgerVerificationError as exc:
            raise LedgerCorrupt(exc.index, exc.reason) from None
        if last_cp is not None:
            if last_cp.size > found.size:
                raise LedgerCorrupt(found.size, f"truncated: a signed checkpoint covers {last_cp.size} "
                                    f"entries but only {found.size} are present")
            if roots.get(last_cp.size, EMPTY_ROOT) != last_cp.root_hash:
                raise LedgerCorrupt(max(last_cp.size - 1, 0), "latest checkpoint root does not "
                                    "match the entries")
        # All checks passed: now it is safe to drop torn tails and resume.
        if found.torn_offset is not None and found.last_segment is not None:
            truncate_torn(found.last_segment, found.torn_offset, "entry")
        if cp_torn is not None:
            truncate_torn(cp_path, cp_torn, "checkpoint")
        self._size = self._durable = found.size
        self._head = self._durable_head = found.head
        self._frontier = found.frontier
        self._root = found.frontier.root()
        self._last_cp_size = last_cp.size if last_cp is not None else 0
        if self._size > self._last_cp_size:
            self._unsealed_since = self._clock()
        try:
            self._segments.resume(found.last_segment, found.last_segment_bytes)
            created = not cp_path.exists()
            self._cp_fd = os.open(cp_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o640)
            if created:
                fsync_dir(self._directory)
        except OSError as exc:
            raise LedgerWriteError(f"cannot open ledger files: {exc.strerror}") from exc

    # -- writing -------------------------------------------------------------
    def append(self, event: Mapping[str, Any]) -> Receipt:
        """Durably record one event; return its receipt (raises, never half-acknowledges)."""
        return self.append_many([event])[0]

    def append_many(self, events: Sequence[Mapping[str, Any]]) -> list[Receipt]:
        """Durably record several events, all in the same group commit."""
        canon = [canonicalize(e) for e in events]  # InvalidEvent before anything is written
        if not canon:
            return []
        request = self._submit(_Request(canon, False))
        return self._receipts(request, [event_id_of(e) for e in events])

    def submit(self, events: Sequence[Mapping[str, Any]], on_settled: Callable[[Settled], None]) -> None:
        """``append_many`` without waiting for it: queue ``events`` for the next group commit and
        return at once; ``on_settled(receipts)`` is called once, from the ledger's writer thread,
        when their batch is durable or has failed, and ``receipts()`` then returns the receipts
        or raises ``LedgerWriteError``. For an event loop, which must not block on a commit:
        ``on_settled`` should only hand ``receipts`` over to the waiting side (it must not
        block the writer, and what it raises is logged and dropped).

        Raises at once, with nothing queued, what ``append_many`` raises before writing:
        ``InvalidEvent`` for an event without canonical JSON, ``LedgerWriteError`` for a
        closed or stopped ledger.
        """
        canon = [canonicalize(e) for e in events]  # InvalidEvent before anything is queued
        if not canon:
            raise ValueError("submit() needs at least one event")
        request = _Request(canon, False, waits=False)
        request.on_settled, request.event_ids = on_settled, [event_id_of(e) for e in events]
        self._enqueue(request)

    def _receipts(self, request: _Request, event_ids: Sequence[str | None]) -> list[Receipt]:
        batch = request.batch
        assert batch is not None
        if batch.error is not None:
            raise LedgerWriteError(f"audit write failed: {batch.error}") from batch.error
        first = request.first
        return [batch.receipt(first + k, event_id, self._origin, self._every, self._interval)
                for k, event_id in enumerate(event_ids)]

    def checkpoint(self) -> str | None:
        """Commit what is pending and sign a checkpoint for the size now, if it has none."""
        batch = self._submit(_Request([], True)).batch
        assert batch is not None
        if batch.error is not None:
            raise LedgerWriteError(f"checkpoint failed: {batch.error}") from batch.error
        return batch.note

    def _enqueue(self, request: _Request) -> None:
        """Put ``request`` on the writer thread's queue (waking it if asleep)."""
        with self._lock:
            self._check_usable()
            self._queue.append(request)
            if self._writer_idle:
                self._writer_idle = False
                self._wake.release()

    def _submit(self, request: _Request) -> _Request:
        """Queue ``request`` for the writer thread and sleep until its batch is settled."""
        self._enqueue(request)
        assert request.waiter is not None
        try:
            request.waiter.acquire()  # released once the batch is durable (or failed)
        except BaseException:
            # Interrupted (KeyboardInterrupt in the main thread): the callers after this
            # one in the batch still need the wake-up passed on.
            threading.Thread(target=_pass_on, args=(request,), daemon=True).start()
            raise
        if request.next is not None:
            request.next.waiter.release()  # wake the next caller of the batch (see _commit)
        return request

    def _write_loop(self) -> None:
        """The writer thread: one group commit per turn, until closed."""
        while True:
            self._wake.acquire()  # asleep while nothing is queued
            while True:
                with self._lock:
                    requests, self._queue = self._queue, []
                    if not requests:
                        self._writer_idle = True
                        break
                self._commit(requests)
            if self._closing:
                return

    def _commit(self, requests: list[_Request]) -> None:
        """Writer thread only: chain, write + fdatasync, sign a checkpoint if due, release the callers."""
        batch = Batch(self._size)
        batch.force_checkpoint = any(r.force_checkpoint for r in requests)
        error: BaseException | None = self._failed
        note = None
        size, head = self._size, self._head
        if error is None:
            try:
                for r in requests:
                    r.first = size
                    for c in r.canon:
                        line, digest, leaf = encode_entry(size, head, c)
                        batch.add(line, head, digest, leaf)
                        head = digest
                        size += 1
                if batch.lines:
                    self._segments.write(b"".join(batch.lines))  # one write, one fdatasync
                    self.commits += 1
                self._frontier.extend(batch.leaves)
                batch.tree_size, batch.root = self._frontier.size, self._frontier.root()
                now = self._clock()
                if batch.lines and self._unsealed_since is None:
                    self._unsealed_since = now
                if self._checkpoint_due(batch, now):
                    note = self._write_checkpoint(batch.tree_size, batch.root)
                    self._unsealed_since = None
            except OSError as exc:
                error = exc
                self._segments.rollback()  # best effort: drop a partly written batch
            except BaseException as exc:  # noqa: BLE001 - e.g. a signer failure: fail closed
                error = exc
        if error is not None:
            # After a failed write or fsync the file state is unknown (and Linux may
            # report a later fsync as clean): refuse every append until reopened.
            with self._lock:
                self._failed = error
            batch.error = error
        else:
            self._size = self._durable = batch.tree_size
            self._head = head
            if batch.hashes:
                self._durable_head = batch.hashes[-1]
            self._root = batch.root
        batch.note = note
        # Each woken caller wakes the next one, so the writer goes straight on to the next
        # commit (its fdatasync overlaps the wake-ups) instead of paying every wake-up itself.
        waiting = [r for r in requests if r.waiter is not None]
        for r, after in zip(waiting, waiting[1:] + [None]):
            r.batch, r.next = batch, after
        if waiting:
            waiting[0].waiter.release()  # type: ignore[union-attr]
        for r in requests:  # submitted without waiting: their callbacks only hand the result over
            if r.on_settled is not None:
                r.batch = batch
                try:
                    r.on_settled(partial(self._receipts, r, r.event_ids))
                except BaseException:  # noqa: BLE001 - the writer must go on committing
                    logger.exception("an on_settled callback failed")

    def _checkpoint_due(self, batch: Batch, now: float) -> bool:
        size, last = batch.tree_size, self._last_cp_size
        if size <= last:
            return False
        if batch.force_checkpoint or size // self._every > last // self._every:
            return True
        since = self._unsealed_since
        return self._interval is not None and since is not None and now - since >= self._interval

    def _write_checkpoint(self, size: int, root: bytes) -> str:
        # Leader only, after the entries it covers are durable.
        note = sign_checkpoint(Checkpoint(self._origin, size, root), self._signer)
        assert self._cp_fd is not None
        data = encode_checkpoint_line(note)
        view = memoryview(data)
        while view:
            view = view[os.write(self._cp_fd, view):]
        os.fdatasync(self._cp_fd)
        self._last_cp_size = size
        return note

    def _seal_loop(self) -> None:
        """Background: sign a checkpoint once the oldest unsealed entry is ``interval`` old."""
        assert self._interval is not None
        timeout = self._interval
        while not self._stop.wait(timeout):
            since = self._unsealed_since
            timeout = self._interval
            if since is None:
                continue
            remaining = since + self._interval - self._clock()
            if remaining > 0:
                timeout = remaining
                continue
            try:
                self.checkpoint()
            except AuditError:
                logger.exception("could not seal the ledger tail; appends now fail closed")
                return

    def _check_usable(self) -> None:
        if self._closing:
            raise LedgerWriteError("ledger is closed")
        if self._failed is not None:
            raise LedgerWriteError("ledger stopped after an earlier write failure; reopen it")

    def writable(self) -> bool:
        """Open and not stopped by a write failure (readiness: appends would be attempted)."""
        return self._lock_fd is not None and self._failed is None

    # -- reading -------------------------------------------------------------
    @property
    def size(self) -> int:
        """Entries acknowledged (durable) so far."""
        return self._durable

    @property
    def head(self) -> str:
        """Chain hash of the last acknowledged entry."""
        return self._durable_head.hex()

    @property
    def root_hash(self) -> str:
        """Merkle root over the acknowledged entries."""
        return self._root.hex()

    directory = property(lambda self: self._directory)
    origin = property(lambda self: self._origin)

    def tail(self, n: int) -> list[Entry]:
        return read_tail(self._directory, n)

    def iter_entries(self) -> Iterator[Entry]:
        """Every acknowledged entry, re-checked against the chain first."""
        limit = self._durable
        try:
            _reader.scan(self._directory, limit=limit)
        except LedgerVerificationError as exc:
            raise LedgerCorrupt(exc.index, exc.reason) from None
        for entry, _event in _reader.iter_entries(self._directory, 0, limit):
            yield entry

    def prove_inclusion(self, index: int, tree_size: int | None = None) -> InclusionProof:
        """RFC 9162 inclusion proof of entry ``index`` in the tree of ``tree_size`` (default: now)."""
        size = self._durable if tree_size is None else tree_size
        return prove_inclusion(_reader.read_leaves(self._directory, size), index, size)

    def prove_consistency(self, old_size: int, new_size: int | None = None) -> ConsistencyProof:
        size = self._durable if new_size is None else new_size
        return prove_consistency(_reader.read_leaves(self._directory, size), old_size, size)

    # -- closing -------------------------------------------------------------
    def close(self) -> None:
        """Seal the unsealed tail with a checkpoint, then stop the writer and release files and lock."""
        self._stop.set()
        if self._sealer is not None and self._sealer is not threading.current_thread():
            self._sealer.join()
        if self._lock_fd is None:
            return
        if self._failed is None:
            try:
                self.checkpoint()
            except LedgerWriteError:
                logger.exception("could not seal the ledger on close")
        with self._lock:
            self._closing = True  # from now on appends are refused; nothing more is queued
            if self._writer_idle:
                self._writer_idle = False
                self._wake.release()
        if self._writer is not None:
            self._writer.join()
        self._release()

    def _release(self) -> None:
        self._segments.close()
        for fd in (self._cp_fd, self._lock_fd):
            if fd is not None:
                os.close(fd)  # closing the lock fd releases the flock
        self._cp_fd = self._lock_fd = None

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Ledger({str(self._directory)!r}, size={self._durable}, origin={self._origin!r})"


def _pass_on(request: _Request) -> None:
    assert request.waiter is not None
    request.waiter.acquire()
    if request.next is not None:
        request.next.waiter.release()  # type: ignore[union-attr]


#: What ``Ledger.submit`` hands to ``on_settled``: returns the receipts, or raises LedgerWriteError.
Settled = Callable[[], list[Receipt]]


class _Request:
    """One caller's events (or a checkpoint request) on the writer's queue."""

    __slots__ = ("canon", "force_checkpoint", "waiter", "on_settled", "event_ids", "first", "batch", "next")

    def __init__(self, canon: list[bytes], force_checkpoint: bool, *, waits: bool = True) -> None:
        self.canon = canon
        self.force_checkpoint = force_checkpoint
        self.waiter: threading.Lock | None = None
        if waits:
            self.waiter = threading.Lock()
            self.waiter.acquire()  # the caller blocks on it; the writer releases it
        # instead of a waiter (Ledger.submit): called by the writer with the receipts' thunk
        self.on_settled: Callable[[Settled], None] | None = None
        self.event_ids: list[str | None] = []
        self.first = 0  # index of the first event, set by the writer
        self.batch: Batch | None = None
        self.next: _Request | None = None  # the next caller of the same batch, woken by this one
