"""Held-out evaluation family 17 for the Chinese PII detector (written blind).

Documents that move between a city's departments: forms, case notes, work orders, notices,
certificates, exports (CSV/TSV/JSON/XML/key=value logs), SMS, chat and e-mail, about a tenth in
Traditional script.  Every value is generated here; identifiers with a check digit are valid
(entities) or deliberately invalid under every rule (look-alike hard negatives).

    python -m bench.classify_heldout17
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bench.classify_values import id_check, luhn_digit, W_USCC, USCC_AL, W_ORG, fullwidth

SEED = 17_30_2026
N_DOCS = 2000
OUT = Path("tests/classify/data/heldout17_generated.jsonl")
ENTITIES_YAML = Path("/work/shared/design/entities.yaml")

# ---------------------------------------------------------------- pools
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
RARE_SURNAMES = list("亓佘厍禤仉逯隗钭笪郗岑邬郦乜茆芮蔺昝訾阚楮眭缪帅宓")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容", "皇甫", "东方", "令狐", "尉迟", "公孙", "夏侯", "端木", "司徒", "澹台"]
GIVEN_OLD = ["建国", "国庆", "秀英", "桂英", "志强", "建华", "玉兰", "淑珍", "德福", "长根", "阿毛", "金宝", "素芬", "根娣", "福林", "桂花", "解放", "援朝", "卫东", "红英"]
GIVEN_MID = ["伟", "静", "丽", "军", "磊", "海燕", "红梅", "晓东", "建军", "丽萍", "志刚", "雪芳", "斌", "燕", "勇", "晓峰", "春燕", "卫平", "海峰", "美琴", "利民", "晨"]
GIVEN_NEW = ["子涵", "梓萱", "浩宇", "欣怡", "一诺", "宇轩", "诗涵", "俊熙", "梓睿", "沐阳", "若汐", "思远", "语桐", "奕辰", "可馨", "皓轩", "锦程", "芷若", "昊然", "依依"]
MINORITY = ["阿依古丽·买买提", "扎西顿珠", "格桑卓玛", "次仁旺堆", "乌兰图雅", "巴特尔", "热依拉·艾则孜", "木合塔尔·吐尔逊", "央金拉姆", "阿卜杜拉·热合曼", "其其格", "那仁花", "古丽娜尔·艾力", "达瓦次仁", "马阿西娅"]
T_SURNAMES = ["陳", "黃", "張", "劉", "楊", "趙", "吳", "周", "鄭", "王", "李", "林", "何", "羅", "梁", "謝", "葉", "鄧", "馮", "蔡", "許", "蕭", "歐陽", "司馬", "諸葛", "鍾", "盧", "譚"]
T_GIVEN = ["志明", "家豪", "詠詩", "嘉欣", "俊傑", "美玲", "國強", "淑芬", "建華", "麗華", "子軒", "雅婷", "偉倫", "慧敏", "振東", "佩儀", "錦濤", "曉薇", "秀蘭", "宏偉", "凱文", "靜怡"]

ID_REGIONS = ["330502", "330503", "330521", "330522", "330523", "330501", "330102", "330106", "330110", "330402",
              "330681", "330782", "320505", "310115", "340104", "360102", "410105", "510107", "420106", "370202",
              "350203", "440305", "530102", "650102", "540102", "150102", "450103", "522601", "341822", "362330"]

# province, city, county, towns, roads, villages, estates
GAZ = [
    ("浙江省", "湖州市", "吴兴区", ["织里镇", "八里店镇", "妙西镇", "东林镇", "爱山街道", "月河街道", "朝阳街道", "飞英街道", "龙泉街道"],
     ["人民路", "红旗路", "凤凰路", "青铜路", "劳动路", "东街", "环渚路", "苕溪西路", "吉山路"], ["移沿山村", "杨溇村", "戴山村", "尹家圩村"], ["凤凰一村", "白鱼潭小区", "湖东花园", "碧浪湖小区", "馆驿河头小区"]),
    ("浙江省", "湖州市", "南浔区", ["南浔镇", "练市镇", "双林镇", "菱湖镇", "和孚镇", "善琏镇", "旧馆街道"],
     ["适园路", "朝阳路", "人瑞路", "南林路", "泰安路"], ["荻港村", "息塘村", "民当村", "新浦村"], ["南浔花园", "锦绣江南苑", "丝绸小区"]),
    ("浙江省", "湖州市", "德清县", ["武康街道", "舞阳街道", "新市镇", "乾元镇", "莫干山镇", "禹越镇", "钟管镇"],
     ["英溪北路", "千秋街", "武源街", "志远北路", "云岫南路"], ["仙潭村", "劳岭村", "五四村", "燎原村"], ["春晖苑", "千秋小区", "城北新村"]),
    ("浙江省", "湖州市", "长兴县", ["雉城街道", "太湖街道", "画溪街道", "和平镇", "泗安镇", "水口乡", "煤山镇", "夹浦镇"],
     ["明珠路", "金陵路", "长兴大道", "解放东路", "太湖中路"], ["顾渚村", "新川村", "仰峰村", "城山村"], ["金陵苑", "龙山花园", "古城新村"]),
    ("浙江省", "湖州市", "安吉县", ["递铺街道", "昌硕街道", "灵峰街道", "天子湖镇", "孝丰镇", "天荒坪镇", "溪龙乡"],
     ["胜利西路", "浦源大道", "玉磬路", "昌硕东路", "天目路"], ["余村", "鲁家村", "高家堂村", "黄杜村"], ["凤凰山庄", "天使小区", "竹海花园"]),
    ("浙江省", "杭州市", "西湖区", ["转塘街道", "三墩镇", "文新街道", "留下街道"], ["文三路", "天目山路", "古墩路", "留和路"], ["龙坞村", "外桐坞村"], ["嘉绿苑", "紫荆花园"]),
    ("浙江省", "杭州市", "余杭区", ["良渚街道", "仓前街道", "瓶窑镇"], ["文一西路", "良渚路", "瓶窑大道"], ["安溪村", "大陆村"], ["良渚文化村", "未来城小区"]),
    ("浙江省", "嘉兴市", "桐乡市", ["乌镇镇", "梧桐街道", "濮院镇"], ["复兴路", "庆丰路", "校场东路"], ["横港村", "民合村"], ["金都景苑", "凤鸣花园"]),
    ("浙江省", "金华市", "义乌市", ["稠城街道", "福田街道", "佛堂镇"], ["工人北路", "稠州北路", "商城大道"], ["何斯路村", "李祖村"], ["宾王小区", "福田花园"]),
    ("浙江省", "绍兴市", "越城区", ["府山街道", "东浦街道"], ["解放北路", "中兴中路"], ["鉴湖村", "东浦村"], ["城南小区", "镜湖名苑"]),
    ("江苏省", "苏州市", "吴中区", ["木渎镇", "甪直镇", "东山镇"], ["金山路", "东吴北路"], ["陆巷村", "杨湾村"], ["金枫苑", "天平花园"]),
    ("江苏省", "无锡市", "宜兴市", ["丁蜀镇", "宜城街道", "张渚镇"], ["解放东路", "陶都路"], ["西望村", "蜀山村"], ["阳光花园", "荆溪苑"]),
    ("", "上海市", "浦东新区", ["张江镇", "川沙新镇", "花木街道"], ["博云路", "川沙路", "锦绣路"], ["连民村", "新春村"], ["仁恒滨江园", "联洋花园"]),
    ("安徽省", "宣城市", "广德市", ["桃州镇", "新杭镇", "誓节镇"], ["横山路", "健康路"], ["五合村", "南塘村"], ["桃州花园", "凤凰城小区"]),
    ("安徽省", "合肥市", "蜀山区", ["三里庵街道", "南岗镇"], ["长江西路", "黄山路"], ["南岗村", "小庙村"], ["琥珀山庄", "西园新村"]),
    ("江西省", "上饶市", "鄱阳县", ["鄱阳镇", "谢家滩镇", "饶丰镇"], ["芝山路", "饶州大道"], ["高塘村", "朱家村"], ["鄱阳湖花园", "芝山小区"]),
    ("河南省", "周口市", "太康县", ["城关回族镇", "马头镇", "龙曲镇"], ["谢安路", "建设路"], ["高朗村", "王集村"], ["阳光新城", "春风小区"]),
    ("四川省", "成都市", "武侯区", ["浆洗街街道", "簇锦街道"], ["武侯祠大街", "高升桥路"], ["红牌楼村", "金花村"], ["锦官新城", "棕北小区"]),
    ("贵州省", "毕节市", "威宁彝族回族苗族自治县", ["草海镇", "六桥街道", "石门乡"], ["建设东路", "民族路"], ["松山村", "金钟村"], ["草海花园", "阳光小区"]),
    ("云南省", "昆明市", "五华区", ["华山街道", "普吉街道"], ["东风西路", "人民中路"], ["王家桥村", "小普吉村"], ["翠湖小区", "金碧苑"]),
    ("湖北省", "武汉市", "洪山区", ["珞南街道", "张家湾街道"], ["珞喻路", "雄楚大道"], ["新路村", "先建村"], ["书城路小区", "名都花园"]),
    ("广东省", "深圳市", "南山区", ["粤海街道", "西丽街道"], ["科苑路", "南海大道"], ["大磡村", "白芒村"], ["桃源村", "海月花园"]),
    ("甘肃省", "临夏回族自治州", "广河县", ["城关镇", "三甲集镇"], ["滨河路", "广河大道"], ["大杨家村", "马家庄村"], ["祥和小区", "团结新村"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", ["燕儿窝街道", "解放南路街道"], ["解放南路", "新华南路"], ["燕儿窝村"], ["幸福花园", "南门小区"]),
]
HUZHOU_WEIGHT = 5  # the first five counties are drawn this many times as often

BINS16 = ["622848", "621700", "622202", "621226", "622588", "623058", "622262", "621661", "622909", "625965", "628288", "436742", "622700", "621483", "622155"]
BINS19 = ["622848", "621700", "622202", "621661", "623668", "621098", "622821", "621799", "623062"]
AREA = [("0572", 7), ("0572", 7), ("0572", 7), ("0572", 7), ("0571", 8), ("0573", 7), ("0574", 8), ("0575", 8), ("0579", 8),
        ("021", 8), ("010", 8), ("025", 8), ("0512", 8), ("020", 8), ("027", 8), ("028", 8), ("0591", 8), ("0551", 7)]
MOBILE_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152", "153", "155", "157", "158", "159",
              "166", "170", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "195", "198", "199"]
MAIL_DOM = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "aliyun.com", "139.com", "outlook.com", "gmail.com", "yeah.net", "sohu.com", "hotmail.com", "189.cn", "huzhou.gov.cn", "zjhu.edu.cn"]
MAIL_DOM_T = ["yahoo.com.hk", "netvigator.com", "gmail.com", "hotmail.com", "macau.ctm.net", "outlook.com"]
PINYIN = ["zhangwei", "wangfang", "liqiang", "chenjing", "liuyang", "yangli", "huangmin", "zhaolei", "wuhao", "zhouyan", "xujun", "sunli",
          "shenhua", "ouyang", "zhuge", "hzchen", "lina", "maxiao", "guojie", "hefeng", "linxi", "luoyi", "gaoyu", "qianqian"]
PROV_PLATE = ["浙"] * 6 + ["沪", "苏", "皖", "赣", "闽", "粤", "京", "鲁", "豫", "川", "鄂", "湘"]
PLATE_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"
HEALTH = ["高血压病3级", "高血压病2级（很高危）", "2型糖尿病", "冠状动脉粥样硬化性心脏病", "慢性肾脏病5期", "尿毒症（维持性血透）", "精神分裂症", "双相情感障碍",
          "抑郁症", "乳腺癌（Ⅱ期）", "肺结核", "慢性乙型病毒性肝炎", "阿尔茨海默病", "脑梗死", "先天性心脏病", "癫痫", "类风湿关节炎",
          "慢性阻塞性肺疾病", "帕金森病", "肢体残疾二级", "视力残疾一级", "艾滋病病毒感染", "胃癌（晚期）", "重度抑郁发作", "孤独症谱系障碍", "白血病", "系统性红斑狼疮"]
HEALTH_T = ["高血壓病3級", "2型糖尿病", "憂鬱症", "肺癌", "慢性腎臟病4期", "冠心病", "思覺失調症", "乳腺癌（Ⅰ期）", "帕金森氏症", "失智症", "肝硬化", "類風濕性關節炎"]
STOPS = ["湖州站", "杭州东站", "德清站", "长兴汽车站", "爱山广场", "南浔古镇", "安吉余村", "银泰城", "上海虹桥站", "苏州北站", "太湖旅游度假区",
         "莫干山景区", "织里童装城", "湖州市中心医院", "月河街", "仁皇山公园", "吴兴高铁站", "安吉汽车客运站", "南京南站", "萧山国际机场", "小梅港码头", "义乌国际商贸城"]
STOPS_T = ["湖州站", "杭州東站", "上海虹橋站", "南潯古鎮", "莫干山景區", "香港西九龍站", "深圳北站", "澳門外港碼頭", "珠海拱北口岸", "太湖旅遊度假區"]

T_MAP = str.maketrans("吴兴区县长浔镇乡号组单园华东凤红劳动鱼湾练双阳门广场馆医杨溇荻厂万压级肾脏维经郁结状脉样脑后遗尔铁车银游装桥苏时间发证码电话机护户联邮办处诉请报记录关为这个们来对业驾驶违罚缴纳税费险疗诊断检属亲问题员确认签宿离开给让还过轨迹踪网络陆态济归传龙连仓条庄岭丝渚汉宁萧岛桐义乌锦丽园湖凯实达运气",
                      "吳興區縣長潯鎮鄉號組單園華東鳳紅勞動魚灣練雙陽門廣場館醫楊漊荻廠萬壓級腎臟維經鬱結狀脈樣腦後遺爾鐵車銀遊裝橋蘇時間發證碼電話機護戶聯郵辦處訴請報記錄關為這個們來對業駕駛違罰繳納稅費險療診斷檢屬親問題員確認簽宿離開給讓還過軌跡蹤網絡陸態濟歸傳龍連倉條莊嶺絲渚漢寧蕭島桐義烏錦麗園湖凱實達運氣")


def trad(s: str) -> str:
    return s.translate(T_MAP)


# ---------------------------------------------------------------- check rules
def _norm(s: str) -> str:
    s = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in s)
    return re.sub(r"[\s\-·]", "", s).upper()


def valid_id(s: str) -> bool:
    s = _norm(s)
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def uscc_check(first17: str) -> str:
    return USCC_AL[(31 - sum(USCC_AL.index(c) * w for c, w in zip(first17, W_USCC)) % 31) % 31]


def valid_uscc(s: str) -> bool:
    s = _norm(s)
    return len(s) == 18 and all(c in USCC_AL for c in s) and uscc_check(s[:17]) == s[17]


def valid_luhn(s: str) -> bool:
    s = _norm(s)
    return len(s) >= 12 and s.isdigit() and luhn_digit(s[:-1]) == s[-1]


def org_check(code8: str) -> str:
    t = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, W_ORG))
    c = 11 - t % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def fails_all(s: str) -> bool:
    return not (valid_id(s) or valid_uscc(s) or valid_luhn(s))


# ---------------------------------------------------------------- value generators
def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def g_person(r, t):
    if t:
        return r.choice(T_SURNAMES) + r.choice(T_GIVEN)
    x = r.random()
    if x < 0.07:
        return r.choice(MINORITY)
    if x < 0.16:
        sur = r.choice(COMPOUND)
    elif x < 0.25:
        sur = r.choice(RARE_SURNAMES)
    else:
        sur = r.choice(SURNAMES)
    gen = r.random()
    pool = GIVEN_OLD if gen < 0.3 else GIVEN_MID if gen < 0.65 else GIVEN_NEW
    return sur + r.choice(pool)


def _birth(r, lo=1938, hi=2016):
    y = r.randint(lo, hi)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


def raw_id(r):
    y, m, d = _birth(r)
    f17 = r.choice(ID_REGIONS) + f"{y:04d}{m:02d}{d:02d}" + digits(r, 3)
    return f17 + id_check(f17)


def g_id(r, t):
    s = raw_id(r)
    x = r.random()
    if x < 0.05:
        return s[:6] + " " + s[6:14] + " " + s[14:]
    if x < 0.10:
        return fullwidth(s)
    if x < 0.14 and s.endswith("X"):
        return s[:-1] + "x"
    return s


def g_id15(r, t):
    y, m, d = _birth(r, 1940, 1980)
    return r.choice(ID_REGIONS) + f"{y % 100:02d}{m:02d}{d:02d}" + digits(r, 3)


def g_mobile(r, t):
    s = r.choice(MOBILE_PRE) + digits(r, 8)
    x = r.random()
    if x < 0.55:
        return s
    if x < 0.67:
        return f"{s[:3]} {s[3:7]} {s[7:]}"
    if x < 0.76:
        return f"{s[:3]}-{s[3:7]}-{s[7:]}"
    if x < 0.86:
        return "+86 " + s
    if x < 0.91:
        return "+86-" + s
    if x < 0.95:
        return "+86 " + f"{s[:3]} {s[3:7]} {s[7:]}"
    return fullwidth(s)


def g_landline(r, t):
    code, n = r.choice(AREA)
    local = r.choice("23568") + digits(r, n - 1)
    x = r.random()
    if x < 0.45:
        s = f"{code}-{local}"
    elif x < 0.6:
        s = f"{code} {local}"
    elif x < 0.72:
        s = f"({code}){local}"
    elif x < 0.84:
        s = f"（{code}）{local}"
    elif x < 0.92:
        s = code + local
    else:
        s = f"{code}-{local[:4]} {local[4:]}" if n == 8 else f"{code}-{local}"
    y = r.random()
    if y < 0.10:
        s += "转" + digits(r, r.choice([3, 4]))
    elif y < 0.16:
        s += "-" + digits(r, r.choice([3, 4]))
    elif y < 0.20:
        s += " ext. " + digits(r, 2)
    elif y < 0.23:
        s += " 转 " + digits(r, 3)
    return s


def raw_uscc(r):
    pre = r.choice(["91", "91", "91", "92", "92", "93", "12", "11", "13", "51", "52", "53", "Y1", "31"])
    reg = r.choice(ID_REGIONS[:12])
    if r.random() < 0.5:
        o8 = digits(r, 8)
    else:
        o8 = "MA" + "".join(r.choice(USCC_AL) for _ in range(6))
    f17 = pre + reg + o8 + org_check(o8)
    if any(c not in USCC_AL for c in f17):
        return raw_uscc(r)
    return f17 + uscc_check(f17)


def g_uscc(r, t):
    s = raw_uscc(r)
    if r.random() < 0.05:
        return fullwidth(s)
    return s


def raw_card(r):
    if r.random() < 0.7:
        p = r.choice(BINS16) + digits(r, 9)
    else:
        p = r.choice(BINS19) + digits(r, 12)
    return p + luhn_digit(p)


def g_card(r, t):
    s = raw_card(r)
    x = r.random()
    if x < 0.25:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if x < 0.30:
        return fullwidth(s)
    return s


def g_email(r, t):
    if r.random() < 0.15:
        local = str(r.randint(10000, 2999999999))
    else:
        local = r.choice(PINYIN) + r.choice(["", "", str(r.randint(1, 99)), str(r.randint(1960, 2010)), "_hz", ".work"])
    return local + "@" + r.choice(MAIL_DOM_T if t else MAIL_DOM)


def g_ip(r, t):
    x = r.random()
    if x < 0.3:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if x < 0.5:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if x < 0.6:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if x < 0.95:
        return f"{r.choice([36, 39, 58, 60, 101, 112, 115, 117, 122, 183, 218, 220, 223])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"240e:{r.randint(256, 4095):x}:{r.randint(0, 65535):x}:{r.randint(0, 65535):x}::{r.randint(1, 255):x}"


def g_passport(r, t):
    x = r.random()
    L = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    if x < 0.55:
        return "E" + digits(r, 8)
    if x < 0.85:
        return "E" + L + digits(r, 7)
    return "G" + digits(r, 8)


def g_hkm(r, t):
    if r.random() < 0.6:
        return "C" + digits(r, 8)
    return "C" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 7)


def g_plate(r, t):
    prov = r.choice(PROV_PLATE)
    city = "E" if prov == "浙" and r.random() < 0.7 else r.choice("ABCDEFGHJKL")
    if r.random() < 0.2:
        body = r.choice("DF") + digits(r, 5)
    else:
        body = [r.choice("0123456789") for _ in range(5)]
        for _ in range(r.choice([0, 1, 1, 2])):
            body[r.randrange(5)] = r.choice(PLATE_AL)
        body = "".join(body)
    if t and prov == "浙":
        prov = "浙"
    sep = r.choice(["", "", "", "·", " "])
    return prov + city + sep + body


def g_ssn(r, t):
    x = r.random()
    if x < 0.5:
        return r.choice("ABCDEFGHJKLMN") + digits(r, 8)
    if x < 0.8:
        return "3305" + digits(r, 6)
    return "HZ" + digits(r, 10)


def g_mrn(r, t):
    x = r.random()
    if x < 0.3:
        return "ZY" + str(r.randint(2019, 2025)) + digits(r, 6)
    if x < 0.5:
        return "MZ" + digits(r, 10)
    if x < 0.7:
        return digits(r, 1).replace("0", "1") + digits(r, 7)
    if x < 0.85:
        return "BA" + digits(r, 7)
    return "H33050" + digits(r, 9)


def _county(r):
    k = r.randrange(len(GAZ) + 5 * (HUZHOU_WEIGHT - 1))
    return GAZ[k % 5] if k >= len(GAZ) else GAZ[k]


def g_addr(r, t, start=None):
    prov, city, county, towns, roads, vills, ests = _county(r)
    top = [x for x in (prov, city, county) if x]
    lvl = start if start is not None else r.choice([0, 0, 1, 1, 1, 2])
    lvl = min(lvl, len(top) - 1)
    head = "".join(top[lvl:])
    form = r.random()
    if form < 0.3:
        tail = r.choice(towns) + r.choice(roads) + f"{r.randint(1, 888)}号"
        if r.random() < 0.3:
            tail += f"{r.randint(1, 20)}幢{r.randint(1, 3)}单元{r.randint(1, 18)}0{r.randint(1, 4)}室"
    elif form < 0.55:
        tail = r.choice(towns) + r.choice(vills) + f"{r.randint(1, 15)}组{r.randint(1, 120)}号"
    elif form < 0.8:
        tail = r.choice(roads) + f"{r.randint(1, 600)}号" + r.choice(ests) + f"{r.randint(1, 40)}幢{r.randint(1, 30)}0{r.randint(1, 4)}室"
    else:
        tail = r.choice(towns) + r.choice(ests) + f"{r.randint(1, 40)}幢{r.randint(1, 3)}单元{r.randint(1, 30)}0{r.randint(1, 4)}室"
    s = head + tail
    return trad(s) if t else s


def g_addr_div(r, t):
    prov, city, county, *_ = _county(r)
    s = city + county
    return trad(s) if t else s


def g_dob(r, t):
    y, m, d = _birth(r)
    return r.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{y}{m:02d}{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}年{m:02d}月{d:02d}日"])


def g_health(r, t):
    return r.choice(HEALTH_T if t else HEALTH)


def g_fin(r, t):
    x = r.random()
    v = r.randint(800, 980000)
    if x < 0.35:
        return f"{v:,}元"
    if x < 0.5:
        return f"{v}.{r.randint(0, 99):02d}元"
    if x < 0.65:
        return f"¥{v:,}"
    if x < 0.75:
        return f"￥{v:,}.00"
    if x < 0.9:
        return f"{r.randint(2, 480)}万元" if not t else f"{r.randint(2, 480)}萬元"
    return f"{v}元"


def g_trace(r, t):
    stops = r.sample(STOPS_T if t else STOPS, r.randint(2, 4))
    arrow = r.choice(["→", "→", "—>", "->", " → "])
    if r.random() < 0.5:
        parts = []
        h = r.randint(6, 15)
        for s in stops[:-1]:
            parts.append(f"{s}（{h:02d}:{r.randint(0, 59):02d}）")
            h += 1
        parts.append(stops[-1])
        return arrow.join(parts)
    return arrow.join(stops)


# ---- negatives
def n_date(r, t):
    y = r.randint(2015, 2025)
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}{m:02d}{d:02d}", f"{m}月{d}日",
                     f"{y}-{m:02d}-{d:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}", f"{y}/{m}/{d}"])


def n_time(r, t):
    return r.choice([f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", f"{r.randint(1, 12)}时{r.randint(0, 59)}分", f"{r.randint(8, 17)}:{r.choice(['00', '30'])}"])


def n_amount(r, t):
    v = r.randint(20, 500000)
    return r.choice([f"{v:,}元", f"{v}元", f"{r.randint(1, 90)}.{r.randint(1, 9)}亿元", f"{r.randint(5, 900)}万元", f"¥{r.randint(3, 300)}.{r.randint(0, 99):02d}", f"{v:,}.00元"])


DOC_PRE = ["湖政办发", "湖政发", "浙政发", "吴政发", "浔政办", "德政发", "长政办函", "安政发", "湖市监", "湖人社发", "湖卫健发", "湖公通", "湖医保发", "湖住建发", "湖教发", "湖应急", "湖税发", "湖民发"]


def n_doc(r, t):
    p = r.choice(DOC_PRE)
    if t:
        p = trad(p)
    y = r.randint(2014, 2025)
    br = r.choice([("〔", "〕"), ("〔", "〕"), ("[", "]"), ("（", "）")])
    return f"{p}{br[0]}{y}{br[1]}{r.randint(1, 180)}号" if not t else f"{p}{br[0]}{y}{br[1]}{r.randint(1, 180)}號"


def n_case(r, t):
    y = r.randint(2018, 2025)
    court = r.choice(["浙0502", "浙0503", "浙0521", "浙0522", "浙0523", "浙05"])
    kind = r.choice(["民初", "民终", "刑初", "执", "行初", "执保", "民特"])
    x = r.random()
    if x < 0.6:
        return f"（{y}）{court}{kind}{r.randint(1, 9999)}号"
    if x < 0.8:
        return f"({y}){court}{kind}{r.randint(1, 9999)}号"
    return r.choice(["湖吴公（刑）立字", "湖公（治）行罚决字", "湖市监处罚", "德公行罚决字"]) + f"〔{y}〕{r.randint(1, 9999)}号"


def _no_check(r, f):
    while True:
        s = f()
        if fails_all(s):
            return s


def n_order(r, t):
    return _no_check(r, lambda: r.choice([str(r.randint(2019, 2025)) + digits(r, r.choice([12, 14, 16])), "DD" + digits(r, 14), "GD" + str(r.randint(2023, 2025)) + digits(r, 8), "WO-" + digits(r, 10)]))


def n_track(r, t):
    return r.choice(["SF" + digits(r, 13), "YT" + digits(r, 13), "JD00" + digits(r, 11), "E" + r.choice("ABCKL") + digits(r, 9) + "CN", "ZTO" + digits(r, 12), "75" + digits(r, 12)])


def n_invoice(r, t):
    return _no_check(r, lambda: r.choice([digits(r, 8), "0" + digits(r, 11), str(r.randint(23, 25)) + "33" + digits(r, 16)]))


def n_post(r, t):
    return r.choice(["313000", "313100", "313200", "313300", "313009", "313010", "310000", "313028", "313116", "313299"])


def n_hotline(r, t):
    return r.choice(["12345", "12315", "12319", "12333", "12328", "12366", "12348", "12320", "110", "119", "120", "122", "95588", "95533", "96345",
                     "400-" + digits(r, 3) + "-" + digits(r, 4), "0572-12345", "800-" + digits(r, 3) + "-" + digits(r, 4)])


def n_version(r, t):
    return r.choice([f"V{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}", f"v{r.randint(1, 5)}.{r.randint(0, 9)}", f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(1000, 9999)}",
                     f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}-build{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}", f"R{r.randint(2023, 2025)}.{r.randint(1, 12):02d}"])


def n_serial(r, t):
    return r.choice(["SN" + "".join(r.choice("0123456789ABCDEF") for _ in range(10)), f"HZ-{r.choice(['WX', 'NX', 'DQ', 'CX', 'AJ'])}-{r.randint(1, 9999):04d}",
                     f"3305{r.randint(0, 99):02d}-{r.randint(2018, 2025)}-{r.randint(1, 99999):05d}", "ZC" + digits(r, 9), f"JY{r.randint(2023, 2025)}{digits(r, 6)}"])


def n_device(r, t):
    return r.choice([f"DH-IPC-{r.randint(1000, 9999)}", f"HK{digits(r, 8)}", f"CAM{r.randint(1, 999):03d}-{r.randint(1, 99):02d}", f"ZD{digits(r, 7)}", f"TZ-{r.randint(100, 999)}-{r.choice('ABCD')}"])


def n_count(r, t):
    return f"{r.randint(2, 98000):,}" + r.choice(["人", "户", "件", "条", "家", "人次", "辆", "宗"])


def n_bad_id(r, t):
    def f():
        s = raw_id(r)
        c = r.choice([x for x in "0123456789X" if x != s[17]])
        return s[:17] + c
    return _no_check(r, f)


def n_bad_uscc(r, t):
    def f():
        s = raw_uscc(r)
        return s[:17] + r.choice([x for x in USCC_AL if x != s[17]])
    return _no_check(r, f)


def n_bad_card(r, t):
    def f():
        s = raw_card(r)
        return s[:-1] + r.choice([x for x in "0123456789" if x != s[-1]])
    return _no_check(r, f)


ORGS = ["湖州市市场监督管理局", "吴兴区人民法院", "湖州市公安局交通警察支队", "南浔区民政局", "德清县卫生健康局", "长兴县人力资源和社会保障局", "安吉县住房和城乡建设局",
        "湖州市大数据发展管理局", "湖州市中心医院", "湖州市应急管理局", "国家税务总局湖州市税务局", "湖州市教育局", "湖州市文化广电旅游局", "湖州市医疗保障局"]
ORGS_T = ["湖州市市場監督管理局", "吳興區人民法院", "湖州市公安局出入境管理支隊", "湖州市文化廣電旅遊局", "澳門特別行政區政府旅遊局", "香港入境事務處"]
PLACES = ["太湖旅游度假区", "南太湖新区", "湖州经济技术开发区", "莫干山国际旅游度假区", "吴兴区", "长兴县", "织里镇", "湖州市", "安吉县", "德清县地理信息小镇", "南浔古镇景区"]
ROADS = ["人民路与红旗路交叉口", "104国道长兴段", "申苏浙皖高速湖州段", "二环东路", "外环西路", "湖织大道", "G25长深高速K198处", "杭长高速德清互通", "凤凰路与青铜路路口", "市陌路"]


def n_org(r, t):
    return r.choice(ORGS_T if t else ORGS)


def n_place(r, t):
    s = r.choice(PLACES)
    return trad(s) if t else s


def n_road(r, t):
    s = r.choice(ROADS)
    return trad(s) if t else s


def n_room(r, t):
    s = r.choice(["市民服务中心", "行政服务中心", "区政务服务中心", "县人民法院诉讼服务中心", "市档案馆"]) + f"{r.randint(1, 6)}楼{r.randint(1, 6)}0{r.randint(1, 9)}室"
    return trad(s) if t else s


GEN = {
    "P": ("E", "PERSON", g_person), "ID": ("E", "CN_RESIDENT_ID", g_id), "ID15": ("E", "CN_RESIDENT_ID", g_id15),
    "MOB": ("E", "CN_MOBILE", g_mobile), "TEL": ("E", "CN_LANDLINE", g_landline), "USCC": ("E", "CN_USCC", g_uscc),
    "CARD": ("E", "BANK_CARD", g_card), "EMAIL": ("E", "EMAIL_ADDRESS", g_email), "IP": ("E", "IP_ADDRESS", g_ip),
    "PASS": ("E", "CN_PASSPORT", g_passport), "HKM": ("E", "CN_HK_MACAO_PERMIT", g_hkm), "PLATE": ("E", "CN_LICENSE_PLATE", g_plate),
    "SSN": ("E", "CN_SOCIAL_SECURITY", g_ssn), "MRN": ("E", "CN_MEDICAL_RECORD", g_mrn), "ADDR": ("E", "CN_ADDRESS", g_addr),
    "ADDR0": ("E", "CN_ADDRESS", lambda r, t: g_addr(r, t, 0)), "ADIV": ("E", "CN_ADDRESS", g_addr_div),
    "DOB": ("E", "DATE_OF_BIRTH", g_dob), "HEALTH": ("E", "HEALTH_INFO", g_health), "FIN": ("E", "FINANCIAL_INFO", g_fin),
    "TRACE": ("E", "LOCATION_TRACE", g_trace),
    "~DATE": ("N", "date", n_date), "~TIME": ("N", "time", n_time), "~AMT": ("N", "amount", n_amount), "~DOC": ("N", "doc_number", n_doc),
    "~CASE": ("N", "case_number", n_case), "~ORDER": ("N", "order_number", n_order), "~TRACK": ("N", "tracking_number", n_track),
    "~INV": ("N", "invoice_number", n_invoice), "~POST": ("N", "postcode", n_post), "~HOT": ("N", "hotline", n_hotline),
    "~VER": ("N", "version", n_version), "~SN": ("N", "serial", n_serial), "~DEV": ("N", "device_code", n_device),
    "~CNT": ("N", "count", n_count), "~BADID": ("N", "bad_id", n_bad_id), "~BADUSCC": ("N", "bad_uscc", n_bad_uscc),
    "~BADCARD": ("N", "bad_card", n_bad_card), "~ORG": ("N", "organization", n_org), "~PLACE": ("N", "place", n_place),
    "~ROAD": ("N", "road", n_road), "~ROOM": ("N", "room", n_room),
    "_SUR": (None, None, lambda r, t: r.choice(T_SURNAMES[:20] if t else SURNAMES[:40])),
    "_N": (None, None, lambda r, t: str(r.randint(1, 60))),
}

# ---------------------------------------------------------------- templates
# ⟦NAME⟧ is a value (see GEN), ⟦NAME#k⟧ the same value again within a document; ⏎ a line break;
# a leading "T|" marks a Traditional-script template.
_RAW = r"""
户籍登记表⏎姓名：⟦P⟧⏎公民身份号码：⟦ID⟧⏎出生日期：⟦DOB⟧⏎户籍地址：⟦ADDR⟧⏎联系电话：⟦MOB⟧⏎登记日期：⟦~DATE⟧
姓名⟦P⟧，身份证号⟦ID⟧，现住⟦ADDR⟧，手机⟦MOB⟧，于⟦~DATE⟧申请办理居住证。
居住证申领：申请人⟦P⟧（身份证⟦ID⟧），居住地址⟦ADDR⟧，房东⟦P⟧，房东电话⟦MOB⟧。
流动人口信息采集|⟦P⟧|⟦ID⟧|⟦MOB⟧|⟦ADDR⟧|采集时间⟦~DATE⟧
户口迁移证明：⟦P⟧，男，出生于⟦DOB⟧，公民身份号码⟦ID⟧，由⟦ADDR⟧迁往⟦ADDR⟧，迁移原因：投靠子女。准迁证编号⟦~SN⟧。
新生儿入户：婴儿⟦P⟧，出生日期⟦DOB⟧，母亲⟦P⟧（⟦ID⟧），父亲⟦P⟧（⟦ID⟧），落户地址⟦ADDR⟧。
死亡注销登记 死者⟦P⟧ 身份证号码 ⟦ID⟧ 户籍地 ⟦ADDR⟧ 申报人⟦P⟧ 联系方式⟦MOB⟧
关于⟦P⟧同志户籍信息更正的说明：原登记出生日期有误，经核实其出生日期为⟦DOB⟧，身份号码更正为⟦ID⟧。
身份证遗失补领：⟦P⟧ 证号⟦ID⟧ 联系手机⟦MOB⟧ 领证方式：邮寄至⟦ADDR⟧ 快递单号⟦~TRACK⟧
人口普查入户登记：户主⟦P⟧，户内⟦~CNT⟧，住址⟦ADDR⟧，联系电话⟦TEL⟧。
ID：⟦ID⟧ 姓名：⟦P⟧ 手机：⟦MOB⟧
sfzh=⟦ID⟧&xm=⟦P⟧&sjhm=⟦MOB⟧&ts=⟦~DATE⟧
【户籍窗口】⟦P⟧您好，您的身份证（⟦ID⟧）已制证完成，请于⟦~DATE⟧前到⟦~ROOM⟧领取。咨询⟦~HOT⟧。
经核查，申报材料中的身份证号码⟦~BADID⟧校验位错误，请申请人⟦P⟧重新提供，联系电话⟦MOB⟧。
企业设立登记⏎企业名称：湖州某某科技有限公司⏎统一社会信用代码：⟦USCC⟧⏎法定代表人：⟦P⟧⏎法定代表人身份证：⟦ID⟧⏎住所：⟦ADDR⟧⏎联系电话：⟦TEL⟧
统一社会信用代码⟦USCC⟧，法定代表人⟦P⟧，注册资本⟦~AMT⟧，成立日期⟦~DATE⟧。
个体工商户⟦USCC⟧（经营者⟦P⟧，身份证号码⟦ID⟧），经营场所⟦ADDR⟧，联系电话⟦MOB⟧。
USCC:⟦USCC⟧; legal_rep:⟦P⟧; tel:⟦TEL⟧; email:⟦EMAIL⟧
信用代码 ⟦USCC⟧ 的企业年报已于⟦~DATE⟧公示，联络员⟦P⟧，手机⟦MOB⟧，邮箱⟦EMAIL⟧。
行政处罚决定书 ⟦~CASE⟧⏎当事人：某某商贸有限公司⏎统一社会信用代码：⟦USCC⟧⏎法定代表人：⟦P⟧⏎罚款⟦~AMT⟧，限于⟦~DATE⟧前缴纳。
市场主体变更：原法定代表人⟦P⟧变更为⟦P⟧（身份证⟦ID⟧），信用代码⟦USCC⟧不变，变更日期⟦~DATE⟧。
注：申请表所填代码⟦~BADUSCC⟧校验不通过，经查正确代码为⟦USCC⟧，经办人⟦P⟧。
食品经营许可证 许可证编号⟦~SN⟧ 经营者名称某某小吃店 社会信用代码⟦USCC⟧ 负责人⟦P⟧ 住所⟦ADDR⟧
投诉工单⟦~ORDER⟧：消费者⟦P⟧（手机⟦MOB⟧）反映在某超市购买的商品过期，涉事主体信用代码⟦USCC⟧，来源⟦~HOT⟧。
12315转办单 编号⟦~ORDER⟧ 投诉人⟦P⟧ 电话⟦MOB⟧ 地址⟦ADDR⟧ 被投诉方统一社会信用代码⟦USCC⟧ 涉案金额⟦~AMT⟧
个人信用报告摘要：⟦P⟧，证件号码⟦ID⟧，贷款余额⟦FIN⟧，信用卡已用额度⟦FIN⟧，报告编号⟦~ORDER⟧。
失信被执行人名单：⟦P⟧，身份证号码⟦ID⟧，执行依据⟦~CASE⟧，未履行金额⟦FIN⟧。
守信激励名单公示：⟦P⟧（手机尾号略）、⟦P⟧、⟦P⟧，公示期⟦~DATE⟧至⟦~DATE⟧，异议电话⟦TEL⟧。
信用修复申请：申请主体统一社会信用代码⟦USCC⟧，联系人⟦P⟧，联系电话⟦TEL⟧，电子邮箱⟦EMAIL⟧，原处罚文书号⟦~CASE⟧。
门诊病历⏎姓名：⟦P⟧  性别：女  出生日期：⟦DOB⟧⏎门诊号：⟦MRN⟧⏎诊断：⟦HEALTH⟧⏎医师签名：⟦P⟧  日期：⟦~DATE⟧
住院号⟦MRN⟧ 患者⟦P⟧ 入院诊断：⟦HEALTH⟧ 身份证号⟦ID⟧ 联系人⟦P⟧ 电话⟦MOB⟧
患者⟦P⟧，病案号⟦MRN⟧，既往有⟦HEALTH⟧病史，本次因⟦HEALTH⟧入院，医保卡号⟦SSN⟧。
出院小结：⟦P⟧，住院号⟦MRN⟧，出院诊断⟦HEALTH⟧，住院费用合计⟦~AMT⟧，医保统筹支付⟦~AMT⟧。
慢病随访记录 随访对象⟦P⟧ 身份证⟦ID⟧ 疾病名称⟦HEALTH⟧ 随访日期⟦~DATE⟧ 随访医生⟦P⟧ 电话⟦TEL⟧
【湖州市中心医院】⟦P⟧您好，您预约的⟦~DATE⟧ ⟦~TIME⟧门诊已成功，就诊卡号⟦MRN⟧，请携带身份证按时就诊。
严重精神障碍患者管理：⟦P⟧，诊断⟦HEALTH⟧，监护人⟦P⟧（⟦MOB⟧），家庭住址⟦ADDR⟧。
{"patient_name":"⟦P⟧","mrn":"⟦MRN⟧","id_no":"⟦ID⟧","diagnosis":"⟦HEALTH⟧","admit_time":"⟦~DATE⟧"}
<patient><name>⟦P⟧</name><idcard>⟦ID⟧</idcard><blh>⟦MRN⟧</blh><zd>⟦HEALTH⟧</zd><tel>⟦MOB⟧</tel></patient>
传染病报告卡 卡片编号⟦~SN⟧ 患者姓名⟦P⟧ 有效证件号⟦ID⟧ 现住址⟦ADDR⟧ 疾病名称⟦HEALTH⟧ 报告日期⟦~DATE⟧
流调报告：⟦P⟧，手机⟦MOB⟧，⟦~DATE⟧行程轨迹：⟦TRACE⟧，期间乘坐车牌⟦PLATE⟧的网约车。
密接人员⟦P⟧（身份证号⟦ID⟧）活动轨迹为⟦TRACE⟧，现居⟦ADDR⟧。
社会保障卡申领：姓名⟦P⟧，身份证号⟦ID⟧，社保卡号⟦SSN⟧，银行账号⟦CARD⟧，领卡网点⟦~ROOM⟧。
参保人⟦P⟧，个人社保编号⟦SSN⟧，缴费基数⟦FIN⟧，参保状态：正常，查询日期⟦~DATE⟧。
养老金发放明细,⟦P⟧,⟦ID⟧,⟦CARD⟧,⟦FIN⟧,⟦~DATE⟧
失业保险金申领 申请人⟦P⟧ 社会保障卡号⟦SSN⟧ 手机⟦MOB⟧ 发放账户⟦CARD⟧ 月发放标准⟦~AMT⟧
工伤认定申请：职工⟦P⟧，身份证⟦ID⟧，受伤部位及诊断⟦HEALTH⟧，用人单位信用代码⟦USCC⟧，联系电话⟦TEL⟧。
社保卡挂失：⟦P⟧来电（⟦MOB⟧）称其社保卡⟦SSN⟧遗失，已办理临时挂失，受理编号⟦~ORDER⟧。
医保报销：参保人⟦P⟧ 医保号⟦MRN⟧ 报销金额⟦~AMT⟧ 打款卡号⟦CARD⟧ 开户人⟦P⟧
灵活就业人员参保登记表⏎姓名⏎⟦P⟧⏎身份证号⏎⟦ID⟧⏎社保卡号⏎⟦SSN⟧⏎手机号码⏎⟦MOB⟧
低保申请审核表：申请人⟦P⟧，身份证号码⟦ID⟧，家庭人口3人，家庭月收入⟦FIN⟧，存款⟦FIN⟧，住址⟦ADDR⟧，患⟦HEALTH⟧。
临时救助：⟦P⟧因家庭成员患⟦HEALTH⟧致生活困难，申请救助，救助金⟦~AMT⟧发放至尾号账户，经办⟦P⟧，⟦~DATE⟧。
婚姻登记：男方⟦P⟧（身份证号⟦ID⟧），女方⟦P⟧（身份证号⟦ID⟧），登记日期⟦~DATE⟧，结婚证字号⟦~SN⟧。
残疾人证办理：⟦P⟧，残疾类别及等级：⟦HEALTH⟧，户籍地址⟦ADDR⟧，监护人电话⟦MOB⟧。
高龄津贴名单（⟦~DATE⟧）：⟦P⟧ ⟦ID⟧；⟦P⟧ ⟦ID⟧；⟦P⟧ ⟦ID⟧
殡葬服务记录：逝者⟦P⟧，身份证号码⟦ID⟧，家属⟦P⟧，联系电话⟦MOB⟧，火化证编号⟦~SN⟧。
养老服务补贴：老人⟦P⟧，出生日期⟦DOB⟧，家住⟦ADDR⟧，患⟦HEALTH⟧，补贴标准⟦~AMT⟧/月。
社会组织登记证书 统一社会信用代码⟦USCC⟧ 法定代表人⟦P⟧ 业务主管单位⟦~ORG⟧ 住所⟦ADDR⟧
违法处理通知：驾驶人⟦P⟧，驾驶证号⟦ID⟧，驾驶⟦PLATE⟧于⟦~DATE⟧在⟦~ROAD⟧闯红灯，罚款⟦~AMT⟧，记6分。
车牌号⟦PLATE⟧，车主⟦P⟧，手机⟦MOB⟧，违停地点⟦~ROAD⟧，抓拍设备⟦~DEV⟧。
交通事故认定书 ⟦~CASE⟧⏎当事人甲：⟦P⟧，驾驶⟦PLATE⟧，电话⟦MOB⟧⏎当事人乙：⟦P⟧，驾驶⟦PLATE⟧，电话⟦MOB⟧⏎事故地点：⟦~ROAD⟧
路况播报：⟦~ROAD⟧发生两车追尾，请绕行⟦~ROAD⟧，⟦~TIME⟧前后通行缓慢。
非机动车登记：车主⟦P⟧ 身份证⟦ID⟧ 号牌湖州⟦~SN⟧ 住址⟦ADDR⟧
ETC办理:plate=⟦PLATE⟧,owner=⟦P⟧,mobile=⟦MOB⟧,card=⟦CARD⟧
卡口过车记录 ⟦~DATE⟧ ⟦PLATE⟧ ⟦~ROAD⟧ 设备⟦~DEV⟧ 车速62km/h
号牌⟦PLATE⟧ 车辆所有人⟦P⟧ 联系地址⟦ADDR⟧ 检验有效期至⟦~DATE⟧
驾驶人⟦P⟧（⟦ID⟧）因⟦HEALTH⟧不宜继续驾驶，驾驶证予以注销，通知送达地址⟦ADDR⟧。
网约车驾驶员证申请：⟦P⟧，身份证号码⟦ID⟧，车辆号牌⟦PLATE⟧，手机⟦MOB⟧，体检结论：无⟦HEALTH⟧等妨碍安全驾驶疾病。
游客入住登记：⟦P⟧ 证件类型：护照 证件号：⟦PASS⟧ 入住时间⟦~DATE⟧ 房号8206 手机⟦MOB⟧
旅行社团队名单,⟦P⟧,⟦ID⟧,⟦MOB⟧⏎,⟦P⟧,⟦ID⟧,⟦MOB⟧⏎,⟦P⟧,⟦PASS⟧,⟦MOB⟧
导游证申领 姓名⟦P⟧ 身份证⟦ID⟧ 邮箱⟦EMAIL⟧ 手机⟦MOB⟧ 所属旅行社信用代码⟦USCC⟧
景区投诉：游客⟦P⟧（⟦MOB⟧）称在⟦~PLACE⟧购票多收⟦~AMT⟧，订单号⟦~ORDER⟧。
民宿入住登记系统导出：姓名=⟦P⟧ 证件=⟦HKM⟧ 类型=港澳居民来往内地通行证 电话=⟦MOB⟧
出境旅游报名表 姓名：⟦P⟧ 护照号码：⟦PASS⟧ 出生日期：⟦DOB⟧ 紧急联系人：⟦P⟧ ⟦MOB⟧
团队签证材料：⟦P⟧，Passport No. ⟦PASS⟧，DOB ⟦DOB⟧，Tel ⟦MOB⟧，E-mail ⟦EMAIL⟧
港澳通行证号码⟦HKM⟧，持证人⟦P⟧，签注类型：团队旅游，有效期至⟦~DATE⟧。
往来港澳通行证（⟦HKM⟧）持有人⟦P⟧申请再次签注，受理编号⟦~ORDER⟧，联系电话⟦MOB⟧。
出入境记录查询：⟦P⟧，证件号码⟦PASS⟧，⟦~DATE⟧经拱北口岸出境。
房屋租赁登记备案：出租人⟦P⟧（身份证⟦ID⟧），承租人⟦P⟧（身份证⟦ID⟧），房屋坐落⟦ADDR⟧，月租金⟦FIN⟧。
不动产登记申请：权利人⟦P⟧，证件号⟦ID⟧，不动产坐落⟦ADDR⟧，不动产单元号⟦~SN⟧，成交价⟦FIN⟧。
公积金提取：⟦P⟧ 身份证号⟦ID⟧ 公积金账户余额⟦FIN⟧ 提取金额⟦FIN⟧ 收款卡号⟦CARD⟧
物业报修工单⟦~ORDER⟧：业主⟦P⟧，房号⟦ADDR⟧，电话⟦MOB⟧，报修内容：卫生间漏水。
保障性住房申请人⟦P⟧，家庭年收入⟦FIN⟧，名下无房，现租住于⟦ADDR⟧，联系电话⟦TEL⟧。
拆迁安置协议 被安置人⟦P⟧ 身份证号码⟦ID⟧ 原房屋坐落⟦ADDR⟧ 补偿款⟦FIN⟧ 协议编号⟦~SN⟧
学生学籍信息：⟦P⟧，出生日期⟦DOB⟧，身份证件号⟦ID⟧，监护人⟦P⟧，监护人手机⟦MOB⟧，家庭住址⟦ADDR⟧。
入学报名：儿童⟦P⟧（⟦ID⟧），户籍地址⟦ADDR⟧，父亲⟦P⟧ ⟦MOB⟧，母亲⟦P⟧ ⟦MOB⟧。
教师资格认定：⟦P⟧，身份证⟦ID⟧，邮箱⟦EMAIL⟧，体检结论：合格，认定批次⟦~DOC⟧。
助学金发放名单：⟦P⟧，学号⟦~SN⟧，银行卡号⟦CARD⟧，金额⟦~AMT⟧。
【湖州市教育局】家长您好，⟦P⟧同学的中考准考证号已生成，请登录系统查询，咨询电话⟦TEL⟧。
学生健康档案：⟦P⟧，过敏史无，既往患⟦HEALTH⟧，班主任⟦P⟧，家长电话⟦MOB⟧。
民事起诉状⏎原告：⟦P⟧，女，⟦DOB⟧出生，身份证号码⟦ID⟧，住⟦ADDR⟧，电话⟦MOB⟧。⏎被告：⟦P⟧，男，住⟦ADDR⟧。
（案号⟦~CASE⟧）原告⟦P⟧诉被告⟦P⟧民间借贷纠纷一案，被告借款⟦FIN⟧未归还。
执行通知书 ⟦~CASE⟧ 被执行人⟦P⟧，身份证号⟦ID⟧，应履行金额⟦FIN⟧，银行账户⟦CARD⟧已冻结。
送达地址确认书：受送达人⟦P⟧，送达地址⟦ADDR⟧，手机⟦MOB⟧，电子邮箱⟦EMAIL⟧，案号⟦~CASE⟧。
庭审笔录：审判员问：你的身份情况？答：我叫⟦P⟧，⟦DOB⟧生，身份证号码⟦ID⟧，住⟦ADDR⟧。
调解协议：申请人⟦P⟧与被申请人⟦P⟧就赔偿事宜达成一致，被申请人于⟦~DATE⟧前支付⟦FIN⟧至申请人账户⟦CARD⟧。
法律援助申请：⟦P⟧，身份证⟦ID⟧，家庭人均月收入⟦FIN⟧，联系电话⟦MOB⟧，受理号⟦~ORDER⟧。
纳税人⟦P⟧，纳税人识别号⟦ID⟧，年度综合所得⟦FIN⟧，应补税额⟦FIN⟧，申报日期⟦~DATE⟧。
发票代码⟦~INV⟧ 发票号码⟦~INV⟧ 购买方名称某某公司 纳税人识别号⟦USCC⟧ 金额⟦~AMT⟧ 开票日期⟦~DATE⟧
个税专项附加扣除：子女⟦P⟧，身份证件号码⟦ID⟧，出生日期⟦DOB⟧；配偶⟦P⟧，证件号⟦ID⟧。
税务事项通知书 ⟦~DOC⟧ 纳税人名称某某建材经营部 统一社会信用代码⟦USCC⟧ 经营者⟦P⟧ 联系电话⟦TEL⟧
电子发票 发票号码⟦~INV⟧ 销售方⟦USCC⟧ 价税合计⟦~AMT⟧ 收款人⟦P⟧
报警记录：⟦~DATE⟧ ⟦~TIME⟧，报警人⟦P⟧（⟦MOB⟧）称其在⟦ADDR⟧的住所被盗，损失现金⟦FIN⟧。
询问笔录⏎被询问人：⟦P⟧⏎身份证号：⟦ID⟧⏎现住址：⟦ADDR⟧⏎联系方式：⟦MOB⟧⏎询问地点：⟦~ROOM⟧
嫌疑人⟦P⟧，曾用名⟦P⟧，公民身份号码⟦ID⟧，户籍地⟦ADDR⟧，抓获时驾驶⟦PLATE⟧。
反诈预警：⟦P⟧（⟦MOB⟧）于⟦~DATE⟧向账户⟦CARD⟧转账⟦FIN⟧，疑似刷单诈骗，已劝阻。
治安处罚决定书 ⟦~CASE⟧ 违法行为人⟦P⟧，身份证号码⟦ID⟧，住⟦ADDR⟧，处行政拘留五日。
旅馆业治安系统：⟦P⟧|⟦ID⟧|入住⟦~DATE⟧|房间1208|来自⟦ADIV⟧
户籍协查函：请协查⟦P⟧（身份证号⟦ID⟧）户籍地址⟦ADDR⟧是否属实，联系人⟦P⟧，电话⟦TEL⟧，传真⟦TEL⟧。
安全生产检查：企业信用代码⟦USCC⟧，安全负责人⟦P⟧（⟦MOB⟧），发现隐患⟦~CNT⟧，整改期限⟦~DATE⟧。
应急值班记录：⟦~TIME⟧接⟦~PLACE⟧报告，一名工人受伤，伤者⟦P⟧，诊断⟦HEALTH⟧，现送⟦~ORG⟧救治。
防汛转移名单 ⟦P⟧ ⟦MOB⟧ ⟦ADDR⟧⏎⟦P⟧ ⟦MOB⟧ ⟦ADDR⟧
危化品运输车辆⟦PLATE⟧，驾驶员⟦P⟧，押运员⟦P⟧，驾驶员手机⟦MOB⟧，路线⟦~ROAD⟧。
火灾事故调查：起火建筑位于⟦ADDR⟧，产权人⟦P⟧，身份证⟦ID⟧，直接经济损失⟦~AMT⟧。
From: ⟦EMAIL⟧⏎To: ⟦EMAIL⟧⏎Subject: 关于⟦P⟧申请材料的补正⏎⟦P⟧的身份证号为⟦ID⟧，请核对后回复。
您好，我是⟦P⟧，我的手机号是⟦MOB⟧，邮箱⟦EMAIL⟧，想咨询一下公积金提取的事情。
[微信群] ⟦P⟧：麻烦帮忙查下这个身份证⟦ID⟧的社保缴费情况，社保卡号⟦SSN⟧
[钉钉] ⟦P⟧ ⟦~TIME⟧：车牌⟦PLATE⟧那个事主电话是⟦MOB⟧，住⟦ADDR⟧
短信：【湖州公积金】尊敬的⟦P⟧，您的账户⟦~DATE⟧入账⟦~AMT⟧，当前余额⟦FIN⟧。
回复 ⟦P⟧：收到，我卡号是⟦CARD⟧，开户行湖州分行，户名⟦P⟧。
张科长，⟦P⟧的电话打不通，备用号码⟦MOB⟧，座机⟦TEL⟧，麻烦转告。
⟦P⟧⟦MOB⟧⟦ADDR⟧
⟦MOB⟧⟦P⟧
联系人：⟦P⟧⟦MOB⟧（同微信）
请⟦P⟧（⟦ID⟧）于⟦~DATE⟧到⟦~ROOM⟧办理。
2024-03-05 10:22:31 INFO login user=⟦EMAIL⟧ ip=⟦IP⟧ result=success
[WARN] ⟦~DATE⟧ query resident id=⟦ID⟧ by operator ⟦P⟧ from ⟦IP⟧ app=⟦~VER⟧
ts=⟦~DATE⟧ level=info msg="export finished" rows=⟦~CNT⟧ client_ip=⟦IP⟧ operator=⟦P⟧
access_log: ⟦IP⟧ - - "GET /api/person?sfzh=⟦ID⟧ HTTP/1.1" 200 build ⟦~VER⟧
审计日志|⟦~DATE⟧|操作员⟦P⟧|IP:⟦IP⟧|查询对象⟦ID⟧|结果成功
{"name":"⟦P⟧","idCard":"⟦ID⟧","phone":"⟦MOB⟧","address":"⟦ADDR⟧","createTime":"⟦~DATE⟧"}
{"xm":"⟦P⟧","sjh":"⟦MOB⟧","yx":"⟦EMAIL⟧","dlip":"⟦IP⟧"}
<record><xm>⟦P⟧</xm><sfzhm>⟦ID⟧</sfzhm><lxdh>⟦TEL⟧</lxdh><zz>⟦ADDR⟧</zz></record>
姓名	身份证号	手机号	银行卡号⏎⟦P⟧	⟦ID⟧	⟦MOB⟧	⟦CARD⟧⏎⟦P⟧	⟦ID⟧	⟦MOB⟧	⟦CARD⟧
xm,sfzh,sjhm,csrq⏎⟦P⟧,⟦ID⟧,⟦MOB⟧,⟦DOB⟧⏎⟦P⟧,⟦ID⟧,⟦MOB⟧,⟦DOB⟧
|序号|姓名|证件号码|联系电话|⏎|1|⟦P⟧|⟦ID⟧|⟦MOB⟧|⏎|2|⟦P⟧|⟦ID⟧|⟦TEL⟧|
name=⟦P⟧ passport=⟦PASS⟧ nationality=CHN dob=⟦DOB⟧ email=⟦EMAIL⟧
device ⟦~DEV⟧ firmware ⟦~VER⟧ bound to user ⟦MOB⟧ last_ip ⟦IP⟧
系统公告：平台⟦~VER⟧于⟦~DATE⟧ ⟦~TIME⟧上线，如有问题请联系运维⟦P⟧（分机内线略）或拨打⟦TEL⟧。
数据共享申请：申请部门⟦~ORG⟧，共享数据项：姓名、身份证号、住址，申请编号⟦~ORDER⟧，依据⟦~DOC⟧。
关于印发《湖州市公共数据安全管理办法》的通知 ⟦~DOC⟧ 各区县人民政府，市直各单位：现将办法印发给你们，请遵照执行。联系人⟦P⟧，电话⟦TEL⟧。
根据⟦~DOC⟧和⟦~DOC⟧精神，⟦~PLACE⟧共排查⟦~CNT⟧，整改资金⟦~AMT⟧。
⟦~ORG⟧⟦~DATE⟧发布：全市新增市场主体⟦~CNT⟧，注册资本总额⟦~AMT⟧。咨询电话⟦~HOT⟧，邮编⟦~POST⟧。
快递单号⟦~TRACK⟧ 收件人⟦P⟧ 收件电话⟦MOB⟧ 收件地址⟦ADDR⟧ 邮编⟦~POST⟧
订单⟦~ORDER⟧已发货，物流单号⟦~TRACK⟧，收货人⟦P⟧ ⟦MOB⟧。
设备巡检：⟦~DEV⟧ 序列号⟦~SN⟧ 固件⟦~VER⟧ 管理IP ⟦IP⟧ 负责人⟦P⟧
银行卡号校验：输入的⟦~BADCARD⟧不符合规则，请⟦P⟧核对后重新填写。
补贴打卡记录：户名⟦P⟧ 卡号⟦CARD⟧ 开户行湖州农商银行 身份证⟦ID⟧ 补贴⟦~AMT⟧
银行流水摘要：户名⟦P⟧，账号⟦CARD⟧，期末余额⟦FIN⟧，月均收入⟦FIN⟧。
冻结账户通知：账户名⟦P⟧ 账号⟦CARD⟧ 冻结金额⟦FIN⟧ 依据⟦~CASE⟧
工单号⟦~ORDER⟧⏎来电号码：⟦MOB⟧⏎来电人：⟦P⟧⏎诉求地址：⟦ADDR⟧⏎诉求内容：楼下餐馆油烟扰民⏎承办单位：⟦~ORG⟧
12345热线回访：⟦P⟧女士来电，电话⟦MOB⟧，反映⟦~ROAD⟧路灯不亮，已于⟦~DATE⟧修复。
⟦_SUR⟧某某（身份证号⟦ID⟧）于⟦~DATE⟧来访，反映征迁补偿问题，联系电话⟦MOB⟧。
信访事项受理告知书 编号⟦~ORDER⟧ 信访人⟦P⟧ 住址⟦ADDR⟧ 联系电话⟦TEL⟧ 受理日期⟦~DATE⟧
网格员走访：⟦ADDR⟧住户⟦P⟧（⟦MOB⟧），独居老人，患⟦HEALTH⟧，已纳入重点关爱。
退役军人信息采集 ⟦P⟧ 身份证号码⟦ID⟧ 入伍时间⟦~DATE⟧ 联系电话⟦MOB⟧ 银行卡⟦CARD⟧
志愿者注册：⟦P⟧，出生日期⟦DOB⟧，手机⟦MOB⟧，邮箱⟦EMAIL⟧，服务区域⟦~PLACE⟧。
献血记录：献血者⟦P⟧，证件号⟦ID⟧，血型A型，献血量400ml，献血码⟦~SN⟧。
疫苗接种：受种者⟦P⟧ 出生日期⟦DOB⟧ 接种单位⟦~ORG⟧ 疫苗批号⟦~SN⟧ 监护人电话⟦MOB⟧
体检报告：⟦P⟧，体检编号⟦~SN⟧，主要异常：⟦HEALTH⟧，建议专科随诊。报告日期⟦~DATE⟧。
⟦P⟧的出生医学证明编号⟦~SN⟧，出生日期⟦DOB⟧，母亲⟦P⟧，母亲身份证⟦ID⟧，出生地点⟦~ORG⟧。
计生服务：⟦P⟧，身份证号码⟦ID⟧，配偶⟦P⟧，子女⟦P⟧（出生日期⟦DOB⟧）。
接警单：报警人⟦P⟧，联系电话⟦MOB⟧，报警内容：车辆⟦PLATE⟧被剐蹭，地点⟦~ROAD⟧。
失物招领：⟦P⟧的钱包（内有身份证⟦ID⟧、银行卡⟦CARD⟧）已送至⟦~ROOM⟧，请本人携带有效证件领取。
农村宅基地申请：申请人⟦P⟧，身份证号⟦ID⟧，户籍⟦ADDR⟧，家庭成员⟦P⟧、⟦P⟧。
土地承包经营权证 承包方代表⟦P⟧ 证件号码⟦ID⟧ 地址⟦ADDR⟧ 承包面积12.6亩 证书编号⟦~SN⟧
农业补贴发放：⟦P⟧，补贴金额⟦~AMT⟧，一卡通账号⟦CARD⟧，联系电话⟦MOB⟧。
渔船登记：船主⟦P⟧，身份证号⟦ID⟧，船籍港湖州，船舶编号⟦~SN⟧，联系电话⟦TEL⟧。
劳动仲裁申请书⏎申请人：⟦P⟧，身份证号⟦ID⟧，联系电话⟦MOB⟧⏎被申请人：某某服饰有限公司，统一社会信用代码⟦USCC⟧⏎请求：支付拖欠工资⟦FIN⟧
欠薪投诉：⟦P⟧等⟦~CNT⟧反映被拖欠工资共计⟦~AMT⟧，带头人⟦P⟧手机⟦MOB⟧，企业代码⟦USCC⟧。
就业登记：⟦P⟧ 身份证⟦ID⟧ 就业单位代码⟦USCC⟧ 劳动合同期限至⟦~DATE⟧ 月工资⟦FIN⟧
人才引进补贴：⟦P⟧，博士，身份证号码⟦ID⟧，补贴⟦~AMT⟧，打入卡号⟦CARD⟧，邮箱⟦EMAIL⟧。
职称评审公示：⟦P⟧、⟦P⟧、⟦P⟧等⟦~CNT⟧通过评审，公示期至⟦~DATE⟧，监督电话⟦TEL⟧。
股东信息：⟦P⟧（身份证号⟦ID⟧）认缴⟦FIN⟧，⟦P⟧（护照号⟦PASS⟧）认缴⟦FIN⟧。
外商投资企业信息报告：投资者⟦P⟧，港澳居民来往内地通行证⟦HKM⟧，联系邮箱⟦EMAIL⟧，企业代码⟦USCC⟧。
联络员变更：原联络员⟦P⟧（⟦MOB⟧）变更为⟦P⟧（⟦MOB⟧），企业统一代码⟦USCC⟧。
医疗纠纷调解：患方⟦P⟧，住院号⟦MRN⟧，诊断⟦HEALTH⟧，调解赔偿⟦FIN⟧，案号⟦~CASE⟧。
医保异地备案：⟦P⟧，社会保障号码对应身份证⟦ID⟧，医保卡号⟦SSN⟧，备案地⟦ADIV⟧，联系电话⟦MOB⟧。
120调度记录：⟦~TIME⟧接报，患者⟦P⟧，主诉胸痛，疑似⟦HEALTH⟧，地址⟦ADDR⟧，呼救电话⟦MOB⟧。
核酸采样点⟦~PLACE⟧今日采样⟦~CNT⟧，结果均阴性，负责人⟦P⟧。
入境人员健康管理：⟦P⟧，护照号⟦PASS⟧，入境日期⟦~DATE⟧，行动轨迹⟦TRACE⟧，居住地⟦ADDR⟧。
电子监控发现⟦PLATE⟧多次出现在⟦~ROAD⟧，车主⟦P⟧，车辆轨迹：⟦TRACE⟧。
行程卡查询结果：⟦MOB⟧，⟦~DATE⟧至⟦~DATE⟧途经⟦TRACE⟧。
⟦P⟧自述近14天行动轨迹：⟦TRACE⟧，无发热症状。
门禁记录：住户⟦P⟧ 门禁卡⟦~SN⟧ 进入时间⟦~DATE⟧ 楼栋⟦ADDR⟧
房产交易资金监管：买受人⟦P⟧，证件号⟦ID⟧，监管账户⟦CARD⟧，首付款⟦FIN⟧，合同编号⟦~SN⟧。
学生资助：⟦P⟧同学家庭年收入⟦FIN⟧，父亲患⟦HEALTH⟧，申请一等助学金⟦~AMT⟧。
毕业生档案转递：⟦P⟧，身份证号⟦ID⟧，档案机要号⟦~TRACK⟧，接收单位地址⟦~ROOM⟧。
考生信息表 考生号⟦~SN⟧ 姓名⟦P⟧ 身份证号⟦ID⟧ 邮箱⟦EMAIL⟧ 通讯地址⟦ADDR⟧ 邮编⟦~POST⟧
法院公告：⟦P⟧：本院受理原告⟦P⟧诉你离婚纠纷一案（⟦~CASE⟧），因你下落不明，依法公告送达。
判决书（节选）：被告人⟦P⟧，男，⟦DOB⟧出生于⟦ADDR⟧，公民身份号码⟦ID⟧，因本案于⟦~DATE⟧被刑事拘留。
财产保全：冻结被申请人⟦P⟧名下银行存款⟦FIN⟧（账号⟦CARD⟧），查封车辆⟦PLATE⟧。
社区矫正对象⟦P⟧，身份证号码⟦ID⟧，居住地⟦ADDR⟧，每月报到，联系方式⟦MOB⟧。
纳税信用等级评定结果公示：A级纳税人⟦~CNT⟧，名单见附件，文号⟦~DOC⟧。
出口退税备案：企业代码⟦USCC⟧，办税人员⟦P⟧，身份证⟦ID⟧，办税手机⟦MOB⟧，退税账户⟦CARD⟧。
车船税代收：车牌⟦PLATE⟧ 纳税人⟦P⟧ 证件号⟦ID⟧ 税款⟦~AMT⟧ 完税凭证号⟦~INV⟧
消防安全检查：单位代码⟦USCC⟧，消防安全责任人⟦P⟧，电话⟦TEL⟧，检查日期⟦~DATE⟧，检查人员⟦P⟧。
地质灾害隐患点巡查：⟦~PLACE⟧隐患点，监测员⟦P⟧，手机⟦MOB⟧，受威胁⟦~CNT⟧。
危房户排查：户主⟦P⟧ 身份证⟦ID⟧ 房屋地址⟦ADDR⟧ 鉴定等级D级 联系电话⟦MOB⟧
特种设备作业人员证：⟦P⟧，证号⟦ID⟧，作业项目：叉车司机，发证日期⟦~DATE⟧。
Re: 关于护照加急办理⏎⟦P⟧先生您好，您的护照（⟦PASS⟧）已签发，可于⟦~DATE⟧后到⟦~ROOM⟧领取。如有疑问请致电⟦TEL⟧。
Dear ⟦P⟧, your visa application (passport ⟦PASS⟧) has been received. Contact: ⟦EMAIL⟧, tel ⟦TEL⟧.
招商对接：港方投资人⟦P⟧，通行证号码⟦HKM⟧，手机⟦MOB⟧，拟在⟦~PLACE⟧投资⟦~AMT⟧。
证照信息 passport:⟦PASS⟧ hk_permit:⟦HKM⟧ holder:⟦P⟧
涉外婚姻登记：⟦P⟧（护照号码⟦PASS⟧）与⟦P⟧（身份证号码⟦ID⟧），登记日期⟦~DATE⟧。
出入境证件申请表⏎申请人姓名⏎⟦P⟧⏎往来港澳通行证号⏎⟦HKM⟧⏎手机⏎⟦MOB⟧⏎户口所在地⏎⟦ADDR⟧
老年证：⟦P⟧，⟦DOB⟧生，证号⟦~SN⟧，家庭住址⟦ADDR⟧。
独生子女父母奖励：⟦P⟧（⟦ID15⟧），配偶⟦P⟧，奖励⟦~AMT⟧。
旧档案转录：⟦P⟧，原身份证号⟦ID15⟧，现身份证号⟦ID⟧，住址⟦ADDR⟧。
电话簿：⟦P⟧ 办公室⟦TEL⟧ 手机⟦MOB⟧ 邮箱⟦EMAIL⟧
值班表：⟦~DATE⟧ 带班领导⟦P⟧ ⟦MOB⟧；值班员⟦P⟧ ⟦MOB⟧；值班电话⟦TEL⟧
通讯录导出,⟦P⟧,⟦TEL⟧,⟦MOB⟧,⟦EMAIL⟧
请将材料发送至⟦EMAIL⟧或传真至⟦TEL⟧，联系人⟦P⟧。
回执：已收到⟦P⟧提交的材料（⟦~CNT⟧），受理号⟦~ORDER⟧，办理时限⟦~DATE⟧。
车辆⟦PLATE⟧（车主⟦P⟧，⟦MOB⟧）于⟦~DATE⟧ ⟦~TIME⟧驶入⟦~PLACE⟧停车场，停车费⟦~AMT⟧。
⟦PLATE⟧，⟦PLATE⟧，⟦PLATE⟧三车涉嫌非法营运，已移交⟦~ORG⟧处理。
公交IC卡实名登记：⟦P⟧ 身份证⟦ID⟧ 卡面号⟦~SN⟧ 手机⟦MOB⟧
公安网安：IP ⟦IP⟧ 于⟦~DATE⟧ ⟦~TIME⟧发布谣言，实名用户⟦P⟧，手机⟦MOB⟧。
网站备案信息：主办者⟦P⟧，证件号码⟦ID⟧，服务器IP ⟦IP⟧，邮箱⟦EMAIL⟧。
VPN登录告警：账号⟦EMAIL⟧从⟦IP⟧登录，与常用地⟦IP⟧不一致，请⟦P⟧确认。
防火墙拦截⟦~CNT⟧，源地址⟦IP⟧，目的地址⟦IP⟧，规则版本⟦~VER⟧。
终端⟦~DEV⟧（IP:⟦IP⟧）登记人⟦P⟧，工号⟦~SN⟧，电话⟦TEL⟧
数据脱敏抽检：样本记录⟦~CNT⟧，发现未脱敏身份证号⟦ID⟧、手机号⟦MOB⟧，责任人⟦P⟧。
营业执照遗失声明：⟦P⟧遗失个体工商户营业执照正本，统一社会信用代码⟦USCC⟧，声明作废。
遗失声明：⟦P⟧不慎遗失身份证，证号⟦ID⟧，声明作废。
遗失声明：⟦P⟧遗失社会保障卡，卡号⟦SSN⟧，特此声明。
招聘报名表 姓名⟦P⟧ 出生年月⟦DOB⟧ 身份证号码⟦ID⟧ 联系电话⟦MOB⟧ 电子邮箱⟦EMAIL⟧ 家庭住址⟦ADDR⟧
公务员录用公示：⟦P⟧，准考证号⟦~SN⟧，拟录用职位⟦~ORG⟧科员，监督电话⟦TEL⟧。
居民⟦P⟧（手机⟦MOB⟧）申请开具无犯罪记录证明，证明编号⟦~SN⟧，出具日期⟦~DATE⟧。
代办委托书：委托人⟦P⟧（身份证⟦ID⟧）委托⟦P⟧（身份证⟦ID⟧）代为办理不动产登记。
【社保】⟦P⟧，您⟦~DATE⟧的养老金⟦FIN⟧已发放至您的社保卡银行账户。
法人一证通：企业⟦USCC⟧，经办人⟦P⟧，证件号⟦ID⟧，手机⟦MOB⟧，数字证书序列号⟦~SN⟧。
二手车交易：卖方⟦P⟧（⟦ID⟧），买方⟦P⟧（⟦ID⟧），车辆⟦PLATE⟧，成交价⟦FIN⟧，发票号码⟦~INV⟧。
罚没款收据：缴款人⟦P⟧，车牌⟦PLATE⟧，金额⟦~AMT⟧，票据号⟦~INV⟧。
医保结算单 ⟦P⟧ 医保号⟦MRN⟧ 社保卡⟦SSN⟧ 总费用⟦~AMT⟧ 个人自付⟦~AMT⟧
智慧养老平台告警：老人⟦P⟧（⟦MOB⟧）⟦~TIME⟧跌倒报警，住址⟦ADDR⟧，既往⟦HEALTH⟧。
检测报告：样品编号⟦~SN⟧，委托单位信用代码⟦USCC⟧，报告编号⟦~ORDER⟧，检测日期⟦~DATE⟧。
价格举报：某加油站92号汽油售价高于公示价，举报人⟦P⟧，手机⟦MOB⟧，涉事企业信用代码⟦USCC⟧。
会议通知：定于⟦~DATE⟧ ⟦~TIME⟧在⟦~ROOM⟧召开数据共享推进会，联系人⟦P⟧，电话⟦TEL⟧。
预算公开：⟦~ORG⟧⟦~DATE⟧部门预算⟦~AMT⟧，其中信息化项目⟦~AMT⟧。
统计快报：⟦~PLACE⟧常住人口⟦~CNT⟧，户籍人口⟦~CNT⟧，数据来源⟦~ORG⟧。
旅游统计：国庆期间⟦~PLACE⟧接待游客⟦~CNT⟧，旅游收入⟦~AMT⟧，同比增长12.3%。
系统升级公告：版本由⟦~VER⟧升级至⟦~VER⟧，停机时间⟦~DATE⟧，客服⟦~HOT⟧。
工程招标公告：项目编号⟦~SN⟧，预算⟦~AMT⟧，地点⟦~PLACE⟧，开标时间⟦~DATE⟧，代理机构联系人⟦P⟧，电话⟦TEL⟧。
路政通告：因施工，⟦~ROAD⟧于⟦~DATE⟧至⟦~DATE⟧实行交通管制，请绕行⟦~ROAD⟧。
⟦P⟧
⟦P⟧：⟦MOB⟧
账号：⟦CARD⟧ 户名：⟦P⟧
身份证：⟦ID⟧（复印件已核）
邮箱 ⟦EMAIL⟧ 已验证，绑定手机⟦MOB⟧
住址：⟦ADDR⟧
家住⟦ADIV⟧，具体地址不详，联系人⟦P⟧。
户籍地：⟦ADIV⟧。本人⟦P⟧，手机⟦MOB⟧。
寄件人⟦P⟧（电话⟦TEL⟧），收件人⟦P⟧（⟦MOB⟧），寄往⟦ADDR0⟧，运单号⟦~TRACK⟧。
紧急联系人：⟦P⟧（母亲），⟦MOB⟧；⟦P⟧（父亲），⟦MOB⟧。
商户进件：商户代码⟦USCC⟧ 结算卡⟦CARD⟧ 结算人⟦P⟧ 身份证⟦ID⟧ 手机⟦MOB⟧ 终端⟦~DEV⟧
贷款审批：借款人⟦P⟧，身份证⟦ID⟧，月收入⟦FIN⟧，名下房产估值⟦FIN⟧，申请贷款⟦FIN⟧。
保险理赔：被保险人⟦P⟧，出险诊断⟦HEALTH⟧，理赔金额⟦FIN⟧，收款账号⟦CARD⟧，报案号⟦~ORDER⟧。
病假证明：⟦P⟧因⟦HEALTH⟧需休息两周，医师⟦P⟧，病历号⟦MRN⟧，⟦~DATE⟧。
心理援助热线记录：来电⟦MOB⟧，来电人自称⟦P⟧，自述患⟦HEALTH⟧多年，情绪低落。
康复治疗单：⟦P⟧ ⟦MRN⟧ 诊断⟦HEALTH⟧ 治疗项目：针灸 次数⟦~CNT⟧
处方：⟦P⟧，⟦DOB⟧，门诊号⟦MRN⟧，临床诊断⟦HEALTH⟧，处方编号⟦~SN⟧。
核验结果：身份证号⟦~BADID⟧ 校验失败；身份证号⟦ID⟧ 校验通过，持证人⟦P⟧。
批量导入报错：第12行证件号⟦~BADID⟧格式错误，第15行银行卡⟦~BADCARD⟧校验不通过，操作员⟦P⟧，⟦~DATE⟧。
企业代码核查：⟦~BADUSCC⟧（校验码错误）、⟦USCC⟧（有效），经办⟦P⟧，核查编号⟦~ORDER⟧。
打款失败退回：收款人⟦P⟧，填写卡号⟦~BADCARD⟧无效，请提供正确卡号，退回金额⟦~AMT⟧。
SFZH:⟦ID⟧ XM:⟦P⟧ SJH:⟦MOB⟧ SBKH:⟦SSN⟧ BLH:⟦MRN⟧
参保登记⏎社会保障卡卡号：⟦SSN⟧⏎个人编号：⟦SSN⟧⏎姓名：⟦P⟧⏎出生年月日：⟦DOB⟧
门诊就诊记录导出 mzh=⟦MRN⟧ hzxm=⟦P⟧ csrq=⟦DOB⟧ zdmc=⟦HEALTH⟧ jzrq=⟦~DATE⟧ ysxm=⟦P⟧
住院病案首页：病案号⟦MRN⟧，姓名⟦P⟧，出生日期⟦DOB⟧，现住址⟦ADDR⟧，主要诊断⟦HEALTH⟧，其他诊断⟦HEALTH⟧。
疫情协查函：请协查⟦P⟧（手机⟦MOB⟧，车牌⟦PLATE⟧）⟦~DATE⟧的行踪轨迹：⟦TRACE⟧，协查编号⟦~ORDER⟧。
⟦~DATE⟧ 车辆⟦PLATE⟧ 运行轨迹 ⟦TRACE⟧ 数据来源：卡口⟦~DEV⟧
人员卡片⏎姓 名：⟦P⟧⏎出生日期：⟦DOB⟧⏎护照号：⟦PASS⟧⏎港澳证：⟦HKM⟧⏎Email：⟦EMAIL⟧
退休审批表：⟦P⟧，⟦DOB⟧出生，社保编号⟦SSN⟧，身份证⟦ID⟧，参加工作时间⟦~DATE⟧，养老金⟦FIN⟧/月。
受理通知：⟦P⟧（证件号⟦ID⟧）提交的申请已受理，受理号⟦~ORDER⟧，发票号码⟦~INV⟧，咨询⟦~HOT⟧，地址⟦~ROOM⟧，邮编⟦~POST⟧。
快递面单 运单号：⟦~TRACK⟧ 寄：⟦P⟧ ⟦MOB⟧ 收：⟦P⟧ ⟦MOB⟧ ⟦ADDR⟧ 订单号：⟦~ORDER⟧
出入境办证回执⏎受理编号：⟦~ORDER⟧⏎申请人：⟦P⟧⏎公民身份号码：⟦ID⟧⏎原护照号：⟦PASS⟧⏎港澳通行证：⟦HKM⟧⏎取证日期：⟦~DATE⟧
""".strip("\n")

_RAW_T = r"""
T|入境旅客登記：姓名⟦P⟧，港澳居民來往內地通行證號碼⟦HKM⟧，手機⟦MOB⟧，入住地址⟦ADDR⟧。
T|身份證號碼：⟦ID⟧⏎姓名：⟦P⟧⏎聯絡電話：⟦MOB⟧⏎住址：⟦ADDR⟧
T|病歷號⟦MRN⟧ 患者⟦P⟧ 診斷：⟦HEALTH⟧ 出生日期：⟦DOB⟧ 聯絡人⟦P⟧ 電話⟦MOB⟧
T|護照號碼⟦PASS⟧，持證人⟦P⟧，電郵⟦EMAIL⟧，入境日期⟦~DATE⟧。
T|⟦P⟧先生您好，閣下的通行證（⟦HKM⟧）已完成簽注，請於⟦~DATE⟧前領取。查詢電話⟦TEL⟧。
T|投訴工單⟦~ORDER⟧：旅客⟦P⟧（⟦MOB⟧）反映於⟦~PLACE⟧購物被多收⟦~AMT⟧，商戶統一社會信用代碼⟦USCC⟧。
T|行程軌跡：⟦TRACE⟧，乘坐車牌⟦PLATE⟧的計程車，同行人⟦P⟧。
T|港方投資者⟦P⟧，通行證⟦HKM⟧，電郵⟦EMAIL⟧，擬投資金額⟦~AMT⟧，聯絡人⟦P⟧ ⟦TEL⟧。
T|銀行帳號⟦CARD⟧ 戶名⟦P⟧ 存款餘額⟦FIN⟧
T|申請人⟦P⟧，出生日期⟦DOB⟧，身份證⟦ID⟧，現居⟦ADDR⟧，月收入⟦FIN⟧。
T|關於⟦P⟧醫療費用報銷的說明：住院號⟦MRN⟧，診斷為⟦HEALTH⟧，報銷⟦~AMT⟧，文號⟦~DOC⟧。
T|From: ⟦EMAIL⟧⏎致⟦P⟧：您的護照⟦PASS⟧及通行證⟦HKM⟧影本已收到，謝謝。
T|台胞⟦P⟧來湖投資，聯絡手機⟦MOB⟧，電郵⟦EMAIL⟧，企業代碼⟦USCC⟧。
T|旅遊團名單,⟦P⟧,⟦HKM⟧,⟦MOB⟧⏎,⟦P⟧,⟦HKM⟧,⟦MOB⟧
T|報案記錄：⟦~DATE⟧ ⟦~TIME⟧，⟦P⟧（⟦MOB⟧）報稱錢包遺失，內有銀行卡⟦CARD⟧。
T|民宿登記 ⟦P⟧ 證件⟦PASS⟧ 房號306 住址⟦ADDR⟧ 電話⟦TEL⟧
T|法院通知：⟦P⟧，案號⟦~CASE⟧，送達地址⟦ADDR⟧，電話⟦MOB⟧。
T|社保卡號⟦SSN⟧ 參保人⟦P⟧ 身份證⟦ID⟧ 聯絡電話⟦MOB⟧
T|車輛⟦PLATE⟧ 車主⟦P⟧ 違停地點⟦~ROAD⟧ 罰款⟦~AMT⟧
T|{"姓名":"⟦P⟧","證件號":"⟦ID⟧","電話":"⟦MOB⟧","地址":"⟦ADDR⟧"}
T|⟦P⟧自述近日活動軌跡：⟦TRACE⟧，無發熱。
T|患者⟦P⟧，既往⟦HEALTH⟧病史，家屬⟦P⟧，電話⟦MOB⟧，家住⟦ADDR⟧。
T|【湖州文旅】⟦P⟧您好，您預訂的⟦~PLACE⟧門票訂單⟦~ORDER⟧已確認，客服⟦~HOT⟧。
T|系統日誌 ⟦~DATE⟧ 用戶⟦EMAIL⟧ 登錄IP ⟦IP⟧ 版本⟦~VER⟧
T|通知 ⟦~DOC⟧：請各單位於⟦~DATE⟧前報送材料，聯絡人⟦P⟧，電話⟦TEL⟧，郵編⟦~POST⟧。
T|出入境記錄：⟦P⟧，護照⟦PASS⟧，⟦~DATE⟧經口岸入境，行蹤：⟦TRACE⟧。
T|醫保卡號⟦SSN⟧ 病案號⟦MRN⟧ 患者⟦P⟧ 主要診斷⟦HEALTH⟧ 結算金額⟦~AMT⟧
T|旅客⟦P⟧，出生日期⟦DOB⟧，回鄉證⟦HKM⟧，手機⟦MOB⟧，電郵⟦EMAIL⟧，住宿地址⟦ADDR⟧。
T|批量核驗：證件號⟦~BADID⟧校驗失敗，銀行卡⟦~BADCARD⟧無效，經辦⟦P⟧。
T|企業登記⏎統一社會信用代碼：⟦USCC⟧⏎法定代表人：⟦P⟧⏎電話：⟦TEL⟧⏎住所：⟦ADDR⟧
T|交通違法：車牌⟦PLATE⟧，駕駛人⟦P⟧，身份證⟦ID⟧，地點⟦~ROAD⟧，罰款⟦~AMT⟧，決定書⟦~CASE⟧。
""".strip("\n")

TEMPLATES = [l for l in (_RAW + "\n" + _RAW_T).split("\n") if l.strip()]

_PH = re.compile(r"⟦([^⟧]+)⟧")


def render(template: str, r: random.Random) -> tuple[str, list, list]:
    t = template.startswith("T|")
    body = template[2:] if t else template
    body = body.replace("⏎", "\n")
    out, ents, negs, cache, pos = [], [], [], {}, 0
    length = 0
    for m in _PH.finditer(body):
        lit = body[pos:m.start()]
        out.append(lit)
        length += len(lit)
        key = m.group(1)
        name = key.split("#")[0]
        role, label, gen = GEN[name]
        if "#" in key and key in cache:
            val = cache[key]
        else:
            val = gen(r, t)
            cache[key] = val
        if role == "E":
            ents.append({"type": label, "start": length, "end": length + len(val)})
        elif role == "N":
            negs.append({"kind": label, "start": length, "end": length + len(val)})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(body[pos:])
    return "".join(out), ents, negs


def generate() -> list[dict]:
    r = random.Random(SEED)
    docs = []
    for i in range(N_DOCS):
        k = i % len(TEMPLATES)
        text, ents, negs = render(TEMPLATES[k], r)
        docs.append({"id": f"heldout17-{i:05d}", "text": text, "entities": ents, "negatives": negs,
                     "source": f"template:heldout17:{k}"})
    return docs


def _entity_types() -> set[str]:
    types, inside = set(), False
    for line in ENTITIES_YAML.read_text(encoding="utf-8").splitlines():
        if line.startswith("entities:"):
            inside = True
            continue
        m = re.match(r"^\s+([A-Z_]+):", line)
        if inside and m:
            types.add(m.group(1))
    return types


def _alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


def validate(docs: list[dict]) -> None:
    types = _entity_types()
    assert types, "no entity types read from entities.yaml"
    assert len(docs) == N_DOCS, len(docs)
    ids = set()
    for d in docs:
        assert set(d) == {"id", "text", "entities", "negatives", "source"}, d["id"]
        assert d["id"] not in ids, d["id"]
        ids.add(d["id"])
        text = d["text"]
        spans = []
        for e in d["entities"]:
            assert e["type"] in types, (d["id"], e)
            assert e["type"] != "ORGANIZATION", (d["id"], e)
            spans.append((e["start"], e["end"], "E", e["type"]))
        for n in d["negatives"]:
            assert n["kind"] and isinstance(n["kind"], str), (d["id"], n)
            spans.append((n["start"], n["end"], "N", n["kind"]))
        spans.sort()
        for i, (s, e, role, lab) in enumerate(spans):
            assert 0 <= s < e <= len(text), (d["id"], s, e)
            val = text[s:e]
            assert val == val.strip() and val, (d["id"], val)
            if i:
                assert spans[i - 1][1] <= s, (d["id"], "overlap", spans[i - 1], (s, e))
            if s > 0:
                assert not (_alnum(text[s - 1]) and _alnum(text[s])), (d["id"], "starts inside alnum run", val)
            if e < len(text):
                assert not (_alnum(text[e - 1]) and _alnum(text[e])), (d["id"], "ends inside alnum run", val)
            n = _norm(val)
            if role == "E" and lab == "CN_RESIDENT_ID" and len(n) == 18:
                assert valid_id(val), (d["id"], val)
            if role == "E" and lab == "CN_RESIDENT_ID" and len(n) == 15:
                assert n.isdigit(), (d["id"], val)
            if role == "E" and lab == "CN_USCC":
                assert valid_uscc(val) and org_check(n[8:16]) == n[16], (d["id"], val)
            if role == "E" and lab == "BANK_CARD":
                assert valid_luhn(val) and 16 <= len(n) <= 19, (d["id"], val)
            if role == "N" and lab in ("bad_id", "bad_uscc", "bad_card"):
                assert fails_all(val), (d["id"], val)
        # every run of >= 7 digits (ASCII or full-width) lies inside some labelled span
        for m in re.finditer(r"[0-9０-９]{7,}", text):
            assert any(s <= m.start() and m.end() <= e for s, e, _, _ in spans), (d["id"], "unlabelled digit run", m.group())
        # spans recorded by the generator equal the values placed (re-render check)
    _check_rerender(docs)


def _check_rerender(docs: list[dict]) -> None:
    """The text under every span is the value the generator placed: re-render and compare."""
    fresh = generate() if docs is not _LAST.get("docs") else docs
    for a, b in zip(docs, fresh):
        assert a["text"] == b["text"], a["id"]
        for x, y in zip(a["entities"] + a["negatives"], b["entities"] + b["negatives"]):
            assert x == y, a["id"]


_LAST: dict = {}


def main() -> None:
    docs = generate()
    validate(docs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    back = [json.loads(l) for l in OUT.read_text(encoding="utf-8").splitlines() if l.strip()]
    assert back == docs
    validate(back)
    from collections import Counter
    ce = Counter(e["type"] for d in docs for e in d["entities"])
    cn = Counter(n["kind"] for d in docs for n in d["negatives"])
    print(f"{len(docs)} docs, {len(TEMPLATES)} templates ({sum(t.startswith('T|') for t in TEMPLATES)} Traditional)")
    print("entities", sum(ce.values()), dict(sorted(ce.items())))
    print("negatives", sum(cn.values()), dict(sorted(cn.items())))


if __name__ == "__main__":
    main()
