"""RFC 9162 Merkle tree hashing (pure).

* ``leaf_hash(d)   = SHA-256(0x00 || d)``
* ``node_hash(l,r) = SHA-256(0x01 || l || r)``
* ``MTH({}) = SHA-256()``; for n > 1, ``k`` = the largest power of two < n and
  ``MTH(D[n]) = node_hash(MTH(D[0:k]), MTH(D[k:n]))`` (RFC 9162 §2.1.1).

:class:`CompactRange` keeps only the roots of the perfect subtrees that cover
``[0, size)`` — one per set bit of ``size``, largest first — so appending costs
O(log n) amortised (O(1) on average) and the root at the current size costs
O(log n), without storing or rehashing the leaves.  Inclusion and consistency
proofs (:mod:`audit.proof`) need the leaves and are built on the same hashes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()
_sha256 = hashlib.sha256


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def root_from_leaf_hashes(leaf_hashes: Sequence[bytes]) -> bytes:
    """MTH over already-computed leaf hashes (the whole list; O(n))."""
    rng = CompactRange()
    for h in leaf_hashes:
        rng.append(h)
    return rng.root()


class CompactRange:
    """The "frontier" of an append-only Merkle tree."""

    __slots__ = ("_size", "_hashes")

    def __init__(self, size: int = 0, hashes: Sequence[bytes] = ()) -> None:
        # Resuming from saved state: one hash per set bit of ``size``.
        if size < 0 or len(hashes) != size.bit_count():
            raise ValueError("a compact range holds one hash per set bit of its size")
        if any(len(h) != HASH_SIZE for h in hashes):
            raise ValueError("hashes must be 32 bytes")
        self._size = size
        self._hashes = list(hashes)

    @property
    def size(self) -> int:
        return self._size

    @property
    def hashes(self) -> tuple[bytes, ...]:
        """Subtree roots, largest (leftmost) first — enough to resume later."""
        return tuple(self._hashes)

    def append(self, leaf: bytes) -> None:
        """Append one *leaf hash* (already ``leaf_hash(data)``)."""
        if len(leaf) != HASH_SIZE:
            raise ValueError("a leaf hash is 32 bytes")
        self._hashes.append(leaf)
        # Each trailing 1-bit of the old size is a perfect subtree of equal
        # height to the right-most one now: merge them, as binary carry does.
        n = self._size
        while n & 1:
            right = self._hashes.pop()
            left = self._hashes.pop()
            self._hashes.append(node_hash(left, right))
            n >>= 1
        self._size += 1

    def extend(self, leaves: Sequence[bytes]) -> None:
        """Append many leaf hashes; the same result as :meth:`append` one by one, faster.

        Aligned runs of 2**k leaves are reduced level by level (a list comprehension
        per level) and appended as one perfect subtree.
        """
        i, n = 0, len(leaves)
        while i < n:
            size = self._size
            k = size & -size if size else 1 << 62  # the largest aligned run allowed here
            while k > n - i:
                k >>= 1
            level = list(leaves[i : i + k]) if k > 1 else [leaves[i]]
            if k == 1 and len(level[0]) != HASH_SIZE:
                raise ValueError("a leaf hash is 32 bytes")
            while len(level) > 1:
                level = [_sha256(b"\x01" + level[j] + level[j + 1]).digest() for j in range(0, len(level), 2)]
            self.append_subtree(k.bit_length() - 1, level[0])
            i += k

    def append_subtree(self, height: int, root: bytes) -> None:
        """Append a perfect subtree of 2**height leaves, given its root; the size must be a multiple of it."""
        k = 1 << height
        if self._size % k:
            raise ValueError(f"a subtree of {k} leaves cannot start at {self._size}")
        self._hashes.append(root)
        carry = self._size >> height  # binary carry, as in append()
        while carry & 1:
            right = self._hashes.pop()
            left = self._hashes.pop()
            self._hashes.append(node_hash(left, right))
            carry >>= 1
        self._size += k

    def root(self) -> bytes:
        """MTH at the current size: fold the subtree roots right to left.

        That fold is exactly RFC 9162's split: the left child is always the
        largest perfect subtree (the highest set bit of the size).
        """
        if not self._hashes:
            return EMPTY_ROOT
        acc = self._hashes[-1]
        for h in reversed(self._hashes[:-1]):
            acc = node_hash(h, acc)
        return acc

    def copy(self) -> CompactRange:
        return CompactRange(self._size, self._hashes)


class RangeTree:
    """Every perfect aligned subtree inside the leaves ``[begin, begin + len(leaves))``.

    A verifier checking a slice of the log on its own (another process) builds this once
    — about one node hash per leaf, as a whole tree would cost — and then hands the parent
    :meth:`cover` of ``[begin, stop)``: O(log n) subtree roots the parent appends to its
    frontier at ``begin`` (:meth:`CompactRange.append_subtree`) to get the root at ``stop``
    without seeing a single leaf.
    """

    __slots__ = ("begin", "end", "_levels")

    def __init__(self, begin: int, leaves: Sequence[bytes]) -> None:
        self.begin, self.end = begin, begin + len(leaves)
        # _levels[h] = (index at height h of its first node, the nodes): all nodes of
        # height h that lie wholly inside the range, contiguous.
        self._levels: list[tuple[int, list[bytes]]] = [(begin, list(leaves))]
        sha = _sha256
        while True:
            first, nodes = self._levels[-1]
            skip = first & 1  # a right child whose left sibling is outside the range
            m = (len(nodes) - skip) // 2
            if m == 0:
                break
            nxt = [sha(b"\x01" + nodes[j] + nodes[j + 1]).digest() for j in range(skip, skip + 2 * m, 2)]
            self._levels.append(((first + skip) >> 1, nxt))

    def cover(self, stop: int) -> list[tuple[int, bytes]]:
        """(height, root) of the largest aligned subtrees covering ``[begin, stop)``, left to right."""
        if not self.begin <= stop <= self.end:
            raise ValueError(f"{stop} is outside [{self.begin}, {self.end}]")
        out, at = [], self.begin
        while at < stop:
            height = min((at & -at).bit_length() - 1 if at else 63, (stop - at).bit_length() - 1)
            first, nodes = self._levels[height]
            out.append((height, nodes[(at >> height) - first]))
            at += 1 << height
        return out
