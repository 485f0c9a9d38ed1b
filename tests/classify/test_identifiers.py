"""Known-answer tests for the identifier check characters (standards.md §7), with
look-alikes that differ only in the check character or an impossible date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classify.identifiers import (
    USCC_ALPHABET,
    is_valid_luhn,
    is_valid_org_code,
    is_valid_resident_id,
    is_valid_uscc,
    luhn_check_digit,
    org_code_check_char,
    resident_id_check_char,
    uscc_check_char,
)


@pytest.mark.parametrize(
    ("first17", "check"),
    [
        ("11010519491231002", "X"),  # standards.md §7
        ("44052418800101001", "4"),  # GB 11643-1999's own example
        ("33052219900307123", "8"),  # a Huzhou (长兴) ID, computed by hand below
    ],
)
def test_resident_id_check_char(first17, check):
    assert resident_id_check_char(first17) == check


def test_resident_id_hand_computation():
    # 3*7+3*9+0*10+5*5+2*8+2*4+1*2+9*1+9*6+0*3+0*7+3*9+0*10+7*5+1*8+2*4+3*2 = 246; 246 % 11 = 4 → "8"
    assert sum(int(d) * w for d, w in zip("33052219900307123", (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2))) == 246
    assert "10X98765432"[246 % 11] == "8"


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("11010519491231002X", True),
        ("11010519491231002x", True),  # lowercase check accepted
        ("440524188001010014", True),
        ("330522199003071238", True),
        ("110105194912310021", False),  # wrong check character
        ("11010519491231002Y", False),
        ("330522199003071239", False),  # one off
        ("33052219900230123" + resident_id_check_char("33052219900230123"), False),  # 30 February
        ("33052217990101123" + resident_id_check_char("33052217990101123"), False),  # year 1799
        ("33052221000101123" + resident_id_check_char("33052221000101123"), False),  # born in 2100
        ("622700835905297787", False),  # a bank card's digits: year 8359, check character right by chance
        ("030522199003071238", False),  # region cannot start with 0
        ("110105491231002", True),  # legacy 15-digit: 1949-12-31
        ("110105491331002", False),  # legacy with month 13
        ("3305221990030712", False),  # 16 digits
        ("33052219900307123９", False),  # full-width digit
        ("", False),
    ],
)
def test_is_valid_resident_id(value, valid):
    assert is_valid_resident_id(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("91110000600037341L", True),  # standards.md §7
        ("91110000600037341M", False),  # wrong check
        ("91110000600037342L", False),  # body changed, check kept
        ("9111000060003734IL", False),  # I is not in the GB 32100 alphabet
        ("91110000600037341l", False),  # lowercase
        ("911100006000373411", False),
        ("91AB0000600037341L", False),  # region must be digits
        ("91110000600037341", False),  # 17 characters
    ],
)
def test_is_valid_uscc(value, valid):
    assert is_valid_uscc(value) is valid


def test_uscc_check_char_and_its_organisation_code():
    assert uscc_check_char("91110000600037341") == "L"
    # the embedded 组织机构代码 600037341 has its own GB 11714 check
    assert is_valid_org_code("600037341")
    assert is_valid_org_code("60003734-1")


@pytest.mark.parametrize(
    ("first8", "check"),
    [
        ("60003734", "1"),
        ("12345678", "8"),  # 3+14+27+40+25+48+28+16 = 201; 11 - 201 % 11 = 8
        ("10000018", "X"),  # c = 10
        ("10000004", "0"),  # c = 11
    ],
)
def test_org_code_check_char(first8, check):
    assert org_code_check_char(first8) == check


@pytest.mark.parametrize("value", ["12345678-9", "1234567-8", "600037342", "60003734-X"])
def test_org_code_look_alikes(value):
    assert not is_valid_org_code(value)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("79927398713", True),  # the classic Luhn example
        ("4111111111111111", True),
        ("4111111111111112", False),
        ("79927398710", False),
        ("7992739871a", False),
        ("7", False),
    ],
)
def test_luhn(value, valid):
    assert is_valid_luhn(value) is valid


def test_luhn_check_digit():
    assert luhn_check_digit("7992739871") == "3"
    assert luhn_check_digit("411111111111111") == "1"


@pytest.mark.parametrize("bad", ["", "1234", "1101051949123100X", "１１０１０５１９４９１２３１００２"])
def test_check_char_functions_reject_malformed_input(bad):
    with pytest.raises(ValueError):
        resident_id_check_char(bad)


@given(
    region=st.sampled_from(["330502", "330503", "330521", "330522", "330523"]),
    birth=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2024, 12, 31)),
    seq=st.integers(0, 999),
)
def test_resident_id_round_trip_and_single_digit_errors(region, birth, seq):
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    good = body + resident_id_check_char(body)
    assert is_valid_resident_id(good)
    for other in "0123456789X":
        if other != good[-1]:
            assert not is_valid_resident_id(body + other)


@given(st.text(alphabet=USCC_ALPHABET, min_size=9, max_size=9))
def test_uscc_round_trip(tail):
    body = "91330502" + tail
    code = body + uscc_check_char(body)
    assert is_valid_uscc(code)
    assert sum(is_valid_uscc(body + c) for c in USCC_ALPHABET) == 1


@given(st.text(alphabet="0123456789", min_size=1, max_size=18))
def test_luhn_round_trip(partial):
    full = partial + luhn_check_digit(partial)
    assert is_valid_luhn(full)
    assert sum(is_valid_luhn(partial + d) for d in "0123456789") == 1
