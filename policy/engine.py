"""Policy engines: one interface, the embedded regopy engine behind it.

Input document (``decide(input)``; example: policy/rego/testdata/example_input.json)::

    {
      "principal": {
        "department": "<department id>",            # required, catalog id
        "credential": "<credential id>",            # required
        "credential_status": "active|revoked|expired",   # required; only "active" passes
        "department_status": "active|suspended"          # required; only "active" passes
      },
      "resource": {
        "dataset": "<dataset id>",                  # required
        "fields": ["<field name>", …]               # required, non-empty, strings
      },
      "purpose": "<purpose id>",                    # required
      "grant": null | "<grant id>",                 # optional; the approved application relied
                                                    #   on, read from data.govgate.grants, where it
                                                    #   must name principal.department,
                                                    #   resource.dataset and purpose, cover
                                                    #   resource.fields and be unexpired
                                                    #   (policy/data.py ``GrantDocument``)
      "emergency": null | {                         # optional; a break-glass claim
        "justification": "<written reason>",        # ≥ rules.break_glass.min_justification_chars
        "incident": "<incident id>"                 # optional, informational (an open incident)
      },
      "context": {
        "time": "<RFC 3339, UTC>",                  # required; "Z" or an offset
        "requested_rows": <int ≥ 0>,                # optional; rows asked for (bulk step-up)
        "rows_today": <int ≥ 0>,                    # optional; rows this department already
                                                    #   received from this dataset today
                                                    #   (export limit; unchecked when absent)
        "mfa": <bool>                               # optional; true once TOTP step-up passed
      }
    }

A missing or null member is treated as absent; a member of the wrong type refuses the
request (``input_invalid``). The data document is described in policy/data.py; its
grants are replaced with ``set_grants`` (each change is a new revision).

Output: ``policy.decision.Decision``; every decision carries the bundle revision and a
fresh UUIDv7. When no trustworthy decision can be produced, ``PolicyUnavailable`` is
raised: callers refuse the request (fail closed), they never treat it as an allow.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, StrictBool, StrictInt, StrictStr, ValidationError
from regopy import Bundle, Interpreter, RegoError

from policy._uuid7 import uuid7
from policy.bundle import DEFAULT_BUNDLE_DIR, ENTRYPOINT, Module, compile_bundle, load_modules, modules_revision
from policy.grants import grants_document, keeping_grants, with_grants
from policy.decision import Decision, Obligations, Operator, Reason, Validity
from policy.errors import PolicyError, PolicyUnavailable

if TYPE_CHECKING:
    from classify.catalog import Catalog


@runtime_checkable
class PolicyEngine(Protocol):
    """What the gateway needs from a policy engine (embedded regopy or remote OPA)."""

    @property
    def revision(self) -> str: ...

    def decide(self, input: Mapping[str, Any]) -> Decision: ...

    def set_grants(self, grants: Mapping[str, Mapping[str, Any]]) -> str: ...


# ---------------------------------------------------------------------------------------
# The raw Rego output, validated strictly before it becomes a Decision
# ---------------------------------------------------------------------------------------


class _RawReason(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: StrictStr
    message: StrictStr


class _RawObligations(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fields: dict[str, Operator]
    row_limit: StrictInt
    export_limit: StrictInt | None
    require_mfa: StrictBool
    watermark: StrictBool
    open_incident: StrictStr | None


class _RawValidity(BaseModel):
    model_config = ConfigDict(extra="forbid")
    time_from_ns: StrictInt | None
    time_until_ns: StrictInt | None
    rows_from: StrictInt | None
    rows_until: StrictInt | None


class _RawDecision(BaseModel):
    model_config = ConfigDict(extra="forbid")
    allow: StrictBool
    basis: StrictStr | None
    reasons: list[_RawReason]
    obligations: _RawObligations
    flags: list[StrictStr]
    revision: StrictStr
    valid: _RawValidity | None


def parse_decision(
    value: Any, *, revision: str | None, decision_id: str, requested: Any = None
) -> Decision:
    """Turn the policy's ``decision`` document into a Decision, or raise PolicyUnavailable.

    Only checks that the document is well formed and self-consistent; it never changes
    what the policy decided. An allow must carry no reasons, a basis, and obligations for
    exactly the requested fields; a denial must carry a reason. The revision the policy
    reports (data.govgate.meta.revision) must be ``revision``, the one the engine loaded;
    with ``revision=None`` (a remote OPA provisioned by someone else) any
    ``sha256:`` revision is accepted and carried.
    """
    try:
        raw = _RawDecision.model_validate(value) if isinstance(value, dict) else None
    except ValidationError as exc:
        raise PolicyUnavailable(f"policy returned a malformed decision: {exc.error_count()} errors") from exc
    if raw is None:
        raise PolicyUnavailable(f"policy returned {type(value).__name__}, not a decision object")
    if raw.allow:
        if raw.reasons or raw.basis is None:
            raise PolicyUnavailable("policy allowed with reasons or without a basis")
        if isinstance(requested, list) and set(raw.obligations.fields) != set(requested):
            raise PolicyUnavailable("policy obligations do not cover exactly the requested fields")
    elif not raw.reasons:
        raise PolicyUnavailable("policy denied without a reason")
    if revision is None:
        if not raw.revision.startswith("sha256:"):
            raise PolicyUnavailable("policy reports no revision")
    elif raw.revision != revision:
        raise PolicyUnavailable("policy evaluated a different revision than the one loaded")
    return Decision(
        allow=raw.allow,
        reasons=tuple(Reason(code=r.code, message=r.message) for r in raw.reasons),
        obligations=Obligations(**raw.obligations.model_dump()),
        policy_revision=raw.revision,
        decision_id=decision_id,
        basis=raw.basis,
        flags=tuple(raw.flags),
        validity=Validity(**raw.valid.model_dump()) if raw.valid is not None else None,
    )


# ---------------------------------------------------------------------------------------
# Embedded engine (regopy)
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Snapshot:
    """Everything a thread needs to build its own interpreter; replaced whole on reload."""

    generation: int
    bundle_dir: Path
    modules: tuple[Module, ...]
    data: Mapping[str, Any]  # as given, grants included, without meta
    data_json: str
    revision: str


class _ThreadState(threading.local):
    generation: int = -1
    interpreter: Interpreter | None = None
    bundle: Bundle | None = None


class EmbeddedEngine:
    """Evaluates the bundle in process with regopy.

    regopy facts this class is built around (design/ARCHITECTURE.md, "Facts about the
    tools"): ``query()`` recompiles on every call (≈13 ms), so the policy is built once
    into a bundle and queried through its entrypoint (this policy: ≈1 ms allowed, ≈1.8 ms
    refused, on 50 datasets / 70 departments); one Interpreter shared between threads
    gave wrong answers, so each thread lazily builds its own interpreter and bundle
    (≈40 ms with that catalog) from the same modules and data. Input goes in as JSON text (``set_input``).
    """

    def __init__(self, bundle_dir: Path, data: Mapping[str, Any]) -> None:
        self._lock = threading.Lock()
        self._local = _ThreadState()
        self._snapshot = self._prepare(Path(bundle_dir), keeping_grants(data, {}), generation=0)

    @classmethod
    def from_catalog(cls, catalog: Catalog, bundle_dir: Path = DEFAULT_BUNDLE_DIR) -> EmbeddedEngine:
        """The packaged bundle with data built from ``catalog`` (policy.data.catalog_data)."""
        from policy.data import catalog_data  # noqa: PLC0415 — data imports classify's grading

        return cls(bundle_dir, catalog_data(catalog, bundle_dir=bundle_dir))

    @property
    def revision(self) -> str:
        return self._snapshot.revision

    @property
    def bundle_dir(self) -> Path:
        return self._snapshot.bundle_dir

    @property
    def grants(self) -> Mapping[str, Any]:
        """The grants in force (data.govgate.grants)."""
        return self._snapshot.data["govgate"]["grants"]

    def reload(self, bundle_dir: Path, data: Mapping[str, Any]) -> str:
        """Compile the new bundle; on success make it active, else keep the last good one.

        Data without grants keeps the grants in force. Returns the new revision. Raises
        BundleError (naming file and line) when the bundle does not compile, PolicyError
        when the data is not canonical JSON; either way the old bundle stays in service.
        """
        with self._lock:
            data = keeping_grants(data, self.grants)
            snapshot = self._prepare(Path(bundle_dir), data, generation=self._snapshot.generation + 1)
            self._snapshot = snapshot  # one reference assignment: threads see old or new
        return snapshot.revision

    def set_grants(self, grants: Mapping[str, Mapping[str, Any]]) -> str:
        """Replace the grants in force (validated: ``policy.data.grants_document``) under the
        same bundle; returns the new revision. The bundle files are not re-read."""
        documents = grants_document(grants)
        with self._lock:
            current = self._snapshot
            if documents == current.data["govgate"]["grants"]:
                return current.revision
            snapshot = self._prepare(current.bundle_dir, with_grants(current.data, documents),
                                     generation=current.generation + 1, modules=current.modules)
            self._snapshot = snapshot
        return snapshot.revision

    def decide(self, input: Mapping[str, Any]) -> Decision:
        snapshot = self._snapshot
        plain = _plain(input)
        interpreter, bundle = self._thread_bundle(snapshot)
        try:
            set_input(interpreter, plain)
            output = interpreter.query_bundle_entrypoint(bundle, ENTRYPOINT)
        except (RegoError, ValueError, TypeError) as exc:
            # ValueError: regopy parses the output as JSON and fails on an error S-expression
            self._local.generation = -1  # do not reuse an interpreter in an unknown state
            raise PolicyUnavailable(f"policy evaluation failed: {type(exc).__name__}") from exc
        if not output.ok():
            raise PolicyUnavailable(f"policy evaluation failed: {str(output)[:200]}")
        if len(output) == 0 or not output[0].expressions:
            raise PolicyUnavailable("policy decision is undefined")
        resource = plain.get("resource") if isinstance(plain, dict) else None
        requested = resource.get("fields") if isinstance(resource, dict) else None
        return parse_decision(
            output[0].expressions[0],
            revision=snapshot.revision,
            decision_id=str(uuid7()),
            requested=requested,
        )

    # -- internals ------------------------------------------------------------------

    def _prepare(self, bundle_dir: Path, data: Mapping[str, Any], *, generation: int,
                 modules: tuple[Module, ...] | None = None) -> _Snapshot:
        if modules is None:
            modules = load_modules(bundle_dir)
        revision = modules_revision(modules, data)
        data_json = json.dumps(served_data(data, revision), ensure_ascii=False)
        snapshot = _Snapshot(generation, bundle_dir, modules, data, data_json, revision)
        # Compile in the calling thread now, so errors surface here and this thread keeps
        # a ready interpreter; other threads build theirs on first use.
        interpreter, bundle = self._compile(snapshot)
        self._local.interpreter, self._local.bundle = interpreter, bundle
        self._local.generation = generation
        return snapshot

    def _thread_bundle(self, snapshot: _Snapshot) -> tuple[Interpreter, Bundle]:
        local = self._local
        if local.generation != snapshot.generation or local.interpreter is None or local.bundle is None:
            try:
                local.interpreter, local.bundle = self._compile(snapshot)
            except PolicyError as exc:
                # It compiled when the snapshot was made; failing now is an engine fault.
                raise PolicyUnavailable(f"cannot build the policy in this thread: {exc}") from exc
            local.generation = snapshot.generation
        return local.interpreter, local.bundle

    @staticmethod
    def _compile(snapshot: _Snapshot) -> tuple[Interpreter, Bundle]:
        return compile_bundle(
            snapshot.modules, None, [ENTRYPOINT], bundle_dir=snapshot.bundle_dir, data_json=snapshot.data_json
        )


def served_data(data: Mapping[str, Any], revision: str) -> dict[str, Any]:
    """The data document as loaded into an evaluator: ``data`` plus
    ``govgate.meta.revision``, which the policy copies into every decision (not part of
    the revision itself)."""
    served = dict(data)
    govgate = served.get("govgate")
    served["govgate"] = {**(govgate if isinstance(govgate, Mapping) else {}), "meta": {"revision": revision}}
    return served


def set_input(interpreter: Interpreter, value: Any) -> None:
    """Give the policy its input as JSON text, never as a Python object.

    regopy 1.5.2 stores strings from ``set_input(Input(obj))`` unescaped and writes them
    back into the output JSON unescaped: a ``"`` in any echoed input string (a purpose id,
    say) injects keys into the decision, control characters make it unparseable and NUL
    truncates. Strings set through ``set_input_term(json)`` keep their JSON escapes and
    come back correctly escaped. ``value`` must already be plain JSON (``_plain``).
    """
    interpreter.set_input_term(json.dumps(value, ensure_ascii=False, allow_nan=False))


_INT64 = 1 << 63


def _plain(value: Any) -> Any:
    """The input as plain JSON values, or PolicyUnavailable.

    regopy converts Python values itself but silently wraps integers beyond 64 bits
    (10**30 arrives as 5076944270305263616), turns sets into arrays and chokes on NaN;
    none of that may reach the policy, so anything that is not plain JSON is refused.
    """
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        if not -_INT64 <= value < _INT64:
            raise PolicyUnavailable("input holds an integer beyond 64 bits")
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise PolicyUnavailable("input holds a non-finite number")
        return value
    if isinstance(value, Mapping):
        if not all(isinstance(k, str) for k in value):
            raise PolicyUnavailable("input holds a non-string object key")
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    raise PolicyUnavailable(f"input holds a {type(value).__name__}, which is not JSON")
