"""The pepper: the secret key of the digests kept for API keys, session tokens and recovery codes.

A stolen copy of the state database must not let anyone check guesses against those digests
offline, so each is keyed::

    hmac-sha256:<pepper id>:<hex HMAC-SHA256(pepper, SHA-256 hex of the secret)>

The pepper is 32 random bytes, created once per state database and stored in
``secret_peppers`` only sealed with the keyring's secret-wrapping key (``keys.Aead``: AES-256-GCM,
SM4-GCM in the gm suite; associated data binds the blob to its row and id), like the TOTP
seeds. So the database alone holds nothing secret in clear, and the keyring alone holds no
digests. Why HMAC over the SHA-256 (not over the secret): digests stored before the pepper
(plain SHA-256, migration 0006) are protected in place as ``HMAC(pepper, stored)``, which is
exactly what a fresh digest of their secret gives — one verification path, no key re-issued.

Rotation: a secret-wrapping key rotation leaves the pepper readable (a retired key still
decrypts), and :func:`load_pepper` re-seals it under the active key at the next start, so the
retired key can then be destroyed. ``govgate keys rewrap`` changes only the master key and
never touches the pepper. The pepper itself does not rotate (every digest would change); the
id in each digest leaves room for that.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from datetime import datetime, timezone
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from gateway.state.models import Credential, RecoveryCode, SecretPepper, UserSession
from keys import Aead, DecryptionError, Keyring, KeysError, Purpose

log = logging.getLogger("govgate.gateway")

SCHEME = "hmac-sha256"
_NAME = "default"
_ID_LABEL = b"govgate pepper id\n"
_DIGESTS = ((Credential, "secret_hash"), (UserSession, "token_hash"), (RecoveryCode, "code_hash"))


class PepperError(Exception):
    """The pepper cannot be read (no secret-wrapping key, or its key was destroyed)."""


def _sha256_hex(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class Pepper:
    """Keyed digests of high-entropy secrets; ``repr()`` shows only the pepper id."""

    __slots__ = ("_key", "pepper_id")

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise PepperError("a pepper is 32 bytes")
        self._key = key
        self.pepper_id = hmac.new(key, _ID_LABEL, hashlib.sha256).digest()[:4].hex()

    def _keyed(self, sha256_hex: str) -> str:
        return f"{SCHEME}:{self.pepper_id}:{hmac.new(self._key, sha256_hex.encode('ascii'), hashlib.sha256).hexdigest()}"

    def digest(self, secret: str) -> str:
        """What is stored for ``secret`` (deterministic: a recovery code is looked up by it)."""
        return self._keyed(_sha256_hex(secret))

    def matches(self, secret: str, stored: str | None) -> bool:
        """Constant-time check of ``secret`` against a stored digest (None: compare with a decoy)."""
        expected = stored if stored is not None else self.digest("decoy")  # same work either way
        return hmac.compare_digest(self.digest(secret), expected) and stored is not None

    def protect_legacy(self, stored: str) -> str | None:
        """The peppered form of a plain SHA-256 hex digest (None if ``stored`` is not one)."""
        if len(stored) == 64 and all(c in "0123456789abcdef" for c in stored):
            return self._keyed(stored)
        return None

    def __repr__(self) -> str:
        return f"Pepper(pepper_id={self.pepper_id!r})"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("Pepper objects hold secrets and cannot be pickled")


def _aad(pepper_id: str) -> bytes:
    return f"govgate/pepper/v1\nname:{_NAME}\nid:{pepper_id}".encode()


def _box(keyring: Keyring) -> Aead:
    try:
        return keyring.aead(Purpose.SECRET_WRAPPING)
    except KeysError as exc:
        raise PepperError("the keyring has no secret-wrapping key: run `govgate keys init`") from exc


def load_pepper(sessions: Callable[[], Session], keyring: Keyring, *, now: datetime | None = None) -> Pepper:
    """The state database's pepper: created on first use, re-sealed under the active
    secret-wrapping key when an older one sealed it, and every plain SHA-256 digest left from
    before migration 0006 protected with it. Run at every start (the gateway, `demo init`,
    `credentials issue`), it also re-seals TOTP seeds that a retired secret-wrapping key sealed:
    after one start following a rotation, the retired key can be destroyed."""
    now = now or datetime.now(timezone.utc)
    box = _box(keyring)
    with sessions() as session:
        row = session.get(SecretPepper, _NAME)
        if row is None:
            key = secrets.token_bytes(32)
            pepper = Pepper(key)
            session.add(SecretPepper(name=_NAME, pepper_id=pepper.pepper_id, created_at=now,
                                     wrapped=base64.b64encode(box.encrypt(key, _aad(pepper.pepper_id))).decode()))
            try:
                session.commit()
                log.info("created the secret-digest pepper %s (sealed under secret-wrapping key %s)",
                         pepper.pepper_id, box.key_id)
            except IntegrityError:  # another process created it first: use theirs
                session.rollback()
                row = session.get(SecretPepper, _NAME)
        if row is not None:
            pepper = _open(box, row)
            if Aead.key_id_of(base64.b64decode(row.wrapped)) != box.key_id:  # sealed under a retired key
                row.wrapped = base64.b64encode(box.encrypt(pepper._key, _aad(row.pepper_id))).decode()
                row.rewrapped_at = now
                session.commit()
                log.info("re-sealed the secret-digest pepper under secret-wrapping key %s", box.key_id)
        protected = protect_legacy_digests(session, pepper)
        if protected:
            log.warning("protected %d plain SHA-256 secret digest(s) with the pepper (migration 0006)", protected)
        from gateway.state.users import reseal_totp_seeds  # noqa: PLC0415 - users imports this module

        try:
            resealed = reseal_totp_seeds(session, box)
        except (DecryptionError, ValueError) as exc:  # e.g. a seed under a destroyed key: that user re-enrols
            session.rollback()
            log.error("could not re-seal every TOTP seed under secret-wrapping key %s: %s", box.key_id, exc)
        else:
            if resealed:
                log.info("re-sealed %d TOTP seed(s) under secret-wrapping key %s", resealed, box.key_id)
    return pepper


def _open(box: Aead, row: SecretPepper) -> Pepper:
    try:
        pepper = Pepper(box.decrypt(base64.b64decode(row.wrapped), _aad(row.pepper_id)))
    except (DecryptionError, ValueError) as exc:
        raise PepperError(f"the secret-digest pepper does not decrypt ({exc}): API keys, sessions and recovery "
                          "codes cannot be checked") from exc
    if pepper.pepper_id != row.pepper_id:
        raise PepperError("the secret-digest pepper does not match its id")
    return pepper


def protect_legacy_digests(session: Session, pepper: Pepper) -> int:
    """Rewrite every plain SHA-256 digest as its peppered form; returns how many."""
    count = 0
    for model, column in _DIGESTS:
        attr = getattr(model, column)
        for row in session.scalars(select(model).where(attr.not_like(f"{SCHEME}:%"))):
            keyed = pepper.protect_legacy(getattr(row, column))
            if keyed is not None:
                setattr(row, column, keyed)
                count += 1
    if count:
        session.commit()
    return count
