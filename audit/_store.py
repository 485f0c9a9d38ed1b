"""On-disk layout of a ledger and the entry checks shared by the writer and the verifier.

Directory::

    ledger.lock            flock'ed by the one writer for its lifetime
    events-000001.jsonl    entries, one per line (more segments later; read in order)
    checkpoints.jsonl      one signed checkpoint note per line: {"note": "<note text>"}

Entry line (RFC 8785 canonical JSON of the object, then ``\\n``)::

    {"event":{…},"hash":"<hex>","index":<i>,"prev":"<hex>"}

* The Merkle leaf of entry ``i`` is ``leaf = leaf_hash(canonical(event)) =
  SHA-256(0x00 || canonical(event))`` (RFC 9162).
* ``hash = SHA-256(prev_bytes || leaf)`` — the hash chain, over the leaf so that the
  event bytes are hashed once (verification speed); ``prev`` of index 0 is 32 zero bytes.
* Every line must be *byte-identical* to the canonical encoding of what it
  parses to, so no byte can change without the content changing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audit._canonical import canonicalize
from audit._merkle import CompactRange, leaf_hash
from audit.checkpoint import SignedNote, split_note
from audit.errors import InvalidCheckpoint, InvalidEvent, LedgerVerificationError

ZERO_HASH = bytes(32)
LOCK_NAME = "ledger.lock"
CHECKPOINTS_NAME = "checkpoints.jsonl"
_SEGMENT_RE = re.compile(r"^events-(\d{6})\.jsonl$")
_HEX64_RE = re.compile(r"^[0-9a-f]{64}$")

# Verification step numbers (documented in audit.verify.verify_ledger).
STEP_FILES, STEP_CHECKPOINT_FORMAT, STEP_ENCODING, STEP_INDEX, STEP_LINK, STEP_HASH = 1, 2, 3, 4, 5, 6
STEP_SIGNATURE, STEP_ROOT, STEP_COMPLETE = 7, 8, 9


def segment_name(number: int) -> str:
    return f"events-{number:06d}.jsonl"


def list_segments(directory: Path) -> list[Path]:
    """Event segments in order; their numbers must run 1, 2, 3 … with no gap."""
    found: dict[int, Path] = {}
    for path in directory.iterdir():
        if path.name.startswith("events-"):
            m = _SEGMENT_RE.match(path.name)
            if not m:
                raise LedgerVerificationError(None, f"unexpected file {path.name}", step=STEP_FILES)
            found[int(m.group(1))] = path
    numbers = sorted(found)
    if numbers != list(range(1, len(numbers) + 1)):
        raise LedgerVerificationError(None, f"segment numbers not contiguous: {numbers}", step=STEP_FILES)
    return [found[n] for n in numbers]


@dataclass(frozen=True)
class Line:
    offset: int  # byte offset of the line's start in its file
    data: bytes  # without the newline
    terminated: bool  # ended with b"\n"
    last: bool  # last line of the file (within the read limit)


def iter_lines(path: Path, limit: int | None = None) -> Iterator[Line]:
    """Lines of ``path`` with one line of look-ahead, so callers can tell the last one."""
    with open(path, "rb") as f:
        offset, pending = 0, None
        for raw in f:
            if limit is not None and offset + len(raw) > limit:
                raw = raw[: limit - offset]
            if pending is not None:
                yield pending
            terminated = raw.endswith(b"\n")
            pending = Line(offset, raw[:-1] if terminated else raw, terminated, False)
            offset += len(raw)
            if limit is not None and offset >= limit:
                break
        if pending is not None:
            yield Line(pending.offset, pending.data, pending.terminated, True)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise ValueError("duplicate key")
    return obj


def loads_strict(data: bytes) -> Any:
    """JSON without NaN/Infinity or duplicate keys (Python's json allows both)."""
    return json.loads(data.decode("utf-8"), parse_constant=_reject_constant, object_pairs_hook=_unique_keys)


def is_torn(line: Line) -> bool:
    """A last line that is unterminated or not JSON: a write interrupted by a crash.

    Such a line was never acknowledged (acknowledgement follows fsync of the
    whole line), so the writer may drop it; only the *last* line can be torn.
    """
    if not line.last:
        return False
    if not line.terminated:
        return True
    try:
        loads_strict(line.data)
    except (ValueError, UnicodeDecodeError):
        return True
    return False


def _line(canonical_event: bytes, hash_hex: str, index: int, prev_hex: str) -> bytes:
    # Keys in RFC 8785 order (event < hash < index < prev): the result *is* the
    # canonical encoding of the entry object, without canonicalizing the event twice.
    return b"".join((
        b'{"event":', canonical_event, b',"hash":"', hash_hex.encode(),
        b'","index":', str(index).encode(), b',"prev":"', prev_hex.encode(), b'"}',
    ))


def chain_hash(prev: bytes, leaf: bytes) -> bytes:
    """The chain hash of an entry: ``SHA-256(prev || leaf)``."""
    return hashlib.sha256(prev + leaf).digest()


def encode_entry(index: int, prev: bytes, canonical_event: bytes) -> tuple[bytes, bytes, bytes]:
    """(line bytes incl. newline, chain hash, Merkle leaf hash) for a new entry."""
    leaf = leaf_hash(canonical_event)
    digest = chain_hash(prev, leaf)
    return _line(canonical_event, digest.hex(), index, prev.hex()) + b"\n", digest, leaf


@dataclass(frozen=True)
class Entry:
    index: int
    prev: str
    hash: str
    event: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "prev": self.prev, "hash": self.hash, "event": self.event}


