"""Detokenization decisions: may this person recover the identifier behind a token?

The rules are Rego (``policy/rego/govgate/tokens/detokenize.rego``, entrypoint
``data.govgate.tokens.decision``) over ``data.govgate.detokenize``: the rules file
``govgate/detokenize/data.yaml`` (validated by :class:`DetokenizeRules`) plus what the host
adds — the entity types it can tokenize and, from the catalog, the known purposes and each
department's purposes. Input::

    {"principal": {"kind": "user" | "key", "department": "<id>", "department_status": "active",
                   "roles": ["security_admin", …]},
     "purpose": "<purpose id>", "justification": "<written reason>", "entity": "CN_RESIDENT_ID",
     "context": {"mfa": true}}

Detokenization is rare and done by people, so it is always evaluated in process (regopy),
even when reads are decided by a remote OPA; each thread builds its own interpreter (one
interpreter shared by threads gave wrong answers, see design/ARCHITECTURE.md). Fail closed:
no decision → :class:`~policy.errors.PolicyUnavailable`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import BaseModel, ConfigDict, PositiveInt, StrictBool, StrictStr, ValidationError
from regopy import RegoError

from policy._uuid7 import uuid7
from policy.bundle import DEFAULT_BUNDLE_DIR, compile_bundle, load_modules, modules_revision
from policy.decision import Reason
from policy.engine import served_data, set_input
from policy.errors import BundleError, PolicyUnavailable

if TYPE_CHECKING:
    from classify.catalog import Catalog

DETOKENIZE_ENTRYPOINT = "govgate/tokens/decision"
RULES_FILE = Path("govgate") / "detokenize" / "data.yaml"


class DetokenizeRules(BaseModel):
    """Schema of ``govgate/detokenize/data.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    roles: list[str]
    purposes: list[str]
    min_justification_chars: PositiveInt
    require_mfa: bool = True


class DetokenizeDecision(BaseModel):
    """The answer: allowed or not, why not, and which policy said so."""

    model_config = ConfigDict(frozen=True)

    allow: bool
    reasons: tuple[Reason, ...]
    decision_id: str
    policy_revision: str


class _Raw(BaseModel):
    model_config = ConfigDict(extra="forbid")
    allow: StrictBool
    reasons: list[Reason]
    revision: StrictStr


def load_detokenize_rules(bundle_dir: Path = DEFAULT_BUNDLE_DIR) -> DetokenizeRules:
    path = Path(bundle_dir) / RULES_FILE
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return DetokenizeRules.model_validate(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise BundleError(f"cannot read detokenization rules: {exc}", file=str(path)) from exc
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise BundleError(f"invalid detokenization rules: {problems}", file=str(path)) from exc


def detokenize_data(catalog: Catalog, rules: DetokenizeRules, tokenizable_entities: list[str]) -> dict[str, Any]:
    """The data document the detokenize policy reads (``data.govgate.detokenize``)."""
    return {"govgate": {"detokenize": {
        **rules.model_dump(mode="json"),
        "tokenizable_entities": sorted(tokenizable_entities),
        "known_purposes": sorted(catalog.purposes),
        "department_purposes": {d.id: list(d.purposes) for d in catalog.departments.values()},
    }}}


class DetokenizePolicy:
    """Evaluates ``data.govgate.tokens.decision`` in process; one interpreter per thread."""

    def __init__(self, catalog: Catalog, bundle_dir: Path = DEFAULT_BUNDLE_DIR,
                 tokenizable_entities: list[str] | None = None) -> None:
        if tokenizable_entities is None:
            from classify.masking import token_formats  # noqa: PLC0415

            tokenizable_entities = list(token_formats())
        self._bundle_dir = Path(bundle_dir)
        data = detokenize_data(catalog, load_detokenize_rules(self._bundle_dir), tokenizable_entities)
        self._modules = load_modules(self._bundle_dir)
        self.revision = modules_revision(self._modules, data)
        self._data_json = json.dumps(served_data(data, self.revision), ensure_ascii=False)
        self._local = threading.local()
        self._thread_bundle()  # compile now: a broken bundle fails here, not on the first request

    def _thread_bundle(self) -> tuple[Any, Any]:
        built = getattr(self._local, "built", None)
        if built is None:
            built = self._local.built = compile_bundle(self._modules, None, [DETOKENIZE_ENTRYPOINT],
                                                       bundle_dir=self._bundle_dir, data_json=self._data_json)
        return built

    def decide(self, input: Mapping[str, Any]) -> DetokenizeDecision:
        interpreter, bundle = self._thread_bundle()
        try:
            set_input(interpreter, json.loads(json.dumps(input, ensure_ascii=False, allow_nan=False)))
            output = interpreter.query_bundle_entrypoint(bundle, DETOKENIZE_ENTRYPOINT)
        except (RegoError, ValueError, TypeError) as exc:
            self._local.built = None  # never reuse an interpreter in an unknown state
            raise PolicyUnavailable(f"detokenize policy evaluation failed: {type(exc).__name__}") from exc
        if not output.ok() or len(output) == 0 or not output[0].expressions:
            raise PolicyUnavailable("detokenize policy decision is undefined")
        try:
            raw = _Raw.model_validate(output[0].expressions[0])
        except ValidationError as exc:
            raise PolicyUnavailable(f"detokenize policy returned a malformed decision: {exc.error_count()} errors") from exc
        if raw.revision != self.revision:
            raise PolicyUnavailable("detokenize decision names another policy revision")
        if raw.allow and raw.reasons:
            raise PolicyUnavailable("detokenize decision allows and refuses at once")
        reasons = tuple(raw.reasons) or (() if raw.allow else
                                         (Reason(code="denied_by_default", message="无还原令牌的依据（默认拒绝）"),))
        return DetokenizeDecision(allow=raw.allow, reasons=reasons, decision_id=str(uuid7()),
                                  policy_revision=raw.revision)
