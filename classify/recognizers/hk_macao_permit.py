"""CN_HK_MACAO_PERMIT — 往来港澳通行证号码.

Card-type electronic permits (since 2014): ``C`` + 8 digits, then ``C`` + a letter + 7
digits; the older booklet permits ``W`` + 8 digits. Hong Kong and Macao residents' own permit
to the mainland (港澳居民来往内地通行证, 回乡证) is ``H`` / ``M`` + 8 digits, + 2 digits of issue
count on the card. Like passports the shape is short, so context (港澳通行证, 回乡证) is required.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from classify.recognizers._base import NOT_ALNUM_AFTER, NOT_ALNUM_BEFORE, CnPatternRecognizer
from classify.recognizers._holder import HolderBoost


# the permits' number shapes (the passport recognizer's generic shape leaves them to this one)
_CARD = r"C\d{8}|C[A-HJ-NP-Z]\d{7}|W\d{8}"
_HOME_RETURN = r"[HM]\d{8}(?:\d{2})?"
PERMIT_SHAPES = r"(?:" + _CARD + r"|" + _HOME_RETURN + r")"


# a tour group's list or its leader: the members travel on passports or permits, and the number's
# shape says which (E…/G…: a passport; C…: a permit)
TRAVEL_GROUP = ("旅行团", "旅游团", "出境游", "团队名单", "游客名单", "领队", "旅行團", "旅遊團", "團隊名單", "遊客名單", "領隊")


class HkMacaoPermitRecognizer(HolderBoost, CnPatternRecognizer):
    ENTITY = "CN_HK_MACAO_PERMIT"
    HOLDER_SHAPE = re.compile(_CARD)  # a mainland resident's card permit
    REFERENCE = "公安部 往来港澳通行证 (C + 8 digits; C + letter + 7 digits; W + 8 digits); 港澳居民来往内地通行证 (H/M + 8 [+ 2] digits)"
    TRIGGER = r"[CWHM][A-Z]?\d{7}"
    PATTERNS = (
        Pattern("permit", NOT_ALNUM_BEFORE + r"(?:" + _CARD + r")" + NOT_ALNUM_AFTER, 0.45),
        Pattern("home_return_permit", NOT_ALNUM_BEFORE + _HOME_RETURN + NOT_ALNUM_AFTER, 0.45),
    )
    CONTEXT = (
        "港澳通行证", "通行证", "往来港澳", "港澳", "回乡证", "来往内地", "hk_macao", "permit",
        "港澳通行證", "通行證", "往來港澳", "回鄉證", "來往內地", "出入境证件", "出入境證件",
        # a travel document's number at a border: the shape says which (C…: this one; E…/G…: a passport)
        "出境", "入境", "出入境", "边检", "邊檢", "口岸",
        "香港居民", "澳门居民", "港澳居民", "澳門居民",  # a resident of the SARs travels on a permit
        "txz", "gatxz",  # pinyin keys of exports (通行证, 港澳通行证)
        '"doc"', "doc=",  # an export's document key: the shape says which
        "证件", "證件",  # a register's 证件 column: the shape says which document (C…: this one)
        *TRAVEL_GROUP,
    )
    NEGATIVE_CONTEXT = ("订单", "单号", "编号", "发票", "型号", "批号", "訂單", "編號", "發票")
    CONTEXT_BOOST = 0.45
    CONTEXT_LEFT = 24  # 持往来港澳通行证（有效期至2030年5月1日）C…: a parenthesis between
    DOCUMENT_BOOST = 0.1  # 持往来港澳通行证C…，同行人…持C…: the second beyond the window
    PRIORITY = 1

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return len(set(pattern_text[-7:])) == 1
