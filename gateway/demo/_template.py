"""``{kind: text, template: …}`` hints: a template compiled once into a list of parts.

Placeholders: ``{district}`` ``{district_code}`` ``{town}`` ``{town_code}`` (the row's
place), ``{person}`` ``{mobile}`` (the row's person), ``{org}`` (the row's organisation),
``{year}`` (2015-2024), ``{digits:N}``, ``{letters:N}`` (capital letters without I/O),
``{choice:a|b|c}``, ``{group:G:a|b|c}`` (option at the row's index for group G, shared with
grouped choice hints), ``{field:NAME}`` / ``{field:NAME:N}`` (an earlier field of the same
row, optionally its first N characters).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([^{}]*))?\}")
_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

_SIMPLE: dict[str, Callable[[Any], str]] = {
    "district": lambda c: c.place.district.name,
    "district_code": lambda c: c.place.district.code,
    "town": lambda c: c.place.town.name,
    "town_code": lambda c: c.place.town.code,
    "person": lambda c: c.person.name,
    "mobile": lambda c: c.person.mobile or "",
    "org": lambda c: c.org.name,
    "year": lambda c: str(c.rng.randint(2015, 2024)),
}


def compile_template(
    template: str, earlier: list[str], group_index: Callable[[str, int], Callable[[Any], int]]
) -> Callable[[Any], str]:
    """Compile ``template``; ``earlier`` are the field names already generated in a row.

    Raises ``ValueError`` for an unknown placeholder or a malformed argument.
    """
    parts: list[str | Callable[[Any], str]] = []
    pos = 0
    for m in _PLACEHOLDER.finditer(template):
        if m.start() > pos:
            parts.append(template[pos : m.start()])
        parts.append(_part(m.group(1), m.group(2), earlier, group_index))
        pos = m.end()
    if pos < len(template):
        parts.append(template[pos:])
    if any(isinstance(p, str) and ("{" in p or "}" in p) for p in parts):
        raise ValueError(f"template {template!r} has an unbalanced or malformed placeholder")

    def render(c: Any) -> str:
        return "".join(p if isinstance(p, str) else p(c) for p in parts)

    return render


def _part(
    name: str, arg: str | None, earlier: list[str], group_index: Callable[[str, int], Callable[[Any], int]]
) -> Callable[[Any], str]:
    if name in _SIMPLE and arg is None:
        return _SIMPLE[name]
    if name in ("digits", "letters"):
        if arg is None or not arg.isdigit() or not 1 <= int(arg) <= 32:
            raise ValueError(f"{{{name}:N}} needs N in 1..32")
        n = int(arg)
        if name == "digits":
            return lambda c: f"{c.rng.randrange(10**n):0{n}d}"
        return lambda c: "".join(c.rng.choice(_LETTERS) for _ in range(n))
    if name == "choice":
        options = (arg or "").split("|")
        if not arg:
            raise ValueError("{choice:a|b|…} needs options")
        return lambda c: c.rng.choice(options)
    if name == "group":
        gname, _, rest = (arg or "").partition(":")
        options = rest.split("|") if rest else []
        if not gname or not options:
            raise ValueError("{group:G:a|b|…} needs a group name and options")
        row_index = group_index(gname, len(options))  # raises if the group size differs
        return lambda c: options[row_index(c)]
    if name == "field":
        fname, _, length = (arg or "").partition(":")
        if fname not in earlier:
            raise ValueError(f"{{field:{fname}}} must name an earlier field of the dataset")
        if length and not length.isdigit():
            raise ValueError(f"{{field:{fname}:N}} needs an integer N")
        n = int(length) if length else None
        return lambda c: str(c.values.get(fname) or "")[:n]
    raise ValueError(f"unknown placeholder {{{name}{':' + arg if arg is not None else ''}}}")
