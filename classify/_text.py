"""Length-preserving text normalization for detection.

Detection runs on a normalized copy of the text in which every character maps to exactly
one character, so a match's offsets are also offsets into the original string:

- full-width ASCII (``１３８``, ``＠``, ``－``, ``（``) → half-width; the ideographic space → space;
- a curated set of Traditional characters → Simplified: the ones that occur in context
  words, address grammar, surnames and plate prefixes, so that one list of patterns and
  words serves both scripts (``身份證號碼`` and ``身份证号码`` compare equal).

Characters outside these tables are left as they are.
"""

from __future__ import annotations

__all__ = ["normalize", "to_simplified", "TRADITIONAL", "SIMPLIFIED"]

# Traditional → Simplified, one character to one character (pairs aligned by position).
# Grouped for review: identifiers and contact words; persons and roles; addresses and
# administrative divisions; health and finance; surnames; plate province characters.
_PAIRS = (
    "證证號号碼码電电話话機机銀银護护車车郵郵郵邮頁页網网絡络帳账戶户賬账聯联繫系"
    "請请報报舉举訴诉鄉乡區区縣县鎮镇衛卫醫医療疗診诊斷断歷历檔档險险藥药"
    "婦妇兒儿係系訪访紀纪錄录證证辦办處处書书員员會会議议農农職职務务統统計计"
    "單单樓楼棟栋門门層层們们範范圍围礦矿灣湾廣广東东環环陽阳興兴華华閩闽寧宁陝陕"
    "貴贵雲云遼辽滬沪魯鲁蘇苏贛赣晉晋瓊琼粵粤黃黄陳陈張张劉刘趙赵吳吴孫孙馬马鄭郑謝谢"
    "韓韩馮冯鄧邓蕭萧葉叶呂吕盧卢鍾钟譚谭陸陆龍龙賀贺顧顾龔龚萬万錢钱湯汤羅罗許许"
    "楊杨歐欧於于鄒邹閻阎楊杨薛薛馮冯戴戴蔣蒋莊庄喬乔賈贾嚴严韋韦賴赖鄔邬傅傅"
    "鄭郑孫孙關关倫伦遲迟齊齐聶聂顏颜諸诸葛葛長长孫孙濮濮"
    "經经緯纬軌轨跡迹蹤踪蹤踪資资產产債债貸贷額额餘余款款薪薪給给繳缴費费"
    "證证碼码現现籍籍戶户壹壹貳贰參参蘭兰鳳凤龜龟鐵铁橋桥滙汇匯汇灘滩嶺岭閣阁"
    "縣县號号路路街街巷巷弄弄幢幢室室組组莊庄屬属圖图傳传輸输腦脑癥症腫肿瘤瘤"
    "園园厦厦廈厦場场鎮镇館馆際际團团鄰邻歲岁齡龄與与產产營营業业壽寿養养"
    "熱热絲丝織织頭头橋桥雙双練练鄣鄣孝孝埭埭灣湾陰阴陽阳溝沟橫横島岛峽峡"
    "駕驾駛驶執执照照牌牌卡卡號号碼码郵邮箱箱標标誌志嶼屿濱滨壩坝隊队劃划區区"
    "臺台潯浔飛飞紅红豐丰遠远運运達达進进寶宝歸归樂乐濟济體体稅税據据當当來来監监負负責责託托"
    "學学師师記记將将為为說说這这個个時时間间後后過過過过還还種种從从對对開开見见實实變变讓让認认"
    "應应該该項项類类總总線线邊边區区鬧闹糾纠紛纷簽签蓋盖聽听識识轉转視视戲戏觀观訊讯詢询調调査查查查"
    "傷伤殘残療疗壓压尿尿腎肾臟脏癌癌腸肠腦脑肺肺藥药懷怀孕孕產产險险萬万億亿塊块圓圆"
)
TRADITIONAL = _PAIRS[0::2]
SIMPLIFIED = _PAIRS[1::2]

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # ！..～ → !..~
_FULLWIDTH[0x3000] = 0x20  # ideographic space
_FULLWIDTH.update({0x2010: 0x2D, 0x2011: 0x2D, 0x2012: 0x2D, 0x2013: 0x2D, 0x2212: 0x2D})  # dashes → -

_T2S = {ord(t): ord(s) for t, s in zip(TRADITIONAL, SIMPLIFIED) if t != s}
_TABLE = {**_FULLWIDTH, **_T2S}


_last: tuple[str, str] = ("", "")


def normalize(text: str) -> str:
    """Full-width → ASCII and Traditional → Simplified, one character for one character.

    Every recognizer normalizes the text it is given; the last result is remembered so that
    one text scanned by twenty recognizers is translated once (a tuple swap: thread-safe).
    """
    last = _last
    if last[0] is text:
        return last[1]
    norm = text.translate(_TABLE)
    globals()["_last"] = (text, norm)
    return norm


def to_simplified(text: str) -> str:
    """The same mapping, for word lists written in either script."""
    return text.translate(_TABLE)
