"""The grants in the data document: approved applications, validated before the policy reads them.

A request names the grant it relies on (``input.grant = "<grant id>"``); the policy reads
the grant from ``data.govgate.grants`` (policy/data.py shows the whole document). The host
(the gateway) builds these documents from its state database and gives them to the engine
with ``engine.set_grants``; every change is a new policy revision.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from policy.decision import Operator
from policy.errors import PolicyError


class GrantDocument(BaseModel):
    """One approved application as the policy reads it (data.govgate.grants[id])."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    department: str = Field(min_length=1)
    dataset: str = Field(min_length=1)
    purpose: str = Field(min_length=1)
    fields: list[str] = Field(min_length=1)
    not_after: str  # RFC 3339; exclusive: expired at this instant
    operators: dict[str, Operator] = {}

    @field_validator("not_after")
    @classmethod
    def _rfc3339(cls, value: str) -> str:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise ValueError(f"not an RFC 3339 time: {value!r}") from None
        if moment.tzinfo is None:
            raise ValueError(f"RFC 3339 time without an offset: {value!r}")
        return value

    @field_validator("operators", mode="before")
    @classmethod
    def _no_overrides(cls, value: Any) -> Any:
        return {} if value is None else value  # null: no per-field override

    @field_validator("fields")
    @classmethod
    def _field_names(cls, value: list[str]) -> list[str]:
        if any(not name for name in value):
            raise ValueError("empty field name")
        return value


def grants_document(grants: Iterable[Mapping[str, Any]] | Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """``{grant id: grant}`` for data.govgate.grants, each validated (``GrantDocument``).

    Accepts a list of grants or a mapping keyed by id (whose keys must match the ids).
    Raises PolicyError naming the grant and the member at fault: a malformed grant must
    not reach the policy, where it would only ever read as "no grant".
    """
    items = list(grants.items()) if isinstance(grants, Mapping) else [(None, g) for g in grants]
    documents: dict[str, Any] = {}
    for key, raw in items:
        label = key if key is not None else (raw.get("id") if isinstance(raw, Mapping) else None)
        try:
            grant = GrantDocument.model_validate(dict(raw) if isinstance(raw, Mapping) else raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "grant"
            raise PolicyError(f"grant {label or '?'}: {where}: {first['msg']}") from exc
        if key is not None and key != grant.id:
            raise PolicyError(f"grant {key}: keyed under {key!r} but its id is {grant.id!r}")
        if grant.id in documents:
            raise PolicyError(f"grant {grant.id}: listed twice")
        documents[grant.id] = grant.model_dump(mode="json")
    return dict(sorted(documents.items()))


def data_grants(data: Mapping[str, Any]) -> dict[str, Any] | None:
    """The grants a data document carries, or None when it carries none at all."""
    govgate = data.get("govgate")
    if isinstance(govgate, Mapping) and "grants" in govgate:
        return dict(govgate["grants"])
    return None


def with_grants(data: Mapping[str, Any], grants: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` with data.govgate.grants replaced (grants already validated)."""
    govgate = data.get("govgate")
    return {**data, "govgate": {**(govgate if isinstance(govgate, Mapping) else {}), "grants": dict(grants)}}


def keeping_grants(data: Mapping[str, Any], current: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` as an engine loads it: with its own grants (validated) if it carries any, else
    with ``current`` — a reload with data built from the catalog alone keeps the grants in force."""
    own = data_grants(data)
    return with_grants(data, grants_document(own) if own is not None else current)

