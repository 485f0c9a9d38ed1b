"""Passwords: Argon2id (argon2-cffi) with configurable cost, and the password rule."""

from __future__ import annotations

import functools

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from gateway.api_errors import Invalid

_MAX_LENGTH = 256


class Passwords:
    """Hash and verify with Argon2id; a verify for an unknown user costs the same (dummy hash)."""

    def __init__(self, *, time_cost: int, memory_kib: int, parallelism: int, min_length: int) -> None:
        self._hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism,
                                      hash_len=32, salt_len=16, type=Type.ID)
        self.min_length = min_length

    @functools.cached_property
    def _dummy(self) -> str:
        return self._hasher.hash("govgate-dummy-password-for-unknown-users")

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        """True when ``password`` matches ``stored``; with ``stored`` None, spend the same time and say no."""
        try:
            self._hasher.verify(stored or self._dummy, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        return stored is not None

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)

    def check_rule(self, password: str, *, username: str) -> None:
        """≥ min_length characters, at least three of: lower case, upper case, digits, other; not the username."""
        if not isinstance(password, str) or not self.min_length <= len(password) <= _MAX_LENGTH:
            raise Invalid("weak_password", f"口令长度须为 {self.min_length}–{_MAX_LENGTH} 个字符")
        classes = sum([any(c.islower() for c in password), any(c.isupper() for c in password),
                       any(c.isdigit() for c in password), any(not c.isalnum() for c in password)])
        if classes < 3:
            raise Invalid("weak_password", "口令须至少包含小写字母、大写字母、数字、符号中的三类")
        if username and username.lower() in password.lower():
            raise Invalid("weak_password", "口令不能包含用户名")
