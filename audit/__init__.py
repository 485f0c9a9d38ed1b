"""govgate audit: the access event, the durable ledger, proofs, verification, shipping and search.

Public surface — other packages import only these names.
"""

from audit._es import DEFAULT_TARGET, EsConfig, SearchBackendError, connect
from audit.bundle import export_bundle, verify_bundle
from audit.checkpoint import Checkpoint
from audit.crosscheck import CrossCheck, cross_check
from audit.es_setup import SetupReport, es_setup
from audit.proof import (
    ConsistencyProof, InclusionProof, InvalidProof, prove_consistency, prove_inclusion, verify_consistency,
    verify_inclusion,
)
from audit.search import EsSearch, Hit, LocalIndex, SearchBackend, SearchFilter, subject_hash
from audit.shipper import Shipper, ShipperStatus
from audit.errors import (
    AuditError,
    InvalidCheckpoint,
    InvalidEvent,
    LedgerCorrupt,
    LedgerLocked,
    LedgerNotFound,
    LedgerVerificationError,
    LedgerWriteError,
)
from audit._ids import uuid7
from audit.event import ACTION_DATASET_READ, build_access_event, build_action_event, ip_text
from audit.ledger import DEFAULT_ORIGIN, Ledger, Receipt
from audit.verify import VerifyReport, verify_ledger

__all__ = [
    "ip_text",
    "ACTION_DATASET_READ",
    "DEFAULT_ORIGIN",
    "DEFAULT_TARGET",
    "AuditError",
    "Checkpoint",
    "ConsistencyProof",
    "CrossCheck",
    "EsConfig",
    "EsSearch",
    "Hit",
    "InclusionProof",
    "InvalidProof",
    "LocalIndex",
    "SearchBackend",
    "SearchBackendError",
    "SearchFilter",
    "SetupReport",
    "Shipper",
    "ShipperStatus",
    "connect",
    "cross_check",
    "es_setup",
    "export_bundle",
    "prove_consistency",
    "prove_inclusion",
    "subject_hash",
    "verify_bundle",
    "verify_consistency",
    "verify_inclusion",
    "InvalidCheckpoint",
    "InvalidEvent",
    "Ledger",
    "LedgerCorrupt",
    "LedgerLocked",
    "LedgerNotFound",
    "LedgerVerificationError",
    "LedgerWriteError",
    "Receipt",
    "VerifyReport",
    "build_access_event",
    "build_action_event",
    "uuid7",
    "verify_ledger",
]
