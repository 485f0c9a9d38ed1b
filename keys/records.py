"""Key records as stored on disk: one JSON file per key, validated when constructed.

``govgate-key/2`` (written since issue 6)::

    {"format": "govgate-key/2", "id": "c74f20a3", "purpose": "audit-signing", "suite": "intl",
     "algorithm": "ed25519", "state": "active", "created": "2026-01-01T00:00:00Z",
     "retired": null, "destroyed": null,
     "name": "govgate.huzhou/audit", "public_key": "<base64 raw 32 bytes>",
     "secret": {"protection": "aes-256-gcm", "master_key_id": "9a1b2c3d",
                "nonce": "<base64 12 bytes>", "value": "<base64 ciphertext||tag>"}}

A destroyed key keeps its record (id, dates, public half) with ``"secret": null``.
``govgate-key/1`` records (``"secret": {"protection": "none", …}``, material in the
clear) are still read, so that ``govgate keys rewrap`` can migrate them.

Key ids: signing keys use the signed-note key hash (:mod:`keys.signing`); every other
key has no public half, so its id is a key check value ``HMAC-SHA256(key, "govgate key
id\\n")[:4]`` in hex — it names the key without revealing anything about it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import stat
from collections.abc import Set
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator

from keys._files import check_private

from keys.errors import KeyFileError, KeyNotFound, KeysError
from keys.signing import Signer, strict_b64decode, verifier_key
from keys.suites import KEY_SIZE, KIND_OF, Algorithm, Kind, Suite, algorithm_for

DEFAULT_NAME_PREFIX = "govgate.huzhou"
_KCV_LABEL = b"govgate key id\n"
_TIME = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$"


class Purpose(StrEnum):
    AUDIT_SIGNING = "audit-signing"
    RESPONSE_SIGNING = "response-signing"
    IDENTIFIER_MAC = "identifier-mac"  # keyed hashes of personal identifiers in the audit trail
    PSEUDONYM_MAC = "pseudonym-mac"  # the `hash` masking operator: joinable pseudonyms sent to departments
    SECRET_WRAPPING = "secret-wrapping"  # AES-256-GCM for small secrets in state (TOTP seeds)
    TOKENIZATION = "tokenization"  # FF1 reversible tokens for identifiers


class KeyState(StrEnum):
    ACTIVE = "active"  # signs / encrypts (the newest active key of a purpose is used)
    RETIRED = "retired"  # verifies / decrypts only
    DESTROYED = "destroyed"  # material erased: nothing verifies or decrypts


KIND_FOR: dict[Purpose, Kind] = {
    Purpose.AUDIT_SIGNING: Kind.SIGN, Purpose.RESPONSE_SIGNING: Kind.SIGN,
    Purpose.IDENTIFIER_MAC: Kind.MAC, Purpose.PSEUDONYM_MAC: Kind.MAC,
    Purpose.SECRET_WRAPPING: Kind.AEAD, Purpose.TOKENIZATION: Kind.FPE,
}
#: The intl-suite algorithm of each purpose (kept for callers of the first keyring).
ALGORITHM_FOR: dict[Purpose, Algorithm] = {p: algorithm_for(k, Suite.INTL) for p, k in KIND_FOR.items()}
#: Checkpoints are signed notes, whose format fixes plain Ed25519 (algorithm byte 0x01).
INTL_ONLY = frozenset({Purpose.AUDIT_SIGNING})


def default_key_name(purpose: Purpose, prefix: str = DEFAULT_NAME_PREFIX) -> str:
    """``govgate.huzhou/audit`` for audit-signing: C2SP asks that the log's key
    name match the checkpoint origin, and the ledger's default origin is this."""
    return f"{prefix}/{purpose.value.removesuffix('-signing')}"


def mac_key_id(secret: bytes) -> str:
    """Key check value of a key without a public half (see module docstring)."""
    return hmac.new(secret, _KCV_LABEL, hashlib.sha256).digest()[:4].hex()


