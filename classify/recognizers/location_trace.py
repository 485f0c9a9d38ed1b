"""LOCATION_TRACE — 行踪轨迹: where a person was, when.

Coordinates are a person's whereabouts only as part of a trace (轨迹、定位、行程、打卡) — the
coordinates of a building in a gazetteer are not — so coordinate pairs and single
coordinates need context: trace words nearby or a column named so. Bounds: mainland China,
latitude 3-54, longitude 73-136 (WGS-84 / CGCS2000 degrees).
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from classify.recognizers._base import CnPatternRecognizer

_LAT = r"(?:[3-9]|[1-4]\d|5[0-4])\.\d{3,8}"
_LON = r"(?:7[3-9]|[89]\d|1[0-2]\d|13[0-6])\.\d{3,8}"


class LocationTraceRecognizer(CnPatternRecognizer):
    ENTITY = "LOCATION_TRACE"
    REFERENCE = "《个人信息保护法》第二十八条 (行踪轨迹); GB/T 35273-2020 附录B"
    TRIGGER = r"\d\.\d{3}"
    PATTERNS = (
        Pattern("lon_lat", r"(?<![0-9.])" + _LON + r"\s*[,，/ ]\s*" + _LAT + r"(?![0-9])", 0.3),
        Pattern("lat_lon", r"(?<![0-9.])" + _LAT + r"\s*[,，/ ]\s*" + _LON + r"(?![0-9])", 0.3),
        Pattern("coordinate", r"(?<![0-9.])(?:" + _LON + r"|" + _LAT + r")(?![0-9])", 0.05),
    )
    CONTEXT = (
        "轨迹", "行踪", "行程", "定位", "打卡", "途经", "位置记录", "签到", "gps", "trace", "track",
        "軌跡", "行蹤", "定位", "途經", "簽到",
    )
    CONTEXT_LEFT = 16
    CONTEXT_BOOST = 0.5
