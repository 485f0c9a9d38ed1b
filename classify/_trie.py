"""A word list as one regular expression shaped like a trie: ``湖州市|湖州|杭州市`` becomes
``(?:湖州(?:市)?|杭州市)``, which the regex engine matches without trying every word at
every position. Longest words win, as with a sorted alternation."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_regex"]


def trie_regex(words: Iterable[str]) -> str:
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    if not trie:
        return "(?!)"
    return _node(trie)


def _node(node: dict) -> str:
    end = "" in node
    branches = []
    singles = []
    for ch in sorted(k for k in node if k):
        child = node[ch]
        if list(child) == [""]:
            singles.append(re.escape(ch))
        else:
            branches.append(re.escape(ch) + _node(child))
    if singles:
        branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + body + ")?"
    return body
