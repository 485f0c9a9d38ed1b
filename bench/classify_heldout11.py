"""Eleventh held-out family for the Chinese personal-information detector, written blind.

The author read only the entity list, the standards notes, the city's plan, the corpus README's
header and conventions, and the check-digit functions of ``bench/classify_values.py``; the
templates and value pools below are new and were never run through the detector. Texts are what
moves between a Huzhou city's departments: intake forms, case notes, hotline work orders,
notices with hard negatives, certificates, police/traffic/court/tax/social-insurance/medical
records, school and housing files, logistics, bank and payroll exports, CSV/TSV/bar rows, JSON,
key=value and English-mixed logs, SMS and chat; about a tenth in Traditional script.

Templates use ``«slot»`` placeholders; ``«slot#k»`` repeats one value inside a document and
``«?a|b|c»`` picks unlabeled text. Each slot's generator returns the surface text and its label:
an entity type, ``~kind`` for a hard negative, or None.

    python -m bench.classify_heldout11      # writes tests/classify/data/heldout11_generated.jsonl
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Callable

from bench.classify_values import USCC_AL, W_ORG, W_USCC, fullwidth, id_check, luhn_digit

SEED = 11_20_2025
N_DOCS = 2000
FAMILY = "heldout11"
OUT = Path(__file__).resolve().parent.parent / "tests/classify/data/heldout11_generated.jsonl"
ENTITIES_YAML = Path("/work/shared/design/entities.yaml")

# ----------------------------------------------------------------------------- pools (own)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方邹孟熊秦邱江薛段雷侯史陶贺顾毛龚邵钱严戴莫孔汤费钮闵倪施凌嵇臧茅柏莘郁")
COMPOUND_SURNAMES = ["司徒", "皇甫", "慕容", "端木", "公孙", "夏侯", "尉迟", "闻人", "南宫"]
GIVEN_CHARS = list("建国华明伟芳丽敏静强磊军洋勇艳杰娟涛超霞平刚桂英秀兰玉梅海燕雪晨宇浩然欣怡梓涵睿博文轩思远佳琪嘉诗雨泽昊天晓东志斌红林波辉鹏飞婷倩颖琳慧峰坤鑫凯俊亮健彬淑珍凤荣根福宝金水玲萍清新永春秋亚丹家子一若依梦可馨沐辰逸锦航奕蕾露薇菁骏阳钧铭澄")

HZ_DIVISIONS = [
    ("湖州市", "吴兴区", ["爱山街道", "月河街道", "朝阳街道", "飞英街道", "龙泉街道", "织里镇", "八里店镇", "妙西镇"]),
    ("湖州市", "南浔区", ["南浔镇", "练市镇", "双林镇", "菱湖镇", "和孚镇", "旧馆街道"]),
    ("湖州市", "德清县", ["武康街道", "新市镇", "乾元镇", "洛舍镇", "禹越镇"]),
    ("湖州市", "长兴县", ["雉城街道", "太湖街道", "泗安镇", "和平镇", "李家巷镇", "夹浦镇"]),
    ("湖州市", "安吉县", ["递铺街道", "孝丰镇", "天荒坪镇", "梅溪镇", "鄣吴镇"]),
]
ZJ_OTHER = [
    ("杭州市", "西湖区", ["留下街道", "转塘街道"]),
    ("杭州市", "余杭区", ["仁和街道", "良渚街道"]),
    ("嘉兴市", "桐乡市", ["乌镇镇", "濮院镇"]),
    ("绍兴市", "柯桥区", ["柯岩街道", "钱清街道"]),
    ("宁波市", "鄞州区", ["钟公庙街道", "下应街道"]),
    ("金华市", "义乌市", ["稠城街道", "佛堂镇"]),
]
OUTSIDE = [
    ("江苏省", "苏州市", "吴江区", ["松陵街道", "震泽镇"]),
    ("安徽省", "宣城市", "广德市", ["桃州镇", "新杭镇"]),
    ("江西省", "上饶市", "玉山县", ["冰溪街道", "四股桥乡"]),
    ("河南省", "周口市", "沈丘县", ["槐店回族镇", "纸店镇"]),
    ("四川省", "南充市", "营山县", ["朗池镇", "绿水镇"]),
    ("湖南省", "邵阳市", "新邵县", ["酿溪镇", "寸石镇"]),
]
ROADS = ["青铜路", "凤凰路", "仁皇山路", "苕溪西路", "红丰路", "金盖山路", "龙溪北路", "太湖路", "吉山南路",
         "明珠路", "画溪大道", "昌硕路", "浦源大道", "天目路", "衣裳街", "东街", "劳动路", "湖织大道", "英溪北路", "胜利西路"]
ESTATES = ["碧水苑", "金色家园", "月河小区", "仁皇府", "滨湖花园", "桂语江南", "凤凰一村", "骆驼桥小区", "阳光翡丽湾",
           "梧桐院", "湖东新村", "锦绣嘉园", "东白鱼潭小区", "龙溪花苑", "清源名苑", "太湖明珠苑"]
VILLAGES = ["施家桥村", "西山漾村", "金村", "蔡家港村", "龙山村", "庙前村", "芦溪村", "高家墩村", "塘北村", "杨溇村", "石淙村", "五星村"]

# Simplified → Traditional for every character of the pools and fillers that differs.
_S2T_PAIRS = ("吴吳 兴興 区區 县縣 镇鎮 长長 乡鄉 号號 单單 栋棟 园園 凤鳳 龙龍 浔潯 练練 双雙 阳陽 锦錦 绣繡 桥橋 湾灣 庙廟 "
              "苏蘇 门門 东東 画畫 丰豐 红紅 铜銅 盖蓋 滨濱 华華 广廣 语語 骆駱 驼駝 钱錢 绍紹 义義 乌烏 饶饒 泽澤 组組 织織 "
              "馆館 递遞 铺鋪 转轉 钟鐘 应應 旧舊 夹夾 硕碩 丽麗 芦蘆 层層 楼樓 车車 医醫 伟偉 军軍 艳艷 杰傑 涛濤 刚剛 兰蘭 "
              "晓曉 辉輝 鹏鵬 飞飛 颖穎 凯凱 荣榮 宝寶 亚亞 梦夢 诗詩 轩軒 远遠 张張 刘劉 陈陳 杨楊 黄黃 赵趙 孙孫 马馬 罗羅 "
              "郑鄭 谢謝 许許 韩韓 冯馮 邓鄧 蒋蔣 叶葉 吕呂 谭譚 陆陸 贾賈 韦韋 邹鄒 顾顧 龚龔 严嚴 汤湯 费費 钮鈕 闵閔 迟遲 "
              "闻聞 宫宮 静靜 强強 娟娟 霞霞 燕燕 雪雪 晨晨 欣欣 浩浩 嘉嘉 雨雨 鑫鑫 骏駿 钧鈞 铭銘 录錄 泗泗 渚渚 纸紙 槐槐 "
              "回回 邵邵 营營 绿綠 酿釀 乐樂 后後 团團 台臺 庆慶 汇匯 岭嶺 贺賀 卢盧 萧蕭 涧澗 荡蕩 围圍 "
              "经經 济濟 术術 开開 发發 税稅 务務 万萬 币幣 师師 范範 学學 疗療 卫衛 会會 资資 场場 监監 预預 积積 数數 "
              "据據 队隊 妇婦 办辦 处處 调調 遗遺 脑腦 维維 结結 状狀 动動 脉脈 样樣 脏臟 类類 风風 湿濕 关關 节節 独獨 "
              "谱譜 碍礙 级級 残殘 尔爾 统統 疮瘡 恶惡 肿腫 总總 装裝 达達 游遊 诊診 达達 经經 离離 胜勝 铁鐵 图圖 "
              "厅廳 议議 厂廠 艺藝 设設 电電 执執 终終 财財 种種 证證 划劃 爱愛 云雲 韵韻 绫綾 绢絹 丝絲 压壓 继繼 体體 书書 报報 国國 劳勞 鱼魚")
S2T = {p[0]: p[1] for p in _S2T_PAIRS.split()}


def to_trad(s: str) -> str:
    return "".join(S2T.get(c, c) for c in s)


REGION_CODES = ["330502", "330503", "330521", "330522", "330523", "330102", "330106", "330110", "330205", "330304",
                "330402", "330483", "330602", "330782", "320509", "341882", "361123", "411624", "511322", "430522",
                "310118", "110105", "440306", "420111", "370211", "350206"]
MOBILE_PREFIXES = ["133", "135", "136", "137", "138", "139", "147", "150", "151", "152", "155", "157", "158", "159",
                   "166", "173", "176", "177", "180", "181", "182", "183", "185", "187", "188", "189", "191", "193", "195", "198", "199"]
AREA_CODES = [("0572", 7), ("0572", 7), ("0572", 7), ("0571", 8), ("0573", 8), ("0574", 8), ("0575", 8),
              ("0579", 8), ("021", 8), ("010", 8), ("025", 8), ("0512", 8), ("0563", 7), ("0551", 8)]
CARD_BINS = [("622202", 19), ("621226", 19), ("622848", 19), ("621700", 19), ("436742", 16), ("621661", 19),
             ("622262", 19), ("622588", 16), ("621483", 16), ("622908", 18), ("623058", 19), ("625965", 16),
             ("628288", 19), ("622678", 18), ("621081", 19), ("620522", 19), ("524047", 16), ("622309", 17)]
EMAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com", "yeah.net",
                 "139.com", "aliyun.com", "sohu.com", "huzhou.gov.cn", "wuxing.gov.cn", "zjhu.edu.cn", "hzmc.edu.cn",
                 "hzyfzx.cn", "hzbank.com.cn", "mail.hz-logi.cn"]
PINYIN = ["wang", "li", "zhang", "chen", "shen", "yao", "qian", "fei", "niu", "min", "ling", "xu", "zhou", "wu",
          "jianguo", "xiaoli", "haiyan", "jiahao", "zimo", "yinuo", "lanlan", "huahua", "pengfei", "tingting"]
PLATE_PROVINCES = "浙浙浙浙浙沪苏皖赣京粤鲁闽"
PLATE_LETTERS = "ABCDEFGHJKLMNPQR"
PLATE_ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
PASSPORT_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

HEALTH = ["2型糖尿病", "高血压病3级", "慢性阻塞性肺疾病", "乳腺癌术后", "脑梗死后遗症", "尿毒症（维持性血透）", "抑郁症",
          "精神分裂症", "继发性肺结核", "慢性乙型病毒性肝炎", "冠状动脉粥样硬化性心脏病", "类风湿关节炎", "先天性心脏病",
          "急性髓系白血病", "孤独症谱系障碍", "二级肢体残疾", "阿尔茨海默病", "帕金森病", "系统性红斑狼疮", "胃恶性肿瘤"]
TRACE_STOPS = ["湖州站", "杭州东站", "上海虹桥站", "德清站", "长兴站", "安吉站", "南浔古镇", "爱山广场", "湖州汽车总站",
               "织里童装城", "太湖龙之梦乐园", "吴兴万达广场", "苏州北站", "宣城站", "莫干山景区游客中心", "市中心医院门诊楼"]
ORGS = ["湖州市吴兴区人民法院", "湖州市人力资源和社会保障局", "南浔区练市镇人民政府", "湖州师范学院", "湖州市中心医院",
        "长兴县公安局交通警察大队", "德清县市场监督管理局", "安吉县疾病预防控制中心", "湖州市住房公积金管理中心",
        "吴兴区爱山街道社区卫生服务中心", "湖州市大数据管理中心", "南浔区税务局", "湖州市公安局出入境管理支队",
        "德清县禹越镇人民政府", "长兴县妇幼保健院", "安吉县递铺街道办事处"]
FIRMS = ["湖州织里云帆童装有限公司", "长兴县雉城华盛五金厂", "浙江安吉竹韵家居有限公司", "湖州云帆物流有限公司",
         "湖州太湖明珠酒店管理有限公司", "德清县新市镇阿强面馆", "南浔双林绫绢工艺品厂", "湖州丰瑞建设工程有限公司",
         "浙江湖丝数字科技有限公司", "长兴夹浦蓄电池配件有限公司", "安吉白茶合作社", "湖州吴兴鑫达汽车维修中心"]
PLACES = ["南太湖新区", "太湖旅游度假区", "南浔古镇", "莫干山风景名胜区", "湖州高铁新城", "爱山广场", "飞英公园",
          "下渚湖湿地", "弁山森林公园", "长兴经济技术开发区", "安吉竹博园", "织里童装城"]
ROOMS = ["市民中心3号楼205会议室", "行政服务中心一楼12号窗口", "区政府大楼7楼第一会议室", "市行政中心2号楼1108室",
         "人力社保局二楼社保服务大厅", "出入境接待大厅5号窗口", "市图书馆一楼报告厅", "政务服务中心B区21号窗口"]
ROADS_NEG = ["二环东路与凤凰路交叉口", "申苏浙皖高速湖州段K105+300处", "104国道长兴段", "青铜路红丰路口", "318国道安吉段",
             "杭长高速德清出口", "湖织大道东向西方向", "龙溪北路人民路口"]
DOC_PREFIXES = ["湖政办发", "湖政发", "湖人社发", "吴政办发", "浔政发", "德政办发", "长政发", "安政办发", "湖卫健发",
                "湖公通", "湖数据发", "浙政办发", "湖财社", "湖医保发"]
HOTLINES = ["12345", "12315", "12333", "96345", "12366", "12328", "95588", "95566", "400-826-5530", "400-096-1234", "12393", "110", "120"]


# ----------------------------------------------------------------------------- value makers


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1938, 2016), rng.randint(1, 12), rng.randint(1, 28)


def resident_id17(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    return f"{rng.choice(REGION_CODES)}{y:04d}{m:02d}{d:02d}{rng.randint(1, 999):03d}"


def resident_id(rng: random.Random) -> str:
    body = resident_id17(rng)
    return body + id_check(body)


def bad_resident_id(rng: random.Random) -> str:
    body = resident_id17(rng)
    return body + rng.choice([c for c in "0123456789X" if c != id_check(body)])


def legacy_id15(rng: random.Random) -> str:
    y, m, d = rng.randint(1940, 1984), rng.randint(1, 12), rng.randint(1, 28)
    return f"{rng.choice(REGION_CODES)}{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 999):03d}"


def card_number(rng: random.Random) -> str:
    bin_, length = rng.choice(CARD_BINS)
    partial = bin_ + _digits(rng, length - len(bin_) - 1)
    return partial + luhn_digit(partial)


def bad_card_number(rng: random.Random) -> str:
    good = card_number(rng)
    return good[:-1] + rng.choice([d for d in "0123456789" if d != good[-1]])


def _org_code(rng: random.Random) -> str:
    org = "".join(rng.choice("0123456789" if i < 4 else "0123456789ABCDEFGHJKLMNPQRTUWXY") for i in range(8))
    c = 11 - sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(org, W_ORG)) % 11
    return org + {10: "X", 11: "0"}.get(c, str(c))


def uscc_code(rng: random.Random, valid: bool = True) -> str:
    body = rng.choice(["91", "91", "91", "92", "93", "12", "52", "11", "31"]) + rng.choice(REGION_CODES) + _org_code(rng)
    check = USCC_AL[(31 - sum(USCC_AL.index(ch) * w for ch, w in zip(body, W_USCC)) % 31) % 31]
    if not valid:
        check = rng.choice([c for c in USCC_AL if c != check])
    return body + check


def mobile_digits(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 8)


def landline_parts(rng: random.Random) -> tuple[str, str]:
    area, n = rng.choice(AREA_CODES)
    return area, rng.choice("2345678") + _digits(rng, n - 1)


def ipv4(rng: random.Random) -> str:
    first = rng.choice([10, 172, 192, 59, 60, 115, 122, 183, 218, 223, 36, 112])
    if first == 192:
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["240e", "2409", "2408", "2001:db8", "fe80", "2400:3200"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(8 - head.count(":") - 1)]
    style = rng.random()
    if style < 0.35:  # fully written, leading zeros kept
        return ":".join([head] + [g.zfill(4) for g in groups])
    if style < 0.8:  # compressed middle
        return f"{head}:{groups[0]}:{groups[1]}::{groups[-1]}"
    return f"{head}::{groups[-1]}"


def passport_number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.45:
        return "E" + _digits(rng, 8)
    if kind < 0.85:
        return "E" + rng.choice(PASSPORT_LETTERS) + _digits(rng, 7)
    return "G" + _digits(rng, 8)


def hk_permit_number(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "C" + _digits(rng, 8)
    return "C" + rng.choice(PASSPORT_LETTERS) + _digits(rng, 7)


def plate_number(rng: random.Random) -> tuple[str, str]:
    """Returns (prefix, tail): province + city letter, and the five or six characters after."""
    prov = rng.choice(PLATE_PROVINCES)
    city = "E" if prov == "浙" and rng.random() < 0.6 else rng.choice(PLATE_LETTERS)
    if rng.random() < 0.2:  # new-energy: D/F then five
        return prov + city, rng.choice("DF") + rng.choice("0123456789ABCDEFGHJK") + _digits(rng, 4)
    tail = [rng.choice("0123456789") for _ in range(5)]
    for pos in rng.sample(range(5), rng.choice([0, 1, 1, 2])):
        tail[pos] = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return prov + city, "".join(tail)


def person_name(rng: random.Random) -> str:
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.05 else rng.choice(SURNAMES)
    given = "".join(rng.choice(GIVEN_CHARS) for _ in range(1 if rng.random() < 0.28 else 2))
    return surname + given


def _house(rng: random.Random) -> str:
    road = rng.choice(ROADS) + f"{rng.randint(1, 1288)}号"
    finish = rng.random()
    if finish < 0.45:
        return road + f"{rng.choice(ESTATES)}{rng.randint(1, 36)}幢{rng.randint(1, 4)}单元{rng.randint(1, 28)}0{rng.randint(1, 6)}室"
    if finish < 0.65:
        return f"{rng.choice(ESTATES)}{rng.randint(1, 36)}栋{rng.randint(1, 28)}0{rng.randint(1, 6)}室"
    if finish < 0.8:
        return road + f"{rng.randint(1, 9)}0{rng.randint(1, 6)}室"
    return road


def address(rng: random.Random, top: str) -> str:
    """top: province | city | district | village | outside — the largest division written."""
    if top == "outside":
        prov, city, dist, towns = rng.choice(OUTSIDE)
        tail = (f"{rng.choice(towns)}{rng.choice(['新华', '人民', '建设', '解放'])}路{rng.randint(1, 300)}号"
                if rng.random() < 0.6 else f"{rng.choice(towns)}{rng.choice(['红星', '前进', '胜利', '和平'])}村{rng.randint(1, 12)}组")
        return prov + city + dist + tail
    city, dist, towns = rng.choice(HZ_DIVISIONS if rng.random() < 0.75 else ZJ_OTHER)
    town = rng.choice(towns)
    if top == "village":
        v = f"{rng.choice(VILLAGES)}{rng.randint(1, 15)}组"
        if rng.random() < 0.5:
            v += f"{rng.randint(1, 120)}号"
        return (city if rng.random() < 0.3 else "") + dist + town + v
    body = (town if rng.random() < 0.5 else "") + _house(rng)
    if top == "province":
        return "浙江省" + city + dist + body
    if top == "city":
        return city + dist + body
    return dist + body


def division(rng: random.Random) -> str:
    city, dist, towns = rng.choice(HZ_DIVISIONS)
    form = rng.random()
    if form < 0.3:
        return "浙江省" + city + dist
    if form < 0.7:
        return city + dist + rng.choice(towns)
    return dist + rng.choice(towns)


def birth_date_text(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    return rng.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}/{m}/{d}", f"{y}{m:02d}{d:02d}"])


def amount(rng: random.Random) -> str:
    v = rng.randint(100, 900000) / rng.choice([1, 1, 100])
    return rng.choice([f"{v:,.2f}元", f"¥{v:,.0f}", f"{v / 10000:.1f}万元", f"{int(v)}元", f"人民币{int(v)}元"])


def trace(rng: random.Random) -> str:
    stops = rng.sample(TRACE_STOPS, rng.randint(2, 4))
    style = rng.random()
    if style < 0.4:
        return "→".join(stops)
    parts = []
    hh = rng.randint(6, 12)
    for s in stops:
        parts.append(f"{hh:02d}:{rng.randint(0, 59):02d}{rng.choice(['到达', '途经', '离开'])}{s}")
        hh += rng.randint(1, 3)
    return "，".join(parts)


def medical_record(rng: random.Random) -> str:
    return rng.choice([f"ZY{_digits(rng, 8)}", f"MZ{rng.randint(2019, 2025)}{_digits(rng, 6)}", _digits(rng, 10),
                       f"BL{rng.randint(2020, 2025)}-{_digits(rng, 6)}", f"H{_digits(rng, 9)}"])


def docno(rng: random.Random) -> str:
    return f"{rng.choice(DOC_PREFIXES)}〔{rng.randint(2016, 2025)}〕{rng.randint(1, 160)}号"


def case_no(rng: random.Random) -> str:
    kind = rng.choice(["民初", "民终", "刑初", "执", "行初", "执保", "民特"])
    court = rng.choice(["0502", "0503", "0521", "0522", "0523", "05"])
    o, c = rng.choice([("（", "）"), ("(", ")")])
    return f"{o}{rng.randint(2019, 2025)}{c}浙{court}{kind}{rng.randint(1, 9999)}号"


# ----------------------------------------------------------------------------- slots


def _mob_styles(rng: random.Random, style: str) -> str:
    d = mobile_digits(rng)
    sp = f"{d[:3]} {d[3:7]} {d[7:]}"
    if style == "plain":
        return d
    if style == "86":
        return rng.choice([f"+86 {d}", f"+86{d}", f"+86-{d}", f"+86 {sp}", f"(+86){d}", f"86-{d}"])
    if style == "dash":
        return f"{d[:3]}-{d[3:7]}-{d[7:]}"
    if style == "sp":
        return sp
    return fullwidth(d)


def _tel_styles(rng: random.Random, style: str) -> str:
    area, local = landline_parts(rng)
    if style == "hz":
        area, local = "0572", rng.choice("2345678") + _digits(rng, 6)
    if style == "paren":
        return rng.choice([f"({area}){local}", f"（{area}）{local}", f"({area}) {local}"])
    if style == "86":
        return f"+86-{area[1:]}-{local}"
    return rng.choice([f"{area}-{local}", f"{area}-{local}", f"{area} {local}", f"{area}{local}"])


def _id_styles(rng: random.Random, style: str) -> str:
    v = resident_id(rng)
    if style == "sp":
        return rng.choice([f"{v[:6]} {v[6:14]} {v[14:]}", f"{v[:6]}-{v[6:14]}-{v[14:]}", f"{v[:6]} {v[6:10]} {v[10:14]} {v[14:]}"])
    if style == "fw":
        return fullwidth(v)
    if style == "lx":
        while not v.endswith("X"):
            v = resident_id(rng)
        return v[:-1] + "x"
    return v


def _card_styles(rng: random.Random, style: str) -> str:
    v = card_number(rng)
    if style == "sp":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if style == "dash":
        return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def _email(rng: random.Random) -> str:
    local = rng.choice([
        lambda: rng.choice(PINYIN) + str(rng.randint(1, 2024)),
        lambda: rng.choice(PINYIN) + "." + rng.choice(PINYIN),
        lambda: rng.choice(PINYIN) + "_" + _digits(rng, 2),
        lambda: _digits(rng, rng.randint(6, 10)),
        lambda: rng.choice(PINYIN)[0] + rng.choice(PINYIN) + _digits(rng, 3),
    ])()
    v = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
    return v.upper() if rng.random() < 0.04 else v


def _plate_styles(rng: random.Random, style: str) -> str:
    head, tail = plate_number(rng)
    if style == "dot":
        return f"{head}·{tail}"
    if style == "sp":
        return f"{head} {tail}"
    return head + tail


def _ss_value(rng: random.Random) -> str:
    return resident_id(rng) if rng.random() < 0.6 else rng.choice("ABDFH") + _digits(rng, 8)


def _fin(rng: random.Random) -> str:
    v = rng.randint(800, 2_000_000) / 100
    return rng.choice([f"{v:,.2f}元", f"{v / 10000:.2f}万元", f"{int(v)}元"])


def _order(rng: random.Random) -> str:
    return rng.choice([f"DD{rng.randint(2023, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_digits(rng, 7)}",
                       f"HZ{_digits(rng, 12)}", "2" + _digits(rng, 18), f"{rng.randint(2023, 2025)}{_digits(rng, 14)}",
                       f"WX{_digits(rng, 10)}"])


def _tracking(rng: random.Random) -> str:
    return rng.choice([f"SF{_digits(rng, 13)}", f"YT{_digits(rng, 13)}", f"JT{_digits(rng, 13)}", "75" + _digits(rng, 12),
                       f"JDX0{_digits(rng, 11)}", "9" + _digits(rng, 12)])


def _invoice(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), f"{rng.randint(23, 25)}33{_digits(rng, 16)}", f"0{_digits(rng, 11)}"])


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{m}月{d}日", f"{y}.{m}.{d}"])


def _time(rng: random.Random) -> str:
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice([f"{h:02d}:{mi:02d}", f"{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}", f"{h}时{mi}分"])


def _number(rng: random.Random) -> str:
    return rng.choice([f"No.{_digits(rng, 7)}", f"HZ-{_digits(rng, 4)}", f"{rng.randint(2023, 2025)}{_digits(rng, 4)}-{rng.randint(1, 20):02d}",
                       f"A{_digits(rng, 5)}", _digits(rng, 6), f"第{rng.randint(1, 999)}号"])


def _version(rng: random.Random) -> str:
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 30)}", f"V{rng.randint(1, 6)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-build{_digits(rng, 4)}",
                       f"{rng.randint(2, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(100, 9999)}"])


def _version4(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(1, 250)}"


def _postcode(rng: random.Random) -> str:
    return rng.choice(["313000", "313100", "313200", "313300", "313009", "313199", "310012", "314500", "242200"])


SlotFn = Callable[[random.Random], tuple[str, str | None]]


def _L(label: str | None, fn: Callable[[random.Random], str]) -> SlotFn:
    return lambda rng: (fn(rng), label)


SLOTS: dict[str, SlotFn] = {
    # structured identifiers
    "id": _L("CN_RESIDENT_ID", lambda r: _id_styles(r, "plain")),
    "id_sp": _L("CN_RESIDENT_ID", lambda r: _id_styles(r, "sp")),
    "id_fw": _L("CN_RESIDENT_ID", lambda r: _id_styles(r, "fw")),
    "id_lx": _L("CN_RESIDENT_ID", lambda r: _id_styles(r, "lx")),
    "id15": _L("CN_RESIDENT_ID", legacy_id15),
    "mob": _L("CN_MOBILE", lambda r: _mob_styles(r, "plain")),
    "mob86": _L("CN_MOBILE", lambda r: _mob_styles(r, "86")),
    "mob_dash": _L("CN_MOBILE", lambda r: _mob_styles(r, "dash")),
    "mob_sp": _L("CN_MOBILE", lambda r: _mob_styles(r, "sp")),
    "mob_fw": _L("CN_MOBILE", lambda r: _mob_styles(r, "fw")),
    "tel": _L("CN_LANDLINE", lambda r: _tel_styles(r, "plain")),
    "tel_hz": _L("CN_LANDLINE", lambda r: _tel_styles(r, "hz")),
    "tel_paren": _L("CN_LANDLINE", lambda r: _tel_styles(r, "paren")),
    "tel_86": _L("CN_LANDLINE", lambda r: _tel_styles(r, "86")),
    "uscc": _L("CN_USCC", uscc_code),
    "uscc_lc": _L("CN_USCC", lambda r: uscc_code(r).lower()),
    "card": _L("BANK_CARD", lambda r: _card_styles(r, "plain")),
    "card_sp": _L("BANK_CARD", lambda r: _card_styles(r, "sp")),
    "card_dash": _L("BANK_CARD", lambda r: _card_styles(r, "dash")),
    "email": _L("EMAIL_ADDRESS", _email),
    "ip4": _L("IP_ADDRESS", ipv4),
    "ip6": _L("IP_ADDRESS", ipv6),
    "pp": _L("CN_PASSPORT", passport_number),
    "hk": _L("CN_HK_MACAO_PERMIT", hk_permit_number),
    "plate": _L("CN_LICENSE_PLATE", lambda r: _plate_styles(r, "plain")),
    "plate_dot": _L("CN_LICENSE_PLATE", lambda r: _plate_styles(r, "dot")),
    "plate_sp": _L("CN_LICENSE_PLATE", lambda r: _plate_styles(r, "sp")),
    "ss": _L("CN_SOCIAL_SECURITY", _ss_value),
    "mr": _L("CN_MEDICAL_RECORD", medical_record),
    # people and places
    "name": _L("PERSON", person_name),
    "name_t": _L("PERSON", lambda r: to_trad(person_name(r))),
    "addr": _L("CN_ADDRESS", lambda r: address(r, "province")),
    "addr_c": _L("CN_ADDRESS", lambda r: address(r, "city")),
    "addr_d": _L("CN_ADDRESS", lambda r: address(r, "district")),
    "addr_v": _L("CN_ADDRESS", lambda r: address(r, "village")),
    "addr_o": _L("CN_ADDRESS", lambda r: address(r, "outside")),
    "addr_t": _L("CN_ADDRESS", lambda r: to_trad(address(r, r.choice(["province", "city", "district", "village"])))),
    "div": _L("CN_ADDRESS", division),
    "div_t": _L("CN_ADDRESS", lambda r: to_trad(division(r))),
    # sensitive attributes (templates put them only after a word that says what they are)
    "dob": _L("DATE_OF_BIRTH", birth_date_text),
    "health": _L("HEALTH_INFO", lambda r: r.choice(HEALTH)),
    "health_t": _L("HEALTH_INFO", lambda r: to_trad(r.choice(HEALTH))),
    "fin": _L("FINANCIAL_INFO", _fin),
    "trace": _L("LOCATION_TRACE", trace),
    "trace_t": _L("LOCATION_TRACE", lambda r: to_trad(trace(r))),
    # hard negatives
    "docno": _L("~docno", docno),
    "docno_t": _L("~docno", lambda r: to_trad(docno(r))),
    "case": _L("~case", case_no),
    "court": _L("~room", lambda r: r.choice(["第三审判庭", "第一法庭", "第五审判庭", "织里人民法庭"])),
    "case_t": _L("~case", lambda r: to_trad(case_no(r))),
    "order": _L("~order", _order),
    "track": _L("~tracking", _tracking),
    "inv": _L("~invoice", _invoice),
    "amt": _L("~amount", amount),
    "date": _L("~date", _date),
    "time": _L("~time", _time),
    "post": _L("~postcode", _postcode),
    "num": _L("~number", _number),
    "ver": _L("~version", _version),
    "ver4": _L("~version", _version4),
    "hotline": _L("~hotline", lambda r: r.choice(HOTLINES)),
    "tail": _L("~card_tail", lambda r: _digits(r, 4)),
    "bad_id": _L("~bad_id", bad_resident_id),
    "bad_card": _L("~bad_card", bad_card_number),
    "bad_uscc": _L("~bad_uscc", lambda r: uscc_code(r, valid=False)),
    "org": _L("~org", lambda r: r.choice(ORGS)),
    "org_t": _L("~org", lambda r: to_trad(r.choice(ORGS))),
    "firm": _L("~org", lambda r: r.choice(FIRMS)),
    "firm_t": _L("~org", lambda r: to_trad(r.choice(FIRMS))),
    "place": _L("~place", lambda r: r.choice(PLACES)),
    "place_t": _L("~place", lambda r: to_trad(r.choice(PLACES))),
    "room": _L("~room", lambda r: r.choice(ROOMS)),
    "room_t": _L("~room", lambda r: to_trad(r.choice(ROOMS))),
    "road": _L("~road", lambda r: r.choice(ROADS_NEG)),
    # unlabeled fillers
    "n": _L(None, lambda r: str(r.randint(1, 99))),
    "age": _L(None, lambda r: str(r.randint(3, 92))),
    "sex": _L(None, lambda r: r.choice("男女")),
}


# ----------------------------------------------------------------------------- templates
# Simplified first, then Traditional (about a tenth). Bare divisions («div») only after 户籍地,
# 家住, 迁出地 and the like; sensitive attributes only after a word that names them.

TEMPLATES_SIMPLIFIED: list[str] = [
    # intake forms and registration records
    "居民信息登记表\n姓名：«name»  性别：«sex»  出生日期：«dob»\n公民身份号码：«id»\n联系电话：«mob»\n户籍地：«div»\n现住址：«addr_c»\n登记日期：«date»",
    "申请人«name»，«sex»，«age»岁，身份证号«id»，住«addr_d»，联系方式«mob_dash»。申请事项：最低生活保障。",
    "姓名:«name» 证件号码:«id_sp» 手机:«mob_sp» 邮箱:«email» 通讯地址:«addr» 邮编:«post»",
    "来访人员登记：«name»（身份证«id»），«time»到访«room»，事由：咨询公积金提取，陪同人«name»，电话«mob»。",
    "新生儿入户申请：父亲«name»，身份证号码«id»；母亲«name»，身份证号码«id_lx»；家庭住址«addr_c»；承办人«name»，受理编号«num»。",
    "流动人口居住登记  登记人：«name» 身份号码：«id» 原籍：«addr_o» 现居住地：«addr_d» 房东：«name» 房东电话：«mob»",
    "【个人信息变更】原手机号«mob»变更为«mob86»，变更人«name»，证件号«id»，办理渠道：浙里办，办理时间«date» «time»",
    "退役军人信息采集：姓名«name»；身份证号«id»；家住«div»；详细地址«addr_d»；联系电话«mob»/«tel_hz»；银行卡号«card»（开户行：湖州银行）。",
    "养老服务补贴申请表 申请人«name» 年龄«age» 身份证«id_fw» 居住地址«addr_v» 代理人«name» 代理人手机«mob_fw» 补贴标准每月«amt»",
    "Applicant: «name»  ID No.: «id»  Passport: «pp»  Tel: «mob86»  E-mail: «email»  Address: «addr_c»",
    "酒店入住登记 姓名«name» 证件类型：身份证 证件号«id» 房号«num» 同住人«name» 证件号«id» 入住«date»",
    "境外停留登记：«name»，护照号«pp»，签证有效期至«date»，住宿地址«addr_d»，接待单位«org»。",
    "人才公寓申请 申请人«name»，身份证«id»，工作单位«firm»，单位信用代码«uscc»，手机«mob»。",
    "燃气开户：用户«name»，证件«id»，用气地址«addr_c»，联系电话«tel_paren»，户号«num»",
    "招聘报名表 姓名«name» 出生年月«dob» 毕业院校«?湖州师范学院|湖州职业技术学院|浙江工业大学|湖州学院» 邮箱«email» 手机«mob»",
    "计生服务：育龄妇女«name»，出生日期«dob»，丈夫«name»，现住址«addr_v»，联系电话«mob»。",
    # case and visit notes
    "走访记录：«date»上午，网格员«name»入户走访«addr_d»，户主«name»（身份证号«id»）反映其母亲患«health»，长期卧床，联系电话«mob»。",
    "困难家庭核查：户主«name»，家庭成员«?3|4|5»人，户籍地«div»，家庭年收入«fin»，存款余额«fin»，名下车辆«plate»一辆。核查人：«name»、«name»。",
    "信访事项受理告知书\n«name»：你于«date»提出的信访事项（编号«num»）已受理。通讯地址：«addr»，联系电话：«tel»。",
    "矛盾纠纷调解记录 当事人甲：«name»，住«addr_d»，电话«mob»；当事人乙：«name»，住«addr_d»，电话«mob_dash»。调解地点：«room»。",
    "社区矫正对象«name»（身份证号码：«id»）于«date»报到，居住地«addr_c»，监管民警«name»，警务电话«tel_hz»。",
    "入户排查发现：«addr_c»出租房内居住人员«?3|4»名，其中«name»身份证«id»、«name»身份证«id»未办理居住登记，已告知房东«name»（«mob»）。",
    "低保年审：户主«name»，身份证«id»，家庭人均月收入«fin»，银行存款«fin»，患病情况：«health»，入户核查人«name»。",
    "特困人员供养：«name»，«age»岁，现住«addr_v»，患«health»，监护人«name»，电话«mob»，供养金打卡«card»。",
    "残疾人证核发：持证人«name»，身份证号«id»，残疾类别及等级：«health»，住址«addr_c»，联系人«name» «mob_sp»。",
    "流调报告：病例«name»，«sex»，«age»岁，身份证号«id»，现住«addr_d»。发病前14天活动轨迹：«trace»。密接者«name»（«mob»）。",
    "户口迁移证：姓名«name»，迁出地«div»，迁往地址«addr_o»，迁移原因投靠亲属，承办人«name»。",
    "法律援助申请：申请人«name»，身份证«id»，住«addr_o»，月收入«fin»，案由劳动争议，关联案号«case»。",
    "农民工欠薪投诉：投诉人«name»（«id»），户籍地«addr_o»，被投诉单位«firm»，欠薪«amt»，联系电话«mob»。",
    "殡葬服务：逝者«name»，身份证号码«id»，死亡原因：«health»，经办人«name»（«mob»）。",
    "家访小结：«date»与班主任«name»一同到«addr_v»家访，学生家长«name»在家，电话«mob»，孩子诊断为«health»，需送教上门。",
    # hotline work orders
    "12345工单 工单号：«num» 来电号码：«mob» 来电人：«name» 诉求地址：«addr_d» 诉求内容：楼上漏水，物业不处理。承办单位：«org» 办结时限：«date»",
    "【热线转办】市民«name»来电（«mob86»）反映«road»路灯不亮，请«org»于«date»前核实处理。热线«hotline»。",
    "工单编号«order»|来电人«name»|号码«mob»|地址«addr_d»|类别:噪音扰民|状态:已派单",
    "市民王女士来电称其手机«mob»连续收到诈骗短信，对方冒充«org»工作人员，要求转账至«card»，请公安部门核查。受理坐席：«name»。",
    "来电人：«name»；联系电话：«tel_paren»；反映问题：«place»附近夜间施工噪音；回访电话«mob»；热线：«hotline»",
    "环境投诉：投诉人«name»，手机«mob»，反映«firm»夜间排污，位于«place»，处理单号«num»。",
    "电梯困人报修：«addr_c»，报修人«name»，电话«mob»，维保单位«firm»，到场时间«time»。",
    "出租车投诉：乘客«name»投诉车牌«plate_dot»司机绕路，发票号码«inv»，乘车时间«date» «time»。",
    "来电记录\t«date» «time»\t«mob»\t«name»\t咨询社保转移\t已答复\t坐席«name»",
    # notices and announcements (hard negatives)
    "关于印发《湖州市公共数据授权运营管理办法》的通知\n«docno»\n各县区人民政府，市府各部门：现印发给你们，请认真贯彻执行。咨询电话：«tel_hz»。\n湖州市人民政府办公室\n«date»",
    "公示：经审核，以下人员符合低保条件：«name»（第一网格）、«name»（第三网格）、«name»（第五网格）。公示期«date»至«date»，监督电话«tel_hz»，邮编«post»。",
    "招标公告：项目编号«num»，采购人«org»，联系人«name»，电话«tel»，邮箱«email»，预算金额«amt»，开标时间«date» «time»，地点«room»。",
    "行政处罚决定书 «docno»\n当事人：«firm»\n统一社会信用代码：«uscc»\n法定代表人：«name»\n经查，当事人未按规定公示年度报告，罚款«amt»。",
    "失信被执行人公告 «case» 被执行人«name»，身份证号«id»，执行标的«amt»，发布日期«date»。",
    "注意：本系统测试数据“«bad_id»”为校验位错误样例，请勿作为身份证号录入。系统版本«ver»。",
    "停电通知：因线路检修，«date» «time»至«time»，«road»周边停电，咨询电话«hotline»。",
    "本次培训地点：«room»；报到时间：«date» «time»；联系人：«name» «mob»；依据文件«docno»。",
    "会议通知\n兹定于«date»在«room»召开全市数据安全工作会议，请各单位分管领导参加，回执请于«date»前发送至«email»，联系人«name»，«tel_hz»。",
    "湖州市人民政府关于公布第一批行政规范性文件目录的通知（«docno»），自«date»起施行，联系电话«tel_hz»，邮政编码«post»。",
    "统计公报：全市常住人口«?341.2|342.9|344.1»万人，地区生产总值«amt»，同比增长«?5.8|6.2|4.9»%。发布单位«org»，«date»。",
    "审批系统升级公告：审批平台将于«date» «time»升级至«ver»，期间暂停服务，热线«hotline»。",
    "关于«place»交通管制的通告：«date»起，«road»实行单向通行，违者依法处理。咨询«hotline»。",
    "村务公开：«place»片区道路硬化工程，造价«amt»，施工单位«firm»，监督电话«tel_hz»，公示期«date»至«date»。",
    "征求意见公告：《湖州市数据安全管理办法（征求意见稿）》，意见请于«date»前发送至«email»或寄至«org»，邮编«post»。",
    "通报：«date» «time»，«org»网站遭受攻击，攻击源地址«ip4»、«ip6»，已封禁。事件编号«num»，文号«docno»。",
    "公告：«org»办公地点临时调整至«room»，对外服务电话«tel»，传真«tel»，邮编«post»。",
    # approvals and certificates
    "营业执照\n统一社会信用代码 «uscc»\n名称 «firm»\n类型 有限责任公司\n法定代表人 «name»\n注册资本 «amt»\n成立日期 «date»",
    "个体工商户登记：经营者«name»，身份证号«id»，统一社会信用代码«uscc»，经营场所«addr_d»，联系电话«mob»。",
    "不动产权证书 «num» 权利人：«name» 证件号码：«id» 坐落：«addr_c» 共有情况：单独所有",
    "结婚登记审查处理表 男方«name» 身份证«id» 女方«name» 身份证«id» 登记机关：吴兴区民政局婚姻登记处 登记日期«date»",
    "准予行政许可决定书 «docno»\n«firm»（统一社会信用代码：«uscc»）：你单位提出的食品经营许可申请符合法定条件，准予许可。许可证编号«num»。",
    "出生医学证明：新生儿母亲«name»，身份证件号码«id»，父亲«name»，身份证件号码«id»，出生地点«?湖州市中心医院|长兴县妇幼保健院|德清县人民医院»。",
    "食品经营许可证 «num» 经营者名称«firm» 社会信用代码«uscc» 法定代表人«name» 有效期至«date»",
    "信用修复申请：«firm»，统一社会信用代码：«uscc»，联系人«name»，联系电话«tel»，原处罚决定书文号«docno»。",
    "保安员证：«name»，证号«num»，身份证«id»，服务单位«firm»，发证日期«date»",
    "企业年报联络员备案：«name»，手机«mob»，邮箱«email»，企业«firm»（«uscc»）。",
    # police
    "询问笔录\n被询问人«name»，«sex»，出生日期«dob»，身份证号码«id»，户籍所在地«div»，现住«addr_d»，联系电话«mob»。",
    "警情：«time»报警人«name»（«mob»）称在«place»丢失钱包，内有身份证（号码«id»）及银行卡（尾号«tail»）。",
    "出入境：«name»申请港澳通行证签注，证件号«hk»，身份证号«id»，受理单位湖州市公安局出入境管理支队。",
    "护照遗失声明：本人«name»，护照号码«pp»，于«date»在上海浦东机场遗失，特此声明作废。",
    "Visitor log | name=«name» | passport=«pp» | hkmo_permit=«hk» | phone=«mob86» | checkin=«date»",
    "盘查记录：驾驶人«name»，身份证«id»，驾驶«plate»小型轿车，同车人员«name»（«id»），当日行驶轨迹：«trace»。",
    "临时身份证明：«name»，身份证号«id15»（第一代证），因证件过期办理临时证明，经办民警«name»。",
    "赴港澳团队名单\n序号 姓名 通行证号 手机\n1 «name» «hk» «mob»\n2 «name» «hk» «mob»\n3 «name» «hk» «mob»",
    "因公出国（境）审批：«name»，护照号«pp»，出访国家：德国，出访日期«date»，批件号«docno»。",
    "反诈预警：«name»（«id»）手机«mob»于«time»接听境外来电，疑向账户«card»转账，请辖区«org»上门劝阻。",
    # traffic
    "违法记录：号牌«plate»，违法时间«date» «time»，违法地点«road»，违法行为：闯红灯，当事人«name»，驾驶证号«id»，罚款«amt»。",
    "事故认定书 «num»\n甲车：«plate_dot»，驾驶人«name»，电话«mob»；乙车：«plate_dot»，驾驶人«name»，电话«mob»；地点：«road»。",
    "停车场出入记录\n序号,车牌号,入场时间,出场时间\n1,«plate»,«date» «time»,«time»\n2,«plate»,«date» «time»,«time»\n3,«plate»,«date» «time»,«time»",
    "ETC通行：车牌«plate_sp»，车主«name»，绑定卡号«card_sp»，通行费扣款«amt»。",
    "车辆年检预约 车牌号码:«plate» 车主:«name» 手机:«mob» 预约日期:«date»",
    "驾驶人«name»（驾驶证号«id»）记分周期内累计满分，请于«date»前到车管所参加学习，咨询«hotline»。",
    "网约车订单：乘客手机«mob_dash»，司机«name»，车牌«plate»，上车点«place»，下车点«addr_d»，订单号«order»。",
    "车主«name»（«id»）名下车辆：«plate»、«plate»、«plate_dot»",
    # court
    "民事起诉状\n原告：«name»，«sex»，身份证号码«id»，住«addr»，电话«mob»。\n被告：«firm»，统一社会信用代码«uscc»，法定代表人«name»。\n案号«case»",
    "送达回证 «case» 受送达人«name» 送达地址«addr_c» 送达人«name»、«name»",
    "执行通知书 «case»\n被执行人«name»（身份证号«id»）应于«date»前履行付款义务«amt»，其银行账户«card»已冻结。",
    "传票 «case» 被传唤人：«name» 开庭地点：«court» 时间：«date» «time»",
    # tax
    "纳税人识别号«uscc»，纳税人名称«firm»，办税人«name»，办税人身份证«id»，办税人手机«mob»，发票号码«inv»，开票金额«amt»。",
    "个人所得税汇算：纳税人«name»，证件号码«id»，年度收入额«fin»，退税账户«card»，联系电话«mob»。",
    "电子发票 发票号码：«inv» 开票日期：«date» 购买方：«firm» 纳税人识别号：«uscc» 销售方：«firm» 纳税人识别号：«uscc» 价税合计：«amt»",
    "税务登记信息校验失败：输入的信用代码«bad_uscc»校验位不符，请核对后重新提交。",
    # social insurance
    "参保登记 姓名：«name» 社会保障号码：«ss» 参保单位：«firm» 单位编号«num» 手机«mob»",
    "社保卡补办：«name»，社保卡号«ss»，身份证号«id»，邮寄地址«addr_c»，收件电话«mob»，快递单号«track»。",
    "失业保险金申领：申领人«name»，身份证«id»，社会保障卡号«ss»，发放银行卡«card»，户籍地«div»。",
    "医保参保信息 name:«name» 医保号:«mr» 身份证:«id» 参保地:湖州市本级 联系电话:«tel_hz»",
    "医保报销：参保人«name»，医保号«mr»，发生医疗费«amt»，诊断«health»，报销款已汇入«card»。",
    # medical and pharmacy
    "出院记录 患者«name»，«sex»，«age»岁，住院号«mr»，入院诊断：«health»，出院诊断：«health»。家属«name»，电话«mob»。",
    "门诊病历 病历号：«mr» 姓名：«name» 既往史：«health» 过敏史：青霉素过敏 主诉：头晕3天",
    "处方笺 «num» 患者：«name» 医保卡号：«mr» 临床诊断：«health» 药品：二甲双胍片 0.5g×60片 医师：«name» 药师：«name»",
    "药店购药登记（含麻黄碱类）：购药人«name»，身份证«id»，电话«mob»，购药时间«date» «time»。",
    "120调度：«time»接呼救电话«mob»，患者«name»，地址«addr_d»，主诉胸痛，既往史«health»。",
    "Patient «name» (MRN «mr») admitted «date», dx: «health»; contact «mob86», email «email».",
    "体检报告 姓名：«name» 体检编号：«num» 身份证：«id» 结论：«health»，建议专科随诊。",
    "疫苗接种登记 受种者«name» 出生日期«dob» 监护人«name» 电话«mob» 接种单位«?爱山街道社区卫生服务中心|练市镇卫生院|递铺街道社区卫生服务中心»",
    "【安吉县人民医院】«name»您好，您预约的«date» «time»门诊已成功，就诊卡号«mr»，请携带身份证按时就诊。",
    "请假条：本人«name»因«health»需住院治疗，自«date»起请假两周。病历号«mr»。",
    # school
    "新生入学报名表 学生姓名：«name» 出生日期：«dob» 身份证号：«id» 父亲：«name» «mob» 母亲：«name» «mob» 家庭住址：«addr_c»",
    "学籍号«num»，学生«name»，监护人手机«mob_sp»，现住址«addr_d»；残疾类别：«health»（随班就读）。",
    "班级通讯录\n序号\t姓名\t家长电话\t住址\n1\t«name»\t«mob»\t«addr_d»\n2\t«name»\t«mob»\t«addr_d»\n3\t«name»\t«mob»\t«addr_d»",
    "助学金发放名单：«name» 卡号«card» 金额«amt»；«name» 卡号«card» 金额«amt»。",
    # housing and property
    "物业费催缴：业主«name»，房号«addr_d»，欠费«amt»，请于«date»前缴纳。物业服务中心电话«tel_hz»。",
    "房屋租赁备案 出租人«name» 身份证«id» 承租人«name» 身份证«id» 房屋坐落«addr» 月租金«amt» 备案号«num»",
    "公积金提取 职工«name» 身份证号«id» 公积金账户余额«fin» 提取金额«amt» 收款卡号«card»",
    "征收安置协议 被征收人«name»，身份证«id»，被征收房屋位于«addr_v»，安置房位于«addr_d»，协议编号«num»。",
    "房产交易：卖方«name» 身份证«id» 买方«name» 身份证«id» 成交价«amt» 网签合同号«num»",
    "水费账单 户名：«name» 户号：«num» 用水地址：«addr_d» 本期水费«amt» 缴费截止«date»",
    # logistics
    "快递面单 运单号«track»\n寄件人«name» «mob» «addr_c»\n收件人«name» «mob» «addr»",
    "【驿站】«name»您好，运单«track»已到«place»菜鸟驿站，取件码«num»，咨询«hotline»。",
    "外卖配送：收货人«name» 电话«mob» 地址«addr_c» 订单«order» 送达时间«time»",
    "物流异常件登记,«date»,«track»,收件人«name»,«mob_dash»,«addr_d»,原因:地址不详",
    # bank and payroll
    "工资发放明细\n姓名,身份证号,银行卡号,实发\n«name»,«id»,«card»,«?4860.00|5230.50|7012.00»\n«name»,«id»,«card»,«?3980.00|6120.00»\n«name»,«id»,«card»,«?8800.00|4500.00»",
    "【湖州银行】您尾号«tail»的账户于«date» «time»支出«amt»，账户余额«fin»。",
    "转账回单 付款人«name» 付款账号«card_sp» 收款人«name» 收款账号«card» 金额«amt» 流水号«order»",
    "银行卡校验：输入卡号«bad_card»未通过校验，请重新输入。客服«hotline»。",
    "对公开户：单位名称«firm»，统一社会信用代码«uscc»，法定代表人«name»，身份证«id»，经办人«name»，手机«mob»。",
    "payroll batch=«num» emp=«name» idno=«id» acct=«card» status=OK",
    "信用卡申请：申请人«name»，单位«firm»，月收入«fin»，手机«mob»，邮箱«email»，住宅电话«tel»，现住址«addr»。",
    "贷款逾期提醒：«name»，您的贷款余额«fin»已逾期，请尽快归还至账户«card»。如有疑问致电«hotline»。",
    "银行对账 账号«card» 户名«name» 交易日期«date» 交易金额«amt» 余额«fin»",
    "支付宝转账备注：还«name»钱，卡号«card»，别转错了",
    # tables, JSON, logs
    "姓名|身份证号|手机号|地址\n«name»|«id»|«mob»|«addr_c»\n«name»|«id»|«mob»|«addr_d»",
    '{"name":"«name»","idCard":"«id»","mobile":"«mob»","email":"«email»","address":"«addr»"}',
    '{"event":"login","user":"«email»","ip":"«ip4»","ts":"«date» «time»","client":"«ver»"}',
    "2024-05-12 09:31:07 INFO  [auth] user=«email» login success from «ip4» (ua=zlb-app «ver»)",
    "WARN gateway: blocked request src=«ip6» dst=«ip4» rule=SQLi-03 reqid=«order»",
    "[audit] operator=«name» action=export table=t_resident rows=«n» client_ip=«ip4» fw=«ver4»",
    "sms_send to=«mob86» tpl=SMS_0381 status=DELIVERED msgid=«order»",
    "ERROR ocr: id card parse failed value=«bad_id» checksum mismatch, retry with «id»",
    "sync ok: person_id=«num» name=«name» cert_no=«id» phone=«mob» plate=«plate» source=ga_rk",
    "CSV export\nid,name,phone,landline,email\n«n»,«name»,«mob»,«tel»,«email»\n«n»,«name»,«mob»,«tel»,«email»",
    "Device registered, firmware «ver4», mgmt ip «ip4», ipv6 «ip6», owner «name» <«email»>",
    '«ip4» - - [12/May/2024:09:31:07 +0800] "GET /api/v1/resident?idcard=«id» HTTP/1.1" 200 512',
    "firewall deny tcp «ip4»:51234 -> «ip4»:3389 (policy 17)",
    "[«date» «time»] 坐席«name»查询了«name»的手机号«mob»和身份证«id»，查询IP «ip4»，审批单«num»。",
    "2024/05/12 10:02:11 [WARN] 异常登录 account=«mob» ip=«ip6» city=宣城 app=«ver»",
    "网站备案：网站负责人«name»，手机«mob»，邮箱«email»，服务器IP «ip4»，主体证件«uscc»。",
    "服务器资产台账\n主机名\tIPv4\tIPv6\t负责人\nweb-01\t«ip4»\t«ip6»\t«name»\ndb-02\t«ip4»\t«ip6»\t«name»",
    "DNS record gov-portal A «ip4» AAAA «ip6» TTL 600 updated by «email»",
    "客户信息(脱敏前) cust_name=«name»; cert=«id»; card_no=«card»; mobile=«mob»; addr=«addr»",
    "企业查询日志 query uscc=«uscc_lc» by «email» from «ip4»",
    "[ERROR] card luhn check failed: «bad_card»; accepted: «card»",
    "校验报告：«bad_uscc»（校验位错误）、«bad_id»（校验位错误）、«bad_card»（Luhn不通过）",
    "员工花名册\n工号,姓名,性别,身份证号,手机,邮箱\n«num»,«name»,«sex»,«id»,«mob»,«email»\n«num»,«name»,«sex»,«id»,«mob»,«email»",
    "考勤机日志 emp=«name» card_tail=«tail» in=«time» out=«time»",
    "数据共享申请 申请单位«org» 用途：低保资格核验 字段：姓名、身份证号 样例：«name»/«id» 审批文号«docno»",
    '{"plate":"«plate»","owner":"«name»","ownerIdNo":"«id»","ownerPhone":"«mob»","passTime":"«date» «time»"}',
    '[{"xm":"«name»","sfzh":"«id»","sjh":"«mob»"},{"xm":"«name»","sfzh":"«id»","sjh":"«mob»"}]',
    "kafka msg key=«order» value={uscc:«uscc», legal_person:«name», tel:«tel»} partition=3",
    # SMS and chat
    "【浙里办】尊敬的«name»，您的居住证已办结，请凭身份证«id»到«room»领取。退订回T",
    "王姐，我身份证号是«id»，手机«mob»，你帮我报一下名哈",
    "张科长：刚才那个当事人叫«name»，电话«mob_dash»，家在«addr_d»，明天上午去看一下",
    "群聊记录\n«name»：车牌«plate»是谁的车？挡住消防通道了\n«name»：我的我的，马上挪\n«name»：物业电话«tel_hz»",
    "微信：麻烦发我邮箱«email»，或者打我座机«tel»，分机8012",
    "你好，我是«org»的«name»，需要核实一下您的港澳通行证«hk»和护照«pp»，请回电«mob»",
    "收到，身份证«id_sp»，卡号«card_sp»，开户行湖州农商银行织里支行",
    "From: «name» <«email»>\nTo: «email»\nSubject: 补充材料\n附件为本人身份证（«id»）及银行卡（«card_sp»）扫描件，请查收。手机«mob»",
    "Dear «name», your HK/Macau permit «hk» expires on «date». Please renew at the exit-entry hall. Questions: «tel_hz»",
    "老师好，孩子«name»的身份证号«id»，家长手机«mob»，我们住«addr_d»",
    # glued, several per line, separators people type
    "联系人«name»手机«mob»座机«tel»邮箱«email»",
    "身份证«id»手机«mob»银行卡«card»",
    "«name»«mob»«addr_d»",
    "电话：«mob»；«mob»；«tel_paren»（办公）",
    "身份证号码：«id»/«id»（夫妻）",
    "tel:«mob»,«tel»  mail:«email»",
    "手机号码（必填）«mob» 备用号码«mob_dash» 固定电话«tel_86»",
    "ID：«id»  Mobile：«mob_fw»  Plate：«plate»",
    "IP白名单：«ip4»、«ip4»、«ip6»",
    "证件：护照«pp»/港澳通行证«hk»/身份证«id_fw»",
    "收款人«name»，帐号«card_dash»，手机«mob»，邮箱«email»",
    "报名信息：«name»，«id»，«mob»，«email»，«addr_c»",
    # more forms (addresses, travel documents, plates, credit codes, IPv6)
    "房屋出租登记：房东«name»将«addr_c»出租给«name»（护照号«pp»），租期一年，房东手机«mob»。",
    "出入境证件受理回执\n申请人：«name»\n证件种类：往来港澳通行证\n证件号码：«hk»\n原护照号码：«pp»\n联系电话：«mob»\n邮寄地址：«addr»",
    "旅行社游客名单\n姓名\t护照号\t手机\n«name»\t«pp»\t«mob»\n«name»\t«pp»\t«mob»\n«name»\t«pp»\t«mob»",
    "HKMO permit no: «hk»; passport no: «pp»; holder: «name»; mobile: «mob86»",
    "【湖州出入境】«name»您好，您的往来港澳通行证(«hk»)签注已制作完成，请到«room»领取。",
    "通行证号码«hk»，签注类型：团队旅游（T），有效期至«date»，持证人«name»，身份证«id»",
    "小区车辆登记表\n住址,业主,车牌,联系电话\n«addr_d»,«name»,«plate»,«mob»\n«addr_d»,«name»,«plate»,«mob»",
    "卡口过车记录 plate=«plate» time=«date» «time» site=«road» speed=«n»km/h",
    "违停抄告：«plate_sp»于«date»在«road»违法停车，车主«name»请接受处理。",
    "新能源车补贴申请：车主«name»，身份证«id»，车牌«plate»，补贴打款账户«card_sp»，联系地址«addr»。",
    "企业名录（导出）\n序号|企业名称|统一社会信用代码|法定代表人|联系电话\n1|«firm»|«uscc»|«name»|«tel»\n2|«firm»|«uscc»|«name»|«mob»\n3|«firm»|«uscc»|«name»|«tel»",
    "经营异常名录移出决定：«firm»（统一社会信用代码«uscc»）已通过登记的住所重新取得联系，决定移出。文号«docno»。",
    "tax_query nsrsbh=«uscc_lc» result=正常 operator=«name» ip=«ip4»",
    "VPN登录审计：用户«name»（工号«num»）于«date» «time»从«ip6»登录，分配地址«ip4»，客户端«ver»。",
    "用户报障：我家宽带IP是«ip4»，IPv6是«ip6»，打不开政务网，电话«mob»，地址«addr_c»。",
    "固话装机单：户主«name»，装机地址«addr_c»，号码«tel_hz»，证件«id»，装机日期«date»。",
    "紧急联系人：«name»（关系：配偶），电话«mob»；«name»（关系：儿子），电话«tel»。",
    "征收户花名册\n户主\t身份证\t被征收房屋地址\t联系电话\n«name»\t«id»\t«addr_v»\t«mob»\n«name»\t«id»\t«addr_v»\t«mob»",
    "居住证申领：申领人«name»，户籍地址«addr_o»，居住地址«addr_d»，居住登记日期«date»。",
    "人口普查登记表 户主«name» 户编号«num» 住址«addr» 本户人数«?2|3|4»人 普查员«name»",
    "物业报修单 报修人：«name» 报修地址：«addr_d» 联系方式：«mob» 报修内容：厨房水管漏水 工单«order»",
    "网格事件：«date»网格员«name»巡查发现«addr_c»楼道堆放杂物，已通知户主«name»清理。",
    "【湖州疾控】«name»，您已预约«date»接种，请携带身份证«id_sp»到接种门诊。",
    "家政服务合同 甲方«name» 住址«addr» 乙方«name» 身份证«id» 电话«mob»",
    "postfix: from=<«email»> to=<«email»> relay=«ip4» status=sent",
    "学生资助系统日志 op=«name» stu_id=«id» bank=«card» ip=«ip4» result=success",
    "律师函\n致«name»（住址：«addr»，身份证号：«id»）：受«firm»委托，就货款纠纷致函如下……\n律师电话«tel»，邮箱«email»。",
    "送达地址确认书 «case» 受送达人«name» 送达地址«addr» 手机«mob» 电子邮箱«email»",
    "收货地址：«addr_c»，收货人：«name»，电话：«mob_sp»",
    "经常居住地：«addr_o»；户籍地：«div»；联系人：«name»",
    "«name»，男，«age»岁，住«addr_v»，身份证号«id»，系本村村民。",
    "驾驶员信息\n姓名：«name»\n准驾车型：C1\n档案编号：«num»\n车辆号牌：«plate»、«plate_dot»\n联系地址：«addr_c»",
    "安置对象清册\n序号,户主,原住址,安置房地址\n1,«name»,«addr_v»,«addr_d»\n2,«name»,«addr_v»,«addr_d»\n3,«name»,«addr_v»,«addr_d»",
    "快递批量下单 收件人|电话|地址\n«name»|«mob»|«addr»\n«name»|«mob_dash»|«addr_c»\n«name»|«mob»|«addr_o»",
    "高龄津贴发放名单：«name»，住«addr_v»；«name»，住«addr_v»；«name»，住«addr_d»。发放日期«date»。",
    "行程核验：«name»（«mob»）自述近7日行程轨迹为«trace»，核验人«name»。",
    "居家隔离告知：«name»，身份证«id»，隔离地址«addr_c»，健康状况：«health»，社区联系电话«tel_hz»。",
    "出生证明补发：婴儿«name»，出生日期«dob»，母亲«name»，家庭住址«addr»。",
    "参保人员增员表\n姓名,社会保障号码,出生日期,手机\n«name»,«ss»,«dob»,«mob»\n«name»,«ss»,«dob»,«mob»",
    "选民登记册（第«n»选区）\n«name»\t«sex»\t«addr_v»\n«name»\t«sex»\t«addr_v»\n«name»\t«sex»\t«addr_c»\n«name»\t«sex»\t«addr_d»",
    "同户人员：户主«name»，住址«addr»；配偶«name»，住址同户主；长子«name»，现住«addr_o»。",
    "地址变更：旧地址«addr_c» → 新地址«addr_c»，申请人«name»，手机«mob»。",
    "对账差错：发票代码«inv»金额«amt»与订单«order»不符，快递«track»已退回，信用代码«bad_uscc»无效。",
]

TEMPLATES_TRADITIONAL: list[str] = [
    "居民資料登記表\n姓名：«name_t»  性別：«sex»\n身分證號：«id»\n手機：«mob»\n住址：«addr_t»\n登記日期：«date»",
    "申請人«name_t»，身份證號碼«id»，聯絡電話«mob_dash»，戶籍地«div_t»，現居住於«addr_t»。",
    "«docno_t»\n關於印發湖州市公共數據開放目錄的通知，聯絡人«name_t»，電話«tel_hz»，電子郵箱«email»。",
    "來電記錄：市民«name_t»（«mob86»）反映«place_t»附近夜間施工擾民，承辦單位«org_t»。",
    "出院小結 患者«name_t»，住院號«mr»，出院診斷：«health_t»，家屬電話«mob»。",
    "港澳通行證申請：申請人«name_t»，通行證號碼«hk»，護照號碼«pp»，身份證«id»。",
    "車主«name_t»，車牌«plate»，違章時間«date» «time»，聯絡電話«mob»，罰款«amt»。",
    "轉帳憑證 付款人«name_t» 帳號«card_sp» 收款人«name_t» 帳號«card» 金額«amt»",
    "會議通知：«date»在«room_t»召開數據安全會議，請回覆至«email»，聯絡人«name_t» «tel»。",
    "判決書 «case_t» 原告«name_t»，住«addr_t»；被告«firm_t»，統一社會信用代碼«uscc»。",
    "營業執照 統一社會信用代碼«uscc» 名稱«org_t» 法定代表人«name_t» 註冊資本«amt» 成立日期«date»",
    "行蹤軌跡：«trace_t»。流調人員«name_t»，電話«tel_hz»。",
    "系統日誌 用戶«email» 於«date» «time»自«ip4»登入，版本«ver»。",
    "學生«name_t»，出生日期«dob»，監護人«name_t»，手機«mob_sp»，家住«div_t»。",
    "存款證明：茲證明«name_t»（身份證號«id»）在本行存款餘額為«fin»。",
    "快遞單 運單號«track» 收件人«name_t» «mob» «addr_t»",
    "姓名|身份證號|手機\n«name_t»|«id»|«mob»\n«name_t»|«id»|«mob»",
    "社保卡號«ss»，持卡人«name_t»，聯絡地址«addr_t»。",
    "訪客«name_t»，證件類型：護照，證件號«pp»，入園時間«time»，登記終端IP «ip6»",
    "檢驗失敗：身份證號«bad_id»校驗碼錯誤；銀行卡«bad_card»未通過Luhn校驗；請重新輸入。",
    "【湖州銀行】尊敬的«name_t»，您尾號«tail»的銀行卡於«date»入帳«amt»，詳詢«hotline»。",
    "出入境證件受理回執 申請人：«name_t» 證件號碼：«hk» 護照號碼：«pp» 郵寄地址：«addr_t»",
    "車輛登記：車主«name_t»，車牌號碼«plate_dot»，住址«addr_t»，電話«tel_paren»。",
    "企業名錄 «firm_t» 統一社會信用代碼«uscc» 負責人«name_t» 電話«tel»",
    "網路日誌 使用者«name_t» 由«ip6»連線，備用位址«ip4»，郵件«email»。",
    "住戶名冊\n«name_t»\t«addr_t»\t«mob»\n«name_t»\t«addr_t»\t«tel»\n«name_t»\t«addr_t»\t«mob»",
]

TEMPLATES: list[str] = TEMPLATES_SIMPLIFIED + TEMPLATES_TRADITIONAL

_SLOT = re.compile(r"«([^»]+)»")


def render(template: str, rng: random.Random) -> tuple[str, list[dict], list[dict]]:
    """Fill a template; returns text, entity spans and negative spans."""
    out: list[str] = []
    entities: list[dict] = []
    negatives: list[dict] = []
    reused: dict[str, tuple[str, str | None]] = {}
    pos = 0
    length = 0
    for m in _SLOT.finditer(template):
        literal = template[pos:m.start()]
        out.append(literal)
        length += len(literal)
        spec = m.group(1)
        if spec.startswith("?"):
            value, label = rng.choice(spec[1:].split("|")), None
        else:
            name = spec.split("#")[0]
            if "#" in spec and spec in reused:
                value, label = reused[spec]
            else:
                value, label = SLOTS[name](rng)
                reused[spec] = (value, label)
        if label is not None:
            span = {"start": length, "end": length + len(value), "value": value}
            if label.startswith("~"):
                negatives.append({"kind": label[1:], **span})
            else:
                entities.append({"type": label, **span})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), entities, negatives


def generate() -> list[dict]:
    rng = random.Random(SEED)
    docs = []
    for i in range(N_DOCS):
        t = i % len(TEMPLATES)
        text, entities, negatives = render(TEMPLATES[t], rng)
        docs.append({"id": f"{FAMILY}-{i:05d}", "text": text, "entities": entities, "negatives": negatives,
                     "source": f"template:{FAMILY}:{t}"})
    return docs


# ----------------------------------------------------------------------------- validation

_ALNUM = re.compile(r"[0-9A-Za-z]")
_EMAIL_CH = re.compile(r"[0-9A-Za-z._%+-]")
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
STRUCTURED = ["CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS", "IP_ADDRESS",
              "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE"]


def _halfwidth(s: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "！" <= c <= "～" else c for c in s)


def _valid_date(yyyymmdd: str) -> bool:
    y, m, d = int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:])
    return 1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= d <= 31


def id_ok(v: str) -> bool:
    s = re.sub(r"[ \-]", "", _halfwidth(v)).upper()
    if re.fullmatch(r"\d{15}", s):
        return _valid_date("19" + s[6:12])
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and _valid_date(s[6:14]) and id_check(s[:17]) == s[17]


def luhn_ok(v: str) -> bool:
    s = re.sub(r"[ \-]", "", v)
    return bool(re.fullmatch(r"\d{16,19}", s)) and luhn_digit(s[:-1]) == s[-1]


def uscc_ok(v: str) -> bool:
    s = v.upper()
    if not re.fullmatch(f"[{USCC_AL}]{{18}}", s):
        return False
    org = s[8:17]
    if not re.fullmatch(r"[0-9A-Z]{8}[0-9X]", org):
        return False
    c = 11 - sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(org[:8], W_ORG)) % 11
    if {10: "X", 11: "0"}.get(c, str(c)) != org[8]:
        return False
    return USCC_AL[(31 - sum(USCC_AL.index(ch) * w for ch, w in zip(s[:17], W_USCC)) % 31) % 31] == s[17]


def _ip_ok(v: str) -> bool:
    import ipaddress
    try:
        ipaddress.ip_address(v)
        return True
    except ValueError:
        return False


CHECKS: dict[str, Callable[[str], bool]] = {
    "CN_RESIDENT_ID": id_ok,
    "CN_MOBILE": lambda v: bool(re.fullmatch(r"1[3-9]\d{9}", re.sub(r"^(\(\+86\)|\+86|86-)|[ \-]", "", _halfwidth(v)))),
    "CN_LANDLINE": lambda v: bool(re.fullmatch(r"(0\d{2,3}[- ]?|\(0\d{2,3}\) ?|（0\d{2,3}）|\+86-\d{2,3}-)[2-8]\d{6,7}", v)),
    "CN_USCC": uscc_ok,
    "BANK_CARD": luhn_ok,
    "EMAIL_ADDRESS": lambda v: bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v)),
    "IP_ADDRESS": _ip_ok,
    "CN_PASSPORT": lambda v: bool(re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", v)),
    "CN_HK_MACAO_PERMIT": lambda v: bool(re.fullmatch(r"C\d{8}|C[A-HJ-NP-Z]\d{7}", v)),
    "CN_LICENSE_PLATE": lambda v: bool(re.fullmatch(f"[{_PROVINCES}][A-HJ-NP-Z][· ]?[0-9A-HJ-NP-Z]{{5,6}}", v)),
    "CN_SOCIAL_SECURITY": lambda v: id_ok(v) or bool(re.fullmatch(r"[A-Z]\d{8}", v)),
}
BAD_CHECKS: dict[str, Callable[[str], bool]] = {
    "bad_id": lambda v: bool(re.fullmatch(r"\d{17}[\dX]", v)) and not id_ok(v),
    "bad_card": lambda v: bool(re.fullmatch(r"\d{16,19}", v)) and not luhn_ok(v),
    "bad_uscc": lambda v: bool(re.fullmatch(f"[{USCC_AL}]{{18}}", v)) and not uscc_ok(v),
}


def entity_types() -> set[str]:
    import yaml
    return set(yaml.safe_load(ENTITIES_YAML.read_text(encoding="utf-8"))["entities"])


def validate(docs: list[dict]) -> tuple[Counter, Counter]:
    """Raises AssertionError on the first bad label; returns counts per type and per negative kind."""
    known = entity_types()
    types: Counter = Counter()
    kinds: Counter = Counter()
    seen_ids = set()
    for doc in docs:
        assert doc["id"] not in seen_ids, doc["id"]
        seen_ids.add(doc["id"])
        assert re.fullmatch(rf"template:{FAMILY}:\d+", doc["source"]), doc["source"]
        text = doc["text"]
        spans = []
        for e in doc["entities"]:
            v = text[e["start"]:e["end"]]
            assert e.get("value", v) == v, (doc["id"], e)
            assert e["type"] in known, (doc["id"], e["type"])
            assert v and v == v.strip(), (doc["id"], e)
            if e["type"] in CHECKS:
                assert CHECKS[e["type"]](v), (doc["id"], e["type"], v)
            if e["type"] in STRUCTURED or e["type"] == "CN_SOCIAL_SECURITY":
                guard = _EMAIL_CH if e["type"] == "EMAIL_ADDRESS" else _ALNUM
                before = text[e["start"] - 1] if e["start"] else ""
                after = text[e["end"]] if e["end"] < len(text) else ""
                if after == "." and not _ALNUM.fullmatch(text[e["end"] + 1:e["end"] + 2] or " "):
                    after = ""  # a sentence's full stop after the value
                assert not guard.fullmatch(before or " ") and not guard.fullmatch(after or " "), (doc["id"], v, before, after)
            types[e["type"]] += 1
            spans.append((e["start"], e["end"]))
        for n in doc["negatives"]:
            v = text[n["start"]:n["end"]]
            assert n.get("value", v) == v, (doc["id"], n)
            assert v, (doc["id"], n)
            if n["kind"] in BAD_CHECKS:
                assert BAD_CHECKS[n["kind"]](v), (doc["id"], n["kind"], v)
            kinds[n["kind"]] += 1
            spans.append((n["start"], n["end"]))
        spans.sort()
        for (s1, e1), (s2, _) in zip(spans, spans[1:]):
            assert e1 <= s2, (doc["id"], "overlap", s1, e1, s2)
    return types, kinds


def _strip_values(doc: dict) -> dict:
    return {**doc, "entities": [{k: e[k] for k in ("type", "start", "end")} for e in doc["entities"]],
            "negatives": [{k: n[k] for k in ("kind", "start", "end")} for n in doc["negatives"]]}


def main() -> None:
    docs = generate()
    validate(docs)
    lines = [json.dumps(_strip_values(d), ensure_ascii=False) for d in docs]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert back == [_strip_values(d) for d in docs], "file differs from the generated documents"
    types, kinds = validate(back)
    structured = sum(types[t] for t in STRUCTURED)
    trad = sum(1 for d in back if int(d["source"].rsplit(":", 1)[1]) >= len(TEMPLATES_SIMPLIFIED))
    print(f"{len(back)} documents from {len(TEMPLATES)} templates ({len(TEMPLATES_TRADITIONAL)} Traditional, "
          f"{trad} documents), seed {SEED} -> {OUT}")
    print(f"entities {sum(types.values())}, structured identifiers {structured}")
    for t, c in sorted(types.items(), key=lambda x: -x[1]):
        print(f"  {t:20s} {c}")
    print(f"negatives {sum(kinds.values())}")
    for k, c in sorted(kinds.items(), key=lambda x: -x[1]):
        print(f"  ~{k:19s} {c}")


if __name__ == "__main__":
    main()
