"""Held-out evaluation family 27 (blind): synthetic Huzhou municipal documents.

Emphasis: market supervision / enterprise registration, banking and anti-fraud,
taxation, public security, traffic, courts, labour arbitration, schools,
medical insurance, subsidies, rural land, petitions / 12345, statistics and
budget tables, pasted rows, JSON/CSV/XML exports, English-mixed logs, SMS/chat,
OCR'd scans, and about 10% Traditional-script documents.

Writes tests/classify/data/heldout27_generated.jsonl.
Run: PYTHONPATH=$PWD python -m bench.classify_heldout27
"""
from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

from bench.classify_values import id_check, luhn_digit, W_USCC, USCC_AL, W_ORG, fullwidth

SEED = 27302026
N_DOCS = 2000
OUT = Path("tests/classify/data/heldout27_generated.jsonl")

ENTITY_TYPES = {
    "CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS",
    "IP_ADDRESS", "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "CN_SOCIAL_SECURITY",
    "CN_MEDICAL_RECORD", "PERSON", "CN_ADDRESS", "DATE_OF_BIRTH", "HEALTH_INFO", "FINANCIAL_INFO",
    "LOCATION_TRACE", "ORGANIZATION",
}

# ---------------------------------------------------------------- Traditional script
_S = ("吴兴区县长浔德兴吉湖州杭苏爱凤凰龙钱镇乡街道路号单元幢栋楼层组华区东阳陈张刘杨黄赵周吴郑孙马朱胡郭何罗梁宋谢韩冯邓许沈曹彭蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
      "伟红丽军华强敏静芳娜秀英明杰涛超勇艳磊洋刚平辉鹏玲燕霞宁飞凯俊峰浩亮云兰凤梅琳颖欣怡婷雪晓东彬斌宇轩睿涵诚嘉鑫淑贤荣庆国树春丹伦建卫阳"
      "高血压病级糖尿型冠状动脉粥样硬化心脏抑郁症肾衰竭尿毒维持性透析慢阻肺哮喘脑梗死后遗癫痫乳腺癌胃癌肝硬化类风湿关节炎帕金森阿尔茨海默孕周乙肝携带者重度焦虑障碍精神分裂白内障听力残疾视力脊髓损伤"
      "万元亿门诊住院病历医保卡号码证护照通行车牌机动"
      "苑园庄里巷弄湾桥新村小区花城府广场公寓中学学院南北西开发经济技术环渚练市织里八里店埭溪妙西双林菱湖和孚千金善琏旧馆新市乾元武康禹越莫干山洛舍雉城太湖画溪和平泗安林城小浦递铺孝丰天子湖梅溪杭垓")
_T = ("吳興區縣長潯德興吉湖州杭蘇愛鳳凰龍錢鎮鄉街道路號單元幢棟樓層組華區東陽陳張劉楊黃趙周吳鄭孫馬朱胡郭何羅梁宋謝韓馮鄧許沈曹彭蔣蔡賈丁魏薛葉閻余潘杜戴夏鍾汪田任姜范方石姚譚廖鄒熊金陸郝孔白崔康毛邱秦江史顧侯邵孟龍萬段錢湯尹黎易常武喬賀賴龔文"
      "偉紅麗軍華強敏靜芳娜秀英明傑濤超勇艷磊洋剛平輝鵬玲燕霞寧飛凱俊峰浩亮雲蘭鳳梅琳穎欣怡婷雪曉東彬斌宇軒睿涵誠嘉鑫淑賢榮慶國樹春丹倫建衛陽"
      "高血壓病級糖尿型冠狀動脈粥樣硬化心臟抑鬱症腎衰竭尿毒維持性透析慢阻肺哮喘腦梗死後遺癲癇乳腺癌胃癌肝硬化類風濕關節炎帕金森阿爾茨海默孕週乙肝攜帶者重度焦慮障礙精神分裂白內障聽力殘疾視力脊髓損傷"
      "萬元億門診住院病歷醫保卡號碼證護照通行車牌機動"
      "苑園莊里巷弄灣橋新村小區花城府廣場公寓中學學院南北西開發經濟技術環渚練市織里八里店埭溪妙西雙林菱湖和孚千金善璉舊館新市乾元武康禹越莫干山洛捨雉城太湖畫溪和平泗安林城小浦遞鋪孝豐天子湖梅溪杭垓")
assert len(_S) == len(_T), (len(_S), len(_T))
_S2 = "贸设团资银农业药务税总监处员会劳争议险统计财电话厂权应时间联费额认数据网络盖疗养剂释缓钙盐达滨储邮汉铜硕胜义溇庙鲁泽饶广仪陇萧吕卢欧诸气遗视悦铁游币访队绿远锦澜饰韦奥顺装"
_T2 = "貿設團資銀農業藥務稅總監處員會勞爭議險統計財電話廠權應時間聯費額認數據網絡蓋療養劑釋緩鈣鹽達濱儲郵漢銅碩勝義漊廟魯澤饒廣儀隴蕭呂盧歐諸氣遺視悅鐵遊幣訪隊綠遠錦瀾飾韋奧順裝"
assert len(_S2) == len(_T2)
S2T = {s: t for s, t in zip(_S + _S2, _T + _T2) if s != t}


def trad(s: str) -> str:
    return "".join(S2T.get(c, c) for c in s)


# ---------------------------------------------------------------- pools
SURNAMES = list("王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗高林梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟万段钱汤尹黎易常武乔贺赖龚文")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "慕容"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建文辉鹏玲燕宁飞凯俊峰浩亮云凤梅琳颖欣怡婷雪晓东彬斌宇轩睿涵诚嘉鑫淑贤荣庆国树春丹伦卫阳")
COUNTIES = [("吴兴区", "330502", ["爱山街道", "飞英街道", "朝阳街道", "月河街道", "织里镇", "八里店镇", "埭溪镇", "妙西镇", "环渚街道"]),
            ("南浔区", "330503", ["南浔镇", "练市镇", "双林镇", "菱湖镇", "和孚镇", "千金镇", "善琏镇", "旧馆街道"]),
            ("德清县", "330521", ["武康街道", "乾元镇", "新市镇", "禹越镇", "莫干山镇", "洛舍镇"]),
            ("长兴县", "330522", ["雉城街道", "太湖街道", "画溪街道", "和平镇", "泗安镇", "林城镇", "小浦镇"]),
            ("安吉县", "330523", ["递铺街道", "孝丰镇", "天子湖镇", "梅溪镇", "杭垓镇"])]
OTHER_REGIONS = ["330102", "330106", "330110", "330402", "320508", "340104", "110105", "310115", "330681", "362502", "412702", "511321"]
ROADS = ["凤凰路", "红旗路", "人民路", "龙溪北路", "青铜路", "二环东路", "仁皇山路", "苕溪西路", "湖东路", "金盖山路", "太湖路", "劳动路",
         "衣裳街", "北街", "康山路", "吉山路", "长兴大道", "昌硕东路", "胜利西路", "英溪北路", "千秋街", "中兴大道"]
ESTATES = ["凤凰花园", "东方新村", "仁皇小区", "龙溪苑", "碧浪湖公寓", "爱山广场", "金色家园", "太湖华城", "吉山新村", "紫金府", "滨湖里", "梧桐苑"]
VILLAGES = ["潘店村", "义皋村", "杨溇村", "荻港村", "庙前村", "东衡村", "余村", "鲁家村", "横山村", "吴山村", "新川村", "水口村"]
HEALTH = ["高血压病3级", "2型糖尿病", "冠状动脉粥样硬化性心脏病", "抑郁症", "慢性肾衰竭（尿毒症期）", "尿毒症（维持性血透）", "慢性阻塞性肺疾病",
          "支气管哮喘", "脑梗死后遗症", "癫痫", "乳腺癌", "胃癌（中晚期）", "肝硬化", "类风湿关节炎", "帕金森病", "阿尔茨海默病", "乙肝病毒携带",
          "重度焦虑障碍", "精神分裂症", "白内障", "听力残疾二级", "视力残疾一级", "脊髓损伤", "妊娠28周"]
ORGS = ["湖州市吴兴区织里童装有限公司", "浙江太湖新能源科技有限公司", "湖州南太湖建设发展集团有限公司", "长兴天能蓄电池有限公司", "德清地理信息产业园管理有限公司",
        "安吉竹乡木业有限公司", "湖州市南浔区练市五金厂", "湖州市吴兴区凤凰街道社区卫生服务中心", "湖州银行股份有限公司吴兴支行", "中国工商银行湖州分行",
        "中国农业银行长兴县支行", "浙江德清农村商业银行", "湖州市中心医院", "湖州市第一人民医院", "湖州师范学院", "湖州市第五中学", "长兴县实验小学"]
BANKS = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "湖州银行", "浙江农商银行", "招商银行", "中国邮政储蓄银行", "浙商银行"]
DEPTS = ["湖州市市场监督管理局", "湖州市公安局吴兴分局", "国家税务总局湖州市税务局", "湖州市人力资源和社会保障局", "湖州市医疗保障局", "湖州市中级人民法院",
         "长兴县人民法院", "湖州市教育局", "湖州市农业农村局", "湖州市信访局", "湖州市统计局", "湖州市财政局", "湖州市公安局交通警察支队", "德清县劳动人事争议仲裁委员会",
         "湖州市大数据管理中心", "安吉县市场监督管理局", "南浔区人民法院"]
EMAIL_DOMAINS = ["163.com", "qq.com", "126.com", "sina.com", "huzhou.gov.cn", "hz-bank.com.cn", "gmail.com", "outlook.com", "yeah.net", "zjhz.edu.cn"]
PINYIN = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun", "shen", "qian", "lu", "gu", "fei", "mao", "pan", "ye"]
SCHOOLS = ["湖州市第二中学", "湖州中学", "吴兴高级中学", "南浔中学", "德清县第一中学", "长兴中学", "安吉县高级中学", "湖州职业技术学院", "湖州市爱山小学", "湖州市凤凰小学"]
DRUGS = ["硝苯地平控释片", "二甲双胍缓释片", "阿托伐他汀钙片", "盐酸舍曲林片", "布地奈德福莫特罗吸入剂", "左乙拉西坦片", "恩替卡韦分散片", "奥氮平片"]
CITIES_T = ["湖州", "杭州", "上海", "苏州", "南京", "宁波", "嘉兴", "合肥"]
STOPS = ["湖州站", "湖州东站", "爱山广场", "吾悦广场", "织里镇大河路", "长兴汽车站", "德清高铁站", "安吉递铺老街", "南浔古镇东大街", "湖州市中心医院门诊楼",
         "杭州东站", "上海虹桥站", "红旗路菜市场", "月河街道某网吧", "龙溪北路加油站", "太湖旅游度假区游客中心"]


class Ctx:
    """Per-document generation context."""

    def __init__(self, rng: random.Random, tr: bool):
        self.rng = rng
        self.tr = tr
        self.memo: dict = {}

    def t(self, s: str) -> str:
        return trad(s) if self.tr else s


# Each generator returns a list of parts: (text, label) with label = TYPE, "~kind" or None.

def _digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _rand_date(r, y0=1950, y1=2008):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


def _id17(r):
    if r.random() < 0.75:
        c = r.choice(COUNTIES)
        reg = c[1]
    else:
        reg = r.choice(OTHER_REGIONS)
    y, m, d = _rand_date(r)
    return f"{reg}{y:04d}{m:02d}{d:02d}{r.randint(1, 999):03d}"


def id_value(r):
    b = _id17(r)
    return b + id_check(b)


def fmt_id(r, v, allow_fw=True):
    x = r.random()
    if x < 0.62:
        return v
    if x < 0.74:
        return f"{v[:6]} {v[6:14]} {v[14:]}"
    if x < 0.82:
        return f"{v[:6]}-{v[6:14]}-{v[14:]}"
    if x < 0.90 and allow_fw:
        return fullwidth(v)
    if x < 0.95 and v.endswith("X"):
        return v[:-1] + "x"
    return " ".join([v[:4], v[4:8], v[8:12], v[12:16], v[16:]])


