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

# (not a thousands group's tail, the 200 of 3,200; but a CSV cell after its comma, 1985-03-12,4800)
_NUM = r"(?<![0-9A-Za-z.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![0-9A-Za-z.])(?!(?<=\d,)\d{3}(?!\d))\d+(?:\.\d+)?"


class FinancialInfoRecognizer(CnPatternRecognizer):
    ENTITY = "FINANCIAL_INFO"
    REFERENCE = "《个人信息保护法》第二十八条 (金融账户); GB/T 35273-2020 附录B 个人财产信息"
    TRIGGER = r"\d"
    PATTERNS = (
        Pattern("amount", r"(?:[¥￥]\s?)?(?:" + _NUM + r")\s?(?:万元|亿元|元|万|块)", 0.2),
        # 月收入¥2,865, 存款3000, 房产3套; without ¥ not a line's first word (a row's number under 服务器资产登记),
        # a date's year (贷款2022/05/19应还, 2022年7月3日), a count (拖欠工资2个月) or a year in brackets (房产（浙（2025）…号）)
        Pattern("number", r"(?:[¥￥]\s?|(?<![（(〔［\[\n]))(?:" + _NUM + r")(?![0-9A-Za-z.%年月日号个]|[/-]\d)", 0.05),
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
        # what a person pays into their housing fund each month (its base is their wage), what flows through their account
        "缴存额", "月缴存", "流入", "流出", "被欠",  # and what is owed to them
        # the keys of exports in pinyin initials: 账户余额, 个人账户余额, 存款余额, 月收入, 年收入, 缴费基数
        "zhye", "ckye", "ysr", "nsr", "jfjs",
    )
    NEGATIVE_CONTEXT = (
        "罚款", "投资", "产值", "注册资本", "营业", "销售", "税收", "财政", "预算", "门票", "补助标准", "总额", "合计",
        "标准", "资金", "資金", "標準", "拨付", "撥付", "经营收入",  # a business's revenue, not a person's income
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
