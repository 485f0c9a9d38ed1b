"""Policy bundles reload without a restart; every activation and rejection is an audit event.

``GOVGATE_POLICY_DIR`` names the bundle (default: the packaged one); the gateway polls it every
``GOVGATE_POLICY_WATCH_SECONDS`` (0 = never; `POST /v1/admin/policy/reload` is not built). A
bundle whose data, Rego tests or compilation fail is rejected with file and line and the last
good one keeps serving (policy/reload.py).
"""

from __future__ import annotations

from datetime import datetime, timezone

from gateway.auditing import flat_details, reason, record
from gateway.context import Governance
from policy import BundleReloader
from policy.data import catalog_data
from policy.reload import BundleRejected


def policy_reloader(gov: Governance) -> BundleReloader:
    def rejected(r: BundleRejected) -> None:
        details = flat_details({k: v for k, v in r.as_event().items() if k != "action"})
        record(gov, now=datetime.now(timezone.utc), action="policy.bundle_rejected", outcome="failure",
               actor_id="govgate", department=None, category="configuration", details=details,
               reasons=[reason(f"bundle_{r.stage}_failed", str(r))])

    def activated(previous: str, revision: str) -> None:
        record(gov, now=datetime.now(timezone.utc), action="policy.bundle_activated", outcome="success",
               actor_id="govgate", department=None, category="configuration",
               details={"previous_revision": previous, "revision": revision})

    bundle = gov.settings.policy_dir
    return BundleReloader(gov.engine, bundle, lambda: catalog_data(gov.catalog, bundle_dir=bundle),  # type: ignore[arg-type]
                          on_reject=rejected, on_activate=activated)
