"""Authorization for govgate: the Rego bundle, its data document and the engines.

    engine = EmbeddedEngine(DEFAULT_BUNDLE_DIR, build_data(catalog, field_grades, entities=…))
    decision = engine.decide(input)   # Decision; raises PolicyUnavailable → answer 503

Decisions come only from the Rego policy (policy/rego/govgate/authz/authz.rego);
Python validates, carries and records them.
"""

from policy.bundle import DEFAULT_BUNDLE_DIR, TestResult, bundle_revision, run_rego_tests
from policy.data import build_data
from policy.decision import Decision, Obligations, Operator, Reason
from policy.engine import EmbeddedEngine, PolicyEngine
from policy.errors import BundleError, PolicyError, PolicyUnavailable

__all__ = [
    "DEFAULT_BUNDLE_DIR",
    "BundleError",
    "Decision",
    "EmbeddedEngine",
    "Obligations",
    "Operator",
    "PolicyEngine",
    "PolicyError",
    "PolicyUnavailable",
    "Reason",
    "TestResult",
    "build_data",
    "bundle_revision",
    "run_rego_tests",
]
