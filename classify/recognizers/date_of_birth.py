"""DATE_OF_BIRTH — 出生日期.

A date is personal only as a birth date: ``1985-03-12``, ``1985/3/12``, ``1985.03.12``,
``1985年3月12日`` (and ``1985年3月``, ``1985.03``, and a bare year ``1985年`` right before 出生/生 or right
after 生于) scored low on their own and raised by birth words before (出生日期、生于、生日)
or right after (``1985年3月12日生``, ``（1979.10.05生）``, ``…出生``) the date, or by a column
named so. A birth word before the date counts only when no other date stands between them
(``1950年出生，2024年3月2日入院``). A full date right after the sex cell of a row (``王芳,女,
1962-05-17``, ``| 李强 | 男 | 1958/3/2 |``) is a birth date: records list them in this order. Other dates (成文日期, 受理时间, ``…起生效``) stay below
the threshold and survive masking.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

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
        Pattern("year_month", r"(?<![0-9])" + _Y + r"[-/.](?:0?[1-9]|1[0-2])(?![-/.]?[0-9])", 0.05),
        Pattern("year_only", r"(?<![0-9])" + _Y + r"年(?![0-9])", 0.05),
    )
    CONTEXT = (
        "出生", "出生日期", "出生年月", "生日", "生于", "birth", "dob", "birthday",
        "出生日期", "生於",
        "csrq", "birth_date", "birthdate",  # the keys of exports (出生日期 in pinyin initials)
    )
    NEGATIVE_CONTEXT = ("成立", "印发", "发布", "受理", "签发", "有效期", "入院", "就诊", "登记", "發布", "簽發", "登記")
    CONTEXT_LEFT = 8
    CONTEXT_RIGHT = 3
    CONTEXT_BOOST = 0.5

    def context_delta(self, norm: str, start: int, end: int, external: Sequence[str] | None) -> float:
        if _BORN_AFTER.match(norm, end):
            return self.CONTEXT_BOOST  # 1985年3月12日生, 1990年出生
        if len(_split(norm[start:end])) >= 3 and _AFTER_SEX.search(norm, max(0, start - 6), start) \
                and (end == len(norm) or norm[end] in _CELL_END):
            return self.CONTEXT_BOOST  # a row 姓名,性别,出生日期 …: 王芳,女,1962-05-17
        if norm[end - 1] == "年" and norm[start:end - 1].isdigit():
            # a bare year is a birth year only right after 生于 / 出生于 (or before 出生, above)
            return self.CONTEXT_BOOST if _BORN_BEFORE_YEAR.search(norm, max(0, start - 4), start) else 0.0
        delta = super().context_delta(norm, start, end, external)
        if delta > 0 and _DIGIT.search(norm, _cue_end(norm, start, self.CONTEXT_LEFT), start):
            return 0.0  # another date or number stands between the birth word and this date
        return delta

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = [int(p) for p in _split(pattern_text)]
        if len(digits) < 3:
            return None  # year and month only
        try:
            _dt.date(*digits[:3])
        except ValueError:
            return False
        return None


_BORN_AFTER = re.compile(r"\s?(?:出生|生(?![效产成活意前病存猪态鲜物源]))")
_BORN_BEFORE_YEAR = re.compile(r"(?:生于|出生于|出生年份|出生年)[:：]?\s?$")
_DIGIT = re.compile(r"\d")
# the sex cell of a row right before a full date (person records list 姓名, 性别, 出生日期 in this order)
# (full-width commas are ASCII after normalization: the date must fill its cell too, so prose
# such as 王芳，女，2024年3月2日提交申请 is not a row)
_AFTER_SEX = re.compile(r"(?:^|[\t|｜,\s])[男女] *[\t|｜,] *$")
_CELL_END = "\t|｜, ;"
_CUES = re.compile(r"出生|生日|生于|birth|dob", re.IGNORECASE)


def _cue_end(norm: str, start: int, window: int) -> int:
    """Where the last birth word before ``start`` (within ``window``) ends; ``start`` if none."""
    ends = [m.end() for m in _CUES.finditer(norm, max(0, start - window), start)]
    return ends[-1] if ends else start


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
