"""FINANCIAL_INFO — 财产信息: a person's deposits, income, debts, property values.

An amount is personal property information only next to words that say so (存款、余额、
月收入、工资、贷款、缴费基数) or in a column named so; amounts in budgets, fines, investment
and statistics (罚款、投资、产值) are not, and survive masking.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from classify.recognizers._base import CnPatternRecognizer

_NUM = r"(?<![0-9A-Za-z.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![0-9A-Za-z.,])\d+(?:\.\d+)?"


class FinancialInfoRecognizer(CnPatternRecognizer):
    ENTITY = "FINANCIAL_INFO"
    REFERENCE = "《个人信息保护法》第二十八条 (金融账户); GB/T 35273-2020 附录B 个人财产信息"
    TRIGGER = r"\d"
    PATTERNS = (
        Pattern("amount", r"(?:[¥￥]\s?)?(?:" + _NUM + r")\s?(?:万元|亿元|元|万|块)", 0.2),
        Pattern("number", r"(?:" + _NUM + r")(?![0-9A-Za-z.%])", 0.05),
    )
    CONTEXT = (
        "存款", "余额", "月收入", "年收入", "收入", "工资", "月薪", "年薪", "薪资", "贷款", "负债", "欠款", "资产",
        "房产", "缴费基数", "公积金", "理财", "股票", "income", "salary", "balance", "deposit",
        "存款", "餘額", "月收入", "薪資", "貸款", "負債", "資產", "房產", "繳費基數", "公積金",
    )
    NEGATIVE_CONTEXT = (
        "罚款", "投资", "产值", "注册资本", "营业", "销售", "税收", "财政", "预算", "门票", "补助标准", "总额", "合计",
        "罰款", "投資", "產值", "註冊資本", "營業", "銷售", "預算", "門票",
    )
    CONTEXT_LEFT = 6
    CONTEXT_RIGHT = 0
    CONTEXT_BOOST = 0.5
