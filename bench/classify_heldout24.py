"""Held-out evaluation family 24 for the Chinese PII detector (written blind).

Generates tests/classify/data/heldout24_generated.jsonl: 2,000 synthetic documents of the
kinds Huzhou / Zhejiang municipal departments produce (forms, case notes, hotline records,
registers, logs, notices, pasted tables, minutes, English-mixed system output), about 10 %
in Traditional script.  All values are synthetic; check digits come from
bench.classify_values.

Template mini-language (one template = one document skeleton):
  {TYPE[:fmt][@key]}  a labelled entity (PERSON = P, CN_RESIDENT_ID = ID, ...; see SLOT_TYPES);
                      the same @key inside a document reuses one synthetic person.
  {~kind[:fmt]}       a hard negative (document / case / order numbers, amounts, dates, ...)
  {$name}             unlabelled filler (department, company, surname, small numbers, ...)
  <<a-b|row>>         the row repeated a..b times with fresh values ({#} = row number)

Run:  PYTHONPATH=$PWD python -m bench.classify_heldout24
"""
from __future__ import annotations

import json
import math
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

from bench.classify_values import id_check, luhn_digit, W_USCC, USCC_AL, W_ORG, fullwidth

SEED = 24302026
N_DOCS = 2000
SOURCE = "heldout24_generated"
OUT = Path("tests/classify/data/heldout24_generated.jsonl")
ENTITIES_YAML = Path("/work/shared/design/entities.yaml")

# ---------------------------------------------------------------------------------------------
# value pools (simplified / traditional)
# ---------------------------------------------------------------------------------------------
SUR_S = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜钟陆汪范金钱顾孔严施沃费茅闵邱褚倪俞凌章") + ["欧阳", "司马", "诸葛", "上官"]
SUR_T = list("王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘蔣蔡余杜葉程蘇魏呂丁沈姚盧姜鍾陸汪范金錢顧孔嚴施費閔邱褚倪俞凌章") + ["歐陽", "司馬"]
GIV_S = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉红玲鹏婷慧峰波琴云莲晨浩宇欣怡嘉颖俊佳雪梅琳振海斌宏志春燕兰凤丹瑶思远诗涵子轩雨萱梓睿浚博一鸣立新永根金水林生月仙彩")
GIV_T = list("偉芳娜敏靜麗強磊軍洋勇艷傑娟濤明超秀霞平剛桂英華建國文輝紅玲鵬婷慧峰波琴雲蓮晨浩宇欣怡嘉穎俊佳雪梅琳振海斌宏志春燕蘭鳳丹瑤思遠詩涵子軒雨萱梓睿浚博一鳴立新永根金水林生月仙彩")

# district -> towns / streets ; roads ; estates
HZ_S = {
    "吴兴区": ["爱山街道", "飞英街道", "龙泉街道", "朝阳街道", "月河街道", "康山街道", "湖东街道", "仁皇山街道", "织里镇", "八里店镇", "埭溪镇", "妙西镇", "道场乡"],
    "南浔区": ["南浔镇", "练市镇", "双林镇", "菱湖镇", "和孚镇", "善琏镇", "旧馆街道", "千金镇", "石淙镇"],
    "德清县": ["武康街道", "舞阳街道", "阜溪街道", "新市镇", "乾元镇", "雷甸镇", "钟管镇", "禹越镇", "洛舍镇", "莫干山镇"],
    "长兴县": ["雉城街道", "太湖街道", "龙山街道", "画溪街道", "洪桥镇", "李家巷镇", "林城镇", "泗安镇", "和平镇", "煤山镇", "夹浦镇", "水口乡"],
    "安吉县": ["递铺街道", "昌硕街道", "灵峰街道", "孝丰镇", "天荒坪镇", "梅溪镇", "溪龙乡", "鄣吴镇", "杭垓镇", "报福镇", "天子湖镇"],
}
HZ_T = {
    "吳興區": ["愛山街道", "飛英街道", "龍泉街道", "朝陽街道", "月河街道", "康山街道", "織里鎮", "八里店鎮", "埭溪鎮"],
    "南潯區": ["南潯鎮", "練市鎮", "雙林鎮", "菱湖鎮", "和孚鎮", "善璉鎮"],
    "德清縣": ["武康街道", "舞陽街道", "新市鎮", "乾元鎮", "雷甸鎮", "莫干山鎮"],
    "長興縣": ["雉城街道", "太湖街道", "龍山街道", "洪橋鎮", "泗安鎮", "煤山鎮"],
    "安吉縣": ["遞鋪街道", "昌碩街道", "孝豐鎮", "天荒坪鎮", "梅溪鎮", "溪龍鄉"],
}
ROAD_S = ["人民路", "红旗路", "凤凰路", "青铜路", "劳动路", "市陌路", "湖州大道", "二环东路", "苕溪东路", "仁皇山路", "西山漾路", "环城西路", "吴兴大道", "龙溪北路", "英溪北路", "明珠路", "金陵北路", "胜利西路", "昌硕东路", "天目路", "浔溪大道", "白云路", "莲花庄路", "南街", "东街"]
ROAD_T = ["人民路", "紅旗路", "鳳凰路", "青銅路", "勞動路", "市陌路", "湖州大道", "二環東路", "苕溪東路", "仁皇山路", "環城西路", "吳興大道", "龍溪北路", "英溪北路", "明珠路", "勝利西路", "昌碩東路", "天目路", "白雲路"]
ESTATE_S = ["凤凰一村", "清河嘉园", "龙溪苑", "江南华苑", "东白鱼潭小区", "馨苑小区", "学士花园", "碧浪湖花园", "金色地中海", "港湖名城", "月亮湾小区", "太湖天地", "绿城百合公寓", "新湖景苑", "仁皇山庄", "红丰新村"]
ESTATE_T = ["鳳凰一村", "清河嘉園", "龍溪苑", "江南華苑", "東白魚潭小區", "馨苑小區", "學士花園", "碧浪湖花園", "港湖名城", "月亮灣小區", "新湖景苑", "紅豐新村"]
VILL_S = ["晟舍村", "荃步村", "义皋村", "鲁家村", "余村", "高家墩村", "庙西村", "仙潭村", "东衡村", "新川村", "尚书圩村", "大港村", "五四村", "横山村"]
VILL_T = ["晟舍村", "荃步村", "義皋村", "魯家村", "余村", "高家墩村", "廟西村", "仙潭村", "東衡村", "新川村"]
OUT_ADDR_S = [("杭州市", "西湖区", ["文三路", "天目山路", "古墩路"]), ("杭州市", "拱墅区", ["莫干山路", "湖墅南路"]), ("嘉兴市", "南湖区", ["中山东路", "禾兴南路"]),
              ("绍兴市", "越城区", ["解放北路", "人民中路"]), ("宁波市", "鄞州区", ["天童南路", "四明中路"]), ("金华市", "婺城区", ["八一南街"]), ("温州市", "鹿城区", ["车站大道"])]
OUT_ADDR_T = [("杭州市", "西湖區", ["文三路", "天目山路"]), ("嘉興市", "南湖區", ["中山東路"]), ("紹興市", "越城區", ["解放北路"]), ("寧波市", "鄞州區", ["天童南路"])]

DEPT_S = ["市公安局", "市民政局", "市人力社保局", "市卫生健康委", "市市场监管局", "市住建局", "市交通运输局", "市税务局", "市大数据管理中心", "市司法局", "市综合执法局", "市医保局", "市教育局", "市自然资源和规划局", "市信访局", "市应急管理局", "市退役军人事务局", "市残联", "市公积金管理中心", "市统计局"]
DEPT_T = ["市公安局", "市民政局", "市人力社保局", "市衛生健康委", "市市場監管局", "市住建局", "市交通運輸局", "市稅務局", "市大數據管理中心", "市司法局", "市綜合執法局", "市醫保局", "市教育局", "市信訪局", "市殘聯", "市公積金管理中心"]
ORG_S = ["湖州织里童装有限公司", "浙江安吉竹木制品有限公司", "德清县莫干山民宿管理有限公司", "长兴天能物流有限公司", "湖州南浔绿源农业专业合作社", "湖州吴兴区小桥饭店", "湖州市惠民物业服务有限公司", "湖州众诚建设工程有限公司", "浙江湖州银泰商业有限公司", "湖州市吴兴区爱山街道阿强五金店", "安吉白茶开发有限公司", "湖州太湖旅游度假区管理有限公司"]
ORG_T = ["湖州織里童裝有限公司", "浙江安吉竹木製品有限公司", "德清縣莫干山民宿管理有限公司", "長興天能物流有限公司", "湖州南潯綠源農業專業合作社", "湖州市惠民物業服務有限公司", "湖州眾誠建設工程有限公司"]
HOSP_S = ["湖州市中心医院", "湖州市第一人民医院", "湖州市第三人民医院", "湖州市妇幼保健院", "浙江大学医学院附属第一医院", "德清县人民医院", "长兴县人民医院", "安吉县人民医院", "湖州市中医院", "南浔区人民医院"]
HOSP_T = ["湖州市中心醫院", "湖州市第一人民醫院", "湖州市第三人民醫院", "湖州市婦幼保健院", "德清縣人民醫院", "長興縣人民醫院", "安吉縣人民醫院", "湖州市中醫院"]
BANK_S = ["中国农业银行", "中国建设银行", "中国工商银行", "湖州银行", "浙江农商银行", "中国银行", "交通银行", "招商银行", "邮储银行", "浙商银行"]
BANK_T = ["中國農業銀行", "中國建設銀行", "中國工商銀行", "湖州銀行", "浙江農商銀行", "中國銀行", "交通銀行", "招商銀行", "郵儲銀行"]
POI_S = ["湖州站", "湖州汽车客运中心", "爱山广场", "南浔古镇东大街", "衣裳街", "月河街", "吾悦广场", "湖州东站", "长兴汽车站", "安吉客运中心", "德清高铁站", "杭州东站", "织里童装城", "太湖古镇", "龙之梦乐园", "湖州市中心医院门诊楼", "仁皇山公园", "八里店农贸市场", "练市菜场", "杭州萧山国际机场"]
POI_T = ["湖州站", "湖州汽車客運中心", "愛山廣場", "南潯古鎮東大街", "衣裳街", "月河街", "吾悅廣場", "湖州東站", "長興汽車站", "安吉客運中心", "德清高鐵站", "杭州東站", "織里童裝城", "太湖古鎮"]
HEALTH_S = ["高血压病3级", "高血压病2级（极高危）", "2型糖尿病", "冠状动脉粥样硬化性心脏病", "慢性肾衰竭（尿毒症期）", "尿毒症（维持性血透）", "抑郁症", "双相情感障碍", "精神分裂症", "肺结核（涂阳）", "慢性乙型病毒性肝炎", "乳腺癌（Ⅱ期）", "肺腺癌（ⅢA期）", "肝硬化失代偿期", "慢性阻塞性肺疾病", "阿尔茨海默病", "帕金森病", "腰椎间盘突出症", "脑梗死", "孤独症谱系障碍", "癫痫", "视力残疾二级", "肢体残疾三级", "听力残疾一级", "智力残疾二级", "类风湿关节炎", "系统性红斑狼疮", "重度贫血", "胃癌（Ⅳ期）", "白血病（急性髓系）"]
HEALTH_T = ["高血壓病3級", "2型糖尿病", "冠狀動脈粥樣硬化性心臟病", "慢性腎衰竭（尿毒症期）", "抑鬱症", "精神分裂症", "肺結核（塗陽）", "慢性乙型病毒性肝炎", "乳腺癌（Ⅱ期）", "肝硬化失代償期", "慢性阻塞性肺疾病", "阿爾茨海默病", "帕金森病", "腰椎間盤突出症", "腦梗死", "肢體殘疾三級", "視力殘疾二級", "癲癇"]
SURG_S = ["肺癌", "直肠癌", "甲状腺癌", "胆囊结石", "股骨颈骨折", "子宫肌瘤"]
SURG_T = ["肺癌", "直腸癌", "甲狀腺癌", "膽囊結石", "股骨頸骨折"]
INJ_S = ["右手食指离断伤", "左胫腓骨骨折", "腰椎压缩性骨折", "颅脑损伤（重型）", "右眼球破裂伤", "面部烧伤（Ⅱ度）", "多发肋骨骨折", "左肱骨干骨折"]
INJ_T = ["右手食指離斷傷", "左脛腓骨骨折", "腰椎壓縮性骨折", "顱腦損傷（重型）", "多發肋骨骨折"]
REL_S = ["父亲", "母亲", "配偶", "儿子", "女儿", "兄弟", "姐妹", "祖母"]
REL_T = ["父親", "母親", "配偶", "兒子", "女兒", "兄弟", "姐妹", "祖母"]
JOB_S = ["个体户", "务农", "企业职工", "退休", "无业", "外卖骑手", "网约车司机", "教师", "保洁员", "快递员"]
JOB_T = ["個體戶", "務農", "企業職工", "退休", "無業", "外賣騎手", "網約車司機", "教師"]
CAR_S = ["白色丰田卡罗拉", "黑色大众帕萨特", "银色本田雅阁", "蓝色比亚迪秦", "红色五菱宏光", "白色特斯拉Model 3", "灰色吉利博越", "电动自行车", "重型半挂牵引车", "小型普通客车"]
CAR_T = ["白色豐田卡羅拉", "黑色大眾帕薩特", "銀色本田雅閣", "藍色比亞迪秦", "紅色五菱宏光", "小型普通客車"]

MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199"]
ID_REGIONS = ["330502", "330503", "330521", "330522", "330523", "330501", "330102", "330106", "330110", "330402", "330602", "330781", "342501", "412723", "513022", "362329", "522422", "320583", "341221"]
USCC_REGIONS = ["330500", "330502", "330503", "330521", "330522", "330523", "330100", "330106", "330110"]
CARD_BINS = ["622848", "621700", "622202", "621226", "622588", "621483", "622262", "621661", "623058", "622908", "621799", "622700", "623668", "621462", "625965", "436742", "518710", "622846", "621098"]
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_CITY = "EEEEEEEAABDFGHJKL"
PROVINCES = "浙浙浙浙浙浙浙浙苏沪皖赣闽"


