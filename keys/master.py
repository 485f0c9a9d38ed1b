"""The master key: where it comes from, and the envelope it puts around every key.

Sources, in order (exactly one of the three variables may be set):

==============================  ==================================================
``GOVGATE_MASTER_KEY``          base64 of 32 random bytes (from a KMS / secret store)
``GOVGATE_MASTER_KEY_FILE``     a file (0600, yours) holding the 32 bytes, raw or base64
``GOVGATE_MASTER_PASSPHRASE``   a passphrase, stretched with scrypt; the salt and cost are
                                stored in the keyring (``keyring.json``), never the key
(none of them)                  ``master.key`` beside the keyring directory
                                (``$GOVGATE_HOME/master.key``) — what ``govgate demo init``
                                generates; refused when ``GOVGATE_ENV=production``
==============================  ==================================================

Each data key's material is sealed with AES-256-GCM under the master key (random 96-bit
nonce; the key's id, purpose, suite and algorithm as associated data, so a wrapped secret
cannot be moved to another record).  The master key is named by a key check value —
``HMAC-SHA256(master, "govgate master key id\\n")[:4]`` — so a wrong master key is detected
before anything is decrypted or written.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from keys._files import check_private, write_private_file
from keys.errors import MasterKeyError
from keys.hazmat.gcm import GcmAuthenticationError, open_, seal
from keys.suites import Algorithm

logger = logging.getLogger(__name__)

MASTER_KEY_ENV = "GOVGATE_MASTER_KEY"
MASTER_KEY_FILE_ENV = "GOVGATE_MASTER_KEY_FILE"
MASTER_PASSPHRASE_ENV = "GOVGATE_MASTER_PASSPHRASE"
ENVIRONMENT_ENV = "GOVGATE_ENV"
LOCAL_MASTER_FILE = "master.key"
WRAP_ALGORITHM = "aes-256-gcm"
_KCV_LABEL = b"govgate master key id\n"
DEFAULT_SCRYPT_N = 1 << 15  # 32 MiB with r=8; ≈0.1 s here


@dataclass(frozen=True)
class KdfParams:
    """scrypt parameters stored in the keyring so that a passphrase gives the same key."""

    salt: bytes
    n: int = DEFAULT_SCRYPT_N
    r: int = 8
    p: int = 1

    def to_json(self) -> dict[str, object]:
        return {"name": "scrypt", "salt": base64.b64encode(self.salt).decode(), "n": self.n, "r": self.r,
                "p": self.p}

    @classmethod
    def from_json(cls, doc: Mapping[str, object]) -> KdfParams:
        try:
            if doc.get("name") != "scrypt":
                raise ValueError("only scrypt is supported")
            params = cls(salt=base64.b64decode(str(doc["salt"]), validate=True), n=int(doc["n"]),  # type: ignore[call-overload]
                         r=int(doc["r"]), p=int(doc["p"]))  # type: ignore[call-overload]
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise MasterKeyError(f"keyring.json: invalid master_kdf ({exc})") from None
        if len(params.salt) < 16 or params.n < 2**14 or params.n & (params.n - 1) or params.r < 1 or params.p < 1:
            raise MasterKeyError("keyring.json: master_kdf parameters are too weak or malformed")
        return params

    @classmethod
    def new(cls, n: int = DEFAULT_SCRYPT_N) -> KdfParams:
        return cls(salt=os.urandom(16), n=n)


def master_key_id(key: bytes) -> str:
    return hmac.new(key, _KCV_LABEL, hashlib.sha256).digest()[:4].hex()


class MasterKey:
    """The key-encryption key.  ``repr()`` shows its id and source, never the key."""

    __slots__ = ("_key", "key_id", "source", "kdf")

    def __init__(self, key: bytes, *, source: str, kdf: KdfParams | None = None) -> None:
        if len(key) != 32:
            raise MasterKeyError(f"the master key ({source}) must be 32 bytes")
        self._key = key
        self.key_id = master_key_id(key)
        self.source = source
        self.kdf = kdf

    @classmethod
    def from_base64(cls, text: str, *, source: str) -> MasterKey:
        try:
            raw = base64.b64decode(text.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise MasterKeyError(f"the master key ({source}) is not base64") from None
        return cls(raw, source=source)

    @classmethod
    def from_file(cls, path: Path, *, source: str | None = None) -> MasterKey:
        where = source or f"file {path}"
        try:
            st = path.stat()
            check_private(path, st)
            data = path.read_bytes()
        except FileNotFoundError:
            raise MasterKeyError(f"master key file {path} does not exist") from None
        except OSError as exc:
            raise MasterKeyError(f"master key file {path}: {exc.strerror}") from None
        except MasterKeyError:
            raise
        except Exception as exc:  # KeyFileError from check_private
            raise MasterKeyError(str(exc)) from None
        return cls(data, source=where) if len(data) == 32 else cls.from_base64(data.decode("ascii", "replace"),
                                                                               source=where)

    @classmethod
    def from_passphrase(cls, passphrase: str, kdf: KdfParams) -> MasterKey:
        if len(passphrase) < 12:
            raise MasterKeyError("the master passphrase must be at least 12 characters")
        key = Scrypt(salt=kdf.salt, length=32, n=kdf.n, r=kdf.r, p=kdf.p).derive(passphrase.encode("utf-8"))
        return cls(key, source="passphrase (scrypt)", kdf=kdf)

    @classmethod
    def generate_file(cls, path: Path) -> MasterKey:
        """Create ``path`` (0600, must not exist) holding a new random key, base64."""
        key = os.urandom(32)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_private_file(path.parent, path.name, base64.b64encode(key) + b"\n")
        logger.warning("generated a local master key %s (id %s): fine for development and the demo; "
                       "production sets %s, %s or %s", path, master_key_id(key), MASTER_KEY_ENV,
                       MASTER_KEY_FILE_ENV, MASTER_PASSPHRASE_ENV)
        return cls(key, source=f"file {path}")

    def wrap(self, secret: bytes, aad: bytes, nonce: bytes) -> bytes:
        """Deterministic core: seal ``secret`` with ``nonce`` (the caller draws it at random)."""
        return seal(Algorithm.AES_256_GCM, self._key, nonce, secret, aad)

    def unwrap(self, nonce: bytes, sealed: bytes, aad: bytes) -> bytes:
        try:
            return open_(Algorithm.AES_256_GCM, self._key, nonce, sealed, aad)
        except GcmAuthenticationError:
            raise MasterKeyError(f"a wrapped key does not open under master key {self.key_id} "
                                 "(wrong master key, or the key file was modified)") from None

    def __repr__(self) -> str:
        return f"MasterKey(key_id={self.key_id!r}, source={self.source!r})"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("MasterKey objects hold secrets and cannot be pickled")


def is_development(env: Mapping[str, str]) -> bool:
    return env.get(ENVIRONMENT_ENV, "").strip().lower() == "development"


def local_master_file(keys_dir: Path) -> Path:
    return keys_dir.parent / LOCAL_MASTER_FILE


def master_from_env(env: Mapping[str, str], *, kdf: KdfParams | None) -> MasterKey | None:
    """The master key the environment names, or None when it names none.

    ``kdf`` is the keyring's stored scrypt parameters (None: a new salt is drawn, which
    only matches a keyring that does not exist yet).
    """
    chosen = [name for name in (MASTER_KEY_ENV, MASTER_KEY_FILE_ENV, MASTER_PASSPHRASE_ENV) if env.get(name)]
    if len(chosen) > 1:
        raise MasterKeyError(f"set only one of {', '.join(chosen)}")
    if not chosen:
        return None
    name = chosen[0]
    if name == MASTER_KEY_ENV:
        return MasterKey.from_base64(env[name], source=f"${MASTER_KEY_ENV}")
    if name == MASTER_KEY_FILE_ENV:
        return MasterKey.from_file(Path(env[name]), source=f"${MASTER_KEY_FILE_ENV} ({env[name]})")
    return MasterKey.from_passphrase(env[name], kdf or KdfParams.new())


def resolve_master(keys_dir: Path, env: Mapping[str, str], *, kdf: KdfParams | None,
                   generate: bool) -> MasterKey | None:
    """Environment first, then the local ``master.key`` (generated when ``generate``)."""
    master = master_from_env(env, kdf=kdf)
    if master is not None:
        return master
    local = local_master_file(keys_dir)
    production = env.get(ENVIRONMENT_ENV, "").strip().lower() == "production"
    if not local.exists() and not generate:
        return None
    if production:
        raise MasterKeyError(f"GOVGATE_ENV=production: set {MASTER_KEY_ENV}, {MASTER_KEY_FILE_ENV} or "
                             f"{MASTER_PASSPHRASE_ENV}; a master.key beside the keyring ({local}) is for "
                             "development and the demo only")
    if local.exists():
        return MasterKey.from_file(local)
    return MasterKey.generate_file(local)
