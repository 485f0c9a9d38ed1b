"""A minimal, real keyring: one JSON file per key in a private directory.

Layout::

    <dir>/                      mode 0700, owned by the current user
    <dir>/.lock                 flock'ed while keys are being created
    <dir>/<purpose>-<id>.json   mode 0600, one key record each

A key record::

    {"format": "govgate-key/1", "id": "c74f20a3", "purpose": "audit-signing",
     "algorithm": "ed25519", "state": "active", "created": "2025-01-01T00:00:00Z",
     "name": "govgate.huzhou/audit", "public_key": "<base64 raw 32 bytes>",
     "secret": {"protection": "none", "encoding": "base64", "value": "<base64>"}}

Key ids: Ed25519 keys use the signed-note key hash (see :mod:`keys.signing`).
MAC keys have no public half, so their id is a key check value:
``HMAC-SHA256(key, "govgate key id\\n")[:4]`` in hex — it names the key without
revealing anything about it.

.. warning::
   Private key material is stored in the clear, protected only by file
   permissions (0600 in a 0700 directory).  It is to be wrapped under a master
   key (envelope encryption) — issue 6; ``secret.protection`` is the field that
   will then say ``"aes-256-gcm"`` and name the wrapping key.
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator

from keys.errors import KeyFileError, KeyNotFound, KeyringNotFound, KeysError
from keys.signing import Signer, strict_b64decode, verifier_key

logger = logging.getLogger(__name__)

DEFAULT_NAME_PREFIX = "govgate.huzhou"
_KEY_FORMAT = "govgate-key/1"
_KCV_LABEL = b"govgate key id\n"
_FILE_RE = re.compile(r"^(?P<purpose>[a-z-]+)-(?P<id>[0-9a-f]{8})\.json$")


class Purpose(StrEnum):
    AUDIT_SIGNING = "audit-signing"
    RESPONSE_SIGNING = "response-signing"
    IDENTIFIER_MAC = "identifier-mac"  # keyed hashes of personal identifiers in the audit trail
    PSEUDONYM_MAC = "pseudonym-mac"  # the `hash` masking operator: joinable pseudonyms sent to departments


class Algorithm(StrEnum):
    ED25519 = "ed25519"
    HMAC_SHA256 = "hmac-sha256"


class KeyState(StrEnum):
    ACTIVE = "active"  # rotation (issue 6) adds "retired": verifies, never signs


ALGORITHM_FOR: dict[Purpose, Algorithm] = {
    Purpose.AUDIT_SIGNING: Algorithm.ED25519,
    Purpose.RESPONSE_SIGNING: Algorithm.ED25519,
    Purpose.IDENTIFIER_MAC: Algorithm.HMAC_SHA256,
    Purpose.PSEUDONYM_MAC: Algorithm.HMAC_SHA256,
}


def default_key_name(purpose: Purpose, prefix: str = DEFAULT_NAME_PREFIX) -> str:
    """``govgate.huzhou/audit`` for audit-signing: C2SP asks that the log's key
    name match the checkpoint origin, and the ledger's default origin is this."""
    return f"{prefix}/{purpose.value.removesuffix('-signing')}"


def mac_key_id(secret: bytes) -> str:
    """Key check value of a MAC key (see module docstring)."""
    return hmac.new(secret, _KCV_LABEL, hashlib.sha256).digest()[:4].hex()