def _pick(rng, a, b, trad):
    return rng.choice(b if trad else a)


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _luhn_ok(s: str) -> bool:
    if not s.isdigit():
        return False
    d = [int(c) for c in s][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17].upper()


def _uscc_check(first17: str) -> str:
    tot = sum(USCC_AL.index(c) * w for c, w in zip(first17, W_USCC))
    return USCC_AL[(31 - tot % 31) % 31]


def _org_check(body8: str) -> str:
    tot = sum(int(c) * w for c, w in zip(body8, W_ORG))
    c = 11 - tot % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def _uscc_ok(s: str) -> bool:
    return len(s) == 18 and all(c in USCC_AL for c in s) and _uscc_check(s[:17]) == s[17]


def _norm(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _safe_digits(s: str) -> str:
    """A pure-digit negative must not pass the bank-card or ID check by accident."""
    while True:
        bad = (16 <= len(s) <= 19 and _luhn_ok(s)) or (len(s) == 18 and _id_ok(s))
        if not bad:
            return s
        s = s[:-1] + str((int(s[-1]) + 1) % 10)


# ---------------------------------------------------------------------------------------------
# persons (shared by @key within a document)
# ---------------------------------------------------------------------------------------------
class Person:
    def __init__(self, rng, trad, key=None):
        self.trad = trad
        sur = rng.choice(SUR_T if trad else SUR_S)
        giv = GIV_T if trad else GIV_S
        self.name = sur + "".join(rng.choice(giv) for _ in range(rng.choice([1, 2, 2, 2])))
        self.male = rng.random() < 0.5
        if key and key.startswith("c"):      # a child
            y = rng.choice(range(2006, 2022))
        elif key and key.startswith("o"):    # an elderly person
            y = rng.choice(range(1928, 1960))
        else:
            y = rng.choice(range(1950, 2004))
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        self.birth = (y, m, d)
        self.region = rng.choice(ID_REGIONS[:6] * 3 + ID_REGIONS)
        seq = rng.randint(0, 499) * 2 + (1 if self.male else 0)
        self.first17 = f"{self.region}{y:04d}{m:02d}{d:02d}{seq:03d}"
        self.id18 = self.first17 + id_check(self.first17)


# ---------------------------------------------------------------------------------------------
# entity generators: (rng, fmt, person, trad) -> surface text
# ---------------------------------------------------------------------------------------------
def g_person(rng, fmt, p, trad):
    return p.name


def g_id(rng, fmt, p, trad):
    if fmt == "15":
        y, m, d = p.birth
        return f"{p.region}{y % 100:02d}{m:02d}{d:02d}{_digits(rng, 2)}{1 if p.male else 2}"
    s = p.id18
    r = rng.random() if not fmt else -1
    if fmt == "fw" or 0 <= r < 0.06:
        return fullwidth(s)
    if fmt == "sp" or 0.06 <= r < 0.14:
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    if s.endswith("X") and (fmt == "x" or 0.14 <= r < 0.24):
        return s[:-1] + "x"
    return s


def g_dob(rng, fmt, p, trad):
    y, m, d = p.birth
    opts = [f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}/{m}/{d}", f"{y}年{m:02d}月{d:02d}日"]
    if fmt == "ym":
        return rng.choice([f"{y}年{m}月", f"{y}.{m:02d}"])
    if fmt == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    return rng.choice(opts)


def g_mobile(rng, fmt, p, trad):
    s = rng.choice(MOB_PREFIX) + _digits(rng, 8)
    choice = fmt or rng.choice(["plain"] * 9 + ["sp", "dash", "86", "86sp", "fw", "paren86"])
    if choice == "sp":
        return f"{s[:3]} {s[3:7]} {s[7:]}"
    if choice == "dash":
        return f"{s[:3]}-{s[3:7]}-{s[7:]}"
    if choice == "86":
        return "+86" + s
    if choice == "86sp":
        return f"+86 {s[:3]} {s[3:7]} {s[7:]}"
    if choice == "paren86":
        return "(+86)" + s
    if choice == "fw":
        return fullwidth(s)
    return s


def g_landline(rng, fmt, p, trad):
    area = rng.choice(["0572"] * 7 + ["0571", "0571", "010", "021", "0573", "0574"])
    if area == "0572":
        num = rng.choice("23568") + _digits(rng, 6)
    elif area in ("0571", "010", "021", "0574"):
        num = rng.choice("2356789") + _digits(rng, 7)
    else:
        num = rng.choice("8") + _digits(rng, 6)
    style = rng.choice(["dash"] * 6 + ["paren", "fparen", "space", "glued"])
    if fmt == "hz" or fmt == "x":
        style = rng.choice(["dash", "dash", "paren", "space"])
    s = {"dash": f"{area}-{num}", "paren": f"({area}){num}", "fparen": f"（{area}）{num}",
         "space": f"{area} {num}", "glued": f"{area}{num}"}[style]
    if fmt == "x" or (not fmt and rng.random() < 0.12):
        ext = _digits(rng, rng.choice([3, 4]))
        zhuan = "轉" if trad else "转"
        s += rng.choice([f"{zhuan}{ext}", f"{zhuan}{ext}", f"-{ext}", f" ext. {ext}"])
    return s


def make_uscc(rng, fmt=""):
    if fmt == "ind":
        head = "92"
    elif fmt == "org":
        head = rng.choice(["11", "12", "12"])
    elif fmt == "soc":
        head = rng.choice(["51", "52", "53"])
    elif fmt == "coop":
        head = "93"
    else:
        head = rng.choice(["91"] * 8 + ["92", "93", "12", "52"])
    body = rng.choice("1234567") + _digits(rng, 7)
    first17 = head + rng.choice(USCC_REGIONS) + body + _org_check(body)
    return first17 + _uscc_check(first17)


def g_uscc(rng, fmt, p, trad):
    return make_uscc(rng, fmt)


def make_card(rng, cc=False):
    bin_ = rng.choice(CARD_BINS[-4:] if cc else CARD_BINS)
    n = 16 if cc or bin_.startswith(("4", "5", "625")) else rng.choice([16, 19, 19, 19])
    partial = bin_ + _digits(rng, n - 1 - len(bin_))
    return partial + luhn_digit(partial)


def g_card(rng, fmt, p, trad):
    s = make_card(rng, fmt == "cc")
    style = fmt if fmt in ("sp", "plain", "fw", "dash") else rng.choice(["plain"] * 6 + ["sp", "sp", "dash", "fw"])
    if style == "sp":
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == "dash":
        return "-".join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == "fw":
        return fullwidth(s)
    return s


PINYIN = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "shen", "lu", "qian", "gu", "yao", "fei", "min", "ni", "yu"]
PINYIN_G = ["wei", "fang", "min", "jing", "li", "qiang", "lei", "jun", "yang", "jie", "tao", "ming", "hua", "hui", "yun", "xin", "yi", "jia", "ying", "hao", "yu", "chen"]


def g_email(rng, fmt, p, trad):
    if fmt == "gov":
        local = rng.choice(["hzmzj", "hzrsj", "hzscjg", "hzdsj", "hzgaj", "wxqzf", "nxqmzj", "dqxwjj", "cxzjj", "ajxxfj", "hzgjj", "hzybj"]) + rng.choice(["", "_bgs", "_office", "2024", "xxk"])
        return f"{local}@{rng.choice(['huzhou.gov.cn', 'hz.gov.cn', 'zj.gov.cn', 'mail.huzhou.gov.cn'])}"
    r = rng.random()
    if r < 0.25:
        return f"{rng.randint(10000, 2999999999)}@qq.com"
    local = rng.choice(PINYIN) + rng.choice(["", ".", "_"]) + rng.choice(PINYIN_G) + rng.choice(["", "", str(rng.randint(1, 99)), str(rng.randint(1960, 2012))])
    dom = rng.choice(["163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com", "139.com", "yeah.net", "aliyun.com", "zju.edu.cn", "hutc.edu.cn"])
    return f"{local}@{dom}"


def g_ip(rng, fmt, p, trad):
    if fmt == "v6" or (not fmt and rng.random() < 0.05):
        groups = [rng.choice(["2408", "240e", "2409", "2001"]), f"{rng.randint(0x1000, 0xffff):x}", f"{rng.randint(0, 0xffff):x}", f"{rng.randint(0, 0xffff):x}"]
        return ":".join(groups) + "::" + f"{rng.randint(1, 0xfff):x}"
    kind = fmt or rng.choice(["lan", "lan", "pub", "pub", "gov"])
    if kind == "lan":
        a = rng.choice([f"10.{rng.randint(0, 255)}", f"192.168", f"172.{rng.randint(16, 31)}"])
    elif kind == "gov":
        a = f"59.{rng.choice([202, 203])}" if rng.random() < 0.3 else f"10.{rng.choice([33, 32, 35, 5])}"
    else:
        a = f"{rng.choice([60, 115, 112, 183, 122, 36, 39, 218, 223, 125, 101, 42, 58, 114])}.{rng.randint(0, 255)}"
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def g_passport(rng, fmt, p, trad):
    r = rng.random()
    if r < 0.55:
        return "E" + _digits(rng, 8)
    if r < 0.85:
        return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + _digits(rng, 7)
    return "G" + _digits(rng, 8)


def g_hkm(rng, fmt, p, trad):
    if rng.random() < 0.5:
        return "C" + _digits(rng, 8)
    return "C" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + _digits(rng, 7)


def g_plate(rng, fmt, p, trad):
    prov = rng.choice(PROVINCES)
    city = rng.choice(PLATE_CITY) if prov == "浙" else rng.choice("ABCDE")
    if fmt == "ne" or (not fmt and rng.random() < 0.18):
        tail = rng.choice("DF") + (rng.choice(PLATE_LET) if rng.random() < 0.3 else rng.choice("0123456789")) + _digits(rng, 4)
    else:
        chars = [rng.choice("0123456789") for _ in range(5)]
        for _ in range(rng.choice([0, 1, 1, 2])):
            chars[rng.randrange(5)] = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        tail = "".join(chars)
    sep = rng.choice(["", "", "", "", "·", " "])
    return f"{prov}{city}{sep}{tail}"


def g_ssc(rng, fmt, p, trad):
    if fmt == "no" or rng.random() < 0.3:
        return "3305" + _digits(rng, 6)
    return rng.choice("ABDFHJKLMN") + _digits(rng, 8)


def g_mrn(rng, fmt, p, trad):
    kind = fmt or rng.choice(["zy", "mz", "ba", "yb", "bl"])
    if kind == "zy":
        return rng.choice(["ZY", "", ""]) + _digits(rng, 7)
    if kind == "mz":
        return "MZ" + "24" + _digits(rng, 8)
    if kind == "ba":
        return rng.choice("ABH") + _digits(rng, 6)
    if kind == "yb":
        return "ZJ3305" + rng.choice("ABCD") + _digits(rng, 8)
    return _digits(rng, 10)


def g_address(rng, fmt, p, trad):
    if fmt == "out":
        city, dist, roads = rng.choice(OUT_ADDR_T if trad else OUT_ADDR_S)
        no = "號" if trad else "号"
        return f"浙江省{city}{dist}{rng.choice(roads)}{rng.randint(1, 500)}{no}"
    hz = HZ_T if trad else HZ_S
    dist = rng.choice(list(hz))
    town = rng.choice(hz[dist])
    hao, shi, zu, dy, zhuang = ("號", "室", "組", "單元", "幢") if trad else ("号", "室", "组", "单元", "幢")
    top = rng.choice(["浙江省湖州市", "湖州市", "湖州市", ""]) if fmt != "full" else "浙江省湖州市"
    r = rng.random()
    if fmt == "vil" or r < 0.25:
        vill = rng.choice(VILL_T if trad else VILL_S)
        return f"{top}{dist}{town}{vill}{rng.randint(1, 15)}{zu}" + (f"{rng.randint(1, 80)}{hao}" if rng.random() < 0.4 else "")
    road = rng.choice(ROAD_T if trad else ROAD_S)
    if r < 0.6:
        est = rng.choice(ESTATE_T if trad else ESTATE_S)
        return f"{top}{dist}{town}{est}{rng.randint(1, 40)}{zhuang}{rng.randint(1, 4)}{dy}{rng.randint(1, 18)}{rng.randint(1, 4):02d}{shi}"
    if r < 0.8:
        return f"{top}{dist}{road}{rng.randint(1, 999)}{hao}"
    return f"{top}{dist}{town}{road}{rng.randint(1, 600)}{hao}{rng.randint(1, 12)}{zhuang}{rng.randint(101, 1802)}{shi}"


def g_health(rng, fmt, p, trad):
    if fmt == "inj":
        return rng.choice(INJ_T if trad else INJ_S)
    if fmt == "surg":
        return rng.choice(SURG_T if trad else SURG_S)
    return rng.choice(HEALTH_T if trad else HEALTH_S)


def _money(rng, lo, hi, style=None):
    v = rng.randint(lo, hi)
    style = style or rng.choice(["yuan", "yuan", "comma", "yen", "wan", "dec"])
    if style == "yuan":
        return f"{v}元"
    if style == "comma":
        return f"{v:,}元"
    if style == "yen":
        return f"¥{v:,}"
    if style == "wan":
        return f"{v / 10000:.1f}万元" if v >= 10000 else f"{v}元"
    return f"{v:,}.{rng.randint(0, 99):02d}元"


def g_fin(rng, fmt, p, trad):
    lo, hi = {"inc": (1500, 30000), "dep": (500, 900000), "loan": (20000, 1500000), "pen": (1200, 8000),
              "low": (300, 2500), "lowdep": (0, 30000)}.get(fmt, (800, 600000))
    s = _money(rng, lo, hi)
    return s.replace("万", "萬") if trad else s