class ChainChecker:
    """Re-derives the chain and the Merkle frontier entry by entry (steps 3–6)."""

    def __init__(self) -> None:
        self.size = 0
        self.head = ZERO_HASH
        self.frontier = CompactRange()

    def check(self, data: bytes) -> Entry:
        i = self.size
        try:
            obj = loads_strict(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise LedgerVerificationError(i, f"line is not valid JSON ({exc.__class__.__name__})",
                                          step=STEP_ENCODING) from None
        if not isinstance(obj, dict) or set(obj) != {"event", "hash", "index", "prev"}:
            raise LedgerVerificationError(i, "entry must have exactly event, hash, index, prev",
                                          step=STEP_ENCODING)
        index, prev, digest, event = obj["index"], obj["prev"], obj["hash"], obj["event"]
        if (not isinstance(event, dict) or isinstance(index, bool) or not isinstance(index, int)
                or not isinstance(prev, str) or not _HEX64_RE.match(prev)
                or not isinstance(digest, str) or not _HEX64_RE.match(digest)):
            raise LedgerVerificationError(i, "entry fields have the wrong types", step=STEP_ENCODING)
        try:
            canonical_event = canonicalize(event)
        except InvalidEvent as exc:
            raise LedgerVerificationError(i, str(exc), step=STEP_ENCODING) from None
        if _line(canonical_event, digest, index, prev) != data:
            raise LedgerVerificationError(i, "line is not in canonical form", step=STEP_ENCODING)
        if index != i:
            raise LedgerVerificationError(i, f"entry at position {i} claims index {index} "
                                          "(deleted, inserted or reordered entries)", step=STEP_INDEX)
        if prev != self.head.hex():
            raise LedgerVerificationError(i, "prev does not match the previous entry's hash "
                                          "(an entry before it was removed or replaced)", step=STEP_LINK)
        leaf = leaf_hash(canonical_event)
        computed = chain_hash(self.head, leaf)
        if digest != computed.hex():
            raise LedgerVerificationError(i, "hash does not match SHA-256(prev || leaf_hash(event)) "
                                          "(event modified)", step=STEP_HASH)
        self.frontier.append(leaf)
        self.head = computed
        self.size += 1
        return Entry(index=index, prev=prev, hash=digest, event=event)


def read_tail(directory: Path, n: int) -> list[Entry]:
    """The last ``n`` entries, read backwards from the end (parsed, not re-verified)."""
    if n <= 0:
        return []
    out: list[Entry] = []
    for path in reversed(list_segments(directory)):
        lines = _last_lines(path, n - len(out))
        for data in reversed(lines):
            obj = loads_strict(data)
            out.append(Entry(index=obj["index"], prev=obj["prev"], hash=obj["hash"], event=obj["event"]))
        if len(out) >= n:
            break
    return list(reversed(out))


def _last_lines(path: Path, n: int, block: int = 64 * 1024) -> list[bytes]:
    """The last ``n`` complete (newline-terminated, JSON) lines of ``path``."""
    with open(path, "rb") as f:
        end = f.seek(0, os.SEEK_END)
        buf, pos = b"", end
        while pos > 0 and buf.count(b"\n") <= n + 1:
            step = min(block, pos)
            pos -= step
            f.seek(pos)
            buf = f.read(step) + buf
    parts = buf.split(b"\n")
    tail = parts.pop()  # after the final newline: b"" or an unterminated (torn) line
    if pos > 0:
        parts = parts[1:]  # the first piece may start mid-line
    lines = [p for p in parts if p]
    if not tail and lines:
        try:
            loads_strict(lines[-1])
        except (ValueError, UnicodeDecodeError):
            lines.pop()  # newline-terminated but not JSON: torn, never acknowledged
    return lines[-n:]


def encode_checkpoint_line(note: str) -> bytes:
    return canonicalize({"note": note}) + b"\n"


def parse_checkpoint_line(line: Line, lineno: int) -> SignedNote:
    """A checkpoints.jsonl line → its note (framing only; signatures are checked later)."""
    where = f"{CHECKPOINTS_NAME} line {lineno}"
    try:
        obj = loads_strict(line.data)
    except (ValueError, UnicodeDecodeError):
        raise LedgerVerificationError(None, f"{where}: not valid JSON", step=STEP_CHECKPOINT_FORMAT) from None
    if not isinstance(obj, dict) or set(obj) != {"note"} or not isinstance(obj["note"], str):
        raise LedgerVerificationError(None, f"{where}: must be {{\"note\": text}}", step=STEP_CHECKPOINT_FORMAT)
    if not line.terminated or encode_checkpoint_line(obj["note"])[:-1] != line.data:
        raise LedgerVerificationError(None, f"{where}: not in canonical form", step=STEP_CHECKPOINT_FORMAT)
    try:
        note = split_note(obj["note"])
        note.checkpoint  # noqa: B018 - parse the body now: a bad body has no size to blame
    except InvalidCheckpoint as exc:
        raise LedgerVerificationError(None, f"{where}: {exc}", step=STEP_CHECKPOINT_FORMAT) from None
    return note
