"""MAC keys (HMAC-SHA256 in the intl suite, HMAC-SM3 in gm)."""

from __future__ import annotations

from typing import NoReturn

from keys.suites import Algorithm, mac


class MacKey:
    """An HMAC key; ``repr()`` shows the key id and algorithm only."""

    __slots__ = ("_secret", "key_id", "algorithm")

    def __init__(self, key_id: str, secret: bytes, algorithm: Algorithm = Algorithm.HMAC_SHA256) -> None:
        mac(algorithm, secret, b"")  # refuses a non-MAC algorithm
        self._secret = secret
        self.key_id = key_id
        self.algorithm = algorithm

    def mac(self, data: bytes) -> bytes:
        return mac(self.algorithm, self._secret, data)

    def hexdigest(self, data: bytes) -> str:
        return mac(self.algorithm, self._secret, data).hex()

    def __repr__(self) -> str:
        return f"MacKey(key_id={self.key_id!r}, algorithm={self.algorithm.value!r})"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("MacKey objects hold secrets and cannot be pickled")
