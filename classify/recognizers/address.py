"""CN_ADDRESS — 住址 / 地址, found by an address grammar anchored on a gazetteer.

Chinese addresses run from the largest division to the smallest with a suffix on each
part, which makes them parseable without a model:

    [省] [市] [区/县/县级市/旗] [乡/镇/街道/苏木] [村/社区/嘎查/农场 [n组/队/连]]
    [路/街/大道/巷/弄 n号(附n号)(院) | 路与…路交叉口] [小区/苑/花园 …] [A区][n幢/栋/号楼/B座]
    [n单元/门/东单元] [东户] [n楼/层/负一层(之n)] [n室 | B12商铺/12号铺/摊位]
                                     e.g. 浙江省湖州市吴兴区飞英街道红旗路123号5幢2单元301室
    (甲3号楼, 300弄12支弄5号, 1期; a school's dormitory: …大学…校区…学园3舍205室, ``_CAMPUS``)

Divisions come from ``lexicon/zhejiang.yaml`` (all of Zhejiang to county level, Huzhou to
township, other provinces and large cities) and ``lexicon/cn_prefectures.txt`` (every
prefecture-level division of the country, full names); a division not listed is accepted by its
suffix when it follows a listed parent (``江苏省苏州市`` → ``xx区``) or an address cue
(住址、家住、现住、户籍地 …) — after a cue a whole chain of unlisted divisions is taken by
suffix (住址：宜兴市丁蜀镇陶都路12号). A street part (``红旗路12号``) is also an address on its own.

Scores by the finest part reached (the grading follows: to the house number is L3,
district or coarser is L2): a house number, building or room 0.85; a road or village 0.7;
divisions only (or with an estate name but no number) 0.35 — a place name, not an
address — unless an address cue or a column named so makes it one (+0.5).
Rooms and offices are not homes: a building after an organisation's or venue's name (行政中心2号楼501室,
市民中心A座, 湖州宾馆3号楼) counts only after a house number on a road or a cue of where someone
lives, and a place right before a room's use or a meeting (…3楼会议室, …召开) is a venue; a building
after any other name is an estate's (紫金城3幢2单元501室), whatever verb comes before it.

A trained signal is combined with the grammar (``_lac``: Baidu LAC's LOC words): a run of
LOC words, with the house grammar that follows them (``3组``, ``9号``, ``2`` ``单元``, ``301``
``室``), is scored by the same scale — to a house number 0.85; a road, village, community or
estate after a division 0.7; anything coarser, or a street name alone, 0.35 (a place:
湖州市 in 会议在湖州市召开, 王府井步行街) unless a cue raises it. A run that overlaps a
grammar span and itself reaches a road or finer replaces it by their union (the tagger knows
places the gazetteer does not: 炭子冲村, 练市镇人民路16号 after an unlisted town); otherwise
the grammar's span stays.
"""

from __future__ import annotations

from functools import lru_cache

import re
from classify._text import normalize
from classify._trie import trie_regex
from classify.lexicon import gazetteer, read_words
from classify.recognizers import _lac
from classify.recognizers._base import CnRuleRecognizer, Span
from classify.recognizers._jieba import segment

__all__ = ["AddressRecognizer", "granularity"]

_HAN = "\u4e00-\u9fff"
_HAN_RE = "[" + _HAN + "]"
# Suffixes of divisions read by their suffix alone; 市 before 场 ends a word (人才市场), not a city.
_CITY_SUFFIX = r"(?:市(?!场)|州|盟)"
_COUNTY_SUFFIX_RE = r"(?:区|县|市(?!场)|旗)"
_NUM = r"(?:\d+|[一二三四五六七八九十]+)"
# A character of a place or street name: Chinese, and not a word that ends a name on the left.
# (rare characters of the CJK extensions count: 㽏, and 輋 of Hong Kong's 禾輋邨, which the Traditional →
# Simplified mapping turns into 𪨶)
_NAME_CHAR = (r"[^在于到去住的与及从往至是为着经过沿位来自现址对把被将让给等也都均或了"
              r"\x00-\u33ff\u4dc0-\u4dff\ua000-\U0001ffff\U00031350-\U0010ffff]")
CUES = ("住址", "地址", "家住", "现住", "住在", "居住在", "居住于", "居住地", "户籍地", "户籍所在地", "住所", "住所地", "现居", "暂住", "送至",
        "寄至", "寄往", "搬到", "搬至", "迁至", "迁往", "位于", "坐落于", "发生地", "房号", "门牌号", "房屋坐落", "坐落", "事故地点", "事发地点",
        "案发地点", "发生地点", "户口所在地",
        "地址电话", "地址、电话", "地址及电话")  # an invoice's field: the address comes first (地址电话湖州市…)
# The village or town a household on a case file lives in (返贫风险户：…，所在村：桐乡市濮院镇): a cue in running
# text, not a column's (a table's 所在乡镇 column may be an enterprise's: the header alone does not make its
# towns addresses). 所在地 alone is none (项目所在地, 企业所在地).
CASE_FILE_CUES = ("所在村", "所在镇", "所在乡", "所在乡镇", "所在街道", "所在社区")
CUES += CASE_FILE_CUES
# the pinyin keys of exports and logs: 户籍地址, 现住址, 现住地址, 居住地址, 家庭住址, 联系地址
PINYIN_CUES = ("hjdz", "xzz", "xzdz", "jzdz", "jtzz", "lxdz")
CUES += PINYIN_CUES + tuple(c.upper() for c in PINYIN_CUES)
# 迁至/迁往: where a household or a person moves to, like 搬到.
# 地点 alone is no cue: in notices it is where a meeting, a training or an office is (会议地点, 办公地点,
# 开标地点); an incident's is one.
# Cues that say where something is or goes, not where someone lives: after them a building of an
# unnamed kind (行政中心2号楼501室, see ``_unanchored_building``) is an office or a venue.
PLACE_CUES = frozenset({"位于", "坐落于", "坐落", "发生地", "事故地点", "事发地点", "案发地点", "发生地点", "送至", "寄至",
                        "寄往"})
# 住 alone starting a clause (王某,男,住宿迁市…; punctuation is normalized to ASCII) — not 住所 (a cue
# of its own), 住院, 住房, 住户
_CLAUSE_CUE = r"[,;:]住(?![所址院房户])"
CLAUSE_CUES = (",住", ";住", ":住")
# Road names may hold 都 (陶都路, 成都路), which ends a place name elsewhere (村民都知道).
_ROAD_NAME_CHAR = _NAME_CHAR.replace("都", "")
# So may division names, after their first character (于都县, 上都镇, 满都宝力格苏木).
_DIV = r"(?!都)" + _ROAD_NAME_CHAR
# Township and village level by suffix: Inner Mongolia's 苏木 is a township and 嘎查 a village; state
# farms (农场, 林场, 牧场, with their 分场) take the place of villages, their 队 and 连 of groups.
_TOWN_SUFFIX = r"(?:街道|镇|乡|苏木)"
# (a county's 办事处 is a township of its own in some counties: 开化县芹阳办事处下淤村)
_TOWN = r"(?:" + _DIV + r"{2,4}?(?:街道|镇|乡|办事处)|" + _DIV + r"{2,6}?(?:苏木|族乡))"  # Mongolian and ethnic townships run longer
# a natural village below an administrative one: 那坡村那坡屯 (Guangxi), 李营行政村张庄自然村, a named
# group (平安村大屋组)
# (大屋村民组); after a village committee (八里河村委会老街组, 美香村委会美当村) the natural village
# it administers, which may be a 村 of its own
_VILLAGE_TAIL = (r"(?:" + _DIV + r"{1,4}?(?:分场|管理区|屯|自然村|村民组(?![织长])|(?<!村民)组(?![织长]))"
                 r"|委会" + _DIV + r"{1,4}?(?:村(?![委民])|屯|自然村|村民组(?![织长])|(?<!村民)组(?![织长])))")