def g_trace(rng, fmt, p, trad):
    pois = POI_T if trad else POI_S
    stops = rng.sample(pois, rng.randint(2, 4))
    h = rng.randint(6, 14)
    m = rng.randint(0, 5) * 10
    parts = []
    for s in stops:
        parts.append(f"{h:02d}:{m:02d}{rng.choice(['', ' '])}{s}")
        h += rng.randint(0, 2)
        m = rng.randint(0, 5) * 10
    if fmt == "plain":
        return "→".join(s for s in stops)
    return rng.choice(["→", " → ", "—", "->"]).join(parts)


SLOT_TYPES = {
    "P": ("PERSON", g_person), "ID": ("CN_RESIDENT_ID", g_id), "DOB": ("DATE_OF_BIRTH", g_dob),
    "MOB": ("CN_MOBILE", g_mobile), "TEL": ("CN_LANDLINE", g_landline), "USCC": ("CN_USCC", g_uscc),
    "CARD": ("BANK_CARD", g_card), "EMAIL": ("EMAIL_ADDRESS", g_email), "IP": ("IP_ADDRESS", g_ip),
    "PP": ("CN_PASSPORT", g_passport), "HKM": ("CN_HK_MACAO_PERMIT", g_hkm), "PLATE": ("CN_LICENSE_PLATE", g_plate),
    "SSC": ("CN_SOCIAL_SECURITY", g_ssc), "MRN": ("CN_MEDICAL_RECORD", g_mrn), "ADDR": ("CN_ADDRESS", g_address),
    "HI": ("HEALTH_INFO", g_health), "FIN": ("FINANCIAL_INFO", g_fin), "TRACE": ("LOCATION_TRACE", g_trace),
}


# ---------------------------------------------------------------------------------------------
# hard negatives: (rng, fmt, trad) -> text ; kind
# ---------------------------------------------------------------------------------------------
def n_doc(rng, fmt, trad):
    pre = rng.choice(["湖政办发", "湖政发", "湖大数据", "湖公通字", "吴政发", "浔政办", "德政发", "长政办发", "安政发", "浙政发", "湖民发", "湖人社发", "湖卫健发", "湖市监"])
    if trad:
        pre = pre.replace("办", "辦").replace("发", "發").replace("数据", "數據").replace("卫健", "衛健").replace("监", "監").replace("长", "長").replace("浔", "潯").replace("吴", "吳")
    return f"{pre}〔{rng.randint(2016, 2025)}〕{rng.randint(1, 180)}{'號' if trad else '号'}"


def n_case(rng, fmt, trad):
    y = rng.randint(2019, 2025)
    r = rng.random()
    if r < 0.5:
        court = rng.choice(["浙0502", "浙0503", "浙0521", "浙0522", "浙0523", "浙05"])
        typ = rng.choice(["民初", "民终", "刑初", "执", "行初", "民特", "执保"])
        s = f"（{y}）{court}{typ}{rng.randint(1, 9999)}号"
    elif r < 0.8:
        s = f"湖公（{rng.choice(['吴', '浔', '开', '交'])}）行罚决字〔{y}〕{rng.randint(1, 99999):05d}号"
    else:
        s = f"湖市监处罚〔{y}〕{rng.randint(1, 300)}号"
    if trad:
        s = s.replace("号", "號").replace("执", "執").replace("罚决", "罰決").replace("监", "監").replace("处", "處").replace("吴", "吳").replace("浔", "潯").replace("开", "開").replace("交", "交")
    return s


def n_amount(rng, fmt, trad):
    lo, hi = {"s": (10, 3000), "m": (500, 200_000), "l": (100_000, 50_000_000)}.get(fmt, (20, 5_000_000))
    v = int(round(10 ** rng.uniform(math.log10(lo), math.log10(hi))))
    if v > 5000 and rng.random() < 0.5:
        v = round(v, -2)
    s = _money(rng, v, v, rng.choice(["yuan", "comma", "yen", "wan", "dec"]))
    return s.replace("万", "萬") if trad else s


def n_date(rng, fmt, trad):
    y, m, d = rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)
    if fmt == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    return rng.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{y}/{m:02d}/{d:02d}"])


def n_post(rng, fmt, trad):
    return rng.choice(["313000", "313000", "313001", "313009", "313100", "313200", "313300", "313013", "313023", "310000", "314000"])


def n_order(rng, fmt, trad):
    r = rng.random()
    if r < 0.4:
        return _safe_digits(f"{rng.randint(2022, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + _digits(rng, rng.choice([10, 12])))
    if r < 0.7:
        return "DD" + _digits(rng, 14)
    return _safe_digits(_digits(rng, 19).lstrip("0").rjust(19, "3"))


def n_invoice(rng, fmt, trad):
    r = rng.random()
    if r < 0.5:
        return _safe_digits("2" + rng.choice(["4", "5"]) + "33" + _digits(rng, 16))
    if r < 0.75:
        return "0330" + _digits(rng, 8)
    return _digits(rng, 8)


def n_wo(rng, fmt, trad):
    return rng.choice([f"HZ12345-{rng.randint(2023, 2025)}{_digits(rng, 8)}", f"GD{_digits(rng, 12)}", f"WO-{rng.randint(2023, 2025)}-{_digits(rng, 6)}", f"ZJ{_digits(rng, 10)}"])


def n_ver(rng, fmt, trad):
    r = rng.random()
    if r < 0.45:
        return f"{rng.choice(['V', 'v', ''])}{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}.{rng.randint(0, 300)}"
    if r < 0.8:
        return f"{rng.choice(['V', 'v'])}{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 30)}"
    return f"build {rng.randint(2023, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}.{rng.randint(1, 9)}"


def n_count(rng, fmt, trad):
    v = rng.randint(3, 250000)
    return rng.choice([f"{v}", f"{v:,}"]) + rng.choice(["条", "人", "户", "件", "次", "人次", "家"] if not trad else ["條", "人", "戶", "件", "次"])


def n_svc(rng, fmt, trad):
    return rng.choice(["12345", "12345", "12315", "12333", "12320", "12366", "12319", "110", "120", "95566", "95588", "95599", "95533", "96345", "12329",
                       f"400-{_digits(rng, 3)}-{_digits(rng, 4)}", f"400{_digits(rng, 7)}", f"800-{_digits(rng, 3)}-{_digits(rng, 4)}", f"4008{_digits(rng, 6)}"])


def n_badid(rng, fmt, trad):
    p = Person(rng, trad)
    good = p.id18[-1]
    bad = rng.choice([c for c in "0123456789X" if c != good and not _luhn_ok(p.first17 + c)])
    return p.first17 + bad


def n_badcard(rng, fmt, trad):
    s = make_card(rng)
    bad = str((int(s[-1]) + rng.randint(1, 9)) % 10)
    s = s[:-1] + bad
    if fmt == "sp":
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def n_baduscc(rng, fmt, trad):
    s = make_uscc(rng)
    # a wrong check character that also does not happen to pass the Luhn or GB 11643 check
    cands = [c for c in USCC_AL if c != s[-1] and not _luhn_ok(s[:-1] + c) and not _id_ok(s[:-1] + c)]
    return s[:-1] + rng.choice(cands)


def n_vin(rng, fmt, trad):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["LSV", "LFV", "LGW", "LVS", "LHG", "LSG", "LB3", "LC0"]) + "".join(rng.choice(al) for _ in range(6)) + _digits(rng, 8)


def n_exp(rng, fmt, trad):
    return rng.choice([f"SF{_digits(rng, 13)}", f"YT{_digits(rng, 13)}", f"JT{_digits(rng, 13)}", f"JD{_digits(rng, 13)}", f"EMS{_digits(rng, 10)}"])


def n_prop(rng, fmt, trad):
    s = f"浙（{rng.randint(2017, 2025)}）{rng.choice(['湖州市', '德清县', '长兴县', '安吉县'])}不动产权第{rng.randint(1, 99999):07d}号"
    if trad:
        s = s.replace("县", "縣").replace("动", "動").replace("权", "權").replace("号", "號").replace("长", "長")
    return s


def n_reg(rng, fmt, trad):
    return rng.choice(["330500", "330502", "330521", "330522", "330523"]) + "0000" + _digits(rng, 5)


def n_std(rng, fmt, trad):
    return rng.choice(["GB/T 35273-2020", "GB/T 22239-2019", "DB33/T 2351-2021", "GB 11643-1999", "GB/T 43697-2024", "GB 32100-2015", "GB/T 37964-2019", "GA/T 1400.3-2017"])


NEG_TYPES = {
    "doc": ("doc_number", n_doc), "case": ("case_number", n_case), "amt": ("amount", n_amount), "date": ("date", n_date),
    "post": ("postcode", n_post), "order": ("order_number", n_order), "inv": ("invoice_number", n_invoice),
    "wo": ("work_order", n_wo), "ver": ("version", n_ver), "cnt": ("count", n_count), "svc": ("service_number", n_svc),
    "badid": ("bad_check_id", n_badid), "badcard": ("bad_check_card", n_badcard), "baduscc": ("bad_check_uscc", n_baduscc),
    "vin": ("vin", n_vin), "exp": ("express_number", n_exp), "prop": ("property_cert", n_prop),
    "reg": ("registration_number", n_reg), "std": ("standard_number", n_std),
}


# ---------------------------------------------------------------------------------------------
# unlabelled fillers
# ---------------------------------------------------------------------------------------------
def f_fill(rng, name, trad):
    if name == "dept":
        return _pick(rng, DEPT_S, DEPT_T, trad)
    if name == "org":
        return _pick(rng, ORG_S, ORG_T, trad)
    if name == "hosp":
        return _pick(rng, HOSP_S, HOSP_T, trad)
    if name == "bank":
        return _pick(rng, BANK_S, BANK_T, trad)
    if name == "poi":
        return _pick(rng, POI_S, POI_T, trad)
    if name == "sur":
        return rng.choice(SUR_T if trad else SUR_S)
    if name == "rel":
        return _pick(rng, REL_S, REL_T, trad)
    if name == "job":
        return _pick(rng, JOB_S, JOB_T, trad)
    if name == "car":
        return _pick(rng, CAR_S, CAR_T, trad)
    if name == "dist":
        return rng.choice(list(HZ_T if trad else HZ_S))
    if name == "town":
        hz = HZ_T if trad else HZ_S
        return rng.choice(hz[rng.choice(list(hz))])
    if name == "guard":
        return rng.choice(["父亲", "母亲", "祖父", "祖母", "外祖母"] if not trad else ["父親", "母親", "祖父", "祖母"])
    if name == "road":
        return _pick(rng, ROAD_S, ROAD_T, trad)
    if name == "n":
        return str(rng.randint(1, 9))
    if name == "nn":
        return str(rng.randint(10, 99))
    if name == "age":
        return str(rng.randint(18, 88))
    if name == "hm":
        return f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
    if name == "hms":
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if name == "sex":
        return rng.choice(["男", "女"])
    if name == "user":
        return rng.choice(PINYIN) + rng.choice(PINYIN_G) + rng.choice(["", "01", "02"])
    raise KeyError(name)


# ---------------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------------
REPEAT_RE = re.compile(r"<<(\d+)-(\d+)\|(.*?)>>", re.S)
TOKEN_RE = re.compile(r"\{([~$]?)([A-Za-z]+)(?::([A-Za-z0-9]+))?(?:@([a-z0-9]+))?\}")


def render(template: str, rng: random.Random, trad: bool):
    def expand(m):
        n = rng.randint(int(m.group(1)), int(m.group(2)))
        return "\n".join(m.group(3).replace("{#}", str(i + 1)) for i in range(n))

    template = REPEAT_RE.sub(expand, template)
    out, ents, negs = [], [], []
    pos = 0
    persons: dict[str, Person] = {}
    last = 0
    for m in TOKEN_RE.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        sigil, name, fmt, key = m.group(1), m.group(2), m.group(3) or "", m.group(4)
        if sigil == "$" and name == "sex" and key:
            person = persons.get(key) or persons.setdefault(key, Person(rng, trad, key))
            val = "男" if person.male else "女"
        elif sigil == "$":
            val = f_fill(rng, name, trad)
        elif sigil == "~":
            kind, gen = NEG_TYPES[name]
            val = gen(rng, fmt, trad)
            negs.append({"kind": kind, "start": pos, "end": pos + len(val)})
        else:
            etype, gen = SLOT_TYPES[name]
            if key is None:
                person = Person(rng, trad)
            else:
                person = persons.get(key) or persons.setdefault(key, Person(rng, trad, key))
            val = gen(rng, fmt, person, trad)
            ents.append({"type": etype, "start": pos, "end": pos + len(val)})
        out.append(val)
        pos += len(val)
    out.append(template[last:])
    return "".join(out), ents, negs