def rfc3339(now: datetime) -> str:
    if now.tzinfo is None:
        raise KeysError("now must be timezone-aware")
    return now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class PlainSecret(BaseModel):
    """Legacy (``govgate-key/1``): material in the clear, protected by file modes only."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    protection: Literal["none"]
    encoding: Literal["base64"]
    value: SecretStr  # SecretStr: repr() and str() print '**********'

    def raw(self) -> bytes:
        return strict_b64decode(self.value.get_secret_value())


class WrappedSecret(BaseModel):
    """Material sealed under the master key (AES-256-GCM)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    protection: Literal["aes-256-gcm"]
    master_key_id: str = Field(pattern=r"^[0-9a-f]{8}$")
    nonce: str
    value: str

    def parts(self) -> tuple[bytes, bytes]:
        try:
            nonce, sealed = strict_b64decode(self.nonce), strict_b64decode(self.value)
        except ValueError:
            raise KeyFileError("wrapped secret is not canonical base64") from None
        if len(nonce) != 12 or len(sealed) < 16:
            raise KeyFileError("wrapped secret has the wrong size")
        return nonce, sealed


Secret = Annotated[PlainSecret | WrappedSecret, Field(discriminator="protection")]


class KeyRecord(BaseModel):
    """One key as stored on disk; constructing one validates its structure.

    Whether the material matches the id and public key is checked once it is unwrapped
    (:func:`check_material`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["govgate-key/1", "govgate-key/2"] = "govgate-key/2"
    id: str = Field(pattern=r"^[0-9a-f]{8}$")
    purpose: Purpose
    suite: Suite = Suite.INTL
    algorithm: Algorithm
    state: KeyState
    created: str = Field(pattern=_TIME)
    retired: str | None = Field(default=None, pattern=_TIME)
    destroyed: str | None = Field(default=None, pattern=_TIME)
    name: str | None = None
    public_key: str | None = None
    secret: Secret | None = Field(default=None, repr=False)

    @model_validator(mode="after")
    def _consistent(self) -> KeyRecord:
        if algorithm_for(KIND_FOR[self.purpose], self.suite) is not self.algorithm:
            raise ValueError(f"purpose {self.purpose} in suite {self.suite} requires "
                             f"{algorithm_for(KIND_FOR[self.purpose], self.suite)}")
        if self.purpose in INTL_ONLY and self.suite is not Suite.INTL:
            raise ValueError(f"{self.purpose} keys sign notes and must use the intl suite")
        alive = self.state is not KeyState.DESTROYED
        if alive != (self.secret is not None):
            raise ValueError("a destroyed key has no secret and every other key has one")
        if (self.retired is not None) != (self.state is not KeyState.ACTIVE):
            raise ValueError("retired date must be set exactly when the key is not active")
        if (self.destroyed is not None) != (not alive):
            raise ValueError("destroyed date must be set exactly when the key is destroyed")
        if isinstance(self.secret, PlainSecret) != (self.format == "govgate-key/1"):
            raise ValueError("govgate-key/1 records hold plain secrets; govgate-key/2 records wrapped ones")
        if KIND_OF[self.algorithm] is Kind.SIGN:
            if self.name is None or self.public_key is None:
                raise ValueError("a signing key needs a name and a public key")
            try:
                public = strict_b64decode(self.public_key)
            except ValueError:
                raise ValueError("public key is not canonical base64") from None
            if len(public) != 32:
                raise ValueError("an Ed25519 public key is 32 bytes")
        elif self.name is not None or self.public_key is not None:
            raise ValueError("only signing keys have a name and a public key")
        return self

    @property
    def filename(self) -> str:
        return f"{self.purpose.value}-{self.id}.json"

    @property
    def kind(self) -> Kind:
        return KIND_OF[self.algorithm]

    def wrap_aad(self) -> bytes:
        """What the wrapped secret is bound to: moving it to another record breaks it."""
        return f"govgate key wrap v1\n{self.id}\n{self.purpose.value}\n{self.suite.value}\n{self.algorithm.value}\n" \
            .encode()

    def public_view(self) -> dict[str, object]:
        """Everything but the secret — what listings and exports may show."""
        view: dict[str, object] = self.model_dump(mode="json", exclude={"secret", "format"})
        view["protection"] = "destroyed" if self.secret is None else self.secret.protection
        if isinstance(self.secret, WrappedSecret):
            view["master_key_id"] = self.secret.master_key_id
        if self.kind is Kind.SIGN:
            assert self.name is not None
            view["verifier_key"] = verifier_key(self.name, self.public_key_bytes())
        return view

    def public_key_bytes(self) -> bytes:
        if self.public_key is None:
            raise KeyNotFound(f"key {self.id} ({self.purpose}) has no public half")
        return base64.b64decode(self.public_key)


def check_material(record: KeyRecord, raw: bytes) -> None:
    """Raise :class:`KeyFileError` unless ``raw`` is this record's key."""
    if len(raw) != KEY_SIZE[record.algorithm]:
        raise KeyFileError(f"{record.filename}: secret must be {KEY_SIZE[record.algorithm]} bytes")
    if record.kind is Kind.SIGN:
        assert record.name is not None
        signer = Signer.from_seed(record.name, raw, record.algorithm)
        if signer.public_key_bytes != record.public_key_bytes():
            raise KeyFileError(f"{record.filename}: public key does not match the private key")
        if signer.key_id != record.id:
            raise KeyFileError(f"{record.filename}: key id does not match name and public key")
    elif mac_key_id(raw) != record.id:
        raise KeyFileError(f"{record.filename}: key id does not match the key")


