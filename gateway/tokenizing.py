"""Reversible tokens in the gateway: the key behind the ``tokenize`` masking operator, and
detokenization (``POST /v1/tokens/detokenize``).

Tokenizing: :func:`active_tokenizer` binds ``keys.tokenize`` to the keyring's active
tokenization key for one request; the pipeline hands its function to ``classify.mask_rows``
and records the key id in the audit event and the response (tokens carry no key id).

Detokenizing, in numbered steps (docs/gateway.md, "Reversible tokens"):
1. the detokenize policy (policy/rego/govgate/tokens) decides on the person's roles, the
   purpose, the written justification, the entity type and a fresh TOTP step-up;
2. a refusal is audited and answered 400/403 with its reason codes;
3. the token is decrypted with the key it names (``key_id``; default: the active key);
   a malformed token, an unknown or destroyed key, or a value that is not a plausible
   identifier (the wrong key, or no token at all) is refused and audited;
4. success is audited with the token, key id and the keyed hash of the identifier
   (``govgate.subjects``, so ``govgate audit subject --id`` finds it) — never the
   identifier — before the value is returned.
"""

from __future__ import annotations

import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from audit import LedgerWriteError, build_action_event, uuid7
from classify import TokenizeFn, is_valid_luhn, is_valid_resident_id, token_formats
from gateway.api_errors import ApiError, Invalid, NotFound, Unavailable
from gateway.auth.callers import Caller
from gateway.context import Governance
from gateway.errors import AuditUnavailable, Refused
from keys import KeyDestroyed, KeyNotFound, KeysError, TokenError, detokenize, token_format, tokenize
from policy import DetokenizeDecision, DetokenizePolicy

ACTION = "token.detokenize"
# Entity types whose keyed hash is a data subject's (the audit trail's "who accessed this
# person's data" index, gateway.pipeline.SUBJECT_ENTITIES): a resident ID or the social
# security number that equals it.
_SUBJECT_ENTITIES = frozenset({"CN_RESIDENT_ID", "CN_SOCIAL_SECURITY"})
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# A wrong key or a made-up token still decrypts to *some* string of the right shape; the
# identifier's own check (MOD 11-2, Luhn, the mobile number plan) tells it apart, except
# by chance (≈ 1 in 10 for IDs and cards), which is why every attempt is audited.
_PLAUSIBLE: dict[str, Callable[[str], bool]] = {
    "CN_RESIDENT_ID": is_valid_resident_id,
    "CN_SOCIAL_SECURITY": is_valid_resident_id,
    "CN_MOBILE": lambda v: bool(_MOBILE.match(v)),
    "BANK_CARD": is_valid_luhn,
}
_INPUT_CODES = frozenset({"justification_required", "unknown_purpose", "entity_not_tokenizable", "input_invalid"})


class Gone(ApiError):
    status, kind, title = 410, "gone", "已销毁 (gone)"


# --- tokenizing (the masking operator) ----------------------------------------------------

@dataclass(frozen=True)
class Tokenizer:
    """The active tokenization key's id and the token function ``classify.mask_rows`` calls."""

    key_id: str
    tokenize: TokenizeFn


def active_tokenizer(gov: Governance) -> Tokenizer:
    """Bind ``keys.tokenize`` to the active tokenization key (503 when the keyring has none)."""
    try:
        key = gov.keyring.token_key()
    except KeysError as exc:
        raise Unavailable("tokenization_key_missing",
                          "密钥环缺少 tokenization 密钥；请运行 `govgate keys init` (no tokenization key)") from exc

    def token_of(format_name: str, value: str) -> str | None:
        try:
            return tokenize(value, key, token_format(format_name))
        except TokenError:
            return None  # not in the format (a malformed ID): withheld, never sent in clear

    return Tokenizer(key.key_id, token_of)


# --- detokenizing ---------------------------------------------------------------------------

@dataclass(frozen=True)
class DetokenizeRequest:
    token: str
    purpose: str
    justification: str
    entity: str = "CN_RESIDENT_ID"
    key_id: str | None = None


_policies: dict[tuple[Path, str], DetokenizePolicy] = {}
_policies_lock = threading.Lock()


def detokenize_policy(gov: Governance) -> DetokenizePolicy:
    """The detokenize policy for the bundle and revision the gateway serves (rebuilt after a reload)."""
    bundle_dir = Path(getattr(gov.engine, "bundle_dir", None) or gov.settings.policy_dir)
    key = (bundle_dir, gov.engine.revision)
    with _policies_lock:
        policy = _policies.get(key)
        if policy is None:
            _policies.clear()  # only the current revision is kept
            policy = _policies[key] = DetokenizePolicy(gov.catalog, bundle_dir)
        return policy