_VILLAGE_SUFFIX = r"(?:村(?:社区)?|社区|嘎查|(?<!家庭)农场|林场|牧场)" + _VILLAGE_TAIL + "?"
# Divisions by their suffixes alone (宜兴市丁蜀镇, 威宁彝族回族苗族自治县草海镇): the country has
# ~2,800 counties and ~38,000 townships, more than a gazetteer here holds; after an address cue
# or on a route such a chain is a place.
# a village named 庄 after its town or county (杨安镇侯家庄) — not 山庄, 农庄, 钱庄, 饭庄 …, 庄园, 庄稼
_HAMLET = r"(?<![山农钱饭茶布酒票村])庄(?![园稼重严户村镇乡行])"  # 王庄村: 庄 inside a name
DIVISION_CHAIN = (
    r"(?![本该全我各此当]|城市|城区|市区|县城|城乡|乡镇|镇村|市县)"  # 本市, 全县, 城市: words, not names
    r"(?:" + _NAME_CHAR + r"{2,3}?(?:省|自治区))?"
    r"(?:" + _DIV + r"{2,10}?自治州|" + _DIV + r"{2,5}?" + _CITY_SUFFIX + r")?"  # not 地区 (中高风险地区)
    r"(?:" + _DIV + r"{2,10}?自治[县旗]|" + _DIV + r"{1,4}?" + _COUNTY_SUFFIX_RE + r")?"
)
BELOW_COUNTY_CHAIN = (
    r"(?:" + _TOWN + r")?"
    r"(?:" + _DIV + r"{1,5}?(?<!乡)(?<!农)" + _VILLAGE_SUFFIX + r")?"
)
DIVISION_CHAIN += BELOW_COUNTY_CHAIN
_ESTATE = r"(?:小区|花园|苑|公寓|大厦|新村|家园|广场|工业园区|工业区|开发区|园区|园|庭|邨|新城(?![区镇]))"  # 邨: Hong Kong's estates
# A stall or a shop by its number (215档, 17号摊位, 第38号档位, B铺 — 舖 is Hong Kong's 铺)
_STALL = r"第?[A-Za-z]?\d+(?:-\d+)?号?(?:商铺|铺位|铺面|摊位|档位|档口|档(?![案次期])|[铺舖]|摊(?![派子]))"
# a market, a night market or a wholesale mall is where a person's stall is only with its number
_MARKET = r"(?:农贸市场|菜市场|批发市场|市场|夜市|商贸城|商城|商场)(?=(?:\d+[楼层])?(?:[A-Za-z东西南北中]|" + _HAN_RE + r"{1,3}?)?区?" + _STALL + r")"
# 胡同 (Beijing); 道 is a road only with its number and after a division or cue (天津市南开区鞍山西道198号,
# 香港九龙弥敦道580号): alone, 渠道12号 or 频道12号 is no street, so it never anchors an address itself
_ROAD_ANCHOR = r"(?:大道|路|街(?!道)|巷|弄|胡同)"
_ROAD = (r"(?:(?:大道|路|街(?!道))(?:[东西南北中](?=\d+号))?|巷|弄|胡同|(?<!街)道(?:[东西南北中](?=\d+号))?(?=\d+号)"
         # only with a number: Beijing's 条 (东四十条甲17号), Fuzhou's 坊, a hamlet's 厝 or 社 (下厝12号), a
         # 里 of Tianjin or Taiwan (增产里12-3-201)
         r"|(?:条|坊|厝|社)(?=[甲乙丙丁副]?\d+号)|里(?=\d+号|\d+-\d+-\d+)|里\d+邻)")
# Common nouns that end like a road are not one where a road's name would start (大兴村道路破损).
_NOT_ROAD = r"(?!道路|马路|公路|铁路|小路|山路|水路)"
# A house number, with what may follow it: 2号之3 or 之二 (Guangzhou), 2号附1号 or 附18号 alone (a
# side entrance, Chongqing), 12号院 (a compound).
_HOUSE_NO = r"[甲乙丙丁副]?附?\d+(?:-\d+)?号(?!楼)(?:之(?:\d+|[一二三四五六七八九十]+)|附\d+号)?院?"
# Buildings, numbered or lettered, two levels, maybe in a lettered zone (5幢B座, A区3号楼, C区8栋 —
# a zone alone, 湖州市B区停车场, is not a building), then inside one: a unit or
# entrance (2单元, 2门), a floor (12楼, 15层, 三楼) and a room — 502室, or bare digits right after
# a unit, entrance or building (1单元202, 星洲湾5栋1203), or building-room after a house number
# (6号3-501) — not a year or a date (3楼2024年, 6号2023-05-06).
_BUILDINGS = r"(?:[A-Za-z]区|\d+片)?(?:[甲乙丙丁]?(?:" + _NUM + r"|[A-Za-z]\d{0,3})(?:幢|栋|号楼(?!道)|座|舍)){1,2}"  # 10片 (Changsha), K3栋
_UNIT = r"(?:[甲乙丙丁]?" + _NUM + r"(?:单元|门)|[东西中甲乙丙丁]单元)?(?:[东西南北中]户)?"  # 2单元, 3门, 东单元, 乙单元, 东户
_FLOOR = (r"(?:(?:负|地下)?(?:\d+(?:-\d+)?|[一二三四五六七八九十]+)[楼层](?:之\d+)?(?:[东西南北中]户)?"  # 5楼之2, 1-2层, 负一层
          r"|[Bb]\d层|地下(?![一二三四五六七八九十\d])"  # 地下: a ground floor (Hong Kong: 88号地下)
          r"|(?<=[号號])\d{1,2}[Ff](?:-\d{1,2})?(?![A-Za-z\d]))?")  # Taiwan's 3F, 10F-2
_FANG = r"房(?![间屋产租东子源贷价款主型])"  # a room (501房), not 房间, 房屋, 房产, 房租 …
_ROOM = (r"(?:" + _STALL + r"|[A-Za-z]?\d+(?:-\d+)?号?(?:门面房?|门市)|[A-Za-z](?:商铺|[铺舖])|(?:[东西南北]侧)?(?:门市|门面房?|商铺|底商)(?:\d+号?)?"  # shops, stalls
         # the rooms of a house or a compound (东厢房, 北屋, 西侧平房, 后楼亭子间)
         r"|(?<=[号院栋幢])(?:内)?(?:[东西南北](?:侧|边)?(?:平房|厢房|耳房|屋|房(?![东租子产屋间源价款主型]))|[前后]楼(?:亭子间)?|亭子间|平房)"
         r"|\d+(?:-\d+)?[A-Za-z]?室|[A-Za-z]\d*室|\d+(?:-\d+)?" + _FANG
         + r"|(?<=[楼层])[A-Za-z]座|(?:(?<=[元门幢栋座层])|(?<=号楼)|(?<=\d楼))\d{3,4}(?![\d号年月日元万人个岁次-])|(?<=\d号)(?!0)\d{3,4}(?![\d号年月日元万人个岁次余多.-])|(?<=\d门)\d{1,4}号(?![楼院])|(?<=[楼层])\d+单元"
         # 3-2-501室, after a number, a building or any name (南浔名都12-1-902, 頔塘人家19-3-803)
         r"|(?<=[" + _HAN + r"])(?<![码期])\d{1,3}-\d{1,2}-\d{1,4}(?:室|" + _FANG + r"|号(?!楼))?(?![\d-])"
         r"|(?<=[号幢栋座寓])\d{1,2}-\d{1,4}(?:室|" + _FANG + r")?(?![\d号月-])|(?<=号)[A-Za-z]\d{0,2}-\d{1,4}(?:室)?(?![\d-]))"
         r"(?:\d{1,2}号?床位?)?")  # a bed in a shared room (202室5号床)
