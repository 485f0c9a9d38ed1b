"""Keyring metadata (``keyring.json``) and the crash-safe directory swap used by rewrap.

``keyring.json`` (0600)::

    {"format": "govgate-keyring/1", "master_key_id": "9a1b2c3d", "suite": "intl",
     "master_kdf": null | {"name": "scrypt", "salt": "<base64>", "n": 32768, "r": 8, "p": 1}}

A rewrap writes a complete new directory ``.<name>.rewrap-<random>`` (``keyring.json``
last, so its presence means "complete"), renames the live directory to
``.<name>.old-<random>``, renames the new one into place and deletes the old one.
:func:`recover` finishes or discards an interrupted swap when the keyring is next opened.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import shutil
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from keys._files import fsync_dir, read_private_file, write_private_file
from keys.errors import KeyFileError, MasterKeyError
from keys.master import WRAP_ALGORITHM, KdfParams, MasterKey
from keys.records import KeyRecord, PlainSecret, check_material
from keys.suites import Suite

META_FILE = "keyring.json"


class KeyringMeta(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["govgate-keyring/1"] = "govgate-keyring/1"
    master_key_id: str = Field(pattern=r"^[0-9a-f]{8}$")
    suite: Suite = Suite.INTL
    master_kdf: dict[str, object] | None = None

    @property
    def kdf(self) -> KdfParams | None:
        return None if self.master_kdf is None else KdfParams.from_json(self.master_kdf)

    @classmethod
    def for_master(cls, master: MasterKey, suite: Suite) -> KeyringMeta:
        return cls(master_key_id=master.key_id, suite=suite,
                   master_kdf=None if master.kdf is None else master.kdf.to_json())


def read_meta(directory: Path) -> KeyringMeta | None:
    path = directory / META_FILE
    if not path.exists():
        return None
    try:
        return KeyringMeta.model_validate_json(read_private_file(path))
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or '<meta>'}: {e['type']}" for e in exc.errors())
        raise KeyFileError(f"{path}: invalid keyring metadata ({problems})") from None


def write_meta(directory: Path, meta: KeyringMeta) -> None:
    write_private_file(directory, META_FILE, json.dumps(meta.model_dump(mode="json"), indent=2).encode() + b"\n",
                       replace=True)


def staging_dir(directory: Path) -> Path:
    tmp = directory.parent / f".{directory.name}.rewrap-{secrets.token_hex(6)}"
    tmp.mkdir(mode=0o700)
    os.chmod(tmp, 0o700)
    return tmp


def swap(directory: Path, staged: Path) -> None:
    """Replace ``directory`` by the complete ``staged`` one; see the module docstring."""
    if not (staged / META_FILE).exists():
        raise KeyFileError(f"{staged} is incomplete")
    fsync_dir(staged)
    old = directory.parent / f".{directory.name}.old-{secrets.token_hex(6)}"
    os.rename(directory, old)
    os.rename(staged, directory)
    fsync_dir(directory.parent)
    shutil.rmtree(old)


def recover(directory: Path) -> None:
    """Finish a swap interrupted between its two renames; delete leftovers of any other."""
    parent = directory.parent
    if not parent.is_dir():
        return
    staged = sorted(parent.glob(f".{directory.name}.rewrap-*"))
    olds = sorted(parent.glob(f".{directory.name}.old-*"))
    if not directory.exists() and olds:
        complete = [p for p in staged if (p / META_FILE).exists()]
        if complete:
            os.rename(complete[-1], directory)
            fsync_dir(parent)
        else:  # the new copy never completed: put the old keyring back
            os.rename(olds[-1], directory)
            fsync_dir(parent)
    if directory.exists():
        for leftover in [*staged, *olds]:
            if leftover.exists():
                shutil.rmtree(leftover)  # old copies hold keys under the previous master key


def seal_secret(master: MasterKey, secret: bytes, aad: bytes) -> dict[str, str]:
    """The ``secret`` object of a record: ``secret`` sealed under ``master`` with a fresh nonce."""
    nonce = os.urandom(12)
    return {"protection": WRAP_ALGORITHM, "master_key_id": master.key_id,
            "nonce": base64.b64encode(nonce).decode(),
            "value": base64.b64encode(master.wrap(secret, aad, nonce)).decode()}


def rewrap_directory(directory: Path, records: list[KeyRecord], material: dict[str, bytes], new_master: MasterKey,
                     suite: Suite) -> tuple[dict[str, KeyRecord], KeyringMeta]:
    """Write every record re-sealed under ``new_master`` into a staged copy, then swap it in.

    Key material and ids do not change; legacy plain records become ``govgate-key/2``.
    """
    staged = staging_dir(directory)
    try:
        out: dict[str, KeyRecord] = {}
        for r in records:
            doc = r.model_dump(mode="json", exclude={"secret"}) | {"format": "govgate-key/2", "secret": None}
            if r.secret is not None:
                doc["secret"] = seal_secret(new_master, material[r.id], r.wrap_aad())
            new = KeyRecord.model_validate(doc)
            write_private_file(staged, new.filename, json.dumps(new.model_dump(mode="json"), indent=2).encode() + b"\n")
            out[new.id] = new
        meta = KeyringMeta.for_master(new_master, suite)
        write_meta(staged, meta)  # last: marks the copy complete
        swap(directory, staged)
    finally:
        if staged.exists():
            shutil.rmtree(staged)
    return out, meta


def unwrap_material(record: KeyRecord, master: MasterKey | None) -> bytes:
    """A record's key material (unsealed under ``master``), checked against its id and public key."""
    secret = record.secret
    if isinstance(secret, PlainSecret):
        try:
            raw = secret.raw()
        except ValueError:
            raise KeyFileError(f"{record.filename}: secret is not canonical base64") from None
    else:
        if secret is None:
            raise KeyFileError(f"{record.filename}: a destroyed key has no material")
        if master is None or secret.master_key_id != master.key_id:
            raise MasterKeyError(f"{record.filename} is wrapped under master key {secret.master_key_id}, "
                                 f"not the configured one ({master.key_id if master else 'none'})")
        raw = master.unwrap(*secret.parts(), record.wrap_aad())
    check_material(record, raw)
    return raw
