"""CN_USCC — 统一社会信用代码 (GB 32100-2015).

18 characters over ``0-9A-Z`` without I, O, S, V, Z: registering authority and category
(91 enterprise, 92 individual business, 93 farmers' cooperative, 11-13 government bodies,
51-53 social organisations, …), a 6-digit region code, the 9-character organisation code
(GB 11714) and a MOD 31 check character.

Two checks, not one: the MOD 31 character over the whole code and the GB 11714 check
character of the embedded organisation code (a random 18-character string passes the first
one time in 31; both, one time in 341). A code passing both is reported as it stands; one
passing the MOD 31 check only — the organisation part of codes issued to some subjects, such
as 个体工商户, is not guaranteed to carry a GB 11714 check (``identifiers.is_valid_uscc``) —
needs a credit-code word nearby (统一社会信用代码, 税号), a column named so or an organisation's
name right before it (南太湖环保商行（91330522P3429722R6）). Batch, order and
invoice numbers that still pass are told apart by context (批号, 订单编号 before the code).
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from classify.identifiers import is_valid_org_code, is_valid_resident_id, is_valid_uscc
from classify.recognizers.resident_id import id_shaped, region_ok
from classify.recognizers._base import NOT_ALNUM_AFTER, NOT_ALNUM_BEFORE, CnPatternRecognizer, Span
from classify.recognizers.organization import ORGANIZATION_SUFFIX

_C = "[0-9A-HJ-NPQRTUWXY]"
_T = "[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]"  # the same, typed in either case


def _compact(code: str) -> str:
    """The 18 characters of a code as typed (grouped, lower case): 91330100MA2B3C4D5X."""
    return code.replace(" ", "").replace("-", "").upper()


# GB 32100-2015 Appendix A: registering authority → category codes.
AUTHORITY_CATEGORIES = {
    "1": "1239", "2": "19", "3": "1234559", "4": "19", "5": "1239", "6": "129", "7": "129",
    "8": "19", "9": "123", "A": "19", "N": "1239", "Y": "1",
}


# MOD 31 alone: one random code in 31 passes it; a credit-code word (+0.35) lifts it over the threshold,
# and so does an organisation's name right before the code in brackets (天能环保专业合作社（93330523M3820090W7）:
# a firm's code given with its name is its credit code; 苕溪物业有限公司　代码：92330503Q2775748FY likewise)
_MOD31_ONLY_SCORE = 0.2
_ORG_NAME_BEFORE = re.compile(r"(?:" + ORGANIZATION_SUFFIX + r")(?:[（(]|[ \u3000]*代码[:：][ \u3000]*)\Z")
_ORG_NAME_BOOST = 0.35


class UsccRecognizer(CnPatternRecognizer):
    ENTITY = "CN_USCC"
    REFERENCE = "GB 32100-2015 法人和其他组织统一社会信用代码编码规则; GB 11714 组织机构代码"
    TRIGGER = r"\d{6}|\d{4}[ -]\d{4}"
    PATTERNS = (
        Pattern("uscc", NOT_ALNUM_BEFORE + _C + r"{2}\d{6}" + _C + r"{10}" + NOT_ALNUM_AFTER, 0.5),
        # as typed: in lower case, or grouped by its parts (91 330100 MA2B3C4D5 X, 91330100-MA2B3C4D5-X)
        # or in fours (9133 0100 MA2B 3C4D 5X)
        Pattern("uscc_typed", NOT_ALNUM_BEFORE + r"(?:" + _T + r"{2}[ -]?\d{6}[ -]?" + _T + r"{9}[ -]?" + _T + r"|"
                + _T + r"{4}(?:[ -]" + _T + r"{4}){3}[ -]" + _T + r"{2})" + NOT_ALNUM_AFTER, 0.5),
    )
    VALIDATED_SCORE = 0.95
    CONTEXT = (
        "统一社会信用代码", "信用代码", "社会信用代码", "uscc", "credit code", "纳税人识别号", "税号", "营业执照",
        "統一社會信用代碼", "信用代碼", "營業執照", "納稅人識別號",
    )
    NEGATIVE_CONTEXT = (
        "批号", "批次", "订单", "单号", "流水号", "序列号", "工单号", "工单:", "工单 ", "运单", "快递单", "物流单", "条码", "发票号", "合同编号",
        "案号", "参考号", "交易号", "凭证号", "编码规则", "批號", "訂單", "單號", "序列號", "發票號",
        "卡号", "银行卡", "a/c", "acct",  # a card's or an account's number (a/c:6225…)
    )
    CONTEXT_LEFT = 14

    def validate_result(self, pattern_text: str) -> bool | None:
        s = _compact(pattern_text)
        if s[1] not in AUTHORITY_CATEGORIES.get(s[0], ""):
            return False
        return is_valid_uscc(s)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        # An all-digit code shaped like a resident ID (a province, then a birth date) that is a
        # valid ID is one (its birth date not after today: 913305 2367… is a credit code); a look-alike
        # with a wrong check digit passes both checks above one time in 341, so it stays a candidate
        # scored below the threshold (see spans).
        code = _compact(pattern_text)
        return code[:17].isdigit() and region_ok(code) and is_valid_resident_id(code)

    def spans(self, norm: str) -> list[Span]:
        # an ID-shaped code, or one whose organisation part fails GB 11714, needs a credit-code
        # word nearby (or a column named so) to count
        out = []
        for s, e, sc in super().spans(norm):
            code = _compact(norm[s:e])
            if not is_valid_org_code(code[8:17]):
                sc = _MOD31_ONLY_SCORE
                if _ORG_NAME_BEFORE.search(norm, max(0, s - 16), s):
                    sc += _ORG_NAME_BOOST
            elif code[:17].isdigit() and id_shaped(code):
                sc = 0.4
            out.append((s, e, sc))
        return out
