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
            self._hashes.append(level[0])
            carry = size // k
            while carry & 1:
                right = self._hashes.pop()
                left = self._hashes.pop()
                self._hashes.append(node_hash(left, right))
                carry >>= 1
            self._size += k
            i += k

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
