"""Offline verification of a ledger directory against trusted public keys."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from keys import SignatureError

from audit._merkle import EMPTY_ROOT
from audit._store import (
    CHECKPOINTS_NAME, STEP_CHECKPOINT_FORMAT, STEP_COMPLETE, STEP_FILES, STEP_ROOT, STEP_SIGNATURE,
    ZERO_HASH, ChainChecker, iter_checked, iter_lines, is_torn, parse_checkpoint_line,
)
from audit.checkpoint import Checkpoint, SignedNote, verify_note
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


@dataclass(frozen=True)
class _Pending:
    lineno: int
    note: SignedNote
    checkpoint: Checkpoint


def _raw_keys(public_keys: Mapping[str, object]) -> dict[str, bytes]:
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
            raise LedgerVerificationError(None, f"{where}: origin {cp.origin!r}, expected {origin!r}",
                                          step=STEP_CHECKPOINT_FORMAT)
        if cp.size <= previous:
            raise LedgerVerificationError(None, f"{where}: tree size {cp.size} after {previous} "
                                          "(checkpoints reordered or inserted)", step=STEP_CHECKPOINT_FORMAT)
        previous = cp.size
        yield _Pending(lineno, note, cp)


def verify_ledger(directory: Path, public_keys: Mapping[str, object], *,
                  origin: str | None = None) -> VerifyReport:
    """Verify every entry and every checkpoint; raise on the first problem.

    ``public_keys`` maps key id → raw Ed25519 public key (bytes) or an
    ``Ed25519PublicKey``; it must not be empty.  ``origin``, if given, is the
    origin every checkpoint must carry.  Reads without locking: checkpoints
    are read only up to their size when verification starts, and a writer
    fsyncs entries before it writes the checkpoint that covers them.

    Steps — each failure raises :class:`LedgerVerificationError` carrying the
    step number and the first bad (or first unproven) entry index:

    1. Inputs and files: trusted keys given; the directory exists; segment
       files ``events-NNNNNN.jsonl`` are numbered 1, 2, 3 … without gaps.
    2. Checkpoint format: each ``checkpoints.jsonl`` line is canonical
       ``{"note": …}`` with a well-formed signed-note checkpoint; one origin;
       tree sizes strictly increase.  (Index is ``None``: no entry is named.)
    3. Entry encoding: each line is valid JSON with exactly
       ``event, hash, index, prev``, byte-identical to its RFC 8785 form.
    4. Index: entry ``i`` is at position ``i`` (deletions, insertions and
       reorderings surface here or in step 5).
    5. Chain link: ``prev`` equals the previous entry's ``hash`` (zero for 0).
    6. Entry hash: ``hash == SHA-256(prev || canonical(event))`` (modification).
    7. Checkpoint signature: signed by a trusted key (unknown signers are
       ignored, but at least one trusted signature is required) and the
       signature verifies.  Index = last entry the checkpoint commits to.
    8. Checkpoint root: equals the RFC 9162 root recomputed at its tree size.
       Index = last entry it commits to; with ``checkpoint_every=1`` that is
       exactly the first altered entry, even if the attacker re-chained.
    9. Completeness: no checkpoint covers more entries than are present
       (entries truncated off the end).  Index = first missing entry.

    A torn final line (unterminated or not JSON) is not an error — the writer
    never acknowledged it and drops it on reopen — but a checkpoint covering
    it still fails step 9.
    """
    directory = Path(directory)
    keys = _raw_keys(public_keys)
    if not keys:
        raise LedgerVerificationError(None, "no trusted public keys given", step=STEP_FILES)
    if not directory.is_dir():
        raise LedgerNotFound(f"no ledger at {directory}")
    cp_path = directory / CHECKPOINTS_NAME
    # Snapshot the checkpoint file size *before* reading entries (see above).
    limit = cp_path.stat().st_size if cp_path.exists() else 0
    pending_iter = _checkpoints(cp_path, limit, origin)
    pending = next(pending_iter, None)
    checked, latest, seen_origin = 0, 0, origin

    def settle(size: int, root: bytes) -> None:
        nonlocal pending, checked, latest, seen_origin
        while pending is not None and pending.checkpoint.size == size:
            index = size - 1 if size else None
            where = f"checkpoint for size {size} ({CHECKPOINTS_NAME} line {pending.lineno})"
            try:
                verify_note(pending.note, keys)
            except (SignatureError, InvalidCheckpoint) as exc:
                raise LedgerVerificationError(index, f"{where}: {exc}", step=STEP_SIGNATURE) from None
            if pending.checkpoint.root_hash != root:
                raise LedgerVerificationError(index, f"{where}: root hash does not match the entries",
                                              step=STEP_ROOT)
            checked, latest, seen_origin = checked + 1, size, pending.checkpoint.origin
            pending = next(pending_iter, None)

    checker = ChainChecker()
    torn = False
    settle(0, EMPTY_ROOT)
    for entry, _line, checker in iter_checked(directory):
        if entry is None:
            torn = True
            break
        if pending is not None and pending.checkpoint.size == checker.size:
            settle(checker.size, checker.frontier.root())
    if pending is not None:
        raise LedgerVerificationError(
            checker.size, f"truncated: checkpoint ({CHECKPOINTS_NAME} line {pending.lineno}) covers "
            f"{pending.checkpoint.size} entries but only {checker.size} are present", step=STEP_COMPLETE)
    return VerifyReport(
        entries_checked=checker.size,
        checkpoints_checked=checked,
        head=(checker.head if checker.size else ZERO_HASH).hex(),
        root_hash=checker.frontier.root().hex(),
        latest_checkpoint_size=latest,
        unsealed=checker.size - latest,
        torn_tail=torn,
        origin=seen_origin,
    )
