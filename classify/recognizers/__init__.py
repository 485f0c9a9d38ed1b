"""govgate's Presidio recognizers for Chinese personal information, one per entity type.

``recognizers.yaml`` declares which are loaded; ``load_recognizers`` builds them and
``build_registry`` puts them in a Presidio ``RecognizerRegistry`` for the ``zh`` language.
Each module holds one recognizer with its pattern, context words (Simplified and
Traditional), the standard it follows and its ``validate_result``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from classify.entities import load_entities
from classify.errors import CatalogError
from classify.recognizers._base import LANGUAGE

__all__ = ["RECOGNIZERS_PATH", "RecognizerConfig", "load_config", "load_recognizers", "build_registry", "LANGUAGE"]

RECOGNIZERS_PATH = Path(__file__).with_name("recognizers.yaml")
TAGGERS = ("lac", "none")


@dataclass(frozen=True)
class RecognizerConfig:
    language: str
    score_threshold: float
    classes: tuple[tuple[str, str], ...]  # (entity, "module:Class") of the enabled recognizers
    tagger: str = "lac"  # "lac": PERSON and CN_ADDRESS combine Baidu LAC's tags with their rules; "none": rules only


@lru_cache(maxsize=4)
def load_config(path: Path = RECOGNIZERS_PATH) -> RecognizerConfig:
    """Read and check ``recognizers.yaml``: known entity types, importable classes."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CatalogError(path, None, None, "", f"cannot read recognizer configuration: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("recognizers"), list):
        raise CatalogError(path, None, None, "recognizers", "expected a list of recognizers")
    entities = load_entities()
    classes: list[tuple[str, str]] = []
    for i, entry in enumerate(doc["recognizers"]):
        where = f"recognizers[{i}]"
        if not isinstance(entry, dict) or set(entry) - {"entity", "class", "enabled"} or "class" not in entry:
            raise CatalogError(path, None, None, where, "expected {entity, class[, enabled]}")
        if entry.get("entity") not in entities:
            raise CatalogError(path, None, None, f"{where}.entity", f"{entry.get('entity')!r} is not in entities.yaml")
        if entry.get("enabled", True):
            classes.append((entry["entity"], entry["class"]))
    threshold = float(doc.get("score_threshold", 0.5))
    if not 0 < threshold <= 1:
        raise CatalogError(path, None, None, "score_threshold", "must be in (0, 1]")
    tagger = doc.get("tagger", "lac")
    if tagger not in TAGGERS:
        raise CatalogError(path, None, None, "tagger", f"{tagger!r} is not one of {', '.join(TAGGERS)}")
    return RecognizerConfig(str(doc.get("language", LANGUAGE)), threshold, tuple(classes), tagger)


def _import(spec: str) -> type[EntityRecognizer]:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(f"classify.recognizers.{module}"), name)


def load_recognizers(config: RecognizerConfig | None = None) -> list[EntityRecognizer]:
    """New instances of the enabled recognizers, in the configured order."""
    config = config or load_config()
    out: list[EntityRecognizer] = []
    for entity, spec in config.classes:
        recognizer = _import(spec)()
        if hasattr(recognizer, "use_tagger"):
            recognizer.use_tagger = config.tagger == "lac"
        if recognizer.supported_entities != [entity]:
            raise CatalogError(RECOGNIZERS_PATH, None, None, spec, f"detects {recognizer.supported_entities}, not {entity}")
        out.append(recognizer)
    return out


def build_registry(config: RecognizerConfig | None = None) -> RecognizerRegistry:
    """A Presidio registry holding govgate's recognizers (and no predefined English ones)."""
    config = config or load_config()
    registry = RecognizerRegistry(supported_languages=[config.language])
    for recognizer in load_recognizers(config):
        registry.add_recognizer(recognizer)
    return registry
