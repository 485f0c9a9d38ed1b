"""What the server-side CLI (``govgate users``, ``govgate applications``) and ``demo init``
need to act like the gateway: settings, catalog, keyring, state and the audit ledger.

Administrative actions are audited like HTTP ones. The ledger has one writer: while the
gateway runs it holds the ledger, and these commands refuse (fail closed, nothing done) and
point to the HTTP API instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from audit import Ledger, LedgerLocked
from classify import Catalog, load_catalog
from gateway.settings import Settings
from gateway.state import make_engine, migrate, session_factory, sync_departments
from keys import Keyring, Purpose


class AdminError(Exception):
    """The command cannot run; the message says what to do."""


@dataclass
class AdminContext:
    settings: Settings
    catalog: Catalog
    keyring: Keyring
    ledger: Ledger
    sessions: Callable[[], Session]

    def identifier_mac(self, identifier: str) -> str:
        return self.keyring.mac_key(Purpose.IDENTIFIER_MAC).hexdigest(identifier.encode("utf-8"))


def state_sessions(settings: Settings, catalog: Catalog | None = None) -> Callable[[], Session]:
    migrate(settings.database_url)
    sessions = session_factory(make_engine(settings.database_url))
    with sessions() as session:
        sync_departments(session, (catalog or load_catalog()).departments, now=datetime.now(timezone.utc))
    return sessions


@contextmanager
def admin_context(settings: Settings, *, catalog: Catalog | None = None,
                  keyring: Keyring | None = None) -> Iterator[AdminContext]:
    catalog = catalog or load_catalog()
    if keyring is None:
        if not settings.keys_dir.exists():
            raise AdminError(f"no keyring at {settings.keys_dir}; run `govgate demo init` or `govgate keys init` first")
        keyring = Keyring.open(settings.keys_dir)
    sessions = state_sessions(settings, catalog)
    try:
        ledger = Ledger.open(settings.ledger_dir, keyring.signer(Purpose.AUDIT_SIGNING),
                             checkpoint_every=settings.checkpoint_every)
    except LedgerLocked as exc:
        raise AdminError("the gateway is running and holds the audit ledger, so this action could not be audited "
                         "and was not done; use the HTTP API (a system_admin session) or stop the gateway") from exc
    try:
        yield AdminContext(settings, catalog, keyring, ledger, sessions)
    finally:
        ledger.close()
