"""AEAD for small secrets held by other packages (e.g. TOTP seeds in gateway state).

    box = keyring.aead(Purpose.SECRET_WRAPPING)
    blob = box.encrypt(seed, aad=b"govgate/totp-seed/v1\\nuser:u-1234")
    seed = box.decrypt(blob, aad=b"govgate/totp-seed/v1\\nuser:u-1234")

A blob is self-describing so that keys can be rotated without re-encrypting at once::

    version (1 byte) || key id (4 bytes) || nonce (12 bytes) || ciphertext || tag (16 bytes)

The version byte records the suite's cipher: ``0x01`` AES-256-GCM (intl), ``0x02``
SM4-GCM (gm); the whole header is authenticated with ``aad``.  The newest active key of
the purpose encrypts; any key of the purpose whose id the blob names decrypts — retired
keys included; a destroyed key's blob raises :class:`BlobKeyDestroyed` (both a
:class:`~keys.errors.KeyDestroyed` and a :class:`DecryptionError`).  ``aad`` binds the
ciphertext to its context (what it is and whose it is): a seed copied to another user's row
does not decrypt. Nonces are random (96 bits): with one key, stay well below 2**32
encryptions — this is for thousands of small secrets, not bulk data.
``encrypt_with_nonce`` is the deterministic core, for known-answer tests only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import NoReturn

from keys.errors import KeyDestroyed, KeyNotFound, KeysError
from keys.hazmat.gcm import GcmAuthenticationError, open_, seal
from keys.suites import KEY_SIZE, Algorithm

_VERSIONS = {Algorithm.AES_256_GCM: b"\x01", Algorithm.SM4_GCM: b"\x02"}
_ALGORITHM_OF = {v: k for k, v in _VERSIONS.items()}
_NONCE = 12
_TAG = 16
_HEADER = 1 + 4 + _NONCE


class DecryptionError(KeysError):
    """A blob did not decrypt: wrong context (aad), unknown key, or tampered bytes."""


class BlobKeyDestroyed(KeyDestroyed, DecryptionError):
    """The blob names a key that was destroyed: it can never be decrypted again."""


class Aead:
    """Encrypt with the active key of one purpose; decrypt with any of its keys by id.

    ``algorithms`` maps key ids to ``aes-256-gcm`` (the default) or ``sm4-gcm``;
    ``destroyed`` maps the ids of destroyed keys to their destruction date, so that a blob
    they made fails saying why; ``active_id`` None means nothing may be encrypted.
    """

    __slots__ = ("_active_id", "_keys", "_destroyed", "purpose")

    def __init__(self, purpose: str, active_id: str | None, keys: Mapping[str, bytes], *,
                 algorithms: Mapping[str, Algorithm] | None = None,
                 destroyed: Mapping[str, str] | None = None) -> None:
        if active_id is not None and active_id not in keys:
            raise KeyNotFound(f"no {purpose} key {active_id}")
        self._keys: dict[str, tuple[Algorithm, bytes]] = {}
        for key_id, secret in keys.items():
            alg = (algorithms or {}).get(key_id, Algorithm.AES_256_GCM)
            if alg not in _VERSIONS or len(bytes.fromhex(key_id)) != 4 or len(secret) != KEY_SIZE[alg]:
                raise KeysError("AEAD keys are AES-256-GCM (32 bytes) or SM4-GCM (16 bytes), named by a 4-byte id")
            self._keys[key_id] = (alg, secret)
        self.purpose = purpose
        self._active_id = active_id
        self._destroyed = dict(destroyed or {})

    @property
    def key_id(self) -> str:
        """The id of the key that encrypts."""
        if self._active_id is None:
            raise KeyNotFound(f"no active {self.purpose} key: rotate one in to encrypt")
        return self._active_id

    @staticmethod
    def key_id_of(blob: bytes) -> str:
        """The id of the key a blob was sealed under (to re-seal blobs of a retired key)."""
        if len(blob) < _HEADER + _TAG or blob[:1] not in _ALGORITHM_OF:
            raise DecryptionError("not a govgate AEAD blob")
        return blob[1:5].hex()

    def encrypt(self, plaintext: bytes, aad: bytes) -> bytes:
        return self.encrypt_with_nonce(plaintext, aad, os.urandom(_NONCE))

    def encrypt_with_nonce(self, plaintext: bytes, aad: bytes, nonce: bytes) -> bytes:
        """Deterministic core (tests and vectors only: never reuse a nonce under one key)."""
        if len(nonce) != _NONCE:
            raise KeysError("the nonce must be 12 bytes")
        key_id = self.key_id
        alg, secret = self._keys[key_id]
        header = _VERSIONS[alg] + bytes.fromhex(key_id) + nonce
        return header + seal(alg, secret, nonce, plaintext, header + aad)

    def decrypt(self, ciphertext: bytes, aad: bytes) -> bytes:
        alg = _ALGORITHM_OF.get(ciphertext[:1])
        if len(ciphertext) < _HEADER + _TAG or alg is None:
            raise DecryptionError("not a govgate AEAD blob")
        key_id = ciphertext[1:5].hex()
        if key_id in self._destroyed:
            raise BlobKeyDestroyed(f"blob was encrypted under {self.purpose} key {key_id}, destroyed "
                                   f"{self._destroyed[key_id]}: it cannot be decrypted any more")
        entry = self._keys.get(key_id)
        if entry is None:
            raise DecryptionError(f"blob names key {key_id}, which this keyring does not hold ({self.purpose})")
        if entry[0] is not alg:
            raise DecryptionError(f"blob claims {alg} but key {key_id} is an {entry[0]} key")
        header, nonce = ciphertext[:_HEADER], ciphertext[5:_HEADER]
        try:
            return open_(alg, entry[1], nonce, ciphertext[_HEADER:], header + aad)
        except GcmAuthenticationError:
            raise DecryptionError("blob does not authenticate (wrong context or modified)") from None

    def __repr__(self) -> str:
        return f"Aead(purpose={self.purpose!r}, key_id={self._active_id!r})"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("Aead objects hold secrets and cannot be pickled")
