"""CN_RESIDENT_ID — 公民身份号码 (GB 11643-1999).

18 digits: a 6-digit region code (GB/T 2260; its first two digits a province), the birth
date YYYYMMDD, a 3-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check character
(``X`` for 10). The legacy 15-digit form (YYMMDD, no check) is accepted with context, or without
it when its region is a county's code (``lexicon/cn_county_codes.txt``) — a random 15-digit
number passes that and the date one time in about 7,000 — at ``LEGACY_COUNTY_SCORE``.
Written glued to text, in full-width digits, grouped 6-8-4 (or 6-4-4-4) with spaces or dashes,
or every four characters as forms print them (4-4-4-4-2).
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from classify.identifiers import is_valid_resident_id, resident_id_check_char
from classify.lexicon import read_words
from classify.recognizers._base import NOT_ALNUM_AFTER, NOT_ALNUM_BEFORE, CnPatternRecognizer, Span

# GB/T 2260 province-level codes (and 81-83: residence permits of Hong Kong, Macao, Taiwan residents).
PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)
_YEAR, _MONTH, _DAY = r"(?:18|19|20)\d{2}", r"(?:0[1-9]|1[0-2])", r"(?:0[1-9]|[12]\d|3[01])"
_DATE = _YEAR + _MONTH + _DAY
_DATE_SEP = _YEAR + r"[ -]?" + _MONTH + r"[ -]?" + _DAY


def id_digits(value: str) -> str:
    """An ID number as printed in groups (330522 19530415 9489, 330-522-…) without its separators."""
    return value.replace(" ", "").replace("-", "")


def region_ok(value: str) -> bool:
    return value[:2] in PROVINCES


def id_shaped(digits: str) -> bool:
    """Eighteen characters whose first seventeen are digits with an ID's province and birth date,
    whatever the check character (a mistyped ID is still someone's)."""
    return digits[:2] in PROVINCES and is_valid_resident_id(digits[:17] + resident_id_check_char(digits[:17]))


class ResidentIdRecognizer(CnPatternRecognizer):
    ENTITY = "CN_RESIDENT_ID"
    REFERENCE = "GB 11643-1999 公民身份号码; GB/T 2260 行政区划代码; ISO 7064 MOD 11-2"
    TRIGGER = r"\d{6}|\d{4}[ -]\d{4}"
    PATTERNS = (
        Pattern("id18", NOT_ALNUM_BEFORE + r"[1-9]\d{5}" + _DATE + r"\d{3}[0-9Xx]" + NOT_ALNUM_AFTER, 0.5),
        Pattern("id18_grouped", NOT_ALNUM_BEFORE + r"[1-9]\d{5}[ -]" + _DATE_SEP + r"[ -]\d{3}[0-9Xx]" + NOT_ALNUM_AFTER, 0.5),
        # copied from forms that space every four characters: 3301 0219 9003 0712 3X
        Pattern("id18_grouped4", NOT_ALNUM_BEFORE + r"[1-9]\d{3}(?:[ -]\d{4}){3}[ -]\d[0-9Xx]" + NOT_ALNUM_AFTER, 0.5),
        # the region in halves, the year, month and day, the rest: 330 381 2005 0207 7567
        Pattern("id18_grouped3", NOT_ALNUM_BEFORE + r"[1-9]\d{2}[ -]\d{3}[ -]" + _YEAR + r"[ -]" + _MONTH + _DAY + r"[ -]\d{3}[0-9Xx]"
                + NOT_ALNUM_AFTER, 0.5),
        Pattern("id15_legacy", NOT_ALNUM_BEFORE + r"[1-9]\d{7}" + _MONTH + _DAY + r"\d{3}" + NOT_ALNUM_AFTER, 0.3),
    )
    VALIDATED_SCORE = 1.0
    CONTEXT = (
        "身份证", "身份证号", "身份证号码", "公民身份号码", "证件号", "证件号码", "身份号码", "居民身份证",
        "身份證", "身份證號", "身份證號碼", "公民身份號碼", "證件號", "證件號碼",
        "身分证",  # 身分 as Taiwan writes it (身分證字號)
        "id card", "idcard", "id_card", "resident_id", "id_no", "id no.", "id number", "sfzh",
    )
    NEGATIVE_CONTEXT = ("订单", "单号", "流水号", "编号", "發票", "发票", "交易号", "快递单", "運單", "运单")
    CONTEXT_BOOST = 0.4

    LEGACY_COUNTY_SCORE = 0.6  # a legacy number whose region is a county's code, before context

    def load(self) -> None:
        self._counties = frozenset(read_words("cn_county_codes.txt"))

    def spans(self, norm: str) -> list[Span]:
        counties = self._counties  # set by load(), which Presidio's constructor calls
        return [(s, e, self.LEGACY_COUNTY_SCORE) if e - s == 15 and score < self.LEGACY_COUNTY_SCORE
                and norm[s:s + 6] in counties else (s, e, score) for s, e, score in super().spans(norm)]

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = id_digits(pattern_text)
        if not region_ok(digits):
            return False
        if len(digits) == 15:
            # no check digit: the date and region are all there is; context must confirm
            return None if is_valid_resident_id(digits) else False
        return is_valid_resident_id(digits)