# a market's zone before a stall (3楼C区12号铺, 肉食区28号摊位)
_STALL_ZONE = r"(?:(?:[A-Za-z东西南北中]|" + _ROAD_NAME_CHAR + r"{1,3}?)区(?=" + _STALL + r"))?"
_INSIDE = _UNIT + _FLOOR + _STALL_ZONE + r"(?:" + _ROOM + r")?"
_DETAIL = (
    # a road, with its number — or, with no number, where it crosses another (胜利西路与昌硕西路交叉口)
    # (a long road is numbered in sections in some cities: 人民南路四段12号)
    # (a planned town's numbered roads start with 经 or 纬, which end names elsewhere: 经一路, 纬二路)
    r"(?P<road>" + _NOT_ROAD + r"(?:[经纬][一二三四五六七八九十]{1,3}(?=路)|" + _ROAD_NAME_CHAR + r"{1,6}?)" + _ROAD
    + r"(?:[一二三四五六七八九十]段|\d段)?"
    # a lane off it, or a road on one side of it, with its number (跃进路西一巷3号, 中山中路西侧象峰巷12号)
    r"(?:(?:[东西南北]侧)?" + _ROAD_NAME_CHAR + r"{1,6}?(?:巷|弄|路|街(?!道))(?:[一二三四五六七八九十]段|\d段)?"
    r"(?=(?:\d+巷)?(?:\d+弄)?[甲乙丙丁副]?\d+号))?"
    r"(?:[与和]" + _ROAD_NAME_CHAR + r"{1,6}?" + _ROAD
    + r"(?:交叉口|交汇处|路口|交口)(?:[东西南北]{1,2}角(?=" + _NAME_CHAR + r"{2,8}?[\dA-Za-z]))?|(?:社区)?(?:\d+巷)?(?:\d+弄(?:\d+支弄)?)?(?P<num>" + _HOUSE_NO + r")?)"
    # a lane whose name has no road suffix (红门馆前24号), only with a building or unit after its number
    + r"|" + _ROAD_NAME_CHAR + r"{2,5}?(?=\d+号(?:\d+单元|(?:\d+|[A-Za-z])(?:幢|栋|号楼)))"
    # right after a village, a hamlet with its house number (东林村潘家兜23号, 尹家圩村尹家圩36号)
    + r"|(?<=村)" + _ROAD_NAME_CHAR + r"{2,4}?(?=[甲乙丙丁]?\d+号(?!楼)))?"
    # an estate by its suffix, or any name right before a building number or a unit (紫金城3幢,
    # 自由港B幢, 供销大楼3单元; named ``unsuffixed``, see ``_unanchored_building``); after its first
    # character it may hold 都 and 自 (总部自由港), which end names elsewhere (来自)
    # (a developer's name joined by an interpunct, 绿城·桂花园; a staff dormitory, …医院职工宿舍; a
    # compound numbered like a house, 天鸿1号院; a zone after the estate, 万达广场A区, 金色家园东区)
    r"(?P<estate>(?:" + _NAME_CHAR + r"(?:" + _ROAD_NAME_CHAR.replace("自", "") + r"|[·•・](?=" + _HAN_RE + r"))"
    + r"{1,7}?(?:" + _ESTATE + r"|" + _MARKET + r"|(?P<unsuffixed>(?=第?" + _NUM + r"期|\d+号院|" + _BUILDINGS + r"|" + _NUM
    + r"单元|\d+门\d|\d+[楼层](?:\d{3,4}|[A-Za-z]?\d*室)|\d{1,3}-\d{1,2}-\d{1,4}(?![\d-]))))"
    + r"|" + _NAME_CHAR + _ROAD_NAME_CHAR + r"{1,11}?(?:职工|教师|家属|员工)?宿舍(?:区|楼)?)"
    r"(?:第?" + _NUM + r"期)?(?:[A-Za-z东西南北中]区)?(?:写字楼|办公楼|公寓楼|住宅楼|商住楼|综合楼|公寓)?)?"
    # a named tower or block (海景阁15楼, Hong Kong's 丰和楼1015室)
    r"(?:" + _ROAD_NAME_CHAR + r"{1,3}?[阁楼](?=\d|[A-Za-z]座|[一二三四五六七八九十]+[楼层]))?"
    r"(?P<bld>" + _BUILDINGS + r")?" + _INSIDE
    + r"(?:(?P<grp>" + _NUM + r"组|(?:\d+|[一二三四五六七八九十〇零百]+)团(?:\d+[连队](?:居民区)?(?:\d+排)?)?|\d+[队连社排]"
    r"|[一二三四五六七八九十]+大?[队社]|第?" + _NUM + r"村民小组)(?P<gnum>\d+号)?)?"  # not 一连三天; 五大队
    r"(?:(?P<bare>" + _HOUSE_NO + r")(?:" + _BUILDINGS + r")?" + _INSIDE + r")?"
)
_COARSE_ONLY = ("小区", "社区", "园区", "景区", "城区", "辖区", "山区", "库区", "湖区", "街区", "片区")


def _alt(words: list[str]) -> str:
    return trie_regex(set(words))


