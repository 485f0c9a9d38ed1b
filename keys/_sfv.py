"""The subset of RFC 8941 Structured Field Values that RFC 9421 and RFC 9530 need.

Parsing is strict (a malformed field is an error, never "best effort"): Dictionaries
whose members are Items or Inner Lists, Items that are Integers, Strings, Tokens, Byte
Sequences or Booleans, with Parameters.  Serialisation covers the same types.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from functools import lru_cache

BareItem = int | str | bytes | bool


class Token(str):
    """An sf-token (serialised without quotes)."""


@dataclass(frozen=True)
class Item:
    value: BareItem
    params: tuple[tuple[str, BareItem], ...] = ()


@dataclass(frozen=True)
class InnerList:
    items: tuple[Item, ...]
    params: tuple[tuple[str, BareItem], ...] = field(default=())

    def param(self, name: str) -> BareItem | None:
        return dict(self.params).get(name)


class SfvError(ValueError):
    """A structured field does not parse."""


_KEY_RE = re.compile(r"[a-z*][a-z0-9_\-.*]*")
_TOKEN_RE = re.compile(r"[A-Za-z*][!#$%&'*+\-.^_`|~0-9A-Za-z:/]*")
_INT_RE = re.compile(r"-?[0-9]{1,15}")


class _Parser:
    def __init__(self, text: str) -> None:
        self.s, self.i = text, 0

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def sp(self) -> None:
        while self.peek() == " ":
            self.i += 1

    def ows(self) -> None:
        while self.peek() in (" ", "\t") and self.peek():
            self.i += 1

    def key(self) -> str:
        m = _KEY_RE.match(self.s, self.i)
        if not m:
            raise SfvError(f"expected a key at {self.i}")
        self.i = m.end()
        return m.group()

    def bare(self) -> BareItem:
        c = self.peek()
        if c == '"':
            return self.string()
        if c == ":":
            end = self.s.find(":", self.i + 1)
            if end < 0:
                raise SfvError("unterminated byte sequence")
            raw = self.s[self.i + 1:end]
            self.i = end + 1
            try:
                return base64.b64decode(raw, validate=True)
            except (binascii.Error, ValueError):
                raise SfvError("invalid base64 in byte sequence") from None
        if c == "?":
            v = self.s[self.i + 1:self.i + 2]
            if v not in ("0", "1"):
                raise SfvError("invalid boolean")
            self.i += 2
            return v == "1"
        if c == "-" or c.isdigit():
            m = _INT_RE.match(self.s, self.i)
            if not m or (m.end() < len(self.s) and self.s[m.end()] == "."):
                raise SfvError("invalid or unsupported number (decimals are not used here)")
            self.i = m.end()
            return int(m.group())
        m = _TOKEN_RE.match(self.s, self.i)
        if m:
            self.i = m.end()
            return Token(m.group())
        raise SfvError(f"unexpected character {c!r} at {self.i}")

    def string(self) -> str:
        self.i += 1
        out = []
        while True:
            c = self.peek()
            if not c:
                raise SfvError("unterminated string")
            self.i += 1
            if c == "\\":
                n = self.peek()
                if n not in ('"', "\\"):
                    raise SfvError("invalid escape in string")
                out.append(n)
                self.i += 1
            elif c == '"':
                return "".join(out)
            elif not (" " <= c <= "~"):
                raise SfvError("non-printable character in string")
            else:
                out.append(c)

    def params(self) -> tuple[tuple[str, BareItem], ...]:
        out: list[tuple[str, BareItem]] = []
        while self.peek() == ";":
            self.i += 1
            self.sp()
            k = self.key()
            v: BareItem = True
            if self.peek() == "=":
                self.i += 1
                v = self.bare()
            if any(a == k for a, _ in out):
                raise SfvError(f"duplicate parameter {k!r}")
            out.append((k, v))
        return tuple(out)

    def item_or_list(self) -> Item | InnerList:
        if self.peek() == "(":
            self.i += 1
            items: list[Item] = []
            while True:
                self.sp()
                if self.peek() == ")":
                    self.i += 1
                    return InnerList(tuple(items), self.params())
                items.append(Item(self.bare(), self.params()))
                if self.peek() not in (" ", ")"):
                    raise SfvError("inner list items must be separated by spaces")
        return Item(self.bare(), self.params())


def parse_dictionary(text: str) -> dict[str, Item | InnerList]:
    p = _Parser(text.strip(" \t"))
    out: dict[str, Item | InnerList] = {}
    if not p.s:
        return out
    while True:
        k = p.key()
        if k in out:
            raise SfvError(f"duplicate dictionary key {k!r}")
        if p.peek() == "=":
            p.i += 1
            out[k] = p.item_or_list()
        else:
            out[k] = Item(True, p.params())
        p.ows()
        if not p.peek():
            return out
        if p.peek() != ",":
            raise SfvError(f"expected ',' at {p.i}")
        p.i += 1
        p.ows()
        if not p.peek():
            raise SfvError("trailing comma")


_PRINTABLE_ASCII = re.compile(r"[ -~]*\Z")


def serialize_bare(v: BareItem) -> str:
    if isinstance(v, bool):
        return "?1" if v else "?0"
    if isinstance(v, int):
        if abs(v) >= 10**15:
            raise SfvError("integer out of range")
        return str(v)
    if isinstance(v, bytes):
        return ":" + base64.b64encode(v).decode() + ":"
    if isinstance(v, Token):
        return str(v)
    if not _PRINTABLE_ASCII.match(v):
        raise SfvError("strings must be printable ASCII")
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def serialize_params(params: tuple[tuple[str, BareItem], ...]) -> str:
    return "".join(f";{k}" if v is True else f";{k}={serialize_bare(v)}" for k, v in params)


def serialize_item(item: Item) -> str:
    value = item.value
    if type(value) is str and not item.params:  # a component name: the same few on every message
        return _string(value)
    return serialize_bare(value) + serialize_params(item.params)


@lru_cache(maxsize=1024)
def _string(value: str) -> str:
    # Only ever called with an exact ``str`` (never a Token, which serialises without quotes);
    # a string that cannot be serialised raises every time (lru_cache keeps no exceptions).
    return serialize_bare(value)


def serialize_inner_list(lst: InnerList) -> str:
    return "(" + " ".join([serialize_item(i) for i in lst.items]) + ")" + serialize_params(lst.params)


def serialize_dictionary(d: dict[str, Item | InnerList]) -> str:
    parts = []
    for k, v in d.items():
        body = serialize_inner_list(v) if isinstance(v, InnerList) else (
            serialize_params(v.params) if v.value is True else "=" + serialize_item(v))
        parts.append(k + ("=" + body if isinstance(v, InnerList) else body))
    return ", ".join(parts)
