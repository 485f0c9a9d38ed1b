"""One-time recovery codes: 80 random bits each, shown once, only their SHA-256 kept.

Like API keys, they are high-entropy random secrets, so a fast hash suffices (no guessing
attack is faster than 2**80), and a lookup by digest finds the code in one query.
"""

from __future__ import annotations

import base64
import hashlib
import secrets

COUNT = 10


def new_codes(count: int = COUNT) -> list[str]:
    """``abcd-efgh-ijkl-mnop`` codes (16 base32 characters = 80 bits)."""
    codes = []
    for _ in range(count):
        raw = base64.b32encode(secrets.token_bytes(10)).decode("ascii").lower()
        codes.append("-".join(raw[i:i + 4] for i in range(0, 16, 4)))
    return codes


def normalize(code: str) -> str:
    return "".join(ch for ch in (code or "").lower() if ch.isalnum())


def digest(code: str) -> str:
    return hashlib.sha256(normalize(code).encode("ascii", "replace")).hexdigest()
