"""Choose the source by setting: PostgreSQL tables when GOVGATE_SOURCE_URL is set, else the
SQLite demo store. (gateway/context.py calls this when it opens the governance context.)"""

from __future__ import annotations

from gateway.settings import Settings
from gateway.sources.query import SourceStore


def open_source(settings: Settings) -> SourceStore:
    if settings.source_url:
        from gateway.sources.postgres_store import PostgresStore

        return PostgresStore(settings.source_url, settings.source_schema)
    from gateway.sources.sqlite_store import SqliteStore

    return SqliteStore(settings.store)
