"""Held-out evaluation family 19 for the Chinese PII detector (written blind).

Templates use «KEY» (entity, or «~kind» for a hard negative; «KEY=tag» reuses one value inside a
document) and ⟨a|b|c⟩ for a literal choice.  %NAME% expands to a label macro before parsing.
Run: python -m bench.classify_heldout19
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bench.classify_values import id_check, luhn_digit, W_USCC, USCC_AL, W_ORG, fullwidth

SEED = 19_30_2026
N_DOCS = 2000
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "classify" / "data" / "heldout19_generated.jsonl"
ENTITIES_YAML = Path("/work/shared/design/entities.yaml")

# --------------------------------------------------------------------------- value pools
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁沈任姚卢钟姜崔谭陆范汪廖石金韦贾夏付方邹熊孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤闵沃") + \
    ["钭", "禤", "亓", "笪", "郦", "缪", "戚", "邬", "芮", "昝", "佴", "訾", "琚", "竺", "蒉", "麻", "茅", "楼", "俞", "诸"] + \
    ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "端木", "夏侯", "闻人", "司徒"]
GIVEN_OLD = ["建国", "秀英", "桂兰", "国强", "卫东", "红梅", "凤英", "玉珍", "德明", "志刚", "金娣", "阿毛", "根宝", "菊芬", "水根", "福林", "兰英", "淑珍", "永康", "美华"]
GIVEN_MID = ["丽娟", "志强", "海燕", "晓东", "伟", "静", "勇", "敏", "晓燕", "建华", "雪芳", "春雷", "剑锋", "丹", "琳", "俊杰", "燕萍", "国平", "慧", "军"]
GIVEN_NEW = ["婷婷", "浩然", "子涵", "梓萱", "一诺", "沐宸", "欣怡", "宇轩", "若汐", "思远", "诗琪", "梓豪", "可馨", "奕辰", "语桐", "嘉懿", "皓轩", "芷若", "锦程", "安然"]
MINORITY = ["阿依古丽·买买提", "次仁卓玛", "扎西多吉", "买买提·艾力", "乌云其其格", "巴特尔", "格桑拉姆", "热依拉·吐尔逊", "阿卜杜拉·艾买提", "洛桑平措", "木呷尔布", "吉克阿依", "蒙和巴雅尔", "古丽娜尔·赛买提"]

T_SURNAMES = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "邱", "曾", "廖", "賴", "徐", "周", "葉", "蘇", "莊", "呂", "江", "何", "蕭", "羅", "高", "錢", "鍾", "歐陽", "司馬", "諸葛", "上官"]
T_GIVEN = ["志明", "淑芬", "雅婷", "俊傑", "建國", "秀蘭", "國強", "麗娟", "家豪", "怡君", "偉倫", "曉東", "詩涵", "子軒", "美玲", "冠宇", "佩珊", "振華", "嘉慧", "文龍", "寶珠", "錦榮"]

# gazetteer: province, city, county, region code, area code, plate prefix, towns/streets
GAZ = [
    ("浙江省", "湖州市", "吴兴区", "330502", "0572", "浙E", ["织里镇", "八里店镇", "爱山街道", "月河街道", "龙泉街道", "朝阳街道", "道场乡", "妙西镇", "东林镇"]),
    ("浙江省", "湖州市", "南浔区", "330503", "0572", "浙E", ["南浔镇", "练市镇", "双林镇", "菱湖镇", "和孚镇", "善琏镇", "旧馆街道", "千金镇"]),
    ("浙江省", "湖州市", "德清县", "330521", "0572", "浙E", ["武康街道", "舞阳街道", "阜溪街道", "新市镇", "乾元镇", "洛舍镇", "禹越镇", "莫干山镇"]),
    ("浙江省", "湖州市", "长兴县", "330522", "0572", "浙E", ["雉城街道", "太湖街道", "龙山街道", "画溪街道", "泗安镇", "和平镇", "煤山镇", "水口乡", "洪桥镇"]),
    ("浙江省", "湖州市", "安吉县", "330523", "0572", "浙E", ["递铺街道", "昌硕街道", "孝丰镇", "天荒坪镇", "梅溪镇", "鄣吴镇", "杭垓镇", "天子湖镇"]),
    ("浙江省", "杭州市", "西湖区", "330106", "0571", "浙A", ["翠苑街道", "文新街道", "留下街道", "转塘街道"]),
    ("浙江省", "杭州市", "余杭区", "330110", "0571", "浙A", ["五常街道", "仓前街道", "闲林街道", "瓶窑镇"]),
    ("浙江省", "宁波市", "鄞州区", "330212", "0574", "浙B", ["钟公庙街道", "首南街道", "姜山镇"]),
    ("浙江省", "温州市", "鹿城区", "330302", "0577", "浙C", ["五马街道", "南汇街道", "藤桥镇"]),
    ("浙江省", "嘉兴市", "南湖区", "330402", "0573", "浙F", ["建设街道", "新嘉街道", "凤桥镇"]),
    ("浙江省", "绍兴市", "柯桥区", "330603", "0575", "浙D", ["柯桥街道", "华舍街道", "钱清街道"]),
    ("浙江省", "金华市", "义乌市", "330782", "0579", "浙G", ["稠城街道", "北苑街道", "佛堂镇"]),
    ("江苏省", "苏州市", "吴江区", "320509", "0512", "苏E", ["松陵街道", "盛泽镇", "震泽镇", "七都镇"]),
    ("江苏省", "无锡市", "宜兴市", "320282", "0510", "苏B", ["宜城街道", "丁蜀镇", "张渚镇"]),
    ("安徽省", "宣城市", "广德市", "341822", "0563", "皖P", ["桃州镇", "新杭镇", "誓节镇"]),
    ("上海市", "", "闵行区", "310112", "021", "沪A", ["莘庄镇", "七宝镇", "古美路街道"]),
    ("江西省", "上饶市", "鄱阳县", "361128", "0793", "赣E", ["鄱阳镇", "田畈街镇", "莲花山乡"]),
    ("河南省", "信阳市", "固始县", "411525", "0376", "豫S", ["番城街道", "三河尖镇", "陈淋子镇"]),
    ("四川省", "南充市", "营山县", "511322", "0817", "川R", ["朗池镇", "骆市镇", "小桥镇"]),
    ("贵州省", "毕节市", "七星关区", "520502", "0857", "贵F", ["洪山街道", "海子街镇", "鸭池镇"]),
    ("湖南省", "邵阳市", "隆回县", "430524", "0739", "湘E", ["桃洪镇", "六都寨镇", "高平镇"]),
    ("广东省", "深圳市", "南山区", "440305", "0755", "粤B", ["粤海街道", "西丽街道", "蛇口街道"]),
    ("山东省", "临沂市", "兰陵县", "371324", "0539", "鲁Q", ["卞庄街道", "向城镇", "长城镇"]),
    ("福建省", "泉州市", "晋江市", "350582", "0595", "闽C", ["青阳街道", "陈埭镇", "安海镇"]),
    ("云南省", "昭通市", "镇雄县", "530627", "0870", "云C", ["乌峰街道", "以勒镇", "牛场镇"]),
    ("甘肃省", "天水市", "秦安县", "620522", "0938", "甘E", ["兴国镇", "莲花镇", "郭嘉镇"]),
    ("新疆维吾尔自治区", "喀什地区", "疏附县", "653121", "0998", "新Q", ["托克扎克镇", "乌帕尔镇"]),
    ("北京市", "", "朝阳区", "110105", "010", "京N", ["望京街道", "三里屯街道", "劲松街道"]),
    ("广西壮族自治区", "百色市", "田东县", "451022", "0776", "桂L", ["平马镇", "祥周镇"]),
    ("内蒙古自治区", "赤峰市", "翁牛特旗", "150426", "0476", "蒙D", ["乌丹镇", "梧桐花镇"]),
]
HZ = GAZ[:5]
ROADS = ["人民路", "凤凰路", "劳动路", "龙王山路", "青铜路", "仁皇山路", "二环东路", "红旗路", "吉山路", "外环南路", "湖东路", "解放路", "中山路", "建设路", "文昌路", "长兴大道", "昌硕东路", "永兴路", "府前路", "太湖路", "金盖山路", "南街", "北河口路"]
ESTATES = ["龙溪苑", "凤凰小区", "白鱼潭小区", "锦绣江南", "滨湖花苑", "金色地中海", "青山苑", "和美家园", "碧水苑", "阳光城·翡丽湾", "仁北小区", "西山漾花园", "吉山新村", "港湖北苑", "华丰新村", "天际花园"]
VILLAGES = ["荃步村", "伍林村", "大港村", "余村", "高禹村", "鲁家村", "石门村", "潘店村", "新庄村", "漾西村", "光辉村", "横山村", "东衡村", "庙前村"]

T_GAZ = [
    ("浙江省", "湖州市", "吳興區", ["織里鎮", "八里店鎮", "愛山街道", "月河街道", "龍泉街道"]),
    ("浙江省", "湖州市", "南潯區", ["南潯鎮", "練市鎮", "雙林鎮", "菱湖鎮"]),
    ("浙江省", "湖州市", "德清縣", ["武康街道", "舞陽街道", "新市鎮", "莫干山鎮"]),
    ("浙江省", "湖州市", "長興縣", ["雉城街道", "太湖街道", "泗安鎮", "煤山鎮"]),
    ("浙江省", "湖州市", "安吉縣", ["遞鋪街道", "昌碩街道", "孝豐鎮", "天荒坪鎮"]),
]
T_ROADS = ["人民路", "鳳凰路", "勞動路", "龍王山路", "青銅路", "紅旗路", "湖東路", "解放路", "長興大道", "昌碩東路", "環城北路"]
T_ESTATES = ["龍溪苑", "鳳凰小區", "濱湖花苑", "錦繡江南", "青山苑", "和美家園", "碧水灣"]
T_VILLAGES = ["荃步村", "餘村", "魯家村", "大港村", "東衡村"]

BINS16 = ["622202", "621700", "622848", "621661", "622588", "622260", "623058", "622908", "621226", "622700", "628288", "625911"]
BINS19 = ["622202", "621700", "622848", "621661", "623175", "621799", "622609", "623668", "621483"]
MAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com", "huzhou.gov.cn", "zjhz.edu.cn", "aliyun.com", "139.com", "hotmail.com", "yeah.net", "sohu.com", "zju.edu.cn"]
PINYIN = ["wang", "li", "zhang", "chen", "shen", "xu", "zhou", "wu", "qian", "yang", "lin", "zhao", "huang", "fei", "pan", "yu", "lou", "mao", "gu", "tang"]
PINYIN_G = ["jianguo", "xiaoyan", "haiyan", "zhiqiang", "tingting", "haoran", "zihan", "yinuo", "wei", "jing", "min", "lei", "fang", "yue", "chen", "ming", "li", "hui"]

HEALTH = ["高血压病3级", "2型糖尿病", "尿毒症（维持性血透）", "精神分裂症", "肺结核", "慢性乙型病毒性肝炎", "抑郁症（中度）", "冠状动脉粥样硬化性心脏病", "阿尔茨海默病", "双下肢截瘫",
          "视力残疾二级", "孤独症谱系障碍", "慢性阻塞性肺疾病", "乳腺癌Ⅱ期", "系统性红斑狼疮", "帕金森病", "脑梗死", "癫痫", "类风湿关节炎", "慢性肾脏病5期", "肝硬化失代偿期", "双相情感障碍",
          "听力残疾三级", "先天性心脏病（室间隔缺损）", "胃癌", "重度骨质疏松"]
T_HEALTH = ["高血壓病2級", "第2型糖尿病", "尿毒症（定期洗腎）", "思覺失調症", "肺結核", "慢性B型肝炎", "憂鬱症", "冠狀動脈心臟病", "失智症", "帕金森氏症", "乳癌第二期", "類風濕性關節炎"]

TRACE_STOPS = ["湖州站", "湖州汽车客运中心", "爱山广场", "南浔古镇", "月河街", "吴兴区八里店镇农贸市场", "湖州市中心医院发热门诊", "织里童装城", "德清莫干山庾村", "安吉余村", "长兴太湖图影",
               "湖州东站", "仁皇山公园", "浙北大厦", "吾悦广场", "龙之梦乐园", "杭州东站", "上海虹桥站", "安吉县人民医院", "练市镇菜场", "新市古镇", "德清高铁站"]
T_TRACE_STOPS = ["湖州站", "愛山廣場", "南潯古鎮", "月河街", "織里童裝城", "安吉餘村", "長興太湖圖影", "湖州東站", "龍之夢樂園", "新市古鎮"]
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
NEWS_ROADS = ["G50沪渝高速湖州段", "申苏浙皖高速", "104国道长兴段", "318国道南浔段", "二环北路与青铜路交叉口", "湖盐公路", "杭宁高速德清段", "S12申嘉湖高速", "龙溪北路隧道", "太湖路高架"]
ORG_PLACES = ["湖州市吴兴区人民政府", "长兴县人力资源和社会保障局", "德清县市场监督管理局", "湖州市大数据管理中心", "安吉县民政局", "南浔区交通运输局", "湖州市中级人民法院", "国家税务总局湖州市税务局", "湖州市应急管理局", "湖州市卫生健康委员会"]

# --------------------------------------------------------------------------- check helpers
_FW = {ord("０") + i: ord("0") + i for i in range(10)}
_FW.update({ord("Ａ") + i: ord("A") + i for i in range(26)})
_FW.update({ord("ａ") + i: ord("a") + i for i in range(26)})


def norm(s: str) -> str:
    s = s.translate(_FW)
    return re.sub(r"[\s\-－·]", "", s)


def ok_id(s: str) -> bool:
    s = norm(s)
    return len(s) == 18 and s[:17].isdigit() and s[17].upper() == id_check(s[:17])


def _org_ok(code9: str) -> bool:
    vals = []
    for ch in code9[:8]:
        if ch.isdigit():
            vals.append(int(ch))
        elif "A" <= ch <= "Z":
            vals.append(ord(ch) - 55)
        else:
            return False
    c = 11 - sum(v * w for v, w in zip(vals, W_ORG)) % 11
    exp = "X" if c == 10 else "0" if c == 11 else str(c)
    return code9[8] == exp


def ok_uscc(s: str, org: bool = True) -> bool:
    s = norm(s).upper()
    if len(s) != 18 or any(ch not in USCC_AL for ch in s):
        return False
    tot = sum(USCC_AL.index(ch) * w for ch, w in zip(s[:17], W_USCC))
    if s[17] != USCC_AL[(31 - tot % 31) % 31]:
        return False
    return _org_ok(s[8:17]) if org else True


def ok_luhn(s: str) -> bool:
    s = norm(s)
    return s.isdigit() and 12 <= len(s) <= 19 and luhn_digit(s[:-1]) == s[-1]


# --------------------------------------------------------------------------- generators
class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # persons
    def person(self):
        r = self.r
        x = r.random()
        if x < 0.06:
            return self.c(MINORITY)
        given = self.c(self.c([GIVEN_OLD, GIVEN_MID, GIVEN_NEW]))
        return self.c(SURNAMES) + given

    def t_person(self):
        return self.c(T_SURNAMES) + self.c(T_GIVEN)

    # dates
    def ymd(self, y0=1940, y1=2012):
        y = self.r.randint(y0, y1)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return y, m, d

    def dob(self):
        y, m, d = self.ymd()
        f = self.r.randint(0, 5)
        return [f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{y}{m:02d}{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}年{m:02d}月{d:02d}日"][f]

    def id17(self, region=None):
        region = region or self.c(GAZ)[3]
        y, m, d = self.ymd()
        return f"{region}{y}{m:02d}{d:02d}{self.digits(3)}"

    def resident_id(self, fmt=None):
        b = self.id17()
        s = b + id_check(b)
        f = fmt or self.r.choices(["p", "p", "p", "p", "sp", "x", "fw", "15"], k=1)[0]
        if f == "sp":
            return f"{s[:6]} {s[6:14]} {s[14:]}"
        if f == "x":
            b = self.id17()
            while id_check(b) != "X":
                b = self.id17()
            return b + self.c(["X", "x"])
        if f == "fw":
            return fullwidth(s)
        if f == "15":
            region = self.c(GAZ)[3]
            y, m, d = self.ymd(1940, 1999)
            return f"{region}{y % 100:02d}{m:02d}{d:02d}{self.digits(3)}"
        return s

    def mobile(self):
        p = self.c(["13", "15", "17", "18", "19"]) + str(self.r.randint(0, 9))
        n = p + self.digits(8)
        f = self.r.randint(0, 9)
        if f <= 4:
            return n
        return [f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}", f"+86-{n}", fullwidth(n)][f - 5]

    def landline(self, hz=False, ext=None):
        g = self.c(HZ) if hz else self.c(GAZ)
        ac = g[4]
        num = str(self.r.randint(2, 8)) + self.digits(7 if len(ac) == 3 or ac in ("0571", "0574", "0512", "0755", "0577") else 6)
        f = self.r.randint(0, 5)
        s = [f"{ac}-{num}", f"({ac}){num}", f"（{ac}）{num}", f"{ac} {num}", f"{ac}{num}", f"{ac}-{num}"][f]
        if ext is None:
            ext = self.r.random() < 0.25
        if ext:
            e = str(self.r.randint(10, 8999))
            s += self.c([f"转{e}", f"-{e}", f" ext. {e}", f"转{e}", f"-{e}", f"分机{e}"])
        return s

    def org_code(self):
        body = "".join(self.c("0123456789" * 3 + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        vals = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in body]
        c = 11 - sum(v * w for v, w in zip(vals, W_ORG)) % 11
        return body + ("X" if c == 10 else "0" if c == 11 else str(c))

    def uscc(self):
        while True:
            head = self.c(["91", "91", "91", "92", "93", "12", "52", "51", "11", "31"])
            s17 = head + self.c(GAZ)[3] + self.org_code()
            if "X" in s17[8:] and "X" not in USCC_AL:
                continue
            if any(ch not in USCC_AL for ch in s17):
                continue  # org code check "X" is not in USCC alphabet? (it is; keep guard)
            tot = sum(USCC_AL.index(ch) * w for ch, w in zip(s17, W_USCC))
            s = s17 + USCC_AL[(31 - tot % 31) % 31]
            return fullwidth(s) if self.r.random() < 0.04 else s

    def card(self, fmt=None):
        if self.r.random() < 0.6:
            p = self.c(BINS16) + self.digits(9)
        else:
            p = self.c(BINS19) + self.digits(12)
        n = p + luhn_digit(p)
        f = fmt or self.r.choice(["p", "p", "p", "sp", "dash"])
        if f == "sp":
            return " ".join(n[i:i + 4] for i in range(0, len(n), 4))
        if f == "dash" and len(n) == 16:
            return "-".join(n[i:i + 4] for i in range(0, len(n), 4))
        return n

    def email(self):
        r = self.r
        f = r.randint(0, 4)
        sur, g = self.c(PINYIN), self.c(PINYIN_G)
        local = [f"{sur}{g}", f"{sur}.{g}", f"{g}{sur}{r.randint(1, 99)}", f"{sur}_{g[0]}{r.randint(1960, 2010)}", str(r.randint(10000, 999999))][f]
        return f"{local}@{self.c(MAIL_DOMAINS)}"

    def ip(self):
        r = self.r
        if r.random() < 0.08:
            return f"240e:{r.randint(256, 4095):x}:{r.randint(1, 65535):x}:{r.randint(1, 255):x}::{r.randint(1, 255):x}"
        f = r.randint(0, 3)
        if f == 0:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if f == 1:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"{self.c([36, 60, 115, 122, 183, 218, 222, 39, 112])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def passport(self):
        f = self.r.randint(0, 3)
        if f <= 1:
            return "E" + self.digits(8)
        if f == 2:
            return "E" + self.c("ABCDEFGHJKLMNPQRS") + self.digits(7)
        return self.c(["G", "P", "S"]) + self.digits(8)

    def permit(self):
        f = self.r.randint(0, 3)
        if f <= 1:
            return "C" + self.digits(8)
        if f == 2:
            return "C" + self.c("ABCDEFGHJKLMN") + self.digits(7)
        return self.c(["H", "M"]) + self.digits(8)

    def plate(self):
        pre = self.c(HZ)[5] if self.r.random() < 0.6 else self.c(GAZ)[5]
        pre = pre[0] + (pre[1] if len(pre) > 1 else "A")
        r = self.r
        f = r.randint(0, 5)
        if f == 0:
            tail = self.c("DF") + self.digits(5)
        elif f == 1:
            tail = self.digits(4) + self.c("ABCDEFGHJKLMN")
        else:
            tail = "".join(self.c("0123456789" * 3 + PLATE_LETTERS) for _ in range(5))
        sep = self.c(["", "", "", "·", " "])
        return pre + sep + tail

    def social(self):
        f = self.r.randint(0, 3)
        if f <= 1:
            return self.c("ABCDEFGHJKLMN") + self.digits(8)
        if f == 2:
            return "3305" + self.digits(2) + self.c("D") + self.digits(9) + self.c("0123456789AX")
        return self.digits(10)

    def medical(self):
        f = self.r.randint(0, 4)
        if f == 0:
            return "ZY" + str(self.r.randint(2018, 2025)) + self.digits(6)
        if f == 1:
            return "MZ" + self.digits(10)
        if f == 2:
            return self.digits(8)
        if f == 3:
            return "H" + self.digits(9)
        return "330500" + self.digits(10)

    def address(self, level=None, hz=None):
        g = self.c(HZ) if (hz or (hz is None and self.r.random() < 0.6)) else self.c(GAZ)
        prov, city, county, _, _, _, towns = g
        town = self.c(towns)
        f = level if level is not None else self.r.randint(0, 5)
        start = self.r.randint(0, 2)
        head = [prov + city + county, city + county, county][start]
        if not city:
            head = [prov + county, prov + county, county][start]
        if f == 0:
            return f"{head}{town}{self.c(ROADS)}{self.r.randint(1, 999)}号"
        if f == 1:
            return f"{head}{town}{self.c(VILLAGES)}{self.r.randint(1, 18)}组{self.r.randint(1, 120)}号"
        if f == 2:
            return f"{head}{town}{self.c(ESTATES)}{self.r.randint(1, 40)}幢{self.r.randint(1, 4)}单元{self.r.randint(1, 28)}0{self.r.randint(1, 4)}室"
        if f == 3:
            return f"{head}{self.c(ROADS)}{self.r.randint(1, 600)}号{self.c(ESTATES)}{self.r.randint(1, 30)}-{self.r.randint(1, 3)}-{self.r.randint(101, 1802)}"
        if f == 4:
            return f"{head}{town}{self.c(VILLAGES)}{self.c(['自然村', '', ''])}{self.r.randint(1, 200)}号"
        return f"{head}{town}{self.c(ESTATES)}{self.r.randint(1, 30)}栋{self.r.randint(101, 2602)}室"

    def t_address(self):
        prov, city, county, towns = self.c(T_GAZ)
        head = self.c([prov + city + county, city + county, county])
        town = self.c(towns)
        f = self.r.randint(0, 2)
        if f == 0:
            return f"{head}{town}{self.c(T_ROADS)}{self.r.randint(1, 999)}號"
        if f == 1:
            return f"{head}{town}{self.c(T_VILLAGES)}{self.r.randint(1, 18)}組{self.r.randint(1, 99)}號"
        return f"{head}{town}{self.c(T_ESTATES)}{self.r.randint(1, 30)}幢{self.r.randint(101, 1802)}室"

    def amount(self):
        r = self.r
        f = r.randint(0, 6)
        v = r.randint(3, 9999) * self.c([1, 10, 100])
        if f == 0:
            return f"{v:,}元"
        if f == 1:
            return f"¥{v:,}"
        if f == 2:
            return f"{r.randint(1, 300)}.{r.randint(1, 9)}万元"
        if f == 3:
            return f"{v}.{r.randint(0, 99):02d}元"
        if f == 4:
            return f"￥{v}"
        if f == 5:
            return f"{v}元"
        return f"{v:,}.00元"

    def trace(self, trad=False):
        stops = self.r.sample(T_TRACE_STOPS if trad else TRACE_STOPS, self.r.randint(2, 4))
        f = self.r.randint(0, 3)
        h = self.r.randint(6, 15)
        if f == 0:
            return "→".join(stops)
        if f == 1:
            parts = []
            for s in stops:
                parts.append(f"{h:02d}:{self.r.randint(0, 59):02d} {s}")
                h += self.r.randint(1, 2)
            return "→".join(parts)
        if f == 2:
            parts = []
            for s in stops:
                parts.append(f"{s}（{h}:{self.r.randint(0, 59):02d}）")
                h += 1
            return "—".join(parts)
        return " -> ".join(stops)

    def health(self, trad=False):
        return self.c(T_HEALTH if trad else HEALTH)

    # negatives
    def neg_date(self):
        y, m, d = self.ymd(2015, 2026)
        return self.c([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}"])

    def neg_time(self):
        return self.c([f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}", f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}", f"上午{self.r.randint(8, 11)}时{self.r.randint(0, 5)}0分"])

    def neg_doc(self):
        pre = self.c(["湖政发", "湖政办发", "浙政发", "湖人社发", "长政办发", "吴政发", "德市监", "安民发", "湖税发", "湖应急", "浔交", "湖卫健发", "湖数管", "国办发"])
        return f"{pre}〔{self.r.randint(2015, 2025)}〕{self.r.randint(1, 120)}号"

    def neg_case(self):
        f = self.r.randint(0, 2)
        y = self.r.randint(2018, 2025)
        if f == 0:
            return f"（{y}）浙05{self.c(['02', '03', '21', '22', '23'])}{self.c(['民初', '刑初', '执', '行初', '民特'])}{self.r.randint(1, 9999)}号"
        if f == 1:
            return f"({y})浙05{self.c(['民终', '刑终', '行终'])}{self.r.randint(1, 999)}号"
        return f"{self.c(['湖吴', '长', '德', '安', '浔'])}{self.c(['市监', '应急', '交', '综执'])}罚〔{y}〕{self.r.randint(1, 500)}号"

    def neg_order(self):
        return self.c([self.c("123456789") + self.digits(18), "HZ" + self.digits(14), self.c(["20", "21", "22"]) + self.digits(16), self.digits(12)])

    def neg_track(self):
        return self.c(["SF" + self.digits(13), "YT" + self.digits(13), "JT" + self.digits(13), "75" + self.digits(13), "4" + self.digits(11)])

    def neg_inv(self):
        return self.c([self.digits(8), "33" + self.digits(18), self.digits(20)])

    def neg_post(self):
        return self.c(["313000", "313100", "313200", "313300", "313009", "313200", "310012", "313199"])

    def neg_hot(self):
        return self.c(["12345", "12315", "12366", "12333", "12320", "12110", "0572-12345", "400-826-" + self.digits(4), "95588", "95566", "0572-2399" + self.digits(3), "0572-" + self.digits(7), "96345"])

    def neg_ver(self):
        return self.c([f"v{self.r.randint(1, 9)}.{self.r.randint(0, 20)}.{self.r.randint(0, 99)}", f"V{self.r.randint(1, 5)}.{self.r.randint(0, 9)}", f"{self.r.randint(1, 9)}.{self.r.randint(0, 9)}.{self.r.randint(0, 9)}.{self.r.randint(100, 9999)}", f"build {self.r.randint(2023, 2025)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}{self.digits(2)}"])

    def neg_sn(self):
        return self.c(["SN" + self.digits(10), "HZ-" + self.digits(4) + "-" + self.digits(6), self.c("ABCDKM") + self.digits(11), "NO." + self.digits(8)])

    def neg_dev(self):
        return self.c(["DEV-" + self.digits(8), "HZCAM" + self.digits(7), "33050" + self.digits(15), "IMEI " + self.digits(15), "GB" + self.digits(18)])

    def neg_cnt(self):
        return self.c([f"{self.r.randint(2, 999):,}人", f"{self.r.randint(1000, 9999999):,}条", f"{self.r.randint(10, 99999)}户", f"{self.r.randint(1000000, 9999999)}人次", f"{self.r.randint(2, 500)}件"])

    def neg_amt(self):
        return self.amount()

    def neg_badid(self):
        while True:
            b = self.id17()
            ok = id_check(b)
            wrong = self.c([ch for ch in "0123456789X" if ch != ok])
            s = b + wrong
            if not ok_id(s) and not ok_uscc(s, org=False) and not ok_luhn(s):
                return s

    def neg_baduscc(self):
        while True:
            s = self.uscc()
            s = norm(s)
            s = s[:17] + self.c([ch for ch in USCC_AL if ch != s[17]])
            if not ok_id(s) and not ok_uscc(s, org=False) and not ok_luhn(s):
                return s

    def neg_badcard(self):
        while True:
            n = self.card("p")
            s = n[:-1] + self.c([d for d in "0123456789" if d != n[-1]])
            if not ok_id(s) and not ok_uscc(s, org=False) and not ok_luhn(s):
                return s

    def neg_room(self):
        return self.c([f"{self.r.randint(1, 9)}楼{self.r.randint(1, 9)}0{self.r.randint(1, 9)}会议室", f"行政服务中心{self.r.randint(1, 3)}号楼{self.r.randint(1, 60)}号窗口", f"{self.r.randint(1, 12)}0{self.r.randint(1, 9)}室（档案室）", f"B区{self.r.randint(1, 40)}号窗口"])

    def neg_road(self):
        return self.c(NEWS_ROADS)

    def neg_place(self):
        return self.c(ORG_PLACES)


# key -> (type or "~kind", generator method)
ENT = {
    "P": ("PERSON", "person"), "tP": ("PERSON", "t_person"),
    "ID": ("CN_RESIDENT_ID", "resident_id"), "MOB": ("CN_MOBILE", "mobile"),
    "TEL": ("CN_LANDLINE", "landline"), "TELhz": ("CN_LANDLINE", "landline_hz"), "TELx": ("CN_LANDLINE", "landline_x"),
    "USCC": ("CN_USCC", "uscc"), "CARD": ("BANK_CARD", "card"), "MAIL": ("EMAIL_ADDRESS", "email"),
    "IP": ("IP_ADDRESS", "ip"), "PP": ("CN_PASSPORT", "passport"), "HK": ("CN_HK_MACAO_PERMIT", "permit"),
    "PL": ("CN_LICENSE_PLATE", "plate"), "SSN": ("CN_SOCIAL_SECURITY", "social"), "MRN": ("CN_MEDICAL_RECORD", "medical"),
    "ADDR": ("CN_ADDRESS", "address"), "tADDR": ("CN_ADDRESS", "t_address"), "DOB": ("DATE_OF_BIRTH", "dob"),
    "HI": ("HEALTH_INFO", "health"), "tHI": ("HEALTH_INFO", "t_health"), "FIN": ("FINANCIAL_INFO", "amount"),
    "TR": ("LOCATION_TRACE", "trace"), "tTR": ("LOCATION_TRACE", "t_trace"),
    "~date": ("~date", "neg_date"), "~time": ("~time", "neg_time"), "~amt": ("~amount", "neg_amt"),
    "~doc": ("~doc_no", "neg_doc"), "~case": ("~case_no", "neg_case"), "~order": ("~order_no", "neg_order"),
    "~track": ("~tracking_no", "neg_track"), "~inv": ("~invoice_no", "neg_inv"), "~post": ("~postcode", "neg_post"),
    "~hot": ("~hotline", "neg_hot"), "~ver": ("~version", "neg_ver"), "~sn": ("~serial", "neg_sn"),
    "~dev": ("~device_code", "neg_dev"), "~cnt": ("~count", "neg_cnt"), "~badid": ("~bad_id", "neg_badid"),
    "~baduscc": ("~bad_uscc", "neg_baduscc"), "~badcard": ("~bad_card", "neg_badcard"), "~room": ("~room", "neg_room"),
    "~road": ("~road", "neg_road"), "~place": ("~place", "neg_place"),
}
Gen.landline_hz = lambda self: self.landline(hz=True)
Gen.landline_x = lambda self: self.landline(hz=self.r.random() < 0.5, ext=True)
Gen.t_health = lambda self: self.health(trad=True)
Gen.t_trace = lambda self: self.trace(trad=True)

# --------------------------------------------------------------------------- templates
MACROS = {
    "ID": "⟨身份证号：|身份证号码：|公民身份号码|证件号码:|身份证|ID No.: |SFZH=|证件号（身份证）：|身份证号 |身份证：⟩",
    "NAME": "⟨姓名：|姓名:|当事人|申请人：|联系人|Name: |XM=|户主：⟩",
    "MOB": "⟨手机：|手机号|联系电话：|手机号码:|电话|Tel: |Mobile: |SJHM=|联系方式：|tel:|手机 |☎⟩",
    "TEL": "⟨固话：|办公电话：|座机|联系电话:|电话：|Tel: |Office: |家庭电话|固定电话 ⟩",
    "USCC": "⟨统一社会信用代码：|统一社会信用代码|信用代码:|社会信用代码：|USCC: |TYSHXYDM=|纳税人识别号：|代码⟩",
    "CARD": "⟨银行卡号：|卡号|银行账号:|收款账号：|账号|Card No.: |YHKH=|开户账号：|卡号：⟩",
    "MAIL": "⟨邮箱：|电子邮箱|E-mail: |email: |邮件地址:|Email：|邮箱 ⟩",
    "IP": "⟨IP：|IP地址|登录IP:|来源IP：|src_ip=|client ip |终端IP |IP:⟩",
    "PP": "⟨护照号：|护照号码|护照:|Passport No.: |HZHM=|普通护照号|护照 ⟩",
    "HK": "⟨港澳通行证号：|往来港澳通行证|通行证号码:|港澳通行证|Permit No.: |GATXZ=|通行证⟩",
    "PL": "⟨车牌号：|车牌|号牌号码:|车牌号码|Plate: |HPHM=|车辆号牌|车号⟩",
    "SSN": "⟨社保卡号：|社会保障卡号|社保卡号码:|社保号|SBKH=|社会保障号码：|社保卡⟩",
    "MRN": "⟨病历号：|住院号|门诊号:|病案号|医保号：|MRN: |BLH=|就诊卡号⟩",
    "ADDR": "⟨住址：|户籍地址：|家住|现住址:|居住地址|地址：|户籍地|Addr: ⟩",
    "DOB": "⟨出生日期：|出生日期|生日:|出生年月日|DOB: |CSRQ=|出生于⟩",
}

TEMPLATES = [
# ---- population / household registration (户籍)
"户籍业务受理单\n%NAME%«P»  性别：⟨男|女⟩  %DOB%«DOB»\n%ID%«ID»\n%ADDR%«ADDR»\n%MOB%«MOB»\n受理日期：«~date»  受理窗口：«~room»",
"迁入登记：«P»，%ID%«ID»，由«ADDR»迁入本辖区，联系手机«MOB»。经办民警«P»，审批文号«~doc»。",
"申请人«P»（身份证«ID»）因婚迁申报户口，原户籍地«ADDR»，配偶«P»，联系电话«MOB»。",
"出生登记：新生儿«P»，出生日期«DOB»，父亲«P»（%ID%«ID»），母亲«P»（%ID%«ID»），家住«ADDR»。",
"居住证申领表\n姓名\n«P»\n公民身份号码\n«ID»\n居住地址\n«ADDR»\n手机\n«MOB»\n申领时间 «~date»",
"临时身份证明：兹证明«P»，身份证号码«ID»，户籍地«ADDR»，系我所辖区居民。有效期至«~date»。",
"【户籍核查】«P» «ID» «MOB»，核查结果：一致。批次号«~sn»，共比对«~cnt»。",
"死亡注销户口：«P»，公民身份号码«ID»，于«~date»因病去世，申报人«P»（关系：子），电话«MOB»。",
"人口信息更正：原出生日期登记有误，更正后出生日期为«DOB»，当事人«P»，证件号码«ID»，依据«~doc»办理。",
"流动人口登记：«P»，%ID%«ID»，暂住«ADDR»，房东«P»手机«MOB»，登记于«~date»。",
"户口簿补领：户主«P»，住址«ADDR»，工本费«~amt»，收据编号«~inv»。",
"身份证挂失：本人«P»身份证（«ID»）于«~date»遗失，现申请补办，联系电话«MOB»。",
# ---- legal persons / market supervision
"营业执照信息\n名称：湖州⟨织里|南浔|安吉|长兴|德清⟩⟨童装|竹木|茶叶|五金|纺织⟩有限公司\n%USCC%«USCC»\n法定代表人：«P»\n住所：«ADDR»\n成立日期：«~date»\n注册资本：«~amt»",
"个体工商户登记：经营者«P»，%ID%«ID»，%USCC%«USCC»，经营场所«ADDR»，联系电话«MOB»。",
"市场主体变更：统一社会信用代码«USCC»，法定代表人由«P»变更为«P»，新法人身份证号«ID»，手机«MOB»。",
"投诉举报工单：投诉人«P»，电话«MOB»，被投诉单位（信用代码«USCC»）销售过期食品，举报热线«~hot»转办，工单号«~order»。",
"行政处罚决定书 «~case»\n当事人：某食品店，%USCC%«USCC»，经营者«P»，住所«ADDR»。罚款«~amt»，于«~date»前缴纳。",
"企业年报联络员：«P»，手机«MOB»，邮箱«MAIL»，公司信用代码«USCC»。",
"食品经营许可证 编号«~sn»；经营者名称：«P»（个体）；社会信用代码«USCC»；经营场所«ADDR»；有效期至«~date»。",
"USCC=«USCC»|name=长兴⟨某|某某⟩科技有限公司|legal=«P»|tel=«MOB»|addr=«ADDR»|reg_date=«~date»",
"股权出质登记：出质人«P»，%ID%«ID»，出质股权数额«~amt»，质权人开户行账号«CARD»。",
"企业注销公告：某贸易商行（统一社会信用代码：«USCC»）经营者«P»决定注销，请债权人于«~date»前申报。联系人«P»，电话«TEL»。",
"特种设备使用登记：设备代码«~dev»，使用单位信用代码«USCC»，安全管理员«P»，手机«MOB»，登记证编号«~sn»。",
"广告监测线索：某直播间账号实名认证人«P»（«ID»），绑定手机«MOB»，登录IP：«IP»。",
# ---- credit
"信用修复申请：申请主体«USCC»，法定代表人«P»，%ID%«ID»，失信记录«~case»已履行完毕，联系邮箱«MAIL»。",
"失信被执行人信息：«P»，身份证号码«ID»，执行法院湖州市吴兴区人民法院，案号«~case»，未履行金额«~amt»。",
"信用承诺书\n承诺人（签字）：«P»\n%ID%«ID»\n%MOB%«MOB»\n承诺日期：«~date»",
"【红黑名单推送】主体=«USCC» 负责人=«P» 证件=«ID» 来源=«~place» 文号=«~doc»",
"个人信用报告查询：查询人«P»，%ID%«ID»，名下贷款余额«FIN»，信用卡«CARD»逾期⟨2|3|5⟩次。",
# ---- health
"门诊病历\n%NAME%«P»  %MRN%«MRN»\n诊断：«HI»\n联系电话：«MOB»\n就诊日期：«~date»",
"出院小结：患者«P»，住院号«MRN»，入院诊断«HI»，出院诊断«HI»。医保号«MRN»。出院日期«~date»，科室电话«TELx»。",
"慢病随访：«P»（%ID%«ID»），患«HI»，本次血压⟨150/95|168/102|142/90⟩mmHg，建议复诊。家住«ADDR»，手机«MOB»。",
"严重精神障碍患者管理：姓名«P»，诊断«HI»，监护人«P»，电话«MOB»，住址«ADDR»。",
"传染病报告卡：患者«P»，身份证«ID»，疾病名称«HI»，现住址«ADDR»，报告单位电话«TEL»，报告时间«~date» «~time»。",
"流调报告：«P»，%MOB%«MOB»，自述行程«TR»，期间乘坐车辆«PL»。",
"病案首页导出：病案号=«MRN»,姓名=«P»,出生日期=«DOB»,主要诊断=«HI»,身份证=«ID»",
"体检报告：受检人«P»，%DOB%«DOB»，体检编号«~sn»，结论：«HI»，建议专科就诊。",
"预约挂号短信：【湖州市中心医院】«P»您好，您已预约«~date» «~time»心内科门诊，就诊卡号«MRN»，请携带身份证«ID»。",
"家庭医生签约：签约居民«P»，%SSN%«SSN»，慢病类型«HI»，签约医生«P»，团队电话«TELhz»。",
"120急救记录：呼救电话«MOB»，患者«P»，初步判断«HI»，接车地点«ADDR»，出车时间«~time»。",
"疫苗接种记录：受种者«P»，出生日期«DOB»，监护人«P»手机«MOB»，接种单位电话«TEL»，疫苗批号«~sn»。",
"医保结算单：参保人«P»，医保号«MRN»，社保卡«SSN»，总费用«~amt»，统筹支付«~amt»，个人自付«FIN»。",
"残疾人证：姓名«P»，残疾类别/等级：«HI»，证号«ID»，监护人电话«MOB»。",
# ---- social security
"参保登记：«P»，%ID%«ID»，%SSN%«SSN»，参保单位信用代码«USCC»，缴费基数«FIN»。",
"社保卡申领：申请人«P»，身份证«ID»，银行卡号«CARD»，邮寄地址«ADDR»，手机«MOB»。",
"养老金发放：«P»，社会保障号码«SSN»，月养老金«FIN»，发放账户«CARD»，发放日期«~date»。",
"失业金申领：申领人«P»，身份证号«ID»，原单位社会信用代码«USCC»，失业前月工资«FIN»，收款卡号«CARD»。",
"工伤认定申请：职工«P»（%ID%«ID»），受伤部位诊断«HI»，用人单位联系人«P»，电话«TELx»，认定书编号«~doc»。",
"劳动仲裁：申请人«P»，%MOB%«MOB»，被申请人信用代码«USCC»，请求支付拖欠工资«FIN»，案号«~case»。",
"灵活就业人员缴费：«P» «ID» 缴费档次«~amt» 扣款账号«CARD» 扣款时间«~date»",
"社保卡挂失短信：【湖州人社】«P»，您的社保卡«SSN»已于«~date»挂失，如非本人操作请致电«~hot»。",
"退休审批表\n姓名 «P»  出生年月日 «DOB»\n公民身份号码 «ID»\n社保号 «SSN»\n参加工作时间 «~date»",
# ---- civil affairs
"低保申请：申请人«P»，%ID%«ID»，家庭住址«ADDR»，家庭月收入«FIN»，存款«FIN»，患«HI»。",
"婚姻登记：男方«P»，身份证号«ID»；女方«P»，身份证号«ID»；登记日期«~date»，结婚证字号«~sn»。",
"特困供养人员：«P»，%DOB%«DOB»，户籍地«ADDR»，供养金«FIN»/月，发放卡号«CARD»。",
"殡葬服务：逝者«P»，公民身份号码«ID»，家属«P»联系电话«MOB»，火化时间«~date» «~time»。",
"临时救助审批：救助对象«P»（«ID»），因«HI»导致生活困难，救助金额«FIN»，审批文号«~doc»。",
"养老服务补贴：老人«P»，出生日期«DOB»，能力评估等级⟨轻度|中度|重度⟩失能，紧急联系人«P» «MOB»，地址«ADDR»。",
"收养登记：收养人«P»，%ID%«ID»，家庭年收入«FIN»，被收养人«P»，%DOB%«DOB»。",
"社会组织登记：某养老服务中心，%USCC%«USCC»，负责人«P»，电话«TELhz»，住所«ADDR»。",
"困境儿童：«P»，%DOB%«DOB»，监护人«P»，%MOB%«MOB»，居住«ADDR»，疾病«HI»。",
# ---- traffic / police
"交通事故认定书 «~case»\n当事人甲：«P»，%ID%«ID»，驾驶«PL»；\n当事人乙：«P»，%MOB%«MOB»，驾驶«PL»。\n事故地点：«~road»。",
"违法停车告知：车辆«PL»于«~date» «~time»在«~road»违法停车，罚款«~amt»，记⟨3|6|9|12⟩分。",
"【交警提醒】机动车«PL»车主«P»：您的车辆检验有效期至«~date»，请及时年检。咨询«~hot»。",
"驾驶证信息：«P»，准驾车型C1，证号«ID»，档案编号«~sn»，联系电话«MOB»，住址«ADDR»。",
"非机动车登记：车主«P»，%ID%«ID»，电动车号牌«~sn»，手机«MOB»。",
"卡口过车记录\n号牌\t时间\t卡口\t设备\n«PL»\t«~date» «~time»\t«~road»\t«~dev»\n«PL»\t«~date» «~time»\t«~road»\t«~dev»",
"路况快讯：«~date» «~time»，«~road»发生多车追尾，已造成拥堵约⟨2|3|5⟩公里，请绕行«~road»。",
"报警记录：报警人«P»，电话«MOB»，称其车辆«PL»在«ADDR»附近被刮擦，接警编号«~order»。",
"询问笔录\n问：你的基本情况？\n答：我叫«P»，身份证号码«ID»，户籍地«ADDR»，现住«ADDR»，电话«MOB»。\n问：案发当天你的行程？\n答：当天行程是«TR»。",
"户籍民警走访：辖区居民«P»（«ID»）反映邻居«P»车辆«PL»长期占用消防通道，回访电话«MOB»。",
"网吧实名登记：上网人员«P»，证件号«ID»，终端IP «IP»，上机时间«~time»，机号«~sn»。",
"旅馆业登记：住客«P»，%ID%«ID»，入住房间«~room»，同住«P»，%HK%«HK»。",
"出入境：申请人«P»，%PP%«PP»，%HK%«HK»，出生日期«DOB»，紧急联系人手机«MOB»。",
"护照签发记录：«P» 护照号码«PP» 签发日期«~date» 签发机关湖州市公安局出入境管理局 受理编号«~order»",
"港澳通行证签注：持证人«P»，通行证号码«HK»，签注类型：团队旅游，受理号«~sn»，有效期至«~date»。",
"外籍及港澳人员临住：«P»，港澳居民来往内地通行证«HK»，住宿«ADDR»，手机«MOB»。",
"反诈预警：受害人«P»（手机«MOB»）向账户«CARD»转账«FIN»，对方IP：«IP»，预警编号«~order»。",
"涉案账户冻结通知：户名«P»，账号«CARD»，冻结金额«FIN»，冻结期限至«~date»，文书号«~doc»。",
# ---- tourism
"民宿入住登记：«P»，«ID»，手机«MOB»，车牌«PL»，入住«~date»，房费«~amt»。",
"景区预约：预约人«P»，证件类型：护照，证件号«PP»，预约日期«~date»，订单号«~order»。",
"旅游投诉：游客«P»，电话«MOB»，邮箱«MAIL»，投诉旅行社（信用代码«USCC»）擅自变更行程，涉及团款«FIN»。",
"导游证信息：导游«P»，%ID%«ID»，导游证号«~sn»，所属旅行社电话«TEL»。",
"自驾游停车：车牌号«PL»，入场时间«~time»，停车场编号«~dev»，收费«~amt»。",
"港澳游客团名单\n序号,姓名,通行证号,手机\n1,«P»,«HK»,«MOB»\n2,«P»,«HK»,«MOB»\n3,«P»,«HK»,«MOB»",
# ---- housing
"不动产登记申请：权利人«P»，%ID%«ID»，不动产坐落«ADDR»，交易价格«FIN»，不动产单元号«~dev»。",
"租赁备案：出租人«P»（«ID»），承租人«P»（«ID»），房屋地址«ADDR»，月租金«FIN»，备案号«~sn»。",
"公积金提取：职工«P»，公积金账号«~sn»，提取金额«FIN»，收款银行卡«CARD»，手机«MOB»。",
"物业报修工单：业主«P»，房号«ADDR»，电话«MOB»，报修内容：卫生间漏水，工单号«~order»，预约«~date» «~time»。",
"住房保障资格：申请人«P»，家庭人均月收入«FIN»，户籍«ADDR»，配偶«P»，%ID%«ID»。",
"拆迁安置协议：被征收人«P»，%ID%«ID»，被征收房屋«ADDR»，补偿款«FIN»，付款账户«CARD»。",
"燃气开户：户名«P»，用气地址«ADDR»，联系电话«MOB»，燃气表号«~dev»，抢修热线«~hot»。",
# ---- education
"学籍信息：学生«P»，%DOB%«DOB»，%ID%«ID»，家长«P»，手机«MOB»，家庭住址«ADDR»。",
"入学报名：儿童«P»，出生日期«DOB»，户籍地«ADDR»，监护人«P»（«ID»），报名编号«~order»。",
"助学金发放：学生«P»，身份证«ID»，资助金额«~amt»，学生本人银行卡号«CARD»，家庭年收入«FIN»。",
"教师资格认定：申请人«P»，%ID%«ID»，邮箱«MAIL»，%MOB%«MOB»，认定批次«~doc»。",
"校园因病缺课登记：«P»，班级高二（3）班，因«HI»请假，家长电话«MOB»，登记日期«~date»。",
"考生信息\n准考证号：«~sn»\n考生姓名：«P»\n身份证号：«ID»\n考点：湖州中学«~room»",
# ---- courts
"民事起诉状\n原告：«P»，%ID%«ID»，住«ADDR»，电话«MOB»。\n被告：«P»，%ID%«ID»，住«ADDR»。\n诉讼请求：判令被告归还借款«FIN»。",
"送达地址确认书：受送达人«P»，送达地址«ADDR»，手机«MOB»，电子送达邮箱«MAIL»，案号«~case»。",
"执行通知：被执行人«P»（%ID%«ID»），案号«~case»，应履行金额«FIN»，已冻结银行账户«CARD»。",
"调解笔录：申请人«P»，被申请人«P»，双方就«~case»一案达成协议，被申请人于«~date»前支付«FIN»。",
"开庭公告：«~date» «~time»在湖州市吴兴区人民法院«~room»公开开庭审理«~case»原告«P»诉被告«P»民间借贷纠纷一案。",
"法律援助申请：申请人«P»，%ID%«ID»，%MOB%«MOB»，月收入«FIN»，案由：劳动争议。",
"拘留所收押：被拘留人«P»，%ID%«ID»，家属«P»电话«MOB»，羁押期限至«~date»，决定书文号«~doc»。",
# ---- tax
"个人所得税：纳税人«P»，纳税人识别号«ID»，年度综合所得«FIN»，应补税额«FIN»，申报日期«~date»。",
"发票查验：发票代码«~inv»，发票号码«~inv»，开票日期«~date»，购方纳税人识别号«USCC»，价税合计«~amt»。",
"税务事项通知书 «~doc»\n纳税人：某建材经营部（«USCC»），负责人«P»，电话«TELhz»，欠缴税款«~amt»。",
"房产交易契税：买方«P»，%ID%«ID»，房屋«ADDR»，成交价«FIN»，契税«~amt»，完税凭证号«~inv»。",
"退税账户确认：«P»，身份证«ID»，退税账户«CARD»，退税金额«FIN»，咨询«~hot»。",
# ---- emergency management
"安全生产执法：企业信用代码«USCC»，主要负责人«P»，手机«MOB»，检查发现隐患⟨3|5|7|12⟩处，责令整改期限«~date»，文书«~case»。",
"防汛转移人员：«P»，«ID»，原住址«ADDR»，安置点«~place»，联系电话«MOB»。",
"森林火灾报警：报警人«P»，手机«MOB»，火点位置安吉县«~road»附近，报警时间«~time»，预警编号«~sn»。",
"危化品运输车辆：车牌«PL»，驾驶员«P»，%ID%«ID»，押运员«P»，手机«MOB»。",
"受灾群众救助：户主«P»，身份证号«ID»，住房倒损地址«ADDR»，救助金«FIN»，打卡账号«CARD»。",
"应急值班记录：«~date» «~time» 接«~place»电话（«~hot»），某厂⟨2|3|4⟩人受伤，联系人«P»«MOB»。",
# ---- exports: CSV / TSV / bar / JSON / XML / kv / logs
"姓名,身份证号,手机,地址\n«P»,«ID»,«MOB»,«ADDR»\n«P»,«ID»,«MOB»,«ADDR»",
"xm,sfzh,sjhm,hjdz,csrq\n«P»,«ID»,«MOB»,«ADDR»,«DOB»\n«P»,«ID»,«MOB»,«ADDR»,«DOB»",
"序号\t姓名\t证件号码\t银行卡号\t金额\n1\t«P»\t«ID»\t«CARD»\t«FIN»\n2\t«P»\t«ID»\t«CARD»\t«FIN»",
"|姓名|车牌|手机|违法时间|\n|«P»|«PL»|«MOB»|«~date»|\n|«P»|«PL»|«MOB»|«~date»|",
"{\"name\": \"«P»\", \"idCard\": \"«ID»\", \"mobile\": \"«MOB»\", \"address\": \"«ADDR»\", \"createTime\": \"«~date» «~time»\"}",
"{\"xm\":\"«P»\",\"sfzh\":\"«ID»\",\"sbkh\":\"«SSN»\",\"yhkh\":\"«CARD»\",\"lxdh\":\"«MOB»\",\"version\":\"«~ver»\"}",
"{\"code\":0,\"data\":{\"legalPerson\":\"«P»\",\"uscc\":\"«USCC»\",\"regAddr\":\"«ADDR»\",\"phone\":\"«TEL»\",\"email\":\"«MAIL»\"},\"traceId\":\"«~sn»\"}",
"<record><xm>«P»</xm><zjhm>«ID»</zjhm><hphm>«PL»</hphm><lxdh>«MOB»</lxdh><djrq>«~date»</djrq></record>",
"<Person><Name>«P»</Name><BirthDate>«DOB»</BirthDate><PassportNo>«PP»</PassportNo><Email>«MAIL»</Email></Person>",
"<patient id=\"«MRN»\"><name>«P»</name><diagnosis>«HI»</diagnosis><phone>«MOB»</phone></patient>",
"«~date» «~time» INFO [auth] user=«MAIL» login ok from «IP», ua=app «~ver»",
"«~date» «~time» WARN  query by operator «P» sfzh=«ID» result=1 ip=«IP» req=«~order»",
"[«~date» «~time»] ERROR PaymentService: refund failed card=«CARD» amount=«~amt» order=«~order»",
"ts=«~date» «~time» level=info svc=gov-sms to=«MOB» tpl=«~sn» status=delivered",
"ts=«~date» action=export operator=«P» rows=⟨120|3521|86⟩ src_ip=«IP» dst=«~place»",
"GET /api/v2/person?sfzh=«ID»&name=«P» 200 ⟨35|128|4096⟩ms client=«IP»",
"INSERT INTO t_resident (xm, sfzh, sjhm, zz) VALUES ('«P»', '«ID»', '«MOB»', '«ADDR»');",
"audit: «P» viewed record of «P» (ID «ID», phone «MOB») at «~time», terminal «~dev»",
"dump line: name=«P»; passport=«PP»; permit=«HK»; mobile=«MOB»; nationality=CHN",
"name\tplate\tmobile\tentry_time\n«P»\t«PL»\t«MOB»\t«~date» «~time»\n«P»\t«PL»\t«MOB»\t«~date» «~time»",
"单位名称|统一社会信用代码|法定代表人|联系电话\n某某农业合作社|«USCC»|«P»|«TELhz»\n某某建材商行|«USCC»|«P»|«MOB»",
"id=«~sn»;holder=«P»;permit=«HK»;passport=«PP»;tel=«MOB»",
# ---- SMS / chat / e-mail
"【湖州市民卡】尊敬的«P»，您尾号的市民卡已于«~date»充值«~amt»。如有疑问请拨打«~hot»。",
"微信群聊：\n«P»：我的电话«MOB»，有事找我\n«P»：好的，我邮箱«MAIL»，材料发我\n«P»：身份证号«ID»你帮我填一下",
"钉钉消息：@«P» 这个网格员上报的«P»，手机«MOB»，家住«ADDR»，需要上门核实。",
"邮件\n发件人：«P» <«MAIL»>\n收件人：«MAIL»\n主题：关于«P»（身份证«ID»）的材料补正\n正文：请于«~date»前补交，联系电话«TELx»。",
"短信：«P»，你好，我是社区网格员«P»，请把户口本照片发到«MAIL»，或直接打«MOB»。",
"回复：收到，卡号«CARD»，户名«P»，开户行中国工商银行湖州分行。",
"私信：加我微信，手机号就是«MOB»，明天在«ADDR»门口见。",
"12345工单\n来电人：«P»\n来电号码：«MOB»\n诉求：反映«ADDR»楼下噪音扰民\n工单编号：«~order»\n办理时限：«~date»",
"12345工单 «~order»：市民«P»（«MOB»）反映其子«P»患«HI»，申请临时救助，家住«ADDR»。",
"电话回访：已回拨«MOB»，«P»表示满意。回访人«P»，分机⟨8012|6203|301⟩。",
# ---- notices with negatives dominant
"关于印发《湖州市公共数据管理办法》的通知 «~doc»\n各县区人民政府：经市政府同意，现予印发，自«~date»起施行。咨询电话«~hot»，邮编«~post»。",
"公告：湖州市大数据管理中心位于«~place»，办公地点«~room»，办事时间«~time»至«~time»，联系人«P»，电话«TELx»。",
"政府采购公告：项目编号«~order»，预算金额«~amt»，采购人«~place»，联系人«P»，电话«TELhz»，邮箱«MAIL»。",
"系统升级通知：政务服务平台将于«~date» «~time»升级至«~ver»，期间暂停服务。问题反馈«~hot»。",
"统计公报：«~date»全市常住人口«~cnt»，新增市场主体«~cnt»，财政收入«~amt»。",
"快递签收：运单号«~track»，收件人«P»，电话«MOB»，地址«ADDR»，签收时间«~date» «~time»。",
"电子发票：发票号码«~inv»，购买方«P»，金额«~amt»，开票人«P»，销售方纳税人识别号«USCC»。",
"设备巡检：监控点«~dev»，序列号«~sn»，固件«~ver»，管理IP «IP»，负责人«P»«MOB»。",
"订单«~order»已发货，收件人«P»，手机«MOB»，收货地址«ADDR»，物流单号«~track»。",
"会议通知：定于«~date» «~time»在«~room»召开数据共享工作会，请«~place»派员参加，联系人«P»，电话«TEL»。",
# ---- look-alikes
"核验失败：输入的身份证号«~badid»校验位错误，请重新输入。操作员«P»。",
"信用代码«~baduscc»校验不通过，已退回。正确代码应为«USCC»，经办«P»。",
"卡号«~badcard»无效（校验失败），请核对；持卡人«P»，手机«MOB»。",
"数据质检报告：字段sfzh异常值«~badid»、«~badid»；字段tyshxydm异常值«~baduscc»；样本«~cnt»。",
"退款失败：银行卡«~badcard»不存在，订单«~order»，金额«~amt»，客服«~hot»。",
"证件比对：«P»，«ID»（通过）；«P»，«~badid»（校验不通过）。",
# ---- misc forms with rarer types
"出境备案登记表\n姓名：«P»\n护照号码：\n«PP»\n往来港澳通行证：\n«HK»\n备案日期：«~date»",
"签证申请：Applicant «P», Passport No. «PP», DOB «DOB», Tel «MOB», E-mail «MAIL»",
"Visa invitation: Mr. «P», passport «PP», hotel «ADDR», contact «TELx».",
"HK/Macao permit «HK» holder «P», mobile «MOB», entry at «~time» via «~place».",
"社保卡信息：卡号«SSN»，持卡人«P»，金融账户«CARD»，制卡日期«~date»。",
"医保电子凭证：参保人«P»，医保编号«MRN»，参保地湖州市，余额«FIN»。",
"住院押金收据：住院号«MRN»，患者«P»，押金«~amt»，收据号«~inv»。",
"核酸采样：«P»，«ID»，采样点«~place»，条码«~sn»，手机«MOB»。",
"行程卡：«P»（«MOB»）近14天到访：«TR»。",
"活动轨迹：«P»于«~date»的行动轨迹为«TR»，期间驾驶«PL»。",
"密接排查：«P»，%ID%«ID»，与确诊病例同乘，行程轨迹：«TR»。",
"出生医学证明：新生儿«P»，%DOB%«DOB»，母亲«P»，身份证«ID»，证明编号«~sn»。",
"网格走访：«P»，«DOB»出生，独居老人，患«HI»，住«ADDR»，女儿«P»电话«MOB»。",
"VPN接入日志：账号«MAIL»，分配地址«IP»，出口«IP»，时长⟨2小时15分|45分钟|3小时⟩。",
"防火墙告警：«~date» «~time» 源«IP» → 目的«IP»，端口扫描⟨23|156|2048⟩次，规则版本«~ver»。",
"信访件：信访人«P»，%ID%«ID»，%MOB%«MOB»，反映«~place»未按«~doc»发放补贴，涉及金额«~amt»。",
"ETC办理：车主«P»，车牌«PL»，扣款卡«CARD»，OBU编号«~dev»，手机«MOB»。",
"车辆抵押登记：抵押人«P»，%ID%«ID»，车牌«PL»，贷款金额«FIN»，抵押权人：湖州银行。",
"车辆转让：卖方«P»（«MOB»），买方«P»（«ID»），车辆«PL»，成交价«FIN»。",
"二手房中介：卖方«P»，电话«MOB»，房屋«ADDR»，挂牌价«FIN»；中介热线«~hot»，备案编号«~sn»。",
"水电气缴费：户号«~sn»，户名«P»，地址«ADDR»，本期应缴«~amt»，代扣账号«CARD»。",
"宽带开户：用户«P»，证件«ID»，装机地址«ADDR»，IP地址«IP»，联系电话«TEL»。",
"企业联络员登记：联络员«P»，%ID%«ID»，%MOB%«MOB»，固话«TEL»，%MAIL%«MAIL»。",
"法人授权委托书：委托人«P»（法定代表人），受托人«P»，%ID%«ID»，电话«MOB»，企业信用代码«USCC»。",
"志愿者登记：«P»，%DOB%«DOB»，%MOB%«MOB»，服务时长⟨2小时15分|45分钟|3小时⟩。",
"征兵体检：应征青年«P»，%ID%«ID»，体检结论«HI»，户籍«ADDR»。",
"献血记录：献血者«P»，%ID%«ID»，献血量⟨200|300|400⟩毫升，献血码«~sn»，血站电话«TEL»。",
"村级公示：«P»户，«ADDR»，享受低保金«FIN»/月。公示期«~date»至«~date»，监督电话«~hot»。",
"护照丢失声明：本人«P»不慎遗失护照，护照号«PP»，特此声明作废。联系手机«MOB»。",
"港澳通行证遗失声明：«P»遗失往来港澳通行证（«HK»），声明作废。",
"行车记录：«PL»于«~date»行驶轨迹«TR»，平均车速⟨46|62|85⟩km/h。",
"驾驶人记分：«P»（驾驶证号«ID»）本周期累计记分⟨3|6|9|12⟩分，联系电话«MOB»，车辆«PL»。",
"湖州市民卡充值日志: card=«SSN» holder=«P» amount=«~amt» terminal=«~dev» at «~time»",
"员工花名册\n工号,姓名,身份证,社保号,手机\n«~sn»,«P»,«ID»,«SSN»,«MOB»\n«~sn»,«P»,«ID»,«SSN»,«MOB»",
"就业登记：«P»，«ID»，单位«USCC»，岗位月薪«FIN»，邮箱«MAIL»。",
"生育津贴：女职工«P»，身份证«ID»，生育津贴«FIN»，拨付至«CARD»。",
"公证申请：«P»（«ID»）申请办理出生公证，出生日期«DOB»，出生地«ADDR»。",
"遗嘱库登记：立遗嘱人«P»，%ID%«ID»，名下存款«FIN»、房产一套（«ADDR»）。",
"保险理赔：被保险人«P»，%ID%«ID»，出险诊断«HI»，理赔金额«FIN»，理赔账户«CARD»。",
"药店购药登记（发热/止咳类）：«P»，«MOB»，体温⟨36.5|37.3|38.2|39.0⟩℃，购药时间«~time»。",
"心理援助热线记录：来电«MOB»，来电人«P»自述患«HI»，接线员工号«~sn»。",
"隔离点登记：«P»，%ID%«ID»，房间«~room»，入住«~date»。",
"寄递实名：寄件人«P»，«ID»，手机«MOB»，运单«~track»。",
"数据共享申请：申请单位«~place»，用途：核验«P»等«~cnt»身份信息，批复«~doc»，经办人邮箱«MAIL»。",
"接口调用：appKey=«~sn» caller=«IP» params={sfzh:«ID»,xm:«P»} cost=⟨12|85|230⟩ms",
"身份核验结果：«P»/«ID»/«MOB» 三要素一致",
"批量导入校验日志：第⟨3|17|42⟩行 sfzh=«~badid» 校验位不符；第⟨5|28|60⟩行 yhkh=«~badcard» Luhn校验失败；第⟨9|33|71⟩行 tyshxydm=«~baduscc» 校验失败。",
"开票信息：购方名称湖州某某有限公司，纳税人识别号«~baduscc»（系统提示：代码有误），发票号码«~inv»，金额«~amt»，快递单号«~track»，邮编«~post»。",
"打款退回：收款人«P»，收款账号«~badcard»（账号有误），应付金额«~amt»，批次«~order»，退回日期«~date»。",
"联系人：«P»/«MOB»/«MAIL»",
"«P» «MOB» «ADDR»",
"«ID» «P» 男 汉族 «ADDR»",
"客户资料：«P»  «MOB»  «CARD»  «FIN»（存款余额）",
"取件码：«~sn» 请凭手机尾号到«~place»旁驿站领取，收件人«P»，电话«MOB»。",
"装修备案：业主«P»，房屋«ADDR»，施工单位信用代码«USCC»，负责人«P»«MOB»，押金«~amt»。",
"电动自行车上牌：车主«P»，%ID%«ID»，整车编码«~sn»，电机号«~dev»。",
"驾校学员：«P»，%ID%«ID»，%MOB%«MOB»，学费«~amt»，报名日期«~date»。",
"商品房预售：购房人«P»，合同备案号«~sn»，房号«ADDR»，总价«FIN»，首付«FIN»。",
"移民安置：«P»，«ID»，安置地址«ADDR»，补助«FIN»。",
"司法确认：申请人«P»、«P»，就«~case»达成调解，申请人联系电话«MOB»、«TEL»。",
"证人证言：我叫«P»，出生日期«DOB»，住«ADDR»，身份证号«ID»，那天我看到车牌«PL»的车撞了人。",
"监控调阅申请：申请人«P»，调阅点位«~dev»，时段«~date» «~time»—«~time»，审批人«P»。",
"网约车订单：乘客«P»（«MOB»），司机«P»，车牌«PL»，行程«TR»，费用«~amt»。",
"外卖骑手登记：«P»，%ID%«ID»，%MOB%«MOB»，电动车«~sn»。",
"数据脱敏样例审核：字段“手机号”原值«MOB»，字段“邮箱”原值«MAIL»，审核人«P»，工单«~order»。",
"银行流水：«~date» 转入«FIN» 对方户名«P» 对方账号«CARD» 余额«FIN»",
"工资条：«P» 基本工资«FIN» 绩效«FIN» 实发«FIN» 工资卡«CARD»",
"个人资产申报：«P»，银行存款«FIN»，股票市值«FIN»，名下车辆«PL»。",
"办公电话簿\n综合科 «P» «TELx»\n数据科 «P» «TELx»\n值班室 «~hot»",
"名片：«P» 湖州市某局科员 电话«TELx» 手机«MOB» 邮箱«MAIL»",
"招聘报名表\n姓名：«P»    出生日期：«DOB»\n身份证：«ID»\n手机：«MOB»\n邮箱：«MAIL»\n通讯地址：«ADDR»（邮编«~post»）",
"研学活动名单：«P»（«DOB»），监护人«P» «MOB»；«P»（«DOB»），监护人«P» «MOB»。",
"校车乘车卡：学生«P»，卡号«~sn»，接送站点«~place»，家长电话«MOB»，车辆«PL»。",
"老年人优待证：«P»，%DOB%«DOB»，证号«ID»，签发«~date»。",
"身份证全角录入：«P»，身份证«ID»，手机«MOB»，登记编号«~sn»。",
"户主«P»联系电话«MOB»，现住«ADDR»，身份证«ID»，户号«~sn»。",
"«P»的手机是«MOB»，她身份证号«ID»，家在«ADDR»。",
"请将补贴«FIN»打到«P»的卡«CARD»上，身份证«ID»。",
"今天«P»来窗口办事，留的电话«TELx»，邮箱«MAIL»。",
"【提示】«P»您好，您在«~date»提交的申请（受理号«~order»）已办结，请到«~room»领取。",
"巡查发现：«~road»沿线有车辆«PL»违停，车主«P»（«MOB»）已电话告知。",
"案件移送函 «~doc»：涉嫌人员«P»，%ID%«ID»，涉案金额«~amt»，涉案账户«CARD»。",
"出警记录：«~date» «~time»，«P»报称其手机«MOB»被盗，被盗地点«ADDR»，IMEI号«~dev»。",
"消防检查：场所负责人«P»，电话«MOB»，信用代码«USCC»，检查记录编号«~sn»，隐患⟨2|4|6⟩处。",
"尾号查询：请输入身份证后四位；系统记录«P»«ID»（已核验）。",
"手机号码«MOB»已实名，机主«P»，入网时间«~date»。",
"就诊记录：«P»，门诊号«MRN»，主诉胸闷，诊断«HI»，开药费用«~amt»，医生工号«~sn»。",
"住院患者一览\n床号,姓名,住院号,诊断\n⟨3|7|12⟩床,«P»,«MRN»,«HI»\n⟨15|21|30⟩床,«P»,«MRN»,«HI»",
"社保关系转移：«P»，社会保障号码«SSN»，转出地«~place»，转入地湖州，联系电话«MOB»，邮寄地址«ADDR»（邮编«~post»）。",
"社保待遇资格认证：«P»，%SSN%«SSN»，认证日期«~date»，认证方式：人脸识别。",
"因公出国（境）审批：«P»，%PP%«PP»，%HK%«HK»，出访时间«~date»至«~date»，批件«~doc»。",
"归还证照登记：«P»交回因私护照（«PP»）及港澳通行证（«HK»），保管柜«~room»。",
"疫情防控行程核查：«P»，«ID»，«~date»行程：«TR»，核查人«P»。",
"寄件信息：运单号«~track»，寄件人«P»（«MOB»），寄自«ADDR»，邮编«~post»，寄往«~place»。",
"轨迹回放：车辆«PL»，«~date»行车轨迹«TR»，数据来源卡口«~dev»。",
"监护对象«P»当日活动轨迹：«TR»（手环编号«~dev»）。",
"Passport «PP» / name «P» / born «DOB» / address «ADDR» / mobile «MOB»",
"病案借阅：借阅人«P»，借阅病案号«MRN»、«MRN»，归还日期«~date»。",
]

TRAD = [
"戶籍登記表\n姓名：«tP»\n身分證號：«ID»\n住址：«tADDR»\n手機：«MOB»\n辦理日期：«~date»",
"申請人«tP»，身份證號碼«ID»，聯絡電話«MOB»，現居«tADDR»。",
"臺胞證持證人«tP»，往來港澳通行證«HK»，手機«MOB»，入住«tADDR»。",
"病歷號：«MRN»\n病患姓名：«tP»\n診斷：«tHI»\n聯絡電話：«TEL»",
"號碼比對：輸入統一社會信用代碼«~baduscc»校驗失敗，銀行帳號«~badcard»校驗失敗，請重新輸入。處理時間«~date» «~time»。",
"通訊錄：«tP» 手機«MOB» 電郵«MAIL»；«tP» 手機«MOB» 電郵«MAIL»",
"港澳居民來往內地通行證：«HK»，持證人«tP»，出生日期«DOB»，聯絡手機«MOB»。",
"護照號碼«PP»，旅客«tP»，出生日期«DOB»，入境時間«~date» «~time»。",
"投訴人«tP»（電話«MOB»）反映某旅行社（統一社會信用代碼«USCC»）強迫購物，涉及金額«FIN»。",
"車主«tP»，車牌«PL»，於«~date»在«~road»違規停車，罰款«~amt»。",
"住院通知：«tP»，住院號«MRN»，入院診斷«tHI»，家屬«tP»電話«MOB»。",
"銀行帳號«CARD»，戶名«tP»，匯款金額«FIN»，交易序號«~order»。",
"行程紀錄：«tP»（«MOB»）近日行程為«tTR»。",
"租賃合約：出租人«tP»，承租人«tP»，身分證«ID»，房屋地址«tADDR»，月租金«FIN»。",
"電子郵件\n寄件者：«tP» <«MAIL»>\n主旨：補件通知\n請於«~date»前寄至«~place»，聯絡電話«TELx»。",
"企業登記：統一社會信用代碼«USCC»，負責人«tP»，聯絡電話«TELhz»，地址«tADDR»。",
"長者關懷：«tP»，出生於«DOB»，患有«tHI»，住«tADDR»，緊急聯絡人«tP» «MOB»。",
"社保卡號«SSN»，持卡人«tP»，身分證字號«ID»，發卡日期«~date»。",
"旅遊團名單\n姓名,通行證號,手機\n«tP»,«HK»,«MOB»\n«tP»,«HK»,«MOB»",
"核驗失敗：身分證號«~badid»檢查碼錯誤；經辦人«tP»。",
"公告 «~doc»：本局辦公地點遷至«~room»，服務專線«~hot»，郵遞區號«~post»。",
"法院通知：原告«tP»訴被告«tP»借貸糾紛，案號«~case»，被告應返還«FIN»，住所«tADDR»。",
"報案紀錄：報案人«tP»，電話«MOB»，稱其於«tADDR»遺失錢包，內有現金«FIN»。",
"登入紀錄：帳號«MAIL» 來源IP «IP» 時間«~date» «~time» 版本«~ver»",
"學生資料：«tP»，出生日期«DOB»，家長«tP»，手機«MOB»，地址«tADDR»。",
"就醫紀錄：«tP»，病歷號«MRN»，診斷為«tHI»，自付費用«FIN»，醫師«tP»。",
"出入境紀錄：旅客«tP»，護照«PP»，港澳通行證«HK»，入境日期«~date»，航班«~sn»。",
"網格員回報：«tP»，身分證«ID»，手機«MOB»，近日活動軌跡«tTR»。",
"低收入戶審核：申請人«tP»，身分證字號«ID»，家庭月收入«FIN»，存款«FIN»，戶籍地址«tADDR»。",
]
TEMPLATES = TEMPLATES + TRAD


TOKEN = re.compile(r"«([^»]+)»|⟨([^⟩]*)⟩")


def _expand_macros(t: str) -> str:
    for _ in range(3):
        t = re.sub(r"%([A-Za-z_]+)%", lambda m: MACROS[m.group(1)], t)
    return t


def render(tmpl: str, g: Gen):
    tmpl = _expand_macros(tmpl)
    out, ents, negs, memo = [], [], [], {}
    pos = 0
    for m in TOKEN.finditer(tmpl):
        lit = tmpl[pos:m.start()]
        out.append(lit)
        pos = m.end()
        cur = sum(len(x) for x in out)
        if m.group(2) is not None:
            out.append(g.c(m.group(2).split("|")))
            continue
        key = m.group(1)
        tag = None
        if "=" in key:
            key, tag = key.split("=", 1)
        typ, meth = ENT[key]
        if tag and (key, tag) in memo:
            val = memo[(key, tag)]
        else:
            val = getattr(g, meth)()
            if tag:
                memo[(key, tag)] = val
        out.append(val)
        span = {"start": cur, "end": cur + len(val)}
        if typ.startswith("~"):
            negs.append({"kind": typ[1:], **span})
        else:
            ents.append({"type": typ, **span})
    out.append(tmpl[pos:])
    return "".join(out), ents, negs


def generate() -> list[dict]:
    rng = random.Random(SEED)
    g = Gen(rng)
    docs = []
    for i in range(N_DOCS):
        ti = i % len(TEMPLATES)
        text, ents, negs = render(TEMPLATES[ti], g)
        docs.append({"id": f"heldout19-{i:05d}", "text": text, "entities": ents, "negatives": negs,
                     "source": f"template:heldout19:{ti}"})
    return docs


# --------------------------------------------------------------------------- validation
def _entity_types() -> set[str]:
    types, inside = set(), False
    for line in ENTITIES_YAML.read_text(encoding="utf-8").splitlines():
        if line.startswith("entities:"):
            inside = True
            continue
        if inside:
            m = re.match(r"^\s{2}([A-Z][A-Z0-9_]+):", line)
            if m:
                types.add(m.group(1))
    return types


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def validate(docs: list[dict], values: list[dict] | None = None) -> None:
    types = _entity_types()
    assert len(docs) == N_DOCS, len(docs)
    ids = set()
    for d in docs:
        t = d["text"]
        assert d["id"] not in ids
        ids.add(d["id"])
        spans = []
        for e in d["entities"]:
            assert e["type"] in types, (d["id"], e)
            spans.append((e["start"], e["end"], e["type"]))
        for n in d["negatives"]:
            spans.append((n["start"], n["end"], "~" + n["kind"]))
        spans.sort()
        for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
            assert e1 <= s2, (d["id"], "overlap", t[s1:e1], t[s2:e2])
        for s, e, typ in spans:
            assert 0 <= s < e <= len(t), (d["id"], s, e)
            v = t[s:e]
            assert v == v.strip(), (d["id"], "space at edge", v)
            if s > 0:
                assert not (_alnum(t[s - 1]) and _alnum(t[s])), (d["id"], "starts inside alnum run", v)
            if e < len(t):
                assert not (_alnum(t[e - 1]) and _alnum(t[e])), (d["id"], "ends inside alnum run", v)
            if typ == "CN_RESIDENT_ID" and len(norm(v)) == 18:
                assert ok_id(v), (d["id"], "bad ID", v)
            if typ == "CN_RESIDENT_ID" and len(norm(v)) != 18:
                assert len(norm(v)) == 15 and norm(v).isdigit(), (d["id"], v)
            if typ == "CN_USCC":
                assert ok_uscc(v), (d["id"], "bad USCC", v)
            if typ == "BANK_CARD":
                assert ok_luhn(v), (d["id"], "bad card", v)
            if typ in ("~bad_id", "~bad_uscc", "~bad_card"):
                assert not ok_id(v) and not ok_uscc(v, org=False) and not ok_uscc(v) and not ok_luhn(v), (d["id"], typ, v)
        covered = [False] * len(t)
        for s, e, _ in spans:
            for k in range(s, e):
                covered[k] = True
        for m in re.finditer(r"[0-9０-９]{7,}", t):
            assert all(covered[m.start():m.end()]), (d["id"], "unlabelled digit run", m.group())
    if values is not None:  # placed values equal the span text
        for d, vals in zip(docs, values):
            for lab, v in vals:
                assert d["text"][lab["start"]:lab["end"]] == v, (d["id"], v)


def generate_with_values():
    """Re-render keeping the placed values, to check span text == value placed."""
    rng = random.Random(SEED)
    g = Gen(rng)
    docs, values = [], []
    for i in range(N_DOCS):
        ti = i % len(TEMPLATES)
        tmpl = _expand_macros(TEMPLATES[ti])
        out, placed, pos = [], [], 0
        labs = []
        memo = {}
        for m in TOKEN.finditer(tmpl):
            out.append(tmpl[pos:m.start()])
            pos = m.end()
            cur = sum(len(x) for x in out)
            if m.group(2) is not None:
                out.append(g.c(m.group(2).split("|")))
                continue
            key, tag = (m.group(1).split("=", 1) + [None])[:2]
            typ, meth = ENT[key]
            if tag and (key, tag) in memo:
                val = memo[(key, tag)]
            else:
                val = getattr(g, meth)()
                if tag:
                    memo[(key, tag)] = val
            out.append(val)
            lab = {"start": cur, "end": cur + len(val)}
            placed.append((lab, val))
            if typ.startswith("~"):
                labs.append(("n", typ[1:], lab))
            else:
                labs.append(("e", typ, lab))
        out.append(tmpl[pos:])
        text = "".join(out)
        d = {"id": f"heldout19-{i:05d}", "text": text,
             "entities": [{"type": t, **l} for k, t, l in labs if k == "e"],
             "negatives": [{"kind": t, **l} for k, t, l in labs if k == "n"],
             "source": f"template:heldout19:{ti}"}
        docs.append(d)
        values.append(placed)
    return docs, values


def main() -> None:
    docs = generate()
    docs2, values = generate_with_values()
    assert docs == docs2, "render paths disagree"
    validate(docs, values)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert back == docs
    validate(back)
    from collections import Counter
    ec = Counter(e["type"] for d in docs for e in d["entities"])
    nc = Counter(n["kind"] for d in docs for n in d["negatives"])
    print(f"docs={len(docs)} templates={len(TEMPLATES)} entities={sum(ec.values())} negatives={sum(nc.values())}")
    for k, v in sorted(ec.items()):
        print(f"  {k}: {v}")
    for k, v in sorted(nc.items()):
        print(f"  ~{k}: {v}")


if __name__ == "__main__":
    main()
