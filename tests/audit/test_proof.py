"""RFC 9162 proofs: the CT known-answer vectors, then hypothesis over any tree, index and sizes."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit import (
    ConsistencyProof, InclusionProof, InvalidProof, prove_consistency, prove_inclusion, verify_consistency,
    verify_inclusion,
)
from audit._merkle import leaf_hash
from audit.proof import subtree_root

VECTORS = json.loads((Path(__file__).parent / "vectors" / "rfc6962_merkle.json").read_text())
LEAVES = [leaf_hash(bytes.fromhex(x)) for x in VECTORS["leaves_hex"]]


@pytest.mark.parametrize("size", range(9))
def test_roots(size: int) -> None:
    assert subtree_root(LEAVES, 0, size).hex() == VECTORS["roots"][str(size)]


@pytest.mark.parametrize("case", VECTORS["inclusion"], ids=lambda c: f"{c['index']}-of-{c['size']}")
def test_inclusion_vectors(case: dict) -> None:
    proof = prove_inclusion(LEAVES, case["index"], case["size"])
    assert [h.hex() for h in proof.path] == case["path"]
    assert proof.root_hash.hex() == VECTORS["roots"][str(case["size"])]


@pytest.mark.parametrize("case", VECTORS["consistency"], ids=lambda c: f"{c['old']}-to-{c['new']}")
def test_consistency_vectors(case: dict) -> None:
    proof = prove_consistency(LEAVES, case["old"], case["new"])
    assert [h.hex() for h in proof.path] == case["path"]


def _leaves(n: int) -> list[bytes]:
    return [leaf_hash(b"entry %d" % i) for i in range(n)]


@st.composite
def inclusion_cases(draw: st.DrawFn) -> tuple[list[bytes], InclusionProof]:
    size = draw(st.integers(1, 300))
    index = draw(st.integers(0, size - 1))
    leaves = _leaves(size)
    return leaves, prove_inclusion(leaves, index, size)


@st.composite
def consistency_cases(draw: st.DrawFn) -> tuple[list[bytes], ConsistencyProof]:
    new = draw(st.integers(1, 300))
    old = draw(st.integers(1, new))
    leaves = _leaves(new)
    return leaves, prove_consistency(leaves, old, new)


def _flip(h: bytes, bit: int) -> bytes:
    raw = bytearray(h)
    raw[bit // 8 % 32] ^= 1 << (bit % 8)
    return bytes(raw)


@given(inclusion_cases())
def test_any_inclusion_proof_verifies(case: tuple[list[bytes], InclusionProof]) -> None:
    verify_inclusion(case[1])


@given(inclusion_cases(), st.data())
def test_any_altered_inclusion_proof_fails(case: tuple[list[bytes], InclusionProof], data: st.DataObject) -> None:
    _leaves_, proof = case
    choices = ["leaf", "root", "index", "size"] + (["path", "drop"] if proof.path else []) + ["extra"]
    what = data.draw(st.sampled_from(choices))
    bit = data.draw(st.integers(0, 255))
    if what == "leaf":
        bad = dataclasses.replace(proof, leaf_hash=_flip(proof.leaf_hash, bit))
    elif what == "root":
        bad = dataclasses.replace(proof, root_hash=_flip(proof.root_hash, bit))
    elif what == "index":
        other = data.draw(st.integers(0, proof.tree_size).filter(lambda i: i != proof.index))
        bad = dataclasses.replace(proof, index=other)
    elif what == "size":
        other = data.draw(st.integers(1, 600).filter(lambda s: s != proof.tree_size))
        bad = dataclasses.replace(proof, tree_size=other)
        if bad.index < other and _same_shape(proof.index, proof.tree_size, other):
            return  # RFC 9162 binds the path's shape, not the size: same shape, same root — no lie told
    elif what == "path":
        k = data.draw(st.integers(0, len(proof.path) - 1))
        path = list(proof.path)
        path[k] = _flip(path[k], bit)
        bad = dataclasses.replace(proof, path=tuple(path))
    elif what == "drop":
        bad = dataclasses.replace(proof, path=proof.path[:-1])
    else:
        bad = dataclasses.replace(proof, path=(*proof.path, hashlib.sha256(b"x").digest()))
    with pytest.raises(InvalidProof):
        verify_inclusion(bad)


def _same_shape(index: int, size: int, other: int) -> bool:
    """Whether PATH(index) in trees of ``size`` and ``other`` leaves combines identically."""
    def shape(n: int) -> list[bool]:
        out, fn, sn = [], index, n - 1
        while sn:
            if fn & 1 or fn == sn:
                out.append(True)
                while fn and not fn & 1:
                    fn, sn = fn >> 1, sn >> 1
            else:
                out.append(False)
            fn, sn = fn >> 1, sn >> 1
        return out
    return shape(size) == shape(other)


@given(consistency_cases())
def test_any_consistency_proof_verifies(case: tuple[list[bytes], ConsistencyProof]) -> None:
    verify_consistency(case[1])


@given(consistency_cases(), st.data())
def test_any_altered_consistency_proof_fails(case: tuple[list[bytes], ConsistencyProof],
                                             data: st.DataObject) -> None:
    _leaves_, proof = case
    if proof.old_size == proof.new_size:
        bad = dataclasses.replace(proof, new_root=_flip(proof.new_root, data.draw(st.integers(0, 255))))
    else:
        what = data.draw(st.sampled_from(["old_root", "new_root", "path", "drop", "extra"]))
        bit = data.draw(st.integers(0, 255))
        if what == "old_root":
            bad = dataclasses.replace(proof, old_root=_flip(proof.old_root, bit))
        elif what == "new_root":
            bad = dataclasses.replace(proof, new_root=_flip(proof.new_root, bit))
        elif what == "path":
            k = data.draw(st.integers(0, len(proof.path) - 1))
            path = list(proof.path)
            path[k] = _flip(path[k], bit)
            bad = dataclasses.replace(proof, path=tuple(path))
        elif what == "drop":
            bad = dataclasses.replace(proof, path=proof.path[:-1])
        else:
            bad = dataclasses.replace(proof, path=(*proof.path, hashlib.sha256(b"x").digest()))
    with pytest.raises(InvalidProof):
        verify_consistency(bad)


def test_impossible_requests() -> None:
    leaves = _leaves(5)
    for index, size in ((5, 5), (-1, 3), (0, 6)):
        with pytest.raises(InvalidProof):
            prove_inclusion(leaves, index, size)
    with pytest.raises(InvalidProof):
        prove_consistency(leaves, 4, 3)
    assert prove_consistency(leaves, 0, 5).path == ()
