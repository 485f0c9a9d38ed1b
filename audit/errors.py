"""Errors of the audit package: one root, :class:`AuditError`.

The gateway maps every :class:`AuditError` raised while recording an access to
503 — an access that cannot be durably audited is not served (fail closed).
"""

from __future__ import annotations


class AuditError(Exception):
    """Root of every error raised by :mod:`audit`."""

    def diagnostics(self) -> str:
        """A longer, operator-facing explanation (server logs, CLI)."""
        return str(self)


class InvalidEvent(AuditError):
    """An event cannot be recorded (not canonical-JSON encodable, or malformed)."""


class InvalidCheckpoint(AuditError):
    """A checkpoint or signed note is malformed."""


class LedgerNotFound(AuditError):
    """The ledger directory does not exist."""


class LedgerLocked(AuditError):
    """Another writer (process or open Ledger) holds the ledger's lock."""


class LedgerWriteError(AuditError):
    """An entry could not be made durable; nothing was acknowledged."""


class LedgerCorrupt(AuditError):
    """The ledger on disk is inconsistent; the writer refuses to append onto it."""

    def __init__(self, index: int | None, reason: str) -> None:
        self.index = index
        self.reason = reason
        where = "ledger" if index is None else f"entry {index}"
        super().__init__(f"{where}: {reason}")


class LedgerVerificationError(AuditError):
    """Verification failed; ``index`` is the first entry that is bad or unproven.

    ``step`` is the number of the verification step (see
    :func:`audit.verify.verify_ledger`) that failed.
    """

    def __init__(self, index: int | None, reason: str, *, step: int = 0) -> None:
        self.index = index
        self.reason = reason
        self.step = step
        where = "ledger" if index is None else f"index {index}"
        super().__init__(f"step {step}: {where}: {reason}")

    def diagnostics(self) -> str:
        return (
            f"ledger verification failed at step {self.step}"
            f"{'' if self.index is None else f', first bad index {self.index}'}: {self.reason}"
        )
