"""The one decision model every engine returns."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Operator(StrEnum):
    """Masking operators a decision can oblige; carried out by classify.masking."""

    KEEP = "keep"  # value unchanged
    MASK = "mask"  # partial mask per entities.yaml (e.g. 330***********1234, 138****5678, 张*)
    REDACT = "redact"  # value removed (empty)
    HASH = "hash"  # keyed hash (HMAC) – joinable, not reversible
    GENERALIZE = "generalize"  # birth date → year, address → district
    TAG = "tag"  # replaced by the entity type tag, e.g. <CN_MOBILE>


class Reason(BaseModel):
    """A machine-readable reason code with a Chinese message."""

    model_config = ConfigDict(frozen=True)

    code: str
    message: str


class Obligations(BaseModel):
    model_config = ConfigDict(frozen=True)

    fields: dict[str, Operator] = Field(default_factory=dict)
    row_limit: int = 0
    require_mfa: bool = False
    watermark: bool = False


class Decision(BaseModel):
    model_config = ConfigDict(frozen=True)

    allow: bool
    reasons: tuple[Reason, ...] = ()
    obligations: Obligations = Field(default_factory=Obligations)
    policy_revision: str  # "sha256:<64 hex>" over the serving modules and data
    decision_id: str  # UUIDv7
    # On what ground data was given: "owner" | "unconditional" | "granted"; None when refused.
    basis: str | None = None
