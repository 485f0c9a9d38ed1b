"""Checkpoints: C2SP tlog-checkpoint bodies inside C2SP signed notes.

A checkpoint note, as written to ``checkpoints.jsonl`` and put in receipts::

    govgate.huzhou/audit            <- origin
    1042                            <- tree size (decimal, no leading zeros)
    2yB5Yh0p…=                      <- base64 RFC 9162 root hash at that size
                                    <- blank line ends the body
    — govgate.huzhou/audit AbC…=    <- "— " name " " base64(key_hash(4) || Ed25519 sig(64))

The signature covers the body bytes (everything up to and including the last
body newline), exactly as ``golang.org/x/mod/sumdb/note`` signs, so Go's
``note.Open`` and Sigstore / witness tooling accept these notes.  No extension
lines are written (C2SP: NOT RECOMMENDED).  Per the note spec, signatures by
unknown keys are ignored — that is what lets witnesses cosign later — but a
note must carry at least one valid signature by a trusted key.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from dataclasses import dataclass

from keys import SignatureError, Signer, note_key_hash, verify_ed25519
from keys.signing import check_key_name, strict_b64decode

from audit._merkle import HASH_SIZE
from audit.errors import InvalidCheckpoint

SIG_PREFIX = "\u2014 "  # EM DASH + space
MAX_SIGNATURES = 100  # as Go's note package
_SIZE_RE = re.compile(r"^(0|[1-9][0-9]*)$")


@dataclass(frozen=True)
class Checkpoint:
    """A tree head: holding one means its fields are well formed."""

    origin: str
    size: int
    root_hash: bytes

    def __post_init__(self) -> None:
        if not self.origin or "\n" in self.origin:
            raise InvalidCheckpoint("origin must be a non-empty single line")
        if not 0 <= self.size < 1 << 64:
            raise InvalidCheckpoint("tree size out of range")
        if len(self.root_hash) != HASH_SIZE:
            raise InvalidCheckpoint("root hash must be 32 bytes")

    def body(self) -> str:
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root_hash).decode()}\n"

    @classmethod
    def parse_body(cls, body: str) -> Checkpoint:
        if not body.endswith("\n"):
            raise InvalidCheckpoint("checkpoint body must end with a newline")
        lines = body[:-1].split("\n")
        if len(lines) < 3 or any(not line for line in lines):
            raise InvalidCheckpoint("checkpoint body needs ≥ 3 non-empty lines")
        origin, size_text, root_text = lines[:3]
        if not _SIZE_RE.match(size_text):
            raise InvalidCheckpoint("tree size is not a canonical decimal")
        try:
            root = strict_b64decode(root_text)
        except ValueError as exc:
            raise InvalidCheckpoint(f"root hash: {exc}") from None
        # Extension lines (lines[3:]) are opaque; we never write any.
        return cls(origin=origin, size=int(size_text), root_hash=root)


@dataclass(frozen=True)
class NoteSignature:
    name: str
    key_hash: bytes
    signature: bytes

    @property
    def key_id(self) -> str:
        return self.key_hash.hex()


@dataclass(frozen=True)
class SignedNote:
    body: str
    signature_lines: tuple[str, ...]  # unparsed: a bad line is a *signature* failure

    @property
    def checkpoint(self) -> Checkpoint:
        return Checkpoint.parse_body(self.body)


def sign_note(body: str, signer: Signer) -> str:
    """Sign ``body`` (which must end in a newline) and return the note text."""
    if not body.endswith("\n") or "\n\n" in body:
        raise InvalidCheckpoint("note body must end in one newline and contain no blank line")
    sig = signer.sign(body.encode())
    key_hash = bytes.fromhex(signer.key_id)
    return f"{body}\n{SIG_PREFIX}{signer.name} {base64.b64encode(key_hash + sig).decode()}\n"


def sign_checkpoint(checkpoint: Checkpoint, signer: Signer) -> str:
    return sign_note(checkpoint.body(), signer)


def split_note(text: str) -> SignedNote:
    """Split a note into body and signature lines (Go ``note.Open`` framing)."""
    if any((ord(c) < 0x20 and c != "\n") or c == "\x7f" for c in text):
        raise InvalidCheckpoint("note contains control characters")
    split = text.rfind("\n\n")
    if split < 0:
        raise InvalidCheckpoint("note has no signature block")
    body, sigs = text[: split + 1], text[split + 2 :]
    if not sigs.endswith("\n"):
        raise InvalidCheckpoint("signature block must end in a newline")
    lines = tuple(sigs[:-1].split("\n"))
    if len(lines) > MAX_SIGNATURES:
        raise InvalidCheckpoint("too many signatures")
    return SignedNote(body=body, signature_lines=lines)


def parse_signature_line(line: str) -> NoteSignature:
    if not line.startswith(SIG_PREFIX):
        raise InvalidCheckpoint("signature line must start with '— '")
    rest = line[len(SIG_PREFIX) :]
    name, sep, b64 = rest.partition(" ")
    if not sep:
        raise InvalidCheckpoint("signature line must be '— name base64'")
    try:
        check_key_name(name)
        raw = strict_b64decode(b64)
    except Exception as exc:  # noqa: BLE001 - KeyFileError or ValueError, same meaning here
        raise InvalidCheckpoint(f"malformed signature line: {exc}") from None
    if len(raw) < 5:
        raise InvalidCheckpoint("signature too short")
    return NoteSignature(name=name, key_hash=raw[:4], signature=raw[4:])


def verify_note(note: SignedNote, public_keys: Mapping[str, bytes]) -> str:
    """Check that a trusted key signed ``note.body``; return that key's id.

    ``public_keys`` maps key id (8 hex digits) to raw Ed25519 public keys.
    Raises :class:`InvalidCheckpoint` (malformed line),
    :class:`~keys.SignatureError` (a trusted key's signature fails, or no
    trusted key signed at all).
    """
    signatures = [parse_signature_line(line) for line in note.signature_lines]
    seen_unknown: list[str] = []
    for sig in signatures:
        public = public_keys.get(sig.key_id)
        # The key hash binds the name: a known hash with another name is not that key.
        if public is None or note_key_hash(sig.name, public) != sig.key_hash:
            seen_unknown.append(f"{sig.name}+{sig.key_id}")
            continue
        verify_ed25519(public, sig.signature, note.body.encode())  # raises SignatureError
        return sig.key_id
    raise SignatureError(f"not signed by any trusted key (signed by: {', '.join(seen_unknown) or 'nobody'})")
