"""Reversible tokens: round trip, format kept, deterministic, keyed, both suites."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from keys import MOBILE, RESIDENT_ID, TokenError, TokenKey, detokenize, tokenize
from keys.suites import Algorithm
from keys.tokens import DIGITS

KEY = TokenKey("00000001", bytes(range(32)))
OTHER = TokenKey("00000002", bytes(range(1, 33)))
GM = TokenKey("00000003", bytes(range(16)), Algorithm.FF1_SM4)
IDS = st.text(alphabet="0123456789X", min_size=18, max_size=18)


@given(IDS)
def test_resident_id_tokens_round_trip_and_keep_their_format(value: str) -> None:
    for key in (KEY, GM):
        token = tokenize(value, key)
        assert len(token) == 18 and set(token) <= set("0123456789X")
        assert tokenize(value, key) == token  # same ID → same token (joins work)
        assert detokenize(token, key) == value


@given(st.text(alphabet="0123456789", min_size=6, max_size=40))
def test_digit_strings_of_any_length(value: str) -> None:
    token = tokenize(value, KEY, DIGITS)
    assert len(token) == len(value) and token.isdigit() and detokenize(token, KEY, DIGITS) == value


def test_tokens_depend_on_key_suite_and_entity_type() -> None:
    rid = "33050219900101123X"
    tokens = {tokenize(rid, KEY), tokenize(rid, OTHER), tokenize(rid, GM)}
    assert len(tokens) == 3 and rid not in tokens
    mobile = "13957212345"
    assert tokenize(mobile, KEY, MOBILE) != tokenize(mobile, KEY, DIGITS)  # the tweak is the entity type
    assert detokenize(tokenize(rid, KEY), OTHER) != rid  # the wrong key gives garbage, not the ID
    assert tokenize("33050219900101123x", KEY) == tokenize(rid, KEY)  # x is normalised to X


@pytest.mark.parametrize(("value", "fmt"), [("3305021990010112", RESIDENT_ID), ("33050219900101123Y", RESIDENT_ID),
                                            ("1395721234", MOBILE), ("12345", DIGITS), ("１２３４５６", DIGITS)])
def test_values_outside_the_format_are_refused(value: str, fmt: object) -> None:
    with pytest.raises(TokenError):
        tokenize(value, KEY, fmt)  # type: ignore[arg-type]


def test_token_key_never_shows_its_secret() -> None:
    assert repr(KEY) == "TokenKey(key_id='00000001', algorithm='ff1-aes-256')"
    with pytest.raises(TypeError):
        __import__("pickle").dumps(KEY)
