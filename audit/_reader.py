"""Fast, byte-level scanning of the event segments: the chain, the Merkle leaves, torn tails.

Every entry line is, byte for byte (see :mod:`audit._store`)::

    {"event":<E>,"hash":"<sha256(prev || E) hex>","index":<i>,"prev":"<prev hex>"}

The scanner checks that framing and recomputes both hashes over the *stored bytes* E,
without parsing JSON: the chain hash, the Merkle leaves and the signed roots commit to
exactly those bytes, so any change to them is caught there.  This is what makes
verification fast (≈ 2 µs an entry; parsing and re-encoding an event costs ≈ 15 µs).
Whether E is the RFC 8785 form of a JSON object is a property of the writer, checked
by ``deep=True`` (``govgate audit verify --deep``), which re-canonicalises every event.

A line the fast path does not accept is handed to :class:`audit._store.ChainChecker`,
the slow and exact checker, so failures carry the same step numbers and messages
whichever path found them.
"""

from __future__ import annotations

import hashlib
import json
import mmap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from audit._canonical import canonicalize
from audit._merkle import CompactRange
from audit._store import (
    STEP_ENCODING, ZERO_HASH, ChainChecker, Entry, is_torn, Line, list_segments, loads_strict,
)
from audit.errors import InvalidEvent, LedgerVerificationError

_PREFIX = b'{"event":'
_HASH_SEP = b',"hash":"'
_sha256 = hashlib.sha256
_POPULATE = getattr(mmap, "MAP_POPULATE", 0)
_TAIL_FIXED = len(b'},"hash":"') + 64 + len(b'","index":') + len(b',"prev":"') + 64 + len(b'"}')


@dataclass
class ScanResult:
    size: int = 0
    head: bytes = ZERO_HASH
    frontier: CompactRange = field(default_factory=CompactRange)
    torn_offset: int | None = None  # byte offset of a torn last line in the last segment
    last_segment: Path | None = None
    last_segment_bytes: int = 0  # size of the last segment without its torn tail
    leaves: list[bytes] | None = None  # every leaf hash, when asked for


def map_file(path: Path) -> mmap.mmap | bytes:
    """The file's bytes without copying them (a read-only shared mapping, pre-faulted)."""
    with open(path, "rb") as f:
        try:
            return mmap.mmap(f.fileno(), 0, flags=mmap.MAP_SHARED | _POPULATE, prot=mmap.PROT_READ)
        except ValueError:  # an empty file cannot be mapped
            return b""


def fast(data: mmap.mmap | bytes, pos: int, end: int, index: int, head: bytes,
         leaves: list[bytes]) -> tuple[int, int, bytes]:
    """Check the lines of ``data[pos:end]``; return (offset of the first line not accepted, index, head).

    Per line: one SHA-256 over ``0x00 || E`` (the leaf), one over 64 bytes (the chain),
    and one comparison of the whole framing tail with what it must be.  The tail has a
    fixed length for a given number of index digits, so E's end is found by arithmetic,
    not by searching; a line is accepted only if it is exactly ``{"event":`` + E + that
    tail, the same set of lines a search for the last ``,"hash":"`` would accept.  A
    line not accepted — bad, torn or unterminated — stops it.
    """
    sha = _sha256
    find, append = data.find, leaves.append
    prev_hex = head.hex().encode()
    next_width = 10 ** len(str(index))  # the first index with one more digit
    tail = _TAIL_FIXED + len(str(index))  # bytes from E's closing "}" to the newline
    while pos < end:
        nl = find(b"\n", pos, end)
        if nl < 0:
            break
        if index == next_width:
            next_width *= 10
            tail += 1
        p = nl - tail  # E's closing "}", if the line is well formed
        if p < pos + 10 or data[pos:pos + 10] != b'{"event":{':
            break
        leaf = sha(b"\x00" + data[pos + 9:p + 1]).digest()  # one call: cheaper than copy()+update()
        digest = sha(head + leaf).digest()
        hex_digest = digest.hex().encode()
        if data[p:nl] != b'},"hash":"%s","index":%d,"prev":"%s"}' % (hex_digest, index, prev_hex):
            break
        append(leaf)
        head, prev_hex = digest, hex_digest
        index += 1
        pos = nl + 1
    return pos, index, head


def _deep(line: bytes, index: int) -> None:
    """The event bytes are the RFC 8785 form of a JSON object (``--deep``)."""
    event = line.rpartition(_HASH_SEP)[0][9:]
    try:
        value = loads_strict(event)
        ok = isinstance(value, dict) and canonicalize(value) == event
    except (ValueError, UnicodeDecodeError, InvalidEvent):
        ok = False
    if not ok:
        raise LedgerVerificationError(index, "event is not canonical JSON (RFC 8785)", step=STEP_ENCODING)