def g_id(c):
    r = c.rng
    if r.random() < 0.05:  # legacy 15-digit
        reg = r.choice(COUNTIES)[1]
        y, m, d = _rand_date(r, 1940, 1980)
        return [(f"{reg}{y % 100:02d}{m:02d}{d:02d}{r.randint(1, 999):03d}", "CN_RESIDENT_ID")]
    return [(fmt_id(r, id_value(r)), "CN_RESIDENT_ID")]


def g_id_plain(c):
    return [(id_value(c.rng), "CN_RESIDENT_ID")]


def g_ssn(c):  # ID number written as 社会保障号码
    return [(fmt_id(c.rng, id_value(c.rng), allow_fw=False), "CN_SOCIAL_SECURITY")]


def g_sscard(c):  # social security card's own number
    r = c.rng
    v = r.choice("ABDH") + _digits(r, 8)
    return [(v, "CN_SOCIAL_SECURITY")]


def mobile_value(r):
    return r.choice(["13", "15", "18", "17", "19", "14", "16"]) + str(r.randint(0, 9)) + _digits(r, 8)


def g_mob(c):
    r = c.rng
    v = mobile_value(r)
    x = r.random()
    if x < 0.5:
        s = v
    elif x < 0.62:
        s = f"{v[:3]} {v[3:7]} {v[7:]}"
    elif x < 0.72:
        s = f"{v[:3]}-{v[3:7]}-{v[7:]}"
    elif x < 0.80:
        s = "+86 " + v
    elif x < 0.86:
        s = "+86-" + f"{v[:3]}-{v[3:7]}-{v[7:]}"
    elif x < 0.92:
        s = fullwidth(v)
    else:
        s = "+86" + v
    return [(s, "CN_MOBILE")]


def g_mob_plain(c):
    return [(mobile_value(c.rng), "CN_MOBILE")]


def g_tel(c):
    r = c.rng
    area = r.choice(["0572", "0572", "0572", "0571", "010", "021", "0573"])
    n = r.choice("2345678") + _digits(r, 6 if area in ("0572", "0573") else 7)
    x = r.random()
    if x < 0.4:
        s = f"{area}-{n}"
    elif x < 0.55:
        s = f"（{area}）{n}"
    elif x < 0.65:
        s = f"({area}){n}"
    elif x < 0.75:
        s = f"{area} {n[:4]} {n[4:]}"
    elif x < 0.85:
        s = area + n
    else:
        s = f"{area}-{n}"
    if r.random() < 0.2:
        s += r.choice(["转", "-", " ext. ", "分机", "转"]) + str(r.randint(10, 8999))
    return [(s, "CN_LANDLINE")]


def _org_code(r):
    body = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    vals = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in body]
    cc = 11 - sum(v * w for v, w in zip(vals, W_ORG)) % 11
    ch = "X" if cc == 10 else ("0" if cc == 11 else str(cc))
    return body + ch


def uscc_check(s17: str) -> str:
    tot = sum(USCC_AL.index(ch) * w for ch, w in zip(s17, W_USCC))
    return USCC_AL[(31 - tot % 31) % 31]


def uscc_value(r, cat=None):
    cat = cat or r.choice(["91", "91", "91", "92", "93", "12", "52", "91"])
    reg = r.choice(COUNTIES)[1] if r.random() < 0.8 else r.choice(OTHER_REGIONS)
    s17 = cat + reg + _org_code(r)
    return s17 + uscc_check(s17)


def g_uscc(c):
    r = c.rng
    v = uscc_value(r)
    if r.random() < 0.08:
        v = fullwidth(v)
    return [(v, "CN_USCC")]


def g_uscc92(c):
    return [(uscc_value(c.rng, "92"), "CN_USCC")]


def card_value(r):
    n = r.choice([16, 19, 19, 16, 17, 18])
    bin_ = r.choice(["622202", "621700", "622848", "623058", "621226", "622700", "625965", "621483", "622588", "436742", "621799"])
    body = bin_ + _digits(r, n - 7)
    return body + str(luhn_digit(body))


def g_card(c):
    r = c.rng
    v = card_value(r)
    x = r.random()
    if x < 0.6:
        s = v
    elif x < 0.85:
        s = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif x < 0.92:
        s = "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    else:
        s = fullwidth(v)
    return [(s, "BANK_CARD")]


def g_card_plain(c):
    return [(card_value(c.rng), "BANK_CARD")]


def g_email(c):
    r = c.rng
    u = r.choice(PINYIN) + r.choice(["", ".", "_"]) + r.choice(PINYIN + [""]) + str(r.randint(1, 9999) if r.random() < 0.6 else "")
    if u.endswith((".", "_")):
        u = u[:-1]
    if r.random() < 0.2:
        u = str(r.randint(10000, 99999999))
    return [(u + "@" + r.choice(EMAIL_DOMAINS), "EMAIL_ADDRESS")]


def g_ip(c):
    r = c.rng
    x = r.random()
    if x < 0.4:
        v = f"{r.choice([36, 60, 115, 122, 183, 218, 223, 112, 39, 101])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    elif x < 0.7:
        v = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    elif x < 0.9:
        v = f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    else:
        v = f"240e:{r.randint(256, 4095):x}:{r.randint(0, 65535):x}:{r.randint(0, 65535):x}::{r.randint(1, 255):x}"
    return [(v, "IP_ADDRESS")]


def g_passport(c):
    r = c.rng
    x = r.random()
    if x < 0.5:
        v = "E" + _digits(r, 8)
    elif x < 0.85:
        v = "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + _digits(r, 7)
    else:
        v = "G" + _digits(r, 8)
    return [(v, "CN_PASSPORT")]


def g_hkm(c):
    r = c.rng
    v = "C" + (_digits(r, 8) if r.random() < 0.5 else r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + _digits(r, 7))
    return [(v, "CN_HK_MACAO_PERMIT")]


PLATE_PROV = "浙浙浙浙浙苏沪皖赣京闽"


def g_plate(c):
    r = c.rng
    prov = r.choice(PLATE_PROV)
    city = "E" if prov == "浙" and r.random() < 0.7 else r.choice("ABCDEFGHJKL")
    if r.random() < 0.2:
        tail = r.choice("DF") + _digits(r, 5)
    else:
        tail = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
        if not any(ch.isdigit() for ch in tail):
            tail = tail[:4] + "7"
    sep = r.choice(["", "", "·", " ", "-", "•"])
    return [(prov + city + sep + tail, "CN_LICENSE_PLATE")]


def g_mrn(c):
    r = c.rng
    x = r.random()
    if x < 0.3:
        v = "MZ" + str(r.randint(2019, 2025)) + _digits(r, 6)
    elif x < 0.55:
        v = "ZY" + str(r.randint(2019, 2025)) + _digits(r, 5)
    elif x < 0.75:
        v = "00" + _digits(r, 8)
    else:
        v = "H3305" + _digits(r, 9)
    return [(v, "CN_MEDICAL_RECORD")]


def name_value(r):
    if r.random() < 0.04:
        s = r.choice(COMPOUND)
    else:
        s = r.choice(SURNAMES)
    g = r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.75 else "")
    return s + g


def g_name(c):
    return [(c.t(name_value(c.rng)), "PERSON")]


def addr_value(r, short=False):
    county, _, towns = r.choice(COUNTIES)
    town = r.choice(towns)
    pre = r.choice(["浙江省湖州市", "湖州市", "湖州市", "浙江省湖州市", ""]) + county
    if r.random() < 0.3:
        v = f"{pre}{town}{r.choice(VILLAGES)}{r.choice(['', '自然村'])}{r.randint(1, 18)}组{r.randint(1, 120)}号"
        if r.random() < 0.5:
            v = f"{pre}{town}{r.choice(VILLAGES)}{r.randint(1, 18)}组"
    elif r.random() < 0.6:
        v = f"{pre}{town}{r.choice(ESTATES)}{r.randint(1, 40)}幢{r.randint(1, 4)}单元{r.randint(1, 28)}{r.randint(1, 4):02d}室"
    else:
        v = f"{pre}{r.choice(ROADS)}{r.randint(1, 999)}号"
        if r.random() < 0.5:
            v += f"{r.randint(1, 30)}{r.randint(1, 6):02d}室"
    return v


def g_addr(c):
    return [(c.t(addr_value(c.rng)), "CN_ADDRESS")]


def g_addr_other(c):
    r = c.rng
    v = r.choice(["江苏省苏州市吴江区盛泽镇", "安徽省合肥市蜀山区", "江西省上饶市广丰区", "河南省周口市太康县", "四川省南充市仪陇县", "浙江省杭州市西湖区"]) + \
        r.choice(["东方村", "人民路", "幸福里", "新华街"]) + f"{r.randint(1, 200)}号"
    return [(c.t(v), "CN_ADDRESS")]


def g_dob(c):
    r = c.rng
    y, m, d = _rand_date(r)
    f = r.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", f"{y}.{m}.{d}", f"{y}/{m:02d}/{d:02d}", f"{y}年{m:02d}月{d:02d}日"])
    return [(f, "DATE_OF_BIRTH")]


def g_dob_child(c):
    r = c.rng
    y, m, d = _rand_date(r, 2008, 2019)
    return [(r.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}"]), "DATE_OF_BIRTH")]


def g_health(c):
    return [(c.t(c.rng.choice(HEALTH)), "HEALTH_INFO")]


def money_str(r, lo=200, hi=500000, tr=False):
    v = r.randint(lo, hi)
    x = r.random()
    if x < 0.3:
        s = f"{v:,}元"
    elif x < 0.45:
        s = f"¥{v:,}.{r.randint(0, 99):02d}"
    elif x < 0.6:
        s = f"{v}元"
    elif x < 0.7:
        s = f"人民币{v}元"
    elif x < 0.8 and v >= 10000:
        s = f"{v / 10000:.2f}万元"
    elif x < 0.9:
        s = f"{v}.00元"
    else:
        s = f"RMB {v:,}"
    if tr:
        s = trad(s)
    return s


def g_fin(c):
    return [(money_str(c.rng, tr=c.tr), "FINANCIAL_INFO")]


def g_amt(c):  # non-personal amount
    r = c.rng
    v = r.randint(10, 99999)
    s = r.choice([f"{v}万元", f"{v / 100:.2f}亿元", f"{v * 1000:,}元", f"{v}.{r.randint(0, 9)}万元"])
    return [(c.t(s), "~amount")]


def g_trace(c):
    r = c.rng
    stops = r.sample(STOPS, r.randint(2, 4))
    h = r.randint(6, 16)
    if r.random() < 0.55:
        parts = []
        for s in stops:
            parts.append(f"{h:02d}:{r.randint(0, 59):02d} {s}")
            h += r.randint(0, 2)
        v = "→".join(parts) if r.random() < 0.6 else "，".join(parts)
    else:
        v = "—>".join(stops) if r.random() < 0.5 else "→".join(stops)
    return [(c.t(v), "LOCATION_TRACE")]


# ---- hard negatives
def g_docno(c):
    r = c.rng
    pre = r.choice(["浙政发", "湖政发", "湖政办发", "浙市监", "湖市监登", "湖人社发", "湖医保发", "湖财预", "湖教发", "湖公通", "吴政办", "长政发", "德政办发", "安政发", "国发", "浙政办发"])
    return [(c.t(f"{pre}〔{r.randint(2012, 2025)}〕{r.randint(1, 180)}号"), "~doc_number")]


def g_caseno(c):
    r = c.rng
    y = r.randint(2018, 2025)
    x = r.random()
    if x < 0.45:
        s = f"（{y}）浙05{r.choice(['02', '03', '21', '22', '23', ''])}{r.choice(['执', '民初', '执保', '刑初', '行初', '民终', '执恢'])}{r.randint(1, 9999)}号"
    elif x < 0.65:
        s = f"湖{r.choice(['吴', '浔', '德', '长', '安', ''])}劳人仲案字〔{y}〕第{r.randint(1, 999)}号"
    elif x < 0.85:
        s = f"湖公{r.choice(['吴', '南', '德', '长', '安'])}{r.choice(['行罚决字', '立字', '刑立字', '受案字'])}〔{y}〕{r.randint(10000, 99999)}号"
    else:
        s = f"A3305{_digits(r, 2)}{y}{_digits(r, 2)}{r.randint(1000000, 9999999)}"
    return [(c.t(s), "~case_number")]


def _safe_digits(r, n, prefix=""):
    while True:
        s = prefix + _digits(r, n - len(prefix))
        if 15 <= len(s) <= 19 and luhn_digit(s[:-1]) == s[-1]:
            continue
        if len(s) == 18 and id_check(s[:17]) == s[17]:
            continue
        if re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", s):
            continue
        if s[0] == "1" and len(s) == 11:
            continue
        return s


def g_order(c):
    r = c.rng
    while True:
        s = r.choice(["DD", "NO.", "SO", "JY", "", "T"]) + str(r.randint(2019, 2025)) + _safe_digits(r, r.randint(8, 14), "0")
        if not (s.isdigit() and (15 <= len(s) <= 19 and luhn_digit(s[:-1]) == s[-1] or len(s) == 18 and id_check(s[:17]) == s[17])):
            return [(s, "~order_number")]


def g_invoice(c):
    r = c.rng
    s = r.choice([_safe_digits(r, 20, "2"), "0" + _digits(r, 11), f"No.{_digits(r, 8)}", "33" + _safe_digits(r, 10, "0")])
    return [(s, "~invoice_number")]


def g_contract(c):
    r = c.rng
    s = r.choice(["HZ", "HT", "WX-HT-", "CX", "AJ-"]) + f"{r.randint(2019, 2025)}-{r.randint(1, 999):03d}" + r.choice(["", f"-{r.randint(1, 99):02d}"])
    return [(s, "~contract_number")]


def g_tender(c):
    r = c.rng
    s = r.choice([f"HZCG-{r.randint(2020, 2025)}-{r.randint(1, 999):03d}", f"ZJHZ{r.randint(2020, 2025)}{_digits(r, 3)}G", f"湖财采〔{r.randint(2020, 2025)}〕{r.randint(1, 300)}号",
                  f"CZZB{r.randint(2020, 2025)}{_digits(r, 4)}"])
    return [(c.t(s), "~tender_number")]


def g_date(c):
    r = c.rng
    y, m, d = r.randint(2016, 2025), r.randint(1, 12), r.randint(1, 28)
    return [(r.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}"]), "~date")]


def g_post(c):
    return [(c.rng.choice(["313000", "313100", "313200", "313300", "313009", "310000", "313103", "313028"]), "~postcode")]


def g_ver(c):
    r = c.rng
    return [(r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}", f"V{r.randint(1, 6)}.{r.randint(0, 9)}", f"{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 300)}.{r.randint(0, 9999)}",
                      f"build {r.randint(1000, 99999)}"]), "~version")]


def g_oid(c):
    r = c.rng
    return [(f"1.2.156.{r.randint(10000, 999999)}.{r.randint(1, 9)}.{r.randint(1, 99)}.{r.randint(1, 999)}", "~oid")]


def g_serial(c):
    r = c.rng
    return [(r.choice([f"SN{_digits(r, 12)}", f"HZ-{_digits(r, 4)}-{_digits(r, 6)}", f"{r.choice('ABCDK')}{r.choice('XYZW')}{_digits(r, 10)}", f"ZJ{_digits(r, 6)}-{r.randint(1, 99):02d}"]), "~serial_number")]


def g_device(c):
    r = c.rng
    return [(r.choice([f"HZ-CAM-{_digits(r, 5)}", f"POS{_digits(r, 8)}", f"IMEI尾号{_digits(r, 4)}", f"DEV-{_digits(r, 6)}", f"终端号{_digits(r, 8)}"]), "~device_code")]


def g_asset(c):
    r = c.rng
    return [(r.choice([f"ZC{r.randint(2010, 2025)}{_digits(r, 5)}", f"GDZC-{_digits(r, 6)}", f"湖财资〔{r.randint(2018, 2025)}〕{r.randint(1, 99)}号"]), "~asset_code")]


def g_svc(c):
    r = c.rng
    return [(r.choice(["12345", "12315", "12366", "12333", "12393", "95588", "95599", "95566", "95533", "96110", "110", "122", "12110",
                       f"400-{_digits(r, 3)}-{_digits(r, 4)}", f"800-{_digits(r, 3)}-{_digits(r, 4)}", f"400{_digits(r, 7)}"]), "~service_number")]


def g_idbad(c):
    r = c.rng
    b = _id17(r)
    good = id_check(b)
    bad = r.choice([ch for ch in "0123456789X" if ch != good])
    return [(b + bad, "~id_lookalike")]


def g_cardbad(c):
    r = c.rng
    v = card_value(r)
    bad = r.choice([d for d in "0123456789" if d != v[-1]])
    return [(v[:-1] + bad, "~card_lookalike")]


def g_usccbad(c):
    r = c.rng
    v = uscc_value(r)
    bad = r.choice([ch for ch in USCC_AL if ch != v[-1]])
    return [(v[:-1] + bad, "~uscc_lookalike")]


def g_stat(c):
    r = c.rng
    return [(r.choice([f"{r.randint(100, 99999):,}", f"{r.uniform(0, 99):.1f}%", f"{r.randint(1000, 999999)}", f"{r.uniform(1, 9999):.2f}"]), "~statistic")]


def g_pct(c):
    return [(f"{c.rng.uniform(-15, 30):.1f}%", "~statistic")]


def g_barcode(c):
    r = c.rng
    return [("69" + _safe_digits(r, 11, "2"), "~serial_number")]


# ---- unlabeled fillers
def f(func):
    return lambda c: [(c.t(func(c.rng)), None)]


GEN = {
    "name": g_name, "id": g_id, "idp": g_id_plain, "ssn": g_ssn, "sscard": g_sscard, "mob": g_mob, "mobp": g_mob_plain, "tel": g_tel,
    "uscc": g_uscc, "uscc92": g_uscc92, "card": g_card, "cardp": g_card_plain, "email": g_email, "ip": g_ip, "passport": g_passport,
    "hkm": g_hkm, "plate": g_plate, "mrn": g_mrn, "addr": g_addr, "addro": g_addr_other, "dob": g_dob, "dobc": g_dob_child,
    "health": g_health, "fin": g_fin, "trace": g_trace,
    "amt": g_amt, "docno": g_docno, "caseno": g_caseno, "order": g_order, "invoice": g_invoice, "contract": g_contract,
    "tender": g_tender, "date": g_date, "post": g_post, "ver": g_ver, "oid": g_oid, "serial": g_serial, "device": g_device,
    "asset": g_asset, "svc": g_svc, "idbad": g_idbad, "cardbad": g_cardbad, "usccbad": g_usccbad, "stat": g_stat, "pct": g_pct,
    "barcode": g_barcode,
    "org": f(lambda r: r.choice(ORGS)), "bank": f(lambda r: r.choice(BANKS)), "dept": f(lambda r: r.choice(DEPTS)),
    "co": f(lambda r: f"湖州{r.choice(['鑫源', '恒达', '宏泰', '华盛', '绿源', '天成', '博远', '锦程', '东信', '安澜'])}{r.choice(['贸易', '科技', '建材', '服饰', '物流', '食品', '机械'])}有限公司"),
    "shop": f(lambda r: f"{r.choice(['吴兴区', '南浔区', '德清县', '长兴县', '安吉县'])}{r.choice(['老张', '阿芳', '好又多', '小凤', '兴旺', '顺心'])}{r.choice(['便利店', '小吃店', '五金店', '理发店', '水果店', '服装店'])}"),
    "county": f(lambda r: r.choice(COUNTIES)[0]), "village": f(lambda r: r.choice(VILLAGES)),
    "school": f(lambda r: r.choice(SCHOOLS)), "drug": f(lambda r: r.choice(DRUGS)), "n": f(lambda r: str(r.randint(2, 60))),
    "yr": f(lambda r: str(r.randint(2019, 2025))), "mon": f(lambda r: str(r.randint(1, 12))),
}

SLOT = re.compile(r"\{([a-z0-9]+)(?:#(\w+))?\}")


def render(tpl: str, c: Ctx):
    parts = []
    pos = 0
    for m in SLOT.finditer(tpl):
        if m.start() > pos:
            parts.append((tpl[pos:m.start()], None))
        key, tag = m.group(1), m.group(2)
        if tag:
            mk = (key, tag)
            if mk not in c.memo:
                c.memo[mk] = GEN[key](c)
            parts.extend(c.memo[mk])
        else:
            parts.extend(GEN[key](c))
        pos = m.end()
    if pos < len(tpl):
        parts.append((tpl[pos:], None))
    return parts


# ---------------------------------------------------------------- text templates (simplified)
T = []


def add(tid, body):
    T.append((tid, body.strip("\n")))


# market supervision / enterprise registration
add("mk_licence", "营业执照\n统一社会信用代码：{uscc}\n名称：{co}\n类型：有限责任公司（自然人投资或控股）\n法定代表人：{name}\n注册资本：{amt}\n成立日期：{date}\n住所：{addr}\n登记机关：{dept}\n{date}")
add("mk_indiv", "个体工商户营业执照\n统一社会信用代码：{uscc92}\n名称：{shop}\n经营者：{name}\n经营场所：{addr}\n组成形式：个人经营\n注册日期：{date}")
add("mk_annual", "{yr}年度企业年度报告（公示）\n企业名称：{co}  统一社会信用代码：{uscc}\n企业通信地址：{addr}\n邮政编码：{post}\n企业联系电话：{tel}\n电子邮箱：{email}\n从业人数：{n}人\n资产总额：{amt}，营业总收入：{amt}，纳税总额：{amt}")
add("mk_share", "股东（发起人）出资情况\n股东名称：{name}，证件类型：居民身份证，证件号码：{id}，认缴出资额：{fin}，出资方式：货币\n股东名称：{name}，证件号码：{id}，认缴出资额：{fin}\n备案文号：{docno}")
add("mk_legalrep", "法定代表人信息变更登记\n原法定代表人：{name}\n新任法定代表人：{name#a}，身份证号{id}，移动电话{mob}\n住所：{addr}\n企业统一社会信用代码：{uscc}\n受理编号：{serial}")
add("mk_penalty", "行政处罚决定书\n{docno}\n当事人：{co}\n统一社会信用代码：{uscc}\n法定代表人：{name}\n经查，当事人销售不符合标准的产品，货值金额{amt}。依据相关规定，决定罚款{amt}。\n如不服本决定，可于{date}前申请复议。")
add("mk_cancel", "简易注销公告\n企业名称：{co}\n统一社会信用代码：{uscc}\n登记机关：{dept}\n公告期：{date}至{date}\n全体投资人承诺书已上传。异议请拨打{tel}。")
add("mk_complaint", "12315投诉登记\n投诉人：{name}，联系电话{mob}\n被投诉方：{shop}，统一社会信用代码{uscc92}\n投诉内容：购买的电动车电池存在质量问题，订单号{order}，要求退款。\n处理结果：调解成功，商家退款{fin}。")
add("mk_foodlic", "食品经营许可证\n经营者名称：{shop}\n社会信用代码（身份证号码）：{id}\n法定代表人（负责人）：{name}\n住所：{addr}\n许可证编号：{serial}\n日常监督管理人员：{name}  投诉举报电话：{svc}")
add("mk_spot", "产品质量监督抽查结果通报\n{docno}\n本次共抽查{n}批次，不合格{n}批次，不合格发现率{pct}。涉及企业：{co}（统一社会信用代码{uscc}），抽样单编号{serial}。")
add("mk_relate", "经营异常名录移出申请\n申请企业：{co}\n代码：{uscc}\n委托代理人：{name}\n代理人身份证：{id}\n代理人电话：{mob}\n列入日期：{date}，列入文号：{docno}")
add("mk_agent", "授权委托书\n兹委托{name}（身份证号码：{id}，手机：{mob}）作为我单位代理人，办理{co}设立登记事宜。\n委托期限：{date}至{date}\n委托人（签字）：{name}")
add("mk_ad", "广告审查意见\n广告主：{co}\n统一社会信用代码：{uscc}\n广告批准文号：{docno}\n联系人：{name}，电话{tel}\n审查意见：同意发布。")
add("mk_weights", "计量器具强制检定证书\n送检单位：{shop}\n器具名称：电子计价秤  出厂编号：{serial}\n证书编号：{serial}\n检定日期：{date}\n检定员：{name}")
add("mk_equity", "股权出质设立登记通知书\n出质人：{name}，证件号码{id}\n质权人：{bank}\n出质股权数额：{fin}\n登记编号：{serial}\n出质股权所在公司统一社会信用代码：{uscc}")

