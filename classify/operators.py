"""govgate's masking operators, as Presidio anonymizer operator plugins.

Presidio's own operators (``Keep``, ``Redact``, ``Replace``, ``Mask``) are used as they are;
ours add what a Chinese government clerk needs: partial masks that keep a surname or a
town (``PartialMask``), keyed hashes that still join across datasets (``KeyedHash``), and
generalization (``Generalize``). Each operator validates its parameters apart from operating,
as Presidio's do, and none of them mutates its input.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_anonymizer.entities import InvalidParamError
from presidio_anonymizer.operators import Mask, Operator, OperatorType

MASKING_CHAR = "*"

# Compound surnames (复姓) keep two characters; everything else keeps one.
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 独孤 "
    "南宫 西门 百里 呼延 万俟 澹台 闻人 申屠 太史 钟离 宗政 濮阳 公冶 赫连 淳于 单于".split()
)
# Down to the town or street (街道/镇/乡) after the district or county, else to the district.
_TOWN_AFTER_DISTRICT = re.compile(r"[^区县]*?(?:街道|镇|乡)")  # used with match(pos)
_DISTRICT_PREFIX = re.compile(r"^(?:.*?省)?(?:.*?市)?.*?(?:区|县)")
_DATE = re.compile(r"^(\d{4})([-/.年])")
_IPV4 = re.compile(r"^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$")
_LANDLINE = re.compile(r"^(\(?0\d{2,3}\)?)[-\s]?(.*)$")

STRATEGIES = frozenset(
    {"keep_ends", "surname", "address_town", "email", "ipv4", "landline", "date_year", "redact", "none"}
)


def _mask_middle(text: str, first: int, last: int) -> str:
    """Keep ``first`` and ``last`` characters; Presidio's Mask does the masking."""
    if len(text) <= first + last:
        # Too short to keep both ends and still hide something: hide all but the first.
        keep = min(first, max(len(text) - 1, 0))
        return Mask().operate(text, {"masking_char": MASKING_CHAR, "chars_to_mask": len(text) - keep, "from_end": True})
    head = text[: len(text) - last]
    masked_head = Mask().operate(
        head, {"masking_char": MASKING_CHAR, "chars_to_mask": len(head) - first, "from_end": True}
    )
    return masked_head + text[len(text) - last :]


def _mask_after(text: str, prefix_len: int) -> str:
    return text[:prefix_len] + MASKING_CHAR * (len(text) - prefix_len)


def _town_prefix_length(address: str) -> int:
    district = _DISTRICT_PREFIX.match(address)
    if not district:
        return 0
    town = _TOWN_AFTER_DISTRICT.match(address, district.end())
    return town.end() if town else district.end()


def partial_mask(text: str, spec: dict[str, Any]) -> str:
    """Apply one partial-mask strategy from ``rules/masking.yaml`` to one value."""
    strategy = spec["strategy"]
    if strategy == "none":
        return text
    if strategy == "redact":
        return ""
    if strategy == "keep_ends":
        return _mask_middle(text, int(spec.get("first", 0)), int(spec.get("last", 0)))
    if strategy == "surname":
        keep = 2 if text[:2] in _COMPOUND_SURNAMES and len(text) > 2 else 1
        return _mask_after(text, min(keep, len(text)))
    if strategy == "address_town":
        return _mask_after(text, _town_prefix_length(text))
    if strategy == "email":
        local, sep, domain = text.partition("@")
        if not sep:
            return _mask_after(text, 1)
        return local[:1] + MASKING_CHAR * max(len(local) - 1, 1) + "@" + domain
    if strategy == "ipv4":
        m = _IPV4.match(text)
        return f"{m.group(1)}.{m.group(2)}.*.*" if m else _mask_after(text, 0)
    if strategy == "landline":
        m = _LANDLINE.match(text)
        if not m:
            return _mask_middle(text, 0, 2)
        area, number = m.group(1), m.group(2)
        return text[: len(text) - len(number)] + _mask_middle(number, 0, 2) if area else _mask_middle(text, 0, 2)
    if strategy == "date_year":
        m = _DATE.match(text)
        if not m:
            return _mask_after(text, 0)
        return m.group(1) + "".join(c if not c.isdigit() else MASKING_CHAR for c in text[4:])
    raise InvalidParamError(f"unknown masking strategy {strategy!r}")


def generalize(text: str, entity: str | None) -> str:
    """GB/T 37964 generalization: a date to its year, an address to its district or county."""
    if entity == "CN_ADDRESS":
        m = _DISTRICT_PREFIX.match(text)
        return m.group(0) if m else ""
    m = _DATE.match(text)
    if m:  # dates of birth, and any other date-shaped value
        return m.group(1)
    return ""


class PartialMask(Operator):
    """Partial mask by strategy (params: ``spec`` — one entry of rules/masking.yaml)."""

    def operate(self, text: str, params: dict | None = None) -> str:
        return partial_mask(text, (params or {})["spec"])

    def validate(self, params: dict | None = None) -> None:
        spec = (params or {}).get("spec")
        if not isinstance(spec, dict) or spec.get("strategy") not in STRATEGIES:
            raise InvalidParamError(f"PartialMask needs a spec with a strategy in {sorted(STRATEGIES)}")

    def operator_name(self) -> str:
        return "partial_mask"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class KeyedHash(Operator):
    """A keyed hash (params: ``mac`` — bytes → hex digest, a MAC key from keys/): joinable, not
    reversible. The key never passes through here, only the function that uses it."""

    def operate(self, text: str, params: dict | None = None) -> str:
        return (params or {})["mac"](text.encode("utf-8"))[:32]

    def validate(self, params: dict | None = None) -> None:
        if not callable((params or {}).get("mac")):
            raise InvalidParamError("KeyedHash needs `mac`, a function from bytes to a hex digest")

    def operator_name(self) -> str:
        return "keyed_hash"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class Generalize(Operator):
    """Generalization (params: ``entity``): date → year, address → district."""

    def operate(self, text: str, params: dict | None = None) -> str:
        return generalize(text, (params or {}).get("entity"))

    def validate(self, params: dict | None = None) -> None:
        return None

    def operator_name(self) -> str:
        return "generalize"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize
