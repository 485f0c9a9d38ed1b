"""Tables pasted into free text: which column's name stands over a cell.

A spreadsheet pasted into a case note or a chat keeps its header row and its separators:

    姓名	护照号	手机
    马芳英	E99609693	13914349022
    萧睿	E15507406	15709972316

The second passport number has no label within reach in the text — only the other cells of
its row — but its column is named, as a column of a real table is when it is scanned with
``govgate classify scan TABLE.csv``. ``column_header`` finds that name, so context scoring can
treat it as it treats a table's header (``_base.ContextScoring.context_delta``).

A header line is a line of two or more cells (three or more when blanks separate them), none
empty, none longer than ``MAX_HEADER`` characters and none holding a digit; the lines right after
it with the same number of cells, split the same way, are its rows, up to a blank line or the next
header (a line of another width in between — a cell with a blank in it — gets no column, the rows
after it do). Separators, tried in this
order: tab, ``|``, ``,``, ``，``, ``;``, then runs of blanks. Quoting is not parsed: a row whose
cells hold a separator has another number of cells and is not taken (nothing changes for it).
A JSON export names its values the same way: ``json_key`` finds the key a value stands under
("csrq":"1985-03-12", "grzhye": 35210.5), which context scoring treats as a column's name too.
Pure functions on the normalized text; no I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["column_header", "json_key"]

MAX_HEADER = 16
_SEPARATORS = ("\t", "|", ",", "，", ";")
_BLANKS = re.compile(r"[ \u3000]+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class _Cell:
    start: int
    end: int
    header: str


def _split(line: str, sep: str | None) -> list[tuple[int, int]]:
    """The cells of ``line`` as (start, end) offsets within it, blanks around a cell excluded."""
    if sep is None:
        bounds, pos = [], 0
        stripped = line.strip(" \u3000")
        lead = len(line) - len(line.lstrip(" \u3000"))
        for m in _BLANKS.finditer(stripped):
            bounds.append((lead + pos, lead + m.start()))
            pos = m.end()
        bounds.append((lead + pos, lead + len(stripped)))
        return bounds
    bounds, pos = [], 0
    for part in line.split(sep):
        s, e = pos, pos + len(part)
        while s < e and line[s] in " \u3000":
            s += 1
        while e > s and line[e - 1] in " \u3000":
            e -= 1
        bounds.append((s, e))
        pos += len(part) + 1
    return bounds


def _header_split(line: str) -> tuple[str | None, list[tuple[int, int]]] | None:
    """How ``line`` splits as a header row, or None when it is not one."""
    for sep in (*_SEPARATORS, None):
        if sep is not None and sep not in line:
            continue
        cells = _split(line, sep)
        if len(cells) < (3 if sep is None else 2):
            continue
        if all(0 < e - s <= MAX_HEADER and not _DIGIT.search(line, s, e) for s, e in cells):
            return sep, cells
    return None


@lru_cache(maxsize=256)
def _cells(norm: str) -> tuple[tuple[int, ...], tuple[_Cell, ...]]:
    """Every data cell under a header in ``norm``, sorted, with their starts for bisection."""
    lines, pos = [], 0
    for line in norm.split("\n"):
        lines.append((pos, line.rstrip("\r")))
        pos += len(line) + 1
    out: list[_Cell] = []
    i = 0
    while i < len(lines) - 1:
        _, head = lines[i]
        split = _header_split(head)
        if split is None:
            i += 1
            continue
        sep, head_cells = split
        names = [head[s:e] for s, e in head_cells]
        j = i + 1
        while j < len(lines):
            row_at, row = lines[j]
            if not row.strip():
                break
            cells = _split(row, sep) if sep is None or sep in row else []
            if len(cells) == len(names):
                out.extend(_Cell(row_at + s, row_at + e, name) for (s, e), name in zip(cells, names) if e > s)
            elif _header_split(row) is not None:
                break  # the next table's header
            j += 1  # a row of another width (a cell holding a blank) is skipped, the rows after it kept
        i = max(j, i + 1)
    return tuple(c.start for c in out), tuple(out)


def column_header(norm: str, start: int, end: int) -> str | None:
    """The name of the column whose cell holds ``norm[start:end]``, if it is in a pasted table."""
    if "\n" not in norm:
        return None
    starts, cells = _cells(norm)
    k = bisect_right(starts, start) - 1
    if k < 0:
        return None
    cell = cells[k]
    return cell.header if start >= cell.start and end <= cell.end else None


# "key": "value" or "key":value — the key a value stands under, right before it (short keys only:
# field names, social_security_no, not sentences)
MAX_JSON_KEY = 32
_JSON_KEY = re.compile(r'"([^"\n]{1,%d})"\s?:\s?"?\Z' % MAX_JSON_KEY)
_JSON_LOOKBACK = MAX_JSON_KEY + 6


def json_key(norm: str, start: int) -> str | None:
    """The key of the JSON member whose value starts at ``norm[start]``, if it stands in one."""
    if start == 0 or norm[start - 1] not in "\": ":
        return None
    m = _JSON_KEY.search(norm, max(0, start - _JSON_LOOKBACK), start)
    return m.group(1) if m else None