# banking & anti-fraud
add("bk_freeze", "协助冻结存款通知书\n{caseno}\n{bank}：\n因侦查需要，请协助冻结以下账户：\n户名：{name}\n身份证号：{id}\n账号：{card}\n冻结金额：{fin}\n冻结期限：六个月，自{date}起。\n经办人：{name}  联系电话：{tel}")
add("bk_check", "协助查询财产通知书\n请协助查询{name}（公民身份号码{id}）在贵行开立的账户及交易明细，查询期间{date}至{date}。\n反馈：该人名下借记卡{card}，余额{fin}；信用卡{card}，透支{fin}。")
add("bk_victim", "电信网络诈骗报案材料\n报案人：{name}，男，出生日期：{dob}，身份证：{id}，手机{mob}，住{addr}。\n{date}，报案人接到自称客服电话，按对方要求通过手机银行从尾号{n}的账户向对方账户{card}转账{fin}，后发现被骗。\n嫌疑人使用号码：{mob}，QQ邮箱：{email}")
add("bk_stop", "紧急止付申请单\n受害人：{name}  联系方式：{mob}\n受害人转出账户：{card}\n嫌疑账户：{card}（开户行：{bank}）\n止付金额：{fin}\n申请单号：{serial}\n反诈专线：{svc}")
add("bk_sms", "【{bank}】您尾号{n}的账户于{date}转出{fin}，余额{fin}。如非本人操作请致电{svc}。")
add("bk_loan", "个人贷款审批表\n借款人：{name}  身份证号码：{id}\n工作单位：{org}\n月收入：{fin}\n贷款金额：{fin}，期限36个月\n还款账户：{card}\n合同编号：{contract}\n抵押物：{addr}")
add("bk_credit", "个人信用报告（摘要）\n姓名：{name}  证件号码：{id}\n信用卡账户数：{n}\n当前逾期总额：{fin}\n最近一次查询：{date}，查询机构：{bank}\n报告编号：{serial}")
add("bk_mule", "涉案账户核查反馈表\n序号|户名|卡号|开户行|开户时间\n1|{name}|{card}|{bank}|{date}\n2|{name}|{card}|{bank}|{date}\n核查单位：{dept}\n文书号：{caseno}")
add("bk_atm", "ATM吞卡登记\n持卡人：{name}\n卡号：{card}\n吞卡时间：{date}  设备编号：{device}\n联系电话：{mob}\n领取人身份证：{id}")
add("bk_wire", "境外汇款申请书\n汇款人：{name}  护照号：{passport}\n汇款金额：{fin}\n收款人账号：{cardbad}\n交易编码：{serial}\n申请日期：{date}")
add("bk_remind", "反诈预警劝阻记录\n预警对象：{name}，{mob}，住址：{addr}\n预警时间：{date}\n劝阻民警：{name}\n情况说明：对象正在与自称“公检法”人员通话，已劝阻，未造成损失。涉及APP版本{ver}。")
add("bk_pos", "商户POS交易流水核查\n商户：{shop}  终端：{device}\n交易卡号：{card}\n金额：{fin}\n参考号：{order}\n持卡人：{name}")

# taxation
add("tx_notice", "税务事项通知书\n{docno}\n纳税人名称：{co}\n纳税人识别号：{uscc}\n事项：你单位{yr}年第{n}季度增值税未按期申报，请于{date}前到{dept}办理。\n联系人：{name}  电话：{tel}")
add("tx_iit", "个人所得税年度汇算清缴\n纳税人：{name}\n身份证件号码：{id}\n收入额：{fin}\n应退税额：{fin}\n退税账户：{card}（{bank}）\n申报日期：{date}")
add("tx_invoice", "增值税电子普通发票\n发票号码：{invoice}\n开票日期：{date}\n购买方：{co}  纳税人识别号：{uscc}\n销售方：{co}  纳税人识别号：{uscc}\n价税合计：{amt}\n收款人：{name}  复核：{name}  开票人：{name}")
add("tx_house", "存量房交易计税信息表\n转让方：{name}，身份证{id}\n受让方：{name}，身份证{id}\n房屋坐落：{addr}\n申报价格：{fin}，核定计税价格：{fin}\n合同号：{contract}")
add("tx_indiv", "个体工商户定期定额核定通知\n业户：{shop}\n经营者：{name}  社会信用代码：{uscc92}\n核定月经营额：{fin}\n核定期限：{date}至{date}\n文书号：{docno}")
add("tx_vehicle", "车辆购置税完税证明\n纳税人：{name}\n证件号码：{id}\n车牌号：{plate}\n车辆识别代号：{serial}\n完税凭证号：{invoice}")
add("tx_refund", "退（抵）税申请\n纳税人：{name}  电话：{mob}\n退税原因：多缴税款\n退税金额：{fin}\n开户银行：{bank}  账号：{card}\n税务机关：{dept}  受理文号：{docno}")

# public security
add("ps_intake", "受案登记表\n{caseno}\n报案人：{name}  性别：女  出生日期：{dob}\n身份证件号码：{id}\n现住址：{addr}\n联系方式：{mob}\n简要案情：{date}，报案人在{shop}门口停放的电动车被盗，价值{fin}。\n接报民警：{name}")
add("ps_reside", "居住证申领登记表\n姓名：{name}\n公民身份号码：{id}\n户籍地址：{addro}\n居住地址：{addr}\n联系电话：{mob}\n服务处所：{org}\n登记日期：{date}")
add("ps_hukou", "户口迁移证明\n迁移人：{name}  出生日期：{dob}\n身份证号：{id}\n迁出地：{addro}\n迁入地：{addr}\n准迁证编号：{serial}\n签发机关：{dept}")
add("ps_rental", "出租房屋登记\n房东：{name}，电话{mob}\n房屋地址：{addr}\n承租人：{name}，身份证{id}，手机{mob}\n承租人：{name}，护照号码{passport}\n登记日期：{date}")
add("ps_track", "调查报告（节选）\n经查，嫌疑人{name}（身份证号{id}）于{date}的行动轨迹为：{trace}。\n其使用的车辆{plate}于当日被卡口抓拍，卡口设备{device}。")
add("ps_hotel", "旅馆业治安管理系统推送\n入住人：{name}\n证件：{id}\n房号：{n}08\n入住时间：{date}\n同住人：{name}，港澳通行证{hkm}\n数据源IP：{ip}")
add("ps_exit", "出入境证件受理回执\n申请人：{name}  出生日期：{dob}\n申请类别：往来港澳通行证换发\n原证件号码：{hkm}\n受理编号：{serial}\n取证方式：邮寄至{addr}，收件电话{mob}")
add("ps_passport", "普通护照申请表\n姓名：{name}\n公民身份号码：{id}\n出生日期：{dob}\n原护照号码：{passport}\n紧急联系人：{name}，电话{mob}")
add("ps_lost", "证件遗失登记\n{name}于{date}在湖州站附近遗失居民身份证一张，证号{id}，另有{bank}银行卡一张（卡号{card}）。联系电话{mob}。")
add("ps_mediation", "治安调解协议书\n{caseno}\n当事人甲：{name}，{id}，住{addr}\n当事人乙：{name}，{id}，住{addr}\n协议内容：乙方赔偿甲方医疗费等共计{fin}，当场付清。")
add("ps_missing", "走失人员协查通报\n{name}，男，{dob}出生，患有{health}，于{date}上午从家中走失，家属电话{mob}。发现者请联系{tel}。")
add("ps_dog", "养犬登记\n犬主：{name}\n身份证号：{id}\n住址：{addr}\n犬只芯片号：{serial}\n免疫证号：{serial}\n联系电话：{mob}")

# traffic
add("tr_accident", "道路交通事故认定书（简易程序）\n第{serial}号\n事故时间：{date}\n当事人甲：{name}，驾驶证号{id}，驾驶{plate}小型轿车，电话{mob}\n当事人乙：{name}，驾驶证号{id}，驾驶{plate}电动自行车\n事故经过：甲车右转时与乙车发生碰撞，乙受伤，诊断为{health}。\n责任：甲负全部责任。")
add("tr_violation", "交通违法处理告知\n车牌号码：{plate}\n违法时间：{date}\n违法地点：二环东路与仁皇山路交叉口\n违法行为：机动车违反禁令标志指示\n罚款：200元  记分：3分\n采集设备：{device}")
add("tr_ticket", "公安交通管理简易程序处罚决定书\n编号：{serial}\n被处罚人：{name}  驾驶证/身份证号：{id}\n联系方式：{mob}\n车辆牌号：{plate}\n处罚依据：《道路交通安全法》第九十条\n罚款金额：50元")
add("tr_tow", "车辆拖移通知\n你的车辆{plate}因违法停放已被拖移至{county}停车场，请携带行驶证到场处理。咨询电话：{tel}，或拨打{svc}。")
add("tr_parking", "停车记录导出\n车牌\t进场时间\t出场时间\t收费\n{plate}\t{date} 08:12\t{date} 17:40\t12元\n{plate}\t{date} 09:03\t{date} 11:55\t6元\n停车场编号：{asset}")
add("tr_claim", "机动车交通事故理赔材料\n被保险人：{name}  车牌：{plate}\n伤者：{name}，身份证{id}，伤情：{health}\n医疗费用：{fin}\n赔付账户：{card}\n报案号：{order}")
add("tr_drunk", "酒驾案件呈请报告\n{caseno}\n违法嫌疑人{name}，{dob}出生，身份证号码{id}，户籍地{addro}，驾驶{plate}号小型汽车，经检测血液酒精含量为{n}mg/100ml。")

# court enforcement
add("ct_exec", "执行裁定书\n{caseno}\n申请执行人：{co}，统一社会信用代码{uscc}\n被执行人：{name}，男，{dob}出生，公民身份号码{id}，住{addr}\n本院冻结被执行人名下{bank}账户{card}内存款{fin}。")
add("ct_dishonest", "失信被执行人名单（公示）\n被执行人姓名：{name}\n身份证号码：{id}\n执行法院：{dept}\n执行依据文号：{caseno}\n立案时间：{date}\n未履行金额：{fin}")
add("ct_summons", "传票\n{caseno}\n被传唤人：{name}\n工作单位或住址：{addr}\n传唤事由：开庭审理\n应到时间：{date} 9:00\n应到处所：本院第{n}法庭\n书记员：{name}  电话：{tel}")
add("ct_auction", "司法拍卖公告\n{caseno}\n拍卖标的：位于{county}的工业厂房，评估价{amt}，起拍价{amt}\n竞买保证金：{amt}\n咨询电话：{tel}\n网拍平台版本{ver}")
add("ct_limit", "限制消费令\n{caseno}\n被执行人：{name}，公民身份号码：{id}\n因未按执行通知书履行法律文书确定的义务，对你采取限制消费措施。")
add("ct_deliver", "送达地址确认书\n{caseno}\n受送达人：{name}\n送达地址：{addr}\n手机号码：{mob}\n电子邮箱：{email}\n确认人签名：{name}  日期：{date}")
add("ct_payment", "执行款收款确认\n{caseno}\n申请执行人{name}收到执行款{fin}，收款账户{card}（{bank}）。执行法官：{name}，联系电话{tel}。")

