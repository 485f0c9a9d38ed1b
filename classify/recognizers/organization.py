"""ORGANIZATION — 单位名称: enterprises, institutions, government bodies.

A name is a run of Chinese characters ending in an organisation word (有限公司、合作社、
医院、学校、局、委员会、中心 …) that starts after punctuation, a verb or preposition, or at
a place name. Organisation names are public for legal persons (entities.yaml: mask none);
they are reported so that a column of them is classified, and kept by the text masker.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from classify.recognizers._base import CnPatternRecognizer

# the organisation words a name ends in (the USCC recognizer reads them too: a code right after such a name)
ORGANIZATION_SUFFIX = (
    "股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|专业合作社|合作社|经营部|商行|门市部|工作室|"
    "人民医院|中医院|医院|卫生院|卫生服务中心|中心小学|小学|中学|学校|大学|学院|幼儿园|"
    "银行|支行|分行|信用社|研究院|研究所|事务所|委员会|居委会|村委会|人民政府|办事处|管理局|"
    "监督管理局|局|中心|协会|商会|基金会|厂"
)
# A preceding character that cannot be part of a name: punctuation, digits, function words.
_STOP = r"[\s,.;:!?()（）、，。；：！？“”‘’\"'《》【】0-9A-Za-z在的和与及向对由经被据为是于从将把到给等了也均并或]"


class OrganizationRecognizer(CnPatternRecognizer):
    ENTITY = "ORGANIZATION"
    REFERENCE = "GB/T 20091 组织机构类型; 《企业名称登记管理规定》 (行政区划 + 字号 + 行业 + 组织形式)"
    TRIGGER = "(?:" + ORGANIZATION_SUFFIX + ")"
    PATTERNS = (
        Pattern("org", r"(?:(?<=" + _STOP + r")|^)(?:(?!" + _STOP + r")[\u4e00-\u9fff]){2,20}(?:" + ORGANIZATION_SUFFIX + r")", 0.55),
    )
    CONTEXT = ("单位", "公司", "企业", "机构", "名称", "法人", "org", "company", "單位", "企業", "機構", "名稱")
    CONTEXT_BOOST = 0.2
