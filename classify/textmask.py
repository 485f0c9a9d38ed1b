"""Masking findings inside free text with the same operators as table columns.

Everything outside a finding is returned byte for byte; each finding is replaced by its
operator's output (``classify.masking.cell_function``: Presidio's ``Replace`` for ``tag``,
govgate's ``PartialMask`` for ``mask``, ``KeyedHash`` for ``hash`` …). The operator per
entity type comes from ``rules/masking.yaml`` (``text:``) unless the caller names one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from classify.detect import Finding, Scanner
from classify.masking import MacFn, MaskingError, cell_function, load_mask_rules

__all__ = ["text_operators", "mask_text", "TextMasker"]


def text_operators(operator: str | None = None) -> dict[str, str]:
    """Operator per entity type for free text: ``operator`` for every personal type (types the
    rules keep, such as ORGANIZATION, stay kept), or the configured defaults."""
    rules = load_mask_rules().get("text") or {"default": "tag"}
    table = {k: str(v) for k, v in rules.items()}
    if operator is not None:
        table = {k: (v if v == "keep" else operator) for k, v in table.items()}
        table["default"] = operator
    return table


class TextMasker:
    """Prepared per-type cell functions; ``mask(text, findings)`` splices their output in."""

    def __init__(self, operators: Mapping[str, str] | None = None, mac: MacFn | None = None) -> None:
        self.operators = dict(operators) if operators is not None else text_operators()
        self.mac = mac
        self._fns: dict[str, Callable[[str], object]] = {}

    def _fn(self, entity: str) -> Callable[[str], object]:
        fn = self._fns.get(entity)
        if fn is None:
            op = self.operators.get(entity, self.operators.get("default", "tag"))
            fn = self._fns[entity] = cell_function(op, entity, self.mac)
        return fn

    def mask(self, text: str, findings: Sequence[Finding]) -> str:
        if not findings:
            return text
        out: list[str] = []
        pos = 0
        for f in sorted(findings):
            if f.start < pos:
                raise MaskingError(f"overlapping findings at {f.start}")
            out.append(text[pos:f.start])
            masked = self._fn(f.type)(text[f.start:f.end])
            out.append("" if masked is None else str(masked))
            pos = f.end
        out.append(text[pos:])
        return "".join(out)


def mask_text(text: str, scanner: Scanner, masker: TextMasker | None = None, context: Sequence[str] | None = None) -> str:
    """Detect with ``scanner`` and mask with ``masker`` (default operators) in one call."""
    masker = masker or TextMasker()
    return masker.mask(text, scanner.scan(text, context))
