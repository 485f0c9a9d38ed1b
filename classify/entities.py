"""Canonical entity types (``entities.yaml``): the names used by recognizers, catalog
fields, policy obligations and audit events.

``classify/entities.yaml`` is a copy of the shared design file; it sits next to the code
that reads it and is validated when loaded.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from classify.errors import CatalogError

__all__ = ["EntityType", "load_entities", "ENTITIES_PATH"]

ENTITIES_PATH = Path(__file__).with_name("entities.yaml")


class EntityType(BaseModel):
    """One entity type, e.g. ``CN_RESIDENT_ID``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    zh: str
    identifies: Literal["direct", "indirect", "none"]
    sensitive: bool
    check: str | None = None  # published check-digit rule, where one exists
    mask: str
    # whose data it is; entities.yaml marks only the organisation ones
    subject: Literal["person", "organisation"] = "person"


def load_entities(path: Path | None = None) -> dict[str, EntityType]:
    """Entity types by name. The packaged file is parsed once and cached."""
    if path is None:
        return dict(_load_default())
    return _load(path)


@lru_cache(maxsize=1)
def _load_default() -> dict[str, EntityType]:
    return _load(ENTITIES_PATH)


def _load(path: Path) -> dict[str, EntityType]:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogError(path, None, None, "", f"cannot read entity types: {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        raise CatalogError(path, line, col, "", f"invalid YAML: {exc}") from exc
    raw = doc.get("entities") if isinstance(doc, dict) else None
    if not isinstance(raw, dict) or not raw:
        raise CatalogError(path, None, None, "entities", "expected a non-empty mapping of entity types")
    out: dict[str, EntityType] = {}
    for name, spec in raw.items():
        try:
            out[name] = EntityType(name=name, **(spec or {}))
        except (ValidationError, TypeError) as exc:
            raise CatalogError(path, None, None, f"entities.{name}", str(exc)) from exc
    return out