# labour arbitration
add("lb_app", "劳动人事争议仲裁申请书\n申请人：{name}，女，{dob}生，身份证号{id}，住{addr}，电话{mob}\n被申请人：{co}，统一社会信用代码{uscc}，法定代表人{name}\n仲裁请求：1.支付拖欠工资{fin}；2.支付经济补偿金{fin}。")
add("lb_award", "仲裁裁决书\n{caseno}\n申请人{name}于{date}入职被申请人处，月工资{fin}。本委认为……裁决被申请人支付申请人工资差额{fin}。\n仲裁员：{name}\n书记员：{name}")
add("lb_wage", "欠薪线索登记\n反映人：{name}  手机：{mob}\n欠薪单位：{co}\n欠薪人数：{n}人，总额约{amt}\n本人被欠：{fin}\n项目位置：某工地  项目编号：{tender}")
add("lb_injury", "工伤认定决定书\n{docno}\n职工姓名：{name}  社会保障号码：{ssn}\n用人单位：{co}\n受伤时间：{date}\n伤情：{health}\n认定结论：属于工伤。")
add("lb_contract", "劳动合同（摘录）\n甲方：{co}\n乙方：{name}  身份证号码：{id}  户籍地址：{addro}\n月工资：{fin}，工资发放账户：{card}\n合同编号：{contract}")
add("lb_roster", "农民工工资发放表\n序号,姓名,身份证号,银行卡号,实发工资\n1,{name},{idp},{cardp},{fin}\n2,{name},{idp},{cardp},{fin}\n3,{name},{idp},{cardp},{fin}\n项目名称：湖州某安置房工程  合同号：{contract}")

# school & student aid
add("sc_aid", "国家助学金申请表\n学生姓名：{name}  出生日期：{dobc}\n身份证号：{id}\n就读学校：{school}\n家庭住址：{addr}\n家庭困难情况：父亲患{health}，家庭年收入{fin}\n资助卡号：{card}\n监护人：{name}，电话{mob}")
add("sc_enrol", "新生入学登记\n学生：{name}  性别：男  出生日期：{dobc}\n身份证件号：{id}\n户籍地址：{addr}\n父亲：{name} {mob}\n母亲：{name} {mob}\n既往病史：{health}")
add("sc_loan", "生源地信用助学贷款受理证明\n借款学生：{name}\n身份证号码：{id}\n共同借款人：{name}\n本年度贷款金额：{fin}\n合同编号：{contract}\n受理日期：{date}")
add("sc_transfer", "学籍转出申请\n学生{name}（身份证号{idp}）因随父母工作调动，申请从{school}转至{school}。\n家长签名：{name}  联系电话：{mob}")
add("sc_lunch", "营养餐补助名单\n班级\t姓名\t补助金额\n三(2)\t{name}\t{fin}\n三(4)\t{name}\t{fin}\n四(1)\t{name}\t{fin}\n合计发放：{amt}  文件：{docno}")
add("sc_exam", "考试报名信息确认\n考生号：{serial}\n姓名：{name}\n证件号码：{id}\n毕业学校：{school}\n联系地址：{addr}\n邮编：{post}\n联系电话：{mob}")
add("sc_health", "学生健康档案\n姓名：{name}  出生日期：{dobc}\n过敏史：青霉素过敏\n慢性病：{health}\n监护人电话：{mob}\n档案编号：{serial}")

# medical insurance & pharmacy
add("md_claim", "医疗费用报销申请\n参保人：{name}\n社会保障号码：{ssn}\n就诊医院：{org}\n住院号：{mrn}\n诊断：{health}\n医疗总费用：{fin}，统筹支付：{fin}，个人自付：{fin}\n报销账户：{card}")
add("md_pharmacy", "定点药店销售记录\n销售单号：{order}\n顾客：{name}  社保卡号：{sscard}\n药品：{drug} ×{n}盒\n金额：{fin}\n处方诊断：{health}\n收银终端：{device}")
add("md_special", "门诊特殊病种待遇认定\n申请人：{name}  身份证号：{id}\n病种：{health}\n门诊号：{mrn}\n定点医院：{org}\n认定日期：{date}\n经办人：{name}")
add("md_transfer", "医保关系转移接续\n参保人：{name}\n社会保障卡号：{sscard}\n转出地：{addro}\n个人账户余额：{fin}\n联系电话：{mob}")
add("md_fraud", "欺诈骗保线索核查\n涉事机构：{org}\n涉及参保人：{name}（社会保障号码{ssn}），病历号{mrn}，虚记诊疗费用{fin}\n举报人联系电话：{mob}\n线索编号：{serial}")
add("md_discharge", "出院小结\n姓名：{name}  住院号：{mrn}\n入院诊断：{health}\n出院诊断：{health}\n住院费用：{fin}\n主治医师：{name}\n随访电话：{tel}")
add("md_chronic", "慢病长处方登记\n患者：{name}，{dob}出生，联系电话{mob}\n诊断：{health}\n药品：{drug}\n病历号：{mrn}")

# employment & training subsidies
add("em_train", "职业技能培训补贴申请\n培训机构：{org}\n学员：{name}  身份证：{id}  手机：{mob}\n培训工种：电工（中级）\n证书编号：{serial}\n补贴金额：{fin}\n发放账户：{card}")
add("em_startup", "创业担保贷款贴息申请\n借款人：{name}\n身份证号码：{id}\n经营实体：{shop}（统一社会信用代码{uscc92}）\n贷款金额：{fin}\n贴息金额：{fin}\n经办银行：{bank}")
add("em_flexible", "灵活就业社保补贴公示\n序号 姓名 社会保障号码 补贴月数 补贴金额\n1 {name} {ssn} 6 {fin}\n2 {name} {ssn} 12 {fin}\n公示期：{date}至{date}，监督电话{tel}")
add("em_unemp", "失业保险金申领登记\n申领人：{name}\n社会保障号码：{ssn}\n原工作单位：{co}\n离职日期：{date}\n每月领取：{fin}\n银行卡号：{card}")
add("em_job", "招聘会求职登记\n姓名：{name}  出生日期：{dob}\n学历：本科  求职意向：会计\n电话：{mob}  邮箱：{email}\n现住：{addr}")
add("em_subsidy_pub", "就业补助资金使用情况\n{yr}年全市共发放就业补助资金{amt}，惠及{stat}人次，其中职业培训补贴{amt}，社保补贴{amt}，同比增长{pct}。文件依据：{docno}。")

# rural land & village affairs
add("rl_contract", "农村土地承包经营权证\n编号：{serial}\n承包方代表：{name}\n身份证号：{id}\n承包方地址：{addr}\n承包地块：{n}块，合计{n}.{n}亩\n发证机关：{county}人民政府")
add("rl_transfer", "土地经营权流转合同\n流出方：{name}（身份证号{id}），住{addr}\n流入方：{co}\n流转面积：{n}亩，年流转费{fin}\n合同编号：{contract}")
add("rl_village", "村务公开栏\n{village}{yr}年第{n}季度财务收支：收入{amt}，支出{amt}。\n低保户：{name}，每月{fin}；{name}，每月{fin}。\n村监委主任：{name}，电话{mob}")
add("rl_homestead", "农村宅基地建房审批表\n申请人：{name}  身份证号码：{id}\n家庭住址：{addr}\n拟建位置：本村东侧\n占地面积：{n}0平方米\n审批文号：{docno}")
add("rl_subsidy", "耕地地力保护补贴清册\n户主|身份证号|补贴面积(亩)|补贴金额|一卡通账号\n{name}|{idp}|{n}.5|{fin}|{cardp}\n{name}|{idp}|{n}.0|{fin}|{cardp}\n清册编号：{serial}")
add("rl_poverty", "低收入农户帮扶台账\n户主：{name}\n家庭人口：{n}人\n致困原因：因病（{health}）\n年人均收入：{fin}\n帮扶责任人：{name}，{mob}\n住址：{addr}")

# petitions & 12345
add("pt_12345", "12345政务服务热线工单\n工单编号：{serial}\n来电人：{name}  来电号码：{mob}\n诉求地址：{addr}\n诉求内容：反映小区地下车库噪音扰民，要求处理。\n承办单位：{dept}\n回复：已上门核实，联系人电话{tel}。")
add("pt_reply", "关于{name}信访事项的答复意见书\n{docno}\n{name}：\n你于{date}反映的征迁补偿问题收悉。经核查，你户（住{addr}）补偿款{fin}已于{date}发放至你的账户{card}。\n如不服，可于30日内申请复查。")
add("pt_visit", "来访登记\n来访人：{name}，身份证{id}，电话{mob}\n同行人数：{n}\n反映问题：工程款拖欠，涉及工程总价{amt}\n接待人：{name}\n登记号：{serial}")
add("pt_online", "网上信访件\n信访人：{name}\n邮箱：{email}\n登录IP：{ip}\n内容：本人于{date}在{shop}就餐后出现食物中毒症状，被诊断为急性胃肠炎，要求查处。")
add("pt_hotline_stat", "12345热线{mon}月运行分析\n本月受理{stat}件，按时办结率{pct}，满意率{pct}。热线号码{svc}，系统版本{ver}。环比上升{pct}。")

# statistics & budgets (negatives-rich)
add("st_yearbook", "湖州统计年鉴（节选）\n表3-{n} 各县区生产总值\n地区\t生产总值(亿元)\t增长(%)\n吴兴区\t{stat}\t{pct}\n南浔区\t{stat}\t{pct}\n德清县\t{stat}\t{pct}\n长兴县\t{stat}\t{pct}\n安吉县\t{stat}\t{pct}\n资料来源：{dept}")
add("st_budget", "{yr}年市级一般公共预算支出表\n科目编码 科目名称 预算数\n201 一般公共服务支出 {amt}\n205 教育支出 {amt}\n208 社会保障和就业支出 {amt}\n210 卫生健康支出 {amt}\n合计 {amt}\n批复文号：{docno}")
add("st_tender", "政府采购中标公告\n项目编号：{tender}\n项目名称：湖州市公共数据平台运维服务\n中标供应商：{co}\n统一社会信用代码：{uscc}\n中标金额：{amt}\n联系人：{name}  电话：{tel}\n公告日期：{date}")
add("st_asset", "固定资产清查表\n资产编号\t名称\t原值\t序列号\n{asset}\t服务器\t{amt}\t{serial}\n{asset}\t交换机\t{amt}\t{serial}\n{asset}\t存储阵列\t{amt}\t{serial}\n清查日期：{date}")
add("st_census", "人口抽样调查主要数据公报\n全市常住人口{stat}人，比上年增加{stat}人，增长{pct}。城镇化率{pct}。邮政编码{post}。依据{docno}发布。")
add("st_fiscal", "财政收支月报\n截至{date}，全市一般公共预算收入{amt}，同比增长{pct}；税收收入{amt}，占比{pct}。政府性基金收入{amt}。")
add("st_lookalike", "数据质量校验报告\n规则：身份证号码校验位检查\n样例（校验失败，已退回）：{idbad}、{idbad}\n银行卡号Luhn校验失败：{cardbad}\n统一社会信用代码校验失败：{usccbad}\n批次号：{serial}  程序版本：{ver}")
add("st_oid", "证书信息\n颁发者：Huzhou Gov CA\n策略OID：{oid}\n序列号：{serial}\n有效期：{date}至{date}\n算法版本：{ver}")
add("st_inventory", "物资入库单\n单号：{order}\n物资：防汛沙袋 {stat}只，救生衣 {n}件\n金额：{amt}\n条码：{barcode}\n经手人：{name}")

