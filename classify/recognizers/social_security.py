"""CN_SOCIAL_SECURITY — 社会保障号码 and the number on the 社会保障卡.

社会保险法 art. 58: a person's social security number is their 公民身份号码, so the shape
and check are GB 11643's. What makes a number a social security number rather than an ID is
where it stands: next to 社保/社会保障 words or in a column named so. Without that context
the match stays below the threshold and the resident ID recognizer reports the number; so it does
when an ID card's label stands nearer the number than the social-security word
(参保人王某，身份证号330…).

The card carries a number of its own (社会保障卡卡号: a letter and eight digits, or a city's series
such as 330500D122705), and agencies number their insured persons too (个人社保编号, 8–14 digits).
None has a check digit: only a word that names such a number, or a column named so, reports one.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from classify.identifiers import is_valid_resident_id
from classify.recognizers._base import NOT_ALNUM_AFTER, NOT_ALNUM_BEFORE, CnPatternRecognizer
from classify.recognizers.resident_id import ResidentIdRecognizer, id_digits, region_ok


class SocialSecurityRecognizer(CnPatternRecognizer):
    ENTITY = "CN_SOCIAL_SECURITY"
    REFERENCE = "《社会保险法》第五十八条 (社会保障号码 = 公民身份号码); GB 11643-1999"
    TRIGGER = r"\d{6}"
    PATTERNS = (
        Pattern("ssn", NOT_ALNUM_BEFORE + r"[1-9]\d{16}[0-9Xx]" + NOT_ALNUM_AFTER, 0.3),
        # as an ID card's number is printed: region, birth date, sequence and check (330522 19530415 9489)
        Pattern("ssn_grouped", NOT_ALNUM_BEFORE + r"[1-9]\d{5}(?: \d{8} |-\d{8}-)\d{3}[0-9Xx]" + NOT_ALNUM_AFTER, 0.3),
        # the number printed on the card (社会保障卡卡号): a letter and eight digits, no check digit;
        # only a social-security word or column tells it from a passport's
        Pattern("ssn_card", NOT_ALNUM_BEFORE + r"[A-Z]\d{8}" + NOT_ALNUM_AFTER, 0.3),
        # a card of a city's own series: its region code, a letter, six digits (330500D122705)
        Pattern("ssn_city_card", NOT_ALNUM_BEFORE + r"[1-8]\d{5}[A-Z]\d{6}" + NOT_ALNUM_AFTER, 0.3),
        # a social insurance agency's own personal number (个人社保编号, 社保个人编号), or a card's
        # number in a province's own series (33052285841698): 8-14 digits
        Pattern("ssn_local", NOT_ALNUM_BEFORE + r"\d{8,14}" + NOT_ALNUM_AFTER, 0.1),
    )
    VALIDATED_SCORE = 0.35
    # words that name the number (社保号, 社会保障号码, 社保卡), not the field: 社保补贴, 参保人, 社会保险费
    # are about social insurance, and a number beside them is written as an ID card's
    CONTEXT = (
        "社会保障号", "社会保障号码", "社会保障卡", "社保号", "社保号码", "社保卡", "社保卡号", "社保编号", "参保号",
        "个人社保号", "社保个人编号", "social_security", "social security", "socialsecurity", "ssn",
        "securityno", "security_no",  # SocialSecurityNo, social_security_no (the label's end, within reach)
        "sbkh", "shbzhm", "shbzh",  # pinyin keys: 社保卡号, 社会保障号码, 社会保障号
        "市民卡", "sscard",  # a city's citizen card is its social security card (湖州市民卡)
        "社會保障號", "社會保障號碼", "社會保障卡", "社保號", "社保號碼", "社保卡號", "參保號",
    )
    # the nearest label wins (base class): 参保人王某，身份证号330… is written as an ID card's number
    NEGATIVE_CONTEXT = ResidentIdRecognizer.CONTEXT
    CONTEXT_BOOST = 0.65
    PRIORITY = 2  # with context it outranks CN_RESIDENT_ID on the same digits

    def validate_result(self, pattern_text: str) -> bool | None:
        if len(pattern_text) < 18:
            return None  # a card's or an agency's number: no check digit, context decides
        number = id_digits(pattern_text)
        return region_ok(number) and is_valid_resident_id(number)