# ---------------------------------------------------------------------------------------------
# templates — simplified script
# ---------------------------------------------------------------------------------------------
T_POLICE = [
"""湖州市公安局{$dist}分局接处警登记表
接警时间：{~date} {$hm}　接警单号：{~wo}
报警人：{P@a}，身份证号{ID@a}，联系电话{MOB}
报警人住址：{ADDR}
简要警情：报警人称其停放在小区门口的{$car}（号牌{PLATE}）被剐蹭，肇事车辆号牌{PLATE}，已驶离。
处理结果：已调取监控，移交交警{$dist}大队。""",
"""询问笔录（第{$n}次）
时间：{~date}　地点：{$dist}派出所询问室
被询问人：{P@a}　性别：{$sex@a}　出生日期：{DOB@a}
身份证件种类及号码：居民身份证 {ID@a}
现住址：{ADDR}　户籍地：{ADDR:vil}
联系方式：{MOB}
问：你把事情经过讲一下。
答：那天我骑电动车从{$poi}回家，被一辆号牌为{PLATE}的{$car}撞倒，对方司机叫{P}，电话{MOB:dash}。""",
"""治安调解协议书 编号：{~case}
当事人甲：{P}，公民身份号码：{ID}，住{ADDR}。
当事人乙：{P}，公民身份号码：{ID}，住{ADDR}。
经调解，乙方一次性赔偿甲方医疗费、误工费共计{~amt}，本协议自签字之日起生效。
调解民警：{$sur}警官　联系电话：{TEL:hz}""",
"""【流动人口登记】
姓名 {P@a} ｜ 证件号 {ID@a} ｜ 手机 {MOB}
暂住地址 {ADDR}
房东 {P} ｜ 房东电话 {MOB}
登记民警 {P}　登记日期 {~date}
居住证受理回执号：{~wo}""",
"""车辆查控反馈
布控车辆：{PLATE}（{$car}），车主{P}，身份证{ID}。
{~date} 卡口抓拍轨迹：{TRACE}
同行车辆号牌{PLATE}、{PLATE}，请{$dist}分局核查。""",
"""湖州市公安局{$dist}分局 行政处罚决定书 {~case}
违法行为人：{P@a}，性别{$sex@a}，出生日期{DOB@a}，身份证号码{ID@a}，现住{ADDR}。
现查明：{~date}，违法行为人在{$poi}附近驾驶{PLATE}号小型汽车……
根据《中华人民共和国治安管理处罚法》，决定给予罚款{~amt}的处罚。
如不服本决定，可在收到本决定书之日起六十日内向湖州市人民政府申请行政复议。""",
"""失物招领登记
拾得物品：钱包一个，内有{$bank}银行卡一张（卡号{CARD}）、身份证一张（{P@a}，{ID@a}）、现金若干。
拾得人：{P}，电话{MOB}
失主已于{~date}认领，认领人签字：{P@a}""",
"""出入境证件受理单
申请人：{P@a}　性别：{$sex@a}　出生日期：{DOB@a}
身份证号：{ID@a}
原护照号码：{PP}（有效期至{~date}）
往来港澳通行证号码：{HKM}
联系电话：{MOB}　紧急联系人：{P}（{$rel}）{MOB}
受理编号：{~wo}　收费：{~amt}""",
"""110警情通报（{~date}）
{$hm}，{P}（{MOB}）报警称在{ADDR}楼下发现有人晕倒，经120送{$hosp}，该人员为{P@b}，身份证号{ID@b}，既往有{HI}病史。
{$hm}，{P}报称其手机被盗，手机号{MOB}，已指导其挂失。""",
"""反诈预警劝阻记录
预警对象：{P@a}（{ID@a}）
预警号码：{MOB:plain}
涉诈转账卡号：{CARD}（{$bank}）
对方账户：{CARD}
劝阻情况：民警电话劝阻未果，{$hm}上门劝阻成功，止付金额{~amt}。
通报编号：{~wo}""",
"""交通事故认定书（简易程序） 第{~case}号
当事人：{P}，驾驶证号{ID}，联系电话{MOB}，驾驶{PLATE}号车。
当事人：{P}，驾驶证号{ID}，联系电话{MOB}，驾驶{PLATE:ne}号新能源车。
事故时间：{~date} {$hm}　地点：{$dist}{$town}路口""",
"""监控调阅申请
申请单位：{$dept}
调阅原因：协查{P}（身份证号{ID}）走失案
涉及点位：{~cnt}
走失人员行动轨迹（初步）：{TRACE}
联系人：{P}，{MOB}，办公电话{TEL}""",
"""网吧实名登记抽查
上机人员 {P} 证件号 {ID} 终端IP {IP:lan} 上机时间 {$hm}
上机人员 {P} 证件号 {ID} 终端IP {IP:lan} 上机时间 {$hm}
场所编码：{~order}　软件版本 {~ver}""",
"""旅馆业住宿登记（境外人员）
姓名：{P}　国籍：中国（香港）　港澳居民来往内地通行证 {HKM}
同住人：{P}　护照号 {PP}
入住房号 {$nn}0{$n}　入住时间 {~date}
酒店前台电话 {TEL}""",
"""刑事案件移送函
{$dist}人民检察院：
我局侦办的{P}涉嫌诈骗一案（案号{~case}），犯罪嫌疑人{P@a}，{$sex@a}，公民身份号码{ID@a}，户籍地{ADDR:vil}。
涉案银行账户：{CARD}、{CARD}，涉案金额{~amt}。
联系人：{P}　电话：{TEL:hz}　手机：{MOB}""",
"""重点人员走访记录
走访对象：{P@a}，{DOB:ym@a}出生，患{HI}，由{$rel}{P}监护。
家庭住址：{ADDR}
监护人电话：{MOB}
社区网格员：{P}，{MOB}
下次走访时间：{~date}""",
"""驾驶人违法记分告知
驾驶人：{P}　准驾车型C1
机动车号牌：{PLATE}
违法时间：{~date}　违法地点：{$road}与{$road}交叉口
记分3分，罚款{~amt}。决定书编号：{~case}""",
"""户籍证明
兹证明{P@a}（{$sex@a}，出生日期{DOB@a}，公民身份号码{ID@a}）系我所辖区常住户口，户籍地址为{ADDR}。
其{$rel}{P}，公民身份号码{ID}，同户。
特此证明。{$dist}派出所　{~date}""",
"""SYSTEM LOG jz-query
{~date} {$hms} WARN user=jz{$nn} src={IP} query=idcard value={ID} result=hit
{~date} {$hms} INFO user=jz{$nn} src={IP} query=plate value={PLATE} result=hit
{~date} {$hms} INFO user=jz{$nn} src={IP} query=mobile value={MOB:plain} result=miss
client {~ver}""",
"""电动车登记备案
车主 {P}　身份证 {ID}　手机 {MOB}
备案号 {~order}　整车编码 {~vin}
车主住址 {ADDR}
备案日期 {~date}　备案点 {$town}便民服务中心""",
]

T_CIVIL = [
"""最低生活保障申请审批表
申请人：{P@a}　性别：{$sex@a}　出生年月：{DOB:ym@a}
身份证号：{ID@a}
家庭住址：{ADDR}　联系电话：{MOB}
家庭成员：{$rel} {P}（{ID}），{$rel} {P}（{ID}）
申请理由：本人患{HI}，丧失劳动能力，家庭月收入{FIN:low}，存款{FIN:lowdep}。
低保金发放账户：{$bank}，卡号{CARD}
审批文号：{~doc}""",
"""困难群众入户核查记录
核查对象：{P@a}，住{ADDR}
家庭情况：{$rel}{P}患{HI}，长期服药；家庭年收入{FIN:inc}，名下无机动车。
核查人：{P}、{P}　核查日期：{~date}""",
"""婚姻登记预约信息
男方：{P}　证件号码：{ID}　手机：{MOB}
女方：{P}　证件号码：{ID}　手机：{MOB}
预约时间：{~date} 上午　预约号：{~order}
登记处咨询电话：{TEL}""",
"""殡葬服务登记
逝者：{P@a}，身份证{ID@a}，生前住址{ADDR}，死亡原因：{HI}。
经办人：{P}（{$rel}），电话{MOB}，身份证{ID}
火化证明编号：{~wo}　惠民殡葬减免{~amt}""",
"""高龄津贴发放名册（{$town}）
<<3-6|{#}　{P}　{ID}　{ADDR:vil}　{$bank} {CARD}>>
合计{~cnt}，发放标准每人每月{~amt}。""",
"""临时救助审批
救助对象：{P@a}　身份证号：{ID@a}　电话：{MOB}
住址：{ADDR}
事由：{$rel}突发{HI}，住院自付费用较高，家庭存款仅{FIN:lowdep}。
审批救助金额：{~amt}，打入{$bank}账户{CARD}。
审批文号：{~doc}""",
"""养老机构入住评估
老人：{P@o}，出生日期{DOB@o}，身份证{ID@o}
诊断：{HI}；{HI}
能力等级：中度失能
紧急联系人：{P}（{$rel}） {MOB}、座机{TEL}
养老金月收入：{FIN:pen}""",
"""残疾人两项补贴申请
申请人：{P}，身份证号{ID}，残疾类别及等级：{HI}
联系电话：{MOB}　代办人：{P}，{MOB}
收款账户：{CARD}
申请日期：{~date}""",
"""社会组织年检
单位名称：湖州市{$dist}志愿者协会
统一社会信用代码：{USCC:soc}
法定代表人：{P}　联系电话：{MOB}
办公地址：{ADDR}　邮编：{~post}
年检结论：合格　业务主管单位：{$dept}""",
"""留守儿童关爱台账
儿童 {P@c}（出生日期 {DOB@c}，身份证 {ID@c}）
监护人 {P}（{$guard}），电话 {MOB}，住 {ADDR:vil}
父母外出务工地点：{ADDR:out}
帮扶责任人 {P}　{MOB}""",
"""退役军人信息采集
姓名：{P@a}　身份证号码：{ID@a}
入伍时间：{~date}　退役时间：{~date}
户籍地：{ADDR}
手机：{MOB}　邮箱：{EMAIL}
伤残等级：八级（{HI}）""",
"""收养登记档案摘要
收养人：{P}、{P}（夫妻），身份证号{ID}、{ID}
被收养人：{P@c}，出生日期{DOB@c}
住所：{ADDR}
档案号：{~wo}""",
]

T_HR = [
"""社会保险参保登记
单位：{$org}　统一社会信用代码：{USCC}
职工：{P@a}　身份证：{ID@a}　社保卡卡号：{SSC}
户口所在地：{ADDR}　手机：{MOB}
月缴费基数：{~amt}　参保日期：{~date}""",
"""劳动仲裁申请书
申请人：{P}，{$sex}，身份证号{ID}，住{ADDR}，电话{MOB}。
被申请人：{$org}，统一社会信用代码{USCC}，住所地{ADDR}，法定代表人{P}，电话{TEL}。
仲裁请求：支付拖欠工资{~amt}及经济补偿金。
案号：{~case}""",
"""工伤认定申请表
受伤职工：{P@a}　出生日期：{DOB@a}　身份证号：{ID@a}
用人单位：{$org}（{USCC}）
事故经过：{~date}在车间操作时右手卷入机器，经{$hosp}诊断为{HI:inj}，住院号{MRN:zy}。
联系人：{P}，手机{MOB}""",
"""失业保险金申领
申领人 {P} 身份证 {ID} 个人社保编号 {SSC:no}
银行卡号 {CARD:sp}（{$bank}）
原单位 {$org}
申领月数 {$n}个月，标准{~amt}/月""",
"""人才引进补贴公示
<<4-7|{#}. {P}，{ID}，{$org}，硕士，补贴{~amt}>>
公示期：{~date}至{~date}，监督电话{TEL}。""",
"""根治欠薪线索
投诉人：{P}（手机{MOB}，身份证{ID}）
被投诉单位：{$org}，项目负责人{P}，电话{MOB}
欠薪人数{~cnt}，欠薪金额{~amt}
工单编号：{~wo}　来源：12345热线转办""",
"""灵活就业人员参保缴费通知
{P}：您的{~date}养老保险缴费{~amt}将从您尾号{$nn}{$nn}的账户扣缴。如有疑问请拨打{~svc}或{TEL}。
参保人身份证号：{ID}　社保卡号：{SSC}""",
"""Employee record export (hr_sys {~ver})
name,id_no,mobile,email,bank_card
<<3-5|{P},{ID:plain},{MOB:plain},{EMAIL},{CARD:plain}>>
rows={~cnt}""",
"""职业技能补贴审核
<<3-5|{P}　{ID}　证书编号{~order}　补贴{~amt}　{$bank}{CARD}>>
经办：{P}　复核：{P}""",
]

T_HEALTH = [
"""{$hosp} 出院小结
姓名：{P@a}　性别：{$sex@a}　出生日期：{DOB@a}　住院号：{MRN:zy}
身份证号：{ID@a}　医保卡号：{MRN:yb}
入院诊断：{HI}
出院诊断：{HI}；{HI}
家属：{P}（{$rel}），联系电话{MOB}
出院日期：{~date}　住院总费用{~amt}""",
"""门诊病历
病历号 {MRN:mz}　就诊科室 心内科　就诊日期 {~date}
患者 {P}，{$age}岁，手机 {MOB}
主诉：反复胸闷3年。
诊断：{HI}
处方：阿托伐他汀钙片 20mg qn""",
"""传染病报告卡
患者姓名：{P@a}　有效证件号：{ID@a}
患者工作单位：{$org}　联系电话：{MOB}
现住址：{ADDR}
疾病名称：{HI}　发病日期：{~date}
报告单位：{$hosp}　报告医生：{P}　卡片编号：{~order}""",
"""严重精神障碍患者随访表
患者：{P@a}（{ID@a}）
诊断：{HI}　危险性评估：1级
监护人：{P}，{$rel}，电话{MOB}
随访医生：{P}，{$town}卫生院，电话{TEL}
下次随访：{~date}""",
"""家庭医生签约服务协议
乙方（居民）：{P@a}　身份证号：{ID@a}　出生日期：{DOB@a}
住址：{ADDR}　电话：{MOB}
重点人群类别：慢病患者（{HI}）
甲方团队：{$town}社区卫生服务中心 {P}医生团队，服务电话{TEL}
签约编号：{~wo}""",
"""120急救调度记录
呼救时间 {~date} {$hms}　呼救电话 {MOB}
现场地址 {ADDR}
患者 {P}，约{$age}岁，初步判断{HI}
派车 湖州急救{$nn}号车（{PLATE}）　出车人员 {P}、{P}
送达 {$hosp}""",
"""医保异地就医备案
参保人：{P@a}　社会保障号码：{ID@a}
医保个人编号：{MRN:yb}
备案类型：异地长期居住　就医地：{ADDR:out}
联系电话：{MOB}　邮箱：{EMAIL}
备案流水号：{~order}""",
"""出生医学证明补办申请
新生儿：{P@c}　出生日期：{DOB@c}
母亲：{P}　身份证号码：{ID}
父亲：{P}　身份证号码：{ID}
出生地点：{$hosp}　住院号 {MRN:zy}
申请人联系电话：{MOB}""",
"""体检报告（入职）
姓名 {P}　体检号 {~order}　身份证 {ID}
主检结论：1. {HI}；2. {HI}，建议专科随访。
报告日期 {~date}　体检中心电话 {TEL}""",
"""住院费用清单
住院号：{MRN:zy}　患者：{P}　费别：职工医保
床位费 {~amt}　西药费 {~amt}　检查费 {~amt}
合计 {~amt}，统筹支付 {~amt}
结算单号：{~inv}""",
"""随访记录：{P}，{HI:surg}术后第7天，病历号{MRN:bl}，复查诊断{HI}，出院后随访电话{TEL}。""",
"""预防接种异常反应报告
受种者：{P@c}，出生日期{DOB@c}，监护人{P}（{MOB}）
接种单位：{$town}社区卫生服务中心
疫苗批号：{~order}　接种日期：{~date}
临床诊断：{HI}""",
"""互联网医院问诊记录
[{$hm}] 患者 {P}（{MOB}）：医生您好，我之前确诊{HI}，最近药吃完了。
[{$hm}] 医生 {P}：请提供您的医保卡号。
[{$hm}] 患者：{MRN:yb}
[{$hm}] 医生：已开具电子处方，处方号{~order}。""",
"""献血者登记
献血者：{P@a}，身份证{ID@a}，手机{MOB}
献血量400ml　献血码{~order}
献血前健康征询：既往患{HI}，本次暂缓献血。""",
"""长期护理保险失能评估
被评估人：{P@a}　身份证号：{ID@a}　医保号：{MRN:yb}
居住地址：{ADDR}
主要疾病：{HI}、{HI}
评估员：{P}、{P}　评估日期：{~date}""",
]

