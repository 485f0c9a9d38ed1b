"""The audit ledger: an append-only, hash-chained, Merkle-checkpointed event log.

An event is acknowledged (a :class:`Receipt` returned) only after its line is
written *and fsync'ed*; the gateway sends no byte of data before that.  See
:mod:`audit._store` for the file formats and :mod:`audit.checkpoint` for the
signed checkpoint notes.

One writer per directory: :meth:`Ledger.open` takes an exclusive ``flock`` on
``ledger.lock`` for the ledger's lifetime (a second writer, in this process or
another, gets :class:`LedgerLocked`); within the process a mutex serialises
appends.  Readers (``audit tail``, ``verify_ledger``) take no lock.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from keys import Signer
from pydantic import BaseModel, ConfigDict

from audit._canonical import canonicalize
from audit._merkle import EMPTY_ROOT, CompactRange, leaf_hash
from audit._store import (
    CHECKPOINTS_NAME, LOCK_NAME, ZERO_HASH, Entry, encode_checkpoint_line, encode_entry, is_torn,
    iter_checked, iter_lines, list_segments, parse_checkpoint_line, read_tail, segment_name,
)
from audit.checkpoint import Checkpoint, sign_checkpoint
from audit.errors import (
    AuditError, LedgerCorrupt, LedgerLocked, LedgerVerificationError, LedgerWriteError,
)

logger = logging.getLogger(__name__)

DEFAULT_ORIGIN = "govgate.huzhou/audit"
_ORIGIN_RE = re.compile(r"^[^\s+]+$")  # origins double as note key names
_fdatasync = getattr(os, "fdatasync", os.fsync)


class Receipt(BaseModel):
    """Proof of acknowledgement handed back with the data.

    ``event_hash`` is the chain hash of this entry (``SHA-256(prev || canonical
    event)``), ``leaf_hash`` its RFC 9162 Merkle leaf.  ``tree_size``,
    ``root_hash`` and ``chain_head`` describe the ledger right after the append
    call that recorded this entry; ``checkpoint`` is the signed note for that
    tree size when one was written (``checkpoint_every``), else ``None``.
    """

    model_config = ConfigDict(frozen=True)

    index: int
    event_id: str | None
    prev_hash: str
    event_hash: str
    leaf_hash: str
    chain_head: str
    tree_size: int
    root_hash: str
    origin: str
    checkpoint: str | None = None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _open_append(path: Path) -> int:
    created = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o640)
    if created:
        _fsync_dir(path.parent)  # the new file's name must survive a crash too
    return fd


def _truncate(path: Path, offset: int, what: str) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.truncate(offset)
        f.flush()
        os.fsync(f.fileno())
    # Byte counts only: the torn bytes are audit content and stay out of logs.
    logger.warning("%s: dropped a torn %s of %d bytes at offset %d (never acknowledged)",
                   path, what, size - offset, offset)


class Ledger:
    """Use :meth:`Ledger.open`; close with :meth:`close` or a ``with`` block."""

    def __init__(self, directory: Path, signer: Signer, checkpoint_every: int, origin: str,
                 lock_fd: int) -> None:
        self._directory = directory
        self._signer = signer
        self._every = checkpoint_every
        self._origin = origin
        self._lock_fd: int | None = lock_fd
        self._mutex = threading.Lock()
        self._size = 0
        self._head = ZERO_HASH
        self._frontier = CompactRange()
        self._last_cp_size = 0
        self._seg_fd: int | None = None
        self._cp_fd: int | None = None
        self._failed: BaseException | None = None

    # -- opening -------------------------------------------------------------
    @classmethod
    def open(cls, directory: Path, signer: Signer, *, checkpoint_every: int = 1,
             origin: str = DEFAULT_ORIGIN) -> Ledger:
        if checkpoint_every < 1:
            raise AuditError("checkpoint_every must be ≥ 1")
        if not _ORIGIN_RE.match(origin):
            raise AuditError("origin must be non-empty, without spaces or '+'")
        if signer.name != origin:
            logger.warning("signing key name %r differs from origin %r (C2SP: SHOULD match)",
                           signer.name, origin)
        directory = Path(directory)
        if not directory.is_dir():
            directory.mkdir(mode=0o750, parents=True, exist_ok=True)
            _fsync_dir(directory.parent)  # the new directory's name must survive a crash
        lock_fd = os.open(directory / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o640)
        try:
            fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(lock_fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise LedgerLocked(f"{directory} is held by another ledger writer") from None
            raise LedgerWriteError(f"cannot lock {directory}: {exc.strerror}") from exc
        ledger = cls(directory, signer, checkpoint_every, origin, lock_fd)
        try:
            ledger._recover()
        except BaseException:
            ledger._release()
            raise
        return ledger

    def _recover(self) -> None:
        """Re-derive chain head and Merkle frontier from the files; drop torn tails.

        Nothing is modified until every check has passed, so a corrupt ledger
        is left exactly as found (it is evidence).
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
            root_at_cp = EMPTY_ROOT
            ev_torn: int | None = None
            checker = None
            for entry, line, checker in iter_checked(self._directory):
                if entry is None:
                    ev_torn = line.offset
                elif last_cp is not None and checker.size == last_cp.size:
                    root_at_cp = checker.frontier.root()
        except LedgerVerificationError as exc:
            raise LedgerCorrupt(exc.index, exc.reason) from None
        size = checker.size if checker is not None else 0
        if last_cp is not None:
            if last_cp.size > size:
                raise LedgerCorrupt(size, f"truncated: a signed checkpoint covers {last_cp.size} "
                                    f"entries but only {size} are present")
            if root_at_cp != last_cp.root_hash:
                raise LedgerCorrupt(max(last_cp.size - 1, 0), "latest checkpoint root does not "
                                    "match the entries")
        # All checks passed: now it is safe to drop torn tails and resume.
        segments = list_segments(self._directory)
        if ev_torn is not None:
            _truncate(segments[-1], ev_torn, "entry")
        if cp_torn is not None:
            _truncate(cp_path, cp_torn, "checkpoint")
        if checker is not None:
            self._size, self._head, self._frontier = checker.size, checker.head, checker.frontier
        self._last_cp_size = last_cp.size if last_cp is not None else 0
        try:
            self._seg_fd = _open_append(segments[-1] if segments else self._directory / segment_name(1))
            self._cp_fd = _open_append(cp_path)
        except OSError as exc:
            raise LedgerWriteError(f"cannot open ledger files: {exc.strerror}") from exc

    # -- writing -------------------------------------------------------------
    def append(self, event: Mapping[str, Any]) -> Receipt:
        """Durably record one event; return its receipt (raises, never half-acknowledges)."""
        return self.append_many([event])[0]

    def append_many(self, events: Sequence[Mapping[str, Any]]) -> list[Receipt]:
        """Durably record several events with one write and one fsync (group commit)."""
        canon = [canonicalize(e) for e in events]  # InvalidEvent before anything is written
        if not canon:
            return []
        with self._mutex:
            self._check_usable()
            first, prev = self._size, self._head
            chunks, hashes, prevs = [], [], []
            for k, c in enumerate(canon):
                line, digest = encode_entry(first + k, prev, c)
                chunks.append(line)
                prevs.append(prev)
                hashes.append(digest)
                prev = digest
            assert self._seg_fd is not None
            try:
                _write_all(self._seg_fd, b"".join(chunks))
                _fdatasync(self._seg_fd)
            except OSError as exc:
                # After a failed write or fsync the file state is unknown (and
                # Linux may report a later fsync as clean): stop accepting appends.
                self._failed = exc
                raise LedgerWriteError(f"audit write failed: {exc.strerror}") from exc
            leaves = [leaf_hash(c) for c in canon]
            for lf in leaves:
                self._frontier.append(lf)
            self._size += len(canon)
            self._head = prev
            root = self._frontier.root()
            note = None
            if self._size // self._every > self._last_cp_size // self._every:
                note = self._write_checkpoint(root)
            return [
                Receipt(
                    index=first + k, event_id=_event_id(events[k]), prev_hash=prevs[k].hex(),
                    event_hash=hashes[k].hex(), leaf_hash=leaves[k].hex(), chain_head=prev.hex(),
                    tree_size=self._size, root_hash=root.hex(), origin=self._origin, checkpoint=note,
                )
                for k in range(len(canon))
            ]

    def checkpoint(self) -> str | None:
        """Sign and store a checkpoint for the current size now, if it has none."""
        with self._mutex:
            self._check_usable()
            if self._size == self._last_cp_size:
                return None
            return self._write_checkpoint(self._frontier.root())

    def _write_checkpoint(self, root: bytes) -> str:
        # Called with the mutex held, after the entries it covers are durable.
        note = sign_checkpoint(Checkpoint(self._origin, self._size, root), self._signer)
        assert self._cp_fd is not None
        try:
            _write_all(self._cp_fd, encode_checkpoint_line(note))
            _fdatasync(self._cp_fd)
        except OSError as exc:
            self._failed = exc
            raise LedgerWriteError(f"checkpoint write failed: {exc.strerror}") from exc
        self._last_cp_size = self._size
        return note

    def _check_usable(self) -> None:
        if self._lock_fd is None:
            raise LedgerWriteError("ledger is closed")
        if self._failed is not None:
            raise LedgerWriteError("ledger stopped after an earlier write failure; reopen it")

    # -- reading -------------------------------------------------------------
    @property
    def size(self) -> int:
        return self._size

    @property
    def head(self) -> str:
        return self._head.hex()

    @property
    def root_hash(self) -> str:
        with self._mutex:
            return self._frontier.root().hex()

    @property
    def directory(self) -> Path:
        return self._directory

    @property
    def origin(self) -> str:
        return self._origin

    def tail(self, n: int) -> list[Entry]:
        with self._mutex:
            return read_tail(self._directory, n)

    def iter_entries(self) -> Iterator[Entry]:
        """Every entry, re-checked against the chain, up to the size at call time."""
        limit = self._size
        try:
            for entry, _line, _checker in iter_checked(self._directory):
                if entry is None or entry.index >= limit:
                    return
                yield entry
        except LedgerVerificationError as exc:
            raise LedgerCorrupt(exc.index, exc.reason) from None

    # -- closing -------------------------------------------------------------
    def close(self) -> None:
        """Seal the unsealed tail with a checkpoint, then release files and lock."""
        with self._mutex:
            if self._lock_fd is None:
                return
            if self._failed is None and self._size > self._last_cp_size:
                try:
                    self._write_checkpoint(self._frontier.root())
                except LedgerWriteError:
                    logger.exception("could not seal the ledger on close")
            self._release()

    def _release(self) -> None:
        for fd in (self._seg_fd, self._cp_fd, self._lock_fd):
            if fd is not None:
                os.close(fd)  # closing the lock fd releases the flock
        self._seg_fd = self._cp_fd = self._lock_fd = None

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Ledger(directory={str(self._directory)!r}, size={self._size}, origin={self._origin!r})"


def _event_id(event: Mapping[str, Any]) -> str | None:
    inner = event.get("event")
    value = inner.get("id") if isinstance(inner, Mapping) else None
    return value if isinstance(value, str) else None