@lru_cache(maxsize=1)
def _grammar() -> re.Pattern:
    g = gazetteer()
    provinces = list(g["provinces"])
    provinces += [p.removesuffix("省").removesuffix("市") for p in provinces if p.endswith(("省", "市")) and len(p) > 2]
    provinces += [p.removesuffix("特别行政区") for p in provinces if p.endswith("特别行政区")]  # 香港, 澳门
    provinces += [re.sub("(?:壮族|回族|维吾尔)?自治区$", "", p) for p in provinces if p.endswith("自治区")]  # 广西, 新疆
    cities = list(g["zhejiang"]) + list(g["other_cities"])
    cities += [c.removesuffix("市") for c in cities]
    cities += read_words("cn_prefectures.txt")  # the whole country, with their suffix only (南充市, not 南充)
    counties = [c for cs in g["zhejiang"].values() for c in cs]
    counties += [c[:-1] for c in counties if len(c) == 3]  # 吴兴区 → 吴兴
    towns = [t for ts in g["huzhou_towns"].values() for t in ts]
    villages = list(g["villages"])
    prov, city_g, county_g, town_g, village_g = (_alt(x) for x in (provinces, cities, counties, towns, villages))
    # the country's counties, for names the suffix rule cannot read (于都县: 于 ends a name elsewhere)
    national_g = _alt(list(_counties()[0]))
    # generic parts by suffix, allowed only after their parent
    city = r"(?:" + city_g + r"|" + _DIV + r"{2,3}" + _CITY_SUFFIX + r")"
    county = r"(?:" + county_g + r"(?!区)|" + national_g + r"|" + _DIV + r"{1,4}?" + _COUNTY_SUFFIX_RE + r")"
    town = r"(?:" + town_g + r"|" + _TOWN + r")"
    # a listed village too may go on to a natural village or a named group (余村桥头组)
    village = (r"(?:" + village_g + _VILLAGE_TAIL + r"?|" + _DIV + r"{1,5}?(?<!乡)(?<!农)(?<!新农)(?:" + _VILLAGE_SUFFIX
               + r"|居委会|" + _HAMLET + r"))")
    tail_county = r"(?:" + county + r")?(?:(?P<town>" + town + r"))?(?:(?P<village>" + village + r"))?"
    admin = (
        r"(?P<admin>" + prov + r"(?!生产建设兵团)(?:" + city + r")?" + tail_county
        + r"|" + city_g + tail_county.replace("?P<town>", "?P<town2>").replace("?P<village>", "?P<village2>")
        + r"|" + county_g + r"(?!区)(?:" + town + r")?(?:(?P<village3>" + village + r"))?"
        + r"|" + town_g + r"(?:(?P<village4>" + village + r"))?"
        + r"|(?P<village5>" + village_g + r")"
        # the Xinjiang Production and Construction Corps: 兵团第八师石河子市143团12连 (团 and 连 as groups)
        + r"|(?:新疆)?生产建设兵团(?:第[一二三四五六七八九十]+师)?(?:" + city + r")?(?=(?:\d+|[一二三四五六七八九十〇零百]+)团))"
    )
    # after a cue, a listed place is left to the admin branch (which starts there)
    place_ahead = r"(?!" + _alt(provinces + cities + counties + towns + villages) + r")"
    cued = (
        # (?![地址]|电话): a shorter cue is not taken where a longer one goes on (住所|地浙江省…, 地址|电话湖州市…:
        # the listed place after 住所地 or 地址电话 being the admin branch's)
        r"(?P<cue>" + _alt(list(CUES)) + r"|" + _CLAUSE_CUE + r")(?![地址]|电话)[:：为是在]?\s?" + place_ahead +
        r"(?P<cued>" + national_g + BELOW_COUNTY_CHAIN + r"|" + DIVISION_CHAIN + r")"
    )
    return re.compile(r"(?:" + admin + r"|" + cued + r")" + _DETAIL)


@lru_cache(maxsize=1)
def _grammar_starts() -> re.Pattern:
    """The characters an address of the grammar can start with: trying the grammar only there
    is several times faster than ``finditer`` over the whole text (the gazetteer's tries
    have hundreds of first characters, which the regex engine tries one by one)."""
    g = gazetteer()
    names = [*g["provinces"], *g["zhejiang"], *g["other_cities"], *read_words("cn_prefectures.txt"),
             *(c for cs in g["zhejiang"].values() for c in cs), *(t for ts in g["huzhou_towns"].values() for t in ts),
             *g["villages"], *CUES, *CLAUSE_CUES]
    return re.compile("[" + "".join(sorted({re.escape(n[0]) for n in names})) + "]")


def _grammar_matches(norm: str):
    """``_grammar().finditer(norm)``, tried only where an address can start."""
    grammar, pos = _grammar(), 0
    for s in _grammar_starts().finditer(norm):
        if s.start() < pos:
            continue
        m = grammar.match(norm, s.start())
        if m is not None and m.end() > m.start():
            yield m
            pos = m.end()


@lru_cache(maxsize=1)
def _counties() -> tuple[frozenset[str], int]:
    """The country's county-level divisions (``lexicon/cn_counties.txt``, full names; of two
    characters only counties, 赵县) and the longest name's length."""
    names = frozenset(read_words("cn_counties.txt"))
    return names, max(map(len, names))


def _listed_county_before(norm: str, end: int) -> int | None:
    """Start of the longest listed county-level name ending at ``end`` (隆回县, 巴林左旗); a
    two-character county (赵县) only at the start of a word or after a prefecture or province
    (宁县, not the end of 江宁县)."""
    names, longest = _counties()
    for k in range(min(longest, end), 1, -1):
        start = end - k
        if norm[start:end] in names and (k > 2 or start == 0 or norm[start - 1] in "省市州盟"
                                         or not _NAME_CHAR_RE.match(norm, start - 1)):
            return start
    return None


@lru_cache(maxsize=1)
def _below_county() -> re.Pattern:
    """What follows a county without a cue for it to be an address: a town (listed or by its
    suffix), maybe a village, then a street, estate, building, group or number (``_DETAIL``)."""
    g = gazetteer()
    town_g = _alt([t for ts in g["huzhou_towns"].values() for t in ts])
    town = r"(?:" + town_g + r"|(?![城县市]区)" + _TOWN + r")"
    village = r"(?:" + _DIV + r"{1,5}?(?<!乡)(?<!农)(?<!新农)(?:" + _VILLAGE_SUFFIX + r"|居委会|" + _HAMLET + r"))"
    return re.compile(r"(?P<town>" + town + r")(?P<village>" + village + r")?" + _DETAIL)


@lru_cache(maxsize=1)
def _estate_after_county() -> re.Pattern:
    """An estate's name (by suffix, or any name) and a building-unit-room in digits right after a
    county: no town is written, the three numbers make it a home (a numbered building after a name
    may be an office's: 长兴县人力社保局2号楼305室)."""
    name = r"(?:" + _NAME_CHAR + _ROAD_NAME_CHAR + r"{1,7}?)"
    return re.compile(name + r"(?:" + _ESTATE + r")?\d{1,3}-\d{1,2}-\d{1,4}(?:室|房)?(?![\d-])")


# A county-level division (区/县/市/旗) ends here; the list says whether it is one.
_COUNTY_SUFFIX = re.compile(r"[区县市旗]")


def _county_addresses(norm: str, covered: list[tuple[int, int]]) -> list[Span]:
    """Addresses written from a county down without a cue and without a listed prefecture
    before them (隆回县桃洪镇白果树村7组, 敖汉旗新惠镇幸福路33号): a county of the national list,
    then a town, then at least a village, street or number. A county and town alone stay a place
    name (隆回县桃洪镇人民政府, 会议在德清县召开)."""
    found: list[Span] = []
    pos = 0
    for suffix in _COUNTY_SUFFIX.finditer(norm):
        end = suffix.end()
        if end <= pos or _inside(end - 1, covered):
            continue
        start = _listed_county_before(norm, end)
        if start is None:
            continue
        m = _below_county().match(norm, end)
        if m is None:
            # an estate right after the county, with its building, unit and room (长兴县金色地中海11-2-2914)
            estate = _estate_after_county().match(norm, end)
            if estate is not None:
                found.append((start, estate.end(), 0.85))
                pos = estate.end()
            continue
        cut = _unanchored_building(m, _cue_before(norm, start))
        house = cut is None and any(m.group(k) for k in ("num", "bld", "grp", "bare"))
        if not (house or m.group("village") or m.group("road")):
            continue
        found.append((start, m.end() if cut is None else cut, 0.85 if house else 0.7))
        pos = m.end()
    return found


@lru_cache(maxsize=1)
def _cue_before_re() -> re.Pattern:
    return re.compile("(" + _alt(list(CUES)) + "|" + _CLAUSE_CUE + r")[:：为是在]?\s?$")


def _cue_before(norm: str, start: int) -> str | None:
    """The address cue right before ``start`` (住址：湖州市…, where the grammar's match starts at the
    listed place, not at the cue)."""
    m = _cue_before_re().search(norm, max(0, start - 8), start)
    return m.group(1) if m else None


