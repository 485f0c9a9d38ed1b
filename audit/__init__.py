"""govgate audit: the access event, the durable ledger and its verification.

Public surface — other packages import only these names.
"""

from audit.checkpoint import Checkpoint
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
from audit.event import ACTION_DATASET_READ, build_access_event, build_action_event
from audit.ledger import DEFAULT_ORIGIN, Ledger, Receipt
from audit.verify import VerifyReport, verify_ledger

__all__ = [
    "ACTION_DATASET_READ",
    "DEFAULT_ORIGIN",
    "AuditError",
    "Checkpoint",
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
