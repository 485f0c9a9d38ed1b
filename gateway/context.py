"""Everything a governed request needs, built once per process by ``open_governance``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from audit import Ledger
from classify import Catalog, load_catalog
from gateway.audit_writer import AuditWriter
from gateway.errors import NotReady
from gateway.grant_sync import GrantSync
from gateway.limits import RateLimiter
from gateway.usage_meter import UsageMeter
from gateway.metrics import Metrics
from gateway.settings import Settings
from gateway.sources.factory import open_source
from gateway.sources.query import SourceStore
from gateway.state import make_engine, migrate, session_factory
from gateway.state.peppers import Pepper, load_pepper
from keys import Keyring, MacKey, Purpose, Signer
from policy import PolicyEngine, engine_from_settings

if TYPE_CHECKING:  # gateway.principals_cache imports gateway.auth, which imports this module
    from gateway.principals_cache import PrincipalCache


@dataclass
class Governance:
    settings: Settings
    catalog: Catalog
    engine: PolicyEngine
    store: SourceStore
    ledger: Ledger
    keyring: Keyring
    sessions: Callable[[], Session]
    subject_mac: MacKey  # keyed hashes of identifiers in the audit trail
    pseudonym_mac: MacKey  # the `hash` masking operator
    metrics: Metrics = field(default_factory=Metrics)
    rate_limiter: RateLimiter | None = None
    response_signer: Signer | None = None  # RFC 9421 signatures on every response
    usage: UsageMeter | None = None  # daily row usage, written in the background
    grants: GrantSync | None = None  # the policy's grants, kept in step with state (open_governance)
    pepper: Pepper | None = None  # keys the digests of API keys, sessions, recovery codes (loaded if None)
    audit_writer: AuditWriter | None = None  # ledger appends awaited from the event loop
    principals: PrincipalCache | None = None  # verified API keys, their rows re-read per request
    local_reads: bool = field(init=False, default=False)  # state and source are SQLite files

    def __post_init__(self) -> None:
        if self.rate_limiter is None:
            self.rate_limiter = RateLimiter(self.settings.rate_per_second, self.settings.rate_burst)
        if self.usage is None:
            self.usage = UsageMeter(self.sessions)
            self.usage.start()
        if self.response_signer is None:
            self.response_signer = self.keyring.signer(Purpose.RESPONSE_SIGNING)
        if self.pepper is None:
            self.pepper = load_pepper(self.sessions, self.keyring)
        if self.audit_writer is None:
            self.audit_writer = AuditWriter(self.ledger)
        # State and source are SQLite files: a read costs tens of µs, less on the event loop than
        # a hop to the threadpool. A networked database is read in the threadpool instead.
        self.local_reads = self.settings.database_url.startswith("sqlite") and not self.settings.source_url

    def identifier_mac(self, identifier: str) -> str:
        """Keyed hash of a personal identifier, as it may appear in the audit trail."""
        return self.subject_mac.hexdigest(identifier.encode("utf-8"))

    def identifier_macs(self, identifiers: set[str]) -> list[str]:
        """``identifier_mac`` of each identifier, sorted (the order says nothing of the rows)."""
        return sorted(self.subject_mac.hexdigests(map(str.encode, identifiers)))  # str.encode: UTF-8, strict

    def close(self) -> None:
        if self.usage is not None:
            self.usage.close()
        if self.audit_writer is not None:
            self.audit_writer.close()
        self.ledger.close()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def open_governance(settings: Settings) -> Governance:
    """Open keys, state, policy, store and ledger; refuse to start on anything missing."""
    if not settings.source_url and not settings.store.exists():
        raise NotReady(f"no demo store at {settings.store}; run `govgate demo init` (or `make run`) first")
    if not settings.keys_dir.exists():
        raise NotReady(f"no keyring at {settings.keys_dir}; run `govgate demo init` first")
    catalog = load_catalog()
    keyring = Keyring.open(settings.keys_dir)
    from gateway.principals_cache import PrincipalCache  # noqa: PLC0415 - import cycle, see above

    migrate(settings.database_url)
    state_engine = make_engine(settings.database_url)
    sessions = session_factory(state_engine)
    engine = engine_from_settings(settings.opa_url, catalog, bundle_dir=settings.policy_dir)  # embedded regopy (cached) unless GOVGATE_OPA_URL
    ledger = Ledger.open(settings.ledger_dir, keyring.signer(Purpose.AUDIT_SIGNING),
                         checkpoint_every=settings.checkpoint_every,
                         checkpoint_interval_ms=settings.checkpoint_interval_ms)
    grants = GrantSync(engine, sessions, state_engine)
    grants.refresh(utcnow())  # the grants in force are the policy's data from the first request on
    return Governance(settings=settings, catalog=catalog, engine=engine, store=open_source(settings),
                      ledger=ledger, keyring=keyring, sessions=sessions,
                      subject_mac=keyring.mac_key(Purpose.IDENTIFIER_MAC),
                      pseudonym_mac=keyring.mac_key(Purpose.PSEUDONYM_MAC), principals=PrincipalCache(state_engine),
                      grants=grants)