# Names of organisations and public venues (行政中心, 人力社保局, 县委党校, 师范学院, 湖州宾馆, 图书馆):
# their buildings, floors and rooms are offices, classrooms, wards or hotel rooms, not homes. Estates
# without a listed suffix end otherwise (紫金城, 星洲湾, 御府, 滨湖御景, 云鸿国际). 中心 is also an
# estate's (金泰中心): a cue of where someone lives before it keeps the span (``_unanchored_building``).
_VENUE_NAME = re.compile(r"(?:中心|政府|[局委办]|委员会|办事处|(?:医|法|检察|学|研究|设计|卫生|疗养|福利|养老|敬老)院|"
                         r"宾馆|酒店|饭店|党校|学校|大学|中学|小学|礼堂|会堂|(?:图书|档案|博物|文化|体育|展览|纪念|科技)馆|"
                         r"派出所|司法所|研究所|服务站|公司|银行|[大支]队|武装部|住院部|管理处|[厅处])$")


def _unanchored_building(m: re.Match, cue: str | None) -> int | None:
    """Where a span ends when a building follows a name with no estate suffix that is an
    organisation's or a public venue's (``_VENUE_NAME``: 行政中心2号楼, 市民中心A座, 湖州宾馆3号楼) and
    neither a house number on a road nor a cue of where someone lives (家住, 住址, 房号 …; not 位于,
    送至 — ``PLACE_CUES``) comes before it: the building, its floors and rooms are an office, a meeting
    room or a hotel, not a home (他在吴兴区行政中心3号楼502室参加培训). Any other name before a
    building is an estate's, whatever verb comes before (他在紫金城3幢2单元501室住了十年).
    ``None``: the span stands."""
    if m.group("unsuffixed") is None or m.group("num"):
        return None
    if cue is not None and cue not in PLACE_CUES:
        return None
    if _VENUE_NAME.search(m.group("estate")) is None:
        return None
    return m.start("estate")


# A student's room on a campus (浙江大学紫金港校区蓝田学园3舍205室, …华中科技大学东区12栋宿舍楼305): the
# school's name, maybe a campus, a residential zone, then a building and a room. A school's
# building and room are also classrooms and offices (教三201): only a dormitory's words (舍,
# 宿舍, 公寓, 学园, 生活区) or a cue of where someone lives make one an address.
_CAMPUS = re.compile(
    r"(?:大学|学院|学校)(?:" + _NAME_CHAR + r"{1,6}?校区)?(?:" + _NAME_CHAR + r"{0,6}?(?:学园|公寓|生活区|宿舍区|[东西南北]区|[东西南北]苑))?"
    r"(?:[A-Za-z]|" + _NUM + r")(?:舍|幢|栋|号楼|号宿舍楼|号宿舍)(?:宿舍楼|宿舍)?(?:\d{3,4}(?:室|寝室)?(?![\d号年月日元万人个岁次-])|\d+室)")
_DORM_WORDS = re.compile(r"舍|公寓|学园|生活区|宿舍")


def _campus_addresses(norm: str, results: list[Span]) -> list[Span]:
    """Dormitory rooms (``_CAMPUS``): the span starts at the school's name — where the name
    characters before 大学/学院 start — or at an address that runs right up to it (…珞喻路1037号华中科技大学…)."""
    out: list[Span] = []
    for m in _CAMPUS.finditer(norm):
        start = m.start()
        while start > max(0, m.start() - 12) and _NAME_CHAR_RE.match(norm, start - 1):
            start -= 1
        if start == m.start():
            continue  # no name: 本大学, 该学院
        cue = _cue_before(norm, start) or _cue_before(norm, next((s for s, e, _ in results if e == start), start))
        if _DORM_WORDS.search(norm, m.start(), m.end()) is None and (cue is None or cue in PLACE_CUES):
            continue
        out.append((start, m.end(), 0.85))
    return out


def _inside(i: int, covered: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in covered)


# A street with a number, a village or state farm with its group or team, or a residential estate
# with a building, but no place before it (凤凰路128号, 沈家墩村3组, 七星农场3队, 搬进金色家园12号楼): found
# from its suffix, which is cheap to search for, then matched from the start of its name (see ``spans``).
_HOME_ESTATE = r"(?:小区|花园|公寓|新村|家园)"
# An estate named by a one-character suffix that other things end in too (碧桂园, 翠苑, 金城, 江湾, 名邸) is a
# home only with a unit after its building (碧桂园4幢2单元1603室): a park's or an office campus's buildings have
# none.
_UNIT_ESTATE = r"(?:园|苑|府|庭|城|湾|邸|居|轩|阁|墅)(?=\d+(?:幢|栋|号楼)\d+单元)"
_VILLAGE_GROUP = r"村(?:\d+[组社队]|第?" + _NUM + r"村民小组)"  # 东升村1社, 沈家坝村第十村民小组
_STREET_SUFFIX = re.compile(_ROAD_ANCHOR + r"\d+(?:-\d+)?号|" + _VILLAGE_GROUP + r"|[农林牧]场\d+[队连]|" + _HOME_ESTATE
                            + r"(?=\d+(?:幢|栋|号楼))|" + _UNIT_ESTATE)
_NAME_CHAR_RE = re.compile(_NAME_CHAR)
_ROAD_NAME_CHAR_RE = re.compile(_ROAD_NAME_CHAR)


@lru_cache(maxsize=1)
def _street() -> re.Pattern:
    return re.compile(r"(?P<street>(?:" + _ROAD_NAME_CHAR + r"{1,6}?" + _ROAD_ANCHOR + r"\d+(?:-\d+)?号|" + _NAME_CHAR
                      + r"{2,6}?(?:" + _VILLAGE_GROUP + r"|[农林牧]场\d+[队连])(?:\d+号)?|" + _NAME_CHAR + r"{2,6}?" + _HOME_ESTATE
                      + r"(?=\d+(?:幢|栋|号楼))|" + _NAME_CHAR + r"{1,6}?" + _UNIT_ESTATE + r"))" + _DETAIL)


_NAME_SUFFIX = re.compile(_ROAD + "|村|[农林牧]场|" + _HOME_ESTATE + "|" + _UNIT_ESTATE)


def _trim_road_start(norm: str, start: int, street_end: int) -> int:
    """A street found without a place before it starts where its name starts: jieba segments
    what precedes the road suffix and the name is the last word — two when the last is a
    single character (环城东路, 文三路) — so 群众反映凤凰路12号 gives 凤凰路12号."""
    suffix = _NAME_SUFFIX.search(norm, start)  # on the whole text: _UNIT_ESTATE looks past street_end
    if suffix is None or suffix.start() >= street_end:
        return start
    tokens = segment(norm, start, suffix.start())
    if not tokens:
        return start
    keep = tokens[-1:] if len(tokens[-1][1]) >= 2 else tokens[-2:]
    return keep[0][0]


_TOWN_BEFORE = re.compile(_TOWN_SUFFIX + "$")
_COUNTY_BEFORE = re.compile(r"(?:区|县|市|旗)$")  # a district, county, county-level city or banner


