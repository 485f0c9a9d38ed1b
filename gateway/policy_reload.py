"""Policy bundles reload without a restart; every activation and rejection is an audit event.

``GOVGATE_POLICY_DIR`` names the bundle (default: the packaged one); the gateway polls it every
``GOVGATE_POLICY_WATCH_SECONDS`` (0 = never; `POST /v1/admin/policy/reload` is not built). A
bundle whose data, Rego tests or compilation fail is rejected with file and line and the last
good one keeps serving (policy/reload.py).
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone
from typing import Any

from audit import build_action_event, uuid7
from gateway.context import Governance
from policy import BundleReloader
from policy.data import catalog_data
from policy.reload import BundleRejected


def _record(gov: Governance, action: str, outcome: str, details: dict[str, Any], reasons: list[dict[str, str]]) -> None:
    now = datetime.now(timezone.utc)
    flat = {k: (list(map(str, v)) if isinstance(v, (list, tuple)) else v) for k, v in details.items()
            if v is None or isinstance(v, (str, int, bool, list, tuple))}
    gov.ledger.append(build_action_event(now=now, event_id=uuid7(now, secrets.token_bytes(10)), action=action,
                                         outcome=outcome, actor_id="govgate", department=None,
                                         category="configuration", reasons=reasons, details=flat))


def policy_reloader(gov: Governance) -> BundleReloader:
    def rejected(r: BundleRejected) -> None:
        details = {k: v for k, v in r.as_event().items() if k != "action"}
        _record(gov, "policy.bundle_rejected", "failure", details,
                [{"code": f"bundle_{r.stage}_failed", "message": str(r)}])

    def activated(previous: str, revision: str) -> None:
        _record(gov, "policy.bundle_activated", "success", {"previous_revision": previous, "revision": revision}, [])

    bundle = gov.settings.policy_dir
    return BundleReloader(gov.engine, bundle, lambda: catalog_data(gov.catalog, bundle_dir=bundle),  # type: ignore[arg-type]
                          on_reject=rejected, on_activate=activated)