T_HOUSING = [
"""公共租赁住房申请表
申请人：{P@a}　身份证：{ID@a}　工作单位：{$org}
家庭人均月收入：{FIN:inc}　住房公积金账户余额：{FIN:dep}
共同申请人：{P}（{$rel}）{ID}
现居住地址：{ADDR}　联系电话：{MOB}
受理编号：{~wo}""",
"""房屋租赁合同备案
出租人：{P}，身份证号码{ID}，电话{MOB}
承租人：{P}，护照号码{PP}，电话{MOB}
房屋坐落：{ADDR}
不动产权证号：{~prop}
月租金：{~amt:s}，押金：{~amt:s}""",
"""住房公积金提取审批
职工姓名：{P@a}　身份证号：{ID@a}
公积金账号：{~order}　账户余额：{FIN:dep}
提取原因：购买自住住房，房屋地址{ADDR}
收款银行卡：{CARD}（{$bank}）
审批人：{P}　审批日期：{~date}""",
"""物业维修工单 {~wo}
报修人：{P}　房号：{ADDR}
电话：{MOB}
内容：卫生间漏水至楼下住户{P}家（电话{MOB}）。
派单时间：{$hm}　维修人员：{P}，{MOB}""",
"""商品房买卖合同网签信息
买受人：{P}　证件：{ID}　手机：{MOB}
买受人：{P}　证件：{ID}
房屋：{ADDR}，建筑面积{$nn}.{$nn}平方米
总价款：{~amt}　贷款金额：{FIN:loan}
合同编号：{~order}""",
"""城中村改造入户调查表
户主：{P@a}　身份证号：{ID@a}
房屋坐落：{ADDR:vil}
家庭成员：<<2-4|{P}（{$rel}，{ID}）>>
宅基地证号：{~prop}　调查员：{P}""",
"""住房保障资格复核名单
<<4-8|{#}　{P}　{ID}　{ADDR}　人均收入{FIN:inc}>>
复核单位：{$dept}住房保障科　电话{TEL}""",
"""二手房交易资金监管协议
卖方：{P}（{ID}）收款账户{CARD}
买方：{P}（{ID}）付款账户{CARD}
监管金额：{~amt}　监管账号：{~order}
房屋：{ADDR}""",
"""装修备案
业主：{P}　电话：{MOB}　房号：{ADDR}
施工单位：{$org}（统一社会信用代码{USCC}），负责人{P}，{MOB}
施工期限：{~date}至{~date}""",
]

T_TRANSPORT = [
"""网约车驾驶员证申请
申请人：{P@a}　身份证号：{ID@a}　手机：{MOB}
驾驶证初次领证日期：{~date}
车辆号牌：{PLATE}（{$car}）　车辆识别代号：{~vin}
平台公司：{$org}（{USCC}）""",
"""道路运输违章处理单
当事人：{P}　从业资格证号：{ID}
车辆：{PLATE}（{$car}）
违章事实：未按规定路线行驶
处理决定：罚款{~amt}　文书号：{~case}
执法人员：{P}、{P}""",
"""出租车失物查询
乘客 {P}（{MOB}）称{~date} {$hm}在{$poi}乘坐出租车遗失手机，车牌号疑似{PLATE}或{PLATE}。
已联系驾驶员{P}（{MOB}），物品已找到。""",
"""ETC 通行记录（导出）
车牌,入口,出口,时间,金额
<<3-6|{PLATE},湖州南,{$dist},{~date},{~amt}>>
用户：{P}　绑定卡号：{CARD}""",
"""停车欠费催缴通知
车牌号{PLATE}的车主：您的车辆于{~date}在{$road}泊位停车，欠费{~amt}，请于15日内补缴。
客服：{TEL}或{~svc}""",
"""公交IC卡实名换卡登记
持卡人：{P@o}　身份证：{ID@o}　原卡号：{~order}
老年卡类别：70周岁以上　联系电话：{MOB}
住址：{ADDR}""",
"""危险货物运输车辆动态监控报警
车辆 {PLATE}　驾驶员 {P}（{MOB}）
报警类型：超速　报警时间：{~date} {$hms}
行驶轨迹：{TRACE}
处置人：{P}""",
"""驾培学员信息
学员 {P}　身份证 {ID}　手机 {MOB}
教练 {P}　教练车 {PLATE}　培训记录编号 {~order}""",
"""车辆过户登记
原车主：{P}，{ID}，{ADDR}
现车主：{P}，{ID}，{ADDR}
号牌：{PLATE}　车架号：{~vin}　成交价：{~amt}""",
]

T_TAX_MARKET = [
"""个体工商户设立登记
字号名称：{$dist}{$sur}记小吃店
经营者：{P@a}　身份证号：{ID@a}
统一社会信用代码：{USCC:ind}
经营场所：{ADDR}
联系电话：{MOB}　登记机关：{$dist}市场监督管理局　核准日期：{~date}""",
"""企业基本信息（导出）
企业名称：{$org}
统一社会信用代码：{USCC}
原注册号：{~reg}
法定代表人：{P}　联系电话：{TEL}
财务负责人：{P}　手机：{MOB}　邮箱：{EMAIL}
住所：{ADDR}""",
"""行政处罚决定书 {~case}
当事人：{$org}
统一社会信用代码：{USCC}
法定代表人：{P}
经查，当事人销售的食品超过保质期，违法所得{~amt}，决定罚款{~amt}。
联系人：{P}，电话{MOB}""",
"""消费投诉登记 {~wo}
投诉人：{P}　电话：{MOB}
被投诉方：{$org}（{USCC}）
投诉内容：网购订单{~order}商品质量问题，要求退款{~amt}。
来源：{~svc}平台""",
"""纳税人信息确认表
纳税人识别号：{USCC}
纳税人名称：{$org}
办税人员：{P}　身份证号：{ID}　手机：{MOB}
开户银行：{$bank}　账号：{~order}
本期应纳税额：{~amt}""",
"""个人所得税汇算清缴退税复核
纳税人：{P@a}　身份证件号码：{ID@a}
年度综合所得收入额：{FIN:inc}
退税银行卡：{CARD}
任职受雇单位：{$org}（{USCC}）
复核结论：通过　文书号：{~doc}""",
"""发票查验结果
发票代码：{~inv}　发票号码：{~inv}
销售方：{$org}　纳税人识别号：{USCC}
购买方：{P}　身份证号：{ID}
价税合计：{~amt}　开票日期：{~date}""",
"""特种设备作业人员证
姓名：{P}　身份证号：{ID}
作业项目：叉车司机 N1　证书编号：{~order}
用人单位：{$org}，统一社会信用代码{USCC}
发证机关：湖州市市场监督管理局""",
"""食品经营许可证信息
经营者名称：{$org}
社会信用代码：{USCC}
法定代表人（负责人）：{P}
经营场所：{ADDR}
许可证编号：JY{~order}　有效期至：{~date}
日常监督管理人员：{P}　投诉举报电话：{~svc}""",
"""股权变更登记
公司：{$org}（{USCC}）
转让方：{P}，身份证{ID}，持股{$nn}%
受让方：{P}，护照{PP}，持股{$nn}%
变更登记日期：{~date}""",
"""失信被执行人名单（摘录）
<<3-5|{P}　{ID}　执行案号{~case}　执行标的{~amt}>>
单位：{$org}　{USCC}　执行案号{~case}""",
"""网络交易监测线索
店铺名称：{$org}旗舰店　经营者：{P}
统一社会信用代码：{USCC}
店铺客服邮箱：{EMAIL}
监测IP：{IP:pub}
商品链接编号：{~order}""",
"""价格举报回复函
{P}先生/女士：
您于{~date}通过{~svc}反映的{$org}（统一社会信用代码{USCC}）价格问题，经核查……
如有异议，请联系承办人{P}，电话{TEL}。""",
"""个体户注销公告
{$sur}记五金店（统一社会信用代码：{USCC:ind}，经营者：{P}），拟向登记机关申请注销登记，请债权人于{~date}前申报债权。联系电话：{MOB}""",
"""农民专业合作社年报
名称：{$org}　统一社会信用代码：{USCC:coop}
理事长：{P}，{MOB}
成员数：{~cnt}　年经营收入：{~amt}
邮箱：{EMAIL}　邮政编码：{~post}""",
]

T_COURT = [
"""民事起诉状
原告：{P@x}，{$sex@x}，{DOB@x}出生，汉族，住{ADDR}，公民身份号码{ID@x}，联系电话{MOB}。
被告：{P}，{$sex}，住{ADDR}，公民身份号码{ID}。
诉讼请求：判令被告偿还借款{~amt}及利息。
此致 湖州市{$dist}人民法院""",
"""执行通知书 {~case}
被执行人：{P}，身份证号{ID}。
申请执行人：{$org}，统一社会信用代码{USCC}。
查询到被执行人名下{$bank}账户{CARD}存款{FIN:dep}，已依法冻结。
执行法官：{P}　电话：{TEL}""",
"""送达地址确认书
受送达人：{P}
送达地址：{ADDR}　邮编{~post}
手机：{MOB}　电子邮箱：{EMAIL}
案号：{~case}""",
"""刑事判决书（节录） {~case}
被告人{P@a}，{$sex@a}，{DOB@a}出生，公民身份号码{ID@a}，户籍地{ADDR:vil}，现羁押于湖州市看守所。
经审理查明：被告人{P@a}利用其控制的银行卡{CARD}、{CARD}为他人转移资金……""",
"""庭审笔录
时间：{~date}　案号：{~case}
审判员：{P}　书记员：{P}
原告{P}的委托代理人{P}律师到庭，执业证号{~order}，电话{MOB}。
被告{P}（{ID}）未到庭。""",
"""社区矫正对象报到登记
矫正对象：{P@a}　身份证号：{ID@a}　出生日期：{DOB@a}
居住地：{ADDR}
判决文书：{~case}
联系电话：{MOB}　家属：{P}（{$rel}）{MOB}""",
"""人民调解协议书 {~doc}
申请人：{P}，身份证{ID}，电话{MOB}
被申请人：{P}，身份证{ID}，电话{MOB}
纠纷事实：邻里漏水纠纷，房屋位于{ADDR}。
调解员：{P}""",
"""法律援助申请审批表
申请人：{P@a}（{ID@a}），{$job}，家庭月收入{FIN:inc}
住址：{ADDR}　电话：{MOB}
案情：工伤赔偿纠纷，对方单位{$org}（{USCC}）
指派律师：{P}，浙江{$sur}明律师事务所，电话{TEL}""",
"""财产保全裁定 {~case}
冻结被申请人{P}（身份证号{ID}）名下银行存款，保全金额以{~amt}为限，或查封其位于{ADDR}的房产（{~prop}）。""",
]

T_HOTLINE = [
"""12345热线工单 {~wo}
来电号码：{MOB}　来电时间：{~date} {$hm}
来电人：{P}　
诉求内容：反映{ADDR}附近夜间施工噪音扰民，要求处理。
承办单位：{$dist}综合执法局　办理时限：5个工作日""",
"""热线回访记录
工单号 {~wo}　市民 {$sur}先生（{MOB}）对办理结果表示满意。
承办人：{P}，联系电话{TEL}""",
"""12345转办单
编号：{~wo}
诉求人：{P}，联系方式{MOB}，证件号{ID}
地址：{ADDR}
内容：其{$rel}{P}患{HI}，申请办理残疾证，咨询流程。
转办：{$dept}""",
"""【市长信箱】
来信人：{P}　邮箱：{EMAIL}　电话：{MOB}
标题：关于{$town}路灯不亮的问题
内容：{ADDR}门口路灯已坏两周，多次拨打{~svc}未果。
信件编号：{~order}""",
"""话务员记录：来电{MOB:sp}，{$sur}女士称其{$rel}{P}（身份证{ID}）走失，最后出现在{$poi}，穿灰色外套。已转{$dist}派出所（{TEL}）。""",
"""热线知识库更新（{~ver}）
问：社保卡丢失怎么办？
答：可拨打{~svc}或到{$town}便民服务中心办理，咨询电话{TEL}。工本费{~amt:s}。""",
"""12345 重复来电汇总
<<3-6|{#}. {MOB:plain}　{P}　{ADDR}　来电{$n}次　工单{~wo}>>""",
"""企业诉求直通车 {~wo}
企业：{$org}　统一社会信用代码：{USCC}
联系人：{P}　手机：{MOB}　座机：{TEL:x}
诉求：办理排污许可延续，申请编号{~order}。""",
"""来电记录：{~date} {$hm}，{MOB:86}，自称{P}，反映其名下车辆{PLATE}被违规贴单，停车单号{~order}。""",
"""热线工单（督办）
工单编号：{~wo}　督办文号：{~doc}
诉求人：{P}（{MOB}）
诉求：{$org}拖欠装修款{~amt}，负责人{P}电话{MOB}无人接听。""",
]

