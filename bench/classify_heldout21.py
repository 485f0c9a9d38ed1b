"""Held-out evaluation family 21 for the Chinese PII classifier (written blind).

Generates ``tests/classify/data/heldout21_generated.jsonl``: 2,000 synthetic documents of the
kinds Huzhou (and other Zhejiang) municipal departments produce and exchange -- hotline work
orders, police and court records, clinic notes, civil-affairs and housing files, tax and market
regulation records, data-platform logs, chat messages, pasted tables -- about 10% of them in
Traditional script with Traditional value pools.

Templates write markup: ``⟦TYPE|value⟧`` labels an entity and ``⟦~kind|value⟧`` a hard negative;
``parse()`` turns it into text plus offsets.  Every value is synthetic; identifiers with a check
digit are generated valid (positives) or deliberately invalid (look-alike hard negatives) with the
helpers of ``bench.classify_values``.

Run:  PYTHONPATH=$PWD python -m bench.classify_heldout21
"""
from __future__ import annotations

import datetime as _dt
import ipaddress
import json
import re
import sys
from collections import Counter
from pathlib import Path

import random

from bench.classify_values import id_check, luhn_digit, W_USCC, USCC_AL, W_ORG, fullwidth

SEED = 21302026
N_DOCS = 2000
SOURCE = "heldout21_generated"
OUT = Path(__file__).resolve().parent.parent / "tests" / "classify" / "data" / "heldout21_generated.jsonl"
ENTITIES_YAML = Path("/work/shared/design/entities.yaml")

# --------------------------------------------------------------------------------------------
# value pools: (simplified, traditional[, pinyin])
# --------------------------------------------------------------------------------------------
SURNAMES = [
    ("王", "王", "wang"), ("李", "李", "li"), ("张", "張", "zhang"), ("刘", "劉", "liu"),
    ("陈", "陳", "chen"), ("杨", "楊", "yang"), ("黄", "黃", "huang"), ("赵", "趙", "zhao"),
    ("吴", "吳", "wu"), ("周", "周", "zhou"), ("徐", "徐", "xu"), ("孙", "孫", "sun"),
    ("朱", "朱", "zhu"), ("胡", "胡", "hu"), ("沈", "沈", "shen"), ("钱", "錢", "qian"),
    ("姚", "姚", "yao"), ("施", "施", "shi"), ("费", "費", "fei"), ("闵", "閔", "min"),
    ("邱", "邱", "qiu"), ("陆", "陸", "lu"), ("蒋", "蔣", "jiang"), ("潘", "潘", "pan"),
    ("俞", "俞", "yu"), ("金", "金", "jin"), ("顾", "顧", "gu"), ("褚", "褚", "chu"),
    ("戴", "戴", "dai"), ("楼", "樓", "lou"), ("凌", "凌", "ling"), ("钟", "鍾", "zhong"),
    ("叶", "葉", "ye"), ("范", "范", "fan"), ("郑", "鄭", "zheng"), ("冯", "馮", "feng"),
    ("韩", "韓", "han"), ("唐", "唐", "tang"), ("许", "許", "xu"), ("何", "何", "he"),
    ("吕", "呂", "lv"), ("罗", "羅", "luo"), ("高", "高", "gao"), ("林", "林", "lin"),
    ("马", "馬", "ma"), ("邵", "邵", "shao"), ("汪", "汪", "wang"), ("方", "方", "fang"),
    ("丁", "丁", "ding"), ("严", "嚴", "yan"), ("章", "章", "zhang"), ("莫", "莫", "mo"),
    ("倪", "倪", "ni"), ("臧", "臧", "zang"), ("郁", "郁", "yu"), ("谢", "謝", "xie"),
    ("宋", "宋", "song"), ("卢", "盧", "lu"), ("夏", "夏", "xia"), ("邹", "鄒", "zou"),
    ("储", "儲", "chu"), ("谈", "談", "tan"), ("茅", "茅", "mao"), ("嵇", "嵇", "ji"),
]
COMPOUND_SURNAMES = [("欧阳", "歐陽", "ouyang"), ("司马", "司馬", "sima"), ("诸葛", "諸葛", "zhuge"),
                     ("上官", "上官", "shangguan"), ("东方", "東方", "dongfang")]
GIVEN = [
    ("伟", "偉", "wei"), ("芳", "芳", "fang"), ("娜", "娜", "na"), ("敏", "敏", "min"),
    ("静", "靜", "jing"), ("丽", "麗", "li"), ("强", "強", "qiang"), ("磊", "磊", "lei"),
    ("军", "軍", "jun"), ("洋", "洋", "yang"), ("勇", "勇", "yong"), ("艳", "艷", "yan"),
    ("杰", "傑", "jie"), ("涛", "濤", "tao"), ("明", "明", "ming"), ("超", "超", "chao"),
    ("秀", "秀", "xiu"), ("霞", "霞", "xia"), ("平", "平", "ping"), ("刚", "剛", "gang"),
    ("桂", "桂", "gui"), ("英", "英", "ying"), ("华", "華", "hua"), ("建", "建", "jian"),
    ("国", "國", "guo"), ("文", "文", "wen"), ("玲", "玲", "ling"), ("红", "紅", "hong"),
    ("婷", "婷", "ting"), ("燕", "燕", "yan"), ("晓", "曉", "xiao"), ("佳", "佳", "jia"),
    ("欣", "欣", "xin"), ("怡", "怡", "yi"), ("宇", "宇", "yu"), ("浩", "浩", "hao"),
    ("轩", "軒", "xuan"), ("梓", "梓", "zi"), ("涵", "涵", "han"), ("子", "子", "zi"),
    ("诺", "諾", "nuo"), ("嘉", "嘉", "jia"), ("琪", "琪", "qi"), ("雨", "雨", "yu"),
    ("晨", "晨", "chen"), ("思", "思", "si"), ("博", "博", "bo"), ("根", "根", "gen"),
    ("宝", "寶", "bao"), ("荣", "榮", "rong"), ("福", "福", "fu"), ("珍", "珍", "zhen"),
    ("凤", "鳳", "feng"), ("兰", "蘭", "lan"), ("梅", "梅", "mei"), ("琴", "琴", "qin"),
    ("德", "德", "de"), ("海", "海", "hai"), ("斌", "斌", "bin"), ("慧", "慧", "hui"),
    ("颖", "穎", "ying"), ("雪", "雪", "xue"), ("鑫", "鑫", "xin"), ("昊", "昊", "hao"),
    ("瑞", "瑞", "rui"), ("泽", "澤", "ze"), ("俊", "俊", "jun"), ("志", "志", "zhi"),
    ("永", "永", "yong"), ("春", "春", "chun"), ("云", "雲", "yun"), ("卫", "衛", "wei"),
    ("东", "東", "dong"), ("亮", "亮", "liang"), ("鹏", "鵬", "peng"), ("飞", "飛", "fei"),
    ("阳", "陽", "yang"), ("蕾", "蕾", "lei"), ("倩", "倩", "qian"), ("悦", "悅", "yue"),
    ("锦", "錦", "jin"), ("舒", "舒", "shu"), ("峰", "峰", "feng"), ("彬", "彬", "bin"),
    ("月", "月", "yue"), ("燕", "燕", "yan"), ("振", "振", "zhen"), ("耀", "耀", "yao"),
    ("秋", "秋", "qiu"), ("菊", "菊", "ju"), ("新", "新", "xin"), ("昕", "昕", "xin"),
]

_F_CHARS = set("芳娜敏静丽艳秀霞桂英玲红婷燕佳欣怡涵琪雨思慧颖雪蕾倩悦舒月菊凤兰梅琴珍诺")
_M_CHARS = set("伟强磊军洋勇杰涛明超平刚华建国文宇浩轩博根宝荣福德海斌鑫昊瑞泽俊志永春卫东亮鹏飞阳锦峰彬振耀新")
_GIVEN_F = [x for x in GIVEN if x[0] not in _M_CHARS]
_GIVEN_M = [x for x in GIVEN if x[0] not in _F_CHARS]

# Huzhou districts / counties with streets or towns, roads, communities and villages
HZ_AREAS = [
    (("吴兴区", "吳興區"), [("爱山街道", "愛山街道"), ("月河街道", "月河街道"), ("飞英街道", "飛英街道"),
                           ("朝阳街道", "朝陽街道"), ("龙泉街道", "龍泉街道"), ("织里镇", "織里鎮"),
                           ("八里店镇", "八里店鎮"), ("道场乡", "道場鄉"), ("妙西镇", "妙西鎮")],
     [("红丰路", "紅豐路"), ("人民路", "人民路"), ("凤凰路", "鳳凰路"), ("青铜路", "青銅路"),
      ("环城西路", "環城西路"), ("劳动路", "勞動路"), ("米行街", "米行街"), ("苕溪东路", "苕溪東路"),
      ("湖州大道", "湖州大道"), ("二环东路", "二環東路"), ("仁皇山路", "仁皇山路"), ("北门街", "北門街"),
      ("中华东路", "中華東路"), ("吉山路", "吉山路"), ("东白鱼潭路", "東白魚潭路")],
     [("凤凰小区", "鳳凰小區"), ("白云小区", "白雲小區"), ("东白鱼潭小区", "東白魚潭小區"),
      ("吉山新村", "吉山新村"), ("青铜花园", "青銅花園"), ("碧浪湖小区", "碧浪湖小區"), ("大家园", "大家園")],
     [("戴山村", "戴山村"), ("晟舍村", "晟舍村"), ("石淙村", "石淙村"), ("杨溇村", "楊漊村")]),
    (("南浔区", "南潯區"), [("南浔镇", "南潯鎮"), ("练市镇", "練市鎮"), ("双林镇", "雙林鎮"),
                           ("菱湖镇", "菱湖鎮"), ("和孚镇", "和孚鎮"), ("旧馆街道", "舊館街道")],
     [("适园路", "適園路"), ("人瑞路", "人瑞路"), ("南林路", "南林路"), ("朝阳路", "朝陽路"),
      ("向阳路", "向陽路"), ("浔溪大道", "潯溪大道"), ("頔塘路", "頔塘路")],
     [("浔溪花园", "潯溪花園"), ("锦绣江南", "錦繡江南"), ("适园小区", "適園小區"), ("丝绸新村", "絲綢新村")],
     [("荃步村", "荃步村"), ("马腰村", "馬腰村"), ("沈庄漾村", "沈莊漾村"), ("洋南村", "洋南村")]),
    (("德清县", "德清縣"), [("武康街道", "武康街道"), ("舞阳街道", "舞陽街道"), ("阜溪街道", "阜溪街道"),
                           ("新市镇", "新市鎮"), ("乾元镇", "乾元鎮"), ("洛舍镇", "洛舍鎮"), ("禹越镇", "禹越鎮")],
     [("英溪北路", "英溪北路"), ("永安街", "永安街"), ("千秋街", "千秋街"), ("志远路", "志遠路"),
      ("兴康路", "興康路"), ("武源街", "武源街"), ("塔山街", "塔山街")],
     [("英溪花园", "英溪花園"), ("千秋新村", "千秋新村"), ("名都花园", "名都花園"), ("余英坊", "餘英坊")],
     [("东衡村", "東衡村"), ("五四村", "五四村"), ("勾里村", "勾里村"), ("宋市村", "宋市村")]),
    (("长兴县", "長興縣"), [("雉城街道", "雉城街道"), ("太湖街道", "太湖街道"), ("画溪街道", "畫溪街道"),
                           ("和平镇", "和平鎮"), ("泗安镇", "泗安鎮"), ("煤山镇", "煤山鎮"),
                           ("李家巷镇", "李家巷鎮"), ("夹浦镇", "夾浦鎮")],
     [("明珠路", "明珠路"), ("金陵路", "金陵路"), ("长兴大道", "長興大道"), ("龙山路", "龍山路"),
      ("解放路", "解放路"), ("中央路", "中央路"), ("经一路", "經一路")],
     [("金陵新村", "金陵新村"), ("明珠花苑", "明珠花苑"), ("龙山新村", "龍山新村"), ("太湖苑", "太湖苑")],
     [("顾渚村", "顧渚村"), ("仰峰岕村", "仰峰岕村"), ("新槐村", "新槐村"), ("五丰村", "五豐村")]),
    (("安吉县", "安吉縣"), [("递铺街道", "遞鋪街道"), ("昌硕街道", "昌碩街道"), ("灵峰街道", "靈峰街道"),
                           ("孝丰镇", "孝豐鎮"), ("天荒坪镇", "天荒坪鎮"), ("梅溪镇", "梅溪鎮"), ("天子湖镇", "天子湖鎮")],
     [("胜利西路", "勝利西路"), ("昌硕东路", "昌碩東路"), ("浦源大道", "浦源大道"), ("天目路", "天目路"),
      ("玉磬路", "玉磬路"), ("递铺北路", "遞鋪北路"), ("凤凰路", "鳳凰路")],
     [("凤凰新村", "鳳凰新村"), ("阳光花园", "陽光花園"), ("两山公寓", "兩山公寓"), ("竹海苑", "竹海苑")],
     [("余村", "餘村"), ("鲁家村", "魯家村"), ("横山坞村", "橫山塢村"), ("大溪村", "大溪村")]),
]
OTHER_AREAS = [  # (city, district, road)
    (("杭州市", "杭州市"), ("西湖区", "西湖區"), [("文三路", "文三路"), ("天目山路", "天目山路"), ("古墩路", "古墩路")]),
    (("杭州市", "杭州市"), ("拱墅区", "拱墅區"), [("莫干山路", "莫干山路"), ("湖墅南路", "湖墅南路")]),
    (("杭州市", "杭州市"), ("余杭区", "餘杭區"), [("五常大道", "五常大道"), ("文一西路", "文一西路")]),
    (("杭州市", "杭州市"), ("上城区", "上城區"), [("解放路", "解放路"), ("秋涛路", "秋濤路")]),
    (("嘉兴市", "嘉興市"), ("南湖区", "南湖區"), [("中山东路", "中山東路"), ("广益路", "廣益路")]),
    (("绍兴市", "紹興市"), ("越城区", "越城區"), [("解放北路", "解放北路"), ("胜利东路", "勝利東路")]),
    (("宁波市", "寧波市"), ("鄞州区", "鄞州區"), [("天童南路", "天童南路"), ("宁南北路", "寧南北路")]),
    (("温州市", "溫州市"), ("鹿城区", "鹿城區"), [("车站大道", "車站大道"), ("人民东路", "人民東路")]),
    (("金华市", "金華市"), ("婺城区", "婺城區"), [("八一南路", "八一南路"), ("双龙南街", "雙龍南街")]),
    (("台州市", "台州市"), ("椒江区", "椒江區"), [("市府大道", "市府大道"), ("东海大道", "東海大道")]),
]

ID_REGIONS = (["330502"] * 6 + ["330503"] * 4 + ["330521"] * 4 + ["330522"] * 4 + ["330523"] * 4
              + ["330501", "330102", "330105", "330106", "330110", "330203", "330212", "330402",
                 "330411", "330602", "330603", "330702", "330302", "330381", "341502", "342501",
                 "342522", "320506", "320582", "360102", "410102", "510104", "522101", "430104",
                 "362321", "412726", "500228", "350102"])
USCC_REGIONS = ["330502"] * 5 + ["330503"] * 3 + ["330521"] * 3 + ["330522"] * 3 + ["330523"] * 3 + [
    "330500", "330501", "330102", "330106", "330110", "330481", "330602", "310115"]

MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147",
                   "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175",
                   "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188",
                   "189", "191", "193", "195", "198", "199"]
LANDLINE_AREAS = [("0572", 7, "2356")] * 7 + [("0571", 8, "8586"), ("0573", 8, "8"), ("0574", 8, "8"),
                                              ("0575", 8, "8"), ("0579", 8, "8"), ("010", 8, "6"),
                                              ("021", 8, "56"), ("0512", 8, "6")]
CARD_BINS = [("622848", 19), ("621700", 19), ("622202", 19), ("621226", 19), ("622588", 16),
             ("621483", 16), ("623058", 19), ("622262", 19), ("621799", 19), ("622188", 19),
             ("622700", 19), ("621661", 19), ("622760", 19), ("621462", 18), ("622908", 18),
             ("625965", 16), ("628288", 16), ("436742", 16), ("518710", 16), ("621098", 19),
             ("623668", 19), ("621559", 19)]
MAIL_DOMAINS = ["163.com"] * 4 + ["qq.com"] * 4 + ["126.com"] * 2 + ["sina.com", "139.com", "foxmail.com",
                "outlook.com", "gmail.com", "hotmail.com", "aliyun.com", "yeah.net", "sohu.com"]
GOV_DOMAINS = ["huzhou.gov.cn", "wuxing.gov.cn", "nanxun.gov.cn", "deqing.gov.cn", "zjcx.gov.cn",
               "anji.gov.cn", "zj.gov.cn", "hzdsj.huzhou.gov.cn"]
ORG_DOMAINS = ["hzjt.com.cn", "zjhztex.com", "anjibamboo.cn", "dqgeo.com", "cxbattery.com.cn",
               "zjnx-silk.com", "hzcitygroup.cn", "hzlaw.cn"]
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_PROVS = [("浙", "浙", "ABCDEFGHJKL")] * 14 + [("沪", "滬", "ABCD"), ("苏", "蘇", "ABCDEFH"),
                                                      ("皖", "皖", "ABCEFKP"), ("赣", "贛", "ABC"),
                                                      ("京", "京", "ABNQ"), ("闽", "閩", "AD")]
TRACE_STOPS = [("湖州站", "湖州站"), ("爱山广场", "愛山廣場"), ("吾悦广场", "吾悅廣場"), ("浙北大厦", "浙北大廈"),
               ("湖州市中心医院", "湖州市中心醫院"), ("德清站", "德清站"), ("长兴汽车站", "長興汽車站"),
               ("安吉汽车客运中心", "安吉汽車客運中心"), ("南浔古镇", "南潯古鎮"), ("织里童装城", "織里童裝城"),
               ("太湖旅游度假区", "太湖旅遊度假區"), ("杭州东站", "杭州東站"), ("上海虹桥站", "上海虹橋站"),
               ("苏州北站", "蘇州北站"), ("龙之梦乐园", "龍之夢樂園"), ("万达广场", "萬達廣場"),
               ("银泰城", "銀泰城"), ("仁皇山公园", "仁皇山公園"), ("飞英公园", "飛英公園"), ("衣裳街", "衣裳街"),
               ("小西街", "小西街"), ("莫干山景区", "莫干山景區"), ("下渚湖湿地", "下渚湖濕地"),
               ("新市古镇", "新市古鎮"), ("练市农贸市场", "練市農貿市場"), ("长兴人民医院", "長興人民醫院"),
               ("安吉竹博园", "安吉竹博園"), ("湖州汽车客运中心", "湖州汽車客運中心"), ("浔溪菜场", "潯溪菜場"),
               ("某网吧", "某網吧"), ("湖州师范学院", "湖州師範學院"), ("德清地理信息小镇", "德清地理信息小鎮")]
HEALTH = [("高血压病3级", "高血壓病3級"), ("高血压病2级（高危）", "高血壓病2級（高危）"), ("2型糖尿病", "2型糖尿病"),
          ("冠状动脉粥样硬化性心脏病", "冠狀動脈粥樣硬化性心臟病"), ("慢性阻塞性肺疾病", "慢性阻塞性肺疾病"),
          ("脑梗死", "腦梗死"), ("精神分裂症", "精神分裂症"), ("双相情感障碍", "雙相情感障礙"),
          ("抑郁症（中度）", "抑鬱症（中度）"), ("尿毒症（维持性血透）", "尿毒症（維持性血透）"),
          ("乳腺癌", "乳腺癌"), ("肺腺癌IV期", "肺腺癌IV期"), ("肝硬化失代偿期", "肝硬化失代償期"),
          ("阿尔茨海默病", "阿爾茨海默病"), ("帕金森病", "帕金森病"), ("慢性肾脏病4期", "慢性腎臟病4期"),
          ("类风湿关节炎", "類風濕關節炎"), ("癫痫", "癲癇"), ("继发性肺结核", "繼發性肺結核"),
          ("慢性乙型病毒性肝炎", "慢性乙型病毒性肝炎"), ("支气管哮喘", "支氣管哮喘"), ("胃癌", "胃癌"),
          ("急性髓系白血病", "急性髓系白血病"), ("系统性红斑狼疮", "系統性紅斑狼瘡"), ("重度骨质疏松", "重度骨質疏鬆"),
          ("孤独症谱系障碍", "孤獨症譜系障礙"), ("房颤", "房顫"), ("慢性心力衰竭（NYHA III级）", "慢性心力衰竭（NYHA III級）")]
DISABILITY = [("肢体残疾二级", "肢體殘疾二級"), ("视力残疾一级", "視力殘疾一級"), ("智力残疾三级", "智力殘疾三級"),
              ("听力残疾二级", "聽力殘疾二級"), ("精神残疾二级", "精神殘疾二級"), ("肢体残疾四级", "肢體殘疾四級"),
              ("言语残疾三级", "言語殘疾三級"), ("多重残疾一级", "多重殘疾一級")]
POSTCODES = ["313000", "313000", "313100", "313200", "313300", "313009", "313028", "310012", "314000"]
SERVICE_NUMBERS = ["12345", "12315", "12333", "12348", "12320", "12366", "12369", "12350", "95566",
                   "95588", "95533", "95599", "95555", "95559", "96345", "12328", "12388"]
FOUR00 = ["400-826-8800", "400-820-5555", "4008-123-456", "400 600 9999", "800-828-0988", "400-1696-5678"]
VIN_AL = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def _org_check(body8: str) -> str:
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    c = 11 - sum(v * w for v, w in zip(vals, W_ORG)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def _uscc_check(first17: str) -> str:
    s = sum(USCC_AL.index(ch) * w for ch, w in zip(first17, W_USCC))
    return USCC_AL[(31 - s % 31) % 31]


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_S2T = str.maketrans({"号": "號", "监": "監", "处": "處", "罚": "罰", "吴": "吳", "决": "決", "长": "長",
                      "综": "綜", "执": "執", "劳": "勞", "浔": "潯", "环": "環", "终": "終", "复": "復",
                      "动": "動", "权": "權", "县": "縣", "发": "發", "办": "辦", "卫": "衛", "数": "數",
                      "据": "據", "财": "財", "药": "藥", "危": "危", "化": "化", "转": "轉", "机": "機",
                      "币": "幣", "万": "萬", "区": "區", "镇": "鎮", "门": "門", "电": "電", "话": "話", "产": "產"})
_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
_FW.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FW.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_FW.update({"－": "-", "（": "(", "）": ")", "＋": "+", "　": " ", "．": ".", "＠": "@"})


def halfwidth(s: str) -> str:
    return "".join(_FW.get(c, c) for c in s)


def id_valid(s: str) -> bool:
    s = halfwidth(s).replace(" ", "").replace("-", "").upper()
    if re.fullmatch(r"\d{15}", s):
        try:
            _dt.date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
        except ValueError:
            return False
        return True
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        _dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17]


def uscc_valid(s: str) -> bool:
    s = halfwidth(s).replace(" ", "").replace("-", "")
    if len(s) != 18 or any(c not in USCC_AL for c in s):
        return False
    return _uscc_check(s[:17]) == s[17]


def card_valid(s: str) -> bool:
    s = re.sub(r"[\s-]", "", halfwidth(s))
    return bool(re.fullmatch(r"\d{16,19}", s)) and _luhn_ok(s)


# --------------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------------
class Person:
    __slots__ = ("name", "py", "sex", "birth", "region", "id", "surname", "py_sur", "py_given")

    def __init__(self, name, py_sur, py_given, sex, birth, region, idno, surname):
        self.name, self.py, self.sex, self.birth = name, py_sur + py_given, sex, birth
        self.region, self.id, self.surname = region, idno, surname
        self.py_sur, self.py_given = py_sur, py_given


def E(t: str, v: str) -> str:
    return f"⟦{t}|{v}⟧"


def N(k: str, v: str) -> str:
    return f"⟦~{k}|{v}⟧"


