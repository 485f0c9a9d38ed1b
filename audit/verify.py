"""Offline verification of a ledger directory against trusted public keys."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from keys import SignatureError

from audit import _parallel, _reader
from audit._store import (
    CHECKPOINTS_NAME, STEP_CHECKPOINT_FORMAT, STEP_COMPLETE, STEP_FILES, STEP_ROOT, STEP_SIGNATURE,
    ZERO_HASH, iter_lines, is_torn, parse_checkpoint_line,
)
from audit.checkpoint import Checkpoint, SignedNote, split_note, verify_note
from audit.errors import InvalidCheckpoint, LedgerNotFound, LedgerVerificationError


@dataclass(frozen=True)
class VerifyReport:
    entries_checked: int
    checkpoints_checked: int
    head: str  # chain hash of the last entry (64 zero hex digits if empty)
    root_hash: str  # RFC 9162 root over all entries
    latest_checkpoint_size: int  # 0 if no checkpoint
    unsealed: int  # entries after the latest signed checkpoint (protected by receipts only)
    torn_tail: bool  # an unacknowledged partial last line was present (and ignored)
    origin: str | None
    latest_checkpoint: str | None = None  # the latest signed note, as stored
    deep: bool = False  # events were also re-canonicalised


@dataclass(frozen=True)
class _Pending:
    lineno: int  # 0 for a known checkpoint given by the caller
    note: SignedNote
    checkpoint: Checkpoint
    text: str  # the note as given (known checkpoints) or its body (stored ones)


def raw_public_keys(public_keys: Mapping[str, object]) -> dict[str, bytes]:
    raw: dict[str, bytes] = {}
    for key_id, key in public_keys.items():
        if hasattr(key, "public_bytes_raw"):  # an Ed25519PublicKey from Keyring.public_keys
            key = key.public_bytes_raw()
        if not isinstance(key, bytes | bytearray):
            raise LedgerVerificationError(None, f"public key {key_id} is not raw bytes", step=STEP_FILES)
        raw[key_id] = bytes(key)
    return raw


def _checkpoints(path: Path, limit: int, origin: str | None) -> Iterator[_Pending]:
    if limit == 0:
        return
    previous = -1
    for lineno, line in enumerate(iter_lines(path, limit), 1):
        if is_torn(line):
            return  # a checkpoint write cut short by a crash; nothing relied on it
        note = parse_checkpoint_line(line, lineno)
        cp = note.checkpoint
        where = f"{CHECKPOINTS_NAME} line {lineno}"
        if origin is None:
            origin = cp.origin
        if cp.origin != origin:
            raise LedgerVerificationError(None, f"{where}: origin {cp.origin!r}, expected {origin!r} "
                                          "(a checkpoint of another log replayed here)", step=STEP_CHECKPOINT_FORMAT)
        if cp.size <= previous:
            raise LedgerVerificationError(None, f"{where}: tree size {cp.size} after {previous} "
                                          "(checkpoints replayed, reordered or inserted)",
                                          step=STEP_CHECKPOINT_FORMAT)
        previous = cp.size
        yield _Pending(lineno, note, cp, note.body)


def _known(notes: Sequence[str], origin: str | None) -> list[_Pending]:
    out = []
    for text in notes:
        try:
            note = split_note(text)
            cp = note.checkpoint
        except InvalidCheckpoint as exc:
            raise LedgerVerificationError(None, f"known checkpoint: {exc}", step=STEP_CHECKPOINT_FORMAT) from None
        if origin is not None and cp.origin != origin:
            raise LedgerVerificationError(None, f"known checkpoint has origin {cp.origin!r}, expected {origin!r}",
                                          step=STEP_CHECKPOINT_FORMAT)
        out.append(_Pending(0, note, cp, text))
    return out


def verify_ledger(directory: Path, public_keys: Mapping[str, object], *, origin: str | None = None,
                  deep: bool = False, known: Sequence[str] = (), workers: int = 1) -> VerifyReport:
    """Verify every entry and every checkpoint; raise on the first problem.

    ``public_keys`` maps key id → raw Ed25519 public key (bytes) or an
    ``Ed25519PublicKey``; it must not be empty.  ``origin``, if given, is the origin
    every checkpoint must carry.  ``known`` are signed checkpoint notes obtained
    earlier (from receipts, a witness, a previous bundle): the ledger must still
    contain each of them — a ledger rolled back or forked behind them fails.
    ``workers`` > 1 checks the entries in that many forked processes (CLI only: not
    from a process with other threads); any irregularity falls back to the serial
    scan, so the result and the first bad index are the same.  Reads
    without locking: checkpoints are read only up to their size when verification
    starts, and a writer fsyncs entries before it writes the checkpoint that covers them.

    Steps — each failure raises :class:`LedgerVerificationError` carrying the step
    number and the first bad (or first unproven) entry index:

    1. Inputs and files: trusted keys given; the directory exists; segment files
       ``events-NNNNNN.jsonl`` are numbered 1, 2, 3 … without gaps.
    2. Checkpoint format: each ``checkpoints.jsonl`` line is canonical ``{"note": …}``
       with a well-formed signed-note checkpoint; one origin (a checkpoint of another
       log fails); tree sizes strictly increase (a replayed, reordered or inserted
       checkpoint fails).  (Index is ``None``: no entry is named.)
    3. Entry encoding: each line is ``{"event":E,"hash":…,"index":…,"prev":…}`` byte
       for byte; with ``deep``, E is also the RFC 8785 form of a JSON object.
    4. Index: entry ``i`` is at position ``i`` (deletions, insertions and reorderings
       surface here or in step 5).
    5. Chain link: ``prev`` equals the previous entry's ``hash`` (zero for 0).
    6. Entry hash: ``hash == SHA-256(prev || E)`` (modification).
    7. Checkpoint signature: signed by a trusted key (unknown signers are ignored, but
       at least one trusted signature is required) and the signature verifies.
       Index = last entry the checkpoint commits to.
    8. Checkpoint root: equals the RFC 9162 root recomputed at its tree size.  Index =
       last entry it commits to; with ``checkpoint_every=1`` that is exactly the first
       altered entry, even if the attacker re-chained.
    9. Completeness: no checkpoint (stored or known) covers more entries than are
       present (entries truncated off the end, or the ledger rolled back).  Index =
       first missing entry.

    A torn final line (unterminated or not JSON) is not an error — the writer never
    acknowledged it and drops it on reopen — but a checkpoint covering it still fails
    step 9.
    """
    directory = Path(directory)
    keys = raw_public_keys(public_keys)
    if not keys:
        raise LedgerVerificationError(None, "no trusted public keys given", step=STEP_FILES)
    if not directory.is_dir():
        raise LedgerNotFound(f"no ledger at {directory}")
    cp_path = directory / CHECKPOINTS_NAME
    # Snapshot the checkpoint file size *before* reading entries (see above).
    limit = cp_path.stat().st_size if cp_path.exists() else 0
    stored = list(_checkpoints(cp_path, limit, origin))
    seen_origin = stored[0].checkpoint.origin if stored else origin
    extra = _known(known, seen_origin)
    by_size: dict[int, list[_Pending]] = {}
    for p in stored + extra:
        by_size.setdefault(p.checkpoint.size, []).append(p)
    sizes = sorted(by_size)
    checked = 0

    def settle(size: int, root: bytes) -> None:
        nonlocal checked
        index = size - 1 if size else None
        for p in by_size[size]:
            where = (f"checkpoint for size {size} ({CHECKPOINTS_NAME} line {p.lineno})" if p.lineno
                     else f"known checkpoint for size {size}")
            try:
                verify_note(p.note, keys)
            except (SignatureError, InvalidCheckpoint) as exc:
                raise LedgerVerificationError(index, f"{where}: {exc}", step=STEP_SIGNATURE) from None
            if p.checkpoint.root_hash != root:
                raise LedgerVerificationError(index, f"{where}: root hash does not match the entries",
                                              step=STEP_ROOT)
            checked += 1 if p.lineno else 0

    result = None
    if workers > 1:
        result = _parallel.scan_parallel(directory, workers, sizes=iter(sizes), on_size=settle, deep=deep)
    if result is None:
        result = _reader.scan(directory, sizes=iter(sizes), on_size=settle, deep=deep)
    missing = [s for s in sizes if s > result.size]
    if missing:
        first = by_size[missing[0]][0]
        what = (f"checkpoint ({CHECKPOINTS_NAME} line {first.lineno})" if first.lineno
                else "a known checkpoint (the ledger was rolled back or cut)")
        raise LedgerVerificationError(
            result.size, f"truncated: {what} covers {missing[0]} entries but only {result.size} are present",
            step=STEP_COMPLETE)
    latest = stored[-1] if stored else None
    latest_size = latest.checkpoint.size if latest else 0
    return VerifyReport(
        entries_checked=result.size,
        checkpoints_checked=checked,
        head=(result.head if result.size else ZERO_HASH).hex(),
        root_hash=result.frontier.root().hex(),
        latest_checkpoint_size=latest_size,
        unsealed=result.size - latest_size,
        torn_tail=result.torn_offset is not None,
        origin=seen_origin,
        latest_checkpoint=latest.note.body + "\n" + "\n".join(latest.note.signature_lines) + "\n" if latest else None,
        deep=deep,
    )
