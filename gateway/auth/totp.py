"""TOTP (RFC 6238: SHA-1, 6 digits, 30 s) with replay protection, and the enrolment QR code.

Pure: every function takes the time. A code is accepted for the current step or one step
either side (clock drift), and only for a step later than the last one accepted for that
user — so a code, once used, is never accepted again (not even within its 30 s).
"""

from __future__ import annotations

import hmac
import io
import re
from datetime import datetime

import pyotp
import qrcode
import qrcode.image.svg

STEP_SECONDS = 30
DIGITS = 6
DRIFT_STEPS = 1
_CODE = re.compile(r"^\d{6}$")


def new_seed() -> str:
    """A fresh base32 seed: 160 random bits (RFC 4226's recommended length)."""
    return pyotp.random_base32(32)


def provisioning_uri(seed: str, *, account: str, issuer: str) -> str:
    """``otpauth://totp/<issuer>:<account>?secret=…&issuer=…`` for authenticator apps."""
    return pyotp.TOTP(seed, digits=DIGITS, interval=STEP_SECONDS).provisioning_uri(name=account, issuer_name=issuer)


def time_step(now: datetime) -> int:
    return int(now.timestamp()) // STEP_SECONDS


def code_at(seed: str, now: datetime) -> str:
    """The code an authenticator shows at ``now`` (tests, demos)."""
    return pyotp.TOTP(seed, digits=DIGITS, interval=STEP_SECONDS).generate_otp(time_step(now))


def verify(seed: str, code: str, *, now: datetime, last_step: int | None) -> int | None:
    """The time step ``code`` matches (to store as the new last step), or None.

    Every candidate step is compared in constant time, whether or not an earlier one matched.
    """
    code = (code or "").replace(" ", "")
    if not _CODE.match(code):
        return None
    totp = pyotp.TOTP(seed, digits=DIGITS, interval=STEP_SECONDS)
    current = time_step(now)
    matched = None
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        ok = hmac.compare_digest(totp.generate_otp(step), code)
        if ok and matched is None and (last_step is None or step > last_step):
            matched = step
    return matched


def qr_svg(uri: str) -> bytes:
    """The otpauth URI as an SVG QR code (rendered here: no CDN, no external service)."""
    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=4)
    out = io.BytesIO()
    image.save(out)
    return out.getvalue()