class G:
    """Per-document generator: random values in the document's script, returned as markup."""

    def __init__(self, rng: random.Random, trad: bool):
        self.r = rng
        self.trad = trad
        self.used_names: set[str] = set()
        self.titles: dict[str, str] = {}
        self.base = self.day()
        self.dstyle = self.w([("cn", 45), ("iso", 30), ("slash", 8), ("dot", 10), ("compact", 7)])

    # -- small helpers ------------------------------------------------------------------------
    def c(self, *opts):
        return self.r.choice(opts)

    def w(self, pairs):
        """weighted choice from [(value, weight), ...]"""
        tot = sum(p[1] for p in pairs)
        x = self.r.uniform(0, tot)
        for v, wt in pairs:
            x -= wt
            if x <= 0:
                return v
        return pairs[-1][0]

    def t(self, v: str) -> str:
        """simplified -> traditional for the fixed words helpers generate"""
        return v.translate(_S2T) if self.trad else v

    def s(self, pair):
        """pick the script form of a (simplified, traditional, ...) tuple"""
        return pair[1] if self.trad else pair[0]

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def digits(self, n: int, first: str = "0123456789") -> str:
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def i(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    # -- people ---------------------------------------------------------------------------------
    def person(self, sex: str | None = None, age: tuple[int, int] = (18, 80), region: str | None = None) -> Person:
        r = self.r
        sex = sex or r.choice("男女")
        for _ in range(50):
            sur = r.choice(COMPOUND_SURNAMES) if r.random() < 0.03 else r.choice(SURNAMES)
            n_given = 1 if r.random() < 0.28 else 2
            pool = _GIVEN_M if sex == "男" else _GIVEN_F
            given = [r.choice(pool) for _ in range(n_given)]
            if n_given == 2 and given[0][0] == given[1][0] and r.random() < 0.7:
                continue
            if n_given == 1 and given[0][0] in "子一月天新文明":
                continue
            name = self.s(sur) + "".join(self.s(g) for g in given)
            if name not in self.used_names:
                break
        self.used_names.add(name)
        year = 2025 - r.randint(*age)
        birth = _dt.date(year, r.randint(1, 12), r.randint(1, 28))
        region = region or r.choice(ID_REGIONS)
        seq = r.randint(0, 99) * 10 + (r.choice([1, 3, 5, 7, 9]) if sex == "男" else r.choice([0, 2, 4, 6, 8]))
        first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
        idno = first17 + id_check(first17)
        return Person(name, sur[2], "".join(g[2] for g in given), sex, birth, region, idno, self.s(sur))

    def per(self, p: Person | str) -> str:
        return E("PERSON", p.name if isinstance(p, Person) else p)

    def pname(self, **kw) -> str:
        """a fresh person, labelled name only"""
        return self.per(self.person(**kw))

    def title(self, p: Person) -> str:
        """unlabelled surname + honorific / anonymised form (李某, 王女士); stable per person"""
        if p.name in self.titles:
            return self.titles[p.name]
        self.titles[p.name] = self._title(p)
        return self.titles[p.name]

    def _title(self, p: Person) -> str:
        if p.sex == "男":
            return p.surname + self.c("先生", "某", "某某", "师傅" if not self.trad else "師傅")
        return p.surname + self.c("女士", "某", "某某", "阿姨")

    def sex(self, p: Person) -> str:
        return p.sex

    def age(self, p: Person, ref_year: int = 2025) -> int:
        return ref_year - p.birth.year

    # -- resident ID --------------------------------------------------------------------------
    def rid(self, p: Person | None = None, style: str | None = None) -> str:
        idno = (p or self.person()).id
        style = style or self.w([("plain", 70), ("space", 8), ("fw", 6), ("lower", 5), ("dash", 3), ("space2", 4)])
        if style == "space":
            v = f"{idno[:6]} {idno[6:14]} {idno[14:]}"
        elif style == "space2":
            v = f"{idno[:3]} {idno[3:6]} {idno[6:10]} {idno[10:14]} {idno[14:]}"
        elif style == "dash":
            v = f"{idno[:6]}-{idno[6:14]}-{idno[14:]}"
        elif style == "fw":
            v = fullwidth(idno)
        elif style == "lower":
            if idno.endswith("X"):
                v = idno[:-1] + "x"
            else:
                v = idno
        else:
            v = idno
        return E("CN_RESIDENT_ID", v)

    def rid15(self, p: Person | None = None) -> str:
        p = p or self.person(age=(45, 85))
        v = p.id[:6] + p.id[8:14] + p.id[14:17]
        return E("CN_RESIDENT_ID", v)

    def bad_id(self, region: str | None = None) -> str:
        p = self.person()
        good = p.id[-1]
        bad = self.r.choice([c for c in "0123456789X" if c != good])
        v = p.id[:17] + bad
        if self.p(0.08):
            v = fullwidth(v)
        return N("bad_check_id", v)

    # -- phones ---------------------------------------------------------------------------------
    def mobile_raw(self) -> str:
        return self.r.choice(MOBILE_PREFIXES) + self.digits(8)

    def mob(self, style: str | None = None, raw: str | None = None) -> str:
        m = raw or self.mobile_raw()
        style = style or self.w([("plain", 62), ("s344", 11), ("d344", 7), ("p86", 6), ("p86n", 3),
                                 ("p86d", 2), ("fw", 5), ("s3-8", 2), ("b86", 2)])
        v = {
            "plain": m,
            "s344": f"{m[:3]} {m[3:7]} {m[7:]}",
            "d344": f"{m[:3]}-{m[3:7]}-{m[7:]}",
            "p86": f"+86 {m}",
            "p86n": f"+86{m}",
            "p86d": f"+86-{m[:3]}-{m[3:7]}-{m[7:]}",
            "fw": fullwidth(m),
            "s3-8": f"{m[:3]} {m[3:]}",
            "b86": f"(+86){m}",
        }[style]
        return E("CN_MOBILE", v)

    def land(self, area: str | None = None, ext: bool | None = None, style: str | None = None) -> str:
        if area:
            a = next(x for x in LANDLINE_AREAS if x[0] == area)
        else:
            a = self.r.choice(LANDLINE_AREAS)
        code, n, first = a
        num = self.digits(n, first)
        style = style or self.w([("dash", 55), ("space", 10), ("paren", 8), ("fwparen", 7), ("glued", 6),
                                 ("intl", 3), ("fwdash", 3)])
        if style == "dash":
            v = f"{code}-{num}"
        elif style == "space":
            v = f"{code} {num}"
        elif style == "paren":
            v = f"({code}){num}"
        elif style == "fwparen":
            v = f"（{code}）{num}"
        elif style == "glued":
            v = f"{code}{num}"
        elif style == "intl":
            v = f"+86 {code[1:]} {num}"
        else:
            v = f"{code}－{num}"
        if ext is None:
            ext = self.p(0.15)
        if ext:
            e = self.digits(self.c(3, 4, 2), "123456789")
            v += self.c(f"转{e}" if not self.trad else f"轉{e}", f"-{e}", f" ext. {e}", f"分机{e}" if not self.trad else f"分機{e}", f" 转 {e}" if not self.trad else f" 轉 {e}")
        return E("CN_LANDLINE", v)

    def service(self) -> str:
        if self.p(0.3):
            return N("service_number", self.r.choice(FOUR00))
        return N("service_number", self.r.choice(SERVICE_NUMBERS))

    # -- organisations ----------------------------------------------------------------------------
    def uscc_raw(self, cat: str | None = None, region: str | None = None) -> str:
        cat = cat or self.w([("91", 82), ("92", 10), ("93", 4), ("Y1", 1)])
        region = region or self.r.choice(USCC_REGIONS)
        while True:
            body = "".join(self.r.choice("0123456789" * 3 + "ABCDEFGH") for _ in range(8))
            if not body.isdigit() or self.p(0.6):
                break
        org = body + _org_check(body)
        first17 = cat + region + org
        return first17 + _uscc_check(first17)

    def uscc(self, cat: str | None = None, style: str | None = None) -> str:
        u = self.uscc_raw(cat)
        style = style or self.w([("plain", 88), ("fw", 4), ("space", 4), ("lower", 0), ("dash", 4)])
        if style == "fw":
            v = fullwidth(u)
        elif style == "space":
            v = f"{u[:2]} {u[2:8]} {u[8:17]} {u[17]}"
        elif style == "dash":
            v = f"{u[:8]}-{u[8:17]}-{u[17]}" if self.p(0.5) else f"{u[:2]}-{u[2:8]}-{u[8:]}"
        else:
            v = u
        return E("CN_USCC", v)

    def bad_uscc(self) -> str:
        u = self.uscc_raw()
        bad = self.r.choice([c for c in USCC_AL if c != u[-1]])
        return N("bad_check_uscc", u[:17] + bad)

    def orgcode(self) -> str:
        body = "".join(self.r.choice("0123456789") for _ in range(8))
        return N("org_code", f"{body}-{_org_check(body)}")

    # -- bank cards -----------------------------------------------------------------------------
    def card_raw(self) -> str:
        b, n = self.r.choice(CARD_BINS)
        part = b + self.digits(n - len(b) - 1)
        return part + luhn_digit(part)

    def card(self, style: str | None = None) -> str:
        c = self.card_raw()
        style = style or self.w([("plain", 55), ("s4", 28), ("d4", 5), ("fw", 5), ("s4fw", 2), ("s6", 5)])
        if style in ("s4", "s4fw", "d4"):
            groups = [c[i:i + 4] for i in range(0, len(c), 4)]
            v = (" " if style != "d4" else "-").join(groups)
            if style == "s4fw":
                v = fullwidth(v)
        elif style == "s6":
            v = f"{c[:6]} {c[6:]}"
        elif style == "fw":
            v = fullwidth(c)
        else:
            v = c
        return E("BANK_CARD", v)

    def bad_card(self, kind: str = "bad_check_card", spaced: bool | None = None) -> str:
        b, n = self.r.choice(CARD_BINS)
        part = b + self.digits(n - len(b) - 1)
        good = luhn_digit(part)
        v = part + str((int(good) + self.i(1, 9)) % 10)
        if spaced if spaced is not None else self.p(0.25):
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return N(kind, v)

    # -- email / ip -----------------------------------------------------------------------------
    def email(self, p: Person | None = None, kind: str = "personal") -> str:
        r = self.r
        if kind == "gov":
            dept = r.choice(["dsjzx", "bgs", "xfj", "mzj", "rsj", "wjw", "scjgj", "zjj", "jtj", "swj",
                             "gaj", "sfj", "yjglj", "zfcxjsj", "tjj", "nyncj", "zrzyj", "xxzx", "szfb"])
            v = f"{dept}{r.choice(['', '', str(r.randint(1, 9)), '_office', 'xx'])}@{r.choice(GOV_DOMAINS)}"
        elif kind == "org":
            v = f"{r.choice(['hr', 'service', 'admin', 'finance', 'info', 'kefu', 'legal', 'it'])}@{r.choice(ORG_DOMAINS)}"
        else:
            p = p or self.person()
            py = p.py
            style = r.randint(0, 9)
            dom = r.choice(MAIL_DOMAINS)
            if dom == "qq.com" and r.random() < 0.7:
                local = self.digits(r.randint(8, 10), "123456789")
            elif style < 3:
                local = py + str(r.randint(1960, 2005))
            elif style < 5:
                local = py
                if r.random() < 0.5:
                    local += str(r.randint(1, 999))
            elif style < 7:
                local = p.py_sur + "." + p.py_given if r.random() < 0.6 else p.py_given + "." + p.py_sur
            elif style < 8:
                local = py.capitalize() + r.choice(["_", ".", ""]) + r.choice(["hz", "zj", "work", "88", "666"])
            else:
                local = py + "_" + str(r.randint(10, 99))
            v = f"{local}@{dom}"
            if r.random() < 0.05:
                v = v.upper() if r.random() < 0.3 else v.capitalize()
        return E("EMAIL_ADDRESS", v)

    def ip_raw(self, kind: str | None = None) -> str:
        r = self.r
        kind = kind or self.w([("private", 55), ("public", 38), ("v6", 7)])
        if kind == "private":
            t = r.randint(0, 2)
            if t == 0:
                return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            if t == 1:
                return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if kind == "public":
            a = r.choice(["115.236", "122.224", "60.190", "183.129", "223.93", "112.17", "39.174",
                          "36.22", "218.108", "61.153", "101.71", "117.147", "125.118", "58.100"])
            return f"{a}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        groups = [r.choice(["240e", "2409", "2408", "240a"]), format(r.randint(0x1000, 0xffff), "x"),
                  format(r.randint(0, 0xffff), "x"), format(r.randint(0, 0xffff), "x")]
        tail = [format(r.randint(0, 0xffff), "x") for _ in range(4)]
        if r.random() < 0.5:
            return ":".join(groups) + "::" + ":".join(tail[:2])
        return ":".join(groups + tail)

    def ip(self, kind: str | None = None) -> str:
        return E("IP_ADDRESS", self.ip_raw(kind))

    # -- travel documents, plates ---------------------------------------------------------------
    def passport(self, fw: bool = False) -> str:
        r = self.r
        t = r.randint(0, 9)
        if t < 5:
            v = "E" + self.digits(8)
        elif t < 8:
            v = "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)
        else:
            v = "G" + self.digits(8, "3456")
        if fw or r.random() < 0.04:
            v = fullwidth(v)
        return E("CN_PASSPORT", v)

    def hkm(self, fw: bool = False) -> str:
        r = self.r
        if r.random() < 0.6:
            v = "C" + self.digits(8)
        else:
            v = "C" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)
        if fw or r.random() < 0.04:
            v = fullwidth(v)
        return E("CN_HK_MACAO_PERMIT", v)

    def plate_raw(self, prov: str | None = None, city: str | None = None, ne: bool | None = None) -> str:
        r = self.r
        if prov:
            pv = next(x for x in PLATE_PROVS if x[0] == prov)
        else:
            pv = r.choice(PLATE_PROVS)
        p_ = self.s(pv)
        ct = city or (r.choice(pv[2]) if pv[0] != "浙" or r.random() < 0.45 else "E")
        if ne is None:
            ne = r.random() < 0.2
        if ne:
            tail = r.choice("DF") + (r.choice(PLATE_LETTERS) if r.random() < 0.2 else str(r.randint(0, 9))) + self.digits(4)
        else:
            chars = []
            nlet = r.choice([0, 0, 1, 1, 1, 2])
            pos = r.sample(range(5), nlet)
            for k in range(5):
                chars.append(r.choice(PLATE_LETTERS) if k in pos else str(r.randint(0, 9)))
            tail = "".join(chars)
        return p_ + ct + tail

    def plate(self, style: str | None = None, **kw) -> str:
        v = self.plate_raw(**kw)
        style = style or self.w([("plain", 60), ("dot", 22), ("space", 8), ("dash", 4), ("bullet", 3), ("fw", 3)])
        if style == "dot":
            v = v[:2] + "·" + v[2:]
        elif style == "space":
            v = v[:2] + " " + v[2:]
        elif style == "dash":
            v = v[:2] + "-" + v[2:]
        elif style == "bullet":
            v = v[:2] + "•" + v[2:]
        elif style == "fw":
            v = v[0] + fullwidth(v[1:])
        return E("CN_LICENSE_PLATE", v)

    # -- addresses --------------------------------------------------------------------------------
    def addr_raw(self, start: str | None = None, fine: str | None = None, hz: bool | None = None) -> str:
        """start: prov | city | district | town ; fine: room | house | village | unit"""
        r = self.r
        if hz is None:
            hz = r.random() < 0.85
        start = start or self.w([("prov", 20), ("city", 40), ("district", 30), ("town", 10)])
        fine = fine or self.w([("room", 45), ("house", 25), ("village", 20), ("unit", 10)])
        hao = "號" if self.trad else "号"
        if hz:
            dist, towns, roads, comms, villages = r.choice(HZ_AREAS)
            parts = [("prov", self.s(("浙江省", "浙江省"))), ("city", self.s(("湖州市", "湖州市"))),
                     ("district", self.s(dist))]
            if fine == "village":
                parts.append(("town", self.s(r.choice(towns))))
                parts.append(("v", self.s(r.choice(villages))))
                k = r.randint(0, 3)
                zu = "組" if self.trad else "组"
                if k == 0:
                    parts.append(("v", f"{r.randint(1, 15)}{zu}"))
                elif k == 1:
                    parts.append(("v", f"{r.randint(1, 15)}{zu}{r.randint(1, 99)}{hao}"))
                elif k == 2:
                    parts.append(("v", self.s(r.choice([("茅坝", "茅壩"), ("西漾", "西漾"), ("后庄", "後莊"),
                                                         ("大坞", "大塢"), ("新桥", "新橋"), ("东村", "東村")]))
                                  + f"{r.randint(1, 120)}{hao}"))
                else:
                    parts.append(("v", f"{r.randint(1, 300)}{hao}"))
            else:
                if r.random() < 0.5:
                    parts.append(("town", self.s(r.choice(towns))))
                parts.append(("road", self.s(r.choice(roads))))
                num = f"{r.randint(1, 1888)}{hao}"
                if fine == "room":
                    if r.random() < 0.5:
                        parts.append(("c", self.s(r.choice(comms))))
                    else:
                        parts.append(("n", num))
                    parts.append(("rm", self._room()))
                elif fine == "unit":
                    parts.append(("n", num))
                    parts.append(("u", self.s(r.choice([("综合楼", "綜合樓"), ("A座", "A座"), ("科创大厦", "科創大廈"),
                                                         ("1号楼", "1號樓"), ("商务中心", "商務中心")]))
                                  + f"{r.randint(2, 23)}{r.randint(1, 20):02d}室"))
                else:
                    parts.append(("n", num))
        else:
            city, dist, roads = r.choice(OTHER_AREAS)
            parts = [("prov", self.s(("浙江省", "浙江省"))), ("city", self.s(city)), ("district", self.s(dist)),
                     ("road", self.s(r.choice(roads))), ("n", f"{r.randint(1, 999)}{hao}")]
            if fine in ("room", "unit"):
                parts.append(("rm", self._room()))
        levels = [lv for lv, _ in parts]
        if start not in levels:
            start = "district"
        idx = levels.index(start)
        return "".join(t for _, t in parts[idx:])

    def _room(self) -> str:
        r = self.r
        b, u, f, n = r.randint(1, 32), r.randint(1, 4), r.randint(1, 18), r.randint(1, 4)
        if self.trad:
            return self.c(f"{b}幢{u}單元{f}0{n}室", f"{b}幢{f}0{n}室", f"{b}號樓{u}單元{f}0{n}室", f"{b}-{u}-{f}0{n}")
        return self.c(f"{b}幢{u}单元{f}0{n}室", f"{b}幢{f}0{n}室", f"{b}号楼{u}单元{f}0{n}室", f"{b}-{u}-{f}0{n}",
                      f"{b}栋{f}0{n}室")

    def addr(self, **kw) -> str:
        return E("CN_ADDRESS", self.addr_raw(**kw))

    def division(self) -> str:
        """a bare division, to be used only after an address cue"""
        dist = self.r.choice(HZ_AREAS)
        return E("CN_ADDRESS", self.c("", self.s(("浙江省", "浙江省"))) + self.s(("湖州市", "湖州市")) + self.s(dist[0]))

    def dist_name(self) -> str:
        return self.s(self.r.choice(HZ_AREAS)[0])

    def town_name(self) -> str:
        return self.s(self.r.choice(self.r.choice(HZ_AREAS)[1]))

    def village_name(self) -> str:
        return self.s(self.r.choice(self.r.choice(HZ_AREAS)[4]))

    def comm_name(self) -> str:
        return self.s(self.r.choice(self.r.choice(HZ_AREAS)[3]))

    # -- dates / DOB ----------------------------------------------------------------------------
    def dob(self, p: Person | None = None, style: str | None = None) -> str:
        b = (p or self.person()).birth
        style = style or self.w([("cn", 45), ("iso", 25), ("dot", 12), ("slash", 6), ("ym", 7), ("compact", 5)])
        v = {
            "cn": f"{b.year}年{b.month}月{b.day}日",
            "iso": f"{b:%Y-%m-%d}",
            "dot": f"{b:%Y.%m.%d}",
            "slash": f"{b.year}/{b.month}/{b.day}",
            "ym": f"{b.year}年{b.month:02d}月",
            "compact": f"{b:%Y%m%d}",
        }[style]
        return E("DATE_OF_BIRTH", v)

    def day(self, y0: int = 2023, y1: int = 2025) -> _dt.date:
        return _dt.date(self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28))

    def date(self, d: _dt.date | None = None, style: str | None = None, neg: bool = True) -> str:
        d = d or self.day()
        style = style or (self.dstyle if self.r.random() < 0.85 else
                          self.w([("cn", 45), ("iso", 30), ("slash", 8), ("dot", 10), ("compact", 7)]))
        v = {
            "cn": f"{d.year}年{d.month}月{d.day}日",
            "iso": f"{d:%Y-%m-%d}",
            "slash": f"{d.year}/{d.month}/{d.day}",
            "dot": f"{d:%Y.%m.%d}",
            "compact": f"{d:%Y%m%d}",
        }[style]
        return N("date", v) if neg else v

    def dtime(self, d: _dt.date | None = None, sec: bool = True) -> str:
        d = d or (self.base if self.r.random() < 0.7 else self.day())
        t = f"{self.i(0, 23):02d}:{self.i(0, 59):02d}" + (f":{self.i(0, 59):02d}" if sec else "")
        return N("datetime", f"{d:%Y-%m-%d} {t}")

    def period(self, y0: int = 2023, y1: int = 2025, sep: str = "至") -> str:
        a, b = sorted([self.day(y0, y1), self.day(y0, y1)])
        return f"{self.date(a)}{sep}{self.date(b)}"

    def hm(self) -> str:
        return f"{self.i(7, 21):02d}:{self.i(0, 59):02d}"

    # -- sensitive free-text values ------------------------------------------------------------
    def health(self, disability: bool = False) -> str:
        return E("HEALTH_INFO", self.s(self.r.choice(DISABILITY if disability else HEALTH)))

    def H(self, v: str) -> str:
        return E("HEALTH_INFO", v)

    def health_raw(self, disability: bool = False) -> str:
        return self.s(self.r.choice(DISABILITY if disability else HEALTH))

    def money(self, lo: int, hi: int, style: str | None = None, dec: bool | None = None) -> str:
        r = self.r
        amt = r.randint(lo, hi)
        if dec is None:
            dec = r.random() < 0.3
        num = f"{amt:,}" if amt >= 1000 and r.random() < 0.6 else str(amt)
        if dec:
            num += f".{r.randint(0, 99):02d}"
        style = style or self.w([("yuan", 55), ("rmb", 10), ("sign", 20), ("fwsign", 5), ("rmbyuan", 10)])
        return {"yuan": f"{num}元", "rmb": f"人民幣{num}元" if self.trad else f"人民币{num}元", "sign": f"¥{num}", "fwsign": f"￥{num}",
                "rmbyuan": f"{num}元"}[style]

    def wan(self, lo: float, hi: float) -> str:
        v = round(self.r.uniform(lo, hi), self.r.choice([0, 1, 2]))
        s = f"{v:g}"
        return f"{s}万元" if not self.trad else f"{s}萬元"

    def fin(self, lo: int = 1000, hi: int = 90000, **kw) -> str:
        return E("FINANCIAL_INFO", self.money(lo, hi, **kw))

    def fin_wan(self, lo: float, hi: float) -> str:
        return E("FINANCIAL_INFO", self.wan(lo, hi))

    def amount(self, lo: int = 100, hi: int = 500000, **kw) -> str:
        return N("amount", self.money(lo, hi, **kw))

    def amount_wan(self, lo: float, hi: float) -> str:
        return N("amount", self.wan(lo, hi))

    def trace(self, n: int | None = None, style: str | None = None) -> str:
        r = self.r
        n = n or r.randint(3, 5)
        stops = [self.s(x) for x in r.sample(TRACE_STOPS, n)]
        style = style or self.w([("arrow", 35), ("timed", 35), ("paren", 20), ("ascii", 10)])
        if style == "arrow":
            v = "→".join(stops)
        elif style == "ascii":
            v = " -> ".join(stops)
        elif style == "timed":
            times = self._times(n)
            v = stops[0] + "".join(f" → {t} {s}" for t, s in zip(times[1:], stops[1:]))
            return f"{times[0]} " + E("LOCATION_TRACE", v)
        else:
            times = self._times(n)
            v = "→".join(f"{s}（{t}）" for s, t in zip(stops[:-1], times[:-1])) + "→" + stops[-1]
        return E("LOCATION_TRACE", v)

    def _times(self, n: int) -> list[str]:
        m = self.r.randint(6 * 60, 15 * 60)
        out = []
        for _ in range(n):
            out.append(f"{m // 60:02d}:{m % 60:02d}")
            m += self.r.randint(8, 110)
        return out

    def ssc(self) -> str:
        r = self.r
        t = r.randint(0, 2)
        if t == 0:
            v = r.choice("ABHJKLMN") + self.digits(8)
        elif t == 1:
            v = self.digits(9, "123456789")
        else:
            v = "3305" + self.digits(6)
        return E("CN_SOCIAL_SECURITY", v)

    def medrec(self, kind: str = "any") -> str:
        r = self.r
        t = r.randint(0, 4)
        if t == 0:
            v = self.digits(r.choice([7, 8]), "123456789")
        elif t == 1:
            v = "MZ" + self.digits(10)
        elif t == 2:
            v = "ZY" + self.digits(8)
        elif t == 3:
            v = "H" + self.digits(9)
        else:
            v = f"{r.randint(10, 99)}-{self.digits(6)}"
        return E("CN_MEDICAL_RECORD", v)

    def medins(self) -> str:
        v = "ZJ" + self.digits(12) if self.r.random() < 0.5 else "H3305" + self.digits(10)
        return E("CN_MEDICAL_RECORD", v)

    # -- hard negatives ---------------------------------------------------------------------------
    def docno(self) -> str:
        y = self.i(2016, 2025)
        n = self.i(1, 180)
        if self.trad:
            pre = self.c("湖政辦發", "湖政發", "吳政辦發", "潯政發", "德政辦發", "長政辦發", "安政辦發",
                         "湖大數據", "湖人社發", "湖衛健發", "湖市監", "湖民發", "湖建發", "湖公通", "湖財社")
            return N("doc_number", f"{pre}〔{y}〕{n}號")
        pre = self.c("湖政办发", "湖政发", "吴政办发", "浔政发", "德政办发", "长政办发", "安政办发", "湖大数据",
                     "湖人社发", "湖卫健发", "湖市监", "湖民发", "湖建发", "湖公通", "湖财社", "浙政办发",
                     "湖交发", "湖应急", "湖医保发", "湖税发")
        return N("doc_number", f"{pre}〔{y}〕{n}号" if self.p(0.85) else f"{pre}[{y}]{n}号")

    def caseno(self, kind: str | None = None) -> str:
        y = self.i(2019, 2025)
        court = self.c("浙0502", "浙0503", "浙0521", "浙0522", "浙0523", "浙05")
        given = kind
        kind = kind or self.c("民初", "民终", "执", "刑初", "行初", "执保", "民特", "破")
        if given and court == "浙05":
            court = self.c("浙0502", "浙0503", "浙0521", "浙0522", "浙0523")
        if court == "浙05" and kind in ("民初", "刑初", "行初", "民特", "破"):
            kind = self.c("民终", "刑终", "行终", "执复", "民初")
        n = self.i(1, 9999)
        v = f"（{y}）{court}{kind}{n}号"
        return N("case_number", self.t(v))

    def penalty_no(self) -> str:
        y = self.i(2020, 2025)
        v = self.c(f"湖吴市监处罚〔{y}〕{self.i(1, 999)}号", f"湖浔市监罚处〔{y}〕{self.i(1, 500)}号",
                   f"湖公（吴）行罚决字〔{y}〕{self.digits(5)}号", f"德市监处罚〔{y}〕{self.i(1, 400)}号",
                   f"长综执罚字〔{y}〕第{self.i(1, 900)}号", f"安环罚〔{y}〕{self.i(1, 99)}号",
                   f"湖劳人仲案字〔{y}〕第{self.i(1, 700)}号", f"湖交执罚〔{y}〕{self.i(100, 9999)}号")
        return N("case_number", self.t(v))

    def postcode(self) -> str:
        return N("postcode", self.r.choice(POSTCODES))

    def order(self) -> str:
        t = self.i(0, 4)
        d = self.day()
        if t == 0:
            v = f"{d:%Y%m%d}{self.digits(self.c(6, 8, 10))}"
        elif t == 1:
            v = f"DD{d:%Y%m%d}{self.digits(6)}"
        elif t == 2:
            v = f"HZ{d:%y%m%d}{self.digits(5)}"
        elif t == 3:
            v = f"ZF{d:%Y%m%d}{self.digits(8)}"
        else:
            v = f"{self.digits(12, '3456789')}"
        return N("order_number", self._fix_lookalike(v))

    def invoice(self) -> str:
        t = self.i(0, 2)
        if t == 0:
            v = f"{self.c('24', '25', '23')}33{self.digits(16)}"
        elif t == 1:
            v = f"0{self.c('33', '31')}00{self.digits(7)}"
        else:
            v = self.digits(8)
        return N("invoice_number", self._fix_lookalike(v))

    def workorder(self) -> str:
        d = self.day()
        t = self.i(0, 3)
        if t == 0:
            v = f"{d:%Y%m%d}{self.digits(4)}"
        elif t == 1:
            v = f"HZ12345-{d:%y%m%d}{self.digits(4)}"
        elif t == 2:
            v = f"GD{d:%Y%m%d}{self.digits(5)}"
        else:
            v = f"ZJ{self.digits(2)}{d:%y%m%d}{self.digits(6)}"
        return N("work_order", self._fix_lookalike(v))

    def version(self) -> str:
        r = self.r
        t = r.randint(0, 5)
        if t == 0:
            v = f"v{r.randint(1, 6)}.{r.randint(0, 12)}.{r.randint(0, 30)}"
        elif t == 1:
            v = f"V{r.randint(1, 9)}.{r.randint(0, 9)}"
        elif t == 2:
            v = f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(1, 250)}"
        elif t == 3:
            v = f"build {self.day():%Y%m%d}"
        elif t == 4:
            v = f"{r.randint(2, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}-{self.c('release', 'rc1', 'hotfix2', 'LTS')}"
        else:
            v = f"R{r.randint(20, 24)}.{r.randint(1, 12):02d}.{r.randint(1, 9)}"
        return N("version", v)

    def count(self, lo: int = 10, hi: int = 200000, unit: str | None = None) -> str:
        n = self.i(lo, hi)
        s = f"{n:,}" if n >= 1000 and self.p(0.6) else str(n)
        return N("count", s + (unit or ""))

    def vin(self) -> str:
        v = self.c("LSV", "LFV", "LGB", "LVS", "LHG", "LNB", "LGX", "LDC") + "".join(self.r.choice(VIN_AL) for _ in range(14))
        return N("vin", self._fix_lookalike(v))

    def tracking(self) -> str:
        t = self.i(0, 3)
        if t == 0:
            v = "SF" + self.digits(13, "1")
        elif t == 1:
            v = "YT" + self.digits(13, "4")
        elif t == 2:
            v = "JDV" + self.digits(12, "0")
        else:
            v = "EMS" + self.digits(9) + "CN"
        return N("tracking_number", v)

    def serial(self, kind: str = "serial_number") -> str:
        d = self.day()
        special = {
            "acceptance_number": lambda: f"SL{d:%Y%m%d}{self.digits(4)}",
            "application_number": lambda: f"SQ-{d:%Y%m%d}-{self.digits(4)}",
            "certificate_number": lambda: f"{self.c('HZ', 'ZJ', 'No.')}{d:%Y}{self.digits(6)}",
            "incident_number": lambda: f"J3305{self.c('02', '03', '21', '22', '23')}{d:%Y%m%d}{self.digits(4)}",
            "approval_number": lambda: f"{self.c('LS', 'JZ', 'SP')}{d:%Y}{self.digits(5)}",
            "booking_number": lambda: f"YY{d:%y%m%d}{self.digits(4)}",
            "batch_number": lambda: f"{d:%Y%m}{self.c('A', 'B', 'C')}{self.digits(3)}",
            "doc_serial": lambda: f"{self.c('吴', '浔', '德', '长', '安') if not self.trad else self.c('吳', '潯', '德', '長', '安')}公交认字[{d:%Y}]第{self.digits(5)}号"
                                  if not self.trad else f"湖公交認字[{d:%Y}]第{self.digits(5)}號",
        }
        if kind in special:
            return N(kind, self._fix_lookalike(special[kind]()))
        t = self.i(0, 3)
        if t == 0:
            v = f"SN{self.digits(10)}"
        elif t == 1:
            v = f"{self.c('HK', 'DH', 'HW', 'ZX')}{self.digits(4)}{self.r.choice('ABCDEFGH')}{self.digits(6)}"
        elif t == 2:
            v = self.digits(18, "12")
        else:
            v = f"{self.c('ASSET', 'ZC')}-{self.digits(4)}-{self.digits(5)}"
        return N(kind, self._fix_lookalike(v))

    def license_no(self) -> str:
        t = self.i(0, 3)
        if t == 0:
            v = "JY" + self.c("1", "2", "3") + "3305" + self.digits(2, "0") + self.digits(8)
        elif t == 1:
            v = self.c("浙", "浙") + "湖" + self.c("食药", "卫公", "建安", "危化") + f"〔{self.i(2019, 2025)}〕{self.digits(5)}"
        elif t == 2:
            v = "D" + self.digits(9, "23")
        else:
            v = f"330500{self.digits(9)}"
        return N("license_number", self.t(self._fix_lookalike(v)))

    def regno(self) -> str:
        v = self.c("330502", "330503", "330521", "330522", "330523", "330500") + "000" + self.digits(6)
        return N("registration_number", self._fix_lookalike(v))

    def property_cert(self) -> str:
        y = self.i(2017, 2025)
        place = self.c("湖州市", "德清县", "长兴县", "安吉县") if not self.trad else self.c("湖州市", "德清縣", "長興縣", "安吉縣")
        v = f"浙（{y}）{place}不动产权第{self.digits(7, '0')}号"
        return N("certificate_number", self.t(v))

    def account_code(self) -> str:
        return N("account_number", self._fix_lookalike(self.digits(self.c(10, 12, 14), "123456789")))

    def _fix_lookalike(self, v: str) -> str:
        """make sure a negative never passes a check it could be mistaken for"""
        for _ in range(100):
            if not (_looks_positive(v)):
                return v
            if re.fullmatch(r"\d{15}", v):
                v = v[:8] + "9" + v[9:]  # month 9x: never a legacy ID date
                continue
            v = v[:-1] + self.r.choice("0123456789")
        return v


def _looks_positive(v: str) -> bool:
    c = re.sub(r"[\s-]", "", halfwidth(v))
    if re.fullmatch(r"\d{17}[\dXx]", c) and id_valid(c):
        return True
    if re.fullmatch(r"\d{15}", c) and id_valid(c):
        return True
    if re.fullmatch(r"\d{16,19}", c) and _luhn_ok(c):
        return True
    if len(c) == 18 and uscc_valid(c):
        return True
    if re.fullmatch(r"(?:\+?86)?1[3-9]\d{9}", c):
        return True
    return False


# --------------------------------------------------------------------------------------------
# template registry
# --------------------------------------------------------------------------------------------
TEMPLATES: list[tuple[str, bool, object]] = []


def T(fn):
    TEMPLATES.append((fn.__name__, False, fn))
    return fn


def TT(fn):
    TEMPLATES.append((fn.__name__, True, fn))
    return fn


def rows(n, fn):
    return "\n".join(fn(k) for k in range(1, n + 1))


# ============================================================================================
# TEMPLATES
# ============================================================================================


# --------------------------------------------------------------------------------------------
# markup -> record, validation
# --------------------------------------------------------------------------------------------
_MARK = re.compile(r"⟦(~?)([A-Za-z_]+)\|([^⟦⟧]*)⟧")


def parse(markup: str):
    text, ents, negs = [], [], []
    pos = 0
    last = 0
    for m in _MARK.finditer(markup):
        chunk = markup[last:m.start()]
        text.append(chunk)
        pos += len(chunk)
        val = m.group(3)
        span = {"start": pos, "end": pos + len(val)}
        if m.group(1):
            negs.append({"kind": m.group(2), **span})
        else:
            ents.append({"type": m.group(2), **span})
        text.append(val)
        pos += len(val)
        last = m.end()
    text.append(markup[last:])
    out = "".join(text)
    if "⟦" in out or "⟧" in out:
        raise ValueError("unbalanced markup: " + out[:200])
    return out, ents, negs