T_IT = [
"""[{~date:iso} {$hms}] INFO  gateway {~ver} request from {IP} uid=u{$nn}{$nn}{$nn} path=/api/v1/person?idcard={ID:plain}
[{~date:iso} {$hms}] WARN  gateway rate-limit {IP} phone={MOB:plain}
[{~date:iso} {$hms}] INFO  gateway request from {IP:lan} email={EMAIL}""",
"""数据共享申请单 {~wo}
申请部门：{$dept}　申请人：{P}　电话：{TEL}　邮箱：{EMAIL:gov}
申请数据：人口基础信息（姓名、身份证号、手机号）
用途：{$town}养老服务补贴核对
样例数据：{P}，{ID}，{MOB}
审核依据：{~doc}""",
"""安全告警通报
{~date} {$hms}，态势感知平台发现源地址{IP:pub}对政务云主机{IP:lan}发起SQL注入攻击，攻击载荷中含有手机号{MOB:plain}和身份证号{ID:plain}。
涉事系统版本{~ver}，已封禁。联系人{P}，{MOB}""",
"""数据脱敏测试用例
输入：姓名={P}；身份证={ID}；卡号={CARD}；手机={MOB}
期望：姓名={$sur}**；身份证=330***********1234；手机=138****5678
用例编号：TC-{~order}""",
"""VPN 账号申请
申请人：{P}　单位：{$dept}
手机（用于短信令牌）：{MOB}
邮箱：{EMAIL:gov}
终端IP：{IP:lan}　MAC：3C-{$nn}-A1-{$nn}-0F-{$nn}
申请单号：{~wo}""",
"""服务器资产登记
<<3-6|{#}　{IP:lan}　CentOS 7.9　{~ver}　责任人{P}　{MOB}>>
合计{~cnt}""",
"""接口调用日志（节选）
time={~date:iso}T{$hms}+08:00 app=zwfw caller={IP:gov} api=queryHouseholdReg params={"name":"{P}","idNo":"{ID:plain}"} cost=132ms
time={~date:iso}T{$hms}+08:00 app=zwfw caller={IP:gov} api=queryCompany params={"uscc":"{USCC}"} cost=87ms""",
"""数据泄露事件报告
报告单位：{$dept}
发现时间：{~date}
事件概况：某外包人员通过{IP:pub}导出人口数据{~cnt}，样本中包括{P}（{ID}，{MOB}）等记录。
事件级别：较大（Ⅲ）　报告人：{P}，{TEL}""",
"""邮件退信
发件人：{EMAIL:gov}
收件人：{EMAIL}；{EMAIL}
主题：关于报送{~date}数据共享清单的通知
退信原因：550 Mailbox not found (host {IP:pub})""",
"""堡垒机审计记录
操作员 {P}（工号{$nn}{$nn}） 登录IP {IP:lan} 目标主机 {IP:lan}
命令: mysql -e "select name,id_card from person where id_card='{ID:plain}'"
时间 {~date} {$hms}""",
"""Export job #{~order} finished.
Records: {~cnt}. First row: {P}|{ID:plain}|{MOB:plain}|{ADDR}
Operator: {EMAIL:gov} from {IP:gov}""",
"""公共数据开放申请
申请主体：{$org}（统一社会信用代码{USCC}）
联系人：{P}，手机{MOB}，邮箱{EMAIL}
申请数据集：企业登记信息（开放属性：受限开放）
依据：{~std}　开放利用协议编号：{~order}""",
"""接入设备清单
摄像机 IPC-{$nn}　{IP:lan}　固件{~ver}
门禁主机 AC-{$n}　{IP:lan}　固件{~ver}
运维联系人：{P} {MOB}""",
"""IPv6改造进度
单位：{$dept}　门户网站地址 {IP:v6}
DNS {IP:v6}　联系人 {P}，{TEL}""",
"""账号清理通知：以下离职人员账号将于{~date}停用：
<<3-5|{P}（{EMAIL:gov}，最后登录IP {IP:lan}）>>
如有疑问请联系运维组{TEL}。""",
]

T_NOTICE = [
"""关于印发《湖州市公共数据分类分级实施细则》的通知
{~doc}
各区县人民政府，市直各单位：
现将《实施细则》印发给你们，请结合实际认真贯彻执行。实施中遇到的问题，请及时反馈市大数据管理中心（联系人：{P}，电话：{TEL}，邮箱：{EMAIL:gov}）。
湖州市人民政府办公室　{~date}""",
"""会议纪要（第{$nn}期）
时间：{~date}　地点：市行政中心{$n}号楼{$nn}会议室
出席：{P}、{P}、{P}
会议议定：一、由{$dept}牵头，按照{~std}要求于{~date}前完成数据目录梳理；二、项目预算{~amt}，由市财政统筹。
联系人：{P}，{MOB}""",
"""招标公告
项目名称：湖州市{$dist}智慧社区建设项目
项目编号：{~order}　预算金额：{~amt}
采购人：{$dept}，联系人{P}，电话{TEL}
代理机构：{$org}，联系人{P}，电话{TEL}，邮箱{EMAIL}
投标截止：{~date}""",
"""中标结果公示
中标人：{$org}　统一社会信用代码：{USCC}
中标金额：{~amt}　项目负责人：{P}
公示期{~date}至{~date}，异议联系电话{TEL}。""",
"""通知
定于{~date}召开全市网络安全工作会议，请各单位分管领导参会，并于会前将参会回执发送至{EMAIL:gov}。
联系人：{P}，{TEL}；{P}，{MOB}。
附件：参会回执（文号{~doc}）""",
"""信息公开申请答复书 {~doc}
{P}：
本机关于{~date}收到您的政府信息公开申请（登记号{~order}）。经查……
您的通讯地址：{ADDR}，邮编{~post}。
联系电话：{TEL}""",
"""行政许可公示
<<3-6|{#}　{$org}　{USCC}　许可决定书{~doc}　{~date}>>""",
"""通报
{~date}，{$dept}工作人员在微信群误发含有{~cnt}市民信息的表格，表中包括{P}（{ID}，{MOB}）等人员。现予通报批评。""",
"""培训通知
时间：{~date} 14:30　地点：{ADDR}
参训人员请扫码报名，咨询{P} {MOB}。
会议号 {~order}　密码 {$nn}{$nn}""",
"""政务服务“好差评”差评整改反馈
评价人：{P}（{MOB}）　评价渠道：浙里办APP {~ver}
事项：不动产登记　办件号{~order}
整改情况：已回访，窗口人员{P}已作说明。""",
"""值班表
<<5-7|{~date}　带班领导 {P} {MOB}　值班员 {P} {TEL}>>
值班室电话：{TEL}　传真：{TEL}""",
"""公示
拟推荐{P}、{P}、{P}为2024年度“最美湖州人”候选人。公示期间如有异议，请向市文明办反映，电话{TEL}，邮箱{EMAIL:gov}，地址{ADDR}（邮编{~post}）。""",
]

T_CHAT = [
"""【工作群聊天记录】
{P}：{$town}那户的信息发我一下
{P}：户主{P}，{ID}，电话{MOB}，住{ADDR}
{P}：收到，车牌是{PLATE}吧？
{P}：对""",
"""短信：【湖州公积金】尊敬的{P}，您的公积金贷款{~date}应还{~amt}，贷款余额{FIN:loan}，请确保尾号{$nn}{$nn}的还款账户余额充足。咨询{~svc}。""",
"""钉钉消息 {$hm}
@{P} 麻烦把{P}的银行卡号再核一下，系统里是{CARD}，她说新卡是{CARD}。补贴文件{~doc}。""",
"""微信转发：
“寻人启事：{P@a}，{$sex@a}，{DOB@a}出生，身份证{ID@a}，患{HI}，于{~date}在{$poi}走失。有线索请联系{MOB}或{MOB}。”""",
"""短信模板审核
模板ID：{~order}
内容：您好{P}，您预约的{~date}婚姻登记已成功，请携带身份证（{ID}）准时到场。咨询{TEL}。""",
"""{P} {$hm}
刚才接到{MOB}打来的电话，说是{$bank}的，要我提供卡号{CARD}和验证码，我没给。帮我登记一下。""",
"""群通知：本周六社区志愿服务，联系人{P}（{MOB:dash}），集合地点{ADDR}，{$hm}准时到。""",
"""聊天记录截图文字：
对方：你的快递丢了，理赔需要你的身份证号和银行卡
我：身份证{ID}，卡号{CARD:sp}
对方：好的，快递单号{~exp}，赔偿{~amt}""",
"""{P}：王科，这个是申报人信息
姓名{P} 手机{MOB} 邮箱{EMAIL}
单位 {$org} 信用代码 {USCC}
{P}：好的收到""",
"""语音转写：喂你好，我叫{P}，我电话是{MOB}，我住在{ADDR}，我想问一下我{$rel}的低保，她身份证号是{ID}……""",
"""短信：【湖州交警】{PLATE}车主，您的车辆于{~date}在{$road}有违停记录，请于15日内处理，详询{~svc}。""",
"""短信：【{$hosp}】{P}您好，您的预约就诊号{~order}，就诊时间{~date}上午，请携带医保卡（{MRN:yb}）。""",
]

T_EMAIL = [
"""发件人：{P} <{EMAIL}>
收件人：{EMAIL:gov}
主题：补充材料（申请编号{~order}）
您好，附件是我的身份证（{ID}）和户口本扫描件，联系电话{MOB}。谢谢！""",
"""From: {EMAIL:gov}
To: {EMAIL}
Cc: {EMAIL}
Subject: RE: 数据核对结果（{~date}）
{P}同志：经核对，{P}（{ID}）的手机号应为{MOB}，原登记{MOB}有误，请更正。""",
"""From: "{P}" <{EMAIL}>
Sent: {~date} {$hm}
Subject: Passport renewal — appointment {~order}
Dear officer, my passport number is {PP} and my Mainland Travel Permit is {HKM}. Please call me at {MOB:86}.""",
"""邮件正文：
各位好，{$dept}本季度数据质量抽查发现以下问题记录：
<<3-5|{P}　身份证号{ID}　登记手机{MOB}　问题：地址缺失>>
请于{~date}前整改。{P}，{TEL}""",
"""自动回复：我已于{~date}起休假，急事请联系{P}（{MOB}，{EMAIL}）。""",
]

T_EDU = [
"""义务教育新生入学报名表
学生：{P@c}　性别：{$sex@c}　出生日期：{DOB@c}　身份证号：{ID@c}
户籍地址：{ADDR}
监护人：{P}（{$guard}）　电话：{MOB}　工作单位：{$org}
房产证号：{~prop}""",
"""学生资助申请
学生 {P@c}，身份证 {ID@c}，{$town}中学初二（{$n}）班
家庭情况：{$rel}患{HI}，家庭年收入{FIN:inc}
资助金发放卡号：{CARD}
班主任：{P}，{MOB}""",
"""校车接送名单
<<4-7|{#}　{P}　家长{P}　{MOB}　上车点{ADDR}>>
校车：{PLATE}　驾驶员：{P}　{MOB}""",
"""教师资格认定
申请人：{P}　证件号码：{ID}　手机：{MOB}　邮箱：{EMAIL}
体检结论：合格　学历证书编号：{~order}
确认点：{$dist}教育局，咨询电话{TEL}""",
"""学生健康档案
姓名：{P@c}　出生日期：{DOB@c}　身份证号：{ID@c}
既往病史：{HI}
过敏史：无
家长电话：{MOB}""",
"""高校毕业生报到登记
<<3-5|{P}　{ID}　{$org}　{MOB}　{EMAIL}>>
报到地点：{ADDR}""",
]

T_EMERG = [
"""防汛转移人员名单（{$town}）
<<4-7|{#}　{P}　{ID}　{ADDR:vil}　{MOB}　安置点：{$town}小学>>
联络员：{P} {MOB}""",
"""流调报告
病例：{P@a}，{$sex@a}，{$age}岁，身份证号{ID@a}，手机{MOB}
现住址：{ADDR}
诊断：{HI}
{~date}活动轨迹：{TRACE}
密接人员：{P}（{MOB}）、{P}（{MOB}）""",
"""安全生产事故快报
事故单位：{$org}（{USCC}）
时间：{~date} {$hm}　地点：{ADDR}
伤亡：1人受伤，伤者{P}（{ID}），{HI:inj}，送{$hosp}救治。
报告人：{P}　电话：{MOB}　值班电话：{TEL}""",
"""森林防火巡查记录
巡查员：{P}　手机：{MOB}
巡查路线：{TRACE}
发现问题：野外用火1处，当事人{P}（{ID}）已批评教育。""",
"""受灾群众救助登记
<<3-5|{P}　{ID}　{ADDR:vil}　{$bank}卡号{CARD}　救助{~amt}>>
审核人：{P}""",
"""重点区域来湖人员排查
姓名：{P}　证件：{ID}　手机：{MOB}
车牌：{PLATE}
行程：{TRACE}
落脚点：{ADDR}""",
]