def _extend_town(norm: str, start: int) -> int:
    """A street found without a listed place may follow a town (and a district, county or
    county-level city) the gazetteer does not list (舟山 白泉镇振兴路56号, 上海 徐汇区天平路街道康庄路17号): take
    them by their suffix, each name being the last word jieba segments before it."""
    for suffix in (_TOWN_BEFORE, _COUNTY_BEFORE):
        m = suffix.search(norm, max(0, start - 3), start)
        if m is None:
            break
        if suffix is _COUNTY_BEFORE:  # a listed county is taken whole (平江县城关镇, not 县城 + 关镇)
            listed = _listed_county_before(norm, m.end())
            if listed is not None:
                start = listed
                continue
        tokens = segment(norm, max(0, m.start() - 4), m.start())
        if not tokens or not all(_NAME_CHAR_RE.match(ch) for ch in norm[tokens[-1][0]:m.start()]):
            break
        keep = tokens[-1:] if len(tokens[-1][1]) >= 2 else tokens[-2:]
        if not all(_NAME_CHAR_RE.match(ch) for ch in norm[keep[0][0]:m.start()]):
            keep = tokens[-1:]
        start = keep[0][0]
    return start


def granularity(address: str) -> str:
    """``house`` (number, building, room, group, lane, team), ``street`` (road, village, estate),
    ``town``, ``district`` or ``city`` — how precisely an address locates a place. The house and
    street levels are the ones the tagger's runs are scored by (``_HOUSE_LEVEL``, ``_STREET_LEVEL``):
    column grading and detection read an address the same way."""
    norm = normalize(address)
    if _HOUSE_LEVEL.search(norm):
        return "house"
    if _STREET_LEVEL.search(norm):
        return "street"
    if re.search(r"(?:街道|镇|乡|苏木)$", norm):
        return "town"
    if re.search(r"(?:区|县|市|旗)$", norm) and not norm.endswith(_COARSE_ONLY):
        return "district"
    return "city"


# House grammar after LAC's LOC words: one token (3组, 9号, 301室) or a number then its unit.
_HOUSE_TOKEN = re.compile(_NUM + r"(?:-\d+)?(?:号楼|号|幢|栋|单元|室|组|队|弄|座|层|楼)(?:之\d+)?|[A-Za-z]\d*室")
_HOUSE_UNITS = frozenset({"号楼", "号", "幢", "栋", "单元", "室", "组", "队", "弄", "座", "层", "楼"})
_NUMBER_TOKEN = re.compile(_NUM + r"(?:-\d+)?")
_BARE_ROOM = re.compile(r"\d{3,4}(?![\d号年月日元万人个岁次楼层室.-])")
# The house level: a number, building, unit, room, group, lane, team or company (兵团 连), a shop or a
# bed, a dashed unit-floor-room (小区12-2-501) — also what ``granularity`` calls ``house``.
_HOUSE_LEVEL = re.compile(r"\d+(?:号|室|幢|栋|单元|组|队|弄|连|排|舍|铺|舖|档|床|" + _FANG + r")|[一二三四五六七八九十]+(?:组|队|幢|栋|单元)"
                          r"|\d+-\d+-\d+")
# A house number on a road, a group or a lane: a run that reaches the house level only through a
# building, floor or room after the name of an organisation or venue (湖州宾馆3号楼/LOC,
# 市民中心A座1203室; ``_VENUE_NAME``) and no road, village or estate word is a venue's building, a
# place (0.35) unless a cue says someone lives there (the grammar's ``_unanchored_building``).
_HOME_LEVEL = re.compile(r"\d+(?:号(?!楼)|组|队|弄)|[一二三四五六七八九十]+(?:组|队)")
_BUILDING_START = re.compile(r"(?:[A-Za-z]区)?(?:[A-Za-z]|" + _NUM + r")(?:号楼|幢|栋|座|单元|门|[楼层]|号|室)")
_STREET_LEVEL = re.compile(r"路|街(?!道)|大道|巷|弄|村|社区|居委会|嘎查|农场|林场|牧场|小区|花园|苑|公寓|大厦|新村|家园")
_DIVISION_END = ("省", "市", "区", "县", "旗", "州", "盟", "镇", "乡", "街道", "苏木")
# LAC sometimes tags the label itself as a place (户籍地址/LOC).
_LABEL_WORDS = ("地址", "住址", "籍贯", "住所")


_CUE_RE = re.compile("|".join(sorted(CUES, key=len, reverse=True)))


def _loc_start(norm: str, start: int, end: int) -> int:
    """Where a LAC LOC word's place starts. The tagger sometimes takes a preposition in (于/LOC
    白泉镇/LOC in 居住于白泉镇…) or the end of an address cue (现居翠苑一区12号楼/LOC); neither is the
    place — but a county may start with such a character (于都县, 于田县)."""
    for cue in _CUE_RE.finditer(norm, max(0, start - 3), end):
        if cue.start() <= start < cue.end() < end:
            start = cue.end()
    if _county_at(norm, start):
        return start
    while start < end and not _NAME_CHAR_RE.match(norm, start):
        start += 1
    return start


def _county_at(norm: str, start: int) -> bool:
    names, longest = _counties()
    return any(norm[start:start + k] in names for k in range(2, longest + 1))


def _loc_runs(norm: str) -> list[tuple[int, int, int]]:
    """``(start, end, first_end)``: runs of LAC LOC words and the house grammar that follows
    them, with the end of the first word."""
    words = _lac.tag(norm)
    runs: list[tuple[int, int, int]] = []
    i = 0
    while i < len(words):
        w = words[i]
        start = w.start
        if w.tag == "LOC":
            start = _loc_start(norm, w.start, w.end)
        if w.tag != "LOC" or start == w.end or norm[w.start:w.end].endswith(_LABEL_WORDS):
            i += 1
            continue
        end, k = w.end, i + 1
        while k < len(words):
            t = norm[words[k].start:words[k].end]
            if words[k].tag == "LOC" or _HOUSE_TOKEN.fullmatch(t):
                pass
            elif t in _HOUSE_UNITS and norm[end - 1].isdigit():
                pass  # the unit of the digits the tagger glued to a place (…19号601/LOC 室/n)
            elif _NUMBER_TOKEN.fullmatch(t) and k + 1 < len(words) \
                    and norm[words[k + 1].start:words[k + 1].end] in _HOUSE_UNITS:
                k += 1
            elif (room := _BARE_ROOM.match(norm, words[k].start)) and norm[end - 1] in "幢栋座元门楼":
                # a room's bare digits after a building or unit (星洲湾5栋/LOC 1203); the tagger
                # may glue what follows to them (302。): the run ends with the digits
                end, k = room.end(), k + 1
                if room.end() < words[k - 1].end:
                    break
                continue
            else:
                break
            end = words[k].end
            k += 1
        runs.append((start, end, w.end))
        i = k
    return runs


def tagged_addresses(norm: str) -> list[Span]:
    """Addresses from LAC's LOC runs, scored by the finest part they reach (module docstring)."""
    out: list[Span] = []
    for start, end, first_end in _loc_runs(norm):
        text = norm[start:end]
        if _HOUSE_LEVEL.search(text):
            building = _BUILDING_START.search(text)
            venue = building is not None and _VENUE_NAME.search(text, 0, building.start()) is not None
            score = 0.35 if venue and not (_HOME_LEVEL.search(text) or _STREET_LEVEL.search(text)) else 0.85
        elif first_end < end and norm[start:first_end].endswith(_DIVISION_END) and _STREET_LEVEL.search(norm, first_end, end):
            score = 0.7
        else:
            score = 0.35
        out.append((start, end, score))
    return out


# Words that make the place before them an organisation's name (大溪村村民委员会, 织里镇人民政府).
_ORG_AFTER = re.compile("村民委员会|居民委员会|村委会|居委会|人民政府|政府|委员会|办事处|党委|党总支|派出所|卫生院|"
                        "卫生服务中心|便民服务中心|服务中心|中心小学|小学|中学|幼儿园|人民医院|中心医院|医院|管理处|街道办|"
                        "人民法院|人民检察院|公安局|大学|学院")


