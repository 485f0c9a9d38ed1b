"""POST /v1/tokens/detokenize — recover the identifier behind a reversible token.

For people only, with a role the detokenize policy allows (安全管理员 by default), a fresh
TOTP step-up, a purpose and a written justification; every attempt is audited
(gateway/tokenizing.py has the steps, docs/gateway.md the why).
"""

from __future__ import annotations

from fastapi import APIRouter, Response
from pydantic import BaseModel, ConfigDict, Field

from gateway.deps import ClientIp, Gov, Now, SessionCaller
from gateway.tokenizing import DetokenizeRequest, detokenize_for

router = APIRouter(prefix="/v1/tokens", tags=["tokens"])

_RECEIPT_EXAMPLE = {"index": 42, "event_hash": "7abfee8d…", "tree_size": 43, "root_hash": "b6c92584…",
                    "checkpoint": "govgate.huzhou/audit\n43\n…"}


class DetokenizeBody(BaseModel):
    # Every field has a default so that an incomplete request still reaches the policy and is
    # audited with its reason codes (instead of stopping at body validation).
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "token": "7302815946103728X5", "key_id": "5e6f7a8b", "entity": "CN_RESIDENT_ID", "purpose": "cyber-security",
        "justification": "网络安全事件 inc-0193：核实泄露样本所涉人员身份，以便通知本人"}]})

    token: str = Field(default="", max_length=64, description="the token as received (same length as the identifier)")
    key_id: str | None = Field(default=None, pattern=r"^[0-9a-f]{8}$",
                               description="the tokenization key id sent with the data (`token_key_id`); "
                                           "default: the active key")
    entity: str = Field(default="CN_RESIDENT_ID", max_length=64,
                        description="the identifier's type: CN_RESIDENT_ID, CN_SOCIAL_SECURITY, CN_MOBILE or BANK_CARD")
    purpose: str = Field(default="", max_length=64, description="a purpose among the caller's department's duties")
    justification: str = Field(default="", max_length=2000,
                               description="why the identifier is needed (recorded in the audit trail; "
                                           "do not write identifiers here)")


class DetokenizeResult(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "value": "33050219900101123X", "entity": "CN_RESIDENT_ID", "key_id": "5e6f7a8b",
        "decision_id": "01a226b9-7d3c-7e2a-9b1c-0d2e3f4a5b6c", "policy_revision": "sha256:11f2f6…",
        "receipt": _RECEIPT_EXAMPLE}]})

    value: str
    entity: str
    key_id: str
    decision_id: str
    policy_revision: str
    receipt: dict


@router.post("/detokenize", response_model=DetokenizeResult,
             summary="Recover the identifier behind a token: 安全管理员 with TOTP step-up, purpose and "
                     "justification; policy-checked and audited",
             responses={410: {"description": "the token's key was destroyed: it can never be detokenized"}})
def post_detokenize(body: DetokenizeBody, gov: Gov, caller: SessionCaller, now: Now, ip: ClientIp,
                    response: Response) -> DetokenizeResult:
    request = DetokenizeRequest(token=body.token, purpose=body.purpose.strip(), justification=body.justification,
                                entity=body.entity, key_id=body.key_id)
    response.headers["Cache-Control"] = "no-store"  # a personal identifier in clear
    return DetokenizeResult(**detokenize_for(gov, caller, request, now=now, source_ip=ip))
