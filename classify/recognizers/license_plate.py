"""CN_LICENSE_PLATE — 机动车号牌 (GA 36-2018).

A province character, the issuing city's letter (Huzhou 浙E), then 5 characters over digits
and letters without I and O; new-energy plates carry D (pure electric) or F (hybrid) and
5 digits (small cars: D/F first; large vehicles: D/F last). ``·``, a space or a dash may follow
the city letter; 挂/学/警 end trailer, coach and police plates, 港/澳 the Guangdong plates of
cross-border vehicles (粤Z·1234港).
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from classify.recognizers._base import NOT_ALNUM_AFTER, CnPatternRecognizer

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_L = "[A-HJ-NP-Z]"
_X = "[A-HJ-NP-Z0-9]"
# not inside a longer code (a special-equipment register's 梯11浙E12163(17): digits before the province)
_NOT_AFTER_CODE = "(?<![0-9A-Za-z])"


class LicensePlateRecognizer(CnPatternRecognizer):
    ENTITY = "CN_LICENSE_PLATE"
    REFERENCE = "GA 36-2018 中华人民共和国机动车号牌"
    TRIGGER = f"[{PROVINCES}][A-Z]"
    PATTERNS = (
        # five letters and no digit (浙F·KYZCK): GA 36 allows it, few plates are issued so and words
        # in Latin letters look alike, so it needs a vehicle word (机动车, 车辆 …) to reach the threshold
        Pattern("plate_letters", _NOT_AFTER_CODE + f"[{PROVINCES}]{_L}[·•. -]?{_L}{{5}}" + NOT_ALNUM_AFTER, 0.3),
        Pattern(
            "plate",
            _NOT_AFTER_CODE + f"[{PROVINCES}]{_L}[·•. -]?(?:[DF]{_X}\\d{{4}}|\\d{{5}}[DF]|{_X}{{4}}[0-9A-HJ-NP-Z挂学警]|{_X}{{4}}[港澳])" + NOT_ALNUM_AFTER,
            0.75,
        ),
    )
    CONTEXT = ("车牌", "号牌", "车牌号", "牌照", "车辆", "机动车", "驾驶", "plate", "車牌", "號牌", "車輛", "機動車", "駕駛")
    NEGATIVE_CONTEXT = ()

    def invalidate_result(self, pattern_text: str) -> bool | None:
        tail = pattern_text[2:].lstrip("·•. -")
        # no digit before 挂/学/警/港/澳 (粤ZABCD港): not a plate; five letters alone are plate_letters'
        return not any(c.isdigit() for c in tail) and not tail.isascii()