T_MISC = [
"""信访事项受理告知书 {~doc}
信访人：{P}，身份证号码{ID}，住{ADDR}，电话{MOB}。
您反映的{$org}拖欠工程款问题，已转{$dept}办理。
信访件编号：{~wo}""",
"""来访登记
<<3-5|{~date}　{P}　{ID}　{MOB}　反映：征迁补偿　接待人{P}>>""",
"""网格员巡查日志
网格：{$town}第{$nn}网格　网格员：{P}（{MOB}）
{$hm} 走访独居老人{P}，住{ADDR}，患{HI}，状态良好。
{$hm} 发现{PLATE}车辆占用消防通道，已劝离。""",
"""土地承包经营权确权公示
<<4-7|{#}　{P}　{ID}　{ADDR:vil}　承包面积{$n}.{$nn}亩>>
公示期：{~date}至{~date}，异议请联系村委{TEL}。""",
"""农业补贴发放清单
<<3-6|{P}　{ID:plain}　{$bank}　{CARD:plain}　补贴{~amt}>>
制表：{P}　审核：{P}　日期：{~date}""",
"""人口普查入户登记（样表）
户主：{P@a}　身份证：{ID@a}　出生：{DOB@a}
户籍地：{ADDR}　现住地：{ADDR}
本户人数：{$n}人　普查小区代码：{~order}""",
"""自然资源执法巡查
违法用地当事人：{P}（{ID}），联系电话{MOB}
位置：{ADDR:vil}
面积：{$nn}0平方米　立案号：{~case}""",
"""公积金缴存证明
兹证明{P@a}（身份证号{ID@a}）自{~date}起在我中心缴存住房公积金，单位名称{$org}，月缴存额{FIN:inc}，当前账户余额{FIN:dep}。
湖州市住房公积金管理中心　{~date}""",
"""征迁补偿协议
被征收人：{P}，身份证号{ID}，电话{MOB}
被征收房屋：{ADDR}，{~prop}
补偿款：{~amt}，支付至被征收人{$bank}账户{CARD}。
协议编号：{~order}""",
"""殡葬改革宣传：如需咨询请拨打{~svc}或民政局座机{TEL}，地址{ADDR}，邮编{~post}。""",
"""献爱心捐款名单
<<4-8|{P}　{~amt:s}　{MOB}>>
捐款账号：{$bank}（对公）；收据编号{~inv}。""",
"""志愿者注册
姓名：{P}　身份证：{ID}　手机：{MOB}　邮箱：{EMAIL}
服务队：{$town}应急志愿服务队　证书编号：{~order}""",
"""退役士兵安置登记
姓名：{P@a}　身份证号：{ID@a}
出生日期：{DOB@a}　家庭住址：{ADDR}
联系方式：{MOB}　配偶：{P}　{MOB}""",
"""出国（境）证照代管登记
<<3-5|{P}　护照{PP}　港澳通行证{HKM}　交存日期{~date}>>
代管人：{P}　{TEL}""",
"""因公出国人员备案表
姓名：{P@a}　身份证：{ID@a}　出生日期：{DOB@a}
因公护照号：{PP}　往来港澳通行证：{HKM}
任务批件：{~doc}　出访日期：{~date}""",
"""外籍及港澳人员临时住宿登记
<<3-5|{P}　港澳通行证 {HKM}　入住 {~date}　房号 {$nn}{$n}　手机 {MOB:86}>>""",
"""跨境电商包裹查验
收件人：{P}　身份证号：{ID}　手机：{MOB}
收件地址：{ADDR}
运单号：{~exp}　申报价值：{~amt}""",
"""驾驶证/行驶证补领
申请人：{P}，{ID}
号牌号码：{PLATE}　号牌种类：小型汽车
邮寄地址：{ADDR}，{~post}，收件电话{MOB}
快递单号：{~exp}""",
"""车辆年检预约
<<3-6|{PLATE}　{P}　{MOB}　预约{~date}>>
检测站：{$dist}机动车检测站　电话{TEL}""",
"""新能源车充电桩报装
申请人：{P}　电话：{MOB}
车辆：{PLATE:ne}（{$car}）
安装地址：{ADDR}
工单号：{~wo}""",
"""婚育情况证明
{P@a}，身份证号{ID@a}，现住{ADDR}，与{P}（身份证号{ID}）于{~date}登记结婚，育有一子{P@c}（出生日期{DOB@c}）。""",
"""退休人员养老金调整确认
姓名 {P@o}　身份证 {ID@o}（原15位证号 {ID:15@o}）
调整前月养老金 {FIN:pen}　调整后月养老金 {FIN:pen}
发放银行 {$bank}　卡号 {CARD}""",
"""个人信用报告查询授权书
本人{P}（身份证号{ID}）授权{$bank}查询本人信用报告，用于贷款审批。
申请贷款金额：{FIN:loan}
授权人签字：{P}　日期：{~date}""",
"""银行协查回复
协查文号：{~doc}
账户名：{P}　证件号：{ID}
卡号：{CARD}　账户余额：{FIN:dep}
近三个月流入：{FIN:dep}
经办行：{$bank}{$dist}支行　电话{TEL}""",
"""数字证书（CA）申领
单位：{$org}　统一社会信用代码：{USCC}
经办人：{P}　身份证：{ID}　手机：{MOB}　邮箱：{EMAIL}
证书序列号：{~order}　版本：{~ver}""",
]

T_EN = [
"""Incident ticket {~wo}
Reporter: {P} ({EMAIL}) tel {MOB:86sp}
Affected host: {IP:lan} (gov-cloud), attacker {IP:pub}
Leaked sample: name={P}, id={ID:plain}, card={CARD:plain}
Status: contained at {$hms}, app {~ver}""",
"""CSV preview (first rows):
name,gender,birth,id_card,phone,address
<<3-5|{P@r{#}},{$sex@r{#}},{DOB:iso@r{#}},{ID:plain@r{#}},{MOB:plain},{ADDR}>>""",
"""{"name":"{P}","idCard":"{ID:plain}","mobile":"{MOB:plain}","email":"{EMAIL}","plate":"{PLATE}","clientIp":"{IP}","orderNo":"{~order}","amount":"{~amt}"}""",
"""ERROR 2024 ValidationFailed: field uscc="{~baduscc}" checksum mismatch; field idcard="{~badid}" checksum mismatch; retry with uscc={USCC}""",
"""Visitor log — Huzhou Big Data Center
<<3-5|{~date} {$hm}  {P}  HK/Macao permit {HKM}  host {P}  ext {TEL:x}>>""",
"""SMS gateway trace: to={MOB:86} tpl={~order} vars=[{P},{~date}] status=DELIVRD gw={IP:pub} ver={~ver}""",
"""Payment callback: payer={P} card={CARD} amount={~amt} trade_no={~order} notify_ip={IP:pub}""",
"""Hotel PMS export
guest,doc_type,doc_no,room,checkin
<<3-5|{P},PASSPORT,{PP},{$nn}{$n},{~date}>>
<<1-2|{P},HKMO_PERMIT,{HKM},{$nn}{$n},{~date}>>""",
"""audit: user={EMAIL:gov} action=download dataset=低保名册 rows={~cnt} ip={IP:lan} at {~date} {$hms}
sample: {P} {ID} {MOB}""",
"""Parking system: plate={PLATE} in={$hms} gate=2 owner={P} phone={MOB:plain} fee={~amt} invoice={~inv}""",
]

T_NEG = [
"""关于做好2024年度统计执法检查的通知
{~doc}
根据《统计法》和{~std}，现将有关事项通知如下：检查对象{~cnt}，检查时间{~date}至{~date}。
联系人：{P}，电话{TEL}；监督电话{~svc}。""",
"""财务报销单
报销人：{P}　事由：赴杭出差
车票{~amt:s}，住宿{~amt:s}，合计{~amt:s}
发票号码：{~inv}、{~inv}
审批：{P}""",
"""合同信息
合同编号：{~order}　签订日期：{~date}
甲方：{$dept}　乙方：{$org}（{USCC}）
合同金额：{~amt:l}　质保金：{~amt:m}
乙方联系人：{P}，{MOB}""",
"""软件更新说明
政务服务平台 {~ver} 发布于{~date}，修复问题{~cnt}。
前一版本 {~ver}；兼容网关 {~ver}。
技术支持：{P} {MOB}，热线{~svc}""",
"""快递签收记录
<<3-6|{~exp}　收件人{P}　{MOB}　{ADDR}>>""",
"""票据核对（系统退回）
以下号码校验失败，请核实：
流水号 {~badid}
档案编号 {~badid}
卡券编号 {~badcard}
登记回执号 {~baduscc}
经办人：{P}　电话：{TEL}""",
"""采购订单
订单号：{~order}　下单日期：{~date}
供应商：{$org}，统一社会信用代码{USCC}
金额：{~amt}　收货地址：{ADDR}（{~post}）
收货人：{P}　{MOB}""",
"""车辆保险单
被保险人：{P}　证件号码：{ID}
号牌号码：{PLATE}　车架号：{~vin}
保险费：{~amt}　保单号：{~order}""",
"""判决执行款到账通知
案号：{~case}
执行款{~amt}已于{~date}划入法院执行款专户，请申请人{P}携带身份证（{ID}）办理领款。""",
"""预算执行情况
<<4-6|{#}. {$dept}　年初预算{~amt}　已支出{~amt}　执行率{$nn}%>>
文号：{~doc}""",
"""对账单异常
交易流水 {~badcard}（校验不通过）
商户订单 {~order}
交易金额 {~amt}　交易时间 {~date}
持卡人 {P}，卡号 {CARD}""",
"""数据治理问题清单
1. 字段“证件号码”存在校验位错误记录，如{~badid}、{~badid}；
2. 字段“统一社会信用代码”存在错误值，如{~baduscc}；
3. 字段“银行卡号”存在非法值，如{~badcard:sp}。
正确示例：{ID}、{USCC}、{CARD}。""",
"""邮政编码对照：吴兴区{~post}，南浔区{~post}，德清县{~post}，长兴县{~post}，安吉县{~post}。咨询{~svc}。""",
"""法院公告
{P}：本院受理原告{P}诉你民间借贷纠纷一案（{~case}），现依法向你公告送达起诉状副本及开庭传票。自公告之日起经过30日即视为送达。开庭时间{~date}。""",
"""项目验收单
项目编号：{~order}　版本：{~ver}
合同金额：{~amt}　验收日期：{~date}
承建单位：{$org}（{USCC}）　项目经理：{P}　{MOB}
引用标准：{~std}""",
]


T_EXTRA = [
"""社会保障卡补换卡申请
申请人：{P@a}　社会保障号码：{ID@a}
原社保卡卡号：{SSC}　新卡卡号：{SSC}
金融账户：{$bank} {CARD}
联系电话：{MOB}　邮寄地址：{ADDR}　邮编：{~post}""",
"""参保人员信息变更
<<3-5|{P}　身份证{ID}　社保卡号{SSC}　新手机{MOB}>>
经办：{$dist}社保中心　{TEL}""",
"""医保报销材料清单
患者：{P@a}　医保卡号：{MRN:yb}　住院号：{MRN:zy}
病案号：{MRN:ba}　社保卡号：{SSC}
诊断：{HI}
申请报销金额：{~amt:m}　收款卡号：{CARD}""",
"""因私出入境证件统计（节选）
<<4-7|{P}　{ID}　普通护照{PP}　签发日期{~date}>>
统计口径：{~std}""",
"""旅行社出境游名单
团号：{~order}　目的地：新加坡　出团日期：{~date}
<<4-7|{#}　{P}　护照号{PP}　手机{MOB}>>
领队：{P}，{MOB}；旅行社电话{TEL}""",
"""赴港澳团队备案表
序号　姓名　出生日期　证件　身份证号
<<3-6|{#}　{P@r{#}}　{DOB@r{#}}　往来港澳通行证{HKM}　{ID@r{#}}>>
组团社：{$org}（{USCC}）""",
"""行政协助函
请协助查询以下人员出入境记录：{P}（护照{PP}、港澳通行证{HKM}）、{P}（护照{PP}）。
来函文号：{~doc}　联系人{P}　{TEL}""",
"""核酸采样点工作人员登记
<<3-5|{P}　{ID:fw}　{MOB:fw}　{$town}采样点>>""",
"""手写表格录入（全角）
姓名：{P}　身份证：{ID:fw}　电话：{MOB:fw}　银行卡：{CARD:fw}
车牌：{PLATE}　地址：{ADDR}""",
"""轨迹核查结果
核查对象：{P}（{ID}），手机号{MOB}
通信大数据行程卡显示：{TRACE}
核查人：{P}　时间：{~date}""",
"""外卖骑手交通违法记录
骑手 {P}，身份证{ID}，平台账号{MOB}
{~date}行驶轨迹：{TRACE}
违法行为：闯红灯，罚款{~amt:s}""",
"""护照遗失补发声明
本人{P}，出生日期{DOB}，护照号码{PP}，于{~date}在{$poi}遗失，特此声明作废。联系电话：{MOB}""",
"""港澳台居民/通行证办证预约
<<3-5|预约号{~order}　{P}　{ID}　通行证{HKM}　{MOB}>>""",
"""出生日期核对
{P@a}的户籍登记出生日期为{DOB@a}，身份证号{ID@a}与之一致；
{P@b}的户籍登记出生日期为{DOB@b}，身份证号{ID@b}与之一致。
核对依据：{~std}""",
"""数据比对差异报告
<<3-6|记录{#}：源系统证件号{ID}　目标系统证件号{~badid}（校验位错误）>>
银行卡字段异常值：{~badcard}；信用代码字段异常值：{~baduscc}
比对任务号：{~wo}""",
"""营业执照信息录入（OCR结果）
名称：{$org}
统一社会信用代码：{USCC}
OCR误识别候选：{~baduscc}（校验不通过，已丢弃）
登记机关：湖州市市场监督管理局　成立日期：{~date}""",
"""银行卡绑定失败记录
<<3-5|{~date} {$hms}　用户{P}　输入卡号{~badcard}　原因：卡号校验失败>>
成功绑定：{P}　{CARD}""",
"""身份核验日志
{~date:iso} {$hms} verify name={P} id={~badid} result=INVALID_CHECKSUM ip={IP}
{~date:iso} {$hms} verify name={P} id={ID:plain} result=PASS ip={IP}""",
"""门诊挂号单
病历号：{MRN:bl}　姓名：{P}　科室：神经内科
就诊时间：{~date} {$hm}　诊室{$n}　序号{$nn}
挂号费：{~amt:s}""",
"""精神卫生中心住院登记
患者：{P@a}（{ID@a}）　住院号：{MRN:zy}
入院诊断：{HI}
监护人：{P}，{$rel}，{MOB}，住{ADDR}""",
"""一户一档（低收入农户）
户主：{P@o}　出生日期：{DOB@o}　身份证：{ID@o}
住址：{ADDR:vil}　电话：{MOB}
家庭年收入：{FIN:inc}　银行存款：{FIN:lowdep}
健康状况：{HI}
帮扶干部：{P}　{MOB}""",
"""企业联络员名单
<<4-7|{$org}　{USCC}　{P}　{MOB}　{TEL:x}　{EMAIL}>>""",
"""车辆通行证审批
<<3-6|{PLATE}　{P}　{MOB}　通行区域：{$dist}　有效期至{~date}>>
审批文号：{~doc}""",
"""人员密切接触核查表
<<3-5|{P}　{ID}　{MOB}　{ADDR}>>
共同暴露轨迹：{TRACE}""",
"""机关事业单位人员信息
姓名：{P@a}　出生年月：{DOB:ym@a}　身份证号：{ID@a}
工作单位：{$dept}　办公电话：{TEL:x}　手机：{MOB}　邮箱：{EMAIL:gov}
工资卡：{$bank} {CARD}""",
"""境外来湖人员登记
姓名：{P}　护照号码：{PP}　入境日期：{~date}
航班：MU{$nn}{$nn}　入境口岸：上海浦东
境内住址：{ADDR}　联系电话：{MOB:86}""",
]


