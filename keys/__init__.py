"""govgate keyring: signing, MAC, encryption and tokenization keys by purpose; rotation;
envelope encryption under a master key; the intl and gm algorithm suites; HTTP response
signatures.

Public surface — other packages import only these names.
"""

from keys.aead import Aead, BlobKeyDestroyed, DecryptionError
from keys.errors import (
    KeyDestroyed,
    KeyFileError,
    KeyNotFound,
    KeyringNotFound,
    KeysError,
    KeyStateError,
    MasterKeyError,
    SignatureError,
    UnprotectedKeyring,
)
from keys.http_signatures import HttpMessage, VerifiedSignature, content_digest, sign_response, verify_message
from keys.keyring import EventHook, Keyring
from keys.mac import MacKey
from keys.master import MasterKey
from keys.records import KeyRecord, KeyState, Purpose
from keys.signing import (
    Signer,
    VerifierKey,
    key_id_for,
    note_key_hash,
    parse_verifier_key,
    verifier_key,
    verify_ed25519,
    verify_signature,
)
from keys.suites import Algorithm, Suite
from keys.tokens import (BANK_CARD, MOBILE, RESIDENT_ID, TokenError, TokenFormat, TokenKey, detokenize, token_format,
                         tokenize)
from keys.verify_response import ResponseVerificationError, VerifiedResponse, verify_saved_response

__all__ = [
    "BANK_CARD",
    "MOBILE",
    "RESIDENT_ID",
    "Aead",
    "Algorithm",
    "BlobKeyDestroyed",
    "DecryptionError",
    "EventHook",
    "HttpMessage",
    "KeyDestroyed",
    "KeyFileError",
    "KeyNotFound",
    "KeyRecord",
    "KeyState",
    "KeyStateError",
    "Keyring",
    "KeyringNotFound",
    "KeysError",
    "MacKey",
    "MasterKey",
    "MasterKeyError",
    "Purpose",
    "ResponseVerificationError",
    "SignatureError",
    "Signer",
    "Suite",
    "TokenError",
    "TokenFormat",
    "TokenKey",
    "UnprotectedKeyring",
    "VerifiedResponse",
    "VerifiedSignature",
    "VerifierKey",
    "content_digest",
    "detokenize",
    "key_id_for",
    "note_key_hash",
    "parse_verifier_key",
    "sign_response",
    "token_format",
    "tokenize",
    "verifier_key",
    "verify_ed25519",
    "verify_message",
    "verify_saved_response",
    "verify_signature",
]
