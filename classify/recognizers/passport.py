"""CN_PASSPORT — 中华人民共和国护照号码.

Electronic passports since 2012: ``E`` + 8 digits, then ``E`` + a letter + 7 digits once
the numeric series ran out; older ordinary passports ``G`` + 8 digits. Service passports
(外交 / 公务 / 公务普通) carry ``DE`` / ``SE`` / ``PE`` + 7 digits, older ones ``D`` / ``S`` /
``P`` + 7 or 8 digits. The Hong Kong and Macao SARs issue PRC passports of their own (``K`` + 8
digits; ``M`` + a letter + 7 digits), and a foreign resident's passport number (one or two letters
and 6–8 digits) after 护照 is as identifying. The shape is short and common in other codes, so a
match needs context (护照 / passport) to be reported; the generic shape scores lower still.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from classify.recognizers._base import NOT_ALNUM_AFTER, NOT_ALNUM_BEFORE, CnPatternRecognizer
from classify.recognizers._holder import HolderBoost
from classify.recognizers.hk_macao_permit import PERMIT_SHAPES, TRAVEL_GROUP

# an ordinary PRC passport: E + 8 digits, E + a letter + 7 digits, G + 8 digits
_PRC = r"(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})"


class PassportRecognizer(HolderBoost, CnPatternRecognizer):
    ENTITY = "CN_PASSPORT"
    HOLDER_SHAPE = re.compile(_PRC)  # a PRC passport's own shape, not the generic one
    REFERENCE = "公安部 护照号码编制 (E + 8 digits; E + letter + 7 digits; G + 8 digits; DE/SE/PE + 7 digits)"
    TRIGGER = r"[A-Z]{1,2}\d{6}"
    PATTERNS = (
        Pattern("passport", NOT_ALNUM_BEFORE + _PRC + NOT_ALNUM_AFTER, 0.45),
        Pattern("service_passport", NOT_ALNUM_BEFORE + r"(?:[DSP]E\d{7}|[DSP]\d{7,8})" + NOT_ALNUM_AFTER, 0.45),
        Pattern("sar_passport", NOT_ALNUM_BEFORE + r"(?:K\d{8}|M[A-Z]\d{7})" + NOT_ALNUM_AFTER, 0.45),
        # (not E or G with digits: a PRC passport of the wrong length, E1234567, is no passport number;
        # nor the shapes of the permits to Hong Kong and Macao: C12345678 is a 往来港澳通行证's; nor the head of a
        # longer dashed code: 结婚证字号 J330522-2016-006941)
        Pattern("other_passport", NOT_ALNUM_BEFORE + r"(?![EG]\d|" + PERMIT_SHAPES + NOT_ALNUM_AFTER + r")[A-Z]{1,2}\d{6,8}"
                + NOT_ALNUM_AFTER + r"(?!-\d)", 0.3),
    )
    CONTEXT = ("护照", "护照号", "护照号码", "passport", "出入境", "出境", "護照", "護照號碼", "出入境證件",
               "hzhm", "hzh",  # pinyin keys of exports (护照号码)
               '"doc"', "doc=",  # an export's document key: the shape says which
               "证件", "證件",  # a register's 证件 column: the shape says which document (E…, G…: a passport)
               *TRAVEL_GROUP)
    # 团号: a tour's own number; a certificate's or a licence's number (证书号, 结婚证字号, 许可证号) is its own
    # (not 证号 alone: 护照证号, 护照/通行证号 name a passport's)
    NEGATIVE_CONTEXT = ("订单", "单号", "编号", "发票", "型号", "批号", "团号", "訂單", "編號", "發票",
                        "证书", "字号", "许可证", "执照", "登记号", "证明号",
                        # certificates a person holds that are not travel documents (their numbers are their own)
                        *(f"{name}证" for name in ("合格", "结婚", "离婚", "出生", "准生", "优待", "残疾", "居住", "工作", "学生",
                                                   "退役", "健康", "上岗", "资格", "营运", "驾驶", "行驶", "房产", "土地",
                                                   "产权", "检疫", "毕业", "学位", "会员", "执业", "荣誉", "独生子女")))
    CONTEXT_BOOST = 0.45
    CONTEXT_LEFT = 24  # 持中国护照（有效期至2030年5月1日）E…: a parenthesis between
    DOCUMENT_BOOST = 0.1  # a passport list: the rows after a broken one, the leader's number below it

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return len(set(pattern_text[-7:])) == 1
