"""File plumbing of the ledger writer: segment rotation, fsync of directories, torn tails."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from audit._store import segment_name

logger = logging.getLogger("audit.ledger")


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def truncate_torn(path: Path, offset: int, what: str) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.truncate(offset)
        f.flush()
        os.fsync(f.fileno())
    # Byte counts only: the torn bytes are audit content and stay out of logs.
    logger.warning("%s: dropped a torn %s of %d bytes at offset %d (never acknowledged)",
                   path, what, size - offset, offset)


class SegmentWriter:
    """Appends to ``events-NNNNNN.jsonl``, starting a new segment past ``max_bytes``."""

    def __init__(self, directory: Path, max_bytes: int) -> None:
        self._directory = directory
        self._max = max_bytes
        self.fd: int | None = None
        self._number = 0
        self._bytes = 0  # durable length of the current segment

    def resume(self, last: Path | None, length: int) -> None:
        if last is None:
            self._open(1)
        else:
            self._number = int(last.name[7:13])
            self.fd = os.open(last, os.O_WRONLY | os.O_APPEND | os.O_CLOEXEC)
            self._bytes = length

    def _open(self, number: int) -> None:
        path = self._directory / segment_name(number)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o640)
        fsync_dir(self._directory)  # the new file's name must survive a crash too
        if self.fd is not None:
            os.close(self.fd)
        self.fd, self._number, self._bytes = fd, number, 0

    def write(self, data: bytes) -> None:
        """Write ``data`` (whole lines) and fdatasync it; rotate first if the segment is full."""
        if self._bytes and self._bytes + len(data) > self._max:
            self._open(self._number + 1)  # the old segment is already durable
        assert self.fd is not None
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]
        os.fdatasync(self.fd)
        self._bytes += len(data)

    def rollback(self) -> None:
        """After a failed write: cut the segment back to its durable length (best effort)."""
        if self.fd is None:
            return
        try:
            os.ftruncate(self.fd, self._bytes)
        except OSError:
            pass

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
