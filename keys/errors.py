"""Errors of the keys package: one root, a few precise leaves.

Callers catch :class:`KeysError` when any key problem must fail closed; the
subclasses exist so that a CLI or an HTTP layer can say *which* problem.
Messages never include secret material.
"""

from __future__ import annotations


class KeysError(Exception):
    """Root of every error raised by :mod:`keys`."""

    def diagnostics(self) -> str:
        """A longer, operator-facing explanation (server logs, CLI)."""
        return str(self)


class KeyringNotFound(KeysError):
    """The keyring directory does not exist and ``create`` was not asked for."""


class KeyNotFound(KeysError):
    """No (active) key for the requested purpose or key id."""


class KeyFileError(KeysError):
    """A key file or the keyring directory is malformed, inconsistent or insecure."""


class SignatureError(KeysError):
    """A signature did not verify (or could not be checked at all)."""


class KeyDestroyed(KeyNotFound):
    """The key was destroyed: its material is erased, so what it encrypted no longer
    decrypts and what it signed no longer verifies (destroy is the answer to a leak)."""


class KeyStateError(KeysError):
    """A key operation that its state forbids (e.g. destroying an active key)."""


class MasterKeyError(KeysError):
    """No master key is configured, it is malformed, or it is not the keyring's master key.

    Raised before anything is written: a wrong master key never damages the keyring.
    """


class UnprotectedKeyring(KeyFileError):
    """The keyring holds key material in the clear (``protection: "none"``)."""
