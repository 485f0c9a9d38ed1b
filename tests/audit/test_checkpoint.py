"""Signed notes and checkpoints, pinned to the Go reference implementation."""

from __future__ import annotations

import base64
import hashlib

import pytest

from audit import Checkpoint, InvalidCheckpoint
from audit.checkpoint import sign_checkpoint, sign_note, split_note, verify_note
from keys import SignatureError, Signer

# golang.org/x/mod/sumdb/note (package docs and note_test.go).
GO_SEED = base64.b64decode("AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")[1:]
GO_TEXT = ("If you think cryptography is the answer to your problem,\n"
           "then you don't know what your problem is.\n")
GO_NOTE = GO_TEXT + "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
# C2SP tlog-checkpoint example body.
C2SP_BODY = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"

PETER = Signer.from_seed("PeterNeumann", GO_SEED)


def test_sign_note_reproduces_go_byte_for_byte() -> None:
    assert sign_note(GO_TEXT, PETER) == GO_NOTE
    note = split_note(GO_NOTE)
    assert note.body == GO_TEXT
    assert verify_note(note, {PETER.key_id: PETER.public_key_bytes}) == "c74f20a3"


def test_tampered_note_fails() -> None:
    note = split_note(GO_NOTE.replace("cryptography", "cryptographY"))
    with pytest.raises(SignatureError, match="does not verify"):
        verify_note(note, {PETER.key_id: PETER.public_key_bytes})


def test_unknown_signers_are_ignored_but_one_trusted_is_required() -> None:
    other = Signer.from_seed("witness.example", hashlib.sha256(b"w").digest())
    cosigned = GO_NOTE + sign_note(GO_TEXT, other).split("\n\n")[1]
    trusted = {PETER.key_id: PETER.public_key_bytes}
    assert verify_note(split_note(cosigned), trusted) == PETER.key_id
    with pytest.raises(SignatureError, match="not signed by any trusted key"):
        verify_note(split_note(GO_NOTE), {other.key_id: other.public_key_bytes})


def test_same_key_under_another_name_is_not_trusted() -> None:
    renamed = GO_NOTE.replace("\u2014 PeterNeumann", "\u2014 PeterNeumann2")
    with pytest.raises(SignatureError, match="not signed by any trusted key"):
        verify_note(split_note(renamed), {PETER.key_id: PETER.public_key_bytes})


def test_checkpoint_body_round_trip() -> None:
    cp = Checkpoint.parse_body(C2SP_BODY)
    assert cp.origin == "example.com/behind-the-sofa" and cp.size == 20852163
    assert cp.body() == C2SP_BODY
    note = sign_checkpoint(cp, PETER)
    assert split_note(note).checkpoint == cp


@pytest.mark.parametrize("body", [
    "origin\n012\n" + base64.b64encode(bytes(32)).decode() + "\n",  # leading zero
    "origin\n-1\n" + base64.b64encode(bytes(32)).decode() + "\n",
    "origin\n1\n" + base64.b64encode(bytes(31)).decode() + "\n",  # short root
    "origin\n1\n" + base64.b64encode(bytes(32)).decode(),  # no final newline
    "origin\n1\n",
    "\n1\n" + base64.b64encode(bytes(32)).decode() + "\n",
])
def test_malformed_checkpoint_bodies(body: str) -> None:
    with pytest.raises(InvalidCheckpoint):
        Checkpoint.parse_body(body)


@pytest.mark.parametrize("text", [GO_TEXT, GO_NOTE[:-1], GO_NOTE.replace("\u2014", "-"), GO_NOTE + "\x01"])
def test_malformed_notes(text: str) -> None:
    with pytest.raises((InvalidCheckpoint, SignatureError)):
        verify_note(split_note(text), {PETER.key_id: PETER.public_key_bytes})