# logs, SMS & chat
add("lg_access", "[{date} 10:21:33] INFO gateway request from {ip} user={email} path=/api/v2/person?id={idp} status=200 ver={ver}")
add("lg_auth", "{date} 08:{n}:11 WARN login failed user_id=u{n}3 src_ip={ip} mobile={mobp} attempts=5 locked=true trace={serial}")
add("lg_sync", "{date} 03:00:01 sync job exchange_{n} finished: rows={stat}, errors=0, source_ip={ip}, node=HZ-DSJ-{n}, build={ver}")
add("lg_err", "ERROR validation failed for record #{n}: id_card={idbad} reason=CHECKSUM_MISMATCH; contact={mobp}; operator {name}")
add("sms_verify", "【湖州市民卡】尊敬的{name}，您的市民卡（卡号{sscard}）已制卡完成，请携带身份证到{county}服务网点领取。咨询{svc}。")
add("sms_court", "【{dept}】{name}您好，您的案件{caseno}将于{date}开庭，请准时到庭。书记员电话{tel}。")
add("chat_grid", "网格员群聊：\n网格员A：今天走访了{village}，{name}家里老人{health}，需要帮扶\n网格员B：他儿子电话{mob}，住在{addr}\n网格员A：好的，我登记一下，身份证{id}")
add("chat_bank", "客户经理：{name}您好，您申请的贷款已审批，额度{fin}，请确认收款卡号{card}\n客户：是的，没问题，我手机换了，新号{mob}")
add("chat_pay", "微信聊天记录截图（OCR）\n对方：把钱转到这个卡 {card} 户名 {name}\n我：转了{fin}，你看下\n对方：收到，明天联系 {mob}")
add("sms_fraud", "【温馨提示】您的ETC已失效，请点击链接认证，客服{svc}。（该短信为诈骗短信，发送号码{mob}，群众{name}已报警，报警时间{date}）")

# OCR / odd spacing
add("ocr_id", "居 民 身 份 证\n姓 名  {name}\n性 别  男   民 族  汉\n出 生  {dob}\n住 址  {addr}\n公民身份号码  {id}")
add("ocr_licence", "营 业 执 照\n( 副    本 )\n统一社会信用代码   {uscc}\n名    称   {co}\n法定代表人   {name}\n住    所   {addr}\n登 记 机 关   {dept}")
add("ocr_card", "银 行 卡 复 印 件\n{bank}\n卡号 ： {card}\n持卡人签名 ： {name}\n有效期 ： 08/29")
add("ocr_receipt", "收 款 收 据\nNo. {serial}\n今收到  {name}  交来  房屋租金\n金额  {fin}\n收款单位：{co}\n日期：{date}")

# English-mixed
add("en_ticket", "Ticket #{serial} | Reporter: {name} | Email: {email} | Phone: {mob} | Issue: cannot login to 浙里办 app v{n}.2 from IP {ip}")
add("en_kyc", "KYC record: name={name}; passport={passport}; DOB={dob}; nationality=CN; address={addr}; risk=low; checked {date}")
add("en_visa", "Entry-exit query result: holder {name}, HK/Macao permit {hkm}, last departure via Zhuhai on {date}. Query OID {oid}.")

# more templates (varied)
add("mk_branch", "分公司设立登记申请\n隶属企业：{co}（{uscc}）\n分公司负责人：{name}\n负责人身份证件号码：{id}\n负责人移动电话：{mob}\n经营场所：{addr}")
add("mk_food_sampling", "食品安全抽检不合格核查处置\n被抽样单位：{shop}，经营者{name}，联系电话{mob}\n抽样编号：{serial}\n不合格项目：农药残留，检测报告{serial}\n处置：责令召回，罚没{amt}")
add("bk_account_open", "单位银行结算账户开户申请\n存款人名称：{co}\n统一社会信用代码：{uscc}\n法定代表人：{name}  证件号码：{id}\n财务联系人：{name}  电话：{tel}\n基本户账号：{order}")
add("bk_cash", "大额现金支取登记\n客户：{name}\n证件：{id}\n支取金额：{fin}\n用途：购房\n柜员号：{n}{n}\n凭证号：{invoice}")
add("tx_social", "社会保险费缴费证明\n缴费人：{name}\n社会保障号码：{ssn}\n缴费期间：{yr}年1月至12月\n累计缴费：{fin}\n打印流水号：{order}")
add("ps_fire", "消防安全检查记录\n检查场所：{shop}\n负责人：{name}  电话：{mob}\n发现隐患：{n}处\n检查人员：{name}、{name}\n文书编号：{caseno}")
add("ps_drone", "无人机飞行报备\n报备人：{name}  手机：{mob}\n机型：DJI Mini  序列号：{serial}\n飞行区域：太湖旅游度假区\n报备日期：{date}")
add("tr_school_bus", "校车驾驶人备案\n驾驶人：{name}\n驾驶证号：{id}\n车牌号码：{plate}\n所属学校：{school}\n联系电话：{mob}\n备案编号：{serial}")
add("ct_mediation", "诉前调解笔录\n案号：{caseno}\n原告：{name}，住{addr}，手机{mob}\n被告：{co}\n调解结果：被告于{date}前支付原告货款{fin}。\n调解员：{name}")
add("lb_cert", "离职证明\n兹证明{name}（身份证号：{id}）自{date}至{date}在我公司{co}担任仓库管理员，现已办理离职手续。\n公司联系电话：{tel}")
add("sc_teacher", "教师资格认定申请\n申请人：{name}  出生日期：{dob}\n身份证号码：{id}\n体检结论：合格\n电子邮箱：{email}\n通讯地址：{addr}")
add("md_birth", "出生医学证明补发申请\n新生儿：{name}  出生日期：{dobc}\n母亲：{name}，身份证{id}\n父亲：{name}，身份证{id}\n助产机构：{org}\n住院号：{mrn}")
add("md_vaccine", "预防接种异常反应报告\n受种者：{name}，{dobc}出生\n监护人电话：{mob}\n反应诊断：{health}\n疫苗批号：{serial}\n报告单位：{org}")
add("em_talent", "人才安居补贴申请\n申请人：{name}，{dob}生，身份证{id}\n工作单位：{co}\n购房地址：{addr}\n补贴金额：{fin}\n收款账户：{card}")
add("rl_coop", "农民专业合作社成立登记\n合作社名称：{village}茶叶专业合作社\n统一社会信用代码：{uscc}\n理事长：{name}，身份证号{id}\n成员出资总额：{amt}")
add("pt_complaint_sms", "【湖州12345】{name}您好，您反映的“{county}{village}道路破损”问题（工单{serial}）已办结，请对办理结果进行评价。")
add("st_report", "一季度经济运行情况\n规上工业增加值{amt}，增长{pct}；固定资产投资增长{pct}；社会消费品零售总额{amt}。统计执法检查{n}家，案号{caseno}。")

