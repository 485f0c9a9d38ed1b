"""Algorithm suites: which primitive each kind of key uses.

Two suites, chosen per key (and recorded in every key record, ciphertext header and
signature parameter, so keys of both suites verify and decrypt side by side):

============  ==================  ==================
kind          ``intl`` (default)  ``gm`` (国密)
============  ==================  ==================
sign          ``ed25519``         ``ed25519-sm3`` (Ed25519 over an SM3 digest; see docs/keys.md on SM2)
digest        SHA-256             SM3 (GB/T 32905)
mac           ``hmac-sha256``     ``hmac-sm3``
aead          ``aes-256-gcm``     ``sm4-gcm`` (GB/T 32907 block cipher, GCM mode)
fpe           ``ff1-aes-256``     ``ff1-sm4`` (NIST SP 800-38G FF1, SM4 as the block cipher)
============  ==================  ==================

Everything here comes from ``cryptography``; nothing is implemented by hand except the
FF1 mode itself (:mod:`keys.hazmat.ff1`).
"""

from __future__ import annotations

import hashlib
from enum import StrEnum

from cryptography.hazmat.primitives import hashes


class Suite(StrEnum):
    INTL = "intl"
    GM = "gm"


class Kind(StrEnum):
    SIGN = "sign"
    MAC = "mac"
    AEAD = "aead"
    FPE = "fpe"


class Algorithm(StrEnum):
    ED25519 = "ed25519"
    ED25519_SM3 = "ed25519-sm3"
    HMAC_SHA256 = "hmac-sha256"
    HMAC_SM3 = "hmac-sm3"
    AES_256_GCM = "aes-256-gcm"
    SM4_GCM = "sm4-gcm"
    FF1_AES_256 = "ff1-aes-256"
    FF1_SM4 = "ff1-sm4"


ALGORITHMS: dict[Suite, dict[Kind, Algorithm]] = {
    Suite.INTL: {Kind.SIGN: Algorithm.ED25519, Kind.MAC: Algorithm.HMAC_SHA256,
                 Kind.AEAD: Algorithm.AES_256_GCM, Kind.FPE: Algorithm.FF1_AES_256},
    Suite.GM: {Kind.SIGN: Algorithm.ED25519_SM3, Kind.MAC: Algorithm.HMAC_SM3,
               Kind.AEAD: Algorithm.SM4_GCM, Kind.FPE: Algorithm.FF1_SM4},
}

KIND_OF: dict[Algorithm, Kind] = {alg: kind for table in ALGORITHMS.values() for kind, alg in table.items()}
SUITE_OF: dict[Algorithm, Suite] = {alg: suite for suite, table in ALGORITHMS.items() for alg in table.values()}

#: Secret sizes in bytes (Ed25519: the RFC 8032 seed; SM4 keys are 128-bit).
KEY_SIZE: dict[Algorithm, int] = {
    Algorithm.ED25519: 32, Algorithm.ED25519_SM3: 32,
    Algorithm.HMAC_SHA256: 32, Algorithm.HMAC_SM3: 32,
    Algorithm.AES_256_GCM: 32, Algorithm.SM4_GCM: 16,
    Algorithm.FF1_AES_256: 32, Algorithm.FF1_SM4: 16,
}


def algorithm_for(kind: Kind, suite: Suite | str = Suite.INTL) -> Algorithm:
    return ALGORITHMS[Suite(suite)][kind]


def sm3(data: bytes) -> bytes:
    """SM3 digest (GB/T 32905-2016), 32 bytes."""
    h = hashes.Hash(hashes.SM3())
    h.update(data)
    return h.finalize()


def digest(suite: Suite | str, data: bytes) -> bytes:
    """The suite's message digest: SHA-256 (intl) or SM3 (gm)."""
    return hashlib.sha256(data).digest() if Suite(suite) is Suite.INTL else sm3(data)


_MAC_HASHES: dict[Algorithm, type[hashes.HashAlgorithm]] = {
    Algorithm.HMAC_SHA256: hashes.SHA256, Algorithm.HMAC_SM3: hashes.SM3,
}


def mac_hash(algorithm: Algorithm) -> hashes.HashAlgorithm:
    """The hash an HMAC algorithm runs on (keys.mac.MacKey keys it once per key)."""
    try:
        return _MAC_HASHES[algorithm]()
    except KeyError:
        raise ValueError(f"{algorithm} is not a MAC algorithm") from None
