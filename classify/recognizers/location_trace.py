"""LOCATION_TRACE — 行踪轨迹: where a person was, when.

Two forms, both only as part of a trace — the coordinates of a building in a gazetteer and
the address of an office are not someone's whereabouts:

1. **Coordinates** — a pair (lon, lat or lat, lon; ``E119.89,N30.88``; ``东经120.11°，北纬
   30.88°``; in parentheses) or a single coordinate, scored below the threshold and raised by
   trace words (轨迹、定位、位置、坐标、经纬度、打卡、签到 …) within the sentence before it, or a
   column named so. Bounds: mainland China, latitude 3-54, longitude 73-136 (WGS-84 /
   CGCS2000 degrees). Coordinates of projects, plots and sites (项目、地块、选址) are lowered.
2. **Places on a route** — a place or address (found by the CN_ADDRESS grammar) right after
   a movement word (途经、到访、到过、去过、经停、停留于、逗留于) or written ``在<place>停留`` /
   ``从<place>出发``; where the grammar does not know the place (outside Huzhou, below the
   prefecture), a chain of division names taken by their suffixes (宜兴市丁蜀镇); such a place is reported as the trace (it outscores the address reading of the same span).
3. **An itinerary** after 轨迹/行踪/行程/路线/乘车记录/route=: stops joined by arrows or dashes, or each
   led by a time (maybe with a date), or with its time in brackets after it (``07:04德清站→09:11杭州东站``,
   ``07:15离开吴兴万达广场，08:16到达湖州汽车总站``, ``长兴岛（06:00）→仁皇山公园（09:20）``), one span for
   the whole chain (it outscores the places and pairs inside it, being longer).
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import Pattern

from classify.recognizers._base import CnPatternRecognizer, Span
from classify.recognizers.address import _COARSE_ONLY, _DETAIL, DIVISION_CHAIN, AddressRecognizer

_LAT = r"(?:[3-9]|[1-4]\d|5[0-4])\.\d{3,8}"
_LON = r"(?:7[3-9]|[89]\d|1[0-2]\d|13[0-6])\.\d{3,8}"
_LAT_T = r"(?:(?:N|北纬|纬度[:：]?)\s?)?" + _LAT + r"°?(?:N(?![A-Za-z]))?"
_LON_T = r"(?:(?:E|东经|经度[:：]?)\s?)?" + _LON + r"°?(?:E(?![A-Za-z]))?"
_SEP = r"\s*[,，/ ;；]\s*"
_PAIR = r"(?:" + _LON_T + _SEP + _LAT_T + r"|" + _LAT_T + _SEP + _LON_T + r")"

# A movement word right before a place, or 在 … 停留 / 从 … 出发 around it (途径 is the
# common misspelling of 途经 in case notes).
_ROUTE_BEFORE = re.compile(r"(?:途经|途經|途径|到访|到过|去过|经停|停留于|停留在|逗留于|逗留在|滞留于|前往过)$")
_ROUTE_CUE = re.compile(r"途经|途径|到访|到过|去过|经停|停留于|停留在|逗留于|逗留在|滞留于|前往过")
_AROUND = {"在": re.compile(r"(?:停留|逗留|滞留|驻留)"), "从": re.compile(r"(?:出发|返回|返湖|来湖|启程|乘坐|驾车)"),
           "自": re.compile(r"(?:出发|返回|返湖|来湖|启程)")}
_ROUTE_ANY = re.compile(r"途经|途径|到访|到过|去过|经停|停留|逗留|滞留|出发|启程")
# On a route, a chain of divisions taken by their suffixes is a place even where the gazetteer
# does not know it (the trip may be anywhere in the country), with its street and number.
_DIVISIONS = re.compile(DIVISION_CHAIN + _DETAIL)

# An itinerary written out after 轨迹/行踪/行程/路线/乘车记录 (为|：) or route=: stops joined by arrows (湖州站→德清站,
# coordinate pairs too), or stops each led by a time (07:15离开吴兴万达广场，08:16到达湖州汽车总站).
# The whole chain is the trace. A stop is a run of Chinese characters (its verb included) or a
# coordinate pair; a comma continues the chain only before another timed stop, so 核验人… ends it.
_ITINERARY_CUE = re.compile(r"(?:(?:轨迹|行踪|行程|路线|乘车记录)+(?:为|是)?[:：]?|route=)\s*")
# a stop, maybe with its time in brackets after it (长兴岛（06:00）)
_STOP = (r"(?:[\u4e00-\u9fff·]{2,24}(?:\s*[(（]\d{1,2}[:：][0-5]\d[)）])?|\(\s*" + _PAIR + r"\s*\)|" + _PAIR + r")")
_TIMED = r"(?:\d{1,2}月\d{1,2}日\s*)?\d{1,2}[:：][0-5]\d\s*" + _STOP  # 8月5日 06:30 安吉县递铺街道
_ARROW = r"\s*(?:→|->|—>|=>|➔|➡|—|－)\s*"  # a dash between timed stops too: 12:10 爱山街道—15:30 上海虹桥站
_ITINERARY = re.compile(
    r"(?:" + _TIMED + r"(?:(?:" + _ARROW + r"|\s*[，,、；;]\s*)" + _TIMED + r")*"
    + r"|" + _STOP + r"(?:" + _ARROW + _STOP + r")+)"
)


class LocationTraceRecognizer(CnPatternRecognizer):
    ENTITY = "LOCATION_TRACE"
    REFERENCE = "《个人信息保护法》第二十八条 (行踪轨迹); GB/T 35273-2020 附录B"
    TRIGGER = r"\d\.\d{3}|途经|途径|到访|到过|去过|经停|停留|逗留|滞留|出发|启程|轨迹|行踪|行程|路线|乘车记录|route="
    PATTERNS = (
        Pattern("pair_paren", r"(?<![0-9.])\(\s*" + _PAIR + r"\s*\)", 0.3),
        Pattern("pair", r"(?<![0-9.A-Za-z])" + _PAIR + r"(?![0-9])", 0.3),
        Pattern("coordinate", r"(?<![0-9.])(?:" + _LON + r"|" + _LAT + r")(?![0-9])", 0.05),
    )
    CONTEXT = (
        "轨迹", "行踪", "行程", "定位", "打卡", "途经", "位置", "签到", "gps", "trace",
        "track", "到访", "到过", "去过", "经停", "停留", "逗留", "滞留", "途径", "出发", "启程", "路线", "乘车记录", "route",
        "軌跡", "行蹤", "途經", "簽到", "到訪", "到過", "去過",
    )
    # coordinates of places and works, not of people
    NEGATIVE_CONTEXT = ("项目", "工程", "地块", "选址", "厂址", "景区", "景点", "建筑", "基站", "站址", "设施", "规划", "测绘")
    CONTEXT_LEFT = 40
    CONTEXT_BOOST = 0.5

    def load(self) -> None:
        _address().load()

    def spans(self, norm: str) -> list[Span]:
        out = super().spans(norm)
        out.extend(_itineraries(norm))
        if _ROUTE_ANY.search(norm) is None:
            return out
        places: dict[int, int] = {}  # start → end of each place on the route
        for start, end, _ in _address().spans(norm):
            before = _ROUTE_BEFORE.search(norm, max(0, start - 4), start) is not None
            around = _AROUND.get(norm[start - 1:start])
            if before or (around is not None and around.match(norm, end) is not None):
                places[start] = end
        # places the address grammar does not know: a chain of divisions by suffix
        starts = [m.end() for m in _ROUTE_CUE.finditer(norm)]
        starts += [i + 1 for i, ch in enumerate(norm) if ch in _AROUND]
        for start in starts:
            m = _DIVISIONS.match(norm, start)
            end = m.end() if m else start
            if end - start < 3 or norm[start:end].endswith(_COARSE_ONLY) or places.get(start, 0) >= end:
                continue
            around = _AROUND.get(norm[start - 1])
            if around is not None and _ROUTE_BEFORE.search(norm, max(0, start - 4), start) is None \
                    and around.match(norm, end) is None:
                continue
            places[start] = end
        # one place per stretch of text: a chain and an address found inside it are one place
        merged: list[list[int]] = []
        for start, end in sorted(places.items()):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        out.extend((start, end, 0.9) for start, end in merged)
        return out


def _itineraries(norm: str) -> list[Span]:
    """Itineraries written out after a trace word (see ``_ITINERARY``), each as one span."""
    out: list[Span] = []
    for cue in _ITINERARY_CUE.finditer(norm):
        m = _ITINERARY.match(norm, cue.end())
        if m is not None:
            out.append((m.start(), m.end(), 0.9))
    return out


@lru_cache(maxsize=1)
def _address() -> AddressRecognizer:
    return AddressRecognizer()  # the same grammar as CN_ADDRESS