# What a venue's floor or room is used for, or a meeting held there (…3楼会议室, …1203室召开): a place
# right before it, maybe with its room or window number (3楼302教室), is no one's home.
_VENUE_AFTER = re.compile(r"[\dA-Za-z一二三四五六七八九十第]*[楼层室号]?(?:会议室|会议厅|报告厅|多功能厅|大厅|办公室|接待室|"
                          r"值班室|调解室|开标室|教室|窗口|病房|病区|库房|机房|召开|举行|举办)")


# A shop's or a small business's kind right after a road or street with no house number
# (安吉县昌硕路小吃店, 德清县新市镇老街茶馆): the place is the start of its name — not a sentence
# going on about one (交叉口开了一家店)
_SHOP_AFTER = re.compile(r"(?:(?![了家])[\u4e00-\u9fff]){0,4}?(?:小吃店|便利店|五金店|专卖店|商店|超市|茶馆|茶楼|饭店|饭馆|面馆|"
                         r"菜馆|酒家|餐厅|诊所|药店|药房|商行|经营部|门市部|工作室|合作社|公司|理发店|水果店|服装店)")


def _not_organisation(norm: str, spans: list[Span]) -> list[Span]:
    """Spans below a house number that are the start of an organisation's or a shop's name are
    dropped, and any span that is a venue's (``_VENUE_AFTER``)."""
    return [sp for sp in spans
            if (sp[2] >= 0.85 or (_ORG_AFTER.match(norm, sp[1]) is None and _SHOP_AFTER.match(norm, sp[1]) is None))
            and _VENUE_AFTER.match(norm, sp[1]) is None]


def with_tagger(rules: list[Span], tagged: list[Span]) -> list[Span]:
    """Grammar spans combined with the tagger's (module docstring): a tagged span reaching a
    road or finer (≥ 0.7) that overlaps grammar spans replaces them by their union; one that
    overlaps none is added; the others are dropped."""
    out = list(rules)
    for s, e, sc in tagged:
        clashing = [r for r in out if r[0] < e and s < r[1]]
        if not clashing:
            out.append((s, e, sc))
        elif sc >= 0.7:
            for r in clashing:
                out.remove(r)
            out.append((min(s, *(r[0] for r in clashing)), max(e, *(r[1] for r in clashing)),
                        max(sc, *(r[2] for r in clashing))))
    return sorted(out)


# Forms and shop systems write an address's parts apart (浙江省 杭州市 余杭区 五常街道 文一西路969号 3号楼):
# a space after a part's suffix, before a name or a number, is dropped for the grammar (a tab
# stays: it separates the columns of a pasted table).
_SPACED_PART = re.compile(r"(?<=[省市区县旗州盟镇乡道路街巷弄村组号楼幢栋座元层]) +(?=[\d" + _HAN + r"])")


def _join_spaced_parts(norm: str) -> tuple[str, list[int] | None]:
    """``norm`` without the spaces between address parts (``_SPACED_PART``), and for each
    character left its index in ``norm`` (``None``: nothing was dropped)."""
    if " " not in norm:
        return norm, None
    gaps = list(_SPACED_PART.finditer(norm))
    if not gaps:
        return norm, None
    keep = [True] * len(norm)
    for g in gaps:
        keep[g.start():g.end()] = [False] * (g.end() - g.start())
    index = [i for i, k in enumerate(keep) if k]
    return "".join(norm[i] for i in index), index


# What may stand between two parts of one address: a bracketed note (湖州市吴兴区（南太湖新区）红旗路12号,
# 织里镇（原轧村镇）轧村村) or a dash between parts (湖州市-吴兴区-红丰路288号) — not a comma or 、,
# which separate addresses in a list.
_PART_GAP = re.compile(r"[(（][^()（）]{1,12}[)）]|[-—]")
_DIVISION_SUFFIX_END = (*_DIVISION_END, "村", "社区")


def _join_across_gaps(norm: str, spans: list[Span]) -> list[Span]:
    """Spans that are one address with a bracketed note or a dash between its parts
    (``_PART_GAP``) become one — the left one must end with a division (…区, …镇, …村); a span
    inside the note (南太湖新区) goes into the joined one."""
    if len(spans) < 2:
        return spans
    out: list[Span] = []
    i = 0
    while i < len(spans):
        s, e, sc = spans[i]
        if out:
            ps, pe, psc = out[-1]
            if norm[ps:pe].endswith(_DIVISION_SUFFIX_END):
                gap = _PART_GAP.match(norm, pe)
                j = i
                while gap is not None and j < len(spans) and spans[j][1] <= gap.end():
                    j += 1  # inside the note
                if gap is not None and j < len(spans) and spans[j][0] == gap.end():
                    out[-1] = (ps, spans[j][1], max(psc, *(x[2] for x in spans[i:j + 1])))
                    i = j + 1
                    continue
        out.append((s, e, sc))
        i += 1
    return out


# A home written without its estate, as neighbours and notices write it (业委会候选人：李建国，3幢1单元201;
# 访客登记 9栋1203; 住同村3组21号): building, unit and room, or building and room, or a village's group and
# house number after 同村/本村 — each names one household. Not a count (5栋1203户) or a date.
_FLAT = re.compile(r"(?<![\dA-Za-z号-])(?:\d{1,3}(?:幢|栋|号楼)\d{1,2}单元\d{3,4}室?|\d{1,3}[幢栋]\d{3,4}室?"
                   r"|(?<=[同本该]村)\d{1,2}组\d{1,3}号)(?![\d号年月日元万人个岁次户套间平米㎡.-])")


_UNIT_ROOM_END = re.compile(r"\d+(?:单元|门)\d{1,4}[号室]?$")


def _without_trailing_division(norm: str, span: Span) -> Span:
    """``span`` without a division name after its house-level part: an address runs from the
    coarse to the fine, so 向阳路366号双林镇 (the tagger's run into 双林镇敬老院, an organisation's name)
    ends at 366号."""
    s, e, sc = span
    text = norm[s:e]
    if not text.endswith(_DIVISION_END) or text.endswith(("门市", "门面市")):  # 1-2层门市: a shopfront
        return span
    last = None
    for last in _HOUSE_LEVEL.finditer(text):
        pass
    if last is None or not 2 <= len(text) - last.end() <= 6:
        return span
    return (s, s + last.end(), sc)


# A pasted table row about a person — it has a sex cell (王某\t男\t泗洪县青阳镇) — whose cell is wholly a
# chain of divisions by their suffixes, two levels or more: that person's address, as a header would say.
_ROW_CELL = re.compile(r"[^\t|｜,]+")
_SEX_CELL = re.compile(r"(?:^|[\t|｜,])\s*[男女]\s*(?:$|[\t|｜,])")
_DIVISION_LEVEL = re.compile(r"省|自治区|自治州|盟|市(?!场)|区|县|旗|街道|镇|乡|苏木|村|社区|嘎查")


@lru_cache(maxsize=1)
def _division_cell() -> re.Pattern:
    return re.compile(DIVISION_CHAIN)


_CELL_CUE = re.compile("(?:" + _CUE_RE.pattern + r")[:：]?\s*")


