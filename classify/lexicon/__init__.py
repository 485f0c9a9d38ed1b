"""Word lists and the gazetteer the rule-based recognizers read (data, not code).

Each file says where its words come from. Lists are read once per process.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["read_words", "read_frequencies", "gazetteer", "surnames"]


def _text(name: str) -> str:
    return resources.files("classify.lexicon").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def read_words(name: str) -> tuple[str, ...]:
    """Whitespace-separated words of a lexicon file; ``#`` starts a comment."""
    words: list[str] = []
    for line in _text(name).splitlines():
        words.extend(line.split("#", 1)[0].split())
    return tuple(dict.fromkeys(words))


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """``surnames.txt`` as (single surnames, compound surnames 复姓)."""
    words = read_words("surnames.txt")
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


@lru_cache(maxsize=None)
def read_frequencies(name: str) -> dict[str, float]:
    """``<word> <number>`` lines of a lexicon file; ``#`` starts a comment."""
    table: dict[str, float] = {}
    for lineno, line in enumerate(_text(name).splitlines(), 1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        try:
            word, value = fields
            table[word] = float(value)
        except ValueError:
            raise ValueError(f"lexicon/{name}, line {lineno}: expected '<word> <number>', got {line!r}") from None
    return table


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Any]:
    """``zhejiang.yaml``: provinces, Zhejiang cities and counties, Huzhou townships, villages."""
    doc = yaml.safe_load(_text("zhejiang.yaml"))
    for key in ("provinces", "zhejiang", "other_cities", "huzhou_towns", "villages"):
        if key not in doc:
            raise ValueError(f"lexicon/zhejiang.yaml: missing {key!r}")
    return doc
