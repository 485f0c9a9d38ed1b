"""Token formats by name (what the gateway's `tokenize` operator looks up), bank card numbers,
and the key id an AEAD blob names (what re-sealing after a rotation reads)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from keys import BANK_CARD, Aead, DecryptionError, TokenError, TokenKey, detokenize, token_format, tokenize

KEY = TokenKey("00000001", bytes(range(32)))


@pytest.mark.parametrize("name", ["CN_RESIDENT_ID", "CN_MOBILE", "BANK_CARD", "DIGITS"])
def test_formats_by_name(name: str) -> None:
    assert token_format(name).name == name


def test_an_unknown_format_is_refused_by_name() -> None:
    with pytest.raises(TokenError, match="no token format 'PERSON'; known: BANK_CARD, CN_MOBILE"):
        token_format("PERSON")


@given(st.text(alphabet="0123456789", min_size=12, max_size=19))
def test_bank_card_numbers_keep_their_length(value: str) -> None:
    token = tokenize(value, KEY, BANK_CARD)
    assert len(token) == len(value) and token.isdigit()
    assert detokenize(token, KEY, BANK_CARD) == value
    # the tweak is the format: the same digits as a plain digit string give another token
    assert token != tokenize(value, KEY, token_format("DIGITS"))


@pytest.mark.parametrize("value", ["12345678901", "62220212345678901234", "6222 0212 3456 7890"])
def test_bank_card_lengths_and_alphabet_are_checked(value: str) -> None:
    with pytest.raises(TokenError):
        tokenize(value, KEY, BANK_CARD)


def test_a_blob_names_its_key() -> None:
    box = Aead("secret-wrapping", "0a0b0c0d", {"0a0b0c0d": bytes(32)})
    assert Aead.key_id_of(box.encrypt(b"pepper", b"aad")) == "0a0b0c0d"
    with pytest.raises(DecryptionError, match="not a govgate AEAD blob"):
        Aead.key_id_of(b"\x07" + bytes(40))