# ---------------------------------------------------------------------------------------------
# templates — traditional script (values drawn from the traditional pools)
# ---------------------------------------------------------------------------------------------
T_TRAD = [
"""接處警登記表
接警時間：{~date} {$hm}　接警單號：{~wo}
報警人：{P@a}，身份證號{ID@a}，聯繫電話{MOB}
報警人住址：{ADDR}
簡要警情：報警人稱其停放的{$car}（號牌{PLATE}）被刮蹭，肇事車輛號牌{PLATE}。""",
"""最低生活保障申請審批表
申請人：{P@a}　性別：{$sex@a}　出生年月：{DOB:ym@a}
身份證號：{ID@a}
家庭住址：{ADDR}　聯繫電話：{MOB}
申請理由：本人患{HI}，喪失勞動能力，家庭月收入{FIN:low}。
低保金發放賬戶：{$bank}，卡號{CARD}
審批文號：{~doc}""",
"""出院小結
姓名：{P@a}　出生日期：{DOB@a}　住院號：{MRN:zy}
身份證號：{ID@a}　醫保卡號：{MRN:yb}
出院診斷：{HI}；{HI}
家屬：{P}（{$rel}），聯繫電話{MOB}
出院日期：{~date}　住院總費用{~amt}""",
"""12345熱線工單 {~wo}
來電號碼：{MOB}　來電人：{P}
訴求內容：反映{ADDR}附近夜間施工噪音擾民。
承辦單位：{$dept}""",
"""個體工商戶設立登記
經營者：{P@a}　身份證號：{ID@a}
統一社會信用代碼：{USCC:ind}
經營場所：{ADDR}
聯繫電話：{MOB}　核准日期：{~date}""",
"""民事起訴狀
原告：{P}，住{ADDR}，公民身份號碼{ID}，聯繫電話{MOB}。
被告：{P}，住{ADDR}，公民身份號碼{ID}。
訴訟請求：判令被告償還借款{~amt}。
案號：{~case}""",
"""出入境證件受理單
申請人：{P@a}　出生日期：{DOB@a}
身份證號：{ID@a}
護照號碼：{PP}
往來港澳通行證號碼：{HKM}
聯繫電話：{MOB:86}　受理編號：{~wo}""",
"""公共租賃住房申請表
申請人：{P@a}　身份證：{ID@a}
家庭人均月收入：{FIN:inc}　住房公積金賬戶餘額：{FIN:dep}
現居住地址：{ADDR}　聯繫電話：{MOB}
受理編號：{~wo}""",
"""會議紀要
時間：{~date}　地點：市行政中心{$n}號樓會議室
出席：{P}、{P}、{P}
議定：由{$dept}牽頭，按照{~std}要求完成數據目錄梳理，項目預算{~amt}。
聯繫人：{P}，{TEL}""",
"""流調報告
病例：{P@a}，身份證號{ID@a}，手機{MOB}
現住址：{ADDR}
診斷：{HI}
活動軌跡：{TRACE}
密接人員：{P}（{MOB}）""",
"""企業基本信息
企業名稱：{$org}
統一社會信用代碼：{USCC}
法定代表人：{P}　聯繫電話：{TEL}
財務負責人：{P}　手機：{MOB}　郵箱：{EMAIL}
住所：{ADDR}　郵編：{~post}""",
"""寄件人：{P} <{EMAIL}>
收件人：{EMAIL:gov}
主旨：補充材料（申請編號{~order}）
您好，附件為本人身份證（{ID}）掃描件，聯繫電話{MOB}，銀行卡號{CARD}。""",
"""車輛查控回饋
布控車輛：{PLATE}，車主{P}，身份證{ID}。
卡口抓拍軌跡：{TRACE}
同行車輛號牌{PLATE}。""",
"""家庭醫生簽約服務協議
居民：{P@a}　身份證號：{ID@a}　出生日期：{DOB@a}
住址：{ADDR}　電話：{MOB}
慢病類別：{HI}
服務電話：{TEL}　簽約編號：{~wo}""",
"""勞動仲裁申請書
申請人：{P}，身份證號{ID}，住{ADDR}，電話{MOB}。
被申請人：{$org}，統一社會信用代碼{USCC}，法定代表人{P}，電話{TEL}。
仲裁請求：支付拖欠工資{~amt}。""",
"""高齡津貼發放名冊
<<3-5|{#}　{P}　{ID}　{ADDR:vil}　{$bank} {CARD}>>
合計{~cnt}，發放標準每人每月{~amt}。""",
"""安全告警通報
{~date} {$hms}，態勢感知平台發現源地址{IP:pub}對政務雲主機{IP:lan}發起攻擊，載荷中含手機號{MOB:plain}與身份證號{ID:plain}。
系統版本{~ver}。聯繫人{P}，{MOB}""",
"""房屋租賃合同備案
出租人：{P}，身份證號碼{ID}，電話{MOB}
承租人：{P}，護照號碼{PP}，電話{MOB}
房屋坐落：{ADDR}
不動產權證號：{~prop}""",
"""工作群聊天記錄
{P}：那戶的信息發我一下
{P}：戶主{P}，{ID}，電話{MOB}，住{ADDR}
{P}：車牌是{PLATE}吧？""",
"""行政處罰決定書 {~case}
當事人：{$org}
統一社會信用代碼：{USCC}
法定代表人：{P}
經查，違法所得{~amt}，決定罰款{~amt}。聯繫人：{P}，電話{MOB}""",
"""住房公積金提取審批
職工姓名：{P@a}　身份證號：{ID@a}
賬戶餘額：{FIN:dep}
房屋地址：{ADDR}
收款銀行卡：{CARD}（{$bank}）
審批日期：{~date}""",
"""外籍及港澳人員住宿登記
<<2-4|{P}　港澳通行證 {HKM}　入住 {~date}　手機 {MOB:86}>>
<<1-2|{P}　護照 {PP}　入住 {~date}>>""",
"""數據治理問題清單
1. 證件號碼存在校驗位錯誤記錄，如{~badid}；
2. 統一社會信用代碼存在錯誤值，如{~baduscc}；
3. 銀行卡號存在非法值，如{~badcard}。
正確示例：{ID}、{USCC}、{CARD}。""",
"""網格員巡查日誌
網格員：{P}（{MOB}）
{$hm} 走訪獨居老人{P}，住{ADDR}，患{HI}。
{$hm} 發現{PLATE}車輛佔用消防通道，已勸離。""",
"""服務器資產登記
<<3-5|{#}　{IP:lan}　{~ver}　責任人{P}　{MOB}>>
運維郵箱：{EMAIL:gov}""",
"""退休人員養老金調整確認
姓名 {P}　身份證 {ID}
調整後月養老金 {FIN:pen}
發放銀行 {$bank}　卡號 {CARD}
聯繫電話 {TEL:x}""",
"""法院公告
{P}：本院受理原告{P}訴你民間借貸糾紛一案（{~case}），現依法向你公告送達起訴狀副本及開庭傳票。開庭時間{~date}。""",
]


# ---------------------------------------------------------------------------------------------
# generation, validation, output
# ---------------------------------------------------------------------------------------------
def all_templates():
    simp = (T_POLICE + T_CIVIL + T_HR + T_HEALTH + T_HOUSING + T_TRANSPORT + T_TAX_MARKET + T_COURT + T_HOTLINE
            + T_IT + T_NOTICE + T_CHAT + T_EMAIL + T_EDU + T_EMERG + T_MISC + T_EN + T_NEG + T_EXTRA)
    out = [(False, t) for t in simp]
    # spread the traditional templates evenly through the list
    step = max(1, len(out) // len(T_TRAD))
    for k, t in enumerate(T_TRAD):
        out.insert(min(len(out), k * (step + 1) + step // 2), (True, t))
    return out


TEMPLATES = None


def generate(n=N_DOCS, seed=SEED):
    templates = all_templates()
    docs = []
    for i in range(n):
        trad, tpl = templates[i % len(templates)]
        rng = random.Random(f"{seed}-{i}")
        text, ents, negs = render(tpl, rng, trad)
        docs.append({"id": f"heldout24-{i:05d}", "text": text, "entities": ents, "negatives": negs,
                     "source": SOURCE, "_trad": trad})
    return docs


def _entity_types():
    import yaml
    return set(yaml.safe_load(ENTITIES_YAML.read_text(encoding="utf-8"))["entities"])


def validate(docs):
    types = _entity_types()
    problems = []
    for d in docs:
        text = d["text"]
        spans = []
        for e in d["entities"]:
            if e["type"] not in types:
                problems.append((d["id"], "unknown type", e["type"]))
            val = text[e["start"]:e["end"]]
            if not val or val != val.strip():
                problems.append((d["id"], "bad span", e))
            spans.append((e["start"], e["end"], e["type"]))
            v = _norm(val)
            raw = re.sub(r"[\s\-·]", "", v).upper()
            if e["type"] == "CN_RESIDENT_ID":
                if len(raw) == 18 and not _id_ok(raw):
                    problems.append((d["id"], "bad id check", val))
                if len(raw) not in (15, 18):
                    problems.append((d["id"], "id length", val))
            elif e["type"] == "BANK_CARD":
                if not (raw.isdigit() and 16 <= len(raw) <= 19 and _luhn_ok(raw)):
                    problems.append((d["id"], "bad luhn", val))
            elif e["type"] == "CN_USCC":
                if not _uscc_ok(raw) or _org_check(raw[8:16]) != raw[16]:
                    problems.append((d["id"], "bad uscc", val))
            elif e["type"] == "CN_MOBILE":
                m = re.sub(r"^\(?\+86\)?", "", raw)
                if not re.fullmatch(r"1[3-9]\d{9}", m):
                    problems.append((d["id"], "bad mobile", val))
            elif e["type"] == "IP_ADDRESS" and "." in v:
                if not all(0 <= int(x) <= 255 for x in v.split(".")) or len(v.split(".")) != 4:
                    problems.append((d["id"], "bad ip", val))
        for n in d["negatives"]:
            val = text[n["start"]:n["end"]]
            spans.append((n["start"], n["end"], "~" + n["kind"]))
            raw = re.sub(r"[\s\-]", "", _norm(val)).upper()
            if n["kind"] == "bad_check_id" and _id_ok(raw):
                problems.append((d["id"], "look-alike id passes", val))
            if n["kind"] == "bad_check_card" and _luhn_ok(raw):
                problems.append((d["id"], "look-alike card passes", val))
            if n["kind"] == "bad_check_uscc" and _uscc_ok(raw):
                problems.append((d["id"], "look-alike uscc passes", val))
            if raw.isdigit() and ((16 <= len(raw) <= 19 and _luhn_ok(raw)) or _id_ok(raw)):
                problems.append((d["id"], "digit negative passes a check", val))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                problems.append((d["id"], "overlap", a, b))
    return problems


def main():
    docs = generate()
    again = generate()
    assert json.dumps(docs, ensure_ascii=False) == json.dumps(again, ensure_ascii=False), "not deterministic"
    problems = validate(docs)
    if problems:
        for p in problems[:40]:
            print("PROBLEM", p)
        raise SystemExit(f"{len(problems)} validation problems")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for d in docs:
            rec = {k: d[k] for k in ("id", "text", "entities", "negatives", "source")}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert len(back) == N_DOCS and [b["id"] for b in back] == [d["id"] for d in docs]
    assert not validate(back)
    ents = Counter(e["type"] for b in back for e in b["entities"])
    negs = Counter(n["kind"] for b in back for n in b["negatives"])
    structured = {"CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS", "IP_ADDRESS",
                  "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "CN_SOCIAL_SECURITY", "CN_MEDICAL_RECORD"}
    templates = all_templates()
    print(f"documents: {len(back)}  templates: {len(templates)} (traditional {sum(t for t, _ in templates)})  "
          f"traditional documents: {sum(d['_trad'] for d in docs)}")
    print("entities per type:")
    for t, c in sorted(ents.items(), key=lambda x: -x[1]):
        print(f"  {t:20s} {c}")
    print(f"  total {sum(ents.values())}; structured identifiers {sum(c for t, c in ents.items() if t in structured)}")
    print("negatives per kind:")
    for k, c in sorted(negs.items(), key=lambda x: -x[1]):
        print(f"  {k:20s} {c}")
    print(f"  total {sum(negs.values())}")
    print(f"written {OUT}")


if __name__ == "__main__":
    main()
