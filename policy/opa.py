"""The remote engine: an OPA server (or a pool behind one address) through opa-python-client.

    engine = OpaEngine("http://127.0.0.1:8181", DEFAULT_BUNDLE_DIR, data)   # pushes the bundle
    engine.decide(input)                                                  # same Decision as embedded

Selected by ``GOVGATE_OPA_URL`` (``engine_from_settings``). Each decision is one
``POST /v1/data/govgate/authz/decision`` with ``{"input": …}`` (OPA's REST Data API);
the policy answers with the revision it evaluated (``data.govgate.meta.revision``), which
must be the one this engine loaded, or the decision fails closed.

Provisioning (``push=True``, the default): the modules are compiled locally first (so a
broken bundle is refused with file and line before the server is touched), then the data
document goes to ``PUT /v1/data/govgate`` and each module to ``PUT /v1/policies/<path>``,
stale ``govgate/…`` modules are deleted. Data goes first on purpose: while a push is in
flight, the server either still has the old revision everywhere or already reports the
new one, which this engine does not accept until the push is complete, so a half-pushed
bundle yields 503s, never a decision mislabelled with the old revision. With
``push=False`` the server is provisioned elsewhere (OPA bundles): the engine accepts the
revision each decision reports and exposes the last one seen.

opa-python-client keeps a ``requests.Session``; sessions are not documented as
thread-safe, so each thread gets its own client. Decisions time out after ``timeout``
(1.5 s); provisioning, which makes the server compile the bundle with the whole data
document (a city's grants included), gets ``provision_timeout`` (60 s).

Grants are data (policy/grants.py): ``set_grants`` pushes the same bundle with the new
grants, a new revision, exactly like a reload; a server provisioned elsewhere
(``push=False``) gets its grants from its provisioner.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from policy._uuid7 import uuid7
from policy.bundle import DEFAULT_BUNDLE_DIR, ENTRYPOINT, compile_bundle, load_modules, modules_revision
from policy.engine import PolicyEngine, _plain, parse_decision, served_data
from policy.errors import BundleError, PolicyError, PolicyUnavailable
from policy.grants import grants_document, keeping_grants, with_grants

if TYPE_CHECKING:
    from opa_client import OpaClient
    from opa_client.errors import RegoParseError

    from classify.catalog import Catalog
    from policy.decision import Decision

_PACKAGE, _RULE = ENTRYPOINT.rsplit("/", 1)
_PACKAGE_PATH = _PACKAGE.replace("/", ".")
_OWNED_PREFIX = "govgate/"


class OpaEngine:
    """Evaluates the bundle on a remote OPA server (REST Data API)."""

    def __init__(
        self,
        url: str,
        bundle_dir: Path | None = DEFAULT_BUNDLE_DIR,
        data: Mapping[str, Any] | None = None,
        *,
        push: bool = True,
        token: str | None = None,
        timeout: float = 1.5,
        provision_timeout: float = 60.0,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.path.strip("/"):
            raise PolicyError(f"OPA URL must be http(s)://host[:port], got {url!r}")
        self.url = url
        self._options: dict[str, Any] = {
            "host": parts.hostname, "port": parts.port or (443 if parts.scheme == "https" else 8181),
            "ssl": parts.scheme == "https", "token": token, "timeout": timeout,
        }
        self._provision_timeout = max(timeout, provision_timeout)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._push = push
        self._expected: str | None = None
        self._last_seen = ""
        self._bundle_dir = Path(bundle_dir) if bundle_dir is not None else None
        self._data: Mapping[str, Any] = with_grants({}, {})  # as last pushed, grants included
        if push:
            if bundle_dir is None or data is None:
                raise PolicyError("push=True needs bundle_dir and data")
            self.reload(Path(bundle_dir), data)
        else:
            self._last_seen = self._fetch_revision()

    @classmethod
    def from_catalog(cls, url: str, catalog: Catalog, bundle_dir: Path = DEFAULT_BUNDLE_DIR, **options: Any) -> OpaEngine:
        from policy.data import catalog_data  # noqa: PLC0415 — data imports classify's grading

        return cls(url, bundle_dir, catalog_data(catalog, bundle_dir=bundle_dir), **options)

    @property
    def revision(self) -> str:
        return self._expected if self._expected is not None else self._last_seen

    @property
    def bundle_dir(self) -> Path | None:
        return self._bundle_dir

    def decide(self, input: Mapping[str, Any]) -> Decision:
        plain = _plain(input)
        expected = self._expected if self._push else None
        try:
            response = self._client().query_rule(input_data=plain, package_path=_PACKAGE_PATH, rule_name=_RULE)
        except Exception as exc:  # connection, HTTP status, JSON: all mean no decision — fail closed
            self._local.client = None  # start a new session next time
            raise PolicyUnavailable(f"OPA at {self.url} gave no decision: {type(exc).__name__}") from exc
        if not isinstance(response, dict) or "result" not in response:
            raise PolicyUnavailable("policy decision is undefined on the OPA server")
        resource = plain.get("resource") if isinstance(plain, dict) else None
        decision = parse_decision(
            response["result"],
            revision=expected,
            decision_id=str(uuid7()),
            requested=resource.get("fields") if isinstance(resource, dict) else None,
        )
        self._last_seen = decision.policy_revision
        return decision

    @property
    def grants(self) -> Mapping[str, Any]:
        """The grants this engine last pushed (data.govgate.grants)."""
        return self._data["govgate"]["grants"]

    def set_grants(self, grants: Mapping[str, Mapping[str, Any]]) -> str:
        """Push the same bundle with these grants (validated); returns the new revision.
        A server provisioned elsewhere (``push=False``) gets its grants from its provisioner."""
        if not self._push or self._bundle_dir is None:
            raise PolicyError("this OPA server is provisioned elsewhere (push=False): its grants are pushed there")
        documents = grants_document(grants)
        if documents == self.grants:
            return self.revision
        return self.reload(self._bundle_dir, with_grants(self._data, documents))

    def reload(self, bundle_dir: Path, data: Mapping[str, Any]) -> str:
        """Push a new bundle; on any failure the server is put back and BundleError or
        PolicyUnavailable raised, the previous revision staying in force. Data without
        grants keeps the grants in force."""
        bundle_dir = Path(bundle_dir)
        data = keeping_grants(data, self.grants)
        modules = load_modules(bundle_dir)
        revision = modules_revision(modules, data)
        served = served_data(data, revision)
        # 1. compile locally: a broken module never reaches the server
        compile_bundle(modules, served, [ENTRYPOINT], bundle_dir=bundle_dir)
        with self._lock:
            # provisioning compiles the whole bundle with its data (thousands of grants in a
            # city): it gets its own client with a longer timeout than a decision's
            client = self._provisioning_client()
            previous = None
            try:
                previous = self._snapshot(client)
                self._provision(client, bundle_dir, {m.path: m.text for m in modules}, served["govgate"])
            except BundleError:
                self._restore(client, previous)
                raise
            except Exception as exc:
                self._restore(client, previous)
                raise PolicyUnavailable(f"cannot provision OPA at {self.url}: {type(exc).__name__}: {exc}") from exc
            finally:
                client.close_connection()
            self._expected, self._bundle_dir, self._data = revision, bundle_dir, data
        return revision

    # -- internals ------------------------------------------------------------------

    def _client(self) -> OpaClient:
        client = getattr(self._local, "client", None)
        if client is None:
            # imported here: opa_client pulls in requests and aiohttp, which the embedded
            # path and `govgate policy test` do not need
            from opa_client import OpaClient  # noqa: PLC0415

            client = self._local.client = OpaClient(**self._options)
        return client

    def _provisioning_client(self) -> OpaClient:
        from opa_client import OpaClient  # noqa: PLC0415

        return OpaClient(**{**self._options, "timeout": self._provision_timeout})

    def _fetch_revision(self) -> str:
        try:
            return str(self._client().get_data("govgate/meta/revision").get("result", ""))
        except Exception as exc:  # no revision: nothing trustworthy is served there
            raise PolicyUnavailable(f"OPA at {self.url} serves no govgate revision: {type(exc).__name__}") from exc

    @staticmethod
    def _snapshot(client: OpaClient) -> tuple[dict[str, str], Any]:
        policies = {}
        for pid in client.get_policies_list():
            if pid.startswith(_OWNED_PREFIX):
                policies[pid] = client.get_policy(pid)["result"]["raw"]
        try:
            data = client.get_data("govgate").get("result")
        except Exception:  # nothing there yet
            data = None
        return policies, data

    def _provision(self, client: OpaClient, bundle_dir: Path | None, modules: dict[str, str], data: Any) -> None:
        from opa_client.errors import RegoParseError  # noqa: PLC0415

        if data is not None:
            client.update_or_create_data(data, "govgate")  # 2. data (with the new revision) first
        for path, text in modules.items():  # 3. then the modules
            try:
                client.update_policy_from_string(text, path, rego_compat=False)
            except RegoParseError as exc:
                raise _bundle_error(exc, bundle_dir) from exc
        for pid in client.get_policies_list():  # 4. modules no longer in the bundle
            if pid.startswith(_OWNED_PREFIX) and pid not in modules:
                client.delete_policy(pid)

    def _restore(self, client: OpaClient, previous: tuple[dict[str, str], Any] | None) -> None:
        if previous is None:
            return
        try:
            self._provision(client, None, *previous)
        except Exception:  # best effort: the revision check keeps answers honest meanwhile
            pass


def _bundle_error(exc: RegoParseError, bundle_dir: Path | None) -> BundleError:
    first = (exc.errors or [{}])[0]
    location = first.get("location") or {}
    file = location.get("file")
    if file and bundle_dir is not None:
        file = str(bundle_dir / file)
    return BundleError(first.get("message") or str(exc.message), file=file, line=location.get("row"),
                       column=location.get("col"))


def engine_from_settings(opa_url: str | None, catalog: Catalog, *, cache: bool = True,
                         bundle_dir: Path = DEFAULT_BUNDLE_DIR, opa_token: str | None = None) -> PolicyEngine:
    """The engine the gateway uses: remote OPA when ``opa_url`` (GOVGATE_OPA_URL) is set,
    else embedded regopy; behind the decision cache unless ``cache=False``."""
    from policy.cache import CachedEngine  # noqa: PLC0415
    from policy.engine import EmbeddedEngine  # noqa: PLC0415

    engine: PolicyEngine
    if opa_url:
        engine = OpaEngine.from_catalog(opa_url, catalog, bundle_dir, token=opa_token)
    else:
        engine = EmbeddedEngine.from_catalog(catalog, bundle_dir)
    return CachedEngine(engine) if cache else engine