def policy_input(caller: Caller, request: DetokenizeRequest, *, mfa: bool) -> dict[str, Any]:
    return {
        "principal": {"kind": caller.kind, "department": caller.department_id,
                      "department_status": caller.principal.department_status, "roles": sorted(caller.roles)},
        "purpose": request.purpose,
        "justification": request.justification,
        "entity": request.entity,
        "context": {"mfa": mfa},
    }


def _status_for(decision: DetokenizeDecision) -> int:
    return 400 if {r.code for r in decision.reasons} <= _INPUT_CODES else 403


def _record(gov: Governance, *, now: datetime, caller: Caller, outcome: str, reasons: list[dict[str, str]],
            details: dict[str, Any], subjects: list[str], source_ip: str | None) -> dict[str, Any]:
    """Append the detokenization event; its subject hash goes where the read events keep theirs."""
    event = build_action_event(now=now, event_id=uuid7(now, secrets.token_bytes(10)), action=ACTION,
                               outcome=outcome, actor_id=caller.actor_id, department=caller.department_id,
                               category="database", reasons=reasons, details=details, source_ip=source_ip)
    event["govgate"]["subjects"] = sorted(subjects)
    try:
        return gov.ledger.append(event).model_dump(mode="json")
    except LedgerWriteError as exc:
        raise AuditUnavailable("the audit ledger could not record the detokenization") from exc


def detokenize_for(gov: Governance, caller: Caller, request: DetokenizeRequest, *, now: datetime,
                   source_ip: str | None = None) -> dict[str, Any]:
    """Decide, recover, audit; returns the value with its audit receipt. Raises (audited) on refusal."""
    mfa = caller.kind == "user" and caller.mfa_fresh(now, gov.settings.step_up_seconds)
    decision = detokenize_policy(gov).decide(policy_input(caller, request, mfa=mfa))
    key_id = request.key_id
    if key_id is None:
        try:
            key_id = gov.keyring.token_key().key_id
        except KeysError:
            key_id = None
    details: dict[str, Any] = {
        "token": request.token, "key_id": key_id, "entity": request.entity, "purpose": request.purpose,
        # the "why", as written (docs/gateway.md: no identifiers in justifications)
        "justification": request.justification[:500], "decision_id": decision.decision_id,
        "policy_revision": decision.policy_revision, "session_id": caller.session_id, "mfa": mfa,
    }

    def refuse(error: ApiError) -> NoReturn:
        receipt = _record(gov, now=now, caller=caller, outcome="failure",
                          reasons=[{"code": error.code, "message": error.message}], details=details, subjects=[],
                          source_ip=source_ip)
        error.extra.update(receipt=receipt, decision_id=decision.decision_id)
        raise error

    # 1–2. policy
    if not decision.allow:
        receipt = _record(gov, now=now, caller=caller, outcome="failure",
                          reasons=[r.model_dump() for r in decision.reasons], details=details, subjects=[],
                          source_ip=source_ip)
        raise Refused(decision, _status_for(decision), receipt)

    # 3. recover
    if key_id is None:
        refuse(Unavailable("tokenization_key_missing", "密钥环缺少 tokenization 密钥"))
    fmt_name = token_formats().get(request.entity)
    if fmt_name is None:  # the policy allows only tokenizable types; a stale policy must not reach here
        refuse(Invalid("entity_not_tokenizable", "该数据类型没有可还原的令牌格式"))
    try:
        key = gov.keyring.token_key(key_id)
        value = detokenize(request.token, key, token_format(fmt_name))
    except KeyDestroyed:
        refuse(Gone("token_key_destroyed", f"令牌密钥 {key_id} 已销毁，令牌无法还原"))
    except KeyNotFound:
        refuse(NotFound("unknown_token_key", f"没有令牌密钥 {key_id}"))
    except TokenError:
        refuse(Invalid("malformed_token", f"令牌格式不符合 {request.entity} 的长度或字符集"))
    if not _PLAUSIBLE[request.entity](value):
        refuse(NotFound("unknown_token", "该令牌不是由此密钥生成的有效标识符令牌"))

    # 4. audit (a keyed hash only), then answer
    normalised = value.strip().upper()
    identifier_hash = gov.identifier_mac(normalised)
    details["identifier_hash"] = identifier_hash
    receipt = _record(gov, now=now, caller=caller, outcome="success", reasons=[], details=details,
                      subjects=[identifier_hash] if request.entity in _SUBJECT_ENTITIES else [],
                      source_ip=source_ip)
    return {"value": value, "entity": request.entity, "key_id": key_id, "decision_id": decision.decision_id,
            "policy_revision": decision.policy_revision, "receipt": receipt}


__all__ = ["DetokenizeRequest", "Tokenizer", "active_tokenizer", "detokenize_for", "detokenize_policy"]
