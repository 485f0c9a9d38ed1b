"""Reading tables (.csv, .xlsx, .parquet) row by row, with explicit sampling.

``open_table`` returns the column names, an iterator of rows (tuples, in column order) and
the row count when the format knows it up front (.xlsx, .parquet) — a CSV's is known only
once read. ``sample_rows`` keeps ``n`` rows chosen uniformly at random (reservoir sampling,
Algorithm R) with a seeded generator, so a sample is reproducible; without ``n`` every row
is kept.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classify.errors import ClassifyError

__all__ = ["TableError", "Table", "open_table", "sample_rows", "SUFFIXES"]

SUFFIXES = (".csv", ".xlsx", ".parquet")


class TableError(ClassifyError):
    """A table file that cannot be read (format, encoding, empty header)."""


@dataclass
class Table:
    path: Path
    columns: list[str]
    rows: Iterator[tuple[Any, ...]]
    total: int | None  # known up front for .xlsx and .parquet


def open_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise TableError(f"{path}: unsupported table format {suffix or '(none)'}; expected {', '.join(SUFFIXES)}")
    if not path.is_file():
        raise TableError(f"{path}: no such file")
    try:
        if suffix == ".csv":
            return _csv(path)
        if suffix == ".xlsx":
            return _xlsx(path)
        return _parquet(path)
    except TableError:
        raise
    except Exception as exc:  # the readers' own errors: name the file and the reason
        raise TableError(f"{path}: cannot read the table: {type(exc).__name__}: {exc}") from exc


def _csv(path: Path) -> Table:
    handle = path.open(encoding="utf-8-sig", newline="")
    reader = csv.reader(handle)
    try:
        header = next(reader)
    except StopIteration:
        handle.close()
        raise TableError(f"{path}: empty file, no header row") from None
    except UnicodeDecodeError as exc:
        handle.close()
        raise TableError(f"{path}: not UTF-8 ({exc})") from exc

    def rows() -> Iterator[tuple[Any, ...]]:
        with handle:
            try:
                for row in reader:
                    yield tuple(row)
            except UnicodeDecodeError as exc:
                raise TableError(f"{path}: not UTF-8 at line {reader.line_num} ({exc})") from exc

    return Table(path, [h.strip() for h in header], rows(), None)


def _xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    ws = wb.worksheets[0]
    it = ws.iter_rows(values_only=True)
    header = next(it, None)
    if header is None:
        wb.close()
        raise TableError(f"{path}: empty sheet, no header row")
    total = (ws.max_row - 1) if ws.max_row else None

    def rows() -> Iterator[tuple[Any, ...]]:
        try:
            yield from it
        finally:
            wb.close()

    return Table(path, ["" if h is None else str(h).strip() for h in header], rows(), total)


def _parquet(path: Path) -> Table:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    columns = list(pf.schema_arrow.names)

    def rows() -> Iterator[tuple[Any, ...]]:
        for batch in pf.iter_batches(batch_size=10_000):
            cols = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
            yield from zip(*cols)

    return Table(path, columns, rows(), pf.metadata.num_rows)


def sample_rows(
    rows: Iterable[tuple[Any, ...]], n: int | None, seed: int = 0, tick: Callable[[int], None] | None = None
) -> tuple[list[tuple[Any, ...]], int]:
    """(kept rows in their original order, rows read). ``tick(k)`` is called every 1000 rows."""
    rng = random.Random(seed)
    kept: list[tuple[int, tuple[Any, ...]]] = []
    count = 0
    for count, row in enumerate(rows, start=1):
        if n is None or len(kept) < n:
            kept.append((count, row))
        else:
            j = rng.randrange(count)
            if j < n:
                kept[j] = (count, row)
        if tick is not None and count % 1000 == 0:
            tick(1000)
    if tick is not None:
        tick(count % 1000)
    kept.sort(key=lambda item: item[0])
    return [row for _, row in kept], count
