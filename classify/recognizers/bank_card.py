"""BANK_CARD — 银行卡号: 16-19 digits with a Luhn check (ISO/IEC 7812-1).

Issuer identification numbers start with 62 (China UnionPay), 4 (Visa), 5 (Mastercard),
3 (JCB, American Express), 6 (others) or 9 (older domestic debit cards, e.g. 9558). Grouped
by fours with spaces or dashes, or glued to text. Numbers that are valid resident IDs are
left to that recognizer; a random number passes Luhn one time in ten, so order and serial
numbers are told apart by context.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from classify.identifiers import is_valid_luhn, is_valid_resident_id
from classify.recognizers._base import NOT_ALNUM_AFTER, NOT_ALNUM_BEFORE, CnPatternRecognizer


class BankCardRecognizer(CnPatternRecognizer):
    ENTITY = "BANK_CARD"
    REFERENCE = "ISO/IEC 7812-1 (Luhn); 中国银联 BIN 62"
    TRIGGER = r"\d{4}"
    PATTERNS = (
        Pattern("card_grouped", NOT_ALNUM_BEFORE + r"[3-69]\d{3}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?" + NOT_ALNUM_AFTER, 0.4),
        Pattern("card", NOT_ALNUM_BEFORE + r"[3-69]\d{15,18}" + NOT_ALNUM_AFTER, 0.3),
    )
    VALIDATED_SCORE = 0.7
    CONTEXT = (
        "银行卡", "卡号", "银行账号", "账号", "账户", "开户行", "储蓄卡", "借记卡", "信用卡", "社保卡金融账户", "转账", "bank", "card",
        "銀行卡", "卡號", "銀行帳號", "帳號", "賬號", "帳戶", "賬戶", "開戶行", "儲蓄卡", "借記卡", "轉賬",
    )
    NEGATIVE_CONTEXT = (
        "订单", "单号", "流水号", "编号", "交易号", "发票", "快递", "运单", "批号", "序列号", "合同号", "案号",
        "訂單", "單號", "編號", "發票", "運單",
    )
    CONTEXT_BOOST = 0.3
    NEGATIVE_PENALTY = 0.6

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.replace(" ", "").replace("-", "")
        return 16 <= len(digits) <= 19 and is_valid_luhn(digits)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.replace(" ", "").replace("-", "")
        return len(digits) == 18 and is_valid_resident_id(digits)