def _division_cells(norm: str, found: list[Span]) -> list[Span]:
    if not _SEX_CELL.search(norm):
        return []
    out: list[Span] = []
    for cell in _ROW_CELL.finditer(norm):
        text = cell.group().strip()
        if len(text) < 4:
            continue
        s = cell.start() + cell.group().index(text)
        e = s + len(text)
        cue = _CELL_CUE.match(text)  # 户籍地上海市闵行区: the cue is no part of the place (nor a city 户籍地上海市)
        if cue is not None:
            s, text = s + cue.end(), text[cue.end():]
        if any(a < e and s < b and not (s <= a and b <= e and sc < 0.85) for a, b, sc in found):
            continue
        m = _division_cell().fullmatch(text)
        if m is not None and len(_DIVISION_LEVEL.findall(text)) >= 2 and text.endswith(_DIVISION_SUFFIX_END):
            out.append((s, e, 0.85))
    return out


# a piece of one cell: no tab or line break inside, no blank at either end
_CELL_PIECE = re.compile(r"\S(?:[^\t\r\n]*\S)?")


def _within_one_cell(norm: str, spans: list[Span]) -> list[Span]:
    """Spans cut to one cell of a pasted table: an address never runs across a tab or a line
    break, but the tagger's tokens (满秀芝\t承德市…) and a cue's optional blank (地址\t珲春市…)
    can — keep the longest piece, without blanks at its ends."""
    out: list[Span] = []
    for s, e, sc in spans:
        piece = max(_CELL_PIECE.finditer(norm, s, e), key=lambda m: m.end() - m.start(), default=None)
        if piece is not None and piece.span() == (s, e):
            out.append((s, e, sc))
        elif piece is not None and piece.end() - piece.start() >= 2:
            out.append((piece.start(), piece.end(), sc))
    return out


# building-unit-room in digits at the end of an address (12-1-902, 19-3-803室)
_BUILDING_UNIT_ROOM_END = re.compile(r"(?<![\d-])\d{1,3}-\d{1,2}-\d{1,4}(?:室|房|号)?$")


class AddressRecognizer(CnRuleRecognizer):
    ENTITY = "CN_ADDRESS"
    REFERENCE = "GB/T 2260 行政区划代码; GB/T 23705-2009 数字城市地理信息公共平台地名/地址编码规则; 统计用区划代码"
    CONTEXT = (*(c for c in CUES if c not in CASE_FILE_CUES), *CLAUSE_CUES, "户籍", "address", "addr", "住址:",
               "住址：", "地址：", "位址", "户籍地址", "戶籍", "住處", "地址")
    TEXT_CONTEXT = CASE_FILE_CUES  # a column named 所在乡镇 may list enterprises' towns
    # A column of townships or districts is a personal address only when its header says so.
    HEADER_CONTEXT = ("address", "addr", "household", "户籍地", "住址", "地址", "住所", "居住地")
    CONTEXT_LEFT = 8
    CONTEXT_RIGHT = 0
    CONTEXT_BOOST = 0.5

    use_tagger = True  # Baidu LAC's tags, unless recognizers.yaml says ``tagger: none``

    def load(self) -> None:
        """Compile the gazetteer grammar, load jieba's dictionary and the LAC model now."""
        _grammar(), _grammar_starts(), _street(), _below_county(), _counties()
        segment("红旗路", 0, 3)
        if self.use_tagger:
            _lac.tag("红旗路18号")

    def spans(self, norm: str) -> list[Span]:
        joined, index = _join_spaced_parts(norm)
        tagged = tagged_addresses(joined) if self.use_tagger else []
        found = _join_across_gaps(joined, _not_organisation(joined, with_tagger(self._grammar_spans(joined), tagged)))
        found = _within_one_cell(joined, found)
        found = [_without_trailing_division(joined, sp) for sp in found]
        cells = _division_cells(joined, found)
        if cells:  # a cell's own weaker finding (the bare division at 0.35) gives way to the cell
            found = [f for f in found if not any(c[0] <= f[0] and f[1] <= c[1] for c in cells)] + cells
        if index is None:
            return found
        return [(index[s], index[e - 1] + 1, sc) for s, e, sc in found]

    def _grammar_spans(self, norm: str) -> list[Span]:
        results: list[Span] = []
        for m in _grammar_matches(norm):
            start = m.end("cue") if m.group("cue") else m.start()
            while norm[start:start + 1] and norm[start] in ":：为是在 ":
                start += 1
            cut = _unanchored_building(m, m.group("cue") or _cue_before(norm, m.start()))
            end = m.end() if cut is None else cut
            if end - start < 2:
                continue
            score = self._score(m, norm[start:end], house_cut=cut is not None)
            if score is not None:
                results.append((start, end, score))
        for cs, ce, csc in _campus_addresses(norm, results):
            before = [r for r in results if r[1] == cs]
            inside = [r for r in results if cs <= r[0] < ce or r[0] < cs < r[1]]
            for r in before + inside:
                results.remove(r)
            results.append((min([cs, *(r[0] for r in before + inside)]), ce, csc))
        covered = [(s, e) for s, e, _ in results]
        counties = _county_addresses(norm, covered)
        results += counties
        covered += [(s, e) for s, e, _ in counties]
        for suffix in _STREET_SUFFIX.finditer(norm):
            if _inside(suffix.start(), covered):
                continue  # already part of an address found from its place
            left = max((e for s, e in covered if e <= suffix.start()), default=0)
            begin = suffix.start()
            name_char = _NAME_CHAR_RE if norm[suffix.start()] in "村农林牧" else _ROAD_NAME_CHAR_RE
            while begin > max(left, suffix.start() - 6) and name_char.match(norm, begin - 1) \
                    and _TOWN_BEFORE.search(norm, max(0, begin - 2), begin) is None:  # a town before is _extend_town's
                begin -= 1
            m = _street().match(norm, begin) if begin < suffix.start() else None
            if m is None:
                continue
            start = max(left, _extend_town(norm, _trim_road_start(norm, begin, m.end("street"))))
            results.append((start, m.end(), 0.85))
            covered.append((start, m.end()))
        for flat in _FLAT.finditer(norm):
            if not any(s < flat.end() and flat.start() < e for s, e in covered):
                results.append((flat.start(), flat.end(), 0.75))
        return results

    @staticmethod
    def _score(m: re.Match, text: str, house_cut: bool) -> float | None:
        """The score of ``text``, the span of grammar match ``m`` (cut before an unanchored building
        when ``house_cut``)."""
        cued = m.group("cued")
        # a house number, building or group — or a room, stall or bed inside an estate named by its
        # suffix (禾辋邨丰和楼1015室; a name read only from the building after it may be a venue's)
        # (an unsuffixed name counts with an entrance or unit and a room after it: 三里河一区3门12号)
        house = not house_cut and (any(m.group(k) for k in ("num", "bld", "grp", "bare"))
                                   or (m.group("unsuffixed") is None and _HOUSE_LEVEL.search(text) is not None)
                                   or _UNIT_ROOM_END.search(text) is not None
                                   or _BUILDING_UNIT_ROOM_END.search(text) is not None)  # …金色地中海11-2-2914
        if m.group("cue") and m.end() == m.end("cue"):
            return None  # a cue word with nothing after it
        if house:
            return 0.85
        if text.endswith(_COARSE_ONLY):
            return None
        village = any(m.group(k) for k in ("village", "village2", "village3", "village4", "village5"))
        below_town = village or bool(cued and cued.endswith(("村", "社区"))) or m.group("road") is not None
        if house_cut and not below_town:
            return None  # divisions right before a venue's building start its name (吴兴区行政中心3号楼)
        return 0.7 if below_town else 0.35  # an estate name alone (…产业园) does not make an address
