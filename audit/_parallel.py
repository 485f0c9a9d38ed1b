"""Verification on several cores: the fast byte-level scan of :mod:`audit._reader`, split up.

The segments are cut into byte ranges at line boundaries; each worker process checks the
framing and the chain of its range *starting from the index and prev its first line
claims*, and returns its leaf hashes, its first (index, prev) and its last (index, head).
Each worker also hashes the Merkle subtrees inside its range and returns only their
roots (:class:`audit._merkle.RangeTree`), up to each checkpoint size in it and to its end.
The parent checks that the ranges join up (each starts where the previous ended), appends
those few roots to its frontier and settles the checkpoints in order: it never sees a leaf.

Optimistic by design: if any range has a line the fast path does not accept (a bad or
torn line), or the ranges do not join, the parent returns ``None`` and the caller runs
the serial scan, which names the first bad index exactly.  Workers are forked, so this
is for the CLI (one thread), not for a process serving requests.
"""

from __future__ import annotations

import bisect
import mmap
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from audit._merkle import EMPTY_ROOT, RangeTree
from audit._reader import _POPULATE, ScanResult, _deep, fast
from audit._store import list_segments

_MIN_CHUNK = 2 << 20
_CHUNKS_PER_WORKER = 2


def _chunks(path: Path, parts: int) -> list[tuple[str, int, int]]:
    size = path.stat().st_size
    step = max(_MIN_CHUNK, -(-size // parts))
    out, start = [], 0
    with open(path, "rb") as f:
        while start < size:
            end = min(size, start + step)
            if end < size:
                f.seek(end)
                end += len(f.readline())  # to the end of the line
            out.append((str(path), start, end))
            start = end
    return out


# The checkpoint sizes of the scan in progress: set before the pool forks its workers,
# which inherit it (a list of a million sizes is not pickled into every job).
_SIZES: list[int] = []

Cover = list[tuple[int, bytes]]  # (height, root) of aligned subtrees, left to right


def _work(job: tuple[str, int, int, bool]) -> tuple[int, bytes, int, bytes, list[tuple[int, Cover]], Cover] | None:
    """(first index, first prev, count, last head, [(size, cover up to it)], cover of all), or None when not clean.

    The worker hashes its own part of the Merkle tree (:class:`RangeTree`), so the parent
    receives O(log n) hashes per range and per checkpoint size instead of every leaf.
    """
    path, start, end, deep = job
    base = start - start % mmap.ALLOCATIONGRANULARITY  # map just this range
    with open(path, "rb") as f:
        data = mmap.mmap(f.fileno(), end - base, flags=mmap.MAP_SHARED | _POPULATE,
                         prot=mmap.PROT_READ, offset=base)
    start, end = start - base, end - base
    first_nl = data.find(b"\n", start, end)
    if first_nl < 0 or data[end - 1:end] != b"\n":
        return None
    first = data[start:first_nl]
    try:
        index = int(first[first.rindex(b'"index":') + 8: first.rindex(b',"prev":"')])
        prev = bytes.fromhex(first[-66:-2].decode())
    except ValueError:
        return None
    leaves: list[bytes] = []
    pos, last_index, head = fast(data, start, end, index, prev, leaves)
    if pos != end:
        return None
    if deep:
        at = start
        for k in range(len(leaves)):
            nl = data.find(b"\n", at)
            try:
                _deep(data[at:nl], index + k)
            except Exception:  # noqa: BLE001 - the serial scan reports it precisely
                return None
            at = nl + 1
    tree = RangeTree(index, leaves)
    lo, hi = bisect.bisect_right(_SIZES, index), bisect.bisect_right(_SIZES, last_index)
    at_sizes = [(size, tree.cover(size)) for size in _SIZES[lo:hi]]
    return index, prev, last_index - index, head, at_sizes, tree.cover(last_index)


def scan_parallel(directory: Path, workers: int, *, sizes: Iterator[int],
                  on_size: Callable[[int, bytes], None], deep: bool = False) -> ScanResult | None:
    global _SIZES
    segments = list_segments(directory)
    jobs = [(p, s, e, deep) for seg in segments for (p, s, e) in _chunks(seg, workers * _CHUNKS_PER_WORKER)]
    result = ScanResult()
    if not jobs:
        return None  # nothing to split: the serial scan is as fast
    wanted = list(sizes)
    if wanted and wanted[0] == 0:
        on_size(0, EMPTY_ROOT)
    context = multiprocessing.get_context("fork")
    head, size, frontier = result.head, 0, result.frontier
    done = bisect.bisect_right(wanted, 0)
    _SIZES = wanted
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            # Results arrive in order while later ranges are still being checked.
            for part in pool.map(_work, jobs):
                if part is None:
                    pool.shutdown(cancel_futures=True)
                    return None
                first, prev, count, last, at_sizes, cover = part
                if first != size or prev != head:
                    pool.shutdown(cancel_futures=True)
                    return None
                for at, partial in at_sizes:
                    rng = frontier.copy()
                    for height, root in partial:
                        rng.append_subtree(height, root)
                    on_size(at, rng.root())
                    done += 1
                for height, root in cover:
                    frontier.append_subtree(height, root)
                size, head = size + count, last
    finally:
        _SIZES = []
    if done < len(wanted):
        return None  # a checkpoint beyond the entries: the serial scan reports it
    result.size, result.head = size, head
    result.last_segment = segments[-1]
    result.last_segment_bytes = segments[-1].stat().st_size
    return result


def default_workers() -> int:
    """One per core (at most 4) — but 1 in a process with other threads, where fork is unsafe."""
    if threading.active_count() > 1:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(4, cores))
