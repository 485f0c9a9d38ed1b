"""Source data behind the gateway: where the rows a request may see are read from."""

from __future__ import annotations


class SourceError(Exception):
    """A source cannot serve a request: unknown dataset or field, or an unreadable store."""


from gateway.sources.sqlite_store import SqliteStore  # noqa: E402  (needs SourceError)

__all__ = ["SourceError", "SqliteStore"]
