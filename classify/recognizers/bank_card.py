"""BANK_CARD — 银行卡号: 16-19 digits with a Luhn check (ISO/IEC 7812-1).

Issuer identification numbers start with 62 (China UnionPay), 4 (Visa), 51-55 (Mastercard),
35 (JCB), 30/36/38 (Diners Club), 6 (others) or 9 (older domestic debit cards, e.g. 9558);
other 3x and 5x prefixes are not card networks (a 17-digit 3305… number is a record number
of the region 330500, not a card). Grouped by fours with spaces or dashes, or glued to
text, or with UnionPay's BIN apart (621098 2161838763614); grouped otherwise (4563 51 6938684426)
only with a card word nearby. Eighteen digits shaped like a resident ID (its province and a birth
date) are left to that recognizer; a random number passes Luhn one time in ten, so order and serial
numbers are told apart by context.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from classify.identifiers import is_valid_luhn
from classify.recognizers._base import NOT_ALNUM_AFTER, NOT_ALNUM_BEFORE, CnPatternRecognizer, Span
from classify.recognizers.resident_id import id_shaped


_IIN = r"(?:3[0568]|5[1-5]|[469]\d)"  # the first two digits of a card number


# four groups of four and one or two digits after them, the whole failing Luhn: the short group is
# the next field (a table's 周岁 column: 5187 1043 2609 5522 96), the sixteen digits may be the card.
# Not three digits: 4-4-4-4-3 is how nineteen-digit cards are printed, and one with a wrong check digit
# would pass as its first sixteen one time in ten
_FOURS_THEN_SHORT = re.compile(NOT_ALNUM_BEFORE + _IIN + r"\d{2}(?:[ -]\d{4}){3}(?=[ -]\d{1,2}" + NOT_ALNUM_AFTER + ")")

_IRREGULAR_SCORE = 0.3  # below the threshold until a card word (+0.3) raises it


# UnionPay's BIN printed apart from the rest (621098 2161838763614): how banks print a card on a
# passbook or a statement, so it counts like four-digit groups; other irregular groupings need a word
_BIN_APART = re.compile(r"62\d{4}[ -]\d{10,13}")


def _irregular(value: str) -> bool:
    """Grouped, but not by fours (a card is printed 6222 0212 3456 7890 123)."""
    groups = value.replace("-", " ").split(" ")
    return len(groups) > 1 and any(len(g) != 4 for g in groups[:-1]) and _BIN_APART.fullmatch(value) is None


class BankCardRecognizer(CnPatternRecognizer):
    ENTITY = "BANK_CARD"
    REFERENCE = "ISO/IEC 7812-1 (Luhn); 中国银联 BIN 62"
    TRIGGER = r"\d{4}"
    PATTERNS = (
        Pattern("card_grouped", NOT_ALNUM_BEFORE + _IIN + r"\d{2}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?" + NOT_ALNUM_AFTER, 0.4),
        Pattern("card", NOT_ALNUM_BEFORE + _IIN + r"\d{14,17}" + NOT_ALNUM_AFTER, 0.3),
        Pattern("card_other_groups", NOT_ALNUM_BEFORE + _IIN + r"\d{1,4}(?:[ -]\d{3,13}){1,4}" + NOT_ALNUM_AFTER, 0.2),
    )
    VALIDATED_SCORE = 0.7
    CONTEXT = (
        "银行卡", "卡号", "银行账号", "账号", "账户", "开户行", "储蓄卡", "借记卡", "信用卡", "社保卡金融账户", "转账", "bank", "card",
        "工资卡", "存折", "汇入", "汇款", "打款", "收款", "户名", "银联", "结算户", "开户", "还款卡", "代发", "银行", "a/c", "acct",
        "銀行卡", "卡號", "銀行帳號", "帳號", "賬號", "帳戶", "賬戶", "開戶行", "儲蓄卡", "借記卡", "轉賬",
    )
    # Numbers of other things (Traditional forms come from normalization): orders, parcels,
    # receipts, and cards that are not bank cards (医保卡号 is a medical-insurance number).
    NEGATIVE_CONTEXT = (
        "订单", "单号", "流水号", "编号", "交易号", "发票", "快递单", "运单", "批号", "序列号", "合同号", "案号",
        "参考号", "凭证号", "物流单", "追踪号", "跟踪号", "条码", "工单号", "工单:", "工单 ", "批次", "票号", "会员卡", "医保卡", "就诊卡",
        "门诊号", "病历号", "住院号", "档案号", "设备号", "imei",
    )
    CONTEXT_BOOST = 0.3
    NEGATIVE_PENALTY = 0.6

    def spans(self, norm: str) -> list[Span]:
        found = [(s, e, _IRREGULAR_SCORE if _irregular(norm[s:e]) else sc) for s, e, sc in super().spans(norm)]
        starts = {s for s, _, _ in found}
        for m in _FOURS_THEN_SHORT.finditer(norm):
            if m.start() not in starts and self.validate_result(m.group()) and not self.invalidate_result(m.group()):
                found.append((m.start(), m.end(), self.VALIDATED_SCORE))
        return found

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.replace(" ", "").replace("-", "")
        return 16 <= len(digits) <= 19 and is_valid_luhn(digits)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        # eighteen digits shaped like an ID (a province, a birth date) are one, its check digit right or
        # wrong (校验位错误 lists): one card in a hundred and fifty looks so, one mistyped ID in ten passes Luhn
        digits = pattern_text.replace(" ", "").replace("-", "")
        return len(digits) == 18 and id_shaped(digits)
