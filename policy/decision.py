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
    TOKENIZE = "tokenize"  # reversible FF1 token, same format (detokenized only through the audited endpoint)


class Reason(BaseModel):
    """A machine-readable reason code with a Chinese message."""

    model_config = ConfigDict(frozen=True)

    code: str
    message: str


class Obligations(BaseModel):
    """What the host must do with an allowed request (rules/data.yaml gives the values)."""

    model_config = ConfigDict(frozen=True)

    fields: dict[str, Operator] = Field(default_factory=dict)
    row_limit: int = 0  # rows per request
    # rows per department × dataset × day; None: not limited (the owner); 0 on refusal
    export_limit: int | None = None
    require_mfa: bool = False  # TOTP step-up needed (refused with mfa_required until context.mfa)
    watermark: bool = False
    # an incident the host must open, by kind: "break_glass" for emergency access
    open_incident: str | None = None


class Validity(BaseModel):
    """The inputs over which the decision holds unchanged (null: unbounded): any
    ``context.time`` in [time_from_ns, time_until_ns) and ``context.rows_today`` in
    [rows_from, rows_until), the rest of the input equal. Computed by the policy; used by
    ``policy.cache.CachedEngine``."""

    model_config = ConfigDict(frozen=True)

    time_from_ns: int | None = None
    time_until_ns: int | None = None
    rows_from: int | None = None
    rows_until: int | None = None

    def holds(self, time_ns: int, rows_today: int | None) -> bool:
        if self.time_from_ns is not None and time_ns < self.time_from_ns:
            return False
        if self.time_until_ns is not None and time_ns >= self.time_until_ns:
            return False
        if rows_today is None:
            return True
        if self.rows_from is not None and rows_today < self.rows_from:
            return False
        return self.rows_until is None or rows_today < self.rows_until


class Decision(BaseModel):
    model_config = ConfigDict(frozen=True)

    allow: bool
    reasons: tuple[Reason, ...] = ()
    obligations: Obligations = Field(default_factory=Obligations)
    policy_revision: str  # "sha256:<64 hex>" over the serving modules and data
    decision_id: str  # UUIDv7
    # On what ground data was given: "owner" | "unconditional" | "granted" | "break_glass";
    # None when refused.
    basis: str | None = None
    # To record in the audit event, on allow and refusal: "break_glass" when the request
    # claimed emergency access (input.emergency), whatever the outcome.
    flags: tuple[str, ...] = ()
    # When the decision holds (None: not cacheable, e.g. an unreadable time).
    validity: Validity | None = None
