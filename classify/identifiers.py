"""Check characters of Chinese identifiers (standards.md §7). Pure functions, no I/O.

- 公民身份号码, GB 11643-1999: ISO 7064 MOD 11-2 over the first 17 digits.
- 统一社会信用代码, GB 32100-2015: weighted sum mod 31 over a 31-character alphabet.
- 组织机构代码, GB 11714-1997: weighted sum mod 11 over 8 characters.
- bank cards: Luhn (ISO/IEC 7812-1).

The ``*_check_char`` functions raise ``ValueError`` on malformed input (a programming
error); the ``is_valid_*`` functions never raise and answer ``False`` instead.
"""

from __future__ import annotations

import datetime as _dt

__all__ = [
    "RESIDENT_ID_WEIGHTS",
    "USCC_ALPHABET",
    "resident_id_check_char",
    "is_valid_resident_id",
    "uscc_check_char",
    "is_valid_uscc",
    "org_code_check_char",
    "is_valid_org_code",
    "luhn_check_digit",
    "is_valid_luhn",
]

RESIDENT_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RESIDENT_ID_CHECK = "10X98765432"

# GB 32100-2015: digits and the capital letters without I, O, S, V, Z.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE = {c: i for i, c in enumerate(USCC_ALPHABET)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def resident_id_check_char(first17: str) -> str:
    """The 18th character of a resident ID whose first 17 digits are ``first17``."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("a resident ID check needs exactly 17 ASCII digits")
    total = sum(int(d) * w for d, w in zip(first17, RESIDENT_ID_WEIGHTS))
    return _RESIDENT_ID_CHECK[total % 11]


def _valid_date(yyyymmdd: str) -> bool:
    """A real calendar date, not after today (a birth date; 8359-05-29 is a card's digits)."""
    try:
        date = _dt.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return date <= _dt.date.today()


def is_valid_resident_id(s: str) -> bool:
    """18-digit IDs: region, valid birth date (year 1800 or later, as the standard's own
    example 440524188001010014 needs, and not after today), MOD 11-2 check;
    15-digit legacy IDs (19YYMMDD births, no check digit): region and valid date.

    A lowercase ``x`` check is accepted: systems that stored IDs before validation
    commonly hold it, and it denotes the same number.
    """
    if not isinstance(s, str) or not s.isascii():
        return False
    if len(s) == 18:
        body, check = s[:17], s[17].upper()
        if not body.isdigit() or body[0] == "0":
            return False
        if int(body[6:10]) < 1800 or not _valid_date(body[6:14]):
            return False
        return resident_id_check_char(body) == check
    if len(s) == 15:
        if not s.isdigit() or s[0] == "0":
            return False
        return _valid_date("19" + s[6:12])
    return False


def uscc_check_char(first17: str) -> str:
    """The 18th character of a unified social credit code (GB 32100-2015)."""
    if len(first17) != 17 or any(c not in _USCC_VALUE for c in first17):
        raise ValueError(f"a USCC check needs 17 characters from {USCC_ALPHABET!r}")
    total = sum(_USCC_VALUE[c] * w for c, w in zip(first17, _USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def is_valid_uscc(s: str) -> bool:
    """18 characters over the GB 32100 alphabet, a 6-digit region and a valid check.

    The embedded 9-character organisation code (characters 9-17) carries its own
    GB 11714 check; it is not required here because codes issued to some subjects
    (e.g. 个体工商户) are not guaranteed to satisfy it. Use ``is_valid_org_code(s[8:17])``
    for the stricter test.
    """
    if not isinstance(s, str) or len(s) != 18 or any(c not in _USCC_VALUE for c in s):
        return False
    if not s[2:8].isdigit():
        return False
    return uscc_check_char(s[:17]) == s[17]


def _org_value(c: str) -> int:
    if c.isdigit():
        return int(c)
    if "A" <= c <= "Z":
        return ord(c) - ord("A") + 10
    raise ValueError(f"invalid organisation code character {c!r}")


def org_code_check_char(first8: str) -> str:
    """The check character of a 组织机构代码 (GB 11714): ``0``-``9`` or ``X``."""
    if len(first8) != 8 or not first8.isascii():
        raise ValueError("an organisation code check needs exactly 8 characters")
    total = sum(_org_value(c) * w for c, w in zip(first8, _ORG_CODE_WEIGHTS))
    c = 11 - total % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def is_valid_org_code(s: str) -> bool:
    """``XXXXXXXX-X`` or ``XXXXXXXXX`` with a valid GB 11714 check character."""
    if not isinstance(s, str) or not s.isascii():
        return False
    if len(s) == 10 and s[8] == "-":
        s = s[:8] + s[9]
    if len(s) != 9:
        return False
    try:
        return org_code_check_char(s[:8]) == s[8]
    except ValueError:
        return False


def luhn_check_digit(partial: str) -> str:
    """The digit that makes ``partial + digit`` pass the Luhn check."""
    if not partial or not partial.isascii() or not partial.isdigit():
        raise ValueError("a Luhn check needs a non-empty string of ASCII digits")
    total = 0
    # Appending a digit shifts every existing digit one place left, so the rightmost
    # digit of ``partial`` is the first one doubled.
    for i, d in enumerate(reversed(partial)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def is_valid_luhn(s: str) -> bool:
    """True when ``s`` is at least two ASCII digits passing the Luhn check."""
    if not isinstance(s, str) or len(s) < 2 or not s.isascii() or not s.isdigit():
        return False
    return luhn_check_digit(s[:-1]) == s[-1]