# batch 2: more templates to widen variety
add("mk_pledge", "动产抵押登记书\n抵押人：{co}\n抵押人统一社会信用代码：{uscc}\n抵押权人：{bank}\n被担保债权数额：{amt}\n抵押物：数控机床{n}台（编号{serial}）\n登记编号：{serial}")
add("mk_pricecheck", "价格检查记录\n检查对象：{shop}\n负责人：{name}，身份证号码{id}\n发现问题：未明码标价\n检查人员：{name}（执法证号{serial}）")
add("mk_cosmetic", "化妆品经营者备案\n经营者：{shop}\n负责人：{name}\n联系电话：{mob}\n地址：{addr}\n备案号：浙妆备{serial}")
add("mk_trademark", "商标侵权案件移送函\n{docno}\n当事人：{name}，{id}，经营地址{addr}\n涉案商品{n}件，货值{amt}。")
add("mk_ecom", "网络交易经营者信息核验\n店铺名称：{shop}\n经营者姓名：{name}\n身份证号：{id}\n登记手机：{mob}\n最近登录IP：{ip}\n平台订单：{order}")
add("bk_dormant", "久悬账户清理名单\n户名,账号,余额,开户日期\n{name},{cardp},{fin},{date}\n{name},{cardp},{fin},{date}\n{name},{cardp},{fin},{date}")
add("bk_guarantee", "保证合同\n保证人：{name}，身份证号码：{id}，住所：{addr}\n债务人：{co}\n保证金额：{fin}\n合同编号：{contract}")
add("bk_rejected", "批量代发失败明细\n批次：{order}\n失败记录：卡号{cardbad}（校验失败）、卡号{cardbad}（校验失败）\n成功笔数：{stat}\n总金额：{amt}")
add("bk_crossborder", "跨境资金异常监测\n客户：{name}  往来港澳通行证：{hkm}\n近30日跨境转出：{fin}\n监测模型版本：{ver}\n预警编号：{serial}")
add("tx_penalty", "税务行政处罚决定书（简易）\n{docno}\n被处罚人：{name}\n身份证件号码：{id}\n违法事实：未按期申报个人所得税\n罚款：200元\n缴款期限：{date}")
add("tx_stamp", "印花税申报表\n纳税人识别号：{uscc}\n纳税人名称：{co}\n应税凭证：购销合同{n}份，计税金额{amt}\n申报日期：{date}\n税收缴款书号：{invoice}")
add("ps_visitor", "外国人住宿登记（港澳居民）\n姓名：{name}\n证件种类：港澳居民来往内地通行证\n原往来港澳通行证：{hkm}\n住宿地址：{addr}\n抵达日期：{date}")
add("ps_warrant", "搜查证（存根）\n{caseno}\n被搜查人：{name}，出生日期{dob}，住址：{addr}\n执行民警：{name}、{name}")
add("ps_cctv", "视频调阅记录\n调阅人：{name}  警号{n}{n}{n}\n摄像头：{device}\n时段：{date} 14:00-15:00\n结果：目标于{trace}。")
add("ps_seal", "印章刻制备案\n用章单位：{co}（{uscc}）\n经办人：{name}  身份证号：{id}\n印章编码：{serial}\n刻制单位：{co}")
add("tr_ev", "新能源汽车充电桩报装\n申请人：{name}  电话：{mob}\n车辆号牌：{plate}\n安装地址：{addr}\n电表户号：{order}")
add("tr_licence", "驾驶证期满换证\n姓名：{name}\n证号（身份证号）：{id}\n准驾车型：C1\n有效期至：{date}\n体检：{health}，不影响驾驶（复核）")
add("tr_bus_card", "公交卡挂失\n持卡人：{name}，手机{mob}\n卡面号：{serial}\n挂失时余额：{fin}\n受理网点：{county}客运中心")
add("ct_property", "财产保全申请书\n申请人：{name}，{id}，手机{mob}\n被申请人：{name}，{id}，住{addr}\n请求冻结被申请人银行存款{fin}或查封等值财产。担保人：{co}")
add("ct_bankrupt", "破产债权申报登记表\n债权人：{name}\n联系电话：{mob}\n申报金额：{fin}\n收款账户：{card}\n管理人案号：{caseno}")
add("lb_social_arrears", "社保欠费稽核\n用人单位：{co}，社会信用代码{uscc}\n涉及职工：{name}（社会保障号码{ssn}）等{n}人\n欠缴总额：{amt}\n稽核编号：{serial}")
add("lb_overtime", "加班费争议调解书\n{caseno}\n申请人：{name}，手机{mob}\n被申请人：{co}\n调解结果：被申请人支付申请人加班工资{fin}。\n调解员：{name}")
add("sc_scholar", "奖学金发放公示\n学号\t姓名\t奖项\t金额\n{serial}\t{name}\t一等奖学金\t{fin}\n{serial}\t{name}\t二等奖学金\t{fin}\n公示期：{date}至{date}")
add("sc_dorm", "住宿生登记\n姓名：{name}\n宿舍：{n}号楼{n}0{n}\n家长：{name} {mob}\n家庭住址：{addr}\n健康状况：{health}")
add("md_outpatient", "门诊病历\n门诊号：{mrn}\n姓名：{name}  年龄：{n}岁\n主诉：头晕一周\n诊断：{health}\n医嘱：{drug}，复诊\n医生：{name}")
add("md_ltc", "长期护理保险失能评估\n被评估人：{name}  社会保障卡号：{sscard}\n居住地址：{addr}\n失能原因：{health}\n评估等级：重度失能三级\n评估员：{name}")
add("md_insure_pub", "医保基金运行情况\n{yr}年全市医保基金收入{amt}，支出{amt}，累计结余{amt}，支付比例{pct}。定点机构{stat}家。")
add("em_public_job", "公益性岗位人员名册\n姓名,性别,身份证号码,岗位,月补贴\n{name},女,{idp},保洁,{fin}\n{name},男,{idp},巡查,{fin}")
add("em_return", "返乡创业补贴\n申请人：{name}，户籍地{addro}\n现经营：{shop}（{uscc92}）\n电话：{mob}\n补贴：{fin}")
add("rl_dispute", "土地承包纠纷调处记录\n申请人：{name}，住{addr}，电话{mob}\n被申请人：{name}\n争议地块编号：{serial}\n调处结果：维持原承包关系。")
add("rl_relocation", "征迁安置协议\n被征迁人：{name}，身份证号{id}\n被征迁房屋：{addr}\n补偿总额：{fin}\n安置房：{addr}\n协议编号：{contract}")
add("pt_followup", "回访记录\n回访对象：{name}（{mob}）\n回访事项：工单{serial}\n回访结果：满意\n回访人：{name}  回访日期：{date}")
add("pt_petition_list", "信访事项交办单\n{docno}\n信访人：{name}，{id}，住{addr}\n反映：{county}某企业拖欠工资{amt}\n交办单位：{dept}")
add("st_proc", "采购合同备案\n合同编号：{contract}\n采购项目：{tender}\n供应商：{co}（{uscc}）\n合同金额：{amt}\n签订日期：{date}")
add("st_gdp_text", "{yr}年，全市实现地区生产总值{amt}，按可比价格计算比上年增长{pct}。其中第一产业增加值{amt}，第二产业增加值{amt}，第三产业增加值{amt}。")
add("st_version", "系统升级公告\n公共数据平台将于{date}升级至{ver}，升级窗口22:00-02:00。变更单号：{order}，配置项OID：{oid}。服务热线{svc}。")
add("lg_json_inline", "log: {date}T09:12:44Z level=info msg=\"query person\" operator={name} target_mobile={mobp} client_ip={ip} req={serial}")
add("lg_sftp", "sftp upload ok: /data/exchange/{yr}/batch_{n}.csv by user hzdsj from {ip}; size={stat} bytes; sha={serial}")
add("chat_tenant", "房东：{name}是吧？押一付三，一共{fin}\n租客：好的，我身份证号{id}，电话{mob}\n房东：地址{addr}，明天来拿钥匙")
add("chat_lost", "[群消息] 谁捡到一个黑色钱包？里面有身份证（{name}，{id}）和{bank}卡，失主电话{mob}")
add("ocr_contract", "房 屋 租 赁 合 同\n出租方 ：{name}   身份证 ：{id}\n承租方 ：{name}   电 话 ：{mob}\n房屋坐落 ：{addr}\n月租金 ：{fin}")
add("ocr_diag", "诊 断 证 明 书\n姓名 {name}   病历号 {mrn}\n诊断 ： {health}\n建议休息两周\n医师 ：{name}   日期 ：{date}")
add("en_bank", "SWIFT inquiry: beneficiary {name}, account {card}, bank {bank} Huzhou branch; amount {fin}; ref {order}; contact {email}")
add("en_hr", "Employee record - Name: {name}; ID No.: {id}; Mobile: {mob}; Home: {addr}; Salary: {fin}/month; Joined {date}")
add("tx_landvat", "土地增值税清算通知\n{docno}\n纳税人：{co}\n纳税人识别号：{uscc}\n清算项目：{village}安置房项目\n应补税额：{amt}")
add("ps_weapon", "管制刀具收缴登记\n持有人：{name}，{dob}出生，身份证{id}\n收缴地点：{county}某娱乐场所\n登记编号：{caseno}")
add("md_pharm_rx", "处方笺\n姓名：{name}  性别：女  年龄：{n}\n医保号：{mrn}\n临床诊断：{health}\nRp：{drug} 0.5g×{n}\n金额：{fin}\n医师：{name}  药师：{name}")
add("rl_village_vote", "村民代表会议决议\n{village}村民代表{n}人参加，同意将集体资金{amt}用于道路硬化。记录人：{name}。联系电话{tel}。")
add("sc_fee", "学费减免审批\n学生：{name}  学号：{serial}\n减免原因：父母双方均为{health}患者\n减免金额：{fin}\n审批文号：{docno}")
add("em_insure_pub", "社保卡发卡统计\n截至{date}，全市累计发放第三代社保卡{stat}张，电子社保卡签发率{pct}，服务网点{n}个，服务电话{svc}。")
add("ct_notice_pub", "执行款领取公告\n{caseno}\n申请执行人{name}：本院已执行到位款项{fin}，请携带身份证到本院领取。联系电话{tel}。")
add("bk_wechat_fraud", "被骗经过（笔录节选）\n问：你把钱转到哪里？\n答：我用{bank}卡{card}转到对方给的账户{card}，一共转了{fin}，对方QQ邮箱是{email}。\n问：你的联系电话？\n答：{mob}。")

# ---------------------------------------------------------------- Traditional templates
TT = []


def addt(tid, body):
    TT.append((tid, body.strip("\n")))


addt("zt_licence", "營業執照\n統一社會信用代碼：{uscc}\n名稱：{co}\n法定代表人：{name}\n註冊資本：{amt}\n住所：{addr}\n登記機關：{dept}")
addt("zt_freeze", "協助凍結存款通知書\n{caseno}\n戶名：{name}\n身份證號碼：{id}\n賬號：{card}\n凍結金額：{fin}\n經辦人：{name}　聯繫電話：{tel}")
addt("zt_victim", "報案筆錄\n報案人{name}，出生日期{dob}，身份證{id}，手機{mob}，住{addr}。\n被騙經過：對方冒充客服，誘導其轉賬{fin}至賬戶{card}。")
addt("zt_claim", "醫療費用報銷申請\n參保人：{name}\n社會保障號碼：{ssn}\n住院號：{mrn}\n診斷：{health}\n醫療總費用：{fin}")
addt("zt_reside", "居住證申領登記\n姓名：{name}\n公民身份號碼：{id}\n戶籍地址：{addro}\n居住地址：{addr}\n聯繫電話：{mob}")
addt("zt_accident", "道路交通事故認定書\n當事人：{name}，駕駛證號{id}，駕駛{plate}，電話{mob}\n傷者：{name}，診斷為{health}。\n事故編號：{serial}")
addt("zt_exec", "執行裁定書\n{caseno}\n被執行人：{name}，公民身份號碼{id}，住{addr}\n凍結其名下存款{fin}。")
addt("zt_labour", "勞動人事爭議仲裁申請書\n申請人：{name}，電話{mob}，住{addr}\n被申請人：{co}，統一社會信用代碼{uscc}\n請求：支付拖欠工資{fin}。")
addt("zt_aid", "國家助學金申請表\n學生姓名：{name}\n出生日期：{dobc}\n身份證號：{id}\n家庭住址：{addr}\n監護人電話：{mob}\n資助卡號：{card}")
addt("zt_12345", "12345熱線工單\n工單編號：{serial}\n來電人：{name}　來電號碼：{mob}\n訴求地址：{addr}\n承辦單位：{dept}\n回覆電話：{tel}")
addt("zt_budget", "{yr}年市級預算支出表\n教育支出 {amt}\n社會保障和就業支出 {amt}\n衛生健康支出 {amt}\n批覆文號：{docno}\n同比增長{pct}")
addt("zt_trace", "流調報告\n{name}（身份證號{id}）於{date}的行蹤軌跡：{trace}。\n其電話{mob}已納入管理。")
addt("zt_passport", "出入境證件申請\n申請人：{name}\n出生日期：{dob}\n原護照號碼：{passport}\n往來港澳通行證：{hkm}\n郵寄地址：{addr}")
addt("zt_land", "農村土地承包經營權證\n編號：{serial}\n承包方代表：{name}\n身份證號：{id}\n地址：{addr}")
addt("zt_tax", "個人所得稅年度匯算\n納稅人：{name}\n身份證件號碼：{id}\n應退稅額：{fin}\n退稅賬戶：{card}")
addt("zt_pharmacy", "定點藥店銷售記錄\n顧客：{name}　社保卡號：{sscard}\n藥品：{drug}\n金額：{fin}\n處方診斷：{health}")
addt("zt_log", "[{date} 10:02:11] 登錄失敗 用戶={email} 來源IP={ip} 版本{ver}")
addt("zt_chat", "群聊記錄：\n甲：{name}家老人{health}，需要幫扶\n乙：他兒子電話{mob}，住{addr}")
addt("zt_indiv", "個體工商戶營業執照\n統一社會信用代碼：{uscc92}\n經營者：{name}\n經營場所：{addr}\n註冊日期：{date}")
addt("zt_lookalike", "數據校驗報告\n身份證號校驗失敗：{idbad}\n銀行卡號校驗失敗：{cardbad}\n信用代碼校驗失敗：{usccbad}\n批次：{serial}")
addt("zt_petition", "信訪事項答覆意見書\n{docno}\n{name}：你反映的徵遷補償問題，經核查，補償款{fin}已發放至賬戶{card}。")
addt("zt_ocr", "居 民 身 份 證\n姓 名  {name}\n出 生  {dob}\n住 址  {addr}\n公民身份號碼  {id}")
addt("zt_loan", "個人貸款審批表\n借款人：{name}\n月收入：{fin}\n還款賬戶：{card}\n合同編號：{contract}\n郵箱：{email}")
addt("zt_share", "股東出資情況\n股東：{name}，證件號碼{id}，認繳出資額{fin}\n股東：{name}，護照號{passport}，認繳出資額{fin}")
addt("zt_stats", "湖州統計年鑒（節選）\n生產總值{amt}，增長{pct}；常住人口{stat}人；郵政編碼{post}；依據{docno}。")
addt("zt_sms", "【湖州市民卡】{name}您好，您的社保卡（卡號{sscard}）已製卡完成，諮詢{svc}。")
addt("zt_court_sms", "【{dept}】{name}您好，案件{caseno}定於{date}開庭，書記員電話{tel}。")
addt("zt_medrec", "出院小結\n姓名：{name}　住院號：{mrn}\n出院診斷：{health}\n住院費用：{fin}\n隨訪電話：{tel}")


