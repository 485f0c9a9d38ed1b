"""Keys tests run with no master key in the environment unless a test sets one."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from keys import Keyring, MasterKey
from keys.master import ENVIRONMENT_ENV, MASTER_KEY_ENV, MASTER_KEY_FILE_ENV, MASTER_PASSPHRASE_ENV

NOW = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
LATER = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _no_master_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (MASTER_KEY_ENV, MASTER_KEY_FILE_ENV, MASTER_PASSPHRASE_ENV, ENVIRONMENT_ENV):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def keyring(tmp_path: Path) -> Keyring:
    kr = Keyring.open(tmp_path / "keys", create=True)
    kr.ensure_defaults(now=NOW)
    return kr


def local_master(tmp_path: Path) -> MasterKey:
    return MasterKey.from_file(tmp_path / "master.key")


def unwrapped_secrets(directory: Path, master: MasterKey) -> dict[str, bytes]:
    """Each live key's material, unwrapped here independently of the keyring code path."""
    from keys.records import KeyRecord

    out = {}
    for path in directory.glob("*-*.json"):
        record = KeyRecord.model_validate_json(path.read_bytes())
        if record.secret is not None:
            nonce, sealed = record.secret.parts()  # type: ignore[union-attr]
            out[record.id] = master.unwrap(nonce, sealed, record.wrap_aad())
    return out


def leak_forms(secret: bytes) -> list[str]:
    """Every way a secret could show up in text: base64, hex, raw-bytes repr."""
    return [base64.b64encode(secret).decode(), secret.hex(), repr(secret)[2:-1]]


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file() and p.name != ".lock"}


def write_legacy_keyring(directory: Path) -> dict[str, bytes]:
    """A pre-issue-6 keyring: govgate-key/1 records, material in the clear."""
    import os
    import secrets as _secrets

    from keys.records import Purpose, new_key_record

    directory.mkdir(mode=0o700)
    os.chmod(directory, 0o700)
    material = {}
    for purpose in (Purpose.AUDIT_SIGNING, Purpose.RESPONSE_SIGNING, Purpose.IDENTIFIER_MAC, Purpose.PSEUDONYM_MAC):
        secret = _secrets.token_bytes(32)
        record = new_key_record(purpose, now=NOW, secret=secret)
        doc = record.model_dump(mode="json")
        doc["secret"]["value"] = base64.b64encode(secret).decode()
        path = directory / record.filename
        path.write_text(json.dumps(doc))
        path.chmod(0o600)
        material[record.id] = secret
    return material
