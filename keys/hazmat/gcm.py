"""AES-256-GCM and SM4-GCM with the nonce as an argument (96-bit nonces, 128-bit tags)."""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from keys.suites import Algorithm

NONCE_SIZE = 12
TAG_SIZE = 16


class GcmAuthenticationError(Exception):
    """The tag did not verify: wrong key, wrong associated data, or a modified ciphertext."""


def seal(algorithm: Algorithm, key: bytes, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt and authenticate; returns ``ciphertext || tag``."""
    algorithm = Algorithm(algorithm)
    if len(nonce) != NONCE_SIZE:
        raise ValueError("GCM nonce must be 12 bytes")
    if algorithm is Algorithm.AES_256_GCM:
        if len(key) != 32:
            raise ValueError("AES-256 key must be 32 bytes")
        return AESGCM(key).encrypt(nonce, plaintext, aad)
    if algorithm is Algorithm.SM4_GCM:
        if len(key) != 16:
            raise ValueError("SM4 key must be 16 bytes")
        enc = Cipher(algorithms.SM4(key), modes.GCM(nonce)).encryptor()
        enc.authenticate_additional_data(aad)
        body = enc.update(plaintext) + enc.finalize()
        return body + enc.tag
    raise ValueError(f"{algorithm} is not an AEAD algorithm")


def open_(algorithm: Algorithm, key: bytes, nonce: bytes, sealed: bytes, aad: bytes) -> bytes:
    """Verify and decrypt ``ciphertext || tag``; raise :class:`GcmAuthenticationError`."""
    algorithm = Algorithm(algorithm)
    if len(nonce) != NONCE_SIZE or len(sealed) < TAG_SIZE:
        raise GcmAuthenticationError("malformed GCM input")
    try:
        if algorithm is Algorithm.AES_256_GCM:
            return AESGCM(key).decrypt(nonce, sealed, aad)
        if algorithm is Algorithm.SM4_GCM:
            dec = Cipher(algorithms.SM4(key), modes.GCM(nonce, sealed[-TAG_SIZE:])).decryptor()
            dec.authenticate_additional_data(aad)
            return dec.update(sealed[:-TAG_SIZE]) + dec.finalize()
    except InvalidTag:
        raise GcmAuthenticationError("GCM tag does not verify") from None
    raise ValueError(f"{algorithm} is not an AEAD algorithm")
