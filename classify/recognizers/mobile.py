"""CN_MOBILE — 手机号码 (MIIT numbering plan: 1 + 10 digits, second digit 3-9).

Found with ``+86``/``0086``/``86`` prefixes, grouped 3-4-4 by spaces or dashes, glued to
Chinese text and in full-width digits. The segment prefix is checked against the ranges the
numbering plan has allocated to mobile networks; a number outside them needs a telephone word.

Residents of Hong Kong, Macao and Taiwan give their own mobiles: eight digits after +852 (4-9
first, OFCA's mobile ranges) or +853 (6 first), nine after +886 (9 first), and in Taiwan's own
form 09xx-xxx-xxx (grouped; ungrouped ten digits need context). Written without the country code,
as their residents do at home (聯絡電話9163 2587), a Hong Kong or Macao mobile is eight digits in two
groups starting 5, 6 or 9 and needs a telephone word before it.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from classify.recognizers._base import MARKS_GAP, NOT_ALNUM_AFTER, NOT_ALNUM_BEFORE, QUANTITY_UNIT, REGION_CC, CnPatternRecognizer

# Allocated mobile segments (13x, 14x data/IoT excluded except 145-149, 15x, 16x, 17x, 18x, 19x).
_SEGMENTS = frozenset(
    [f"13{d}" for d in range(10)] + ["145", "146", "147", "148", "149"]
    + [f"15{d}" for d in (0, 1, 2, 3, 5, 6, 7, 8, 9)] + ["162", "165", "166", "167"]
    + [f"17{d}" for d in range(9)] + [f"18{d}" for d in range(10)]
    + [f"19{d}" for d in (0, 1, 2, 3, 5, 6, 7, 8, 9)]
)


def national_number(value: str) -> str:
    digits = "".join(c for c in value if c.isdigit())
    for prefix in ("0086", "86"):
        if len(digits) == 11 + len(prefix) and digits.startswith(prefix):
            return digits[len(prefix):]
    return digits


def region_mobile(value: str) -> bool | None:
    """``True`` for a Hong Kong, Macao or Taiwan mobile written with its country code or grouped,
    ``False`` for one of theirs that is not a mobile (+853 7…), ``None`` when ``value`` is not theirs."""
    digits = "".join(c for c in value if c.isdigit()).removeprefix("00")
    if len(digits) == 11 and digits.startswith(("852", "853")):
        return digits[3] in ("456789" if digits.startswith("852") else "6")
    if len(digits) == 12 and digits.startswith("886"):
        return digits[3] == "9"
    if len(digits) == 10 and digits.startswith("09"):
        return True  # Taiwan's own form, 09xx-xxx-xxx
    return None


# A mainland number whose segment the plan has not allocated to mobiles (154, 179, 194 …) is still
# a mobile by standards.md (1[3-9] + 9 digits): forms and hand-typed records get prefixes wrong, the
# plan allocates new segments, and a leaked number costs more than a masked one. It scores at the
# threshold, so a negative word (订单号, 编号 …) drops it and a telephone word lifts it; an allocated
# one is validated (VALIDATED_SCORE). (At 0.3, needing a telephone word, it missed 14 of set 19's
# 1,005 mobiles — 15442245758 in a customer line, 179… in tables and logs — and at 0.5 it added no
# false positive on any labelled set: docs/classify.md "Twelfth round".)
_UNALLOCATED = 0.5


class MobileRecognizer(CnPatternRecognizer):
    ENTITY = "CN_MOBILE"
    REFERENCE = "工业和信息化部《电信网编号计划》: 1 + 10 digits; E.164 country code +86"
    TRIGGER = r"1[3-9]\d|85[23]|886|09\d\d|[569]\d{3}[ -]\d{4}"
    PATTERNS = (
        Pattern("mobile", r"(?<![0-9A-Za-z+])(?:(?:\+|00)86[ -]?|(?<![0-9])86-)?1[3-9]\d(?:[ -]?\d{4}){2}" + NOT_ALNUM_AFTER, _UNALLOCATED),
        Pattern("mobile_bracketed", r"\(\+86\)[ -]?1[3-9]\d(?:[ -]?\d{4}){2}" + NOT_ALNUM_AFTER, _UNALLOCATED),
        # 86 glued without its + (8613812345678), and 3-4-4 groups with dots (138.1234.5678)
        Pattern("mobile_86_glued", r"(?<![0-9A-Za-z+])86(?=1[3-9]\d{9}(?!\d))1[3-9]\d{9}" + NOT_ALNUM_AFTER, _UNALLOCATED),
        Pattern("mobile_dotted", NOT_ALNUM_BEFORE + r"1[3-9]\d\.\d{4}\.\d{4}" + NOT_ALNUM_AFTER, _UNALLOCATED),
        # glued to a room's number (3幢2单元160113362703815: a courier form's fields run together); the
        # 11 digits must end the run, so there is one way to split it
        Pattern("mobile_after_room", r"(?:(?<=[单單]元\d{3})|(?<=[单單]元\d{4})|(?<=[幢栋棟]\d{3})|(?<=[幢栋棟]\d{4}))1[3-9]\d{9}(?!\d)",
                _UNALLOCATED),
        Pattern("mobile_hk_macao", REGION_CC.format(cc="85[23]") + r"[4-9]\d{3}[ -]?\d{4}" + NOT_ALNUM_AFTER, 0.6),
        Pattern("mobile_taiwan_intl", REGION_CC.format(cc="886") + r"9\d{2}[ -]?\d{3}[ -]?\d{3}" + NOT_ALNUM_AFTER, 0.6),
        Pattern("mobile_taiwan", NOT_ALNUM_BEFORE + r"09\d{2}[ -]\d{3}[ -]\d{3}" + NOT_ALNUM_AFTER, 0.6),
        Pattern("mobile_taiwan_plain", NOT_ALNUM_BEFORE + r"09\d{8}" + NOT_ALNUM_AFTER, 0.3),
        Pattern("mobile_hk_macao_local", NOT_ALNUM_BEFORE + r"[569]\d{3}[ -]\d{4}" + NOT_ALNUM_AFTER, 0.3),
    )
    VALIDATED_SCORE = 0.85
    CONTEXT = (
        "手机", "手机号", "电话", "联系电话", "联系方式", "联系", "致电", "来电", "拨打", "号码", "tel", "mobile", "phone",
        "手機", "電話", "聯繫電話", "聯繫方式", "聯繫", "聯絡", "撥打", "號碼",
    )
    NEGATIVE_CONTEXT = (
        "订单", "单号", "流水号", "编号", "工号", "学号", "发票", "快递单", "交易号", "序列号", "批号", "账单",
        "訂單", "單號", "編號", "發票",
        # the last 11 digits of a card printed with its BIN apart (卡号：621700 19093786576)
        "卡号", "银行卡", "工资卡",
        # a landline's word: 座机号码（本地）6781-4507 is a local number, not a Hong Kong mobile
        "座机", "固话", "座機", "固話",
    )
    # an order word labels the number only with nothing but blanks, marks, digits or 号/为/是 between:
    # 订单号：1358…, 卡号：621700 1909…; not 外卖订单：王芳 1358… (a heading, a name, then the phone)
    NEGATIVE_GAP = MARKS_GAP
    # a number followed by a unit is an amount or a count (13587246901元), not a telephone number
    NEGATIVE_RIGHT_REGEX = QUANTITY_UNIT

    def validate_result(self, pattern_text: str) -> bool | None:
        if pattern_text.isdigit() and pattern_text.startswith("09") and len(pattern_text) == 10:
            return None  # Taiwan's ten digits ungrouped: no verdict, the pattern's low score and context decide
        if len(pattern_text) == 9 and pattern_text[4] in " -":
            return None  # Hong Kong or Macao without its code (9163 2587): context decides
        region = region_mobile(pattern_text)
        if region is not None:
            return region
        number = national_number(pattern_text)
        if len(number) != 11:
            return False
        return True if number[:3] in _SEGMENTS else None  # unallocated: _UNALLOCATED, context decides

    def invalidate_result(self, pattern_text: str) -> bool | None:
        number = national_number(pattern_text)
        return len(set(number[3:])) == 1  # 13800000000-style placeholders