def _stop_offset(data: mmap.mmap | bytes, pos: int, lines: int) -> int:
    """The offset after ``lines`` more lines from ``pos`` (or the end)."""
    for _ in range(lines):
        nl = data.find(b"\n", pos)
        if nl < 0:
            return len(data)
        pos = nl + 1
    return pos


def scan(directory: Path, *, sizes: Iterator[int] | None = None,
         on_size: Callable[[int, bytes], None] | None = None, deep: bool = False,
         keep_leaves: bool = False, limit: int | None = None) -> ScanResult:
    """Check every entry; call ``on_size(n, root)`` at each size drawn from ``sizes`` (increasing).

    Raises :class:`LedgerVerificationError` (step 3–6) at the first bad entry.  A torn
    final line (unterminated, or terminated but not JSON) ends the scan and is reported
    in ``torn_offset``.  ``limit`` stops after that many entries.
    """
    result = ScanResult(leaves=[] if keep_leaves else None)
    sizes = sizes if sizes is not None else iter(())
    wanted = next(sizes, None)
    segments = list_segments(directory)
    for number, path in enumerate(segments):
        final = number == len(segments) - 1
        data = map_file(path)
        result.last_segment, result.last_segment_bytes = path, len(data)
        pos = 0
        while True:
            if wanted is not None and wanted == result.size:
                if on_size is not None:
                    on_size(wanted, result.frontier.root())
                wanted = next(sizes, None)
                continue
            if pos >= len(data) or (limit is not None and result.size >= limit):
                break
            bound = [n - result.size for n in (wanted, limit) if n is not None]
            end = _stop_offset(data, pos, min(bound)) if bound else len(data)
            batch: list[bytes] = []
            start = pos
            pos, _index, result.head = fast(data, pos, end, result.size, result.head, batch)
            if deep:
                at = start
                for k in range(len(batch)):
                    nl = data.find(b"\n", at)
                    _deep(data[at:nl], result.size + k)
                    at = nl + 1
            result.frontier.extend(batch)
            if result.leaves is not None:
                result.leaves.extend(batch)
            result.size += len(batch)
            if pos < end:  # not accepted: torn, or let the exact checker name the problem
                _reject(data, pos, final, result)
                return result
    if wanted is not None and wanted == result.size and on_size is not None:
        on_size(wanted, result.frontier.root())  # size 0, with no segment at all
    return result


def _reject(data: mmap.mmap | bytes, pos: int, final: bool, result: ScanResult) -> None:
    nl = data.find(b"\n", pos)
    terminated = nl >= 0
    raw = data[pos:nl] if terminated else data[pos:]
    last = final and (not terminated or nl + 1 == len(data))
    line = Line(pos, raw, terminated, last)
    if last and is_torn(line):
        result.torn_offset = result.last_segment_bytes = pos
        return
    if not terminated:
        raise LedgerVerificationError(result.size, "unterminated line", step=STEP_ENCODING)
    checker = ChainChecker()
    checker.size, checker.head = result.size, result.head
    checker.check(raw)  # raises with the exact step for a bad line
    raise LedgerVerificationError(result.size, "line is not in canonical form", step=STEP_ENCODING)


def read_leaves(directory: Path, limit: int | None = None) -> list[bytes]:
    """Leaf hashes of the first ``limit`` entries (all when None), chain-checked on the way."""
    leaves = scan(directory, keep_leaves=True, limit=limit).leaves
    assert leaves is not None
    return leaves


def iter_entries(directory: Path, start: int = 0, stop: int | None = None) -> Iterator[tuple[Entry, bytes]]:
    """Parsed entries ``start ≤ index < stop`` with their event bytes (framing only; no hashing).

    Whole segments before ``start`` are skipped by counting their newlines.  Callers
    that need integrity verify first (or compare hashes, as the shipper does).
    """
    index = 0
    for path in list_segments(directory):
        if stop is not None and index >= stop:
            return
        data = path.read_bytes()
        count = data.count(b"\n")
        if index + count <= start:
            index += count
            continue
        lines = data.split(b"\n")
        lines.pop()  # the unterminated remainder (torn or being written): never returned
        for line in lines:
            if index >= start and (stop is None or index < stop):
                front, sep, rest = line.rpartition(_HASH_SEP)
                try:
                    obj = json.loads(line)
                except ValueError:
                    return  # a torn final line
                yield Entry(index=obj["index"], prev=obj["prev"], hash=obj["hash"], event=obj["event"]), front[9:]
            index += 1
            if stop is not None and index >= stop:
                return
