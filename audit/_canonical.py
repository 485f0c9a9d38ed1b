"""Canonical JSON (RFC 8785, JCS): the only byte form that is hashed or signed.

``rfc8785.dumps`` is the definition.  It is pure Python (≈ 60 µs for one
access event here, most of an append's CPU), so values made only of ``dict``,
``list``/``tuple``, ``str``, safe-range ``int``, ``bool`` and ``None`` — every
event govgate builds — go through the C ``json`` encoder instead, which
produces the same bytes for exactly that subset:

* RFC 8785 escapes ``"``, ``\\``, ``\\b \\f \\n \\r \\t`` and other controls as
  ``\\u00xx`` (lower-case hex), emits everything else as UTF-8 — as does
  ``json.dumps(ensure_ascii=False)``;
* key order is by UTF-16 code units in RFC 8785 and by code points in
  ``sort_keys``; the two agree while every key character is below U+D800;
* numbers: only integers are taken, within ±(2**53 − 1) as RFC 8785 demands.

Anything else (floats, keys with characters ≥ U+D800, subclasses, …) falls back
to ``rfc8785``.  ``tests/audit/test_canonical.py`` checks the equivalence with
hypothesis.
"""

from __future__ import annotations

import json
from json import encoder as _json_encoder
from typing import Any

import rfc8785

from audit.errors import InvalidEvent

_INT_MAX = 2**53 - 1


def _refuse(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not JSON")


def _make_encode() -> Any:
    # The C encoder object, built once: JSONEncoder.encode would rebuild it on every call
    # (≈ 2 µs of the ≈ 10 µs an event costs).  markers=None: no cycle check; a cycle ends
    # in RecursionError, which canonicalize() maps to InvalidEvent like every other failure.
    make = getattr(_json_encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - interpreters without the C accelerator
        return json.JSONEncoder(ensure_ascii=False, allow_nan=False, sort_keys=True,
                                separators=(",", ":")).encode
    c_encode = make(None, _refuse, _json_encoder.c_encode_basestring, None, ":", ",", True, False, False)
    return lambda value: "".join(c_encode(value, 0))


_encode = _make_encode()


def _fast_ok(value: Any) -> bool:
    """True when ``json`` gives the RFC 8785 bytes of ``value`` (see module docstring)."""
    t = type(value)
    if t is dict:
        try:
            keys = "".join(value)  # one C call checks every key is a str
        except TypeError:
            return False
        if not keys.isascii() and max(keys) >= "\ud800":
            return False
        children: Any = value.values()
    elif t is list or t is tuple:
        children = value
    elif t is int:
        return -_INT_MAX <= value <= _INT_MAX
    else:
        return t is str or t is bool or value is None
    for v in children:
        tv = type(v)
        if tv is str or tv is bool or v is None:
            continue  # scalars inline: most of an event, no call per leaf
        if tv is int:
            if not -_INT_MAX <= v <= _INT_MAX:
                return False
        elif not _fast_ok(v):
            return False
    return True


def canonicalize(value: Any) -> bytes:
    """RFC 8785 bytes of ``value``; raise :class:`InvalidEvent` if it has none.

    Integers beyond ±(2**53 − 1), NaN/Infinity, lone surrogates and non-JSON
    types have no canonical form, and an event we cannot hash reproducibly
    must not be recorded.
    """
    try:
        if _fast_ok(value):
            return _encode(value).encode("utf-8")
        return rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, TypeError, ValueError, RecursionError) as exc:
        # UnicodeEncodeError (a lone surrogate) is a ValueError too.
        raise InvalidEvent(f"not canonical-JSON encodable: {exc.__class__.__name__}") from None
