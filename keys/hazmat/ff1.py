"""FF1 format-preserving encryption (NIST SP 800-38G Rev. 1, §5.1, Algorithms 7 and 8).

The block cipher is AES (the standard) or SM4 (same 128-bit block; FF1's structure
unchanged — no published vectors exist for that variant, see docs/keys.md).  The PRF is
CBC-MAC with a zero IV, computed with an ECB context from ``cryptography``; one
context per call, so an :class:`FF1` object can be shared between threads.

Inputs are numeral strings (lists of ints below the radix); :func:`encrypt_string` and
:func:`decrypt_string` map an alphabet onto numerals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NoReturn

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

MAX_RADIX = 1 << 16
MIN_DOMAIN = 1_000_000  # radix ** minlen >= 10**6 (SP 800-38G Rev. 1, §5.2)
MAX_LEN = 1 << 32


class FF1:
    """FF1 under one key.  ``cipher`` is ``"aes"`` (16/24/32-byte keys) or ``"sm4"`` (16)."""

    __slots__ = ("_algorithm", "radix", "min_len")

    def __init__(self, key: bytes, radix: int, *, cipher: str = "aes") -> None:
        if not 2 <= radix <= MAX_RADIX:
            raise ValueError("radix must be in [2, 2**16]")
        if cipher == "aes":
            if len(key) not in (16, 24, 32):
                raise ValueError("AES key must be 16, 24 or 32 bytes")
            self._algorithm: algorithms.AES | algorithms.SM4 = algorithms.AES(key)
        elif cipher == "sm4":
            if len(key) != 16:
                raise ValueError("SM4 key must be 16 bytes")
            self._algorithm = algorithms.SM4(key)
        else:
            raise ValueError("cipher must be 'aes' or 'sm4'")
        self.radix = radix
        min_len = 2
        while radix**min_len < MIN_DOMAIN:
            min_len += 1
        self.min_len = min_len

    def __repr__(self) -> str:
        return f"FF1(radix={self.radix})"

    def __reduce__(self) -> NoReturn:
        raise TypeError("FF1 objects hold keys and cannot be pickled")

    def _check(self, numerals: Sequence[int], tweak: bytes) -> None:
        if not self.min_len <= len(numerals) <= MAX_LEN:
            raise ValueError(f"input must have {self.min_len}..2**32 numerals for radix {self.radix}")
        if any(not 0 <= x < self.radix for x in numerals):
            raise ValueError("numeral outside the radix")
        if len(tweak) >= MAX_LEN:
            raise ValueError("tweak too long")

    def _rounds(self, numerals: Sequence[int], tweak: bytes, decrypt: bool) -> list[int]:
        radix, n, t = self.radix, len(numerals), len(tweak)
        u = n // 2
        v = n - u
        a, b = _num(numerals[:u], radix), _num(numerals[u:], radix)
        # b = ceil(ceil(v * log2(radix)) / 8), computed exactly: ceil(log2(r**v)) = bit_length(r**v - 1)
        b_len = ((radix**v - 1).bit_length() + 7) // 8
        d = 4 * ((b_len + 3) // 4) + 4
        p = bytes([1, 2, 1]) + radix.to_bytes(3, "big") + bytes([10, u % 256]) + n.to_bytes(4, "big") \
            + t.to_bytes(4, "big")
        pad = bytes((-t - b_len - 1) % 16)
        mod_u, mod_v = radix**u, radix**v
        ecb = Cipher(self._algorithm, modes.ECB()).encryptor()
        order = range(9, -1, -1) if decrypt else range(10)
        for i in order:
            half = a if decrypt else b  # the half that feeds the round function
            q = tweak + pad + bytes([i]) + half.to_bytes(b_len, "big")
            r = _cbc_mac(ecb, p + q)
            s = r
            j = 1
            while len(s) < d:  # S = R || CIPH(R xor [1]) || CIPH(R xor [2]) ...
                s += ecb.update((int.from_bytes(r, "big") ^ j).to_bytes(16, "big"))
                j += 1
            y = int.from_bytes(s[:d], "big")
            m_mod = mod_u if i % 2 == 0 else mod_v
            if decrypt:
                c = (b - y) % m_mod
                a, b = c, a
            else:
                c = (a + y) % m_mod
                a, b = b, c
        ecb.finalize()
        return _str(a, radix, u) + _str(b, radix, v)

    def encrypt(self, numerals: Sequence[int], tweak: bytes = b"") -> list[int]:
        self._check(numerals, tweak)
        return self._rounds(numerals, tweak, decrypt=False)

    def decrypt(self, numerals: Sequence[int], tweak: bytes = b"") -> list[int]:
        self._check(numerals, tweak)
        return self._rounds(numerals, tweak, decrypt=True)


def _num(numerals: Sequence[int], radix: int) -> int:
    x = 0
    for d in numerals:
        x = x * radix + d
    return x


def _str(x: int, radix: int, m: int) -> list[int]:
    out = [0] * m
    for i in range(m - 1, -1, -1):
        x, out[i] = divmod(x, radix)
    return out


def _cbc_mac(ecb: object, data: bytes) -> bytes:
    y = 0
    for off in range(0, len(data), 16):
        block = (y ^ int.from_bytes(data[off:off + 16], "big")).to_bytes(16, "big")
        y = int.from_bytes(ecb.update(block), "big")  # type: ignore[attr-defined]
    return y.to_bytes(16, "big")


def encrypt_string(ff1: FF1, text: str, alphabet: str, tweak: bytes = b"") -> str:
    """Encrypt ``text`` over ``alphabet`` (``len(alphabet) == ff1.radix``)."""
    return _map(ff1, text, alphabet, tweak, decrypt=False)


def decrypt_string(ff1: FF1, text: str, alphabet: str, tweak: bytes = b"") -> str:
    return _map(ff1, text, alphabet, tweak, decrypt=True)


def _map(ff1: FF1, text: str, alphabet: str, tweak: bytes, *, decrypt: bool) -> str:
    if len(alphabet) != ff1.radix or len(set(alphabet)) != len(alphabet):
        raise ValueError("alphabet must have exactly radix distinct characters")
    index = {c: i for i, c in enumerate(alphabet)}
    try:
        numerals = [index[c] for c in text]
    except KeyError:
        raise ValueError("character outside the alphabet") from None
    out = ff1.decrypt(numerals, tweak) if decrypt else ff1.encrypt(numerals, tweak)
    return "".join(alphabet[i] for i in out)
