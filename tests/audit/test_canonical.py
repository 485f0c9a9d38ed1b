"""canonicalize() must equal rfc8785.dumps byte for byte, or both must refuse."""

from __future__ import annotations

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from audit import InvalidEvent
from audit._canonical import canonicalize
from tests.audit.conftest import make_event

# Any code point, lone surrogates included; plus the characters where the two
# key orders (UTF-16 vs code point) and the escaping rules could disagree.
TEXT = st.text(st.one_of(
    st.characters(codec=None),
    st.sampled_from("\x00\x08\x0c\x1f\x7f\"\\\u2028\u2029\ud800\udfff\ue000\uffff\U0001f600é中"),
), max_size=12)
SCALAR = st.one_of(
    st.none(), st.booleans(), TEXT,
    st.integers(-(2**53) - 2, 2**53 + 2), st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
)
JSONISH = st.recursive(
    SCALAR,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.tuples(inner, inner),
                            st.dictionaries(TEXT, inner, max_size=5)),
    max_leaves=25,
)


def _reference(value: object) -> bytes | None:
    try:
        return rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, TypeError, ValueError, RecursionError):
        return None


@settings(max_examples=1000, deadline=None)
@given(JSONISH)
def test_equals_rfc8785(value: object) -> None:
    expected = _reference(value)
    if expected is None:
        with pytest.raises(InvalidEvent):
            canonicalize(value)
    else:
        assert canonicalize(value) == expected


def test_key_order_is_utf16() -> None:
    # U+E000 sorts after U+1F600 by code point but before it in UTF-16 (D83D …).
    value = {"\ue000": 1, "\U0001f600": 2, "a": 3}
    assert canonicalize(value) == rfc8785.dumps(value)
    assert canonicalize(value).index("\U0001f600".encode()) < canonicalize(value).index("\ue000".encode())


def test_events_take_the_fast_path_and_match() -> None:
    from audit._canonical import _fast_ok

    for i in range(10):
        assert _fast_ok(make_event(i))
        assert canonicalize(make_event(i)) == rfc8785.dumps(make_event(i))


@pytest.mark.parametrize("bad", [{"x": float("nan")}, {"x": 2**53}, {1: "x"}, {"x": object()}, "\ud800", {"x": {1, 2}}])
def test_refusals(bad: object) -> None:
    with pytest.raises(InvalidEvent):
        canonicalize(bad)


def test_cycles_are_refused() -> None:
    loop: list = []
    loop.append(loop)
    with pytest.raises(InvalidEvent):
        canonicalize(loop)
