"""RFC 9162 inclusion and consistency proofs: building them from leaf hashes, verifying them (pure).

Building follows RFC 9162 §2.1.3.1 (``PATH``) and §2.1.4.1 (``PROOF``/``SUBPROOF``);
verifying follows the algorithms of §2.1.3.2 and §2.1.4.2 step by step, so a proof
made here verifies with any RFC 9162 / RFC 6962 implementation (Go's ``tlog``,
Trillian, Sigstore) and the other way round.

Building needs the leaf hashes ``leaf_hash(canonical(event))`` of the first ``n``
entries; :meth:`audit.Ledger.prove_inclusion` and ``govgate audit prove`` read them
from the ledger.  Verifying needs only the proof, the leaf hash and the two sizes and
roots — which a third party takes from signed checkpoints.

Both ``verify_*`` functions return nothing and raise :class:`InvalidProof`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from audit._merkle import EMPTY_ROOT, HASH_SIZE, CompactRange, node_hash
from audit.errors import AuditError


class InvalidProof(AuditError):
    """A Merkle proof does not verify (or is malformed, or asks for impossible sizes)."""


@dataclass(frozen=True)
class InclusionProof:
    """Entry ``index`` is leaf ``leaf_hash`` of the tree of ``tree_size`` with root ``root_hash``."""

    index: int
    tree_size: int
    leaf_hash: bytes
    root_hash: bytes
    path: tuple[bytes, ...]

    def to_dict(self) -> dict[str, object]:
        return {"index": self.index, "tree_size": self.tree_size, "leaf_hash": self.leaf_hash.hex(),
                "root_hash": self.root_hash.hex(), "path": [h.hex() for h in self.path]}


@dataclass(frozen=True)
class ConsistencyProof:
    """The tree of ``old_size`` (root ``old_root``) is a prefix of the tree of ``new_size``."""

    old_size: int
    new_size: int
    old_root: bytes
    new_root: bytes
    path: tuple[bytes, ...]

    def to_dict(self) -> dict[str, object]:
        return {"old_size": self.old_size, "new_size": self.new_size, "old_root": self.old_root.hex(),
                "new_root": self.new_root.hex(), "path": [h.hex() for h in self.path]}


def _split(n: int) -> int:
    """The largest power of two smaller than ``n`` (n ≥ 2)."""
    return 1 << ((n - 1).bit_length() - 1)


def subtree_root(leaves: Sequence[bytes], lo: int, hi: int) -> bytes:
    """MTH(D[lo:hi]) from leaf hashes."""
    if hi <= lo:
        return EMPTY_ROOT
    rng = CompactRange()
    rng.extend(leaves[lo:hi])
    return rng.root()


def inclusion_path(leaves: Sequence[bytes], index: int, size: int) -> list[bytes]:
    """RFC 9162 §2.1.3.1 PATH(index, D[0:size]), bottom-up."""
    if not 0 <= index < size <= len(leaves):
        raise InvalidProof(f"no inclusion proof for index {index} in a tree of {size} (have {len(leaves)})")
    path: list[bytes] = []
    lo, hi, m = 0, size, index
    while hi - lo > 1:  # walk down, collecting siblings top-down; reversed at the end
        k = _split(hi - lo)
        if m < k:
            path.append(subtree_root(leaves, lo + k, hi))
            hi = lo + k
        else:
            path.append(subtree_root(leaves, lo, lo + k))
            lo, m = lo + k, m - k
    path.reverse()
    return path


def consistency_path(leaves: Sequence[bytes], old_size: int, new_size: int) -> list[bytes]:
    """RFC 9162 §2.1.4.1 PROOF(old_size, D[0:new_size]); empty when the sizes are equal or old is 0."""
    if not 0 <= old_size <= new_size <= len(leaves):
        raise InvalidProof(f"no consistency proof from {old_size} to {new_size} (have {len(leaves)})")
    if old_size in (0, new_size):
        return []
    path: list[bytes] = []
    lo, hi, m, complete = 0, new_size, old_size, True
    while m != hi - lo:  # SUBPROOF(m, D[lo:hi], complete), iteratively
        k = _split(hi - lo)
        if m <= k:
            path.append(subtree_root(leaves, lo + k, hi))
            hi = lo + k
        else:
            path.append(subtree_root(leaves, lo, lo + k))
            lo, m, complete = lo + k, m - k, False
    if not complete:
        path.append(subtree_root(leaves, lo, hi))
    path.reverse()
    return path


def _check_hashes(*hashes: bytes) -> None:
    if any(not isinstance(h, bytes) or len(h) != HASH_SIZE for h in hashes):
        raise InvalidProof("hashes must be 32 bytes")


def verify_inclusion(proof: InclusionProof) -> None:
    """RFC 9162 §2.1.3.2, numbered as there.  Raises :class:`InvalidProof`."""
    index, size, path = proof.index, proof.tree_size, proof.path
    _check_hashes(proof.leaf_hash, proof.root_hash, *path)
    # 1. leaf_index must be smaller than tree_size
    if not 0 <= index < size:
        raise InvalidProof(f"index {index} is not in a tree of size {size}")
    # 2. fn = leaf_index, sn = tree_size - 1, r = leaf hash
    fn, sn, r = index, size - 1, proof.leaf_hash
    # 3. for each p in the path
    for p in path:
        # a. sn == 0 → fail
        if sn == 0:
            raise InvalidProof("inclusion proof is too long")
        # b. LSB(fn) set or fn == sn: hash on the left, then shift while LSB(fn) not set
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:  # c. hash on the right
            r = node_hash(r, p)
        # d. shift once
        fn >>= 1
        sn >>= 1
    # 4. sn must be 0 and r the root
    if sn != 0:
        raise InvalidProof("inclusion proof is too short")
    if r != proof.root_hash:
        raise InvalidProof("inclusion proof does not lead to the root hash")


def verify_consistency(proof: ConsistencyProof) -> None:
    """RFC 9162 §2.1.4.2, numbered as there (sizes 0 and m == n handled first).  Raises :class:`InvalidProof`."""
    m, n, path = proof.old_size, proof.new_size, list(proof.path)
    _check_hashes(proof.old_root, proof.new_root, *path)
    if not 0 <= m <= n:
        raise InvalidProof(f"old size {m} is larger than new size {n}")
    if m == n:
        if path or proof.old_root != proof.new_root:
            raise InvalidProof("equal sizes need equal roots and an empty proof")
        return
    if m == 0:
        if path or proof.old_root != EMPTY_ROOT:
            raise InvalidProof("the empty tree is consistent with anything, with an empty proof")
        return
    # 1. an empty path fails
    if not path:
        raise InvalidProof("consistency proof is empty")
    # 2. if first is an exact power of 2, prepend first_hash to the path
    if m & (m - 1) == 0:
        path.insert(0, proof.old_root)
    # 3. fn = first - 1, sn = second - 1
    fn, sn = m - 1, n - 1
    # 4. if LSB(fn) is set, shift fn and sn right until it is not
    while fn & 1:
        fn >>= 1
        sn >>= 1
    # 5. fr = sr = the first value of the path
    fr = sr = path[0]
    # 6. for each subsequent c
    for c in path[1:]:
        # a. sn == 0 → fail
        if sn == 0:
            raise InvalidProof("consistency proof is too long")
        # b. LSB(fn) set or fn == sn
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:  # c.
            sr = node_hash(sr, c)
        # d.
        fn >>= 1
        sn >>= 1
    # 7. fr == first_hash, sr == second_hash, sn == 0
    if sn != 0:
        raise InvalidProof("consistency proof is too short")
    if fr != proof.old_root:
        raise InvalidProof("consistency proof does not lead to the old root")
    if sr != proof.new_root:
        raise InvalidProof("consistency proof does not lead to the new root")


def prove_inclusion(leaves: Sequence[bytes], index: int, size: int) -> InclusionProof:
    """Build (and self-check) the inclusion proof of ``index`` in the first ``size`` leaves."""
    proof = InclusionProof(index, size, leaves[index] if 0 <= index < len(leaves) else b"",
                           subtree_root(leaves, 0, size) if size <= len(leaves) else b"",
                           tuple(inclusion_path(leaves, index, size)))
    verify_inclusion(proof)
    return proof


def prove_consistency(leaves: Sequence[bytes], old_size: int, new_size: int) -> ConsistencyProof:
    """Build (and self-check) the consistency proof between two sizes of the same leaves."""
    path = tuple(consistency_path(leaves, old_size, new_size))
    proof = ConsistencyProof(old_size, new_size, subtree_root(leaves, 0, old_size),
                             subtree_root(leaves, 0, new_size), path)
    verify_consistency(proof)
    return proof


def hash_of(hex_text: str) -> bytes:
    """A 32-byte hash from its hex form (for proofs read from JSON)."""
    try:
        raw = bytes.fromhex(hex_text)
    except (ValueError, TypeError):
        raise InvalidProof("not a hex hash") from None
    if len(raw) != HASH_SIZE or raw.hex() != hex_text:
        raise InvalidProof("a hash is 64 lower-case hex digits")
    return raw

