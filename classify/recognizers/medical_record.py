"""CN_MEDICAL_RECORD — 病历号 / 住院号 / 门诊号 / 医保号 / 电子健康档案号.

Hospitals and insurers number records in their own formats (letters and 6-20 digits), so
only context tells such a number from any other: a label before it (``住院号：``) or a
column named so. The pattern alone scores below the threshold.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from classify.recognizers._base import NOT_ALNUM_AFTER, NOT_ALNUM_BEFORE, CnPatternRecognizer


class MedicalRecordRecognizer(CnPatternRecognizer):
    ENTITY = "CN_MEDICAL_RECORD"
    REFERENCE = "WS 445-2014 电子病历基本数据集; 国家医保局 医保编码 (formats vary by issuer: context required)"
    TRIGGER = r"\d{6}"
    # BL2024-531095, ZY-2020-264230: a year (or a ward, a batch) and a serial joined by a dash
    PATTERNS = (Pattern("record_no", NOT_ALNUM_BEFORE + r"(?:[A-Z]{1,3}-)?[A-Z]{0,3}(?:\d{6,20}|\d{2,8}-\d{4,12})" + NOT_ALNUM_AFTER, 0.1),)
    CONTEXT = (
        "病历号", "病案号", "住院号", "门诊号", "就诊卡号", "就诊号", "医保号", "医保卡号", "医保编号", "健康档案号", "居民健康档案",
        "medical_record", "health_record", "mrn",
        "病歷號", "病案號", "住院號", "門診號", "就診卡號", "醫保號", "醫保卡號", "健康檔案號",
    )
    CONTEXT_LEFT = 10
    CONTEXT_RIGHT = 0
    CONTEXT_BOOST = 0.75
    PRIORITY = 1

    def invalidate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ-").replace("-", "")
        return len(set(digits)) == 1
