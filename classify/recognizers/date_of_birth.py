"""DATE_OF_BIRTH — 出生日期.

A date is personal only as a birth date: ``1985-03-12``, ``1985/3/12``, ``1985.03.12``,
``1985年3月12日`` (and ``1985年3月``) scored low on their own and raised by birth words
before (出生日期、生于、生日) or after (出生、生) the date, or by a column named so. Other
dates (成文日期, 受理时间) stay below the threshold and survive masking.
"""

from __future__ import annotations

import datetime as _dt

from presidio_analyzer import Pattern

from classify.recognizers._base import NOT_ALNUM_AFTER, CnPatternRecognizer

_Y = r"(?:19|20)\d{2}"


class DateOfBirthRecognizer(CnPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    REFERENCE = "GB/T 7408 (ISO 8601) dates; 出生日期 per GB/T 2261 个人基本信息分类与代码"
    TRIGGER = r"(?:19|20)\d\d"
    PATTERNS = (
        Pattern("date_iso", r"(?<![0-9])" + _Y + r"[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])" + NOT_ALNUM_AFTER, 0.2),
        Pattern("date_zh", r"(?<![0-9])" + _Y + r"年(?:0?[1-9]|1[0-2])月(?:(?:0?[1-9]|[12]\d|3[01])[日号])?", 0.2),
        Pattern("date_compact", r"(?<![0-9A-Za-z])" + _Y + r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])" + NOT_ALNUM_AFTER, 0.05),
    )
    CONTEXT = (
        "出生", "出生日期", "出生年月", "生日", "生于", "birth", "dob", "birthday",
        "出生日期", "生於",
    )
    NEGATIVE_CONTEXT = ("成立", "印发", "发布", "受理", "签发", "有效期", "入院", "就诊", "登记", "發布", "簽發", "登記")
    CONTEXT_LEFT = 8
    CONTEXT_RIGHT = 3
    CONTEXT_BOOST = 0.5

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = [int(p) for p in _split(pattern_text)]
        if len(digits) < 3:
            return None  # year and month only
        try:
            _dt.date(*digits[:3])
        except ValueError:
            return False
        return None


def _split(text: str) -> list[str]:
    if text.isdigit():
        return [text[:4], text[4:6], text[6:8]]
    parts, cur = [], ""
    for c in text:
        if c.isdigit():
            cur += c
        elif cur:
            parts.append(cur)
            cur = ""
    if cur:
        parts.append(cur)
    return parts
