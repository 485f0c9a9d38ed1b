"""YAML with positions: parse once into PyYAML's composed node tree, build plain data
from it, and map a location (a pydantic ``loc`` or our own key path) back to the line
and column of the offending key or value.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from classify.errors import CatalogError

Loc = Sequence[str | int]

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(path: Path, logical: str) -> tuple[Any, yaml.Node | None, list[CatalogError]]:
    """Read ``path``; return (data, root node, duplicate-key errors).

    Syntax errors and unreadable files raise ``CatalogError`` straight away: nothing
    else in the file can be trusted then.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(path, None, None, logical, f"cannot read file: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise CatalogError(path, None, None, logical, f"not UTF-8 text: {exc}") from exc
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        raise CatalogError(path, line, col, logical, f"invalid YAML: {problem}") from exc
    except yaml.YAMLError as exc:
        raise CatalogError(path, None, None, logical, f"invalid YAML: {exc}") from exc
    finally:
        loader.dispose()
    dups: list[CatalogError] = []
    if node is not None:
        _find_duplicate_keys(path, node, [], logical, dups)
    return data, node, dups


def _find_duplicate_keys(path: Path, node: yaml.Node, loc: list[str | int], logical: str, out: list[CatalogError]) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is not None:
                if key in seen:
                    line, col = _mark(key_node)
                    where = join_path(logical, [*loc, key])
                    out.append(CatalogError(path, line, col, where, f"duplicate key {key!r} in a mapping"))
                seen.add(key)
            _find_duplicate_keys(path, value_node, [*loc, key if key is not None else "?"], logical, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _find_duplicate_keys(path, item, [*loc, i], logical, out)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def locate(node: yaml.Node | None, loc: Loc, *, key: bool = False) -> tuple[int | None, int | None]:
    """Line and column of the value at ``loc`` (of its key when ``key``), or of the
    deepest node that exists on the way there (e.g. the mapping missing a key)."""
    if node is None:
        return None, None
    current = node
    key_node: yaml.Node | None = None
    for part in loc:
        key_node = None
        if isinstance(current, yaml.MappingNode) and isinstance(part, str):
            for k, v in current.value:
                if isinstance(k, yaml.ScalarNode) and k.value == part:
                    key_node, current = k, v
                    break
            else:
                return _mark(current)
        elif isinstance(current, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(current.value):
            current = current.value[part]
        else:
            return _mark(current)
    if key and key_node is not None:
        return _mark(key_node)
    return _mark(current)


def join_path(prefix: str, loc: Loc) -> str:
    """``prefix`` + ``loc`` in the ``a.b[3].c`` form used in error messages."""
    out = prefix
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