class SecretMaterial(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    protection: Literal["none"]  # issue 6: envelope encryption under a master key
    encoding: Literal["base64"]
    value: SecretStr  # SecretStr: repr() and str() print '**********'

    def raw(self) -> bytes:
        return strict_b64decode(self.value.get_secret_value())


class KeyRecord(BaseModel):
    """One key as stored on disk; constructing one validates it completely."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["govgate-key/1"] = _KEY_FORMAT
    id: str = Field(pattern=r"^[0-9a-f]{8}$")
    purpose: Purpose
    algorithm: Algorithm
    state: KeyState
    created: str = Field(pattern=r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
    name: str | None = None
    public_key: str | None = None
    secret: SecretMaterial = Field(repr=False)

    @model_validator(mode="after")
    def _consistent(self) -> KeyRecord:
        if ALGORITHM_FOR[self.purpose] is not self.algorithm:
            raise ValueError(f"purpose {self.purpose} requires {ALGORITHM_FOR[self.purpose]}")
        try:
            raw = self.secret.raw()
        except ValueError:
            raise ValueError("secret is not canonical base64") from None
        if len(raw) != 32:
            raise ValueError("secret must be 32 bytes")
        if self.algorithm is Algorithm.ED25519:
            if self.name is None or self.public_key is None:
                raise ValueError("an Ed25519 key needs a name and a public key")
            signer = Signer.from_seed(self.name, raw)
            if base64.b64encode(signer.public_key_bytes).decode() != self.public_key:
                raise ValueError("public key does not match the private key")
            if signer.key_id != self.id:
                raise ValueError("key id does not match name and public key")
        else:
            if self.name is not None or self.public_key is not None:
                raise ValueError("a MAC key has no name or public key")
            if mac_key_id(raw) != self.id:
                raise ValueError("key id does not match the MAC key")
        return self

    @property
    def filename(self) -> str:
        return f"{self.purpose.value}-{self.id}.json"

    def public_view(self) -> dict[str, object]:
        """Everything but the secret — what listings and exports may show."""
        view: dict[str, object] = self.model_dump(mode="json", exclude={"secret"})
        if self.algorithm is Algorithm.ED25519:
            assert self.name is not None
            view["verifier_key"] = verifier_key(self.name, self.public_key_bytes())
        return view

    def public_key_bytes(self) -> bytes:
        if self.public_key is None:
            raise KeyNotFound(f"key {self.id} ({self.purpose}) has no public half")
        return base64.b64decode(self.public_key)


def new_key_record(
    purpose: Purpose, *, now: datetime, secret: bytes, name_prefix: str = DEFAULT_NAME_PREFIX
) -> KeyRecord:
    """Pure: build the record for a new key from its 32 secret bytes and a time."""
    if now.tzinfo is None:
        raise KeysError("now must be timezone-aware")
    created = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    material = SecretMaterial(
        protection="none", encoding="base64", value=SecretStr(base64.b64encode(secret).decode())
    )
    algorithm = ALGORITHM_FOR[purpose]
    if algorithm is Algorithm.ED25519:
        name = default_key_name(purpose, name_prefix)
        signer = Signer.from_seed(name, secret)
        return KeyRecord(
            id=signer.key_id, purpose=purpose, algorithm=algorithm, state=KeyState.ACTIVE,
            created=created, name=name,
            public_key=base64.b64encode(signer.public_key_bytes).decode(), secret=material,
        )
    return KeyRecord(
        id=mac_key_id(secret), purpose=purpose, algorithm=algorithm, state=KeyState.ACTIVE,
        created=created, secret=material,
    )


class MacKey:
    """An HMAC-SHA256 key; ``repr()`` shows the key id only."""

    __slots__ = ("_secret", "key_id")

    def __init__(self, key_id: str, secret: bytes) -> None:
        self._secret = secret
        self.key_id = key_id

    def mac(self, data: bytes) -> bytes:
        return hmac.new(self._secret, data, hashlib.sha256).digest()

    def hexdigest(self, data: bytes) -> str:
        return hmac.new(self._secret, data, hashlib.sha256).hexdigest()

    def __repr__(self) -> str:
        return f"MacKey(key_id={self.key_id!r})"

    __str__ = __repr__

    def __reduce__(self) -> object:
        raise TypeError("MacKey objects hold secrets and cannot be pickled")


def _check_private(path: Path, st: os.stat_result) -> None:
    # Like ssh: a key readable by others is already compromised; refuse to use it.
    if st.st_uid != os.geteuid():
        raise KeyFileError(f"{path} is not owned by the current user")
    if stat.S_IMODE(st.st_mode) & 0o077:
        raise KeyFileError(f"{path} is accessible by group/others (mode {stat.S_IMODE(st.st_mode):o})")


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_private_file(directory: Path, filename: str, data: bytes) -> None:
    """Write temp (0600) + fsync + atomic rename + fsync dir: the key exists whole or not at all."""
    final = directory / filename
    if final.exists():
        raise KeyFileError(f"{final} already exists")
    tmp = directory / f".{filename}.{secrets.token_hex(6)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        os.fchmod(fd, 0o600)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.rename(tmp, final)
    _fsync_dir(directory)


class Keyring:
    """Keys by purpose, loaded from a private directory.  Use :meth:`open`."""

    def __init__(self, directory: Path, records: dict[str, KeyRecord]) -> None:
        self._directory = directory
        self._records = records

    @classmethod
    def open(cls, directory: Path, *, create: bool = False) -> Keyring:
        directory = Path(directory)
        if not directory.exists():
            if not create:
                raise KeyringNotFound(f"no keyring at {directory}")
            directory.mkdir(mode=0o700, parents=True)
            os.chmod(directory, 0o700)  # mkdir's mode is filtered by the umask
        if not directory.is_dir():
            raise KeyFileError(f"{directory} is not a directory")
        _check_private(directory, directory.stat())
        return cls(directory, cls._load(directory))

    @staticmethod
    def _load(directory: Path) -> dict[str, KeyRecord]:
        records: dict[str, KeyRecord] = {}
        for path in sorted(directory.iterdir()):
            if path.name.startswith(".") or path.suffix != ".json":
                continue
            st = path.lstat()
            if not stat.S_ISREG(st.st_mode):
                raise KeyFileError(f"{path} is not a regular file")
            _check_private(path, st)
            try:
                record = KeyRecord.model_validate_json(path.read_bytes())
            except ValidationError as exc:
                # Field names and error kinds only: input values could be secrets.
                problems = "; ".join(
                    f"{'.'.join(map(str, e['loc'])) or '<record>'}: {e['type']}" for e in exc.errors()
                )
                raise KeyFileError(f"{path.name}: invalid key record ({problems})") from None
            if record.filename != path.name:
                raise KeyFileError(f"{path.name}: file name does not match its record ({record.filename})")
            records[record.id] = record
        return records

    @property
    def directory(self) -> Path:
        return self._directory

    def records(self, purpose: Purpose | str | None = None) -> list[KeyRecord]:
        """All key records (optionally of one purpose), oldest first."""
        try:
            wanted = None if purpose is None else Purpose(purpose)
        except ValueError:
            raise KeyNotFound(f"unknown key purpose {purpose!r}") from None
        found = [r for r in self._records.values() if wanted is None or r.purpose is wanted]
        return sorted(found, key=lambda r: (r.created, r.id))

    def _active(self, purpose: Purpose | str, algorithm: Algorithm) -> KeyRecord:
        records = self.records(purpose)  # KeyNotFound for an unknown purpose
        wanted = Purpose(purpose)
        if ALGORITHM_FOR[wanted] is not algorithm:
            raise KeyNotFound(f"purpose {wanted} does not hold {algorithm} keys")
        active = [r for r in records if r.state is KeyState.ACTIVE]
        if not active:
            raise KeyNotFound(f"no active {wanted} key in {self._directory}")
        return active[-1]  # newest active key signs

    def signer(self, purpose: Purpose | str) -> Signer:
        record = self._active(purpose, Algorithm.ED25519)
        assert record.name is not None
        return Signer.from_seed(record.name, record.secret.raw())

    def mac_key(self, purpose: Purpose | str) -> MacKey:
        record = self._active(purpose, Algorithm.HMAC_SHA256)
        return MacKey(record.id, record.secret.raw())

    def public_keys(self, purpose: Purpose | str) -> dict[str, Ed25519PublicKey]:
        """Every key of ``purpose`` that may verify (all states), by key id.

        An empty result is an error: a verifier with no keys must not "pass".
        """
        signing = [r for r in self.records(purpose) if r.algorithm is Algorithm.ED25519]
        if not signing:
            raise KeyNotFound(f"no {purpose} public keys in {self._directory}")
        return {r.id: Ed25519PublicKey.from_public_bytes(r.public_key_bytes()) for r in signing}

    def export_public(self, purpose: Purpose | str) -> str:
        """The active key's note verifier key, ``name+hash+base64(0x01||pub)``."""
        record = self._active(purpose, Algorithm.ED25519)
        assert record.name is not None
        return verifier_key(record.name, record.public_key_bytes())

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        # Two processes running ensure_defaults at once must not both create a key.
        fd = os.open(self._directory / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

    def _write(self, record: KeyRecord) -> None:
        doc = record.model_dump(mode="json")
        doc["secret"]["value"] = record.secret.value.get_secret_value()
        _write_private_file(self._directory, record.filename, json.dumps(doc, indent=2).encode() + b"\n")
        self._records[record.id] = record
        logger.info("created %s key %s in %s", record.purpose, record.id, self._directory)

    def ensure_defaults(
        self, *, now: datetime | None = None, name_prefix: str = DEFAULT_NAME_PREFIX
    ) -> list[KeyRecord]:
        """Create an active key for every purpose that lacks one; return the new ones."""
        when = now or datetime.now(UTC)
        created: list[KeyRecord] = []
        with self._exclusive():
            self._records = self._load(self._directory)  # another process may have added keys
            for purpose in Purpose:
                if any(r.state is KeyState.ACTIVE for r in self.records(purpose)):
                    continue
                record = new_key_record(
                    purpose, now=when, secret=secrets.token_bytes(32), name_prefix=name_prefix
                )
                self._write(record)
                created.append(record)
        return created

    def __repr__(self) -> str:
        return f"Keyring(directory={str(self._directory)!r}, keys={sorted(self._records)!r})"
