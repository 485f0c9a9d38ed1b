"""RFC 9162 Merkle hashing: published vectors, a reference MTH, and the compact range."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit._merkle import EMPTY_ROOT, CompactRange, RangeTree, leaf_hash, node_hash, root_from_leaf_hashes

# transparency-dev/merkle testonly/constants.go (the RFC 6962 reference tree):
# leaf inputs and the roots of the first n of them, n = 0..8.
CT_INPUTS = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657",
             "606162636465666768696a6b6c6d6e6f"]
CT_ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


def reference_mth(leaves: list[bytes]) -> bytes:
    """RFC 9162 §2.1.1, written as literally as possible (over leaf *data*)."""
    n = len(leaves)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + leaves[0]).digest()
    k = 1
    while k * 2 < n:  # largest power of two smaller than n
        k *= 2
    return hashlib.sha256(b"\x01" + reference_mth(leaves[:k]) + reference_mth(leaves[k:])).digest()


def test_empty_tree_is_sha256_of_nothing() -> None:
    assert EMPTY_ROOT == hashlib.sha256(b"").digest()
    assert CompactRange().root() == EMPTY_ROOT
    assert root_from_leaf_hashes([]) == EMPTY_ROOT


def test_published_vectors() -> None:
    data = [bytes.fromhex(x) for x in CT_INPUTS]
    rng = CompactRange()
    assert rng.root().hex() == CT_ROOTS[0]
    for n, d in enumerate(data, 1):
        rng.append(leaf_hash(d))
        assert rng.root().hex() == CT_ROOTS[n]
        assert reference_mth(data[:n]).hex() == CT_ROOTS[n]


def test_prefixes_match_reference_for_sizes_0_to_70() -> None:
    data = [b"event-%d" % i for i in range(70)]
    rng = CompactRange()
    assert rng.root() == reference_mth([])
    for n in range(1, 71):
        rng.append(leaf_hash(data[n - 1]))
        assert rng.size == n
        assert len(rng.hashes) == bin(n).count("1")  # O(log n) state
        assert rng.root() == reference_mth(data[:n]), n
        assert root_from_leaf_hashes([leaf_hash(d) for d in data[:n]]) == rng.root()


def test_domain_separation() -> None:
    a, b = leaf_hash(b"a"), leaf_hash(b"b")
    # A node cannot pass for a leaf whose data is the two child hashes.
    assert node_hash(a, b) != leaf_hash(a + b)
    assert node_hash(a, b) != node_hash(b, a)


@given(st.lists(st.binary(max_size=40), max_size=140))
def test_incremental_equals_reference(data: list[bytes]) -> None:
    rng = CompactRange()
    for d in data:
        rng.append(leaf_hash(d))
    assert rng.root() == reference_mth(data)


@given(st.lists(st.binary(max_size=8), max_size=80), st.data())
def test_resume_from_saved_state(data: list[bytes], draw: st.DataObject) -> None:
    cut = draw.draw(st.integers(0, len(data)))
    first = CompactRange()
    for d in data[:cut]:
        first.append(leaf_hash(d))
    resumed = CompactRange(first.size, first.hashes)  # what a later issue persists
    for d in data[cut:]:
        resumed.append(leaf_hash(d))
    assert resumed.root() == reference_mth(data)


@given(st.integers(0, 300), st.integers(0, 300), st.data())
def test_a_range_tree_cover_completes_the_frontier(begin: int, count: int, data: st.DataObject) -> None:
    """What a verifier process sends for [begin, stop) gives the parent the exact root at stop."""
    leaves = [leaf_hash(b"e%d" % i) for i in range(begin + count)]
    stop = data.draw(st.integers(begin, begin + count))
    tree = RangeTree(begin, leaves[begin:])
    rng = CompactRange()
    rng.extend(leaves[:begin])
    for height, root in tree.cover(stop):
        rng.append_subtree(height, root)
    assert rng.size == stop
    assert rng.root() == root_from_leaf_hashes(leaves[:stop])


def test_append_subtree_refuses_a_misaligned_subtree() -> None:
    rng = CompactRange()
    rng.append(leaf_hash(b"x"))
    with pytest.raises(ValueError):
        rng.append_subtree(1, bytes(32))
