"""govgate keyring: signing and MAC keys by purpose.

Public surface — other packages import only these names.
"""

from keys.errors import KeyFileError, KeyNotFound, KeyringNotFound, KeysError, SignatureError
from keys.keyring import Algorithm, KeyRecord, Keyring, KeyState, MacKey, Purpose
from keys.signing import (
    Signer,
    VerifierKey,
    key_id_for,
    note_key_hash,
    parse_verifier_key,
    verifier_key,
    verify_ed25519,
)

__all__ = [
    "Algorithm",
    "KeyFileError",
    "KeyNotFound",
    "KeyRecord",
    "KeyState",
    "Keyring",
    "KeyringNotFound",
    "KeysError",
    "MacKey",
    "Purpose",
    "SignatureError",
    "Signer",
    "VerifierKey",
    "key_id_for",
    "note_key_hash",
    "parse_verifier_key",
    "verifier_key",
    "verify_ed25519",
]
