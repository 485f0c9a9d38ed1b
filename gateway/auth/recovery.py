"""One-time recovery codes: 80 random bits each, shown once, only their peppered digest kept.

Like API keys, they are high-entropy random secrets, so a fast keyed hash suffices (no
guessing attack is faster than 2**80; the pepper, gateway/state/peppers.py, stops even that
offline), and a lookup by digest finds the code in one query.
"""

from __future__ import annotations

import base64
import secrets

from gateway.state.peppers import Pepper

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


def digest(code: str, pepper: Pepper) -> str:
    # non-ASCII input cannot be a code: replaced, so it digests to something no code matches
    return pepper.digest(normalize(code).encode("ascii", "replace").decode("ascii"))
