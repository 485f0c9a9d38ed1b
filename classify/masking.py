"""Carry out a decision's masking obligations on rows whose column types are known.

Policy says *which* operator applies to each field (``keep``, ``mask``, ``redact``, ``hash``,
``generalize``, ``tag``, ``tokenize``); this module says *how*, using Presidio's operators and ours
(classify/operators.py). A column's entity type comes from the catalog, so no detection is
needed: each field gets one prepared function, applied cell by cell. Rows are never mutated;
a new list of new dicts is returned.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from presidio_anonymizer.operators import Redact, Replace

from classify.operators import Generalize, KeyedHash, PartialMask, Tokenize, prepare_partial_mask

CellFn = Callable[[Any], Any]
MacFn = Callable[[bytes], str]  # bytes → hex digest under a key held by keys/
# (token format name, value) → token, or None when the value does not fit the format; the
# host binds it to the tokenization key (keys.tokenize) and records that key's id.
TokenizeFn = Callable[[str, str], "str | None"]

_OPERATOR_NAMES = ("keep", "mask", "redact", "hash", "generalize", "tag", "tokenize")


class MaskingError(Exception):
    """An obligation that cannot be carried out (unknown operator, missing key)."""


@lru_cache(maxsize=1)
def load_mask_rules() -> dict[str, Any]:
    """The partial-mask strategy per entity type (classify/rules/masking.yaml)."""
    text = resources.files("classify").joinpath("rules/masking.yaml").read_text(encoding="utf-8")
    rules = yaml.safe_load(text)
    for entity, spec in rules["masks"].items():
        PartialMask().validate({"spec": spec})
    formats = rules.setdefault("tokenize", {})
    if not isinstance(formats, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in formats.items()):
        raise MaskingError("classify/rules/masking.yaml: `tokenize` maps entity types to token format names")
    return rules


def token_formats() -> dict[str, str]:
    """Entity type → token format name, for the types the ``tokenize`` operator can carry out."""
    return dict(load_mask_rules()["tokenize"])


def _keep(value: Any) -> Any:
    """Presidio's ``Keep`` returns its input; the value is passed on as it is (no str() of numbers)."""
    return value


def _on_text(fn: Callable[[str], str | None]) -> CellFn:
    def apply(value: Any) -> Any:
        return None if value is None else fn(str(value))

    return apply


def cell_function(operator: str, entity: str | None, mac: MacFn | None, tokenize: TokenizeFn | None = None) -> CellFn:
    """The function that masks one cell of a column of ``entity`` under ``operator``."""
    if operator == "keep":
        return _keep
    if operator == "redact":
        redact = Redact()
        # Presidio's Redact yields ""; a redacted cell is sent as null so no type is implied.
        return _on_text(lambda text: redact.operate(text, {}) or None)
    if operator == "tag":
        replace, params = Replace(), {"new_value": f"<{entity or 'REDACTED'}>"}
        return _on_text(lambda text: replace.operate(text, params))
    if operator == "hash":
        if mac is None:
            raise MaskingError("the hash operator needs the pseudonym MAC key")
        hasher, params = KeyedHash(), {"mac": mac}
        hasher.validate(params)
        return _on_text(lambda text: hasher.operate(text, params))
    if operator == "mask":
        rules = load_mask_rules()
        spec = rules["masks"].get(entity or "", rules["default"])
        PartialMask().validate({"spec": spec})
        masker = prepare_partial_mask(spec)  # what PartialMask.operate runs, resolved once per column
        return lambda value: None if value is None else (masker(value if isinstance(value, str) else str(value)) or None)
    if operator == "tokenize":
        return _tokenizer(entity, tokenize)
    if operator == "generalize":
        generalizer, params = Generalize(), {"entity": entity}
        return _on_text(lambda text: generalizer.operate(text, params) or None)
    raise MaskingError(f"unknown masking operator {operator!r}; expected one of {', '.join(_OPERATOR_NAMES)}")


def _tokenizer(entity: str | None, tokenize: TokenizeFn | None) -> CellFn:
    formats = load_mask_rules()["tokenize"]
    fmt = formats.get(entity or "")
    if fmt is None:
        raise MaskingError(f"tokenize: a field of type {entity or '(none)'} has no token format; tokenizable "
                           f"types: {', '.join(sorted(formats))} (classify/rules/masking.yaml `tokenize`)")
    if tokenize is None:
        raise MaskingError("the tokenize operator needs the tokenization key")
    operator, params = Tokenize(), {"tokenize": lambda text: tokenize(fmt, text)}
    operator.validate(params)
    return _on_text(lambda text: operator.operate(text, params))


def mask_rows(
    rows: Sequence[Mapping[str, Any]],
    operators: Mapping[str, str],
    entities: Mapping[str, str | None],
    *,
    mac: MacFn | None = None,
    tokenize: TokenizeFn | None = None,
) -> list[dict[str, Any]]:
    """Apply ``operators`` (field → operator) to every row; fields without one are dropped.

    Fail closed: a returned field always went through the operator policy named for it, and
    a field policy did not name never leaves.
    """
    names = list(operators)
    functions = [cell_function(str(operators[name]), entities.get(name), mac, tokenize) for name in names]
    if names and set(map(type, rows)) == {dict} and all(map(names.__eq__, map(list, rows))):
        # Rows of exactly these fields in this order (a store's page): copied, and only the
        # columns that are not kept replaced in place — the same dicts, at a third of the cost
        # of building each row anew.
        out = [row.copy() for row in rows]
        for name, fn in zip(names, functions):
            if fn is not _keep:
                for row in out:
                    row[name] = fn(row[name])
        return out
    columns = []
    for name, fn in zip(names, functions):  # column by column: kept columns copied as they are
        values = [row.get(name) for row in rows]
        columns.append(values if fn is _keep else [fn(value) for value in values])
    return [dict(zip(names, cells)) for cells in zip(*columns)] if names else [{} for _ in rows]