def new_key_record(purpose: Purpose, *, now: datetime, secret: bytes, suite: Suite = Suite.INTL,
                   name_prefix: str = DEFAULT_NAME_PREFIX, wrapped: WrappedSecret | None = None) -> KeyRecord:
    """Pure: the record of a new active key from its secret bytes, a time and its envelope.

    ``wrapped`` is the sealed secret (:meth:`keys.keyring.Keyring` seals it); without one the
    record is a legacy plain one — tests and vectors only.
    """
    algorithm = algorithm_for(KIND_FOR[purpose], suite)
    if len(secret) != KEY_SIZE[algorithm]:
        raise KeysError(f"{algorithm} keys are {KEY_SIZE[algorithm]} bytes")
    material: PlainSecret | WrappedSecret = wrapped or PlainSecret(
        protection="none", encoding="base64", value=SecretStr(base64.b64encode(secret).decode()))
    fmt = "govgate-key/2" if wrapped else "govgate-key/1"
    common = dict(format=fmt, purpose=purpose, suite=suite, algorithm=algorithm, state=KeyState.ACTIVE,
                  created=rfc3339(now), secret=material)
    if KIND_OF[algorithm] is Kind.SIGN:
        name = default_key_name(purpose, name_prefix)
        signer = Signer.from_seed(name, secret, algorithm)
        return KeyRecord(id=signer.key_id, name=name, public_key=base64.b64encode(signer.public_key_bytes).decode(),
                         **common)  # type: ignore[arg-type]
    return KeyRecord(id=mac_key_id(secret), **common)  # type: ignore[arg-type]


def key_id_of(purpose: Purpose, secret: bytes, suite: Suite = Suite.INTL,
              name_prefix: str = DEFAULT_NAME_PREFIX) -> str:
    """The id a new key with ``secret`` will have (needed before sealing it: the id is in the AAD)."""
    return new_key_record(purpose, now=datetime(2000, 1, 1, tzinfo=UTC), secret=secret, suite=suite,
                          name_prefix=name_prefix).id


def load_records(directory: Path, *, skip: Set[str] = frozenset()) -> dict[str, KeyRecord]:
    """Every ``*.json`` key record in ``directory`` by id (private, regular, well formed)."""
    records: dict[str, KeyRecord] = {}
    for path in sorted(directory.iterdir()):
        if path.name.startswith(".") or path.suffix != ".json" or path.name in skip:
            continue
        st = path.lstat()
        if not stat.S_ISREG(st.st_mode):
            raise KeyFileError(f"{path} is not a regular file")
        check_private(path, st)
        try:
            record = KeyRecord.model_validate_json(path.read_bytes())
        except ValidationError as exc:
            # Field names and error kinds only: input values could be secrets.
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or '<record>'}: {e['type']}" for e in exc.errors())
            raise KeyFileError(f"{path.name}: invalid key record ({problems})") from None
        if record.filename != path.name:
            raise KeyFileError(f"{path.name}: file name does not match its record ({record.filename})")
        records[record.id] = record
    return records
