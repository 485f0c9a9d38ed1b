"""Verification on several cores: the fast byte-level scan of :mod:`audit._reader`, split up.

The segments are cut into byte ranges at line boundaries; each worker process checks the
framing and the chain of its range *starting from the index and prev its first line
claims*, and returns its leaf hashes, its first (index, prev) and its last (index, head).
The parent checks that the ranges join up (each starts where the previous ended), then
folds the leaves into the Merkle tree and settles the checkpoints in order.

Optimistic by design: if any range has a line the fast path does not accept (a bad or
torn line), or the ranges do not join, the parent returns ``None`` and the caller runs
the serial scan, which names the first bad index exactly.  Workers are forked, so this
is for the CLI (one thread), not for a process serving requests.
"""

from __future__ import annotations

import mmap
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

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


def _work(job: tuple[str, int, int, bool]) -> tuple[int, bytes, int, bytes, bytes] | None:
    """(first index, first prev, count, last head, joined leaves) or None when not clean."""
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
    return index, prev, last_index - index, head, b"".join(leaves)


def scan_parallel(directory: Path, workers: int, *, sizes: Iterator[int],
                  on_size: Callable[[int, bytes], None], deep: bool = False) -> ScanResult | None:
    segments = list_segments(directory)
    jobs = [(p, s, e, deep) for seg in segments for (p, s, e) in _chunks(seg, workers * _CHUNKS_PER_WORKER)]
    result = ScanResult()
    if not jobs:
        return None  # nothing to split: the serial scan is as fast
    context = multiprocessing.get_context("fork")
    head, size, leaves_done = result.head, 0, 0
    wanted = next(sizes, None)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        # Results arrive in order while later ranges are still being checked: the tree is
        # folded here meanwhile, so the parent's share overlaps the workers'.
        for part in pool.map(_work, jobs):
            if part is None:
                pool.shutdown(cancel_futures=True)
                return None
            first, prev, count, last, joined = part
            if first != size or prev != head:
                pool.shutdown(cancel_futures=True)
                return None
            leaves = [joined[i:i + 32] for i in range(0, len(joined), 32)]
            size, head = size + count, last
            done = 0
            while wanted is not None and wanted <= size:
                result.frontier.extend(leaves[done:wanted - leaves_done])
                done = wanted - leaves_done
                on_size(wanted, result.frontier.root())
                wanted = next(sizes, None)
            result.frontier.extend(leaves[done:])
            leaves_done = size
    if wanted is not None:
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