# ---------------------------------------------------------------- structured exports
# schemas: list of (field name, generator key)
SCHEMAS = {
    "sx_shareholder": [("shareholder_name", "name"), ("id_no", "idp"), ("mobile", "mobp"), ("subscribed", "fin"), ("company_uscc", "uscc")],
    "sx_freeze": [("account_name", "name"), ("card_no", "cardp"), ("freeze_amount", "fin"), ("case_no", "caseno"), ("bank", "bank")],
    "sx_victim": [("victim", "name"), ("phone", "mobp"), ("loss", "fin"), ("dest_card", "cardp"), ("report_time", "date")],
    "sx_taxpayer": [("nsrsbh", "uscc"), ("nsrmc", "co"), ("fddbr", "name"), ("lxdh", "tel"), ("wjh", "docno")],
    "sx_resident": [("xm", "name"), ("sfzh", "idp"), ("csrq", "dob"), ("zz", "addr"), ("lxdh", "mobp")],
    "sx_vehicle": [("hphm", "plate"), ("jszh", "idp"), ("owner", "name"), ("wfsj", "date"), ("sbbh", "device")],
    "sx_court": [("ah", "caseno"), ("bzxr", "name"), ("zjhm", "idp"), ("zxbd", "fin"), ("lasj", "date")],
    "sx_arbit": [("applicant", "name"), ("mobile", "mobp"), ("employer_uscc", "uscc"), ("claim", "fin"), ("case", "caseno")],
    "sx_student": [("student_name", "name"), ("birth", "dobc"), ("id_card", "idp"), ("guardian_phone", "mobp"), ("aid_card", "cardp")],
    "sx_medclaim": [("insured", "name"), ("shbzhm", "ssn"), ("zyh", "mrn"), ("diagnosis", "health"), ("total", "fin")],
    "sx_pharmacy": [("order_no", "order"), ("buyer", "name"), ("sbkh", "sscard"), ("drug", "drug"), ("amount", "fin")],
    "sx_subsidy": [("name", "name"), ("id", "idp"), ("bank_card", "cardp"), ("subsidy", "fin"), ("batch", "serial")],
    "sx_land": [("cbf", "name"), ("sfzh", "idp"), ("address", "addr"), ("contract_no", "contract"), ("zip", "post")],
    "sx_12345": [("ticket", "serial"), ("caller", "name"), ("caller_no", "mobp"), ("addr", "addr"), ("dept", "dept")],
    "sx_budget": [("item", "dept"), ("budget", "amt"), ("yoy", "pct"), ("doc", "docno"), ("tender", "tender")],
    "sx_login": [("user", "email"), ("ip", "ip"), ("ua_version", "ver"), ("time", "date"), ("trace_id", "serial")],
    "sx_exit": [("name", "name"), ("passport", "passport"), ("hk_permit", "hkm"), ("dob", "dob"), ("email", "email")],
    "sx_lookalike": [("bad_id", "idbad"), ("bad_card", "cardbad"), ("bad_uscc", "usccbad"), ("batch", "serial"), ("rule_ver", "ver")],
    "sx_asset": [("asset_no", "asset"), ("sn", "serial"), ("oid", "oid"), ("value", "amt"), ("invoice", "invoice")],
    "sx_trace": [("person", "name"), ("phone", "mobp"), ("trace", "trace"), ("plate", "plate"), ("date", "date")],
    "sx_indiv": [("jyz", "name"), ("xydm", "uscc92"), ("jycs", "addr"), ("tel", "tel"), ("zcrq", "date")],
    "sx_hotel": [("guest", "name"), ("id_no", "idp"), ("room", "n"), ("src_ip", "ip"), ("checkin", "date")],
}
FORMATS = ["json", "csv", "xml", "bar", "tsv"]


def render_struct(schema_id, fmt, c: Ctx):
    fields = SCHEMAS[schema_id]
    r = c.rng
    nrows = r.randint(1, 4)
    rows = [[(k, GEN[g](c)) for k, g in fields] for _ in range(nrows)]
    parts = []
    add_ = parts.append
    if fmt == "json":
        add_(("[" if nrows > 1 else "", None))
        for i, row in enumerate(rows):
            add_(("{", None))
            for j, (k, vparts) in enumerate(row):
                add_((f'"{k}": "', None))
                parts.extend(vparts)
                add_(('"' + (", " if j < len(row) - 1 else ""), None))
            add_(("}" + (",\n" if i < nrows - 1 else ""), None))
        add_(("]" if nrows > 1 else "", None))
    elif fmt == "xml":
        add_((f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<records schema=\"{schema_id}\">\n", None))
        for row in rows:
            add_(("  <record>", None))
            for k, vparts in row:
                add_((f"<{k}>", None))
                parts.extend(vparts)
                add_((f"</{k}>", None))
            add_(("</record>\n", None))
        add_(("</records>", None))
    else:
        sep = {"csv": ",", "bar": " | ", "tsv": "\t"}[fmt]
        add_((sep.join(k for k, _ in fields) + "\n", None))
        for i, row in enumerate(rows):
            for j, (k, vparts) in enumerate(row):
                quote = fmt == "csv" and any("," in t for t, _ in vparts)
                if quote:
                    add_(('"', None))
                parts.extend(vparts)
                if quote:
                    add_(('"', None))
                if j < len(row) - 1:
                    add_((sep, None))
            if i < nrows - 1:
                add_(("\n", None))
    return parts


# ---------------------------------------------------------------- assembly & validation
def assemble(parts):
    text = []
    ents, negs = [], []
    pos = 0
    for s, lab in parts:
        if lab:
            if lab.startswith("~"):
                negs.append({"kind": lab[1:], "start": pos, "end": pos + len(s)})
            else:
                ents.append({"type": lab, "start": pos, "end": pos + len(s)})
        text.append(s)
        pos += len(s)
    return "".join(text), ents, negs, [(s, lab) for s, lab in parts if lab]


def all_templates():
    out = [("t", tid, body) for tid, body in T]
    out += [("s", f"{sid}_{fm}", (sid, fm)) for sid in SCHEMAS for fm in FORMATS]
    trad_ = [("z", tid, body) for tid, body in TT]
    return out, trad_


def generate():
    rng = random.Random(SEED)
    simp, tradl = all_templates()
    docs = []
    order_s, order_t = [], []
    for i in range(N_DOCS):
        use_trad = rng.random() < 0.10
        pool, order = (tradl, order_t) if use_trad else (simp, order_s)
        if not order:
            order.extend(range(len(pool)))
            rng.shuffle(order)
        kind, tid, body = pool[order.pop()]
        c = Ctx(rng, tr=use_trad)
        if kind == "s":
            parts = render_struct(body[0], body[1], c)
        else:
            parts = render(body, c)
        text, ents, negs, placed = assemble(parts)
        docs.append({"id": f"heldout27-{i:05d}", "text": text, "entities": ents, "negatives": negs,
                     "source": f"heldout27/{tid}", "_placed": placed})
    return docs


ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _half(s):
    return "".join(chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in s)


def _luhn_ok(d):
    return luhn_digit(d[:-1]) == d[-1]


def validate(docs):
    errors = []
    for d in docs:
        text = d["text"]
        spans = []
        placed = d.get("_placed")
        labelled = [(e["type"], e["start"], e["end"]) for e in d["entities"]] + [("~" + n["kind"], n["start"], n["end"]) for n in d["negatives"]]
        labelled.sort(key=lambda x: x[1])
        if placed is not None:
            exp = [lab for _, lab in placed]
            if sorted(exp) != sorted(l for l, _, _ in labelled):
                errors.append((d["id"], "placed mismatch"))
        for typ, s, e in labelled:
            if not (0 <= s < e <= len(text)):
                errors.append((d["id"], "bad offsets", typ))
                continue
            surf = text[s:e]
            if surf != surf.strip():
                errors.append((d["id"], "whitespace edge", typ, surf))
            spans.append((s, e, typ))
            if not typ.startswith("~") and typ not in ENTITY_TYPES:
                errors.append((d["id"], "unknown type", typ))
            h = _half(surf).upper()
            core = re.sub(r"[\s\-]", "", h)
            if typ == "CN_RESIDENT_ID" or (typ == "CN_SOCIAL_SECURITY" and len(core) == 18):
                if len(core) == 18:
                    if not (core[:17].isdigit() and id_check(core[:17]) == core[17]):
                        errors.append((d["id"], "bad ID check", surf))
                elif not (len(core) == 15 and core.isdigit()):
                    errors.append((d["id"], "bad ID form", surf))
            elif typ == "BANK_CARD":
                if not (core.isdigit() and 16 <= len(core) <= 19 and _luhn_ok(core)):
                    errors.append((d["id"], "bad card", surf))
            elif typ == "CN_USCC":
                if not (len(core) == 18 and uscc_check(core[:17]) == core[17]):
                    errors.append((d["id"], "bad USCC", surf))
                oc = core[8:17]
                vals = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in oc[:8]]
                cc = 11 - sum(v * w for v, w in zip(vals, W_ORG)) % 11
                if oc[8] != ("X" if cc == 10 else "0" if cc == 11 else str(cc)):
                    errors.append((d["id"], "bad org code", surf))
            elif typ == "CN_MOBILE":
                m = re.sub(r"^\+86", "", core)
                if not re.fullmatch(r"1[3-9]\d{9}", m):
                    errors.append((d["id"], "bad mobile", surf))
            elif typ == "EMAIL_ADDRESS":
                if not re.fullmatch(r"[\w.]+@[\w.-]+\.[a-z]+", surf):
                    errors.append((d["id"], "bad email", surf))
            elif typ == "CN_PASSPORT":
                if not re.fullmatch(r"E\d{8}|E[A-Z]\d{7}|G\d{8}", surf):
                    errors.append((d["id"], "bad passport", surf))
            elif typ == "CN_HK_MACAO_PERMIT":
                if not re.fullmatch(r"C\d{8}|C[A-Z]\d{7}", surf):
                    errors.append((d["id"], "bad permit", surf))
            elif typ == "~id_lookalike":
                if not (len(core) == 18 and id_check(core[:17]) != core[17]):
                    errors.append((d["id"], "lookalike ID valid", surf))
            elif typ == "~card_lookalike":
                if _luhn_ok(core):
                    errors.append((d["id"], "lookalike card valid", surf))
            elif typ == "~uscc_lookalike":
                if uscc_check(core[:17]) == core[17]:
                    errors.append((d["id"], "lookalike USCC valid", surf))
            elif typ.startswith("~"):
                digits = re.sub(r"\D", "", surf)
                if re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", surf):
                    errors.append((d["id"], "negative looks like mobile", surf))
                if surf.isdigit() and 16 <= len(surf) <= 19 and _luhn_ok(surf):
                    errors.append((d["id"], "negative passes Luhn", surf))
                if len(digits) == 18 and surf.isdigit() and id_check(surf[:17]) == surf[17]:
                    errors.append((d["id"], "negative passes ID check", surf))
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                errors.append((d["id"], "overlap", t1, t2))
        if placed is not None:
            for (surf, lab), (typ, s, e) in zip(placed, labelled):
                if text[s:e] != surf or typ != lab:
                    errors.append((d["id"], "span/value mismatch", lab, surf, text[s:e]))
    return errors


def main():
    a = generate()
    b = generate()
    assert [json.dumps({k: v for k, v in d.items() if k != "_placed"}, ensure_ascii=False) for d in a] == \
           [json.dumps({k: v for k, v in d.items() if k != "_placed"}, ensure_ascii=False) for d in b], "not deterministic"
    errs = validate(a)
    if errs:
        for e in errs[:30]:
            print(e)
        raise SystemExit(f"{len(errs)} validation errors")
    simp, tradl = all_templates()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for d in a:
            fh.write(json.dumps({k: v for k, v in d.items() if k != "_placed"}, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert len(back) == N_DOCS
    errs = validate(back)
    if errs:
        raise SystemExit(f"{len(errs)} validation errors after read-back: {errs[:5]}")
    ent = Counter(e["type"] for d in back for e in d["entities"])
    neg = Counter(n["kind"] for d in back for n in d["negatives"])
    srcs = Counter(d["source"] for d in back)
    ntrad = sum(1 for d in back if d["source"].split("/")[1].startswith("zt_"))
    print(f"wrote {OUT}: {len(back)} docs, {len(simp) + len(tradl)} templates "
          f"({len(T)} text, {len(SCHEMAS)}x{len(FORMATS)} structured, {len(TT)} Traditional), "
          f"{len(srcs)} used, {ntrad} Traditional docs")
    print("entities:", sum(ent.values()))
    for k, v in sorted(ent.items(), key=lambda x: -x[1]):
        print(f"  {k:20s} {v}")
    print("negatives:", sum(neg.values()))
    for k, v in sorted(neg.items(), key=lambda x: -x[1]):
        print(f"  {k:20s} {v}")


if __name__ == "__main__":
    main()
