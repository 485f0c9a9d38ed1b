"""The keyring: keys by purpose, one JSON file per key, material wrapped under a master key.

Layout::

    <home>/master.key            the local master key (development / demo only; see keys.master)
    <home>/keys/                 mode 0700, owned by the current user
    <home>/keys/.lock            flock'ed while keys change
    <home>/keys/keyring.json     master key id, scrypt salt (passphrase), default suite
    <home>/keys/<purpose>-<id>.json   mode 0600, one key record each (keys.records)

Lifecycle: ``active`` (the newest active key of a purpose signs / encrypts) →
``retired`` (verifies / decrypts only) → ``destroyed`` (material erased; verification and
decryption fail with :class:`~keys.errors.KeyDestroyed`).  :meth:`Keyring.rotate` adds a
new active key and retires the previous one.  Every change is reported to ``on_event``
(``key.create``, ``key.rotate``, ``key.retire``, ``key.destroy``, ``keyring.rewrap``,
``keyring.migrate``) so that the caller can make it an audit event — keys/ does not
import audit/.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import secrets
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from keys import _rewrap
from keys._files import check_private, make_private_dir, write_private_file
from keys.aead import Aead
from keys.errors import (KeyDestroyed, KeyFileError, KeyNotFound, KeyringNotFound, KeysError, KeyStateError,
                         MasterKeyError, UnprotectedKeyring)
from keys.mac import MacKey
from keys.master import MasterKey, is_development, resolve_master
from keys.records import (ALGORITHM_FOR, DEFAULT_NAME_PREFIX, INTL_ONLY, KIND_FOR, KeyRecord, KeyState, PlainSecret,
                          Purpose, WrappedSecret, default_key_name, key_id_of, load_records, mac_key_id,
                          new_key_record, rfc3339)
from keys.signing import Signer, verifier_key, verify_signature
from keys.suites import KEY_SIZE, Algorithm, Kind, Suite, algorithm_for
from keys.tokens import TokenKey

__all__ = ["ALGORITHM_FOR", "Algorithm", "EventHook", "KeyRecord", "KeyState", "Keyring", "MacKey", "Purpose",
           "default_key_name", "mac_key_id", "new_key_record"]

logger = logging.getLogger(__name__)

EventHook = Callable[[str, dict[str, object]], None]
Unprotected = Literal["refuse", "allow", "migrate"]


class Keyring:
    """Keys by purpose, loaded from a private directory.  Use :meth:`open`."""

    def __init__(self, directory: Path, records: dict[str, KeyRecord], material: dict[str, bytes], *,
                 master: MasterKey | None = None, meta: _rewrap.KeyringMeta | None = None,
                 on_event: EventHook | None = None) -> None:
        self._directory = directory
        self._records = records
        self._material = material
        self._master = master
        self._meta = meta
        self._on_event = on_event

    # --- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, directory: Path, *, create: bool = False, master: MasterKey | None = None,
             on_event: EventHook | None = None, unprotected: Unprotected = "refuse",
             suite: Suite | str | None = None, env: Mapping[str, str] | None = None) -> Keyring:
        """Open (``create``: or create) the keyring; unwrap and check every key — nothing is
        written before the master key (``master``, else :mod:`keys.master`'s sources) is known
        to be the right one.  Keys stored in the clear are refused unless ``GOVGATE_ENV=development``
        or ``unprotected`` is ``"allow"`` (read them) or ``"migrate"`` (wrap them now)."""
        env = os.environ if env is None else env
        directory = Path(directory)
        _rewrap.recover(directory)
        if not directory.exists():
            if not create:
                raise KeyringNotFound(f"no keyring at {directory}")
            make_private_dir(directory)
        if not directory.is_dir():
            raise KeyFileError(f"{directory} is not a directory")
        check_private(directory, directory.stat())
        meta = _rewrap.read_meta(directory)
        records = cls._load(directory)
        plain = [r for r in records.values() if isinstance(r.secret, PlainSecret)]
        if meta is None and any(isinstance(r.secret, WrappedSecret) for r in records.values()):
            raise KeyFileError(f"{directory}: wrapped keys but no {_rewrap.META_FILE}")
        if master is None:
            generate = (create and meta is None) or (unprotected == "migrate" and meta is None)
            master = resolve_master(directory, env, kdf=meta.kdf if meta else None, generate=generate)
        if meta is not None:
            if master is None:
                raise MasterKeyError(f"{directory} is wrapped under master key {meta.master_key_id} and no master "
                                     "key is configured: set GOVGATE_MASTER_KEY, GOVGATE_MASTER_KEY_FILE or "
                                     "GOVGATE_MASTER_PASSPHRASE")
            if master.key_id != meta.master_key_id:
                raise MasterKeyError(f"{directory} is wrapped under master key {meta.master_key_id}, but the "
                                     f"configured master key ({master.source}) is {master.key_id}: wrong key? "
                                     "(nothing was changed)")
        if plain and unprotected == "refuse":
            if not is_development(env):
                raise UnprotectedKeyring(f"{directory} stores {len(plain)} key(s) in the clear (protection none); "
                                         "run `govgate keys rewrap` to wrap them under the master key, or set "
                                         "GOVGATE_ENV=development")
            logger.warning("%s stores %d key(s) in the clear (GOVGATE_ENV=development)", directory, len(plain))
        material = {r.id: cls._unwrap(r, master) for r in records.values() if r.secret is not None}
        keyring = cls(directory, records, material, master=master, meta=meta, on_event=on_event)
        if meta is None and master is not None and create and not plain:
            keyring._meta = _rewrap.KeyringMeta.for_master(master, Suite(suite or Suite.INTL))
            _rewrap.write_meta(directory, keyring._meta)
        if plain and unprotected == "migrate":
            keyring.protect(env=env)
        return keyring

    _unwrap = staticmethod(_rewrap.unwrap_material)

    _load = staticmethod(lambda directory: load_records(directory, skip={_rewrap.META_FILE}))

    # --- reading -------------------------------------------------------------------------
    @property
    def directory(self) -> Path:
        return self._directory

    @property
    def master_key_id(self) -> str | None:
        return self._master.key_id if self._master else None

    @property
    def suite(self) -> Suite:
        return self._meta.suite if self._meta else Suite.INTL

    def records(self, purpose: Purpose | str | None = None) -> list[KeyRecord]:
        """All key records (optionally of one purpose), oldest first."""
        try:
            wanted = None if purpose is None else Purpose(purpose)
        except ValueError:
            raise KeyNotFound(f"unknown key purpose {purpose!r}") from None
        found = [r for r in self._records.values() if wanted is None or r.purpose is wanted]
        return sorted(found, key=lambda r: (r.created, r.id))

    def record(self, key_id: str) -> KeyRecord:
        record = self._records.get(key_id)
        if record is None:
            raise KeyNotFound(f"no key {key_id!r} in {self._directory}")
        return record

    def _of_kind(self, purpose: Purpose | str, kind: Kind) -> list[KeyRecord]:
        records = self.records(purpose)  # KeyNotFound for an unknown purpose
        if KIND_FOR[Purpose(purpose)] is not kind:
            raise KeyNotFound(f"purpose {purpose} does not hold {kind} keys")
        return records

    def _active(self, purpose: Purpose | str, kind: Kind) -> KeyRecord:
        active = [r for r in self._of_kind(purpose, kind) if r.state is KeyState.ACTIVE]
        if not active:
            raise KeyNotFound(f"no active {Purpose(purpose)} key in {self._directory}")
        return active[-1]  # newest active key signs

    def _usable(self, key_id: str, purpose: Purpose | str) -> KeyRecord:
        record = self.record(key_id)
        if record.purpose is not Purpose(purpose):
            raise KeyNotFound(f"key {key_id} is a {record.purpose} key, not {purpose}")
        if record.state is KeyState.DESTROYED:
            raise KeyDestroyed(f"{record.purpose} key {key_id} was destroyed {record.destroyed}: what it "
                               "signed no longer verifies and what it encrypted no longer decrypts")
        return record

    def signer(self, purpose: Purpose | str) -> Signer:
        record = self._active(purpose, Kind.SIGN)
        assert record.name is not None
        return Signer.from_seed(record.name, self._material[record.id], record.algorithm)

    def mac_key(self, purpose: Purpose | str) -> MacKey:
        record = self._active(purpose, Kind.MAC)
        return MacKey(record.id, self._material[record.id], record.algorithm)

    def aead(self, purpose: Purpose | str) -> Aead:
        """The newest active key encrypts; every retired key still decrypts by the id in the blob."""
        records = self._of_kind(purpose, Kind.AEAD)
        if not records:
            raise KeyNotFound(f"no {Purpose(purpose)} key in {self._directory}")
        active = [r for r in records if r.state is KeyState.ACTIVE]
        alive = [r for r in records if r.state is not KeyState.DESTROYED]
        return Aead(Purpose(purpose).value, active[-1].id if active else None,
                    {r.id: self._material[r.id] for r in alive}, algorithms={r.id: r.algorithm for r in alive},
                    destroyed={r.id: str(r.destroyed) for r in records if r.state is KeyState.DESTROYED})

    def token_key(self, key_id: str | None = None, purpose: Purpose | str = Purpose.TOKENIZATION) -> TokenKey:
        """The active tokenization key, or (to detokenize old tokens) the key ``key_id``."""
        record = self._active(purpose, Kind.FPE) if key_id is None else self._usable(key_id, purpose)
        if record.kind is not Kind.FPE:
            raise KeyNotFound(f"key {record.id} is not a tokenization key")
        return TokenKey(record.id, self._material[record.id], record.algorithm)

    def public_keys(self, purpose: Purpose | str) -> dict[str, Ed25519PublicKey]:
        """Every key of ``purpose`` that may verify (active and retired), by key id.

        Destroyed keys are left out (see :meth:`destroyed_keys` to say why a signature's
        key is missing).  An empty result is an error: a verifier with no keys must not "pass".
        """
        signing = [r for r in self._of_kind(purpose, Kind.SIGN) if r.state is not KeyState.DESTROYED]
        if not signing:
            raise KeyNotFound(f"no {purpose} public keys in {self._directory}")
        return {r.id: Ed25519PublicKey.from_public_bytes(r.public_key_bytes()) for r in signing}

    def destroyed_keys(self, purpose: Purpose | str) -> dict[str, KeyRecord]:
        """Destroyed keys of ``purpose`` by id (their public halves no longer verify)."""
        return {r.id: r for r in self.records(purpose) if r.state is KeyState.DESTROYED}

    def verify(self, purpose: Purpose | str, key_id: str, signature: bytes, data: bytes) -> None:
        """Verify a signature by key id; raise KeyNotFound, KeyDestroyed or SignatureError."""
        record = self._usable(key_id, purpose)
        verify_signature(record.algorithm, record.public_key_bytes(), signature, data)

    def export_public(self, purpose: Purpose | str, key_id: str | None = None) -> str:
        """A key's note verifier key ``name+hash+base64(0x01||pub)`` (default: the active key)."""
        record = self._active(purpose, Kind.SIGN) if key_id is None else self._usable(key_id, purpose)
        if record.name is None:
            raise KeyNotFound(f"key {record.id} has no public half")
        return verifier_key(record.name, record.public_key_bytes())

    # --- changing ------------------------------------------------------------------------
    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        # Two processes changing keys at once must not both create one.
        fd = os.open(self._directory / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            self._records = self._load(self._directory)  # another process may have changed keys
            self._material = {r.id: self._material.get(r.id) or self._unwrap(r, self._master)
                              for r in self._records.values() if r.secret is not None}
            yield
        finally:
            os.close(fd)

    def reload(self) -> None:
        """Re-read the key files (after another process rotated or retired a key)."""
        with self._exclusive():
            pass

    def set_event_hook(self, hook: EventHook | None) -> None:
        self._on_event = hook

    @contextmanager
    def _op(self, action: str, **details: object) -> Iterator[None]:
        """Run one key operation under the lock; report a failure to ``on_event`` too."""
        try:
            with self._exclusive():
                yield
        except KeysError as exc:
            self._emit(action, None, outcome="failure", reason=type(exc).__name__, message=str(exc), **details)
            raise

    def _emit(self, action: str, record: KeyRecord | None = None, **details: object) -> None:
        if self._on_event is None:
            return
        facts: dict[str, object] = {"outcome": "success", "keyring": str(self._directory)}
        if record is not None:
            facts.update(key_id=record.id, purpose=record.purpose.value, suite=record.suite.value,
                         algorithm=record.algorithm.value, state=record.state.value)
        facts.update(details)
        self._on_event(action, facts)

    def _require_master(self) -> MasterKey:
        if self._master is None:
            raise MasterKeyError("no master key configured: set GOVGATE_MASTER_KEY, GOVGATE_MASTER_KEY_FILE or "
                                 "GOVGATE_MASTER_PASSPHRASE (new keys are never stored in the clear)")
        if self._meta is None:
            self._meta = _rewrap.KeyringMeta.for_master(self._master, Suite.INTL)
            _rewrap.write_meta(self._directory, self._meta)
        return self._master

    def _put(self, record: KeyRecord, *, replace: bool) -> None:
        doc = record.model_dump(mode="json")
        write_private_file(self._directory, record.filename, json.dumps(doc, indent=2).encode() + b"\n",
                           replace=replace)
        self._records[record.id] = record

    def _new_key(self, purpose: Purpose, now: datetime, suite: Suite, name: str | None) -> KeyRecord:
        master = self._require_master()
        suite = Suite.INTL if purpose in INTL_ONLY else suite
        prefix = name.rsplit("/", 1)[0] if name else DEFAULT_NAME_PREFIX
        while True:
            secret = secrets.token_bytes(KEY_SIZE[algorithm_for(KIND_FOR[purpose], suite)])
            key_id = key_id_of(purpose, secret, suite, prefix)
            if key_id not in self._records:  # 32-bit ids: never reuse one
                break
        draft = new_key_record(purpose, now=now, secret=secret, suite=suite, name_prefix=prefix)
        wrapped = WrappedSecret.model_validate(_rewrap.seal_secret(master, secret, draft.wrap_aad()))
        record = new_key_record(purpose, now=now, secret=secret, suite=suite, name_prefix=prefix, wrapped=wrapped)
        self._put(record, replace=False)
        self._material[record.id] = secret
        logger.info("created %s key %s (%s) in %s", record.purpose, record.id, record.algorithm, self._directory)
        return record

    def ensure_defaults(self, *, now: datetime | None = None, name_prefix: str = DEFAULT_NAME_PREFIX,
                        suite: Suite | str | None = None) -> list[KeyRecord]:
        """Create an active key for every purpose that lacks one; return the new ones."""
        when = now or datetime.now(UTC)
        created: list[KeyRecord] = []
        with self._op("key.create"):
            for purpose in Purpose:
                if any(r.state is KeyState.ACTIVE for r in self.records(purpose)):
                    continue
                record = self._new_key(purpose, when, Suite(suite or self.suite),
                                       default_key_name(purpose, name_prefix))
                created.append(record)
                self._emit("key.create", record)
        return created

    def rotate(self, purpose: Purpose | str, *, now: datetime | None = None,
               suite: Suite | str | None = None) -> KeyRecord:
        """A new active key for ``purpose``; the previous active key(s) retire (verify/decrypt only)."""
        wanted = Purpose(purpose)
        when = now or datetime.now(UTC)
        if suite is not None and wanted in INTL_ONLY and Suite(suite) is not Suite.INTL:
            raise KeysError(f"{wanted} keys sign checkpoints (signed notes, Ed25519): they use the intl suite")
        with self._op("key.rotate", purpose=wanted.value):
            previous = [r for r in self.records(wanted) if r.state is KeyState.ACTIVE]
            default_suite = previous[-1].suite if previous else self.suite
            name = previous[-1].name if previous else default_key_name(wanted)
            record = self._new_key(wanted, when, Suite(suite or default_suite), name)
            for old in previous:  # the new key is durable first: a crash leaves two active keys, never none
                self._put(self._with_state(old, KeyState.RETIRED, when), replace=True)
            self._emit("key.rotate", record, previous_key_ids=[r.id for r in previous])
        return record

    def retire(self, key_id: str, *, now: datetime | None = None) -> KeyRecord:
        """Active → retired: the key stops signing/encrypting and still verifies/decrypts."""
        with self._op("key.retire", key_id=key_id):
            record = self.record(key_id)
            if record.state is not KeyState.ACTIVE:
                raise KeyStateError(f"key {key_id} is {record.state}, only an active key can retire")
            retired = self._with_state(record, KeyState.RETIRED, now or datetime.now(UTC))
            self._put(retired, replace=True)
            self._emit("key.retire", retired)
        return retired

    def destroy(self, key_id: str, *, now: datetime | None = None) -> KeyRecord:
        """Retired → destroyed: the material is erased from the record (its public half stays)."""
        with self._op("key.destroy", key_id=key_id):
            record = self.record(key_id)
            if record.state is not KeyState.RETIRED:
                raise KeyStateError(f"key {key_id} is {record.state}: rotate or retire it before destroying it")
            destroyed = self._with_state(record, KeyState.DESTROYED, now or datetime.now(UTC))
            self._put(destroyed, replace=True)
            self._material.pop(key_id, None)
            self._emit("key.destroy", destroyed)
        return destroyed

    @staticmethod
    def _with_state(record: KeyRecord, state: KeyState, when: datetime) -> KeyRecord:
        doc = record.model_dump(mode="json", exclude={"secret"}) | {"state": state.value}
        doc[state.value] = rfc3339(when)  # "retired" or "destroyed"
        return KeyRecord.model_validate(doc | {"secret": None if state is KeyState.DESTROYED else record.secret})

    def rewrap(self, new_master: MasterKey) -> None:
        """Re-seal every key under ``new_master``; data keys (and their ids) do not change.

        Keys stored in the clear are wrapped too (reported as ``keyring.migrate``).
        """
        self._rewrap(new_master, action="keyring.migrate" if self.unprotected_keys else "keyring.rewrap")

    @property
    def unprotected_keys(self) -> list[str]:
        """Ids of keys stored in the clear (legacy ``protection: "none"``)."""
        return [r.id for r in self._records.values() if isinstance(r.secret, PlainSecret)]

    def protect(self, *, env: Mapping[str, str] | None = None) -> int:
        """Wrap keys stored in the clear under the configured master key (generating the local
        ``master.key`` when none is configured outside production); return how many."""
        count = len(self.unprotected_keys)
        if count:
            master = self._master or resolve_master(self._directory, os.environ if env is None else env, kdf=None,
                                                    generate=True)
            assert master is not None
            self._rewrap(master, action="keyring.migrate")
        return count

    def _rewrap(self, new_master: MasterKey, *, action: str) -> None:
        old_id = self.master_key_id
        with self._op(action, master_key_id=new_master.key_id):
            records, meta = _rewrap.rewrap_directory(self._directory, list(self._records.values()),
                                                     self._material, new_master, self.suite)
        self._records, self._master, self._meta = records, new_master, meta
        logger.info("%s: keys of %s now wrapped under master key %s", action, self._directory, new_master.key_id)
        self._emit(action, None, previous_master_key_id=old_id, master_key_id=new_master.key_id,
                   keys=len(records))

    def __repr__(self) -> str:
        return f"Keyring(directory={str(self._directory)!r}, keys={sorted(self._records)!r})"

