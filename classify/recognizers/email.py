"""EMAIL_ADDRESS — 电子邮箱 (RFC 5322 addr-spec, the dot-atom form mail systems accept).

The local part is ASCII; the match stops at the first Chinese character, so an address
glued to text (``邮箱zhangsan@163.com联系``) is found without ``\\b``. Full-width ``＠``
is normalized first. Internationalized domains (RFC 6531 / IDNA, ``user@湖州数据.中国``) are
found when they end in a Chinese top-level domain (中国, 中國, 公司, 网络).
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from classify.recognizers._base import CnPatternRecognizer

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_LOCAL = r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@"
# IDN labels may hold Chinese characters; matched on normalized text, so 中國/網絡 read 中国/网络
_IDN_LABEL = r"[A-Za-z0-9\u4e00-\u9fff](?:[A-Za-z0-9\u4e00-\u9fff-]{0,61}[A-Za-z0-9\u4e00-\u9fff])?"


class EmailRecognizer(CnPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    REFERENCE = "RFC 5322 §3.4.1 addr-spec (dot-atom); RFC 1035 labels"
    TRIGGER = "@"
    PATTERNS = (
        Pattern(
            "email",
            _LOCAL + _LABEL + r"(?:\." + _LABEL + r")*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])",
            0.85,
        ),
        Pattern("email_idn", _LOCAL + _IDN_LABEL + r"(?:\." + _IDN_LABEL + r")*\.(?:中国|公司|网络)(?![A-Za-z0-9-])", 0.85),
    )
    CONTEXT = ("邮箱", "电子邮件", "邮件", "email", "e-mail", "mail", "郵箱", "電子郵件", "郵件", "信箱")

    def invalidate_result(self, pattern_text: str) -> bool | None:
        local = pattern_text.partition("@")[0]
        return ".." in local or local.endswith(".")