STRUCTURED = ["CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS",
              "IP_ADDRESS", "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE"]

_LANDLINE_RE = re.compile(
    r"(?:\+86 \d{2,3} \d{7,8}|\(0\d{2,3}\)\d{7,8}|0\d{2,3}[ -]?\d{7,8})"
    r"(?:(?:转|轉|分机|分機| ext\. |-| 转 | 轉 )\d{2,5})?")
_PLATE_RE = re.compile(r"[京沪滬苏蘇浙皖赣贛闽閩][A-HJ-NP-Z][·• -]?(?:[DF][A-HJ-NP-Z0-9]\d{4}|[A-HJ-NP-Z0-9]{5})")


def entity_types() -> set[str]:
    types = set()
    in_ent = False
    for line in ENTITIES_YAML.read_text(encoding="utf-8").splitlines():
        if line.startswith("entities:"):
            in_ent = True
            continue
        m = re.match(r"^  ([A-Z_]+):", line)
        if in_ent and m:
            types.add(m.group(1))
    return types


def check_value(t: str, v: str) -> str | None:
    """return an error message if v is not a well-formed value of type t"""
    h = halfwidth(v)
    if v != v.strip() or "\n" in v or not v:
        return "whitespace/empty"
    if t == "CN_RESIDENT_ID":
        return None if id_valid(h) else "bad resident id"
    if t == "CN_MOBILE":
        c = re.sub(r"^(?:\(\+86\)|\+86[ -]?)", "", h)
        c = re.sub(r"[ -]", "", c)
        return None if re.fullmatch(r"1[3-9]\d{9}", c) else "bad mobile"
    if t == "CN_LANDLINE":
        return None if _LANDLINE_RE.fullmatch(h) else "bad landline"
    if t == "CN_USCC":
        c = re.sub(r"[ -]", "", h)
        if not uscc_valid(c):
            return "bad uscc"
        return None if _org_check(c[8:16]) == c[16] else "bad org code in uscc"
    if t == "BANK_CARD":
        return None if card_valid(h) else "bad card"
    if t == "EMAIL_ADDRESS":
        return None if re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", h) else "bad email"
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(h)
        except ValueError:
            return "bad ip"
        return None
    if t == "CN_PASSPORT":
        return None if re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", h) else "bad passport"
    if t == "CN_HK_MACAO_PERMIT":
        return None if re.fullmatch(r"C\d{8}|C[A-HJ-NP-Z]\d{7}", h) else "bad permit"
    if t == "CN_LICENSE_PLATE":
        return None if _PLATE_RE.fullmatch(h) else "bad plate"
    if t == "PERSON":
        if "某" in v or not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", v):
            return "bad person"
        return None
    if t == "CN_ADDRESS":
        if not re.search(r"(号|號|室|组|組|区|區|县|縣|\d)$", v):
            return "address end"
        if not re.match(r"(浙江省|[\u4e00-\u9fff]{1,3}市|[\u4e00-\u9fff]{1,3}(区|區|县|縣)|[\u4e00-\u9fff]{2,3}(街道|镇|鎮|乡|鄉))", v):
            return "address start"
        return None
    if t == "DATE_OF_BIRTH":
        return None if re.search(r"(19|20)\d\d", v) else "bad dob"
    if t == "FINANCIAL_INFO":
        return None if re.search(r"\d", v) and re.search(r"(元|¥|￥)", v) else "bad financial"
    if t == "LOCATION_TRACE":
        return None if ("→" in v or "->" in v) else "bad trace"
    return None


def check_negative(k: str, v: str) -> str | None:
    h = halfwidth(v)
    c = re.sub(r"[\s-]", "", h)
    if v != v.strip() or "\n" in v or not v:
        return "whitespace/empty"
    if k == "bad_check_id":
        if not re.fullmatch(r"\d{17}[\dX]", c):
            return "bad_check_id shape"
        return None if id_check(c[:17]) != c[17] else "bad_check_id passes the check"
    if k == "bad_check_card":
        if not re.fullmatch(r"\d{16,19}", c):
            return "bad_check_card shape"
        return None if not _luhn_ok(c) else "bad_check_card passes Luhn"
    if k == "bad_check_uscc":
        if len(c) != 18 or any(ch not in USCC_AL for ch in c):
            return "bad_check_uscc shape"
        return None if not uscc_valid(c) else "bad_check_uscc passes the check"
    if _looks_positive(v):
        return "negative passes an identifier check"
    return None


SIMP_ONLY = set("们这时间电话号区县镇证码请联处单业银户办医门诊断记录报审务员费现发应对执罚决书实补贴险关条经营责检确认"
                "车驾驶轨迹护签访问题级类见规网络数据库调导总织计划项设标进资产账预约结说详头义乡样将该从与为东马鸟"
                "鱼龙长开阳阴风飞给过还机构国图馆讯备维监测态势习惯厅园权动价卖买质农贷纳税缴额迁龄残儿优殡遗历档"
                "学师职领偿评绘环卫种传汇统筹议么没寻协众亲属达选运递铺浔兴吴练丰硕疗药脑肾压碍")


def validate(rec: dict, types: set[str], trad: bool = False) -> list[str]:
    errs = []
    text = rec["text"]
    if trad:
        bad = sorted({c for c in text if c in SIMP_ONLY})
        if bad:
            errs.append(f"simplified characters in a Traditional document: {''.join(bad)}")
    spans = []
    for e in rec["entities"]:
        if e["type"] not in types:
            errs.append(f"unknown type {e['type']}")
        v = text[e["start"]:e["end"]]
        m = check_value(e["type"], v)
        if m:
            errs.append(f"{m}: {e['type']} {v!r}")
        spans.append((e["start"], e["end"], e["type"]))
    for n in rec["negatives"]:
        v = text[n["start"]:n["end"]]
        m = check_negative(n["kind"], v)
        if m:
            errs.append(f"{m}: ~{n['kind']} {v!r}")
        spans.append((n["start"], n["end"], "~" + n["kind"]))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errs.append(f"overlap {a} {b}")
    # nothing identifier-like may be left unmarked
    masked = list(text)
    for s0, s1, _ in spans:
        for k in range(s0, s1):
            masked[k] = " "
    rest = halfwidth("".join(masked))
    for m in re.finditer(r"\d{7,}", rest):
        errs.append(f"unmarked long number {m.group()!r}")
    for m in re.finditer(r"\S+@\S+\.\S+", rest):
        errs.append(f"unmarked email {m.group()!r}")
    for m in re.finditer(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])", rest):
        errs.append(f"unmarked ip-like {m.group()!r}")
    for m in re.finditer(r"(?<![0-9A-Za-z])[ECG]\d{8}(?![0-9A-Za-z])", rest):
        errs.append(f"unmarked passport-like {m.group()!r}")
    for m in re.finditer(r"[京沪滬苏蘇浙皖赣贛闽閩][A-HJ-NP-Z][·•]?[A-HJ-NP-Z0-9]{5}", rest):
        errs.append(f"unmarked plate-like {m.group()!r}")
    return errs


def _interleave() -> None:
    """spread the Traditional templates evenly through the registry (stable, deterministic order)"""
    simp = [t for t in TEMPLATES if not t[1]]
    trad = [t for t in TEMPLATES if t[1]]
    if not trad:
        return
    out, step, k = [], len(TEMPLATES) / len(trad), 0
    for pos in range(len(TEMPLATES)):
        if k < len(trad) and pos >= round(k * step + step / 2) - 1:
            out.append(trad[k])
            k += 1
        else:
            out.append(simp.pop(0))
    TEMPLATES[:] = out


