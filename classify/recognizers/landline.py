"""CN_LANDLINE — 固定电话: area code + 7-8 digit local number, optional extension.

Area codes: 010 and 02x (then 8 local digits), 0 + 3 digits elsewhere (0572 湖州, 0571 杭州).
Written ``0572-2345678``, ``(0572)2345678``, ``0572 2345678``, ``0571—87654321`` (the dash of
Chinese typesetting), ``0571-8765 4321`` (the local number in two groups), ``+86 571 8765 4321``
or ``+86(571)87654321`` (E.164, no trunk 0), with ``转123`` / ``分机123`` / ``内线123`` / ``-123`` /
``ext. 123`` / ``x123`` extensions (转分机, 分机号, EXT, ``;ext=`` of a tel: URI, ``（分机123）`` too); also
``0572 - 2345678``, its dash set off by blanks. Without a separator a number needs context
(``02112345678``) unless its code is one of Zhejiang's, 0570-0580 (``05722345678``); followed by
a unit (元, 人次, 户) it is a quantity. Hong Kong and Macao fixed lines after their country code
(+852 2345 6789: 2 or 3 first; +853 2812 3456), Taiwan's with its code or a two-digit area code in brackets (+886 2 2345 6789, (02)2345-6789). A local number without any code, in two groups of four
(電話：2742 6631, a Hong Kong or Macao line as written there, or a mainland one within its city),
needs a telephone word before it; one starting 5, 6 or 9 is read as a Hong Kong or Macao mobile. So
does a local number of seven or eight digits alone (电话：87654321; not one shaped like a date).
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from classify.recognizers._base import MARKS_GAP, NOT_ALNUM_AFTER, NOT_ALNUM_BEFORE, QUANTITY_UNIT, REGION_CC, CnPatternRecognizer

_AREA = r"(?:010|02\d|0[3-9]\d{2})"
# E.164: +86 / (+86) / 0086, then the area code without its trunk 0, bracketed or not
# (+86 571 8765 4321, (+86)571-87654321, +86(571)87654321)
_CC = r"(?:(?<![0-9A-Za-z+])(?:\(\+86\)|(?:\+|00)86)[ -]?|(?<![0-9A-Za-z+.])86-)"  # and 86- without its +
_AREA_E164 = r"(?:10|2\d|[3-9]\d{2})"
# not the middle of a longer number grouped by fours (a card: 6230 5802 0729 2566 944) — but after a
# mobile grouped 3-4-4 (134-9811-1317 0572-7330775) it is the next number
_NOT_IN_GROUPS = r"(?<!(?<!\d{3}[ -])\d{4}[ -]\d{4}[ -])"
# between area code and number: a space or a hyphen, the dash of Chinese typesetting (0571—87654321)
_SEP = r"(?:[ \-—/.]| [-—] )"  # and a slash (0571/87654321), a dot (0572.5811938), a spaced dash (0572 - 2345678)
# the local number, also printed in two groups (8765 4321, 8765-4321, 876 5432, 5827 853)
_LOCAL = r"(?:[2-9]\d{6,7}|[2-9]\d{2,3}[ -]\d{4}|[2-9]\d{3}[ -]\d{3})"  # and 4-3: 0512 5827 853
# the words of an extension (an alternation: group it where used); x only glued to its digits (0572-2345678 x8012)
_EXT_WORD = r"(?:转|-)?分机号?|转|内线|(?i:ext)[.:=]?|[xX](?=\d)"  # 转分机, -分机, 分机号, EXT, ext: and ext=
# the extension, glued or set off by blanks (0571-87654321 转 8012, 87654321 ext. 12); a dash glued only
# ;ext= of a tel: URI (RFC 3966); in brackets, with them (0572-3575776（分机7851）)
_EXT = r"(?:-\d{1,5}|[ ;]?(?:" + _EXT_WORD + r"|#)[ ]?\d{1,5}|[（(](?:" + _EXT_WORD + r")[ ]?\d{1,5}[）)])?"
# a local number alone, seven or eight digits (电话：87654321) — not eight shaped like a date (20231105)
_LOCAL_ALONE = r"(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d))[2-8]\d{6,7}"
# where a Hong Kong, Macao or Taiwan number starts (its country code, or Taiwan's two-digit area code)
_REGION_START = re.compile(r"\(?\+?(?:00)?(?:852|853|886)|\(0[2-8]\)")


class LandlineRecognizer(CnPatternRecognizer):
    ENTITY = "CN_LANDLINE"
    REFERENCE = "工业和信息化部《电信网编号计划》: 长途区号 + 本地号码 (7-8 digits)"
    TRIGGER = r"0\d{2}|86|85[23]|\(0[2-8]\)|[2-8]\d{3}[ -]\d{4}|[2-8]\d{6}"
    PATTERNS = (
        Pattern("landline_sep", NOT_ALNUM_BEFORE + _NOT_IN_GROUPS + _AREA + _SEP + _LOCAL + _EXT + NOT_ALNUM_AFTER, 0.7),
        Pattern("landline_paren", r"\(" + _AREA + r"\)[ -]?" + _LOCAL + _EXT + NOT_ALNUM_AFTER, 0.7),
        Pattern("landline_intl", _CC + r"(?:" + _AREA_E164 + _SEP + r"|\(" + _AREA_E164 + r"\)[ -]?)" + _LOCAL + _EXT + NOT_ALNUM_AFTER, 0.7),
        # ungrouped with one of the province's own area codes (0570-0580: the city's records are mostly Zhejiang's)
        Pattern("landline_plain_zhejiang", NOT_ALNUM_BEFORE + r"05(?:7\d|80)[2-9]\d{6,7}" + _EXT + NOT_ALNUM_AFTER, 0.55),
        # ungrouped with a word-marked extension (07938418941转2989): the extension says it is a telephone
        Pattern("landline_plain_ext", NOT_ALNUM_BEFORE + _AREA + r"[2-9]\d{6,7}[ ]?(?:" + _EXT_WORD + r")[ ]?\d{1,5}" + NOT_ALNUM_AFTER, 0.55),
        Pattern("landline_plain", NOT_ALNUM_BEFORE + _AREA + r"[2-9]\d{6,7}" + _EXT + NOT_ALNUM_AFTER, 0.3),
        Pattern("landline_hk_macao", REGION_CC.format(cc="85[23]") + r"[23]\d{3}[ -]?\d{4}" + _EXT + NOT_ALNUM_AFTER, 0.7),
        Pattern("landline_taiwan", r"(?:" + REGION_CC.format(cc="886") + r"[2-8][ -]?|\(0[2-8]\)[ -]?)\d{3,4}[ -]?\d{4}"
                + _EXT + NOT_ALNUM_AFTER, 0.7),
        Pattern("landline_local", NOT_ALNUM_BEFORE + r"[2-8]\d{3}[ -]\d{4}" + NOT_ALNUM_AFTER, 0.3),
        Pattern("landline_local_plain", NOT_ALNUM_BEFORE + _LOCAL_ALONE + _EXT + NOT_ALNUM_AFTER, 0.3),
    )
    CONTEXT = (
        "电话", "座机", "固话", "联系电话", "办公电话", "传真", "tel", "phone", "landline", "contact", "联系", "致电", "拨打", "咨询", "市话",
        "電話", "座機", "固話", "聯繫電話", "傳真", "聯繫", "聯絡", "撥打", "諮詢",
    )
    NEGATIVE_CONTEXT = ("订单", "单号", "流水号", "编号", "编码", "代码", "表号", "户号", "账号", "卡号", "发票", "邮编", "邮政编码",
                        "取件码", "提货码", "验证码", "訂單", "編號", "編碼", "郵編", "驗證碼")
    # a number's word labels it only with nothing but blanks, marks, digits or 号/为/是 between, as for
    # mobiles: not 请重新采集不通过账号。经办人：方霞 0572-6188633 (another field's word, a name between)
    NEGATIVE_GAP = MARKS_GAP
    # a number followed by a unit is an amount or a count (13587246901元), not a telephone number
    NEGATIVE_RIGHT_REGEX = QUANTITY_UNIT

    def validate_result(self, pattern_text: str) -> bool | None:
        if _REGION_START.match(pattern_text):  # Hong Kong, Macao, Taiwan: no placeholder of eight alike
            local = "".join(c for c in pattern_text if c.isdigit())[-8:]
            return False if len(set(local)) == 1 else None
        body = re.split(r"转|分机|分機|[Ee]xt|#|(?<=\d{7})-", pattern_text, maxsplit=1)[0]
        digits = "".join(c for c in body if c.isdigit())
        if body[0] in "2345678":  # a local number alone (2742 6631, 87654321 转 12): no code; context decides
            return False if len(set(digits)) == 1 else None
        country = body.lstrip("(")
        if country.startswith(("+86", "0086")):
            digits = "0" + digits[2 if country.startswith("+") else 4:]  # back to the national form
        area = 3 if digits.startswith(("010", "02")) else 4
        local = digits[area:]
        if area == 3 and len(local) != 8:
            return False  # 010 and 02x take 8-digit local numbers
        if len(set(local)) == 1:
            return False
        return None  # no check digit: the score stays the pattern's
