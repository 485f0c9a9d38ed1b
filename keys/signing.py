"""Ed25519 signing, verification and the signed-note key identity.

Key id scheme (the one ``golang.org/x/mod/sumdb/note`` and C2SP signed-note use):

    key_hash = SHA-256(name || 0x0A || 0x01 || public_key)[:4]
    key_id   = key_hash as 8 lowercase hex digits

``0x01`` is the signed-note algorithm byte for Ed25519.  Binding the *name* into
the hash means a signature line ``— <name> <base64(key_hash || sig)>`` names its
key unambiguously, and a verifier can check the name as well as the key.

The public half is exported as a note *verifier key*:
``<name>+<key_hash hex>+<base64(0x01 || public_key)>`` — the same string Go's
``note.NewVerifier`` accepts, so checkpoints can be checked by any sumdb /
Sigstore / witness tooling.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import NoReturn

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from keys.errors import KeyFileError, SignatureError
from keys.suites import Algorithm, sm3

ALG_ED25519 = 0x01  # signed-note signature type byte
ED25519_PUBLIC_KEY_SIZE = 32
ED25519_SIGNATURE_SIZE = 64
#: gm suite: Ed25519 over a domain-separated SM3 digest (docs/keys.md says why not SM2).
ED25519_SM3_CONTEXT = b"govgate ed25519-sm3\x00"


def signed_bytes(algorithm: Algorithm, data: bytes) -> bytes:
    """What the Ed25519 key actually signs for ``algorithm``: ``data`` itself, or
    ``context || SM3(data)`` for ``ed25519-sm3``.  The context keeps a gm signature from
    ever being a valid intl signature over a 32-byte message."""
    if algorithm is Algorithm.ED25519:
        return data
    if algorithm is Algorithm.ED25519_SM3:
        return ED25519_SM3_CONTEXT + sm3(data)
    raise SignatureError(f"{algorithm} is not a signature algorithm")


def check_key_name(name: str) -> None:
    """Raise :class:`KeyFileError` unless ``name`` is a valid note key name.

    Signed-note rules: non-empty, no Unicode spaces, no ``+`` (the verifier-key
    separator).  We also refuse control characters.
    """
    if not name or any(c.isspace() or c == "+" or ord(c) < 0x20 or c == "\x7f" for c in name):
        raise KeyFileError(f"invalid key name {name!r}: must be non-empty, without spaces or '+'")


def note_key_hash(name: str, public_key_bytes: bytes) -> bytes:
    """The 4-byte signed-note key hash of an Ed25519 key named ``name``."""
    check_key_name(name)
    if len(public_key_bytes) != ED25519_PUBLIC_KEY_SIZE:
        raise KeyFileError("an Ed25519 public key is 32 bytes")
    digest = hashlib.sha256(name.encode() + b"\n" + bytes([ALG_ED25519]) + public_key_bytes)
    return digest.digest()[:4]


def key_id_for(name: str, public_key_bytes: bytes) -> str:
    """The key id (8 hex digits) of an Ed25519 key; see the module docstring."""
    return note_key_hash(name, public_key_bytes).hex()


def verifier_key(name: str, public_key_bytes: bytes) -> str:
    """The note verifier key string ``name+hash+base64(0x01||pub)``."""
    key_hash = note_key_hash(name, public_key_bytes)
    material = base64.b64encode(bytes([ALG_ED25519]) + public_key_bytes).decode()
    return f"{name}+{key_hash.hex()}+{material}"


@dataclass(frozen=True)
class VerifierKey:
    """A parsed note verifier key; holding one means it is well formed."""

    name: str
    key_id: str
    public_key_bytes: bytes


def strict_b64decode(text: str) -> bytes:
    """Standard padded base64, refusing anything that does not re-encode identically.

    Why: lenient decoders accept several spellings of one byte string; a
    verifier that accepts them lets a byte of a signed artefact change without
    the artefact changing meaning, which hides tampering from byte-level checks.
    """
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise ValueError("invalid base64") from exc
    if base64.b64encode(raw).decode("ascii") != text:
        raise ValueError("non-canonical base64")
    return raw


def parse_verifier_key(vkey: str) -> VerifierKey:
    """Parse ``name+hash+base64`` strictly (as Go's ``note.NewVerifier`` does)."""
    parts = vkey.split("+", 2)  # the base64 key material may itself contain '+'
    if len(parts) != 3:
        raise KeyFileError("verifier key must be name+hash+key")
    name, hash_hex, material = parts
    check_key_name(name)
    if len(hash_hex) != 8 or any(c not in "0123456789abcdef" for c in hash_hex):
        raise KeyFileError("verifier key hash must be 8 lowercase hex digits")
    try:
        raw = strict_b64decode(material)
    except ValueError as exc:
        raise KeyFileError(f"verifier key material: {exc}") from None
    if len(raw) != 1 + ED25519_PUBLIC_KEY_SIZE or raw[0] != ALG_ED25519:
        raise KeyFileError("verifier key is not an Ed25519 (0x01) key")
    public = raw[1:]
    if key_id_for(name, public) != hash_hex:
        raise KeyFileError("verifier key hash does not match its name and key")
    return VerifierKey(name=name, key_id=hash_hex, public_key_bytes=public)


def verify_signature(algorithm: Algorithm | str, public_key_bytes: bytes, signature: bytes, data: bytes) -> None:
    """Verify a signature made by :meth:`Signer.sign` with ``algorithm``; raise on failure."""
    try:
        alg = Algorithm(algorithm)
    except ValueError:
        raise SignatureError(f"unknown signature algorithm {algorithm!r}") from None
    verify_ed25519(public_key_bytes, signature, signed_bytes(alg, data))


def verify_ed25519(public_key_bytes: bytes, signature: bytes, data: bytes) -> None:
    """Verify an Ed25519 signature; return nothing, raise :class:`SignatureError`."""
    try:
        key = Ed25519PublicKey.from_public_bytes(public_key_bytes)
    except ValueError:
        raise SignatureError("malformed Ed25519 public key") from None
    if len(signature) != ED25519_SIGNATURE_SIZE:
        raise SignatureError("an Ed25519 signature is 64 bytes")
    try:
        key.verify(signature, data)
    except InvalidSignature:
        raise SignatureError("Ed25519 signature does not verify") from None


class Signer:
    """An Ed25519 signing key with a note name; the only object that can sign.

    ``repr()`` and ``str()`` show the name and key id only — never the seed.
    """

    __slots__ = ("_key", "name", "key_id", "public_key_bytes", "algorithm")

    def __init__(self, name: str, private_key: Ed25519PrivateKey, algorithm: Algorithm = Algorithm.ED25519) -> None:
        check_key_name(name)
        signed_bytes(algorithm, b"")  # refuses a non-signature algorithm
        self._key = private_key
        self.algorithm = algorithm
        self.name = name
        self.public_key_bytes: bytes = private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.key_id: str = key_id_for(name, self.public_key_bytes)

    @classmethod
    def from_seed(cls, name: str, seed: bytes, algorithm: Algorithm = Algorithm.ED25519) -> Signer:
        """Build from the 32-byte RFC 8032 private key (seed)."""
        if len(seed) != 32:
            raise KeyFileError("an Ed25519 private key (seed) is 32 bytes")
        return cls(name, Ed25519PrivateKey.from_private_bytes(seed), algorithm)

    def sign(self, data: bytes) -> bytes:
        """Sign ``data``; returns the 64-byte Ed25519 signature (over ``context || SM3(data)``
        for an ``ed25519-sm3`` key — see :func:`signed_bytes`)."""
        return self._key.sign(signed_bytes(self.algorithm, data))

    @property
    def verifier_key(self) -> str:
        """The note verifier key string of this signer's public half."""
        return verifier_key(self.name, self.public_key_bytes)

    def __repr__(self) -> str:
        return f"Signer(name={self.name!r}, key_id={self.key_id!r}, algorithm={self.algorithm.value!r})"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        # Pickling would copy the private key into whatever stores the pickle.
        raise TypeError("Signer objects hold private keys and cannot be pickled")