def generate(n: int = N_DOCS, seed: int = SEED) -> list[dict]:
    out = []
    for i in range(n):
        name, trad, fn = TEMPLATES[i % len(TEMPLATES)]
        rng = random.Random(seed * 100003 + i)
        g = G(rng, trad)
        markup = fn(g).strip("\n")
        text, ents, negs = parse(markup)
        out.append({"id": f"heldout21-{i:05d}", "text": text, "entities": ents, "negatives": negs,
                    "source": SOURCE, "_template": name, "_trad": trad})
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--preview":
        names = set(argv[1:])
        recs = generate(len(TEMPLATES))
        for r in recs:
            if not names or r["_template"] in names:
                print(f"=== {r['_template']} {'[T]' if r['_trad'] else ''}")
                print(r["text"])
                print("  E:", [(e["type"], r["text"][e["start"]:e["end"]]) for e in r["entities"]])
                print("  N:", [(x["kind"], r["text"][x["start"]:x["end"]]) for x in r["negatives"]])
        return 0
    types = entity_types()
    names = [t[0] for t in TEMPLATES]
    dup = [k for k, v in Counter(names).items() if v > 1]
    if dup:
        print("duplicate template names:", dup)
        return 1
    recs = generate()
    again = generate()
    if json.dumps(recs, ensure_ascii=False) != json.dumps(again, ensure_ascii=False):
        print("generation is not deterministic")
        return 1
    n_err = 0
    for r in recs:
        for e in validate(r, types, r["_trad"]):
            n_err += 1
            if n_err <= 60:
                print(f"{r['id']} [{r['_template']}] {e}")
    if n_err:
        print(f"{n_err} validation errors")
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for r in recs:
            rec = {k: r[k] for k in ("id", "text", "entities", "negatives", "source")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert len(back) == N_DOCS and all(b["id"] == r["id"] and b["text"] == r["text"] for b, r in zip(back, recs))
    ent = Counter(e["type"] for b in back for e in b["entities"])
    neg = Counter(x["kind"] for b in back for x in b["negatives"])
    trad_docs = sum(1 for r in recs if r["_trad"])
    print(f"wrote {OUT} : {len(back)} documents, {len(TEMPLATES)} templates "
          f"({sum(1 for t in TEMPLATES if t[1])} Traditional), {trad_docs} Traditional documents")
    print(f"entities: {sum(ent.values())}  structured identifiers: {sum(ent[t] for t in STRUCTURED)}  "
          f"hard negatives: {sum(neg.values())}")
    print("per entity type:")
    for t, c in sorted(ent.items(), key=lambda x: -x[1]):
        print(f"  {t:20s} {c:6d}")
    print("per negative kind:")
    for k, c in sorted(neg.items(), key=lambda x: -x[1]):
        print(f"  {k:20s} {c:6d}")
    low = [t for t in STRUCTURED if ent[t] < 150]
    if low or sum(ent.values()) < 7000 or sum(ent[t] for t in STRUCTURED) < 4000 or sum(neg.values()) < 3000 \
            or len(TEMPLATES) < 250:
        print("WARNING: targets not met:", low)
    return 0


# ---- 12345 hotline and grid work orders -------------------------------------------------------
@T
def hotline_noise(g):
    p = g.person()
    return f"""【{N('service_number', '12345')}政务服务便民热线 工单】
工单编号：{g.workorder()}    受理时间：{g.dtime()}
来电人：{g.per(p)}    来电号码：{g.mob()}
诉求地址：{g.addr(fine='room')}
诉求内容：来电人反映小区楼下烧烤店每晚营业至凌晨，油烟和噪音扰民，已持续约两周，要求相关部门处理。
派发单位：{g.dist_name()}综合行政执法局    办理时限：3个工作日
回访情况：{g.title(p)}对处理结果表示基本满意。"""


@T
def hotline_wage(g):
    p = g.person(sex="男", age=(22, 58))
    boss = g.person(sex="男", age=(35, 60))
    return f"""来电人{g.per(p)}（身份证号{g.rid(p)}，手机{g.mob()}）反映：其于{g.date(g.day(2024, 2024))}起在{g.town_name()}某建筑工地做木工，包工头{g.per(boss)}（电话{g.mob()}）拖欠其工资共计{g.fin(8000, 46000, dec=False)}至今未付。
诉求：要求协调支付欠薪。转{g.dist_name()}人力社保局劳动保障监察大队办理，工单号{g.workorder()}，热线{g.service()}已告知受理进度可在“浙里办”查询。"""


@T
def hotline_reply_sms(g):
    p = g.person()
    return f"""【湖州{N('service_number', '12345')}】尊敬的{g.title(p)}，您于{g.date(style='cn')}反映的“{g.c('小区电梯长期故障', '道路坑洼积水', '公交站台破损', '学校周边违停', '菜场占道经营')}”问题（工单号{g.workorder()}）已办结，承办单位答复：已安排维修并加强巡查。如有疑问请致电承办人{g.pname()}，电话{g.land('0572')}。满意度回访请回复1-5。"""


@T
def hotline_batch_table(g):
    def row(k):
        p = g.person()
        return f"{k}\t{g.workorder()}\t{g.per(p)}\t{g.mob(style='plain')}\t{g.c('噪音扰民', '物业纠纷', '欠薪', '违建', '燃气异味', '停水', '路灯不亮')}\t{g.addr(start='district', fine=g.c('room', 'house'))}\t{g.c('已办结', '办理中', '已退回')}"
    return f"""湖州市{N('service_number', '12345')}热线{g.date(style='cn')}工单汇总（{g.dist_name()}）
序号\t工单编号\t来电人\t联系电话\t诉求类别\t诉求地址\t状态
{rows(g.i(3, 5), row)}
共计派单{g.count(20, 400, '件')}，按时办结率98.6%。"""


@T
def hotline_consumer(g):
    p = g.person()
    return f"""消费投诉登记（转{N('service_number', '12315')}）
投诉人：{g.per(p)}
联系方式：{g.mob()} / 邮箱 {g.email(p)}
被投诉方：{g.c('湖州某健身会所', '德清某教育培训机构', '长兴某家电卖场', '安吉某民宿')}（统一社会信用代码 {g.uscc(cat='91')}）
事由：投诉人于{g.date()}办理预付卡，现商家停业无法退费，订单号{g.order()}。
处理意见：转{g.dist_name()}市场监管局消保科调解。"""


@T
def hotline_gas_leak(g):
    p = g.person()
    return f"""[紧急工单] {g.dtime()} 来电{g.mob()}，{g.title(p)}称家住{g.addr(fine='room')}，楼道内有明显燃气味。已同步转燃气公司抢修（抢修电话{g.service()}）及属地社区。社区网格员{g.pname()}（{g.mob()}）10分钟内到场，经检测系邻户灶具软管老化，已关阀处置。"""


@T
def hotline_elderly(g):
    old = g.person(age=(75, 92))
    kid = g.person(age=(40, 60))
    return f"""来电人{g.per(kid)}，手机{g.mob()}，反映其母亲{g.per(old)}（{g.age(old)}岁，身份证{g.rid(old)}）独居在{g.addr(fine='village')}，患有{g.health()}，行动不便，希望申请居家养老服务及助餐服务。
经核实，老人符合{g.dist_name()}居家养老服务补贴条件，已转村（社区）办理，联系人{g.pname()}，电话{g.land('0572')}。工单号：{g.workorder()}"""


@T
def hotline_rental(g):
    p = g.person()
    ll = g.person()
    return f"""诉求人：{g.per(p)}    电话：{g.mob()}
被反映人：房东{g.per(ll)}，电话{g.mob()}
诉求：本人租住{g.addr(fine='room')}，合同到期后房东拒不退还两个月押金，另要求扣除所谓“清洁费”。合同编号{g.order()}。
承办：{g.town_name()}综合治理中心    回复期限：{g.date()}"""


@T
def hotline_road(g):
    return f"""工单号：{g.workorder()}
来电号码：{g.mob(style='plain')}
问题描述：{g.c('湖州大道', '二环东路', '长兴大道', '浦源大道')}与{g.c('红丰路', '明珠路', '天目路', '志远路')}交叉口东北角人行道塌陷约1平方米，夜间无警示，存在安全隐患。
处置：{g.dist_name()}交通运输局养护中心已设置围挡，计划{g.date()}前修复，养护班组长{g.pname()}，{g.mob()}。
备注：同类问题本月已受理{g.count(3, 60, '件')}。"""


@T
def hotline_callback_log(g):
    def row(k):
        p = g.person()
        return f"{g.workorder()} | {g.per(p)} | {g.mob(style=g.c('plain', 's344'))} | 回访{g.c('满意', '基本满意', '不满意', '未接通')}"
    return f"""回访记录（{g.date(style='iso')}，回访员工号 A{g.i(100, 999)}）
{rows(g.i(3, 6), row)}
不满意工单已退回重办，服务热线{g.service()}。"""


@T
def grid_visit(g):
    p = g.person(age=(60, 90))
    return f"""网格走访日志
网格：{g.town_name()}第{g.i(1, 30)}网格    网格员：{g.pname()}    日期：{g.date()}
走访对象：{g.per(p)}，{g.sex(p)}，{g.age(p)}岁，住{g.addr(fine=g.c('village', 'room'))}
联系电话：{g.mob()}；紧急联系人{g.pname()}，{g.mob()}
情况：老人患{g.health()}多年，规律服药，本次血压平稳；家中有燃气报警器，已提醒定期检查。
下次走访：{g.date()}"""


@T
def grid_rental_register(g):
    host = g.person()
    def row(k):
        t = g.person(age=(18, 55))
        return f"{k}. {g.per(t)}  {g.rid(t)}  {g.mob()}  {g.c('务工', '经商', '求学', '随迁')}"
    return f"""出租房屋流动人口登记表
房屋地址：{g.addr(fine='room')}
房东：{g.per(host)}    身份证：{g.rid(host)}    电话：{g.mob()}
承租人员：
{rows(g.i(2, 4), row)}
登记日期：{g.date()}    登记人：{g.pname()}（{g.town_name()}流管站）"""


# ---- police: 110, records, traffic, exit-entry ------------------------------------------------
@T
def police_110(g):
    p = g.person()
    return f"""接处警登记表
接警时间：{g.dtime()}    警情编号：{g.serial('incident_number')}
报警人：{g.per(p)}    联系电话：{g.mob()}
发案地点：{g.addr(fine=g.c('house', 'room'))}门口
简要警情：报警人称其停放的电动自行车被人挪动并损坏，怀疑系邻居所为。
出警民警：{g.pname()}、{g.pname()}    处理结果：现场调解，双方达成一致。
所属：{g.dist_name()}公安分局{g.c('爱山', '月河', '织里', '南浔', '武康', '雉城', '递铺')}派出所"""


@T
def police_interview(g):
    p = g.person()
    return f"""询问笔录（第1次）
询问时间：{g.dtime(sec=False)}起
询问地点：{g.c('爱山', '飞英', '练市', '新市', '泗安', '孝丰')}派出所办案区
被询问人：{g.per(p)}    性别：{g.sex(p)}    出生日期：{g.dob(p)}
身份证件种类及号码：居民身份证 {g.rid(p)}
户籍地：{g.division()}
现住址：{g.addr(fine='room')}
联系方式：{g.mob()}
问：你今天为什么来派出所？
答：我来反映我被人骗了钱的事情。对方自称是快递客服，让我下载了一个会议软件共享屏幕。
问：你把钱转到了哪个账户？
答：对方给的卡号是{g.card()}，户名叫{g.pname()}，我一共转了三次。"""


@T
def police_accident(g):
    a = g.person()
    b = g.person()
    return f"""道路交通事故认定书（简易程序）  编号：{g.serial('doc_serial')}
事故时间：{g.dtime(sec=False)}    地点：{g.c('湖州大道', '318国道', '104国道', '长兴大道', '杭长高速出口')}附近
当事人甲：{g.per(a)}，公民身份号码 {g.rid(a)}，驾驶{g.plate()}小型轿车，电话{g.mob()}
当事人乙：{g.per(b)}，公民身份号码 {g.rid(b)}，驾驶{g.plate()}{g.c('电动自行车', '小型普通客车', '轻型货车')}，电话{g.mob()}
事故经过：甲车在路口左转时未让直行车辆先行，与乙车发生碰撞，造成两车受损，无人员受伤。
责任认定：甲负全部责任。保险报案号：{g.order()}
交通警察：{g.pname()}（警号{g.digits(6, '0')}）"""


@T
def police_parking_notice(g):
    return f"""违法停车告知单
号牌号码：{g.plate(style=g.c('plain', 'dot'))}    号牌种类：小型汽车
违法时间：{g.dtime(sec=False)}
违法地点：{g.c('红丰路', '人民路', '明珠路', '胜利西路', '英溪北路')}{g.c('东', '西', '南', '北')}侧人行道
违法行为：机动车违反规定停放、临时停车，驾驶人不在现场
请于15日内到{g.dist_name()}公安局交警大队或通过“交管{N('service_number', '12123')}”App处理。处罚依据：{g.docno()}
执勤民警：{g.pname()}    设备编号：{g.serial('device_number')}"""


@T
def police_exit_entry(g):
    p = g.person(age=(18, 70))
    return f"""出入境证件申请受理回执
申请人：{g.per(p)}    性别：{g.sex(p)}    出生日期：{g.dob(p, style='iso')}
公民身份号码：{g.rid(p)}
申请种类：{g.c('普通护照换发', '普通护照补发', '往来港澳通行证及签注', '赴港澳探亲签注')}
原证件号码：{g.c(g.passport(), g.hkm())}
受理编号：{g.serial('acceptance_number')}    受理日期：{g.date()}
联系电话：{g.mob()}    邮寄地址：{g.addr(fine='room')}
预计制证完成：{g.date()}，可通过EMS寄递（运单号另行短信告知）。"""


@T
def police_lost_passport(g):
    p = g.person()
    return f"""证件遗失报告
本人{g.per(p)}（身份证号：{g.rid(p)}），于{g.date()}在{g.c('上海浦东机场', '杭州萧山机场', '香港机场快线站', '泰国曼谷')}遗失中华人民共和国普通护照一本，护照号码{g.passport()}，签发日期{g.date(g.day(2016, 2021))}。
特此报告，申请挂失并补办。联系电话{g.mob()}，电子邮箱{g.email(p)}。
报告人：{g.per(p)}    {g.date()}"""


@T
def police_hotel(g):
    def row(k):
        p = g.person()
        return f"{g.c('8', '6', '3', '5')}{g.i(1, 30):02d} | {g.per(p)} | {g.rid(p)} | 入住 {g.dtime(sec=False)} | {g.c('自驾 ' + g.plate(), '无车辆', '无车辆')}"
    return f"""旅馆业治安管理信息系统 - 住宿登记导出
旅馆名称：{g.c('安吉某竹海民宿', '南浔古镇某客栈', '湖州某快捷酒店', '长兴某度假酒店')}（{g.uscc(cat=g.c('91', '92'))}）
房号 | 姓名 | 证件号码 | 入住时间 | 车辆
{rows(g.i(2, 4), row)}
导出人：{g.pname()}  导出IP：{g.ip('private')}"""


@T
def police_hukou_move(g):
    p = g.person(age=(20, 40))
    return f"""户口迁移证明（准迁证信息）
姓名：{g.per(p)}    性别：{g.sex(p)}    民族：汉
出生日期：{g.dob(p, style='cn')}
公民身份号码：{g.rid(p)}
迁出地址：{g.addr(hz=False, start='prov', fine='house')}
迁入地址：{g.addr(start='prov', fine='room')}
迁移原因：投靠配偶    准迁证编号：{g.serial('permit_serial')}
承办人：{g.pname()}    签发日期：{g.date()}"""


@T
def police_residence_permit(g):
    p = g.person(age=(18, 55))
    return f"""居住证申领登记
申领人：{g.per(p)}，{g.sex(p)}，{g.dob(p, style='cn')}出生
公民身份号码：{g.rid(p)}
户籍地址：{g.addr(hz=False, start='prov', fine='house') if g.p(0.5) else g.addr(start='city', fine='village')}
居住地址：{g.addr(start='district', fine='room')}
就业单位：{g.c('湖州某纺织有限公司', '长兴某电池有限公司', '德清某生物科技有限公司', '织里某童装厂')}
单位统一社会信用代码：{g.uscc(cat='91')}
联系电话：{g.mob()}    居住登记起始日期：{g.date()}"""


@T
def police_ebike_theft(g):
    p = g.person()
    return f"""电动自行车被盗报案登记
报案人：{g.per(p)}    身份证：{g.rid(p)}    电话：{g.mob()}
车辆信息：{g.c('雅迪', '爱玛', '新日', '台铃')}牌电动自行车，号牌{g.plate(style='plain', prov='浙', city='E')}，车架号{g.vin()}，电机号{g.serial('motor_number')}
被盗时间：{g.date()}夜间    被盗地点：{g.addr(fine='room', start='district')}楼下车棚
备注：车辆购买发票号码{g.invoice()}，已提供。"""


@T
def police_antifraud(g):
    p = g.person(age=(20, 75))
    return f"""【反诈预警劝阻单】
预警时间：{g.dtime()}    预警来源：省厅推送
潜在受害人：{g.per(p)}    手机：{g.mob(style='plain')}
身份证号：{g.rid(p)}
涉诈线索：受害人手机于近期多次接听境外来电（显示号码 +{g.c('852', '60', '63')} {g.digits(8)[:4]}****），并安装可疑App。
疑似收款账户：{g.card()}（{g.c('工商银行', '农业银行', '建设银行', '邮储银行')}）
劝阻民警：{g.pname()}（{g.land('0572')}）    劝阻结果：已见面劝阻成功，未发生损失。"""


@T
def police_checkpoint(g):
    def row(k):
        p = g.person(sex='男', age=(22, 60))
        return f"{g.hm()}  {g.plate()}  驾驶人 {g.per(p)}  {g.rid(p)}  {g.c('放行', '放行', '酒精测试阴性', '移交处理')}"
    return f"""{g.c('杭长高速湖州北', '申苏浙皖高速和孚', '104国道长兴', '318国道安吉')}公安检查站 夜查登记 {g.date()}
{rows(g.i(3, 5), row)}
本班次共检查车辆{g.count(40, 900, '辆')}，值班民警{g.pname()}。"""


@T
def police_vehicle_trace(g):
    return f"""协查通报：请各单位协助查找号牌为{g.plate()}的{g.c('白色', '黑色', '银灰色')}小型轿车。
该车{g.date()}行驶轨迹：{g.trace()}
如发现请立即报告指挥中心，联系电话{g.land('0572')}，或联系民警{g.pname()}（{g.mob()}）。
{N('doc_number', g.c('湖公刑', '湖公治', '吴公刑') + '协字〔' + str(g.i(2023, 2025)) + '〕第' + str(g.i(10, 300)) + '号')}"""


@T
def police_missing_elder(g):
    p = g.person(age=(72, 90))
    kid = g.person()
    return f"""寻人启事
{g.per(p)}，{g.sex(p)}，{g.age(p)}岁，身高约1.6{g.i(0, 9)}米，患有{g.health()}，记忆力差，于{g.date()}上午从家中（{g.addr(fine=g.c('room', 'village'))}）走失，走失时穿深蓝色外套。
如有知情者请联系家属{g.per(kid)}：{g.mob(style=g.c('plain', 's344'))}，或拨打110。定当重谢！"""


@T
def police_mediation(g):
    a = g.person()
    b = g.person()
    return f"""治安调解协议书  {g.penalty_no()}
甲方：{g.per(a)}，{g.sex(a)}，身份证号{g.rid(a)}，住{g.addr(fine='room')}，电话{g.mob()}
乙方：{g.per(b)}，{g.sex(b)}，身份证号{g.rid(b)}，住{g.addr(fine='room')}，电话{g.mob()}
双方因停车位发生口角并相互推搡，经民警{g.pname()}主持调解，自愿达成如下协议：乙方一次性赔偿甲方医药费，双方不再追究。
调解民警：{g.pname()}    日期：{g.date()}"""


@T
def police_traffic_sms(g):
    return f"""【湖州公安交警】您名下号牌为{g.plate(style='plain')}的机动车于{g.dtime(sec=False)}在{g.c('二环北路', '湖织大道', '杭宁高速', '龙山路')}有{g.c('超速20%以下', '不按导向车道行驶', '违反禁止标线指示')}的交通违法记录，请及时通过“交管{N('service_number', '12123')}”处理。退订回T。"""


@T
def police_cert_custody(g):
    def row(k):
        p = g.person(age=(28, 58))
        return f"{k}\t{g.per(p)}\t{g.c('科长', '副局长', '四级主任科员', '一级科员', '主任')}\t{g.passport()}\t{g.hkm()}\t{g.date()}"
    return f"""因私出国（境）证照集中保管台账（{g.c('市财政局', '市自然资源和规划局', '市住建局', '市人力社保局', '市卫健委')}）
序号\t姓名\t职务\t护照号\t港澳通行证号\t入柜日期
{rows(g.i(3, 6), row)}
管理员：{g.pname()}    核对日期：{g.date()}"""


@T
def police_internet_cafe(g):
    def row(k):
        p = g.person(age=(18, 40))
        return f"{g.c('A', 'B', 'C')}{g.i(1, 80):02d},{g.per(p)},{g.rid(p)},{g.ip('private')},{g.dtime(sec=False)}"
    return f"""网吧实名上网记录抽查（场所编码 {g.serial('site_code')}）
机号,姓名,证件号,终端IP,上机时间
{rows(g.i(3, 5), row)}
抽查人：{g.pname()}；场所负责人：{g.pname()}，{g.mob()}"""


@T
def police_hk_endorse(g):
    p = g.person(age=(6, 70))
    return f"""往来港澳通行证签注预约成功
预约人：{g.per(p)}
通行证号码：{g.hkm()}
身份证号码：{g.rid(p)}
签注种类：{g.c('团队旅游（L）一年多次', '个人旅游（G）一次', '探亲（T）三月一次', '商务（S）一年多次')}
预约时间：{g.date()} {g.c('09:00-10:00', '10:00-11:00', '14:00-15:00')}
办理地点：{g.dist_name()}公安局出入境接待大厅（{g.addr(fine='unit', start='district')}）
咨询电话：{g.land('0572')}"""


@T
def police_vehicle_transfer(g):
    seller = g.person()
    buyer = g.person()
    return f"""机动车转移登记申请表
原号牌号码：{g.plate()}    车辆识别代号：{g.vin()}
现机动车所有人：{g.per(buyer)}    身份证明号码：{g.rid(buyer)}
住所地址：{g.addr(fine='room')}    邮政编码：{g.postcode()}
联系电话：{g.mob()}    电子邮箱：{g.email(buyer)}
原所有人：{g.per(seller)}（{g.rid(seller)}）
二手车交易发票号码：{g.invoice()}"""


@T
def police_community_correction(g):
    p = g.person(age=(20, 60))
    return f"""社区矫正对象报到登记（{g.town_name()}司法所）
姓名：{g.per(p)}    性别：{g.sex(p)}    出生年月：{g.dob(p, style='ym')}
身份证号：{g.rid(p)}
判决书号：{g.caseno('刑初')}
矫正类别：缓刑    矫正期限：{g.period()}
居住地：{g.addr(fine=g.c('room', 'village'))}
本人电话：{g.mob()}    家属电话：{g.mob()}
矫正小组成员：{g.pname()}（司法所）、{g.pname()}（村/社区）"""


@T
def police_share_request(g):
    return f"""公共数据共享申请单  申请编号：{g.serial('application_number')}
申请单位：{g.dist_name()}公安分局（{g.uscc(cat='11')}）    申请人：{g.pname()}    联系电话：{g.land('0572')}  手机：{g.mob()}
申请数据：人口基础信息（姓名、公民身份号码、户籍地址）、不动产登记信息
共享属性：受限共享    使用场景：{g.c('涉诈资金返还核查', '重点人员管控', '户籍地址比对', '流动人口服务管理')}
法律依据：《中华人民共和国人民警察法》第六条
调用方式：接口    调用方IP：{g.ip('private')}    预计调用量：{g.count(1000, 90000, '次/月')}
审核意见：市大数据管理中心已于{g.date()}完成合规审核。"""


# ---- courts, justice, arbitration ---------------------------------------------------------------
@T
def court_judgment_head(g):
    a = g.person()
    rep = g.person()
    return f"""浙江省湖州市{g.c('吴兴区', '南浔区')}人民法院
民 事 判 决 书
{g.caseno('民初')}
原告：{g.per(a)}，{g.sex(a)}，{g.dob(a, style='cn')}出生，汉族，住{g.addr(fine=g.c('room', 'village'))}，公民身份号码{g.rid(a)}。
委托诉讼代理人：{g.pname()}，浙江{g.c('苕溪', '太湖', '南太湖', '碧浪')}律师事务所律师。
被告：湖州{g.c('某某建材', '某某物流', '某某置业', '某某纺织')}有限公司，住所地{g.addr(start='city', fine='unit')}，统一社会信用代码{g.uscc(cat='91')}。
法定代表人：{g.per(rep)}，该公司执行董事。
原告{g.per(a)}与被告买卖合同纠纷一案，本院于{g.date()}立案后，依法适用简易程序，公开开庭进行了审理。"""


@T
def court_service_address(g):
    p = g.person()
    return f"""送达地址确认书
案号：{g.caseno()}
受送达人：{g.per(p)}
送达地址：{g.addr(start='prov', fine='room')}    邮编：{g.postcode()}
收件人：{g.per(p)}    联系电话：{g.mob()}    备用电话：{g.land()}
是否同意电子送达：是    电子邮箱：{g.email(p)}    手机号码：{g.mob()}
受送达人签名：{g.per(p)}    {g.date()}"""


@T
def court_exec_inquiry(g):
    p = g.person()
    return f"""网络执行查控反馈结果 {g.caseno('执')}
被执行人：{g.per(p)}    证件号码：{g.rid(p)}
一、银行存款：{g.c('农业银行', '湖州银行', '建设银行')}账户 {g.card()} 余额{g.fin(100, 60000, dec=True)}，已冻结；{g.c('工商银行', '邮储银行')}账户 {g.card()} 余额{g.fin(0, 3000, dec=True)}。
二、车辆：{g.plate()}小型轿车一辆，已查封登记。
三、不动产：{g.property_cert()}，位于{g.addr(start='district', fine='room')}，已轮候查封。
四、证券、网络资金：无。
执行员：{g.pname()}    反馈时间：{g.dtime()}"""


@T
def court_online_filing(g):
    p = g.person()
    return f"""浙江移动微法院 - 网上立案信息
立案号：{g.caseno('民初')}    提交时间：{g.dtime()}
原告：{g.per(p)}  手机：{g.mob()}  身份证：{g.rid(p)}
被告：{g.pname()}  手机：{g.mob()}
案由：民间借贷纠纷
诉讼请求：判令被告归还借款本金及利息，诉讼费由被告承担。
预交诉讼费：{g.amount(50, 8000)}（缴费单号{g.order()}）"""


@T
def court_hearing_notice(g):
    return f"""开庭公告
本院定于{g.date()}上午9时在第{g.i(1, 12)}法庭公开开庭审理{g.caseno()}原告{g.pname()}诉被告{g.pname()}、湖州{g.c('某某汽车服务', '某某装饰工程', '某某农业开发')}有限公司机动车交通事故责任纠纷一案。
特此公告。联系人：书记员{g.pname()}，电话{g.land('0572')}。
浙江省湖州市{g.c('吴兴区', '南浔区', '中级')}人民法院
{g.date()}"""


@T
def court_legal_aid(g):
    p = g.person(age=(25, 70))
    return f"""法律援助申请表（{g.dist_name()}法律援助中心）
申请人：{g.per(p)}    性别：{g.sex(p)}    出生日期：{g.dob(p)}
身份证号码：{g.rid(p)}
住所：{g.addr(fine=g.c('village', 'room'))}
联系电话：{g.mob()}
家庭经济状况：家庭人口{g.i(2, 5)}人，申请人月收入{g.fin(1200, 4500, dec=False)}，家庭月人均收入{g.fin(900, 2600, dec=False)}，名下无房产、无车辆。
案情摘要：申请人在工作中受伤，被认定为工伤，用人单位拒绝支付一次性伤残补助金。
受理编号：{g.serial('acceptance_number')}    受理人：{g.pname()}    咨询热线：{g.service()}"""


@T
def court_arbitration_award(g):
    p = g.person(age=(22, 55))
    return f"""劳动人事争议仲裁裁决书  {g.penalty_no()}
申请人：{g.per(p)}，{g.sex(p)}，{g.dob(p, style='cn')}出生，住{g.addr(fine='room')}，身份证号码{g.rid(p)}。
被申请人：长兴{g.c('某某电子', '某某机械', '某某新能源')}有限公司，统一社会信用代码{g.uscc(cat='91', style='plain')}，住所{g.addr(start='district', fine='unit')}。
申请人主张：{g.period()}期间每月工资{g.fin(4500, 9000, dec=False)}，被申请人拖欠{g.c('三', '四', '五')}个月工资未发。
裁决如下：被申请人于本裁决生效之日起十日内支付申请人工资{g.fin(9000, 40000, dec=False)}。
仲裁员：{g.pname()}    书记员：{g.pname()}"""


@T
def court_auction(g):
    return f"""司法拍卖公告
{g.c('湖州市吴兴区', '德清县', '长兴县', '安吉县')}人民法院将于{g.date()}10时至次日10时止在淘宝网司法拍卖网络平台公开拍卖：位于{g.addr(start='prov', fine='room')}的住宅一套（{g.property_cert()}），建筑面积{g.i(60, 180)}.{g.i(10, 99)}平方米。
起拍价：{g.amount_wan(60, 320)}，保证金：{g.amount_wan(5, 30)}，增价幅度：{g.amount(1000, 5000, style='yuan', dec=False)}。
咨询电话：{g.land('0572')}（工作日）；监督电话：{g.land('0572')}。案号{g.caseno('执')}。"""


@T
def court_mediation_agreement(g):
    a = g.person()
    b = g.person()
    return f"""人民调解协议书  编号：{N('doc_number', g.c('湖吴', '浔', '德', '长', '安') + '调〔' + str(g.i(2023, 2025)) + '〕' + str(g.i(1, 300)) + '号')}
当事人：{g.per(a)}，{g.sex(a)}，身份证号{g.rid(a)}，住{g.addr(fine='village')}，电话{g.mob()}
当事人：{g.per(b)}，{g.sex(b)}，身份证号{g.rid(b)}，住{g.addr(fine='village')}，电话{g.mob()}
纠纷简要情况：双方因宅基地边界及排水沟修建产生纠纷。
经{g.village_name()}人民调解委员会调解，双方自愿达成协议如下：……
调解员：{g.pname()}    记录人：{g.pname()}    {g.date()}"""


@T
def court_lawyer_email(g):
    p = g.person()
    lawyer = g.person()
    return f"""From: {g.email(lawyer)}
To: {g.email(p)}
Cc: {g.email(kind='org')}
Subject: 关于{g.caseno('民初')}案件证据材料的补充
{g.per(p)}先生/女士您好：
附件为您委托的买卖合同纠纷案补充证据清单，请核对后于{g.date()}前回复。另，对方当事人新提交的银行流水显示其名下账户{g.card()}曾于{g.date()}收到货款，请您回忆是否与此笔交易有关。
如需面谈可致电{g.mob()}或所里座机{g.land()}。
{g.per(lawyer)} 律师"""


@T
def court_bad_faith_list(g):
    def row(k):
        p = g.person()
        return f"{g.per(p)}  {g.rid(p)}  {g.caseno('执')}  {g.c('有履行能力而拒不履行', '违反财产报告制度', '违反限制消费令')}"
    return f"""失信被执行人名单（本期新增，{g.date()}发布）
被执行人姓名  身份证号码  执行案号  失信情形
{rows(g.i(3, 5), row)}
查询请登录中国执行信息公开网。发布单位：{g.c('吴兴区', '南浔区', '德清县', '长兴县', '安吉县')}人民法院"""


# ---- health ----------------------------------------------------------------------------------
@T
def health_outpatient(g):
    p = g.person()
    return f"""湖州市{g.c('中心医院', '第一人民医院', '中医院', '妇幼保健院', '第三人民医院')} 门诊病历
病历号：{g.medrec()}    就诊日期：{g.date()}    科室：{g.c('心内科', '内分泌科', '神经内科', '呼吸内科', '肾内科')}
姓名：{g.per(p)}    性别：{g.sex(p)}    年龄：{g.age(p)}岁    电话：{g.mob()}
主诉：复诊配药。
现病史：规律服药中，近期自测指标控制一般。
诊断：{g.health()}
处理：氨氯地平片5mg qd；1月后复诊。
医师：{g.pname()}"""


@T
def health_discharge(g):
    p = g.person(age=(40, 85))
    return f"""出院小结
病案号：{g.medrec()}    床号：{g.i(1, 60)}床
姓名：{g.per(p)}  性别：{g.sex(p)}  出生日期：{g.dob(p, style='iso')}  身份证号：{g.rid(p)}
家庭住址：{g.addr(fine=g.c('room', 'village'))}    联系人电话：{g.mob()}
入院日期：{g.date()}    出院日期：{g.date()}
出院诊断：1. {g.health()}；2. {g.health()}
出院医嘱：低盐低脂饮食，规律服药，门诊随访。
主治医师：{g.pname()}    科室电话：{g.land('0572', ext=False)}"""


@T
def health_followup_table(g):
    def row(k):
        p = g.person(age=(50, 85))
        return f"{k}. {g.per(p)}｜{g.sex(p)}｜{g.age(p)}｜{g.mob()}｜诊断：{g.health()}｜血压 {g.i(120, 175)}/{g.i(70, 100)}｜{g.c('控制满意', '控制不满意', '失访')}"
    return f"""{g.town_name()}卫生院 慢病随访登记（{g.date()}）
责任医生：{g.pname()}
{rows(g.i(3, 5), row)}
本季度应随访{g.count(100, 900, '人')}，实随访{g.count(90, 880, '人')}。"""


@T
def health_vaccination(g):
    child = g.person(age=(0, 6))
    mom = g.person(sex='女', age=(25, 40))
    return f"""儿童预防接种信息
儿童姓名：{g.per(child)}    性别：{g.sex(child)}    出生日期：{g.dob(child, style='iso')}
母亲姓名：{g.per(mom)}    联系电话：{g.mob()}
现住址：{g.addr(fine='room')}
接种记录：{g.date()} 乙肝疫苗第3剂（批号{g.serial('batch_number')}）；{g.date()} 麻腮风疫苗第1剂
接种单位：{g.town_name()}社区卫生服务中心预防接种门诊"""


@T
def health_infectious_card(g):
    p = g.person()
    return f"""传染病报告卡  卡片编号：{g.serial('card_serial')}
患者姓名：{g.per(p)}    有效证件号：{g.rid(p)}
性别：{g.sex(p)}    出生日期：{g.dob(p)}
工作单位：{g.c('湖州某纺织厂', '长兴某电池厂', '个体', '学生', '无业')}    联系电话：{g.mob()}
现住址：{g.addr(fine=g.c('room', 'village'))}
病种：{g.H(g.c('继发性肺结核', '梅毒（二期）', '布鲁氏菌病', '登革热', '猩红热'))}
发病日期：{g.date()}    诊断日期：{g.date()}
报告医生：{g.pname()}    报告单位：{g.c('湖州市中心医院', '德清县人民医院', '长兴县人民医院', '安吉县人民医院')}"""


@T
def health_120(g):
    p = g.person(age=(50, 90))
    return f"""湖州市急救中心调度记录
受理时间：{g.dtime()}    呼救电话：{g.mob()}
呼救人：{g.title(p)}（患者家属）
地址：{g.addr(fine=g.c('room', 'village'))}
病情：家属称患者突发不适，意识清楚。既往有{g.health()}病史。
派车：{g.c('吴兴', '南浔', '德清', '长兴', '安吉')}分站 {g.plate(style='plain', prov='浙', city='E')}    车组：医生{g.pname()}、驾驶员{g.pname()}
到院诊断：{g.H(g.c('急性下壁心肌梗死', '急性前壁心肌梗死', '主动脉夹层（Stanford A型）'))}"""


@T
def health_family_doctor(g):
    p = g.person(age=(60, 88))
    return f"""家庭医生签约服务协议（乙方信息）
签约居民：{g.per(p)}    身份证号：{g.rid(p)}    出生日期：{g.dob(p)}
医保个人编号：{g.medins()}
居住地址：{g.addr(fine=g.c('village', 'room'))}
联系电话：{g.mob()}    家属联系电话：{g.mob()}
重点人群类别：65岁以上老年人；慢性病：{g.health()}
签约团队：{g.town_name()}卫生院 全科医生{g.pname()}（{g.mob()}）
签约日期：{g.date()}    服务包：{g.c('基础包', '高血压个性化包', '糖尿病个性化包')}"""


@T
def health_checkup(g):
    p = g.person(age=(25, 60))
    return f"""{g.c('湖州市总工会职工', '市直机关', '教师')}年度体检报告（摘要）
体检编号：{g.serial('exam_number')}    姓名：{g.per(p)}    性别：{g.sex(p)}    年龄：{g.age(p)}
单位：{g.c('市教育局', '市交通运输局', '吴兴区财政局', '市税务局')}
主要异常：
① {g.H(g.c('甲状腺结节（TI-RADS 3类）', '脂肪肝（中度）', '高尿酸血症', '颈动脉斑块形成'))}
② {g.H('血脂异常（高甘油三酯血症）')}
建议：内分泌科随诊。报告查询：{g.email(kind='org')}    体检中心电话：{g.land('0572')}"""


@T
def health_mental_registry(g):
    p = g.person()
    g2 = g.person()
    return f"""严重精神障碍患者管理信息（{g.town_name()}）
患者：{g.per(p)}，{g.sex(p)}，{g.age(p)}岁，身份证{g.rid(p)}
诊断：{g.H(g.c('精神分裂症', '双相情感障碍', '偏执性精神病', '分裂情感性障碍'))}
危险性评估：{g.i(0, 3)}级    监护人：{g.per(g2)}（{g.c('父', '母', '配偶', '兄')}），电话{g.mob()}
住址：{g.addr(fine=g.c('village', 'room'))}
随访医生：{g.pname()}    民警：{g.pname()}    网格员：{g.pname()}"""


@T
def health_birth_cert(g):
    mom = g.person(sex='女', age=(24, 40))
    dad = g.person(sex='男', age=(25, 42))
    baby = g.person(age=(0, 0))
    return f"""出生医学证明首次签发登记
新生儿姓名：{g.per(baby)}    性别：{g.sex(baby)}    出生日期：{g.dob(baby, style='cn')}
出生地点：湖州市妇幼保健院    出生体重：{g.i(2600, 4100)}克
母亲：{g.per(mom)}    身份证件号码：{g.rid(mom)}
父亲：{g.per(dad)}    身份证件号码：{g.rid(dad)}
家庭住址：{g.addr(fine='room')}
联系电话：{g.mob()}    证明编号：{N('certificate_number', g.c('R', 'S', 'T') + g.digits(9))}"""


@T
def health_appointment_sms(g):
    p = g.person()
    return f"""【湖州市{g.c('中心医院', '第一人民医院', '中医院')}】{g.per(p)}您好，您已成功预约{g.date()} {g.c('上午', '下午')}{g.c('心血管内科', '消化内科', '眼科', '骨科')}{g.c('专家', '普通')}门诊，就诊序号{g.i(1, 60)}，病历号{g.medrec()}。请携带身份证或医保电子凭证按时就诊，取消预约请拨{g.land('0572', ext=False)}。"""


@T
def health_epi_investigation(g):
    p = g.person()
    return f"""聚集性疫情流行病学调查报告（{g.dist_name()}）
个案：{g.per(p)}，{g.sex(p)}，{g.age(p)}岁，联系电话{g.mob()}，身份证号{g.rid(p)}
现住址：{g.addr(fine='room')}
发病前14天活动轨迹：{g.trace()}
密切接触者：{g.pname()}（{g.mob()}）、{g.pname()}（{g.mob()}）
调查人员：{g.pname()}、{g.pname()}（{g.dist_name()}疾控中心）    调查日期：{g.date()}"""


@T
def health_dispute(g):
    p = g.person()
    rel = g.person()
    return f"""医疗纠纷投诉受理单（市卫健委医政处）
投诉人：{g.per(rel)}（患者之{g.c('子', '女', '配偶')}）    电话：{g.mob()}
患者：{g.per(p)}    病案号：{g.medrec()}
投诉事由：患者因{g.health()}于{g.date()}入住某医院，投诉人认为医院延误诊治导致病情加重，要求查明原因并赔偿。
受理编号：{g.serial('acceptance_number')}    承办人：{g.pname()}    联系电话：{g.land('0572')}"""


@T
def health_disability_cert(g):
    p = g.person()
    return f"""残疾人证申请审批表
申请人：{g.per(p)}    性别：{g.sex(p)}    出生日期：{g.dob(p)}
身份证号：{g.rid(p)}
户籍地址：{g.addr(fine=g.c('village', 'room'))}
监护人：{g.pname()}    联系电话：{g.mob()}
评定结论：{g.health(disability=True)}
评定医院：{g.c('湖州市第三人民医院', '湖州市中心医院', '德清县人民医院')}    评定医生：{g.pname()}
{g.town_name()}残联审核意见：同意。    {g.date()}"""


@T
def health_his_audit(g):
    def row(k):
        return f"{g.dtime()} user=doc{g.i(1000, 9999)} ip={g.ip('private')} action={g.c('VIEW_EMR', 'PRINT', 'EXPORT', 'VIEW_EMR')} patient_mrn={g.medrec()}"
    return f"""# HIS 敏感操作审计日志 (system {g.version()})
{rows(g.i(4, 7), row)}
# 异常：工号 doc{g.i(1000, 9999)} 于非工作时间批量导出病历{g.count(50, 900, '份')}，已推送院信息科 {g.email(kind='org')}"""


@T
def health_referral(g):
    p = g.person(age=(30, 80))
    return f"""双向转诊单（上转）
患者姓名：{g.per(p)}    性别：{g.sex(p)}    年龄：{g.age(p)}
身份证号：{g.rid(p)}    医保个人编号：{g.medins()}
初步诊断：{g.health()}
转出单位：{g.town_name()}卫生院    转出医生：{g.pname()}    电话：{g.mob()}
转入单位：湖州市中心医院{g.c('心内科', '肿瘤科', '肾内科')}    接诊医生：{g.pname()}
转诊日期：{g.date()}"""


@T
def health_special_disease(g):
    p = g.person(age=(30, 80))
    return f"""医保门诊慢特病待遇认定结果
参保人：{g.per(p)}    公民身份号码：{g.rid(p)}
医保编号：{g.medins()}
认定病种：{g.H(g.c('恶性肿瘤', '尿毒症', '再生障碍性贫血', '精神分裂症', '血友病'))}
临床诊断：{g.health()}
有效期：{g.period()}
定点医疗机构：{g.c('湖州市中心医院', '湖州市第一人民医院', '长兴县人民医院')}
经办人：{g.pname()}    咨询电话：{g.service()}"""


@T
def health_maternal(g):
    p = g.person(sex='女', age=(22, 40))
    h = g.person(sex='男', age=(24, 45))
    return f"""孕产妇保健手册建册登记
孕妇姓名：{g.per(p)}    出生日期：{g.dob(p)}    身份证号：{g.rid(p)}
丈夫姓名：{g.per(h)}    电话：{g.mob()}
孕妇电话：{g.mob()}    现居住地：{g.addr(fine='room')}
孕次/产次：G{g.i(1, 3)}P{g.i(0, 2)}    高危因素：{g.H(g.c('妊娠期糖尿病', '妊娠期高血压', '瘢痕子宫', '甲状腺功能减退'))}
建册单位：{g.town_name()}社区卫生服务中心    建册日期：{g.date()}"""


# ---- civil affairs ---------------------------------------------------------------------------
@T
def civil_dibao_apply(g):
    p = g.person(age=(35, 75))
    sp = g.person(sex='女' if p.sex == '男' else '男', age=(35, 75))
    return f"""最低生活保障申请审批表
申请人：{g.per(p)}    性别：{g.sex(p)}    出生年月：{g.dob(p, style='ym')}    身份证号：{g.rid(p)}
家庭住址：{g.addr(fine=g.c('village', 'room'))}    联系电话：{g.mob()}
家庭成员：配偶{g.per(sp)}（{g.rid(sp)}），患{g.health()}，丧失劳动能力。
家庭收入：申请人打零工月收入约{g.fin(800, 2000, dec=False)}；存款{g.fin(1000, 20000, dec=False)}；无机动车辆。
申请理由：因病致贫。
收款账户：{g.c('湖州农商银行', '邮储银行', '农业银行')} {g.card()}
{g.village_name()}村委会评议意见：同意上报。    日期：{g.date()}
（当地低保标准：每人每月{g.amount(1100, 1300, style='yuan', dec=False)}）"""


@T
def civil_temp_relief(g):
    p = g.person()
    return f"""临时救助审批表  编号：{g.serial('approval_number')}
救助对象：{g.per(p)}，身份证{g.rid(p)}，电话{g.mob()}
住址：{g.addr(fine=g.c('room', 'village'))}
困难情形：{g.c('突发火灾房屋受损', '家庭成员突发重病', '遭遇交通事故', '子女就学困难')}；家属{g.pname()}确诊{g.health()}，自付医疗费用较高。
救助方式：发放救助金，打卡至{g.card()}。
{g.town_name()}民政办经办人：{g.pname()}    审批日期：{g.date()}"""


@T
def civil_marriage(g):
    a = g.person(sex='男', age=(23, 45))
    b = g.person(sex='女', age=(22, 43))
    return f"""婚姻登记预约信息
预约号：{g.serial('booking_number')}    预约日期：{g.date()}    登记机关：{g.dist_name()}民政局婚姻登记处
男方：{g.per(a)}  {g.rid(a)}  出生日期 {g.dob(a, style='iso')}  电话 {g.mob()}
女方：{g.per(b)}  {g.rid(b)}  出生日期 {g.dob(b, style='iso')}  电话 {g.mob()}
提醒：请双方携带本人户口簿、身份证原件及近期2寸合影照片3张。咨询电话{g.land('0572', ext=False)}。"""


@T
def civil_disability_subsidy(g):
    def row(k):
        p = g.person()
        return f"{k}\t{g.per(p)}\t{g.rid(p)}\t{g.health(disability=True)}\t{g.card(style='plain')}"
    return f"""{g.dist_name()}困难残疾人生活补贴和重度残疾人护理补贴发放花名册（{g.date()}）
序号\t姓名\t身份证号\t残疾类别等级\t社保卡银行账号
{rows(g.i(3, 5), row)}
补贴标准：生活补贴每人每月{g.amount(300, 600, style='yuan', dec=False)}，依据{g.docno()}。"""


@T
def civil_elderly_care(g):
    p = g.person(age=(78, 96))
    kid = g.person(age=(45, 65))
    return f"""养老机构入住评估表
老人姓名：{g.per(p)}    性别：{g.sex(p)}    出生日期：{g.dob(p)}
身份证号：{g.rid(p)}    社保卡号：{g.ssc()}
原住址：{g.addr(fine=g.c('room', 'village'))}
主要疾病：{g.health()}、{g.health()}
能力评估等级：{g.c('轻度失能', '中度失能', '重度失能')}
紧急联系人：{g.per(kid)}（{g.c('儿子', '女儿', '侄子')}）  {g.mob()}  {g.email(kid)}
入住机构：{g.c('吴兴区社会福利中心', '南浔区颐养园', '德清县康养中心', '长兴县中心敬老院')}
评估员：{g.pname()}    评估日期：{g.date()}"""


@T
def civil_funeral(g):
    p = g.person(age=(70, 98))
    kin = g.person()
    return f"""遗体火化登记
逝者：{g.per(p)}    性别：{g.sex(p)}    出生日期：{g.dob(p)}    公民身份号码：{g.rid(p)}
户籍地：{g.division()}
死亡原因：{g.health()}
经办家属：{g.per(kin)}  身份证：{g.rid(kin)}  电话：{g.mob()}
火化证明编号：{g.serial('certificate_number')}    {g.dist_name()}殡仪馆  {g.date()}"""


@T
def civil_social_org(g):
    rep = g.person(age=(35, 70))
    return f"""社会组织年检报告（{g.i(2023, 2024)}年度）
组织名称：湖州市{g.c('吴兴区志愿者协会', '老年书画研究会', '慈善总会南浔分会', '家政服务行业协会')}
统一社会信用代码：{g.uscc(cat=g.c('51', '52', '53'))}
法定代表人：{g.per(rep)}    联系电话：{g.mob()}
住所：{g.addr(start='city', fine='unit')}
年度收入：{g.amount(50000, 900000)}    年度支出：{g.amount(50000, 900000)}
专职工作人员：{g.i(1, 8)}人    会员：{g.count(30, 2000, '名')}
登记管理机关：湖州市民政局    年检结论：合格"""


@T
def civil_child_welfare(g):
    c = g.person(age=(3, 16))
    gd = g.person(age=(55, 80))
    return f"""困境儿童信息采集表
儿童姓名：{g.per(c)}    性别：{g.sex(c)}    出生日期：{g.dob(c)}
身份证号码：{g.rid(c)}
困境类型：{g.c('父母重残', '事实无人抚养', '重病儿童', '父母服刑')}
健康状况：{g.c('健康', g.health(), g.health())}
实际监护人：{g.per(gd)}（{g.c('祖父', '祖母', '外祖母', '叔叔')}）    电话：{g.mob()}
居住地址：{g.addr(fine=g.c('village', 'room'))}
儿童主任：{g.pname()}    填表日期：{g.date()}"""


@T
def civil_veteran(g):
    p = g.person(sex='男', age=(25, 90))
    return f"""退役军人信息采集（{g.town_name()}退役军人服务站）
姓名：{g.per(p)}    出生日期：{g.dob(p)}    身份证：{g.rid(p)}
入伍时间：{g.date(g.day(1960, 2015))}    退役时间：{g.date(g.day(1965, 2020))}
现住址：{g.addr(fine=g.c('village', 'room'))}
联系电话：{g.mob()}    微信同号
优抚类别：{g.c('在乡复员军人', '带病回乡退伍军人', '自主就业退役士兵')}
采集人：{g.pname()}"""


@T
def civil_address_naming(g):
    return f"""地名审批意见
{g.dist_name()}民政局关于同意命名“{g.c('凤栖', '云溪', '苕韵', '竹乡', '浔月')}{g.c('路', '街', '桥')}”的批复  {g.docno()}
{g.c('湖州某置业有限公司', '区建设局', '镇人民政府')}（统一社会信用代码 {g.uscc()}）：
你单位申请的道路命名事项收悉。经审核，同意将东起{g.c('红丰路', '人瑞路', '天目路', '明珠路')}、西至{g.c('凤凰路', '适园路', '浦源大道', '金陵路')}的规划道路命名为该名称，全长约{g.i(300, 2500)}米。
联系人：{g.pname()}，电话{g.land('0572')}。
{g.date()}"""


# ---- housing, real estate, provident fund ----------------------------------------------------
@T
def housing_public_rental(g):
    p = g.person(age=(22, 50))
    return f"""公共租赁住房申请表（{g.dist_name()}住房保障中心）
申请人：{g.per(p)}    身份证号：{g.rid(p)}    婚姻状况：{g.c('未婚', '已婚', '离异')}
工作单位：{g.c('湖州市中心医院', '吴兴区某公办幼儿园', '湖州市疾病预防控制中心', '南浔区某中学')}
单位统一社会信用代码：{g.uscc(cat='12')}
现居住地址：{g.addr(fine='room')}
联系电话：{g.mob()}    电子邮箱：{g.email(p)}
家庭年收入：{g.fin_wan(3, 9)}    名下房产：无
申请编号：{g.serial('application_number')}    提交日期：{g.date()}"""


@T
def housing_realestate_reg(g):
    a = g.person()
    b = g.person()
    return f"""不动产登记申请审批表（转移登记）
受理编号：{g.serial('acceptance_number')}    收件日期：{g.date()}
坐落：{g.addr(start='district', fine='room')}
不动产权证书号：{g.property_cert()}
转让方：{g.per(a)}，{g.rid(a)}，{g.mob()}
受让方：{g.per(b)}，{g.rid(b)}，{g.mob()}
契税完税凭证号：{g.invoice()}
登记原因：买卖    审核人：{g.pname()}"""


@T
def housing_property_dispute(g):
    p = g.person()
    return f"""{g.comm_name()}业主投诉记录（物业服务纠纷）
投诉人：{g.per(p)}，业主，电话{g.mob()}
投诉内容：物业公司长期不修复地下车库漏水，导致本人车辆（{g.plate()}）多次被泡；物业经理{g.pname()}（{g.mob()}）推诿。
处理：{g.town_name()}物业办约谈物业公司（{g.uscc(cat='91')}），责令{g.date()}前整改。
经办人：{g.pname()}  {g.land('0572', ext=False)}"""


@T
def housing_lease_filing(g):
    ll = g.person()
    tn = g.person()
    return f"""房屋租赁登记备案证明  备案号：{N('filing_number', g.c('HZ', 'WX', 'NX') + str(g.i(2023, 2025)) + g.digits(6))}
出租人：{g.per(ll)}    证件号码：{g.rid(ll)}    联系电话：{g.mob()}
承租人：{g.per(tn)}    证件号码：{g.c(g.rid(tn), g.passport(), g.hkm())}    联系电话：{g.mob()}
房屋坐落：{g.addr(fine='room')}
租赁期限：{g.period()}
备案机关：{g.dist_name()}住房和城乡建设局"""


@T
def housing_fund_withdraw(g):
    p = g.person(age=(25, 55))
    return f"""住房公积金提取申请（租房提取）
职工姓名：{g.per(p)}    证件号码：{g.rid(p)}
个人公积金账号：{g.account_code()}
单位名称：{g.c('湖州某物流有限公司', '安吉某竹业有限公司', '德清某地理信息科技有限公司')}（{g.uscc(cat='91')}）
账户余额：{g.fin(3000, 80000, dec=True)}    本次提取金额：{g.fin(1000, 15000, dec=False)}
收款银行卡：{g.card()}（{g.c('工商银行', '建设银行', '农业银行', '湖州银行')}）
手机号码：{g.mob()}    受理网点：{g.c('市本级', '南浔', '德清', '长兴', '安吉')}管理部"""


@T
def housing_demolition(g):
    p = g.person(age=(40, 80))
    return f"""征收补偿协议（摘要）  协议编号：{N('doc_number', g.c('吴征', '浔征', '德征', '长征', '安征') + '〔' + str(g.i(2023, 2025)) + '〕' + str(g.i(1, 999)) + '号')}
被征收人：{g.per(p)}    身份证号码：{g.rid(p)}
被征收房屋坐落：{g.addr(fine='village')}
合法建筑面积：{g.i(80, 260)}.{g.i(10, 99)}平方米
补偿方式：货币补偿，补偿总额{g.fin_wan(60, 300)}，支付至被征收人账户{g.card()}。
联系电话：{g.mob()}    经办人：{g.pname()}    签约日期：{g.date()}"""


@T
def housing_quality_complaint(g):
    p = g.person()
    return f"""新建商品房质量投诉
投诉人：{g.per(p)}    房号：{g.addr(fine='room', start='district')}
联系电话：{g.mob()}    QQ邮箱：{g.email(p)}
问题：交付后主卧外墙渗水、卫生间地面反水，开发商（{g.uscc()}）维修三次未解决。
附件：照片6张、交付验收单（编号{g.order()}）。
受理：市住建局房地产市场监管处  {g.land('0572')}"""


@T
def housing_elevator(g):
    return f"""既有住宅加装电梯公示
{g.addr(start='district', fine='room')}所在单元拟加装电梯，现将有关情况公示如下：
申请人代表：{g.pname()}、{g.pname()}，联系电话{g.mob()}
设计单位：{g.c('湖州市城市规划设计研究院有限公司', '浙江某建筑设计有限公司')}（{g.uscc(cat='91')}）
总投资约{g.amount_wan(40, 80)}，政府补助{g.amount_wan(10, 20)}。
公示期：{g.period()}。如有异议请书面反映至{g.town_name()}办事处，电话{g.land('0572')}。"""


@T
def housing_utility_transfer(g):
    p = g.person()
    return f"""水电气过户联办 - 一件事申请
申请人：{g.per(p)}  {g.rid(p)}  {g.mob()}
房屋地址：{g.addr(fine='room')}
水费户号：{g.account_code()}    电费户号：{g.account_code()}    燃气户号：{g.account_code()}
代扣银行卡：{g.card()}
办理渠道：浙里办    流水号：{g.order()}    提交时间：{g.dtime()}"""


@T
def housing_talent_subsidy(g):
    p = g.person(age=(22, 35))
    return f"""高校毕业生购房补贴申请
姓名：{g.per(p)}    学历：{g.c('本科', '硕士研究生', '博士研究生')}    毕业院校：{g.c('浙江大学', '湖州师范学院', '浙江工业大学', '南京大学')}
身份证号：{g.rid(p)}    手机：{g.mob()}    邮箱：{g.email(p)}
就业单位：{g.c('湖州某高新技术企业', '德清某科技公司', '长兴某新能源公司')}，统一社会信用代码{g.uscc(cat='91')}
购房地址：{g.addr(fine='room', start='city')}
购房合同备案号：{g.order()}    补贴发放账户：{g.card()}
申请日期：{g.date()}"""


# ---- transport --------------------------------------------------------------------------------
@T
def transport_ridehail(g):
    p = g.person(sex='男', age=(25, 58))
    return f"""网络预约出租汽车驾驶员证申请
申请人：{g.per(p)}    身份证号：{g.rid(p)}    驾驶证初次领证日期：{g.date(g.day(2005, 2018))}
拟服务平台：{g.c('滴滴出行', '曹操出行', 'T3出行', '高德打车')}
车辆号牌：{g.plate(ne=g.p(0.6))}    车辆识别代号：{g.vin()}
住址：{g.addr(fine='room')}    手机：{g.mob()}
无犯罪记录证明编号：{g.serial('certificate_number')}
受理窗口：湖州市交通运输局{g.dist_name()}分局    咨询电话：{g.land('0572')}"""


@T
def transport_taxi_complaint(g):
    p = g.person()
    return f"""出租车服务投诉
投诉人：{g.per(p)}，手机{g.mob()}
投诉车辆：{g.plate(prov='浙', city='E')}（{g.c('湖州某出租汽车有限公司', '市公交集团出租分公司')}）
事由：{g.date()} {g.hm()}乘客从湖州站上车至{g.c('吾悦广场', '月河小区', '湖州师范学院', '仁皇山新区')}，司机绕路且拒绝打表，多收费用。
处理：约谈驾驶员{g.pname()}（从业资格证号{g.license_no()}），给予扣分处理。工单号{g.workorder()}"""


@T
def transport_freight(g):
    p = g.person(sex='男', age=(25, 60))
    return f"""道路货物运输车辆超限检测记录  检测站：{g.c('104国道长兴超限检测站', '318国道安吉检测点', '杭宁高速湖州出口')}
检测时间：{g.dtime()}
车辆号牌：{g.plate(style='plain')}（挂车{g.plate(style='plain')}）
驾驶人：{g.per(p)}    身份证：{g.rid(p)}    电话：{g.mob()}
运输企业：{g.c('湖州某物流有限公司', '长兴某运输有限公司', '安徽某货运有限公司')}，统一社会信用代码{g.uscc(cat='91')}
车货总重：{g.i(49, 72)}.{g.i(1, 9)}吨，超限率{g.i(5, 40)}%
处理：卸载、罚款，处罚决定书{g.penalty_no()}"""


@T
def transport_parking_app(g):
    return f"""{{"orderNo":"{g.order()}","plateNo":"{g.plate(style='plain')}","parkName":"{g.c('爱山广场地下停车场', '湖州站P2停车场', '吾悦广场停车场', '南浔古镇游客中心停车场')}","inTime":"{g.dtime()}","outTime":"{g.dtime()}","payAmount":"{g.amount(2, 60, style='yuan', dec=False)}","payerMobile":"{g.mob(style='plain')}","clientIp":"{g.ip('public')}"}}"""


@T
def transport_bus_card(g):
    p = g.person(age=(60, 90))
    return f"""老年人公交优待卡办理登记
姓名：{g.per(p)}    出生日期：{g.dob(p)}    身份证号码：{g.rid(p)}
社保卡号：{g.ssc()}
联系电话：{g.mob()}    地址：{g.addr(fine=g.c('room', 'village'))}
办理网点：湖州市公交集团{g.c('红旗路', '环渚', '南浔', '德清')}服务点    经办：{g.pname()}    日期：{g.date()}"""


@T
def transport_driving_school(g):
    def row(k):
        p = g.person(age=(18, 45))
        return f"{k},{g.per(p)},{g.rid(p)},{g.mob(style='plain')},{g.c('C1', 'C2', 'C1', 'A2')},{g.c('科目一', '科目二', '科目三')}"
    return f"""驾校学员约考名单（{g.c('湖州某驾驶员培训有限公司', '长兴某驾校', '安吉某驾校')}，{g.date()}）
序号,姓名,身份证明号码,联系电话,准驾车型,考试科目
{rows(g.i(3, 6), row)}
报送人：{g.pname()}  联系电话：{g.land()}"""


@T
def transport_etc(g):
    p = g.person()
    return f"""ETC办理信息确认
车主：{g.per(p)}    证件号：{g.rid(p)}
车牌：{g.plate()}    车牌颜色：{g.c('蓝色', '渐变绿色', '黄色')}
绑定银行卡：{g.card()}
OBU编号：{g.serial('device_number')}    ETC卡号：{g.serial('etc_card_number')}
联系手机：{g.mob()}    客服热线：{g.service()}"""


@T
def transport_ship(g):
    p = g.person(sex='男', age=(30, 65))
    return f"""内河船舶进出港报告
船名：{g.c('浙湖州货', '浙长兴货', '苏湖州货', '浙德清货')}{g.i(1000, 9999)}    船舶识别号：{N('ship_id', 'CN' + g.digits(11, '2'))}
船长：{g.per(p)}    适任证书号：{g.serial('license_number')}    联系电话：{g.mob()}
载货：{g.c('黄沙', '石子', '水泥', '钢材')}{g.i(300, 1500)}吨    进港时间：{g.dtime()}
码头：{g.c('湖州港小梅港区', '长兴港区', '德清港区', '安吉港区')}
报告人身份证号：{g.rid(p)}"""


@T
def transport_violation_table(g):
    def row(k):
        return f"{g.plate(style='plain')}\t{g.dtime(sec=False)}\t{g.c('闯红灯', '不礼让行人', '压实线', '违停', '未系安全带')}\t{g.c('红丰路口', '人民路口', '二环东路', '湖州大道', '明珠路')}\t{g.serial('device_number')}"
    return f"""电子警察抓拍数据（待审核，{g.date()}）
号牌\t时间\t违法行为\t地点\t设备编号
{rows(g.i(4, 7), row)}
导出：{g.pname()}，终端IP {g.ip('private')}"""


# ---- tax -------------------------------------------------------------------------------------
@T
def tax_iit_special(g):
    p = g.person(age=(25, 55))
    kid = g.person(age=(3, 20))
    old = g.person(age=(62, 85))
    return f"""个人所得税专项附加扣除信息表（{g.i(2024, 2025)}年度）
纳税人姓名：{g.per(p)}    纳税人识别号：{g.rid(p)}
手机号码：{g.mob()}    电子邮箱：{g.email(p)}
联系地址：{g.addr(fine='room')}
扣缴义务人：{g.c('湖州某科技有限公司', '浙江某纺织集团有限公司', '湖州某银行股份有限公司')}，纳税人识别号{g.uscc(cat='91')}
子女教育：子女{g.per(kid)}，身份证件号码{g.rid(kid)}，出生日期{g.dob(kid)}
赡养老人：被赡养人{g.per(old)}，身份证件号码{g.rid(old)}
住房贷款利息：贷款合同编号{g.order()}"""


@T
def tax_invoice_verify(g):
    return f"""全电发票查验结果
发票号码：{g.invoice()}    开票日期：{g.date()}
购买方名称：湖州{g.c('某某建设工程', '某某商贸', '某某环保科技')}有限公司    统一社会信用代码/纳税人识别号：{g.uscc(cat='91')}
销售方名称：{g.c('长兴', '德清', '安吉')}{g.c('某某机电设备', '某某办公用品', '某某建材')}有限公司    统一社会信用代码/纳税人识别号：{g.uscc(cat='91')}
价税合计：{g.amount(1000, 900000, style='sign', dec=True)}    税额：{g.amount(100, 90000, style='sign', dec=True)}
查验次数：第{g.i(1, 5)}次    查验时间：{g.dtime()}
对照组：疑似重复报销，原发票号{g.bad_uscc() if g.p(0.0) else g.invoice()}"""


@T
def tax_registration(g):
    boss = g.person()
    fin = g.person()
    return f"""个体工商户税务信息确认
纳税人名称：{g.c('吴兴区', '南浔区', '德清县', '长兴县', '安吉县')}{g.c('阿强', '小芳', '老王', '顺心', '百味')}{g.c('小吃店', '五金店', '理发店', '童装加工厂', '农家乐')}
统一社会信用代码：{g.uscc(cat='92')}
经营者：{g.per(boss)}    身份证件号码：{g.rid(boss)}    移动电话：{g.mob()}
办税人员：{g.per(fin)}    移动电话：{g.mob()}
生产经营地址：{g.addr(fine=g.c('house', 'village'))}
主管税务机关：国家税务总局湖州市{g.dist_name()}税务局{g.c('第一', '第二')}税务分局    登记日期：{g.date()}"""


@T
def tax_refund_notice(g):
    p = g.person()
    return f"""【税务提醒】{g.per(p)}，您的{g.i(2023, 2024)}年度个人所得税综合所得汇算清缴已完成，应退税额{g.fin(50, 6000, dec=True)}，退税将于近期汇入您尾号为{g.digits(4)}的银行卡。如有疑问请拨打{g.service()}。"""


@T
def tax_audit_notice(g):
    rep = g.person()
    return f"""税务检查通知书  {N('doc_number', g.c('湖税稽检通', '湖吴税检通', '湖长税检通') + '〔' + str(g.i(2023, 2025)) + '〕' + str(g.i(1, 200)) + '号')}
湖州{g.c('某某贸易', '某某纺织', '某某木业')}有限公司（纳税人识别号：{g.uscc(cat='91')}）：
根据《中华人民共和国税收征收管理法》第五十四条规定，决定派{g.pname()}、{g.pname()}等人，自{g.date()}起对你单位{g.i(2021, 2023)}年1月1日至{g.i(2023, 2024)}年12月31日期间涉税情况进行检查。
法定代表人：{g.per(rep)}    联系人电话：{g.mob()}
检查人员联系电话：{g.land('0572')}"""


@T
def tax_property_tax(g):
    p = g.person()
    return f"""存量房交易计税价格确认单
纳税人：{g.per(p)}    证件号码：{g.rid(p)}
房屋坐落：{g.addr(fine='room', start='district')}
不动产权证号：{g.property_cert()}
计税价格：详见评估报告（报告编号{g.serial('report_number')}）
扣款账户：{g.card()}    缴款书号：{g.invoice()}
经办人：{g.pname()}    办税服务厅电话：{g.land('0572', ext=False)}"""


@T
def tax_employer_filing(g):
    def row(k):
        p = g.person(age=(22, 58))
        return f"{k} {g.per(p)} 居民身份证 {g.rid(p)} 本期收入 {g.fin(3500, 30000, style='yuan', dec=True)}"
    return f"""扣缴个人所得税报告表（{g.c('湖州某机械有限公司', '德清某地理信息有限公司', '安吉某椅业有限公司')}，税款所属期{g.i(2024, 2025)}-{g.i(1, 12):02d}）
扣缴义务人纳税人识别号：{g.uscc(cat='91')}
{rows(g.i(3, 5), row)}
申报日期：{g.date()}    软件版本：自然人电子税务局（扣缴端）{g.version()}"""


@T
def tax_phone_record(g):
    p = g.person()
    return f"""{g.service()}纳税服务热线来电记录
来电时间：{g.dtime()}    来电号码：{g.mob()}
来电人：{g.per(p)}（自称{g.c('个体户业主', '企业会计', '自然人纳税人')}），身份证号{g.rid(p)}
咨询内容：{g.c('小规模纳税人增值税减免政策', '个税汇算退税进度', '社保费缴纳基数', '房屋出租发票代开')}
答复人：坐席{g.i(100, 999)}号 {g.pname()}    转办：无"""


# ---- market regulation -----------------------------------------------------------------------
@T
def market_license(g):
    boss = g.person()
    return f"""营业执照（副本）信息
统一社会信用代码：{g.uscc(cat=g.c('91', '92'))}
名称：{g.c('湖州', '长兴', '安吉', '德清')}{g.c('云帆', '竹韵', '太湖', '苕溪', '金陵')}{g.c('餐饮管理', '电子商务', '农业科技', '服饰')}有限公司
类型：有限责任公司（自然人独资）
法定代表人：{g.per(boss)}
注册资本：{g.amount_wan(10, 500)}
成立日期：{g.date(g.day(2015, 2024))}
住所：{g.addr(start='prov', fine='unit')}
登记机关：湖州市{g.dist_name()}市场监督管理局"""


@T
def market_complaint(g):
    p = g.person()
    return f"""全国{N('service_number', '12315')}平台投诉件
投诉编号：{g.serial('complaint_number')}    登记时间：{g.dtime()}
投诉人：{g.per(p)}    手机：{g.mob()}    地址：{g.addr(fine='room')}
被投诉人：{g.c('湖州某4S店', '南浔某家具城', '吴兴区某美容店', '长兴某超市')}    统一社会信用代码：{g.uscc()}
投诉内容：购买的商品存在质量问题，商家拒绝退换。订单号{g.order()}，发票号{g.invoice()}。
处理机构：{g.dist_name()}市场监督管理局{g.c('爱山', '织里', '练市', '新市', '雉城', '递铺')}市场监管所"""


@T
def market_penalty(g):
    rep = g.person()
    return f"""行政处罚决定书  {g.penalty_no()}
当事人：湖州{g.c('某某食品', '某某医药连锁', '某某餐饮', '某某眼镜')}有限公司
统一社会信用代码：{g.uscc(cat='91')}
住所：{g.addr(start='city', fine=g.c('house', 'unit'))}
法定代表人：{g.per(rep)}
经查，当事人于{g.date()}销售过期食品，货值金额{g.amount(100, 5000)}，违法所得{g.amount(50, 3000)}。
依据《中华人民共和国食品安全法》第一百二十四条，决定：没收违法所得，并处罚款{g.amount(5000, 100000, style='rmb', dec=False)}。
如不服，可于六十日内申请行政复议。"""


@T
def market_food_license(g):
    p = g.person()
    return f"""食品经营许可证核发
经营者名称：{g.c('吴兴区', '南浔区', '德清县')}{g.c('张记', '老李', '阿芳', '小杨')}{g.c('面馆', '烧烤', '早餐店', '便利店')}（个体工商户）
统一社会信用代码：{g.uscc(cat='92')}
经营者：{g.per(p)}    身份证号：{g.rid(p)}    电话：{g.mob()}
经营场所：{g.addr(fine='house', start='district')}
许可证编号：{g.license_no()}    有效期至：{g.date(g.day(2028, 2030))}
日常监督管理人员：{g.pname()}    投诉举报电话：{g.service()}"""


@T
def market_inspection(g):
    rep = g.person()
    return f"""现场检查笔录
检查时间：{g.dtime(sec=False)}    检查地点：{g.addr(start='district', fine='unit')}
被检查单位：{g.c('湖州某特种设备', '长兴某电池', '德清某化工', '安吉某家具')}有限公司（{g.uscc(cat='91')}）
现场负责人：{g.per(rep)}，职务：{g.c('安全主管', '总经理', '生产厂长')}，电话：{g.mob()}，身份证号：{g.rid(rep)}
检查情况：{g.c('叉车未定期检验', '压力容器超期未检', '标签标识不规范', '原料进货台账缺失')}（设备编号{g.serial('device_number')}）。
执法人员：{g.pname()}（执法证号{g.license_no()}）、{g.pname()}"""


@T
def market_abnormal_list(g):
    def row(k):
        return f"{k}. 湖州{g.c('某某', '鑫某', '华某', '顺某')}{g.c('贸易', '科技', '服饰', '建材', '网络')}有限公司  {g.uscc(cat='91')}  列入原因：{g.c('未按期公示年报', '通过登记住所无法联系', '公示信息隐瞒真实情况')}"
    return f"""关于将{g.count(20, 600, '户')}企业列入经营异常名录的公告
{rows(g.i(3, 6), row)}
{g.dist_name()}市场监督管理局  {g.date()}  （{g.docno()}）"""


@T
def market_ecommerce(g):
    p = g.person()
    return f"""网络交易监测线索
平台：{g.c('淘宝', '拼多多', '抖音小店', '京东')}    店铺名称：{g.c('织里童装源头厂', '安吉白茶直销', '南浔湖笔老店', '长兴紫笋茶园')}
经营者：{g.per(p)}    证件号：{g.rid(p)}    联系电话：{g.mob()}
营业执照：{g.uscc(cat='92')}    实际发货地址：{g.addr(fine=g.c('house', 'village'))}
问题：{g.c('虚标原产地', '宣传“治疗”功效', '刷单炒信', '销售无3C认证产品')}
监测时间：{g.dtime()}    线索编号：{g.serial('clue_number')}"""


@T
def market_quality_recall(g):
    return f"""缺陷产品召回备案
生产者：{g.c('长兴某电动车有限公司', '湖州某童车有限公司', '德清某电器有限公司')}（统一社会信用代码{g.uscc(cat='91')}）
召回产品：{g.c('电动自行车锂电池组', '儿童推车', '电热水壶')}，型号{g.version()}，生产批次{g.serial('batch_number')}
涉及数量：{g.count(100, 50000, '件')}
召回联系人：{g.pname()}    电话：{g.land()}    邮箱：{g.email(kind='org')}    免费热线：{g.service()}"""


@T
def market_price_complaint(g):
    p = g.person()
    return f"""价格举报
举报人：{g.per(p)}（{g.mob()}）
被举报单位：{g.c('南浔古镇某停车场', '莫干山某民宿', '湖州某KTV', '安吉某景区观光车')}
举报内容：节假日期间收费{g.amount(20, 800, style='yuan', dec=False)}，明显高于公示价格{g.amount(10, 300, style='yuan', dec=False)}，且未明码标价。
受理编号：{g.workorder()}    承办人：{g.pname()}    答复期限：{g.date()}"""


@T
def market_annual_report(g):
    fin = g.person()
    return f"""企业年度报告（{g.i(2023, 2024)}年度）公示信息
统一社会信用代码：{g.uscc(cat='91')}
企业通信地址：{g.addr(start='city', fine='unit')}    邮政编码：{g.postcode()}
企业联系电话：{g.land()}    电子邮箱：{g.email(kind='org')}
从业人数：{g.count(5, 800, '人')}    资产总额：企业选择不公示
联络员：{g.per(fin)}    联络员手机：{g.mob()}
网站网店：www.{g.c('hzyunfan', 'zjzhuyun', 'cxdianchi', 'nxsilk')}.com"""


# ---- human resources and social security ----------------------------------------------------
@T
def hr_insurance_enroll(g):
    def row(k):
        p = g.person(age=(18, 58))
        return f"{k}|{g.per(p)}|{g.rid(p)}|{g.mob(style='plain')}|{g.date()}|{g.c('企业职工基本养老保险', '失业保险', '工伤保险')}"
    return f"""参保人员增员申报（单位编号 {g.account_code()}）
单位名称：{g.c('湖州某纺织印染有限公司', '长兴某蓄电池有限公司', '安吉某竹木制品厂')}
统一社会信用代码：{g.uscc(cat='91')}
序号|姓名|身份证号|手机|参保日期|险种
{rows(g.i(3, 6), row)}
经办人：{g.pname()}  电话：{g.land('0572')}"""


@T
def hr_unemployment(g):
    p = g.person(age=(25, 55))
    return f"""失业保险金申领登记表
姓名：{g.per(p)}    性别：{g.sex(p)}    出生日期：{g.dob(p)}
公民身份号码：{g.rid(p)}
社会保障卡号：{g.ssc()}
原工作单位：{g.c('湖州某服装有限公司', '南浔某电梯部件厂', '德清某生物科技有限公司')}
累计缴费月数：{g.i(12, 180)}个月    申领月数：{g.i(3, 24)}个月
失业保险金发放账户：{g.card()}
联系电话：{g.mob()}    居住地址：{g.addr(fine='room')}
申领日期：{g.date()}"""


@T
def hr_injury(g):
    p = g.person(age=(20, 58))
    return f"""工伤认定申请表
受伤害职工：{g.per(p)}    性别：{g.sex(p)}    出生日期：{g.dob(p)}
身份证号码：{g.rid(p)}    社保个人编号：{g.ssc()}
用人单位：{g.c('湖州某机械制造有限公司', '长兴某建材有限公司', '织里某童装厂')}    统一社会信用代码：{g.uscc(cat='91')}
事故时间：{g.dtime(sec=False)}    事故地点：车间冲压线
伤害部位及诊断：{g.H(g.c('右手食指离断伤', '左胫腓骨骨折', '腰椎压缩性骨折', '右眼角膜穿通伤'))}
申请人：{g.pname()}（受伤职工{g.c('配偶', '父亲', '母亲', '兄长')}）    联系电话：{g.mob()}
职工住址：{g.addr(fine=g.c('village', 'room'))}"""


@T
def hr_pension_cert(g):
    p = g.person(age=(60, 85))
    return f"""养老保险待遇资格认证提醒
{g.per(p)}，社会保障号码对应的社保卡号{g.ssc()}，您本年度的养老待遇资格认证将于{g.date()}到期，请通过“浙里办”刷脸认证或到{g.town_name()}便民服务中心办理。
您当前月养老金{g.fin(1800, 6500, dec=True)}，发放至尾号{g.digits(4)}的社保卡金融账户。
咨询电话：{g.service()}"""


@T
def hr_labor_dispute_mediation(g):
    p = g.person(age=(20, 55))
    return f"""劳动争议调解申请书
申请人：{g.per(p)}，{g.sex(p)}，身份证号码{g.rid(p)}，联系电话{g.mob()}，住{g.addr(fine='room')}
被申请人：湖州{g.c('某餐饮管理', '某物业服务', '某快递', '某保安服务')}有限公司，统一社会信用代码{g.uscc(cat='91')}，联系人{g.pname()}，电话{g.land()}
请求事项：1. 支付未签订书面劳动合同二倍工资差额{g.fin(5000, 50000, dec=False)}；2. 支付加班费{g.fin(1000, 12000, dec=False)}。
调解组织：{g.town_name()}劳动争议调解中心    登记号：{g.serial('registration_number')}"""


@T
def hr_talent_apply(g):
    p = g.person(age=(24, 40))
    return f"""“南太湖精英计划”人才申报表
申报人：{g.per(p)}    出生日期：{g.dob(p, style='iso')}    国籍：中国
证件类型及号码：{g.c('居民身份证 ' + g.rid(p), '护照 ' + g.passport())}
最高学历：{g.c('博士研究生', '硕士研究生')}（{g.c('浙江大学', '上海交通大学', '帝国理工学院', '新加坡国立大学')}）
手机：{g.mob()}    邮箱：{g.email(p)}
拟创办企业：湖州{g.c('某某智能', '某某生物', '某某新材料')}科技有限公司（{g.uscc(cat='91')}）
申报项目：{g.c('固态电池电解质', '高精度北斗定位芯片', '可降解竹基材料')}    申报编号：{g.serial('application_number')}"""


@T
def hr_job_fair(g):
    def row(k):
        p = g.person(age=(20, 30))
        return f"{g.per(p)}  {g.c('男', '女')}  {g.c('会计学', '机械设计', '软件工程', '护理', '电子商务')}  {g.mob()}  {g.email(p)}"
    return f"""{g.date()}湖州高校毕业生专场招聘会 - {g.c('某新能源企业', '某银行湖州分行', '某智能制造公司')}收简历登记
{rows(g.i(3, 6), row)}
（招聘联系人：{g.pname()}，{g.land('0572')}）"""


@T
def hr_skill_subsidy(g):
    def row(k):
        p = g.person(age=(20, 55))
        return f"{k}\t{g.per(p)}\t{g.rid(p, style='plain')}\t{g.c('电工', '育婴员', '中式烹调师', '养老护理员')}\t{g.c('四级', '五级', '三级')}\t{g.card(style='plain')}"
    return f"""职业技能提升补贴申领花名册（{g.date()}）
序号\t姓名\t身份证号码\t工种\t等级\t社保卡银行账号
{rows(g.i(3, 5), row)}
补贴标准依据{g.docno()}，初级（五级）{g.amount(1000, 1500, style='yuan', dec=False)}/人。"""


@T
def hr_foreign_expert(g):
    p = g.person(age=(30, 60))
    return f"""港澳台人员就业服务登记
姓名：{g.per(p)}    性别：{g.sex(p)}    出生日期：{g.dob(p)}
往来内地证件：{g.c('港澳居民来往内地通行证', '港澳居民居住证')}（另附）
其内地亲属联系人：{g.pname()}，往来港澳通行证号码{g.hkm()}，手机{g.mob()}
聘用单位：{g.c('湖州某港资纺织有限公司', '安吉某澳资酒店')}（{g.uscc(cat='91')}）
工作地点：{g.addr(start='district', fine='unit')}
登记日期：{g.date()}"""


@T
def hr_social_card_lost(g):
    p = g.person()
    return f"""社会保障卡挂失补领
持卡人：{g.per(p)}    身份证号：{g.rid(p)}
原社保卡卡号：{g.ssc()}
挂失原因：遗失    挂失渠道：{g.c('窗口', '浙里办', N('service_number', '12333') + '电话')}
新卡邮寄地址：{g.addr(fine='room')}    收件电话：{g.mob()}
受理银行：{g.c('工商银行湖州分行', '湖州银行', '农商银行')}    受理时间：{g.dtime()}
快递单号：{g.tracking()}"""


@T
def hr_wage_guarantee(g):
    def row(k):
        p = g.person(sex='男', age=(25, 60))
        return f"{k}、{g.per(p)}，{g.rid(p)}，应发{g.fin(4000, 12000, dec=False)}，{g.card()}"
    return f"""工程建设领域农民工工资专用账户代发明细（项目：{g.c('湖州南太湖新区某安置房', '长兴某学校扩建', '德清某厂房')}工程，{g.date()}）
总包单位：{g.c('浙江某建设集团有限公司', '湖州某建工集团有限公司')}（{g.uscc(cat='91')}）
{rows(g.i(3, 5), row)}
劳资专管员：{g.pname()}  {g.mob()}"""


@T
def hr_retire_calc(g):
    p = g.person(age=(58, 63))
    return f"""退休待遇测算单（仅供参考）
姓名：{g.per(p)}    出生年月：{g.dob(p, style='ym')}    身份证号：{g.rid(p)}
视同缴费年限：{g.i(0, 10)}年    实际缴费年限：{g.i(15, 38)}年
个人账户储存额：{g.fin(40000, 260000, dec=True)}
测算基本养老金：{g.fin(2200, 7800, dec=True)}（月）
测算人：{g.pname()}    {g.dist_name()}社保中心    {g.date()}"""


# ---- data platform, IT and security -----------------------------------------------------------
@T
def it_api_log(g):
    def row(k):
        return f"{g.dtime()} INFO  [gw-{g.i(1, 4)}] caller={g.ip()} api=/rk/v2/person/query idcard={g.rid(style='plain')} resp=200 cost={g.i(8, 400)}ms"
    return f"""# 市公共数据平台 API 网关日志 gateway {g.version()}
{rows(g.i(4, 7), row)}
{g.dtime()} WARN  [gw-2] caller={g.ip()} api=/rk/v2/person/query rate limit exceeded (>{g.count(100, 1000)}/min)"""


@T
def it_account_request(g):
    p = g.person(age=(24, 55))
    return f"""政务外网账号开通申请
申请人：{g.per(p)}    工号：{g.i(10000, 99999)}    所在单位：{g.c('市民政局', '吴兴区卫健局', '南浔区综合执法局', '市医保局', '德清县自然资源局')}
手机号（用于短信认证）：{g.mob()}
办公电话：{g.land('0572')}
邮箱：{g.email(p, kind='gov') if g.p(0.4) else g.email(p)}
绑定终端IP：{g.ip('private')}    MAC：{':'.join(format(g.i(0, 255), '02x') for _ in range(6))}
申请系统：{g.c('一体化智能化公共数据平台', '浙政钉', '基层治理四平台', '电子证照库')}
审批：科室负责人{g.pname()}同意；信息中心{g.pname()}已开通（{g.date()}）"""


@T
def it_security_incident(g):
    return f"""网络安全事件报告（初报）
报告单位：{g.c('市大数据管理中心', '市卫健委信息中心', '吴兴区政务服务中心')}    报告时间：{g.dtime()}
事件类型：{g.c('网络攻击', '数据安全', '恶意程序')}    初判级别：{g.c('一般（Ⅳ级）', '较大（Ⅲ级）')}
事件概述：{g.dtime(sec=False)}态势感知平台告警，主机{g.ip('private')}（{g.c('社保查询前置机', '预约挂号服务器', '政务网站WEB')}）存在异常外联，目的地址{g.ip('public')}，疑似植入挖矿程序{g.c('xmrig', 'kdevtmpfsi')}（{g.version()}）。
影响范围：暂未发现数据外泄，涉及数据库记录约{g.count(1000, 900000, '条')}。
已采取措施：隔离主机、封禁源IP、全网排查。
联系人：{g.pname()}    手机：{g.mob()}    邮箱：{g.email(kind='gov')}"""


@T
def it_data_catalog(g):
    return f"""数据资源目录挂接（{g.c('市医保局', '市民政局', '市公安局', '市人力社保局')}）
目录编码：{N('catalog_code', '330500' + g.digits(6) + '-' + g.digits(4) + '/' + g.digits(3))}
资源名称：{g.c('困难群众救助对象信息', '参保人员基本信息', '残疾人基本信息', '流动人口居住登记信息')}
字段：姓名、公民身份号码、联系电话、住址、{g.c('救助类别', '参保状态', '残疾类别', '居住事由')}
分级：L4（敏感）    共享属性：受限共享    开放属性：禁止开放
更新频率：每日    记录数：{g.count(10000, 2000000)}
样例数据（已脱敏前，仅供目录审核）：{g.pname()}，{g.rid()}，{g.mob()}，{g.addr(fine='room')}
提供方统一社会信用代码：{g.uscc(cat='11')}
提供方联系人：{g.pname()}，{g.land('0572')}，{g.email(kind='gov')}"""


@T
def it_db_export(g):
    def row(k):
        p = g.person()
        return f"{g.i(100000, 999999)},{g.per(p)},{g.rid(p, style='plain')},{g.mob(style='plain')},\"{g.addr(start='district')}\",{g.date(style='iso')}"
    return f"""-- export from pg_dump {g.version()} on {g.dtime()} by user etl_{g.i(10, 99)}@{g.ip('private')}
-- table: rk_jbxx (人口基本信息)
rec_id,xm,sfzh,lxdh,zz,gxsj
{rows(g.i(3, 6), row)}
-- {g.count(10, 99000)} rows exported"""


@T
def it_json_api(g):
    p = g.person()
    return f"""{{
  "code": 0,
  "msg": "success",
  "requestId": "{g.serial('request_id')}",
  "data": {{
    "xm": "{g.per(p)}",
    "xb": "{g.sex(p)}",
    "csrq": "{g.dob(p, style='compact')}",
    "gmsfhm": "{g.rid(p, style='plain')}",
    "sjhm": "{g.mob(style='plain')}",
    "hjdz": "{g.addr(start='prov', fine=g.c('room', 'village'))}",
    "jhzt": "{g.c('已婚', '未婚')}"
  }},
  "timestamp": {N('timestamp', str(g.i(1700000000, 1760000000)) + str(g.i(100, 999)))}
}}"""


@T
def it_vpn_log(g):
    def row(k):
        p = g.person()
        return f"{g.dtime()} sslvpn: user {g.per(p)}({g.mob(style='plain')}) login {g.c('success', 'success', 'failed: bad otp')} from {g.ip('public')} assigned {g.ip('private')}"
    return f"""SSL VPN 认证日志（设备 {g.serial('device_number')}，固件 {g.version()}）
{rows(g.i(4, 6), row)}"""


@T
def it_ticket(g):
    p = g.person()
    return f"""IT运维工单 {g.workorder()}
报修人：{g.per(p)}（{g.c('市场监管局', '交通运输局', '医保局', '民政局')}，分机{g.i(1000, 8999)}）    手机：{g.mob()}
故障描述：办公电脑无法访问政务外网，IP地址{g.ip('private')}，网关{g.ip('private')}，提示“IP地址冲突”。
处理：现场重新分配地址并绑定MAC。处理人：{g.pname()}
满意度：满意    关闭时间：{g.dtime()}"""


@T
def it_leak_check(g):
    def row(k):
        p = g.person()
        return f"- {g.per(p)} / {g.rid(p)} / {g.mob()} / {g.card()}"
    return f"""数据泄露监测线索（暗网样本比对）
线索编号：{g.serial('clue_number')}    发现时间：{g.dtime()}
来源：境外论坛帖子，发帖IP {g.ip('public')}，声称出售“浙北某医院就诊人员信息{g.count(10000, 500000, '条')}”
抽样比对（前{g.i(3, 5)}条，已核实与本地库一致）：
{rows(g.i(3, 5), row)}
处置：已按规定报送网信部门（报告时限2小时），通知涉事单位排查。联系人{g.pname()}，{g.mob()}"""


@T
def it_email_export_approval(g):
    a = g.person()
    b = g.person()
    return f"""发件人：{g.per(a)} <{g.email(a, kind='gov')}>
收件人：{g.per(b)} <{g.email(b)}>
时间：{g.dtime()}
主题：关于导出“{g.c('2024年高龄补贴发放对象', '在册低保对象', '新生儿登记')}”数据的审批
{g.per(b)}同志：
你科申请从平台导出的数据含公民身份号码、银行卡号等L4字段，按规定需脱敏后交付。经审批同意按“保留前6后4”规则处理后导出，导出文件仅限在政务外网终端（{g.ip('private')}）使用，用后销毁。
申请单号：{g.serial('application_number')}
如有疑问请回电{g.land('0572')}。"""


@T
def it_syslog_mixed(g):
    return f"""{g.dtime()} fw-core-01 %ASA-6-302013: Built outbound TCP connection {g.i(100000, 999999)} for outside:{g.ip('public')}/443 to inside:{g.ip('private')}/{g.i(1024, 65535)}
{g.dtime()} fw-core-01 %ASA-4-106023: Deny tcp src outside:{g.ip('public')}/{g.i(1024, 65535)} dst dmz:{g.ip('private')}/3389 by access-group "OUTSIDE_IN"
{g.dtime()} waf-02 [attack] SQL injection blocked, client {g.ip('public')}, uri=/zwfw/query?sfzh={g.bad_id()}, rule {g.version()}"""


@T
def it_user_table(g):
    def row(k):
        p = g.person(age=(23, 58))
        return f"| {g.per(p)} | {g.c('市大数据局', '市人社局', '市卫健委', '市公安局', '市民政局')} | {g.mob()} | {g.email(p, kind='gov') if g.p(0.5) else g.email(p)} | {g.c('数据管理员', '审计管理员', '安全管理员', '普通用户')} |"
    return f"""### 平台用户清单（三权分立核查，{g.date()}）
| 姓名 | 单位 | 手机 | 邮箱 | 角色 |
|---|---|---|---|---|
{rows(g.i(4, 6), row)}
核查人：{g.pname()}"""


@T
def it_desensitize_check(g):
    p = g.person()
    return f"""脱敏效果抽检记录
抽检对象：{g.c('开放平台“企业信用评价”数据集', '共享接口“社保参保证明”', '公共数据开放“行政处罚”数据集')}    抽检时间：{g.dtime()}
发现问题：第{g.i(2, 400)}行“联系人手机”字段未脱敏，原值{g.mob()}；“备注”字段夹带公民身份号码{g.rid(p)}及地址{g.addr(fine='room')}。
另：企业字段“统一社会信用代码”{g.uscc()}属于公开信息，无需脱敏。
整改要求：{g.date()}前完成。整改联系人：{g.pname()}（{g.land('0572')}）"""


@T
def it_monitor_alert(g):
    return f"""[告警] {g.dtime()} 主机 {g.ip('private')} CPU 使用率 97%（阈值 85%），持续 15 分钟
[告警] {g.dtime()} 数据库 {g.ip('private')}:5432 连接数 {g.count(500, 3000)}，超过上限
[恢复] {g.dtime()} 主机 {g.ip('private')} 恢复正常
值班：{g.pname()} {g.mob()}    备班：{g.pname()} {g.mob()}"""


@T
def it_nginx_log(g):
    def row(k):
        mon = g.c("Mar", "Apr", "May", "Jun")
        ts = N("datetime", f"{g.i(1, 28):02d}/{mon}/2025:{g.i(0, 23):02d}:{g.i(0, 59):02d}:{g.i(0, 59):02d} +0800")
        path = g.c("certificate", "appointment", "query")
        return f'{g.ip()} - - [{ts}] "GET /api/v1/{path}?mobile={g.mob(style="plain")} HTTP/1.1" {g.c("200", "200", "403", "404")} {g.i(200, 9000)}'
    return f"""nginx access.log (zwfw-web-0{g.i(1, 4)}), 摘录：
{rows(g.i(4, 6), row)}"""


# ---- education -------------------------------------------------------------------------------
@T
def edu_enrollment(g):
    c = g.person(age=(6, 6))
    f = g.person(sex='男', age=(30, 45))
    m = g.person(sex='女', age=(28, 43))
    return f"""{g.i(2024, 2025)}年{g.dist_name()}义务教育阶段新生入学报名信息
学生姓名：{g.per(c)}    性别：{g.sex(c)}    出生日期：{g.dob(c)}    身份证号：{g.rid(c)}
户籍地址：{g.addr(fine='room')}
实际居住地址：{g.addr(fine='room')}
父亲：{g.per(f)}  {g.rid(f)}  {g.mob()}
母亲：{g.per(m)}  {g.rid(m)}  {g.mob()}
房产证号：{g.property_cert()}
报名学校：{g.c('湖州市爱山小学', '湖州市月河小学', '湖州市凤凰小学', '南浔区实验小学', '德清县武康中心小学')}    报名序号：{g.i(1, 900)}"""


@T
def edu_aid(g):
    s_ = g.person(age=(15, 22))
    par = g.person(age=(40, 60))
    return f"""家庭经济困难学生认定申请表
学生：{g.per(s_)}    学号：{N('student_number', str(g.i(2020, 2024)) + g.digits(4))}    身份证号：{g.rid(s_)}
家庭住址：{g.addr(fine='village')}
家庭成员：父/母 {g.per(par)}，务农，患{g.health()}
家庭年收入：{g.fin_wan(1, 5)}
学生本人联系电话：{g.mob()}    家长联系电话：{g.mob()}
资助金发放银行卡：{g.card()}
班主任：{g.pname()}    认定等级：{g.c('一般困难', '困难', '特别困难')}"""


@T
def edu_teacher_list(g):
    def row(k):
        p = g.person(age=(24, 58))
        return f"{k}. {g.per(p)}  {g.c('语文', '数学', '英语', '科学', '体育')}  {g.mob()}  {g.email(p)}"
    return f"""{g.c('湖州市第五中学', '吴兴高级中学', '南浔中学', '长兴中学', '安吉高级中学')} {g.i(2024, 2025)}学年新进教师通讯录
{rows(g.i(4, 6), row)}
教务处电话：{g.land('0572')}（内部资料，请勿外传）"""


@T
def edu_school_bus(g):
    def row(k):
        c = g.person(age=(6, 12))
        par = g.person(age=(30, 45))
        return f"{g.per(c)}（{g.c('一', '二', '三', '四', '五', '六')}年级）  家长{g.per(par)} {g.mob()}  上车点：{g.c('村口公交站', '文化礼堂', '卫生室门口', '桥头')}"
    return f"""{g.town_name()}中心小学校车乘车学生名单（线路{g.i(1, 6)}，车牌{g.plate(prov='浙', city='E')}，驾驶员{g.pname()}，{g.mob()}）
{rows(g.i(3, 6), row)}
照管员：{g.pname()}"""


@T
def edu_exam_cheat(g):
    p = g.person(age=(18, 40))
    return f"""考试违纪违规记录（{g.c('全国英语等级考试', '普通话水平测试', '自学考试', '会计专业技术资格考试')}）
考点：{g.c('湖州师范学院', '湖州职业技术学院', '湖州中学')}    考场：{g.i(1, 60):02d}    时间：{g.dtime(sec=False)}
考生：{g.per(p)}    准考证号：{g.serial('exam_number')}    身份证号：{g.rid(p)}
违纪事实：考试过程中随身携带手机（号码{g.mob()}）处于开机状态。
处理：当场取消本科目成绩。监考员：{g.pname()}、{g.pname()}"""


@T
def edu_child_leave(g):
    c = g.person(age=(8, 15))
    par = g.person(age=(30, 50))
    return f"""因病缺课登记（晨午检）
日期：{g.date()}    班级：{g.c('三', '四', '五', '七', '八')}年级{g.i(1, 8)}班
学生：{g.per(c)}    缺课原因：确诊{g.H(g.c('甲型流感', '水痘', '手足口病', '支原体肺炎'))}
家长：{g.per(par)}，电话{g.mob()}
预计返校：{g.date()}    登记人：校医{g.pname()}"""


# ---- emergency, safety, environment, resources -----------------------------------------------
@T
def emerg_flood_transfer(g):
    def row(k):
        p = g.person(age=(10, 90))
        return f"{k}\t{g.per(p)}\t{g.age(p)}\t{g.mob()}\t{g.addr(start='town', fine='village')}\t{g.c('亲友家', '村文化礼堂', '镇中学安置点')}"
    return f"""防台防汛人员转移台账（{g.town_name()}，{g.dtime(sec=False)}）
序号\t姓名\t年龄\t联系电话\t原住址\t安置去向
{rows(g.i(3, 6), row)}
包村干部：{g.pname()} {g.mob()}    转移总数：{g.count(10, 3000, '人')}"""


@T
def emerg_fire_check(g):
    boss = g.person()
    return f"""消防安全检查记录（“九小场所”）
场所名称：{g.c('某某小吃店', '某某理发店', '某某五金店', '某某小旅馆')}    场所地址：{g.addr(start='district', fine='house')}
统一社会信用代码：{g.uscc(cat='92')}    负责人：{g.per(boss)}    电话：{g.mob()}
发现问题：电动自行车在楼道内充电；灭火器压力不足（生产日期{g.date(g.day(2015, 2019))}）。
整改期限：{g.date()}    检查人：{g.pname()}、{g.pname()}（{g.town_name()}消防工作站）"""


@T
def emerg_production_accident(g):
    p = g.person(sex='男', age=(25, 60))
    return f"""生产安全事故快报
事故单位：{g.c('长兴某矿业有限公司', '湖州某建筑工程有限公司', '安吉某木业有限公司')}（统一社会信用代码{g.uscc(cat='91')}）
事故时间：{g.dtime(sec=False)}    地点：{g.addr(start='district', fine=g.c('house', 'village'))}
事故类型：{g.c('高处坠落', '机械伤害', '物体打击')}
伤亡情况：1人受伤，伤者{g.per(p)}（{g.age(p)}岁，身份证{g.rid(p)}）已送{g.c('长兴县人民医院', '湖州市中心医院')}救治，诊断{g.H(g.c('多发肋骨骨折', '颅脑损伤', '右股骨干骨折'))}。
报告人：{g.pname()}    电话：{g.mob()}    报告时间：{g.dtime(sec=False)}"""


@T
def env_complaint(g):
    p = g.person()
    return f"""生态环境信访件  编号：{g.workorder()}
信访人：{g.per(p)}（要求保密）    电话：{g.mob()}
反映：{g.addr(start='town', fine='village')}附近{g.c('某废旧塑料加工点夜间焚烧', '某砂石场粉尘污染', '某养殖场污水直排河道')}。
核查：{g.dist_name()}生态环境分局执法人员{g.pname()}、{g.pname()}于{g.date()}现场检查，责令停产整改，立案号{g.penalty_no()}。"""


@T
def res_land_contract(g):
    p = g.person(age=(40, 80))
    return f"""农村土地承包经营权流转合同（备案）  编号：{g.c('WX', 'NX', 'DQ', 'CX', 'AJ')}LZ{g.i(2023, 2025)}{N('contract_number', g.digits(5))}
流出方：{g.per(p)}，身份证号{g.rid(p)}，{g.village_name()}村民，电话{g.mob()}
流入方：{g.c('湖州某家庭农场', '德清某农业专业合作社', '安吉某白茶合作社')}（统一社会信用代码{g.uscc(cat=g.c('93', '92'))}）
流转面积：{g.i(2, 60)}.{g.i(1, 9)}亩    年租金：每亩{g.amount(600, 1500, style='yuan', dec=False)}
流转期限：{g.date()}至{g.date(g.day(2030, 2035))}
收款账户：{g.card()}"""


@T
def res_homestead(g):
    p = g.person(age=(30, 65))
    return f"""农村宅基地建房申请审批表
申请户主：{g.per(p)}    身份证号：{g.rid(p)}    家庭人口：{g.i(3, 6)}人
户籍地：{g.division()}
拟建地址：{g.addr(start='town', fine='village')}
占地面积：{g.i(80, 125)}平方米    层数：3层
村民代表会议公示：{g.period()}，无异议
联系电话：{g.mob()}    乡镇审批编号：{g.c('乡村建设规划许可证', '建房审批')}{N('license_number', '乡字第' + g.digits(9, '3') + '号')}"""


@T
def agri_subsidy(g):
    def row(k):
        p = g.person(age=(35, 80))
        return f"{k},{g.per(p)},{g.rid(p, style='plain')},{g.village_name()},{g.i(3, 80)}.{g.i(0, 9)},{g.card(style='plain')}"
    return f"""{g.i(2024, 2025)}年耕地地力保护补贴发放清册（{g.town_name()}）
序号,户主姓名,身份证号,村,面积（亩）,一卡通账号
{rows(g.i(4, 6), row)}
补贴标准：每亩{g.amount(50, 120, style='yuan', dec=True)}，依据{g.docno()}"""


# ---- messages and chats ----------------------------------------------------------------------
@T
def chat_dingtalk_group(g):
    a, b, c = g.person(age=(25, 55)), g.person(age=(25, 55)), g.person(age=(70, 92))
    return f"""【浙政钉 · {g.c('社区网格群', '民政工作群', '综合执法二中队', '数据共享对接群')}】
{g.per(a)} {g.hm()}
@{g.per(b)} 刚才那个来访的老人叫{g.per(c)}，身份证{g.rid(c)}，说住{g.addr(fine='room')}，你帮忙查下是不是我们辖区的
{g.per(b)} {g.hm()}
查了，是的，户籍在我们这，联系电话{g.mob()}，{g.c('他儿子', '她女儿')}电话{g.mob()}
{g.per(a)} {g.hm()}
好的，我明天上门，顺便把高龄津贴表带过去"""


@T
def chat_wechat_resident(g):
    p = g.person()
    w = g.person()
    return f"""（微信截图文字识别）
{g.title(p)}：网格员你好，我家楼上一直漏水到我家卫生间
{g.title(p)}：我住{g.addr(start='district', fine='room')}，电话{g.mob()}
网格员{g.per(w)}：收到，我联系一下物业，楼上住户的电话您有吗
{g.title(p)}：有的，{g.mob()}，姓{g.r.choice(SURNAMES)[0]}
网格员{g.per(w)}：好的，今天下午我们过去看一下"""


@T
def chat_sms_verification(g):
    return f"""【浙里办】验证码{g.i(100000, 999999)}，您正在进行{g.c('社保卡申领', '公积金提取', '不动产查询', '出生一件事')}身份验证，5分钟内有效。如非本人操作请忽略。
【湖州市民卡】您尾号{g.digits(4)}的市民卡于{g.dtime(sec=False)}在公交消费2.00元。客服{g.service()}。
发件号码：{g.service()}    接收号码：{g.mob()}"""


@T
def chat_email_forward(g):
    a = g.person()
    b = g.person()
    c = g.person()
    return f"""---------- 转发的邮件 ----------
发件人：{g.per(a)} <{g.email(a)}>
日期：{g.dtime()}
主题：报名表
收件人：{g.email(b, kind='gov') if g.p(0.5) else g.email(b)}

您好，附件是我家孩子的报名材料，孩子叫{g.per(c)}，出生日期{g.dob(c)}，身份证{g.rid(c)}。我的电话{g.mob()}，家庭地址{g.addr(fine='room')}。谢谢！

{g.per(b)}：请转学籍科处理。"""


@T
def chat_work_handover(g):
    p = g.person()
    return f"""交接备忘（{g.date()}）
1. {g.per(p)}的临时救助材料已收齐，缺银行卡复印件，已电话通知（{g.mob()}）补交，卡号先记这里：{g.card()}
2. 周三上午市里来检查，对接人{g.pname()}，手机{g.mob()}
3. 打印机坏了，报修电话{g.land('0572')}，设备号{g.serial('device_number')}
4. 上月台账共{g.count(20, 400, '份')}，已归档"""


@T
def chat_voice_transcript(g):
    p = g.person()
    return f"""{N('service_number', '12345')}来电录音转写（节选）
坐席：您好，{N('service_number', '12345')}，请问有什么可以帮您？
市民：我想问一下我儿子的身份证办好了没有，他叫{g.per(p)}。
坐席：请提供一下身份证号码。
市民：{g.rid(p, style=g.c('plain', 'space'))}。
坐席：好的，请问您的联系电话？
市民：{g.mob(style=g.c('s344', 'plain', 'd344'))}。
坐席：已为您记录，工单号{g.workorder()}，会在3个工作日内回复。"""


@T
def chat_business_card(g):
    p = g.person()
    return f"""{g.per(p)}
{g.c('湖州市大数据发展管理局 数据资源处', '湖州市市场监督管理局 信用监管处', '湖州南太湖新区管委会 招商局', '德清县地理信息小镇管委会')}
{g.c('副处长', '四级调研员', '科员', '招商专员')}
地址：{g.addr(start='prov', fine='unit')}  邮编：{g.postcode()}
电话：{g.land('0572')}  传真：{g.land('0572', ext=False)}
手机：{g.mob()}
E-mail：{g.email(p, kind='gov') if g.p(0.6) else g.email(p)}"""


@T
def chat_delivery_notice(g):
    p = g.person()
    return f"""【顺丰速运】您的快件{g.tracking()}已由{g.dist_name()}{g.c('政务服务中心', '公安局出入境大厅', '不动产登记中心')}寄出，收件人{g.per(p)}，{g.mob()}，地址{g.addr(fine='room')}。查询请拨{g.service()}。"""


@T
def chat_meeting_signin(g):
    def row(k):
        p = g.person(age=(25, 58))
        return f"{k}  {g.per(p)}  {g.c('市大数据局', '市公安局', '市卫健委', '市民政局', '市人社局', '市医保局', '市市场监管局')}  {g.mob()}"
    return f"""“数据安全与个人信息保护”专题培训签到表
时间：{g.date()} 14:30    地点：市行政中心{g.i(1, 6)}号楼{g.i(101, 520)}会议室
序号  姓名  单位  手机
{rows(g.i(5, 8), row)}
会务联系：{g.pname()} {g.land('0572')}"""


@T
def chat_wechat_group_notice(g):
    return f"""【{g.village_name()}村民群公告】
各位村民：本村{g.i(2024, 2025)}年度城乡居民医保开始缴费，个人缴费标准{g.amount(380, 500, style='yuan', dec=False)}，请于{g.date()}前通过“浙里办”或到村便民服务中心缴纳。
有疑问请联系村干部{g.pname()}：{g.mob()}，或村委座机{g.land('0572', ext=False)}。
医保服务热线：{g.service()}"""


# ---- minutes, notices, letters ---------------------------------------------------------------
@T
def doc_minutes(g):
    return f"""会议纪要
〔{g.i(2024, 2025)}〕第{g.i(1, 60)}期
{g.date()}下午，{g.pname()}副市长主持召开公共数据授权运营工作专题会，市大数据局、市财政局、市公安局、市场监管局等单位参加。会议议定：
一、授权运营数据范围不含个人敏感信息，确需使用的须经脱敏并通过安全评估；
二、由市大数据局牵头制定收益分配方案，预算控制在{g.amount_wan(100, 900)}以内；
三、{g.c('湖州某数字科技有限公司', '市城市集团下属数据公司')}（统一社会信用代码{g.uscc(cat='91')}）作为运营主体，联系人{g.pname()}，电话{g.mob()}。
参加人员：{g.pname()}、{g.pname()}、{g.pname()}、{g.pname()}
（依据{g.docno()}）"""


@T
def doc_notice_public(g):
    return f"""关于{g.c('开展2025年度公共数据目录编制', '做好个人信息保护合规审计', '报送数据安全风险评估报告')}工作的通知
{g.docno()}
各县区大数据管理部门，市级各有关单位：
为贯彻落实《浙江省公共数据条例》，现将有关事项通知如下：请各单位于{g.date()}前完成，并将报告（盖章扫描件）发送至{g.email(kind='gov')}。
联系人：{g.pname()}，电话{g.land('0572')}，手机{g.mob()}。
附件：1.报送模板（{g.version()}）
湖州市大数据发展管理局
{g.date()}"""


@T
def doc_letter_visit(g):
    p = g.person(age=(40, 80))
    return f"""来信登记
来信人：{g.per(p)}    住址：{g.addr(fine=g.c('village', 'room'))}    电话：{g.mob()}
来信日期：{g.date()}    信件编号：{g.serial('letter_number')}
内容摘要：反映本村{g.c('征地补偿款分配不公', '道路硬化工程质量差', '河道清淤后垃圾未清运')}，并称其本人患{g.health()}，家庭困难，请求政府帮助。
拟办意见：转{g.town_name()}人民政府调查处理并答复来信人。    登记人：{g.pname()}"""


@T
def doc_publicity_list(g):
    def row(k):
        p = g.person(age=(25, 45))
        return f"{k}  {g.per(p)}  {g.c('男', '女')}  {g.c('研究生', '大学本科')}  {g.c('湖州市大数据管理中心', '湖州市疾病预防控制中心', '湖州市公共资源交易中心')}  {g.c('数据分析', '网络安全', '综合管理')}"
    return f"""湖州市{g.i(2024, 2025)}年事业单位公开招聘拟聘用人员公示
{rows(g.i(4, 7), row)}
公示期：{g.period()}（5个工作日）。监督电话：{g.land('0572')}；来信请寄{g.addr(start='prov', fine='unit')}，邮编{g.postcode()}。"""


@T
def doc_reimbursement(g):
    p = g.person()
    return f"""差旅费报销单
报销人：{g.per(p)}    部门：{g.c('数据资源处', '安全管理处', '应用推进处', '办公室')}
出差事由：赴杭州参加全省公共数据平台建设培训    出差日期：{g.date()}
交通：{g.c('自驾', '高铁')}（{g.c('车牌 ' + g.plate(), '车次G' + str(g.i(7000, 7600)))}）
住宿发票号码：{g.invoice()}    附单据{g.i(2, 9)}张
公务卡号：{g.card()}
审批：{g.pname()}    财务：{g.pname()}"""


@T
def doc_contract_summary(g):
    a = g.person()
    return f"""政府采购合同（摘要公告）
合同编号：{g.order()}
项目名称：湖州市{g.c('城市大脑数据中台运维', '政务云安全服务', '个人信息保护合规审计', '数据分类分级工具采购')}项目
采购人：湖州市大数据发展管理局（{g.uscc(cat='11')}）    地址：{g.addr(start='city', fine='unit')}    联系人：{g.pname()}，{g.land('0572')}
供应商：{g.c('浙江某数智科技有限公司', '杭州某网络安全技术有限公司', '湖州某信息工程有限公司')}    统一社会信用代码：{g.uscc(cat='91')}
供应商联系人：{g.per(a)}，{g.mob()}，{g.email(kind='org')}
合同金额：{g.amount_wan(20, 600)}    签订日期：{g.date()}"""


@T
def doc_sealed_record(g):
    p = g.person()
    return f"""用印登记
日期：{g.date()}    用印文件：关于向{g.c('市公安局', '市法院', '市税务局')}提供{g.per(p)}（身份证号{g.rid(p)}）个人信息的复函
依据：{g.c('协助查询通知书', '调取证据通知书')}{g.caseno()}
份数：{g.i(1, 4)}    经办人：{g.pname()}    审批人：{g.pname()}"""


# ---- exit-entry, travel, foreign affairs -----------------------------------------------------
@T
def travel_hk_group(g):
    def row(k):
        p = g.person()
        return f"{k:02d}  {g.per(p)}  {g.sex(p)}  {g.hkm()}  {g.mob()}"
    return f"""港澳游团队名单（{g.c('湖州某国际旅行社有限公司', '湖州某旅游有限公司')}，团号{N('group_number', 'HZ' + g.digits(2, '2') + g.c('HK', 'MO') + g.digits(4))}）
出发日期：{g.date()}    口岸：深圳罗湖
序号  姓名  性别  往来港澳通行证号  联系电话
{rows(g.i(4, 7), row)}
领队：{g.pname()}（{g.mob()}）    旅行社经营许可证：{g.license_no()}"""


@T
def travel_outbound_group(g):
    def row(k):
        p = g.person(age=(20, 75))
        return f"{k}\t{g.per(p)}\t{g.dob(p, style='iso')}\t{g.passport()}\t{g.date(g.day(2029, 2034), style='iso')}"
    return f"""出境旅游团队名单表（{g.c('日本', '泰国', '新加坡', '法国瑞士意大利')}{g.i(5, 12)}日游）
组团社：{g.c('湖州某国际旅行社', '浙江某旅游集团湖州分公司')}    统一社会信用代码：{g.uscc(cat='91')}
序号\t姓名\t出生日期\t护照号\t护照有效期
{rows(g.i(4, 7), row)}
全陪：{g.pname()}，{g.mob()}"""


@T
def travel_official_trip(g):
    def row(k):
        p = g.person(age=(30, 58))
        return f"{g.per(p)}（{g.c('团长', '团员', '团员', '翻译')}），护照号{g.passport()}"
    return f"""因公临时出国（境）任务公示
任务：赴{g.c('德国', '新加坡', '日本', '荷兰')}开展{g.c('智慧城市', '数字政府', '数据安全')}交流    期限：{g.date()}起{g.i(5, 9)}天
团组人员：{rows(g.i(2, 4), row)}
经费来源：部门预算，预算{g.amount_wan(5, 30)}    批件号：{g.docno()}
公示期间意见反馈：{g.land('0572')}"""


@T
def travel_flight_booking(g):
    p = g.person()
    return f"""Booking Confirmation / 预订确认
订单号 Order No.: {g.order()}
旅客 Passenger: {g.per(p)}    证件 Passport: {g.passport()}
航班 Flight: {g.c('MU', 'CA', 'CZ', 'HO')}{g.i(100, 999)}  上海浦东 PVG → {g.c('东京成田 NRT', '新加坡 SIN', '曼谷 BKK', '法兰克福 FRA')}
日期 Date: {g.date(style='iso')}
联系人手机 Mobile: {g.mob(style=g.c('p86', 'plain', 'p86d'))}    Email: {g.email(p)}
票价 Fare: {g.amount(1500, 12000, style='rmb', dec=False)}    客服 Service: {g.service()}"""


@T
def travel_border_check(g):
    def row(k):
        p = g.person()
        return f"{g.dtime(sec=False)} {g.c('出境', '入境')} {g.per(p)} {g.c(g.passport(), g.hkm())} 航班/车次 {g.c('CX', 'NX', 'HX')}{g.i(100, 999)}"
    return f"""边检出入境记录查询结果（协查函 {g.caseno()}）
{rows(g.i(3, 5), row)}
查询经办：{g.pname()}    复核：{g.pname()}"""


@T
def travel_invite_letter(g):
    a = g.person()
    b = g.person()
    return f"""INVITATION LETTER
Date: {g.date(style='iso')}
To the Embassy of {g.c('Germany', 'the Netherlands', 'Japan', 'France')}:
We hereby invite the following delegates from Huzhou Big Data Development Administration:
1. {g.per(a)}, Passport No. {g.passport()}, Mobile {g.mob(style='p86')}
2. {g.per(b)}, Passport No. {g.passport()}, Mobile {g.mob(style='p86')}
to attend the Smart City Data Governance Forum. Contact: {g.email(kind='org')}, Tel {g.land(style='intl')}."""


@T
def travel_study_abroad(g):
    p = g.person(age=(17, 26))
    par = g.person(age=(42, 58))
    return f"""出国留学人员信息登记（{g.c('湖州中学', '湖州师范学院', '湖州职业技术学院')}）
姓名：{g.per(p)}    出生日期：{g.dob(p)}    护照号码：{g.passport()}
身份证号：{g.rid(p)}
留学国家/院校：{g.c('英国曼彻斯特大学', '澳大利亚悉尼大学', '美国普渡大学', '日本早稻田大学')}
本人邮箱：{g.email(p)}    境外联系电话：+{g.c('44', '61', '1', '81')} {g.digits(3, '2')}****{g.digits(3)}
家长：{g.per(par)}    手机：{g.mob()}    家庭住址：{g.addr(fine='room')}"""


@T
def travel_exit_restriction(g):
    p = g.person()
    return f"""限制出境决定书
{g.caseno('执')}
被执行人{g.per(p)}（公民身份号码{g.rid(p)}，护照号码{g.passport()}，往来港澳通行证号码{g.hkm()}）未履行生效法律文书确定的义务，依照《中华人民共和国民事诉讼法》第二百六十六条规定，决定限制其出境。
本决定送达后立即执行。    {g.date()}"""


@T
def travel_cert_ready_sms(g):
    p = g.person()
    return f"""【湖州出入境】{g.per(p)}，您申请的{g.c('普通护照', '往来港澳通行证', '往来台湾通行证')}已制作完成（证件号{g.c(g.passport(), g.hkm())}），请于{g.date()}前携带受理回执到{g.dist_name()}出入境窗口领取，或关注EMS邮件{g.tracking()}。咨询{g.land('0572', ext=False)}。"""


@T
def travel_biz_hk(g):
    def row(k):
        p = g.person(age=(25, 55))
        return f"{g.per(p)}，{g.c('总经理', '销售经理', '工程师', '采购')}，港澳通行证{g.hkm()}，商务签注有效期至{g.date(g.day(2026, 2027))}"
    return f"""赴港商务备案
企业：{g.c('湖州某丝绸进出口有限公司', '长兴某电池科技股份有限公司', '安吉某椅业有限公司')}（{g.uscc(cat='91')}）
事由：参加香港{g.c('贸发局电子展', '家居用品展', '纺织服装展')}
人员：
{rows(g.i(2, 4), row)}
企业联系人：{g.pname()}，{g.mob()}，{g.email(kind='org')}"""


@T
def travel_customs_declare(g):
    p = g.person()
    return f"""跨境电商零售进口 - 订购人信息（海关申报单 {g.order()}）
订购人：{g.per(p)}    证件类型：身份证    证件号：{g.rid(p)}
电话：{g.mob(style='plain')}    收货地址：{g.addr(start='prov', fine='room')}
商品：{g.c('奶粉', '保健品', '护肤品', '箱包')} × {g.i(1, 6)}    实付：{g.amount(100, 5000, style='sign', dec=True)}
运单号：{g.tracking()}    支付流水：{g.order()}"""


@T
def travel_conference_reg(g):
    def row(k):
        p = g.person()
        return f'  {{"name":"{g.per(p)}","doc":"{g.c(g.passport(), g.hkm(), g.rid(p, style="plain"))}","mobile":"{g.mob(style="plain")}","email":"{g.email(p)}"}}'
    rs = ",\n".join(row(k) for k in range(g.i(2, 4)))
    return f"""// 世界地理信息大会（德清）嘉宾注册导出 {g.dtime()}
[
{rs}
]"""


@T
def travel_guide_license(g):
    p = g.person(age=(22, 50))
    return f"""导游证信息变更
导游姓名：{g.per(p)}    导游证号：{g.license_no()}
身份证号：{g.rid(p)}    手机：{g.mob()}
执业旅行社：{g.c('湖州某旅行社有限公司', '安吉某旅游有限公司')}（{g.uscc(cat='91')}）
语种：{g.c('中文', '英语', '日语')}    常用出境证件：护照{g.passport()}"""


@T
def travel_homestay_register(g):
    def row(k):
        p = g.person()
        return f"{g.per(p)} | {g.c(g.rid(p), g.hkm(), g.passport())} | {g.mob()} | 车牌 {g.plate()}"
    return f"""{g.c('安吉天荒坪', '德清莫干山', '长兴水口')}民宿住客登记（{g.date()}）
民宿：{g.c('竹里人家', '山居小院', '茶园客舍', '溪畔别院')}    经营户：{g.pname()}，{g.mob()}
{rows(g.i(2, 5), row)}
旅游警务站：{g.land('0572')}"""


# ---- vehicles, routes, traces --------------------------------------------------------------------
@T
def veh_ne_subsidy(g):
    p = g.person()
    return f"""新能源汽车消费补贴申请
申请人：{g.per(p)}    身份证号：{g.rid(p)}    手机：{g.mob()}
车辆号牌：{g.plate(ne=True, prov='浙', city=g.c('E', 'E', 'A'))}    车辆识别代号：{g.vin()}
购车发票号码：{g.invoice()}    购车日期：{g.date()}
补贴发放账户：{g.card()}
审核：{g.dist_name()}商务局    受理编号：{g.serial('acceptance_number')}"""


@T
def veh_insurance_claim(g):
    p = g.person()
    return f"""机动车辆保险报案记录
报案号：{g.order()}    报案时间：{g.dtime()}
被保险人：{g.per(p)}    证件号码：{g.rid(p)}    联系电话：{g.mob()}
标的车牌：{g.plate()}    三者车牌：{g.plate()}
出险地点：{g.c('湖州市吴兴区二环东路', '长兴县长兴大道', '德清县武康街道永安街')}附近
理赔款收款账户：{g.card()}    查勘员：{g.pname()}（{g.mob()}）"""


@T
def veh_monthly_parking(g):
    def row(k):
        p = g.person()
        return f"{g.c('A', 'B', 'C', 'D')}-{g.i(1, 180):03d}  {g.per(p)}  {g.plate(style=g.c('plain', 'dot'))}  {g.mob()}"
    return f"""{g.comm_name()}地面车位包月登记（{g.i(2024, 2025)}年{g.i(1, 12)}月）
车位号  车主  车牌  电话
{rows(g.i(4, 7), row)}
物业服务中心：{g.land('0572')}"""


@T
def veh_official_car(g):
    d = g.person(sex='男', age=(30, 58))
    km = g.i(10000, 90000)
    return f"""公务用车使用登记
用车日期：{g.date()}    车牌号：{g.plate(prov='浙', city='E')}
驾驶员：{g.per(d)}    手机：{g.mob()}
用车人：{g.pname()}（{g.c('市大数据局', '市住建局', '市农业农村局')}）
行车轨迹：{g.trace()}
出车里程：{km}    回车里程：{km + g.i(20, 260)}    审批：{g.pname()}"""


@T
def veh_ebike_plate(g):
    p = g.person()
    return f"""电动自行车登记上牌
车主：{g.per(p)}    身份证：{g.rid(p)}    手机：{g.mob()}
住址：{g.addr(fine='room')}
号牌：{g.plate(prov='浙', city='E', ne=False, style='plain')}    整车编码：{g.vin()}
品牌型号：{g.c('雅迪', '爱玛', '台铃', '绿源')} {g.version()}    电池：{g.c('铅酸', '锂电')}
登记点：{g.c('吴兴', '南浔', '德清', '长兴', '安吉')}上牌点    经办：{g.pname()}"""


@T
def veh_hazmat_waybill(g):
    d = g.person(sex='男', age=(28, 58))
    e = g.person(age=(25, 55))
    return f"""危险货物道路运输电子运单
运单号：{g.order()}
托运人：{g.c('长兴某化工有限公司', '德清某精细化工有限公司')}（{g.uscc(cat='91')}）
承运车辆：{g.plate(style='plain')}（挂{g.plate(style='plain')}）
驾驶员：{g.per(d)}，从业资格证{g.license_no()}，手机{g.mob()}
押运员：{g.per(e)}，手机{g.mob()}
货物：{g.c('甲醇', '液碱', '硫酸')} {g.i(10, 32)}吨    UN编号：UN{g.i(1000, 3500)}
计划路线：经{g.c('申苏浙皖高速', '杭长高速', '104国道', '318国道')}，全程避开城区。紧急联系电话：{g.land('0572')}"""


@T
def veh_ridehail_trip(g):
    p = g.person()
    d = g.person(sex='男')
    return f"""网约车行程记录（平台调证回函）
订单号：{g.order()}    乘客手机：{g.mob()}（实名：{g.per(p)}）
司机：{g.per(d)}    车牌：{g.plate()}
上车时间：{g.dtime(sec=False)}
行程轨迹：{g.trace(style='timed')}
支付：{g.amount(8, 200, style='yuan', dec=True)}    平台：{g.c('滴滴出行', '曹操出行', 'T3出行')}"""


@T
def trace_correction_fence(g):
    p = g.person(age=(20, 60))
    return f"""社区矫正电子定位越界告警
矫正对象：{g.per(p)}    手机：{g.mob()}    矫正编号：{g.serial('case_serial')}
告警时间：{g.dtime()}
当日定位轨迹：{g.trace()}
核查情况：经电话核实，系赴{g.c('杭州', '嘉兴', '苏州')}就医未报备，已予以警告。核查人：{g.pname()}"""


@T
def trace_busride(g):
    p = g.person(age=(60, 85))
    return f"""公交乘车记录查询（家属申请，协助寻找走失老人）
持卡人：{g.per(p)}    社会保障卡号（已开通乘车功能）：{g.ssc()}
{g.date()}乘车记录：{g.trace(style=g.c('timed', 'paren'))}
申请人：{g.pname()}（{g.mob()}）    经办民警：{g.pname()}"""


@T
def trace_epi_second(g):
    p = g.person()
    c1 = g.person()
    return f"""病例{g.i(1, 30)}：{g.per(p)}，{g.sex(p)}，{g.age(p)}岁，住{g.addr(start='district', fine='room')}，手机{g.mob()}。
{g.date()}行程：{g.trace()}。
{g.date()}行程：{g.trace()}。
同住人员：{g.per(c1)}（{g.rid(c1)}）。以上信息仅供疫情防控使用，严禁外传。"""


@T
def trace_missing_child(g):
    c = g.person(age=(8, 15))
    par = g.person(age=(32, 50))
    return f"""未成年人走失协查
走失人：{g.per(c)}，{g.sex(c)}，{g.age(c)}岁，{g.c('身高约1.4米', '身高约1.5米', '身高约1.6米')}，{g.c('穿校服', '穿红色外套', '背黑色书包')}
监控轨迹：{g.trace(style='timed')}
报警人：{g.per(par)}（{g.c('父亲', '母亲')}），{g.mob()}，住{g.addr(fine='room')}
接警单位：{g.c('爱山', '仁皇山', '龙溪', '织里', '武康', '雉城')}派出所    值班电话：{g.land('0572')}"""


# ---- social security, medical insurance --------------------------------------------------------
@T
def mi_remote_filing(g):
    p = g.person(age=(30, 85))
    return f"""跨省异地就医备案登记
参保人：{g.per(p)}    公民身份号码：{g.rid(p)}
医保编号：{g.medins()}    社会保障卡号：{g.ssc()}
备案类型：{g.c('异地长期居住', '临时外出就医', '异地转诊')}    就医地：{g.c('上海市', '江苏省苏州市', '安徽省合肥市')}
就医地址：{g.addr(hz=False, fine='room')}
联系电话：{g.mob()}    备案有效期：{g.date()}起
经办渠道：浙里办    业务流水号：{g.order()}"""


@T
def mi_newborn_card(g):
    b = g.person(age=(0, 0))
    m = g.person(sex='女', age=(24, 40))
    return f"""新生儿社保卡申领（出生一件事联办）
新生儿：{g.per(b)}    出生日期：{g.dob(b, style='iso')}    公民身份号码：{g.rid(b)}
监护人：{g.per(m)}    监护人证件号码：{g.rid(m)}    联系电话：{g.mob()}
邮寄地址：{g.addr(fine='room')}
制卡银行：{g.c('中国银行', '湖州银行', '农业银行')}    申领编号：{g.serial('application_number')}"""


@T
def mi_settlement(g):
    p = g.person(age=(20, 85))
    return f"""医疗费用结算单（住院）
姓名：{g.per(p)}    住院号（病案号）：{g.medrec()}
医保编号：{g.medins()}    人员类别：{g.c('在职职工', '退休人员', '城乡居民')}
入院诊断：{g.health()}
入出院日期：{g.period(sep=' — ')}
结算流水号：{g.order()}    结算时间：{g.dtime()}
（本单据金额明细另附，医保咨询{g.service()}）"""


@T
def mi_pharmacy_log(g):
    def row(k):
        p = g.person()
        return f"{g.hm()}\t{g.per(p)}\t{g.rid(p)}\t{g.mob()}\t{g.c('布洛芬缓释胶囊', '连花清瘟胶囊', '头孢克肟分散片', '阿莫西林胶囊')}"
    return f"""{g.c('湖州某大药房连锁有限公司', '德清某药店', '长兴某医药零售店')}（{g.uscc(cat=g.c('91', '92'))}）特殊药品购买实名登记 {g.date()}
时间\t姓名\t身份证号\t电话\t药品
{rows(g.i(3, 6), row)}"""


@T
def mi_fraud_check(g):
    p = g.person(age=(40, 85))
    return f"""医保基金监管疑点核查
疑点编号：{g.serial('clue_number')}
参保人：{g.per(p)}    医保编号：{g.medins()}    身份证：{g.rid(p)}
疑点描述：{g.date()}同一天在{g.c('吴兴', '南浔', '德清')}两家定点药店各刷卡购药，两家间隔约{g.i(20, 60)}公里。
当日刷卡轨迹：{g.trace(n=g.i(2, 3), style='arrow')}
核查结论：{g.c('系家属代购，予以提醒', '社保卡被他人冒用，已移交公安', '正常就医，疑点排除')}。核查人：{g.pname()}"""


@T
def ss_card_batch(g):
    def row(k):
        p = g.person()
        return f"{g.per(p)},{g.rid(p, style='plain')},{g.ssc()},{g.card(style='plain')}"
    return f"""第三代社保卡批量换发制卡数据（{g.c('中国银行', '湖州银行', '农业银行')}，批次{g.serial('batch_number')}）
姓名,身份证号,社保卡号,金融账户
{rows(g.i(3, 6), row)}
文件传输：SFTP {g.ip('private')}，接收人{g.pname()}"""


# ---- data quality and identifier look-alikes --------------------------------------------------
@T
def dq_id_check_report(g):
    def bad(k):
        p = g.person()
        return f"  第{g.i(2, 20000)}行 {g.per(p)} {g.bad_id()} —— 校验位错误"
    return f"""数据质量检核报告（{g.c('人口基础库', '低保对象库', '参保人员库', '残疾人库')}，{g.date()}）
检核规则：公民身份号码需满足GB 11643校验位规则。
本次检核记录{g.count(10000, 900000, '条')}，发现校验位错误{g.count(3, 400, '条')}，示例：
{rows(g.i(3, 5), bad)}
以上号码疑似录入错误，已退回源头单位核实；对照正确记录示例：{g.pname()} {g.rid()}。
检核工具版本：{g.version()}"""


@T
def dq_card_check(g):
    def bad(k):
        return f"  {g.bad_card()}  Luhn校验不通过"
    return f"""补贴代发前银行账号预校验结果（{g.town_name()}，{g.date()}）
总笔数：{g.count(50, 3000, '笔')}    校验通过：{g.count(40, 2900, '笔')}
不通过明细：
{rows(g.i(2, 4), bad)}
通过示例：{g.pname()} {g.card()}
请村（社区）重新采集不通过账号。经办人：{g.pname()} {g.land('0572')}"""


@T
def dq_uscc_check(g):
    def bad(k):
        return f"  {g.bad_uscc()}（校验码不符）"
    return f"""法人库统一社会信用代码核验结果
以下代码校验码不符，疑似录入错误：
{rows(g.i(2, 4), bad)}
已核实更正：{g.uscc()}、{g.uscc()}
组织机构代码对照：{g.orgcode()}
核验人：{g.pname()}    {g.dtime()}"""


@T
def dq_mixed_numbers(g):
    p = g.person()
    return f"""【字段识别复核】以下数值经人工复核，不属于个人信息：
- 设备序列号 {g.serial('serial_number')}
- 交易流水号 {g.order()}
- 批次号 {g.serial('batch_number')}
- 形似身份证的档案号 {g.bad_id()}（校验不通过）
- 形似银行卡的流水号 {g.bad_card()}（Luhn不通过）
以下属于个人信息：{g.per(p)} 的手机 {g.mob()}、身份证 {g.rid(p)}。复核人：{g.pname()}"""


@T
def dq_field_profile(g):
    return f"""字段画像（表 zw_sqjl 申请记录）
列名        样例值                          判定
sqr_xm      {g.pname()}                          姓名
sqr_sfz     {g.rid()}              身份证号
sqr_sj      {g.mob(style='plain')}                     手机号
lsh         {g.order()}                流水号（非个人信息）
dh_gd       {g.land('0572')}                    固定电话
zjhm_err    {g.bad_id()}              疑似身份证（校验失败，非有效号码）
ip          {g.ip()}                    IP地址
画像生成：{g.dtime()}，工具 {g.version()}"""


@T
def dq_waybill(g):
    s_ = g.person()
    r_ = g.person()
    return f"""快递面单（OCR）
运单号：{g.tracking()}
寄件人：{g.per(s_)} {g.mob()}
寄件地址：{g.addr(fine='unit')}
收件人：{g.per(r_)} {g.mob(style=g.c('plain', 's344'))}
收件地址：{g.addr(fine='room')}
物品：文件    重量：0.{g.i(1, 9)}kg    寄件时间：{g.dtime(sec=False)}"""


@T
def dq_asset_ledger(g):
    def row(k):
        return f"{g.serial('asset_number')}\t{g.c('交换机', '服务器', '防火墙', '存储', '终端')}\t{g.ip('private')}\t{g.serial('serial_number')}\t{g.pname()}"
    return f"""信息化资产台账（{g.c('市民政局', '市医保局', '市人社局', '市卫健委')}机房）
资产编号\t类型\t管理IP\t序列号\t责任人
{rows(g.i(4, 6), row)}
更新日期：{g.date()}"""


@T
def dq_meter_reading(g):
    def row(k):
        p = g.person()
        return f"{g.account_code()}  {g.per(p)}  {g.addr(start='district', fine='room')}  本期读数 {g.i(100, 9999)}"
    return f"""{g.c('湖州市水务集团', '国网湖州供电公司', '湖州新奥燃气')}抄表异常清单（{g.date()}）
户号  户名  地址  读数
{rows(g.i(3, 5), row)}
抄表员：{g.pname()}  {g.mob()}"""


# ---- misc public services ------------------------------------------------------------------------
@T
def misc_census(g):
    def row(k):
        p = g.person(age=(1, 90))
        return f"{k}  {g.per(p)}  {g.c('户主', '配偶', '子女', '父母', '孙子女')}  {g.sex(p)}  {g.dob(p, style='ym')}  {g.rid(p)}"
    return f"""人口抽样调查 户登记表（调查小区编码 {N('area_code', '330502' + g.digits(6))}）
住址：{g.addr(fine=g.c('room', 'village'))}
序号  姓名  与户主关系  性别  出生年月  公民身份号码
{rows(g.i(2, 5), row)}
普查员：{g.pname()}  {g.mob()}"""


@T
def misc_archive(g):
    p = g.person()
    return f"""档案查阅利用登记
查阅人：{g.per(p)}    证件号：{g.rid(p)}    电话：{g.mob()}
查阅目的：{g.c('办理房产继承', '核实工龄', '婚姻状况证明', '知青档案')}
查阅档案：{g.c('婚姻登记档案', '职工档案', '土地档案')}，档号{N('archive_number', 'A' + g.digits(3) + '-' + str(g.i(1980, 2005)) + '-' + g.digits(4))}
接待人：{g.pname()}    日期：{g.date()}"""


@T
def misc_library_card(g):
    p = g.person()
    return f"""湖州市图书馆读者证办理
读者：{g.per(p)}    证件类型：{g.c('居民身份证', '护照', '往来港澳通行证')}
证件号码：{g.c(g.rid(p), g.passport(), g.hkm())}
手机：{g.mob()}    邮箱：{g.email(p)}
读者证号：{N('reader_number', 'HZ' + g.digits(8))}    押金：免押（信用借阅）"""


@T
def misc_venue_booking(g):
    p = g.person()
    return f"""体育场馆预约成功
场馆：{g.c('湖州奥体中心游泳馆', '吴兴区全民健身中心羽毛球馆', '德清体育中心')}    场次：{g.date()} {g.c('18:00-20:00', '19:00-21:00')}
预约人：{g.per(p)}    手机：{g.mob()}    同行人数：{g.i(1, 5)}
订单号：{g.order()}    金额：{g.amount(20, 200, style='yuan', dec=False)}
温馨提示：入馆需刷身份证（{g.rid(p)}）或扫码。"""


@T
def misc_scenic_complaint(g):
    p = g.person()
    return f"""旅游投诉登记（市文化广电旅游局）
投诉人：{g.per(p)}，{g.c('上海', '江苏', '杭州', '安徽')}游客，电话{g.mob()}，车牌{g.plate(prov=g.c('沪', '苏', '浙', '皖'))}
投诉对象：{g.c('南浔古镇某游船', '安吉某漂流景区', '莫干山某民宿', '太湖某景区停车场')}
内容：{g.c('强制消费', '虚假宣传', '退款纠纷', '服务态度差')}，涉及金额{g.amount(50, 3000, style='yuan', dec=False)}
受理号：{g.workorder()}    承办人：{g.pname()}"""


@T
def misc_volunteer(g):
    p = g.person(age=(16, 70))
    return f"""志愿者注册信息（志愿浙江）
姓名：{g.per(p)}    性别：{g.sex(p)}    出生日期：{g.dob(p)}
证件号码：{g.rid(p)}    手机：{g.mob()}
服务区域：{g.dist_name()}
服务意向：{g.c('助老', '助残', '文明交通', '垃圾分类', '应急救援')}
服务时长：{g.count(10, 2000, '小时')}    志愿者编号：{N('volunteer_number', '3305' + g.digits(2) + 'V' + g.digits(6))}"""


@T
def misc_notary(g):
    p = g.person()
    return f"""公证申请表（湖州市{g.c('南太湖', '吴兴', '长兴')}公证处）
申请人：{g.per(p)}    性别：{g.sex(p)}    出生日期：{g.dob(p)}
身份证件：{g.rid(p)}；护照：{g.passport()}
住址：{g.addr(fine='room')}    电话：{g.mob()}
公证事项：{g.c('学历公证（英文译本）', '无犯罪记录公证', '亲属关系公证', '出生公证')}
用途：{g.c('赴英国留学', '赴加拿大探亲', '赴新加坡工作')}    受理号：{g.c('（2025）浙湖南证字第', '（2024）浙湖吴证字第')}{N('notary_number', g.digits(5) + '号')}"""


@T
def misc_info_disclosure(g):
    p = g.person()
    return f"""政府信息公开申请
申请人：{g.per(p)}    证件号码：{g.rid(p)}
通信地址：{g.addr(start='prov', fine='room')}    邮政编码：{g.postcode()}
联系电话：{g.mob()}    电子邮箱：{g.email(p)}
申请公开的信息：{g.c('某地块征收补偿安置方案', '某道路工程环评批复', '本人被征收房屋评估报告')}（文号{g.docno()}）
获取方式：电子邮件    申请编号：{g.serial('application_number')}"""


@T
def misc_deputy_suggestion(g):
    p = g.person(age=(35, 65))
    return f"""市人大代表建议（第{g.i(1, 300)}号）
领衔代表：{g.per(p)}（{g.c('吴兴区', '南浔区', '德清县', '长兴县', '安吉县')}代表团，{g.c('企业负责人', '村党组织书记', '医生', '教师')}）
联系电话：{g.mob()}
案由：关于加强政务数据共享中个人信息保护的建议
附议代表：{g.pname()}、{g.pname()}、{g.pname()}
承办单位：市大数据局（主办）、市网信办（协办）    答复期限：{g.date()}"""


@T
def misc_discipline_report(g):
    p = g.person()
    q = g.person()
    return f"""信访举报件（纪检监察）  编号：{g.serial('letter_number')}
举报人：{g.c('匿名', g.per(p))}    联系方式：{g.mob()}
被举报人：{g.per(q)}，{g.c('某街道城建办', '某局执法大队', '某村')}{g.c('主任', '队长', '会计')}
反映问题：利用职务便利，在{g.c('拆迁补偿', '工程发包', '低保审核')}中收受他人财物，并将其亲属名下车辆{g.plate()}挂靠单位报销油费。
附：银行转账截图（收款卡号{g.card()}）
登记人：{g.pname()}    {g.date()}"""


@T
def misc_bank_assist(g):
    p = g.person()
    return f"""协助查询财产通知书（回执）
{g.caseno('执')}
被查询人：{g.per(p)}    证件号码：{g.rid(p)}
查询结果：
账户{g.card()}，开户行{g.c('工行湖州分行营业部', '农行长兴支行', '建行德清支行')}，余额{g.fin(0, 200000, dec=True)}；
账户{g.card()}，开户行{g.c('湖州银行吴兴支行', '邮储银行安吉支行')}，余额{g.fin(0, 50000, dec=True)}。
协助银行经办人：{g.pname()}    电话：{g.land()}    {g.date()}"""


@T
def misc_credit_repair(g):
    rep = g.person()
    return f"""信用修复申请书
申请主体：湖州{g.c('某某装饰', '某某物流', '某某餐饮')}有限公司    统一社会信用代码：{g.uscc(cat='91')}
失信信息：{g.penalty_no()}行政处罚（罚款{g.amount(1000, 50000, style='yuan', dec=False)}，已缴清）
法定代表人：{g.per(rep)}    身份证号：{g.rid(rep)}    电话：{g.mob()}
承诺：已完成整改，申请提前停止公示。    日期：{g.date()}"""


@T
def misc_bid_opening(g):
    def row(k):
        return f"{k}. {g.c('浙江', '湖州', '杭州', '江苏')}某{g.c('建设', '市政', '园林', '信息')}{g.c('集团', '工程', '科技')}有限公司（{g.uscc(cat='91')}）投标报价{g.amount(500000, 9000000, style='yuan', dec=False)}，项目负责人{g.pname()}"
    return f"""开标记录表
项目编号：{N('project_number', 'HZCG-' + str(g.i(2024, 2025)) + '-' + g.digits(4))}    开标时间：{g.dtime(sec=False)}
{rows(g.i(3, 5), row)}
监督人：{g.pname()}    记录人：{g.pname()}    唱标人：{g.pname()}"""


@T
def misc_domestic_violence(g):
    a = g.person(sex='男', age=(25, 60))
    v = g.person(sex='女', age=(22, 58))
    return f"""家庭暴力告诫书  {N('case_number', g.c('湖公（吴）', '湖公（浔）', '德公', '长公', '安公') + '家告字〔' + str(g.i(2023, 2025)) + '〕' + str(g.i(1, 99)) + '号')}
加害人：{g.per(a)}，男，身份证号{g.rid(a)}，住{g.addr(fine='room')}
受害人：{g.per(v)}，女，联系电话{g.mob()}
经查，{g.date()}晚，{g.per(a)}在家中因琐事殴打{g.per(v)}，致其{g.H(g.c('面部软组织挫伤', '左前臂骨折', '多处皮下淤血'))}。
现依据《中华人民共和国反家庭暴力法》第十六条，对{g.per(a)}予以告诫。
{g.c('爱山', '月河', '织里', '新市', '雉城', '递铺')}派出所（{g.land('0572')}）"""


@T
def misc_garbage_points(g):
    def row(k):
        p = g.person()
        return f"{g.per(p)}\t{g.mob()}\t{g.i(1, 60)}\t{g.count(10, 3000)}"
    return f"""垃圾分类积分兑换名单（{g.date()}）
姓名\t手机\t投放次数\t积分
{rows(g.i(4, 6), row)}
兑换点：{g.town_name()}再生资源回收站    负责人：{g.pname()}"""


@T
def misc_psych_hotline(g):
    p = g.person(age=(16, 50))
    return f"""心理援助热线接线记录（{N('service_number', g.c('96525', '12356'))}）
来电时间：{g.dtime()}    来电号码：{g.mob()}
来电者：{g.per(p)}（自述{g.age(p)}岁）
主要问题：自述近半年状态不佳，曾在{g.c('湖州市第三人民医院', '市中心医院心理科')}确诊{g.H(g.c('抑郁症（中度）', '广泛性焦虑障碍', '双相情感障碍'))}，近期自行停药。
风险评估：中风险；已建议尽快复诊，并征得同意后联系其家属{g.pname()}（{g.mob()}）。
接线员编号：{g.i(1, 60):03d}"""


# ---- more finance, lost-and-found, companies, overseas --------------------------------------------
@T
def bank_stop_payment(g):
    p = g.person()
    return f"""电信网络诈骗紧急止付申请
受害人：{g.per(p)}    身份证号：{g.rid(p)}    手机：{g.mob()}
受害人转出账户：{g.card()}
止付账户（嫌疑账户）：{g.card()}（{g.c('某城商行', '某农信社', '某股份制银行')}）
转账时间：{g.dtime()}    交易流水号：{g.bad_card(kind='transaction_serial', spaced=False)}
申请民警：{g.pname()}（警号{g.digits(6, '0')}）    反诈中心值班电话：{g.land('0572')}"""


@T
def bank_payroll_open(g):
    def row(k):
        p = g.person(age=(22, 40))
        return f"{g.per(p)}\t{g.rid(p)}\t{g.mob()}\t{g.card()}"
    return f"""新进人员工资卡信息（{g.c('市大数据管理中心', '市疾控中心', '市公共资源交易中心')}，{g.date()}）
姓名\t身份证号\t手机号\t工资卡号
{rows(g.i(3, 5), row)}
人事科：{g.pname()}  {g.land('0572')}"""


@T
def bank_elderly_allowance_csv(g):
    def row(k):
        p = g.person(age=(80, 100))
        return f"{g.village_name()},{g.per(p)},{g.rid(p, style='plain')},{g.age(p)},{g.card(style='plain')}"
    return f"""# 高龄津贴发放数据 {g.date(style='iso')}（{g.town_name()}）
村社区,姓名,身份证号,年龄,社保卡金融账号
{rows(g.i(4, 7), row)}
# 发放标准依据 {g.docno()}"""


@T
def utility_gas_open(g):
    p = g.person()
    return f"""燃气开户申请
用户：{g.per(p)}    身份证：{g.rid(p)}
用气地址：{g.addr(fine='room')}
手机：{g.mob()}    备用电话：{g.land(ext=False)}
自动扣费银行卡：{g.card()}
燃气表号：{g.serial('meter_number')}    开户日期：{g.date()}    抢修电话：{g.service()}"""


@T
def court_sms_hearing(g):
    p = g.person()
    return f"""【{g.c('吴兴区', '南浔区', '德清县', '长兴县', '安吉县')}人民法院】{g.per(p)}，您作为{g.c('原告', '被告')}的{g.caseno('民初')}一案定于{g.date()}上午9:00在第{g.i(1, 10)}法庭开庭，请准时到庭。承办法官助理{g.pname()}，电话{g.land('0572')}。"""


@T
def found_id_card(g):
    p = g.person()
    return f"""失物招领
{g.date()}，{g.c('湖州站', '湖州汽车客运中心', '爱山广场', '长兴汽车站')}工作人员拾到居民身份证一张，姓名{g.per(p)}，号码{g.rid(p)}，住址{g.addr(start='prov', fine=g.c('room', 'village'))}。
请失主携带有效证明到服务台认领，或联系{g.land('0572')}、{g.mob()}（{g.c('王', '李', '张', '陈')}师傅）。"""


@T
def found_passport(g):
    p = g.person()
    return f"""拾获证件移交登记
拾获时间：{g.dtime(sec=False)}    拾获地点：{g.c('湖州站候车室', '市行政中心大厅', '南浔古镇游客中心', '上海虹桥站至湖州大巴')}
证件：中华人民共和国护照，持照人{g.per(p)}，号码{g.passport()}；往来港澳通行证一本，号码{g.hkm()}
移交人：{g.pname()}（{g.mob()}）    接收民警：{g.pname()}"""


@T
def agency_passport_batch(g):
    def row(k):
        p = g.person(age=(18, 70))
        return f"{k}. {g.per(p)}  身份证 {g.rid(p)}  新护照 {g.passport()}  领证 {g.date()}"
    return f"""旅行社代领护照签收单
代领单位：{g.c('湖州某国际旅行社有限公司', '长兴某旅行社')}（{g.uscc(cat='91')}）
{rows(g.i(3, 5), row)}
代领人：{g.pname()}    代领人电话：{g.mob()}"""


@T
def bus_driver_roster(g):
    def row(k):
        p = g.person(sex='男', age=(28, 58))
        return f"{g.c('1', '2', '6', '8', '11', '15', '22', '101')}路  {g.per(p)}  {g.mob()}  {g.plate(prov='浙', city='E', ne=True, style='plain')}"
    return f"""湖州市公共交通集团 {g.c('第一', '第二', '第三')}分公司 驾驶员排班联系表（{g.date()}）
{rows(g.i(4, 7), row)}
调度室：{g.land('0572')}    安全员：{g.pname()} {g.mob()}"""


@T
def taxi_roster(g):
    def row(k):
        p = g.person(sex='男', age=(28, 60))
        return f"{g.plate(prov='浙', city='E', style='plain')}\t{g.per(p)}\t{g.rid(p)}\t{g.mob()}"
    return f"""出租汽车驾驶员信息核对表（{g.c('湖州某出租汽车有限公司', '湖州某客运有限公司')}）
车牌\t驾驶员\t身份证号\t手机
{rows(g.i(4, 6), row)}
填报人：{g.pname()}    {g.date()}"""


@T
def parking_arrears(g):
    def row(k):
        return f"{g.plate(style=g.c('plain', 'dot'))}  欠费{g.i(2, 30)}笔"
    return f"""道路停车欠费追缴公告（第{g.i(1, 40)}期）
以下车辆在{g.c('吴兴区', '南浔区', '德清县')}道路泊位停车后未缴费，请车主于{g.date()}前通过“湖州停车”小程序补缴：
{rows(g.i(4, 7), row)}
咨询电话：{g.land('0572')}，投诉：{g.service()}"""


@T
def accident_quick_chat(g):
    a = g.person()
    b = g.person()
    return f"""[事故快处群] {g.dtime(sec=False)}
{g.per(a)}：我车牌{g.plate()}，在{g.c('红丰路', '人民路', '龙山路', '昌硕东路')}被后车追尾，电话{g.mob()}
{g.per(b)}：我是后车{g.plate()}，电话{g.mob()}，同意全责
交警（快处中心）：双方请拍照上传后撤离现场，保险报案号稍后发送，{g.order()}"""


@T
def company_rep_change(g):
    old = g.person(age=(35, 65))
    new = g.person(age=(30, 60))
    return f"""变更登记申请（法定代表人变更）
企业名称：湖州{g.c('某某实业', '某某电子', '某某农业')}有限公司    统一社会信用代码：{g.uscc(cat='91')}
原法定代表人：{g.per(old)}    身份证件号码：{g.rid(old)}
新法定代表人：{g.per(new)}    身份证件号码：{g.rid(new)}    移动电话：{g.mob()}    电子邮箱：{g.email(new)}
新任职文件：股东会决议（{g.date()}）
申请人签字：{g.per(new)}    受理号：{g.serial('acceptance_number')}"""


@T
def indiv_business_cancel(g):
    p = g.person()
    return f"""个体工商户简易注销公告
名称：{g.c('南浔区', '吴兴区织里镇', '长兴县', '安吉县')}{g.c('某某服装加工店', '某某水果店', '某某修车铺', '某某茶叶店')}
统一社会信用代码：{g.uscc(cat='92')}
经营者：{g.per(p)}
经营场所：{g.addr(start='district', fine=g.c('house', 'village'))}
公告期：{g.period()}。异议请联系{g.land('0572')}。"""


@T
def labor_export(g):
    def row(k):
        p = g.person(sex='男', age=(22, 50))
        return f"{k}  {g.per(p)}  {g.passport()}  {g.rid(p)}  {g.c('焊工', '电工', '厨师', '钢筋工')}"
    return f"""对外劳务合作外派人员备案表
外派企业：{g.c('浙江某国际经济技术合作有限公司', '湖州某对外劳务合作有限公司')}（{g.uscc(cat='91')}）
派往国家：{g.c('新加坡', '日本', '阿联酋', '沙特阿拉伯')}    项目：{g.c('建筑工程', '船厂', '酒店后厨')}
序号  姓名  护照号  身份证号  工种
{rows(g.i(3, 6), row)}
企业联系人：{g.pname()}  {g.mob()}  {g.email(kind='org')}"""


@T
def overseas_returnee(g):
    p = g.person(age=(24, 40))
    return f"""留学回国人员证明核验
姓名：{g.per(p)}    出生日期：{g.dob(p)}    护照号：{g.passport()}
留学国家：{g.c('英国', '美国', '澳大利亚', '德国')}    学位：{g.c('硕士', '博士')}
证明编号：{N('certificate_number', g.c('GB', 'US', 'AU', 'DE') + g.digits(6) + 'CN')}
回国后工作单位：{g.c('湖州某生物医药公司', '湖州师范学院', '德清某地理信息公司')}
联系电话：{g.mob()}    邮箱：{g.email(p)}
用于：{g.c('落户', '人才补贴', '购车免税')}    核验人：{g.pname()}"""


@T
def overseas_chinese(g):
    def row(k):
        p = g.person(age=(30, 75))
        return f"{g.per(p)}  {g.c('意大利', '西班牙', '美国', '澳大利亚', '荷兰')}  护照 {g.passport()}  {g.email(p)}  国内亲属电话 {g.mob()}"
    return f"""湖州籍海外侨胞联络名册（{g.c('南浔', '吴兴', '长兴')}片区，市侨联）
{rows(g.i(3, 5), row)}
联络员：{g.pname()}  {g.land('0572')}  更新：{g.date()}"""


@T
def hkmo_family_visit(g):
    p = g.person(age=(20, 70))
    r = g.person(age=(20, 70))
    return f"""赴港澳探亲签注申请
申请人：{g.per(p)}    往来港澳通行证号码：{g.hkm()}    身份证号：{g.rid(p)}
被探望人：{g.per(r)}（{g.c('配偶', '父亲', '母亲', '子女')}），{g.c('香港', '澳门')}居民
申请人联系电话：{g.mob()}    现住址：{g.addr(fine='room')}
签注种类：{g.c('探亲（T）三月一次', '探亲（T）一年一次')}    受理号：{g.serial('acceptance_number')}"""


@T
def hkmo_student_exchange(g):
    def row(k):
        p = g.person(age=(15, 22))
        return f"{g.per(p)}（{g.sex(p)}），通行证 {g.hkm()}，家长手机 {g.mob()}"
    return f"""{g.c('湖州中学', '湖州师范学院', '湖州职业技术学院')}赴{g.c('香港', '澳门')}交流学生名单（{g.date()}出发）
{rows(g.i(3, 6), row)}
带队教师：{g.pname()}，通行证{g.hkm()}，手机{g.mob()}
外事审批文号：{g.docno()}"""


@T
def hkmo_permit_stats(g):
    return f"""{g.c('一', '二', '三', '四')}季度出入境证件受理情况
本季度全市受理普通护照{g.count(2000, 20000, '本')}、往来港澳通行证{g.count(3000, 30000, '本')}、签注{g.count(5000, 60000, '件')}。
个案抽查：
- {g.pname()}，护照{g.passport()}，受理至出证{g.i(3, 7)}个工作日；
- {g.pname()}，港澳通行证{g.hkm()}，因照片不合格退回重办；
- {g.pname()}，港澳通行证{g.hkm()}，加急办理。
咨询电话：{g.land('0572')}    统计口径依据{g.docno()}"""


@T
def hkmo_lost_report(g):
    p = g.person()
    return f"""往来港澳通行证遗失声明（网上登报）
{g.per(p)}（身份证号{g.rid(p)}）不慎遗失往来港澳通行证，证件号码{g.hkm()}，声明作废。
联系电话：{g.mob()}    声明日期：{g.date()}    订单号：{g.order()}"""


@T
def hotel_foreign_stay(g):
    def row(k):
        p = g.person()
        return f"{g.per(p)}\t{g.c('护照', '港澳通行证')}\t{g.c(g.passport(), g.hkm())}\t{g.c('8', '9')}{g.i(1, 30):02d}\t{g.mob()}"
    return f"""{g.c('湖州某国际酒店', '德清某度假酒店', '安吉某温泉酒店')} 归国人员及出境团队入住核对（{g.date()}）
姓名\t证件类型\t证件号码\t房号\t电话
{rows(g.i(3, 5), row)}
前台：{g.pname()}  {g.land('0572')}"""


# ============================================================================================
# Traditional-script documents (the city's documents are also circulated in converted form)
# ============================================================================================
@TT
def tw_hotline(g):
    p = g.person()
    return f"""【{N('service_number', '12345')}政務服務便民熱線 工單】
工單編號：{g.workorder()}    受理時間：{g.dtime()}
來電人：{g.per(p)}    來電號碼：{g.mob()}
訴求地址：{g.addr(fine='room')}
訴求內容：來電人反映樓下{g.c('餐飲店油煙擾民', '工地夜間施工噪音', '地下車庫積水', '路燈長期不亮')}，要求相關部門儘快處理。
派發單位：{g.dist_name()}綜合行政執法局    辦理時限：3個工作日
回訪情況：{g.title(p)}對處理結果表示滿意。"""


@TT
def tw_police_110(g):
    p = g.person()
    return f"""接處警登記表
接警時間：{g.dtime()}    警情編號：{g.serial('incident_number')}
報警人：{g.per(p)}    聯繫電話：{g.mob()}
發案地點：{g.addr(fine=g.c('house', 'room'))}
簡要警情：報警人稱其停放在樓下的{g.plate()}小型轎車被劃傷。
出警民警：{g.pname()}、{g.pname()}    處理結果：已調取監控，開具受案回執。"""


@TT
def tw_interview(g):
    p = g.person()
    return f"""詢問筆錄
詢問時間：{g.dtime(sec=False)}起    詢問地點：{g.c('愛山', '飛英', '練市', '新市', '泗安', '孝豐')}派出所
被詢問人：{g.per(p)}    性別：{g.sex(p)}    出生日期：{g.dob(p)}
身份證件種類及號碼：居民身份證 {g.rid(p)}
戶籍地：{g.division()}
現住址：{g.addr(fine='room')}
聯繫方式：{g.mob()}
問：你把錢轉到了哪個帳戶？
答：對方給的卡號是{g.card()}，戶名叫{g.pname()}。"""


@TT
def tw_outpatient(g):
    p = g.person()
    return f"""湖州市{g.c('中心醫院', '第一人民醫院', '中醫院', '第三人民醫院')} 門診病歷
病歷號：{g.medrec()}    就診日期：{g.date()}    科室：{g.c('心內科', '內分泌科', '神經內科', '腎內科')}
姓名：{g.per(p)}    性別：{g.sex(p)}    年齡：{g.age(p)}歲    電話：{g.mob()}
主訴：復診配藥。
診斷：{g.health()}
處理：按原方案繼續服藥，1月後復診。
醫師：{g.pname()}"""


@TT
def tw_discharge(g):
    p = g.person(age=(40, 85))
    return f"""出院小結
病案號：{g.medrec()}    床號：{g.i(1, 60)}床
姓名：{g.per(p)}  性別：{g.sex(p)}  出生日期：{g.dob(p, style='iso')}  身份證號：{g.rid(p)}
家庭住址：{g.addr(fine=g.c('room', 'village'))}    聯繫人電話：{g.mob()}
出院診斷：1. {g.health()}；2. {g.health()}
出院醫囑：低鹽低脂飲食，規律服藥，門診隨訪。
主治醫師：{g.pname()}    科室電話：{g.land('0572', ext=False)}"""


@TT
def tw_dibao(g):
    p = g.person(age=(35, 75))
    return f"""最低生活保障申請審批表
申請人：{g.per(p)}    性別：{g.sex(p)}    出生年月：{g.dob(p, style='ym')}    身份證號：{g.rid(p)}
家庭住址：{g.addr(fine=g.c('village', 'room'))}    聯繫電話：{g.mob()}
家庭收入：申請人打零工月收入約{g.fin(800, 2000, dec=False)}；銀行存款{g.fin(1000, 20000, dec=False)}。
申請理由：因病致貧，本人患{g.health()}。
收款帳戶：{g.c('湖州農商銀行', '郵儲銀行', '農業銀行')} {g.card()}
村委會評議意見：同意上報。    日期：{g.date()}"""


@TT
def tw_public_rental(g):
    p = g.person(age=(22, 50))
    return f"""公共租賃住房申請表（{g.dist_name()}住房保障中心）
申請人：{g.per(p)}    身份證號：{g.rid(p)}
工作單位統一社會信用代碼：{g.uscc()}
現居住地址：{g.addr(fine='room')}
聯繫電話：{g.mob()}    電子郵箱：{g.email(p)}
家庭年收入：{g.fin_wan(3, 9)}    名下房產：無
申請編號：{g.serial('application_number')}    提交日期：{g.date()}"""


@TT
def tw_realestate(g):
    a = g.person()
    b = g.person()
    return f"""不動產登記申請審批表（轉移登記）
受理編號：{g.serial('acceptance_number')}    收件日期：{g.date()}
坐落：{g.addr(start='district', fine='room')}
不動產權證書號：{g.property_cert()}
轉讓方：{g.per(a)}，{g.rid(a)}，{g.mob()}
受讓方：{g.per(b)}，{g.rid(b)}，{g.mob()}
審核人：{g.pname()}"""


@TT
def tw_ridehail(g):
    p = g.person(sex='男', age=(25, 58))
    return f"""網絡預約出租汽車駕駛員證申請
申請人：{g.per(p)}    身份證號：{g.rid(p)}
車輛號牌：{g.plate(ne=g.p(0.6))}    車輛識別代號：{g.vin()}
住址：{g.addr(fine='room')}    手機：{g.mob()}
受理窗口：湖州市交通運輸局{g.dist_name()}分局    諮詢電話：{g.land('0572')}"""


@TT
def tw_iit(g):
    p = g.person(age=(25, 55))
    kid = g.person(age=(3, 20))
    return f"""個人所得稅專項附加扣除信息表
納稅人姓名：{g.per(p)}    納稅人識別號：{g.rid(p)}
手機號碼：{g.mob()}    電子郵箱：{g.email(p)}
聯繫地址：{g.addr(fine='room')}
扣繳義務人納稅人識別號：{g.uscc(cat='91')}
子女教育：子女{g.per(kid)}，身份證件號碼{g.rid(kid)}，出生日期{g.dob(kid)}
住房貸款利息：貸款合同編號{g.order()}"""


@TT
def tw_business_license(g):
    boss = g.person()
    return f"""營業執照（副本）信息
統一社會信用代碼：{g.uscc(cat=g.c('91', '92'))}
名稱：{g.c('湖州', '長興', '安吉', '德清')}{g.c('雲帆', '竹韻', '太湖', '苕溪')}{g.c('餐飲管理', '電子商務', '農業科技')}有限公司
法定代表人：{g.per(boss)}
註冊資本：{g.amount_wan(10, 500)}
成立日期：{g.date(g.day(2015, 2024))}
住所：{g.addr(start='prov', fine='unit')}
登記機關：湖州市{g.dist_name()}市場監督管理局"""


@TT
def tw_penalty(g):
    rep = g.person()
    return f"""行政處罰決定書  {g.penalty_no()}
當事人：湖州{g.c('某某食品', '某某醫藥連鎖', '某某餐飲')}有限公司
統一社會信用代碼：{g.uscc(cat='91')}
住所：{g.addr(start='city', fine=g.c('house', 'unit'))}
法定代表人：{g.per(rep)}
經查，當事人於{g.date()}銷售過期食品，違法所得{g.amount(50, 3000)}。
決定：沒收違法所得，並處罰款{g.amount(5000, 100000, style='rmb', dec=False)}。"""


@TT
def tw_insurance_enroll(g):
    def row(k):
        p = g.person(age=(18, 58))
        return f"{k}|{g.per(p)}|{g.rid(p)}|{g.mob(style='plain')}|{g.date()}"
    return f"""參保人員增員申報
單位名稱：{g.c('湖州某紡織印染有限公司', '長興某蓄電池有限公司', '安吉某竹木製品廠')}
統一社會信用代碼：{g.uscc(cat='91')}
序號|姓名|身份證號|手機|參保日期
{rows(g.i(3, 5), row)}
經辦人：{g.pname()}  電話：{g.land('0572')}"""


@TT
def tw_unemployment(g):
    p = g.person(age=(25, 55))
    return f"""失業保險金申領登記表
姓名：{g.per(p)}    性別：{g.sex(p)}    出生日期：{g.dob(p)}
公民身份號碼：{g.rid(p)}
社會保障卡號：{g.ssc()}
失業保險金發放帳戶：{g.card()}
聯繫電話：{g.mob()}    居住地址：{g.addr(fine='room')}
申領日期：{g.date()}"""


@TT
def tw_api_log(g):
    def row(k):
        return f"{g.dtime()} INFO  [gw-{g.i(1, 4)}] caller={g.ip()} api=/rk/v2/person/query idcard={g.rid(style='plain')} resp=200"
    return f"""# 市公共數據平台 API 網關日誌（{g.version()}）
{rows(g.i(4, 6), row)}
# 告警：調用方 {g.ip('private')} 超出限流閾值，已通知聯繫人{g.pname()}（{g.mob()}）"""


@TT
def tw_share_request(g):
    return f"""公共數據共享申請單  申請編號：{g.serial('application_number')}
申請單位：{g.dist_name()}公安分局    申請人：{g.pname()}    聯繫電話：{g.land('0572')}  手機：{g.mob()}
申請數據：人口基礎信息（姓名、公民身份號碼、戶籍地址）
共享屬性：受限共享    使用場景：{g.c('涉詐資金返還核查', '流動人口服務管理', '戶籍地址比對')}
調用方IP：{g.ip('private')}    預計調用量：{g.count(1000, 90000, '次/月')}
審核意見：市大數據管理中心已於{g.date()}完成合規審核。"""


@TT
def tw_dingtalk(g):
    a, b, c = g.person(age=(25, 55)), g.person(age=(25, 55)), g.person(age=(70, 92))
    return f"""【浙政釘 · {g.c('社區網格群', '民政工作群', '數據共享對接群')}】
{g.per(a)} {g.hm()}
@{g.per(b)} 來訪的老人叫{g.per(c)}，身份證{g.rid(c)}，住{g.addr(fine='room')}，幫忙查下是不是我們轄區的
{g.per(b)} {g.hm()}
查了，是的，聯繫電話{g.mob()}
{g.per(a)} {g.hm()}
好的，我明天上門"""


@TT
def tw_hk_group(g):
    def row(k):
        p = g.person()
        return f"{k:02d}  {g.per(p)}  {g.sex(p)}  {g.hkm()}  {g.mob()}"
    return f"""港澳遊團隊名單（{g.c('湖州某國際旅行社有限公司', '湖州某旅遊有限公司')}）
出發日期：{g.date()}    口岸：深圳羅湖
序號  姓名  性別  往來港澳通行證號  聯繫電話
{rows(g.i(4, 7), row)}
領隊：{g.pname()}（{g.mob()}）"""


@TT
def tw_outbound_group(g):
    def row(k):
        p = g.person(age=(20, 75))
        return f"{k}\t{g.per(p)}\t{g.dob(p, style='iso')}\t{g.passport()}"
    return f"""出境旅遊團隊名單表（{g.c('日本', '泰國', '新加坡')}{g.i(5, 9)}日遊）
組團社統一社會信用代碼：{g.uscc(cat='91')}
序號\t姓名\t出生日期\t護照號
{rows(g.i(4, 7), row)}
全陪：{g.pname()}，{g.mob()}"""


@TT
def tw_lost_passport(g):
    p = g.person()
    return f"""證件遺失報告
本人{g.per(p)}（身份證號：{g.rid(p)}），於{g.date()}在{g.c('上海浦東機場', '杭州蕭山機場', '香港機場快線站')}遺失普通護照一本，護照號碼{g.passport()}。
特此報告，申請掛失並補辦。聯繫電話{g.mob()}，電子郵箱{g.email(p)}。"""


@TT
def tw_checkpoint(g):
    def row(k):
        p = g.person(sex='男', age=(22, 60))
        return f"{g.hm()}  {g.plate()}  駕駛人 {g.per(p)}  {g.rid(p)}  {g.c('放行', '酒精測試陰性', '移交處理')}"
    return f"""{g.c('杭長高速湖州北', '104國道長興', '318國道安吉')}公安檢查站 夜查登記 {g.date()}
{rows(g.i(3, 5), row)}
本班次共檢查車輛{g.count(40, 900, '輛')}，值班民警{g.pname()}。"""


@TT
def tw_waybill(g):
    s_ = g.person()
    r_ = g.person()
    return f"""快遞面單（OCR）
運單號：{g.tracking()}
寄件人：{g.per(s_)} {g.mob()}
寄件地址：{g.addr(fine='unit')}
收件人：{g.per(r_)} {g.mob()}
收件地址：{g.addr(fine='room')}
寄件時間：{g.dtime(sec=False)}"""


@TT
def tw_exec_inquiry(g):
    p = g.person()
    return f"""網絡執行查控反饋結果 {g.caseno('執')}
被執行人：{g.per(p)}    證件號碼：{g.rid(p)}
一、銀行存款：帳戶 {g.card()} 餘額{g.fin(100, 60000, dec=True)}，已凍結。
二、車輛：{g.plate()}小型轎車一輛，已查封登記。
三、不動產：{g.property_cert()}，位於{g.addr(start='district', fine='room')}。
執行員：{g.pname()}    反饋時間：{g.dtime()}"""


@TT
def tw_epi(g):
    p = g.person()
    return f"""流行病學調查報告（{g.dist_name()}）
個案：{g.per(p)}，{g.sex(p)}，{g.age(p)}歲，聯繫電話{g.mob()}，身份證號{g.rid(p)}
現住址：{g.addr(fine='room')}
發病前活動軌跡：{g.trace()}
密切接觸者：{g.pname()}（{g.mob()}）
調查人員：{g.pname()}    調查日期：{g.date()}"""


@TT
def tw_dq_report(g):
    def bad(k):
        return f"  第{g.i(2, 20000)}行 {g.pname()} {g.bad_id()} —— 校驗位錯誤"
    return f"""數據質量檢核報告（{g.c('人口基礎庫', '低保對象庫', '參保人員庫')}，{g.date()}）
檢核規則：公民身份號碼需滿足GB 11643校驗位規則。
本次檢核記錄{g.count(10000, 900000, '條')}，示例：
{rows(g.i(3, 5), bad)}
對照正確記錄：{g.pname()} {g.rid()}；銀行帳號校驗不通過：{g.bad_card()}"""


@TT
def tw_signin(g):
    def row(k):
        p = g.person(age=(25, 58))
        return f"{k}  {g.per(p)}  {g.c('市大數據局', '市公安局', '市衛健委', '市民政局', '市醫保局')}  {g.mob()}"
    return f"""「數據安全與個人信息保護」專題培訓簽到表
時間：{g.date()} 14:30    地點：市行政中心{g.i(1, 6)}號樓會議室
{rows(g.i(5, 8), row)}
會務聯繫：{g.pname()} {g.land('0572')}"""


@TT
def tw_family_doctor(g):
    p = g.person(age=(60, 88))
    return f"""家庭醫生簽約服務協議（乙方信息）
簽約居民：{g.per(p)}    身份證號：{g.rid(p)}    出生日期：{g.dob(p)}
醫保個人編號：{g.medins()}
居住地址：{g.addr(fine=g.c('village', 'room'))}
聯繫電話：{g.mob()}
慢性病：{g.health()}
簽約團隊：{g.town_name()}衛生院 全科醫生{g.pname()}（{g.mob()}）"""


@TT
def tw_homestay(g):
    def row(k):
        p = g.person()
        return f"{g.per(p)} | {g.c(g.rid(p), g.hkm(), g.passport())} | {g.mob()} | 車牌 {g.plate()}"
    return f"""{g.c('安吉天荒坪', '德清莫干山', '長興水口')}民宿住客登記（{g.date()}）
經營戶：{g.pname()}，{g.mob()}，統一社會信用代碼{g.uscc(cat='92')}
{rows(g.i(2, 5), row)}
旅遊警務站：{g.land('0572')}"""


_interleave()

if __name__ == "__main__":
    sys.exit(main())
