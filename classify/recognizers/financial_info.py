"""FINANCIAL_INFO — 财产信息: a person's deposits, income, debts, property values.

An amount is personal property information only next to words that say so (存款、余额、
月收入、工资、贷款、缴费基数) or in a column named so; amounts in budgets, fines, investment
and statistics (罚款、投资、产值) are not, and survive masking.

What a person receives from relief, pensions or compensation (低保金、临时救助、抚恤金、
养老金、拆迁补偿款、赔偿金) and what they pay themselves (个人自付) is their income and
payment record — GB/T 35273-2020 附录B 个人财产信息 (收入状况、支付收款记录) — and, in a
relief file, tells that the person is poor; so these amounts are financial information too.
The same words in policy and budget text are not: a standard (救助标准、补偿标准) or a fund
(救助资金) nearer than the relief word, or a total for an area (全市共发放、累计、人均) anywhere
earlier in the clause, keeps the amount (a household's 人均月收入 is still its income).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer import Pattern

from classify.recognizers._base import CnPatternRecognizer

_NUM = r"(?<![0-9A-Za-z.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![0-9A-Za-z.,])\d+(?:\.\d+)?"


class FinancialInfoRecognizer(CnPatternRecognizer):
    ENTITY = "FINANCIAL_INFO"
    REFERENCE = "《个人信息保护法》第二十八条 (金融账户); GB/T 35273-2020 附录B 个人财产信息"
    TRIGGER = r"\d"
    PATTERNS = (
        Pattern("amount", r"(?:[¥￥]\s?)?(?:" + _NUM + r")\s?(?:万元|亿元|元|万|块)", 0.2),
        Pattern("number", r"(?:[¥￥]\s?)?(?:" + _NUM + r")(?![0-9A-Za-z.%])", 0.05),  # 月收入¥2,865
    )
    CONTEXT = (
        "存款", "余额", "月收入", "年收入", "收入", "工资", "月薪", "年薪", "薪资", "贷款", "负债", "欠款", "资产",
        "房产", "缴费基数", "公积金", "理财", "股票", "income", "salary", "balance", "deposit",
        "存款", "餘額", "月收入", "薪資", "貸款", "負債", "資產", "房產", "繳費基數", "公積金",
        # relief, pensions and compensation a person receives, and what they pay themselves
        # (Traditional text is normalized to Simplified before matching)
        "低保金", "救助金", "救济金", "临时救助", "救助金额", "保障金", "抚恤金", "养老金", "退休金", "补偿款", "补偿金",
        "赔偿金", "赔偿款", "赔偿", "自付", "高龄补贴", "残疾人补贴", "两项补贴", "生活补贴", "护理补贴",
        # insurance benefits, one-off awards and what a person owes on a card (失业保险金, 伤残补助金, 获赔, 透支款)
        "保险金", "失业金", "伤残补助金", "丧葬补助金", "获赔", "透支款", "透支",  # not 补助金 (补助金额3000元: a standard)
    )
    NEGATIVE_CONTEXT = (
        "罚款", "投资", "产值", "注册资本", "营业", "销售", "税收", "财政", "预算", "门票", "补助标准", "总额", "合计",
        "标准", "资金", "資金", "標準", "拨付", "撥付",
        "罰款", "投資", "產值", "註冊資本", "營業", "銷售", "預算", "門票",
    )
    CONTEXT_LEFT = 6
    CONTEXT_RIGHT = 0
    CONTEXT_BOOST = 0.5
    # An area's total anywhere earlier in the clause, not only as the nearest word (全市共发放城乡
    # 低保金3.2亿元); a standard or a fund is the nearest word (救助标准, 救助资金: NEGATIVE_CONTEXT).
    AREA_TOTAL = re.compile(r"全市|全县|全区|全省|全镇|全乡|全村|各县|各地|共发放|累计|下拨"
                            r"|全縣|全區|全鎮|各縣|累計|下撥")
    CLAUSE_LEFT = 24

    def context_delta(self, norm: str, start: int, end: int, external: Sequence[str] | None) -> float:
        clause_start = max(norm.rfind(ch, 0, start) for ch in "，,。；;！？!?\n")
        if self.AREA_TOTAL.search(norm, max(clause_start + 1, start - self.CLAUSE_LEFT), start):
            return -self.NEGATIVE_PENALTY
        return super().context_delta(norm, start, end, external)
