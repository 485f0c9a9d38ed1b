"""Authorization for govgate: the Rego bundle, its data document and the engines.

    engine = engine_from_settings(settings.opa_url, catalog)   # cached; embedded or remote OPA
    decision = engine.decide(input)   # Decision; raises PolicyUnavailable → answer 503
    reloader = BundleReloader(engine, DEFAULT_BUNDLE_DIR, lambda: catalog_data(catalog),
                              on_reject=audit_the_rejection)
    reloader.reload()                 # or reloader.watch(): a bad bundle is refused, the last good stays
    DetokenizePolicy(catalog).decide(input)   # may a person recover a token's identifier? (policy/tokens.py)

Decisions come only from the Rego policy (policy/rego/govgate/authz/*.rego);
Python validates, carries, caches and records them.
"""

from policy.bundle import DEFAULT_BUNDLE_DIR, TestResult, bundle_revision, run_rego_tests
from policy.cache import CachedEngine, CacheStats
from policy.data import build_data, catalog_data
from policy.decision import Decision, Obligations, Operator, Reason, Validity
from policy.engine import EmbeddedEngine, PolicyEngine
from policy.errors import BundleError, PolicyError, PolicyUnavailable
from policy.opa import OpaEngine, engine_from_settings
from policy.reload import BundleRejected, BundleReloader, ReloadResult
from policy.tokens import DetokenizeDecision, DetokenizePolicy, DetokenizeRules

__all__ = [
    "DEFAULT_BUNDLE_DIR",
    "BundleError",
    "BundleRejected",
    "BundleReloader",
    "CacheStats",
    "CachedEngine",
    "Decision",
    "DetokenizeDecision",
    "DetokenizePolicy",
    "DetokenizeRules",
    "EmbeddedEngine",
    "Obligations",
    "OpaEngine",
    "Operator",
    "PolicyEngine",
    "PolicyError",
    "PolicyUnavailable",
    "Reason",
    "ReloadResult",
    "TestResult",
    "Validity",
    "build_data",
    "bundle_revision",
    "catalog_data",
    "engine_from_settings",
    "run_rego_tests",
]
