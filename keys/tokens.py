"""Reversible tokens for identifiers: FF1 format-preserving encryption (NIST SP 800-38G).

    key = keyring.token_key()                      # the active tokenization key
    token = tokenize("33050219900101123X", key)     # 18 characters over 0-9 and X
    tokenize("33050219900101123X", key) == token    # deterministic: joins still work
    detokenize(token, keyring.token_key(key_id))   # only with the key (gateway endpoint)

Same identifier → same token, across datasets and days, for as long as the key is
active.  The token has the identifier's length and alphabet (a resident ID stays 18
characters over ``0123456789X``), but it is *not* a valid resident ID in general (its
check character is not recomputed), so a token cannot be mistaken for a real person.
The tweak is the entity type, so a number tokenized as a resident ID and as a mobile
number gives unrelated tokens.

Tokens carry no key id (they could not keep their format): whoever stores tokens keeps
the id of the key that made them (``TokenKey.key_id``), and detokenizes with that key —
retired keys still detokenize, destroyed ones raise :class:`~keys.errors.KeyDestroyed`.
Rotating a tokenization key changes every token: rotate it rarely and on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

from keys.errors import KeysError
from keys.hazmat.ff1 import FF1, decrypt_string, encrypt_string
from keys.suites import Algorithm


class TokenError(KeysError):
    """A value or token is not in the format's alphabet or length."""


@dataclass(frozen=True)
class TokenFormat:
    """What can be tokenized: an alphabet, allowed lengths, the tweak (entity type)."""

    name: str
    alphabet: str
    lengths: tuple[int, ...] | None  # None: any length FF1 allows for the radix
    upper: bool = False  # normalise lower-case input (x → X)

    def normalise(self, value: str) -> str:
        value = value.strip()
        return value.upper() if self.upper else value


RESIDENT_ID = TokenFormat("CN_RESIDENT_ID", "0123456789X", (15, 18), upper=True)
MOBILE = TokenFormat("CN_MOBILE", "0123456789", (11,))
BANK_CARD = TokenFormat("BANK_CARD", "0123456789", tuple(range(12, 20)))  # PANs of 12–19 digits (ISO/IEC 7812)
DIGITS = TokenFormat("DIGITS", "0123456789", None)
FORMATS = {f.name: f for f in (RESIDENT_ID, MOBILE, BANK_CARD, DIGITS)}


def token_format(name: str) -> TokenFormat:
    """The format called ``name`` (``CN_RESIDENT_ID``, ``CN_MOBILE``, ``BANK_CARD``, ``DIGITS``)."""
    fmt = FORMATS.get(name)
    if fmt is None:
        raise TokenError(f"no token format {name!r}; known: {', '.join(sorted(FORMATS))}")
    return fmt


class TokenKey:
    """A tokenization key (FF1-AES-256, or FF1-SM4 in the gm suite).  ``repr()`` shows its id."""

    __slots__ = ("key_id", "algorithm", "_ciphers")

    def __init__(self, key_id: str, secret: bytes, algorithm: Algorithm = Algorithm.FF1_AES_256) -> None:
        if algorithm not in (Algorithm.FF1_AES_256, Algorithm.FF1_SM4):
            raise KeysError(f"{algorithm} is not a tokenization algorithm")
        cipher = "aes" if algorithm is Algorithm.FF1_AES_256 else "sm4"
        want = 32 if cipher == "aes" else 16
        if len(secret) != want:
            raise KeysError(f"{algorithm} keys are {want} bytes")
        self.key_id = key_id
        self.algorithm = algorithm
        self._ciphers = {radix: FF1(secret, radix, cipher=cipher) for radix in {len(f.alphabet) for f in
                                                                                FORMATS.values()}}

    def _ff1(self, fmt: TokenFormat) -> FF1:
        ff1 = self._ciphers.get(len(fmt.alphabet))
        if ff1 is None:
            raise TokenError(f"no cipher for radix {len(fmt.alphabet)}")
        return ff1

    def __repr__(self) -> str:
        return f"TokenKey(key_id={self.key_id!r}, algorithm={self.algorithm.value!r})"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("TokenKey objects hold secrets and cannot be pickled")


def _checked(value: str, fmt: TokenFormat) -> str:
    if not isinstance(value, str):
        raise TokenError("tokens and values are strings")
    text = fmt.normalise(value)
    if fmt.lengths is not None and len(text) not in fmt.lengths:
        raise TokenError(f"{fmt.name}: length must be one of {fmt.lengths}")
    if any(c not in fmt.alphabet for c in text):
        raise TokenError(f"{fmt.name}: characters outside {fmt.alphabet!r}")
    return text


def tokenize(value: str, key: TokenKey, fmt: TokenFormat = RESIDENT_ID) -> str:
    """The deterministic token of ``value`` (same length and alphabet)."""
    text = _checked(value, fmt)
    try:
        return encrypt_string(key._ff1(fmt), text, fmt.alphabet, fmt.name.encode())
    except ValueError as exc:
        raise TokenError(f"{fmt.name}: {exc}") from None


def detokenize(token: str, key: TokenKey, fmt: TokenFormat = RESIDENT_ID) -> str:
    """The value a token stands for — only with the key that made it."""
    text = _checked(token, fmt)
    try:
        return decrypt_string(key._ff1(fmt), text, fmt.alphabet, fmt.name.encode())
    except ValueError as exc:
        raise TokenError(f"{fmt.name}: {exc}") from None
